//! Units of lines and rows → pages: keep-with-next, no widows or orphans, rows that do not
//! split and header rows repeated, then the running header and "Pagina X van Y".

use std::collections::BTreeMap;

use super::{
    Destination, FaceId, Fonts, Glyph, OutlineEntry, Page, PageItem, PagedDocument, Placed, Point, Role,
    Running, StructChild, StructNode,
};
use crate::model::{LinkTarget, Spot};
use crate::theme::{HAlign, TextStyle};

impl Placed {
    /// The same item shifted by (`dx`, `dy`).
    pub fn moved(self, dx: f64, dy: f64) -> Placed {
        Placed { at: Point { x: self.at.x + dx, y: self.at.y + dy }, item: self.item }
    }

    /// The item, or a group's items taken apart, at their places on the page: shifted by
    /// (`dx`, `dy`).
    fn flatten_into(self, dx: f64, dy: f64, out: &mut Vec<Placed>) {
        match self.item {
            PageItem::Group(items) => {
                for item in items {
                    item.flatten_into(self.at.x + dx, self.at.y + dy, out);
                }
            }
            item => out.push(Placed { at: Point { x: self.at.x + dx, y: self.at.y + dy }, item }),
        }
    }
}

impl PageItem {
    /// The same drawing with no place in the structure (a repeated table header).
    fn into_artifact(self) -> Option<PageItem> {
        let mut item = self;
        match &mut item {
            PageItem::Text { parent, .. }
            | PageItem::Image { parent, .. }
            | PageItem::Path { parent, .. } => *parent = None,
            PageItem::Rect { .. } => {}
            PageItem::Link { .. } => return None,
            PageItem::Group(items) => {
                let inner = std::mem::take(items);
                *items = inner
                    .into_iter()
                    .filter_map(|p| Some(Placed { at: p.at, item: p.item.into_artifact()? }))
                    .collect();
            }
        }
        Some(item)
    }

    /// Where the item belongs in the structure tree, as the child it adds there.
    fn structure_child(&self, page: usize, index: usize) -> Option<(usize, StructChild)> {
        match self {
            PageItem::Text { parent, .. }
            | PageItem::Image { parent, .. }
            | PageItem::Path { parent, .. } => parent.map(|p| (p, StructChild::Content(page, index))),
            PageItem::Rect { .. } | PageItem::Group(_) => None,
            PageItem::Link { parent, .. } => Some((*parent, StructChild::Annotation(page, index))),
        }
    }
}

/// A line of text or a table row: what cannot be split.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitLine {
    pub height: f64,
    pub baseline: f64,
    /// Relative to the line's top-left corner.
    pub items: Vec<Placed>,
    /// Where the content ends (for alignment and leaders).
    pub content_end: f64,
}

/// A paragraph, heading, list item or table: lines with spacing and keep rules.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Unit {
    pub space_before: f64,
    pub space_after: f64,
    pub lines: Vec<UnitLine>,
    pub keep_with_next: bool,
    pub page_break_before: bool,
    /// Link targets on this unit: a heading's or section's own.
    pub anchors: Vec<String>,
    /// The places of the section this unit starts: a block, a list item.
    pub spots: Vec<Spot>,
    pub outline: Option<(u8, String)>,
    /// A table: lines are rows, the first `header_rows` repeat on every page.
    pub rows: bool,
    pub header_rows: usize,
}

impl Unit {
    pub fn new(space_before: f64, space_after: f64) -> Unit {
        Unit { space_before, space_after, ..Unit::default() }
    }

    fn height(&self) -> f64 {
        self.lines.iter().map(|l| l.height).sum()
    }

    /// What must fit for the unit to start on a page: two lines (all of a short paragraph),
    /// or the header rows and the first row of a table.
    fn first_chunk(&self) -> f64 {
        let count = if self.rows {
            (self.header_rows + 1).min(self.lines.len())
        } else if self.lines.len() <= 3 {
            self.lines.len()
        } else {
            2
        };
        self.lines[..count].iter().map(|l| l.height).sum()
    }
}

/// The running header and footer.
pub struct Furniture {
    pub header: String,
    /// With `{page}` and `{pages}`.
    pub footer: String,
    pub style: TextStyle,
    /// Of the header and of the footer.
    pub align: (HAlign, HAlign),
    pub header_y: f64,
    pub footer_y: f64,
    /// The left margin and the right edge of the text, from the page's left.
    pub left: f64,
    pub right: f64,
    /// The logo in the header, and its height (points): on the side away from the text, its
    /// top at the header's, the text on its bottom line (as Word sets a picture in a line).
    pub logo: Option<(crate::model::Picture, f64)>,
}

struct NodeInfo {
    role: Role,
    parent: Option<usize>,
    children: Vec<StructChild>,
    attached: bool,
}

