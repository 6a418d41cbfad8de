//! Blocks → units of lines and rows with their spacing and keep rules, then onto pages.
//!
//! Spacing means what it means in the DOCX styles: a paragraph's space after plus the next
//! one's space before (dropped at the top of a page), line pitch = single line × the style's
//! multiple. Headings keep with the next two lines; paragraphs leave no widow or orphan line;
//! table rows do not split and header rows repeat; every section starts a new page.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::pages::{Furniture, Paginator, Part, Unit, UnitLine};
use super::text::paragraph::{Span, Typesetter};
use super::{FaceId, PageItem, PagedDocument, Placed, Role, Setup};
use crate::model::{
    Align, Block, BlockKind, Chart, Figure, Inline, KeyFigure, LinkTarget, ListItem, Report, Section, Table,
    plain_text,
};
use crate::theme::TextStyle;

pub(super) const MM: f64 = 72.0 / 25.4;
/// Room between a picture and its caption under it (points); the DOCX uses the same.
pub const FIGURE_CAPTION_GAP_PT: f64 = 4.0;
/// The most of a page's text height a picture takes, leaving room for its caption.
const FIGURE_MAX_SHARE: f64 = 0.8;

/// Room between two key figures' boxes (points: the widest rule Word draws, which stands
/// for the gap there), and inside a box around its text (mm); the DOCX uses the same.
pub const KEY_FIGURE_GAP_PT: f64 = 12.0;
pub const KEY_FIGURE_PADDING_MM: f64 = 3.0;

/// Room under a chart without a caption, whose legend would otherwise touch the text after
/// it (points); the DOCX uses the same.
pub const CHART_SPACE_AFTER_PT: f64 = 12.0;

/// Room between the logo and the title on the cover (points); the DOCX uses the same.
pub const LOGO_SPACE_AFTER_PT: f64 = 18.0;

/// The logo's size on the cover (points): its width, never wider than the text.
pub fn logo_size(logo: &crate::theme::Logo, text_width: f64) -> (f64, f64) {
    let width = (logo.width_mm * MM).min(text_width);
    (width, width * logo.picture.aspect())
}

/// A figure's size on the page (points): its width, or less so that it is never taller than
/// [`FIGURE_MAX_SHARE`] of the text height; the aspect ratio kept.
pub fn figure_size(figure: &Figure, text_width: f64, text_height: f64) -> (f64, f64) {
    let aspect = figure.picture.aspect();
    let mut width = figure.width.resolve(text_width, MM);
    if width * aspect > FIGURE_MAX_SHARE * text_height {
        width = FIGURE_MAX_SHARE * text_height / aspect;
    }
    (width, width * aspect)
}
/// No table column is narrower than this (points); see `model::column_widths`.
pub const MIN_COLUMN: f64 = 24.0;

/// Lays out the report; the table of contents is laid out again until its page numbers
/// are those of the headings it lists.
pub fn layout(report: &Report, setup: &Setup<'_>) -> PagedDocument {
    let sections = Sections::default();
    sections.prepare(&[report], setup);
    layout_with(report, setup, &sections)
}

/// As [`layout`], taking the sections from `sections` (laying out those it lacks). Every
/// section starts a new page, so a section is laid out the same wherever it lands: versions
/// that share a section's content share its pages, and only the front matter (cover,
/// overview, introduction, table of contents) is laid out per version.
pub fn layout_with(report: &Report, setup: &Setup<'_>, sections: &Sections) -> PagedDocument {
    let mut parts: Vec<Part> =
        section_keys(report).into_iter().map(|key| sections.take(key, setup)).collect();
    // The overview's link targets, on the blocks they point to.
    for entry in &report.overview {
        if let Some(part) = parts.get_mut(entry.section)
            && let Some(&destination) = part.spots.get(&entry.spot)
        {
            part.anchors.insert(entry.anchor.clone(), destination);
        }
    }
    // The cover holds the title, a municipality's overview and the introduction; the table
    // of contents starts the next page. When those run past the cover, the TOC follows them
    // directly, unless that leaves a few of its lines alone on a last page.
    let before_toc = Builder::new(setup, &BTreeMap::new(), (0, 0)).front(report, Toc::Omitted);
    let mut toc_new_page = before_toc.pages.len() == 1;
    let mut front = front_matter(report, setup, &parts, toc_new_page);
    if !toc_new_page && nearly_empty_last_page(&front, setup) {
        let balanced = front_matter(report, setup, &parts, true);
        if !nearly_empty_last_page(&balanced, setup) {
            (front, toc_new_page) = (balanced, true);
        }
    }
    let mut document = front;
    for part in parts {
        document.append(part);
    }
    let theme = setup.theme;
    let page = &theme.page;
    let furniture = Furniture {
        header: theme.labels.running_header(report),
        footer: theme.labels.page_x_of_y.clone(),
        style: theme.styles.header_footer.clone(),
        align: (theme.running.header_align, theme.running.footer_align),
        header_y: page.header_mm * MM,
        footer_y: (page.height_mm - page.footer_mm) * MM,
        left: page.margin_left_mm * MM,
        right: (page.width_mm - page.margin_right_mm) * MM,
        logo: theme.logo.as_ref().and_then(|l| Some((l.picture.clone(), l.header_height_mm? * MM))),
    };
    let size = (page.width_mm * MM, page.height_mm * MM);
    let mut document =
        document.into_document(setup.fonts, &furniture, size, &report.meta.title, &report.meta.language);
    document.toc_new_page = toc_new_page;
    document
}

