//! Characters the theme's fonts cannot draw, reported where they are written (file,
//! line:column, JSON path) before anything is built. A ✓ or an emoji pasted from Word would
//! otherwise make every PDF fail to build, with a message from deep inside the PDF writer.

use super::Theme;
use crate::diagnostic::{Diagnostic, Kind, Sources};
use crate::input::decode::JsonPath;
use crate::input::json::{self, Node, Value};

/// One error per character the fonts lack, per file, at its first place in that file.
pub fn missing_characters(theme: &Theme, sources: &Sources) -> Vec<Diagnostic> {
    let fonts = &theme.fonts;
    let faces: Vec<rustybuzz::Face<'_>> = [&fonts.regular, &fonts.bold, &fonts.italic, &fonts.bold_italic]
        .into_iter()
        .filter_map(|source| rustybuzz::Face::from_slice(source.bytes(), 0))
        .collect();
    // U+FFFD stands for bytes of a file that is not UTF-8, an error of its own. Each
    // character is looked up once.
    let mut known = rustc_hash::FxHashMap::default();
    let mut drawable = |c: char| {
        c.is_ascii()
            || c == '\u{FFFD}'
            || *known.entry(c).or_insert_with(|| faces.iter().all(|f| f.glyph_index(c).is_some()))
    };
    let mut out = Vec::new();
    for (file, text) in sources.iter() {
        let Ok(root) = json::parse(text) else { continue };
        // The fonts were checked for ASCII when the theme was read.
        // Character → (first place, JSON path, how many more).
        let mut found: Vec<(char, usize, JsonPath, usize)> = Vec::new();
        walk(&root, JsonPath::default(), &mut |node, path, string| {
            for (offset, c) in string.char_indices().filter(|(_, c)| !drawable(*c)) {
                match found.iter_mut().find(|(known, ..)| *known == c) {
                    Some((.., more)) => *more += 1,
                    None => found.push((c, json::source_offset(text, &node.span, offset), path.clone(), 0)),
                }
            }
        });
        for (c, at, path, more) in found {
            let name = unicode_names2::name(c).map_or_else(|| "no name".to_owned(), |n| n.to_string());
            let mut message =
                format!("the report's fonts cannot draw \"{c}\" (U+{:04X} {name})", u32::from(c));
            if more > 0 {
                message.push_str(&format!(
                    ", here and {more} more time{} in this file",
                    if more == 1 { "" } else { "s" }
                ));
            }
            let d = Diagnostic::error(Kind::Content, file, message)
                .at(at..at + c.len_utf8())
                .path(path.as_str())
                .hint("replace it by words or a character the font has (\"ja\" for ✓, \"•\" or \"-\" for a bullet sign), or remove it; symbols pasted from Word often come from a symbol font");
            out.push(d);
        }
    }
    out
}

/// Calls `visit` with every string value under `node` (not the keys), with its path.
fn walk(node: &Node, path: JsonPath, visit: &mut impl FnMut(&Node, &JsonPath, &str)) {
    match &node.value {
        Value::String(string) => visit(node, &path, string),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, path.index(i), visit);
            }
        }
        Value::Object(members) => {
            for member in members {
                walk(&member.value, path.field(&member.key), visit);
            }
        }
        _ => {}
    }
}
