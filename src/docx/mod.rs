//! Report + theme → DOCX bytes. Word does its own layout; we give it real styles, real
//! lists, real tables and a table of contents that is already filled in.
//!
//! We write the WordprocessingML ourselves (`xml.rs`, `props.rs`) rather than through a
//! builder crate: every element is written in schema order by the code that writes it,
//! every part we add is related and typed (`package.rs`), and nothing has to be repaired
//! afterwards. `tests/docx.rs` checks the result against the OOXML schemas.
//!
//! Parts: `document.xml` (this file), `styles.xml` and `numbering.xml` (`styles.rs`, from the
//! theme), a running header and footer for every page but the first, and the properties
//! (`properties.rs`).

mod chart;
mod package;
mod properties;
pub mod props;
pub mod styles;
mod xml;

use std::collections::BTreeMap;

use crate::model::{
    Align, Block, BlockKind, Chart, Figure, Inline, KeyFigure, LinkTarget, ListItem, Picture, PictureFormat,
    Report, Spot, Variant, plain_text,
};
use crate::roundtrip;
use crate::theme::{Coverage, Theme};
use package::{Kind, Package};
use props::{Justification, ParagraphProps, RunProps, Spacing, pt_twips, twips};
use styles::MAIN_NS;
use xml::Xml;

/// Page numbers of headings (by anchor), known once the PDF is laid out; they pre-fill the
/// table of contents. Without them the TOC is marked for Word to update on opening.
pub type PageNumbers = BTreeMap<String, u32>;

/// What the DOCX takes from the PDF's layout, so that both documents have the same pages.
#[derive(Debug, Clone, Default)]
pub struct Pagination {
    pub pages: PageNumbers,
    /// The table of contents starts a page (the layout balanced the front matter so).
    pub toc_new_page: bool,
}

const RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PICTURE_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";
/// The namespaces of the document part (and of the header, which may hold the logo).
const ROOT_NAMESPACES: [(&str, &str); 5] = [
    ("xmlns:w", MAIN_NS),
    ("xmlns:r", RELATIONSHIPS),
    ("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("xmlns:a", DRAWING_NS),
    ("xmlns:pic", PICTURE_NS),
];
/// EMU (the unit of DrawingML sizes) per point.
const EMU_PER_PT: f64 = 12_700.0;
/// The `a:ext` URIs Word uses to mark a picture decorative, and for an SVG beside its PNG.
const DECORATIVE_EXT: &str = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";
const SVG_EXT: &str = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
/// The PNG drawn for Word versions that cannot show an SVG: this many pixels per inch, and
/// never more than this many pixels wide.
const SVG_FALLBACK_DPI: f64 = 150.0;
const SVG_FALLBACK_MAX_PX: f64 = 3000.0;
const DOCUMENT: &str = "word/document.xml";
const HEADER_PART: &str = "word/header1.xml";

/// Writes the report (one version of it) as DOCX bytes. The same input gives the same bytes.
pub fn write(report: &Report, theme: &Theme, layout: Option<&Pagination>) -> Vec<u8> {
    let info = report.document_info(&theme.labels.version(report));
    let mut writer = Writer::new(report, theme);
    writer.toc_new_page = layout.is_none_or(|l| l.toc_new_page);
    let document = writer.document(layout.map(|l| &l.pages));
    let header = writer.running_header();
    let footer = writer.page_footer();
    let identity = writer.identity();

    let mut package = Package::default();
    package.add(None, "rId1", Kind::OfficeDocument, DOCUMENT, content_type::DOCUMENT, document);
    package.add(
        None,
        "rId2",
        Kind::CoreProperties,
        "docProps/core.xml",
        content_type::CORE,
        properties::core(&info),
    );
    package.add(
        None,
        "rId3",
        Kind::ExtendedProperties,
        "docProps/app.xml",
        content_type::APP,
        properties::app(&info),
    );
    let word = Some(DOCUMENT);
    let parts = [
        (
            "rIdStyles",
            Kind::Styles,
            "word/styles.xml",
            content_type::STYLES,
            styles::styles(theme, &info.language),
        ),
        (
            "rIdNumbering",
            Kind::Numbering,
            "word/numbering.xml",
            content_type::NUMBERING,
            styles::numbering(theme, &writer.lists),
        ),
        (
            "rIdSettings",
            Kind::Settings,
            "word/settings.xml",
            content_type::SETTINGS,
            properties::settings(&info.language),
        ),
        (HEADER_IDS[0], Kind::Header, HEADER_PART, content_type::HEADER, header),
        (
            HEADER_IDS[1],
            Kind::Header,
            "word/header2.xml",
            content_type::HEADER,
            furniture("w:hdr", styles::HEADER),
        ),
        (FOOTER_IDS[0], Kind::Footer, "word/footer1.xml", content_type::FOOTER, footer),
        (
            FOOTER_IDS[1],
            Kind::Footer,
            "word/footer2.xml",
            content_type::FOOTER,
            furniture("w:ftr", styles::FOOTER),
        ),
    ];
    for (id, kind, name, content_type, xml) in parts {
        package.add(word, id, kind, name, content_type, xml);
    }
    for (i, url) in writer.external_links.iter().enumerate() {
        package.link(DOCUMENT, &format!("rIdLink{}", i + 1), url);
    }
    for media in std::mem::take(&mut writer.media) {
        package.add(Some(media.from), &media.id, Kind::Image, &media.part, media.content_type, media.bytes);
    }
    for (i, (xml, workbook)) in std::mem::take(&mut writer.charts).into_iter().enumerate() {
        let n = i + 1;
        let part = format!("word/charts/chart{n}.xml");
        package.add(
            Some(DOCUMENT),
            &format!("rIdChart{n}"),
            Kind::Chart,
            &part,
            chart::CHART_CONTENT_TYPE,
            xml,
        );
        package.add(
            Some(&part),
            chart::WORKBOOK_RELATIONSHIP,
            Kind::Package,
            &format!("word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"),
            chart::WORKBOOK_CONTENT_TYPE,
            workbook,
        );
    }
    if let Some(identity) = identity {
        package.add(
            word,
            "rIdSource",
            Kind::CustomXml,
            roundtrip::ITEM_PART,
            content_type::XML,
            identity.to_xml(),
        );
        package.add(
            Some(roundtrip::ITEM_PART),
            "rId1",
            Kind::CustomXmlProperties,
            roundtrip::ITEM_PROPS_PART,
            content_type::CUSTOM_XML_PROPERTIES,
            custom_xml_properties(),
        );
    }
    package.finish()
}

/// The first id of the blocks' bookmarks: above those of the headings and the overview.
const IDENTITY_BOOKMARK_IDS: usize = 1_000_000;

/// The properties of our custom XML part: a fixed item id, and its namespace.
fn custom_xml_properties() -> String {
    let mut x = Xml::new();
    x.open(
        "ds:datastoreItem",
        &[
            ("ds:itemID", "{5E1A0B7C-13A1-4D2E-9C57-4A5256455253}"),
            ("xmlns:ds", "http://schemas.openxmlformats.org/officeDocument/2006/customXml"),
        ],
    );
    x.open("ds:schemaRefs", &[]);
    x.empty("ds:schemaRef", &[("ds:uri", roundtrip::NAMESPACE)]);
    x.close("ds:schemaRefs");
    x.close("ds:datastoreItem");
    x.finish()
}

mod content_type {
    pub const XML: &str = "application/xml";
    pub const CUSTOM_XML_PROPERTIES: &str =
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
    pub const DOCUMENT: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    pub const STYLES: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    pub const NUMBERING: &str =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    pub const SETTINGS: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    pub const HEADER: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    pub const FOOTER: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    pub const CORE: &str = "application/vnd.openxmlformats-package.core-properties+xml";
    pub const APP: &str = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
}

/// Relationship ids of the default (every page) and first-page header and footer.
const HEADER_IDS: [&str; 2] = ["rIdHeader1", "rIdHeader2"];
const FOOTER_IDS: [&str; 2] = ["rIdFooter1", "rIdFooter2"];

/// The PNG Word shows in place of an SVG where it cannot draw SVG: drawn by resvg at
/// [`SVG_FALLBACK_DPI`] for its width on the page, its text in the theme's fonts.
fn svg_fallback(picture: &Picture, theme: &Theme, width_pt: f64) -> Vec<u8> {
    let fonts = &theme.fonts;
    let options = crate::layout::svg_options(
        [&fonts.regular, &fonts.bold, &fonts.italic, &fonts.bold_italic, &fonts.fallback].map(|f| f.bytes()),
    );
    let Ok(tree) = usvg::Tree::from_data(&picture.bytes, &options) else { return Vec::new() };
    let pixels = (width_pt / 72.0 * SVG_FALLBACK_DPI).clamp(16.0, SVG_FALLBACK_MAX_PX);
    let scale = pixels as f32 / tree.size().width();
    let (w, h) = ((tree.size().width() * scale).ceil() as u32, (tree.size().height() * scale).ceil() as u32);
    let Some(mut pixmap) = tiny_skia::Pixmap::new(w.max(1), h.max(1)) else { return Vec::new() };
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().unwrap_or_default()
}

/// A size in points as DrawingML's EMU.
fn emu((width, height): (f64, f64)) -> (String, String) {
    (((width * EMU_PER_PT).round() as i64).to_string(), ((height * EMU_PER_PT).round() as i64).to_string())
}

/// Opens an inline drawing of `size` points (its `wp:docPr` comes next).
fn open_inline(x: &mut Xml, size: (f64, f64)) {
    let (cx, cy) = emu(size);
    x.open("w:drawing", &[]);
    x.open("wp:inline", &[("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")]);
    x.empty("wp:extent", &[("cx", &cx), ("cy", &cy)]);
    x.empty("wp:effectExtent", &[("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")]);
}

/// An empty header or footer (the cover's).
fn furniture(root: &str, style: &str) -> String {
    let mut x = Xml::new();
    x.open(root, &[("xmlns:w", MAIN_NS), ("xmlns:r", RELATIONSHIPS)]);
    x.open("w:p", &[]);
    ParagraphProps { style: Some(style), ..ParagraphProps::default() }.write(&mut x);
    x.close("w:p");
    x.close(root);
    x.finish()
}

/// The items of a list in reading order, each with its depth.
fn flatten<'l>(items: &'l [ListItem], depth: usize, out: &mut Vec<(&'l ListItem, usize)>) {
    for item in items {
        out.push((item, depth));
        flatten(&item.children, depth + 1, out);
    }
}

/// A heading as the TOC and the bookmarks know it.
struct TocEntry {
    level: usize,
    text: String,
    bookmark: String,
    anchor: String,
}

struct Writer<'a> {
    report: &'a Report,
    theme: &'a Theme,
    x: Xml,
    /// Bookmark name and id of every anchor (headings and sections).
    bookmarks: BTreeMap<String, (String, usize)>,
    toc: Vec<TocEntry>,
    /// Whether each list so far is ordered; list `i` has numbering id `i + 1`.
    lists: Vec<bool>,
    /// An overview entry's anchor, put on the next paragraph written.
    pending_bookmark: Option<String>,
    /// The section and block being written (not in the front matter), for the overview's
    /// anchors on list items.
    place: Option<(usize, usize)>,
    toc_new_page: bool,
    /// Room the next paragraph adds before itself: after a table, whose own spacing Word
    /// cannot express.
    pending_space: Option<f64>,
    external_links: Vec<String>,
    tables: usize,
    figures: usize,
    /// Pictures in the package, each once: the media parts.
    media: Vec<Media>,
    /// Chart parts, in order, with their workbooks.
    charts: Vec<(String, Vec<u8>)>,
    /// The last `wp:docPr` id: unique in the document.
    drawings: usize,
    /// The part being written (the document, or the header): where its pictures are related.
    part_name: &'static str,
    /// Which characters come from the fallback font.
    coverage: Coverage<'a>,
    /// Each block written with its bookmark: where it comes from (see `crate::roundtrip`).
    identity: Vec<roundtrip::BlockRecord>,
    /// The bookmark (name, id) of the block being written, put in its first paragraph.
    pending_identity: Option<(String, String)>,
    /// Whether the next paragraph holds a drawing: its bookmark then goes after it, where
    /// LibreOffice keeps it (it drops one before a chart).
    drawing_next: bool,
}

/// A picture file in the package.
struct Media {
    /// The part that shows it.
    from: &'static str,
    /// The content hash of the picture it is (a PNG drawn from an SVG has the SVG's with "png").
    key: String,
    id: String,
    part: String,
    content_type: &'static str,
    bytes: Vec<u8>,
}

/// Run formatting inherited from enclosing markup.
#[derive(Clone, Copy, Default)]
struct Format {
    bold: bool,
    italic: bool,
    link: bool,
}

