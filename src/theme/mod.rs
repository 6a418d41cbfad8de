//! The look of the report — page, fonts, sizes, colours, spacing, Dutch labels — read from a
//! theme file in `templates/`. Both writers take it from here, so the DOCX styles and the
//! PDF layout mean the same thing by "heading 2".
//!
//! The default theme, `templates/w13.json`, and the Carlito fonts it names are compiled into
//! the binary, so the tool works from any folder; `--theme FILE` reads another one.

mod coverage;
mod font_check;
mod load;

use std::path::PathBuf;

use crate::model::{Report, Variant};

pub use coverage::{Coverage, missing_characters};
pub use load::{DEFAULT_THEME_FILE, load_default, load_file};

/// Every look either writer uses: the DOCX translates it into styles and numbering, the
/// layout into boxes and glyphs. Neither writer has a size, spacing or colour of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    pub page: Page,
    pub fonts: Fonts,
    pub styles: Styles,
    pub links: LinkLook,
    pub toc: TocLook,
    pub table: TableLook,
    pub lists: ListLook,
    pub running: Running,
    pub labels: Labels,
    /// The organisation's logo on the cover, and in the running header if the theme says so.
    pub logo: Option<Logo>,
    pub charts: ChartLook,
}

/// How charts and key figures look.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLook {
    /// One colour per series (per slice of a pie), in order; they differ in lightness, so a
    /// reader who cannot tell hues apart still tells the series apart.
    pub colors: Vec<Color>,
    /// Axes, ticks and the outline of bars and slices.
    pub axis_color: Color,
    pub grid_color: Color,
    pub height_mm: f64,
    /// The background of a key figure's box.
    pub key_figure_fill: Color,
}

impl ChartLook {
    /// The colour of series `i` (the palette repeats past its end).
    pub fn color(&self, i: usize) -> Color {
        self.colors[i % self.colors.len()]
    }

    /// The colour of words on `fill`: white on a dark colour, the axis colour on a light one.
    pub fn ink_on(&self, fill: Color) -> Color {
        if lightness(fill) < 55.0 { Color([255, 255, 255]) } else { self.axis_color }
    }
}

/// CIE L*: how light a colour looks, from 0 (black) to 100 (white).
pub fn lightness(color: Color) -> f64 {
    let y = relative_luminance(color);
    if y > 216.0 / 24389.0 { 116.0 * y.cbrt() - 16.0 } else { y * 24389.0 / 27.0 }
}

/// WCAG 2.1's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
pub fn contrast_ratio(a: Color, b: Color) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The contrast WCAG 2.1 AA asks of text against its background: 4.5:1, or 3:1 for large
/// text (18 pt, or 14 pt bold).
pub fn required_contrast(size_pt: f64, bold: bool) -> f64 {
    if size_pt >= 18.0 || (bold && size_pt >= 14.0) { 3.0 } else { 4.5 }
}

/// WCAG's relative luminance of an sRGB colour.
pub fn relative_luminance(color: Color) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    let [r, g, b] = color.0;
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// A logo: its picture, what it says for who cannot see it, its width on the cover.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    pub picture: crate::model::Picture,
    pub alt: String,
    pub width_mm: f64,
    /// Its height in the running header of every page but the cover; `None`: not there.
    pub header_height_mm: Option<f64>,
}

/// An sRGB colour, parsed once from the theme's `#RRGGBB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color(pub [u8; 3]);

impl Color {
    pub const BLACK: Color = Color([0, 0, 0]);
    pub const WHITE: Color = Color([255, 255, 255]);

    /// `RRGGBB`, as WordprocessingML writes colours.
    pub fn hex(self) -> String {
        let [r, g, b] = self.0;
        format!("{r:02X}{g:02X}{b:02X}")
    }
}

/// Horizontal placement of a line of furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HAlign {
    Left,
    Center,
    Right,
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

    pub fn text_height_mm(&self) -> f64 {
        self.height_mm - self.margin_top_mm - self.margin_bottom_mm
    }
}

/// The font the DOCX names (the reader's) and the files the PDF embeds (its metric twin),
/// and the font for characters the body font lacks (✓, ☎, arrows) in both writers.
#[derive(Debug, Clone, PartialEq)]
pub struct Fonts {
    pub docx_family: String,
    pub regular: FontSource,
    pub bold: FontSource,
    pub italic: FontSource,
    pub bold_italic: FontSource,
    pub fallback_docx_family: String,
    pub fallback: FontSource,
}

#[derive(Clone, PartialEq)]
pub enum FontSource {
    /// Compiled into the binary (the default theme's Carlito).
    Embedded(&'static [u8]),
    /// A font file named by a theme file, read (and checked) when the theme was read.
    File { path: PathBuf, bytes: std::sync::Arc<[u8]> },
}

impl FontSource {
    pub fn bytes(&self) -> &[u8] {
        match self {
            FontSource::Embedded(bytes) => bytes,
            FontSource::File { bytes, .. } => bytes,
        }
    }
}

/// Shows the size, not the bytes: themes are hashed through their `Debug` form.
impl std::fmt::Debug for FontSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FontSource::Embedded(bytes) => write!(f, "Embedded({} bytes)", bytes.len()),
            FontSource::File { path, bytes } => write!(f, "File({}, {} bytes)", path.display(), bytes.len()),
        }
    }
}

