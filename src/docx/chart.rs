//! A chart as Word's own: a DrawingML chart part (`word/charts/chartN.xml`) with the values
//! cached in it, so Word and LibreOffice draw it at once, and an embedded workbook with the
//! same numbers, so "Edit data" in Word opens them.
//!
//! The workbook is written here, as five small SpreadsheetML parts through the same package
//! writer as the DOCX, rather than with rust_xlsxwriter: that crate would bring a second zip
//! version and its own date stamps, for a sheet of a few cells.

use super::package::{Kind, Package};
use super::xml::Xml;
use crate::model::{Chart, ChartKind};
use crate::theme::{Color, Theme};

pub const CHART_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/chart";
pub const CHART_CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
pub const WORKBOOK_CONTENT_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DRAWING_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/// The sheet's name, as a Dutch Excel names its first.
const SHEET: &str = "Blad1";
/// The chart part's relationship to its workbook.
pub const WORKBOOK_RELATIONSHIP: &str = "rId1";
/// Word's axis ids are arbitrary numbers that pair the axes; these are ours.
const CATEGORY_AXIS: &str = "500100";
const VALUE_AXIS: &str = "500200";
/// Outlines of bars and markers, and lines: in EMU (12 700 per point).
const OUTLINE_EMU: &str = "6350";
const LINE_EMU: &str = "25400";
const MARKERS: [&str; 4] = ["circle", "square", "triangle", "diamond"];