/// The front matter, laid out until its page numbers (of the overview and TOC entries) are
/// those of the pages: the front matter's own length can move every section.
fn front_matter(report: &Report, setup: &Setup<'_>, sections: &[Part], toc_new_page: bool) -> Part {
    let mut numbers: BTreeMap<String, u32> = BTreeMap::new();
    let toc = if toc_new_page { Toc::NewPage } else { Toc::Follows };
    let mut front = Builder::new(setup, &numbers, (0, 0)).front(report, toc);
    for _ in 0..4 {
        let found = page_numbers(&front, sections);
        if found == numbers {
            break;
        }
        numbers = found;
        front = Builder::new(setup, &numbers, (0, 0)).front(report, toc);
    }
    front
}

/// Where the front matter's table of contents goes.
#[derive(Clone, Copy, PartialEq)]
enum Toc {
    /// Left out, to measure what comes before it.
    Omitted,
    NewPage,
    Follows,
}

/// Whether the front matter runs onto a page (after the cover and one more) that it fills
/// for less than a quarter.
fn nearly_empty_last_page(front: &Part, setup: &Setup<'_>) -> bool {
    let page = &setup.theme.page;
    let (top, bottom) = (page.margin_top_mm * MM, (page.height_mm - page.margin_bottom_mm) * MM);
    front.pages.len() >= 3
        && front.pages.last().is_some_and(|last| last.content_bottom(top) - top < 0.25 * (bottom - top))
}

/// The page number (from 1) of every anchor, with the sections after the front matter.
fn page_numbers(front: &Part, sections: &[Part]) -> BTreeMap<String, u32> {
    let mut numbers = BTreeMap::new();
    let mut first_page = 0;
    for part in std::iter::once(front).chain(sections) {
        for (anchor, destination) in &part.anchors {
            numbers.insert(anchor.clone(), (first_page + destination.page + 1) as u32);
        }
        first_page += part.pages.len();
    }
    numbers
}

/// What a section's pages depend on: its content in this version and the number of the
/// tables and figures before it (captions are numbered through the document).
#[derive(Debug, Clone, PartialEq)]
struct SectionKey {
    section: Section,
    /// Captioned tables and figures before the section.
    before: (usize, usize),
}

fn section_keys(report: &Report) -> Vec<SectionKey> {
    let mut before = numbered(&report.introduction);
    let mut keys = Vec::new();
    for section in &report.sections {
        keys.push(SectionKey { section: section.clone(), before });
        let (tables, figures) = numbered(&section.blocks);
        before = (before.0 + tables, before.1 + figures);
    }
    keys
}

/// How much text `blocks` hold: what laying them out costs.
fn text_length(blocks: &[Block]) -> usize {
    let mut text = Vec::new();
    crate::model::blocks_text(blocks, &mut text);
    text.iter().map(String::len).sum()
}

/// Tables and figures with a caption, which get a number.
fn numbered(blocks: &[Block]) -> (usize, usize) {
    let tables = blocks.iter().filter(|b| matches!(&b.kind, BlockKind::Table(t) if t.caption.is_some()));
    let figures = blocks.iter().filter(|b| b.kind.figure_caption().is_some());
    (tables.count(), figures.count())
}

/// Laid-out sections, shared by the versions of one build (and one theme): each is laid out
/// once, handed to every version whose section is the same, and dropped after its last.
#[derive(Default)]
pub struct Sections {
    parts: Mutex<Vec<Shared>>,
}

