//! Reading a theme file, with the same located diagnostics as the report's input.

use std::path::{Path, PathBuf};

use super::{
    Color, FontSource, Fonts, HAlign, Labels, LinkLook, ListLook, NumberFormat, NumberStyle, Page, Running,
    Styles, TableLook, TextStyle, Theme, TocLook,
};
use crate::diagnostic::{Diagnostic, Kind, Sources};
use crate::input::decode::{Decoder, JsonPath, Object, Shape};
use crate::input::json;
use crate::input::read::{ReadError, read_regular};
use crate::tr;

/// Theme files are small; fonts are at most a few megabytes.
const MAX_THEME_BYTES: u64 = 1_000_000;
const MAX_FONT_BYTES: u64 = 50_000_000;

/// The default theme's name in messages.
pub const DEFAULT_THEME_FILE: &str = "templates/w13.json";
const DEFAULT_THEME: &str = include_str!("../../templates/w13.json");
const BUNDLED_FONTS: [(&str, &[u8]); 5] = [
    ("../fonts/Carlito-Regular.ttf", include_bytes!("../../fonts/Carlito-Regular.ttf")),
    ("../fonts/Carlito-Bold.ttf", include_bytes!("../../fonts/Carlito-Bold.ttf")),
    ("../fonts/Carlito-Italic.ttf", include_bytes!("../../fonts/Carlito-Italic.ttf")),
    ("../fonts/Carlito-BoldItalic.ttf", include_bytes!("../../fonts/Carlito-BoldItalic.ttf")),
    ("../fonts/DejaVuSans.ttf", include_bytes!("../../fonts/DejaVuSans.ttf")),
];

/// Pictures the built-in theme names, compiled in beside it.
const BUNDLED_PICTURES: [(&str, &[u8]); 1] =
    [("w13-logo.svg", include_bytes!("../../templates/w13-logo.svg"))];

const ROOT: Shape = Shape {
    what: "theme-shape-root",
    fields: &[
        "$schema", "name", "page", "fonts", "styles", "links", "toc", "table", "lists", "running", "labels",
        "logo", "charts",
    ],
};
const CHARTS: Shape = Shape {
    what: "theme-shape-charts",
    fields: &["colors", "axis_color", "grid_color", "height_mm", "key_figure_fill"],
};
/// Chart colours must differ at least this much in lightness (CIE L*), pair by pair.
const MIN_LIGHTNESS_STEP: f64 = 10.0;
const LOGO: Shape =
    Shape { what: "theme-shape-logo", fields: &["file", "alt", "width_mm", "header_height_mm"] };
const PAGE: Shape =
    Shape { what: "theme-shape-page", fields: &["size", "margins_mm", "header_mm", "footer_mm"] };
const MARGINS: Shape = Shape { what: "theme-shape-margins", fields: &["top", "bottom", "left", "right"] };
const FONTS: Shape = Shape { what: "theme-shape-fonts", fields: &["docx", "pdf", "fallback"] };
const FALLBACK_FONT: Shape = Shape { what: "theme-shape-fallback-font", fields: &["docx", "pdf"] };
const PDF_FONTS: Shape =
    Shape { what: "theme-shape-pdf-fonts", fields: &["regular", "bold", "italic", "bold_italic"] };
const STYLES: Shape = Shape {
    what: "theme-shape-styles",
    fields: &[
        "body",
        "title",
        "subtitle",
        "cover_detail",
        "heading1",
        "heading2",
        "heading3",
        "toc1",
        "toc2",
        "toc3",
        "list",
        "caption",
        "table",
        "table_header",
        "header_footer",
        "chart",
        "key_figure",
        "key_figure_label",
    ],
};
const STYLE: Shape = Shape {
    what: "theme-shape-style",
    fields: &[
        "size_pt",
        "bold",
        "italic",
        "color",
        "space_before_pt",
        "space_after_pt",
        "line_spacing",
        "justify",
        "indent_mm",
    ],
};
const TOC: Shape = Shape { what: "theme-shape-toc", fields: &["number_room_mm"] };
const LINKS: Shape = Shape { what: "theme-shape-links", fields: &["color", "underline"] };
const TABLE: Shape = Shape {
    what: "theme-shape-table",
    fields: &["header_fill", "rule_color", "rule_width_pt", "cell_padding_mm", "space_after_pt"],
};
const LISTS: Shape = Shape { what: "theme-shape-lists", fields: &["indent_mm", "bullets", "numbers"] };
const RUNNING: Shape = Shape { what: "theme-shape-running", fields: &["header_align", "footer_align"] };
const LABELS: Shape = Shape {
    what: "theme-shape-labels",
    fields: &[
        "contents",
        "page_x_of_y",
        "running_header",
        "board_version",
        "municipality_version",
        "in_your_municipality",
        "introduction",
        "table",
        "figure",
    ],
};

