//! Pictures: the bytes of a PNG, JPEG or SVG file as read and checked by the input, with
//! what the writers need to place them (their size) and a hash that stands for their content.

use std::fmt;
use std::sync::Arc;

/// A picture file's content, cheap to clone. Two pictures are equal when their bytes are; its
/// `Debug` shows the content hash, so a changed picture changes the hash of every version that
/// shows it (and only those).
#[derive(Clone)]
pub struct Picture(Arc<PictureData>);

pub struct PictureData {
    pub format: PictureFormat,
    pub bytes: Vec<u8>,
    /// Pixels of a raster image; for an SVG its own size in CSS pixels (96 per inch).
    pub width_px: u32,
    pub height_px: u32,
    /// blake3 of the bytes, in hex.
    pub hash: String,
    /// The file name as given, relative to the input folder (for the DOCX's media part name
    /// and for messages).
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PictureFormat {
    Png,
    Jpeg,
    Svg,
}

impl PictureFormat {
    pub fn extension(self) -> &'static str {
        match self {
            PictureFormat::Png => "png",
            PictureFormat::Jpeg => "jpeg",
            PictureFormat::Svg => "svg",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            PictureFormat::Png => "image/png",
            PictureFormat::Jpeg => "image/jpeg",
            PictureFormat::Svg => "image/svg+xml",
        }
    }
}

impl Picture {
    pub fn new(format: PictureFormat, bytes: Vec<u8>, (width_px, height_px): (u32, u32), name: &str) -> Self {
        let hash = blake3::hash(&bytes).to_hex().to_string();
        Picture(Arc::new(PictureData { format, bytes, width_px, height_px, hash, name: name.to_owned() }))
    }

    /// Height over width.
    pub fn aspect(&self) -> f64 {
        f64::from(self.height_px.max(1)) / f64::from(self.width_px.max(1))
    }
}

impl std::ops::Deref for Picture {
    type Target = PictureData;
    fn deref(&self) -> &PictureData {
        &self.0
    }
}

impl PartialEq for Picture {
    fn eq(&self, other: &Picture) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.hash == other.hash
    }
}

impl fmt::Debug for Picture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Picture({:?} {} {}x{} {})",
            self.name,
            self.format.extension(),
            self.width_px,
            self.height_px,
            self.hash
        )
    }
}

/// How wide a figure is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FigureWidth {
    /// The whole text width.
    Full,
    /// This part of the text width (0 < f ≤ 1).
    Fraction(f64),
    /// Millimetres, never more than the text width.
    Mm(f64),
}

impl FigureWidth {
    /// The width in the unit of `text_width`.
    pub fn resolve(self, text_width: f64, mm: f64) -> f64 {
        match self {
            FigureWidth::Full => text_width,
            FigureWidth::Fraction(f) => text_width * f.clamp(0.01, 1.0),
            FigureWidth::Mm(w) => (w * mm).min(text_width),
        }
    }
}

/// A picture in the text: its description for who cannot see it, an optional numbered
/// caption ("Figuur 1. …") under it, and its width.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub picture: Picture,
    /// What the picture shows, for screen readers; `None` for a decorative picture.
    pub alt: Option<String>,
    pub caption: Option<Vec<super::Inline>>,
    pub width: FigureWidth,
}
