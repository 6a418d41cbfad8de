//! A chart drawn as paths and words: bars, columns, lines with markers, or a pie, with axes,
//! Dutch numbers and a legend. Everything is placed from the chart's top-left corner, so the
//! flow can move the drawing whole; every item belongs to the chart's Figure node.

use super::{Color, FaceId, Fonts, PageItem, Placed, Segment};
use crate::model::{Chart, ChartKind, number, percent};
use crate::theme::{ChartLook, TextStyle, Theme};

/// A series' colour from the theme, as the page items take it.
fn rgb(color: crate::theme::Color) -> Color {
    color.0
}

const MM: f64 = 72.0 / 25.4;
/// Room between the parts of a chart (title, axis, labels, legend), in points.
const GAP: f64 = 6.0;
/// The part of a category's room its bars take; the rest is space between categories.
const BAR_SHARE: f64 = 0.7;
/// The most room the category names of a bar chart take from the width.
const BAR_LABEL_SHARE: f64 = 0.3;
const OUTLINE_PT: f64 = 0.5;
const LINE_PT: f64 = 2.0;
const MARKER_RADIUS: f64 = 3.2;

/// The size of `chart` set in a text column `text_width` wide and `text_height` high: the
/// text width, and the theme's height, or more for a bar chart with many bars (at most most
/// of the page).
pub fn chart_size(chart: &Chart, theme: &Theme, text_width: f64, text_height: f64) -> (f64, f64) {
    let mut height = theme.charts.height_mm * MM;
    if chart.kind == ChartKind::Bar {
        let bars = if chart.stacked { 1 } else { chart.series.len() };
        let per_category = bars as f64 * 11.0 + 8.0;
        height = height.max(chart.categories.len() as f64 * per_category + 70.0);
    }
    (text_width, height.min(text_height * 0.8))
}

/// Draws `chart` in `width` × `height` points; the items' places are relative to its top-left.
pub fn draw(
    chart: &Chart,
    theme: &Theme,
    fonts: &Fonts,
    (width, height): (f64, f64),
    parent: Option<usize>,
) -> Vec<Placed> {
    let mut p =
        Painter { fonts, look: &theme.charts, style: &theme.styles.chart, parent, width, items: Vec::new() };
    let size = p.style.size_pt;
    let line = fonts.line_height(FaceId::Regular, size);
    // The title, centred on top.
    let title_size = size * 1.25;
    let title_line = fonts.line_height(FaceId::Bold, title_size);
    let mut top = 0.0;
    for text in p.fit(&chart.title, FaceId::Bold, title_size, width, 3) {
        let baseline = top + fonts.ascent(FaceId::Bold, title_size);
        p.text(&text, width / 2.0, baseline, Anchor::Center, FaceId::Bold, title_size, p.style.color.0);
        top += title_line;
    }
    top += GAP;
    let area = Area { left: 0.0, top, right: width, bottom: height };
    match chart.kind {
        ChartKind::Column | ChartKind::Line => p.columns(chart, area, line),
        ChartKind::Bar => p.bars(chart, area, line),
        ChartKind::Pie => p.pie(chart, area, line),
    }
    p.items
}

#[derive(Debug, Clone, Copy)]
struct Area {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Anchor {
    Left,
    Center,
    Right,
}

/// A value axis: from `low` to `high` in steps of `step`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub low: f64,
    pub high: f64,
    pub step: f64,
}

impl Scale {
    /// A scale from 0 (or the lowest value, when below) past the highest value, in steps of
    /// 1, 2 or 5 times a power of ten, about five of them.
    pub fn new(min: f64, max: f64) -> Scale {
        let (low, mut high) = (min.min(0.0), max.max(0.0));
        if (high - low).abs() < f64::EPSILON {
            high = low + 1.0;
        }
        let raw = (high - low) / 5.0;
        let magnitude = 10f64.powf(raw.log10().floor());
        let step =
            [1.0, 2.0, 5.0, 10.0].into_iter().map(|f| f * magnitude).find(|s| *s >= raw).unwrap_or(raw);
        Scale { low: (low / step).floor() * step, high: (high / step).ceil() * step, step }
    }

