//! The layout engine fed arbitrary valid reports: long words, empty cells, deep lists, wide
//! and long tables, very narrow columns. Whatever comes in, layout must not panic or hang,
//! no text may leave the page's text area, and the PDF must still pass the PDF/UA-1 and
//! PDF/A-2a validators, and the DOCX must pass the OOXML schema check. Versions that share
//! sections must be laid out exactly as alone.
//!
//! `PROPTEST_CASES` sets the number of cases (default 24 in `cargo test`); the README says how
//! long it has been run for.

mod common;

use proptest::prelude::*;

use common::ONE_SECTION_MANIFEST as MANIFEST;

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "[a-zéëïö]{1,12}",
        1 => "[a-z]{30,200}",
        1 => Just("https://www.w13.be/een/heel/lang/pad/zonder/spaties/naar/een/document.pdf".to_string()),
        1 => Just("sociale-economiebedrijven".to_string()),
        1 => "[0-9]{1,6}",
    ]
}

fn text(max_words: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(word(), 1..max_words).prop_map(|w| w.join(" "))
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

fn item(depth: u32) -> BoxedStrategy<String> {
    let leaf = text(15).prop_map(|t| json_string(&t)).boxed();
    if depth == 0 {
        return leaf;
    }
    prop_oneof![
        3 => leaf,
        1 => (text(10), proptest::collection::vec(item(depth - 1), 1..4))
            .prop_map(|(t, children)| format!(r#"{{ "text": {}, "items": [{}] }}"#, json_string(&t), children.join(","))),
    ]
    .boxed()
}

fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => text(120).prop_map(|t| format!(r#"{{ "type": "paragraph", "text": {} }}"#, json_string(&t))),
        1 => text(8).prop_map(|t| format!(r#"{{ "type": "heading", "level": 2, "text": {} }}"#, json_string(&t))),
        2 => (any::<bool>(), proptest::collection::vec(item(2), 1..6)).prop_map(|(ordered, items)| {
            let kind = if ordered { "numbered_list" } else { "bullet_list" };
            format!(r#"{{ "type": "{kind}", "items": [{}] }}"#, items.join(","))
        }),
        1 => (1usize..=12, 0usize..200, any::<bool>()).prop_flat_map(|(columns, rows, caption)| {
            let cell = prop_oneof![2 => text(6).prop_map(|t| json_string(&t)), 1 => Just("\"\"".to_string())];
            (Just(columns), Just(caption), proptest::collection::vec(proptest::collection::vec(cell, columns), rows.max(1)))
        }).prop_map(|(columns, caption, rows)| {
            // Wildly different relative widths: narrow columns must still hold their text.
            let columns_json = (0..columns).map(|i| format!(r#"{{ "width": {} }}"#, [1.0, 40.0, 0.05, 3.0][i % 4])).collect::<Vec<_>>().join(",");
            let header = (0..columns).map(|i| format!("\"K{i}\"")).collect::<Vec<_>>().join(",");
            let rows_json = rows.iter().map(|r| format!("[{}]", r.join(","))).collect::<Vec<_>>().join(",");
            let caption = if caption { r#""caption": "Tabel", "#.to_string() } else { String::new() };
            format!(r#"{{ "type": "table", {caption}"columns": [{columns_json}], "header": [[{header}]], "rows": [{rows_json}] }}"#)
        }),
    ]
}

fn schema_checker() -> Option<&'static common::SchemaChecker> {
    static CHECKER: std::sync::OnceLock<Option<common::SchemaChecker>> = std::sync::OnceLock::new();
    CHECKER.get_or_init(common::SchemaChecker::find).as_ref()
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(24)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_report_lays_out_and_conforms(blocks in proptest::collection::vec(block(), 1..12)) {
        let scratch = common::Scratch::new("fuzz-layout");
        scratch.write("report.json", MANIFEST);
        scratch.write("sections/1.json", format!(r#"{{ "code": "WSE-LR1", "number": 1, "title": "Proef", "blocks": [{}] }}"#, blocks.join(",")));
        let loaded = jaarverslag::input::load(&scratch.input());
        prop_assert!(!loaded.has_errors(), "generated input is valid: {:?}", loaded.diagnostics);
        let report = loaded.report.unwrap().for_variant(&jaarverslag::model::Variant::Board);
        let theme = jaarverslag::theme::load_default();
        let renderer = jaarverslag::build::Renderer::new(&theme);
        let (fonts, hyphenator) = renderer.engine().unwrap();
        let setup = jaarverslag::layout::Setup { theme: &theme, fonts, hyphenator };
        let document = jaarverslag::layout::layout(&report, &setup);
        let mm = 72.0 / 25.4;
        let (left, right) = (theme.page.margin_left_mm * mm, (theme.page.width_mm - theme.page.margin_right_mm) * mm);
        for page in &document.pages {
            for item in &page.items {
                if let jaarverslag::layout::PageItem::Text { x, glyphs, text, parent: Some(_), .. } = item {
                    let end = x + glyphs.iter().map(|g| f64::from(g.advance)).sum::<f64>();
                    prop_assert!(*x >= left - 0.5 && end <= right + 0.5, "{text:?} from {x:.1} to {end:.1}");
                }
            }
        }
        let files = renderer.render(&report);
        prop_assert!(files.is_ok(), "the PDF conforms");
        // The DOCX of every generated report passes the OOXML schema check.
        if let (Some(checker), Ok(files)) = (schema_checker(), &files) {
            let errors = checker.errors(files.docx.as_ref().unwrap());
            prop_assert!(errors.is_none(), "{}", errors.unwrap_or_default());
        }
    }
}

const VERSIONS_MANIFEST: &str = r#"{
  "schema_version": 1, "organisation": "W13", "title": "Proef", "subtitle": "Jaarverslag 2023",
  "year": 2023, "language": "nl-BE", "region": "Zuid-West-Vlaanderen", "publication_date": "2024-03-29",
  "municipalities": [
    { "id": "kortrijk", "name": "Kortrijk" }, { "id": "menen", "name": "Menen" }, { "id": "zwevegem", "name": "Zwevegem" }
  ],
  "introduction": [INTRODUCTION],
  "sections": ["sections/1.json", "sections/2.json"]
}"#;

/// No scope, or `only_for` / `concerns` with some of the manifest's municipalities.
fn scope() -> impl Strategy<Value = String> {
    let some = proptest::sample::subsequence(vec!["\"kortrijk\"", "\"menen\"", "\"zwevegem\""], 1..=2);
    prop_oneof![
        3 => Just(String::new()),
        1 => some.clone().prop_map(|ids| format!(r#""only_for": [{}], "#, ids.join(","))),
        1 => some.prop_map(|ids| format!(r#""concerns": [{}], "#, ids.join(","))),
    ]
}

/// A block, limited to some municipalities or said to concern them.
fn scoped_block() -> impl Strategy<Value = String> {
    (block(), scope()).prop_map(|(block, scope)| block.replacen('{', &format!("{{ {scope}"), 1))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() / 2, failure_persistence: None, ..ProptestConfig::default() })]

    /// Versions share the pages of the sections they have in common; whatever the scopes,
    /// every version laid out with the shared sections is exactly that version laid out alone.
    #[test]
    fn sharing_sections_never_changes_a_version(
        introduction in proptest::collection::vec(
            scoped_block().prop_filter("the introduction has no headings", |b| !b.contains(r#""type": "heading""#)),
            0..3,
        ),
        first in proptest::collection::vec(scoped_block(), 1..6),
        second in proptest::collection::vec(scoped_block(), 1..6),
    ) {
        let scratch = common::Scratch::new("fuzz-sharing");
        scratch.write("report.json", VERSIONS_MANIFEST.replace("INTRODUCTION", &introduction.join(",")));
        for (n, blocks) in [(1, &first), (2, &second)] {
            scratch.write(
                &format!("sections/{n}.json"),
                format!(r#"{{ "code": "WSE-LR{n}", "number": {n}, "title": "Deel {n}", "blocks": [{}] }}"#, blocks.join(",")),
            );
        }
        let loaded = jaarverslag::input::load(&scratch.input());
        prop_assert!(!loaded.has_errors(), "generated input is valid: {:?}", loaded.diagnostics);
        let report = loaded.report.unwrap();
        let variants = std::iter::once(jaarverslag::model::Variant::Board)
            .chain(report.municipalities.iter().map(|m| jaarverslag::model::Variant::Municipality(m.id.clone())));
        let versions: Vec<_> = variants.map(|v| report.for_variant(&v)).collect();
        let theme = jaarverslag::theme::load_default();
        let renderer = jaarverslag::build::Renderer::new(&theme);
        let (fonts, hyphenator) = renderer.engine().unwrap();
        let setup = jaarverslag::layout::Setup { theme: &theme, fonts, hyphenator };
        let shared = jaarverslag::layout::Sections::default();
        shared.prepare(&versions.iter().collect::<Vec<_>>(), &setup);
        for version in &versions {
            let alone = jaarverslag::layout::layout(version, &setup);
            prop_assert!(jaarverslag::layout::layout_with(version, &setup, &shared) == alone, "{:?}", version.variant);
        }
    }
}
