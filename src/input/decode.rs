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
use crate::tr;

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
                    let (message, hint) = match found.first() {
                        Some(&c) => (
                            tr!(
                                "decode-invisible-character",
                                field = &clean,
                                character = invisible_name(c),
                                code = format!("{:04X}", u32::from(c))
                            ),
                            tr!("decode-invisible-character.hint"),
                        ),
                        None => (
                            tr!("decode-space-in-field-name", field = &clean),
                            tr!("decode-space-in-field-name.hint"),
                        ),
                    };
                    out.push(
                        Diagnostic::error(Kind::Syntax, file, message)
                            .at(member.key_span.clone())
                            .path(path.field(&clean).as_str())
                            .hint(hint),
                    );
                    member.key = clean;
                }
                clean_names(&mut member.value, &path.field(&member.key), file, out);
            }
        }
        _ => {}
    }
}

/// The catalogue id of the name of a character of [`INVISIBLE`]; in English, its Unicode
/// name in lowercase ("zero width space").
fn invisible_name_id(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{00A0}' => "decode-char-no-break-space",
        '\u{00AD}' => "decode-char-soft-hyphen",
        '\u{2007}' => "decode-char-figure-space",
        '\u{200B}' => "decode-char-zero-width-space",
        '\u{200C}' => "decode-char-zero-width-non-joiner",
        '\u{200D}' => "decode-char-zero-width-joiner",
        '\u{202F}' => "decode-char-narrow-no-break-space",
        '\u{2060}' => "decode-char-word-joiner",
        '\u{FEFF}' => "decode-char-zero-width-no-break-space",
        _ => return None,
    })
}

fn invisible_name(c: char) -> String {
    match invisible_name_id(c) {
        Some(id) => crate::i18n::text(id, &[]),
        None => unicode_names2::name(c).map(|n| n.to_string().to_lowercase()).unwrap_or_default(),
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
    /// The catalogue id of the object's name in messages ("decode-shape-heading": "a heading
    /// block"); text that is no id is shown as it is.
    pub what: &'static str,
    pub fields: &'static [&'static str],
}

impl Shape {
    /// The shape of schema type `name` (see [`super::format::fields`]).
    pub fn of(what: &'static str, name: &str) -> Shape {
        Shape { what, fields: super::format::fields(name) }
    }

    /// The object's name in the current language: "a heading block", "een kopblok".
    pub fn name(&self) -> String {
        // A text that names no message is given back as it is.
        crate::i18n::text(self.what, &[])
    }
}

/// The slips a value of the wrong type may be, for the hint: a number where text belongs
/// (quote it), a number in quotes, text where a list belongs.
#[derive(Debug, Clone, Copy)]
struct Accepts {
    text: bool,
    number: bool,
    list: bool,
}

impl Accepts {
    const NOTHING_ELSE: Accepts = Accepts { text: false, number: false, list: false };
    const TEXT: Accepts = Accepts { text: true, ..Accepts::NOTHING_ELSE };
    const NUMBER: Accepts = Accepts { number: true, ..Accepts::NOTHING_ELSE };
    const LIST: Accepts = Accepts { list: true, ..Accepts::NOTHING_ELSE };
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

static HEADING: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-heading", "block:heading"));
static PARAGRAPH: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-paragraph", "block:paragraph"));
static LIST: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-list", "block:bullet_list"));
static TABLE: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-table", "block:table"));
static IMAGE: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-image", "block:image"));
static ITEM: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-item", "ItemObject"));
static COLUMN: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-column", "ColumnEntry"));
static ROW: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-row", "RowObject"));

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

    /// A warning of the accessibility check (an error with `check --strict`), with its hint.
    pub fn accessibility(&mut self, span: Range<usize>, path: &JsonPath, message: String, hint: String) {
        let d = self.warn(span, path, message);
        d.kind = Kind::Accessibility;
        d.hint = Some(hint);
    }

    /// "expected …, found …": `expected` says what the value should have been ("text in
    /// double quotes"), `accepts` which slips the hint can name.
    fn wrong_type(&mut self, node: &Node, path: &JsonPath, expected: &str, accepts: Accepts) {
        let found = node.value.describe();
        let message = tr!("decode-wrong-type", expected, found);
        self.wrong_type_message(node, path, message, accepts);
    }