/// The theme compiled into the binary, with its fonts.
pub fn load_default() -> Theme {
    let mut sources = Sources::default();
    let (theme, diagnostics) = parse(DEFAULT_THEME_FILE, DEFAULT_THEME, None, &mut sources);
    assert!(diagnostics.is_empty(), "the built-in theme is valid: {diagnostics:?}");
    theme.expect("the built-in theme is valid")
}

/// Reads a theme file; font paths in it are relative to the file.
pub fn load_file(path: &Path, sources: &mut Sources) -> (Option<Theme>, Vec<Diagnostic>) {
    let name = path.display().to_string();
    let read = read_regular(path, MAX_THEME_BYTES).map_err(|e| match e {
        ReadError::NotFound => tr!("theme-file-not-found"),
        e => e.describe(&tr!("theme-file")),
    });
    let text = match read.and_then(|bytes| String::from_utf8(bytes).map_err(|_| tr!("theme-not-utf8"))) {
        Ok(text) => text,
        Err(message) => {
            let d = Diagnostic::error(Kind::Syntax, name, message).hint(tr!("theme-file.hint"));
            return (None, vec![d]);
        }
    };
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    parse(&name, &text, Some(&base), sources)
}

/// `base` is where font paths are resolved; `None` means the built-in fonts.
fn parse(
    name: &str,
    text: &str,
    base: Option<&Path>,
    sources: &mut Sources,
) -> (Option<Theme>, Vec<Diagnostic>) {
    sources.add(name, text);
    let node = match json::parse(text) {
        Ok(node) => node,
        Err(e) => {
            let mut d = Diagnostic::error(Kind::Syntax, name, e.message).at(e.span);
            d.hint = e.hint;
            return (None, vec![d]);
        }
    };
    let mut d = Decoder::new(name, text, &[]);
    let root = JsonPath::default();
    let theme = d.object(&node, &root, &ROOT).and_then(|object| {
        let theme = theme(&mut d, &object, base);
        d.finish(object);
        theme
    });
    let errors = d.diagnostics.iter().any(Diagnostic::is_error);
    (theme.filter(|_| !errors), d.diagnostics)
}

fn theme(d: &mut Decoder<'_>, root: &Object<'_>, base: Option<&Path>) -> Option<Theme> {
    let name = text(d, root, "name");
    let page = section(d, root, "page", &PAGE, page);
    let fonts = section(d, root, "fonts", &FONTS, |d, o| fonts(d, o, base));
    let styles = section(d, root, "styles", &STYLES, styles);
    let links = section(d, root, "links", &LINKS, |d, o| {
        let color = color(d, o, "color");
        let underline = optional_bool(d, o, "underline");
        Some(LinkLook { color: color?, underline: underline? })
    });
    let toc = section(d, root, "toc", &TOC, |d, o| {
        Some(TocLook { number_room_mm: length(d, o, "number_room_mm", 0.0, 60.0)? })
    });
    let table = section(d, root, "table", &TABLE, |d, o| {
        let header_fill = color(d, o, "header_fill");
        let rule_color = color(d, o, "rule_color");
        let rule_width_pt = number(d, o, "rule_width_pt", 0.25, 6.0, "pt");
        let cell_padding_mm = length(d, o, "cell_padding_mm", 0.0, 20.0);
        let space_after_pt = optional_number(d, o, "space_after_pt", 0.0, 200.0, 0.0);
        Some(TableLook {
            header_fill: header_fill?,
            rule_color: rule_color?,
            rule_width_pt: rule_width_pt?,
            cell_padding_mm: cell_padding_mm?,
            space_after_pt: space_after_pt?,
        })
    });
    let lists = section(d, root, "lists", &LISTS, lists);
    let running = section(d, root, "running", &RUNNING, |d, o| {
        let header_align = align(d, o, "header_align");
        let footer_align = align(d, o, "footer_align");
        Some(Running { header_align: header_align?, footer_align: footer_align? })
    });
    let labels = section(d, root, "labels", &LABELS, labels);
    let logo = match root.optional("logo") {
        Some(_) => section(d, root, "logo", &LOGO, |d, o| logo(d, o, base)).map(Some),
        None => Some(None),
    };
    let charts = match root.optional("charts") {
        Some(_) => section(d, root, "charts", &CHARTS, charts),
        None => Some(default_charts()),
    };
    let theme = Theme {
        name: name?,
        page: page?,
        fonts: fonts?,
        styles: styles?,
        links: links?,
        toc: toc?,
        table: table?,
        lists: lists?,
        running: running?,
        labels: labels?,
        logo: logo?,
        charts: charts?,
    };
    contrast(d, root, &theme);
    Some(theme)
}

