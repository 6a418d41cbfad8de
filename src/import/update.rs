//! `import --update DIR FILE.docx`: the edits made in Word to one of our own DOCX files,
//! brought back to exactly the blocks of the input they change.
//!
//! Each block of the DOCX names its source (see [`crate::roundtrip`]). A block Word shows as
//! it was built is left alone, byte for byte; a changed one is merged into its source (scope,
//! ids, widths kept) and only its text in the file is replaced; a block added in Word goes
//! after the one before it, one deleted in Word is taken out. The input must be as it was
//! when the DOCX was built (each block is found by its source), unless `force` is given.

use std::path::Path;

use serde_json::Value;

use super::{Document, FindingKind, ImportError, Package, Read, Tracked};
use crate::input::json::{self, Node};
use crate::model::{BOARD_NAME, Variant};
use crate::roundtrip::{self, BlockRecord, Identity};
use crate::tr;

/// How to treat what could go wrong.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Apply the edits even though the input changed after the DOCX was built.
    pub force: bool,
    /// Take tracked changes as accepted (otherwise they are listed and nothing is written).
    pub accept_changes: bool,
}

/// What an update does: the files to write, and what it says.
#[derive(Debug, Default)]
pub struct Update {
    /// Files of the input folder to write (their path in it, their new bytes): the section
    /// files and manifest whose blocks changed, and pictures new in Word.
    pub files: Vec<(String, Vec<u8>)>,
    /// What changed, in the order of the report.
    pub changes: Vec<Change>,
    /// The Word file's comments, with their place, for staff to act on.
    pub comments: Vec<String>,
    pub warnings: Vec<String>,
}

/// One change to a block: where it is, what happened, and the text before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The file changed.
    pub file: String,
    /// "2. Title › Mobiliteit".
    pub place: String,
    /// "paragraph 1 changed".
    pub what: String,
    /// Lines of text that went (`-`) and came (`+`).
    pub lines: Vec<String>,
}

fn error(message: impl Into<String>, hint: impl Into<String>) -> ImportError {
    ImportError { message: message.into(), hint: hint.into() }
}

/// What happened to a block in Word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Happened {
    Changed,
    Added,
    Removed,
    /// A picture of which Word has another file.
    Replaced,
}

/// A file of the input: its text, and each of its blocks with its place in the text.
struct SourceFile {
    name: String,
    text: String,
    blocks: Vec<SourceBlock>,
}

struct SourceBlock {
    value: Value,
    /// Its source as the version shows it, if it shows it.
    shown: Option<String>,
}

/// What to do to the list of blocks of one file.
#[derive(Debug)]
enum Op {
    Replace(usize, Value),
    Delete(usize),
    /// Insert after the block at this index (`None`: at the start).
    Insert(Option<usize>, Value),
    /// A field of the file itself (a section's title, the report's title) set.
    Field(&'static str, Value),
}

/// Titles edited in Word: a section's (its Heading 1) and the report's (the cover's title
/// and subtitle), when they differ from those the DOCX was built with.
fn titles(document: &Document, identity: &Identity, ops: &mut Vec<(String, Op)>, changes: &mut Vec<Change>) {
    let mut set = |file: &str, place: String, field: &'static str, built: Option<&Value>, now: &str| {
        let Some(built) = built.and_then(Value::as_str) else { return };
        if built.trim() == now.trim() || now.trim().is_empty() {
            return;
        }
        ops.push((file.to_owned(), Op::Field(field, Value::String(now.trim().to_owned()))));
        let what = match field {
            "subtitle" => tr!("update-subtitle-changed"),
            _ => tr!("update-title-changed"),
        };
        let lines = vec![tr!("update-line-old", line = built), tr!("update-line-new", line = now.trim())];
        changes.push(Change { file: file.to_owned(), place, what, lines });
    };
    let manifest: Value = serde_json::from_str(&identity.manifest).unwrap_or(Value::Null);
    for (field, now) in [("title", &document.title), ("subtitle", &document.subtitle)] {
        if let Some(now) = now {
            // The cover, named in the report's language whatever the language of the messages.
            set(crate::input::MANIFEST, "Titelblad".to_owned(), field, manifest.get(field), now);
        }
    }
    for ((file, frame), section) in identity.sections.iter().zip(&document.sections) {
        let frame: Value = serde_json::from_str(frame).unwrap_or(Value::Null);
        let place = format!("{}. {}", section.number, first_words(&section.title, 6));
        set(file, place, "title", frame.get("title"), &section.title);
    }
}