    fn wrong_type_message(&mut self, node: &Node, path: &JsonPath, message: String, accepts: Accepts) {
        let hint = match &node.value {
            Value::Number(n) if accepts.text => Some(tr!("decode-hint-add-quotes", value = n)),
            // `"values": "12"`: a list of numbers, given as one in quotes.
            Value::String(s) if accepts.number && accepts.list && s.trim().parse::<f64>().is_ok() => {
                Some(tr!("decode-hint-number-list", value = s.trim()))
            }
            Value::String(s) if accepts.number && s.trim().parse::<f64>().is_ok() => {
                Some(tr!("decode-hint-remove-quotes", value = s.trim()))
            }
            Value::String(_) if accepts.list => Some(tr!("decode-hint-make-list")),
            _ => None,
        };
        let diagnostic = self.report(Kind::Shape, node.span.clone(), path, message);
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
                let message =
                    tr!("decode-wrong-type-object", what = shape.name(), found = node.value.describe());
                self.wrong_type_message(node, path, message, Accepts::NOTHING_ELSE);
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
                    tr!("decode-duplicate-field", field = &member.key),
                )
                .hint = Some(tr!("decode-duplicate-field.hint", line));
            }
        }
    }

    /// Reports members the shape does not know, suggesting the closest known name.
    pub fn finish(&mut self, object: Object<'_>) {
        for member in object.members {
            if object.shape.fields.contains(&member.key.as_str()) {
                continue;
            }
            let what = object.shape.name();
            let hint = match suggest(&member.key, object.shape.fields) {
                Some(best) => tr!("decode-did-you-mean", best),
                None => {
                    tr!("decode-unknown-field.hint", what = &what, fields = quoted_list(object.shape.fields))
                }
            };
            self.report(
                Kind::Shape,
                member.key_span.clone(),
                &object.path.field(&member.key),
                tr!("decode-unknown-field", field = &member.key, what),
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
                tr!("decode-field-missing", what = object.shape.name(), field = name),
            )
            .hint = Some(match unknown.as_slice() {
                [typo] => tr!("decode-field-missing.hint-typo", typo = *typo, field = name),
                _ => tr!("decode-field-missing.hint", field = name),
            });
        }
        found
    }

    pub fn string<'n>(&mut self, node: &'n Node, path: &JsonPath) -> Option<&'n str> {
        match &node.value {
            Value::String(s) => Some(s),
            _ => {
                self.wrong_type(node, path, &tr!("decode-want-text"), Accepts::TEXT);
                None
            }
        }
    }

    /// A list; `expected` says in the current language what it is a list of, for the message
    /// when it is not one ("a list of colours [\"#00625F\", …]").
    pub fn array<'n>(&mut self, node: &'n Node, path: &JsonPath, expected: &str) -> Option<&'n [Node]> {
        self.array_of(node, path, expected, Accepts::LIST)
    }

    fn array_of<'n>(
        &mut self,
        node: &'n Node,
        path: &JsonPath,
        expected: &str,
        accepts: Accepts,
    ) -> Option<&'n [Node]> {
        match &node.value {
            Value::Array(items) => Some(items),
            _ => {
                self.wrong_type(node, path, expected, accepts);
                None
            }
        }
    }

    pub fn integer<T: TryFrom<i64>>(&mut self, node: &Node, path: &JsonPath, range: (i64, i64)) -> Option<T> {
        let Value::Number(raw) = &node.value else {
            self.wrong_type(node, path, &tr!("decode-want-whole-number"), Accepts::NUMBER);
            return None;
        };
        let parsed = raw
            .parse::<i64>()
            .ok()
            .filter(|n| (range.0..=range.1).contains(n))
            .and_then(|n| T::try_from(n).ok());
        if parsed.is_none() {
            let message = if raw.contains(['.', 'e', 'E']) {
                tr!("decode-not-whole", value = raw)
            } else {
                tr!("decode-out-of-range", value = raw, min = range.0, max = range.1)
            };
            self.report(Kind::Shape, node.span.clone(), path, message);
        }
        parsed
    }

    pub fn boolean(&mut self, node: &Node, path: &JsonPath) -> Option<bool> {
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.wrong_type(node, path, &tr!("decode-want-boolean"), Accepts::NOTHING_ELSE);
                None
            }
        }
    }

    pub fn float(&mut self, node: &Node, path: &JsonPath) -> Option<f64> {
        match &node.value {
            Value::Number(raw) => raw.parse::<f64>().ok().filter(|f| f.is_finite()).or_else(|| {
                self.report(Kind::Shape, node.span.clone(), path, tr!("decode-unusable-number", value = raw));
                None
            }),
            _ => {
                self.wrong_type(node, path, &tr!("decode-want-number"), Accepts::NUMBER);
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
            self.report(Kind::Content, start..start + 1, path, tr!("decode-text-too-long", length)).hint =
                Some(tr!("decode-text-too-long.hint", max = MAX_TEXT_CHARS));
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
            self.report(Kind::Content, span, path, tr!("decode-municipality-for-everyone")).hint =
                Some(tr!("decode-municipality-for-everyone.hint"));
        }
        if let Some(run) = shouted(text) {
            let message = tr!("decode-capitals", text = &text[run.clone()]);
            self.accessibility(to_file(&run), path, message, tr!("decode-capitals.hint"));
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
        let (message, hint) = if MEDIUM.contains(&words.as_str()) {
            (
                tr!("decode-alt-names-medium", text = text.trim()),
                tr!("decode-alt-names-medium.hint", max = MAX_ALT_CHARS),
            )
        } else if length > MAX_ALT_CHARS {
            (tr!("decode-alt-too-long", length), tr!("decode-alt-too-long.hint", max = MAX_ALT_CHARS))
        } else {
            return;
        };
        self.accessibility(span, path, message, hint);
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
            let (message, hint) = if bare_address {
                (
                    tr!("decode-link-bare-address", text = text.trim()),
                    tr!("decode-link-bare-address.hint", target),
                )
            } else {
                (
                    tr!("decode-link-says-nothing", text = text.trim()),
                    tr!("decode-link-says-nothing.hint", target),
                )
            };
            self.accessibility(span.clone(), path, message, hint);
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.link_texts.push((text, target.to_owned(), Place { span, path: path.clone() }));
    }

    /// Non-empty inline text (a paragraph or heading must say something); `what` is
    /// "paragraph", "heading", "item" or "caption", as the messages choose by it.
    fn nonempty_markup(
        &mut self,
        node: &Node,
        path: &JsonPath,
        visibility: Visibility<'_>,
        what: &str,
    ) -> Option<Vec<Inline>> {
        let content = self.markup(node, path, visibility)?;
        if content.is_empty() {
            self.report(Kind::Content, node.span.clone(), path, tr!("decode-no-text", what)).hint =
                Some(tr!("decode-no-text.hint", what));
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
                    tr!("decode-never-shown", ids = quoted_list(&never)),
                )
                .hint = Some(tr!("decode-never-shown.hint", outer = quoted_list(outer_ids)));
            }
        }
        Scope { concerns, only_for }
    }

    fn municipality_list(&mut self, object: &Object<'_>, field: &str) -> Vec<String> {
        let Some(node) = object.optional(field) else {
            return Vec::new();
        };
        let path = object.path(field);
        let Some(items) = self.array(node, &path, &tr!("decode-want-municipality-ids")) else {
            return Vec::new();
        };
        if items.is_empty() {
            // An empty `only_for` would show the block to everyone, the board included.
            self.report(
                Kind::Content,
                node.span.clone(),
                &path,
                tr!("decode-empty-municipality-list", field),
            )
            .hint = Some(tr!("decode-empty-municipality-list.hint", field));
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
                Some(best) => tr!("decode-did-you-mean", best),
                None => tr!("decode-unknown-municipality.hint", ids = quoted_list(self.municipality_ids)),
            };
            self.report(
                Kind::Content,
                item.span.clone(),
                &item_path,
                tr!("decode-unknown-municipality", id),
            )
            .hint = Some(hint);
        }
        ids
    }

    // ---- blocks -------------------------------------------------------------------------

    /// Decodes a list of blocks; `headings` says whether headings may appear (not in the introduction).
    pub fn blocks(&mut self, node: &Node, path: &JsonPath, headings: bool) -> Vec<Block> {
        let Some(items) = self.array(node, path, &tr!("decode-want-blocks")) else {
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
            self.wrong_type(node, path, &tr!("decode-want-block"), Accepts::NOTHING_ELSE);
            return None;
        };
        let Some(type_member) = members.iter().find(|m| m.key == "type") else {
            self.report(
                Kind::Shape,
                node.span.start..node.span.start + 1,
                path,
                tr!("decode-block-type-missing"),
            )
            .hint = Some(tr!("decode-block-type-missing.hint", types = quoted_list(block_types())));
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
                    Some(best) => tr!("decode-did-you-mean", best),
                    None => tr!("decode-unknown-block-type.hint", types = quoted_list(block_types())),
                };
                self.report(
                    Kind::Shape,
                    type_member.value.span.clone(),
                    &type_path,
                    tr!("decode-unknown-block-type", type = other),
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
                        self.accessibility(
                            start..start + 1,
                            &object.path("text"),
                            tr!("decode-long-paragraph", length),
                            tr!("decode-long-paragraph.hint", max = LONG_PARAGRAPH_CHARS),
                        );
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
            self.report(Kind::Content, node.span.clone(), &path, tr!("decode-summary-empty")).hint =
                Some(tr!("decode-summary-empty.hint"));
            return None;
        }
        if scope.concerns.is_empty() && scope.only_for.is_empty() {
            self.warn(node.span.clone(), &path, tr!("decode-summary-unseen")).hint =
                Some(tr!("decode-summary-unseen.hint"));
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
            self.report(Kind::Content, object.span(), &object.path, tr!("decode-heading-in-introduction"))
                .hint = Some(tr!("decode-heading-in-introduction.hint"));
            return None;
        }
        if !(2..=3).contains(&level) {
            self.report(
                Kind::Content,
                level_span,
                &object.path("level"),
                tr!("decode-heading-level", level),
            )
            .hint = Some(tr!("decode-heading-level.hint"));
            // Go on as if the nearest valid level was meant, so the next headings are not blamed.
            self.last_heading_level = level.clamp(2, 3);
            return None;
        }
        if level > self.last_heading_level + 1 {
            self.report(
                Kind::Content,
                level_span,
                &object.path("level"),
                tr!("decode-heading-skips-level", level, previous = self.last_heading_level),
            )
            .hint = Some(tr!("decode-heading-skips-level.hint", next = self.last_heading_level + 1));
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
                        tr!("decode-bad-link-target", id = &id),
                    )
                    .hint = Some(tr!("decode-bad-link-target.hint", suggestion = slug(&id)));
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
        let nodes = self.array(node, path, &tr!("decode-want-items"))?;
        if nodes.is_empty() {
            self.report(Kind::Content, node.span.clone(), path, tr!("decode-list-empty")).hint =
                Some(tr!("decode-list-empty.hint"));
            return None;
        }
        if depth > 3 {
            self.report(Kind::Content, node.span.clone(), path, tr!("decode-list-too-deep")).hint =
                Some(tr!("decode-list-too-deep.hint"));
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
            let content = self.nonempty_markup(node, path, visibility, "item")?;
            return Some(ListItem { content, children: Vec::new(), scope: Scope::default() });
        }
        if !matches!(node.value, Value::Object(_)) {
            let accepts = Accepts { text: true, list: true, ..Accepts::NOTHING_ELSE };
            self.wrong_type(node, path, &tr!("decode-want-item"), accepts);
            return None;
        }
        let object = self.object(node, path, &ITEM)?;
        let scope = self.scope(&object, visibility);
        let inner = visibility.within(&scope);
        let text = self.required(&object, "text");
        let content = text.and_then(|t| self.nonempty_markup(t, &object.path("text"), inner, "item"));
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
            (_, Some(1)) => Some((tr!("decode-table-one-column"), tr!("decode-table-one-column.hint"))),
            // (Not said of a table whose columns are wrong already.)
            (Some(h), Some(_)) if h.is_empty() => {
                Some((tr!("decode-table-no-header"), tr!("decode-table-no-header.hint")))
            }
            _ => None,
        };
        if let Some((message, hint)) = lacks {
            self.accessibility(span.start..span.start + 1, &object.path, message, hint);
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
                self.report(Kind::Content, node.span.clone(), &file_path, tr!("decode-picture-unreadable"))
                    .hint = Some(tr!("decode-picture-unreadable.hint"));
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
                    tr!("decode-alt-and-decorative"),
                )
                .hint = Some(tr!("decode-alt-and-decorative.hint"));
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
                    self.report(
                        Kind::Content,
                        node.span.clone(),
                        &object.path("alt"),
                        tr!("decode-alt-empty"),
                    )
                    .hint = Some(tr!("decode-alt-empty.hint"));
                    None
                } else if same_as_file {
                    self.report(
                        Kind::Content,
                        node.span.clone(),
                        &object.path("alt"),
                        tr!("decode-alt-file-name", text = &text),
                    )
                    .hint = Some(tr!("decode-alt-file-name.hint"));
                    None
                } else {
                    self.alt_says_something(&text, node.span.clone(), &object.path("alt"));
                    Some(Some(text))
                }
            }
            (None, Some((Some(true), _))) => Some(None),
            (None, _) => {
                let start = object.span().start;
                self.report(Kind::Content, start..start + 1, &object.path, tr!("decode-alt-missing")).hint =
                    Some(tr!("decode-alt-missing.hint"));
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
                    tr!("decode-two-widths"),
                )
                .hint = Some(tr!("decode-two-widths.hint"));
                None
            }
            (Some((Some(f), _)), None) if (0.05..=1.0).contains(&f) => Some(FigureWidth::Fraction(f)),
            (Some((Some(f), node)), None) => {
                self.report(
                    Kind::Content,
                    node.span.clone(),
                    &object.path("width"),
                    tr!("decode-width-not-a-part", width = f.to_string()),
                )
                .hint = Some(if f > 1.0 {
                    tr!("decode-width-not-a-part.hint-mm", width = f.to_string())
                } else {
                    tr!("decode-width-not-a-part.hint")
                });
                None
            }
            (None, Some((Some(w), _))) if (5.0..=1000.0).contains(&w) => Some(FigureWidth::Mm(w)),
            (None, Some((Some(w), node))) => {
                self.report(
                    Kind::Content,
                    node.span.clone(),
                    &object.path("width_mm"),
                    tr!("decode-width-mm-out-of-range", width = w.to_string()),
                )
                .hint = Some(tr!("decode-width-mm-out-of-range.hint"));
                None
            }
            (Some((None, _)), None) | (None, Some((None, _))) => None,
            (None, None) => Some(FigureWidth::Full),
        }
    }

    fn columns(&mut self, node: &Node, path: &JsonPath) -> Option<Vec<Column>> {
        let nodes = self.array(node, path, &tr!("decode-want-columns"))?;
        if nodes.is_empty() {
            self.report(Kind::Content, node.span.clone(), path, tr!("decode-table-no-columns")).hint =
                Some(tr!("decode-table-no-columns.hint"));
            return None;
        }
        if nodes.len() > crate::model::MAX_TABLE_COLUMNS {
            self.report(
                Kind::Content,
                node.span.clone(),
                path,
                tr!("decode-table-too-many-columns", count = nodes.len()),
            )
            .hint = Some(tr!("decode-table-too-many-columns.hint", max = crate::model::MAX_TABLE_COLUMNS));
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
                        tr!("decode-column-width", width = w.to_string()),
                    )
                    .hint = Some(tr!("decode-column-width.hint"));
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
                    Some(best) => tr!("decode-did-you-mean", best),
                    None => tr!("decode-unknown-alignment.hint"),
                };
                self.report(
                    Kind::Shape,
                    node.span.clone(),
                    path,
                    tr!("decode-unknown-alignment", value = other),
                )
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
        let nodes = self.array(node, path, &tr!("decode-want-header"))?;
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
        let nodes = self.array(node, path, &tr!("decode-want-rows"))?;
        if nodes.is_empty() {
            self.report(Kind::Content, node.span.clone(), path, tr!("decode-table-no-rows")).hint =
                Some(tr!("decode-table-no-rows.hint"));
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
                self.wrong_type(n, &path, &tr!("decode-want-row"), Accepts::LIST);
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
        let nodes = self.array(node, path, &tr!("decode-want-cells"))?;
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
                tr!("decode-row-width", cells = nodes.len(), columns = width),
            )
            .hint = Some(tr!("decode-row-width.hint", columns = width));
            return None;
        }
        (cells.len() == nodes.len()).then_some(cells)
    }
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

