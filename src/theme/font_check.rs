//! A font file checked the way the PDF will use it: a font krilla cannot read ends up as
//! invisible Type 3 text, so a damaged one is a theme error before anything is built.

use crate::tr;

/// Tables the layout and the PDF writer read.
const REQUIRED: [&[u8; 4]; 5] = [b"cmap", b"head", b"hhea", b"hmtx", b"maxp"];

/// Characters every report needs besides printable ASCII (Dutch text, quotes, dashes).
const NEEDED: &str = "–—‘’“”€éëèêïöüàç…•";

/// What is wrong with a font file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NotAFont,
    /// Its table directory is cut off.
    DirectoryCut,
    /// A table (named) runs past the end of the file.
    TableCut(String),
    /// A table the layout or the PDF writer needs is missing.
    TableMissing(String),
    NoOutlines,
    Unusable,
    /// The characters a text font cannot draw.
    LacksCharacters(String),
}

impl Problem {
    /// The problem in a sentence about the font file `file`.
    pub fn message(&self, file: &str) -> String {
        match self {
            Problem::NotAFont => tr!("theme-font-not-a-font", file),
            Problem::DirectoryCut => tr!("theme-font-directory-cut", file),
            Problem::TableCut(table) => tr!("theme-font-table-cut", file, table),
            Problem::TableMissing(table) => tr!("theme-font-table-missing", file, table),
            Problem::NoOutlines => tr!("theme-font-no-outlines", file),
            Problem::Unusable => tr!("theme-font-unusable", file),
            Problem::LacksCharacters(characters) => tr!("theme-font-lacks-characters", file, characters),
        }
    }
}

/// What is wrong with `bytes` as a font; `None` when it is usable. A font for `text` must
/// also draw printable ASCII and the Dutch characters.
pub fn problem(bytes: &[u8], text: bool) -> Option<Problem> {
    let tag = bytes.get(..4)?;
    let directory = match tag {
        [0, 1, 0, 0] | b"OTTO" | b"true" => 0,
        // A collection: its first font.
        b"ttcf" => read_u32(bytes, 12)? as usize,
        _ => return Some(Problem::NotAFont),
    };
    let Some(tables) = tables(bytes, directory) else {
        return Some(Problem::DirectoryCut);
    };
    for (name, offset, length) in &tables {
        if offset.checked_add(*length).is_none_or(|end| end > bytes.len()) {
            return Some(Problem::TableCut(String::from_utf8_lossy(name).trim().to_owned()));
        }
    }
    let has = |name: &[u8; 4]| tables.iter().any(|(n, _, _)| n == name);
    if let Some(missing) = REQUIRED.iter().find(|name| !has(name)) {
        return Some(Problem::TableMissing(String::from_utf8_lossy(*missing).into_owned()));
    }
    let outlines = (has(b"glyf") && has(b"loca")) || has(b"CFF ") || has(b"CFF2");
    if !outlines {
        return Some(Problem::NoOutlines);
    }
    let Some(face) = rustybuzz::Face::from_slice(bytes, 0) else {
        return Some(Problem::Unusable);
    };
    if !text {
        return None;
    }
    let missing: String =
        (' '..='~').chain(NEEDED.chars()).filter(|&c| face.glyph_index(c).is_none()).collect();
    if !missing.is_empty() {
        return Some(Problem::LacksCharacters(missing));
    }
    None
}

fn read_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The table records at `directory`: (tag, offset, length).
fn tables(bytes: &[u8], directory: usize) -> Option<Vec<([u8; 4], usize, usize)>> {
    let count = u16::from_be_bytes(bytes.get(directory + 4..directory + 6)?.try_into().ok()?);
    (0..usize::from(count))
        .map(|i| {
            let record = directory + 12 + 16 * i;
            let tag: [u8; 4] = bytes.get(record..record + 4)?.try_into().ok()?;
            Some((tag, read_u32(bytes, record + 8)? as usize, read_u32(bytes, record + 12)? as usize))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARLITO: &[u8] = include_bytes!("../../fonts/Carlito-Regular.ttf");

    #[test]
    fn carlito_is_usable_and_a_cut_or_fake_font_is_not() {
        assert_eq!(problem(CARLITO, true), None);
        let cut = problem(&CARLITO[..100_000], true).unwrap();
        assert!(matches!(cut, Problem::TableCut(_)), "{cut:?}");
        assert!(cut.message("cut.ttf").starts_with("cut.ttf is beschadigd of onvolledig"), "{cut:?}");
        assert_eq!(problem(b"<html>", false), Some(Problem::NotAFont));
        assert_eq!(Problem::NotAFont.message("a.ttf"), "a.ttf is geen lettertypebestand");
        assert_eq!(problem(&CARLITO[..20], false), Some(Problem::DirectoryCut));
    }
}
