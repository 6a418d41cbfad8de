//! The report as the renderers see it: one representation of an assembled report, with no
//! trace of JSON and no I/O. The DOCX and PDF writers consume this and nothing else.
//!
//! The loaded report keeps all content with its scope (which municipalities it concerns or
//! is only for); a version for the board or one municipality is made by [`Report::for_variant`],
//! which is pure filtering.

mod chart;
mod dutch;
mod picture;
mod variant;

pub use chart::{
    Chart, ChartKind, KeyFigure, MAX_CATEGORIES, MAX_PIE_SLICES, MAX_SERIES, Series, number, parse_number,
    percent,
};
pub use dutch::{Date, format_number};
pub use picture::{Figure, FigureWidth, Picture, PictureData, PictureFormat};
pub use variant::{BOARD_NAME, Variant};

/// A whole report: metadata, introduction and the priority sections, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub meta: Meta,
    pub municipalities: Vec<Municipality>,
    pub introduction: Vec<Block>,
    pub sections: Vec<Section>,
    /// Which version this is; `None` for the loaded report with all content.
    pub variant: Option<Variant>,
    /// In a municipality's version: what in the report concerns it or is only for it, listed
    /// at the front ("In uw gemeente"). Empty otherwise.
    pub overview: Vec<OverviewEntry>,
    /// The manifest as compact JSON with its introduction left empty, for the DOCX to carry (see
    /// `crate::roundtrip`); `None` for a report not read from files.
    pub manifest_source: Option<String>,
}

/// One entry of a municipality's overview: a block of the report or an item of a list, and a
/// link target on it.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewEntry {
    pub anchor: String,
    /// Index of the section, and the place in it.
    pub section: usize,
    pub spot: Spot,
    /// Where it is and what it says: "Opleidingsniveau — … werd er gekozen voor een mobiele
    /// opleiding schoonmaak in Zwevegem.", or the block's own `summary`.
    pub label: String,
}

/// A place in a section: a block, or one item of a list block, counted in reading order
/// with nested items (the first item is 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Spot {
    pub block: usize,
    pub item: Option<usize>,
}

/// What a document says about itself (DOCX core properties, PDF metadata): the same for both.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentInfo {
    pub title: String,
    pub subject: String,
    pub author: String,
    pub keywords: Vec<String>,
    /// The version, e.g. "Versie gemeente Zwevegem".
    pub description: String,
    pub language: String,
    pub date: Date,
}

impl Report {
    /// The document properties of this report in the version named `version_label`.
    pub fn document_info(&self, version_label: &str) -> DocumentInfo {
        let meta = &self.meta;
        let mut keywords =
            vec![meta.organisation.clone(), meta.region.clone(), "jaarverslag".into(), "regierol".into()];
        keywords.extend(self.sections.iter().map(|s| s.code.clone()));
        DocumentInfo {
            title: format!("{} — {}", meta.title, meta.subtitle),
            subject: format!("{} ({version_label})", meta.subtitle),
            author: meta.organisation.clone(),
            keywords,
            description: version_label.to_owned(),
            language: meta.language.clone(),
            date: meta.publication_date,
        }
    }

    /// Every version of the report: the board's, then each municipality's.
    pub fn variants(&self) -> impl Iterator<Item = Variant> + '_ {
        std::iter::once(Variant::Board)
            .chain(self.municipalities.iter().map(|m| Variant::Municipality(m.id.clone())))
    }

    /// The link target placed on a block or list item for the overview, if it has one.
    pub fn spot_anchor(&self, section: usize, spot: Spot) -> Option<&str> {
        self.overview.iter().find(|e| e.section == section && e.spot == spot).map(|e| e.anchor.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub organisation: String,
    pub title: String,
    pub subtitle: String,
    pub year: i32,
    /// BCP 47 tag, e.g. `nl-BE`.
    pub language: String,
    pub region: String,
    pub publication_date: Date,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    /// File-safe id (`spiere-helkijn`), used in file names and scopes.
    pub id: String,
    /// Display name (`Spiere-Helkijn`).
    pub name: String,
}

/// One policy priority (WSE-LR1 …), shown as "1. Title (WSE-LR1)".
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub code: String,
    pub number: u32,
    pub title: String,
    /// Link target of the section heading (`wse-lr1`).
    pub anchor: String,
    pub blocks: Vec<Block>,
    /// The section file: its name, and its content with the blocks left empty.
    pub origin: Option<Origin>,
}

