//! Versions of the report are pure filtering of one loaded model: content only for some
//! municipalities appears exactly in their versions, placeholders are filled in.

mod common;

use jaarverslag::model::{Report, Spot, Variant};

const MANIFEST: &str = r#"{
  "schema_version": 1,
  "organisation": "W13",
  "title": "Titel",
  "subtitle": "Jaarverslag 2023",
  "year": 2023,
  "language": "nl-BE",
  "region": "Zuid-West-Vlaanderen",
  "publication_date": "2024-03-29",
  "municipalities": [
    { "id": "kortrijk", "name": "Kortrijk" },
    { "id": "zwevegem", "name": "Zwevegem" },
    { "id": "menen", "name": "Menen" }
  ],
  "sections": ["sections/1.json"]
}
"#;

const SECTION: &str = r#"{
  "code": "WSE-LR1",
  "number": 1,
  "title": "Sectie",
  "blocks": [
    { "type": "paragraph", "text": "Voor iedereen." },
    { "type": "paragraph", "text": "Over Zwevegem.", "concerns": ["zwevegem"] },
    { "type": "paragraph", "text": "Alleen voor {municipality}.", "only_for": ["kortrijk", "zwevegem"] },
    { "type": "bullet_list", "items": [
      "Algemeen punt",
      { "text": "Punt voor Menen", "only_for": ["menen"] }
    ] },
    { "type": "table", "columns": [{}, { "align": "right" }], "header": [["Gemeente", "Aantal"]], "rows": [
      ["Regio", "{number:1234}"],
      { "cells": ["{municipality}", "{number:12.5}"], "only_for": ["kortrijk"] }
    ] }
  ]
}
"#;

fn load() -> Report {
    let scratch = common::Scratch::new("variants");
    scratch.write("report.json", MANIFEST);
    scratch.write("sections/1.json", SECTION);
    let loaded = jaarverslag::input::load(&scratch.input());
    assert_eq!(loaded.diagnostics, vec![]);
    loaded.report.unwrap()
}

fn text(report: &Report, variant: Variant) -> String {
    report.for_variant(&variant).reading_order_text().join("|")
}

#[test]
fn board_version_leaves_out_only_for_content() {
    let board = text(&load(), Variant::Board);
    assert_eq!(
        board,
        "Titel|Jaarverslag 2023|1. Sectie (WSE-LR1)|Voor iedereen.|Over Zwevegem.|Algemeen punt|Gemeente|Aantal|Regio|1.234"
    );
}

#[test]
fn municipality_versions_get_their_own_content_with_their_name() {
    let report = load();
    let kortrijk = text(&report, Variant::Municipality("kortrijk".into()));
    assert_eq!(
        kortrijk,
        "Titel|Jaarverslag 2023|1. Sectie (WSE-LR1)|Voor iedereen.|Over Zwevegem.|Alleen voor Kortrijk.|Algemeen punt|Gemeente|Aantal|Regio|1.234|Kortrijk|12,5"
    );
    let menen = text(&report, Variant::Municipality("menen".into()));
    assert!(menen.contains("Punt voor Menen") && !menen.contains("Alleen voor"));
    let zwevegem = text(&report, Variant::Municipality("zwevegem".into()));
    assert!(
        zwevegem.contains("Alleen voor Zwevegem.")
            && !zwevegem.contains("Punt voor Menen")
            && !zwevegem.contains("12,5")
    );
}

#[test]
fn the_loaded_model_keeps_every_scope() {
    let report = load();
    let blocks = &report.sections[0].blocks;
    assert_eq!(blocks[1].scope.concerns, ["zwevegem"]);
    assert_eq!(blocks[2].scope.only_for, ["kortrijk", "zwevegem"]);
    assert_eq!(report.variant, None);
    assert_eq!(report.for_variant(&Variant::Board).variant, Some(Variant::Board));
}

#[test]
fn municipality_placeholder_outside_only_for_content_is_an_error() {
    let scratch = common::Scratch::new("placeholder");
    scratch.write("report.json", MANIFEST);
    scratch.write("sections/1.json", SECTION.replace("Voor iedereen.", "Voor {municipality}."));
    let loaded = jaarverslag::input::load(&scratch.input());
    assert!(loaded.report.is_none());
    assert_eq!(loaded.diagnostics.len(), 1);
    assert!(loaded.diagnostics[0].message.contains("inhoud die elke versie toont"));
}

