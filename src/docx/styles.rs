//! styles.xml and numbering.xml, translated from the theme: real named styles (Title,
//! Heading 1–3, List Bullet, Caption, TOC 1–3 …) so staff edit with Word's own tools, and one
//! numbering definition for bullets and one for numbers, a `w:num` per list.
//!
//! Every size, spacing, indent, colour and label comes from [`Theme`]; the layout reads the
//! same fields, and `tests/docx.rs` compares the two style by style.

use super::props::{Indent, Justification, ParagraphProps, RunProps, Spacing, pt_twips, twips};
use super::xml::Xml;
use crate::theme::{HAlign, NumberStyle, TextStyle, Theme};

/// Style ids, named once.
pub const NORMAL: &str = "Normal";
pub const TITLE: &str = "Title";
pub const SUBTITLE: &str = "Subtitle";
pub const COVER_DETAIL: &str = "CoverDetail";
pub const HEADINGS: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
pub const TOC_HEADING: &str = "TOCHeading";
pub const TOC: [&str; 3] = ["TOC1", "TOC2", "TOC3"];
pub const LIST_BULLET: &str = "ListBullet";
pub const LIST_NUMBER: &str = "ListNumber";
pub const CAPTION: &str = "Caption";
pub const TABLE_TEXT: &str = "TableText";
pub const TABLE_HEADER: &str = "TableHeader";
pub const HEADER: &str = "Header";
pub const FOOTER: &str = "Footer";
pub const HYPERLINK: &str = "Hyperlink";
pub const TABLE_STYLE: &str = "ReportTable";
pub const KEY_FIGURE: &str = "KeyFigure";
pub const KEY_FIGURE_LABEL: &str = "KeyFigureLabel";

/// The abstract numbering definitions.
pub const BULLETS: usize = 1;
pub const NUMBERS: usize = 2;
/// Word offers nine list levels; the theme's three repeat below the third.
const LEVELS: usize = 9;

pub const MAIN_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

pub fn justification(style: &TextStyle) -> Justification {
    if style.justify { Justification::Both } else { Justification::Left }
}

fn furniture_justification(align: HAlign) -> Justification {
    match align {
        HAlign::Left => Justification::Left,
        HAlign::Center => Justification::Center,
        HAlign::Right => Justification::Right,
    }
}

/// A paragraph style: its place among the styles, and its look.
struct ParagraphStyle<'a> {
    id: &'a str,
    /// The name Word shows; built-in names in lower case where Word's own are ("heading 1").
    name: &'a str,
    look: &'a TextStyle,
    props: ParagraphProps<'a>,
}

/// The styles part.
pub fn styles(theme: &Theme, language: &str) -> String {
    let s = &theme.styles;
    let font = theme.fonts.docx_family.as_str();
    let mut x = Xml::new();
    x.open("w:styles", &[("xmlns:w", MAIN_NS)]);
    x.open("w:docDefaults", &[]);
    x.open("w:rPrDefault", &[]);
    RunProps {
        font: Some(font),
        size: Some(s.body.size_pt),
        language: Some(language),
        ..RunProps::default()
    }
    .write(&mut x);
    x.close("w:rPrDefault");
    x.open("w:pPrDefault", &[]);
    ParagraphProps { spacing: Some(Spacing::of(&s.body)), ..ParagraphProps::default() }.write(&mut x);
    x.close("w:pPrDefault");
    x.close("w:docDefaults");

    // Word's own defaults, so "Normal" means the body text and nothing is inherited from
    // the application that opens the file.
    x.open("w:style", &[("w:type", "paragraph"), ("w:default", "1"), ("w:styleId", NORMAL)]);
    x.val("w:name", "Normal");
    x.empty("w:qFormat", &[]);
    ParagraphProps {
        widow_control: true,
        spacing: Some(Spacing::of(&s.body)),
        justification: Some(justification(&s.body)),
        ..ParagraphProps::default()
    }
    .write(&mut x);
    RunProps::of(&s.body).write(&mut x);
    x.close("w:style");
    hidden_default(&mut x, "character", "DefaultParagraphFont", "Default Paragraph Font", "1");
    x.close("w:style");
    hidden_default(&mut x, "table", "TableNormal", "Normal Table", "99");
    x.open("w:tblPr", &[]);
    x.empty("w:tblInd", &[("w:w", "0"), ("w:type", "dxa")]);
    x.open("w:tblCellMar", &[]);
    for side in ["w:top", "w:left", "w:bottom", "w:right"] {
        x.empty(side, &[("w:w", "0"), ("w:type", "dxa")]);
    }
    x.close("w:tblCellMar");
    x.close("w:tblPr");
    x.close("w:style");
    hidden_default(&mut x, "numbering", "NoList", "No List", "99");
    x.close("w:style");

    for style in paragraph_styles(theme) {
        write_paragraph_style(&mut x, &style);
    }

    x.open("w:style", &[("w:type", "character"), ("w:styleId", HYPERLINK)]);
    x.val("w:name", "Hyperlink");
    x.val("w:basedOn", "DefaultParagraphFont");
    x.val("w:uiPriority", "99");
    x.empty("w:unhideWhenUsed", &[]);
    RunProps { color: Some(theme.links.color), underline: theme.links.underline, ..RunProps::default() }
        .write(&mut x);
    x.close("w:style");

    x.open("w:style", &[("w:type", "table"), ("w:styleId", TABLE_STYLE)]);
    x.val("w:name", "Report Table");
    x.val("w:basedOn", "TableNormal");
    x.val("w:uiPriority", "59");
    x.open("w:tblPr", &[]);
    table_borders(&mut x, theme, true);
    table_cell_margins(&mut x, theme.table.cell_padding_pt(f64::MAX));
    x.close("w:tblPr");
    x.close("w:style");
    x.close("w:styles");
    x.finish()
}

