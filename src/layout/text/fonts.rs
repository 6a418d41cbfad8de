//! The four faces of the body font and the fallback font, parsed once, and shaping with them.
//!
//! Shaping uses rustybuzz with kerning on and ligatures off: a ligature glyph would stand for
//! two letters, which text extraction and our hyphenation would then have to split. A
//! character the face lacks (a ✓ pasted from Word) is shaped in the fallback font, and its
//! glyph says so, so that every piece of text, wherever it is set, can draw it.

use rustc_hash::FxHashMap;
use std::sync::RwLock;

use rustybuzz::{Direction, Face, Feature, ShapePlan, UnicodeBuffer, script};

use crate::theme::{FontSource, Fonts as ThemeFonts};

/// Which face of the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum FaceId {
    #[default]
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl FaceId {
    pub fn new(bold: bool, italic: bool) -> FaceId {
        match (bold, italic) {
            (false, false) => FaceId::Regular,
            (true, false) => FaceId::Bold,
            (false, true) => FaceId::Italic,
            (true, true) => FaceId::BoldItalic,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// One parsed face and the metrics layout needs, in font units.
pub struct FontFace {
    pub data: &'static [u8],
    face: Face<'static>,
    /// Compiled once: building a plan is most of the cost of shaping a word.
    plan: ShapePlan,
    pub units_per_em: f64,
    /// Word's line metrics: the Windows ascent and descent (both positive).
    pub ascent: f64,
    pub descent: f64,
}

/// A shaped glyph; lengths in points at the size it was shaped for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    pub id: u16,
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// Byte offset in the shaped text where this glyph's characters start.
    pub cluster: usize,
    /// From the fallback font rather than the face the text was shaped in.
    pub fallback: bool,
}

/// Shaped words of one face and size, looked up by `&str` without allocating.
type Words = FxHashMap<String, Vec<Glyph>>;

pub struct Fonts {
    faces: [FontFace; 4],
    fallback: FontFace,
    /// Shaped words, shared by every version and thread: most text is the same in all
    /// versions, so it is shaped once.
    cache: RwLock<FxHashMap<(FaceId, u64), Words>>,
}

/// Appends the glyphs of `text` (which starts at byte `offset` of the shaped text) in `font`.
fn shape_into(font: &FontFace, fallback: bool, size: f64, text: &str, offset: usize, out: &mut Vec<Glyph>) {
    if text.is_empty() {
        return;
    }
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(Direction::LeftToRight);
    buffer.set_script(script::LATIN);
    let output = rustybuzz::shape_with_plan(&font.face, &font.plan, buffer);
    let scale = size / font.units_per_em;
    out.extend(output.glyph_infos().iter().zip(output.glyph_positions()).map(|(info, position)| Glyph {
        id: info.glyph_id as u16,
        advance: (f64::from(position.x_advance) * scale) as f32,
        x_offset: (f64::from(position.x_offset) * scale) as f32,
        y_offset: (f64::from(position.y_offset) * scale) as f32,
        cluster: offset + info.cluster as usize,
        fallback,
    }));
}

/// Kerning stays on; ligatures are off.
fn features() -> [Feature; 2] {
    [
        Feature::new(rustybuzz::ttf_parser::Tag::from_bytes(b"liga"), 0, ..),
        Feature::new(rustybuzz::ttf_parser::Tag::from_bytes(b"clig"), 0, ..),
    ]
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontError(pub String);

impl Fonts {
    pub fn load(fonts: &ThemeFonts) -> Result<Fonts, FontError> {
        let face = |source: &FontSource| -> Result<FontFace, FontError> {
            let data: &'static [u8] = match source {
                FontSource::Embedded(bytes) => bytes,
                // Read once per run and kept for the whole process.
                FontSource::File { bytes, .. } => Box::leak(bytes.to_vec().into_boxed_slice()),
            };
            let face =
                Face::from_slice(data, 0).ok_or_else(|| FontError(crate::tr!("layout-font-unusable")))?;
            let units_per_em = f64::from(face.units_per_em());
            let tables = face.tables();
            let (ascent, descent) = match tables.os2 {
                Some(os2) => (f64::from(os2.windows_ascender()), f64::from(os2.windows_descender()).abs()),
                None => (f64::from(face.ascender()), f64::from(face.descender()).abs()),
            };
            let plan = ShapePlan::new(&face, Direction::LeftToRight, Some(script::LATIN), None, &features());
            Ok(FontFace { data, face, plan, units_per_em, ascent, descent })
        };
        Ok(Fonts {
            faces: [
                face(&fonts.regular)?,
                face(&fonts.bold)?,
                face(&fonts.italic)?,
                face(&fonts.bold_italic)?,
            ],
            fallback: face(&fonts.fallback)?,
            cache: RwLock::new(FxHashMap::default()),
        })
    }

    pub fn face(&self, id: FaceId) -> &FontFace {
        &self.faces[id.index()]
    }

    /// The font for characters the faces lack.
    pub fn fallback(&self) -> &FontFace {
        &self.fallback
    }

    /// Shapes `text` in one face at `size` points (from the cache when it was shaped before).
    pub fn shape(&self, id: FaceId, size: f64, text: &str) -> Vec<Glyph> {
        let key = (id, size.to_bits());
        if let Some(glyphs) = self
            .cache
            .read()
            .ok()
            .and_then(|cache| cache.get(&key).and_then(|words| words.get(text).cloned()))
        {
            return glyphs;
        }
        let glyphs = self.shape_uncached(id, size, text);
        if let Ok(mut cache) = self.cache.write() {
            cache.entry(key).or_default().insert(text.to_owned(), glyphs.clone());
        }
        glyphs
    }

    /// Shapes `text` in the face, and the characters it lacks in the fallback font.
    fn shape_uncached(&self, id: FaceId, size: f64, text: &str) -> Vec<Glyph> {
        let face = self.face(id);
        let mut glyphs = Vec::with_capacity(text.len());
        let mut start = 0;
        let mut in_fallback = false;
        for (i, c) in text.char_indices() {
            let fallback = self.needs_fallback(face, c);
            if fallback != in_fallback {
                let font = if in_fallback { &self.fallback } else { face };
                shape_into(font, in_fallback, size, &text[start..i], start, &mut glyphs);
                (start, in_fallback) = (i, fallback);
            }
        }
        let font = if in_fallback { &self.fallback } else { face };
        shape_into(font, in_fallback, size, &text[start..], start, &mut glyphs);
        glyphs
    }

    /// Whether `c` is drawn from the fallback font: `face` lacks it and the fallback has it.
    fn needs_fallback(&self, face: &FontFace, c: char) -> bool {
        !c.is_ascii()
            && !c.is_whitespace()
            && face.face.glyph_index(c).is_none()
            && self.fallback.face.glyph_index(c).is_some()
    }

    /// Width of `text` in points.
    pub fn width(&self, id: FaceId, size: f64, text: &str) -> f64 {
        self.shape(id, size, text).iter().map(|g| f64::from(g.advance)).sum()
    }

    /// Height of one line of `size` points at single spacing, as Word computes it.
    pub fn line_height(&self, id: FaceId, size: f64) -> f64 {
        let font = self.face(id);
        (font.ascent + font.descent) / font.units_per_em * size
    }

    /// Distance from the top of a single-spaced line to its baseline.
    pub fn ascent(&self, id: FaceId, size: f64) -> f64 {
        let font = self.face(id);
        font.ascent / font.units_per_em * size
    }
}