struct Shared {
    key: SectionKey,
    part: Option<Arc<Part>>,
    /// Versions still to take this part.
    users: usize,
}

impl Sections {
    /// Lays out, in parallel, every section `versions` will need, and counts their users;
    /// returns how many distinct sections were laid out.
    pub fn prepare(&self, versions: &[&Report], setup: &Setup<'_>) -> usize {
        let mut shared: Vec<Shared> = Vec::new();
        for key in versions.iter().flat_map(|report| section_keys(report)) {
            match shared.iter_mut().find(|s| s.key == key) {
                Some(s) => s.users += 1,
                None => shared.push(Shared { key, part: None, users: 1 }),
            }
        }
        // Longest first, each thread taking the next when it is free: a few sections of very
        // different lengths then keep both cores busy (halving the list would not).
        shared.sort_by_cached_key(|s| std::cmp::Reverse(text_length(&s.key.section.blocks)));
        let next = AtomicUsize::new(0);
        let slots: Vec<Mutex<&mut Shared>> = shared.iter_mut().map(Mutex::new).collect();
        rayon::scope(|scope| {
            for _ in 0..rayon::current_num_threads().min(slots.len()) {
                scope.spawn(|_| {
                    while let Some(slot) = slots.get(next.fetch_add(1, Ordering::Relaxed)) {
                        if let Ok(mut s) = slot.lock() {
                            s.part = Some(Arc::new(lay_out_section(&s.key, setup)));
                        }
                    }
                });
            }
        });
        drop(slots);
        let count = shared.len();
        if let Ok(mut parts) = self.parts.lock() {
            // What an earlier build left (a version that failed before its layout) goes.
            *parts = shared;
        }
        count
    }

    /// The section's pages: prepared (moved out for its last user), or laid out now.
    fn take(&self, key: SectionKey, setup: &Setup<'_>) -> Part {
        let found = self.parts.lock().ok().and_then(|mut parts| {
            let index = parts.iter().position(|s| s.key == key && s.part.is_some())?;
            let shared = &mut parts[index];
            shared.users = shared.users.saturating_sub(1);
            if shared.users == 0 { parts.remove(index).part } else { shared.part.clone() }
        });
        match found {
            Some(part) => Arc::unwrap_or_clone(part),
            None => lay_out_section(&key, setup),
        }
    }
}

fn lay_out_section(key: &SectionKey, setup: &Setup<'_>) -> Part {
    let empty = BTreeMap::new();
    let mut builder = Builder::new(setup, &empty, key.before);
    builder.section(key);
    builder.pages.finish()
}

struct Builder<'a> {
    setup: &'a Setup<'a>,
    typesetter: Typesetter<'a>,
    pages: Paginator,
    toc_numbers: &'a BTreeMap<String, u32>,
    width: f64,
}

impl<'a> Builder<'a> {
    fn new(setup: &'a Setup<'a>, toc_numbers: &'a BTreeMap<String, u32>, before: (usize, usize)) -> Self {
        let page = &setup.theme.page;
        let paginator = Paginator::new(
            page.margin_top_mm * MM,
            (page.height_mm - page.margin_bottom_mm) * MM,
            page.margin_left_mm * MM,
            before,
        );
        Builder {
            setup,
            typesetter: Typesetter { fonts: setup.fonts, hyphenator: setup.hyphenator },
            pages: paginator,
            toc_numbers,
            width: page.text_width_mm() * MM,
        }
    }

    /// The cover with a municipality's overview and the introduction, then the table of
    /// contents.
    fn front(mut self, report: &Report, toc: Toc) -> Part {
        let root = 0;
        self.cover(report, root);
        self.overview(report, root);
        if !report.introduction.is_empty() {
            self.front_heading(&self.setup.theme.labels.introduction, root);
        }
        for block in &report.introduction {
            self.block(block, root);
        }
        if toc == Toc::NewPage {
            self.pages.force_new_page();
        }
        if toc != Toc::Omitted {
            self.table_of_contents(report, root);
        }
        self.pages.finish()
    }

    /// A section on pages of its own, from its heading on.
    fn section(&mut self, key: &SectionKey) {
        let root = 0;
        let section = &key.section;
        let style = &self.setup.theme.styles.headings[0];
        let node = self.pages.node(Role::Heading(1), root);
        let spans = vec![Span { text: section.heading(), face: face(style), link: None }];
        let mut unit = self.text_unit(&spans, style, 0.0, self.width, node, None);
        unit.page_break_before = true;
        unit.keep_with_next = true;
        unit.anchors.push(section.anchor.clone());
        unit.outline = Some((1, section.heading()));
        self.pages.push(unit);
        for (b, block) in section.blocks.iter().enumerate() {
            self.pages.start_block(b);
            self.block(block, root);
        }
    }

