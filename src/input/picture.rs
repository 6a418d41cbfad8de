//! Picture files (PNG, JPEG, SVG) named by `image` blocks and the theme's logo: read with the
//! same path rules as section files, recognised by their content (not their name), and
//! checked in full, so a broken picture is an input error at its place, never a failed PDF.

use std::path::Path;

use super::read::{ReadError, read_regular};
use crate::model::{Picture, PictureFormat};

/// Larger picture files are refused: a photo for a report is a few megabytes.
pub const MAX_PICTURE_BYTES: u64 = 30 * 1024 * 1024;
/// More pixels are refused: decoding them would take long and much memory (a 50-megapixel
/// photo is 200 MB once decoded), and a printed page shows far fewer.
pub const MAX_PIXELS: u64 = 50_000_000;

/// Why a picture cannot be used: what is wrong, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PictureError {
    pub message: String,
    pub hint: String,
}

fn error(message: impl Into<String>, hint: impl Into<String>) -> PictureError {
    PictureError { message: message.into(), hint: hint.into() }
}

/// Reads the picture `name` (relative to `dir`) and checks that it can be shown.
pub fn read(dir: &Path, name: &str) -> Result<Picture, PictureError> {
    if let Err(why) = super::manifest::check_relative(name) {
        return Err(error(
            format!("the picture path \"{name}\" {why}"),
            "put the picture in the input folder and name it from there, e.g. \"images/logo.png\"",
        ));
    }
    let path = dir.join(name);
    if path.exists() && !is_inside(dir, &path) {
        return Err(error(
            format!("{name} leads outside the input folder (it is a link to a file elsewhere)"),
            "copy the picture into the input folder instead of linking to it",
        ));
    }
    read_path(&path, name, || nearby_hint(dir, name))
}

/// Reads and checks the picture at `path`, named `name` in messages, wherever it is: for
/// the theme's logo, which may live beside the theme as its fonts do. `missing` is the hint
/// for a file that does not exist.
pub fn read_path(path: &Path, name: &str, missing: impl FnOnce() -> String) -> Result<Picture, PictureError> {
    let bytes = read_regular(path, MAX_PICTURE_BYTES).map_err(|e| match e {
        ReadError::NotFound => error(e.describe(name), missing()),
        ReadError::TooLarge(_) => error(
            format!("{name} is larger than {} MB", MAX_PICTURE_BYTES / 1024 / 1024),
            "save the picture smaller (at most 3000 pixels wide is plenty for a page), or as JPEG",
        ),
        other => error(other.describe(name), "name an ordinary picture file"),
    })?;
    decode(name, bytes)
}

/// Checks the bytes of a picture file named `name`.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<Picture, PictureError> {
    let save_as = "open it in an image editor (or Paint) and save it as PNG or JPEG";
    let size = match sniff(&bytes) {
        Some(PictureFormat::Png) => png_size(name, &bytes)?,
        Some(PictureFormat::Jpeg) => jpeg_size(name, &bytes)?,
        Some(PictureFormat::Svg) => svg_size(name, &bytes)?,
        None => {
            let what = match &bytes {
                b if b.starts_with(b"GIF8") => "a GIF picture",
                b if b.len() > 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP" => "a WebP picture",
                b if b.len() > 12 && &b[4..8] == b"ftyp" => "a HEIC or other phone picture",
                b if b.starts_with(b"%PDF") => "a PDF file",
                b if b.starts_with(b"PK\x03\x04") => "a zip file (a Word or Office document?)",
                b if b.is_empty() => "empty",
                _ => "not a PNG, JPEG or SVG picture",
            };
            return Err(error(format!("{name} is {what}"), save_as));
        }
    };
    let format = sniff(&bytes).unwrap_or(PictureFormat::Png);
    Ok(Picture::new(format, bytes, size, name))
}

