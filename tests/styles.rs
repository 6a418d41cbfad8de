//! One style source: what the DOCX's styles.xml and numbering.xml say, style by style, is
//! what the PDF's layout does — size, colour, bold and italic, indent, line pitch, space
//! before and after, list labels and their indents, table rules, fill and padding, link
//! look, running header and footer. Both writers translate the theme; this test measures the
//! layout's glyphs and boxes against the Word styles, so neither can drift alone.

mod common;

use std::collections::BTreeMap;

use common::Element;
use jaarverslag::layout::{FaceId, Fonts, PageItem, PagedDocument};
use jaarverslag::model::Variant;

const MM: f64 = 72.0 / 25.4;

/// What a paragraph style says once its `basedOn` chain and the document defaults are applied.
#[derive(Debug, Clone, PartialEq)]
struct Look {
    size: f64,
    color: [u8; 3],
    bold: bool,
    italic: bool,
    /// Points.
    before: f64,
    after: f64,
    /// Multiple of a single line.
    line: f64,
    indent: f64,
    justification: String,
}

struct Styles(BTreeMap<String, Element>, Element);

impl Styles {
    fn new(xml: &str) -> Styles {
        let root = Element::parse(xml);
        let styles = root
            .all("w:style")
            .into_iter()
            .map(|s| (s.attr("w:styleId").unwrap().to_owned(), s.clone()))
            .collect();
        let defaults = root.child("w:docDefaults").unwrap().clone();
        Styles(styles, defaults)
    }

    /// The chain from the style to Normal, then the document defaults.
    fn chain(&self, id: &str) -> Vec<&Element> {
        let mut chain = Vec::new();
        let mut next = Some(id.to_owned());
        while let Some(id) = next {
            let style = self.0.get(&id).unwrap_or_else(|| panic!("style {id} is defined"));
            chain.push(style);
            next = style.child("w:basedOn").and_then(|b| b.attr("w:val")).map(str::to_owned);
        }
        for part in ["w:pPrDefault", "w:rPrDefault"] {
            chain.extend(self.1.child(part));
        }
        chain
    }

    /// The first value of `property`/`attribute` along the chain, in pPr or rPr.
    fn value(&self, id: &str, props: &str, property: &str, attribute: &str) -> Option<String> {
        self.chain(id).into_iter().find_map(|style| {
            let element = style.child(props)?.child(property)?;
            Some(element.attr(attribute).unwrap_or("true").to_owned())
        })
    }

    fn look(&self, id: &str) -> Look {
        let p = |property, attribute| self.value(id, "w:pPr", property, attribute);
        let r = |property, attribute| self.value(id, "w:rPr", property, attribute);
        let twips = |v: Option<String>| v.map_or(0.0, |v| v.parse::<f64>().unwrap() / 20.0);
        let hex = r("w:color", "w:val").unwrap_or_else(|| "000000".into());
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
        Look {
            size: r("w:sz", "w:val").unwrap().parse::<f64>().unwrap() / 2.0,
            color: [channel(0), channel(2), channel(4)],
            bold: r("w:b", "w:val").is_some(),
            italic: r("w:i", "w:val").is_some(),
            before: twips(p("w:spacing", "w:before")),
            after: twips(p("w:spacing", "w:after")),
            line: p("w:spacing", "w:line").unwrap().parse::<f64>().unwrap() / 240.0,
            indent: twips(p("w:ind", "w:left")),
            justification: p("w:jc", "w:val").unwrap_or_else(|| "left".into()),
        }
    }
}

/// A word as the layout placed it.
#[derive(Debug, Clone)]
struct Placed {
    page: usize,
    x: f64,
    y: f64,
    size: f64,
    color: [u8; 3],
    face: FaceId,
}

struct Case {
    layout: PagedDocument,
    parts: BTreeMap<String, String>,
    styles: Styles,
    fonts: Fonts,
    theme: jaarverslag::theme::Theme,
}