    fn cover(&mut self, report: &Report, root: usize) {
        let theme = self.setup.theme;
        let meta = &report.meta;
        let s = &theme.styles;
        if let Some(logo) = &theme.logo {
            let node = self.pages.node(Role::Figure { alt: logo.alt.clone() }, root);
            let (width, height) = logo_size(logo, self.width);
            let mut unit = Unit::new(0.0, LOGO_SPACE_AFTER_PT);
            let image = Placed::new(
                0.0,
                0.0,
                PageItem::Image { width, height, picture: logo.picture.clone(), parent: Some(node) },
            );
            unit.lines.push(UnitLine { height, baseline: 0.0, items: vec![image], content_end: width });
            self.pages.push(unit);
        }
        let title_node = self.pages.node(Role::Heading(1), root);
        let title =
            self.text_unit(&plain(&meta.title, face(&s.title)), &s.title, 0.0, self.width, title_node, None);
        self.pages.push(title);
        let details = [
            (meta.subtitle.clone(), &s.subtitle),
            (format!("{} · {}", meta.organisation, meta.region), &s.cover_detail),
            (theme.labels.version(report), &s.cover_detail),
            (meta.publication_date.to_string(), &s.cover_detail),
        ];
        for (text, style) in details {
            let node = self.pages.node(Role::Paragraph, root);
            let unit = self.text_unit(&plain(&text, face(style)), style, 0.0, self.width, node, None);
            self.pages.push(unit);
        }
    }

    /// A front-matter heading ("Inhoudstafel", "In uw gemeente"), kept with the entries that
    /// follow; returns the node the entries go in.
    fn list_heading(&mut self, label: &str, root: usize) -> usize {
        self.front_heading(label, root);
        self.pages.node(Role::Toc, root)
    }

    /// A heading of the front matter, not in the TOC: "Inleiding", "Inhoudstafel".
    fn front_heading(&mut self, label: &str, root: usize) {
        let style = &self.setup.theme.styles.headings[0];
        let node = self.pages.node(Role::Heading(1), root);
        let mut heading = self.text_unit(&plain(label, face(style)), style, 0.0, self.width, node, None);
        heading.keep_with_next = true;
        self.pages.push(heading);
    }

    /// A municipality's "In uw gemeente" on its cover: what the report says that concerns it,
    /// with pages.
    fn overview(&mut self, report: &Report, root: usize) {
        if report.overview.is_empty() {
            return;
        }
        let theme = self.setup.theme;
        let list = self.list_heading(&theme.labels.in_your_municipality, root);
        for entry in &report.overview {
            self.toc_entry(list, 2, &entry.label, &entry.anchor);
        }
    }

    fn table_of_contents(&mut self, report: &Report, root: usize) {
        if report.sections.is_empty() {
            return;
        }
        let toc = self.list_heading(&self.setup.theme.labels.contents, root);
        let mut entries = Vec::new();
        for section in &report.sections {
            entries.push((1u8, section.heading(), section.anchor.clone()));
            for block in &section.blocks {
                if let BlockKind::Heading(h) = &block.kind {
                    entries.push((h.level, plain_text(&h.content), h.anchor.clone()));
                }
            }
        }
        for (level, text, anchor) in entries {
            self.toc_entry(toc, level, &text, &anchor);
        }
    }

