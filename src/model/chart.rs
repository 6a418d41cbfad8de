//! Charts and key figures: numbers the report shows as a drawing or as large figures, the same
//! data for both writers (the PDF draws the chart, the DOCX carries a native Word chart).

use super::Inline;

/// How a chart shows its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Horizontal bars, one row per category.
    Bar,
    /// Vertical bars, one column per category.
    Column,
    Line,
    Pie,
}

impl ChartKind {
    /// The kinds as the input names them.
    pub const NAMES: [&'static str; 4] = ["bar", "column", "line", "pie"];

    pub fn from_name(name: &str) -> Option<ChartKind> {
        match name {
            "bar" => Some(ChartKind::Bar),
            "column" => Some(ChartKind::Column),
            "line" => Some(ChartKind::Line),
            "pie" => Some(ChartKind::Pie),
            _ => None,
        }
    }

    /// The Dutch name a description starts with: "Staafdiagram", "Gestapeld kolomdiagram".
    fn dutch(self, stacked: bool) -> &'static str {
        match (self, stacked) {
            (ChartKind::Bar, false) => "Staafdiagram",
            (ChartKind::Bar, true) => "Gestapeld staafdiagram",
            (ChartKind::Column, false) => "Kolomdiagram",
            (ChartKind::Column, true) => "Gestapeld kolomdiagram",
            (ChartKind::Line, _) => "Lijndiagram",
            (ChartKind::Pie, _) => "Cirkeldiagram",
        }
    }
}

/// One row of numbers: a value per category.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

/// A chart: a title, categories along one axis and one or more series of values, as checked
/// by the input (every series has a value per category; a pie has one series of values ≥ 0).
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub kind: ChartKind,
    /// Series stacked on each other (bar and column) rather than side by side.
    pub stacked: bool,
    pub title: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// The title of the category axis ("Meet & greet").
    pub category_label: Option<String>,
    /// The title of the value axis ("Aanwezigen").
    pub value_label: Option<String>,
    /// The description for screen readers the input gives; else [`Chart::description`]
    /// makes one from the data.
    pub alt: Option<String>,
    pub caption: Option<Vec<Inline>>,
    /// Its numbers also as a table under it, for readers who cannot see the chart or want the
    /// exact values.
    pub data_table: bool,
}

/// The most series and categories a chart may have: more cannot be told apart or read.
pub const MAX_SERIES: usize = 6;
pub const MAX_CATEGORIES: usize = 24;
pub const MAX_PIE_SLICES: usize = 8;

impl Chart {
    /// The chart's numbers as a table: a row per category, a column per series.
    pub fn as_table(&self) -> super::Table {
        let mut columns = vec![super::Column { width: 2.0, align: super::Align::Left }];
        columns.extend(self.series.iter().map(|_| super::Column { width: 1.0, align: super::Align::Right }));
        let mut header = vec![vec![Inline::Text(self.category_label.clone().unwrap_or_default())]];
        header.extend(self.series.iter().map(|s| vec![Inline::Text(s.name.clone())]));
        let rows = self
            .categories
            .iter()
            .enumerate()
            .map(|(i, category)| {
                let mut cells = vec![vec![Inline::Text(category.clone())]];
                cells.extend(self.series.iter().map(|s| vec![Inline::Number(s.values[i].to_string())]));
                super::Row { cells, scope: super::Scope::default() }
            })
            .collect();
        super::Table { id: None, caption: None, columns, header: vec![header], rows }
    }

    /// What the chart shows, for who cannot see it: the given description, or one made from
    /// the data: "Kolomdiagram: Aanwezigen per meet & greet. 12 mei: 30; 9 oktober: 30;
    /// 21 november: 100."
    pub fn description(&self) -> String {
        if let Some(alt) = &self.alt {
            return alt.clone();
        }
        let mut out = format!("{}: {}.", self.kind.dutch(self.stacked), self.title.trim_end_matches('.'));
        // "Aantal keer samengekomen per netwerk.": what the numbers count, when both axes say.
        if let (Some(value), Some(category)) = (&self.value_label, &self.category_label) {
            out.push_str(&format!(" {value} per {}.", category.to_lowercase()));
        }
        let single = self.series.len() == 1;
        let total: f64 = self.series.first().map_or(0.0, |s| s.values.iter().sum());
        let entries: Vec<String> = self
            .categories
            .iter()
            .enumerate()
            .map(|(i, category)| {
                if single {
                    let value = self.series[0].values[i];
                    match self.kind {
                        ChartKind::Pie => {
                            format!("{category}: {} ({})", number(value), percent(value, total))
                        }
                        _ => format!("{category}: {}", number(value)),
                    }
                } else {
                    let values: Vec<String> =
                        self.series.iter().map(|s| format!("{} {}", s.name, number(s.values[i]))).collect();
                    format!("{category}: {}", values.join(", "))
                }
            })
            .collect();
        out.push_str(&format!(" {}.", entries.join("; ")));
        out
    }
}

