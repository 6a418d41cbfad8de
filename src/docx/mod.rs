//! Report + theme → DOCX bytes, with docx-rs. Word does its own layout; we give it real
//! styles, real lists, real tables and a table of contents that is filled in on opening.
//!
//! Where docx-rs cannot express what we need, `gaps.rs` completes the parts it built.

mod gaps;
mod styles;

use std::collections::BTreeMap;

use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, FieldCharType, Footer, Header, Hyperlink, HyperlinkData,
    HyperlinkType, InstrText, PageMargin, Paragraph, Run, Shading, ShdType, Table, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow, VAlignType,
    WidthType,
};

use crate::model::{Align, Block, BlockKind, Inline, LinkTarget, ListItem, Report, plain_text};
use crate::theme::Theme;
use styles::twips;

/// Page numbers of headings (by anchor), known once the PDF is laid out; they pre-fill the
/// table of contents. Without them the TOC is marked for Word to update on opening.
pub type PageNumbers = BTreeMap<String, u32>;

/// Writes the report (one version of it) as DOCX bytes. The same input gives the same bytes.
pub fn write(report: &Report, theme: &Theme, pages: Option<&PageNumbers>) -> Vec<u8> {
    let mut writer = Writer::new(report, theme);
    let docx = writer.document(pages);
    let xml = docx.build();
    gaps::complete(xml, &report.document_info(&theme.labels.version(report)), theme)
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
    /// Bookmark name and id of every anchor (headings and sections).
    bookmarks: BTreeMap<String, (String, usize)>,
    toc: Vec<TocEntry>,
    next_list_num: usize,
    ordered_lists: Vec<usize>,
    /// An overview entry's anchor, put on the next paragraph written.
    pending_bookmark: Option<String>,
    external_links: usize,
    tables: usize,
}

impl<'a> Writer<'a> {
    fn new(report: &'a Report, theme: &'a Theme) -> Self {
        let mut writer = Writer {
            report,
            theme,
            bookmarks: BTreeMap::new(),
            toc: Vec::new(),
            next_list_num: styles::FIRST_LIST_NUM,
            ordered_lists: Vec::new(),
            pending_bookmark: None,
            external_links: 0,
            tables: 0,
        };
        writer.collect_headings();
        writer
    }