    fn toc_entry(&mut self, toc: usize, level: u8, text: &str, anchor: &str) {
        let theme = self.setup.theme;
        let style = &theme.styles.toc[usize::from(level.clamp(1, 3)) - 1];
        let size = style.size_pt;
        let fonts = self.setup.fonts;
        let number = self.toc_numbers.get(anchor).map_or("0".to_string(), u32::to_string);
        let number_face = face(style);
        let number_width = fonts.width(number_face, size, &number);
        let indent = style.indent_mm * MM;
        let text_width = self.width - indent - theme.toc.number_room_mm * MM;
        let item = self.pages.node(Role::TocItem, toc);
        let link = self.pages.node(Role::Link(LinkTarget::Internal(anchor.to_owned())), item);
        // The whole line is the link (below); its text looks like the rest of the TOC.
        let spans = vec![Span { text: text.to_owned(), face: face(style), link: None }];
        let mut unit = self.text_unit(&spans, style, indent, text_width, link, None);
        // Dot leaders (an artifact) and the page number on the last line.
        if let Some(last) = unit.lines.last_mut() {
            let end = last.content_end;
            let number_x = indent + self.width - indent - number_width;
            let dot = fonts.shape(number_face, size, ".");
            let dot_width: f64 = dot.iter().map(|g| f64::from(g.advance)).sum::<f64>() * 1.6;
            let mut x = ((indent + end + 2.0) / dot_width).ceil() * dot_width;
            let baseline = last.baseline;
            let grey = style.color.0;
            let mut dots = String::new();
            let mut glyphs = Vec::new();
            let start_x = x;
            while x + dot_width <= number_x - 2.0 {
                for g in &dot {
                    glyphs.push(super::Glyph { advance: dot_width as f32, cluster: dots.len(), ..*g });
                }
                dots.push('.');
                x += dot_width;
            }
            if !dots.is_empty() {
                last.items.push(Placed::new(
                    start_x,
                    baseline,
                    PageItem::Text { size, color: grey, face: number_face, glyphs, text: dots, parent: None },
                ));
            }
            last.items.push(Placed::new(
                number_x,
                baseline,
                PageItem::Text {
                    size,
                    color: grey,
                    face: number_face,
                    glyphs: fonts.shape(number_face, size, &number),
                    text: number,
                    parent: Some(link),
                },
            ));
            let line_height = last.height;
            last.items.push(Placed::new(
                indent,
                0.0,
                PageItem::Link {
                    width: self.width - indent,
                    height: line_height,
                    target: LinkTarget::Internal(anchor.to_owned()),
                    parent: link,
                },
            ));
        }
        self.pages.push(unit);
    }

    fn block(&mut self, block: &Block, root: usize) {
        let theme = self.setup.theme;
        match &block.kind {
            BlockKind::Heading(heading) => {
                let level = heading.level.clamp(1, 3);
                let style = &theme.styles.headings[usize::from(level) - 1];
                let node = self.pages.node(Role::Heading(level), root);
                let spans = spans(&heading.content, face(style), None);
                let mut unit = self.text_unit(&spans, style, 0.0, self.width, node, None);
                unit.keep_with_next = true;
                unit.anchors.push(heading.anchor.clone());
                unit.outline = Some((level, plain_text(&heading.content)));
                self.pages.push(unit);
            }
            BlockKind::Paragraph(content) => {
                let style = &theme.styles.body;
                let node = self.pages.node(Role::Paragraph, root);
                let mut unit =
                    self.text_unit(&spans(content, face(style), None), style, 0.0, self.width, node, None);
                unit.keep_with_next = block.introduces_next();
                self.pages.push(unit);
            }
            BlockKind::List(list) => {
                let node = self.pages.node(Role::List { ordered: list.ordered }, root);
                self.list_items(&list.items, list.ordered, 0, node);
                self.pages.space_after_last(theme.styles.list_end_space_pt());
            }
            BlockKind::Table(table) => self.table(table, root),
            BlockKind::Figure(figure) => self.figure(figure, root),
            BlockKind::Chart(chart) => self.chart(chart, root),
            BlockKind::KeyFigures(figures) => self.key_figures(figures, root),
        }
    }

    /// A chart drawn over the text width, a Figure whose description is the given one or
    /// one made from its data; moved whole like a picture, its caption kept with it.
    fn chart(&mut self, chart: &Chart, root: usize) {
        let theme = self.setup.theme;
        let page = &theme.page;
        let text_height = page.text_height_mm() * MM;
        let (width, height) = super::chart_size(chart, theme, self.width, text_height);
        let node = self.pages.node(Role::Figure { alt: chart.description() }, root);
        let drawing = super::chart::draw(chart, theme, self.setup.fonts, (width, height), Some(node));
        let items = vec![Placed::new(0.0, 0.0, PageItem::Group(drawing))];
        let body = &theme.styles.body;
        let after = if chart.caption.is_some() {
            body.space_after_pt
        } else {
            body.space_after_pt.max(CHART_SPACE_AFTER_PT)
        };
        let mut unit = Unit::new(body.space_before_pt, after);
        unit.lines.push(UnitLine { height, baseline: 0.0, items, content_end: width });
        unit.keep_with_next = chart.caption.is_some();
        self.pages.push(unit);
        if let Some(caption) = &chart.caption {
            self.figure_caption(caption, root);
        }
        if chart.data_table {
            self.table(&chart.as_table(), root);
        }
    }

