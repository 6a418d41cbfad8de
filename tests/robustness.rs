//! No input makes the loader or the markup parser panic, hang or lose its place: property
//! tests over arbitrary text, arbitrary JSON and mutations of the real report.

mod common;

use proptest::prelude::*;

/// `cases` by default; `PROPTEST_CASES` raises it for a sustained run (see the README).
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(cases);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Characters that matter to the markup parser, mixed with ordinary and odd ones.
fn markup_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("**".to_string()),
        Just("*".to_string()),
        Just("[".to_string()),
        Just("](".to_string()),
        Just(")".to_string()),
        Just("]".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("{date:".to_string()),
        Just("{number:".to_string()),
        Just("{municipality}".to_string()),
        Just("\\".to_string()),
        Just("#".to_string()),
        Just("https://".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("é€’–\u{a0}".to_string()),
        "[a-z0-9:.-]{0,6}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(config(4000))]

    #[test]
    fn markup_parser_never_panics_and_locates_errors_inside_the_text(text in markup_text()) {
        let parsed = jaarverslag::input::markup::parse(&text);
        for error in &parsed.errors {
            prop_assert!(error.span.start <= error.span.end && error.span.end <= text.len());
            prop_assert!(text.is_char_boundary(error.span.start) && text.is_char_boundary(error.span.end));
            prop_assert!(!error.message.is_empty());
        }
        if parsed.errors.is_empty() {
            prop_assert!(!text.contains('\n'));
        }
    }
}

proptest! {
    #![proptest_config(config(300))]

    /// Arbitrary bytes as a section file: never a panic, always a located diagnostic.
    #[test]
    fn loader_survives_arbitrary_section_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let scratch = common::copy_of_input("arbitrary-bytes");
        scratch.write("sections/2-drempels.json", &bytes);
        let loaded = jaarverslag::input::load(&scratch.input());
        prop_assert!(loaded.has_errors());
        prop_assert!(loaded.report.is_none());
    }

    /// The real report with a stretch of one file replaced by markup-heavy text.
    #[test]
    fn loader_survives_damaged_real_input(at in 0usize..20_000, len in 0usize..40, insert in markup_text()) {
        let scratch = common::copy_of_input("damaged");
        let file = scratch.input().join("sections/2-drempels.json");
        let text = std::fs::read_to_string(&file).unwrap();
        let mut start = at.min(text.len());
        while !text.is_char_boundary(start) { start -= 1; }
        let mut end = (start + len).min(text.len());
        while !text.is_char_boundary(end) { end -= 1; }
        let damaged = format!("{}{}{}", &text[..start], insert, &text[end..]);
        std::fs::write(&file, &damaged).unwrap();
        let loaded = jaarverslag::input::load(&scratch.input());
        // Every diagnostic in the damaged file points inside it and renders.
        for d in loaded.diagnostics.iter().filter(|d| d.file == "sections/2-drempels.json") {
            if let Some(span) = &d.span {
                prop_assert!(span.start <= damaged.len());
            }
            let shown = jaarverslag::diagnostic::render(d, &loaded.sources, jaarverslag::diagnostic::Style::Plain);
            prop_assert!(shown.contains("sections/2-drempels.json"));
        }
        prop_assert_eq!(loaded.report.is_some(), !loaded.has_errors());
    }
}

proptest! {
    #![proptest_config(config(200))]

    /// Whatever municipalities a manifest lists (the board's own name among them, repeats,
    /// near-repeats), a manifest that loads gives each version and format its own file.
    #[test]
    fn every_version_and_format_gets_a_file_of_its_own(
        ids in proptest::collection::vec(prop_oneof![
            Just("bestuur".to_string()),
            Just("kortrijk".to_string()),
            Just("Kortrijk".to_string()),
            Just("kortrijk-".to_string()),
            "[a-z]{1,2}",
            "[a-z]{1,2}-[a-z0-9]{1,2}",
        ], 1..8)
    ) {
        let scratch = common::Scratch::new("file-names");
        let municipalities: Vec<String> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| format!(r#"{{ "id": {}, "name": "Gemeente {i}" }}"#, serde_json::to_string(id).unwrap()))
            .collect();
        let manifest = common::ONE_SECTION_MANIFEST
            .replace(r#"[{ "id": "kortrijk", "name": "Kortrijk" }]"#, &format!("[{}]", municipalities.join(",")));
        prop_assert!(manifest.contains("Gemeente 0"));
        scratch.write("report.json", manifest);
        scratch.write(
            "sections/1.json",
            r#"{ "code": "WSE-LR1", "number": 1, "title": "Proef", "blocks": [{ "type": "paragraph", "text": "Tekst." }] }"#,
        );
        let loaded = jaarverslag::input::load(&scratch.input());
        if ids.iter().any(|id| id == "bestuur") {
            prop_assert!(loaded.has_errors(), "the board's name is refused as an id");
        }
        let Some(report) = loaded.report else { return Ok(()) };
        let versions = std::iter::once(jaarverslag::model::Variant::Board)
            .chain(report.municipalities.iter().map(|m| jaarverslag::model::Variant::Municipality(m.id.clone())));
        let mut paths = std::collections::BTreeSet::new();
        let mut count = 0;
        for variant in versions {
            for extension in ["docx", "pdf"] {
                paths.insert(format!("{}.{extension}", jaarverslag::build::file_stem(&report, &variant)).to_lowercase());
                count += 1;
            }
        }
        prop_assert_eq!(paths.len(), count, "one file per version and format, even on a case-insensitive disk");
    }
}