pub struct Paginator {
    top: f64,
    bottom: f64,
    left: f64,
    units: Vec<Unit>,
    nodes: Vec<NodeInfo>,
    break_next: bool,
    tables: usize,
    figures: usize,
    last_link: Option<(usize, LinkTarget, usize)>,
    /// The section block the next unit starts.
    pending_block: Option<usize>,
    pending_item: Option<usize>,
    current_block: usize,
    next_item: usize,
}

impl Paginator {
    /// Pages with text between `top` and `bottom`, from `left`; table and figure captions
    /// are numbered on from the counts given.
    pub fn new(top: f64, bottom: f64, left: f64, (first_table, first_figure): (usize, usize)) -> Paginator {
        let root = NodeInfo { role: Role::Document, parent: None, children: Vec::new(), attached: true };
        Paginator {
            top,
            bottom,
            left,
            units: Vec::new(),
            nodes: vec![root],
            break_next: false,
            tables: first_table,
            figures: first_figure,
            last_link: None,
            pending_block: None,
            pending_item: None,
            current_block: 0,
            next_item: 0,
        }
    }

    /// A new structure node under `parent`; it enters the tree when its first content is placed.
    pub fn node(&mut self, role: Role, parent: usize) -> usize {
        self.nodes.push(NodeInfo { role, parent: Some(parent), children: Vec::new(), attached: false });
        self.nodes.len() - 1
    }

    /// The Link node for a run; consecutive runs of one link share it.
    pub fn link_node(&mut self, target: &LinkTarget, parent: usize) -> usize {
        if let Some((p, t, node)) = &self.last_link
            && *p == parent
            && t == target
        {
            return *node;
        }
        let node = self.node(Role::Link(target.clone()), parent);
        self.last_link = Some((parent, target.clone(), node));
        node
    }

    pub fn next_table_number(&mut self) -> usize {
        self.tables += 1;
        self.tables
    }

    pub fn next_figure_number(&mut self) -> usize {
        self.figures += 1;
        self.figures
    }

    pub fn push(&mut self, mut unit: Unit) {
        if std::mem::take(&mut self.break_next) {
            unit.page_break_before = true;
        }
        if let Some(block) = self.pending_block.take() {
            unit.spots.push(Spot { block, item: None });
        }
        if let Some(item) = self.pending_item.take() {
            unit.spots.push(Spot { block: self.current_block, item: Some(item) });
        }
        self.last_link = None;
        self.units.push(unit);
    }

    /// Adds room after the last unit pushed.
    pub fn space_after_last(&mut self, points: f64) {
        if let Some(unit) = self.units.last_mut() {
            unit.space_after = unit.space_after.max(points);
        }
    }

    /// Marks the next unit pushed as the start of block `index` of the section.
    pub fn start_block(&mut self, index: usize) {
        self.pending_block = Some(index);
        self.current_block = index;
        self.next_item = 0;
    }

    /// Marks the next unit pushed as the next item of the current list block, counted in
    /// reading order with nested items.
    pub fn start_item(&mut self) {
        self.pending_item = Some(self.next_item);
        self.next_item += 1;
    }

    pub fn force_new_page(&mut self) {
        self.break_next = true;
    }

    /// Places the units on pages of their own: the front matter, or one section.
    pub fn finish(mut self) -> Part {
        let units = std::mem::take(&mut self.units);
        let keep = keep_heights(&units);
        let mut state = State {
            pages: vec![Page::default()],
            y: self.top,
            anchors: BTreeMap::new(),
            spots: BTreeMap::new(),
            outline: Vec::new(),
        };
        for (unit, keep) in units.into_iter().zip(keep) {
            self.place_unit(&mut state, unit, keep);
        }
        let structure =
            self.nodes.into_iter().map(|n| StructNode { role: n.role, children: n.children }).collect();
        Part {
            pages: state.pages,
            structure,
            anchors: state.anchors,
            spots: state.spots,
            outline: state.outline,
        }
    }

    fn place_unit(&mut self, state: &mut State, unit: Unit, keep: f64) {
        if unit.lines.is_empty() {
            return;
        }
        if unit.page_break_before && !state.page_empty(self.top) {
            state.new_page(self.top);
        }
        let space = if state.page_empty(self.top) { 0.0 } else { unit.space_before };
        if state.y + space + keep > self.bottom && !state.page_empty(self.top) {
            state.new_page(self.top);
        } else {
            state.y += space;
        }
        let destination = Destination { page: state.pages.len() - 1, y: state.y };
        for anchor in unit.anchors {
            state.anchors.insert(anchor, destination);
        }
        for spot in unit.spots {
            state.spots.insert(spot, destination);
        }
        if let Some((level, title)) = unit.outline {
            state.outline.push(OutlineEntry { level, title, destination });
        }
        if unit.rows {
            self.place_rows(state, unit.lines, unit.header_rows);
        } else {
            self.place_lines(state, unit.lines);
        }
        state.y += unit.space_after;
    }