#[test]
fn the_overview_lists_exactly_what_concerns_or_is_only_for_the_municipality() {
    let report = load();
    let zwevegem = report.for_variant(&Variant::Municipality("zwevegem".into()));
    let labels: Vec<&str> = zwevegem.overview.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(labels, ["Sectie (WSE-LR1) — Over Zwevegem.", "Sectie (WSE-LR1) — Alleen voor Zwevegem."]);
    let kortrijk = report.for_variant(&Variant::Municipality("kortrijk".into()));
    let labels: Vec<&str> = kortrijk.overview.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Sectie (WSE-LR1) — Alleen voor Kortrijk.", "Sectie (WSE-LR1) — Kortrijk, 12,5"],
        "the block, and the Kortrijk row of the table with its cells"
    );
    let menen = report.for_variant(&Variant::Municipality("menen".into()));
    let labels: Vec<&str> = menen.overview.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Sectie (WSE-LR1) — Punt voor Menen"],
        "the item only for Menen, not the list's first"
    );
    // Block 2 of Menen's version: the block only for Kortrijk and Zwevegem is not in it.
    assert_eq!(menen.overview[0].spot, Spot { block: 2, item: Some(1) });
    assert!(report.for_variant(&Variant::Board).overview.is_empty());
    // Each entry points at its place.
    for entry in &zwevegem.overview {
        assert_eq!(zwevegem.spot_anchor(entry.section, entry.spot), Some(entry.anchor.as_str()));
    }
}

const STORY: &str = r#"{
  "code": "WSE-LR1",
  "number": 1,
  "title": "Sectie",
  "blocks": [
    { "type": "paragraph", "text": "De stuurgroep kwam twee keer samen. Voor **Zwevegem** werd een opleiding schoonmaak gekozen. Dat was in mei.", "concerns": ["zwevegem"] },
    { "type": "paragraph", "text": "Een project in de regio, o.a. rond fietsen. Het liep goed.", "concerns": ["kortrijk"] },
    { "type": "paragraph", "text": "Een lange tekst over veel dingen.", "concerns": ["menen"], "summary": "Menen kreeg een eigen jobbeurs." },
    { "type": "numbered_list", "items": [
      "Eerste",
      { "text": "Tweede", "items": ["Kind van het tweede"] },
      { "text": "Derde, bij dhr. Peeters in Kortrijk. Meer volgt.", "concerns": ["kortrijk"] }
    ] }
  ]
}
"#;

fn story() -> Report {
    let scratch = common::Scratch::new("story");
    scratch.write("report.json", MANIFEST);
    scratch.write("sections/1.json", STORY);
    let loaded = jaarverslag::input::load(&scratch.input());
    assert_eq!(loaded.diagnostics, vec![]);
    loaded.report.unwrap()
}

fn labels(report: &Report, id: &str) -> Vec<String> {
    report.for_variant(&Variant::Municipality(id.into())).overview.iter().map(|e| e.label.clone()).collect()
}

#[test]
fn an_overview_entry_is_the_sentence_that_names_the_municipality_or_the_summary() {
    let report = story();
    // The sentence naming Zwevegem, whole, not the block's first words.
    assert_eq!(
        labels(&report, "zwevegem"),
        ["Sectie (WSE-LR1) — Voor Zwevegem werd een opleiding schoonmaak gekozen."]
    );
    // No sentence names Kortrijk: the first sentence ("o.a." does not end it). The list item
    // is listed as itself ("dhr." does not end its sentence either).
    assert_eq!(
        labels(&report, "kortrijk"),
        [
            "Sectie (WSE-LR1) — Een project in de regio, o.a. rond fietsen.",
            "Sectie (WSE-LR1) — Derde, bij dhr. Peeters in Kortrijk."
        ]
    );
    // The block's own summary wins.
    assert_eq!(labels(&report, "menen"), ["Sectie (WSE-LR1) — Menen kreeg een eigen jobbeurs."]);
}