    pub fn ticks(&self) -> Vec<f64> {
        let n = ((self.high - self.low) / self.step).round() as usize;
        (0..=n).map(|i| self.low + i as f64 * self.step).collect()
    }

    /// Where `value` falls between `from` (at `low`) and `to` (at `high`).
    fn place(&self, value: f64, from: f64, to: f64) -> f64 {
        from + (value - self.low) / (self.high - self.low) * (to - from)
    }
}

/// The scale a chart's values need: their range, or for stacked bars their totals'.
pub fn value_scale(chart: &Chart) -> Scale {
    let values = chart.series.iter().flat_map(|s| s.values.iter().copied());
    if chart.stacked {
        let totals =
            (0..chart.categories.len()).map(|i| chart.series.iter().map(|s| s.values[i]).sum::<f64>());
        Scale::new(0.0, totals.fold(0.0, f64::max))
    } else {
        let (min, max) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        Scale::new(min, max)
    }
}

struct Painter<'a> {
    fonts: &'a Fonts,
    look: &'a ChartLook,
    style: &'a TextStyle,
    parent: Option<usize>,
    /// The chart's width: no word is set past its sides.
    width: f64,
    items: Vec<Placed>,
}

impl Painter<'_> {
    fn width(&self, text: &str, face: FaceId, size: f64) -> f64 {
        self.fonts.width(face, size, text)
    }

    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        text: &str,
        x: f64,
        baseline: f64,
        anchor: Anchor,
        face: FaceId,
        size: f64,
        color: [u8; 3],
    ) {
        let width = self.width(text, face, size);
        let x = match anchor {
            Anchor::Left => x,
            Anchor::Center => x - width / 2.0,
            Anchor::Right => x - width,
        };
        // A value over the last point or bar stays inside the chart.
        let x = x.min(self.width - width).max(0.0);
        let glyphs = self.fonts.shape(face, size, text);
        let item = PageItem::Text { size, color, face, glyphs, text: text.to_owned(), parent: self.parent };
        self.items.push(Placed::new(x, baseline, item));
    }

    /// A label in the chart's own style, centred on `y` vertically.
    fn label(&mut self, text: &str, x: f64, y: f64, anchor: Anchor, color: [u8; 3]) {
        let size = self.style.size_pt;
        let baseline = y + self.fonts.ascent(FaceId::Regular, size) * 0.5 - size * 0.05;
        self.text(text, x, baseline, anchor, FaceId::Regular, size, color);
    }

    /// `text` broken into lines no wider than `width`, a word too long for a line broken
    /// between its characters; at most `max_lines`, the last one ending in "…" when the text
    /// goes on (the whole text is in the chart's description and in Word's chart).
    fn fit(&self, text: &str, face: FaceId, size: f64, width: f64, max_lines: usize) -> Vec<String> {
        let fits = |t: &str| self.width(t, face, size) <= width;
        let mut lines: Vec<String> = Vec::new();
        for word in text.split_whitespace() {
            if let Some(line) = lines.last_mut()
                && fits(&format!("{line} {word}"))
            {
                line.push(' ');
                line.push_str(word);
                continue;
            }
            let mut piece = String::new();
            for c in word.chars() {
                if !piece.is_empty() && !fits(&format!("{piece}{c}")) {
                    lines.push(std::mem::take(&mut piece));
                }
                piece.push(c);
            }
            lines.push(piece);
        }
        if lines.len() > max_lines {
            lines.truncate(max_lines);
            let last = lines.last_mut().expect("at least one line");
            while !last.is_empty() && !fits(&format!("{last}…")) {
                last.pop();
            }
            last.push('…');
        }
        lines
    }

    /// One line of `text` in the chart style, shortened with "…" to fit `width`.
    fn one_line(&self, text: &str, width: f64) -> String {
        self.fit(text, FaceId::Regular, self.style.size_pt, width, 1).concat()
    }

    fn path(&mut self, segments: Vec<Segment>, fill: Option<Color>, stroke: Option<(Color, f64)>) {
        self.items.push(Placed::new(
            0.0,
            0.0,
            PageItem::Path { segments, fill, stroke, parent: self.parent },
        ));
    }

    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: Color) {
        let segments = vec![
            Segment::Move(x, y),
            Segment::Line(x + w, y),
            Segment::Line(x + w, y + h),
            Segment::Line(x, y + h),
            Segment::Close,
        ];
        self.path(segments, Some(fill), Some((rgb(self.look.axis_color), OUTLINE_PT)));
    }

    fn rule(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), color: Color, width: f64) {
        self.path(vec![Segment::Move(x1, y1), Segment::Line(x2, y2)], None, Some((color, width)));
    }

    /// Text on a bar: white on a dark colour, the axis colour on a light one.
    fn ink_on(&self, fill: Color) -> [u8; 3] {
        self.look.ink_on(crate::theme::Color(fill)).0
    }

    /// The legend's entries in rows centred under the chart, from `bottom` up; the room it takes.
    fn legend_rows(&mut self, names: &[String], width: f64, bottom: f64, line: f64) -> f64 {
        let size = self.style.size_pt;
        let swatch = size * 0.9;
        let entry_width = |p: &Self, name: &str| swatch + 3.0 + p.width(name, FaceId::Regular, size);
        let names: Vec<String> = names.iter().map(|n| self.one_line(n, width - swatch - 3.0)).collect();
        let mut rows: Vec<Vec<usize>> = vec![Vec::new()];
        let mut used = 0.0;
        for (i, name) in names.iter().enumerate() {
            let w = entry_width(self, name) + 12.0;
            if used + w > width && !rows.last().is_some_and(Vec::is_empty) {
                rows.push(Vec::new());
                used = 0.0;
            }
            rows.last_mut().expect("a row").push(i);
            used += w;
        }
        let room = rows.len() as f64 * line + GAP;
        for (r, row) in rows.iter().enumerate() {
            let total: f64 = row.iter().map(|&i| entry_width(self, &names[i]) + 12.0).sum::<f64>() - 12.0;
            let mut x = (width - total) / 2.0;
            let y = bottom - room + GAP + r as f64 * line + line / 2.0;
            for &i in row {
                self.rect(x, y - swatch / 2.0, swatch, swatch, rgb(self.look.color(i)));
                self.label(&names[i], x + swatch + 3.0, y, Anchor::Left, self.style.color.0);
                x += entry_width(self, &names[i]) + 12.0;
            }
        }
        room
    }

    /// A column or line chart: categories along the bottom, values up the left.
    fn columns(&mut self, chart: &Chart, area: Area, line: f64) {
        let scale = value_scale(chart);
        let ticks = scale.ticks();
        let size = self.style.size_pt;
        let tick_width =
            ticks.iter().map(|v| self.width(&number(*v), FaceId::Regular, size)).fold(0.0, f64::max);
        let mut bottom = area.bottom;
        if chart.series.len() > 1 {
            let names: Vec<String> = chart.series.iter().map(|s| s.name.clone()).collect();
            bottom -= self.legend_rows(&names, area.right - area.left, bottom, line);
        }
        if let Some(label) = &chart.category_label {
            let label = &self.one_line(label, area.right - area.left);
            self.label(
                label,
                (area.left + area.right) / 2.0,
                bottom - line / 2.0,
                Anchor::Center,
                self.style.color.0,
            );
            bottom -= line + 2.0;
        }
        let left = area.left + tick_width + 5.0;
        let right = area.right - 2.0;
        let n = chart.categories.len();
        let group = (right - left) / n as f64;
        let names: Vec<Vec<String>> =
            chart.categories.iter().map(|c| self.fit(c, FaceId::Regular, size, group - 4.0, 3)).collect();
        let name_lines = names.iter().map(Vec::len).max().unwrap_or(1) as f64;
        let plot_bottom = bottom - name_lines * line - 4.0;
        let mut top = area.top;
        if let Some(label) = &chart.value_label {
            let label = &self.one_line(label, area.right - area.left);
            self.label(label, area.left, top + line / 2.0, Anchor::Left, self.style.color.0);
            top += line + 2.0;
        }
        let plot_top = top + line;
        let y = |v: f64| scale.place(v, plot_bottom, plot_top);
        for v in &ticks {
            self.rule((left, y(*v)), (right, y(*v)), rgb(self.look.grid_color), 0.5);
            self.label(&number(*v), left - 5.0, y(*v), Anchor::Right, self.style.color.0);
        }
        for (i, lines) in names.iter().enumerate() {
            let centre = left + (i as f64 + 0.5) * group;
            for (k, text) in lines.iter().enumerate() {
                let mid = plot_bottom + 4.0 + k as f64 * line + line / 2.0;
                self.label(text, centre, mid, Anchor::Center, self.style.color.0);
            }
        }
        match chart.kind {
            ChartKind::Line => self.lines(chart, left, group, &y),
            _ => self.vertical_bars(chart, left, group, &y),
        }
        self.rule((left, y(0.0)), (right, y(0.0)), rgb(self.look.axis_color), 0.75);
        self.rule((left, plot_top - line / 2.0), (left, plot_bottom), rgb(self.look.axis_color), 0.75);
    }

    fn vertical_bars(&mut self, chart: &Chart, left: f64, group: f64, y: &dyn Fn(f64) -> f64) {
        let series = chart.series.len();
        let inner = group * BAR_SHARE;
        let bar = if chart.stacked { inner } else { inner / series as f64 };
        let size = self.style.size_pt;
        let line = self.fonts.line_height(FaceId::Regular, size);
        for i in 0..chart.categories.len() {
            let start = left + i as f64 * group + (group - inner) / 2.0;
            let mut base = 0.0;
            for (k, s) in chart.series.iter().enumerate() {
                let value = s.values[i];
                let color = rgb(self.look.color(k));
                let (x, from, to) = if chart.stacked {
                    (start, base, base + value)
                } else {
                    (start + k as f64 * bar, 0.0, value)
                };
                let (top, bottom) = (y(from.max(to)), y(from.min(to)));
                self.rect(x, top, bar, bottom - top, color);
                let text = number(value);
                let fits = self.width(&text, FaceId::Regular, size) <= bar + 2.0;
                if chart.stacked {
                    if bottom - top >= line && fits && value > 0.0 {
                        self.label(
                            &text,
                            x + bar / 2.0,
                            (top + bottom) / 2.0,
                            Anchor::Center,
                            self.ink_on(color),
                        );
                    }
                } else if fits || series == 1 {
                    let mid = if value >= 0.0 { top - line / 2.0 - 1.0 } else { bottom + line / 2.0 + 1.0 };
                    self.label(&text, x + bar / 2.0, mid, Anchor::Center, self.style.color.0);
                }
                base += value;
            }
            if chart.stacked && series > 1 {
                let total: f64 = chart.series.iter().map(|s| s.values[i]).sum();
                self.text(
                    &number(total),
                    start + inner / 2.0,
                    y(total) - 3.0,
                    Anchor::Center,
                    FaceId::Bold,
                    size,
                    self.style.color.0,
                );
            }
        }
    }

    fn lines(&mut self, chart: &Chart, left: f64, group: f64, y: &dyn Fn(f64) -> f64) {
        let size = self.style.size_pt;
        let line = self.fonts.line_height(FaceId::Regular, size);
        for (k, s) in chart.series.iter().enumerate() {
            let color = rgb(self.look.color(k));
            let points: Vec<(f64, f64)> =
                s.values.iter().enumerate().map(|(i, v)| (left + (i as f64 + 0.5) * group, y(*v))).collect();
            let mut segments = vec![Segment::Move(points[0].0, points[0].1)];
            segments.extend(points[1..].iter().map(|&(x, y)| Segment::Line(x, y)));
            self.path(segments, None, Some((color, LINE_PT)));
            for (i, &(x, py)) in points.iter().enumerate() {
                self.marker(k, x, py, color);
                if chart.series.len() == 1 {
                    self.label(
                        &number(s.values[i]),
                        x,
                        py - line / 2.0 - MARKER_RADIUS,
                        Anchor::Center,
                        self.style.color.0,
                    );
                }
            }
        }
    }

    /// A point of series `k`: a circle, square, triangle or diamond, so the lines differ in
    /// shape as well as colour.
    fn marker(&mut self, k: usize, x: f64, y: f64, color: Color) {
        let r = MARKER_RADIUS;
        let segments = match k % 4 {
            0 => circle(x, y, r),
            1 => vec![
                Segment::Move(x - r, y - r),
                Segment::Line(x + r, y - r),
                Segment::Line(x + r, y + r),
                Segment::Line(x - r, y + r),
                Segment::Close,
            ],
            2 => vec![
                Segment::Move(x, y - r * 1.2),
                Segment::Line(x + r * 1.1, y + r * 0.8),
                Segment::Line(x - r * 1.1, y + r * 0.8),
                Segment::Close,
            ],
            _ => vec![
                Segment::Move(x, y - r * 1.3),
                Segment::Line(x + r * 1.3, y),
                Segment::Line(x, y + r * 1.3),
                Segment::Line(x - r * 1.3, y),
                Segment::Close,
            ],
        };
        self.path(segments, Some(color), Some((rgb(self.look.axis_color), OUTLINE_PT)));
    }

    /// A bar chart: categories down the left, values along the bottom.
    fn bars(&mut self, chart: &Chart, area: Area, line: f64) {
        let scale = value_scale(chart);
        let ticks = scale.ticks();
        let size = self.style.size_pt;
        let width = area.right - area.left;
        let mut bottom = area.bottom;
        if chart.series.len() > 1 {
            let names: Vec<String> = chart.series.iter().map(|s| s.name.clone()).collect();
            bottom -= self.legend_rows(&names, width, bottom, line);
        }
        let names: Vec<Vec<String>> = chart
            .categories
            .iter()
            .map(|c| self.fit(c, FaceId::Regular, size, width * BAR_LABEL_SHARE, 3))
            .collect();
        let name_width =
            names.iter().flatten().map(|t| self.width(t, FaceId::Regular, size)).fold(0.0, f64::max);
        let left = area.left + name_width + 6.0;
        let value_room = chart
            .series
            .iter()
            .flat_map(|s| &s.values)
            .map(|v| self.width(&number(*v), FaceId::Bold, size))
            .fold(0.0, f64::max);
        let right = area.right - value_room - 6.0;
        if let Some(label) = &chart.value_label {
            let label = &self.one_line(label, area.right - area.left);
            self.label(label, (left + right) / 2.0, bottom - line / 2.0, Anchor::Center, self.style.color.0);
            bottom -= line + 2.0;
        }
        let plot_bottom = bottom - line - 3.0;
        let mut top = area.top;
        if let Some(label) = &chart.category_label {
            let label = &self.one_line(label, area.right - area.left);
            self.label(label, area.left, top + line / 2.0, Anchor::Left, self.style.color.0);
            top += line + 2.0;
        }
        let x = |v: f64| scale.place(v, left, right);
        for v in &ticks {
            self.rule((x(*v), top), (x(*v), plot_bottom), rgb(self.look.grid_color), 0.5);
            self.label(
                &number(*v),
                x(*v),
                plot_bottom + 3.0 + line / 2.0,
                Anchor::Center,
                self.style.color.0,
            );
        }
        let n = chart.categories.len();
        let group = (plot_bottom - top) / n as f64;
        let series = chart.series.len();
        let inner = group * BAR_SHARE;
        let bar = if chart.stacked { inner } else { inner / series as f64 };
        for (i, lines) in names.iter().enumerate() {
            let centre = top + (i as f64 + 0.5) * group;
            let first = centre - (lines.len() as f64 - 1.0) * line / 2.0;
            for (k, text) in lines.iter().enumerate() {
                self.label(text, left - 6.0, first + k as f64 * line, Anchor::Right, self.style.color.0);
            }
            let start = top + i as f64 * group + (group - inner) / 2.0;
            let mut base = 0.0;
            for (k, s) in chart.series.iter().enumerate() {
                let value = s.values[i];
                let color = rgb(self.look.color(k));
                let (y, from, to) = if chart.stacked {
                    (start, base, base + value)
                } else {
                    (start + k as f64 * bar, 0.0, value)
                };
                let (x0, x1) = (x(from.min(to)), x(from.max(to)));
                self.rect(x0, y, x1 - x0, bar, color);
                let text = number(value);
                if chart.stacked {
                    if self.width(&text, FaceId::Regular, size) + 4.0 <= x1 - x0
                        && bar >= line * 0.8
                        && value > 0.0
                    {
                        self.label(&text, (x0 + x1) / 2.0, y + bar / 2.0, Anchor::Center, self.ink_on(color));
                    }
                } else if value >= 0.0 {
                    self.label(&text, x1 + 3.0, y + bar / 2.0, Anchor::Left, self.style.color.0);
                } else {
                    self.label(&text, x0 - 3.0, y + bar / 2.0, Anchor::Right, self.style.color.0);
                }
                base += value;
            }
            if chart.stacked && series > 1 {
                let total: f64 = chart.series.iter().map(|s| s.values[i]).sum();
                let baseline = start + inner / 2.0 + self.fonts.ascent(FaceId::Bold, size) * 0.5;
                self.text(
                    &number(total),
                    x(total) + 3.0,
                    baseline,
                    Anchor::Left,
                    FaceId::Bold,
                    size,
                    self.style.color.0,
                );
            }
        }
        self.rule((x(0.0), top), (x(0.0), plot_bottom), rgb(self.look.axis_color), 0.75);
        self.rule((left, plot_bottom), (right, plot_bottom), rgb(self.look.axis_color), 0.75);
    }

    /// A pie: slices clockwise from the top, their shares on them; the legend beside it
    /// names each slice with its value and share.
    fn pie(&mut self, chart: &Chart, area: Area, line: f64) {
        let size = self.style.size_pt;
        let values = &chart.series[0].values;
        let total: f64 = values.iter().sum();
        let entries: Vec<String> = chart
            .categories
            .iter()
            .zip(values)
            .map(|(c, v)| format!("{c}: {} ({})", number(*v), percent(*v, total)))
            .map(|entry| self.one_line(&entry, (area.right - area.left) * 0.5))
            .collect();
        let swatch = size * 0.9;
        let legend_width =
            entries.iter().map(|e| self.width(e, FaceId::Regular, size)).fold(0.0, f64::max) + swatch + 3.0;
        let height = area.bottom - area.top;
        let diameter = height.min(area.right - area.left - legend_width - 3.0 * GAP).max(20.0);
        let block = diameter + 3.0 * GAP + legend_width;
        let left = area.left + ((area.right - area.left) - block).max(0.0) / 2.0;
        let (cx, cy, r) = (left + diameter / 2.0, area.top + height / 2.0, diameter / 2.0);
        let mut angle = -std::f64::consts::FRAC_PI_2;
        let mut labels = Vec::new();
        for (i, value) in values.iter().enumerate() {
            if *value <= 0.0 {
                continue;
            }
            let sweep = value / total * std::f64::consts::TAU;
            let color = rgb(self.look.color(i));
            let mut segments = vec![Segment::Move(cx, cy)];
            segments.extend(arc(cx, cy, r, angle, angle + sweep));
            segments.push(Segment::Close);
            self.path(segments, Some(color), Some(([255, 255, 255], 1.0)));
            if sweep >= 25f64.to_radians() {
                let mid = angle + sweep / 2.0;
                labels.push((
                    percent(*value, total),
                    cx + r * 0.62 * mid.cos(),
                    cy + r * 0.62 * mid.sin(),
                    color,
                ));
            }
            angle += sweep;
        }
        self.path(circle(cx, cy, r), None, Some((rgb(self.look.axis_color), OUTLINE_PT)));
        for (text, x, y, color) in labels {
            self.label(&text, x, y, Anchor::Center, self.ink_on(color));
        }
        let legend_left = left + diameter + 3.0 * GAP;
        let first = cy - (entries.len() as f64 - 1.0) * line / 2.0;
        for (i, entry) in entries.iter().enumerate() {
            let y = first + i as f64 * line;
            self.rect(legend_left, y - swatch / 2.0, swatch, swatch, rgb(self.look.color(i)));
            self.label(entry, legend_left + swatch + 3.0, y, Anchor::Left, self.style.color.0);
        }
    }
}

