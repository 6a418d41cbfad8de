//! Which characters the theme's fonts can draw, and the ones neither the body font nor the
//! fallback font has, reported where they are written (file, line:column, JSON path) before
//! anything is built. An emoji pasted from Word would otherwise make every PDF fail to build,
//! with a message from deep inside the PDF writer.

use super::{Fonts, Theme};
use crate::diagnostic::{Diagnostic, Kind, Sources};
use crate::input::decode::JsonPath;
use crate::input::json::{self, Node, Value};
use crate::tr;

/// The character maps of the four faces and of the fallback font.
pub struct Coverage<'a> {
    faces: Vec<rustybuzz::Face<'a>>,
    fallback: Option<rustybuzz::Face<'a>>,
}

impl<'a> Coverage<'a> {
    pub fn new(fonts: &'a Fonts) -> Coverage<'a> {
        let face = |source: &'a super::FontSource| rustybuzz::Face::from_slice(source.bytes(), 0);
        Coverage {
            faces: [&fonts.regular, &fonts.bold, &fonts.italic, &fonts.bold_italic]
                .into_iter()
                .filter_map(face)
                .collect(),
            fallback: face(&fonts.fallback),
        }
    }

    /// Whether `c` is set in the fallback font in text of face `face` (0 regular, 1 bold, 2
    /// italic, 3 bold italic): the face lacks it and the fallback has it. The PDF's layout
    /// makes the same choice glyph by glyph.
    pub fn from_fallback(&self, face: usize, c: char) -> bool {
        !c.is_ascii()
            && !c.is_whitespace()
            && self.faces.get(face).is_some_and(|f| f.glyph_index(c).is_none())
            && self.fallback.as_ref().is_some_and(|f| f.glyph_index(c).is_some())
    }

    /// Whether every face can draw `c`, itself or from the fallback font.
    pub fn drawable(&self, c: char) -> bool {
        c.is_ascii()
            || self.faces.iter().all(|f| f.glyph_index(c).is_some())
            || self.fallback.as_ref().is_some_and(|f| f.glyph_index(c).is_some())
    }
}

/// One error per character the fonts lack, per file, at its first place in that file.
pub fn missing_characters(theme: &Theme, sources: &Sources) -> Vec<Diagnostic> {
    let coverage = Coverage::new(&theme.fonts);
    // U+FFFD stands for bytes of a file that is not UTF-8, an error of its own. Each
    // character is looked up once.
    let mut known = rustc_hash::FxHashMap::default();
    let mut drawable =
        |c: char| c.is_ascii() || c == '\u{FFFD}' || *known.entry(c).or_insert_with(|| coverage.drawable(c));
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
            let name =
                unicode_names2::name(c).map_or_else(|| tr!("theme-character-no-name"), |n| n.to_string());
            let code = format!("{:04X}", u32::from(c));
            let message = match more {
                0 => tr!("theme-cannot-draw", character = c, code, name),
                _ => tr!("theme-cannot-draw-more", character = c, code, name, more),
            };
            let d = Diagnostic::error(Kind::Content, file, message)
                .at(at..at + c.len_utf8())
                .path(path.as_str())
                .hint(tr!("theme-cannot-draw.hint"));
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
