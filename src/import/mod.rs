//! Word in: a DOCX from Word, LibreOffice or pandoc → an input folder (a manifest and one
//! section file per Heading 1) that `check` accepts.
//!
//! The file is read with quick-xml over the zip (see `package.rs` for the bounds), not with
//! docx-rs's reader: that one drops what the import must see or report — numbering levels by
//! definition, bookmarks, fields, tracked changes, comments, text boxes — and reads a whole
//! part into its own tree without a size bound.

mod document;
mod package;
mod rewrite;
mod update;

use serde_json::{Value, json};

pub(crate) use document::entity_text;
pub use document::{Finding, FindingKind, ParagraphKind, Piece, Tracked};
pub use package::{ImportError, MAX_FILE_BYTES, MAX_UNPACKED_BYTES, Package};
pub use update::{Change, Options as UpdateOptions, Update, update};

use crate::input::markup;
use crate::model::{Inline, plain_text};
use crate::roundtrip;
use crate::tr;

/// The files of the input folder, by path inside it, and what was not mapped.
#[derive(Debug, Default)]
pub struct Imported {
    pub files: Vec<(String, Vec<u8>)>,
    pub warnings: Vec<String>,
}

/// A block read from the Word file, with our bookmark that names its source, if it has one.
struct Read {
    value: Value,
    bookmark: Option<String>,
    /// The number of its last paragraph in the document, for messages.
    at: usize,
}

/// Our bookmark among those of `pieces`, the first if there are more (paragraphs joined in Word).
fn bookmark_of(pieces: &[Piece]) -> Option<String> {
    pieces.iter().flat_map(Piece::bookmarks).find(|b| b.starts_with(roundtrip::BOOKMARK_PREFIX)).cloned()
}

/// One section being gathered: from a Heading 1 to the next.
struct Section {
    number: u32,
    code: String,
    title: String,
    blocks: Vec<Read>,
    /// The paragraph number of its heading, for messages.
    at: usize,
}

/// What the Word file holds, as blocks of input, before it is made files.
struct Document {
    title: Option<String>,
    subtitle: Option<String>,
    introduction: Vec<Read>,
    sections: Vec<Section>,
    /// Pictures, by path in the input folder.
    files: Vec<(String, Vec<u8>)>,
    warnings: Vec<String>,
    /// What our own DOCX says about its sources, when it is one of ours.
    identity: Option<roundtrip::Identity>,
    /// What was not mapped, as found (also in `warnings`).
    findings: Vec<Finding>,
}

impl Document {
    /// Where paragraph `paragraph` is: its section and the heading above it.
    fn place_of(&self, paragraph: usize) -> String {
        let text_of = |read: &Read| {
            let lines = update::block_lines(&read.value);
            lines.into_iter().find(|l| !l.trim().is_empty())
        };
        let heading_of = |blocks: &[Read]| {
            let mut heading = None;
            for read in blocks.iter().take_while(|r| r.at < paragraph) {
                if read.value["type"] == "heading" {
                    heading = text_of(read);
                }
            }
            heading
        };
        // The introduction is named as the report's heading above it names it (the theme's
        // label), whatever the language of the messages.
        let (section, blocks, heading) = match self.sections.iter().rev().find(|s| s.at <= paragraph) {
            Some(s) => (format!("{}. {}", s.number, first_words(&s.title)), &s.blocks, heading_of(&s.blocks)),
            None => ("Inleiding".to_owned(), &self.introduction, heading_of(&self.introduction)),
        };
        // The first words of the block the paragraph is in.
        let words = blocks.iter().find(|r| r.at >= paragraph).and_then(text_of).map(|t| first_words(&t));
        match (heading, words) {
            (Some(heading), Some(words)) => {
                tr!("import-place-heading-words", section, heading, paragraph, words)
            }
            (Some(heading), None) => tr!("import-place-heading", section, heading, paragraph),
            (None, Some(words)) => tr!("import-place-words", section, paragraph, words),
            (None, None) => tr!("import-place", section, paragraph),
        }
    }
}