impl Section {
    /// The heading as printed: "1. Title (WSE-LR1)".
    pub fn heading(&self) -> String {
        format!("{}. {} ({})", self.number, self.title, self.code)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub scope: Scope,
    /// How the block is listed in the overview of the municipalities it concerns, written by
    /// staff; by default its sentence that names the municipality.
    pub summary: Option<String>,
    /// Where the block is in the input, so an edit made in Word can be brought back to it.
    pub origin: Option<Origin>,
}

/// A block's (or section file's) place in the input and its source there: the DOCX carries it (see
/// `crate::roundtrip`), so `import` knows which block of which file a Word paragraph shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The input file, relative to the input folder: `report.json` for the introduction.
    pub file: String,
    /// The block as written in the file, as compact JSON: in a version, without the list
    /// items and table rows only for others.
    pub source: String,
}

impl BlockKind {
    /// The caption of a picture or chart: what gets a "Figuur N." number.
    pub fn figure_caption(&self) -> Option<&[Inline]> {
        match self {
            BlockKind::Figure(figure) => figure.caption.as_deref(),
            BlockKind::Chart(chart) => chart.caption.as_deref(),
            _ => None,
        }
    }
}

impl Block {
    /// A paragraph ending in a colon introduces what follows ("3 doelstellingen:"): both
    /// writers keep it on the page of what it introduces.
    pub fn introduces_next(&self) -> bool {
        matches!(&self.kind, BlockKind::Paragraph(content) if plain_text(content).trim_end().ends_with(':'))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum BlockKind {
    Heading(Heading),
    Paragraph(Vec<Inline>),
    List(List),
    Table(Table),
    Figure(Figure),
    Chart(Chart),
    /// Two to four large numbers, each with its label.
    KeyFigures(Vec<KeyFigure>),
}

/// A heading inside a section. Level 1 is the section title itself, so these are 2 or 3.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub level: u8,
    pub anchor: String,
    pub content: Vec<Inline>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct List {
    pub ordered: bool,
    pub items: Vec<ListItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub content: Vec<Inline>,
    /// Nested items, of the same list kind.
    pub children: Vec<ListItem>,
    pub scope: Scope,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Names the table for a chart that draws it (`"table": "…"` in the chart block).
    pub id: Option<String>,
    pub caption: Option<Vec<Inline>>,
    pub columns: Vec<Column>,
    /// Header rows, repeated on every page the table spans.
    pub header: Vec<Vec<Cell>>,
    pub rows: Vec<Row>,
}

/// The most columns a table may have: more do not fit an A4 page in a readable size.
pub const MAX_TABLE_COLUMNS: usize = 12;

/// Column widths that share `total` in proportion to the relative widths, with no column
/// narrower than `minimum` (narrow ones take room from the others). Both writers use it, so
/// Word and the PDF draw the same table.
pub fn column_widths(columns: &[Column], total: f64, minimum: f64) -> Vec<f64> {
    let minimum = minimum.min(total / columns.len().max(1) as f64);
    let mut fixed = vec![false; columns.len()];
    loop {
        let free_total: f64 = total - minimum * fixed.iter().filter(|f| **f).count() as f64;
        let free_weight: f64 = columns.iter().zip(&fixed).filter(|(_, f)| !**f).map(|(c, _)| c.width).sum();
        let widths: Vec<f64> = columns
            .iter()
            .zip(&fixed)
            .map(
                |(c, f)| if *f { minimum } else { free_total * c.width / free_weight.max(f64::MIN_POSITIVE) },
            )
            .collect();
        let narrow: Vec<usize> =
            (0..columns.len()).filter(|&i| !fixed[i] && widths[i] < minimum - 1e-9).collect();
        if narrow.is_empty() {
            return widths;
        }
        for i in narrow {
            fixed[i] = true;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// Relative width: a column of width 2 is twice as wide as one of width 1.
    pub width: f64,
    pub align: Align,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
}

pub type Cell = Vec<Inline>;

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub scope: Scope,
}

/// Which municipalities a piece of content is about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// About these municipalities; shown in every version and listed at the front of theirs.
    pub concerns: Vec<String>,
    /// Shown only in these municipalities' versions; empty means shown in all.
    pub only_for: Vec<String>,
}

/// Inline content of a paragraph, heading, list item, caption or cell.
///
/// Dates and numbers are already written out the Dutch way in `Text`; non-breaking spaces
/// are U+00A0 characters in `Text`.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emphasis(Vec<Inline>),
    Link {
        target: LinkTarget,
        content: Vec<Inline>,
    },
    /// The name of the municipality whose version this is; only in `only_for` content.
    MunicipalityName,
    /// A number the input gave as a number (a table cell, `{number:…}`), as written there
    /// (`1234.5`): charts read its value, the renderers write it the Dutch way (`1.234,5`).
    Number(String),
}

/// A number as the renderers write it: "1.234,5" for `1234.5`.
pub fn number_text(raw: &str) -> String {
    format_number(raw).unwrap_or_else(|| raw.to_owned())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A web address (`https://…`, `mailto:…`).
    External(String),
    /// The anchor of a heading or section in this report.
    Internal(String),
}

/// The plain text of inline content, as a reader would read it aloud.
/// Whether the hyphen at byte `at` of `text` is inside a code such as "WSE-LR4" (capitals or
/// digits on both sides), where a line must never break. Both writers keep such codes whole.
pub fn is_code_hyphen(text: &str, at: usize) -> bool {
    let code = |c: Option<char>| c.is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    text[at..].starts_with('-') && code(text[..at].chars().last()) && code(text[at + 1..].chars().next())
}

/// Byte ranges of the web addresses in `text`: words with "://", or starting with "www." or
/// "mailto:", without a sentence's punctuation after them.
pub fn web_addresses(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                let word = text[s..i].trim_start_matches(['(', '[', '“', '‘', '"', '\'']);
                if word.contains("://") || word.starts_with("www.") || word.starts_with("mailto:") {
                    // Without the punctuation of the sentence after it.
                    let end = s + text[s..i]
                        .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '’', '”', '"', '\''])
                        .len();
                    out.push(s..end);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Where a line may break inside a web address without adding a hyphen: after `/ . - ? & =`
/// when a letter or digit follows (never between the slashes of "https://").
pub fn is_web_address_break(text: &str, after: usize) -> bool {
    let before = text[..after].chars().last();
    let next = text[after..].chars().next();
    before.is_some_and(|c| "/.-?&=".contains(c)) && next.is_some_and(char::is_alphanumeric)
}

pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain_text(inlines, &mut out);
    out
}

