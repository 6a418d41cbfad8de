//! From a file's JSON tree to model types, reporting every problem with its place.
//!
//! One `Decoder` reads one file. It never stops at the first problem: a bad value is
//! reported and skipped, and decoding goes on with the rest, so staff see all their typos
//! in one run. Checks that need the whole report (link targets, duplicate codes) are
//! left to `assemble.rs`; what they need is collected here with its place.

mod chart;

use std::ops::Range;

use super::json::{self, Member, Node, Value};
use super::markup;
use super::suggest;
use crate::diagnostic::{Diagnostic, Kind};
use crate::model::{
    Align, Block, BlockKind, Cell, Column, Figure, FigureWidth, Heading, Inline, List, ListItem, Picture,
    Row, Scope, Table,
};

/// A JSON path as users read it: `blocks[6].items[2]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonPath(String);

impl JsonPath {
    pub fn field(&self, name: &str) -> JsonPath {
        if self.0.is_empty() { JsonPath(name.to_owned()) } else { JsonPath(format!("{}.{name}", self.0)) }
    }

    pub fn index(&self, i: usize) -> JsonPath {
        JsonPath(format!("{}[{i}]", self.0))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Characters that do not show in an editor but make a field name another one: pasted from a
/// web page or Word with the name.
const INVISIBLE: [char; 9] = [
    '\u{00A0}', '\u{00AD}', '\u{2007}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{202F}', '\u{2060}',
    '\u{FEFF}',
];

/// Removes invisible characters (and spaces at either end) from every field name under `node`,
/// with an error at each such name that says which character it was; the names are then read
/// as the ones they look like, so one stray character gives one message.
pub fn clean_field_names(node: &mut Node, file: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    clean_names(node, &JsonPath::default(), file, &mut out);
    out
}

fn clean_names(node: &mut Node, path: &JsonPath, file: &str, out: &mut Vec<Diagnostic>) {
    match &mut node.value {
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                clean_names(item, &path.index(i), file, out);
            }
        }
        Value::Object(members) => {
            for member in members.iter_mut() {
                let found: Vec<char> = member.key.chars().filter(|c| INVISIBLE.contains(c)).collect();
                let spaced = member.key.trim() != member.key;
                if !found.is_empty() || spaced {
                    let clean: String = member.key.chars().filter(|c| !INVISIBLE.contains(c)).collect();
                    let clean = clean.trim().to_owned();
                    let what = match found.first() {
                        Some(&c) => {
                            let name = unicode_names2::name(c).map(|n| n.to_string().to_lowercase());
                            format!(
                                "an invisible character in it: a {} (U+{:04X})",
                                name.unwrap_or_default(),
                                u32::from(c)
                            )
                        }
                        None => "a space at its start or end".to_owned(),
                    };
                    out.push(
                        Diagnostic::error(Kind::Syntax, file, format!("the field name \"{clean}\" has {what}"))
                            .at(member.key_span.clone())
                            .path(path.field(&clean).as_str())
                            .hint("delete the field name with its quotes and type it again; it was probably pasted from a web page or Word"),
                    );
                    member.key = clean;
                }
                clean_names(&mut member.value, &path.field(&member.key), file, out);
            }
        }
        _ => {}
    }
}

/// A place in a file that a later, report-wide check may point at.
#[derive(Debug, Clone)]
pub struct Place {
    pub span: Range<usize>,
    pub path: JsonPath,
}

/// An internal link, checked once all anchors of the report are known.
#[derive(Debug, Clone)]
pub struct PendingLink {
    pub anchor: String,
    pub place: Place,
}

/// A heading's explicit or automatic anchor, checked for clashes report-wide.
#[derive(Debug, Clone)]
pub struct AnchorDef {
    pub anchor: String,
    pub explicit: bool,
    pub place: Place,
}

pub struct Decoder<'a> {
    pub file: &'a str,
    pub text: &'a str,
    pub municipality_ids: &'a [String],
    pub diagnostics: Vec<Diagnostic>,
    pub links: Vec<PendingLink>,
    /// Every link's text and target as written, with its place: the same text for
    /// different targets is checked report-wide.
    pub link_texts: Vec<(String, String, Place)>,
    pub anchors: Vec<AnchorDef>,
    /// Municipality ids named while the report lists none: one error at the empty list says
    /// it, rather than one per id.
    pub unlisted_ids: Vec<String>,
    /// Heading level of the previous heading in this file, to catch skipped levels.
    last_heading_level: u8,
    /// The input folder, where pictures are read from; `None` where no file may be named.
    pub dir: Option<&'a std::path::Path>,
    /// Every picture read, with its place and width, for the checks that need the theme
    /// (its resolution as printed).
    pub pictures: Vec<PicturePlace>,
    /// Charts read whose data is in a table of their list of blocks, not found yet.
    pending_charts: Vec<chart::PendingChart>,
}

/// A picture as a block shows it, and where the block names it.
#[derive(Debug, Clone)]
pub struct PicturePlace {
    pub file: String,
    pub place: Place,
    pub picture: Picture,
    pub width: FigureWidth,
}

/// The fields an object may have, and how to name the object in messages.
pub struct Shape {
    pub what: &'static str,
    pub fields: &'static [&'static str],
}

impl Shape {
    /// The shape of schema type `name` (see [`super::format::fields`]).
    pub fn of(what: &'static str, name: &str) -> Shape {
        Shape { what, fields: super::format::fields(name) }
    }
}

/// A shape described by the schema types, read when first used.
pub type SchemaShape = std::sync::LazyLock<Shape>;

/// An object whose members are read one by one; `finish` reports the unknown ones.
pub struct Object<'n> {
    node: &'n Node,
    members: &'n [Member],
    path: JsonPath,
    shape: &'static Shape,
}

impl<'n> Object<'n> {
    pub fn optional(&self, name: &str) -> Option<&'n Node> {
        self.members.iter().find(|m| m.key == name).map(|m| &m.value)
    }

    pub fn path(&self, name: &str) -> JsonPath {
        self.path.field(name)
    }

    pub fn span(&self) -> Range<usize> {
        self.node.span.clone()
    }

    fn unknown_keys(&self) -> Vec<&'n str> {
        let known = self.shape.fields;
        self.members.iter().map(|m| m.key.as_str()).filter(|k| !known.contains(k)).collect()
    }
}