impl Case {
    fn new(input: &str, variant: Variant) -> Case {
        let loaded = jaarverslag::input::load(&common::root().join(input));
        assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
        let report = loaded.report.unwrap().for_variant(&variant);
        let theme = jaarverslag::theme::load_default();
        let fonts = Fonts::load(&theme.fonts).unwrap();
        let hyphenator = jaarverslag::layout::Hyphenator::dutch();
        let setup = jaarverslag::layout::Setup { theme: &theme, fonts: &fonts, hyphenator: &hyphenator };
        let layout = jaarverslag::layout::layout(&report, &setup);
        let parts = common::zip_parts(&jaarverslag::docx::write(&report, &theme, None));
        let styles = Styles::new(&parts["word/styles.xml"]);
        Case { layout, parts, styles, fonts, theme }
    }

    /// Every placement of the text run `text` (content, not artifacts), in reading order.
    fn all(&self, text: &str) -> Vec<Placed> {
        let mut out = Vec::new();
        for (page, p) in self.layout.pages.iter().enumerate() {
            for item in &p.items {
                let (x, y) = (item.at.x, item.at.y);
                if let PageItem::Text { size, color, face, text: t, parent: Some(_), .. } = &item.item
                    && t == text
                {
                    out.push(Placed { page, x, y, size: *size, color: *color, face: *face });
                }
            }
        }
        assert!(!out.is_empty(), "{text:?} is laid out");
        out
    }

    fn first(&self, text: &str) -> Placed {
        self.all(text).remove(0)
    }

    fn last(&self, text: &str) -> Placed {
        self.all(text).pop().unwrap()
    }

    /// The first word on the line of `word`.
    fn line_start(&self, word: &Placed) -> Placed {
        let mut start = word.clone();
        for item in &self.layout.pages[word.page].items {
            let (x, y) = (item.at.x, item.at.y);
            if let PageItem::Text { size, color, face, parent: Some(_), .. } = &item.item
                && y == word.y
                && x < start.x
            {
                start = Placed { x, size: *size, color: *color, face: *face, ..start };
            }
        }
        start
    }

    fn left(&self) -> f64 {
        self.theme.page.margin_left_mm * MM
    }

    /// The word is set as the style says: size, colour, face and indent.
    fn assert_style(&self, id: &str, word: &Placed, indent_from: f64) {
        let look = self.styles.look(id);
        assert_eq!(word.size, look.size, "{id}: size");
        assert_eq!(word.color, look.color, "{id}: colour");
        assert_eq!(word.face, FaceId::new(look.bold, look.italic), "{id}: bold and italic");
        assert!(
            (word.x - self.left() - indent_from - look.indent).abs() < 0.06,
            "{id}: indent {look:?} {word:?}"
        );
    }

    /// Line pitch of a style in points: the font's single line times the style's multiple.
    fn pitch(&self, look: &Look) -> f64 {
        self.fonts.line_height(FaceId::Regular, look.size) * look.line
    }

    /// From the last baseline of one paragraph (style `a`) to the first of the next (style
    /// `b`): the rest of a's line, a's space after, b's space before (plus `extra_before`,
    /// direct formatting) and b's ascent.
    fn assert_gap(
        &self,
        (a, last_of_a): (&str, &Placed),
        (b, first_of_b): (&str, &Placed),
        extra_before: f64,
    ) {
        let (la, lb) = (self.styles.look(a), self.styles.look(b));
        let ascent = |look: &Look| self.fonts.ascent(FaceId::Regular, look.size);
        let expected = self.pitch(&la) - ascent(&la) + la.after + lb.before + extra_before + ascent(&lb);
        assert_eq!(last_of_a.page, first_of_b.page, "{a} → {b} on one page");
        let gap = first_of_b.y - last_of_a.y;
        assert!(
            (gap - expected).abs() < 0.05,
            "{a} → {b}: {gap:.2} pt in the PDF, the DOCX says {expected:.2} ({la:?} {lb:?})"
        );
    }
}