/// Reads the Word file into blocks.
fn read_document(package: &Package) -> Result<Document, ImportError> {
    let document::Read { mut pieces, paragraphs: piece_paragraphs, findings } = document::read(package)?;
    let mut out = Imported::default();
    link_headings(&mut pieces, &mut out.warnings);
    let mut title = None;
    let mut subtitle = None;
    let mut introduction: Vec<Read> = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut pictures = 0usize;
    let mut i = 0;
    // A table's caption, above it, with its bookmark.
    let mut caption: Option<(String, Option<String>)> = None;
    // A picture as wide as the built-in theme's text is "full width", the default.
    let text_width_mm = crate::theme::load_default().page.text_width_mm();
    while i < pieces.len() {
        // The paragraph's number in the document, as the findings count them.
        let paragraph = piece_paragraphs[i];
        let in_introduction = sections.is_empty();
        let blocks = match sections.last_mut() {
            Some(s) => &mut s.blocks,
            None => &mut introduction,
        };
        match &pieces[i] {
            // A paragraph that only holds a picture or a bookmark.
            Piece::Paragraph(p) if plain_text(&p.content).trim().is_empty() => {}
            Piece::Paragraph(p) => {
                let text = plain_text(&p.content);
                match &p.kind {
                    ParagraphKind::Title if title.is_none() => title = Some(text),
                    ParagraphKind::Subtitle if subtitle.is_none() => subtitle = Some(text),
                    ParagraphKind::Generated => {}
                    ParagraphKind::Heading(1) => {
                        let position = sections.len() + 1;
                        let (number, title, code) = section_heading(&text, position);
                        sections.push(Section {
                            number,
                            code,
                            title,
                            blocks: Vec::new(),
                            at: piece_paragraphs[i],
                        });
                    }
                    ParagraphKind::Heading(level) if in_introduction => {
                        out.warnings.push(tr!(
                            "import-heading-before-first",
                            paragraph,
                            words = first_words(&text),
                            level = *level
                        ));
                        let value = json!({ "type": "paragraph", "text": format!("**{}**", markup::write(&p.content)) });
                        blocks.push(Read {
                            value,
                            bookmark: bookmark_of(&pieces[i..=i]),
                            at: piece_paragraphs[i],
                        });
                    }
                    ParagraphKind::Heading(level) => {
                        let value = json!({ "type": "heading", "level": (*level).clamp(2, 3), "text": markup::write(&p.content) });
                        blocks.push(Read {
                            value,
                            bookmark: bookmark_of(&pieces[i..=i]),
                            at: piece_paragraphs[i],
                        });
                    }
                    ParagraphKind::Caption => {
                        // "Tabel 1. …" / "Figuur 2. …": the number is made again by the build.
                        // A figure's caption is under it, a table's above it.
                        let written = markup::write(&p.content);
                        let text = strip_number(&written);
                        // "Tabel 1." (or a bookmark of ours: a table's caption starts its
                        // block) is the next table's, even right under a picture.
                        let label = written.split_whitespace().next().unwrap_or("").to_lowercase();
                        let for_table = ["tabel", "table"].contains(&label.as_str())
                            || bookmark_of(&pieces[i..=i]).is_some();
                        match blocks.last_mut() {
                            Some(Read { value: last, .. })
                                if matches!(last["type"].as_str(), Some("image" | "chart"))
                                    && last.get("caption").is_none()
                                    && !for_table =>
                            {
                                last["caption"] = json!(text);
                            }
                            _ => caption = Some((text, bookmark_of(&pieces[i..=i]))),
                        }
                    }
                    ParagraphKind::Item { list: first, ordered: first_ordered, .. } => {
                        let start = i;
                        let own = bookmark_of(&pieces[i..=i]);
                        // The items of one list: an outer item of another numbering starts
                        // another list — except for bullets, which LibreOffice gives a new
                        // numbering now and then, unless it is another block of ours; nested
                        // items may have a numbering of their own (pandoc gives each level one).
                        let continues = |piece: &Piece| {
                            let Piece::Paragraph(q) = piece else { return false };
                            let ParagraphKind::Item { list, level, ordered } = &q.kind else { return false };
                            let other_block = bookmark_of(std::slice::from_ref(piece))
                                .is_some_and(|b| Some(&b) != own.as_ref());
                            list == first || *level > 0 || (!ordered && !first_ordered && !other_block)
                        };
                        while i + 1 < pieces.len() && continues(&pieces[i + 1]) {
                            i += 1;
                        }
                        blocks.push(Read {
                            value: list(&pieces[start..=i]),
                            bookmark: bookmark_of(&pieces[start..=i]),
                            at: piece_paragraphs[i],
                        });
                    }
                    ParagraphKind::Title | ParagraphKind::Subtitle | ParagraphKind::Body => {
                        if p.all_bold && !text.ends_with(['.', ':']) {
                            let words = first_words(&text);
                            out.warnings.push(tr!("import-bold-heading", paragraph, words));
                        }
                        let value = json!({ "type": "paragraph", "text": markup::write(&p.content) });
                        blocks.push(Read {
                            value,
                            bookmark: bookmark_of(&pieces[i..=i]),
                            at: piece_paragraphs[i],
                        });
                    }
                }
            }
            Piece::Table(t) => {
                let (caption, caption_bookmark) = caption.take().unzip();
                let bookmark = caption_bookmark.flatten().or_else(|| bookmark_of(&pieces[i..=i]));
                let value = key_figures(t).unwrap_or_else(|| table(t, caption));
                blocks.push(Read { value, bookmark, at: piece_paragraphs[i] });
            }
            Piece::Chart { part, alt, .. } => {
                match package.xml(part)?.and_then(|xml| chart_block(xml, alt.as_deref())) {
                    Some(value) => blocks.push(Read {
                        value,
                        bookmark: bookmark_of(&pieces[i..=i]),
                        at: piece_paragraphs[i],
                    }),
                    None => out.warnings.push(tr!("import-chart-unreadable", paragraph)),
                }
            }
            Piece::Picture(_) if title.is_none() && in_introduction && blocks.is_empty() => {
                out.warnings.push(tr!("import-logo"));
            }
            Piece::Picture(picture) => {
                pictures += 1;
                // The part's extension, if it is one (a crafted part name could hold a path).
                let extension = picture
                    .part
                    .rsplit('.')
                    .next()
                    .map(str::to_lowercase)
                    .filter(|e| (1..=5).contains(&e.len()) && e.chars().all(|c| c.is_ascii_alphanumeric()))
                    .unwrap_or_else(|| "png".into());
                let file = format!(
                    "beelden/afbeelding-{pictures}.{}",
                    if extension == "jpg" { "jpeg".into() } else { extension }
                );
                if let Some(bytes) = package.part(&picture.part) {
                    out.files.push((file.clone(), bytes.to_vec()));
                    let mut block = json!({ "type": "image", "file": file });
                    // The width it had, unless it filled the text width (the default).
                    if let Some(width) = picture.width_mm.filter(|w| *w < text_width_mm - 0.5 && *w >= 5.0) {
                        block["width_mm"] = json!((width * 10.0).round() / 10.0);
                    }
                    match (&picture.alt, picture.decorative) {
                        (_, true) => block["decorative"] = json!(true),
                        (Some(alt), false) => block["alt"] = json!(alt),
                        (None, false) => {
                            block["alt"] = json!(roundtrip::NO_ALT);
                            // A picture of ours is said once its source is known: it may
                            // have been decorative (LibreOffice drops that mark).
                            if bookmark_of(&pieces[i..=i]).is_none() {
                                out.warnings.push(tr!("import-picture-no-alt-at", paragraph, file = &file));
                            }
                        }
                    }
                    if let Some((caption, _)) = caption.take() {
                        block["caption"] = json!(caption);
                    }
                    blocks.push(Read {
                        value: block,
                        bookmark: bookmark_of(&pieces[i..=i]),
                        at: piece_paragraphs[i],
                    });
                }
            }
        }
        i += 1;
    }
    if sections.is_empty() {
        return Err(ImportError {
            message: tr!("import-no-heading-1"),
            hint: tr!("import-no-heading-1.hint"),
        });
    }
    let identity = identity_of(package)?;
    if let Some(identity) = &identity {
        without_data_tables(&mut introduction, identity);
        for section in &mut sections {
            without_data_tables(&mut section.blocks, identity);
        }
    }
    let mut document = Document {
        title,
        subtitle,
        introduction,
        sections,
        files: out.files,
        warnings: out.warnings,
        identity,
        findings,
    };
    // What was not mapped, with its place: section, heading, paragraph and first words.
    let found: Vec<String> = document
        .findings
        .iter()
        .map(|f| tr!("import-finding", place = document.place_of(f.paragraph), message = &f.message))
        .collect();
    document.warnings.extend(found);
    Ok(document)
}

