//! Chart and key-figure blocks: their data inline or from a table in the same file, checked
//! so that every series has a number per category, and every problem is located.

use super::{
    Accepts, Decoder, JsonPath, Object, Place, SchemaShape, Shape, Visibility, quoted_list, suggest,
};
use crate::diagnostic::Kind;
use crate::input::json::{Node, Value};
use crate::model::{
    Block, BlockKind, Chart, ChartKind, Inline, KeyFigure, MAX_CATEGORIES, MAX_PIE_SLICES, MAX_SERIES,
    Series, Table, format_number, parse_number, plain_text,
};
use crate::tr;

pub(super) static CHART: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-chart", "block:chart"));
pub(super) static SERIES: SchemaShape = SchemaShape::new(|| Shape::of("decode-shape-series", "SeriesEntry"));
pub(super) static KEY_FIGURES: SchemaShape =
    SchemaShape::new(|| Shape::of("decode-shape-key-figures", "block:key_figures"));
pub(super) static KEY_FIGURE: SchemaShape =
    SchemaShape::new(|| Shape::of("decode-shape-key-figure", "KeyFigureEntry"));

/// Key figures per row: fewer is not a row, more do not fit large.
const KEY_FIGURES_RANGE: (usize, usize) = (2, 4);
const MAX_KEY_VALUE_CHARS: usize = 12;
const MAX_KEY_LABEL_CHARS: usize = 60;

/// A chart that takes its data from a table of the same file, filled in once the whole list
/// of blocks is read (the table may come after it).
#[derive(Debug, Clone)]
pub(super) struct PendingChart {
    /// The chart's index among the blocks read.
    pub block: usize,
    pub table: String,
    pub place: Place,
}