/// Every text must stand out from what it is drawn on (WCAG 2.1 AA, 1.4.3): the white page,
/// the table's header fill, the key figures' fill. Shown at the style's colour, or at the
/// fill when the style takes its colour from the body text.
fn contrast(d: &mut Decoder<'_>, root: &Object<'_>, theme: &Theme) {
    let s = &theme.styles;
    let link = TextStyle { color: theme.links.color, ..s.body.clone() };
    let page: [(&str, &TextStyle); 16] = [
        ("body", &s.body),
        ("title", &s.title),
        ("subtitle", &s.subtitle),
        ("cover_detail", &s.cover_detail),
        ("heading1", &s.headings[0]),
        ("heading2", &s.headings[1]),
        ("heading3", &s.headings[2]),
        ("toc1", &s.toc[0]),
        ("toc2", &s.toc[1]),
        ("toc3", &s.toc[2]),
        ("list", &s.list),
        ("caption", &s.caption),
        ("table", &s.table),
        ("header_footer", &s.header_footer),
        ("chart", &s.chart),
        ("links", &link),
    ];
    let styles = root.optional("styles");
    let style_color = |name: &str| match name {
        "links" => find(root.optional("links"), &["color"]).map(|n| (n, root.path("links").field("color"))),
        _ => find(styles, &[name, "color"]).map(|n| (n, root.path("styles").field(name).field("color"))),
    };
    let body_color =
        || find(styles, &["body", "color"]).map(|n| (n, root.path("styles").field("body").field("color")));
    for (name, style) in page {
        if let Some((node, path)) = style_color(name).or_else(body_color) {
            let (ratio, needed) = ratio(style, Color::WHITE);
            if ratio < needed {
                let (color, ratio, size) = (style.color.hex(), rounded(ratio, 1), style.size_pt);
                let message = match style.bold {
                    true => tr!("theme-low-contrast-bold", color, ratio, size, needed),
                    false => tr!("theme-low-contrast", color, ratio, size, needed),
                };
                d.accessibility(node.span.clone(), &path, message, tr!("theme-low-contrast.hint", needed));
            }
        }
    }
    let filled = [
        ("table_header", &s.table_header, theme.table.header_fill, ["table", "header_fill"]),
        ("key_figure", &s.key_figure, theme.charts.key_figure_fill, ["charts", "key_figure_fill"]),
        (
            "key_figure_label",
            &s.key_figure_label,
            theme.charts.key_figure_fill,
            ["charts", "key_figure_fill"],
        ),
    ];
    for (name, style, fill, [part, field]) in filled {
        let (ratio, needed) = ratio(style, fill);
        if ratio >= needed {
            continue;
        }
        let fill_place = find(root.optional(part), &[field]).map(|n| (n, root.path(part).field(field)));
        let Some((node, path)) = style_color(name).or(fill_place).or_else(body_color) else { continue };
        let weight = if style.bold { "bold" } else { "regular" };
        let (color, fill, ratio) = (style.color.hex(), fill.hex(), rounded(ratio, 1));
        let message = tr!(
            "theme-low-contrast-fill",
            style = name,
            color,
            fill,
            ratio,
            size = style.size_pt,
            weight,
            needed
        );
        d.accessibility(node.span.clone(), &path, message, tr!("theme-low-contrast-fill.hint", needed));
    }
}

/// The contrast of a style's text on `background`, and what WCAG 2.1 AA asks of it.
fn ratio(style: &TextStyle, background: Color) -> (f64, f64) {
    (super::contrast_ratio(style.color, background), super::required_contrast(style.size_pt, style.bold))
}

/// The value at `keys` inside `node` (an object), if there is one.
fn find<'n>(node: Option<&'n json::Node>, keys: &[&str]) -> Option<&'n json::Node> {
    keys.iter().try_fold(node?, |node, key| match &node.value {
        json::Value::Object(members) => members.iter().find(|m| m.key == *key).map(|m| &m.value),
        _ => None,
    })
}