/// Leaves out the table the build puts under a chart of ours with `"data_table": true`: it
/// is that chart's numbers again, not a block (it has no bookmark of its own).
fn without_data_tables(blocks: &mut Vec<Read>, identity: &roundtrip::Identity) {
    let mut after_chart_with_table = false;
    blocks.retain(|r| {
        let generated = after_chart_with_table && r.bookmark.is_none() && r.value["type"] == "table";
        after_chart_with_table =
            r.bookmark.as_deref().and_then(|b| identity.block(b)).is_some_and(|record| {
                serde_json::from_str::<Value>(&record.source)
                    .is_ok_and(|source| source["type"] == "chart" && source["data_table"] == true)
            });
        !generated
    });
}

/// Our custom XML part, if the file has it.
fn identity_of(package: &Package) -> Result<Option<roundtrip::Identity>, ImportError> {
    let main = package.main_part();
    let mut names: Vec<String> = package
        .relationships_of(&main)?
        .into_iter()
        .filter(|r| !r.external && r.kind.ends_with("/customXml"))
        .map(|r| {
            let dir = main.rsplit_once('/').map_or("", |(d, _)| d);
            normalize_part(&format!("{dir}/{}", r.target))
        })
        .collect();
    names.push(roundtrip::ITEM_PART.to_owned());
    for name in names {
        if let Some(identity) = package.xml(&name)?.and_then(roundtrip::Identity::from_xml) {
            return Ok(Some(identity));
        }
    }
    Ok(None)
}