/// Works out the update of the input in `dir` from the edited DOCX.
pub fn update(package: &Package, dir: &Path, options: Options) -> Result<Update, ImportError> {
    let document = super::read_document(package)?;
    let Some(identity) = document.identity.clone() else {
        return Err(error(tr!("update-not-ours", docx = package.name()), tr!("update-not-ours.hint")));
    };
    let loaded = crate::input::load(dir);
    let Some(report) = loaded.report.as_ref().filter(|_| !loaded.has_errors()) else {
        return Err(error(
            tr!("update-input-has-errors", folder = dir.display().to_string()),
            tr!("update-input-has-errors.hint"),
        ));
    };
    let variant = match identity.version.as_str() {
        BOARD_NAME => Variant::Board,
        id if report.municipalities.iter().any(|m| m.id == id) => Variant::Municipality(id.to_owned()),
        id => {
            return Err(error(tr!("update-version-gone", version = id), tr!("update-version-gone.hint")));
        }
    };
    let mut update = Update::default();
    tracked_changes(&document, options, &mut update)?;
    update.comments = comments(package, &document)?;

    // The input's files, as the version shows their blocks.
    let mut names = vec![crate::input::MANIFEST.to_owned()];
    names.extend(report.sections.iter().filter_map(|s| s.origin.as_ref().map(|o| o.file.clone())));
    let mut files: Vec<SourceFile> =
        names.iter().map(|name| read_source(dir, name, &variant)).collect::<Result<_, _>>()?;

    // Each record of the DOCX found in its file by its source.
    let (found, changed_since) = find_records(&identity, &files);
    if !changed_since.is_empty() && !options.force {
        let mut message = tr!("update-input-changed-since");
        for line in &changed_since {
            message.push_str(&format!("\n  - {line}"));
        }
        return Err(error(message, tr!("update-input-changed-since.hint")));
    }
    update.warnings.extend(changed_since.iter().map(|c| tr!("update-changed-since-warning", change = c)));

    if document.sections.len() != identity.sections.len() {
        return Err(error(
            tr!("update-sections-differ", word = document.sections.len(), report = identity.sections.len()),
            tr!("update-sections-differ.hint"),
        ));
    }
    let mut parts: Vec<(String, String, &[Read])> =
        vec![(crate::input::MANIFEST.to_owned(), "Inleiding".to_owned(), document.introduction.as_slice())];
    for ((file, _), section) in identity.sections.iter().zip(&document.sections) {
        let title = format!("{}. {}", section.number, first_words(&section.title, 6));
        parts.push((file.clone(), title, section.blocks.as_slice()));
    }
    let municipality = identity.municipality.as_deref();
    let visible = |v: &Value| roundtrip::shown_in(v, &variant);
    let mut ops: Vec<(String, Op)> = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    let mut new_files: Vec<(String, Vec<u8>)> = Vec::new();
    for (file, title, reads) in &parts {
        let Some(source) = files.iter().find(|f| &f.name == file) else { continue };
        let records: Vec<&BlockRecord> = identity.blocks.iter().filter(|b| &b.file == file).collect();
        // The blocks of this file Word still shows here in their order; the others were
        // deleted, or moved (then added where Word has them now, and taken out here).
        let seen: std::collections::BTreeSet<&str> = {
            let (mut placed, mut last, mut once) =
                (std::collections::BTreeSet::new(), None, std::collections::BTreeSet::new());
            for bookmark in reads.iter().filter_map(|r| r.bookmark.as_deref()) {
                let Some(record) = records.iter().find(|r| r.bookmark == bookmark) else { continue };
                let index = found.get(bookmark).copied().flatten();
                if let Some(index) = index.filter(|&i| once.insert(bookmark) && last.is_none_or(|l| i > l)) {
                    placed.insert(record.bookmark.as_str());
                    last = Some(index);
                }
            }
            placed
        };
        let mut context = Context::new(title);
        // The last block of this file placed, by its index in the file and in `records`.
        let mut last: Option<usize> = None;
        let mut last_record: Option<usize> = None;
        let mut pending_new: Vec<(&Read, Context)> = Vec::new();
        let flush = |pending: &mut Vec<(&Read, Context)>,
                     upto: Option<usize>,
                     last_record: Option<usize>,
                     last: Option<usize>,
                     context: &Context,
                     ops: &mut Vec<(String, Op)>,
                     changes: &mut Vec<Change>,
                     new_files: &mut Vec<(String, Vec<u8>)>| {
            // The records Word no longer shows between the last block placed and the next.
            let from = last_record.map_or(0, |r| r + 1);
            let to = upto.unwrap_or(records.len());
            let gone: Vec<usize> = (from..to)
                .filter(|&r| !seen.contains(records[r].bookmark.as_str()))
                .filter(|&r| found.get(&records[r].bookmark).is_some_and(Option::is_some))
                .collect();
            let mut at = last;
            for k in 0..pending.len().max(gone.len()) {
                let (read, context) = match pending.get(k) {
                    Some((read, context)) => (Some(*read), context),
                    None => (None, context),
                };
                match (gone.get(k), read) {
                    // A block whose bookmark Word lost (its text retyped): changed in place.
                    (Some(&r), Some(read)) => {
                        let index = found[&records[r].bookmark].expect("found");
                        let base = &source.blocks[index].value;
                        let value = roundtrip::merge(base, &read.value, &visible, municipality);
                        let happened = Happened::Changed;
                        changes.push(context.change(file, &read.value, happened, Some(base), Some(&value)));
                        ops.push((file.clone(), Op::Replace(index, value)));
                        at = Some(index);
                    }
                    (None, Some(read)) => {
                        let mut value = with_files(read, new_files, &document.files);
                        // Moved here from another section: it keeps what Word cannot show.
                        if let Some(base) =
                            read.bookmark.as_deref().and_then(|b| moved_from(b, &identity, &files, &found))
                        {
                            value = roundtrip::merge(base, &value, &visible, municipality);
                        }
                        changes.push(context.change(file, &read.value, Happened::Added, None, Some(&value)));
                        ops.push((file.clone(), Op::Insert(at, value)));
                    }
                    (Some(&r), None) => {
                        let index = found[&records[r].bookmark].expect("found");
                        let base = &source.blocks[index].value;
                        changes.push(context.change(file, base, Happened::Removed, Some(base), None));
                        ops.push((file.clone(), Op::Delete(index)));
                    }
                    (None, None) => {}
                }
            }
            pending.clear();
        };
        for read in reads.iter() {
            let record = read
                .bookmark
                .as_deref()
                .and_then(|b| records.iter().position(|r| r.bookmark == b))
                .filter(|&r| used.insert(records[r].bookmark.clone()));
            let index = record.and_then(|r| found.get(&records[r].bookmark).copied().flatten());
            match (record, index) {
                (Some(r), Some(index)) if last.is_none_or(|l| index > l) => {
                    flush(
                        &mut pending_new,
                        Some(r),
                        last_record,
                        last,
                        &context,
                        &mut ops,
                        &mut update.changes,
                        &mut new_files,
                    );
                    let base = &source.blocks[index].value;
                    let replaced = replaced_picture(read, base, dir, &document.files);
                    if roundtrip::content_key(&read.value, None) != records[r].key || replaced {
                        let mut value = roundtrip::merge(base, &read.value, &visible, municipality);
                        if replaced {
                            value["file"] = with_files(read, &mut new_files, &document.files)["file"].clone();
                        }
                        let what = if replaced { Happened::Replaced } else { Happened::Changed };
                        update.changes.push(context.change(
                            file,
                            &read.value,
                            what,
                            Some(base),
                            Some(&value),
                        ));
                        ops.push((file.clone(), Op::Replace(index, value)));
                    }
                    last = Some(index);
                    last_record = Some(r);
                }
                // Its source is gone from the input (only with --force): what Word has is kept
                // only if Word changed it.
                (Some(r), None) => {
                    if roundtrip::content_key(&read.value, None) != records[r].key {
                        pending_new.push((read, context.clone()));
                    }
                }
                // New in Word, or moved there.
                _ => pending_new.push((read, context.clone())),
            }
            context.after(&read.value);
        }
        flush(
            &mut pending_new,
            None,
            last_record,
            last,
            &context,
            &mut ops,
            &mut update.changes,
            &mut new_files,
        );
    }
    titles(&document, &identity, &mut ops, &mut update.changes);
    for file in &mut files {
        let mine: Vec<&Op> = ops.iter().filter(|(f, _)| f == &file.name).map(|(_, op)| op).collect();
        if mine.is_empty() {
            continue;
        }
        let text = splice(file, &mine);
        file.text = text;
        update.files.push((file.name.clone(), file.text.clone().into_bytes()));
    }
    // Pictures new in Word, those the blocks name (a moved block keeps its own file).
    let named: std::collections::BTreeSet<&str> = ops
        .iter()
        .filter_map(|(_, op)| match op {
            Op::Replace(_, value) | Op::Insert(_, value) => value["file"].as_str(),
            _ => None,
        })
        .collect();
    new_files.retain(|(file, _)| named.contains(file.as_str()));
    update.files.extend(new_files);
    Ok(update)
}