/// The chart look of a theme that has no "charts": the built-in theme's.
fn default_charts() -> super::ChartLook {
    let hex = |h: &str| Color([0, 2, 4].map(|i| u8::from_str_radix(&h[i..i + 2], 16).expect("a colour")));
    super::ChartLook {
        colors: ["00625F", "8CCBC4", "1F3A5F", "C98A1B", "5B7F95", "E4EEED"].map(hex).to_vec(),
        axis_color: hex("3E4C59"),
        grid_color: hex("D5DBDF"),
        height_mm: 75.0,
        key_figure_fill: hex("DCEBEA"),
    }
}

fn charts(d: &mut Decoder<'_>, object: &Object<'_>) -> Option<super::ChartLook> {
    let path = object.path("colors");
    let colors = d.required(object, "colors").and_then(|node| {
        let items = d.array(node, &path, &tr!("theme-chart-colors-expected"))?;
        let colors: Vec<(Color, &json::Node)> = items
            .iter()
            .enumerate()
            .filter_map(|(i, n)| parse_color(d, n, &path.index(i)).map(|c| (c, n)))
            .collect();
        if colors.len() != items.len() {
            return None;
        }
        if !(2..=12).contains(&colors.len()) {
            let count = colors.len();
            d.report(Kind::Content, node.span.clone(), &path, tr!("theme-chart-color-count", count));
            return None;
        }
        for (i, (a, _)) in colors.iter().enumerate() {
            for (b, node) in &colors[i + 1..] {
                let (la, lb) = (super::lightness(*a), super::lightness(*b));
                if (la - lb).abs() < MIN_LIGHTNESS_STEP {
                    let message = tr!(
                        "theme-chart-colors-alike",
                        first = a.hex(),
                        second = b.hex(),
                        first_lightness = rounded(la, 0),
                        second_lightness = rounded(lb, 0)
                    );
                    d.report(Kind::Content, node.span.clone(), &path, message).hint =
                        Some(tr!("theme-chart-colors-alike.hint", step = rounded(MIN_LIGHTNESS_STEP, 0)));
                    return None;
                }
            }
        }
        Some(colors.into_iter().map(|(c, _)| c).collect::<Vec<_>>())
    });
    let axis_color = color(d, object, "axis_color");
    let grid_color = color(d, object, "grid_color");
    let height_mm = length(d, object, "height_mm", 30.0, 200.0);
    let key_figure_fill = color(d, object, "key_figure_fill");
    Some(super::ChartLook {
        colors: colors?,
        axis_color: axis_color?,
        grid_color: grid_color?,
        height_mm: height_mm?,
        key_figure_fill: key_figure_fill?,
    })
}

/// The logo: a picture file relative to the theme file (for the built-in theme, one of
/// [`BUNDLED_PICTURES`]), checked as an image block's picture is.
fn logo(d: &mut Decoder<'_>, object: &Object<'_>, base: Option<&Path>) -> Option<super::Logo> {
    let file_node = d.required(object, "file");
    let name = file_node.and_then(|n| d.string(n, &object.path("file"))).map(str::to_owned);
    let alt = text(d, object, "alt");
    let width_mm = length(d, object, "width_mm", 5.0, 200.0);
    let header_height_mm = match object.optional("header_height_mm") {
        Some(_) => Some(length(d, object, "header_height_mm", 2.0, 30.0)?),
        None => None,
    };
    let (name, node) = (name?, file_node?);
    let picture = match base {
        None => {
            let bytes = BUNDLED_PICTURES.iter().find(|(file, _)| *file == name).map(|(_, b)| b.to_vec());
            crate::input::picture::decode(&name, bytes.unwrap_or_default())
        }
        Some(base) => {
            let file = base.join(&name);
            let shown = file.display().to_string();
            crate::input::picture::read_path(&file, &shown, || tr!("theme-path-relative"))
        }
    };
    let picture = match picture {
        Ok(picture) => picture,
        Err(e) => {
            d.report(Kind::Content, node.span.clone(), &object.path("file"), e.message).hint = Some(e.hint);
            return None;
        }
    };
    Some(super::Logo { picture, alt: alt?, width_mm: width_mm?, header_height_mm })
}