/// The chart part for `chart`, in the theme's colours and font.
pub fn chart_part(chart: &Chart, theme: &Theme, language: &str) -> String {
    let mut x = Xml::new();
    x.open("c:chartSpace", &[("xmlns:c", CHART_NS), ("xmlns:a", DRAWING_NS), ("xmlns:r", RELATIONSHIPS)]);
    val(&mut x, "c:date1904", "0");
    val(&mut x, "c:lang", language);
    val(&mut x, "c:roundedCorners", "0");
    x.open("c:chart", &[]);
    x.open("c:title", &[]);
    x.open("c:tx", &[]);
    rich_text(&mut x, &chart.title, theme, 1.25, true);
    x.close("c:tx");
    val(&mut x, "c:overlay", "0");
    x.close("c:title");
    val(&mut x, "c:autoTitleDeleted", "0");
    x.open("c:plotArea", &[]);
    x.empty("c:layout", &[]);
    let format = number_format(chart);
    match chart.kind {
        ChartKind::Bar | ChartKind::Column => {
            x.open("c:barChart", &[]);
            val(&mut x, "c:barDir", if chart.kind == ChartKind::Bar { "bar" } else { "col" });
            val(&mut x, "c:grouping", if chart.stacked { "stacked" } else { "clustered" });
            val(&mut x, "c:varyColors", "0");
            for (k, _) in chart.series.iter().enumerate() {
                x.open("c:ser", &[]);
                series_head(&mut x, chart, k);
                shape(&mut x, Some(theme.charts.color(k)), Some((theme.charts.axis_color, OUTLINE_EMU)));
                val(&mut x, "c:invertIfNegative", "0");
                // Inside a stacked bar, in the colour that reads on it; else above it.
                let (position, ink) = if chart.stacked {
                    ("ctr", theme.charts.ink_on(theme.charts.color(k)))
                } else {
                    ("outEnd", theme.styles.chart.color)
                };
                labels(&mut x, &format, Some(position), false, ink, theme);
                series_data(&mut x, chart, k, &format);
                x.close("c:ser");
            }
            val(&mut x, "c:gapWidth", "43");
            if chart.stacked {
                val(&mut x, "c:overlap", "100");
            }
            val(&mut x, "c:axId", CATEGORY_AXIS);
            val(&mut x, "c:axId", VALUE_AXIS);
            x.close("c:barChart");
        }
        ChartKind::Line => {
            x.open("c:lineChart", &[]);
            val(&mut x, "c:grouping", "standard");
            val(&mut x, "c:varyColors", "0");
            for (k, _) in chart.series.iter().enumerate() {
                let color = theme.charts.color(k);
                x.open("c:ser", &[]);
                series_head(&mut x, chart, k);
                shape(&mut x, None, Some((color, LINE_EMU)));
                x.open("c:marker", &[]);
                val(&mut x, "c:symbol", MARKERS[k % MARKERS.len()]);
                val(&mut x, "c:size", "7");
                shape(&mut x, Some(color), Some((theme.charts.axis_color, OUTLINE_EMU)));
                x.close("c:marker");
                if chart.series.len() == 1 {
                    labels(&mut x, &format, Some("t"), false, theme.styles.chart.color, theme);
                }
                series_data(&mut x, chart, k, &format);
                val(&mut x, "c:smooth", "0");
                x.close("c:ser");
            }
            val(&mut x, "c:marker", "1");
            val(&mut x, "c:axId", CATEGORY_AXIS);
            val(&mut x, "c:axId", VALUE_AXIS);
            x.close("c:lineChart");
        }
        ChartKind::Pie => {
            x.open("c:pieChart", &[]);
            val(&mut x, "c:varyColors", "1");
            x.open("c:ser", &[]);
            series_head(&mut x, chart, 0);
            for (i, _) in chart.categories.iter().enumerate() {
                x.open("c:dPt", &[]);
                val(&mut x, "c:idx", &i.to_string());
                val(&mut x, "c:bubble3D", "0");
                shape(&mut x, Some(theme.charts.color(i)), Some((Color([255, 255, 255]), "12700")));
                x.close("c:dPt");
            }
            pie_labels(&mut x, chart, theme);
            series_data(&mut x, chart, 0, &format);
            x.close("c:ser");
            val(&mut x, "c:firstSliceAng", "0");
            x.close("c:pieChart");
        }
    }
    if chart.kind != ChartKind::Pie {
        axes(&mut x, chart, theme, &format);
    }
    x.close("c:plotArea");
    if chart.series.len() > 1 || chart.kind == ChartKind::Pie {
        x.open("c:legend", &[]);
        val(&mut x, "c:legendPos", if chart.kind == ChartKind::Pie { "r" } else { "b" });
        val(&mut x, "c:overlay", "0");
        x.close("c:legend");
    }
    val(&mut x, "c:plotVisOnly", "1");
    val(&mut x, "c:dispBlanksAs", "gap");
    x.close("c:chart");
    x.open("c:spPr", &[]);
    x.empty("a:noFill", &[]);
    x.open("a:ln", &[]);
    x.empty("a:noFill", &[]);
    x.close("a:ln");
    x.close("c:spPr");
    text_properties(&mut x, theme, theme.styles.chart.color, 1.0, false);
    x.open("c:externalData", &[("r:id", WORKBOOK_RELATIONSHIP)]);
    val(&mut x, "c:autoUpdate", "0");
    x.close("c:externalData");
    x.close("c:chartSpace");
    x.finish()
}

/// The number format of values and the value axis: whole numbers with a thousands
/// separator, or as many decimals as the data has (at most two). Word shows the separators
/// of the reader's language: "1.234,5" in Dutch.
fn number_format(chart: &Chart) -> String {
    let decimals = chart
        .series
        .iter()
        .flat_map(|s| &s.values)
        .map(|v| {
            let text = crate::model::number(*v);
            text.split_once(',').map_or(0, |(_, f)| f.len())
        })
        .max()
        .unwrap_or(0);
    match decimals {
        0 => "#,##0".into(),
        d => format!("#,##0.{}", "0".repeat(d)),
    }
}

/// A series' index, order and name (from the sheet's first row).
fn series_head(x: &mut Xml, chart: &Chart, k: usize) {
    val(x, "c:idx", &k.to_string());
    val(x, "c:order", &k.to_string());
    x.open("c:tx", &[]);
    x.open("c:strRef", &[]);
    x.element("c:f", &[], &format!("{SHEET}!${}$1", column(k + 1)));
    x.open("c:strCache", &[]);
    val(x, "c:ptCount", "1");
    x.open("c:pt", &[("idx", "0")]);
    x.element("c:v", &[], &chart.series[k].name);
    x.close("c:pt");
    x.close("c:strCache");
    x.close("c:strRef");
    x.close("c:tx");
}