    /// Lines of a paragraph: split across pages leaving at least two lines on each side.
    fn place_lines(&mut self, state: &mut State, lines: Vec<UnitLine>) {
        let heights: Vec<f64> = lines.iter().map(|l| l.height).collect();
        let mut lines = lines.into_iter();
        let mut k = 0;
        while k < heights.len() {
            let remaining = heights.len() - k;
            let mut room = self.bottom - state.y;
            let mut fit = 0;
            for height in &heights[k..] {
                if *height > room + 1e-6 {
                    break;
                }
                room -= height;
                fit += 1;
            }
            if fit >= remaining {
                for line in lines {
                    self.place_line(state, line, false);
                }
                return;
            }
            let mut take = fit;
            if remaining - take < 2 {
                take = remaining.saturating_sub(2);
            }
            if take < 2 || (k == 0 && heights.len() <= 3) {
                take = 0;
            }
            if take == 0 && state.page_empty(self.top) {
                take = fit.max(1);
            }
            for line in lines.by_ref().take(take) {
                self.place_line(state, line, false);
            }
            k += take;
            state.new_page(self.top);
        }
    }

    /// Table rows: never split; the header rows again at the top of every new page.
    fn place_rows(&mut self, state: &mut State, mut lines: Vec<UnitLine>, header_rows: usize) {
        let rows = lines.split_off(header_rows.min(lines.len()));
        let header = lines;
        let header_height: f64 = header.iter().map(|l| l.height).sum();
        for line in &header {
            self.place_line(state, line.clone(), false);
        }
        for row in rows {
            if state.y + row.height > self.bottom + 1e-6 && state.y > self.top + header_height + 1e-6 {
                state.new_page(self.top);
                for line in &header {
                    self.place_line(state, line.clone(), true);
                }
            }
            self.place_line(state, row, false);
        }
    }

    fn place_line(&mut self, state: &mut State, line: UnitLine, artifact: bool) {
        let page_index = state.pages.len() - 1;
        let mut placed = Vec::with_capacity(line.items.len());
        for item in line.items {
            item.flatten_into(self.left, state.y, &mut placed);
        }
        for Placed { at, item } in placed {
            let item = if artifact {
                match item.into_artifact() {
                    Some(item) => item,
                    None => continue,
                }
            } else {
                item
            };
            let page = state.pages.last_mut().expect("there is always a page");
            let child = item.structure_child(page_index, page.items.len());
            page.items.push(Placed { at, item });
            if let Some((parent, child)) = child {
                self.attach(parent);
                self.nodes[parent].children.push(child);
            }
        }
        state.y += line.height;
    }

    /// Puts a node (and, first, its ancestors) into the tree at its first content: the tree's
    /// order is then the reading order.
    fn attach(&mut self, node: usize) {
        if self.nodes[node].attached {
            return;
        }
        self.nodes[node].attached = true;
        if let Some(parent) = self.nodes[node].parent {
            self.attach(parent);
            self.nodes[parent].children.push(StructChild::Node(node));
        }
    }
}

struct State {
    pages: Vec<Page>,
    y: f64,
    anchors: BTreeMap<String, Destination>,
    spots: BTreeMap<Spot, Destination>,
    outline: Vec<OutlineEntry>,
}

impl State {
    fn page_empty(&self, top: f64) -> bool {
        (self.y - top).abs() < 1e-6
    }

    fn new_page(&mut self, top: f64) {
        // Pages hold about as many items as the one before.
        let items = self.pages.last().map_or(0, |page| page.items.len());
        self.pages.push(Page { items: Vec::with_capacity(items), running: Vec::new() });
        self.y = top;
    }
}

/// For each unit, the height that must fit on the page for it to start there: a heading
/// brings the start of what follows it.
fn keep_heights(units: &[Unit]) -> Vec<f64> {
    let mut keep = vec![0.0; units.len()];
    for i in (0..units.len()).rev() {
        let unit = &units[i];
        keep[i] = match units.get(i + 1) {
            Some(next) if unit.keep_with_next && !next.page_break_before && !next.lines.is_empty() => {
                let next_need = if next.keep_with_next { keep[i + 1] } else { next.first_chunk() };
                unit.height() + unit.space_after + next.space_before + next_need
            }
            _ if unit.lines.is_empty() => 0.0,
            _ => unit.first_chunk(),
        };
    }
    keep
}

/// Pages laid out on their own — the front matter, or a section, which starts a new page —
/// with page indices from 0 and structure node 0 standing for the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub pages: Vec<Page>,
    pub structure: Vec<StructNode>,
    pub anchors: BTreeMap<String, Destination>,
    /// Where each block and list item of a section starts, for the link targets a version
    /// puts on them.
    pub spots: BTreeMap<Spot, Destination>,
    pub outline: Vec<OutlineEntry>,
}

