//! Which block of the input each part of our DOCX shows, so that edits made in Word can be
//! brought back to the right block of the right file (`import`, `import --update`).
//!
//! Our DOCX carries it in two places, both kept by Word and by LibreOffice when they save:
//! - a hidden bookmark `_jvb<n>` (Word hides bookmarks that start with `_`) before the first
//!   paragraph or table of each block: it moves with the text when paragraphs are added or
//!   removed around it, and is lost only when the block itself is deleted;
//! - a custom XML part (`customXml/item1.xml`, namespace [`NAMESPACE`]) with, for each
//!   bookmark, the file of its block, the block's source as it was built (in this version:
//!   without the items and rows only for others) and a key of the content Word shows. No
//!   index: a block added before it must not change a DOCX that does not show that block;
//!   `import --update` finds each block in the input by its source.
//!
//! Content controls (`w:sdt` with a tag) were the other candidate: LibreOffice (7.4) keeps
//! the control but drops its tag when it saves, so the identity would not survive a
//! colleague's LibreOffice. Bookmarks and the custom XML part do (tested in `tests/import.rs`).

use std::fmt::Write as _;

use serde_json::Value;

use crate::input::markup;
use crate::model::{Inline, LinkTarget, Variant, number_text};

/// The namespace of our custom XML part.
pub const NAMESPACE: &str = "urn:jaarverslag:bron:1";
/// Its part name, and its properties' part.
pub const ITEM_PART: &str = "customXml/item1.xml";
pub const ITEM_PROPS_PART: &str = "customXml/itemProps1.xml";
/// The description `import` gives a picture that has none, for staff to replace.
pub const NO_ALT: &str = "BESCHRIJF DEZE AFBEELDING";
/// The bookmark name of block `n` starts with this.
pub const BOOKMARK_PREFIX: &str = "_jvb";

/// What our DOCX says about where its content comes from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Identity {
    /// The version's name: "bestuur" or a municipality id.
    pub version: String,
    /// The municipality's name in a municipality's version (what `{municipality}` became).
    pub municipality: Option<String>,
    /// The manifest as built, its introduction left empty (compact JSON).
    pub manifest: String,
    /// Each section file, in order: its name and its content with the blocks left empty.
    pub sections: Vec<(String, String)>,
    pub blocks: Vec<BlockRecord>,
}

/// One block of the DOCX.
#[derive(Debug, Clone, PartialEq)]
pub struct BlockRecord {
    /// Its bookmark: `_jvb1`, …
    pub bookmark: String,
    pub file: String,
    /// [`content_key`] of the block as built.
    pub key: String,
    /// The block's source as built (compact JSON).
    pub source: String,
}

impl Identity {
    /// The custom XML part.
    pub fn to_xml(&self) -> String {
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        let _ = write!(out, "<bron xmlns=\"{NAMESPACE}\" version=\"{}\"", escape(&self.version));
        if let Some(name) = &self.municipality {
            let _ = write!(out, " municipality=\"{}\"", escape(name));
        }
        let _ = writeln!(out, ">");
        let _ = writeln!(out, "<manifest>{}</manifest>", escape_text(&self.manifest));
        for (file, frame) in &self.sections {
            let _ = writeln!(out, "<section file=\"{}\">{}</section>", escape(file), escape_text(frame));
        }
        for b in &self.blocks {
            let _ = writeln!(
                out,
                "<block bookmark=\"{}\" file=\"{}\" key=\"{}\">{}</block>",
                escape(&b.bookmark),
                escape(&b.file),
                escape(&b.key),
                escape_text(&b.source)
            );
        }
        out.push_str("</bron>\n");
        out
    }