    /// Names a bookmark for every heading first, so links can point forward.
    fn collect_headings(&mut self) {
        let add = |anchor: &str, level: usize, text: String, toc: &mut Vec<TocEntry>| {
            let id = toc.len() + 1;
            let bookmark = format!("_Toc{id:08}");
            toc.push(TocEntry { level, text, bookmark: bookmark.clone(), anchor: anchor.to_owned() });
            (anchor.to_owned(), (bookmark, id))
        };
        let mut toc = Vec::new();
        let mut names = BTreeMap::new();
        for section in &self.report.sections {
            let (a, b) = add(&section.anchor, 1, section.heading(), &mut toc);
            names.insert(a, b);
            for block in &section.blocks {
                if let BlockKind::Heading(heading) = &block.kind {
                    let (a, b) = add(
                        &heading.anchor,
                        usize::from(heading.level),
                        plain_text(&heading.content),
                        &mut toc,
                    );
                    names.insert(a, b);
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

    fn document(&mut self, pages: Option<&PageNumbers>) -> Docx {
        let page = &self.theme.page;
        let mut docx =
            Docx::new().page_size(twips(page.width_mm) as u32, twips(page.height_mm) as u32).page_margin(
                PageMargin::new()
                    .top(twips(page.margin_top_mm))
                    .bottom(twips(page.margin_bottom_mm))
                    .left(twips(page.margin_left_mm))
                    .right(twips(page.margin_right_mm))
                    .header(twips(page.header_mm))
                    .footer(twips(page.footer_mm))
                    .gutter(0),
            );
        docx = styles::add_styles(docx, self.theme);
        docx = docx
            .header(Header::new().add_paragraph(self.running_header()))
            .footer(Footer::new().add_paragraph(self.page_footer()))
            .first_header(Header::new().add_paragraph(Paragraph::new().style(styles::HEADER)))
            .first_footer(Footer::new().add_paragraph(Paragraph::new().style(styles::FOOTER)));

        for paragraph in self.cover() {
            docx = docx.add_paragraph(paragraph);
        }
        for paragraph in self.overview(pages) {
            docx = docx.add_paragraph(paragraph);
        }
        for block in &self.report.introduction {
            docx = self.block(docx, block);
        }
        for paragraph in self.table_of_contents(pages) {
            docx = docx.add_paragraph(paragraph);
        }
        for (index, section) in self.report.sections.iter().enumerate() {
            let heading = Paragraph::new().style(styles::HEADINGS[0]).page_break_before(true);
            let heading =
                self.bookmarked(heading, &section.anchor).add_run(Run::new().add_text(section.heading()));
            docx = docx.add_paragraph(self.close_bookmark(heading, &section.anchor));
            for (b, block) in section.blocks.iter().enumerate() {
                self.pending_bookmark = self.report.block_anchor(index, b).map(str::to_owned);
                docx = self.block(docx, block);
            }
        }
        for num_id in styles::FIRST_LIST_NUM..self.next_list_num {
            let ordered = self.ordered_lists.contains(&num_id);
            docx = docx.add_numbering(styles::list_numbering(num_id, ordered));
        }
        docx
    }
}

/// A piece of paragraph content: a run, or a link holding runs.
enum Piece {
    Run(Box<Run>),
    Link(Hyperlink),
}

/// Run formatting inherited from enclosing markup.
#[derive(Clone, Copy, Default)]
struct Format {
    bold: bool,
    italic: bool,
}

impl Format {
    fn run(self, text: &str) -> Run {
        let mut run = Run::new().add_text(text);
        if self.bold {
            run = run.bold();
        }
        if self.italic {
            run = run.italic();
        }
        run
    }
}

/// The runs of a complex field (`PAGE`, `PAGEREF …`, `SEQ …`) showing `shown` until updated.
fn field(instruction: &str, shown: &str, dirty: bool) -> Vec<Run> {
    vec![
        Run::new().add_field_char(FieldCharType::Begin, dirty),
        Run::new().add_instr_text(InstrText::Unsupported(instruction.to_owned())),
        Run::new().add_field_char(FieldCharType::Separate, false),
        Run::new().add_text(shown),
        Run::new().add_field_char(FieldCharType::End, false),
    ]
}

fn add_runs(mut paragraph: Paragraph, runs: Vec<Run>) -> Paragraph {
    for run in runs {
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

fn add_pieces(mut paragraph: Paragraph, pieces: Vec<Piece>) -> Paragraph {
    for piece in pieces {
        paragraph = match piece {
            Piece::Run(run) => paragraph.add_run(*run),
            Piece::Link(link) => paragraph.add_hyperlink(link),
        };
    }
    paragraph
}

impl Writer<'_> {
    fn bookmarked(&self, paragraph: Paragraph, anchor: &str) -> Paragraph {
        match self.bookmarks.get(anchor) {
            Some((name, id)) => paragraph.add_bookmark_start(*id, name.clone()),
            None => paragraph,
        }
    }

    fn close_bookmark(&self, paragraph: Paragraph, anchor: &str) -> Paragraph {
        match self.bookmarks.get(anchor) {
            Some((_, id)) => paragraph.add_bookmark_end(*id),
            None => paragraph,
        }
    }

    /// Puts the pending overview bookmark, if any, around `paragraph`.
    fn mark(&mut self, paragraph: Paragraph) -> Paragraph {
        match self.pending_bookmark.take() {
            Some(anchor) => {
                let paragraph = self.bookmarked(paragraph, &anchor);
                self.close_bookmark(paragraph, &anchor)
            }
            None => paragraph,
        }
    }

    /// A municipality's "In uw gemeente": each entry linked to its block, with its page.
    fn overview(&self, pages: Option<&PageNumbers>) -> Vec<Paragraph> {
        if self.report.overview.is_empty() {
            return Vec::new();
        }
        let mut out = vec![
            Paragraph::new()
                .style(styles::TOC_HEADING)
                .add_run(Run::new().add_text(&self.theme.labels.in_your_municipality)),
        ];
        for entry in &self.report.overview {
            let bookmark = self.bookmarks.get(&entry.anchor).map_or(String::new(), |(name, _)| name.clone());
            let page = pages.and_then(|p| p.get(&entry.anchor)).map(u32::to_string).unwrap_or_default();
            let link = Hyperlink::new(bookmark, HyperlinkType::Anchor)
                .add_run(Run::new().add_text(&entry.label))
                .add_run(Run::new().add_tab())
                .add_run(Run::new().add_text(page));
            out.push(Paragraph::new().style(styles::TOC[1]).add_hyperlink(link));
        }
        // Room before the introduction, as in the PDF.
        let room = (self.theme.styles.headings[0].space_before_pt * 20.0).round() as u32;
        if let Some(last) = out.pop() {
            out.push(last.line_spacing(docx_rs::LineSpacing::new().after(room)));
        }
        out
    }

    fn running_header(&self) -> Paragraph {
        let text = self.theme.labels.running_header(self.report);
        Paragraph::new().style(styles::HEADER).add_run(Run::new().add_text(text))
    }

    /// "Pagina {page} van {pages}" with PAGE and NUMPAGES fields in place of the placeholders.
    fn page_footer(&self) -> Paragraph {
        let mut paragraph = Paragraph::new().style(styles::FOOTER).align(AlignmentType::Right);
        let mut rest = self.theme.labels.page_x_of_y.as_str();
        while let Some(start) = rest.find('{') {
            let Some(end) = rest[start..].find('}').map(|e| start + e) else { break };
            if start > 0 {
                paragraph = paragraph.add_run(Run::new().add_text(&rest[..start]));
            }
            let instruction = match &rest[start + 1..end] {
                "page" => " PAGE ",
                "pages" => " NUMPAGES ",
                other => {
                    paragraph = paragraph.add_run(Run::new().add_text(format!("{{{other}}}")));
                    rest = &rest[end + 1..];
                    continue;
                }
            };
            paragraph = add_runs(paragraph, field(instruction, "1", false));
            rest = &rest[end + 1..];
        }
        if !rest.is_empty() {
            paragraph = paragraph.add_run(Run::new().add_text(rest));
        }
        paragraph
    }

    fn cover(&self) -> Vec<Paragraph> {
        let meta = &self.report.meta;
        let detail =
            |text: String| Paragraph::new().style(styles::COVER_DETAIL).add_run(Run::new().add_text(text));
        vec![
            Paragraph::new().style(styles::TITLE).add_run(Run::new().add_text(&meta.title)),
            Paragraph::new().style(styles::SUBTITLE).add_run(Run::new().add_text(&meta.subtitle)),
            detail(format!("{} · {}", meta.organisation, meta.region)),
            detail(self.theme.labels.version(self.report)),
            detail(meta.publication_date.to_string()).add_run(Run::new().add_break(BreakType::Page)),
        ]
    }

    /// A real TOC field whose result is already filled in: entries linked to the headings'
    /// bookmarks, with page numbers when the PDF layout gave them.
    fn table_of_contents(&self, pages: Option<&PageNumbers>) -> Vec<Paragraph> {
        if self.toc.is_empty() {
            return Vec::new();
        }
        let mut out = vec![
            Paragraph::new()
                .style(styles::TOC_HEADING)
                .add_run(Run::new().add_text(&self.theme.labels.contents)),
        ];
        let dirty = pages.is_none();
        let last = self.toc.len() - 1;
        for (i, entry) in self.toc.iter().enumerate() {
            let style = styles::TOC[(entry.level - 1).min(2)];
            let mut paragraph = Paragraph::new().style(style);
            if i == 0 {
                paragraph = paragraph
                    .add_run(Run::new().add_field_char(FieldCharType::Begin, dirty))
                    .add_run(
                        Run::new()
                            .add_instr_text(InstrText::Unsupported(" TOC \\o \"1-3\" \\h \\z \\u ".into())),
                    )
                    .add_run(Run::new().add_field_char(FieldCharType::Separate, false));
            }
            // The page number is plain text in the field's result: LibreOffice shows nested
            // PAGEREF results of a TOC empty, and Word rebuilds the whole result when updating.
            let page = pages.and_then(|p| p.get(&entry.anchor)).map(u32::to_string).unwrap_or_default();
            let link = Hyperlink::new(&entry.bookmark, HyperlinkType::Anchor)
                .add_run(Run::new().add_text(&entry.text))
                .add_run(Run::new().add_tab())
                .add_run(Run::new().add_text(page));
            paragraph = paragraph.add_hyperlink(link);
            if i == last {
                paragraph = paragraph.add_run(Run::new().add_field_char(FieldCharType::End, false));
            }
            out.push(paragraph);
        }
        out
    }

    fn block(&mut self, docx: Docx, block: &Block) -> Docx {
        match &block.kind {
            BlockKind::Heading(heading) => {
                let level = usize::from(heading.level).clamp(1, 3);
                let paragraph = self.mark(Paragraph::new().style(styles::HEADINGS[level - 1]));
                let paragraph = self.bookmarked(paragraph, &heading.anchor);
                let paragraph = add_pieces(paragraph, self.inlines(&heading.content, Format::default()));
                docx.add_paragraph(self.close_bookmark(paragraph, &heading.anchor))
            }
            BlockKind::Paragraph(content) => {
                let paragraph = self.mark(Paragraph::new()).keep_next(block.introduces_next());
                docx.add_paragraph(add_pieces(paragraph, self.inlines(content, Format::default())))
            }
            BlockKind::List(list) => {
                let num_id = self.next_list_num;
                self.next_list_num += 1;
                if list.ordered {
                    self.ordered_lists.push(num_id);
                }
                let style = if list.ordered { styles::LIST_NUMBER } else { styles::LIST_BULLET };
                let mut paragraphs = Vec::new();
                self.list_items(&list.items, num_id, style, 0, &mut paragraphs);
                paragraphs.into_iter().fold(docx, Docx::add_paragraph)
            }
            BlockKind::Table(table) => {
                self.tables += 1;
                let docx = match &table.caption {
                    Some(caption) => docx.add_paragraph(self.caption(caption)),
                    None => docx,
                };
                docx.add_table(self.table(table))
            }
        }
    }

    fn list_items(
        &mut self,
        items: &[ListItem],
        num_id: usize,
        style: &str,
        depth: usize,
        out: &mut Vec<Paragraph>,
    ) {
        for item in items {
            let (id, level) = styles::list_reference(num_id, depth.min(2));
            let paragraph = self.mark(Paragraph::new().style(style).numbering(id, level));
            out.push(add_pieces(paragraph, self.inlines(&item.content, Format::default())));
            self.list_items(&item.children, num_id, style, depth + 1, out);
        }
    }

    /// "Tabel 1. Caption", numbered by a SEQ field as Word's own captions are.
    fn caption(&mut self, caption: &[Inline]) -> Paragraph {
        let label = &self.theme.labels.table;
        let mut paragraph = self
            .mark(Paragraph::new())
            .style(styles::CAPTION)
            .keep_next(true)
            .add_run(Run::new().add_text(format!("{label} ")));
        paragraph =
            add_runs(paragraph, field(&format!(" SEQ {label} \\* ARABIC "), &self.tables.to_string(), false));
        paragraph = paragraph.add_run(Run::new().add_text(". "));
        add_pieces(paragraph, self.inlines(caption, Format::default()))
    }

    fn table(&mut self, table: &crate::model::Table) -> Table {
        let text_width = twips(self.theme.page.text_width_mm()) as f64;
        // The PDF's widths, in twips (20 per point).
        let widths: Vec<usize> =
            crate::model::column_widths(&table.columns, text_width, crate::layout::MIN_COLUMN * 20.0)
                .iter()
                .map(|w| w.round() as usize)
                .collect();
        let mut rows = Vec::new();
        for cells in &table.header {
            let row = self.table_row(cells, &widths, table, true);
            rows.push(gaps::mark_header_row(row));
        }
        for row in &table.rows {
            rows.push(self.table_row(&row.cells, &widths, table, false));
        }
        let look = &self.theme.table;
        let padding = twips(look.cell_padding_mm) as usize;
        let border = |position| {
            TableBorder::new(position)
                .border_type(BorderType::Single)
                .size(4)
                .color(look.border_color.as_str())
        };
        let mut borders = TableBorders::with_empty();
        for position in [TableBorderPosition::Top, TableBorderPosition::Bottom, TableBorderPosition::InsideH]
        {
            borders = borders.set(border(position));
        }
        Table::new(rows)
            .style(styles::TABLE_STYLE)
            .set_grid(widths.clone())
            .width(widths.iter().sum(), WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .margins(TableCellMargins::new().margin(padding / 2, padding, padding / 2, padding))
            .set_borders(borders)
    }

    fn table_row(
        &mut self,
        cells: &[crate::model::Cell],
        widths: &[usize],
        table: &crate::model::Table,
        header: bool,
    ) -> TableRow {
        let style = if header { styles::TABLE_HEADER } else { styles::TABLE_TEXT };
        let cells = cells
            .iter()
            .zip(widths)
            .zip(&table.columns)
            .map(|((content, width), column)| {
                let align = match column.align {
                    Align::Left => AlignmentType::Left,
                    Align::Center => AlignmentType::Center,
                    Align::Right => AlignmentType::Right,
                };
                // A table without caption carries an overview bookmark in its first cell.
                let paragraph = self.mark(Paragraph::new().style(style).align(align));
                let paragraph = add_pieces(paragraph, self.inlines(content, Format::default()));
                let mut cell = TableCell::new()
                    .width(*width, WidthType::Dxa)
                    .vertical_align(VAlignType::Top)
                    .add_paragraph(paragraph);
                if header {
                    cell = cell.shading(
                        Shading::new()
                            .shd_type(ShdType::Clear)
                            .color("auto")
                            .fill(self.theme.table.header_fill.as_str()),
                    );
                }
                cell
            })
            .collect();
        TableRow::new(cells).cant_split()
    }

    fn inlines(&mut self, inlines: &[Inline], format: Format) -> Vec<Piece> {
        let mut out = Vec::new();
        for inline in inlines {
            match inline {
                Inline::Text(text) => out.push(Piece::Run(Box::new(format.run(text)))),
                Inline::Strong(inner) => out.extend(self.inlines(inner, Format { bold: true, ..format })),
                Inline::Emphasis(inner) => out.extend(self.inlines(inner, Format { italic: true, ..format })),
                Inline::MunicipalityName => {}
                Inline::Link { target, content } => {
                    let runs = self.inlines(content, format);
                    out.push(Piece::Link(self.link(target, runs)));
                }
            }
        }
        out
    }

    fn link(&mut self, target: &LinkTarget, pieces: Vec<Piece>) -> Hyperlink {
        let mut link = match target {
            LinkTarget::Internal(anchor) => {
                let bookmark = self.bookmarks.get(anchor).map_or(anchor.clone(), |(name, _)| name.clone());
                Hyperlink::new(bookmark, HyperlinkType::Anchor)
            }
            LinkTarget::External(url) => {
                // Our own relationship id: docx-rs would draw one from a process-wide counter.
                self.external_links += 1;
                let rid = format!("rIdLink{}", self.external_links);
                Hyperlink {
                    link: HyperlinkData::External { rid, path: gaps::escape_attribute(url) },
                    history: None,
                    children: Vec::new(),
                }
            }
        };
        for piece in pieces {
            if let Piece::Run(run) = piece {
                link = link.add_run(run.style(styles::HYPERLINK));
            }
        }
        link
    }
}