/// Whether the picture of an image block of ours was replaced in Word: its bytes differ
/// from the file the block names (of the same kind: LibreOffice keeps only the PNG of an
/// SVG, which is no new picture).
fn replaced_picture(read: &Read, base: &Value, dir: &Path, pictures: &[(String, Vec<u8>)]) -> bool {
    let (Some(now), Some(was)) = (read.value["file"].as_str(), base["file"].as_str()) else { return false };
    let kind = |name: &str| name.rsplit('.').next().unwrap_or("").to_lowercase().replace("jpg", "jpeg");
    let Some((_, bytes)) = pictures.iter().find(|(n, _)| n == now) else { return false };
    kind(now) == kind(was) && std::fs::read(dir.join(was)).is_ok_and(|old| &old != bytes)
}

/// The source of a block of another file that Word shows elsewhere.
fn moved_from<'f>(
    bookmark: &str,
    identity: &Identity,
    files: &'f [SourceFile],
    found: &std::collections::BTreeMap<String, Option<usize>>,
) -> Option<&'f Value> {
    let record = identity.block(bookmark)?;
    let index = (*found.get(bookmark)?)?;
    Some(&files.iter().find(|f| f.name == record.file)?.blocks[index].value)
}

/// A block as Word has it, its picture given a file of its own in `beelden/`, named by its
/// content so it never overwrites another (`pictures` are those the import read).
fn with_files(read: &Read, new_files: &mut Vec<(String, Vec<u8>)>, pictures: &[(String, Vec<u8>)]) -> Value {
    let mut value = read.value.clone();
    let bytes =
        read.value["file"].as_str().and_then(|name| pictures.iter().find(|(n, _)| n == name)).map(|(_, b)| b);
    if let (Some(name), Some(bytes)) = (read.value["file"].as_str(), bytes) {
        let extension = name.rsplit('.').next().unwrap_or("png");
        let file = format!("beelden/word-{}.{extension}", &blake3::hash(bytes).to_hex()[..12]);
        if !new_files.iter().any(|(f, _)| f == &file) {
            new_files.push((file.clone(), bytes.clone()));
        }
        value["file"] = Value::String(file);
    }
    value
}