#[test]
fn paragraph_styles_say_what_the_layout_does() {
    let case = Case::new("tests/fixtures/showcase", Variant::Board);
    let s = &case;
    s.assert_style("Title", &s.first("Proefverslag"), 0.0);
    s.assert_style("Subtitle", &s.first("Jaarverslag"), 0.0);
    s.assert_style("CoverDetail", &s.first("W13"), 0.0);
    s.assert_style("TOCHeading", &s.first("Inhoudstafel"), 0.0);
    // The TOC lists each heading before the heading itself comes.
    s.assert_style("TOC1", &s.line_start(&s.first("Alle")), 0.0);
    s.assert_style("TOC2", &s.line_start(&s.first("koppelingen")), 0.0);
    s.assert_style("TOC3", &s.first("Lijsten"), 0.0);
    s.assert_style("Heading1", &s.line_start(&s.last("Alle")), 0.0);
    let heading2 = s.last("koppelingen");
    s.assert_style("Heading2", &s.line_start(&heading2), 0.0);
    let heading3 = s.last("Lijsten");
    s.assert_style("Heading3", &heading3, 0.0);
    let paragraph = s.first("Zie");
    s.assert_style("Normal", &paragraph, 0.0);
    s.assert_style("Caption", &s.line_start(&s.first("Cijfers")), 0.0);
    s.assert_style("TableHeader", &s.first("Gemeente"), 0.0 + padding(s));
    s.assert_style("TableText", &s.first("Kortrijk"), 0.0 + padding(s));

    // Vertical rhythm: heading → paragraph, caption → table, table → paragraph.
    let first_section_heading = s.last("(WSE-LR1)");
    s.assert_gap(("Heading1", &first_section_heading), ("Heading2", &heading2), 0.0);
    s.assert_gap(("Heading2", &heading2), ("Normal", &paragraph), 0.0);
    let back = s.first("Terug");
    let document = Element::parse(&s.parts["word/document.xml"]);
    let before = document
        .all("w:p")
        .into_iter()
        .find(|p| p.all("w:t").first().is_some_and(|t| t.text.starts_with("Terug")))
        .and_then(|p| p.child("w:pPr")?.child("w:spacing")?.attr("w:before")?.parse::<f64>().ok())
        .expect("the paragraph after the table says how much room it leaves");
    let last_row = s.last("Zwevegem");
    let row_bottom = s.layout.pages[last_row.page]
        .items
        .iter()
        .filter_map(|i| match (&i.item, i.at.y) {
            (PageItem::Rect { height, stroke: Some(_), .. }, y) if *height == 0.0 && y > last_row.y => {
                Some(y)
            }
            _ => None,
        })
        .fold(f64::MAX, f64::min);
    let ascent = s.fonts.ascent(FaceId::Regular, s.styles.look("Normal").size);
    assert!((back.y - ascent - row_bottom - before / 20.0).abs() < 0.05, "room after the table");

    // A multi-line body paragraph of the bundled report keeps Normal's line pitch.
    let bundled = Case::new("input", Variant::Board);
    let lines = line_baselines(&bundled, "Binnen");
    let pitch = bundled.pitch(&bundled.styles.look("Normal"));
    assert!(lines.windows(2).all(|w| (w[1] - w[0] - pitch).abs() < 0.01), "{lines:?}, pitch {pitch}");
}

/// The baselines of the paragraph that starts with `word` (on its page, until a larger gap).
fn line_baselines(case: &Case, word: &str) -> Vec<f64> {
    let start = case.first(word);
    let mut ys: Vec<f64> = case.layout.pages[start.page]
        .items
        .iter()
        .filter_map(|i| match (&i.item, i.at.y) {
            (PageItem::Text { parent: Some(_), .. }, y) if y >= start.y => Some(y),
            _ => None,
        })
        .collect();
    ys.sort_by(f64::total_cmp);
    ys.dedup();
    let pitch = ys[1] - ys[0];
    let lines: Vec<f64> =
        ys.windows(2).take_while(|w| (w[1] - w[0] - pitch).abs() < 0.01).map(|w| w[0]).collect();
    assert!(lines.len() >= 2, "a paragraph of several lines");
    lines
}

