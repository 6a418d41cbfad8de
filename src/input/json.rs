//! A JSON reader that remembers where every value is.
//!
//! serde_json tells the line of a syntax error but forgets positions once a file is parsed,
//! and we need them for every later problem ("this municipality id is unknown", at line
//! 41, column 17). The reader is strict RFC 8259 JSON; its errors name the usual slips
//! (trailing comma, single quotes, comments, a missing comma) and say how to fix them.

use std::ops::Range;

use crate::{i18n, tr};

/// A JSON value with the byte range it occupies in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub span: Range<usize>,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number as written; it is converted where its meaning is known.
    Number(String),
    String(String),
    Array(Vec<Node>),
    Object(Vec<Member>),
}

/// One `"key": value` pair of an object, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub key: String,
    pub key_span: Range<usize>,
    pub value: Node,
}

impl Value {
    /// How the value is called in messages: "a string", "an array"…
    pub fn describe(&self) -> String {
        match self {
            Value::Null => tr!("json-null"),
            Value::Bool(_) => tr!("json-bool"),
            Value::Number(_) => tr!("json-number"),
            Value::String(_) => tr!("json-string"),
            Value::Array(_) => tr!("json-array"),
            Value::Object(_) => tr!("json-object"),
        }
    }
}

/// A syntax error: where, what, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Range<usize>,
    pub message: String,
    pub hint: Option<String>,
}

/// Nesting deeper than this is refused rather than risking the stack.
pub const MAX_DEPTH: usize = 64;

pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    // A byte order mark, as some Windows editors write, is not part of the JSON.
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut parser = Parser { text, bytes: text.as_bytes(), pos: start, depth: 0, array_item: false };
    parser.skip_whitespace()?;
    if parser.pos == text.len() {
        return Err(SyntaxError {
            span: 0..0,
            message: tr!("json-empty"),
            hint: Some(tr!("json-empty.hint")),
        });
    }
    let node = parser.value()?;
    parser.skip_whitespace()?;
    if parser.pos < text.len() {
        return Err(parser.error("json-text-after-end"));
    }
    Ok(node)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    /// The value being read is an item of an array, where `1,5` is two numbers.
    array_item: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The span of the character at the current position (empty at the end of the file).
    fn here(&self) -> Range<usize> {
        let len = self.text[self.pos..].chars().next().map_or(0, char::len_utf8);
        self.pos..self.pos + len
    }

    /// Text that goes on after a string on the same line ("zei "hallo" tegen"): a quote
    /// inside the text ended it early. `text_end` is where the string that came before ended.
    fn quote_inside_text(&self, text_end: Option<usize>) -> Option<SyntaxError> {
        let end = text_end?;
        let between = &self.text[end..self.pos];
        let goes_on = self.text[self.pos..].chars().next().is_some_and(char::is_alphanumeric);
        (goes_on && !between.contains('\n')).then(|| SyntaxError {
            span: end - 1..end,
            message: tr!("json-quote-inside-text"),
            hint: Some(tr!("json-quote-inside-text.hint")),
        })
    }

    fn error_here(&self, message: String, hint: Option<String>) -> SyntaxError {
        SyntaxError { span: self.here(), message, hint }
    }

    /// The error of catalogue message `id`, with its hint, at the current position.
    fn error(&self, id: &str) -> SyntaxError {
        let hint = format!("{id}.hint");
        self.error_here(i18n::text(id, &[]), Some(i18n::text(&hint, &[])))
    }

    fn skip_whitespace(&mut self) -> Result<(), SyntaxError> {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.pos += 1,
                b'/' if matches!(self.bytes.get(self.pos + 1), Some(b'/' | b'*')) => {
                    return Err(SyntaxError {
                        span: self.pos..self.pos + 2,
                        message: tr!("json-comment"),
                        hint: Some(tr!("json-comment.hint")),
                    });
                }
                _ => break,
            }
        }
        Ok(())
    }

    fn value(&mut self) -> Result<Node, SyntaxError> {
        let start = self.pos;
        let array_item = std::mem::take(&mut self.array_item);
        let value = match self.peek() {
            None => {
                return Err(self.error("json-ends-in-value"));
            }
            Some(b'{') => self.nested(Self::object)?,
            Some(b'[') => self.nested(Self::array)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number(array_item)?),
            Some(b'\'') => {
                return Err(self.error("json-single-quotes"));
            }
            Some(_) if self.text[self.pos..].starts_with(['“', '”', '„']) => {
                return Err(self.error("json-curly-quotes"));
            }
            Some(b'}' | b']') => {
                return Err(self.error("json-value-missing"));
            }
            Some(_) => self.word()?,
        };
        Ok(Node { span: start..self.pos, value })
    }

    fn nested(&mut self, f: fn(&mut Self) -> Result<Value, SyntaxError>) -> Result<Value, SyntaxError> {
        if self.depth >= MAX_DEPTH {
            return Err(
                self.error_here(tr!("json-too-deep"), Some(tr!("json-too-deep.hint", depth = MAX_DEPTH)))
            );
        }
        self.depth += 1;
        let value = f(self);
        self.depth -= 1;
        value
    }

    fn word(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
            self.pos += 1;
        }
        let word = &self.text[start..self.pos];
        match word {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            "null" => Ok(Value::Null),
            "" => {
                self.pos = start;
                Err(self.error_here(tr!("json-value-expected"), None))
            }
            _ => Err(SyntaxError {
                span: start..self.pos,
                message: tr!("json-not-a-value", word),
                hint: Some(tr!("json-not-a-value.hint")),
            }),
        }
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.pos += 1; // `{`
        let mut members: Vec<Member> = Vec::new();
        self.skip_whitespace()?;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace()?;
            let key_start = self.pos;
            let key = match self.peek() {
                Some(b'"') => self.string()?,
                Some(b'}') => {
                    return Err(self.trailing_comma_error());
                }
                Some(b'\'') => {
                    return Err(self.error("json-key-single-quotes"));
                }
                None => return Err(self.unexpected_end("}")),
                Some(_) if self.text[self.pos..].starts_with(['“', '”', '„']) => {
                    return Err(self.error("json-key-curly-quotes"));
                }
                Some(b'{' | b'[') => {
                    return Err(self.error("json-key-expected-object"));
                }
                Some(_) => {
                    return Err(self.error("json-key-expected"));
                }
            };
            let key_span = key_start..self.pos;
            self.skip_whitespace()?;
            if self.peek() != Some(b':') {
                return Err(self.error_here(
                    tr!("json-colon-expected", key = &key),
                    Some(tr!("json-colon-expected.hint")),
                ));
            }
            self.pos += 1;
            self.skip_whitespace()?;
            let value = self.value()?;
            let text_end = matches!(value.value, Value::String(_)).then_some(value.span.end);
            members.push(Member { key, key_span, value });
            self.skip_whitespace()?;
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.double_comma()?;
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                None => return Err(self.unexpected_end("}")),
                Some(b'"') => {
                    return Err(self.error("json-comma-between-fields"));
                }
                Some(b'{' | b'[') => {
                    return Err(self.error("json-after-field-object"));
                }
                Some(_) => {
                    return Err(self
                        .quote_inside_text(text_end)
                        .unwrap_or_else(|| self.error_here(tr!("json-after-field"), None)));
                }
            }
        }
    }

    fn array(&mut self) -> Result<Value, SyntaxError> {
        self.pos += 1; // `[`
        let mut items = Vec::new();
        self.skip_whitespace()?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace()?;
            if self.peek() == Some(b']') {
                return Err(self.trailing_comma_error());
            }
            self.array_item = true;
            let item = self.value()?;
            let text_end = matches!(item.value, Value::String(_)).then_some(item.span.end);
            items.push(item);
            self.skip_whitespace()?;
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.double_comma()?;
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err(self.unexpected_end("]")),
                Some(b'"' | b'{' | b'[') => {
                    return Err(self.error("json-comma-between-items"));
                }
                Some(b'}') => {
                    return Err(self.error("json-after-item-brace"));
                }
                Some(_) => {
                    return Err(self
                        .quote_inside_text(text_end)
                        .unwrap_or_else(|| self.error_here(tr!("json-after-item"), None)));
                }
            }
        }
    }

    fn double_comma(&mut self) -> Result<(), SyntaxError> {
        self.skip_whitespace()?;
        if self.peek() == Some(b',') {
            return Err(self.error("json-double-comma"));
        }
        Ok(())
    }

    /// Called on the closing bracket that follows a comma; points at the comma.
    fn trailing_comma_error(&self) -> SyntaxError {
        let comma = self.text[..self.pos].rfind(',').unwrap_or(self.pos);
        let closer = if self.peek() == Some(b'}') { '}' } else { ']' };
        SyntaxError {
            span: comma..comma + 1,
            message: tr!("json-trailing-comma", closer),
            hint: Some(tr!("json-trailing-comma.hint")),
        }
    }

    fn unexpected_end(&self, closer: &str) -> SyntaxError {
        SyntaxError {
            span: self.pos..self.pos,
            message: tr!("json-unexpected-end", closer),
            hint: Some(tr!("json-unexpected-end.hint", closer)),
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let Some(c) = rest.chars().next() else {
                return Err(self.unterminated(start));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\n' | '\r' => return Err(self.unterminated(start)),
                '\\' => out.push(self.escape()?),
                c if (c as u32) < 0x20 => {
                    return Err(self.error("json-control-character"));
                }
                c => {
                    out.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
    }

    fn unterminated(&self, start: usize) -> SyntaxError {
        let line_end = self.text[start..].find(['\n', '\r']).map_or(self.text.len(), |i| start + i);
        SyntaxError {
            span: start..line_end,
            message: tr!("json-unterminated"),
            hint: Some(tr!("json-unterminated.hint")),
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let start = self.pos;
        self.pos += 1; // backslash
        let bad = |p: &Self| SyntaxError {
            span: start..(p.pos + p.here().len()).min(p.text.len()),
            message: tr!("json-bad-escape"),
            hint: Some(tr!("json-bad-escape.hint")),
        };
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode_escape(start);
            }
            Some(c @ (b'*' | b'[' | b']' | b'{' | b'}')) => {
                let c = c as char;
                return Err(SyntaxError {
                    span: start..self.pos + 1,
                    message: tr!("json-markup-escape", char = c),
                    hint: Some(tr!("json-markup-escape.hint", char = c)),
                });
            }
            _ => return Err(bad(self)),
        };
        self.pos += 1;
        Ok(c)
    }

    fn unicode_escape(&mut self, start: usize) -> Result<char, SyntaxError> {
        let first = self.hex4(start)?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.text[self.pos..].starts_with("\\u") {
                self.pos += 2;
                let second = self.hex4(start)?;
                if !(0xDC00..0xE000).contains(&second) {
                    return Err(self.bad_unicode(start));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            } else {
                return Err(self.bad_unicode(start));
            }
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.bad_unicode(start))
    }

    fn hex4(&mut self, start: usize) -> Result<u32, SyntaxError> {
        let digits =
            self.text.get(self.pos..self.pos + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(digits) = digits else {
            return Err(self.bad_unicode(start));
        };
        self.pos += 4;
        Ok(u32::from_str_radix(digits, 16).unwrap_or(0xFFFD))
    }

    fn bad_unicode(&self, start: usize) -> SyntaxError {
        SyntaxError {
            span: start..self.pos.max(start + 2).min(self.text.len()),
            message: tr!("json-bad-unicode"),
            hint: Some(tr!("json-bad-unicode.hint")),
        }
    }

    /// A number; outside an array, digits after a comma mean a Dutch decimal comma ("width":
    /// 1,5), which is reported as such.
    fn number(&mut self, array_item: bool) -> Result<String, SyntaxError> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let from = p.pos;
            while p.peek().is_some_and(|b| b.is_ascii_digit()) {
                p.pos += 1;
            }
            p.pos - from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        let int_digits = digits(self);
        let leading_zero = int_digits > 1 && self.bytes[int_start] == b'0';
        let mut ok = int_digits > 0 && !leading_zero;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            ok &= digits(self) > 0;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            ok &= digits(self) > 0;
        }
        if self.peek().is_some_and(|b| {
            b.is_ascii_alphanumeric()
                || !array_item && b == b',' && self.bytes.get(self.pos + 1).is_some_and(u8::is_ascii_digit)
        }) {
            ok = false;
            while self.peek().is_some_and(|b| b.is_ascii_alphanumeric()) {
                self.pos += 1;
            }
        }
        if !ok {
            return Err(SyntaxError {
                span: start..self.pos.max(start + 1),
                message: tr!("json-bad-number"),
                hint: Some(tr!("json-bad-number.hint")),
            });
        }
        Ok(self.text[start..self.pos].to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> SyntaxError {
        parse(text).expect_err("should not parse")
    }

    #[test]
    fn parses_objects_with_spans() {
        let text = r#"{"a": [1, "é", true, null], "b": {}}"#;
        let node = parse(text).unwrap();
        let Value::Object(members) = &node.value else { panic!() };
        assert_eq!(members[0].key, "a");
        assert_eq!(&text[members[0].key_span.clone()], "\"a\"");
        let Value::Array(items) = &members[0].value.value else { panic!() };
        assert_eq!(&text[items[1].span.clone()], "\"é\"");
        assert_eq!(items[1].value, Value::String("é".into()));
    }

    #[test]
    fn decodes_escapes_including_surrogate_pairs() {
        let node = parse(r#""a\n\u00e9\ud83d\ude00\\""#).unwrap();
        assert_eq!(node.value, Value::String("a\né😀\\".into()));
    }

    #[test]
    fn trailing_comma_points_at_the_comma() {
        let text = "{\"a\": 1,\n}";
        let e = error(text);
        assert!(e.message.contains("komma te veel"));
        assert_eq!(e.span, 7..8);
        assert_eq!(error("[1, 2, ]").span, 5..6);
    }

    #[test]
    fn unterminated_string_is_named() {
        let e = error("{\"a\": \"text\n}");
        assert_eq!(e.message, "deze tekst is niet afgesloten");
        assert_eq!(e.span, 6..11);
    }

    #[test]
    fn usual_slips_get_hints() {
        assert!(error("{'a': 1}").message.contains("dubbele aanhalingstekens"));
        assert!(error("{\"a\": 1 // note\n}").message.contains("commentaar"));
        assert!(error("{\"a\": 1\n \"b\": 2}").message.contains("ontbreekt een komma"));
        assert!(error("{\"a\": tekst}").hint.unwrap().contains("dubbele aanhalingstekens"));
        assert!(error("{\"a\": 1,5}").message.contains("getal"));
        // In a list, 1,5 is two numbers: compact JSON such as [30,30,100] is valid.
        let list = parse("{\"a\": [30,30,100], \"b\": [[1,2],[3]]}").unwrap();
        let Value::Object(members) = &list.value else { panic!() };
        assert!(matches!(&members[0].value.value, Value::Array(items) if items.len() == 3));
        assert_eq!(error("   ").message, "het bestand is leeg");
        assert!(error("{\"a\": [1, 2}").message.contains("hoort een `,` of een `]`"));
        assert!(error("{\"a\": 1").message.contains("houdt op voor"));
    }

    #[test]
    fn deep_nesting_is_refused_without_overflow() {
        let text = "[".repeat(100_000);
        assert!(error(&text).message.contains("te diep genest"));
    }
}

/// Maps a byte offset in a decoded string to the byte offset in the file, given the
/// string's span in the file (quotes included). Escapes make the two differ.
pub fn source_offset(text: &str, string_span: &Range<usize>, decoded_offset: usize) -> usize {
    let raw_start = string_span.start + 1;
    let raw_end = string_span.end.saturating_sub(1).max(raw_start);
    let Some(raw) = text.get(raw_start..raw_end) else {
        return string_span.start;
    };
    let mut decoded = 0;
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if decoded >= decoded_offset {
            return raw_start + i;
        }
        if c != '\\' {
            decoded += c.len_utf8();
            continue;
        }
        let Some((_, escaped)) = chars.next() else {
            break;
        };
        if escaped != 'u' {
            decoded += 1;
            continue;
        }
        let hex: String = (0..4).filter_map(|_| chars.next().map(|(_, c)| c)).collect();
        let code = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
        if (0xD800..0xDC00).contains(&code) {
            for _ in 0..6 {
                chars.next();
            }
            decoded += 4;
        } else {
            decoded += char::from_u32(code).map_or(3, char::len_utf8);
        }
    }
    raw_start + raw.len()
}

#[cfg(test)]
mod source_offset_tests {
    use super::*;

    #[test]
    fn offsets_account_for_escapes() {
        let text = r#"  "a\"b\u00e9c""#;
        let span = 2..text.len();
        let node = parse(&text[2..]).unwrap();
        let Value::String(decoded) = node.value else { panic!() };
        let c = decoded.find('c').unwrap();
        assert_eq!(&text[source_offset(text, &span, c)..][..1], "c");
        assert_eq!(&text[source_offset(text, &span, 0)..][..1], "a");
    }
}
