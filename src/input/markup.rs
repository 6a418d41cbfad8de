//! The inline markup of text fields: `**bold**`, `*italic*`, `[label](https://…)`,
//! `[label](#anchor)`, `{date:2023-05-12}`, `{number:1234.5}`, `{municipality}`, and a
//! backslash to escape one of `* [ ] { } \`. Everything else is text, any Unicode as is.
//!
//! The parser never gives up: it reports every malformed piece (with its place in the
//! string) and still returns the content, treating a bad piece as text.

use std::ops::Range;

use crate::i18n::{self, Arg};
use crate::model::{Date, Inline, LinkTarget, format_number};
use crate::tr;

/// A problem in one text, located by byte range in the decoded string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupError {
    pub span: Range<usize>,
    pub message: String,
    pub hint: Option<String>,
}

/// The result of parsing one text field.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Markup {
    pub content: Vec<Inline>,
    /// Internal link targets (`#anchor` without `#`) with their place, to check later.
    pub anchors: Vec<(String, Range<usize>)>,
    /// Where `{municipality}` is used, if anywhere.
    pub municipality: Option<Range<usize>>,
    /// Every link: its label as plain text, its target as written, and the place of the
    /// whole `[label](target)`.
    pub links: Vec<(String, String, Range<usize>)>,
    pub errors: Vec<MarkupError>,
}

pub fn parse(text: &str) -> Markup {
    let mut parser = Parser { text, pos: 0, stack: vec![Frame::root()], out: Markup::default() };
    parser.run();
    parser.out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FrameKind {
    Root,
    Strong,
    Emphasis,
    Link,
}

#[derive(Debug)]
struct Frame {
    kind: FrameKind,
    /// Where the opening delimiter is.
    open: Range<usize>,
    content: Vec<Inline>,
    text: String,
}

impl Frame {
    fn root() -> Frame {
        Frame { kind: FrameKind::Root, open: 0..0, content: Vec::new(), text: String::new() }
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            self.content.push(Inline::Text(std::mem::take(&mut self.text)));
        }
    }

    fn into_inlines(mut self) -> Vec<Inline> {
        self.flush();
        self.content
    }
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    stack: Vec<Frame>,
    out: Markup,
}