/// Reads the required object `field` of `parent` with `read`, then reports unknown fields.
fn section<T>(
    d: &mut Decoder<'_>,
    parent: &Object<'_>,
    field: &str,
    shape: &'static Shape,
    read: impl FnOnce(&mut Decoder<'_>, &Object<'_>) -> Option<T>,
) -> Option<T> {
    let node = d.required(parent, field)?;
    let object = d.object(node, &parent.path(field), shape)?;
    let value = read(d, &object);
    d.finish(object);
    value
}

fn text(d: &mut Decoder<'_>, object: &Object<'_>, field: &str) -> Option<String> {
    let node = d.required(object, field)?;
    let value = d.string(node, &object.path(field))?;
    if value.trim().is_empty() {
        d.report(Kind::Content, node.span.clone(), &object.path(field), tr!("theme-field-empty", field));
        return None;
    }
    Some(value.to_owned())
}

/// `x` rounded to `decimals` as `{x:.1}` writes it (halves to even), as a number for a
/// message (which writes it the language's way).
fn rounded(x: f64, decimals: usize) -> f64 {
    format!("{x:.decimals$}").parse().unwrap_or(x)
}

/// A number in `min..=max`; `None` (with an error) outside it.
fn number(
    d: &mut Decoder<'_>,
    object: &Object<'_>,
    field: &str,
    min: f64,
    max: f64,
    unit: &str,
) -> Option<f64> {
    let node = d.required(object, field)?;
    let value = d.float(node, &object.path(field))?;
    if !(min..=max).contains(&value) {
        let (message, hint) = if unit.is_empty() {
            (tr!("theme-out-of-range-no-unit", value), tr!("theme-out-of-range-no-unit.hint", min, max))
        } else {
            (tr!("theme-out-of-range", value, unit), tr!("theme-out-of-range.hint", min, max, unit))
        };
        d.report(Kind::Content, node.span.clone(), &object.path(field), message).hint = Some(hint);
        return None;
    }
    Some(value)
}

fn length(d: &mut Decoder<'_>, object: &Object<'_>, field: &str, min: f64, max: f64) -> Option<f64> {
    number(d, object, field, min, max, "mm")
}

fn optional_number(
    d: &mut Decoder<'_>,
    object: &Object<'_>,
    field: &str,
    min: f64,
    max: f64,
    default: f64,
) -> Option<f64> {
    match object.optional(field) {
        Some(_) => number(d, object, field, min, max, if field.ends_with("_pt") { "pt" } else { "" }),
        None => Some(default),
    }
}

fn optional_bool(d: &mut Decoder<'_>, object: &Object<'_>, field: &str) -> Option<bool> {
    match object.optional(field) {
        Some(node) => d.boolean(node, &object.path(field)),
        None => Some(false),
    }
}

fn color(d: &mut Decoder<'_>, object: &Object<'_>, field: &str) -> Option<Color> {
    let node = d.required(object, field)?;
    parse_color(d, node, &object.path(field))
}

fn parse_color(d: &mut Decoder<'_>, node: &json::Node, path: &JsonPath) -> Option<Color> {
    let value = d.string(node, path)?;
    let channel = |hex: &str, i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    match value.strip_prefix('#') {
        Some(hex) if hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
            Some(Color([channel(hex, 0)?, channel(hex, 2)?, channel(hex, 4)?]))
        }
        _ => {
            d.report(Kind::Content, node.span.clone(), path, tr!("theme-not-a-colour", value)).hint =
                Some(tr!("theme-not-a-colour.hint"));
            None
        }
    }
}

fn page(d: &mut Decoder<'_>, object: &Object<'_>) -> Option<Page> {
    let size_node = d.required(object, "size");
    let size = size_node.and_then(|n| d.string(n, &object.path("size")).map(str::to_owned));
    let (width_mm, height_mm) = match size.as_deref() {
        Some("A4") => (210.0, 297.0),
        Some("A5") => (148.0, 210.0),
        Some(other) => {
            let span = size_node.map_or(object.span(), |n| n.span.clone());
            d.report(
                Kind::Content,
                span,
                &object.path("size"),
                tr!("theme-unknown-page-size", size = other),
            )
            .hint = Some(tr!("theme-unknown-page-size.hint"));
            return None;
        }
        None => return None,
    };
    let margins = section(d, object, "margins_mm", &MARGINS, |d, m| {
        Some([
            length(d, m, "top", 0.0, 100.0),
            length(d, m, "bottom", 0.0, 100.0),
            length(d, m, "left", 0.0, 100.0),
            length(d, m, "right", 0.0, 100.0),
        ])
    });
    let header_mm = length(d, object, "header_mm", 0.0, 100.0);
    let footer_mm = length(d, object, "footer_mm", 0.0, 100.0);
    let [top, bottom, left, right] = margins?;
    let page = Page {
        width_mm,
        height_mm,
        margin_top_mm: top?,
        margin_bottom_mm: bottom?,
        margin_left_mm: left?,
        margin_right_mm: right?,
        header_mm: header_mm?,
        footer_mm: footer_mm?,
    };
    let text_height = page.text_height_mm();
    if page.text_width_mm() < 60.0 || text_height < 60.0 {
        d.report(Kind::Content, object.span(), &object.path("margins_mm"), tr!("theme-margins-too-wide"))
            .hint = Some(tr!("theme-margins-too-wide.hint"));
        return None;
    }
    Some(page)
}