/// A value as the report writes numbers: Dutch separators, at most two decimals, no
/// trailing zeros ("1.234,5", "30", "-0,25").
pub fn number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let text = if text == "-0" { "0" } else { text };
    super::format_number(text).unwrap_or_else(|| text.to_owned())
}

/// `value` as a share of `total`, rounded to a whole percent: "23 %".
pub fn percent(value: f64, total: f64) -> String {
    let share = if total > 0.0 { value / total * 100.0 } else { 0.0 };
    format!("{}\u{a0}%", number(share.round()))
}

/// Reads a number as a Dutch table cell writes it: "1.234,5", "30", "-3", "12,5 %", "€ 40";
/// also the plain "1234.5" of JSON. `None` when the text is not a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let trimmed: String = text
        .trim()
        .trim_end_matches('%')
        .trim_start_matches('€')
        .trim_end_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let (sign, digits) = match trimmed.strip_prefix(['-', '−']) {
        Some(rest) => (-1.0, rest),
        None => (1.0, trimmed.as_str()),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    let canonical = if digits.contains(',') {
        // Dutch: dots group thousands, the comma is the decimal sign.
        let (int, frac) = digits.split_once(',')?;
        if frac.contains([',', '.']) || !thousands_grouped(int) {
            return None;
        }
        format!("{}.{frac}", int.replace('.', ""))
    } else if digits.matches('.').count() > 1 || digits.split_once('.').is_some_and(|(_, f)| f.len() == 3) {
        // "1.234" and "1.234.567" group thousands in Dutch.
        if !thousands_grouped(digits) {
            return None;
        }
        digits.replace('.', "")
    } else {
        digits.to_owned()
    };
    canonical.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| sign * v)
}

/// Whether the integer part is digits, with dots (if any) grouping them by three:
/// "1.234.567" and "12" are, "12.34" is not.
fn thousands_grouped(int: &str) -> bool {
    let mut groups = int.split('.');
    let first = groups.next().unwrap_or("");
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    !first.is_empty()
        && digits(first)
        && (first.len() <= 3 || !int.contains('.'))
        && groups.all(|g| g.len() == 3 && digits(g))
}

/// A row of key figures: a few large numbers, each with what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// The number as it is shown: "40", "1.234", "95 %".
    pub value: String,
    /// What it counts: "deelnemers".
    pub label: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_and_written_the_dutch_way() {
        assert_eq!(parse_number("30"), Some(30.0));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("1.234"), Some(1234.0));
        assert_eq!(parse_number("1234.5"), Some(1234.5));
        assert_eq!(parse_number("12,5 %"), Some(12.5));
        assert_eq!(parse_number("€ 40"), Some(40.0));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number("12.34,5"), None);
        assert_eq!(parse_number("ongeveer 30"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(number(1234.5), "1.234,5");
        assert_eq!(number(30.0), "30");
        assert_eq!(number(0.125), "0,13");
        assert_eq!(number(-0.001), "0");
        assert_eq!(percent(1.0, 3.0), "33\u{a0}%");
    }

    fn meet_and_greets() -> Chart {
        Chart {
            kind: ChartKind::Column,
            stacked: false,
            title: "Aanwezigen per meet & greet".into(),
            categories: vec!["12 mei".into(), "9 oktober".into(), "21 november".into()],
            series: vec![Series { name: "Aanwezigen".into(), values: vec![30.0, 30.0, 100.0] }],
            category_label: None,
            value_label: None,
            alt: None,
            caption: None,
            data_table: false,
        }
    }

    #[test]
    fn a_chart_without_a_description_gets_one_from_its_data() {
        let chart = meet_and_greets();
        assert_eq!(
            chart.description(),
            "Kolomdiagram: Aanwezigen per meet & greet. 12 mei: 30; 9 oktober: 30; 21 november: 100."
        );
        let mut two = chart.clone();
        two.series.push(Series { name: "VDAB".into(), values: vec![10.0, 12.5, 40.0] });
        two.stacked = true;
        assert!(two.description().starts_with("Gestapeld kolomdiagram: "));
        assert!(two.description().contains("9 oktober: Aanwezigen 30, VDAB 12,5;"), "{}", two.description());
        let mut pie = chart.clone();
        pie.kind = ChartKind::Pie;
        assert!(pie.description().contains("21 november: 100 (63\u{a0}%)"), "{}", pie.description());
        let mut given = chart;
        given.alt = Some("Het derde moment trok drie keer zoveel volk.".into());
        assert_eq!(given.description(), "Het derde moment trok drie keer zoveel volk.");
    }
}