/// `word/../customXml/item1.xml` → `customXml/item1.xml`.
fn normalize_part(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// Turns the Word file into input files. `manifest` (a `report.json` already made) gives the
/// municipalities and settings; otherwise they come from our own DOCX, or are filled with
/// what the file says and W13's defaults. A block of our own DOCX that Word shows as it was
/// built comes back as its source; one changed in Word keeps what Word cannot show (scope,
/// summary, ids, widths).
pub fn import(package: &Package, manifest: Option<&Value>) -> Result<Imported, ImportError> {
    let document = read_document(package)?;
    let identity = document.identity.as_ref();
    let mut out = Imported { files: document.files, warnings: document.warnings };
    let mut used = Used::default();
    let mut names = Vec::new();
    // Our own file names, when the Word file's record of them is whole and names files
    // inside the folder (it is read from the file, so it is checked like input).
    let safe = |name: &str| {
        crate::input::check_relative(name).is_ok()
            && name.ends_with(".json")
            && name != crate::input::MANIFEST
    };
    let frames = identity
        .map(|i| &i.sections)
        .filter(|f| f.len() == document.sections.len() && f.iter().all(|(name, _)| safe(name)));
    for (k, section) in document.sections.into_iter().enumerate() {
        if section.blocks.is_empty() {
            out.warnings.push(tr!("import-section-empty", paragraph = section.at, title = &section.title));
        }
        let blocks = Value::Array(resolve(section.blocks, identity, &mut used, &mut out));
        let frame = frames.and_then(|f| Some((f[k].0.clone(), serde_json::from_str::<Value>(&f[k].1).ok()?)));
        let (name, file) = match frame {
            Some((name, mut file)) => {
                for (field, value) in [
                    ("code", json!(section.code)),
                    ("number", json!(section.number)),
                    ("title", json!(section.title)),
                ] {
                    if file.get(field) != Some(&value) {
                        file[field] = value;
                    }
                }
                file["blocks"] = blocks;
                (name, file)
            }
            None => (
                format!("sections/{}-{}.json", section.number, slug_of(&section.title)),
                json!({
                    "$schema": "../../schema/section.schema.json",
                    "code": section.code,
                    "number": section.number,
                    "title": section.title,
                    "blocks": blocks,
                }),
            ),
        };
        out.files.push((name.clone(), pretty(&file)));
        names.push(name);
    }
    let own_manifest = identity.and_then(|i| serde_json::from_str::<Value>(&i.manifest).ok());
    let mut report = match (manifest, own_manifest) {
        (Some(manifest), _) => manifest.clone(),
        (None, Some(mut own)) => {
            out.warnings.push(tr!("import-no-manifest-own"));
            // The cover's title and subtitle as Word has them now.
            for (field, now) in [("title", &document.title), ("subtitle", &document.subtitle)] {
                if let Some(now) = now.as_deref().map(str::trim).filter(|t| !t.is_empty())
                    && own.get(field).and_then(Value::as_str).map(str::trim) != Some(now)
                {
                    own[field] = json!(now);
                }
            }
            own
        }
        (None, None) => {
            out.warnings.push(tr!("import-no-manifest"));
            json!({
                "$schema": "../schema/report.schema.json",
                "schema_version": crate::input::SCHEMA_VERSION,
                "organisation": "W13",
                "title": document.title.clone().unwrap_or_else(|| "Jaarverslag".into()),
                "subtitle": document.subtitle.clone().unwrap_or_else(|| "Jaarverslag".into()),
                "year": 2023,
                "language": "nl-BE",
                "region": "Zuid-West-Vlaanderen",
                "publication_date": "2024-03-29",
                "municipalities": [],
            })
        }
    };
    report["introduction"] = Value::Array(resolve(document.introduction, identity, &mut used, &mut out));
    report["sections"] = json!(names);
    out.files.insert(0, ("report.json".into(), pretty(&report)));
    Ok(out)
}

/// The blocks as input: a block of ours as its source when Word shows it unchanged, merged
/// with what Word shows when changed; any other as read. A bookmark counts once (Word does
/// not copy bookmarks, but a second one would be a copy). A picture of ours is written under
/// its own file name again.
fn resolve(
    read: Vec<Read>,
    identity: Option<&roundtrip::Identity>,
    used: &mut Used,
    out: &mut Imported,
) -> Vec<Value> {
    let mut blocks = Vec::new();
    for r in read {
        let record = identity.zip(r.bookmark.as_ref()).and_then(|(identity, b)| {
            let record = identity.block(b)?;
            used.bookmarks.insert(b.clone()).then_some(record)
        });
        let base = record.and_then(|rec| Some((rec, serde_json::from_str::<Value>(&rec.source).ok()?)));
        let Some((record, base)) = base else {
            blocks.push(r.value);
            continue;
        };
        let mut value = if roundtrip::content_key(&r.value, None) == record.key {
            base.clone()
        } else {
            let municipality = identity.and_then(|i| i.municipality.as_deref());
            roundtrip::merge(&base, &r.value, &|_| true, municipality)
        };
        if let (Some(written), Some(own)) = (r.value["file"].as_str(), base["file"].as_str()) {
            if crate::input::check_relative(own).is_err() {
                // A name outside the folder is never written: the picture keeps the one made.
                value["file"] = json!(written);
                blocks.push(value);
                continue;
            }
            let kind =
                |name: &str| name.rsplit('.').next().unwrap_or("").to_lowercase().replace("jpg", "jpeg");
            if kind(written) == kind(own) {
                rename(out, written, own, used);
            } else {
                out.warnings.push(tr!(
                    "import-picture-other-kind",
                    own,
                    written,
                    written_kind = kind(written).to_uppercase(),
                    own_kind = kind(own).to_uppercase()
                ));
                value["file"] = json!(written);
            }
        }
        if value["alt"] == roundtrip::NO_ALT {
            out.warnings.push(tr!("import-picture-no-alt", file = value["file"].as_str().unwrap_or("")));
        }
        blocks.push(value);
    }
    blocks
}

/// What the bookmarks and picture files of our own DOCX have been used for.
#[derive(Default)]
struct Used {
    bookmarks: std::collections::BTreeSet<String>,
    files: std::collections::BTreeSet<String>,
}

/// The picture file `from` written as `to`; once, if more blocks show it.
fn rename(out: &mut Imported, from: &str, to: &str, used: &mut Used) {
    let Some(at) = out.files.iter().position(|(name, _)| name == from) else { return };
    if used.files.insert(to.to_owned()) {
        out.files[at].0 = to.to_owned();
    } else {
        out.files.remove(at);
    }
}

/// Internal links point at Word bookmarks (`_Toc…`, a heading's name): each becomes the link
/// target the heading has in the input (a section's code, a heading's text made a slug). A
/// link to a bookmark that is not on a heading keeps its text and loses the link, with a
/// warning.
fn link_headings(pieces: &mut [Piece], warnings: &mut Vec<String>) {
    let mut anchors = std::collections::BTreeMap::new();
    let mut position = 0;
    for piece in pieces.iter() {
        let Piece::Paragraph(p) = piece else { continue };
        let anchor = match p.kind {
            ParagraphKind::Heading(1) => {
                position += 1;
                section_heading(&plain_text(&p.content), position).2.to_lowercase()
            }
            ParagraphKind::Heading(_) => crate::input::slug(&plain_text(&p.content)),
            _ => continue,
        };
        for bookmark in &p.bookmarks {
            anchors.insert(bookmark.clone(), anchor.clone());
        }
    }
    for piece in pieces.iter_mut() {
        // The table of contents and overview are made again by the build: not their links.
        if let Piece::Paragraph(p) = piece
            && p.kind != ParagraphKind::Generated
        {
            p.content = relink(std::mem::take(&mut p.content), &anchors, warnings);
        }
    }
}

fn relink(
    content: Vec<Inline>,
    anchors: &std::collections::BTreeMap<String, String>,
    warnings: &mut Vec<String>,
) -> Vec<Inline> {
    let mut out = Vec::new();
    for inline in content {
        match inline {
            Inline::Link { target: crate::model::LinkTarget::Internal(bookmark), content } => {
                match anchors.get(&bookmark) {
                    Some(anchor) => out.push(Inline::Link {
                        target: crate::model::LinkTarget::Internal(anchor.clone()),
                        content,
                    }),
                    None => {
                        warnings.push(tr!("import-link-not-heading", text = plain_text(&content)));
                        out.extend(content);
                    }
                }
            }
            Inline::Strong(inner) => out.push(Inline::Strong(relink(inner, anchors, warnings))),
            Inline::Emphasis(inner) => out.push(Inline::Emphasis(relink(inner, anchors, warnings))),
            other => out.push(other),
        }
    }
    out
}

fn pretty(value: &Value) -> Vec<u8> {
    let mut text = serde_json::to_string_pretty(value).expect("JSON values serialise");
    text.push('\n');
    text.into_bytes()
}

/// "1. Het opnemen van de regierol (WSE-LR1)" → (1, "Het opnemen van de regierol", "WSE-LR1").
fn section_heading(text: &str, position: usize) -> (u32, String, String) {
    let mut rest = text.trim();
    let mut number = position as u32;
    if let Some((digits, after)) = rest.split_once(['.', ' '])
        && let Ok(n) = digits.trim().parse::<u32>()
    {
        number = n;
        rest = after.trim();
    }
    let mut code = format!("H{number}");
    if let Some(open) = rest.rfind('(')
        && rest.ends_with(')')
    {
        let inside = rest[open + 1..rest.len() - 1].replace('\u{2060}', "");
        if !inside.is_empty() && inside.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            code = inside;
            rest = rest[..open].trim_end();
        }
    }
    (number, rest.to_owned(), code)
}