    /// Key figures side by side in boxes of equal size: the number large, what it counts
    /// under it, both one paragraph for a screen reader ("40 deelnemers").
    fn key_figures(&mut self, figures: &[KeyFigure], root: usize) {
        let theme = self.setup.theme;
        let (value_style, label_style) = (&theme.styles.key_figure, &theme.styles.key_figure_label);
        let gap = KEY_FIGURE_GAP_PT;
        let padding = KEY_FIGURE_PADDING_MM * MM;
        let n = figures.len() as f64;
        let box_width = (self.width - gap * (n - 1.0)) / n;
        let inner = box_width - 2.0 * padding;
        let mut boxes = Vec::new();
        for figure in figures {
            let node = self.pages.node(Role::Paragraph, root);
            let value = [Inline::Text(figure.value.clone())];
            let value_unit =
                self.text_unit(&spans(&value, face(value_style), None), value_style, 0.0, inner, node, None);
            let label = [Inline::Text(figure.label.clone())];
            let label_unit =
                self.text_unit(&spans(&label, face(label_style), None), label_style, 0.0, inner, node, None);
            let mut items = Vec::new();
            let mut y = padding;
            for line in value_unit.lines.into_iter().chain(label_unit.lines) {
                let dx = (inner - line.content_end).max(0.0) / 2.0 + padding;
                items.extend(line.items.into_iter().map(|item| item.moved(dx, y)));
                y += line.height;
            }
            boxes.push((items, y + padding));
        }
        let height = boxes.iter().map(|(_, h)| *h).fold(0.0, f64::max);
        let fill = Some(theme.charts.key_figure_fill.0);
        let items = boxes
            .into_iter()
            .enumerate()
            .map(|(i, (texts, _))| {
                let mut group = vec![Placed::new(
                    0.0,
                    0.0,
                    PageItem::Rect { width: box_width, height, fill, stroke: None },
                )];
                group.extend(texts);
                Placed::new(i as f64 * (box_width + gap), 0.0, PageItem::Group(group))
            })
            .collect();
        let body = &theme.styles.body;
        let mut unit = Unit::new(body.space_before_pt, body.space_after_pt.max(theme.table.space_after_pt));
        unit.lines.push(UnitLine { height, baseline: 0.0, items, content_end: self.width });
        self.pages.push(unit);
    }

    /// A picture, centred, never wider than the text nor taller than most of the page, moved
    /// whole to the next page when it does not fit; its caption under it, kept with it.
    fn figure(&mut self, figure: &Figure, root: usize) {
        let theme = self.setup.theme;
        let page = &theme.page;
        let text_height = page.text_height_mm() * MM;
        let (width, height) = figure_size(figure, self.width, text_height);
        let body = &theme.styles.body;
        let node = figure.alt.as_ref().map(|alt| self.pages.node(Role::Figure { alt: alt.clone() }, root));
        let mut unit = Unit::new(body.space_before_pt, body.space_after_pt);
        let image = Placed::new(
            (self.width - width) / 2.0,
            0.0,
            PageItem::Image { width, height, picture: figure.picture.clone(), parent: node },
        );
        unit.lines.push(UnitLine { height, baseline: 0.0, items: vec![image], content_end: width });
        unit.keep_with_next = figure.caption.is_some();
        self.pages.push(unit);
        if let Some(caption) = &figure.caption {
            self.figure_caption(caption, root);
        }
    }

    /// "Figuur N. …" under a picture or chart.
    fn figure_caption(&mut self, caption: &[Inline], root: usize) {
        let theme = self.setup.theme;
        let node = self.pages.node(Role::Paragraph, root);
        let number = self.pages.next_figure_number();
        let mut unit = self.caption_unit(&theme.labels.figure, number, caption, node);
        unit.space_before = FIGURE_CAPTION_GAP_PT;
        unit.space_after = unit.space_after.max(theme.styles.body.space_after_pt);
        self.pages.push(unit);
    }

    /// A numbered caption, "`label` `number`. …", in the caption style.
    fn caption_unit(&mut self, label: &str, number: usize, caption: &[Inline], node: usize) -> Unit {
        let style = &self.setup.theme.styles.caption;
        let mut content = vec![Inline::Text(format!("{label} {number}. "))];
        content.extend(caption.iter().cloned());
        self.text_unit(&spans(&content, face(style), None), style, 0.0, self.width, node, None)
    }