/// A series' categories and values: references into the sheet, and their cached values.
fn series_data(x: &mut Xml, chart: &Chart, k: usize, format: &str) {
    let last = chart.categories.len() + 1;
    x.open("c:cat", &[]);
    x.open("c:strRef", &[]);
    x.element("c:f", &[], &format!("{SHEET}!$A$2:$A${last}"));
    x.open("c:strCache", &[]);
    val(x, "c:ptCount", &chart.categories.len().to_string());
    for (i, category) in chart.categories.iter().enumerate() {
        x.open("c:pt", &[("idx", &i.to_string())]);
        x.element("c:v", &[], category);
        x.close("c:pt");
    }
    x.close("c:strCache");
    x.close("c:strRef");
    x.close("c:cat");
    x.open("c:val", &[]);
    x.open("c:numRef", &[]);
    let col = column(k + 1);
    x.element("c:f", &[], &format!("{SHEET}!${col}$2:${col}${last}"));
    x.open("c:numCache", &[]);
    x.element("c:formatCode", &[], format);
    val(x, "c:ptCount", &chart.categories.len().to_string());
    for (i, value) in chart.series[k].values.iter().enumerate() {
        x.open("c:pt", &[("idx", &i.to_string())]);
        x.element("c:v", &[], &value.to_string());
        x.close("c:pt");
    }
    x.close("c:numCache");
    x.close("c:numRef");
    x.close("c:val");
}

/// Values on the bars, points or slices (shares for a pie), as the PDF shows them.
fn labels(x: &mut Xml, format: &str, position: Option<&str>, percent: bool, ink: Color, theme: &Theme) {
    x.open("c:dLbls", &[]);
    label_look(x, if percent { "0%" } else { format }, ink, theme);
    if let Some(position) = position {
        val(x, "c:dLblPos", position);
    }
    shown(x, percent);
    x.close("c:dLbls");
}

/// Shares on the slices, each in the colour that reads on its slice.
fn pie_labels(x: &mut Xml, chart: &Chart, theme: &Theme) {
    x.open("c:dLbls", &[]);
    for i in 0..chart.categories.len() {
        x.open("c:dLbl", &[]);
        val(x, "c:idx", &i.to_string());
        label_look(x, "0%", theme.charts.ink_on(theme.charts.color(i)), theme);
        val(x, "c:dLblPos", "ctr");
        shown(x, true);
        x.close("c:dLbl");
    }
    label_look(x, "0%", theme.styles.chart.color, theme);
    val(x, "c:dLblPos", "ctr");
    shown(x, true);
    x.close("c:dLbls");
}

fn label_look(x: &mut Xml, format: &str, ink: Color, theme: &Theme) {
    x.empty("c:numFmt", &[("formatCode", format), ("sourceLinked", "0")]);
    x.open("c:spPr", &[]);
    x.empty("a:noFill", &[]);
    x.open("a:ln", &[]);
    x.empty("a:noFill", &[]);
    x.close("a:ln");
    x.close("c:spPr");
    text_properties(x, theme, ink, 1.0, false);
}

/// What a data label shows: the value, or for a pie the share.
fn shown(x: &mut Xml, percent: bool) {
    val(x, "c:showLegendKey", "0");
    val(x, "c:showVal", if percent { "0" } else { "1" });
    val(x, "c:showCatName", "0");
    val(x, "c:showSerName", "0");
    val(x, "c:showPercent", if percent { "1" } else { "0" });
    val(x, "c:showBubbleSize", "0");
}

