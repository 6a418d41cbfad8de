//! The bundled 2023 report: valid, complete against the seed text, and marked up the way
//! the per-municipality versions need.

mod common;

use jaarverslag::model::{BlockKind, Inline, Report, Variant, plain_text};

fn bundled() -> Report {
    let loaded = jaarverslag::input::load(&common::root().join("input"));
    assert_eq!(loaded.diagnostics, vec![], "the bundled input must be clean");
    loaded.report.expect("valid")
}

#[test]
fn bundled_input_has_no_errors_or_warnings() {
    let report = bundled();
    assert_eq!(report.sections.len(), 4);
    assert_eq!(report.municipalities.len(), 13);
    let codes: Vec<&str> = report.sections.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(codes, ["WSE-LR1", "WSE-LR2", "WSE-LR3", "WSE-LR4"]);
}

#[test]
fn seed_words_appear_in_order() {
    let seed = std::fs::read_to_string(common::root().join("tests/data/seed-jaarverslag-2023.txt")).unwrap();
    let report = bundled();
    let assembled = report.for_variant(&Variant::Board).reading_order_text().join("\n");
    let (seed_words, report_words) = (common::words(&seed), common::words(&assembled));
    let fraction = common::in_order_fraction(&seed_words, &report_words);
    assert!(seed_words.len() > 2900, "the seed copy is complete");
    assert!(fraction >= 0.995, "only {:.4} of the seed's words are in the report in order", fraction);
}

#[test]
fn municipality_specific_work_is_marked_as_concerning_them() {
    let report = bundled();
    let concerning = |id: &str| -> Vec<String> {
        report
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .filter(|b| b.scope.concerns.iter().any(|c| c == id))
            .map(|b| match &b.kind {
                BlockKind::Paragraph(content) => plain_text(content),
                other => format!("{other:?}"),
            })
            .collect()
    };
    let zwevegem = concerning("zwevegem");
    assert!(zwevegem.iter().any(|t| t.contains("mobiele opleiding schoonmaak in Zwevegem")), "{zwevegem:?}");
    for id in ["harelbeke", "kortrijk"] {
        assert!(concerning(id).iter().any(|t| t.contains("elektrische fietsen")), "{id}");
    }
    assert!(concerning("kortrijk").iter().all(|t| !t.contains("schoonmaak")));
    assert!(
        report.sections.iter().flat_map(|s| &s.blocks).all(|b| b.scope.only_for.is_empty()),
        "no only_for in the 2023 content"
    );
}

#[test]
fn meet_and_greets_are_also_a_table() {
    let report = bundled();
    let table = report
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match &b.kind {
            BlockKind::Table(t) => Some(t),
            _ => None,
        })
        .expect("a table");
    assert_eq!(table.columns.len(), 3);
    assert_eq!(table.header.len(), 1);
    let header: Vec<String> = table.header[0].iter().map(|c| plain_text(c)).collect();
    assert_eq!(header, ["Datum", "Wat", "Aanwezigen"]);
    let dates: Vec<String> =
        table.rows.iter().map(|r| plain_text(&r.cells[0]).replace('\u{a0}', " ")).collect();
    assert_eq!(dates, ["12 mei 2023", "9 oktober 2023", "21 november 2023"]);
}

#[test]
fn dates_in_text_are_written_the_dutch_way() {
    let text = bundled().reading_order_text().join("\n").replace('\u{a0}', " ");
    assert!(text.contains("Op 12 december 2023 organiseerden we een inspiratiemoment"));
    assert!(!text.contains("{date:"));
}

#[test]
fn internal_links_point_at_existing_anchors() {
    let report = bundled();
    let mut anchors: Vec<&str> = report.sections.iter().map(|s| s.anchor.as_str()).collect();
    let mut targets = Vec::new();
    for block in report.sections.iter().flat_map(|s| &s.blocks) {
        match &block.kind {
            BlockKind::Heading(h) => anchors.push(&h.anchor),
            BlockKind::Paragraph(content) => collect_links(content, &mut targets),
            _ => {}
        }
    }
    assert!(targets.len() >= 5, "the 'zie verder' references are links");
    for target in targets {
        assert!(anchors.contains(&target.as_str()), "#{target} exists");
    }
}

fn collect_links(inlines: &[Inline], out: &mut Vec<String>) {
    for inline in inlines {
        match inline {
            Inline::Link { target: jaarverslag::model::LinkTarget::Internal(anchor), .. } => {
                out.push(anchor.clone())
            }
            Inline::Strong(inner) | Inline::Emphasis(inner) => collect_links(inner, out),
            _ => {}
        }
    }
}