    fn list_items(&mut self, items: &[ListItem], ordered: bool, depth: usize, list: usize) {
        let theme = self.setup.theme;
        let style = &theme.styles.list;
        let indent = theme.lists.indent_mm * MM;
        for (i, item) in items.iter().enumerate() {
            let li = self.pages.node(Role::ListItem, list);
            let label_node = self.pages.node(Role::Label, li);
            let body = self.pages.node(Role::ListBody, li);
            let label = if ordered {
                theme.lists.numbers[depth].label(i + 1)
            } else {
                theme.lists.bullets[depth].clone()
            };
            let left = indent * (depth as f64 + 1.0);
            let label_x = left - indent;
            let unit = self.text_unit(
                &spans(&item.content, face(style), None),
                style,
                left,
                self.width - left,
                body,
                Some((label, label_x, label_node)),
            );
            self.pages.start_item();
            self.pages.push(unit);
            if !item.children.is_empty() {
                let nested = self.pages.node(Role::List { ordered }, body);
                self.list_items(&item.children, ordered, (depth + 1).min(2), nested);
            }
        }
    }

    fn table(&mut self, table: &Table, root: usize) {
        let theme = self.setup.theme;
        let node = self.pages.node(Role::Table, root);
        if let Some(caption) = &table.caption {
            let caption_node = self.pages.node(Role::Caption, node);
            let number = self.pages.next_table_number();
            let mut unit = self.caption_unit(&theme.labels.table, number, caption, caption_node);
            unit.keep_with_next = true;
            self.pages.push(unit);
        }
        let widths = crate::model::column_widths(&table.columns, self.width, MIN_COLUMN);
        let mut unit = Unit::new(theme.styles.table.space_before_pt, theme.table.space_after_pt);
        unit.rows = true;
        for cells in &table.header {
            let row = self.table_row(cells, &widths, table, true, node);
            unit.header_rows += 1;
            unit.lines.push(row);
        }
        for row in &table.rows {
            let line = self.table_row(&row.cells, &widths, table, false, node);
            unit.lines.push(line);
        }
        self.pages.push(unit);
    }

    fn table_row(
        &mut self,
        cells: &[crate::model::Cell],
        widths: &[f64],
        table: &Table,
        header: bool,
        table_node: usize,
    ) -> UnitLine {
        let theme = self.setup.theme;
        // Never more padding than leaves two thirds of the narrowest column for text.
        let narrowest = widths.iter().copied().fold(f64::MAX, f64::min);
        let padding = theme.table.cell_padding_pt(narrowest);
        let style = if header { &theme.styles.table_header } else { &theme.styles.table };
        let row_node = self.pages.node(Role::TableRow, table_node);
        let mut items = Vec::new();
        let mut height: f64 = 0.0;
        let mut x = 0.0;
        for ((content, &width), column) in cells.iter().zip(widths).zip(&table.columns) {
            let cell_node = self.pages.node(if header { Role::HeaderCell } else { Role::DataCell }, row_node);
            let inner = width - 2.0 * padding;
            let unit = self.text_unit(&spans(content, face(style), None), style, 0.0, inner, cell_node, None);
            let mut y = padding / 2.0;
            for line in unit.lines {
                let shift = match column.align {
                    Align::Left => 0.0,
                    Align::Center => (inner - line.content_end) / 2.0,
                    Align::Right => inner - line.content_end,
                };
                for item in line.items {
                    items.push(item.moved(x + padding + shift, y));
                }
                y += line.height;
            }
            height = height.max(y + padding / 2.0);
            x += width;
        }
        let rule = Some((theme.table.rule_color.0, theme.table.rule_width_pt));
        let mut decorations = Vec::new();
        if header {
            decorations.push(Placed::new(
                0.0,
                0.0,
                PageItem::Rect {
                    width: self.width,
                    height,
                    fill: Some(theme.table.header_fill.0),
                    stroke: None,
                },
            ));
        }
        decorations.push(Placed::new(
            0.0,
            height,
            PageItem::Rect { width: self.width, height: 0.0, fill: None, stroke: rule },
        ));
        if header {
            decorations.push(Placed::new(
                0.0,
                0.0,
                PageItem::Rect { width: self.width, height: 0.0, fill: None, stroke: rule },
            ));
        }
        decorations.extend(items);
        UnitLine { height, baseline: 0.0, items: decorations, content_end: self.width }
    }