/// The left cell padding in points, from the DOCX table style.
fn padding(case: &Case) -> f64 {
    let styles = Element::parse(&case.parts["word/styles.xml"]);
    let table =
        styles.all("w:style").into_iter().find(|s| s.attr("w:styleId") == Some("ReportTable")).unwrap();
    let margins = table.child("w:tblPr").unwrap().child("w:tblCellMar").unwrap();
    margins.child("w:left").unwrap().attr("w:w").unwrap().parse::<f64>().unwrap() / 20.0
}

#[test]
fn list_numbering_says_what_the_layout_does() {
    let case = Case::new("tests/fixtures/showcase", Variant::Board);
    let numbering = Element::parse(&case.parts["word/numbering.xml"]);
    let level = |abstract_id: &str, ilvl: usize| {
        let definition = numbering
            .all("w:abstractNum")
            .into_iter()
            .find(|a| a.attr("w:abstractNumId") == Some(abstract_id))
            .unwrap();
        let lvl = definition
            .all("w:lvl")
            .into_iter()
            .find(|l| l.attr("w:ilvl") == Some(&ilvl.to_string()))
            .unwrap();
        let ind = lvl.child("w:pPr").unwrap().child("w:ind").unwrap();
        let twips = |a: &str| ind.attr(a).unwrap().parse::<f64>().unwrap() / 20.0;
        (
            lvl.child("w:lvlText").unwrap().attr("w:val").unwrap().to_owned(),
            twips("w:left"),
            twips("w:hanging"),
        )
    };
    // The list paragraphs name their numbering; bullets are abstractNum 1, numbers 2.
    let document = Element::parse(&case.parts["word/document.xml"]);
    let abstract_of = |num_id: &str| {
        let num = numbering.all("w:num").into_iter().find(|n| n.attr("w:numId") == Some(num_id)).unwrap();
        num.child("w:abstractNumId").unwrap().attr("w:val").unwrap().to_owned()
    };
    let list_paragraph = |item: &str| {
        let p = document
            .all("w:p")
            .into_iter()
            .find(|p| p.all("w:t").first().is_some_and(|t| t.text == item))
            .unwrap();
        let num = p.child("w:pPr").unwrap().child("w:numPr").unwrap();
        let attr = |name: &str| num.child(name).unwrap().attr("w:val").unwrap().to_owned();
        (abstract_of(&attr("w:numId")), attr("w:ilvl").parse::<usize>().unwrap())
    };
    let items = [
        ("Eerste punt", "ListBullet"),
        ("Genest punt", "ListBullet"),
        ("Diepst", "ListBullet"),
        ("Een", "ListNumber"),
    ];
    for (item, style) in items {
        let (abstract_id, ilvl) = list_paragraph(item);
        let first_word = item.split(' ').next().unwrap();
        let (text, left, hanging) = level(&abstract_id, ilvl);
        // The label hangs in the indent, on the same baseline.
        let label = text.replace("%1", "1");
        let labels = case.all(&label);
        let (word, placed) = case
            .all(first_word)
            .into_iter()
            .find_map(|w| {
                labels
                    .iter()
                    .find(|l| l.page == w.page && l.y == w.y && l.x < w.x)
                    .map(|l| (w.clone(), l.clone()))
            })
            .unwrap_or_else(|| panic!("label {label:?} before {first_word}"));
        case.assert_style(style, &word, left);
        assert!(
            (placed.x - case.left() - (left - hanging)).abs() < 0.06,
            "{first_word}: label at {:.2}",
            placed.x
        );
    }
    // Items of one list are as far apart as the list style says.
    let (first, second) = (case.first("Eerste"), case.first("Tweede"));
    case.assert_gap(("ListBullet", &first), ("ListBullet", &second), 0.0);
    // After a list the text is as far away as after a paragraph: the DOCX gives the last item
    // that space after, and the layout leaves it.
    let last_item = document
        .all("w:p")
        .into_iter()
        .find(|p| p.all("w:t").first().is_some_and(|t| t.text == "Twee"))
        .unwrap();
    let after = last_item.child("w:pPr").unwrap().child("w:spacing").unwrap().attr("w:after").unwrap();
    let after = after.parse::<f64>().unwrap() / 20.0;
    assert_eq!(after, case.styles.look("Normal").after, "a list ends with a paragraph's space after");
    let (list, normal) = (case.styles.look("ListNumber"), case.styles.look("Normal"));
    let ascent = |look: &Look| case.fonts.ascent(FaceId::Regular, look.size);
    let expected = case.pitch(&list) - ascent(&list) + after + normal.before + ascent(&normal);
    let gap = case.first("Tussen").y - case.first("Twee").y;
    assert!(
        (gap - expected).abs() < 0.05,
        "list → paragraph: {gap:.2} pt in the PDF, the DOCX says {expected:.2}"
    );
}