/// Opens one of Word's hidden default styles (the default character, table and list style).
fn hidden_default(x: &mut Xml, kind: &str, id: &str, name: &str, priority: &str) {
    x.open("w:style", &[("w:type", kind), ("w:default", "1"), ("w:styleId", id)]);
    x.val("w:name", name);
    x.val("w:uiPriority", priority);
    x.empty("w:semiHidden", &[]);
    x.empty("w:unhideWhenUsed", &[]);
}

/// Rules above the header row (when there is one), between rows and under the last: the
/// PDF's look. No vertical lines.
pub fn table_borders(x: &mut Xml, theme: &Theme, top: bool) {
    let look = &theme.table;
    // Eighths of a point, within what Word accepts.
    let size = ((look.rule_width_pt * 8.0).round() as i64).clamp(2, 96).to_string();
    let color = look.rule_color.hex();
    let rule = [("w:val", "single"), ("w:sz", size.as_str()), ("w:space", "0"), ("w:color", color.as_str())];
    let none = [("w:val", "nil")];
    x.open("w:tblBorders", &[]);
    x.empty("w:top", if top { &rule } else { &none });
    x.empty("w:left", &none);
    x.empty("w:bottom", &rule);
    x.empty("w:right", &none);
    x.empty("w:insideH", &rule);
    x.empty("w:insideV", &none);
    x.close("w:tblBorders");
}

/// The cell padding (points) on the left and right, half of it above and below.
pub fn table_cell_margins(x: &mut Xml, padding: f64) {
    let padding = pt_twips(padding);
    let (side, vertical) = (padding.to_string(), (padding / 2).to_string());
    x.open("w:tblCellMar", &[]);
    x.empty("w:top", &[("w:w", &vertical), ("w:type", "dxa")]);
    x.empty("w:left", &[("w:w", &side), ("w:type", "dxa")]);
    x.empty("w:bottom", &[("w:w", &vertical), ("w:type", "dxa")]);
    x.empty("w:right", &[("w:w", &side), ("w:type", "dxa")]);
    x.close("w:tblCellMar");
}

fn paragraph_styles(theme: &Theme) -> Vec<ParagraphStyle<'_>> {
    let s = &theme.styles;
    let style = |id, name, look| ParagraphStyle { id, name, look, props: ParagraphProps::default() };
    let mut styles = vec![style(TITLE, "Title", &s.title), style(SUBTITLE, "Subtitle", &s.subtitle)];
    styles.push(style(COVER_DETAIL, "Cover Detail", &s.cover_detail));
    for (level, (id, look)) in HEADINGS.iter().zip(&s.headings).enumerate() {
        let mut heading = style(id, ["heading 1", "heading 2", "heading 3"][level], look);
        heading.props.keep_next = true;
        heading.props.keep_lines = true;
        heading.props.outline_level = Some(level);
        styles.push(heading);
    }
    let mut toc_heading = style(TOC_HEADING, "TOC Heading", &s.headings[0]);
    toc_heading.props.keep_next = true;
    styles.push(toc_heading);
    let text_width = twips(theme.page.text_width_mm());
    for (level, (id, look)) in TOC.iter().zip(&s.toc).enumerate() {
        let mut toc = style(id, ["toc 1", "toc 2", "toc 3"][level], look);
        // No right indent for the page numbers' room: LibreOffice then hides the numbers
        // (a right tab past the right indent), so Word and LibreOffice wrap an entry at the
        // full line where the PDF keeps `toc.number_room_mm` free.
        toc.props.leader_tab = Some(text_width);
        styles.push(toc);
    }
    styles.push(style(LIST_BULLET, "List Bullet", &s.list));
    styles.push(style(LIST_NUMBER, "List Number", &s.list));
    let mut caption = style(CAPTION, "caption", &s.caption);
    caption.props.keep_next = true;
    styles.push(caption);
    styles.push(style(TABLE_TEXT, "Table Text", &s.table));
    let mut key_figure = style(KEY_FIGURE, "Key Figure", &s.key_figure);
    key_figure.props.justification = Some(Justification::Center);
    key_figure.props.keep_next = true;
    let mut key_label = style(KEY_FIGURE_LABEL, "Key Figure Label", &s.key_figure_label);
    key_label.props.justification = Some(Justification::Center);
    styles.extend([key_figure, key_label]);
    styles.push(style(TABLE_HEADER, "Table Header", &s.table_header));
    let mut header = style(HEADER, "header", &s.header_footer);
    header.props.justification = Some(furniture_justification(theme.running.header_align));
    let mut footer = style(FOOTER, "footer", &s.header_footer);
    footer.props.justification = Some(furniture_justification(theme.running.footer_align));
    styles.extend([header, footer]);
    styles
}