/// Why `{municipality}` may or may not be used, and who sees a piece of content.
#[derive(Debug, Clone, Copy)]
struct Visibility<'s> {
    /// `Some(ids)` when an enclosing scope limits the content to these municipalities.
    only_for: Option<&'s [String]>,
}

impl<'s> Visibility<'s> {
    /// Content every version shows.
    const EVERYONE: Visibility<'static> = Visibility { only_for: None };

    /// Who sees content with `scope` inside content that `self` describes.
    fn within<'a>(self, scope: &'a Scope) -> Visibility<'a>
    where
        's: 'a,
    {
        if scope.only_for.is_empty() { self } else { Visibility { only_for: Some(&scope.only_for) } }
    }
}

static HEADING: SchemaShape = SchemaShape::new(|| Shape::of("a heading block", "block:heading"));
static PARAGRAPH: SchemaShape = SchemaShape::new(|| Shape::of("a paragraph block", "block:paragraph"));
static LIST: SchemaShape = SchemaShape::new(|| Shape::of("a list block", "block:bullet_list"));
static TABLE: SchemaShape = SchemaShape::new(|| Shape::of("a table block", "block:table"));
static IMAGE: SchemaShape = SchemaShape::new(|| Shape::of("an image block", "block:image"));
static ITEM: SchemaShape = SchemaShape::new(|| Shape::of("a list item", "ItemObject"));
static COLUMN: SchemaShape = SchemaShape::new(|| Shape::of("a table column", "ColumnEntry"));
static ROW: SchemaShape = SchemaShape::new(|| Shape::of("a table row", "RowObject"));

/// No paragraph of a report is longer; a longer text is a pasting accident.
/// A description longer than this is read at once and not heard to the end.
const MAX_ALT_CHARS: usize = 250;
/// A paragraph longer than this is hard to read on a screen (a readability hint).
const LONG_PARAGRAPH_CHARS: usize = 2500;
const MAX_TEXT_CHARS: usize = 100_000;

/// The block types a section may hold.
pub fn block_types() -> &'static [&'static str] {
    super::format::block_types()
}

impl<'a> Decoder<'a> {
    pub fn new(file: &'a str, text: &'a str, municipality_ids: &'a [String]) -> Self {
        Decoder {
            file,
            text,
            municipality_ids,
            diagnostics: Vec::new(),
            links: Vec::new(),
            link_texts: Vec::new(),
            anchors: Vec::new(),
            unlisted_ids: Vec::new(),
            last_heading_level: 1,
            dir: None,
            pictures: Vec::new(),
            pending_charts: Vec::new(),
        }
    }

    pub fn report(
        &mut self,
        kind: Kind,
        span: Range<usize>,
        path: &JsonPath,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.diagnostics.push(Diagnostic::error(kind, self.file, message).at(span).path(path.as_str()));
        self.diagnostics.last_mut().expect("just pushed")
    }

    pub fn warn(
        &mut self,
        span: Range<usize>,
        path: &JsonPath,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.diagnostics
            .push(Diagnostic::warning(Kind::Content, self.file, message).at(span).path(path.as_str()));
        self.diagnostics.last_mut().expect("just pushed")
    }

    fn wrong_type(&mut self, node: &Node, path: &JsonPath, expected: &str) {
        let found = node.value.describe();
        let hint = match (&node.value, expected) {
            (Value::Number(n), e) if e.contains("text") => {
                Some(format!("put the value in double quotes: \"{n}\""))
            }
            (Value::String(s), e) if e.contains("number") && s.trim().parse::<f64>().is_ok() => {
                Some(format!("remove the quotes: {}", s.trim()))
            }
            (Value::String(_), e) if e.contains("list") => {
                Some("put the text in a list: [\"…\"]".to_string())
            }
            _ => None,
        };
        let diagnostic =
            self.report(Kind::Shape, node.span.clone(), path, format!("expected {expected}, found {found}"));
        if let Some(hint) = hint {
            diagnostic.hint = Some(hint);
        }
    }

    // ---- objects and primitive values -------------------------------------------------