    /// A paragraph-like unit: its lines, and an optional label (bullet or number) in front of
    /// the first line.
    fn text_unit(
        &mut self,
        spans: &[Span],
        style: &TextStyle,
        x: f64,
        width: f64,
        node: usize,
        label: Option<(String, f64, usize)>,
    ) -> Unit {
        let fonts = self.setup.fonts;
        let size = style.size_pt;
        let regular = FaceId::Regular;
        let pitch = fonts.line_height(regular, size) * style.line_spacing;
        let ascent = fonts.ascent(regular, size);
        let ink = style.color.0;
        let links = self.setup.theme.links;
        let lines = self.typesetter.lines(spans, size, width, style.justify);
        let mut unit = Unit::new(style.space_before_pt, style.space_after_pt);
        unit.lines.reserve(lines.len());
        for (i, line) in lines.into_iter().enumerate() {
            let mut items = Vec::with_capacity(line.runs.len() + 1);
            if i == 0
                && let Some((label, label_x, label_node)) = &label
            {
                items.push(Placed::new(
                    *label_x,
                    ascent,
                    PageItem::Text {
                        size,
                        color: ink,
                        face: regular,
                        glyphs: fonts.shape(regular, size, label),
                        text: label.clone(),
                        parent: Some(*label_node),
                    },
                ));
            }
            let mut open_link: Option<(usize, usize, usize)> = None;
            for run in line.runs {
                if run.link.is_none() {
                    open_link = None;
                }
                let (parent, link_color) = match &run.link {
                    Some(target) => (self.pages.link_node(target, node), Some(links.color.0)),
                    None => (node, None),
                };
                items.push(Placed::new(
                    x + run.x,
                    ascent,
                    PageItem::Text {
                        size,
                        color: link_color.unwrap_or(ink),
                        face: run.face,
                        glyphs: run.glyphs,
                        text: run.text,
                        parent: Some(parent),
                    },
                ));
                if let Some(target) = run.link {
                    // The next word of the same link on this line widens its area and underline.
                    if let Some((node, link, rule)) = open_link
                        && node == parent
                    {
                        let end = x + run.x + run.width;
                        for index in [link, rule] {
                            let start = items[index].at.x;
                            if let PageItem::Link { width, .. } | PageItem::Rect { width, .. } =
                                &mut items[index].item
                            {
                                *width = end - start;
                            }
                        }
                        continue;
                    }
                    open_link = Some((parent, items.len(), items.len() + 1));
                    items.push(Placed::new(
                        x + run.x,
                        0.0,
                        PageItem::Link { width: run.width, height: pitch, target, parent },
                    ));
                    // Without an underline the index points at the link area itself.
                    if links.underline {
                        items.push(Placed::new(
                            x + run.x,
                            ascent + 1.2,
                            PageItem::Rect {
                                width: run.width,
                                height: 0.0,
                                fill: None,
                                stroke: Some((links.color.0, 0.5)),
                            },
                        ));
                    } else {
                        open_link = Some((parent, items.len() - 1, items.len() - 1));
                    }
                }
            }
            unit.lines.push(UnitLine { height: pitch, baseline: ascent, items, content_end: line.width });
        }
        if unit.lines.is_empty() {
            unit.lines.push(UnitLine {
                height: pitch,
                baseline: ascent,
                items: Vec::new(),
                content_end: 0.0,
            });
        }
        unit
    }
}

fn face(style: &TextStyle) -> FaceId {
    FaceId::new(style.bold, style.italic)
}

fn plain(text: &str, face: FaceId) -> Vec<Span> {
    vec![Span { text: text.to_owned(), face, link: None }]
}

/// Inline content → spans, bold and italic combined with the style's own face.
fn spans(inlines: &[Inline], base: FaceId, link: Option<&LinkTarget>) -> Vec<Span> {
    let mut out = Vec::new();
    push_spans(inlines, base, link, &mut out);
    out
}

fn push_spans(inlines: &[Inline], base: FaceId, link: Option<&LinkTarget>, out: &mut Vec<Span>) {
    let (bold, italic) = match base {
        FaceId::Regular => (false, false),
        FaceId::Bold => (true, false),
        FaceId::Italic => (false, true),
        FaceId::BoldItalic => (true, true),
    };
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push(Span { text: text.clone(), face: base, link: link.cloned() }),
            Inline::Strong(inner) => push_spans(inner, FaceId::new(true, italic), link, out),
            Inline::Emphasis(inner) => push_spans(inner, FaceId::new(bold, true), link, out),
            Inline::Link { target, content } => push_spans(content, base, Some(target), out),
            Inline::MunicipalityName => {}
            Inline::Number(raw) => {
                out.push(Span { text: crate::model::number_text(raw), face: base, link: link.cloned() })
            }
        }
    }
}