/// "Tabel 1. Meet & greets" → "Meet & greets".
fn strip_number(caption: &str) -> String {
    let mut words = caption.splitn(3, ' ');
    match (words.next(), words.next(), words.next()) {
        (Some(_label), Some(number), Some(rest))
            if number.trim_end_matches(['.', ':']).parse::<u32>().is_ok() =>
        {
            rest.trim().to_owned()
        }
        _ => caption.trim().to_owned(),
    }
}

/// The list of consecutive list paragraphs: nested by their numbering level.
fn list(items: &[Piece]) -> Value {
    let entries: Vec<(usize, bool, Vec<Inline>)> = items
        .iter()
        .filter_map(|p| match p {
            Piece::Paragraph(p) => match p.kind {
                ParagraphKind::Item { ordered, level, .. } => {
                    Some((level.min(2), ordered, p.content.clone()))
                }
                _ => None,
            },
            _ => None,
        })
        .collect();
    let ordered = entries.first().is_some_and(|e| e.1);
    let base = entries.iter().map(|e| e.0).min().unwrap_or(0);
    let (values, _) = nest(&entries, 0, base);
    json!({ "type": if ordered { "numbered_list" } else { "bullet_list" }, "items": values })
}

/// The items at `level` from `start`, each with the deeper ones after it as its items.
fn nest(entries: &[(usize, bool, Vec<Inline>)], start: usize, level: usize) -> (Vec<Value>, usize) {
    let mut out = Vec::new();
    let mut i = start;
    while i < entries.len() && entries[i].0 >= level {
        let text = markup::write(&entries[i].2);
        i += 1;
        if i < entries.len() && entries[i].0 > level {
            let (children, next) = nest(entries, i, level + 1);
            out.push(json!({ "text": text, "items": children }));
            i = next;
        } else {
            out.push(json!(text));
        }
    }
    (out, i)
}