/// Reads one input file and finds its blocks.
fn read_source(dir: &Path, name: &str, variant: &Variant) -> Result<SourceFile, ImportError> {
    let text = std::fs::read_to_string(dir.join(name)).map_err(|e| {
        error(tr!("update-cannot-read", file = name, detail = e.to_string()), tr!("update-cannot-read.hint"))
    })?;
    let node = json::parse(&text).map_err(|e| {
        error(tr!("update-not-json", file = name, detail = &e.message), tr!("update-not-json.hint"))
    })?;
    let field = if name == crate::input::MANIFEST { "introduction" } else { "blocks" };
    let list = match &node.value {
        json::Value::Object(members) => members.iter().find(|m| m.key == field).map(|m| &m.value),
        _ => None,
    };
    let nodes: &[Node] = match list {
        Some(Node { value: json::Value::Array(items), .. }) => items,
        _ => &[],
    };
    let blocks = nodes
        .iter()
        .map(|n| {
            let value: Value = serde_json::from_str(&text[n.span.clone()]).unwrap_or(Value::Null);
            let shown = roundtrip::shown_in(&value, variant)
                .then(|| roundtrip::version_source(&value.to_string(), variant));
            SourceBlock { value, shown }
        })
        .collect();
    Ok(SourceFile { name: name.to_owned(), text, blocks })
}