/// Words in capitals used for emphasis ("LET OP: DIT IS NIEUW"): they read slower, and a
/// screen reader may spell them letter by letter (WCAG 1.3.1 asks emphasis to be marked up,
/// as `**bold**`). Abbreviations (VDAB, OCMW, WSE-LR1) are not that: a run of capitals
/// counts when it has three words or more, or a word of eight letters or more. A comma,
/// semicolon or bracket ends a run (a list of abbreviations), as does any lowercase word.
fn shouted(text: &str) -> Option<Range<usize>> {
    let mut words: Vec<(Range<usize>, bool)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let in_word = c.is_alphanumeric() || (start.is_some() && (c == '-' || c == '\'') && i < text.len());
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = &text[s..i];
                let letters = word.chars().filter(|c| c.is_alphabetic()).count();
                let capitals = letters >= 2 && !word.chars().any(|c| c.is_numeric() || c.is_lowercase());
                words.push((s..i, capitals));
                start = None;
            }
            _ => {}
        }
    }
    let mut run: Option<(Range<usize>, usize, bool)> = None;
    let mut end_of_previous = 0;
    for (range, capitals) in words {
        let between = &text[end_of_previous..range.start];
        let broken = between.contains([',', ';', '(', ')', '[', ']']);
        end_of_previous = range.end;
        if !capitals || broken {
            if let Some(found) = run.take().filter(|(_, words, long)| *words >= 3 || *long) {
                return Some(found.0);
            }
            if !capitals {
                continue;
            }
        }
        let long = text[range.clone()].chars().filter(|c| c.is_alphabetic()).count() >= 8;
        run = Some(match run {
            Some((r, words, was_long)) => (r.start..range.end, words + 1, was_long || long),
            None => (range, 1, long),
        });
    }
    run.filter(|(_, words, long)| *words >= 3 || *long).map(|(range, ..)| range)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_as_emphasis_are_found_and_abbreviations_are_not() {
        let found = |text: &str| shouted(text).map(|range| text[range].to_owned());
        assert_eq!(found("Let op: DIT IS NIEUW voor 2024.").as_deref(), Some("DIT IS NIEUW"));
        assert_eq!(found("Dit is BELANGRIJK.").as_deref(), Some("BELANGRIJK"));
        assert_eq!(found("**LET OP: NIEUWE REGELS**").as_deref(), Some("LET OP: NIEUWE REGELS"));
        assert_eq!(found("VDAB, OCMW en CAW werken samen."), None);
        assert_eq!(found("De partners VDAB, OCMW, CAW, PWA."), None);
        assert_eq!(found("Binnen WSE-LR1 en W13 werkt het ESF-project."), None);
        assert_eq!(found("Het LOI en de VDAB."), None);
        assert_eq!(found("ÉÉN keer"), None);
    }

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

    /// The English names of the invisible characters are their Unicode names, as before
    /// the messages were translated; every one has a name in the catalogue.
    #[test]
    fn invisible_characters_are_named_by_their_unicode_names_in_english() {
        for c in INVISIBLE {
            let id = invisible_name_id(c).expect("every invisible character has a name");
            let unicode = unicode_names2::name(c).unwrap().to_string().to_lowercase();
            assert_eq!(crate::i18n::text_in(crate::i18n::Lang::En, id, &[]), unicode);
            assert!(crate::i18n::has(crate::i18n::Lang::Nl, id), "{id}");
        }
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