/// The theme style a paragraph style id stands for (body text for none or an unknown id).
pub fn look_of<'t>(theme: &'t Theme, id: Option<&str>) -> &'t TextStyle {
    let styles = paragraph_styles(theme);
    styles.into_iter().find(|s| Some(s.id) == id).map_or(&theme.styles.body, |s| s.look)
}

fn write_paragraph_style(x: &mut Xml, style: &ParagraphStyle<'_>) {
    x.open("w:style", &[("w:type", "paragraph"), ("w:styleId", style.id)]);
    x.val("w:name", style.name);
    x.val("w:basedOn", NORMAL);
    x.val("w:next", NORMAL);
    x.empty("w:qFormat", &[]);
    let look = style.look;
    let indent = Indent { left: twips(look.indent_mm), ..style.props.indent.unwrap_or_default() };
    let props = ParagraphProps {
        widow_control: true,
        suppress_hyphens: !look.justify,
        spacing: Some(Spacing::of(look)),
        indent: Some(indent),
        justification: style.props.justification.or(Some(justification(look))),
        ..style.props.clone()
    };
    props.write(x);
    RunProps::of(look).write(x);
    x.close("w:style");
}

/// The numbering part: bullets and numbers by level, and one `w:num` per list (`lists`
/// holds whether each is ordered), every level restarting at 1.
pub fn numbering(theme: &Theme, lists: &[bool]) -> String {
    let look = &theme.lists;
    let step = twips(look.indent_mm);
    let mut x = Xml::new();
    x.open("w:numbering", &[("xmlns:w", MAIN_NS)]);
    for (abstract_id, ordered) in [(BULLETS, false), (NUMBERS, true)] {
        x.open("w:abstractNum", &[("w:abstractNumId", &abstract_id.to_string())]);
        x.val("w:multiLevelType", "hybridMultilevel");
        for level in 0..LEVELS {
            x.open("w:lvl", &[("w:ilvl", &level.to_string())]);
            x.val("w:start", "1");
            if ordered {
                let format = &look.numbers[level % 3];
                x.val("w:numFmt", number_format(format.style));
                x.val("w:lvlText", &format!("{}%{}{}", format.prefix, level + 1, format.suffix));
            } else {
                x.val("w:numFmt", "bullet");
                x.val("w:lvlText", &look.bullets[level % 3]);
            }
            x.val("w:lvlJc", "left");
            let indent = Indent { left: step * (level as i32 + 1), right: 0, hanging: step };
            ParagraphProps { indent: Some(indent), ..ParagraphProps::default() }.write(&mut x);
            x.close("w:lvl");
        }
        x.close("w:abstractNum");
    }
    for (i, ordered) in lists.iter().enumerate() {
        x.open("w:num", &[("w:numId", &(i + 1).to_string())]);
        x.val("w:abstractNumId", &(if *ordered { NUMBERS } else { BULLETS }).to_string());
        for level in 0..LEVELS {
            x.open("w:lvlOverride", &[("w:ilvl", &level.to_string())]);
            x.val("w:startOverride", "1");
            x.close("w:lvlOverride");
        }
        x.close("w:num");
    }
    x.close("w:numbering");
    x.finish()
}

fn number_format(style: NumberStyle) -> &'static str {
    match style {
        NumberStyle::Decimal => "decimal",
        NumberStyle::LowerLetter => "lowerLetter",
        NumberStyle::UpperLetter => "upperLetter",
        NumberStyle::LowerRoman => "lowerRoman",
        NumberStyle::UpperRoman => "upperRoman",
    }
}
