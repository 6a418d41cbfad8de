//! Paragraph and run properties (`w:pPr`, `w:rPr`), shared by styles.xml, numbering.xml and
//! document.xml. Each is written in ECMA-376 child order, and not at all when empty.

use super::xml::Xml;
use crate::theme::{Color, TextStyle};

/// Twentieths of a point per millimetre.
pub fn twips(mm: f64) -> i32 {
    (mm * 1440.0 / 25.4).round() as i32
}

/// Twentieths of a point.
pub fn pt_twips(pt: f64) -> i32 {
    (pt * 20.0).round() as i32
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Justification {
    Left,
    Center,
    Right,
    Both,
}

impl Justification {
    fn value(self) -> &'static str {
        match self {
            Justification::Left => "left",
            Justification::Center => "center",
            Justification::Right => "right",
            Justification::Both => "both",
        }
    }
}

/// Line spacing: `line` in 240ths of a single line ("auto").
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Spacing {
    pub before: Option<i32>,
    pub after: Option<i32>,
    pub line: Option<i32>,
}

impl Spacing {
    /// A style's spacing, as the layout applies it.
    pub fn of(style: &TextStyle) -> Spacing {
        Spacing {
            before: Some(pt_twips(style.space_before_pt)),
            after: Some(pt_twips(style.space_after_pt)),
            line: Some((style.line_spacing * 240.0).round() as i32),
        }
    }
}

/// Paragraph indents in twips; `hanging` pulls the first line (a list label) back.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Indent {
    pub left: i32,
    pub right: i32,
    pub hanging: i32,
}

#[derive(Debug, Default, Clone)]
pub struct ParagraphProps<'a> {
    pub style: Option<&'a str>,
    pub keep_next: bool,
    /// Turns off a style's keep-with-next (a figure's caption, under what it keeps with).
    pub not_keep_next: bool,
    pub keep_lines: bool,
    pub page_break_before: bool,
    pub widow_control: bool,
    /// `w:numId` and `w:ilvl`.
    pub numbering: Option<(usize, usize)>,
    /// Right-aligned tab stop with dot leader, in twips from the left margin.
    pub leader_tab: Option<i32>,
    /// A tab stop without leader: its kind ("right", "center") and place in twips.
    pub tab: Option<(&'static str, i32)>,
    /// No automatic hyphenation: ragged text, which the layout breaks without hyphens.
    pub suppress_hyphens: bool,
    pub spacing: Option<Spacing>,
    pub indent: Option<Indent>,
    pub justification: Option<Justification>,
    pub outline_level: Option<usize>,
}

impl ParagraphProps<'_> {
    pub fn write(&self, x: &mut Xml) {
        let mut open = false;
        let mut start = |x: &mut Xml| {
            if !std::mem::replace(&mut open, true) {
                x.open("w:pPr", &[]);
            }
        };
        if let Some(style) = self.style {
            start(x);
            x.val("w:pStyle", style);
        }
        if self.not_keep_next && !self.keep_next {
            start(x);
            x.val("w:keepNext", "0");
        }
        for (on, name) in [
            (self.keep_next, "w:keepNext"),
            (self.keep_lines, "w:keepLines"),
            (self.page_break_before, "w:pageBreakBefore"),
            (self.widow_control, "w:widowControl"),
        ] {
            if on {
                start(x);
                x.empty(name, &[]);
            }
        }
        if let Some((num_id, level)) = self.numbering {
            start(x);
            x.open("w:numPr", &[]);
            x.val("w:ilvl", &level.to_string());
            x.val("w:numId", &num_id.to_string());
            x.close("w:numPr");
        }
        if let Some(position) = self.leader_tab {
            start(x);
            x.open("w:tabs", &[]);
            x.empty("w:tab", &[("w:val", "right"), ("w:leader", "dot"), ("w:pos", &position.to_string())]);
            x.close("w:tabs");
        }
        if let Some((kind, position)) = self.tab {
            start(x);
            x.open("w:tabs", &[]);
            x.empty("w:tab", &[("w:val", kind), ("w:pos", &position.to_string())]);
            x.close("w:tabs");
        }
        if self.suppress_hyphens {
            start(x);
            x.empty("w:suppressAutoHyphens", &[]);
        }
        if let Some(spacing) = self.spacing {
            start(x);
            let (before, after, line) =
                (spacing.before.map(|v| v.to_string()), spacing.after.map(|v| v.to_string()), spacing.line);
            let line = line.map(|v| v.to_string());
            let mut attributes = Vec::new();
            if let Some(before) = &before {
                attributes.push(("w:before", before.as_str()));
            }
            if let Some(after) = &after {
                attributes.push(("w:after", after.as_str()));
            }
            if let Some(line) = &line {
                attributes.push(("w:line", line.as_str()));
                attributes.push(("w:lineRule", "auto"));
            }
            x.empty("w:spacing", &attributes);
        }
        if let Some(indent) = self.indent {
            start(x);
            let values = [("w:left", indent.left), ("w:right", indent.right), ("w:hanging", indent.hanging)];
            let values: Vec<(&str, String)> = values
                .iter()
                .filter(|(name, v)| *v != 0 || *name == "w:left")
                .map(|(n, v)| (*n, v.to_string()))
                .collect();
            let attributes: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
            x.empty("w:ind", &attributes);
        }
        if let Some(justification) = self.justification {
            start(x);
            x.val("w:jc", justification.value());
        }
        if let Some(level) = self.outline_level {
            start(x);
            x.val("w:outlineLvl", &level.to_string());
        }
        if open {
            x.close("w:pPr");
        }
    }
}