/// The format by the file's first bytes.
fn sniff(bytes: &[u8]) -> Option<PictureFormat> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(PictureFormat::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(PictureFormat::Jpeg);
    }
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace()).map_or(&[][..], |i| &text[i..]);
    let head = String::from_utf8_lossy(&start[..start.len().min(4096)]).to_lowercase();
    (head.starts_with("<?xml") || head.starts_with("<svg") || head.starts_with("<!--"))
        .then(|| head.contains("<svg").then_some(PictureFormat::Svg))
        .flatten()
}

fn too_many_pixels(name: &str, width: u64, height: u64) -> Result<(), PictureError> {
    if width * height > MAX_PIXELS {
        return Err(error(
            format!(
                "{name} has {width} × {height} pixels ({:.0} megapixels), more than the {} megapixels a picture may have",
                (width * height) as f64 / 1e6,
                MAX_PIXELS / 1_000_000
            ),
            "save it smaller: 3000 pixels wide is plenty for a printed page",
        ));
    }
    if width == 0 || height == 0 {
        return Err(error(format!("{name} has no pixels ({width} × {height})"), "export the picture again"));
    }
    Ok(())
}

/// Decodes the whole PNG: a truncated or damaged file fails here.
fn png_size(name: &str, bytes: &[u8]) -> Result<(u32, u32), PictureError> {
    let damaged = |e: png::DecodingError| {
        error(
            format!("{name} is a damaged PNG file ({})", e.to_string().to_lowercase()),
            "it may have been cut off while copying; copy or export it again",
        )
    };
    // The size from the header first, so a picture too large is refused before any decoding.
    if bytes.len() >= 24 && &bytes[12..16] == b"IHDR" {
        let number = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
        too_many_pixels(name, u64::from(number(16)), u64::from(number(20)))?;
    }
    let limits = png::Limits { bytes: (MAX_PIXELS * 8) as usize };
    let decoder = png::Decoder::new_with_limits(std::io::Cursor::new(bytes), limits);
    let mut reader = match decoder.read_info() {
        Ok(reader) => reader,
        Err(png::DecodingError::LimitsExceeded) => {
            return Err(error(
                format!("{name} has more than the {} megapixels a picture may have", MAX_PIXELS / 1_000_000),
                "save it smaller: 3000 pixels wide is plenty for a printed page",
            ));
        }
        Err(e) => return Err(damaged(e)),
    };
    let (width, height) = reader.info().size();
    too_many_pixels(name, u64::from(width), u64::from(height))?;
    let mut buffer =
        vec![0; reader.output_buffer_size().ok_or_else(|| damaged(png::DecodingError::LimitsExceeded))?];
    reader.next_frame(&mut buffer).map_err(damaged)?;
    Ok((width, height))
}