impl Parser<'_> {
    fn top(&mut self) -> &mut Frame {
        self.stack.last_mut().expect("the root frame is never popped")
    }

    fn error(&mut self, span: Range<usize>, message: String, hint: Option<String>) {
        self.out.errors.push(MarkupError { span, message, hint });
    }

    /// The error of catalogue message `id`, with its hint `id.hint`, both given `args`.
    fn error_id(&mut self, span: Range<usize>, id: &str, args: &[(&str, Arg<'_>)]) {
        let hint = i18n::text(&format!("{id}.hint"), args);
        self.error(span, i18n::text(id, args), Some(hint));
    }

    fn run(&mut self) {
        while let Some(c) = self.text[self.pos..].chars().next() {
            let start = self.pos;
            self.pos += c.len_utf8();
            match c {
                '\\' => self.escape(start),
                '*' => self.asterisks(start),
                '[' => self.open_link(start),
                ']' => self.close_link(start),
                '{' => self.field(start),
                '}' => {
                    self.error_id(start..self.pos, "markup-unmatched-close-brace", &[]);
                    self.top().text.push('}');
                }
                '\n' | '\r' => self.error_id(start..self.pos, "markup-line-break", &[]),
                c if c.is_control() => {
                    let code = format!("{:04X}", c as u32);
                    self.error_id(start..self.pos, "markup-control-character", &[("code", Arg::from(code))]);
                }
                c => self.top().text.push(c),
            }
        }
        self.close_all();
    }

    fn escape(&mut self, start: usize) {
        match self.text[self.pos..].chars().next() {
            Some(c @ ('*' | '[' | ']' | '{' | '}' | '\\')) => {
                self.pos += 1;
                self.top().text.push(c);
            }
            _ => {
                self.error_id(start..self.pos, "markup-lone-backslash", &[]);
                self.top().text.push('\\');
            }
        }
    }

    fn asterisks(&mut self, start: usize) {
        let run = 1 + self.text[self.pos..].bytes().take_while(|&b| b == b'*').count();
        self.pos = start + run;
        // As in Markdown, asterisks with a space on both sides ("5 * 3") are just text.
        let space_before = self.text[..start].chars().next_back().is_none_or(char::is_whitespace);
        let space_after = self.text[self.pos..].chars().next().is_none_or(char::is_whitespace);
        if space_before && space_after {
            let literal = &self.text[start..self.pos];
            self.top().text.push_str(literal);
            return;
        }
        // `**vet*` or `*schuin**`: the other delimiter closes what is open, at a word's end.
        // Said once, at the closing delimiter, and read as the closing one that was meant.
        let closing = !space_before
            && (space_after || self.text[self.pos..].starts_with(|c: char| c.is_ascii_punctuation()));
        let open = self.top().kind;
        let mismatched = match (run, open) {
            (1, FrameKind::Strong) | (2, FrameKind::Emphasis) => {
                closing
                    && !self
                        .stack
                        .iter()
                        .any(|f| f.kind == if run == 1 { FrameKind::Emphasis } else { FrameKind::Strong })
            }
            _ => false,
        };
        if mismatched {
            // Bold closed with `*`, or italic with `**`.
            let id = if open == FrameKind::Strong {
                "markup-bold-closed-with-italic"
            } else {
                "markup-italic-closed-with-bold"
            };
            self.error_id(start..self.pos, id, &[]);
            let span = self.top().open.clone();
            self.toggle(open, span);
            return;
        }
        match run {
            1 => self.toggle(FrameKind::Emphasis, start..start + 1),
            2 => self.toggle(FrameKind::Strong, start..start + 2),
            3 => {
                // `***` closes the innermost of the two first, or opens bold then italic.
                if self.top().kind == FrameKind::Emphasis {
                    self.toggle(FrameKind::Emphasis, start..start + 1);
                    self.toggle(FrameKind::Strong, start + 1..start + 3);
                } else {
                    self.toggle(FrameKind::Strong, start..start + 2);
                    self.toggle(FrameKind::Emphasis, start + 2..start + 3);
                }
            }
            _ => {
                self.error_id(start..start + run, "markup-asterisks", &[("count", Arg::from(run))]);
                self.top().text.push_str(&"*".repeat(run));
            }
        }
    }

    fn toggle(&mut self, kind: FrameKind, span: Range<usize>) {
        if self.top().kind == kind {
            let frame = self.stack.pop().expect("checked above");
            let open = frame.open.clone();
            let inner = frame.into_inlines();
            if inner.iter().all(|i| matches!(i, Inline::Text(t) if t.trim().is_empty())) {
                let id = if kind == FrameKind::Strong { "markup-empty-bold" } else { "markup-empty-italic" };
                self.error_id(open.start..span.end, id, &[]);
                return;
            }
            let inline =
                if kind == FrameKind::Strong { Inline::Strong(inner) } else { Inline::Emphasis(inner) };
            self.top().flush();
            self.top().content.push(inline);
        } else if self.stack.iter().any(|f| f.kind == kind) {
            // Something opened inside `kind` is on top: the other of bold and italic, or a link.
            let id = match (kind, self.top().kind) {
                (FrameKind::Strong, FrameKind::Link) => "markup-bold-closed-inside-link",
                (FrameKind::Strong, _) => "markup-bold-closed-inside-italic",
                (_, FrameKind::Link) => "markup-italic-closed-inside-link",
                _ => "markup-italic-closed-inside-bold",
            };
            self.error_id(span, id, &[]);
        } else {
            self.top().flush();
            self.stack.push(Frame { kind, open: span, content: Vec::new(), text: String::new() });
        }
    }

    fn open_link(&mut self, start: usize) {
        if self.stack.iter().any(|f| f.kind == FrameKind::Link) {
            self.error_id(start..self.pos, "markup-link-inside-link", &[]);
            self.top().text.push('[');
            return;
        }
        self.top().flush();
        self.stack.push(Frame {
            kind: FrameKind::Link,
            open: start..self.pos,
            content: Vec::new(),
            text: String::new(),
        });
    }

    fn close_link(&mut self, start: usize) {
        let Some(link_depth) = self.stack.iter().rposition(|f| f.kind == FrameKind::Link) else {
            self.error_id(start..self.pos, "markup-unmatched-close-bracket", &[]);
            self.top().text.push(']');
            return;
        };
        // Bold or italic opened inside the label and not closed: report, keep their text.
        while self.stack.len() > link_depth + 1 {
            self.unclosed_frame();
        }
        let frame = self.stack.pop().expect("the link frame");
        let label_span = frame.open.start..self.pos;
        let label = frame.into_inlines();
        if !self.text[self.pos..].starts_with('(') {
            self.error_id(label_span, "markup-link-without-address", &[]);
            self.top().content.extend(label);
            return;
        }
        let target_start = self.pos + 1;
        let Some(len) = self.text[target_start..].find(')') else {
            let end = self.text[target_start..]
                .find(char::is_whitespace)
                .map_or(self.text.len(), |i| target_start + i);
            self.error_id(self.pos..end, "markup-link-not-closed", &[]);
            self.pos = self.text.len();
            self.top().content.extend(label);
            return;
        };
        let target = &self.text[target_start..target_start + len];
        let target_span = target_start..target_start + len;
        self.pos = target_start + len + 1;
        let whole = label_span.start..self.pos;
        if label.is_empty() {
            self.error_id(whole.clone(), "markup-link-without-label", &[]);
        }
        match self.link_target(target, target_span.clone()) {
            Some(target) => {
                let written = self.text[target_span.clone()].to_owned();
                self.out.links.push((crate::model::plain_text(&label), written, whole.clone()));
                self.top().flush();
                self.top().content.push(Inline::Link { target, content: label });
            }
            None => self.top().content.extend(label),
        }
    }

    fn link_target(&mut self, target: &str, span: Range<usize>) -> Option<LinkTarget> {
        if target.is_empty() {
            self.error_id(span, "markup-link-empty-address", &[]);
            return None;
        }
        if target.chars().any(char::is_whitespace) {
            self.error_id(span, "markup-link-spaces", &[]);
            return None;
        }
        if let Some(anchor) = target.strip_prefix('#') {
            self.out.anchors.push((anchor.to_owned(), span));
            return Some(LinkTarget::Internal(anchor.to_owned()));
        }
        let known = ["https://", "http://", "mailto:"];
        if known.iter().any(|scheme| target.starts_with(scheme))
            && target.len() > target.find(':').unwrap_or(0) + 3
        {
            return Some(LinkTarget::External(target.to_owned()));
        }
        let hint = if target.starts_with("www.") {
            tr!("markup-not-a-link-address.hint-www", target)
        } else {
            tr!("markup-not-a-link-address.hint")
        };
        self.error(span, tr!("markup-not-a-link-address", target), Some(hint));
        None
    }

    fn field(&mut self, start: usize) {
        let Some(len) = self.text[self.pos..].find('}') else {
            self.error_id(start..self.pos, "markup-field-not-closed", &[]);
            self.top().text.push('{');
            return;
        };
        let body = &self.text[self.pos..self.pos + len];
        let span = start..self.pos + len + 1;
        self.pos += len + 1;
        let (name, argument) = match body.split_once(':') {
            Some((name, argument)) => (name.trim(), Some(argument.trim())),
            None => (body.trim(), None),
        };
        let text = match (name, argument) {
            ("municipality", None) => {
                self.out.municipality.get_or_insert(span.clone());
                self.top().flush();
                self.top().content.push(Inline::MunicipalityName);
                return;
            }
            ("date", Some(argument)) => match Date::parse_iso(argument) {
                Ok(date) => date.to_string(),
                Err(reason) => {
                    // The format hint helps only when the format is what is wrong.
                    let hint = (!has_date_shape(argument)).then(|| tr!("markup-invalid-date.hint"));
                    self.error(span, tr!("markup-invalid-date", reason), hint);
                    return;
                }
            },
            ("number", Some(argument)) => match format_number(argument) {
                Some(_) => {
                    self.top().flush();
                    self.top().content.push(Inline::Number(argument.to_owned()));
                    return;
                }
                None => {
                    self.error_id(span, "markup-not-a-number", &[("value", Arg::from(argument))]);
                    return;
                }
            },
            ("municipality", Some(_)) => {
                self.error_id(span, "markup-municipality-value", &[]);
                return;
            }
            ("date", None) => {
                self.error_id(span, "markup-date-needs-value", &[]);
                return;
            }
            ("number", None) => {
                self.error_id(span, "markup-number-needs-value", &[]);
                return;
            }
            _ => {
                let known = ["date", "number", "municipality"];
                // Dutch names staff may reach for first.
                let dutch = match name {
                    "datum" => Some("date"),
                    "getal" | "bedrag" => Some("number"),
                    "gemeente" => Some("municipality"),
                    _ => None,
                };
                let hint = match dutch.or_else(|| crate::input::suggest(name, &known)) {
                    Some(best) => tr!("markup-unknown-placeholder.hint-suggestion", best),
                    None => tr!("markup-unknown-placeholder.hint"),
                };
                self.error(span, tr!("markup-unknown-placeholder", body), Some(hint));
                return;
            }
        };
        self.top().text.push_str(&text);
    }

    /// Reports the innermost open bold/italic/link as unclosed and merges its content down.
    fn unclosed_frame(&mut self) {
        let frame = self.stack.pop().expect("not the root");
        let id = match frame.kind {
            FrameKind::Strong => "markup-unclosed-bold",
            FrameKind::Emphasis => "markup-unclosed-italic",
            // The root frame is never unclosed.
            FrameKind::Link | FrameKind::Root => "markup-unclosed-link",
        };
        self.error_id(frame.open.clone(), id, &[]);
        let inlines = frame.into_inlines();
        self.top().flush();
        self.top().content.extend(inlines);
    }

    fn close_all(&mut self) {
        while self.stack.len() > 1 {
            self.unclosed_frame();
        }
        let root = self.stack.pop().expect("the root frame");
        self.out.content = normalize_spaces(root.into_inlines());
    }
}

/// Inline content as markup again: what [`parse`] reads back as the same content.
pub fn write(inlines: &[Inline]) -> String {
    let mut out = String::new();
    write_into(inlines, &mut out);
    out
}

fn write_into(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => {
                for c in text.chars() {
                    if matches!(c, '*' | '[' | ']' | '{' | '}' | '\\') {
                        out.push('\\');
                    }
                    out.push(c);
                }
            }
            Inline::Strong(inner) => {
                out.push_str("**");
                write_into(inner, out);
                out.push_str("**");
            }
            Inline::Emphasis(inner) => {
                out.push('*');
                write_into(inner, out);
                out.push('*');
            }
            Inline::Link { target, content } => {
                out.push('[');
                write_into(content, out);
                out.push_str("](");
                match target {
                    LinkTarget::External(url) => out.push_str(url),
                    LinkTarget::Internal(anchor) => {
                        out.push('#');
                        out.push_str(anchor);
                    }
                }
                out.push(')');
            }
            Inline::Number(raw) => out.push_str(&format!("{{number:{raw}}}")),
            Inline::MunicipalityName => out.push_str("{municipality}"),
        }
    }
}