    pub fn object<'n>(
        &mut self,
        node: &'n Node,
        path: &JsonPath,
        shape: &'static Shape,
    ) -> Option<Object<'n>> {
        match &node.value {
            Value::Object(members) => {
                self.duplicate_keys(members, path);
                Some(Object { node, members, path: path.clone(), shape })
            }
            _ => {
                self.wrong_type(node, path, &format!("{} (an object {{ … }})", shape.what));
                None
            }
        }
    }

    fn duplicate_keys(&mut self, members: &[Member], path: &JsonPath) {
        for (i, member) in members.iter().enumerate() {
            if members[..i].iter().any(|m| m.key == member.key) {
                let (line, _) = crate::diagnostic::line_column(
                    self.text,
                    members.iter().find(|m| m.key == member.key).map_or(0, |m| m.key_span.start),
                );
                self.report(
                    Kind::Shape,
                    member.key_span.clone(),
                    &path.field(&member.key),
                    format!("the field \"{}\" appears twice", member.key),
                )
                .hint = Some(format!("it is already given on line {line}; remove one of the two"));
            }
        }
    }

    /// Reports members the shape does not know, suggesting the closest known name.
    pub fn finish(&mut self, object: Object<'_>) {
        for member in object.members {
            if object.shape.fields.contains(&member.key.as_str()) {
                continue;
            }
            let hint = match suggest(&member.key, object.shape.fields) {
                Some(best) => format!("did you mean \"{best}\"?"),
                None => {
                    format!("the fields of {} are: {}", object.shape.what, quoted_list(object.shape.fields))
                }
            };
            self.report(
                Kind::Shape,
                member.key_span.clone(),
                &object.path.field(&member.key),
                format!("unknown field \"{}\" in {}", member.key, object.shape.what),
            )
            .hint = Some(hint);
        }
    }

    pub fn required<'n>(&mut self, object: &Object<'n>, name: &str) -> Option<&'n Node> {
        let found = object.optional(name);
        let unknown = object.unknown_keys();
        // A misspelt field ("titel") is reported once, by `finish`, with "did you mean".
        let misspelt = unknown.iter().any(|key| suggest(key, object.shape.fields) == Some(name));
        if found.is_none() && !misspelt {
            let start = object.node.span.start;
            self.report(
                Kind::Shape,
                start..start + 1,
                &object.path,
                format!("{} needs the field \"{name}\"", object.shape.what),
            )
            .hint = Some(match unknown.as_slice() {
                [typo] => format!("is \"{typo}\" meant to be \"{name}\"?"),
                _ => format!("add \"{name}\": … to this object"),
            });
        }
        found
    }

    pub fn string<'n>(&mut self, node: &'n Node, path: &JsonPath) -> Option<&'n str> {
        match &node.value {
            Value::String(s) => Some(s),
            _ => {
                self.wrong_type(node, path, "text in double quotes");
                None
            }
        }
    }

    pub fn array<'n>(&mut self, node: &'n Node, path: &JsonPath, expected: &str) -> Option<&'n [Node]> {
        match &node.value {
            Value::Array(items) => Some(items),
            _ => {
                self.wrong_type(node, path, expected);
                None
            }
        }
    }

    pub fn integer<T: TryFrom<i64>>(&mut self, node: &Node, path: &JsonPath, range: (i64, i64)) -> Option<T> {
        let Value::Number(raw) = &node.value else {
            self.wrong_type(node, path, "a whole number");
            return None;
        };
        let parsed = raw
            .parse::<i64>()
            .ok()
            .filter(|n| (range.0..=range.1).contains(n))
            .and_then(|n| T::try_from(n).ok());
        if parsed.is_none() {
            let message = if raw.contains(['.', 'e', 'E']) {
                format!("expected a whole number, found {raw}")
            } else {
                format!("{raw} is out of range: expected a whole number from {} to {}", range.0, range.1)
            };
            self.report(Kind::Shape, node.span.clone(), path, message);
        }
        parsed
    }

    pub fn boolean(&mut self, node: &Node, path: &JsonPath) -> Option<bool> {
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.wrong_type(node, path, "true or false");
                None
            }
        }
    }

    pub fn float(&mut self, node: &Node, path: &JsonPath) -> Option<f64> {
        match &node.value {
            Value::Number(raw) => raw.parse::<f64>().ok().filter(|f| f.is_finite()).or_else(|| {
                self.report(Kind::Shape, node.span.clone(), path, format!("{raw} is not a usable number"));
                None
            }),
            _ => {
                self.wrong_type(node, path, "a number");
                None
            }
        }
    }

    /// A string with inline markup, its problems mapped to places in the file.
    fn markup(&mut self, node: &Node, path: &JsonPath, visibility: Visibility<'_>) -> Option<Vec<Inline>> {
        let text = self.string(node, path)?;
        let length = text.chars().count();
        if length > MAX_TEXT_CHARS {
            let start = node.span.start;
            self.report(
                Kind::Content,
                start..start + 1,
                path,
                format!("this text is {length} characters long"),
            )
            .hint = Some(format!(
                "a paragraph, item or cell holds at most {MAX_TEXT_CHARS} characters; split it into paragraphs"
            ));
            return None;
        }
        let parsed = markup::parse(text);
        let to_file = |range: &Range<usize>| {
            json::source_offset(self.text, &node.span, range.start)
                ..json::source_offset(self.text, &node.span, range.end)
        };
        let errors: Vec<_> = parsed.errors.iter().map(|e| (to_file(&e.span), e.clone())).collect();
        let anchors: Vec<_> = parsed.anchors.iter().map(|(a, span)| (a.clone(), to_file(span))).collect();
        let municipality = parsed.municipality.as_ref().map(to_file);
        for (span, error) in errors {
            let diagnostic = self.report(Kind::Content, span, path, error.message);
            diagnostic.hint = error.hint;
        }
        for (anchor, span) in anchors {
            self.links.push(PendingLink { anchor, place: Place { span, path: path.clone() } });
        }
        let links: Vec<_> = parsed
            .links
            .iter()
            .map(|(text, target, span)| (text.clone(), target.clone(), to_file(span)))
            .collect();
        for (text, target, span) in links {
            self.link_text(&text, &target, span, path);
        }
        if let (Some(span), None) = (municipality, visibility.only_for) {
            self.report(Kind::Content, span, path, "{municipality} is used in content that every version shows")
                .hint = Some("the board's version has no municipality to fill in; mark the block \"only_for\": [\"…\"] or write the name".into());
        }
        Some(parsed.content)
    }

    /// A description that names the medium and not the content ("afbeelding", "foto"), or
    /// one too long to be listened to, does not help (WCAG 1.1.1).
    fn alt_says_something(&mut self, text: &str, span: Range<usize>, path: &JsonPath) {
        const MEDIUM: [&str; 10] = [
            "afbeelding",
            "foto",
            "figuur",
            "grafiek",
            "beeld",
            "logo",
            "image",
            "picture",
            "photo",
            "plaatje",
        ];
        let words = text.trim().trim_end_matches('.').to_lowercase();
        let length = text.chars().count();
        let message = if MEDIUM.contains(&words.as_str()) {
            format!("the description (\"alt\") “{}” says what it is, not what it shows", text.trim())
        } else if length > MAX_ALT_CHARS {
            format!(
                "the description (\"alt\") is {length} characters long; a screen reader reads it all at once"
            )
        } else {
            return;
        };
        let d = self.warn(span, path, message);
        d.kind = Kind::Accessibility;
        d.hint = Some(format!(
            "say in one sentence (at most {MAX_ALT_CHARS} characters) what the picture shows, e.g. \"Deelnemers aan de opleiding schoonmaak in Zwevegem\"; put more in the caption or the text"
        ));
    }

    /// A link's text must say where it goes on its own (WCAG 2.4.4): a screen reader lists
    /// the links of a page without the sentence around them.
    fn link_text(&mut self, text: &str, target: &str, span: Range<usize>, path: &JsonPath) {
        const SAY_NOTHING: [&str; 14] = [
            "zie verder",
            "zie hier",
            "hier",
            "klik hier",
            "klik",
            "link",
            "deze link",
            "lees meer",
            "lees verder",
            "meer",
            "meer info",
            "meer informatie",
            "verder",
            "via deze link",
        ];
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let words = words.trim_matches(|c: char| c.is_ascii_punctuation()).to_owned();
        let bare_address =
            words.starts_with("http://") || words.starts_with("https://") || words.starts_with("www.");
        if SAY_NOTHING.contains(&words.as_str()) || bare_address {
            let message = if bare_address {
                format!(
                    "the link text is the address itself (“{}”), which a screen reader spells out",
                    text.trim()
                )
            } else {
                format!("the link text “{}” does not say where it goes", text.trim())
            };
            let d = self.warn(span.clone(), path, message);
            d.kind = Kind::Accessibility;
            d.hint = Some(format!(
                "name what the reader finds there, e.g. [de samenwerking met VDAB]({target}); a screen reader lists links without the sentence around them"
            ));
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.link_texts.push((text, target.to_owned(), Place { span, path: path.clone() }));
    }

    /// Non-empty inline text (a paragraph or heading must say something).
    fn nonempty_markup(
        &mut self,
        node: &Node,
        path: &JsonPath,
        visibility: Visibility<'_>,
        what: &str,
    ) -> Option<Vec<Inline>> {
        let content = self.markup(node, path, visibility)?;
        if content.is_empty() {
            self.report(Kind::Content, node.span.clone(), path, format!("the {what} has no text")).hint =
                Some(format!("write the text, or remove the {what}"));
            return None;
        }
        Some(content)
    }

    // ---- scope --------------------------------------------------------------------------

    fn scope(&mut self, object: &Object<'_>, outer: Visibility<'_>) -> Scope {
        let concerns = self.municipality_list(object, "concerns");
        let only_for = self.municipality_list(object, "only_for");
        if let (Some(outer_ids), false) = (outer.only_for, only_for.is_empty()) {
            let never: Vec<&String> = only_for.iter().filter(|id| !outer_ids.contains(id)).collect();
            if !never.is_empty() {
                self.warn(
                    object.span(),
                    &object.path("only_for"),
                    format!("this content is never shown in the version of {}", quoted_list(&never)),
                )
                .hint = Some(format!("the content around it is only for {}", quoted_list(outer_ids)));
            }
        }
        Scope { concerns, only_for }
    }

    fn municipality_list(&mut self, object: &Object<'_>, field: &str) -> Vec<String> {
        let Some(node) = object.optional(field) else {
            return Vec::new();
        };
        let path = object.path(field);
        let Some(items) = self.array(node, &path, "a list of municipality ids, e.g. [\"zwevegem\"]") else {
            return Vec::new();
        };
        if items.is_empty() {
            // An empty `only_for` would show the block to everyone, the board included.
            self.report(Kind::Content, node.span.clone(), &path, format!("\"{field}\" is an empty list"))
                .hint =
                Some(format!("name at least one municipality, or remove \"{field}\" to mean everyone"));
            return Vec::new();
        }
        let mut ids = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let item_path = path.index(i);
            let Some(id) = self.string(item, &item_path) else {
                continue;
            };
            if self.municipality_ids.iter().any(|known| known == id) {
                if !ids.iter().any(|known: &String| known == id) {
                    ids.push(id.to_owned());
                }
                continue;
            }
            if self.municipality_ids.is_empty() {
                if !self.unlisted_ids.iter().any(|known| known == id) {
                    self.unlisted_ids.push(id.to_owned());
                }
                continue;
            }
            let hint = match suggest(id, self.municipality_ids) {
                Some(best) => format!("did you mean \"{best}\"?"),
                None => format!(
                    "the municipality ids are defined in report.json: {}",
                    quoted_list(self.municipality_ids)
                ),
            };
            self.report(
                Kind::Content,
                item.span.clone(),
                &item_path,
                format!("unknown municipality id \"{id}\""),
            )
            .hint = Some(hint);
        }
        ids
    }

    // ---- blocks -------------------------------------------------------------------------

    /// Decodes a list of blocks; `headings` says whether headings may appear (not in the introduction).
    pub fn blocks(&mut self, node: &Node, path: &JsonPath, headings: bool) -> Vec<Block> {
        let Some(items) = self.array(node, path, "a list of blocks [ { \"type\": … }, … ]") else {
            return Vec::new();
        };
        let outer = std::mem::take(&mut self.pending_charts);
        let mut blocks = Vec::with_capacity(items.len());
        let mut pending = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let block = self
                .block(item, &path.index(i), headings)
                .map(|block| Block { origin: self.origin(item), ..block });
            let charts = std::mem::take(&mut self.pending_charts);
            if let Some(block) = block {
                pending.extend(charts.into_iter().map(|c| chart::PendingChart { block: blocks.len(), ..c }));
                blocks.push(block);
            }
        }
        self.pending_charts = outer;
        self.resolve_charts(&mut blocks, pending);
        blocks
    }

    /// Which file a block is in, with its source as compact JSON.
    fn origin(&self, node: &Node) -> Option<crate::model::Origin> {
        let value: serde_json::Value = serde_json::from_str(self.text.get(node.span.clone())?).ok()?;
        Some(crate::model::Origin { file: self.file.to_owned(), source: value.to_string() })
    }

    fn block(&mut self, node: &Node, path: &JsonPath, headings_allowed: bool) -> Option<Block> {
        let errors_before = self.error_count();
        let block = self.block_inner(node, path, headings_allowed);
        if block.is_none() || self.error_count() > errors_before {
            // A block that could not be read may have been a heading: do not blame the next
            // heading for skipping a level after it.
            self.last_heading_level = 3;
        }
        block
    }

    fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    fn block_inner(&mut self, node: &Node, path: &JsonPath, headings_allowed: bool) -> Option<Block> {
        let Value::Object(members) = &node.value else {
            self.wrong_type(node, path, "a block { \"type\": … }");
            return None;
        };
        let Some(type_member) = members.iter().find(|m| m.key == "type") else {
            self.report(
                Kind::Shape,
                node.span.start..node.span.start + 1,
                path,
                "a block needs a \"type\"",
            )
            .hint = Some(format!("add \"type\": one of {}", quoted_list(block_types())));
            return None;
        };
        let type_path = path.field("type");
        let kind = self.string(&type_member.value, &type_path)?;
        let shape = match kind {
            "heading" => &*HEADING,
            "paragraph" => &*PARAGRAPH,
            "bullet_list" | "numbered_list" => &*LIST,
            "table" => &*TABLE,
            "image" => &*IMAGE,
            "chart" => &*chart::CHART,
            "key_figures" => &*chart::KEY_FIGURES,
            other => {
                let hint = match suggest(other, block_types()) {
                    Some(best) => format!("did you mean \"{best}\"?"),
                    None => format!("the block types are {}", quoted_list(block_types())),
                };
                self.report(
                    Kind::Shape,
                    type_member.value.span.clone(),
                    &type_path,
                    format!("unknown block type \"{other}\""),
                )
                .hint = Some(hint);
                return None;
            }
        };
        let object = self.object(node, path, shape)?;
        let scope = self.scope(&object, Visibility::EVERYONE);
        let visibility = Visibility::EVERYONE.within(&scope);
        let block_kind = match kind {
            "heading" => self.heading(&object, visibility, headings_allowed).map(BlockKind::Heading),
            "paragraph" => {
                let text = self.required(&object, "text");
                let content =
                    text.and_then(|t| self.nonempty_markup(t, &object.path("text"), visibility, "paragraph"));
                if let (Some(content), Some(node)) = (&content, text) {
                    let length = crate::model::plain_text(content).chars().count();
                    if length > LONG_PARAGRAPH_CHARS {
                        let start = node.span.start;
                        let d = self.warn(
                            start..start + 1,
                            &object.path("text"),
                            format!("a paragraph of {length} characters is hard to read on a screen"),
                        );
                        d.kind = Kind::Accessibility;
                        d.hint = Some(format!(
                            "split it into paragraphs of at most {LONG_PARAGRAPH_CHARS} characters, or make a list of its points"
                        ));
                    }
                }
                content.map(BlockKind::Paragraph)
            }
            "table" => self.table(&object, visibility).map(BlockKind::Table),
            "image" => self.figure(&object, visibility).map(BlockKind::Figure),
            "chart" => self.chart(&object, visibility).map(BlockKind::Chart),
            "key_figures" => self.key_figures(&object).map(BlockKind::KeyFigures),
            list_kind => self.list(&object, visibility, list_kind == "numbered_list").map(BlockKind::List),
        };
        let summary = self.summary(&object, &scope);
        self.finish(object);
        Some(Block { kind: block_kind?, scope, summary, origin: None })
    }

    /// A block's own overview entry: plain text, not empty; a warning when no municipality
    /// has the block in its overview.
    fn summary(&mut self, object: &Object<'_>, scope: &Scope) -> Option<String> {
        let node = object.optional("summary")?;
        let path = object.path("summary");
        let text = self.string(node, &path)?.trim().to_owned();
        if text.is_empty() {
            self.report(Kind::Content, node.span.clone(), &path, "the summary is empty").hint =
                Some("write the line for the overview \"In uw gemeente\", or remove \"summary\"".into());
            return None;
        }
        if scope.concerns.is_empty() && scope.only_for.is_empty() {
            self.warn(
                node.span.clone(),
                &path,
                "no overview shows this summary: the block concerns no municipality",
            )
            .hint = Some(
                "add \"concerns\": [\"…\"] with the municipalities it is about, or remove \"summary\"".into(),
            );
        }
        Some(text)
    }

    fn heading(&mut self, object: &Object<'_>, visibility: Visibility<'_>, allowed: bool) -> Option<Heading> {
        let level_node = self.required(object, "level");
        let text_node = self.required(object, "text");
        let level = level_node.and_then(|n| self.integer::<u8>(n, &object.path("level"), (0, 255)));
        let content =
            text_node.and_then(|n| self.nonempty_markup(n, &object.path("text"), visibility, "heading"));
        let id = object.optional("id").and_then(|n| self.string(n, &object.path("id")).map(str::to_owned));
        let (level, content) = (level?, content?);
        let level_span = level_node.map_or(object.span(), |n| n.span.clone());
        if !allowed {
            self.report(
                Kind::Content,
                object.span(),
                &object.path,
                "the introduction cannot contain headings",
            )
            .hint =
                Some("headings belong in the section files; use a paragraph with **bold** text here".into());
            return None;
        }
        if !(2..=3).contains(&level) {
            self.report(
                Kind::Content,
                level_span,
                &object.path("level"),
                format!("a heading inside a section has level 2 or 3, not {level}"),
            )
            .hint = Some(
                "level 2 is a topic within the section, level 3 a sub-topic (the section title is level 1)"
                    .into(),
            );
            // Go on as if the nearest valid level was meant, so the next headings are not blamed.
            self.last_heading_level = level.clamp(2, 3);
            return None;
        }
        if level > self.last_heading_level + 1 {
            self.report(
                Kind::Content,
                level_span,
                &object.path("level"),
                format!("this heading skips a level: level {level} after level {}", self.last_heading_level),
            )
            .hint = Some(format!(
                "use level {}, or add a level-{} heading before it",
                self.last_heading_level + 1,
                self.last_heading_level + 1
            ));
        }
        self.last_heading_level = level;
        let anchor = match id {
            Some(id) => {
                let span = object.optional("id").map_or(object.span(), |n| n.span.clone());
                if slug(&id) != id {
                    self.report(
                        Kind::Content,
                        span.clone(),
                        &object.path("id"),
                        format!("\"{id}\" is not a usable link target"),
                    )
                    .hint =
                        Some(format!("use lowercase letters, digits and hyphens, e.g. \"{}\"", slug(&id)));
                }
                self.anchors.push(AnchorDef {
                    anchor: id.clone(),
                    explicit: true,
                    place: Place { span, path: object.path("id") },
                });
                id
            }
            None => {
                let anchor = slug(&crate::model::plain_text(&content));
                let span = object.optional("text").map_or(object.span(), |n| n.span.clone());
                self.anchors.push(AnchorDef {
                    anchor: anchor.clone(),
                    explicit: false,
                    place: Place { span, path: object.path("text") },
                });
                anchor
            }
        };
        Some(Heading { level, anchor, content })
    }

    fn list(&mut self, object: &Object<'_>, visibility: Visibility<'_>, ordered: bool) -> Option<List> {
        let node = self.required(object, "items")?;
        let items = self.items(node, &object.path("items"), visibility, 1)?;
        Some(List { ordered, items })
    }

    fn items(
        &mut self,
        node: &Node,
        path: &JsonPath,
        visibility: Visibility<'_>,
        depth: usize,
    ) -> Option<Vec<ListItem>> {
        let nodes = self.array(node, path, "a list of items [\"…\", …]")?;
        if nodes.is_empty() {
            self.report(Kind::Content, node.span.clone(), path, "a list without items").hint =
                Some("add items, or remove the list".into());
            return None;
        }
        if depth > 3 {
            self.report(Kind::Content, node.span.clone(), path, "lists nested more than 3 levels deep")
                .hint = Some("a reader cannot follow deeper lists; flatten this level".into());
            return None;
        }
        let items = nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| self.item(n, &path.index(i), visibility, depth))
            .collect();
        Some(items)
    }

    fn item(
        &mut self,
        node: &Node,
        path: &JsonPath,
        visibility: Visibility<'_>,
        depth: usize,
    ) -> Option<ListItem> {
        if let Value::String(_) = node.value {
            let content = self.nonempty_markup(node, path, visibility, "list item")?;
            return Some(ListItem { content, children: Vec::new(), scope: Scope::default() });
        }
        if !matches!(node.value, Value::Object(_)) {
            self.wrong_type(node, path, "a list item: text, or an object { \"text\": … }");
            return None;
        }
        let object = self.object(node, path, &ITEM)?;
        let scope = self.scope(&object, visibility);
        let inner = visibility.within(&scope);
        let text = self.required(&object, "text");
        let content = text.and_then(|t| self.nonempty_markup(t, &object.path("text"), inner, "list item"));
        let children = match object.optional("items") {
            Some(n) => self.items(n, &object.path("items"), inner, depth + 1).unwrap_or_default(),
            None => Vec::new(),
        };
        self.finish(object);
        Some(ListItem { content: content?, children, scope })
    }

    fn table(&mut self, object: &Object<'_>, visibility: Visibility<'_>) -> Option<Table> {
        let caption = object
            .optional("caption")
            .and_then(|n| self.nonempty_markup(n, &object.path("caption"), visibility, "caption"));
        let columns = self.required(object, "columns").and_then(|n| self.columns(n, &object.path("columns")));
        let width = columns.as_ref().map(Vec::len);
        let header = match object.optional("header") {
            Some(node) => self.header(node, &object.path("header"), visibility, width),
            None => Some(Vec::new()),
        };
        let rows =
            self.required(object, "rows").and_then(|n| self.rows(n, &object.path("rows"), visibility, width));
        let id = object
            .optional("id")
            .and_then(|n| self.string(n, &object.path("id")).map(|s| s.trim().to_owned()));
        // A screen reader names each cell by its column's header; one column is a list.
        let span = object.span();
        let lacks = match (&header, width) {
            (_, Some(1)) => Some((
                "a table with one column",
                "a screen reader announces a table; for one column a bullet list reads better",
            )),
            // (Not said of a table whose columns are wrong already.)
            (Some(h), Some(_)) if h.is_empty() => Some((
                "a table without a header row",
                "add \"header\": [[\"…\", …]] naming each column, so a screen reader can say which column a cell is in",
            )),
            _ => None,
        };
        if let Some((message, hint)) = lacks {
            let d = self.warn(span.start..span.start + 1, &object.path, message);
            d.kind = Kind::Accessibility;
            d.hint = Some(hint.into());
        }
        Some(Table { id, caption, columns: columns?, header: header?, rows: rows? })
    }

    /// An image block: the picture, read and checked; its description or "decorative"; its
    /// caption and width.
    fn figure(&mut self, object: &Object<'_>, visibility: Visibility<'_>) -> Option<Figure> {
        let file_node = self.required(object, "file");
        let file_path = object.path("file");
        let name = file_node.and_then(|n| self.string(n, &file_path)).map(str::to_owned);
        let picture = match (name.as_deref(), file_node, self.dir) {
            (Some(name), Some(node), Some(dir)) => match crate::input::picture::read(dir, name) {
                Ok(picture) => Some(picture),
                Err(e) => {
                    self.report(Kind::Content, node.span.clone(), &file_path, e.message).hint = Some(e.hint);
                    None
                }
            },
            (Some(_), Some(node), None) => {
                self.report(Kind::Content, node.span.clone(), &file_path, "a picture cannot be read here")
                    .hint =
                    Some("this is a bug in jaarverslag; please report it with your input files".into());
                None
            }
            _ => None,
        };
        let alt = self.alt(object, name.as_deref());
        let caption = object
            .optional("caption")
            .and_then(|n| self.nonempty_markup(n, &object.path("caption"), visibility, "caption"));
        let width = self.figure_width(object);
        let (picture, alt, width) = (picture?, alt?, width?);
        if let Some(node) = file_node {
            self.pictures.push(PicturePlace {
                file: self.file.to_owned(),
                place: Place { span: node.span.clone(), path: file_path },
                picture: picture.clone(),
                width,
            });
        }
        Some(Figure { picture, alt, caption, width })
    }

    /// The description of a picture (`Some`), or `None` for a decorative one; the outer
    /// `None` is an error.
    fn alt(&mut self, object: &Object<'_>, file: Option<&str>) -> Option<Option<String>> {
        let alt_node = object.optional("alt");
        let decorative =
            object.optional("decorative").map(|n| (self.boolean(n, &object.path("decorative")), n));
        let alt =
            alt_node.and_then(|n| self.string(n, &object.path("alt")).map(|s| (s.trim().to_owned(), n)));
        match (alt, decorative) {
            (_, Some((None, _))) => None,
            (Some(_), Some((Some(true), node))) => {
                self.report(
                    Kind::Content,
                    node.span.clone(),
                    &object.path("decorative"),
                    "the image has a description (\"alt\") and is marked decorative",
                )
                .hint = Some("a decorative picture is skipped by screen readers: remove \"alt\", or remove \"decorative\" if the picture shows something".into());
                None
            }
            (Some((text, node)), _) => {
                let same_as_file = file.is_some_and(|f| {
                    let f = f.to_lowercase();
                    let base = f.rsplit(['/', '\\']).next().unwrap_or(&f);
                    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
                    let lower = text.to_lowercase();
                    [f.as_str(), base, stem, &stem.replace(['-', '_'], " ")].contains(&lower.as_str())
                });
                if text.is_empty() {
                    self.report(Kind::Content, node.span.clone(), &object.path("alt"), "the description (\"alt\") is empty")
                        .hint = Some("say in a sentence what the picture shows, or use \"decorative\": true if it shows nothing the text needs".into());
                    None
                } else if same_as_file {
                    self.report(
                        Kind::Content,
                        node.span.clone(),
                        &object.path("alt"),
                        format!("the description (\"alt\") is the file name, \"{text}\""),
                    )
                    .hint = Some("a screen reader reads this aloud instead of the picture: say what the picture shows, e.g. \"Deelnemers aan de opleiding schoonmaak in Zwevegem\"".into());
                    None
                } else {
                    self.alt_says_something(&text, node.span.clone(), &object.path("alt"));
                    Some(Some(text))
                }
            }
            (None, Some((Some(true), _))) => Some(None),
            (None, _) => {
                let start = object.span().start;
                self.report(Kind::Content, start..start + 1, &object.path, "an image needs a description (\"alt\")")
                    .hint = Some("add \"alt\": \"…\" saying what the picture shows, for readers who cannot see it; or \"decorative\": true if it only decorates".into());
                None
            }
        }
    }

    /// `width` (a part of the text width) or `width_mm`; the full text width by default.
    fn figure_width(&mut self, object: &Object<'_>) -> Option<FigureWidth> {
        let fraction = object.optional("width").map(|n| (self.float(n, &object.path("width")), n));
        let mm = object.optional("width_mm").map(|n| (self.float(n, &object.path("width_mm")), n));
        match (fraction, mm) {
            (Some(_), Some((_, node))) => {
                self.report(
                    Kind::Content,
                    node.span.clone(),
                    &object.path("width_mm"),
                    "the image has both \"width\" and \"width_mm\"",
                )
                .hint = Some("keep one: \"width\": 0.5 for half the text width, or \"width_mm\": 80".into());
                None
            }
            (Some((Some(f), _)), None) if (0.05..=1.0).contains(&f) => Some(FigureWidth::Fraction(f)),
            (Some((Some(f), node)), None) => {
                self.report(
                    Kind::Content,
                    node.span.clone(),
                    &object.path("width"),
                    format!("the width {f} is not a part of the text width"),
                )
                .hint = Some(if f > 1.0 {
                    format!(
                        "\"width\" is a part of the text width, from 0.05 to 1 (0.5 is half); for millimetres write \"width_mm\": {f}"
                    )
                } else {
                    "\"width\" is a part of the text width, from 0.05 to 1 (0.5 is half)".into()
                });
                None
            }
            (None, Some((Some(w), _))) if (5.0..=1000.0).contains(&w) => Some(FigureWidth::Mm(w)),
            (None, Some((Some(w), node))) => {
                self.report(
                    Kind::Content,
                    node.span.clone(),
                    &object.path("width_mm"),
                    format!("the width {w} mm is out of range"),
                )
                .hint = Some(
                    "give the width in millimetres, from 5 up; a picture is never set wider than the text"
                        .into(),
                );
                None
            }
            (Some((None, _)), None) | (None, Some((None, _))) => None,
            (None, None) => Some(FigureWidth::Full),
        }
    }

    fn columns(&mut self, node: &Node, path: &JsonPath) -> Option<Vec<Column>> {
        let nodes = self.array(node, path, "a list of columns [ { \"width\": 1 }, … ]")?;
        if nodes.is_empty() {
            self.report(Kind::Content, node.span.clone(), path, "a table needs at least one column").hint =
                Some(
                    "add one { } per column, e.g. \"columns\": [ { \"width\": 1 }, { \"width\": 3 } ]".into(),
                );
            return None;
        }
        if nodes.len() > crate::model::MAX_TABLE_COLUMNS {
            self.report(
                Kind::Content,
                node.span.clone(),
                path,
                format!("a table with {} columns", nodes.len()),
            )
            .hint = Some(format!(
                "a table has at most {} columns to stay readable on the page; split it, or turn it into a list",
                crate::model::MAX_TABLE_COLUMNS
            ));
            return None;
        }
        let mut columns = Vec::new();
        for (i, n) in nodes.iter().enumerate() {
            let path = path.index(i);
            let Some(object) = self.object(n, &path, &COLUMN) else {
                continue;
            };
            let width =
                object.optional("width").map(|w| (self.float(w, &object.path("width")), w.span.clone()));
            let width = match width {
                None => 1.0,
                Some((Some(w), _)) if (0.01..=1000.0).contains(&w) => w,
                Some((Some(w), span)) => {
                    self.report(
                        Kind::Content,
                        span,
                        &object.path("width"),
                        format!("column width {w} is out of range"),
                    )
                    .hint = Some("widths are relative and positive: 1, 2, 0.5 … (from 0.01 to 1000)".into());
                    1.0
                }
                Some((None, _)) => 1.0,
            };
            let align = object
                .optional("align")
                .and_then(|a| self.align(a, &object.path("align")))
                .unwrap_or_default();
            self.finish(object);
            columns.push(Column { width, align });
        }
        (columns.len() == nodes.len()).then_some(columns)
    }

    fn align(&mut self, node: &Node, path: &JsonPath) -> Option<Align> {
        let value = self.string(node, path)?;
        match value {
            "left" => Some(Align::Left),
            "center" => Some(Align::Center),
            "right" => Some(Align::Right),
            other => {
                let options = ["left", "center", "right"];
                let hint = match suggest(other, &options) {
                    Some(best) => format!("did you mean \"{best}\"?"),
                    None => "use \"left\", \"center\" or \"right\"".into(),
                };
                self.report(Kind::Shape, node.span.clone(), path, format!("unknown alignment \"{other}\""))
                    .hint = Some(hint);
                None
            }
        }
    }

    fn header(
        &mut self,
        node: &Node,
        path: &JsonPath,
        visibility: Visibility<'_>,
        width: Option<usize>,
    ) -> Option<Vec<Vec<Cell>>> {
        let nodes = self.array(node, path, "a list of header rows [ [\"…\", …] ]")?;
        let rows: Vec<_> = nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| self.cells(n, &path.index(i), visibility, width))
            .collect();
        (rows.len() == nodes.len()).then_some(rows)
    }

    fn rows(
        &mut self,
        node: &Node,
        path: &JsonPath,
        visibility: Visibility<'_>,
        width: Option<usize>,
    ) -> Option<Vec<Row>> {
        let nodes = self.array(node, path, "a list of rows [ [\"…\", …], … ]")?;
        if nodes.is_empty() {
            self.report(Kind::Content, node.span.clone(), path, "a table without rows").hint =
                Some("add rows, or remove the table".into());
            return None;
        }
        let mut rows = Vec::new();
        for (i, n) in nodes.iter().enumerate() {
            let path = path.index(i);
            let row = if let Value::Object(_) = n.value {
                let Some(object) = self.object(n, &path, &ROW) else {
                    continue;
                };
                let scope = self.scope(&object, visibility);
                let inner = visibility.within(&scope);
                let cells = self
                    .required(&object, "cells")
                    .and_then(|c| self.cells(c, &object.path("cells"), inner, width));
                self.finish(object);
                cells.map(|cells| Row { cells, scope })
            } else if let Value::Array(_) = n.value {
                self.cells(n, &path, visibility, width).map(|cells| Row { cells, scope: Scope::default() })
            } else {
                self.wrong_type(n, &path, "a row: a list of cells [\"…\", …], or an object { \"cells\": … }");
                None
            };
            rows.extend(row);
        }
        (rows.len() == nodes.len()).then_some(rows)
    }

    fn cells(
        &mut self,
        node: &Node,
        path: &JsonPath,
        visibility: Visibility<'_>,
        width: Option<usize>,
    ) -> Option<Vec<Cell>> {
        let nodes = self.array(node, path, "a list of cells [\"…\", …]")?;
        let cells: Vec<_> = nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| match &n.value {
                // A number in a cell is written the Dutch way, as {number:…} would be.
                Value::Number(raw) => Some(vec![Inline::Number(raw.clone())]),
                _ => self.markup(n, &path.index(i), visibility),
            })
            .collect();
        if let Some(width) = width.filter(|&w| w != nodes.len()) {
            // Point at the first cell too many, or at the row when cells are missing.
            let span = nodes.get(width).map_or(node.span.clone(), |extra| extra.span.clone());
            self.report(
                Kind::Content,
                span,
                path,
                format!(
                    "this row has {}, but the table has {}",
                    count(nodes.len(), "cell"),
                    count(width, "column")
                ),
            )
            .hint =
                Some(format!("give every row exactly {}; use \"\" for an empty cell", count(width, "cell")));
            return None;
        }
        (cells.len() == nodes.len()).then_some(cells)
    }
}