/// The category and value axes, with their titles; for horizontal bars the categories run
/// top to bottom, as in the PDF.
fn axes(x: &mut Xml, chart: &Chart, theme: &Theme, format: &str) {
    let bar = chart.kind == ChartKind::Bar;
    let scale = crate::layout::value_scale(chart);
    let ink = theme.styles.chart.color;
    let line = |x: &mut Xml, color: Color, width: &str| {
        x.open("c:spPr", &[]);
        x.open("a:ln", &[("w", width)]);
        solid_fill(x, color);
        x.close("a:ln");
        x.close("c:spPr");
    };
    x.open("c:catAx", &[]);
    val(x, "c:axId", CATEGORY_AXIS);
    x.open("c:scaling", &[]);
    val(x, "c:orientation", if bar { "maxMin" } else { "minMax" });
    x.close("c:scaling");
    val(x, "c:delete", "0");
    val(x, "c:axPos", if bar { "l" } else { "b" });
    if let Some(label) = &chart.category_label {
        axis_title(x, label, theme);
    }
    x.empty("c:numFmt", &[("formatCode", "General"), ("sourceLinked", "1")]);
    val(x, "c:majorTickMark", "none");
    val(x, "c:minorTickMark", "none");
    val(x, "c:tickLblPos", "low");
    line(x, theme.charts.axis_color, "9525");
    text_properties(x, theme, ink, 1.0, false);
    val(x, "c:crossAx", VALUE_AXIS);
    val(x, "c:crosses", "autoZero");
    val(x, "c:auto", "1");
    val(x, "c:lblAlgn", "ctr");
    val(x, "c:lblOffset", "100");
    val(x, "c:noMultiLvlLbl", "0");
    x.close("c:catAx");
    x.open("c:valAx", &[]);
    val(x, "c:axId", VALUE_AXIS);
    x.open("c:scaling", &[]);
    val(x, "c:orientation", "minMax");
    val(x, "c:max", &scale.high.to_string());
    val(x, "c:min", &scale.low.to_string());
    x.close("c:scaling");
    val(x, "c:delete", "0");
    val(x, "c:axPos", if bar { "b" } else { "l" });
    x.open("c:majorGridlines", &[]);
    line(x, theme.charts.grid_color, OUTLINE_EMU);
    x.close("c:majorGridlines");
    if let Some(label) = &chart.value_label {
        axis_title(x, label, theme);
    }
    // The axis steps are round: decimals only when the step has them.
    let axis_format = if scale.step.fract() == 0.0 { "#,##0" } else { format };
    x.empty("c:numFmt", &[("formatCode", axis_format), ("sourceLinked", "0")]);
    val(x, "c:majorTickMark", "none");
    val(x, "c:minorTickMark", "none");
    val(x, "c:tickLblPos", "nextTo");
    line(x, theme.charts.axis_color, "9525");
    text_properties(x, theme, ink, 1.0, false);
    val(x, "c:crossAx", CATEGORY_AXIS);
    // With the categories top to bottom, the value axis stays at the bottom.
    val(x, "c:crosses", if bar { "max" } else { "autoZero" });
    val(x, "c:crossBetween", "between");
    val(x, "c:majorUnit", &scale.step.to_string());
    x.close("c:valAx");
}

fn axis_title(x: &mut Xml, text: &str, theme: &Theme) {
    x.open("c:title", &[]);
    x.open("c:tx", &[]);
    rich_text(x, text, theme, 1.0, false);
    x.close("c:tx");
    val(x, "c:overlay", "0");
    x.close("c:title");
}

/// A chart text in the theme's chart style, `scale` times its size.
fn rich_text(x: &mut Xml, text: &str, theme: &Theme, scale: f64, bold: bool) {
    x.open("c:rich", &[]);
    x.empty("a:bodyPr", &[]);
    x.empty("a:lstStyle", &[]);
    x.open("a:p", &[]);
    x.open("a:pPr", &[]);
    let ink = theme.styles.chart.color;
    run_properties(x, "a:defRPr", theme, ink, scale, bold);
    x.close("a:pPr");
    x.open("a:r", &[]);
    run_properties(x, "a:rPr", theme, ink, scale, bold);
    x.element("a:t", &[], text);
    x.close("a:r");
    x.close("a:p");
    x.close("c:rich");
}

fn text_properties(x: &mut Xml, theme: &Theme, ink: Color, scale: f64, bold: bool) {
    x.open("c:txPr", &[]);
    x.empty("a:bodyPr", &[]);
    x.empty("a:lstStyle", &[]);
    x.open("a:p", &[]);
    x.open("a:pPr", &[]);
    run_properties(x, "a:defRPr", theme, ink, scale, bold);
    x.close("a:pPr");
    x.empty("a:endParaRPr", &[("lang", "nl-BE")]);
    x.close("a:p");
    x.close("c:txPr");
}