#[test]
fn table_rules_fill_links_and_running_header_and_footer_agree() {
    let case = Case::new("tests/fixtures/showcase", Variant::Board);
    let document = Element::parse(&case.parts["word/document.xml"]);
    let table = document.all("w:tbl")[0];
    let borders = table.child("w:tblPr").unwrap().child("w:tblBorders").unwrap();
    let rule = borders.child("w:insideH").unwrap();
    let width = rule.attr("w:sz").unwrap().parse::<f64>().unwrap() / 8.0;
    let color = hex(rule.attr("w:color").unwrap());
    let fill = hex(table.all("w:shd")[0].attr("w:fill").unwrap());
    let page = &case.layout.pages[case.first("Gemeente").page];
    let text_width = case.theme.page.text_width_mm() * MM;
    let rules: Vec<_> = page
        .items
        .iter()
        .filter_map(|i| match &i.item {
            PageItem::Rect { width, stroke: Some(stroke), .. } if (*width - text_width).abs() < 0.01 => {
                Some(*stroke)
            }
            _ => None,
        })
        .collect();
    assert!(
        !rules.is_empty() && rules.iter().all(|&(c, w)| c == color && w == width),
        "rules {rules:?} vs {color:?} {width}"
    );
    assert!(
        page.items.iter().any(|i| matches!(&i.item, PageItem::Rect { fill: Some(f), .. } if *f == fill)),
        "header fill"
    );

    let link = case.styles.0.get("Hyperlink").unwrap().child("w:rPr").unwrap();
    let link_color = hex(link.child("w:color").unwrap().attr("w:val").unwrap());
    let word = case.first("website");
    assert_eq!(word.color, link_color);
    let underlined = case.layout.pages[word.page].items.iter().any(|i| {
        let (x, y) = (i.at.x, i.at.y);
        matches!(&i.item, PageItem::Rect { width, stroke: Some((c, _)), .. }
            if x <= word.x && x + width > word.x && y > word.y && y < word.y + 3.0 && *c == link_color)
    });
    assert_eq!(underlined, link.child("w:u").is_some(), "underline as the Hyperlink style says");

    // The running header and footer, on page 2.
    let artifacts: Vec<(f64, f64, f64, [u8; 3], String)> = case.layout.pages[1]
        .items
        .iter()
        .filter_map(|i| match &i.item {
            PageItem::Text { size, color, glyphs, text, parent: None, .. } => {
                Some((i.at.x, glyphs.iter().map(|g| f64::from(g.advance)).sum(), *size, *color, text.clone()))
            }
            _ => None,
        })
        .collect();
    let right = (case.theme.page.width_mm - case.theme.page.margin_right_mm) * MM;
    for (style, starts) in [("Header", "Jaarverslag"), ("Footer", "Pagina")] {
        let look = case.styles.look(style);
        let (x, width, size, color, _) = artifacts.iter().find(|a| a.4.starts_with(starts)).unwrap();
        assert_eq!((*size, *color), (look.size, look.color), "{style}");
        let placed_at = match look.justification.as_str() {
            "right" => x + width - right,
            "left" => x - case.left(),
            other => panic!("{style}: {other}"),
        };
        assert!(placed_at.abs() < 0.01, "{style} aligned {}", look.justification);
    }
}

fn hex(value: &str) -> [u8; 3] {
    let channel = |i: usize| u8::from_str_radix(&value[i..i + 2], 16).unwrap();
    [channel(0), channel(2), channel(4)]
}