/// "1 cell", "3 cells".
fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// Makes a link target from text: lowercase ASCII letters and digits joined by hyphens
/// ("Werkgroep ‘aanvullende dienstverlening’" → "werkgroep-aanvullende-dienstverlening").
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ÿ' | 'ý' => 'y',
        c => c,
    }
}

pub fn quoted_list<S: AsRef<str>>(items: &[S]) -> String {
    items.iter().map(|s| format!("\"{}\"", s.as_ref())).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shape names a schema type that exists, with the fields the decoder reads.
    #[test]
    fn every_shape_is_described_by_its_schema_type() {
        let shapes: [&Shape; 12] = [
            &HEADING,
            &PARAGRAPH,
            &LIST,
            &TABLE,
            &IMAGE,
            &ITEM,
            &COLUMN,
            &ROW,
            &chart::CHART,
            &chart::KEY_FIGURES,
            &chart::SERIES,
            &chart::KEY_FIGURE,
        ];
        for shape in shapes {
            assert!(!shape.fields.is_empty(), "{}", shape.what);
        }
        assert_eq!(TABLE.fields.first(), Some(&"type"), "fields in the order the schema types declare them");
        assert!(CHART_FIELDS.iter().all(|f| chart::CHART.fields.contains(f)));
        assert_eq!(
            block_types(),
            [
                "heading",
                "paragraph",
                "bullet_list",
                "numbered_list",
                "table",
                "image",
                "chart",
                "key_figures"
            ]
        );
    }

    const CHART_FIELDS: [&str; 5] = ["kind", "title", "categories", "series", "table"];

    #[test]
    fn slugs_are_ascii_and_readable() {
        assert_eq!(slug("Capacity building"), "capacity-building");
        assert_eq!(
            slug("Werkgroep ‘aanvullende dienstverlening’ voor lokale besturen"),
            "werkgroep-aanvullende-dienstverlening-voor-lokale-besturen"
        );
        assert_eq!(slug("(Neet)jongeren"), "neet-jongeren");
        assert_eq!(slug("Één café"), "een-cafe");
    }
}