fn fonts(d: &mut Decoder<'_>, object: &Object<'_>, base: Option<&Path>) -> Option<Fonts> {
    let docx_family = text(d, object, "docx");
    let files = section(d, object, "pdf", &PDF_FONTS, |d, o| {
        let mut read = |field: &str| font(d, o, field, base, true);
        Some([read("regular"), read("bold"), read("italic"), read("bold_italic")])
    });
    let fallback = section(d, object, "fallback", &FALLBACK_FONT, |d, o| {
        Some((text(d, o, "docx"), font(d, o, "pdf", base, false)))
    });
    let [regular, bold, italic, bold_italic] = files?;
    let (fallback_docx_family, fallback) = fallback?;
    Some(Fonts {
        docx_family: docx_family?,
        regular: regular?,
        bold: bold?,
        italic: italic?,
        bold_italic: bold_italic?,
        fallback_docx_family: fallback_docx_family?,
        fallback: fallback?,
    })
}

/// A font file; `text_font` when it sets the report's text, so it must have every character
/// the report needs (the fallback font only has to be a sound font).
fn font(
    d: &mut Decoder<'_>,
    object: &Object<'_>,
    field: &str,
    base: Option<&Path>,
    text_font: bool,
) -> Option<FontSource> {
    let node = d.required(object, field)?;
    let path = object.path(field);
    let name = d.string(node, &path)?;
    let Some(base) = base else {
        let embedded = BUNDLED_FONTS.iter().find(|(file, _)| *file == name).map(|(_, bytes)| *bytes);
        return embedded.map(FontSource::Embedded);
    };
    let file: PathBuf = base.join(name);
    let shown = file.display().to_string();
    let problem = match read_regular(&file, MAX_FONT_BYTES) {
        Err(e) => {
            Err((tr!("theme-font-unreadable", reason = e.describe(&shown)), tr!("theme-path-relative")))
        }
        Ok(bytes) => match super::font_check::problem(&bytes, text_font) {
            Some(problem) => Err((problem.message(&shown), tr!("theme-font-replace"))),
            None => Ok(bytes),
        },
    };
    match problem {
        Ok(bytes) => Some(FontSource::File { path: file, bytes: bytes.into() }),
        Err((message, hint)) => {
            d.report(Kind::Content, node.span.clone(), &path, message).hint = Some(hint);
            None
        }
    }
}

fn styles(d: &mut Decoder<'_>, object: &Object<'_>) -> Option<Styles> {
    let body = section(d, object, "body", &STYLE, |d, o| style(d, o, None));
    let body_ref = body.clone();
    let mut other = |name: &str| section(d, object, name, &STYLE, |d, o| style(d, o, body_ref.as_ref()));
    let title = other("title");
    let subtitle = other("subtitle");
    let cover_detail = other("cover_detail");
    let [h1, h2, h3] = [other("heading1"), other("heading2"), other("heading3")];
    let [toc1, toc2, toc3] = [other("toc1"), other("toc2"), other("toc3")];
    let list = other("list");
    let caption = other("caption");
    let table = other("table");
    let table_header = other("table_header");
    let header_footer = other("header_footer");
    // Styles newer than most theme files: made from others when a theme leaves them out.
    let mut derived = |name: &str, default: Option<TextStyle>| match object.optional(name) {
        Some(_) => section(d, object, name, &STYLE, |d, o| style(d, o, body_ref.as_ref())),
        None => default,
    };
    let chart = derived("chart", caption.clone().map(|c| TextStyle { bold: false, ..c }));
    let key_figure = derived(
        "key_figure",
        h1.clone().map(|h| TextStyle {
            size_pt: h.size_pt * 1.75,
            space_before_pt: 0.0,
            space_after_pt: 0.0,
            ..h
        }),
    );
    let key_figure_label = derived(
        "key_figure_label",
        body.clone().map(|b| TextStyle { justify: false, space_after_pt: 0.0, line_spacing: 1.0, ..b }),
    );
    Some(Styles {
        body: body?,
        title: title?,
        subtitle: subtitle?,
        cover_detail: cover_detail?,
        headings: [h1?, h2?, h3?],
        toc: [toc1?, toc2?, toc3?],
        list: list?,
        caption: caption?,
        table: table?,
        table_header: table_header?,
        header_footer: header_footer?,
        chart: chart?,
        key_figure: key_figure?,
        key_figure_label: key_figure_label?,
    })
}

