//! A font file checked the way the PDF will use it: a font krilla cannot read ends up as
//! invisible Type 3 text, so a damaged one is a theme error before anything is built.

/// Tables the layout and the PDF writer read.
const REQUIRED: [&[u8; 4]; 5] = [b"cmap", b"head", b"hhea", b"hmtx", b"maxp"];

/// Characters every report needs besides printable ASCII (Dutch text, quotes, dashes).
const NEEDED: &str = "–—‘’“”€éëèêïöüàç…•";

/// What is wrong with `bytes` as a font, in a sentence; `None` when it is usable. A font for
/// `text` must also draw printable ASCII and the Dutch characters.
pub fn problem(bytes: &[u8], text: bool) -> Option<String> {
    let tag = bytes.get(..4)?;
    let directory = match tag {
        [0, 1, 0, 0] | b"OTTO" | b"true" => 0,
        // A collection: its first font.
        b"ttcf" => read_u32(bytes, 12)? as usize,
        _ => return Some("is not a font file".into()),
    };
    let Some(tables) = tables(bytes, directory) else {
        return Some("is damaged: its table directory is cut off".into());
    };
    for (name, offset, length) in &tables {
        if offset.checked_add(*length).is_none_or(|end| end > bytes.len()) {
            let name = String::from_utf8_lossy(name);
            return Some(format!(
                "is damaged or incomplete: its \"{}\" table runs past the end of the file",
                name.trim()
            ));
        }
    }
    let has = |name: &[u8; 4]| tables.iter().any(|(n, _, _)| n == name);
    if let Some(missing) = REQUIRED.iter().find(|name| !has(name)) {
        return Some(format!("lacks its \"{}\" table", String::from_utf8_lossy(*missing)));
    }
    let outlines = (has(b"glyf") && has(b"loca")) || has(b"CFF ") || has(b"CFF2");
    if !outlines {
        return Some("has no glyph outlines (no glyf or CFF table)".into());
    }
    let Some(face) = rustybuzz::Face::from_slice(bytes, 0) else {
        return Some("cannot be read as a TrueType/OpenType font".into());
    };
    if !text {
        return None;
    }
    let missing: String =
        (' '..='~').chain(NEEDED.chars()).filter(|&c| face.glyph_index(c).is_none()).collect();
    if !missing.is_empty() {
        return Some(format!("cannot draw characters the report uses: {missing}"));
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
        assert!(cut.starts_with("is damaged or incomplete"), "{cut}");
        assert_eq!(problem(b"<html>", false).as_deref(), Some("is not a font file"));
        assert!(problem(&CARLITO[..20], false).unwrap().contains("table directory"));
    }
}