impl<'a> Writer<'a> {
    fn new(report: &'a Report, theme: &'a Theme) -> Self {
        let mut writer = Writer {
            report,
            theme,
            x: Xml::new(),
            bookmarks: BTreeMap::new(),
            toc: Vec::new(),
            lists: Vec::new(),
            pending_bookmark: None,
            place: None,
            toc_new_page: false,
            pending_space: None,
            external_links: Vec::new(),
            tables: 0,
            figures: 0,
            media: Vec::new(),
            charts: Vec::new(),
            drawings: 0,
            part_name: DOCUMENT,
            coverage: Coverage::new(&theme.fonts),
            identity: Vec::new(),
            pending_identity: None,
            drawing_next: false,
        };
        writer.collect_headings();
        writer
    }

    /// Names a bookmark for every heading first, so links can point forward.
    fn collect_headings(&mut self) {
        let mut toc = Vec::new();
        let mut names = BTreeMap::new();
        let mut add = |anchor: &str, level: usize, text: String| {
            let id = toc.len() + 1;
            let bookmark = format!("_Toc{id:08}");
            names.insert(anchor.to_owned(), (bookmark.clone(), id));
            toc.push(TocEntry { level, text, bookmark, anchor: anchor.to_owned() });
        };
        for section in &self.report.sections {
            add(&section.anchor, 1, section.heading());
            for block in &section.blocks {
                if let BlockKind::Heading(heading) = &block.kind {
                    add(&heading.anchor, usize::from(heading.level), plain_text(&heading.content));
                }
            }
        }
        for (i, entry) in self.report.overview.iter().enumerate() {
            let id = toc.len() + i + 1;
            names.insert(entry.anchor.clone(), (format!("_Gem{id:08}"), id));
        }
        self.toc = toc;
        self.bookmarks = names;
    }

    fn document(&mut self, pages: Option<&PageNumbers>) -> String {
        self.x.open("w:document", &ROOT_NAMESPACES);
        self.x.open("w:body", &[]);
        self.cover();
        self.overview(pages);
        if !self.report.introduction.is_empty() {
            self.list_heading(&self.theme.labels.introduction, false);
        }
        for block in &self.report.introduction {
            self.block(block);
        }
        self.table_of_contents(pages);
        for (index, section) in self.report.sections.iter().enumerate() {
            let props = ParagraphProps {
                style: Some(styles::HEADINGS[0]),
                page_break_before: true,
                ..ParagraphProps::default()
            };
            self.paragraph(props, Some(&section.anchor), |w| {
                w.text_run(&section.heading(), Format::default())
            });
            for (b, block) in section.blocks.iter().enumerate() {
                self.pending_bookmark =
                    self.report.spot_anchor(index, Spot { block: b, item: None }).map(str::to_owned);
                self.place = Some((index, b));
                self.block(block);
            }
            self.place = None;
        }
        self.section_properties();
        self.x.close("w:body");
        self.x.close("w:document");
        std::mem::replace(&mut self.x, Xml::new()).finish()
    }

    fn section_properties(&mut self) {
        let page = &self.theme.page;
        let x = &mut self.x;
        x.open("w:sectPr", &[]);
        for (kind, id) in [("default", HEADER_IDS[0]), ("first", HEADER_IDS[1])] {
            x.empty("w:headerReference", &[("w:type", kind), ("r:id", id)]);
        }
        for (kind, id) in [("default", FOOTER_IDS[0]), ("first", FOOTER_IDS[1])] {
            x.empty("w:footerReference", &[("w:type", kind), ("r:id", id)]);
        }
        let t = |mm: f64| twips(mm).to_string();
        x.empty("w:pgSz", &[("w:w", &t(page.width_mm)), ("w:h", &t(page.height_mm))]);
        x.empty(
            "w:pgMar",
            &[
                ("w:top", &t(page.margin_top_mm)),
                ("w:right", &t(page.margin_right_mm)),
                ("w:bottom", &t(page.margin_bottom_mm)),
                ("w:left", &t(page.margin_left_mm)),
                ("w:header", &t(page.header_mm)),
                ("w:footer", &t(page.footer_mm)),
                ("w:gutter", "0"),
            ],
        );
        x.empty("w:cols", &[("w:space", "708")]);
        x.empty("w:titlePg", &[]);
        x.close("w:sectPr");
    }

    /// A paragraph with `props`, its content written by `content`, bookmarked as `anchor`
    /// and as the pending overview entry.
    fn paragraph(
        &mut self,
        mut props: ParagraphProps<'_>,
        anchor: Option<&str>,
        content: impl FnOnce(&mut Self),
    ) {
        if let Some(extra) = self.pending_space.take() {
            let style = styles::look_of(self.theme, props.style);
            let spacing = props.spacing.get_or_insert(Spacing::default());
            spacing.before = Some(pt_twips(style.space_before_pt + extra));
        }
        self.x.open("w:p", &[]);
        props.write(&mut self.x);
        let marks: Vec<(String, usize)> = [self.pending_bookmark.take(), anchor.map(str::to_owned)]
            .into_iter()
            .flatten()
            .filter_map(|a| self.bookmarks.get(&a).cloned())
            .collect();
        let drawing = std::mem::take(&mut self.drawing_next);
        if !drawing {
            self.identity_bookmark();
        }
        for (name, id) in &marks {
            self.x.empty("w:bookmarkStart", &[("w:id", &id.to_string()), ("w:name", name)]);
        }
        content(self);
        self.identity_bookmark();
        for (_, id) in marks.iter().rev() {
            self.x.empty("w:bookmarkEnd", &[("w:id", &id.to_string())]);
        }
        self.x.close("w:p");
    }

    fn run(&mut self, props: RunProps<'_>, content: impl FnOnce(&mut Xml)) {
        self.x.open("w:r", &[]);
        props.write(&mut self.x);
        content(&mut self.x);
        self.x.close("w:r");
    }

    /// Text in runs: tabs and line breaks become `w:tab` and `w:br`. No text, no run. As in
    /// the PDF, characters the body font lacks are set in the fallback font, codes such as
    /// "WSE-LR4" never break at their hyphen, and web addresses break only after `/ . - ? & =`
    /// and are never hyphenated.
    fn text_run(&mut self, text: &str, format: Format) {
        let face = usize::from(format.bold) + 2 * usize::from(format.italic);
        let urls = crate::model::web_addresses(text);
        let mut pieces: Vec<(String, bool, bool)> = Vec::new();
        for (i, c) in text.char_indices() {
            let url = urls.iter().any(|u| u.contains(&i));
            let fallback = self.coverage.from_fallback(face, c);
            if pieces.last().is_none_or(|(_, u, f)| (*u, *f) != (url, fallback)) {
                pieces.push((String::new(), url, fallback));
            }
            let Some((piece, ..)) = pieces.last_mut() else { continue };
            if url && crate::model::is_web_address_break(text, i) {
                // A zero-width space: a place to break that Word and LibreOffice honour.
                piece.push('\u{200B}');
            }
            piece.push(c);
            if crate::model::is_code_hyphen(text, i) {
                // A word joiner after the hyphen: no break there, and the text still reads
                // "WSE-LR4" to search, copy and text extraction (a `w:noBreakHyphen` reads as
                // "WSELR4", U+2011 as "WSE‐LR4" once normalised).
                piece.push('\u{2060}');
            }
        }
        for (piece, url, fallback) in pieces {
            self.plain_run(&piece, format, url, fallback);
        }
    }