/// A style; what it leaves out comes from `body` (or plain defaults for body itself).
fn style(d: &mut Decoder<'_>, object: &Object<'_>, body: Option<&TextStyle>) -> Option<TextStyle> {
    let size_pt = match (object.optional("size_pt"), body) {
        (None, Some(body)) => Some(body.size_pt),
        _ => number(d, object, "size_pt", 4.0, 96.0, "pt"),
    };
    let color = match (object.optional("color"), body) {
        (Some(node), _) => parse_color(d, node, &object.path("color")),
        (None, Some(body)) => Some(body.color),
        (None, None) => Some(Color::BLACK),
    };
    let line_default = body.map_or(1.0, |b| b.line_spacing);
    let bold = optional_bool(d, object, "bold")?;
    Some(TextStyle {
        size_pt: size_pt?,
        bold,
        italic: optional_bool(d, object, "italic")?,
        color: color?,
        space_before_pt: optional_number(d, object, "space_before_pt", 0.0, 200.0, 0.0)?,
        space_after_pt: optional_number(d, object, "space_after_pt", 0.0, 200.0, 0.0)?,
        line_spacing: optional_number(d, object, "line_spacing", 0.8, 3.0, line_default)?,
        justify: optional_bool(d, object, "justify")?,
        indent_mm: optional_number(d, object, "indent_mm", 0.0, 100.0, 0.0)?,
    })
}

fn align(d: &mut Decoder<'_>, object: &Object<'_>, field: &str) -> Option<HAlign> {
    let node = d.required(object, field)?;
    let path = object.path(field);
    match d.string(node, &path)? {
        "left" => Some(HAlign::Left),
        "center" => Some(HAlign::Center),
        "right" => Some(HAlign::Right),
        other => {
            d.report(Kind::Content, node.span.clone(), &path, tr!("theme-not-an-alignment", value = other))
                .hint = Some(tr!("theme-not-an-alignment.hint"));
            None
        }
    }
}

fn lists(d: &mut Decoder<'_>, object: &Object<'_>) -> Option<ListLook> {
    let indent_mm = length(d, object, "indent_mm", 1.0, 50.0);
    let bullets = three(
        d,
        object,
        "bullets",
        (tr!("theme-list-bullets"), tr!("theme-list-bullets.hint")),
        |d, node, path| {
            let value = d.string(node, path)?;
            if value.chars().count() == 1 && !value.trim().is_empty() {
                return Some(value.to_owned());
            }
            d.report(Kind::Content, node.span.clone(), path, tr!("theme-bullet-not-one-character", value))
                .hint = Some(tr!("theme-bullet-not-one-character.hint"));
            None
        },
    );
    let numbers = three(
        d,
        object,
        "numbers",
        (tr!("theme-list-numbers"), tr!("theme-list-numbers.hint")),
        number_format,
    );
    Some(ListLook { indent_mm: indent_mm?, bullets: bullets?, numbers: numbers? })
}

