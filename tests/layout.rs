//! Pagination rules on generated reports: long tables repeat their header rows, rows do not
//! split, headings keep with what follows, no widows or orphans, unbreakable strings are
//! broken rather than run into the margin.

mod common;

use jaarverslag::layout::{Fonts, Hyphenator, PageItem, PagedDocument, Setup};
use jaarverslag::model::Variant;

use common::ONE_SECTION_MANIFEST as MANIFEST;

fn lay_out(blocks: &str) -> PagedDocument {
    lay_out_with(blocks, &[])
}

/// Lays out `blocks` with these files beside them in the input folder.
fn lay_out_with(blocks: &str, files: &[(&str, &[u8])]) -> PagedDocument {
    let scratch = common::Scratch::new("layout");
    for (name, bytes) in files {
        scratch.write(name, bytes);
    }
    scratch.write("report.json", MANIFEST);
    scratch.write(
        "sections/1.json",
        format!(r#"{{ "code": "WSE-LR1", "number": 1, "title": "Proef", "blocks": [{blocks}] }}"#),
    );
    let loaded = jaarverslag::input::load(&scratch.input());
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let report = loaded.report.unwrap().for_variant(&Variant::Board);
    let theme = jaarverslag::theme::load_default();
    let fonts = Fonts::load(&theme.fonts).unwrap();
    let hyphenator = Hyphenator::dutch();
    jaarverslag::layout::layout(&report, &Setup { theme: &theme, fonts: &fonts, hyphenator: &hyphenator })
}

fn texts(page: &jaarverslag::layout::Page) -> Vec<(f64, String)> {
    page.items
        .iter()
        .filter_map(|placed| match &placed.item {
            PageItem::Text { text, parent, .. } => {
                Some((placed.at.y, if parent.is_some() { text.clone() } else { format!("[{text}]") }))
            }
            _ => None,
        })
        .collect()
}

fn paragraph(words: usize, seed: usize) -> String {
    let vocabulary = [
        "samenwerking",
        "arbeidsmarkt",
        "de",
        "lokale",
        "besturen",
        "en",
        "activering",
        "van",
        "overleg",
        "wijk-werken",
    ];
    let text: Vec<&str> = (0..words).map(|i| vocabulary[(i * 7 + seed) % vocabulary.len()]).collect();
    format!(r#"{{ "type": "paragraph", "text": "{}." }}"#, text.join(" "))
}

#[test]
fn a_long_table_repeats_its_header_on_every_page() {
    let rows: Vec<String> = (1..=300)
        .map(|i| format!(r#"["Rij {i}", "{}", "{i}"]"#, "tekst ".repeat(i % 7 + 1).trim()))
        .collect();
    let table = format!(
        r#"{{ "type": "table", "caption": "Lang", "columns": [{{}}, {{ "width": 3 }}, {{ "align": "right" }}], "header": [["Naam", "Omschrijving", "Aantal"]], "rows": [{}] }}"#,
        rows.join(",")
    );
    let document = lay_out(&table);
    let table_pages: Vec<_> =
        document.pages.iter().filter(|p| texts(p).iter().any(|(_, t)| t == "Rij")).collect();
    assert!(table_pages.len() >= 5, "300 rows take several pages");
    for (i, page) in table_pages.iter().enumerate() {
        let t = texts(page);
        let header = t
            .iter()
            .find(|(_, text)| text.trim_matches(['[', ']']) == "Naam")
            .expect("the header on every page");
        let first_row = t.iter().filter(|(_, text)| text == "Rij").map(|(y, _)| *y).fold(f64::MAX, f64::min);
        assert!(header.0 < first_row, "page {i}: header above the rows");
        if i > 0 {
            assert!(header.1.starts_with('['), "a repeated header is an artifact, not content read twice");
        }
    }
    let all_rows: usize =
        table_pages.iter().map(|p| texts(p).iter().filter(|(_, t)| t == "Rij").count()).sum();
    assert_eq!(all_rows, 300, "every row once");
}

#[test]
fn a_heading_is_never_the_last_thing_on_a_page() {
    let mut blocks = Vec::new();
    for i in 0..40 {
        blocks.push(format!(r#"{{ "type": "heading", "level": 2, "text": "Kop {i}" }}"#));
        blocks.push(paragraph(20 + (i * 13) % 60, i));
    }
    let document = lay_out(&blocks.join(","));
    let theme = jaarverslag::theme::load_default();
    let body_bottom = (theme.page.height_mm - theme.page.margin_bottom_mm) * 72.0 / 25.4;
    for (n, page) in document.pages.iter().enumerate().skip(2) {
        let content: Vec<(f64, String)> =
            texts(page).into_iter().filter(|(y, t)| !t.starts_with('[') && *y < body_bottom).collect();
        let Some(last_y) = content.iter().map(|(y, _)| *y).reduce(f64::max) else { continue };
        let last_line: Vec<&String> =
            content.iter().filter(|(y, _)| (*y - last_y).abs() < 0.1).map(|(_, t)| t).collect();
        assert!(
            !(last_line.len() == 2 && last_line[0] == "Kop"),
            "page {}: ends with heading {:?}",
            n + 1,
            last_line
        );
    }
}

#[test]
fn no_paragraph_leaves_a_single_line_behind() {
    let blocks: Vec<String> = (0..30).map(|i| paragraph(40 + (i * 17) % 90, i)).collect();
    let document = lay_out(&blocks.join(","));
    // Each paragraph is a P node: count its lines per page.
    for node in &document.structure {
        if node.role != jaarverslag::layout::Role::Paragraph {
            continue;
        }
        let mut lines_per_page: std::collections::BTreeMap<usize, std::collections::BTreeSet<i64>> =
            Default::default();
        for child in &node.children {
            if let jaarverslag::layout::StructChild::Content(page, item) = child
                && let placed = &document.pages[*page].items[*item]
                && let PageItem::Text { .. } = placed.item
            {
                lines_per_page.entry(*page).or_default().insert((placed.at.y * 10.0) as i64);
            }
        }
        if lines_per_page.len() > 1 {
            for (page, lines) in &lines_per_page {
                assert!(lines.len() >= 2, "a widow or orphan on page {}", page + 1);
            }
        }
    }
}

#[test]
fn an_unbreakable_web_address_is_broken_inside_the_margin() {
    let url = format!("https://www.w13.be/{}", "heel-lang-pad/".repeat(30));
    let document = lay_out(&format!(r#"{{ "type": "paragraph", "text": "Zie [{url}]({url}) voor meer." }}"#));
    let theme = jaarverslag::theme::load_default();
    let right = (theme.page.width_mm - theme.page.margin_right_mm) * 72.0 / 25.4;
    for page in &document.pages {
        for placed in &page.items {
            if let PageItem::Text { glyphs, .. } = &placed.item {
                let end = placed.at.x + glyphs.iter().map(|g| f64::from(g.advance)).sum::<f64>();
                assert!(end <= right + 0.5, "text runs to {end:.1}, the margin is at {right:.1}");
            }
        }
    }
}

fn assert_inside_text_area(document: &PagedDocument) {
    let theme = jaarverslag::theme::load_default();
    let mm = 72.0 / 25.4;
    let (left, right) =
        (theme.page.margin_left_mm * mm, (theme.page.width_mm - theme.page.margin_right_mm) * mm);
    for page in &document.pages {
        for placed in &page.items {
            if let PageItem::Text { glyphs, text, parent: Some(_), .. } = &placed.item {
                let x = placed.at.x;
                let end = x + glyphs.iter().map(|g| f64::from(g.advance)).sum::<f64>();
                assert!(x >= left - 0.5 && end <= right + 0.5, "{text:?} from {x:.1} to {end:.1}");
            }
        }
    }
}

/// Minimal failing inputs found by `tests/fuzz_layout.rs`, kept as regression tests.
#[test]
fn fuzz_regressions_stay_inside_the_text_area() {
    // A word longer than a list item's line: hyphenated even though lists are ragged.
    let long_word =
        "fgawrpgoiqyvehcsaiszozpjlcojzxxdaxozkevroyhzhkrrnkkpmhlhfipgxqakpmbspmuqcrextxovflwvtejanoviewvffxr";
    assert_inside_text_area(&lay_out(&format!(r#"{{ "type": "bullet_list", "items": ["{long_word}"] }}"#)));
    // Very narrow columns (relative widths 40 : 0.05): a syllable plus its hyphen must fit.
    let columns =
        [1.0, 40.0, 0.05, 3.0, 1.0, 40.0, 0.05, 3.0].map(|w| format!(r#"{{ "width": {w} }}"#)).join(",");
    let header = (0..8).map(|i| format!("\"K{i}\"")).collect::<Vec<_>>().join(",");
    let row = [
        "ö",
        "a",
        "suthaidldqkqwertyuiopasdfghjklzxcvbnm",
        "94823",
        "https://www.w13.be/een/heel/lang/pad.pdf",
        "b",
        "c",
        "ëöécée",
    ]
    .map(|c| format!("\"{c}\""))
    .join(",");
    let table = format!(
        r#"{{ "type": "table", "caption": "Tabel", "columns": [{columns}], "header": [[{header}]], "rows": [[{row}]] }}"#
    );
    assert_inside_text_area(&lay_out(&table));
}

#[test]
fn a_table_of_more_than_twelve_columns_is_refused_with_a_hint() {
    let scratch = common::Scratch::new("wide-table");
    scratch.write("report.json", MANIFEST);
    let columns = vec!["{}"; 13].join(",");
    let cells = vec!["\"x\""; 13].join(",");
    scratch.write("sections/1.json", format!(r#"{{ "code": "WSE-LR1", "number": 1, "title": "Proef", "blocks": [{{ "type": "table", "columns": [{columns}], "rows": [[{cells}]] }}] }}"#));
    let loaded = jaarverslag::input::load(&scratch.input());
    assert_eq!(loaded.diagnostics.len(), 1);
    assert_eq!(loaded.diagnostics[0].message, "een tabel met 13 kolommen");
    assert!(loaded.diagnostics[0].hint.as_deref().unwrap().contains("hoogstens 12 kolommen"));
}

#[test]
fn a_paragraph_ending_in_a_colon_stays_with_the_list_it_introduces() {
    let page_of = |document: &PagedDocument, wanted: &str| {
        document.pages.iter().position(|p| texts(p).iter().any(|(_, t)| t == wanted)).unwrap()
    };
    // One-line paragraphs move the introduction down a line at a time, past a page's foot.
    for filler in 25..60 {
        let mut blocks: Vec<String> = (0..filler)
            .map(|i| format!(r#"{{ "type": "paragraph", "text": "Korte regel {i}." }}"#))
            .collect();
        blocks.push(r#"{ "type": "paragraph", "text": "Het project heeft drie doelstellingen:" }"#.into());
        blocks.push(r#"{ "type": "bullet_list", "items": ["voedseloverschotten", "armoedebestrijding", "activering"] }"#.into());
        let document = lay_out(&blocks.join(","));
        assert_eq!(
            page_of(&document, "doelstellingen:"),
            page_of(&document, "voedseloverschotten"),
            "filler {filler}"
        );
    }
}

/// A figure that does not fit at the end of a page moves whole to the next one, with its
/// caption; it never reaches into the margins and is never split.
#[test]
fn a_figure_at_a_page_end_moves_whole_with_its_caption() {
    let picture = common::png(1200, 800);
    let theme = jaarverslag::theme::load_default();
    let page = &theme.page;
    let mm = 72.0 / 25.4;
    let (left, right) = (page.margin_left_mm * mm, (page.width_mm - page.margin_right_mm) * mm);
    let bottom = (page.height_mm - page.margin_bottom_mm) * mm;
    let mut moved = 0;
    for paragraphs in 8..20 {
        let mut blocks: Vec<String> = (0..paragraphs).map(|i| paragraph(60, i)).collect();
        blocks.push(
            r#"{ "type": "image", "file": "foto.png", "alt": "Een grijs vlak", "caption": "Een grijs vlak", "width": 0.8 }"#
                .into(),
        );
        blocks.push(paragraph(20, 99));
        let document = lay_out_with(&blocks.join(","), &[("foto.png", &picture)]);
        let (page_index, (x, y, width, height)) = document
            .pages
            .iter()
            .enumerate()
            .find_map(|(i, p)| {
                p.items.iter().find_map(|placed| match &placed.item {
                    PageItem::Image { width, height, picture, .. } if picture.name == "foto.png" => {
                        Some((i, (placed.at.x, placed.at.y, *width, *height)))
                    }
                    _ => None,
                })
            })
            .expect("the figure is laid out");
        assert!(x >= left - 0.01 && x + width <= right + 0.01, "{paragraphs}: inside the side margins");
        assert!((height / width - 800.0 / 1200.0).abs() < 1e-6, "{paragraphs}: not distorted");
        let figure_page = &document.pages[page_index];
        let caption = texts(figure_page)
            .into_iter()
            .find(|(_, t)| t.starts_with("Figuur"))
            .unwrap_or_else(|| panic!("{paragraphs}: the caption is on the figure's page"));
        assert!(caption.0 > y + height, "{paragraphs}: the caption under the figure");
        assert!(caption.0 <= bottom + 0.01, "{paragraphs}: the caption above the bottom margin");
        // The last baseline of the body text (not the running header or footer) on a page.
        let body_end = |page: &jaarverslag::layout::Page| {
            texts(page).iter().filter(|(_, t)| !t.starts_with('[')).map(|(y, _)| *y).fold(0.0, f64::max)
        };
        let opens_its_page =
            texts(figure_page).iter().filter(|(_, t)| !t.starts_with('[')).all(|(ty, _)| *ty > y);
        if opens_its_page {
            // It did not fit below what the previous page ends with, caption included.
            moved += 1;
            let previous_end = body_end(&document.pages[page_index - 1]);
            assert!(previous_end + height > bottom, "{paragraphs}: moved only when it did not fit");
            assert!(previous_end < bottom - 40.0, "{paragraphs}: the previous page ended with room to spare");
        }
    }
    assert!(moved > 0, "some of the reports put the figure at a page end");
}

/// A picture is never drawn past the text width, nor taller than most of the text height:
/// a tall narrow photo at full width is set smaller, keeping its proportions.
#[test]
fn a_tall_picture_is_scaled_to_fit_the_page() {
    let picture = common::png(400, 2000);
    let document = lay_out_with(
        r#"{ "type": "image", "file": "hoog.png", "alt": "Een toren", "caption": "Een toren" }"#,
        &[("hoog.png", &picture)],
    );
    let theme = jaarverslag::theme::load_default();
    let page = &theme.page;
    let mm = 72.0 / 25.4;
    let text_height = (page.height_mm - page.margin_top_mm - page.margin_bottom_mm) * mm;
    let (width, height) = document
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .find_map(|placed| match &placed.item {
            PageItem::Image { width, height, picture, .. } if picture.name == "hoog.png" => {
                Some((*width, *height))
            }
            _ => None,
        })
        .unwrap();
    assert!(height <= text_height * 0.8 + 0.01, "room left for the caption: {height} of {text_height}");
    assert!((height / width - 5.0).abs() < 1e-6, "proportions kept");
}

/// The filled paths of a laid-out chart in `colour`: (x, top, width, height) of each bar.
fn bars(document: &PagedDocument, colour: [u8; 3]) -> Vec<(f64, f64, f64, f64)> {
    document
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|placed| match &placed.item {
            PageItem::Path { segments, fill: Some(fill), .. } if *fill == colour => {
                let (l, t, r, b) = jaarverslag::layout::segments_bounds(segments);
                Some((placed.at.x + l, placed.at.y + t, r - l, b - t))
            }
            _ => None,
        })
        .collect()
}

/// The words of structure node `node`, in order.
fn node_text(document: &PagedDocument, node: usize) -> String {
    let mut words = Vec::new();
    for child in &document.structure[node].children {
        if let jaarverslag::layout::StructChild::Content(page, item) = *child
            && let PageItem::Text { text, .. } = &document.pages[page].items[item].item
        {
            words.push(text.clone());
        }
    }
    words.join(" ")
}

/// A column chart of 30, 30 and 100: three bars of one width on one baseline, their heights
/// in proportion to the values, left to right in the order of the categories, inside the
/// text width; the chart is one Figure described from its data.
#[test]
fn a_column_charts_bars_are_its_numbers() {
    let document = lay_out(
        r#"{ "type": "chart", "kind": "column", "title": "Aanwezigen per meet & greet", "categories": ["12 mei", "9 oktober", "21 november"], "series": [{ "name": "Aanwezigen", "values": [30, 30, 100] }] }"#,
    );
    let theme = jaarverslag::theme::load_default();
    let bars = bars(&document, theme.charts.color(0).0);
    assert_eq!(bars.len(), 3, "{bars:?}");
    let baseline = bars[0].1 + bars[0].3;
    let mm = 72.0 / 25.4;
    let (left, right) =
        (theme.page.margin_left_mm * mm, (theme.page.width_mm - theme.page.margin_right_mm) * mm);
    for (i, (x, top, width, height)) in bars.iter().enumerate() {
        assert!((top + height - baseline).abs() < 1e-6, "bar {i} stands on the zero line");
        assert!((width - bars[0].2).abs() < 1e-6, "bar {i} as wide as the others");
        assert!(*x >= left && x + width <= right, "bar {i} inside the text width");
        if i > 0 {
            assert!(*x > bars[i - 1].0 + bars[i - 1].2, "bar {i} right of bar {}", i - 1);
        }
    }
    assert!((bars[0].3 / bars[2].3 - 0.3).abs() < 1e-6, "30 is 0.3 of 100");
    assert!((bars[0].3 - bars[1].3).abs() < 1e-6);
    let figures: Vec<usize> = (0..document.structure.len())
        .filter(|&n| matches!(document.structure[n].role, jaarverslag::layout::Role::Figure { .. }))
        .collect();
    let chart = figures.last().copied().expect("a Figure");
    let jaarverslag::layout::Role::Figure { alt } = &document.structure[chart].role else { unreachable!() };
    assert_eq!(
        alt,
        "Kolomdiagram: Aanwezigen per meet & greet. 12 mei: 30; 9 oktober: 30; 21 november: 100."
    );
    let words = node_text(&document, chart);
    for label in ["Aanwezigen per meet & greet", "12 mei", "21 november", "100"] {
        assert!(words.contains(label), "{label:?} drawn in the chart: {words}");
    }
}

/// Stacked bars: each category's segments follow each other, their lengths the values.
#[test]
fn stacked_bars_add_up() {
    let document = lay_out(
        r#"{ "type": "table", "id": "overleg", "columns": [{}, {}, {}], "header": [["Netwerk", "Zonder VDAB", "Met VDAB"]], "rows": [["Lerend netwerk", 3, 3], ["Stuurgroep", "2", "1"]] },
           { "type": "chart", "kind": "bar", "stacked": true, "title": "Overleg", "table": "overleg" }"#,
    );
    let theme = jaarverslag::theme::load_default();
    let first = bars(&document, theme.charts.color(0).0);
    let second = bars(&document, theme.charts.color(1).0);
    // The legend has a swatch of each colour too: the bars are the wider ones.
    let first: Vec<_> = first.into_iter().filter(|b| b.2 > 20.0).collect();
    let second: Vec<_> = second.into_iter().filter(|b| b.2 > 20.0).collect();
    assert_eq!((first.len(), second.len()), (2, 2));
    for (a, b) in first.iter().zip(&second) {
        assert!((a.0 + a.2 - b.0).abs() < 1e-6, "the second segment starts where the first ends");
        assert!((a.1 - b.1).abs() < 1e-6, "one row");
    }
    assert!((first[0].2 - second[0].2).abs() < 1e-6, "3 and 3");
    assert!((first[1].2 - 2.0 * second[1].2).abs() < 1e-6, "2 and 1");
    assert!((first[0].2 / first[1].2 - 1.5).abs() < 1e-6, "3 against 2");
    assert!(first[0].1 < first[1].1, "the categories top to bottom, in the table's order");
}

/// Key figures: boxes side by side across the text width, each number with its label in one
/// paragraph, so a screen reader says "40 deelnemers".
#[test]
fn key_figures_read_as_number_and_label_together() {
    let document = lay_out(
        r#"{ "type": "key_figures", "items": [{ "value": 40, "label": "deelnemers" }, { "value": 3, "label": "proeftuinen" }, { "value": 1234.5, "label": "euro" }] }"#,
    );
    let paragraphs: Vec<String> = (0..document.structure.len())
        .filter(|&n| document.structure[n].role == jaarverslag::layout::Role::Paragraph)
        .map(|n| node_text(&document, n))
        .collect();
    for expected in ["40 deelnemers", "3 proeftuinen", "1.234,5 euro"] {
        assert!(paragraphs.iter().any(|p| p == expected), "{expected:?} in {paragraphs:?}");
    }
    let theme = jaarverslag::theme::load_default();
    let boxes: Vec<(f64, f64)> = document
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|placed| match &placed.item {
            PageItem::Rect { width, fill: Some(fill), .. } if *fill == theme.charts.key_figure_fill.0 => {
                Some((placed.at.x, *width))
            }
            _ => None,
        })
        .collect();
    assert_eq!(boxes.len(), 3);
    let mm = 72.0 / 25.4;
    let text_width = theme.page.text_width_mm() * mm;
    let span = boxes[2].0 + boxes[2].1 - boxes[0].0;
    assert!((span - text_width).abs() < 1e-6, "the row spans the text width");
    assert!((boxes[1].0 - (boxes[0].0 + boxes[0].1) - jaarverslag::layout::KEY_FIGURE_GAP_PT).abs() < 1e-6);
}
