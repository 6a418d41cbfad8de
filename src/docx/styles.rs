//! The Word styles and list numbering of the report, made from the theme: real named styles
//! (Title, Heading 1–3, List Bullet, Caption …) so staff edit with Word's own tools.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, IndentLevel, Level, LevelJc, LevelOverride, LevelText,
    LineSpacing, LineSpacingType, NumberFormat, Numbering, NumberingId, RunFonts, SpecialIndentType, Start,
    Style, StyleType, Tab, TabLeaderType, TabValueType,
};

use crate::theme::{TextStyle, Theme};

/// Style ids, named once.
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

/// Abstract numbering definitions; 1 is docx-rs's own default, so ours start at 2.
pub const BULLETS: usize = 2;
pub const DECIMALS: usize = 3;
/// The first `w:num` id of the lists; each list gets its own so numbering restarts at 1.
pub const FIRST_LIST_NUM: usize = 10;

/// Twentieths of a point per millimetre.
pub fn twips(mm: f64) -> i32 {
    (mm * 1440.0 / 25.4).round() as i32
}

fn half_points(pt: f64) -> usize {
    (pt * 2.0).round() as usize
}

fn spacing(style: &TextStyle) -> LineSpacing {
    LineSpacing::new()
        .before((style.space_before_pt * 20.0).round() as u32)
        .after((style.space_after_pt * 20.0).round() as u32)
        .line((style.line_spacing * 240.0).round() as i32)
        .line_rule(LineSpacingType::Auto)
}

fn paragraph_style(id: &str, name: &str, look: &TextStyle, font: &str) -> Style {
    let mut style = Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .fonts(RunFonts::new().ascii(font).hi_ansi(font).cs(font))
        .size(half_points(look.size_pt))
        .color(&look.color)
        .line_spacing(spacing(look));
    if look.bold {
        style = style.bold();
    }
    if look.italic {
        style = style.italic();
    }
    style = style.align(if look.justify { AlignmentType::Both } else { AlignmentType::Left });
    style.paragraph_property = style.paragraph_property.widow_control(true);
    style
}

/// Adds the document defaults (the Normal look), every style and the list numbering.
pub fn add_styles(docx: Docx, theme: &Theme) -> Docx {
    let font = theme.fonts.docx_family.as_str();
    let s = &theme.styles;
    let body = &s.body;
    let mut docx = docx
        .default_fonts(RunFonts::new().ascii(font).hi_ansi(font).cs(font).east_asia(font))
        .default_size(half_points(body.size_pt))
        .default_line_spacing(spacing(body))
        .default_tab_stop(twips(12.5) as usize);

    let mut styles = vec![
        paragraph_style(TITLE, "Title", &s.title, font),
        paragraph_style(SUBTITLE, "Subtitle", &s.subtitle, font),
        paragraph_style(COVER_DETAIL, "Cover Detail", &s.subtitle, font)
            .size(half_points(body.size_pt + 1.0)),
        paragraph_style(CAPTION, "caption", &s.caption, font),
        paragraph_style(TABLE_TEXT, "Table Text", &s.table, font),
        paragraph_style(TABLE_HEADER, "Table Header", &s.table, font).bold(),
        paragraph_style(HEADER, "header", &s.header_footer, font),
        paragraph_style(FOOTER, "footer", &s.header_footer, font),
    ];
    for (level, (id, look)) in HEADINGS.iter().zip(&s.headings).enumerate() {
        let mut heading =
            paragraph_style(id, &format!("heading {}", level + 1), look, font).outline_lvl(level);
        heading.paragraph_property = heading.paragraph_property.keep_next(true).keep_lines(true);
        styles.push(heading);
    }
    let mut toc_heading = paragraph_style(TOC_HEADING, "TOC Heading", &s.headings[0], font);
    toc_heading.paragraph_property = toc_heading.paragraph_property.keep_next(true);
    styles.push(toc_heading);

    let text_width = twips(theme.page.text_width_mm());
    for (level, id) in TOC.iter().enumerate() {
        let indent = twips(theme.list_indent_mm) * level as i32;
        let mut toc = paragraph_style(id, &format!("toc {}", level + 1), body, font)
            .indent(Some(indent), None, None, None)
            .line_spacing(LineSpacing::new().before(if level == 0 { 120 } else { 0 }).after(40));
        toc = toc.align(AlignmentType::Left);
        if level == 0 {
            toc = toc.bold();
        }
        toc.paragraph_property = toc
            .paragraph_property
            .add_tab(Tab::new().val(TabValueType::Right).leader(TabLeaderType::Dot).pos(text_width as usize));
        styles.push(toc);
    }
    for (id, name) in [(LIST_BULLET, "List Bullet"), (LIST_NUMBER, "List Number")] {
        // List items are short: ragged right reads better than stretched word spaces.
        let mut list = paragraph_style(id, name, body, font).align(AlignmentType::Left).line_spacing(
            LineSpacing::new()
                .after(60)
                .line((body.line_spacing * 240.0).round() as i32)
                .line_rule(LineSpacingType::Auto),
        );
        list.paragraph_property = list.paragraph_property.widow_control(true);
        styles.push(list);
    }
    styles.push(
        Style::new(HYPERLINK, StyleType::Character).name("Hyperlink").color("0563C1").underline("single"),
    );
    styles.push(Style::new(TABLE_STYLE, StyleType::Table).name("Report Table"));
    for style in styles {
        docx = docx.add_style(style);
    }
    add_numbering_definitions(docx, theme)
}

fn add_numbering_definitions(docx: Docx, theme: &Theme) -> Docx {
    let step = twips(theme.list_indent_mm);
    let level = |depth: usize, format: &str, text: &str| {
        let indent = step * (depth as i32 + 1);
        Level::new(
            depth,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(Some(indent), Some(SpecialIndentType::Hanging(step)), None, None)
    };
    let bullets = ["\u{2022}", "\u{2013}", "\u{25E6}"];
    let numbers = [("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")];
    let mut bullet_def = AbstractNumbering::new(BULLETS);
    let mut number_def = AbstractNumbering::new(DECIMALS);
    for depth in 0..3 {
        bullet_def = bullet_def.add_level(level(depth, "bullet", bullets[depth]));
        number_def = number_def.add_level(level(depth, numbers[depth].0, numbers[depth].1));
    }
    bullet_def.multi_level_type = Some("hybridMultilevel".into());
    number_def.multi_level_type = Some("hybridMultilevel".into());
    docx.add_abstract_numbering(bullet_def).add_abstract_numbering(number_def)
}

/// A `w:num` of its own for one list, restarting every level at 1.
pub fn list_numbering(num_id: usize, ordered: bool) -> Numbering {
    let abstract_id = if ordered { DECIMALS } else { BULLETS };
    let mut numbering = Numbering::new(num_id, abstract_id);
    for level in 0..3 {
        numbering = numbering.add_override(LevelOverride::new(level).start(1));
    }
    numbering
}

/// The numbering reference of a list paragraph.
pub fn list_reference(num_id: usize, depth: usize) -> (NumberingId, IndentLevel) {
    (NumberingId::new(num_id), IndentLevel::new(depth))
}