/// A circle as four Bézier quarters.
fn circle(cx: f64, cy: f64, r: f64) -> Vec<Segment> {
    let mut segments = vec![Segment::Move(cx + r, cy)];
    segments.extend(arc(cx, cy, r, 0.0, std::f64::consts::TAU));
    segments.push(Segment::Close);
    segments
}

/// The arc of the circle around `(cx, cy)` from angle `from` to `to` (radians, clockwise on
/// the page since y points down), as Bézier curves of at most a quarter turn, starting with a
/// line to its first point.
fn arc(cx: f64, cy: f64, r: f64, from: f64, to: f64) -> Vec<Segment> {
    let pieces = ((to - from) / std::f64::consts::FRAC_PI_2).ceil().max(1.0) as usize;
    let step = (to - from) / pieces as f64;
    let k = 4.0 / 3.0 * (step / 4.0).tan();
    let mut segments = vec![Segment::Line(cx + r * from.cos(), cy + r * from.sin())];
    for i in 0..pieces {
        let (a, b) = (from + i as f64 * step, from + (i + 1) as f64 * step);
        let (x0, y0) = (cx + r * a.cos(), cy + r * a.sin());
        let (x3, y3) = (cx + r * b.cos(), cy + r * b.sin());
        segments.push(Segment::Cubic(
            x0 - k * r * a.sin(),
            y0 + k * r * a.cos(),
            x3 + k * r * b.sin(),
            y3 - k * r * b.cos(),
            x3,
            y3,
        ));
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_step_by_one_two_or_five() {
        assert_eq!(Scale::new(0.0, 100.0), Scale { low: 0.0, high: 100.0, step: 20.0 });
        assert_eq!(Scale::new(0.0, 30.0), Scale { low: 0.0, high: 30.0, step: 10.0 });
        assert_eq!(Scale::new(0.0, 7.0), Scale { low: 0.0, high: 8.0, step: 2.0 });
        assert_eq!(Scale::new(-12.0, 40.0), Scale { low: -20.0, high: 40.0, step: 20.0 });
        assert_eq!(Scale::new(0.0, 0.0).ticks(), vec![0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]);
    }

    #[test]
    fn an_arc_ends_where_it_should() {
        let segments = arc(0.0, 0.0, 10.0, -std::f64::consts::FRAC_PI_2, std::f64::consts::PI);
        assert_eq!(segments.len(), 1 + 3, "three quarter turns");
        let Segment::Cubic(.., x, y) = segments[3] else { panic!() };
        assert!((x + 10.0).abs() < 1e-9 && y.abs() < 1e-9);
    }
}