/// Whether `text` has the shape YYYY-MM-DD, whatever its numbers: a date that has it but
/// does not exist needs no reminder of the format.
fn has_date_shape(text: &str) -> bool {
    text.len() == 10
        && text
            .bytes()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
}

/// Collapses runs of spaces and trims the ends, as a reader expects from running text.
pub fn normalize_spaces(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut last_was_space = true; // trims the start
    collapse(inlines, &mut out, &mut last_was_space);
    trim_end(&mut out);
    out
}

fn collapse(inlines: Vec<Inline>, out: &mut Vec<Inline>, last_was_space: &mut bool) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => {
                let mut collapsed = String::with_capacity(text.len());
                for c in text.chars() {
                    if c == ' ' {
                        if !*last_was_space {
                            collapsed.push(' ');
                        }
                        *last_was_space = true;
                    } else {
                        collapsed.push(c);
                        *last_was_space = false;
                    }
                }
                if !collapsed.is_empty() {
                    out.push(Inline::Text(collapsed));
                }
            }
            Inline::Strong(inner) => out.push(Inline::Strong(collapse_into(inner, last_was_space))),
            Inline::Emphasis(inner) => out.push(Inline::Emphasis(collapse_into(inner, last_was_space))),
            Inline::Link { target, content } => {
                out.push(Inline::Link { target, content: collapse_into(content, last_was_space) })
            }
            Inline::MunicipalityName | Inline::Number(_) => {
                out.push(inline);
                *last_was_space = false;
            }
        }
    }
}