/// The entry for a list item links to that item, in both formats: the PDF's link target is
/// at the item's line, and the DOCX's bookmark is in the item's paragraph.
#[test]
fn an_overview_entry_for_a_list_item_lands_on_the_item() {
    use jaarverslag::layout::{Fonts, Hyphenator, PageItem, Setup};
    let report = story();
    let kortrijk = report.for_variant(&Variant::Municipality("kortrijk".into()));
    let entry = &kortrijk.overview[1];
    // Eerste, Tweede, Kind van het tweede, Derde: the fourth item in reading order.
    assert_eq!(entry.spot, Spot { block: 3, item: Some(3) });

    let theme = jaarverslag::theme::load_default();
    let fonts = Fonts::load(&theme.fonts).unwrap();
    let hyphenator = Hyphenator::dutch();
    let doc = jaarverslag::layout::layout(
        &kortrijk,
        &Setup { theme: &theme, fonts: &fonts, hyphenator: &hyphenator },
    );
    let target = doc.anchors[&entry.anchor];
    let first_text_below = doc.pages[target.page]
        .items
        .iter()
        .filter_map(|i| match (&i.item, i.at.y) {
            (PageItem::Text { text, .. }, y) if y > target.y => Some((y, text.as_str())),
            _ => None,
        })
        .min_by(|a, b| a.0.total_cmp(&b.0).then(std::cmp::Ordering::Greater));
    let line_words: Vec<&str> = doc.pages[target.page]
        .items
        .iter()
        .filter_map(|i| match (&i.item, i.at.y) {
            (PageItem::Text { text, .. }, y) if Some(y) == first_text_below.map(|f| f.0) => {
                Some(text.as_str())
            }
            _ => None,
        })
        .collect();
    assert!(line_words.contains(&"Derde,"), "the link target is at {line_words:?}");

    let docx = jaarverslag::docx::write(&kortrijk, &theme, None);
    let document = common::Element::parse(&common::zip_parts(&docx)["word/document.xml"]);
    let names: Vec<String> = document
        .all("w:hyperlink")
        .iter()
        .filter(|h| h.all("w:t").iter().any(|t| t.text.contains("Derde")))
        .filter_map(|h| h.attr("w:anchor").map(str::to_owned))
        .collect();
    assert_eq!(names.len(), 1, "one overview entry links to the item");
    let paragraph = document
        .all("w:p")
        .into_iter()
        .find(|p| p.all("w:bookmarkStart").iter().any(|b| b.attr("w:name") == Some(names[0].as_str())))
        .expect("the bookmark is in a paragraph");
    let text: String = paragraph.all("w:t").iter().map(|t| t.text.as_str()).collect();
    assert!(text.starts_with("Derde, bij dhr. Peeters"), "the bookmark is on {text:?}");
}

#[test]
fn a_municipality_with_nothing_specific_gets_no_overview() {
    let scratch = common::Scratch::new("no-overview");
    scratch.write(
        "report.json",
        MANIFEST.replace(
            r#"{ "id": "menen", "name": "Menen" }"#,
            r#"{ "id": "menen", "name": "Menen" }, { "id": "wervik", "name": "Wervik" }"#,
        ),
    );
    scratch.write("sections/1.json", SECTION);
    let report = jaarverslag::input::load(&scratch.input()).report.unwrap();
    assert!(report.for_variant(&Variant::Municipality("wervik".into())).overview.is_empty());
}

/// Versions share the pages of the sections they have in common (each section starts a new
/// page); sharing must never change a page: every version, laid out with the sections of all
/// versions prepared together, is exactly that version laid out alone. The input adds a
/// numbered table to Kortrijk's introduction, so Kortrijk's later tables are numbered one
/// higher and its sections with tables must not be shared with the other versions.
#[test]
fn versions_share_section_layouts_without_changing_a_page() {
    use jaarverslag::layout::{Fonts, Hyphenator, Sections, Setup};

    let scratch = common::copy_of_input("shared-sections");
    let manifest = scratch.input().join("report.json");
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
    value["introduction"].as_array_mut().unwrap().push(serde_json::json!({
        "type": "table", "caption": "Alleen voor {municipality}", "only_for": ["kortrijk"],
        "columns": [{}, {}], "header": [["A", "B"]], "rows": [["1", "2"]]
    }));
    std::fs::write(&manifest, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let loaded = jaarverslag::input::load(&scratch.input());
    assert_eq!(loaded.diagnostics, vec![]);
    let report = loaded.report.unwrap();
    let variants = report.variants();
    let versions: Vec<Report> = variants.map(|v| report.for_variant(&v)).collect();

    let theme = jaarverslag::theme::load_default();
    let fonts = Fonts::load(&theme.fonts).unwrap();
    let hyphenator = Hyphenator::dutch();
    let setup = Setup { theme: &theme, fonts: &fonts, hyphenator: &hyphenator };
    let shared = Sections::default();
    let laid_out = shared.prepare(&versions.iter().collect::<Vec<_>>(), &setup);
    let sections = report.sections.len();
    assert!(
        laid_out > sections && laid_out < versions.len() * sections / 2,
        "{laid_out} section layouts for {} versions of {sections} sections",
        versions.len()
    );
    for version in &versions {
        let alone = jaarverslag::layout::layout(version, &setup);
        assert_eq!(
            jaarverslag::layout::layout_with(version, &setup, &shared),
            alone,
            "{:?}",
            version.variant
        );
        let kortrijk = version.variant == Some(Variant::Municipality("kortrijk".into()));
        let caption = if kortrijk { "Tabel 2. Meet" } else { "Tabel 1. Meet" };
        assert!(alone.dump().contains(caption), "{caption} in {:?}", version.variant);
    }
}