#[derive(Debug, Default, Clone)]
pub struct RunProps<'a> {
    pub style: Option<&'a str>,
    /// One family for every script.
    pub font: Option<&'a str>,
    pub bold: bool,
    pub italic: bool,
    pub color: Option<Color>,
    /// Points.
    pub size: Option<f64>,
    pub underline: bool,
    pub language: Option<&'a str>,
}

impl RunProps<'_> {
    /// The character look of a theme style.
    pub fn of(style: &TextStyle) -> RunProps<'static> {
        RunProps {
            bold: style.bold,
            italic: style.italic,
            color: Some(style.color),
            size: Some(style.size_pt),
            ..RunProps::default()
        }
    }

    pub fn write(&self, x: &mut Xml) {
        let empty = self.style.is_none()
            && self.font.is_none()
            && !self.bold
            && !self.italic
            && self.color.is_none()
            && self.size.is_none()
            && !self.underline
            && self.language.is_none();
        if empty {
            return;
        }
        x.open("w:rPr", &[]);
        if let Some(style) = self.style {
            x.val("w:rStyle", style);
        }
        if let Some(font) = self.font {
            x.empty(
                "w:rFonts",
                &[("w:ascii", font), ("w:hAnsi", font), ("w:eastAsia", font), ("w:cs", font)],
            );
        }
        if self.bold {
            x.empty("w:b", &[]);
            x.empty("w:bCs", &[]);
        }
        if self.italic {
            x.empty("w:i", &[]);
            x.empty("w:iCs", &[]);
        }
        if let Some(color) = self.color {
            x.val("w:color", &color.hex());
        }
        if let Some(size) = self.size {
            let half_points = ((size * 2.0).round() as i64).to_string();
            x.val("w:sz", &half_points);
            x.val("w:szCs", &half_points);
        }
        if self.underline {
            x.val("w:u", "single");
        }
        if let Some(language) = self.language {
            x.empty("w:lang", &[("w:val", language), ("w:eastAsia", language), ("w:bidi", "ar-SA")]);
        }
        x.close("w:rPr");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_properties_write_nothing_and_full_ones_keep_schema_order() {
        let mut x = Xml::new();
        ParagraphProps::default().write(&mut x);
        RunProps::default().write(&mut x);
        let props = ParagraphProps {
            style: Some("ListBullet"),
            keep_next: true,
            numbering: Some((10, 1)),
            spacing: Some(Spacing { before: None, after: Some(60), line: None }),
            justification: Some(Justification::Left),
            ..ParagraphProps::default()
        };
        props.write(&mut x);
        assert_eq!(
            x.finish().trim_start_matches(super::super::xml::DECLARATION),
            r#"<w:pPr><w:pStyle w:val="ListBullet"/><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="10"/></w:numPr><w:spacing w:after="60"/><w:jc w:val="left"/></w:pPr>"#
        );
    }
}