fn collapse_into(inlines: Vec<Inline>, last_was_space: &mut bool) -> Vec<Inline> {
    let mut out = Vec::new();
    collapse(inlines, &mut out, last_was_space);
    out
}

fn trim_end(inlines: &mut Vec<Inline>) {
    while let Some(last) = inlines.last_mut() {
        match last {
            Inline::Text(text) => {
                let trimmed = text.trim_end_matches(' ').len();
                text.truncate(trimmed);
                if text.is_empty() {
                    inlines.pop();
                    continue;
                }
            }
            Inline::Strong(inner) | Inline::Emphasis(inner) | Inline::Link { content: inner, .. } => {
                trim_end(inner)
            }
            Inline::MunicipalityName | Inline::Number(_) => {}
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    fn ok(input: &str) -> Vec<Inline> {
        let markup = parse(input);
        assert_eq!(markup.errors, vec![], "errors in {input:?}");
        markup.content
    }

    fn first_error(input: &str) -> MarkupError {
        parse(input).errors.into_iter().next().expect("an error")
    }

    #[test]
    fn plain_unicode_text_needs_no_escaping() {
        assert_eq!(
            ok("‘sociale economie’ – 5 € voor één café"),
            vec![text("‘sociale economie’ – 5 € voor één café")]
        );
    }

    #[test]
    fn bold_italic_and_nesting() {
        assert_eq!(
            ok("a **b *c* d** e"),
            vec![
                text("a "),
                Inline::Strong(vec![text("b "), Inline::Emphasis(vec![text("c")]), text(" d")]),
                text(" e")
            ]
        );
        assert_eq!(ok("***x***"), vec![Inline::Strong(vec![Inline::Emphasis(vec![text("x")])])]);
    }

    #[test]
    fn links_external_and_internal() {
        let markup = parse("zie [de site](https://w13.be) en [verder](#capacity-building)");
        assert_eq!(markup.errors, vec![]);
        assert_eq!(
            markup.content[1],
            Inline::Link {
                target: LinkTarget::External("https://w13.be".into()),
                content: vec![text("de site")]
            }
        );
        assert_eq!(markup.anchors, vec![("capacity-building".into(), 42..60)]);
    }

    #[test]
    fn fields_render_dutch_dates_and_numbers() {
        assert_eq!(
            ok("op {date:2023-05-12}: {number:1234.5} €"),
            vec![text("op 12\u{a0}mei 2023: "), Inline::Number("1234.5".into()), text(" €")]
        );
        assert_eq!(crate::model::plain_text(&ok("{number:1234.5} €")), "1.234,5 €");
        let markup = parse("in {municipality}");
        assert_eq!(markup.content, vec![text("in "), Inline::MunicipalityName]);
        assert_eq!(markup.municipality, Some(3..17));
    }

    #[test]
    fn escapes_make_markup_characters_literal() {
        assert_eq!(ok(r"5 \* 3 \[a\] \{b\} \\"), vec![text(r"5 * 3 [a] {b} \")]);
    }

    #[test]
    fn asterisks_between_spaces_are_text() {
        assert_eq!(ok("5 * 3 en 2 ** 4"), vec![text("5 * 3 en 2 ** 4")]);
        assert_eq!(ok("*"), vec![text("*")]);
    }

    #[test]
    fn spaces_are_collapsed_and_trimmed() {
        assert_eq!(ok("  a   **b**  c  "), vec![text("a "), Inline::Strong(vec![text("b")]), text(" c")]);
    }

    #[test]
    fn malformed_markup_is_located() {
        let e = first_error("een **vet woord");
        assert_eq!(
            (e.span, e.message.as_str()),
            (4..6, "`**` zonder einde: de vette tekst wordt nergens afgesloten")
        );
        let e = first_error("zie [hier] voor meer");
        assert_eq!((e.span, e.message.as_str()), (4..10, "een link zonder adres"));
        assert_eq!(first_error("[hier]()").message, "een link zonder adres");
        assert!(first_error("[hier](www.w13.be)").hint.unwrap().contains("https://www.w13.be"));
        // A date of the right shape that does not exist: its reason, and no format hint.
        let e = first_error("{date:2023-02-30}");
        assert!(e.message.starts_with("ongeldige datum: ") && e.message.contains("2023-02-30"), "{e:?}");
        assert_eq!(e.hint, None);
        assert!(first_error("{date:12/05/2023}").hint.unwrap().contains("{date:JJJJ-MM-DD}"));
        assert!(first_error("{datum:2023-02-03}").hint.unwrap().contains("{date…}"));
        assert!(first_error("a ] b").message.contains("zonder bijbehorende"));
        assert!(first_error("**a *b** c*").message.contains("nog open"));
        assert!(first_error("tab\there").message.contains("U+0009"));
        assert!(first_error("a****b").message.contains("sterretjes na elkaar"));
        assert!(first_error("a** **b").message.contains("lege vette tekst"));
        // A bold text closed with one asterisk, or italic with two: one error, at the closer.
        for (text, at, message) in [
            ("**vet* en meer", 5..6, "`*` sluit de vette tekst af, maar die begon met `**`"),
            ("*schuin**, en meer", 7..9, "`**` sluit de cursieve tekst af, maar die begon met `*`"),
        ] {
            let errors = parse(text).errors;
            assert_eq!(errors.len(), 1, "{text}: {errors:?}");
            assert_eq!((errors[0].span.clone(), errors[0].message.as_str()), (at, message), "{text}");
        }
        assert!(parse("**vet *schuin* vet**").errors.is_empty());
        assert!(first_error("a **x").message.contains("zonder einde"));
        assert!(first_error(r"C:\pad").message.contains("backslash"));
    }

    #[test]
    fn every_problem_is_reported() {
        assert_eq!(parse("**a [b] {x} ]").errors.len(), 4);
    }
}