impl Decoder<'_> {
    pub(super) fn chart(&mut self, object: &Object<'_>, visibility: Visibility<'_>) -> Option<Chart> {
        let kind_node = self.required(object, "kind");
        let kind = kind_node.and_then(|n| self.chart_kind(n, &object.path("kind")));
        let title =
            self.required(object, "title").and_then(|n| self.plain(n, &object.path("title"), "title"));
        let stacked = match object.optional("stacked") {
            Some(node) => self.boolean(node, &object.path("stacked")).map(|b| (b, Some(node))),
            None => Some((false, None)),
        };
        let category_label = self.optional_plain(object, "x_label");
        let value_label = self.optional_plain(object, "y_label");
        let alt = self.optional_plain(object, "alt");
        let caption = object
            .optional("caption")
            .and_then(|n| self.nonempty_markup(n, &object.path("caption"), visibility, "caption"));
        let data_table = match object.optional("data_table") {
            Some(node) => self.boolean(node, &object.path("data_table")),
            None => Some(false),
        };
        let data = self.chart_data(object);
        let (kind, title, (stacked, stacked_node)) = (kind?, title?, stacked?);
        if let (true, Some(node), ChartKind::Line | ChartKind::Pie) = (stacked, stacked_node, kind) {
            self.report(
                Kind::Content,
                node.span.clone(),
                &object.path("stacked"),
                tr!("decode-chart-not-stackable"),
            )
            .hint = Some(tr!("decode-chart-not-stackable.hint"));
            return None;
        }
        let (categories, series) = data??;
        let chart = Chart {
            kind,
            stacked,
            title,
            categories,
            series,
            category_label: category_label?,
            value_label: value_label?,
            alt: alt?,
            caption,
            data_table: data_table?,
        };
        if chart.categories.is_empty() {
            // Its data comes from a table: checked when that is found.
            return Some(chart);
        }
        // Problems of the data as a whole are shown at its series.
        let place = match object.optional("series") {
            Some(node) => Place { span: node.span.clone(), path: object.path("series") },
            None => Place { span: object.span().start..object.span().start + 1, path: object.path.clone() },
        };
        let valid = self.check_chart(&chart, &place);
        if valid {
            self.colour_alone(&chart, object);
        }
        valid.then_some(chart)
    }

    /// Bars and pie slices of several series or slices are told apart by their colour in
    /// the legend only (lines have markers as well): without the numbers as text beside the
    /// chart, a reader who cannot tell the colours apart loses them (WCAG 1.4.1). A chart
    /// of a table has that table in the report already.
    fn colour_alone(&mut self, chart: &Chart, object: &Object<'_>) {
        let (told_apart, what) = match chart.kind {
            ChartKind::Bar | ChartKind::Column => (chart.series.len() >= 2, "series"),
            ChartKind::Pie => (chart.categories.len() >= 2, "slices"),
            ChartKind::Line => (false, ""),
        };
        if told_apart && !chart.data_table {
            let start = object.span().start;
            let message = tr!("decode-chart-colour-alone", what, title = chart.title.as_str());
            self.accessibility(
                start..start + 1,
                &object.path,
                message,
                tr!("decode-chart-colour-alone.hint", what),
            );
        }
    }

    fn chart_kind(&mut self, node: &Node, path: &JsonPath) -> Option<ChartKind> {
        let name = self.string(node, path)?;
        let kind = ChartKind::from_name(name);
        if kind.is_none() {
            let hint = match suggest(name, &ChartKind::NAMES) {
                Some(best) => tr!("decode-did-you-mean", best),
                None => tr!("decode-unknown-chart-kind.hint", kinds = quoted_list(&ChartKind::NAMES)),
            };
            self.report(
                Kind::Content,
                node.span.clone(),
                path,
                tr!("decode-unknown-chart-kind", kind = name),
            )
            .hint = Some(hint);
        }
        kind
    }

    /// A short text without markup (a title, an axis label, a description), not empty;
    /// `what` is the field it is ("title", "x_label", "category", …), as the messages
    /// choose by it.
    fn plain(&mut self, node: &Node, path: &JsonPath, what: &str) -> Option<String> {
        let text = self.string(node, path)?.trim();
        if text.is_empty() {
            self.report(Kind::Content, node.span.clone(), path, tr!("decode-plain-empty", what)).hint =
                Some(tr!("decode-plain-empty.hint", what));
            return None;
        }
        Some(text.to_owned())
    }

    /// `Some(None)` when the field is absent; the outer `None` is an error.
    fn optional_plain(&mut self, object: &Object<'_>, field: &str) -> Option<Option<String>> {
        match object.optional(field) {
            Some(node) => self.plain(node, &object.path(field), field).map(Some),
            None => Some(None),
        }
    }

    /// The categories and series given inline, or none yet when they come from a table (then
    /// a [`PendingChart`] is recorded). The outer `None` is an error that is reported.
    fn chart_data(&mut self, object: &Object<'_>) -> Option<Option<(Vec<String>, Vec<Series>)>> {
        let inline = object.optional("categories").or(object.optional("series"));
        match (object.optional("table"), inline) {
            (Some(table), Some(_)) => {
                self.report(
                    Kind::Content,
                    table.span.clone(),
                    &object.path("table"),
                    tr!("decode-chart-data-twice"),
                )
                .hint = Some(tr!("decode-chart-data-twice.hint"));
                None
            }
            (Some(table), None) => {
                let id = self.string(table, &object.path("table"))?.trim().to_owned();
                self.pending_charts.push(PendingChart {
                    block: usize::MAX,
                    table: id,
                    place: Place { span: table.span.clone(), path: object.path("table") },
                });
                Some(Some((Vec::new(), Vec::new())))
            }
            (None, _) => {
                let (Some(categories), Some(series)) =
                    (object.optional("categories"), object.optional("series"))
                else {
                    let missing =
                        if object.optional("categories").is_some() { "series" } else { "categories" };
                    self.report(
                        Kind::Content,
                        object.span().start..object.span().start + 1,
                        &object.path,
                        tr!("decode-chart-no-data", field = missing),
                    )
                    .hint = Some(tr!("decode-chart-no-data.hint"));
                    return None;
                };
                let categories = self.categories(categories, &object.path("categories"));
                let series = self.series_list(series, &object.path("series"));
                let (categories, series) = (categories?, series?);
                let mut good = true;
                for (i, (s, node)) in series.iter().enumerate() {
                    if s.values.len() != categories.len() {
                        let path = object.path("series").index(i).field("values");
                        self.report(
                            Kind::Content,
                            node.span.clone(),
                            &path,
                            tr!(
                                "decode-series-length",
                                values = s.values.len(),
                                categories = categories.len()
                            ),
                        )
                        .hint = Some(tr!("decode-series-length.hint"));
                        good = false;
                    }
                }
                good.then(|| Some((categories, series.into_iter().map(|(s, _)| s).collect())))
            }
        }
    }

    fn categories(&mut self, node: &Node, path: &JsonPath) -> Option<Vec<String>> {
        let nodes = self.array(node, path, &tr!("decode-want-categories"))?;
        let names: Vec<String> =
            nodes.iter().enumerate().filter_map(|(i, n)| self.plain(n, &path.index(i), "category")).collect();
        (names.len() == nodes.len()).then_some(names)
    }

    /// The series with the node of each one's values, for messages about their length.
    fn series_list<'n>(&mut self, node: &'n Node, path: &JsonPath) -> Option<Vec<(Series, &'n Node)>> {
        let nodes = self.array(node, path, &tr!("decode-want-series"))?;
        let mut out = Vec::new();
        for (i, n) in nodes.iter().enumerate() {
            let path = path.index(i);
            let Some(object) = self.object(n, &path, &SERIES) else { continue };
            let name =
                self.required(&object, "name").and_then(|n| self.plain(n, &object.path("name"), "name"));
            let values_node = self.required(&object, "values");
            let values = values_node.and_then(|v| {
                let accepts = Accepts { number: true, ..Accepts::LIST };
                let items = self.array_of(v, &object.path("values"), &tr!("decode-want-numbers"), accepts)?;
                let values: Vec<f64> = items
                    .iter()
                    .enumerate()
                    .filter_map(|(k, item)| self.float(item, &object.path("values").index(k)))
                    .collect();
                (values.len() == items.len()).then_some(values)
            });
            self.finish(object);
            if let (Some(name), Some(values), Some(values_node)) = (name, values, values_node) {
                out.push((Series { name, values }, values_node));
            }
        }
        (out.len() == nodes.len()).then_some(out)
    }

    /// What every chart must be, however its data came: a few categories and series, and for
    /// a pie or stacked bars no negative values. Reports at `place`; false when it is not.
    fn check_chart(&mut self, chart: &Chart, place: &Place) -> bool {
        let mut problem = |message: String, hint: String| {
            self.report(Kind::Content, place.span.clone(), &place.path, message).hint = Some(hint);
            false
        };
        let max_categories = if chart.kind == ChartKind::Pie { MAX_PIE_SLICES } else { MAX_CATEGORIES };
        if chart.categories.is_empty() {
            return problem(tr!("decode-chart-no-categories"), tr!("decode-chart-no-categories.hint"));
        }
        if chart.categories.len() > max_categories {
            return problem(
                tr!("decode-chart-too-many-categories", count = chart.categories.len(), max = max_categories),
                tr!("decode-chart-too-many-categories.hint"),
            );
        }
        if chart.series.len() > MAX_SERIES {
            return problem(
                tr!("decode-chart-too-many-series", count = chart.series.len(), max = MAX_SERIES),
                tr!("decode-chart-too-many-series.hint"),
            );
        }
        let negative = chart.series.iter().flat_map(|s| &s.values).any(|v| *v < 0.0);
        match chart.kind {
            ChartKind::Pie if chart.series.len() != 1 => {
                problem(tr!("decode-pie-series", count = chart.series.len()), tr!("decode-pie-series.hint"))
            }
            ChartKind::Pie if negative => {
                problem(tr!("decode-pie-negative"), tr!("decode-pie-negative.hint"))
            }
            ChartKind::Pie if chart.series[0].values.iter().sum::<f64>() <= 0.0 => {
                problem(tr!("decode-pie-zero"), tr!("decode-pie-zero.hint"))
            }
            _ if chart.stacked && negative => {
                problem(tr!("decode-stacked-negative"), tr!("decode-stacked-negative.hint"))
            }
            _ => true,
        }
    }

    /// Fills in the charts among `blocks` (read from one list) that take their data from a
    /// table of the same list.
    pub(super) fn resolve_charts(&mut self, blocks: &mut [Block], pending: Vec<PendingChart>) {
        for chart in pending {
            let table = blocks.iter().find_map(|b| match &b.kind {
                BlockKind::Table(t) if t.id.as_deref() == Some(chart.table.as_str()) => {
                    Some((t.clone(), b.scope.clone()))
                }
                _ => None,
            });
            let Some((table, table_scope)) = table else {
                let ids: Vec<&str> = blocks
                    .iter()
                    .filter_map(|b| match &b.kind {
                        BlockKind::Table(t) => t.id.as_deref(),
                        _ => None,
                    })
                    .collect();
                let hint = match suggest(&chart.table, &ids) {
                    Some(best) => tr!("decode-did-you-mean", best),
                    None if ids.is_empty() => tr!("decode-no-such-table.hint-none", table = &chart.table),
                    None => tr!("decode-no-such-table.hint", ids = quoted_list(&ids)),
                };
                self.report(
                    Kind::Content,
                    chart.place.span.clone(),
                    &chart.place.path,
                    tr!("decode-no-such-table", table = &chart.table),
                )
                .hint = Some(hint);
                continue;
            };
            let Some(block) = blocks.get_mut(chart.block) else { continue };
            let chart_scope = block.scope.clone();
            let BlockKind::Chart(target) = &mut block.kind else { continue };
            let scoped_rows = table.rows.iter().any(|r| !r.scope.only_for.is_empty());
            if scoped_rows
                || (!table_scope.only_for.is_empty() && table_scope.only_for != chart_scope.only_for)
            {
                self.report(
                    Kind::Content,
                    chart.place.span.clone(),
                    &chart.place.path,
                    tr!("decode-table-rows-scoped", table = &chart.table),
                )
                .hint = Some(tr!("decode-table-rows-scoped.hint"));
                continue;
            }
            match self.table_data(&table, &chart) {
                Some((categories, series)) => {
                    target.categories = categories;
                    target.series = series;
                    let checked = target.clone();
                    self.check_chart(&checked, &chart.place);
                }
                None => continue,
            }
        }
    }

    /// A table's first column as the categories, each further column a series named by the
    /// last header row; every cell of those columns a number.
    fn table_data(&mut self, table: &Table, chart: &PendingChart) -> Option<(Vec<String>, Vec<Series>)> {
        let place = &chart.place;
        if table.columns.len() < 2 {
            self.report(
                Kind::Content,
                place.span.clone(),
                &place.path,
                tr!("decode-chart-table-one-column", table = &chart.table),
            )
            .hint = Some(tr!("decode-chart-table-one-column.hint"));
            return None;
        }
        let categories: Vec<String> =
            table.rows.iter().map(|r| plain_text(&r.cells[0]).trim().to_owned()).collect();
        let header = table.header.last();
        let mut series = Vec::new();
        // Per column, its first cell that is not a number.
        let mut problems = Vec::new();
        for column in 1..table.columns.len() {
            let header_name =
                header.map(|h| plain_text(&h[column]).trim().to_owned()).filter(|n| !n.is_empty());
            let mut values = Vec::new();
            let mut problem = None;
            for (r, row) in table.rows.iter().enumerate() {
                let text = plain_text(&row.cells[column]);
                // A number the input typed as one is read as it is; text the Dutch way.
                let typed = match row.cells[column].as_slice() {
                    [Inline::Number(raw)] => raw.parse::<f64>().ok(),
                    _ => None,
                };
                match typed.or_else(|| parse_number(&text)) {
                    Some(v) => values.push(v),
                    None if problem.is_none() => {
                        let (column, text, row) = (column + 1, text.trim(), r + 1);
                        problem = Some(match &header_name {
                            Some(header) => tr!("decode-cell-not-a-number-named", column, header, text, row),
                            None => tr!("decode-cell-not-a-number", column, text, row),
                        });
                    }
                    None => {}
                }
            }
            problems.extend(problem);
            series.push(Series { name: header_name.unwrap_or_else(|| format!("Reeks {column}")), values });
        }
        if !problems.is_empty() {
            self.report(
                Kind::Content,
                place.span.clone(),
                &place.path,
                tr!("decode-chart-table-text", table = &chart.table, problems = problems.join("; ")),
            )
            .hint = Some(tr!("decode-chart-table-text.hint"));
            return None;
        }
        Some((categories, series))
    }

    pub(super) fn key_figures(&mut self, object: &Object<'_>) -> Option<Vec<KeyFigure>> {
        let errors_before = self.error_count();
        let node = self.required(object, "items")?;
        let path = object.path("items");
        let nodes = self.array(node, &path, &tr!("decode-want-key-figures"))?;
        let (least, most) = KEY_FIGURES_RANGE;
        if !(least..=most).contains(&nodes.len()) {
            self.report(
                Kind::Content,
                node.span.clone(),
                &path,
                tr!("decode-key-figures-count", least, most, count = nodes.len()),
            )
            .hint = Some(if nodes.len() < least {
                tr!("decode-key-figures-count.hint-few")
            } else {
                tr!("decode-key-figures-count.hint-many")
            });
            return None;
        }
        let mut figures = Vec::new();
        for (i, n) in nodes.iter().enumerate() {
            let path = path.index(i);
            let Some(object) = self.object(n, &path, &KEY_FIGURE) else { continue };
            let value =
                self.required(&object, "value").and_then(|v| self.key_value(v, &object.path("value")));
            let label =
                self.required(&object, "label").and_then(|l| self.plain(l, &object.path("label"), "label"));
            if let Some((label, node)) = label.as_ref().zip(object.optional("label"))
                && label.chars().count() > MAX_KEY_LABEL_CHARS
            {
                self.report(
                    Kind::Content,
                    node.span.clone(),
                    &object.path("label"),
                    tr!("decode-key-label-too-long", length = label.chars().count()),
                )
                .hint = Some(tr!("decode-key-label-too-long.hint", max = MAX_KEY_LABEL_CHARS));
            }
            self.finish(object);
            figures.extend(value.zip(label).map(|(value, label)| KeyFigure { value, label }));
        }
        (figures.len() == nodes.len() && self.error_count() == errors_before).then_some(figures)
    }

    /// A key figure's value: a JSON number, written the Dutch way, or a short text ("95 %").
    fn key_value(&mut self, node: &Node, path: &JsonPath) -> Option<String> {
        let value = match &node.value {
            Value::Number(raw) => format_number(raw).unwrap_or_else(|| raw.clone()),
            Value::String(_) => self.plain(node, path, "value")?,
            _ => {
                self.wrong_type(node, path, &tr!("decode-want-key-value"), Accepts::NOTHING_ELSE);
                return None;
            }
        };
        if value.chars().count() > MAX_KEY_VALUE_CHARS {
            self.report(
                Kind::Content,
                node.span.clone(),
                path,
                tr!("decode-key-value-too-long", value = &value),
            )
            .hint = Some(tr!("decode-key-value-too-long.hint", max = MAX_KEY_VALUE_CHARS));
            return None;
        }
        Some(value)
    }
}
