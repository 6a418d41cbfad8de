//! Versions of the report: the board's, and one per municipality. Making one is filtering.

use super::{Block, BlockKind, Inline, ListItem, Report, Row, Scope};

/// For whom a version of the report is made.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Variant {
    /// The official version: everything except content only for some municipalities.
    Board,
    /// A municipality's own version, by municipality id.
    Municipality(String),
}

/// The board version's name in file names (`jaarverslag-2023-bestuur.pdf`), in `--variant`
/// and in the build state; no municipality may have it as its id.
pub const BOARD_NAME: &str = "bestuur";

impl Variant {
    /// "bestuur", or the municipality's id.
    pub fn name(&self) -> &str {
        match self {
            Variant::Board => BOARD_NAME,
            Variant::Municipality(id) => id,
        }
    }

    fn includes(&self, scope: &Scope) -> bool {
        match self {
            _ if scope.only_for.is_empty() => true,
            Variant::Board => false,
            Variant::Municipality(id) => scope.only_for.contains(id),
        }
    }
}

impl Report {
    /// The version of the report for `variant`: content only for others left out, the
    /// municipality's name filled in.
    pub fn for_variant(&self, variant: &Variant) -> Report {
        let name = match variant {
            Variant::Board => None,
            Variant::Municipality(id) => {
                self.municipalities.iter().find(|m| &m.id == id).map(|m| m.name.as_str())
            }
        };
        let filter = Filter { variant, name };
        let mut report = self.clone();
        report.introduction = filter.blocks(&self.introduction);
        for section in &mut report.sections {
            section.blocks = filter.blocks(&section.blocks);
        }
        report.variant = Some(variant.clone());
        report.overview = match variant {
            Variant::Board => Vec::new(),
            Variant::Municipality(id) => overview(&report, id),
        };
        report
    }
}

/// Everything in a version that concerns municipality `id` or is only for it, in reading
/// order, each labelled with the heading above it and its first words.
fn overview(report: &Report, id: &str) -> Vec<super::OverviewEntry> {
    let mut entries = Vec::new();
    for (s, section) in report.sections.iter().enumerate() {
        let mut context = format!("{} ({})", section.title, section.code);
        for (b, block) in section.blocks.iter().enumerate() {
            if let BlockKind::Heading(heading) = &block.kind {
                context = super::plain_text(&heading.content);
            }
            if !mentions(block, id) {
                continue;
            }
            let label = match excerpt(&block.kind, 12) {
                Some(words) if !matches!(block.kind, BlockKind::Heading(_)) => format!("{context} — {words}"),
                _ => context.clone(),
            };
            entries.push(super::OverviewEntry {
                anchor: format!("uw-gemeente-{}", entries.len() + 1),
                section: s,
                block: b,
                label,
            });
        }
    }
    entries
}

/// Whether the block, or a list item or table row in it, concerns `id` or is only for it.
fn mentions(block: &Block, id: &str) -> bool {
    let hit = |scope: &Scope| scope.concerns.iter().chain(&scope.only_for).any(|m| m == id);
    fn items_hit(items: &[ListItem], hit: &dyn Fn(&Scope) -> bool) -> bool {
        items.iter().any(|i| hit(&i.scope) || items_hit(&i.children, hit))
    }
    hit(&block.scope)
        || match &block.kind {
            BlockKind::List(list) => items_hit(&list.items, &hit),
            BlockKind::Table(table) => table.rows.iter().any(|r| hit(&r.scope)),
            _ => false,
        }
}

/// The first `n` words of a block, with "…" when there are more.
fn excerpt(kind: &BlockKind, n: usize) -> Option<String> {
    let text = match kind {
        BlockKind::Heading(h) => super::plain_text(&h.content),
        BlockKind::Paragraph(content) => super::plain_text(content),
        BlockKind::List(list) => list.items.first().map(|i| super::plain_text(&i.content))?,
        BlockKind::Table(table) => table.caption.as_ref().map(|c| super::plain_text(c))?,
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        out.push_str(" …");
    }
    Some(out)
}

struct Filter<'a> {
    variant: &'a Variant,
    name: Option<&'a str>,
}

impl Filter<'_> {
    fn blocks(&self, blocks: &[Block]) -> Vec<Block> {
        blocks
            .iter()
            .filter(|block| self.variant.includes(&block.scope))
            .map(|block| Block { kind: self.kind(&block.kind), scope: block.scope.clone() })
            .collect()
    }

    fn kind(&self, kind: &BlockKind) -> BlockKind {
        match kind {
            BlockKind::Heading(heading) => BlockKind::Heading(super::Heading {
                content: self.inlines(&heading.content),
                ..heading.clone()
            }),
            BlockKind::Paragraph(content) => BlockKind::Paragraph(self.inlines(content)),
            BlockKind::List(list) => {
                BlockKind::List(super::List { ordered: list.ordered, items: self.items(&list.items) })
            }
            BlockKind::Table(table) => {
                let rows = table
                    .rows
                    .iter()
                    .filter(|row| self.variant.includes(&row.scope))
                    .map(|row| Row {
                        cells: row.cells.iter().map(|c| self.inlines(c)).collect(),
                        scope: row.scope.clone(),
                    })
                    .collect();
                BlockKind::Table(super::Table {
                    caption: table.caption.as_ref().map(|c| self.inlines(c)),
                    header: table
                        .header
                        .iter()
                        .map(|row| row.iter().map(|c| self.inlines(c)).collect())
                        .collect(),
                    rows,
                    columns: table.columns.clone(),
                })
            }
        }
    }

    fn items(&self, items: &[ListItem]) -> Vec<ListItem> {
        items
            .iter()
            .filter(|item| self.variant.includes(&item.scope))
            .map(|item| ListItem {
                content: self.inlines(&item.content),
                children: self.items(&item.children),
                scope: item.scope.clone(),
            })
            .collect()
    }

    fn inlines(&self, inlines: &[Inline]) -> Vec<Inline> {
        inlines
            .iter()
            .map(|inline| match inline {
                Inline::MunicipalityName => match self.name {
                    Some(name) => Inline::Text(name.to_owned()),
                    None => Inline::MunicipalityName,
                },
                Inline::Strong(inner) => Inline::Strong(self.inlines(inner)),
                Inline::Emphasis(inner) => Inline::Emphasis(self.inlines(inner)),
                Inline::Link { target, content } => {
                    Inline::Link { target: target.clone(), content: self.inlines(content) }
                }
                Inline::Text(_) => inline.clone(),
            })
            .collect()
    }
}
