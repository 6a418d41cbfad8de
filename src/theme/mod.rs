//! The look of the report — page, fonts, sizes, colours, spacing, Dutch labels — read from a
//! theme file in `templates/`. Both writers take it from here, so the DOCX styles and the
//! PDF layout mean the same thing by "heading 2".
//!
//! The default theme, `templates/w13.json`, and the Carlito fonts it names are compiled into
//! the binary, so the tool works from any folder; `--theme FILE` reads another one.

mod load;

use std::path::PathBuf;

use crate::model::{Report, Variant};

pub use load::{DEFAULT_THEME_FILE, load_default, load_file};

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    pub page: Page,
    pub fonts: Fonts,
    pub styles: Styles,
    pub table: TableLook,
    pub list_indent_mm: f64,
    pub labels: Labels,
}

/// Page geometry in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Page {
    pub width_mm: f64,
    pub height_mm: f64,
    pub margin_top_mm: f64,
    pub margin_bottom_mm: f64,
    pub margin_left_mm: f64,
    pub margin_right_mm: f64,
    /// Distance from the top edge to the running header.
    pub header_mm: f64,
    /// Distance from the bottom edge to the footer.
    pub footer_mm: f64,
}

impl Page {
    pub fn text_width_mm(&self) -> f64 {
        self.width_mm - self.margin_left_mm - self.margin_right_mm
    }
}

/// The font the DOCX names (the reader's) and the files the PDF embeds (its metric twin).
#[derive(Debug, Clone, PartialEq)]
pub struct Fonts {
    pub docx_family: String,
    pub regular: FontSource,
    pub bold: FontSource,
    pub italic: FontSource,
    pub bold_italic: FontSource,
}

#[derive(Clone, PartialEq)]
pub enum FontSource {
    /// Compiled into the binary (the default theme's Carlito).
    Embedded(&'static [u8]),
    /// A font file named by a theme file.
    File(PathBuf),
}

/// Shows the size, not the bytes: themes are hashed through their `Debug` form.
impl std::fmt::Debug for FontSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FontSource::Embedded(bytes) => write!(f, "Embedded({} bytes)", bytes.len()),
            FontSource::File(path) => write!(f, "File({})", path.display()),
        }
    }
}

/// One paragraph style. Sizes in points; `line_spacing` is a multiple of single spacing.
#[derive(Debug, Clone, PartialEq)]
pub struct TextStyle {
    pub size_pt: f64,
    pub bold: bool,
    pub italic: bool,
    /// `RRGGBB`, without `#`.
    pub color: String,
    pub space_before_pt: f64,
    pub space_after_pt: f64,
    pub line_spacing: f64,
    pub justify: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Styles {
    pub body: TextStyle,
    pub title: TextStyle,
    pub subtitle: TextStyle,
    /// Heading levels 1 (section titles) to 3.
    pub headings: [TextStyle; 3],
    pub caption: TextStyle,
    pub table: TextStyle,
    pub header_footer: TextStyle,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableLook {
    /// `RRGGBB` of header cells.
    pub header_fill: String,
    pub border_color: String,
    pub cell_padding_mm: f64,
}

/// Words the report prints that are not content. `{page}`, `{pages}` and `{municipality}`
/// are filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    pub contents: String,
    pub page_x_of_y: String,
    pub board_version: String,
    pub municipality_version: String,
    pub in_your_municipality: String,
    pub table: String,
}

impl Labels {
    /// "Versie voor het bestuur" or "Versie gemeente Zwevegem".
    pub fn version(&self, report: &Report) -> String {
        match &report.variant {
            Some(Variant::Municipality(id)) => {
                let name = report
                    .municipalities
                    .iter()
                    .find(|m| &m.id == id)
                    .map_or(id.as_str(), |m| m.name.as_str());
                self.municipality_version.replace("{municipality}", name)
            }
            _ => self.board_version.clone(),
        }
    }

    /// The running header of every page but the cover: "Jaarverslag 2023 — Versie …".
    pub fn running_header(&self, report: &Report) -> String {
        format!("{} — {}", report.meta.subtitle, self.version(report))
    }
}