/// One paragraph style. Sizes in points; `line_spacing` is a multiple of single spacing.
#[derive(Debug, Clone, PartialEq)]
pub struct TextStyle {
    pub size_pt: f64,
    pub bold: bool,
    pub italic: bool,
    pub color: Color,
    pub space_before_pt: f64,
    pub space_after_pt: f64,
    pub line_spacing: f64,
    pub justify: bool,
    /// Left indent of the paragraph (TOC levels).
    pub indent_mm: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Styles {
    pub body: TextStyle,
    pub title: TextStyle,
    pub subtitle: TextStyle,
    /// The cover's lines under the subtitle: organisation, version, date.
    pub cover_detail: TextStyle,
    /// Heading levels 1 (section titles) to 3.
    pub headings: [TextStyle; 3],
    /// Table-of-contents entries by level (the overview's entries are level 2).
    pub toc: [TextStyle; 3],
    /// List items (their indent comes from [`ListLook`]).
    pub list: TextStyle,
    pub caption: TextStyle,
    pub table: TextStyle,
    pub table_header: TextStyle,
    pub header_footer: TextStyle,
    /// The words in a chart: axis labels, values, legend.
    pub chart: TextStyle,
    /// A key figure's number, and its label under it.
    pub key_figure: TextStyle,
    pub key_figure_label: TextStyle,
}

impl Styles {
    /// The room after a list's last item: what a paragraph leaves after itself, so the text
    /// that follows a list is as far from it as from a paragraph (between items it is
    /// `list.space_after_pt`).
    pub fn list_end_space_pt(&self) -> f64 {
        self.list.space_after_pt.max(self.body.space_after_pt)
    }
}

/// How links look in running text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkLook {
    pub color: Color,
    pub underline: bool,
}

/// Table-of-contents entries (their text styles are `Styles::toc`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TocLook {
    /// Room kept free at the right of an entry's text for the dot leader and page number.
    pub number_room_mm: f64,
}

/// Tables: horizontal rules (above the header, under every row), a filled header row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TableLook {
    pub header_fill: Color,
    pub rule_color: Color,
    pub rule_width_pt: f64,
    /// Left and right padding of a cell; top and bottom get half.
    pub cell_padding_mm: f64,
    /// Room between a table and what follows.
    pub space_after_pt: f64,
}

impl TableLook {
    /// The left and right padding of a table's cells, in points: the theme's, but never so
    /// much that less than two thirds of the narrowest column (`narrowest`, points) is left.
    pub fn cell_padding_pt(&self, narrowest: f64) -> f64 {
        (self.cell_padding_mm * 72.0 / 25.4).min(narrowest / 6.0)
    }
}

/// List indents and labels by depth (0–2).
#[derive(Debug, Clone, PartialEq)]
pub struct ListLook {
    /// The indent of each level, and the room the label hangs in.
    pub indent_mm: f64,
    pub bullets: [String; 3],
    pub numbers: [NumberFormat; 3],
}

/// A list number's look, written in the theme as a sample: "1.", "a)", "(i)", "A.".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberFormat {
    pub prefix: String,
    pub style: NumberStyle,
    pub suffix: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    Decimal,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
}

impl NumberFormat {
    /// The label of item `n` (from 1).
    pub fn label(&self, n: usize) -> String {
        let number = match self.style {
            NumberStyle::Decimal => n.to_string(),
            NumberStyle::LowerLetter => letters(n),
            NumberStyle::UpperLetter => letters(n).to_ascii_uppercase(),
            NumberStyle::LowerRoman => roman(n),
            NumberStyle::UpperRoman => roman(n).to_ascii_uppercase(),
        };
        format!("{}{number}{}", self.prefix, self.suffix)
    }
}

/// a … z, aa … zz, as Word counts letters.
fn letters(n: usize) -> String {
    let n = n.max(1) - 1;
    let letter = (b'a' + (n % 26) as u8) as char;
    std::iter::repeat_n(letter, n / 26 + 1).collect()
}

fn roman(mut n: usize) -> String {
    const DIGITS: [(usize, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (value, digits) in DIGITS {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// The running header and footer, on every page but the cover.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Running {
    pub header_align: HAlign,
    pub footer_align: HAlign,
}

/// Words the report prints that are not content. `{page}`, `{pages}` and `{municipality}`
/// are filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    pub contents: String,
    pub page_x_of_y: String,
    /// With `{subtitle}` and `{version}`.
    pub running_header: String,
    pub board_version: String,
    pub municipality_version: String,
    pub in_your_municipality: String,
    /// The heading above the introduction.
    pub introduction: String,
    pub table: String,
    /// "Figuur", before a picture's caption number.
    pub figure: String,
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
        self.running_header
            .replace("{subtitle}", &report.meta.subtitle)
            .replace("{version}", &self.version(report))
    }
}

#[cfg(test)]
mod contrast_tests {
    use super::*;

    #[test]
    fn contrast_is_wcag_s_ratio() {
        let white = Color([255, 255, 255]);
        assert!((contrast_ratio(Color::BLACK, white) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(white, white) - 1.0).abs() < 1e-9);
        // The well-known limits: #767676 is the lightest grey with 4.5:1 on white, #777777 is not.
        assert!(contrast_ratio(Color([0x76, 0x76, 0x76]), white) >= 4.5);
        assert!(contrast_ratio(Color([0x77, 0x77, 0x77]), white) < 4.5);
        // WebAIM's contrast checker gives 4.54 and 2.96 for these.
        assert!((contrast_ratio(Color([0x76, 0x76, 0x76]), white) - 4.54).abs() < 0.01);
        assert!((contrast_ratio(Color([0x96, 0x96, 0x96]), white) - 2.96).abs() < 0.01);
        assert_eq!(required_contrast(11.0, false), 4.5);
        assert_eq!(required_contrast(14.0, true), 3.0);
        assert_eq!(required_contrast(14.0, false), 4.5);
        assert_eq!(required_contrast(18.0, false), 3.0);
    }
}