    /// Reads the part back; `None` when it is not ours or not whole.
    pub fn from_xml(xml: &str) -> Option<Identity> {
        use quick_xml::events::Event;
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut identity = Identity::default();
        let mut ours = false;
        let mut open: Option<(String, Vec<(String, String)>)> = None;
        let mut text = String::new();
        loop {
            match reader.read_event().ok()? {
                Event::Start(e) => {
                    let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                    let attributes: Vec<(String, String)> = e
                        .attributes()
                        .filter_map(Result::ok)
                        .map(|a| {
                            let key = String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned();
                            let value = a
                                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .map(|v| v.into_owned())
                                .unwrap_or_default();
                            (key, value)
                        })
                        .collect();
                    if name == "bron" {
                        let namespace =
                            attributes.iter().find(|(k, _)| k == "xmlns").map(|(_, v)| v.as_str());
                        ours = namespace == Some(NAMESPACE);
                        let get = |k: &str| attributes.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
                        identity.version = get("version")?;
                        identity.municipality = get("municipality");
                    } else {
                        open = Some((name, attributes));
                        text.clear();
                    }
                }
                Event::Text(t) => text.push_str(&t.xml10_content().ok()?),
                Event::GeneralRef(r) => text.push_str(&crate::import::entity_text(&r)),
                Event::End(_) => {
                    let Some((name, attributes)) = open.take() else { continue };
                    let get = |k: &str| attributes.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
                    match name.as_str() {
                        "manifest" => identity.manifest = std::mem::take(&mut text),
                        "section" => identity.sections.push((get("file")?, std::mem::take(&mut text))),
                        "block" => identity.blocks.push(BlockRecord {
                            bookmark: get("bookmark")?,
                            file: get("file")?,
                            key: get("key")?,
                            source: std::mem::take(&mut text),
                        }),
                        _ => {}
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        ours.then_some(identity)
    }

    pub fn block(&self, bookmark: &str) -> Option<&BlockRecord> {
        self.blocks.iter().find(|b| b.bookmark == bookmark)
    }
}

/// An attribute value.
fn escape(text: &str) -> String {
    escape_text(text).replace('"', "&quot;")
}

/// Element text: JSON stays readable, its quotes as they are.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Characters XML 1.0 cannot carry never occur in valid input; kept out all the same.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether content with this JSON scope (`only_for`) is in `variant`'s version.
pub fn shown_in(value: &Value, variant: &Variant) -> bool {
    let only_for: Vec<&str> = value
        .get("only_for")
        .and_then(Value::as_array)
        .map(|list| list.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    match variant {
        _ if only_for.is_empty() => true,
        Variant::Board => false,
        Variant::Municipality(id) => only_for.contains(&id.as_str()),
    }
}

/// A block's source as `variant`'s version has it: without the list items and table rows
/// that are only for others.
pub fn version_source(source: &str, variant: &Variant) -> String {
    match serde_json::from_str::<Value>(source) {
        Ok(mut value) => {
            filter(&mut value, variant);
            value.to_string()
        }
        Err(_) => source.to_owned(),
    }
}

/// The manifest as a version's DOCX carries it: with only the municipalities that its
/// blocks name in their scopes, and its own, so adding a municipality changes no other
/// version's file.
pub fn version_manifest(manifest: &str, version: &str, blocks: &[BlockRecord]) -> String {
    let Ok(mut value) = serde_json::from_str::<Value>(manifest) else { return manifest.to_owned() };
    let mut named = std::collections::BTreeSet::from([version.to_owned()]);
    for block in blocks {
        if let Ok(source) = serde_json::from_str::<Value>(&block.source) {
            scoped_ids(&source, &mut named);
        }
    }
    if let Some(list) = value.get_mut("municipalities").and_then(Value::as_array_mut) {
        list.retain(|m| m.get("id").and_then(Value::as_str).is_some_and(|id| named.contains(id)));
    }
    value.to_string()
}

/// The municipality ids `value` names in `only_for` and `concerns`, at any depth.
fn scoped_ids(value: &Value, out: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                if key == "only_for" || key == "concerns" {
                    out.extend(
                        member.as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_owned),
                    );
                } else {
                    scoped_ids(member, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| scoped_ids(item, out)),
        _ => {}
    }
}

fn filter(value: &mut Value, variant: &Variant) {
    for field in ["items", "rows"] {
        if let Some(list) = value.get_mut(field).and_then(Value::as_array_mut) {
            list.retain(|entry| shown_in(entry, variant));
            for entry in list {
                filter(entry, variant);
            }
        }
    }
}

/// A key of what a block shows in Word, the same for its source (in a version's form) and
/// for what `import` reads from the DOCX: its kind, and its text with bold, italic and links
/// — not widths, files, scopes or how the markup was spelled. `municipality` is the name
/// `{municipality}` stands for in this version.
pub fn content_key(block: &Value, municipality: Option<&str>) -> String {
    let mut out = String::new();
    let kind = block.get("type").and_then(Value::as_str).unwrap_or("");
    out.push_str(kind);
    let text = |out: &mut String, v: Option<&Value>| {
        out.push('\u{1}');
        if let Some(v) = v {
            out.push_str(&markup_key(v, municipality));
        }
    };
    match kind {
        "heading" => {
            let _ = write!(out, "{}", block.get("level").and_then(Value::as_u64).unwrap_or(2));
            text(&mut out, block.get("text"));
        }
        "paragraph" => text(&mut out, block.get("text")),
        "bullet_list" | "numbered_list" => items_key(block.get("items"), 0, municipality, &mut out),
        "table" => {
            text(&mut out, block.get("caption"));
            for row in block.get("header").and_then(Value::as_array).into_iter().flatten() {
                out.push('\u{2}');
                for cell in row.as_array().into_iter().flatten() {
                    text(&mut out, Some(cell));
                }
            }
            for row in block.get("rows").and_then(Value::as_array).into_iter().flatten() {
                out.push('\u{3}');
                let cells = row.get("cells").unwrap_or(row);
                for cell in cells.as_array().into_iter().flatten() {
                    text(&mut out, Some(cell));
                }
            }
        }
        "image" => {
            let decorative = block.get("decorative").and_then(Value::as_bool).unwrap_or(false);
            out.push(if decorative { 'd' } else { 'a' });
            if !decorative {
                out.push_str(&plain_key(block.get("alt")));
            }
            text(&mut out, block.get("caption"));
        }
        "chart" => {
            text(&mut out, block.get("caption"));
            out.push('\u{1}');
            out.push_str(&plain_key(block.get("title")));
        }
        "key_figures" => {
            for item in block.get("items").and_then(Value::as_array).into_iter().flatten() {
                out.push('\u{2}');
                out.push_str(&plain_key(item.get("value")));
                out.push('\u{1}');
                out.push_str(&plain_key(item.get("label")));
            }
        }
        _ => out.push_str(&block.to_string()),
    }
    blake3::hash(out.as_bytes()).to_hex()[..16].to_owned()
}

fn items_key(items: Option<&Value>, depth: usize, municipality: Option<&str>, out: &mut String) {
    for item in items.and_then(Value::as_array).into_iter().flatten() {
        let _ = write!(out, "\u{2}{depth}\u{1}");
        match item {
            Value::String(_) => out.push_str(&markup_key(item, municipality)),
            _ => {
                if let Some(text) = item.get("text") {
                    out.push_str(&markup_key(text, municipality));
                }
                items_key(item.get("items"), depth + 1, municipality, out);
            }
        }
    }
}

/// Plain text (a key figure, an alt text): spaces made one.
fn plain_key(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.split_whitespace().collect::<Vec<_>>().join(" "),
        Some(Value::Number(n)) => number_text(&n.to_string()),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// Markup (or a number in a cell) as the reader sees it: each character with its bold,
/// italic and link, however the markup nests them.
fn markup_key(value: &Value, municipality: Option<&str>) -> String {
    let inlines = match value {
        Value::String(text) => markup::parse(text).content,
        Value::Number(n) => vec![Inline::Number(n.to_string())],
        _ => return String::new(),
    };
    let mut runs: Vec<(String, String)> = Vec::new();
    flatten(&inlines, String::new(), municipality, &mut runs);
    let mut out = String::new();
    let mut last_look = None;
    let mut last_space = true;
    for (look, text) in runs {
        // The look is written before the run's first visible character, unless it goes on.
        let mut marked = last_look.as_ref() == Some(&look);
        for c in text.chars() {
            let space = c == ' ' || c == '\t' || c == '\n';
            if space && last_space {
                continue;
            }
            if !marked && !space {
                let _ = write!(out, "\u{4}{look}\u{5}");
                last_look = Some(look.clone());
                marked = true;
            }
            out.push(if space { ' ' } else { c });
            last_space = space;
        }
    }
    out.trim_end().to_owned()
}

fn flatten(inlines: &[Inline], look: String, municipality: Option<&str>, out: &mut Vec<(String, String)>) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push((look.clone(), text.clone())),
            Inline::Number(raw) => out.push((look.clone(), number_text(raw))),
            Inline::MunicipalityName => {
                out.push((look.clone(), municipality.unwrap_or("{municipality}").to_owned()));
            }
            Inline::Strong(inner) => flatten(inner, with(&look, "b"), municipality, out),
            Inline::Emphasis(inner) => flatten(inner, with(&look, "i"), municipality, out),
            Inline::Link { target, content } => {
                let target = match target {
                    LinkTarget::External(url) => url.clone(),
                    LinkTarget::Internal(anchor) => format!("#{anchor}"),
                };
                flatten(content, with(&look, &format!("l{target}")), municipality, out);
            }
        }
    }
}

/// A look with one more trait, in a fixed order so nesting order does not matter.
fn with(look: &str, add: &str) -> String {
    let mut traits: Vec<&str> = look.split(' ').filter(|t| !t.is_empty()).collect();
    if !traits.contains(&add) {
        traits.push(add);
    }
    traits.sort_unstable();
    traits.join(" ")
}

/// The block `base` (its source) with the content Word shows now (`read`, as `import` reads
/// it) put in: the fields Word cannot carry — scope, summary, ids, widths, files — stay as
/// they were; list items and table rows are matched by their text, so one changed, added or
/// removed item leaves the others (and those `visible` does not show, only for others) as
/// they were. `municipality` is what `{municipality}` shows in this version.
pub fn merge(
    base: &Value,
    read: &Value,
    visible: &dyn Fn(&Value) -> bool,
    municipality: Option<&str>,
) -> Value {
    let kind = |v: &Value| v.get("type").and_then(Value::as_str).unwrap_or("").to_owned();
    let (base_kind, read_kind) = (kind(base), kind(read));
    let same_list = base_kind.ends_with("_list") && read_kind.ends_with("_list");
    if base_kind != read_kind && !same_list {
        // Another kind of block: what Word shows, with the scope it had, where it had it.
        const SCOPE: [&str; 3] = ["only_for", "concerns", "summary"];
        let mut out = serde_json::Map::new();
        for (key, value) in base.as_object().into_iter().flatten() {
            if SCOPE.contains(&key.as_str()) {
                out.insert(key.clone(), value.clone());
            } else if key == "type" {
                out.insert(key.clone(), read["type"].clone());
            }
        }
        for (key, value) in read.as_object().into_iter().flatten() {
            if !out.contains_key(key) {
                out.insert(key.clone(), value.clone());
            }
        }
        return Value::Object(out);
    }
    let mut out = base.clone();
    let set = |out: &mut Value, field: &str, value: Option<Value>| {
        if let Some(object) = out.as_object_mut() {
            match value {
                Some(value) => {
                    object.insert(field.to_owned(), value);
                }
                None => {
                    object.shift_remove(field);
                }
            }
        }
    };
    let text = |field: &str| merge_text(base.get(field), read.get(field), municipality);
    match read_kind.as_str() {
        "heading" => {
            set(&mut out, "text", text("text"));
            set(&mut out, "level", read.get("level").cloned());
        }
        "paragraph" => set(&mut out, "text", text("text")),
        "bullet_list" | "numbered_list" => {
            set(&mut out, "type", Some(Value::String(read_kind.clone())));
            let items = merge_items(base.get("items"), read.get("items"), visible, municipality);
            set(&mut out, "items", Some(Value::Array(items)));
        }
        "table" => {
            set(&mut out, "caption", text("caption"));
            let width = |v: &Value| {
                v.get("rows").and_then(Value::as_array).and_then(|r| r.first()).map(|row| cells(row).len())
            };
            if width(base) != width(read) {
                set(&mut out, "columns", read.get("columns").cloned());
            }
            let header = merge_rows(base.get("header"), read.get("header"), &|_| true, municipality);
            set(&mut out, "header", (!header.is_empty()).then_some(Value::Array(header)));
            let rows = merge_rows(base.get("rows"), read.get("rows"), visible, municipality);
            set(&mut out, "rows", Some(Value::Array(rows)));
        }
        "image" => {
            set(&mut out, "caption", text("caption"));
            let lost_mark = read.get("alt").and_then(Value::as_str) == Some(NO_ALT);
            match read.get("decorative") {
                // LibreOffice drops Word's decorative mark when it saves: no description
                // then means it still is decorative.
                None if lost_mark && base.get("decorative") == Some(&Value::Bool(true)) => {}
                Some(decorative) => {
                    set(&mut out, "decorative", Some(decorative.clone()));
                    set(&mut out, "alt", None);
                }
                None => {
                    set(&mut out, "alt", read.get("alt").cloned());
                    set(&mut out, "decorative", None);
                }
            }
        }
        "chart" => {
            set(&mut out, "caption", text("caption"));
            if let Some(title) = read.get("title") {
                set(&mut out, "title", Some(title.clone()));
            }
        }
        _ => set(&mut out, "items", read.get("items").cloned()),
    }
    out
}

/// A text field as Word has it now, or as it was when Word shows the same: then it keeps
/// its markup (`{date:…}`, `{number:…}`), and `{municipality}` comes back where it was.
fn merge_text(base: Option<&Value>, read: Option<&Value>, municipality: Option<&str>) -> Option<Value> {
    let read = read?;
    let key = |v: &Value, name| markup_key(v, name);
    if let Some(base) = base
        && key(base, municipality) == key(read, None)
    {
        return Some(base.clone());
    }
    match (base.and_then(Value::as_str), read.as_str(), municipality) {
        (Some(old), Some(new), Some(name)) if old.contains("{municipality}") && !old.contains(name) => {
            Some(Value::String(new.replace(name, "{municipality}")))
        }
        _ => Some(read.clone()),
    }
}

/// A list item's text, whether it is a string or an object with `text`.
fn item_text(item: &Value) -> Option<&Value> {
    if item.is_string() { Some(item) } else { item.get("text") }
}

fn merge_items(
    base: Option<&Value>,
    read: Option<&Value>,
    visible: &dyn Fn(&Value) -> bool,
    municipality: Option<&str>,
) -> Vec<Value> {
    let key_base = |v: &Value| item_text(v).map(|t| markup_key(t, municipality)).unwrap_or_default();
    let key_read = |v: &Value| item_text(v).map(|t| markup_key(t, None)).unwrap_or_default();
    let merge_one = |old: &Value, new: &Value| -> Value {
        let children = merge_items(old.get("items"), new.get("items"), visible, municipality);
        let text = merge_text(item_text(old), item_text(new), municipality).unwrap_or_default();
        match old {
            Value::Object(_) => {
                let mut out = old.clone();
                out["text"] = text;
                if children.is_empty() && out.get("items").is_none() {
                    return out;
                }
                out["items"] = Value::Array(children);
                out
            }
            _ if children.is_empty() => text,
            _ => serde_json::json!({ "text": text, "items": children }),
        }
    };
    align(as_slice(base), as_slice(read), visible, &key_base, &key_read, &merge_one)
}

fn cells(row: &Value) -> &[Value] {
    row.get("cells").unwrap_or(row).as_array().map_or(&[], Vec::as_slice)
}

fn merge_rows(
    base: Option<&Value>,
    read: Option<&Value>,
    visible: &dyn Fn(&Value) -> bool,
    municipality: Option<&str>,
) -> Vec<Value> {
    let key = |row: &Value, name: Option<&str>| {
        cells(row).iter().map(|c| markup_key(c, name)).collect::<Vec<_>>().join("\u{1}")
    };
    let key_base = |row: &Value| key(row, municipality);
    let key_read = |row: &Value| key(row, None);
    let merge_one = |old: &Value, new: &Value| -> Value {
        let (old_cells, new_cells) = (cells(old), cells(new));
        let merged: Vec<Value> = new_cells
            .iter()
            .enumerate()
            .map(|(i, new)| merge_text(old_cells.get(i), Some(new), municipality).unwrap_or_default())
            .collect();
        match old.get("cells") {
            Some(_) => {
                let mut out = old.clone();
                out["cells"] = Value::Array(merged);
                out
            }
            None => Value::Array(merged),
        }
    };
    align(as_slice(base), as_slice(read), visible, &key_base, &key_read, &merge_one)
}

fn as_slice(value: Option<&Value>) -> &[Value] {
    value.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// The pairs of equal entries in the longest common subsequence of `a` and `b`, in order.
pub fn common_subsequence<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(usize, usize)> {
    // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// `base`'s entries with `read` put in their place: those `visible` shows are matched to
/// `read` by key (the longest common subsequence); between two matches, unmatched ones are
/// paired in order (an entry changed in Word), the rest of `read` is new and the rest of
/// `base` gone. Entries `visible` does not show stay where they were.
fn align(
    base: &[Value],
    read: &[Value],
    visible: &dyn Fn(&Value) -> bool,
    key_base: &dyn Fn(&Value) -> String,
    key_read: &dyn Fn(&Value) -> String,
    merge_one: &dyn Fn(&Value, &Value) -> Value,
) -> Vec<Value> {
    let shown: Vec<usize> = (0..base.len()).filter(|&i| visible(&base[i])).collect();
    let a: Vec<String> = shown.iter().map(|&i| key_base(&base[i])).collect();
    let b: Vec<String> = read.iter().map(key_read).collect();
    let mut pairs = common_subsequence(&a, &b);
    pairs.push((a.len(), b.len()));
    let mut out = Vec::new();
    let mut next_base = 0; // index into `base`
    let (mut ai, mut bj) = (0, 0);
    let emit_hidden_until = |limit: usize, out: &mut Vec<Value>, next_base: &mut usize| {
        while *next_base < limit {
            if !visible(&base[*next_base]) {
                out.push(base[*next_base].clone());
            }
            *next_base += 1;
        }
    };
    for (pi, pj) in pairs {
        // The gap before this match: pair changed entries, then new ones.
        let gap_base: Vec<usize> = (ai..pi).collect();
        let gap_read: Vec<usize> = (bj..pj).collect();
        for k in 0..gap_base.len().max(gap_read.len()) {
            match (gap_base.get(k), gap_read.get(k)) {
                (Some(&x), Some(&y)) => {
                    emit_hidden_until(shown[x], &mut out, &mut next_base);
                    out.push(merge_one(&base[shown[x]], &read[y]));
                    next_base = shown[x] + 1;
                }
                (None, Some(&y)) => out.push(read[y].clone()),
                (Some(&x), None) => {
                    emit_hidden_until(shown[x], &mut out, &mut next_base);
                    next_base = shown[x] + 1;
                }
                (None, None) => {}
            }
        }
        if pi < a.len() {
            emit_hidden_until(shown[pi], &mut out, &mut next_base);
            out.push(merge_one(&base[shown[pi]], &read[pj]));
            next_base = shown[pi] + 1;
        }
        ai = pi + 1;
        bj = pj + 1;
    }
    emit_hidden_until(base.len(), &mut out, &mut next_base);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_content_key_ignores_spelling_and_nesting_of_the_markup() {
        let a = json!({ "type": "paragraph", "text": "Een  ***vet***  woord op {date:2023-05-12}", "only_for": ["x"] });
        let b = json!({ "type": "paragraph", "text": "Een ***vet*** woord op 12\u{a0}mei 2023" });
        let c = json!({ "type": "paragraph", "text": "Een ***vet*** woord op 12\u{a0}mei 2024" });
        assert_eq!(content_key(&a, None), content_key(&b, None));
        assert_ne!(content_key(&a, None), content_key(&c, None));
        let text = |s: &str| Inline::Text(s.into());
        let (mut one, mut two) = (Vec::new(), Vec::new());
        flatten(&[Inline::Strong(vec![Inline::Emphasis(vec![text("x")])])], String::new(), None, &mut one);
        flatten(&[Inline::Emphasis(vec![Inline::Strong(vec![text("x")])])], String::new(), None, &mut two);
        assert_eq!(one, two);
        let bold = json!({ "type": "paragraph", "text": "Een **vet** woord" });
        let plain = json!({ "type": "paragraph", "text": "Een vet woord" });
        assert_ne!(content_key(&bold, None), content_key(&plain, None));
    }

    #[test]
    fn the_municipality_and_numbers_are_keyed_as_shown() {
        let source = json!({ "type": "table", "rows": [[1234.5, "In {municipality}"]] });
        let word =
            json!({ "type": "table", "columns": [{ "width": 1 }], "rows": [["1.234,5", "In Zwevegem"]] });
        assert_eq!(content_key(&source, Some("Zwevegem")), content_key(&word, None));
        assert_ne!(content_key(&source, Some("Kortrijk")), content_key(&word, None));
    }

    #[test]
    fn a_version_drops_what_is_only_for_others() {
        let source = r#"{"type":"bullet_list","items":["a",{"text":"b","only_for":["zwevegem"]},{"text":"c","items":[{"text":"d","only_for":["kortrijk"]}]}]}"#;
        let board = version_source(source, &Variant::Board);
        assert_eq!(board, r#"{"type":"bullet_list","items":["a",{"text":"c","items":[]}]}"#);
        let zwevegem = version_source(source, &Variant::Municipality("zwevegem".into()));
        assert!(zwevegem.contains("\"b\"") && !zwevegem.contains("\"d\""));
    }

    #[test]
    fn a_merge_changes_what_word_changed_and_keeps_the_rest() {
        let board = |v: &Value| shown_in(v, &Variant::Board);
        let base = json!({ "type": "bullet_list", "only_for": [], "items": [
            "een", { "text": "twee", "concerns": ["kortrijk"] }, { "text": "geheim", "only_for": ["menen"] }, "drie", "vier"
        ]});
        // "twee" edited, "drie" removed, "vijf" added; the item only for Menen is not shown.
        let read = json!({ "type": "bullet_list", "items": ["een", "twee!", "vier", "vijf"] });
        let merged = merge(&base, &read, &board, None);
        assert_eq!(
            merged,
            json!({ "type": "bullet_list", "only_for": [], "items": [
                "een", { "text": "twee!", "concerns": ["kortrijk"] }, { "text": "geheim", "only_for": ["menen"] }, "vier", "vijf"
            ]})
        );
        let paragraph = json!({ "type": "paragraph", "text": "In {municipality} op {date:2023-05-12}.", "only_for": ["zwevegem"] });
        let same = json!({ "type": "paragraph", "text": "In Zwevegem op 12\u{a0}mei 2023." });
        assert_eq!(merge(&paragraph, &same, &board, Some("Zwevegem")), paragraph);
        let edited = json!({ "type": "paragraph", "text": "In Zwevegem op 13 mei 2023." });
        assert_eq!(
            merge(&paragraph, &edited, &board, Some("Zwevegem"))["text"],
            json!("In {municipality} op 13 mei 2023.")
        );
        let table = json!({ "type": "table", "columns": [{ "width": 2 }, { "width": 1, "align": "right" }],
            "rows": [["a", 1], { "cells": ["b", 2], "concerns": ["menen"] }] });
        let read = json!({ "type": "table", "columns": [{ "width": 1 }, { "width": 1 }], "rows": [["a", "1"], ["b", "3"]] });
        assert_eq!(
            merge(&table, &read, &board, None),
            json!({ "type": "table", "columns": [{ "width": 2 }, { "width": 1, "align": "right" }],
                "rows": [["a", 1], { "cells": ["b", "3"], "concerns": ["menen"] }] })
        );
    }

    #[test]
    fn the_part_reads_back_as_written() {
        let identity = Identity {
            version: "zwevegem".into(),
            municipality: Some("Zwevegem".into()),
            manifest: r#"{"title":"A & <B>"}"#.into(),
            sections: vec![("sections/1-a.json".into(), r#"{"code":"WSE-LR1"}"#.into())],
            blocks: vec![BlockRecord {
                bookmark: "_jvb1".into(),
                file: "sections/1-a.json".into(),
                key: "abc".into(),
                source: r#"{"type":"paragraph","text":"\"x\" & y"}"#.into(),
            }],
        };
        assert_eq!(Identity::from_xml(&identity.to_xml()), Some(identity));
        assert_eq!(Identity::from_xml("<bron xmlns=\"urn:other\" version=\"x\"/>"), None);
    }
}