impl Part {
    /// Appends `next` after this part's pages: its pages, structure nodes, anchors and outline
    /// entries renumbered, its top-level nodes after this part's.
    pub fn append(&mut self, mut next: Part) {
        let page_offset = self.pages.len();
        let node_offset = self.structure.len() - 1;
        let node = |n: usize| if n == 0 { 0 } else { n + node_offset };
        let child = |c: StructChild| match c {
            StructChild::Node(n) => StructChild::Node(node(n)),
            StructChild::Content(page, index) => StructChild::Content(page + page_offset, index),
            StructChild::Annotation(page, index) => StructChild::Annotation(page + page_offset, index),
        };
        for page in &mut next.pages {
            for placed in &mut page.items {
                match &mut placed.item {
                    PageItem::Text { parent, .. }
                    | PageItem::Image { parent, .. }
                    | PageItem::Path { parent, .. } => *parent = parent.map(node),
                    PageItem::Link { parent, .. } => *parent = node(*parent),
                    PageItem::Rect { .. } | PageItem::Group(_) => {}
                }
            }
        }
        self.pages.append(&mut next.pages);
        let mut nodes = next.structure.into_iter();
        if let Some(root) = nodes.next() {
            self.structure[0].children.extend(root.children.into_iter().map(child));
        }
        for mut n in nodes {
            n.children = n.children.into_iter().map(child).collect();
            self.structure.push(n);
        }
        for (anchor, mut destination) in next.anchors {
            destination.page += page_offset;
            self.anchors.insert(anchor, destination);
        }
        self.outline.extend(next.outline.into_iter().map(|mut entry| {
            entry.destination.page += page_offset;
            entry
        }));
    }

    /// The whole document: the running header and "Pagina X van Y" on every page but the first.
    pub fn into_document(
        mut self,
        fonts: &Fonts,
        furniture: &Furniture,
        (width, height): (f64, f64),
        title: &str,
        language: &str,
    ) -> PagedDocument {
        add_furniture(&mut self.pages, fonts, furniture);
        PagedDocument {
            width,
            height,
            pages: self.pages,
            structure: self.structure,
            outline: self.outline,
            anchors: self.anchors,
            title: title.to_owned(),
            language: language.to_owned(),
            toc_new_page: false,
        }
    }
}

fn add_furniture(pages: &mut [Page], fonts: &Fonts, furniture: &Furniture) {
    let total = pages.len();
    let style = &furniture.style;
    let size = style.size_pt;
    let face = FaceId::new(style.bold, style.italic);
    let ink = style.color.0;
    let place = |glyphs: &[Glyph], align: HAlign| {
        let width: f64 = glyphs.iter().map(|g| f64::from(g.advance)).sum();
        match align {
            HAlign::Left => furniture.left,
            HAlign::Center => (furniture.left + furniture.right - width) / 2.0,
            HAlign::Right => furniture.right - width,
        }
    };
    let (header_align, footer_align) = furniture.align;
    let logo = furniture.logo.as_ref().map(|(picture, height)| {
        let width = height / picture.aspect();
        let x = match header_align {
            HAlign::Left => furniture.right - width,
            HAlign::Center | HAlign::Right => furniture.left,
        };
        (picture, x, width, *height)
    });
    let header_baseline = furniture.header_y + logo.map_or(0.0, |l| l.3).max(fonts.ascent(face, size));
    for (i, page) in pages.iter_mut().enumerate().skip(1) {
        if let Some((picture, x, width, height)) = logo {
            page.running.push((page.items.len(), Running::Header));
            let image = PageItem::Image { width, height, picture: picture.clone(), parent: None };
            page.items.push(Placed::new(x, furniture.header_y, image));
        }
        let header_glyphs = fonts.shape(face, size, &furniture.header);
        page.running.push((page.items.len(), Running::Header));
        let x = place(&header_glyphs, header_align);
        let text = furniture.header.clone();
        let header = PageItem::Text { size, color: ink, face, glyphs: header_glyphs, text, parent: None };
        page.items.push(Placed::new(x, header_baseline, header));
        let footer =
            furniture.footer.replace("{page}", &(i + 1).to_string()).replace("{pages}", &total.to_string());
        let glyphs = fonts.shape(face, size, &footer);
        let descent = fonts.line_height(face, size) - fonts.ascent(face, size);
        page.running.push((page.items.len(), Running::Footer));
        let x = place(&glyphs, footer_align);
        let footer = PageItem::Text { size, color: ink, face, glyphs, text: footer, parent: None };
        page.items.push(Placed::new(x, furniture.footer_y - descent, footer));
    }
}