fn push_plain_text(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Strong(inner) | Inline::Emphasis(inner) | Inline::Link { content: inner, .. } => {
                push_plain_text(inner, out)
            }
            Inline::MunicipalityName => out.push_str("{municipality}"),
            Inline::Number(raw) => out.push_str(&number_text(raw)),
        }
    }
}

impl Report {
    /// Every piece of text of the report in reading order, one string per paragraph-like
    /// unit: what a reader sees, without page furniture. Tests compare renderers against it.
    pub fn reading_order_text(&self) -> Vec<String> {
        let mut out = vec![self.meta.title.clone(), self.meta.subtitle.clone()];
        blocks_text(&self.introduction, &mut out);
        for section in &self.sections {
            out.push(section.heading());
            blocks_text(&section.blocks, &mut out);
        }
        out
    }
}

/// The text of `blocks` in reading order, one string per paragraph-like unit.
pub fn blocks_text(blocks: &[Block], out: &mut Vec<String>) {
    for block in blocks {
        match &block.kind {
            BlockKind::Heading(heading) => out.push(plain_text(&heading.content)),
            BlockKind::Paragraph(content) => out.push(plain_text(content)),
            BlockKind::List(list) => items_text(&list.items, out),
            BlockKind::Table(table) => {
                if let Some(caption) = &table.caption {
                    out.push(plain_text(caption));
                }
                let rows = table.header.iter().chain(table.rows.iter().map(|r| &r.cells));
                for row in rows {
                    out.extend(row.iter().map(|cell| plain_text(cell)));
                }
            }
            // What a reader sees: the caption, not the description for screen readers.
            BlockKind::Figure(figure) => out.extend(figure.caption.as_deref().map(plain_text)),
            // The chart's words are in its drawing (and in Word's chart part); the caption is text.
            BlockKind::Chart(chart) => {
                out.extend(chart.caption.as_deref().map(plain_text));
                if chart.data_table {
                    let table = chart.as_table();
                    for row in table.header.iter().chain(table.rows.iter().map(|r| &r.cells)) {
                        out.extend(row.iter().map(|cell| plain_text(cell)));
                    }
                }
            }
            BlockKind::KeyFigures(figures) => {
                out.extend(figures.iter().map(|f| format!("{} {}", f.value, f.label)));
            }
        }
    }
}

fn items_text(items: &[ListItem], out: &mut Vec<String>) {
    for item in items {
        out.push(plain_text(&item.content));
        items_text(&item.children, out);
    }
}