fn run_properties(x: &mut Xml, element: &str, theme: &Theme, ink: Color, scale: f64, bold: bool) {
    let style = &theme.styles.chart;
    let size = ((style.size_pt * scale * 100.0).round() as i64).to_string();
    x.open(element, &[("sz", &size), ("b", if bold { "1" } else { "0" })]);
    solid_fill(x, ink);
    x.empty("a:latin", &[("typeface", &theme.fonts.docx_family)]);
    x.empty("a:cs", &[("typeface", &theme.fonts.docx_family)]);
    x.close(element);
}

/// Fill and outline of a bar, slice or marker (`None`: none).
fn shape(x: &mut Xml, fill: Option<Color>, line: Option<(Color, &str)>) {
    x.open("c:spPr", &[]);
    match fill {
        Some(color) => solid_fill(x, color),
        None => x.empty("a:noFill", &[]),
    }
    if let Some((color, width)) = line {
        x.open("a:ln", &[("w", width)]);
        solid_fill(x, color);
        x.close("a:ln");
    }
    x.close("c:spPr");
}

fn solid_fill(x: &mut Xml, color: Color) {
    x.open("a:solidFill", &[]);
    x.empty("a:srgbClr", &[("val", &color.hex())]);
    x.close("a:solidFill");
}

/// The sheet's column letter: 0 → A.
fn column(i: usize) -> char {
    char::from(b'A' + i as u8)
}

/// The workbook Word opens for "Edit data": the categories down column A, a series per
/// column from B, its name in row 1.
pub fn workbook(chart: &Chart) -> Vec<u8> {
    let mut sheet = Xml::new();
    sheet.open("worksheet", &[("xmlns", SHEET_NS)]);
    sheet.open("sheetData", &[]);
    let text_cell = |x: &mut Xml, at: &str, text: &str| {
        x.open("c", &[("r", at), ("t", "inlineStr")]);
        x.open("is", &[]);
        x.element("t", &[], text);
        x.close("is");
        x.close("c");
    };
    sheet.open("row", &[("r", "1")]);
    if let Some(label) = &chart.category_label {
        text_cell(&mut sheet, "A1", label);
    }
    for (k, series) in chart.series.iter().enumerate() {
        text_cell(&mut sheet, &format!("{}1", column(k + 1)), &series.name);
    }
    sheet.close("row");
    for (i, category) in chart.categories.iter().enumerate() {
        let row = (i + 2).to_string();
        sheet.open("row", &[("r", &row)]);
        text_cell(&mut sheet, &format!("A{row}"), category);
        for (k, series) in chart.series.iter().enumerate() {
            sheet.open("c", &[("r", &format!("{}{row}", column(k + 1)))]);
            sheet.element("v", &[], &series.values[i].to_string());
            sheet.close("c");
        }
        sheet.close("row");
    }
    sheet.close("sheetData");
    sheet.close("worksheet");

    let mut book = Xml::new();
    book.open("workbook", &[("xmlns", SHEET_NS), ("xmlns:r", RELATIONSHIPS)]);
    book.open("sheets", &[]);
    book.empty("sheet", &[("name", SHEET), ("sheetId", "1"), ("r:id", "rIdSheet1")]);
    book.close("sheets");
    book.close("workbook");

    let mut package = Package::default();
    package.add(
        None,
        "rId1",
        Kind::OfficeDocument,
        "xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        book.finish(),
    );
    let from = Some("xl/workbook.xml");
    package.add(
        from,
        "rIdSheet1",
        Kind::Worksheet,
        "xl/worksheets/sheet1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
        sheet.finish(),
    );
    package.add(
        from,
        "rIdStyles",
        Kind::Styles,
        "xl/styles.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
        SHEET_STYLES,
    );
    package.finish()
}

/// The least styles part Excel accepts: one font, the two fills it requires, one border.
const SHEET_STYLES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    "\n",
    r#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
    r#"<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>"#,
    r#"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#,
    r#"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#,
    r#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#,
    r#"<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>"#,
    r#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#,
    "</styleSheet>"
);

/// `<name val="…"/>`: how DrawingML writes a setting.
fn val(x: &mut Xml, name: &str, value: &str) {
    x.empty(name, &[("val", value)]);
}