/// Each record of the DOCX found in its file: the block whose source, as the version shows
/// it, is the one the DOCX was built from (matched in order, so equal blocks are told apart).
/// A record not found is a block changed in the input since; with `--force` it is paired
/// with the changed block in its place, if there is one. Also says what changed since.
fn find_records(
    identity: &Identity,
    files: &[SourceFile],
) -> (std::collections::BTreeMap<String, Option<usize>>, Vec<String>) {
    let mut found = std::collections::BTreeMap::new();
    let mut changed = Vec::new();
    for file in files {
        let records: Vec<&BlockRecord> = identity.blocks.iter().filter(|b| b.file == file.name).collect();
        let shown: Vec<usize> = (0..file.blocks.len()).filter(|&i| file.blocks[i].shown.is_some()).collect();
        let a: Vec<&str> = records.iter().map(|r| r.source.as_str()).collect();
        let b: Vec<&str> = shown.iter().map(|&i| file.blocks[i].shown.as_deref().unwrap_or("")).collect();
        let pairs = roundtrip::common_subsequence(&a, &b);
        let (mut ai, mut bj) = (0, 0);
        for (pi, pj) in pairs.into_iter().chain(std::iter::once((a.len(), b.len()))) {
            let gone: Vec<usize> = (ai..pi).collect();
            let came: Vec<usize> = (bj..pj).collect();
            for k in 0..gone.len().max(came.len()) {
                match (gone.get(k), came.get(k)) {
                    (Some(&r), Some(&c)) => {
                        found.insert(records[r].bookmark.clone(), Some(shown[c]));
                        changed.push(tr!(
                            "update-since-changed",
                            file = &file.name,
                            block = describe(&file.blocks[shown[c]].value)
                        ));
                    }
                    (Some(&r), None) => {
                        found.insert(records[r].bookmark.clone(), None);
                        changed.push(tr!(
                            "update-since-removed",
                            file = &file.name,
                            block = describe_source(&records[r].source)
                        ));
                    }
                    (None, Some(&c)) => {
                        changed.push(tr!(
                            "update-since-added",
                            file = &file.name,
                            block = describe(&file.blocks[shown[c]].value)
                        ));
                    }
                    (None, None) => {}
                }
            }
            if pi < a.len() {
                found.insert(records[pi].bookmark.clone(), Some(shown[pj]));
            }
            ai = pi + 1;
            bj = pj + 1;
        }
    }
    (found, changed)
}

/// "the paragraph “Taal was in 2023 …”".
fn describe(block: &Value) -> String {
    let kind = kind_name(block);
    let text = block_lines(block).into_iter().next().unwrap_or_default();
    if text.is_empty() {
        tr!("update-block-a", kind)
    } else {
        tr!("update-block-the", kind, text = first_words(&text, 8))
    }
}

fn describe_source(source: &str) -> String {
    serde_json::from_str::<Value>(source)
        .map(|v| describe(&v))
        .unwrap_or_else(|_| tr!("update-block-a", kind = "block"))
}

/// The kind of a block as the messages tell them apart (the key of their selectors).
fn kind_name(block: &Value) -> &'static str {
    match block["type"].as_str().unwrap_or("") {
        "heading" => "heading",
        "paragraph" => "paragraph",
        "bullet_list" | "numbered_list" => "list",
        "table" => "table",
        "image" => "picture",
        "chart" => "chart",
        "key_figures" => "key-figures",
        _ => "block",
    }
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > n { format!("{} …", words[..n].join(" ")) } else { words.join(" ") }
}