    /// One run of `text`: in a web address marked as having no language (so neither Word nor
    /// LibreOffice hyphenates it), in the fallback font when `fallback`.
    fn plain_run(&mut self, text: &str, format: Format, url: bool, fallback: bool) {
        let theme = self.theme;
        let props = RunProps {
            style: format.link.then_some(styles::HYPERLINK),
            font: fallback.then_some(theme.fonts.fallback_docx_family.as_str()),
            bold: format.bold,
            italic: format.italic,
            language: url.then_some("zxx"),
            ..RunProps::default()
        };
        self.run(props, |x| {
            let mut rest = text;
            while !rest.is_empty() {
                let end = rest.find(['\t', '\n']).unwrap_or(rest.len());
                if end > 0 {
                    x.element("w:t", &[("xml:space", "preserve")], &rest[..end]);
                }
                match rest[end..].chars().next() {
                    Some('\t') => x.empty("w:tab", &[]),
                    Some(_) => x.empty("w:br", &[]),
                    None => {}
                }
                rest = rest.get(end + 1..).unwrap_or("");
            }
        });
    }

    fn tab_run(&mut self) {
        self.run(RunProps::default(), |x| x.empty("w:tab", &[]));
    }

    /// A complex field (`PAGE`, `PAGEREF …`, `SEQ …`) showing `shown` until updated.
    fn field(&mut self, instruction: &str, shown: &str, format: Format) {
        self.field_start(instruction, false);
        self.text_run(shown, format);
        self.field_end();
    }

    fn field_start(&mut self, instruction: &str, dirty: bool) {
        let begin: &[(&str, &str)] = if dirty {
            &[("w:fldCharType", "begin"), ("w:dirty", "true")]
        } else {
            &[("w:fldCharType", "begin")]
        };
        self.run(RunProps::default(), |x| x.empty("w:fldChar", begin));
        self.run(RunProps::default(), |x| {
            x.element("w:instrText", &[("xml:space", "preserve")], instruction)
        });
        self.run(RunProps::default(), |x| x.empty("w:fldChar", &[("w:fldCharType", "separate")]));
    }

    fn field_end(&mut self) {
        self.run(RunProps::default(), |x| x.empty("w:fldChar", &[("w:fldCharType", "end")]));
    }

    fn cover(&mut self) {
        let meta = &self.report.meta;
        if let Some(logo) = &self.theme.logo {
            let mm = 72.0 / 25.4;
            let size = crate::layout::logo_size(logo, self.theme.page.text_width_mm() * mm);
            let props = ParagraphProps {
                justification: Some(Justification::Left),
                spacing: Some(Spacing {
                    before: Some(0),
                    after: Some(pt_twips(crate::layout::LOGO_SPACE_AFTER_PT)),
                    line: Some(240),
                }),
                ..ParagraphProps::default()
            };
            self.paragraph(props, None, |w| w.drawing(&logo.picture, Some(&logo.alt), size));
        }
        let styled = |style| ParagraphProps { style: Some(style), ..ParagraphProps::default() };
        self.paragraph(styled(styles::TITLE), None, |w| w.text_run(&meta.title, Format::default()));
        self.paragraph(styled(styles::SUBTITLE), None, |w| w.text_run(&meta.subtitle, Format::default()));
        let details = [
            format!("{} · {}", meta.organisation, meta.region),
            self.theme.labels.version(self.report),
            meta.publication_date.to_string(),
        ];
        for text in &details {
            self.paragraph(styled(styles::COVER_DETAIL), None, |w| {
                w.text_run(text, Format::default());
            });
        }
    }

    /// A front-matter heading, not in the TOC ("In uw gemeente", "Inleiding", "Inhoudstafel").
    fn list_heading(&mut self, label: &str, page_break_before: bool) {
        let props = ParagraphProps {
            style: Some(styles::TOC_HEADING),
            page_break_before,
            ..ParagraphProps::default()
        };
        self.paragraph(props, None, |w| w.text_run(label, Format::default()));
    }

    /// A municipality's "In uw gemeente" on its cover: each entry linked to its block, with its
    /// page.
    fn overview(&mut self, pages: Option<&PageNumbers>) {
        let report = self.report;
        if report.overview.is_empty() {
            return;
        }
        self.list_heading(&self.theme.labels.in_your_municipality, false);
        for entry in &report.overview {
            let props = ParagraphProps { style: Some(styles::TOC[1]), ..ParagraphProps::default() };
            let bookmark =
                self.bookmarks.get(&entry.anchor).map(|(name, _)| name.clone()).unwrap_or_default();
            let page = pages.and_then(|p| p.get(&entry.anchor)).map(u32::to_string).unwrap_or_default();
            self.paragraph(props, None, |w| {
                w.page_entry(&bookmark, &entry.label, &page);
            });
        }
    }

    /// A TOC or overview entry: `text`, a tab and the page as a `PAGEREF` field showing `page`,
    /// all one link to `bookmark`.
    fn page_entry(&mut self, bookmark: &str, text: &str, page: &str) {
        self.x.open("w:hyperlink", &[("w:anchor", bookmark), ("w:history", "1")]);
        self.text_run(text, Format::default());
        self.tab_run();
        self.field(&format!(" PAGEREF {bookmark} \\h "), page, Format::default());
        self.x.close("w:hyperlink");
    }

    /// A real TOC field whose result is already filled in: entries linked to the headings'
    /// bookmarks, each page number a `PAGEREF` field showing the PDF's page.
    fn table_of_contents(&mut self, pages: Option<&PageNumbers>) {
        if self.toc.is_empty() {
            return;
        }
        self.list_heading(&self.theme.labels.contents, self.toc_new_page);
        let dirty = pages.is_none();
        let entries = std::mem::take(&mut self.toc);
        let last = entries.len() - 1;
        for (i, entry) in entries.iter().enumerate() {
            let style = styles::TOC[(entry.level - 1).min(2)];
            let page = pages.and_then(|p| p.get(&entry.anchor)).map(u32::to_string).unwrap_or_default();
            let props = ParagraphProps { style: Some(style), ..ParagraphProps::default() };
            self.paragraph(props, None, |w| {
                if i == 0 {
                    w.field_start(" TOC \\o \"1-3\" \\h \\z \\u ", dirty);
                }
                w.page_entry(&entry.bookmark, &entry.text, &page);
                if i == last {
                    w.field_end();
                }
            });
        }
        self.toc = entries;
    }