/// Reads the JPEG's header and checks that its image data ends: a file cut off while
/// copying has no end marker after its scan.
fn jpeg_size(name: &str, bytes: &[u8]) -> Result<(u32, u32), PictureError> {
    let mut decoder = zune_jpeg::JpegDecoder::new(std::io::Cursor::new(bytes));
    let damaged = |why: &str| {
        error(
            format!("{name} is a damaged JPEG file ({why})"),
            "it may have been cut off while copying; copy or export it again",
        )
    };
    decoder.decode_headers().map_err(|e| damaged(&e.to_string().to_lowercase()))?;
    let (width, height) = decoder.dimensions().ok_or_else(|| damaged("it has no size"))?;
    too_many_pixels(name, width as u64, height as u64)?;
    let scan = find(bytes, &[0xFF, 0xDA]).ok_or_else(|| damaged("it has no image data"))?;
    if find(&bytes[scan..], &[0xFF, 0xD9]).is_none() {
        return Err(damaged("it ends before its image data does"));
    }
    Ok((width as u32, height as u32))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Checks the SVG for what a published document must not carry (scripts, references to
/// other files or web addresses, a DTD) and that it can be drawn; its size in CSS pixels.
fn svg_size(name: &str, bytes: &[u8]) -> Result<(u32, u32), PictureError> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        error(format!("{name} is not UTF-8 text, as an SVG file must be"), "export the SVG again")
    })?;
    let options = roxmltree::ParsingOptions { allow_dtd: false, ..roxmltree::ParsingOptions::default() };
    let document = roxmltree::Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::DtdDetected => error(
            format!("{name} declares a DTD (<!DOCTYPE … [ … ]>), which is refused"),
            "remove the <!DOCTYPE …> line; an SVG needs none",
        ),
        e => error(format!("{name} is not a valid SVG file ({e})"), "export the SVG again"),
    })?;
    for node in document.descendants().filter(|n| n.is_element()) {
        let tag = node.tag_name().name();
        let line = document.text_pos_at(node.range().start).row;
        if tag.eq_ignore_ascii_case("script") || tag == "foreignObject" {
            return Err(error(
                format!("{name} contains a <{tag}> element (line {line}), which is refused"),
                "remove it, or export the picture again as a plain SVG (\"SVG 1.1\", without scripts)",
            ));
        }
        for attribute in node.attributes() {
            let (key, value) = (attribute.name(), attribute.value().trim());
            if key.to_ascii_lowercase().starts_with("on") {
                return Err(error(
                    format!("{name} has a script in the attribute \"{key}\" (line {line}), which is refused"),
                    "remove the attribute, or export the picture again as a plain SVG",
                ));
            }
            let external_href = key == "href" && !value.starts_with('#') && !value.starts_with("data:");
            let external_url = value.contains("url(") && !external_urls(value).is_empty();
            if external_href || external_url {
                return Err(error(
                    format!(
                        "{name} refers to another file or web address, \"{value}\" (line {line}), which is refused"
                    ),
                    "embed what it refers to in the SVG (most editors have \"embed images\"), or export it again",
                ));
            }
        }
        if tag == "style" {
            let css: String = node.children().filter_map(|c| c.text()).collect();
            if css.contains("@import") || !external_urls(&css).is_empty() {
                return Err(error(
                    format!(
                        "{name} has a style sheet that loads another file (line {line}), which is refused"
                    ),
                    "remove the @import or url(…), or export the picture again as a plain SVG",
                ));
            }
        }
    }
    let tree = usvg::Tree::from_xmltree(&document, &usvg::Options::default())
        .map_err(|e| error(format!("{name} cannot be drawn ({e})"), "export the SVG again"))?;
    let size = tree.size();
    let (width, height) = (size.width().ceil() as u64, size.height().ceil() as u64);
    if width == 0 || height == 0 || width > 100_000 || height > 100_000 {
        return Err(error(
            format!("{name} has an unusable size ({width} × {height})"),
            "export the SVG again",
        ));
    }
    Ok((width as u32, height as u32))
}

/// The `url(…)` references in `text` that point outside it (not `#id`, not `data:`).
fn external_urls(text: &str) -> Vec<&str> {
    text.match_indices("url(")
        .filter_map(|(at, _)| {
            let rest = text[at + 4..].trim_start().trim_start_matches(['"', '\'']);
            (!rest.starts_with('#') && !rest.starts_with("data:")).then_some(rest)
        })
        .collect()
}

fn is_inside(dir: &Path, path: &Path) -> bool {
    match (path.canonicalize(), dir.canonicalize()) {
        (Ok(real), Ok(root)) => real.starts_with(root),
        _ => false,
    }
}

/// "Did you mean" among the picture files beside the one named.
fn nearby_hint(dir: &Path, name: &str) -> String {
    let folder = Path::new(name).parent().unwrap_or(Path::new(""));
    let pictures: Vec<String> = std::fs::read_dir(dir.join(folder))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|f| {
            let f = f.to_lowercase();
            [".png", ".jpg", ".jpeg", ".svg"].iter().any(|ext| f.ends_with(ext))
        })
        .map(|f| folder.join(f).to_string_lossy().replace('\\', "/"))
        .collect();
    let mut sorted = pictures.clone();
    sorted.sort();
    match super::suggest(name, &sorted) {
        Some(best) => format!("did you mean \"{best}\"?"),
        None if sorted.is_empty() => format!(
            "put the picture in the input folder ({}) and name it from there",
            dir.join(folder).display()
        ),
        None => format!("the pictures there are: {}", super::decode::quoted_list(&sorted)),
    }
}
