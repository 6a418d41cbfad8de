//! Picture files (PNG, JPEG, SVG) named by `image` blocks and the theme's logo: read with the
//! same path rules as section files, recognised by their content (not their name), and
//! checked in full, so a broken picture is an input error at its place, never a failed PDF.

use std::path::Path;

use super::manifest::PathProblem;
use super::read::{ReadError, read_regular};
use crate::i18n::{self, Arg};
use crate::model::{Picture, PictureFormat};
use crate::tr;

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

/// The error of catalogue message `id` about the picture `name`, with its hint `id.hint`;
/// `args` are the message's other variables.
fn error_id(id: &str, name: &str, args: &[(&str, Arg<'_>)]) -> PictureError {
    let mut all = vec![("name", Arg::from(name))];
    all.extend_from_slice(args);
    error(i18n::text(id, &all), i18n::text(&format!("{id}.hint"), &all))
}

/// Reads the picture `name` (relative to `dir`) and checks that it can be shown.
pub fn read(dir: &Path, name: &str) -> Result<Picture, PictureError> {
    if let Err(problem) = super::manifest::check_relative(name) {
        let id = match problem {
            PathProblem::Empty => "picture-path-empty",
            PathProblem::Absolute => "picture-path-absolute",
            PathProblem::Outside => "picture-path-outside",
        };
        return Err(error_id(id, name, &[]));
    }
    let path = dir.join(name);
    if path.exists() && !is_inside(dir, &path) {
        return Err(error_id("picture-link-outside", name, &[]));
    }
    read_path(&path, name, || nearby_hint(dir, name))
}

/// Reads and checks the picture at `path`, named `name` in messages, wherever it is: for
/// the theme's logo, which may live beside the theme as its fonts do. `missing` is the hint
/// for a file that does not exist.
pub fn read_path(path: &Path, name: &str, missing: impl FnOnce() -> String) -> Result<Picture, PictureError> {
    let bytes = read_regular(path, MAX_PICTURE_BYTES).map_err(|e| match e {
        ReadError::NotFound => error(e.describe(name), missing()),
        ReadError::TooLarge(_) => {
            error_id("picture-too-large", name, &[("megabytes", Arg::from(MAX_PICTURE_BYTES / 1024 / 1024))])
        }
        other => error(other.describe(name), tr!("picture-not-ordinary-file")),
    })?;
    decode(name, bytes)
}

/// Checks the bytes of a picture file named `name`.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<Picture, PictureError> {
    let size = match sniff(&bytes) {
        Some(PictureFormat::Png) => png_size(name, &bytes)?,
        Some(PictureFormat::Jpeg) => jpeg_size(name, &bytes)?,
        Some(PictureFormat::Svg) => svg_size(name, &bytes)?,
        None => {
            let id = match &bytes {
                b if b.starts_with(b"GIF8") => "picture-gif",
                b if b.len() > 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP" => "picture-webp",
                b if b.len() > 12 && &b[4..8] == b"ftyp" => "picture-heic",
                b if b.starts_with(b"%PDF") => "picture-pdf",
                b if b.starts_with(b"PK\x03\x04") => "picture-zip",
                b if b.is_empty() => "picture-empty",
                _ => "picture-unknown-format",
            };
            return Err(error_id(id, name, &[]));
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
    let size = [("width", Arg::from(width)), ("height", Arg::from(height))];
    if width * height > MAX_PIXELS {
        // Whole megapixels, rounded as `{:.0}` does.
        let megapixels = ((width * height) as f64 / 1e6).round_ties_even();
        let mut args = size.to_vec();
        args.push(("megapixels", Arg::from(megapixels)));
        args.push(("max", Arg::from(MAX_PIXELS / 1_000_000)));
        return Err(error_id("picture-too-many-pixels", name, &args));
    }
    if width == 0 || height == 0 {
        return Err(error_id("picture-no-pixels", name, &size));
    }
    Ok(())
}

/// Decodes the whole PNG: a truncated or damaged file fails here.
fn png_size(name: &str, bytes: &[u8]) -> Result<(u32, u32), PictureError> {
    let damaged = |e: png::DecodingError| {
        error_id("picture-png-damaged", name, &[("reason", Arg::from(e.to_string().to_lowercase()))])
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
            return Err(error_id(
                "picture-over-pixel-limit",
                name,
                &[("max", Arg::from(MAX_PIXELS / 1_000_000))],
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
    let damaged = |id: &str| error_id(id, name, &[]);
    decoder.decode_headers().map_err(|e| {
        error_id("picture-jpeg-damaged", name, &[("reason", Arg::from(e.to_string().to_lowercase()))])
    })?;
    let (width, height) = decoder.dimensions().ok_or_else(|| damaged("picture-jpeg-no-size"))?;
    too_many_pixels(name, width as u64, height as u64)?;
    let scan = find(bytes, &[0xFF, 0xDA]).ok_or_else(|| damaged("picture-jpeg-no-image-data"))?;
    if find(&bytes[scan..], &[0xFF, 0xD9]).is_none() {
        return Err(damaged("picture-jpeg-cut-off"));
    }
    Ok((width as u32, height as u32))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Checks the SVG for what a published document must not carry (scripts, references to
/// other files or web addresses, a DTD) and that it can be drawn; its size in CSS pixels.
fn svg_size(name: &str, bytes: &[u8]) -> Result<(u32, u32), PictureError> {
    let text = std::str::from_utf8(bytes).map_err(|_| error_id("picture-svg-not-utf8", name, &[]))?;
    let options = roxmltree::ParsingOptions { allow_dtd: false, ..roxmltree::ParsingOptions::default() };
    let document = roxmltree::Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::DtdDetected => error_id("picture-svg-dtd", name, &[]),
        e => error_id("picture-svg-invalid", name, &[("reason", Arg::from(e.to_string()))]),
    })?;
    for node in document.descendants().filter(|n| n.is_element()) {
        let tag = node.tag_name().name();
        let line = document.text_pos_at(node.range().start).row;
        if tag.eq_ignore_ascii_case("script") || tag == "foreignObject" {
            return Err(error_id(
                "picture-svg-script-element",
                name,
                &[("tag", Arg::from(tag)), ("line", Arg::from(line))],
            ));
        }
        for attribute in node.attributes() {
            let (key, value) = (attribute.name(), attribute.value().trim());
            if key.to_ascii_lowercase().starts_with("on") {
                return Err(error_id(
                    "picture-svg-script-attribute",
                    name,
                    &[("attribute", Arg::from(key)), ("line", Arg::from(line))],
                ));
            }
            let external_href = key == "href" && !value.starts_with('#') && !value.starts_with("data:");
            let external_url = value.contains("url(") && !external_urls(value).is_empty();
            if external_href || external_url {
                return Err(error_id(
                    "picture-svg-external",
                    name,
                    &[("value", Arg::from(value)), ("line", Arg::from(line))],
                ));
            }
        }
        if tag == "style" {
            let css: String = node.children().filter_map(|c| c.text()).collect();
            if css.contains("@import") || !external_urls(&css).is_empty() {
                return Err(error_id("picture-svg-style-import", name, &[("line", Arg::from(line))]));
            }
        }
    }
    let tree = usvg::Tree::from_xmltree(&document, &usvg::Options::default())
        .map_err(|e| error_id("picture-svg-cannot-draw", name, &[("reason", Arg::from(e.to_string()))]))?;
    let size = tree.size();
    let (width, height) = (size.width().ceil() as u64, size.height().ceil() as u64);
    if width == 0 || height == 0 || width > 100_000 || height > 100_000 {
        return Err(error_id(
            "picture-svg-size",
            name,
            &[("width", Arg::from(width)), ("height", Arg::from(height))],
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
        Some(best) => tr!("picture-did-you-mean", name = best),
        None if sorted.is_empty() => {
            tr!("picture-put-in-folder", folder = dir.join(folder).display().to_string())
        }
        None => tr!("picture-pictures-there", list = super::decode::quoted_list(&sorted)),
    }
}