/// The text of a block, one line per paragraph-like part: what the change shows.
pub(super) fn block_lines(block: &Value) -> Vec<String> {
    let text = |v: &Value| match v {
        Value::String(s) => crate::model::plain_text(&crate::input::markup::parse(s).content),
        Value::Number(n) => crate::model::number_text(&n.to_string()),
        Value::Object(o) => o
            .get("text")
            .and_then(Value::as_str)
            .map(|s| crate::model::plain_text(&crate::input::markup::parse(s).content))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let mut out = Vec::new();
    match block["type"].as_str().unwrap_or("") {
        "heading" | "paragraph" => out.push(text(&block["text"])),
        "bullet_list" | "numbered_list" => items_lines(&block["items"], 0, &text, &mut out),
        "table" => {
            if let Some(caption) = block.get("caption") {
                out.push(text(caption));
            }
            for row in block["header"]
                .as_array()
                .into_iter()
                .flatten()
                .chain(block["rows"].as_array().into_iter().flatten())
            {
                let cells = row.get("cells").unwrap_or(row);
                out.push(cells.as_array().into_iter().flatten().map(&text).collect::<Vec<_>>().join(" | "));
            }
        }
        "image" => {
            out.push(block["alt"].as_str().unwrap_or("").to_owned());
            if let Some(caption) = block.get("caption") {
                out.push(text(caption));
            }
        }
        "chart" => {
            out.push(block["title"].as_str().unwrap_or("").to_owned());
            if let Some(caption) = block.get("caption") {
                out.push(text(caption));
            }
        }
        "key_figures" => {
            for item in block["items"].as_array().into_iter().flatten() {
                out.push(format!("{} {}", text(&item["value"]), item["label"].as_str().unwrap_or("")));
            }
        }
        _ => {}
    }
    out
}

fn items_lines(items: &Value, depth: usize, text: &dyn Fn(&Value) -> String, out: &mut Vec<String>) {
    for item in items.as_array().into_iter().flatten() {
        out.push(format!("{}• {}", "  ".repeat(depth), text(item)));
        if let Some(children) = item.get("items") {
            items_lines(children, depth + 1, text, out);
        }
    }
}

/// Where a block is, as staff find it in Word: the section and the heading above it, and
/// its place under that heading ("paragraph 2").
#[derive(Clone)]
struct Context {
    section: String,
    heading: Option<String>,
    counts: std::collections::BTreeMap<&'static str, usize>,
}

impl Context {
    fn new(section: &str) -> Context {
        Context { section: section.to_owned(), heading: None, counts: Default::default() }
    }

    /// After `block` (as Word has it) has been read.
    fn after(&mut self, block: &Value) {
        if block["type"] == "heading" {
            self.heading = block_lines(block).into_iter().next();
            self.counts.clear();
        } else {
            *self.counts.entry(kind_name(block)).or_default() += 1;
        }
    }

    /// A change to `block` (as Word has it, or as it was if removed).
    fn change(
        &self,
        file: &str,
        block: &Value,
        happened: Happened,
        old: Option<&Value>,
        new: Option<&Value>,
    ) -> Change {
        let kind = kind_name(block);
        let place = match &self.heading {
            Some(heading) => format!("{} › {heading}", self.section),
            None => self.section.clone(),
        };
        // A heading has no number: it starts the count of what is under it.
        let number = self.counts.get(kind).copied().unwrap_or(0) + 1;
        let what = match happened {
            Happened::Changed => tr!("update-changed", kind, number),
            Happened::Added => tr!("update-added", kind, number),
            Happened::Removed => tr!("update-removed", kind, number),
            Happened::Replaced => tr!("update-replaced", kind, number),
        };
        let old_lines = old.map(block_lines).unwrap_or_default();
        let new_lines = new.map(block_lines).unwrap_or_default();
        let mut lines = Vec::new();
        for line in old_lines.iter().filter(|l| !new_lines.contains(l)) {
            lines.push(tr!("update-line-old", line));
        }
        for line in new_lines.iter().filter(|l| !old_lines.contains(l)) {
            lines.push(tr!("update-line-new", line));
        }
        Change { file: file.to_owned(), place, what, lines }
    }
}

/// Tracked changes stop the update unless they are to be taken as accepted.
fn tracked_changes(document: &Document, options: Options, update: &mut Update) -> Result<(), ImportError> {
    let tracked: Vec<String> = document
        .findings
        .iter()
        .filter_map(|f| match &f.kind {
            FindingKind::Tracked { what, text } => {
                let place = document.place_of(f.paragraph);
                let text = first_words(text, 12);
                Some(match (what, text.is_empty()) {
                    (Tracked::Insertion, true) => tr!("update-tracked-insertion", place),
                    (Tracked::Insertion, false) => tr!("update-tracked-insertion-text", place, text),
                    (Tracked::Deletion, true) => tr!("update-tracked-deletion", place),
                    (Tracked::Deletion, false) => tr!("update-tracked-deletion-text", place, text),
                    (Tracked::Formatting, _) => tr!("update-tracked-formatting", place),
                })
            }
            _ => None,
        })
        .collect();
    if tracked.is_empty() {
        return Ok(());
    }
    if !options.accept_changes {
        let mut message = tr!("update-tracked-not-accepted", count = tracked.len());
        for line in &tracked {
            message.push_str(&format!("\n  - {line}"));
        }
        return Err(error(message, tr!("update-tracked-not-accepted.hint")));
    }
    update.warnings.extend(tracked.into_iter().map(|change| tr!("update-tracked-accepted", change)));
    Ok(())
}

/// The comments of the Word file, each with its place: “text” — author.
fn comments(package: &Package, document: &Document) -> Result<Vec<String>, ImportError> {
    let main = package.main_part();
    let dir = main.rsplit_once('/').map_or("", |(d, _)| d);
    let part = package
        .relationships_of(&main)?
        .into_iter()
        .find(|r| !r.external && r.kind.ends_with("/comments"))
        .map(|r| super::normalize_part(&format!("{dir}/{}", r.target)));
    let Some(xml) = part.as_deref().map(|p| package.xml(p)).transpose()?.flatten() else {
        return Ok(Vec::new());
    };
    let texts = comment_texts(xml);
    Ok(document
        .findings
        .iter()
        .filter_map(|f| match &f.kind {
            FindingKind::Comment(id) => {
                let (author, text) =
                    texts.iter().find(|(i, ..)| i == id).map(|(_, a, t)| (a.clone(), t.clone()))?;
                let place = document.place_of(f.paragraph);
                Some(if author.is_empty() {
                    tr!("update-comment", place, text)
                } else {
                    tr!("update-comment-by", place, text, author)
                })
            }
            _ => None,
        })
        .collect())
}

/// (id, author, text) of each comment in the comments part.
fn comment_texts(xml: &str) -> Vec<(String, String, String)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out: Vec<(String, String, String)> = Vec::new();
    let attr = |e: &quick_xml::events::BytesStart<'_>, name: &[u8]| {
        e.attributes()
            .flatten()
            .find(|a| a.key.local_name().as_ref() == name)
            .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
            .unwrap_or_default()
    };
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == b"comment" => {
                out.push((attr(&e, b"id"), attr(&e, b"author"), String::new()));
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == b"p" => {
                if let Some((_, _, text)) = out.last_mut()
                    && !text.is_empty()
                {
                    text.push(' ');
                }
            }
            Ok(Event::Text(t)) => {
                if let Some((_, _, text)) = out.last_mut() {
                    text.push_str(&t.xml10_content().map(|c| c.into_owned()).unwrap_or_default());
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some((_, _, text)) = out.last_mut() {
                    text.push_str(&super::entity_text(&r));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    for (_, _, text) in &mut out {
        *text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out
}

/// The file's text with the operations done: only the blocks that changed are written
/// again, in the file's own indentation (see [`super::rewrite`]); every other byte stays.
fn splice(file: &SourceFile, ops: &[&Op]) -> String {
    let mut replaced = std::collections::BTreeMap::new();
    let mut deleted = std::collections::BTreeSet::new();
    let mut inserts: Vec<(Option<usize>, &Value)> = Vec::new();
    for op in ops {
        match op {
            Op::Replace(i, value) => {
                replaced.insert(*i, value);
            }
            Op::Delete(i) => {
                deleted.insert(*i);
            }
            Op::Insert(after, value) => inserts.push((*after, value)),
            Op::Field(..) => {}
        }
    }
    let inserted_after =
        |anchor: Option<usize>| inserts.iter().filter(move |(a, _)| *a == anchor).map(|(_, v)| (*v).clone());
    let mut blocks: Vec<Value> = inserted_after(None).collect();
    for (i, block) in file.blocks.iter().enumerate() {
        if !deleted.contains(&i) {
            blocks.push(replaced.get(&i).map_or_else(|| block.value.clone(), |v| (*v).clone()));
        }
        blocks.extend(inserted_after(Some(i)));
    }
    let (Ok(root), Ok(old)) = (json::parse(&file.text), serde_json::from_str::<Value>(&file.text)) else {
        return file.text.clone();
    };
    let mut new = old.clone();
    let field = if file.name == crate::input::MANIFEST { "introduction" } else { "blocks" };
    new[field] = Value::Array(blocks);
    for op in ops {
        if let Op::Field(name, value) = op {
            new[*name] = value.clone();
        }
    }
    let mut out = file.text.clone();
    out.replace_range(root.span.clone(), &super::rewrite::rewrite(&file.text, &root, &old, &new));
    out
}