fn table(t: &document::TablePiece, caption: Option<String>) -> Value {
    let columns = t.rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let total: f64 = t.widths.iter().take(columns).sum::<f64>().max(1.0);
    let column_values: Vec<Value> = (0..columns)
        .map(|c| {
            let share = t.widths.get(c).map_or(1.0, |w| w / total * columns as f64);
            json!({ "width": (share * 100.0).round() / 100.0 })
        })
        .collect();
    let row = |cells: &Vec<Vec<Inline>>| -> Value {
        let mut values: Vec<Value> = cells.iter().map(|c| json!(markup::write(c))).collect();
        values.resize(columns, json!(""));
        Value::Array(values)
    };
    let header: Vec<Value> = t.rows.iter().take(t.header_rows).map(row).collect();
    let rows: Vec<Value> = t.rows.iter().skip(t.header_rows).map(row).collect();
    let mut block = json!({ "type": "table" });
    if let Some(caption) = caption {
        block["caption"] = json!(caption);
    }
    block["columns"] = Value::Array(column_values);
    if !header.is_empty() {
        block["header"] = Value::Array(header);
    }
    block["rows"] = Value::Array(if rows.is_empty() { vec![row(&vec![])] } else { rows });
    block
}

/// A Word chart part as a chart block: its kind, title, axis titles, categories and series
/// from the values cached in it. The description is kept only when it is not the one the
/// build would write from the data anyway.
fn chart_block(xml: &str, alt: Option<&str>) -> Option<Value> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut stack: Vec<String> = Vec::new();
    let (mut kind, mut stacked) = (None::<&str>, false);
    let (mut title, mut x_label, mut y_label) = (String::new(), String::new(), String::new());
    let mut categories: Vec<String> = Vec::new();
    let mut series: Vec<(String, Vec<f64>)> = Vec::new();
    let value = |e: &quick_xml::events::BytesStart<'_>| {
        e.attributes()
            .flatten()
            .find(|a| a.key.local_name().as_ref() == b"val")
            .map(|a| String::from_utf8_lossy(&a.value).into_owned())
    };
    loop {
        let event = reader.read_event().ok()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                match name.as_str() {
                    "barChart" => kind = Some("column"),
                    "lineChart" => kind = Some("line"),
                    "pieChart" | "doughnutChart" => kind = Some("pie"),
                    "barDir" if value(e).as_deref() == Some("bar") => kind = Some("bar"),
                    "grouping" => stacked |= value(e).is_some_and(|g| g.contains("tacked")),
                    "ser" => series.push((String::new(), Vec::new())),
                    _ => {}
                }
                if matches!(event, Event::Start(_)) {
                    stack.push(name);
                }
            }
            Event::End(_) => {
                stack.pop();
            }
            Event::Text(_) | Event::GeneralRef(_) => {
                let text = match &event {
                    Event::Text(t) => t.xml10_content().ok()?.into_owned(),
                    Event::GeneralRef(r) => document::entity_text(r),
                    _ => unreachable!(),
                };
                let inside = |n: &str| stack.iter().any(|s| s == n);
                let last = stack.last().map(String::as_str);
                if last == Some("t") && inside("title") {
                    let target = if inside("catAx") {
                        &mut x_label
                    } else if inside("valAx") {
                        &mut y_label
                    } else {
                        &mut title
                    };
                    target.push_str(&text);
                } else if last == Some("v") && inside("ser") {
                    let first = series.len() == 1;
                    let Some((name, values)) = series.last_mut() else { continue };
                    if inside("tx") {
                        name.push_str(&text);
                    } else if inside("cat") && first {
                        categories.push(text);
                    } else if inside("val") {
                        values.push(text.trim().parse().ok()?);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let kind = kind?;
    let chart = crate::model::Chart {
        kind: crate::model::ChartKind::from_name(kind)?,
        stacked,
        title: title.trim().to_owned(),
        categories: categories.clone(),
        series: series
            .iter()
            .map(|(name, values)| crate::model::Series { name: name.clone(), values: values.clone() })
            .collect(),
        category_label: Some(x_label.trim().to_owned()).filter(|l| !l.is_empty()),
        value_label: Some(y_label.trim().to_owned()).filter(|l| !l.is_empty()),
        alt: None,
        caption: None,
        data_table: false,
    };
    let mut block = json!({ "type": "chart", "kind": kind, "title": chart.title });
    if stacked {
        block["stacked"] = json!(true);
    }
    block["categories"] = json!(categories);
    // Whole numbers as the input writes them: 30, not 30.0.
    let number = |v: &f64| if v.fract() == 0.0 && v.abs() < 1e15 { json!(*v as i64) } else { json!(v) };
    block["series"] = Value::Array(
        series
            .iter()
            .map(|(name, values)| json!({ "name": name, "values": values.iter().map(number).collect::<Vec<_>>() }))
            .collect(),
    );
    if let Some(label) = &chart.category_label {
        block["x_label"] = json!(label);
    }
    if let Some(label) = &chart.value_label {
        block["y_label"] = json!(label);
    }
    if let Some(alt) = alt.filter(|a| *a != chart.description()) {
        block["alt"] = json!(alt);
    }
    Some(block)
}

/// Our key figures come back as key figures: a one-row table of 2 to 4 cells, each a
/// paragraph in the "KeyFigure" style and one in "KeyFigureLabel".
fn key_figures(t: &document::TablePiece) -> Option<Value> {
    let [row] = t.styled.as_slice() else { return None };
    if !(2..=4).contains(&row.len()) {
        return None;
    }
    let items: Option<Vec<Value>> = row
        .iter()
        .map(|cell| match cell.as_slice() {
            [(value_style, value), (label_style, label)]
                if value_style == crate::docx::styles::KEY_FIGURE
                    && label_style == crate::docx::styles::KEY_FIGURE_LABEL =>
            {
                // A whole number as a number, as it was most likely typed; anything else as text.
                let number = value.parse::<u64>().ok().filter(|_| !value.starts_with('0') || value == "0");
                Some(json!({ "value": number.map_or_else(|| json!(value), |n| json!(n)), "label": label }))
            }
            _ => None,
        })
        .collect();
    Some(json!({ "type": "key_figures", "items": items? }))
}

fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    let short = words.join(" ");
    if text.split_whitespace().count() > 6 { format!("{short} …") } else { short }
}

/// A file name from a title: its first words as lowercase ASCII ("het-opnemen-van-de").
fn slug_of(title: &str) -> String {
    let slug = crate::input::slug(title);
    slug.split('-').take(4).collect::<Vec<_>>().join("-")
}
