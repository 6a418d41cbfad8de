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
        1 => chart(),
        1 => key_figures(),
    ]
}

/// A chart of any kind with 1–24 categories of any text (pies: 1–8, one series), values from
/// tiny to huge, zero and (where allowed) negative.
fn chart() -> impl Strategy<Value = String> {
    let value = prop_oneof![3 => 0.0f64..200.0, 1 => Just(0.0), 1 => 1e6f64..1e9, 1 => 0.001f64..0.1, 1 => -500.0f64..0.0];
    (0usize..4, any::<bool>(), 1usize..=24, 1usize..=6, any::<bool>()).prop_flat_map(move |(kind, stacked, categories, series, labels)| {
        let pie = kind == 3;
        let (categories, series) = if pie { (categories.min(8), 1) } else { (categories, series) };
        let names = proptest::collection::vec(text(4), categories);
        let values = proptest::collection::vec(proptest::collection::vec(value.clone(), categories), series);
        (Just(kind), Just(stacked && kind < 2), Just(labels), names, values, text(6))
    }).prop_map(|(kind, stacked, labels, names, mut values, title)| {
        let kind_name = ["bar", "column", "line", "pie"][kind];
        if kind == 3 || stacked {
            // No negative values there; a pie needs something to divide.
            values.iter_mut().flatten().for_each(|v| *v = v.abs());
            values[0][0] += 1.0;
        }
        let categories = names.iter().map(|n| json_string(n)).collect::<Vec<_>>().join(",");
        let series = values
            .iter()
            .enumerate()
            .map(|(i, v)| format!(r#"{{ "name": "Reeks {i}", "values": [{}] }}"#, v.iter().map(|x| format!("{x}")).collect::<Vec<_>>().join(",")))
            .collect::<Vec<_>>()
            .join(",");
        let axes = if labels { r#""x_label": "Categorie", "y_label": "Aantal", "caption": "Een grafiek", "data_table": true, "# } else { "" };
        format!(r#"{{ "type": "chart", "kind": "{kind_name}", "stacked": {stacked}, {axes}"title": {}, "categories": [{categories}], "series": [{series}] }}"#, json_string(&title))
    })
}

fn key_figures() -> impl Strategy<Value = String> {
    proptest::collection::vec(("0|[1-9][0-9]{0,8}", text(8)), 2..=4).prop_map(|figures| {
        let items = figures
            .iter()
            .map(|(value, label)| {
                format!(
                    r#"{{ "value": {value}, "label": {} }}"#,
                    json_string(&label.chars().take(60).collect::<String>())
                )
            })
            .collect::<Vec<_>>()
            .join(",");
        format!(r#"{{ "type": "key_figures", "items": [{items}] }}"#)
    })
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
            for placed in &page.items {
                let x = placed.at.x;
                if let jaarverslag::layout::PageItem::Text { glyphs, text, parent: Some(_), .. } = &placed.item {
                    let end = x + glyphs.iter().map(|g| f64::from(g.advance)).sum::<f64>();
                    prop_assert!(x >= left - 0.5 && end <= right + 0.5, "{text:?} from {x:.1} to {end:.1}");
                }
                // A chart's bars, lines and slices stay inside the text width too.
                if let jaarverslag::layout::PageItem::Path { segments, parent: Some(_), .. } = &placed.item {
                    // The points on the path (a curve's control points may lie outside it).
                    use jaarverslag::layout::Segment;
                    let xs = segments.iter().filter_map(|s| match *s {
                        Segment::Move(x, _) | Segment::Line(x, _) | Segment::Cubic(.., x, _) => Some(x),
                        Segment::Close => None,
                    });
                    let (l, r) = xs.fold((f64::MAX, f64::MIN), |(l, r), x| (l.min(x), r.max(x)));
                    prop_assert!(x + l >= left - 2.0 && x + r <= right + 2.0, "a path from {:.1} to {:.1}", x + l, x + r);
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

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() / 2, failure_persistence: None, ..ProptestConfig::default() })]

    /// Build → import of any version of any report gives back that version's input: the same
    /// blocks with their markup and scopes (see `tests/import.rs` for the bundled report).
    #[test]
    fn our_docx_of_any_report_imports_back_to_its_input(
        introduction in proptest::collection::vec(
            scoped_block().prop_filter("the introduction has no headings", |b| !b.contains(r#""type": "heading""#)),
            0..3,
        ),
        first in proptest::collection::vec(scoped_block(), 1..6),
    ) {
        let scratch = common::Scratch::new("fuzz-round-trip");
        scratch.write("report.json", VERSIONS_MANIFEST.replace("INTRODUCTION", &introduction.join(",")).replace(", \"sections/2.json\"", ""));
        scratch.write("sections/1.json", format!(r#"{{ "code": "WSE-LR1", "number": 1, "title": "Deel 1", "blocks": [{}] }}"#, first.join(",")));
        let loaded = jaarverslag::input::load(&scratch.input());
        prop_assert!(!loaded.has_errors(), "generated input is valid: {:?}", loaded.diagnostics);
        let report = loaded.report.unwrap();
        let theme = jaarverslag::theme::load_default();
        for variant in report.variants().collect::<Vec<_>>() {
            let docx = jaarverslag::docx::write(&report.for_variant(&variant), &theme, None);
            let package = jaarverslag::import::Package::from_bytes(docx, "verslag.docx").unwrap();
            let imported = jaarverslag::import::import(&package, None).unwrap();
            let expected = common::version_of_input(&scratch.input(), &variant);
            common::assert_same_input(&common::json_files(&imported.files), &expected, &format!("{variant:?}"));
        }
    }
}

/// `document.xml` with edits a reader of the DOCX would make: the first letter of some texts
/// changed (`texts`, as fractions of the texts after the first block), and a new paragraph
/// after some body paragraphs (`paragraphs`). The section headings stay as they are.
fn edit_document(xml: &str, texts: &[f64], paragraphs: &[f64]) -> String {
    let start = xml.find("w:name=\"_jvb").unwrap_or(0);
    let mut runs: Vec<usize> = Vec::new();
    let mut at = start;
    while let Some(found) = xml[at..].find("<w:t") {
        let open = at + found;
        let Some(close) = xml[open..].find('>') else { break };
        let text_start = open + close + 1;
        let in_heading_1 =
            xml[..open].rfind("<w:p>").is_some_and(|p| xml[p..open].contains("w:val=\"Heading1\""));
        if xml[open..].starts_with("<w:t>") || xml[open..].starts_with("<w:t ") {
            let first = xml[text_start..].chars().next();
            if !in_heading_1 && first.is_some_and(|c| c.is_alphanumeric()) {
                runs.push(text_start);
            }
        }
        at = text_start;
    }
    // Body paragraphs: a `</w:p>` not inside a table.
    let mut ends: Vec<usize> = Vec::new();
    let mut depth = 0i32;
    let mut i = start;
    while i < xml.len() {
        if xml[i..].starts_with("<w:tbl>") {
            depth += 1;
        } else if xml[i..].starts_with("</w:tbl>") {
            depth -= 1;
        } else if depth == 0 && xml[i..].starts_with("</w:p>") {
            ends.push(i + "</w:p>".len());
        }
        i += xml[i..].chars().next().map_or(1, char::len_utf8);
    }
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for f in texts {
        if let Some(&at) = runs.get(((runs.len() as f64) * f) as usize) {
            let len = xml[at..].chars().next().map_or(0, char::len_utf8);
            edits.push((at, at + len, "Q".into()));
        }
    }
    for f in paragraphs {
        if let Some(&at) = ends.get(((ends.len() as f64) * f) as usize) {
            edits.push((at, at, "<w:p><w:r><w:t>Nieuwe alinea uit Word</w:t></w:r></w:p>".into()));
        }
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    edits.dedup_by(|a, b| a.0 == b.0);
    let mut out = xml.to_owned();
    for (from, to, text) in edits {
        out.replace_range(from..to, &text);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() / 2, failure_persistence: None, ..ProptestConfig::default() })]

    /// After `import --update` with any edits made in any version's DOCX, the input shows
    /// what Word shows: importing that DOCX gives back the updated input's version. And the
    /// blocks that version does not show are untouched.
    #[test]
    fn an_update_makes_the_input_show_what_word_shows(
        first in proptest::collection::vec(scoped_block(), 1..6),
        variant in 0usize..4,
        texts in proptest::collection::vec(0.0..1.0f64, 0..4),
        paragraphs in proptest::collection::vec(0.0..1.0f64, 0..2),
    ) {
        update_shows_what_word_shows(&first, variant, &texts, &paragraphs)?;
    }
}

/// The property above, for one case: Word's edits of `texts` and `paragraphs` in the DOCX of
/// version `variant` of a report of the blocks `first`, brought back by `--update`.
fn update_shows_what_word_shows(
    first: &[String],
    variant: usize,
    texts: &[f64],
    paragraphs: &[f64],
) -> Result<(), TestCaseError> {
    let scratch = common::Scratch::new("fuzz-update");
    scratch.write(
        "report.json",
        VERSIONS_MANIFEST.replace("INTRODUCTION", "").replace(", \"sections/2.json\"", ""),
    );
    scratch.write(
        "sections/1.json",
        format!(
            r#"{{ "code": "WSE-LR1", "number": 1, "title": "Deel 1", "blocks": [{}] }}"#,
            first.join(",")
        ),
    );
    let loaded = jaarverslag::input::load(&scratch.input());
    prop_assert!(!loaded.has_errors(), "generated input is valid: {:?}", loaded.diagnostics);
    let report = loaded.report.unwrap();
    let variant = report.variants().nth(variant).unwrap();
    let docx =
        jaarverslag::docx::write(&report.for_variant(&variant), &jaarverslag::theme::load_default(), None);
    let edited = common::edit_docx(&docx, |parts| {
        let xml = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
        parts.insert("word/document.xml".into(), edit_document(&xml, texts, paragraphs).into_bytes());
    });

    let before = std::fs::read_to_string(scratch.input().join("sections/1.json")).unwrap();
    let package = jaarverslag::import::Package::from_bytes(edited.clone(), "bewerkt.docx").unwrap();
    let update = jaarverslag::import::update(&package, &scratch.input(), Default::default());
    prop_assert!(update.is_ok(), "{:?}", update.err().map(|e| e.message));
    for (file, bytes) in update.unwrap().files {
        let path = scratch.input().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let reloaded = jaarverslag::input::load(&scratch.input());
    // An edit may make a text too long or a key figure wrong; then `import --update`
    // refuses (the CLI checks before writing). Otherwise the input shows what Word shows.
    prop_assume!(!reloaded.has_errors());
    let package = jaarverslag::import::Package::from_bytes(edited, "bewerkt.docx").unwrap();
    let imported = jaarverslag::import::import(&package, None).unwrap();
    let expected = common::version_of_input(&scratch.input(), &variant);
    common::assert_same_input(&common::json_files(&imported.files), &expected, &format!("{variant:?}"));
    // The blocks this version does not show are as they were.
    let hidden = |text: &str| -> Vec<serde_json::Value> {
        let file: serde_json::Value = serde_json::from_str(text).unwrap();
        file["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| !jaarverslag::roundtrip::shown_in(b, &variant))
            .cloned()
            .collect()
    };
    let after = std::fs::read_to_string(scratch.input().join("sections/1.json")).unwrap();
    prop_assert_eq!(hidden(&before), hidden(&after));
    Ok(())
}

/// Found by CI: a web address in a block with `concerns`, its first letter changed in Word.
#[test]
fn an_update_keeps_the_key_order_of_an_edited_block_as_import_does() {
    let first: Vec<String> =
        serde_json::from_str::<Vec<String>>(include_str!("data/fuzz-update-key-order.json")).unwrap();
    let result = update_shows_what_word_shows(
        &first,
        2,
        &[0.15782809331248787, 0.7275858329348184, 0.44875769963389683],
        &[0.1344422834526479],
    );
    assert!(result.is_ok(), "{result:?}");
}
