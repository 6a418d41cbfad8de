//! Report + theme + fonts → [`PagedDocument`]: every page with its positioned glyph runs,
//! rules and boxes, each carrying its place in the document's structure. The PDF writer only
//! paints this; it never measures text.
//!
//! Stages, one file each: `text/` (fonts and shaping, hyphenation, line breaking, paragraphs),
//! `flow.rs` (blocks → boxes with keep rules), `pages.rs` (boxes → pages, header rows
//! repeated), `toc.rs` (the table of contents, laid out twice for its page numbers).

mod chart;
mod fit;
mod flow;
mod pages;
pub mod text;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::model::{LinkTarget, Picture};
use crate::theme::Theme;
pub use text::fonts::{FaceId, FontError, Fonts, Glyph};
pub use text::hyphenate::Hyphenator;

/// An RGB colour.
pub type Color = [u8; 3];

#[derive(Debug, Clone, PartialEq)]
pub struct PagedDocument {
    /// Page size in points.
    pub width: f64,
    pub height: f64,
    pub pages: Vec<Page>,
    /// The logical structure: node 0 is the document.
    pub structure: Vec<StructNode>,
    /// The outline (bookmarks): headings in order.
    pub outline: Vec<OutlineEntry>,
    /// Where each anchor (heading, section) landed.
    pub anchors: BTreeMap<String, Destination>,
    pub title: String,
    pub language: String,
    /// The table of contents starts a page (the front matter was balanced so): the DOCX
    /// does the same.
    pub toc_new_page: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Destination {
    pub page: usize,
    /// From the top of the page, in points.
    pub y: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    pub level: u8,
    pub title: String,
    pub destination: Destination,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Placed>,
    /// Which items are the running header and footer (by index): artifacts of that kind.
    pub running: Vec<(usize, Running)>,
}

/// The part of a page's furniture an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Running {
    Header,
    Footer,
}

impl Page {
    /// How far down the page its content reaches (`top` when it has none): the lowest
    /// baseline or box.
    pub fn content_bottom(&self, top: f64) -> f64 {
        self.items.iter().fold(top, |bottom, placed| {
            let y = placed.at.y;
            match &placed.item {
                PageItem::Text { .. } => bottom.max(y),
                PageItem::Rect { height, .. } | PageItem::Image { height, .. } => bottom.max(y + height),
                PageItem::Link { .. } | PageItem::Group(_) => bottom,
                PageItem::Path { segments, .. } => bottom.max(y + segments_bounds(segments).3),
            }
        })
    }
}

/// Structure roles, as PDF tags.
#[derive(Debug, Clone, PartialEq)]
pub enum Role {
    Document,
    Heading(u8),
    Paragraph,
    List {
        ordered: bool,
    },
    ListItem,
    Label,
    ListBody,
    Table,
    TableRow,
    HeaderCell,
    DataCell,
    Caption,
    /// A picture, with its description for who cannot see it.
    Figure {
        alt: String,
    },
    Link(LinkTarget),
    Toc,
    TocItem,
}

/// A node of the structure tree; its children are nodes and content in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct StructNode {
    pub role: Role,
    pub children: Vec<StructChild>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructChild {
    Node(usize),
    /// A piece of page content: (page, item index).
    Content(usize, usize),
    /// A link annotation: (page, item index).
    Annotation(usize, usize),
}

/// A point on the page (or in a group), in points from the top-left corner, y downwards.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// An item and where it is: its position kept apart from what it is, as typst's frames do,
/// so moving an item (or a whole group) touches only its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub at: Point,
    pub item: PageItem,
}

impl Placed {
    pub fn new(x: f64, y: f64, item: PageItem) -> Placed {
        Placed { at: Point { x, y }, item }
    }

    pub fn x(&self) -> f64 {
        self.at.x
    }

