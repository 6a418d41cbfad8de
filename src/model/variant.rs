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
            Variant::Municipality(id) => overview(&report, id, name.unwrap_or(id)),
        };
        report
    }
}

/// Everything in a version that concerns municipality `id` (named `name`) or is only for it,
/// in reading order: blocks, and list items scoped on their own. Each is labelled with the
/// heading above it and what it says: the block's `summary`, else its sentence that names
/// the municipality, else its first sentence.
fn overview(report: &Report, id: &str, name: &str) -> Vec<super::OverviewEntry> {
    let hit = |scope: &Scope| scope.concerns.iter().chain(&scope.only_for).any(|m| m == id);
    let mut entries = Vec::new();
    for (s, section) in report.sections.iter().enumerate() {
        let mut context = format!("{} ({})", section.title, section.code);
        for (b, block) in section.blocks.iter().enumerate() {
            if let BlockKind::Heading(heading) = &block.kind {
                context = super::plain_text(&heading.content);
            }
            let mut found: Vec<(Option<usize>, Option<String>)> = Vec::new();
            if hit(&block.scope) {
                let said = block.summary.clone().or_else(|| what_it_says(&block.kind, name));
                found.push((None, said));
            } else {
                match &block.kind {
                    BlockKind::List(list) => {
                        let mut items = Vec::new();
                        scoped_items(&list.items, &hit, &mut 0, &mut items);
                        for (n, item) in items {
                            found.push((Some(n), Some(sentence(&super::plain_text(&item.content), name))));
                        }
                    }
                    // A row scoped on its own is listed with its cells, and points at its table.
                    BlockKind::Table(table) => {
                        if let Some(row) = table.rows.iter().find(|r| hit(&r.scope)) {
                            let cells: Vec<String> = row.cells.iter().map(|c| super::plain_text(c)).collect();
                            found.push((None, Some(cells.join(", "))));
                        }
                    }
                    _ => {}
                }
            }
            for (item, said) in found {
                let label = match said {
                    Some(said) if !said.is_empty() => format!("{context} — {said}"),
                    _ => context.clone(),
                };
                entries.push(super::OverviewEntry {
                    anchor: format!("uw-gemeente-{}", entries.len() + 1),
                    section: s,
                    spot: super::Spot { block: b, item },
                    label,
                });
            }
        }
    }
    entries
}

/// The list items (with their reading-order number) whose own scope is `hit`; the items
/// inside such an item belong to it.
fn scoped_items<'l>(
    items: &'l [ListItem],
    hit: &dyn Fn(&Scope) -> bool,
    counter: &mut usize,
    out: &mut Vec<(usize, &'l ListItem)>,
) {
    for item in items {
        let n = *counter;
        *counter += 1;
        if hit(&item.scope) {
            out.push((n, item));
            *counter += count_items(&item.children);
        } else {
            scoped_items(&item.children, hit, counter, out);
        }
    }
}

fn count_items(items: &[ListItem]) -> usize {
    items.iter().map(|i| 1 + count_items(&i.children)).sum()
}

/// What a block says, for its overview entry; `None` for a heading (its text is the context)
/// and a table without caption.
fn what_it_says(kind: &BlockKind, name: &str) -> Option<String> {
    let text = match kind {
        BlockKind::Heading(_) => return None,
        BlockKind::Paragraph(content) => super::plain_text(content),
        BlockKind::List(list) => list.items.first().map(|i| super::plain_text(&i.content))?,
        BlockKind::Table(table) => table.caption.as_ref().map(|c| super::plain_text(c))?,
        BlockKind::Figure(figure) => match (&figure.caption, &figure.alt) {
            (Some(caption), _) => super::plain_text(caption),
            (None, Some(alt)) => alt.clone(),
            (None, None) => return None,
        },
        BlockKind::Chart(chart) => match &chart.caption {
            Some(caption) => super::plain_text(caption),
            None => chart.title.clone(),
        },
        BlockKind::KeyFigures(figures) => {
            figures.iter().map(|f| format!("{} {}", f.value, f.label)).collect::<Vec<_>>().join(", ")
        }
    };
    Some(sentence(&text, name))
}

/// The first sentence of `text` that names `name`, else its first sentence.
pub fn sentence(text: &str, name: &str) -> String {
    let sentences = sentences(text);
    sentences
        .iter()
        .find(|s| contains_word(s, name))
        .or(sentences.first())
        .map_or_else(String::new, |s| s.trim().to_owned())
}

/// Sentences: a `.`, `!` or `?` (perhaps with a closing quote or bracket) followed by a space
/// and a capital, a digit or an opening quote ends one, unless it ends an abbreviation
/// ("dhr.", "nr.", "bv.").
fn sentences(text: &str) -> Vec<&str> {
    const ABBREVIATIONS: [&str; 10] = ["dhr", "mevr", "mr", "dr", "prof", "nr", "bv", "vb", "st", "ca"];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut j = k + 1;
        while chars.get(j).is_some_and(|&(_, c)| matches!(c, '"' | '\'' | '’' | '”' | ')')) {
            j += 1;
        }
        let spaced = chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
        let next = chars[j..].iter().map(|&(_, c)| c).find(|c| !c.is_whitespace());
        let starts = next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || "“‘\"'(".contains(n));
        let word = text[start..i].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let abbreviation = c == '.' && ABBREVIATIONS.contains(&word.to_lowercase().as_str());
        if spaced && starts && !abbreviation {
            let end = chars.get(j).map_or(text.len(), |&(at, _)| at);
            out.push(&text[start..end]);
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// Whether `word` occurs in `text` as a whole word, in any case.
fn contains_word(text: &str, word: &str) -> bool {
    let (text, word) = (text.to_lowercase(), word.to_lowercase());
    text.match_indices(&word).any(|(at, _)| {
        let before = text[..at].chars().last();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
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
            .map(|block| Block {
                kind: self.kind(&block.kind),
                scope: block.scope.clone(),
                summary: block.summary.clone(),
                origin: block.origin.clone(),
            })
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
                    id: table.id.clone(),
                })
            }
            BlockKind::Figure(figure) => BlockKind::Figure(super::Figure {
                caption: figure.caption.as_ref().map(|c| self.inlines(c)),
                ..figure.clone()
            }),
            BlockKind::Chart(chart) => BlockKind::Chart(super::Chart {
                caption: chart.caption.as_ref().map(|c| self.inlines(c)),
                ..chart.clone()
            }),
            BlockKind::KeyFigures(figures) => BlockKind::KeyFigures(figures.clone()),
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
                Inline::Text(_) | Inline::Number(_) => inline.clone(),
            })
            .collect()
    }
}