    /// A block, its first paragraph (or its table's first cell) holding the bookmark that
    /// names it.
    fn block(&mut self, block: &Block) {
        let Some(origin) = &block.origin else { return self.block_content(block) };
        let n = self.identity.len() + 1;
        let bookmark = format!("{}{n}", roundtrip::BOOKMARK_PREFIX);
        let id = (IDENTITY_BOOKMARK_IDS + n).to_string();
        let variant = self.report.variant.clone().unwrap_or(Variant::Board);
        let source = roundtrip::version_source(&origin.source, &variant);
        let key = serde_json::from_str(&source)
            .map(|value| roundtrip::content_key(&value, self.municipality_name()))
            .unwrap_or_default();
        self.identity.push(roundtrip::BlockRecord {
            bookmark: bookmark.clone(),
            file: origin.file.clone(),
            key,
            source,
        });
        self.pending_identity = Some((bookmark, id));
        self.block_content(block);
        self.pending_identity = None;
    }

    fn identity_bookmark(&mut self) {
        if let Some((name, id)) = self.pending_identity.take() {
            self.x.empty("w:bookmarkStart", &[("w:id", &id), ("w:name", &name)]);
            self.x.empty("w:bookmarkEnd", &[("w:id", &id)]);
        }
    }

    /// The name `{municipality}` stands for in this version.
    fn municipality_name(&self) -> Option<&'a str> {
        let report = self.report;
        match &report.variant {
            Some(Variant::Municipality(id)) => {
                report.municipalities.iter().find(|m| &m.id == id).map(|m| m.name.as_str())
            }
            _ => None,
        }
    }

    /// What the DOCX says about where its blocks come from; `None` for a report not read
    /// from files.
    fn identity(&mut self) -> Option<roundtrip::Identity> {
        let report = self.report;
        let version = report.variant.as_ref().map_or(crate::model::BOARD_NAME, Variant::name).to_owned();
        let blocks = std::mem::take(&mut self.identity);
        let manifest = roundtrip::version_manifest(report.manifest_source.as_deref()?, &version, &blocks);
        let sections = report
            .sections
            .iter()
            .filter_map(|s| s.origin.as_ref().map(|o| (o.file.clone(), o.source.clone())));
        Some(roundtrip::Identity {
            version,
            municipality: self.municipality_name().map(str::to_owned),
            manifest,
            sections: sections.collect(),
            blocks,
        })
    }

    fn block_content(&mut self, block: &Block) {
        match &block.kind {
            BlockKind::Heading(heading) => {
                let level = usize::from(heading.level).clamp(1, 3);
                let props =
                    ParagraphProps { style: Some(styles::HEADINGS[level - 1]), ..ParagraphProps::default() };
                self.paragraph(props, Some(&heading.anchor), |w| {
                    w.inlines(&heading.content, Format::default())
                });
            }
            BlockKind::Paragraph(content) => {
                let props =
                    ParagraphProps { keep_next: block.introduces_next(), ..ParagraphProps::default() };
                self.paragraph(props, None, |w| w.inlines(content, Format::default()));
            }
            BlockKind::List(list) => {
                self.lists.push(list.ordered);
                let num_id = self.lists.len();
                let style = if list.ordered { styles::LIST_NUMBER } else { styles::LIST_BULLET };
                let mut items = Vec::new();
                flatten(&list.items, 0, &mut items);
                let last = items.len().saturating_sub(1);
                for (i, (item, depth)) in items.into_iter().enumerate() {
                    let mut props = ParagraphProps {
                        style: Some(style),
                        numbering: Some((num_id, depth.min(2))),
                        ..ParagraphProps::default()
                    };
                    if i == last {
                        let after = pt_twips(self.theme.styles.list_end_space_pt());
                        props.spacing = Some(Spacing { after: Some(after), ..Spacing::default() });
                    }
                    let report = self.report;
                    let anchor = self.place.and_then(|(section, block)| {
                        report.spot_anchor(section, Spot { block, item: Some(i) })
                    });
                    self.paragraph(props, anchor, |w| w.inlines(&item.content, Format::default()));
                }
            }
            BlockKind::Figure(figure) => self.figure(figure),
            BlockKind::Chart(chart) => self.chart(chart),
            BlockKind::KeyFigures(figures) => self.key_figures(figures),
            BlockKind::Table(table) => {
                self.tables += 1;
                if let Some(caption) = &table.caption {
                    self.caption(caption);
                }
                self.table(table);
                self.pending_space = Some(self.theme.table.space_after_pt);
            }
        }
    }

    /// A picture in a centred paragraph of its own, as large as in the PDF, kept with its
    /// caption under it ("Figuur 1. …", a SEQ field).
    fn figure(&mut self, figure: &Figure) {
        let page = &self.theme.page;
        let mm = 72.0 / 25.4;
        let text_height = page.text_height_mm() * mm;
        let (width, height) = crate::layout::figure_size(figure, page.text_width_mm() * mm, text_height);
        let props = self.drawing_paragraph(figure.caption.is_some(), self.theme.styles.body.space_after_pt);
        self.drawing_next = true;
        self.paragraph(props, None, |w| w.drawing(&figure.picture, figure.alt.as_deref(), (width, height)));
        if let Some(caption) = &figure.caption {
            self.figure_caption(caption);
        }
    }

    /// The centred paragraph of a picture or chart: single line spacing, so the line is as
    /// high as the drawing and no more; kept with the caption under it, if any.
    fn drawing_paragraph(&self, keep_next: bool, after_pt: f64) -> ParagraphProps<'static> {
        ParagraphProps {
            keep_next,
            justification: Some(Justification::Center),
            spacing: Some(Spacing {
                before: Some(pt_twips(self.theme.styles.body.space_before_pt)),
                after: Some(pt_twips(after_pt)),
                line: Some(240),
            }),
            ..ParagraphProps::default()
        }
    }

    /// A native Word chart as large as the PDF's drawing, described as there, kept with its
    /// caption.
    fn chart(&mut self, chart: &Chart) {
        let page = &self.theme.page;
        let mm = 72.0 / 25.4;
        let text_height = page.text_height_mm() * mm;
        let (width, height) =
            crate::layout::chart_size(chart, self.theme, page.text_width_mm() * mm, text_height);
        let body = &self.theme.styles.body;
        let after = match chart.caption {
            Some(_) => body.space_after_pt,
            None => body.space_after_pt.max(crate::layout::CHART_SPACE_AFTER_PT),
        };
        let props = self.drawing_paragraph(chart.caption.is_some(), after);
        self.charts
            .push((chart::chart_part(chart, self.theme, &self.report.meta.language), chart::workbook(chart)));
        let id = format!("rIdChart{}", self.charts.len());
        let description = chart.description();
        self.drawing_next = true;
        self.paragraph(props, None, |w| w.chart_drawing(&id, &chart.title, &description, (width, height)));
        if let Some(caption) = &chart.caption {
            self.figure_caption(caption);
        }
        if chart.data_table {
            self.table(&chart.as_table());
            self.pending_space = Some(self.theme.table.space_after_pt);
        }
    }

    /// A chart part shown inline, `width` × `height` points.
    fn chart_drawing(&mut self, id: &str, title: &str, description: &str, (width, height): (f64, f64)) {
        self.drawings += 1;
        let drawing = self.drawings.to_string();
        self.run(RunProps::default(), |x| {
            open_inline(x, (width, height));
            x.empty("wp:docPr", &[("id", &drawing), ("name", title), ("descr", description)]);
            x.empty("wp:cNvGraphicFramePr", &[]);
            x.open("a:graphic", &[]);
            x.open("a:graphicData", &[("uri", chart::CHART_NS)]);
            x.empty("c:chart", &[("xmlns:c", chart::CHART_NS), ("r:id", id)]);
            x.close("a:graphicData");
            x.close("a:graphic");
            x.close("wp:inline");
            x.close("w:drawing");
        });
    }

    /// Key figures as a one-row table of shaded cells, the number over its label in each:
    /// the PDF's boxes, white rules between them standing for the gaps. A cell keeps number
    /// and label together for a screen reader and when edited.
    fn key_figures(&mut self, figures: &[KeyFigure]) {
        self.pending_space = None;
        let theme = self.theme;
        let text_width = twips(theme.page.text_width_mm());
        let n = figures.len() as i32;
        let width = (text_width / n).to_string();
        let gap_eighths = ((crate::layout::KEY_FIGURE_GAP_PT * 8.0).round() as i64).to_string();
        let padding = pt_twips(crate::layout::KEY_FIGURE_PADDING_MM * 72.0 / 25.4).to_string();
        let fill = theme.charts.key_figure_fill.hex();
        let x = &mut self.x;
        x.open("w:tbl", &[]);
        x.open("w:tblPr", &[]);
        x.empty("w:tblW", &[("w:w", &(text_width / n * n).to_string()), ("w:type", "dxa")]);
        x.empty("w:jc", &[("w:val", "center")]);
        x.open("w:tblBorders", &[]);
        for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH"] {
            x.empty(side, &[("w:val", "nil")]);
        }
        x.empty(
            "w:insideV",
            &[("w:val", "single"), ("w:sz", &gap_eighths), ("w:space", "0"), ("w:color", "FFFFFF")],
        );
        x.close("w:tblBorders");
        x.empty("w:tblLayout", &[("w:type", "fixed")]);
        x.open("w:tblCellMar", &[]);
        for side in ["w:top", "w:left", "w:bottom", "w:right"] {
            x.empty(side, &[("w:w", &padding), ("w:type", "dxa")]);
        }
        x.close("w:tblCellMar");
        x.empty(
            "w:tblLook",
            &[
                ("w:val", "0000"),
                ("w:firstRow", "0"),
                ("w:lastRow", "0"),
                ("w:firstColumn", "0"),
                ("w:lastColumn", "0"),
                ("w:noHBand", "1"),
                ("w:noVBand", "1"),
            ],
        );
        let summary: Vec<String> = figures.iter().map(|f| format!("{} {}", f.value, f.label)).collect();
        x.val("w:tblDescription", &summary.join(", "));
        x.close("w:tblPr");
        x.open("w:tblGrid", &[]);
        for _ in figures {
            x.empty("w:gridCol", &[("w:w", &width)]);
        }
        x.close("w:tblGrid");
        x.open("w:tr", &[]);
        x.open("w:trPr", &[]);
        x.empty("w:cantSplit", &[]);
        x.close("w:trPr");
        for figure in figures {
            self.x.open("w:tc", &[]);
            self.x.open("w:tcPr", &[]);
            self.x.empty("w:tcW", &[("w:w", &width), ("w:type", "dxa")]);
            self.x.empty("w:shd", &[("w:val", "clear"), ("w:color", "auto"), ("w:fill", &fill)]);
            self.x.close("w:tcPr");
            let value = ParagraphProps { style: Some(styles::KEY_FIGURE), ..ParagraphProps::default() };
            self.paragraph(value, None, |w| w.text_run(&figure.value, Format::default()));
            let label = ParagraphProps { style: Some(styles::KEY_FIGURE_LABEL), ..ParagraphProps::default() };
            self.paragraph(label, None, |w| w.text_run(&figure.label, Format::default()));
            self.x.close("w:tc");
        }
        self.x.close("w:tr");
        self.x.close("w:tbl");
        self.pending_space = Some(theme.styles.body.space_after_pt.max(theme.table.space_after_pt));
    }

    /// "Figuur 1. …" under a picture or chart, numbered by a SEQ field.
    fn figure_caption(&mut self, caption: &[Inline]) {
        let body = &self.theme.styles.body;
        {
            self.figures += 1;
            let label = self.theme.labels.figure.clone();
            let number = self.figures.to_string();
            let caption_style = &self.theme.styles.caption;
            let props = ParagraphProps {
                style: Some(styles::CAPTION),
                // The caption style keeps a table's caption with the table under it; this one
                // is under its picture.
                not_keep_next: true,
                spacing: Some(Spacing {
                    before: Some(pt_twips(crate::layout::FIGURE_CAPTION_GAP_PT)),
                    after: Some(pt_twips(caption_style.space_after_pt.max(body.space_after_pt))),
                    line: None,
                }),
                ..ParagraphProps::default()
            };
            self.paragraph(props, None, |w| {
                w.text_run(&format!("{label} "), Format::default());
                w.field(&format!(" SEQ {label} \\* ARABIC "), &number, Format::default());
                w.text_run(". ", Format::default());
                w.inlines(caption, Format::default());
            });
        }
    }

    /// The relationship id of a picture's media part, adding the part the first time.
    fn media_id(
        &mut self,
        key: &str,
        name: &str,
        format: PictureFormat,
        bytes: impl FnOnce() -> Vec<u8>,
    ) -> String {
        if let Some(media) = self.media.iter().find(|m| m.key == key && m.from == self.part_name) {
            return media.id.clone();
        }
        let n = self.media.len() + 1;
        let stem: String = name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(name)
            .rsplit_once('.')
            .map_or(name, |(stem, _)| stem)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' { c.to_ascii_lowercase() } else { '-' })
            .take(40)
            .collect();
        let media = Media {
            from: self.part_name,
            key: key.to_owned(),
            id: format!("rIdMedia{n}"),
            part: format!("word/media/{n}-{stem}.{}", format.extension()),
            content_type: format.content_type(),
            bytes: bytes(),
        };
        let id = media.id.clone();
        self.media.push(media);
        id
    }

    /// A picture as an inline drawing of `width` × `height` points, described by `alt`
    /// (`None`: marked decorative, as Word's "Mark as decorative" does). An SVG goes in as
    /// SVG, with a PNG drawn from it for what cannot show SVG.
    fn drawing(&mut self, picture: &Picture, alt: Option<&str>, (width, height): (f64, f64)) {
        let blip = match picture.format {
            PictureFormat::Svg => {
                let theme = self.theme;
                let png = self.media_id(
                    &format!("{}.png", picture.hash),
                    &picture.name,
                    PictureFormat::Png,
                    || svg_fallback(picture, theme, width),
                );
                let svg =
                    self.media_id(&picture.hash, &picture.name, PictureFormat::Svg, || picture.bytes.clone());
                (png, Some(svg))
            }
            format => (self.media_id(&picture.hash, &picture.name, format, || picture.bytes.clone()), None),
        };
        self.drawings += 1;
        let id = self.drawings.to_string();
        // The name Word's selection pane shows: the file's, which staff recognise.
        let name = picture.name.rsplit('/').next().unwrap_or(&picture.name).to_owned();
        let (cx, cy) = emu((width, height));
        self.run(RunProps::default(), |x| {
            open_inline(x, (width, height));
            match alt {
                Some(descr) => x.open("wp:docPr", &[("id", &id), ("name", &name), ("descr", descr)]),
                None => x.open("wp:docPr", &[("id", &id), ("name", &name)]),
            }
            if alt.is_none() {
                x.open("a:extLst", &[]);
                x.open("a:ext", &[("uri", DECORATIVE_EXT)]);
                x.empty(
                    "adec:decorative",
                    &[
                        ("xmlns:adec", "http://schemas.microsoft.com/office/drawing/2017/decorative"),
                        ("val", "1"),
                    ],
                );
                x.close("a:ext");
                x.close("a:extLst");
            }
            x.close("wp:docPr");
            x.open("wp:cNvGraphicFramePr", &[]);
            x.empty("a:graphicFrameLocks", &[("noChangeAspect", "1")]);
            x.close("wp:cNvGraphicFramePr");
            x.open("a:graphic", &[]);
            x.open("a:graphicData", &[("uri", PICTURE_NS)]);
            x.open("pic:pic", &[]);
            x.open("pic:nvPicPr", &[]);
            x.empty("pic:cNvPr", &[("id", &id), ("name", &name)]);
            x.empty("pic:cNvPicPr", &[]);
            x.close("pic:nvPicPr");
            x.open("pic:blipFill", &[]);
            match &blip.1 {
                Some(svg) => {
                    x.open("a:blip", &[("r:embed", &blip.0)]);
                    x.open("a:extLst", &[]);
                    x.open("a:ext", &[("uri", SVG_EXT)]);
                    x.empty(
                        "asvg:svgBlip",
                        &[
                            ("xmlns:asvg", "http://schemas.microsoft.com/office/drawing/2016/SVG/main"),
                            ("r:embed", svg),
                        ],
                    );
                    x.close("a:ext");
                    x.close("a:extLst");
                    x.close("a:blip");
                }
                None => x.empty("a:blip", &[("r:embed", &blip.0)]),
            }
            x.open("a:stretch", &[]);
            x.empty("a:fillRect", &[]);
            x.close("a:stretch");
            x.close("pic:blipFill");
            x.open("pic:spPr", &[]);
            x.open("a:xfrm", &[]);
            x.empty("a:off", &[("x", "0"), ("y", "0")]);
            x.empty("a:ext", &[("cx", &cx), ("cy", &cy)]);
            x.close("a:xfrm");
            x.open("a:prstGeom", &[("prst", "rect")]);
            x.empty("a:avLst", &[]);
            x.close("a:prstGeom");
            x.close("pic:spPr");
            x.close("pic:pic");
            x.close("a:graphicData");
            x.close("a:graphic");
            x.close("wp:inline");
            x.close("w:drawing");
        });
    }

    /// "Tabel 1. Caption", numbered by a SEQ field as Word's own captions are.
    fn caption(&mut self, caption: &[Inline]) {
        let label = &self.theme.labels.table;
        let number = self.tables.to_string();
        let props = ParagraphProps { style: Some(styles::CAPTION), ..ParagraphProps::default() };
        self.paragraph(props, None, |w| {
            w.text_run(&format!("{label} "), Format::default());
            w.field(&format!(" SEQ {label} \\* ARABIC "), &number, Format::default());
            w.text_run(". ", Format::default());
            w.inlines(caption, Format::default());
        });
    }

    fn table(&mut self, table: &crate::model::Table) {
        // Room after a table goes to the paragraph after it, never into a cell of the next.
        self.pending_space = None;
        let text_width = twips(self.theme.page.text_width_mm()) as f64;
        // The PDF's widths, in twips (20 per point).
        let widths =
            crate::model::column_widths(&table.columns, text_width, crate::layout::MIN_COLUMN * 20.0);
        let narrowest = widths.iter().copied().fold(f64::MAX, f64::min) / 20.0;
        let rounded: Vec<i64> = widths.iter().map(|w| w.round() as i64).collect();
        let total: i64 = rounded.iter().sum();
        let widths: Vec<String> = rounded.iter().map(i64::to_string).collect();
        let caption = table.caption.as_deref().map(plain_text);
        let x = &mut self.x;
        x.open("w:tbl", &[]);
        x.open("w:tblPr", &[]);
        x.val("w:tblStyle", styles::TABLE_STYLE);
        x.empty("w:tblW", &[("w:w", &total.to_string()), ("w:type", "dxa")]);
        styles::table_borders(x, self.theme, !table.header.is_empty());
        x.empty("w:tblLayout", &[("w:type", "fixed")]);
        styles::table_cell_margins(x, self.theme.table.cell_padding_pt(narrowest));
        x.empty(
            "w:tblLook",
            &[
                ("w:val", "0420"),
                ("w:firstRow", if table.header.is_empty() { "0" } else { "1" }),
                ("w:lastRow", "0"),
                ("w:firstColumn", "0"),
                ("w:lastColumn", "0"),
                ("w:noHBand", "1"),
                ("w:noVBand", "1"),
            ],
        );
        if let Some(caption) = &caption {
            let label = format!("{} {}. {caption}", self.theme.labels.table, self.tables);
            x.val("w:tblCaption", &label);
            x.val("w:tblDescription", caption);
        }
        x.close("w:tblPr");
        x.open("w:tblGrid", &[]);
        for width in &widths {
            x.empty("w:gridCol", &[("w:w", width)]);
        }
        x.close("w:tblGrid");
        for cells in &table.header {
            self.table_row(cells, &widths, table, true);
        }
        for row in &table.rows {
            self.table_row(&row.cells, &widths, table, false);
        }
        self.x.close("w:tbl");
    }

    fn table_row(
        &mut self,
        cells: &[crate::model::Cell],
        widths: &[String],
        table: &crate::model::Table,
        header: bool,
    ) {
        let style = if header { styles::TABLE_HEADER } else { styles::TABLE_TEXT };
        self.x.open("w:tr", &[]);
        self.x.open("w:trPr", &[]);
        self.x.empty("w:cantSplit", &[]);
        if header {
            self.x.empty("w:tblHeader", &[]);
        }
        self.x.close("w:trPr");
        for ((content, width), column) in cells.iter().zip(widths).zip(&table.columns) {
            self.x.open("w:tc", &[]);
            self.x.open("w:tcPr", &[]);
            self.x.empty("w:tcW", &[("w:w", width), ("w:type", "dxa")]);
            if header {
                let fill = self.theme.table.header_fill.hex();
                self.x.empty("w:shd", &[("w:val", "clear"), ("w:color", "auto"), ("w:fill", &fill)]);
            }
            self.x.val("w:vAlign", "top");
            self.x.close("w:tcPr");
            let justification = match column.align {
                Align::Left => Justification::Left,
                Align::Center => Justification::Center,
                Align::Right => Justification::Right,
            };
            // A table without caption carries an overview bookmark in its first cell.
            let props = ParagraphProps {
                style: Some(style),
                justification: Some(justification),
                ..ParagraphProps::default()
            };
            self.paragraph(props, None, |w| w.inlines(content, Format::default()));
            self.x.close("w:tc");
        }
        self.x.close("w:tr");
    }

    fn inlines(&mut self, inlines: &[Inline], format: Format) {
        for inline in inlines {
            match inline {
                Inline::Text(text) => self.text_run(text, format),
                Inline::Number(raw) => self.text_run(&crate::model::number_text(raw), format),
                Inline::Strong(inner) => self.inlines(inner, Format { bold: true, ..format }),
                Inline::Emphasis(inner) => self.inlines(inner, Format { italic: true, ..format }),
                Inline::MunicipalityName => {}
                Inline::Link { target, content } => {
                    match target {
                        LinkTarget::Internal(anchor) => {
                            let bookmark =
                                self.bookmarks.get(anchor).map_or(anchor.clone(), |(name, _)| name.clone());
                            self.x.open("w:hyperlink", &[("w:anchor", &bookmark), ("w:history", "1")]);
                        }
                        LinkTarget::External(url) => {
                            self.external_links.push(url.clone());
                            let id = format!("rIdLink{}", self.external_links.len());
                            self.x.open("w:hyperlink", &[("r:id", &id), ("w:history", "1")]);
                        }
                    }
                    self.inlines(content, Format { link: true, ..format });
                    self.x.close("w:hyperlink");
                }
            }
        }
    }

    /// A part of its own (header, footer) written by `content` under `root`.
    fn part(&mut self, root: &str, content: impl FnOnce(&mut Self)) -> String {
        let document = std::mem::replace(&mut self.x, Xml::new());
        self.x.open(root, &ROOT_NAMESPACES);
        content(self);
        self.x.close(root);
        std::mem::replace(&mut self.x, document).finish()
    }

    /// The running header; with the theme's logo in it on the side away from the text (as
    /// the PDF has it), the two on one line held apart by a tab.
    fn running_header(&mut self) -> String {
        let text = self.theme.labels.running_header(self.report);
        let mut props = ParagraphProps { style: Some(styles::HEADER), ..ParagraphProps::default() };
        let logo = self.theme.logo.as_ref().and_then(|l| Some((l.picture.clone(), l.header_height_mm?)));
        let Some((picture, height_mm)) = logo else {
            return self
                .part("w:hdr", |w| w.paragraph(props, None, |w| w.text_run(&text, Format::default())));
        };
        let mm = 72.0 / 25.4;
        let size = (height_mm * mm / picture.aspect(), height_mm * mm);
        let width = twips(self.theme.page.text_width_mm());
        let align = self.theme.running.header_align;
        props.justification = Some(Justification::Left);
        props.tab = Some(match align {
            crate::theme::HAlign::Center => ("center", width / 2),
            _ => ("right", width),
        });
        self.part_name = HEADER_PART;
        let header = self.part("w:hdr", |w| {
            w.paragraph(props, None, |w| match align {
                crate::theme::HAlign::Left => {
                    w.text_run(&text, Format::default());
                    w.tab_run();
                    w.drawing(&picture, None, size);
                }
                _ => {
                    w.drawing(&picture, None, size);
                    w.tab_run();
                    w.text_run(&text, Format::default());
                }
            })
        });
        self.part_name = DOCUMENT;
        header
    }

    /// "Pagina {page} van {pages}" with PAGE and NUMPAGES fields in place of the placeholders.
    fn page_footer(&mut self) -> String {
        let props = ParagraphProps { style: Some(styles::FOOTER), ..ParagraphProps::default() };
        let label = self.theme.labels.page_x_of_y.clone();
        self.part("w:ftr", |w| {
            w.paragraph(props, None, |w| {
                let mut rest = label.as_str();
                while let Some(start) = rest.find('{') {
                    let Some(end) = rest[start..].find('}').map(|e| start + e) else { break };
                    if start > 0 {
                        w.text_run(&rest[..start], Format::default());
                    }
                    match &rest[start + 1..end] {
                        "page" => w.field(" PAGE ", "1", Format::default()),
                        "pages" => w.field(" NUMPAGES ", "1", Format::default()),
                        other => w.text_run(&format!("{{{other}}}"), Format::default()),
                    }
                    rest = &rest[end + 1..];
                }
                if !rest.is_empty() {
                    w.text_run(rest, Format::default());
                }
            })
        })
    }
}