    pub fn y(&self) -> f64 {
        self.at.y
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PageItem {
    /// Glyphs on the baseline through its point; `parent` is the structure node (None: an
    /// artifact such as the running header).
    Text { size: f64, color: Color, face: FaceId, glyphs: Vec<Glyph>, text: String, parent: Option<usize> },
    /// A filled and/or stroked rectangle from its point (table shading and rules); always an
    /// artifact.
    Rect { width: f64, height: f64, fill: Option<Color>, stroke: Option<(Color, f64)> },
    /// A picture scaled into the box; `parent` is its Figure node (None: decorative, an
    /// artifact).
    Image { width: f64, height: f64, picture: Picture, parent: Option<usize> },
    /// A clickable area.
    Link { width: f64, height: f64, target: LinkTarget, parent: usize },
    /// Lines and curves relative to its point, filled and/or stroked (a chart's bars, lines
    /// and slices); `parent` is the chart's Figure node (None: an artifact).
    Path { segments: Vec<Segment>, fill: Option<Color>, stroke: Option<(Color, f64)>, parent: Option<usize> },
    /// Items placed relative to the group's point: a chart, a key figure's box. Groups are
    /// taken apart when a line goes onto its page, so a page's items are never groups.
    Group(Vec<Placed>),
}

/// A piece of a path, in points from the path item's origin, y downwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    Move(f64, f64),
    Line(f64, f64),
    /// A cubic Bézier curve: two control points, then the end point.
    Cubic(f64, f64, f64, f64, f64, f64),
    Close,
}

/// The smallest box around the points of `segments` (control points included): `(left,
/// top, right, bottom)`.
pub fn segments_bounds(segments: &[Segment]) -> (f64, f64, f64, f64) {
    let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    let mut add = |x: f64, y: f64| b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
    for segment in segments {
        match *segment {
            Segment::Move(x, y) | Segment::Line(x, y) => add(x, y),
            Segment::Cubic(x1, y1, x2, y2, x, y) => {
                add(x1, y1);
                add(x2, y2);
                add(x, y);
            }
            Segment::Close => {}
        }
    }
    if b.0 > b.2 { (0.0, 0.0, 0.0, 0.0) } else { b }
}

pub use chart::{Scale, chart_size, value_scale};
pub use fit::{PRINT_DPI, long_titles, low_resolution};
pub use flow::{
    CHART_SPACE_AFTER_PT, FIGURE_CAPTION_GAP_PT, KEY_FIGURE_GAP_PT, KEY_FIGURE_PADDING_MM,
    LOGO_SPACE_AFTER_PT, MIN_COLUMN, Sections, figure_size, layout, layout_with, logo_size,
};

impl PagedDocument {
    /// A text dump for golden tests and review: per page, each text line's y and text.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        for (i, page) in self.pages.iter().enumerate() {
            let _ = writeln!(out, "=== page {}", i + 1);
            let mut lines: Vec<(i64, f64, String)> = Vec::new();
            for placed in &page.items {
                let Point { x, y } = placed.at;
                if let PageItem::Image { width, height, picture, parent } = &placed.item {
                    let kind = if parent.is_some() { "figure" } else { "decorative" };
                    let text = format!("[{kind} {} {width:.0}×{height:.0}]", picture.name);
                    lines.push(((y * 10.0).round() as i64, x, text));
                }
                if let PageItem::Text { text, .. } = &placed.item {
                    let key = (y * 10.0).round() as i64;
                    match lines.iter_mut().find(|(k, _, _)| *k == key) {
                        Some(line) if text == "\u{ad}" => line.2.push('-'),
                        Some(line) => line.2.push_str(&format!(" {text}")),
                        None => lines.push((key, x, text.clone())),
                    }
                }
            }
            for (key, x, text) in lines {
                let _ = writeln!(out, "{:6.1} {:5.1}  {}", key as f64 / 10.0, x, text.replace('\u{ad}', "-"));
            }
        }
        out
    }
}

/// Everything layout needs besides the report: the theme and its parsed fonts.
pub struct Setup<'a> {
    pub theme: &'a Theme,
    pub fonts: &'a Fonts,
    pub hyphenator: &'a Hyphenator,
}

/// How SVG pictures are read, by the PDF (which draws them) and the DOCX (which draws a PNG of
/// them for Word versions without SVG): their text in the given fonts, the first of which is
/// sans-serif, serif and the default; never in whatever fonts the machine has, so every
/// machine draws them alike.
pub fn svg_options<'f>(fonts: impl IntoIterator<Item = &'f [u8]>) -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    let database = options.fontdb_mut();
    for data in fonts {
        database.load_font_data(data.to_vec());
    }
    let family = database.faces().next().and_then(|f| f.families.first()).map(|f| f.0.clone());
    if let Some(family) = family {
        database.set_sans_serif_family(family.clone());
        database.set_serif_family(family.clone());
        options.font_family = family;
    }
    options
}