/// A list of exactly three values, one per list level; `expected` says what the list holds,
/// and what to give when it does not hold three.
fn three<T>(
    d: &mut Decoder<'_>,
    object: &Object<'_>,
    field: &str,
    (expected, hint): (String, String),
    mut read: impl FnMut(&mut Decoder<'_>, &json::Node, &JsonPath) -> Option<T>,
) -> Option<[T; 3]> {
    let node = d.required(object, field)?;
    let path = object.path(field);
    let items = d.array(node, &path, &expected)?;
    if items.len() != 3 {
        d.report(Kind::Content, node.span.clone(), &path, tr!("theme-list-count", count = items.len()))
            .hint = Some(hint);
        return None;
    }
    let values: Vec<Option<T>> =
        items.iter().enumerate().map(|(i, item)| read(d, item, &path.index(i))).collect();
    let [a, b, c]: [Option<T>; 3] = values.try_into().ok()?;
    Some([a?, b?, c?])
}

/// "1.", "a)", "(i)", "A.": one of 1, a, A, i, I stands for the number.
fn number_format(d: &mut Decoder<'_>, node: &json::Node, path: &JsonPath) -> Option<NumberFormat> {
    let value = d.string(node, path)?;
    let marks: Vec<(usize, char)> = value.char_indices().filter(|(_, c)| c.is_alphanumeric()).collect();
    let style = match marks.as_slice() {
        [(_, '1')] => Some(NumberStyle::Decimal),
        [(_, 'a')] => Some(NumberStyle::LowerLetter),
        [(_, 'A')] => Some(NumberStyle::UpperLetter),
        [(_, 'i')] => Some(NumberStyle::LowerRoman),
        [(_, 'I')] => Some(NumberStyle::UpperRoman),
        _ => None,
    };
    let Some(style) = style else {
        d.report(Kind::Content, node.span.clone(), path, tr!("theme-not-a-number-format", value)).hint =
            Some(tr!("theme-not-a-number-format.hint"));
        return None;
    };
    let at = marks[0].0;
    Some(NumberFormat { prefix: value[..at].to_owned(), style, suffix: value[at + 1..].to_owned() })
}

fn labels(d: &mut Decoder<'_>, object: &Object<'_>) -> Option<Labels> {
    let mut label = |field: &str| text(d, object, field);
    Some(Labels {
        contents: label("contents")?,
        page_x_of_y: label("page_x_of_y")?,
        running_header: label("running_header")?,
        board_version: label("board_version")?,
        municipality_version: label("municipality_version")?,
        in_your_municipality: label("in_your_municipality")?,
        introduction: label("introduction")?,
        table: label("table")?,
        // Added after themes were first written: "Figuur" when a theme has none.
        figure: match object.optional("figure") {
            Some(_) => label("figure")?,
            None => "Figuur".to_owned(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_theme_is_w13_house_style_with_embedded_carlito() {
        let theme = load_default();
        assert_eq!(theme.page.width_mm, 210.0);
        assert_eq!(theme.fonts.docx_family, "Calibri");
        assert!(
            matches!(theme.fonts.regular, FontSource::Embedded(bytes) if super::super::font_check::problem(bytes, true).is_none())
        );
        assert_eq!(theme.labels.contents, "Inhoudstafel");
        assert_eq!(theme.styles.caption.color, Color([0x3E, 0x4C, 0x59]));
        assert_eq!(theme.lists.numbers[1].label(28), "bb.");
        assert_eq!(theme.lists.numbers[2].label(14), "xiv.");
        assert!(theme.styles.body.justify && !theme.styles.headings[0].justify);
    }

    #[test]
    fn negative_margins_and_bad_colours_are_located() {
        let text = DEFAULT_THEME.replace("\"top\": 25", "\"top\": -5").replace("#00625F", "groen");
        let (theme, diagnostics) = parse("theme.json", &text, None, &mut Sources::default());
        assert!(theme.is_none());
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert!(messages.contains(&"-5 mm valt buiten de toegelaten waarden"), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("\"groen\" is geen kleur")), "{messages:?}");
        assert!(diagnostics.iter().all(|d| d.span.is_some()));
    }

    #[test]
    fn a_font_file_that_is_not_a_font_is_refused() {
        let dir = std::env::temp_dir().join(format!("jaarverslag-theme-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("fake.ttf"), b"<html>not a font</html>").unwrap();
        let text = DEFAULT_THEME
            .replace("../fonts/Carlito-Bold.ttf", "fake.ttf")
            .replace("../fonts/", &format!("{}/", env!("CARGO_MANIFEST_DIR").to_owned() + "/fonts"))
            .replace(
                "\"w13-logo.svg\"",
                &format!("\"{}/templates/w13-logo.svg\"", env!("CARGO_MANIFEST_DIR")),
            );
        let (theme, diagnostics) = parse("theme.json", &text, Some(&dir), &mut Sources::default());
        let _ = std::fs::remove_dir_all(&dir);
        assert!(theme.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert!(diagnostics[0].message.ends_with("fake.ttf is geen lettertypebestand"), "{diagnostics:?}");
    }
}
