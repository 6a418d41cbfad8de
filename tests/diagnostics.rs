//! Broken input gives a precise, located message and exit code 1, and writes nothing.
//!
//! Each case breaks a copy of the bundled input in one way; `jaarverslag build` must print
//! exactly the reviewed diagnostic in `tests/snapshots/diagnostics/<lang>/<case>.txt`, in
//! Dutch (no language set) and in English (`LANG=en_GB.UTF-8`). Rewrite the snapshots with
//! `UPDATE_GOLDEN=1 cargo test --test diagnostics`, then review them.

mod common;

use common::{LANGUAGES, Scratch, copy_of_input, run, run_with};

/// One way of breaking the input.
enum Break {
    Edit(&'static str, &'static str, &'static str),
    Write(&'static str, &'static [u8]),
    /// Write a generated file.
    Generate(&'static str, fn() -> Vec<u8>),
    /// Use a theme: the built-in one with this text replaced (`(from, to)`).
    Theme(&'static str, &'static str),
    /// Replace an input file by a named pipe, which nothing ever writes to.
    #[cfg_attr(not(unix), allow(dead_code))]
    Fifo(&'static str),
}

use Break::{Edit, Fifo, Generate, Theme, Write};

fn ten_megabyte_paragraph() -> Vec<u8> {
    let words = "lange tekst ".repeat(10 * 1024 * 1024 / 12);
    format!(r#"{{ "code": "WSE-LR4", "number": 4, "title": "Lang", "blocks": [ {{ "type": "paragraph", "text": "{words}" }} ] }}"#).into_bytes()
}

/// The bundled manifest with `"municipalities": []`, while the sections still name some.
fn no_municipalities() -> Vec<u8> {
    let manifest = std::fs::read_to_string(common::root().join("input/report.json")).unwrap();
    let start = manifest.find("\"municipalities\": [").unwrap();
    let end = start + manifest[start..].find(']').unwrap() + 1;
    format!("{}\"municipalities\": []{}", &manifest[..start], &manifest[end..]).into_bytes()
}

const EMPTY_LIST: &[u8] = br#"{
  "code": "WSE-LR4",
  "number": 4,
  "title": "VDAB",
  "blocks": [
    { "type": "bullet_list", "items": [] }
  ]
}
"#;

/// An image block put first in section 4 (`…` is its fields after the type).
macro_rules! image_first_in_s4 {
    ($fields:literal) => {
        Edit(S4, "\"blocks\": [", concat!("\"blocks\": [\n    { \"type\": \"image\", ", $fields, " },"))
    };
}

/// A block of type `$type` put first in section 4 (`…` is its fields after the type).
macro_rules! first_in_s4 {
    ($type:literal, $fields:literal) => {
        Edit(S4, "\"blocks\": [", concat!("\"blocks\": [\n    { \"type\": \"", $type, "\", ", $fields, " },"))
    };
}

/// A photo cut off halfway through copying.
fn truncated_png() -> Vec<u8> {
    let mut bytes = common::png(300, 200);
    bytes.truncate(bytes.len() / 2);
    bytes
}

/// A PNG whose header says 20 000 × 20 000 pixels (400 megapixels, 1.6 GB once decoded);
/// it must be refused from its header, without decoding a pixel.
fn huge_png() -> Vec<u8> {
    let mut bytes = Vec::new();
    let encoder = png::Encoder::new(&mut bytes, 20_000, 20_000);
    let writer = encoder.write_header().unwrap();
    drop(writer);
    bytes
}

const SVG_WITH_SCRIPT: &[u8] = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>"#;
const SVG_WITH_LINK: &[u8] = br#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>"#;
const SVG_WITH_ENTITIES: &[u8] = br#"<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&b;</text></svg>"#;
const JPEG: &[u8] = include_bytes!("fixtures/showcase/beelden/veld.jpg");

const S2: &str = "sections/2-drempels.json";
const S4: &str = "sections/4-vdab.json";
const HEADING_2: &str = "\"level\": 2,\n      \"text\": \"Aanpakken regionale drempels naar werk\"";

/// The cases whose input is valid but gets warnings.
const WARNINGS_ONLY: [&str; 6] = [
    "image-low-resolution",
    "unlisted-section-file",
    "year-contradicted-by-subtitle-and-date",
    "summary-on-a-block-for-everyone",
    "title-too-long-for-the-cover",
    "section-title-too-long-for-a-page",
];

fn cases() -> Vec<(&'static str, Vec<Break>)> {
    let mut cases = vec![
        (
            "trailing-comma",
            vec![Edit(
                S2,
                "\"text\": \"Aanpakken regionale drempels naar werk\"",
                "\"text\": \"Aanpakken regionale drempels naar werk\",",
            )],
        ),
        ("double-comma", vec![Edit(S2, "\"number\": 2,\n  \"title\"", "\"number\": 2,,\n  \"title\"")]),
        ("missing-comma", vec![Edit(S2, "\"number\": 2,\n  \"title\"", "\"number\": 2\n  \"title\"")]),
        (
            "unknown-section-field",
            vec![Edit(S2, "\"title\": \"De tewerkstelling", "\"titel\": \"De tewerkstelling")],
        ),
        (
            "level-out-of-range",
            vec![Edit(
                S2,
                HEADING_2,
                "\"level\": 1,\n      \"text\": \"Aanpakken regionale drempels naar werk\"",
            )],
        ),
        (
            "heading-typo-does-not-cascade",
            vec![Edit(
                S2,
                "\"text\": \"Aanpakken regionale drempels naar werk\"",
                "\"txt\": \"Aanpakken regionale drempels naar werk\"",
            )],
        ),
        (
            "unclosed-italic",
            vec![Edit(
                S2,
                "In 2023 vond de stuurgroep twee keer plaats",
                "In 2023 vond de stuurgroep *twee keer plaats",
            )],
        ),
        (
            "markup-escape-not-doubled",
            vec![Edit(
                S2,
                "In 2023 vond de stuurgroep twee keer plaats",
                "In 2023 vond de stuurgroep 2 \\* 1 keer plaats",
            )],
        ),
        (
            "missing-closing-brace",
            vec![Edit(
                S2,
                "\"text\": \"Taal en opleidingsniveau\"\n    },",
                "\"text\": \"Taal en opleidingsniveau\"\n    ",
            )],
        ),
        (
            "curly-quotes",
            vec![Edit(S2, "\"text\": \"Taal en opleidingsniveau\"", "\"text\": “Taal en opleidingsniveau”")],
        ),
        (
            "unclosed-link-address",
            vec![Edit(
                S2,
                "[zie verder: samenwerking met VDAB](#wse-lr4)). In kader hiervan",
                "[zie verder: samenwerking met VDAB](#wse-lr4. In kader hiervan",
            )],
        ),
        (
            "unescaped-quote-in-text",
            vec![Edit(
                S2,
                "In 2023 vond de stuurgroep twee keer plaats",
                "In 2023 vond de \"stuurgroep\" twee keer plaats",
            )],
        ),
        ("ten-megabyte-paragraph", vec![Generate(S4, ten_megabyte_paragraph)]),
        (
            "control-character",
            vec![Edit(
                S2,
                "In 2023 vond de stuurgroep twee keer plaats",
                "In 2023 vond de stuurgroep\\u0007 twee keer plaats",
            )],
        ),
        (
            "empty-only-for",
            vec![Edit(S2, "\"concerns\": [\n        \"zwevegem\"\n      ]", "\"only_for\": []")],
        ),
        (
            "characters-the-font-lacks",
            vec![Edit(
                S2,
                "In 2023 vond de stuurgroep twee keer plaats",
                "In 2023 vond de stuurgroep ✓ twee keer plaats 👍, echt 👍",
            )],
        ),
        ("theme-negative-margin", vec![Theme("\"top\": 25", "\"top\": -5")]),
        ("theme-font-not-a-font", vec![Theme("../fonts/Carlito-Bold.ttf", "fake.ttf")]),
        ("theme-font-truncated", vec![Theme("../fonts/Carlito-Regular.ttf", "cut.ttf")]),
        ("theme-bad-colour", vec![Theme("\"header_fill\": \"#DCEBEA\"", "\"header_fill\": \"lichtgroen\"")]),
        ("theme-unknown-field", vec![Theme("\"justify\": true", "\"justified\": true")]),
        ("theme-logo-missing", vec![Theme("\"w13-logo.svg\"", "\"logo-w13.svg\"")]),
        (
            "chart-series-length-differs",
            vec![first_in_s4!(
                "chart",
                r#""kind": "column", "title": "Aanwezigen", "categories": ["12 mei", "9 oktober", "21 november"], "series": [{ "name": "Aanwezigen", "values": [30, 30] }]"#
            )],
        ),
        (
            "chart-values-in-quotes",
            vec![first_in_s4!(
                "chart",
                r#""kind": "column", "title": "Aanwezigen", "categories": ["12 mei"], "series": [{ "name": "Aanwezigen", "values": "30" }]"#
            )],
        ),
        (
            "chart-value-not-a-number",
            vec![first_in_s4!(
                "chart",
                r#""kind": "column", "title": "Aanwezigen", "categories": ["12 mei", "9 oktober"], "series": [{ "name": "Aanwezigen", "values": ["30", "veel"] }]"#
            )],
        ),
        (
            "chart-from-a-table-with-words",
            vec![
                Edit(
                    S4,
                    "\"caption\": \"Meet & greets in 2023\",",
                    "\"id\": \"meet\",\n      \"caption\": \"Meet & greets in 2023\",",
                ),
                first_in_s4!("chart", r#""kind": "bar", "title": "Aanwezigen", "table": "meet""#),
            ],
        ),
        (
            "chart-unknown-table",
            vec![first_in_s4!("chart", r#""kind": "bar", "title": "Aanwezigen", "table": "meet-greets""#)],
        ),
        (
            "chart-unknown-kind",
            vec![first_in_s4!(
                "chart",
                r#""kind": "staaf", "title": "Aanwezigen", "categories": ["12 mei"], "series": [{ "name": "Aanwezigen", "values": [30] }]"#
            )],
        ),
        (
            "chart-pie-with-two-series",
            vec![first_in_s4!(
                "chart",
                r#""kind": "pie", "title": "Aanwezigen", "categories": ["mei", "oktober"], "series": [{ "name": "VDAB", "values": [10, 20] }, { "name": "Gemeenten", "values": [20, 10] }]"#
            )],
        ),
        (
            "key-figures-only-one",
            vec![first_in_s4!("key_figures", r#""items": [{ "value": 40, "label": "deelnemers" }]"#)],
        ),
        (
            "key-figure-value-too-long",
            vec![first_in_s4!(
                "key_figures",
                r#""items": [{ "value": "ongeveer veertig", "label": "deelnemers" }, { "value": 3, "label": "proeftuinen" }]"#
            )],
        ),
        (
            "image-file-missing",
            vec![
                Write("beelden/veld.jpg", JPEG),
                image_first_in_s4!(r#""file": "beelden/veld.jpeg", "alt": "Een veld""#),
            ],
        ),
        (
            "image-not-a-picture",
            vec![
                Write("beelden/foto.png", b"GIF89a\x01\x00\x01\x00"),
                image_first_in_s4!(r#""file": "beelden/foto.png", "alt": "Een veld""#),
            ],
        ),
        (
            "image-truncated-png",
            vec![
                Generate("beelden/foto.png", truncated_png),
                image_first_in_s4!(r#""file": "beelden/foto.png", "alt": "Een veld""#),
            ],
        ),
        (
            "image-too-many-pixels",
            vec![
                Generate("beelden/foto.png", huge_png),
                image_first_in_s4!(r#""file": "beelden/foto.png", "alt": "Een veld""#),
            ],
        ),
        (
            "image-svg-with-script",
            vec![
                Write("beelden/kaart.svg", SVG_WITH_SCRIPT),
                image_first_in_s4!(r#""file": "beelden/kaart.svg", "alt": "Een kaart""#),
            ],
        ),
        (
            "image-svg-with-external-file",
            vec![
                Write("beelden/kaart.svg", SVG_WITH_LINK),
                image_first_in_s4!(r#""file": "beelden/kaart.svg", "alt": "Een kaart""#),
            ],
        ),
        (
            "image-svg-with-entities",
            vec![
                Write("beelden/kaart.svg", SVG_WITH_ENTITIES),
                image_first_in_s4!(r#""file": "beelden/kaart.svg", "alt": "Een kaart""#),
            ],
        ),
        (
            "image-outside-the-input",
            vec![image_first_in_s4!(r#""file": "../geheim.png", "alt": "Het verslag van de stuurgroep""#)],
        ),
        (
            "image-without-alt",
            vec![Write("beelden/veld.jpg", JPEG), image_first_in_s4!(r#""file": "beelden/veld.jpg""#)],
        ),
        (
            "image-alt-is-the-file-name",
            vec![
                Write("beelden/veld.jpg", JPEG),
                image_first_in_s4!(r#""file": "beelden/veld.jpg", "alt": "veld.jpg", "width_mm": 40"#),
            ],
        ),
        (
            "image-low-resolution",
            vec![
                Write("beelden/veld.jpg", JPEG),
                image_first_in_s4!(r#""file": "beelden/veld.jpg", "alt": "Een veld""#),
            ],
        ),
        (
            "image-width-twice-and-too-wide",
            vec![
                Write("beelden/veld.jpg", JPEG),
                image_first_in_s4!(
                    r#""file": "beelden/veld.jpg", "alt": "Een veld", "width": 1.5, "width_mm": 40"#
                ),
            ],
        ),
        ("theme-logo-without-alt", vec![Theme("\"alt\": \"Logo W13\", ", "")]),
        ("duplicate-key", vec![Edit(S2, "\"number\": 2,", "\"number\": 2,\n  \"number\": 3,")]),
        (
            "list-item-wrong-type",
            vec![Edit(
                S2,
                "\"VDAB stelde zijn taalondersteunend aanbod voor op het lerend netwerk, via zijn nieuwe partnersite.\",",
                "42,",
            )],
        ),
        ("empty-list", vec![Write(S4, EMPTY_LIST)]),
        (
            "empty-paragraph",
            vec![Edit(
                S2,
                "\"In 2023 vond de stuurgroep twee keer plaats en W13 sloot telkens aan.\"",
                "\"  \"",
            )],
        ),
        ("unknown-alignment", vec![Edit(S4, "\"align\": \"right\"", "\"align\": \"rechts\"")]),
        ("zero-column-width", vec![Edit(S4, "\"width\": 3", "\"width\": 0")]),
        (
            "municipality-outside-only-for",
            vec![Edit(
                S2,
                "In 2023 vond de stuurgroep twee keer plaats",
                "In {municipality} vond de stuurgroep twee keer plaats",
            )],
        ),
        (
            "unknown-only-for-id",
            vec![Edit(S2, "\"concerns\": [\n        \"zwevegem\"", "\"only_for\": [\n        \"gent\"")],
        ),
        ("duplicate-section-number", vec![Edit(S4, "\"number\": 4,", "\"number\": 2,")]),
        ("schema-version-2", vec![Edit("report.json", "\"schema_version\": 1", "\"schema_version\": 2")]),
        (
            "unsupported-language",
            vec![Edit("report.json", "\"language\": \"nl-BE\"", "\"language\": \"en-GB\"")],
        ),
        ("implausible-year", vec![Edit("report.json", "\"year\": 2023", "\"year\": 1823")]),
        ("municipality-id-bestuur", vec![Edit("report.json", "\"id\": \"anzegem\"", "\"id\": \"bestuur\"")]),
        ("duplicate-municipality", vec![Edit("report.json", "\"id\": \"menen\"", "\"id\": \"kuurne\"")]),
        (
            "no-sections",
            vec![Edit(
                "report.json",
                "\"sections/1-regierol.json\",\n    \"sections/2-drempels.json\",\n    \"sections/3-ondernemerschap.json\",\n    \"sections/4-vdab.json\"",
                "",
            )],
        ),
        ("empty-manifest", vec![Write("report.json", b"")]),
        ("absolute-section-path", vec![Edit("report.json", "\"sections/4-vdab.json\"", "\"/etc/passwd\"")]),
        (
            "heading-in-introduction",
            vec![Edit(
                "report.json",
                "\"type\": \"paragraph\",\n      \"text\": \"De Vlaamse",
                "\"type\": \"heading\",\n      \"level\": 2,\n      \"text\": \"De Vlaamse",
            )],
        ),
        (
            "invalid-number",
            vec![Edit(
                S2,
                "In 2023 vond de stuurgroep twee keer plaats",
                "In 2023 vond de stuurgroep {number:1,5} keer plaats",
            )],
        ),
        ("comment", vec![Edit(S2, "\"number\": 2,", "\"number\": 2, // tweede prioriteit")]),
        (
            "trailing-comma-in-list",
            vec![Edit(S2, "partnersite.\",", "partnersite.\",\n        ],\n        [")],
        ),
        ("unterminated-string", vec![Edit(S2, "\"Taal en opleidingsniveau\"", "\"Taal en opleidingsniveau")]),
        ("not-utf8", vec![Write(S2, b"{\n  \"code\": \"WSE-LR2\",\n  \"title\": \"caf\xe9\"\n}\n")]),
        ("utf16", vec![Write(S2, b"\xff\xfe{\x00}\x00")]),
        ("empty-file", vec![Write(S2, b"")]),
        ("section-not-an-object", vec![Write(S2, b"0")]),
        ("manifest-not-an-object", vec![Write("report.json", b"[\"sections/1-regierol.json\"]\n")]),
        ("wrong-type", vec![Edit(S2, "\"number\": 2,", "\"number\": \"twee\",")]),
        (
            "number-in-quotes",
            vec![Edit(
                S2,
                "\"level\": 3,\n      \"text\": \"Taal en",
                "\"level\": \"3\",\n      \"text\": \"Taal en",
            )],
        ),
        (
            "unknown-field",
            vec![Edit(
                S2,
                "\"text\": \"Taal en opleidingsniveau\"",
                "\"titel\": \"Taal en opleidingsniveau\"",
            )],
        ),
        (
            "unknown-block-type",
            vec![Edit(
                S2,
                "\"type\": \"bullet_list\",\n      \"items\": [\n        \"VDAB",
                "\"type\": \"bulletlist\",\n      \"items\": [\n        \"VDAB",
            )],
        ),
        ("missing-section-file", vec![Edit("report.json", "sections/4-vdab.json", "sections/4-vdb.json")]),
        ("unlisted-section-file", vec![Write("sections/5-extra.json", b"{}\n")]),
        (
            "summary-on-a-block-for-everyone",
            vec![Edit(
                S2,
                "\"type\": \"heading\",\n      \"level\": 2,\n      \"text\": \"Aanpakken regionale drempels naar werk\"",
                "\"type\": \"paragraph\", \"text\": \"Voor iedereen.\", \"summary\": \"Een regel voor het overzicht\" },\n    {\n      \"type\": \"heading\",\n      \"level\": 2,\n      \"text\": \"Aanpakken regionale drempels naar werk\"",
            )],
        ),
        (
            "title-too-long-for-the-cover",
            vec![Edit(
                "report.json",
                "\"title\": \"Regierol sociale economie en werk\"",
                "\"title\": \"Regierol sociale economie en werk: het jaarverslag van W13 over de samenwerking met de dertien lokale besturen van Zuid-West-Vlaanderen in 2023\"",
            )],
        ),
        (
            "section-title-too-long-for-a-page",
            vec![Edit(
                S4,
                "\"title\": \"De samenwerking en",
                "\"title\": \"De samenwerking met VDAB en de andere lokale arbeidsmarktactoren, die we in 2023 hebben verdergezet met overleg, netwerkmomenten, gezamenlijke projecten, opleidingen op maat, een jobbeurs, een proeftuin en nog veel meer, zoals in de rest van dit hoofdstuk per onderwerp wordt beschreven, met telkens wat we deden, wat onze rol was en wat het resultaat was voor de lokale besturen en hun inwoners; De samenwerking en",
            )],
        ),
        (
            "empty-summary",
            vec![Edit(
                S2,
                "\"concerns\": [\n        \"zwevegem\"",
                "\"summary\": \" \",\n      \"concerns\": [\n        \"zwevegem\"",
            )],
        ),
        (
            "year-contradicted-by-subtitle-and-date",
            vec![
                Edit("report.json", "\"year\": 2023", "\"year\": 2024"),
                Edit(
                    "report.json",
                    "\"publication_date\": \"2024-03-29\"",
                    "\"publication_date\": \"2026-03-29\"",
                ),
            ],
        ),
        ("duplicate-section-code", vec![Edit(S4, "\"code\": \"WSE-LR4\"", "\"code\": \"WSE-LR2\"")]),
        (
            "unknown-municipality",
            vec![Edit(S2, "\"concerns\": [\n        \"zwevegem\"", "\"concerns\": [\n        \"zwevegm\"")],
        ),
        ("table-row-cells", vec![Edit(S4, "\"ongeveer 100\"", "\"ongeveer 100\",\n          \"extra\"")]),
        (
            "heading-skips-level",
            vec![Edit(
                S2,
                HEADING_2,
                "\"level\": 3,\n      \"text\": \"Aanpakken regionale drempels naar werk\"",
            )],
        ),
        ("unclosed-bold", vec![Edit(S2, "**Opleidingsniveau:**", "**Opleidingsniveau:")]),
        ("bold-closed-with-one-asterisk", vec![Edit(S2, "**Opleidingsniveau:**", "**Opleidingsniveau:*")]),
        (
            "invisible-character-in-a-key",
            vec![Edit(
                S2,
                "\"type\": \"paragraph\",\n      \"text\": \"**Opleidingsniveau",
                "\"type\u{a0}\": \"paragraph\",\n      \"text\": \"**Opleidingsniveau",
            )],
        ),
        (
            "zero-width-space-in-a-key",
            vec![Edit(
                S2,
                "\"concerns\": [\n        \"zwevegem\"",
                "\"\u{200b}concerns\": [\n        \"zwevegem\"",
            )],
        ),
        (
            "curly-quotes-around-a-key",
            vec![Edit(S2, "\"text\": \"Taal en opleidingsniveau\"", "“text”: \"Taal en opleidingsniveau\"")],
        ),
        (
            "municipality-id-in-capitals",
            vec![Edit("report.json", "\"id\": \"zwevegem\"", "\"id\": \"Zwevegem\"")],
        ),
        (
            "link-without-address",
            vec![Edit(
                S2,
                "[zie verder: samenwerking met VDAB](#wse-lr4)). In kader hiervan",
                "[zie verder: samenwerking met VDAB]). In kader hiervan",
            )],
        ),
        ("invalid-date", vec![Edit(S4, "{date:2023-11-21}", "{date:2023-11-31}")]),
        (
            "invalid-publication-date",
            vec![Edit(
                "report.json",
                "\"publication_date\": \"2024-03-29\"",
                "\"publication_date\": \"29/03/2024\"",
            )],
        ),
        (
            "unknown-link-target",
            vec![Edit(
                S2,
                "[zie verder: samenwerking met VDAB](#wse-lr4)). In kader hiervan",
                "[zie verder: samenwerking met VDAB](#wse-lr5)). In kader hiervan",
            )],
        ),
        (
            "section-path-outside-input",
            vec![Edit("report.json", "\"sections/4-vdab.json\"", "\"../secret.json\"")],
        ),
        ("no-municipalities-but-sections-name-some", vec![Generate("report.json", no_municipalities)]),
        ("unsafe-municipality-id", vec![Edit("report.json", "\"id\": \"menen\"", "\"id\": \"Menen/..\"")]),
        (
            "several-problems-in-one-block",
            vec![Edit(
                S2,
                "\"text\": \"In 2023 vond de stuurgroep twee keer plaats",
                "\"colour\": \"rood\", \"only_for\": [\"kortrik\"], \"text\": \"In {date:2023-13-01} vond de **stuurgroep twee keer plaats",
            )],
        ),
        (
            "several-problems-in-several-files",
            vec![
                Edit(S2, "\"text\": \"Taal en opleidingsniveau\"", "\"titel\": \"Taal en opleidingsniveau\""),
                Edit(S4, "{date:2023-11-21}", "{date:2023-11-31}"),
                Edit("report.json", "\"year\": 2023", "\"year\": 2023.5"),
            ],
        ),
    ];
    // A named pipe given as a section file used to make the tool wait for ever.
    #[cfg(unix)]
    cases.push(("section-is-a-fifo", vec![Fifo(S4)]));
    cases
}

fn broken_input(name: &str, breaks: &[Break]) -> Scratch {
    let scratch = copy_of_input(name);
    for b in breaks {
        match b {
            Edit(file, from, to) => scratch.edit(file, from, to),
            Write(file, bytes) => scratch.write(file, bytes),
            Generate(file, make) => scratch.write(file, make()),
            Theme(from, to) => {
                let theme = std::fs::read_to_string(common::root().join("templates/w13.json")).unwrap();
                assert!(theme.contains(from), "{from}");
                let fonts = common::root().join("fonts");
                let theme = theme.replace(from, to).replace("../fonts", &fonts.display().to_string());
                let logo = common::root().join("templates/w13-logo.svg");
                std::fs::copy(logo, scratch.path().join("w13-logo.svg")).unwrap();
                std::fs::write(scratch.path().join("theme.json"), theme).unwrap();
                std::fs::write(scratch.path().join("fake.ttf"), "<html>not a font</html>").unwrap();
                // Carlito cut at 100 kB, as a broken download leaves it.
                let carlito = std::fs::read(fonts.join("Carlito-Regular.ttf")).unwrap();
                std::fs::write(scratch.path().join("cut.ttf"), &carlito[..100_000]).unwrap();
            }
            Fifo(file) => {
                let path = scratch.input().join(file);
                std::fs::remove_file(&path).unwrap();
                let made = std::process::Command::new("mkfifo").arg(&path).status().unwrap();
                assert!(made.success(), "mkfifo {}", path.display());
            }
        }
    }
    scratch
}

/// `build` with the case's theme, if it has one.
fn build_args(scratch: &Scratch) -> Vec<&'static str> {
    if scratch.path().join("theme.json").exists() {
        vec!["build", "--theme", "theme.json"]
    } else {
        vec!["build"]
    }
}

#[test]
fn each_broken_input_gets_its_reviewed_diagnostic() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for (name, breaks) in cases() {
        let scratch = broken_input(name, &breaks);
        for (lang, vars) in LANGUAGES {
            let output = run_with(scratch.path(), &build_args(&scratch), vars);
            let stderr = String::from_utf8(output.stderr).unwrap();
            let shown = format!("exit code: {}\n{stderr}", output.status.code().unwrap_or(-1));
            let golden = common::root().join(format!("tests/snapshots/diagnostics/{lang}/{name}.txt"));
            if update {
                std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
                std::fs::write(&golden, &shown).unwrap();
            }
            let expected = std::fs::read_to_string(&golden).unwrap_or_default();
            if shown != expected {
                failures.push(format!("--- {lang}/{name}: expected\n{expected}\n--- got\n{shown}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn errors_exit_1_write_nothing_and_warnings_exit_0() {
    let cases = cases();
    assert!(cases.len() >= 40, "the bad-input corpus has {} cases", cases.len());
    for (name, breaks) in cases {
        let scratch = broken_input(name, &breaks);
        // Cases of valid input that is probably wrong: warnings, and the build goes on.
        if WARNINGS_ONLY.contains(&name) {
            assert_eq!(run(scratch.path(), &["check"]).status.code(), Some(0), "{name}");
            continue;
        }
        let output = run(scratch.path(), &build_args(&scratch));
        assert_eq!(output.status.code(), Some(1), "{name}");
        assert!(!scratch.out().exists(), "{name}: nothing is written");
    }
}

#[test]
fn all_problems_are_reported_at_once() {
    let (name, breaks) =
        cases().into_iter().find(|(n, _)| *n == "several-problems-in-several-files").unwrap();
    let scratch = broken_input(name, &breaks);
    let stderr = String::from_utf8(run(scratch.path(), &["check"]).stderr).unwrap();
    for place in ["sections/2-drempels.json:15:7", "sections/4-vdab.json:", "report.json:"] {
        assert!(stderr.contains(place), "{place} missing in\n{stderr}");
    }
    assert!(stderr.contains("4 fouten"), "{stderr}");
}

#[test]
fn a_failed_build_writes_nothing_and_keeps_the_previous_report() {
    let scratch = copy_of_input("keep-previous");
    let first = run(scratch.path(), &["build"]);
    assert_eq!(first.status.code(), Some(0), "{}", String::from_utf8_lossy(&first.stderr));
    let before = snapshot_dir(&scratch.out());
    assert!(!before.is_empty(), "the first build wrote files");

    scratch.edit(S2, "**Opleidingsniveau:**", "**Opleidingsniveau:");
    let second = run(scratch.path(), &["build"]);
    assert_eq!(second.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&second.stderr).contains("er is niets geschreven"));
    assert_eq!(snapshot_dir(&scratch.out()), before, "the previous outputs are untouched");
}

#[test]
fn invalid_input_creates_no_output_folder() {
    let scratch = broken_input("no-out", &[Edit(S2, "\"number\": 2,", "\"number\": \"twee\",")]);
    assert_eq!(run(scratch.path(), &["build"]).status.code(), Some(1));
    assert!(!scratch.out().exists());
}

#[test]
fn usage_errors_exit_2_and_help_explains_the_commands() {
    let scratch = copy_of_input("usage");
    assert_eq!(run(scratch.path(), &["bouw"]).status.code(), Some(2));
    assert_eq!(run(scratch.path(), &["build", "--inptu", "x"]).status.code(), Some(2));
    let help = run(scratch.path(), &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let help = String::from_utf8(help.stdout).unwrap();
    for word in ["build", "check", "schema", "Afsluitcodes"] {
        assert!(help.contains(word), "{word} in --help");
    }
}

#[test]
fn check_accepts_the_bundled_input() {
    let scratch = copy_of_input("valid");
    let output = run(scratch.path(), &["check"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    assert!(String::from_utf8(output.stdout).unwrap().contains("is in orde"));
}

#[cfg(unix)]
#[test]
fn a_section_file_linking_outside_the_input_folder_is_refused() {
    let scratch = copy_of_input("symlink");
    std::fs::write(scratch.path().join("secret.json"), "{}").unwrap();
    let link = scratch.input().join(S4);
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(scratch.path().join("secret.json"), &link).unwrap();
    let output = run(scratch.path(), &["check"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("sections/4-vdab.json leidt naar buiten de invoermap"), "{stderr}");
    assert!(stderr.contains("report.json:"), "the message points at the manifest entry: {stderr}");
}

#[test]
fn a_missing_input_folder_is_explained() {
    let scratch = Scratch::new("missing");
    let output = run(scratch.path(), &["check", "--input", "nergens"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("de invoermap \"nergens\" bestaat niet"), "{stderr}");
}

fn snapshot_dir(dir: &std::path::Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| {
                    let meta = e.metadata().unwrap();
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap(),
                        meta.modified().unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// A named pipe or a device as the theme or as a font: refused at once, never waited on or
/// read until memory runs out (`run` fails a run that does not end).
#[cfg(unix)]
#[test]
fn pipes_and_devices_as_theme_or_font_are_refused() {
    let scratch = copy_of_input("special-files");
    let fifo = scratch.path().join("thema.json");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let theme = std::fs::read_to_string(common::root().join("templates/w13.json")).unwrap();
    let fonts = common::root().join("fonts").display().to_string();
    let zero_font = theme.replace("../fonts/Carlito-Italic.ttf", "/dev/zero").replace("../fonts", &fonts);
    std::fs::copy(common::root().join("templates/w13-logo.svg"), scratch.path().join("w13-logo.svg"))
        .unwrap();
    std::fs::write(scratch.path().join("zero.json"), zero_font).unwrap();
    for (theme, expected) in [
        ("thema.json", "het themabestand is een named pipe (FIFO), geen bestand"),
        ("/dev/zero", "het themabestand is een apparaat, geen bestand"),
        ("zero.json", "het lettertype kan niet gelezen worden: /dev/zero is een apparaat, geen bestand"),
    ] {
        let output = run(scratch.path(), &["build", "--theme", theme]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{theme}: {stderr}");
        assert!(stderr.contains(expected), "{theme}: {stderr}");
        assert!(!scratch.out().exists(), "nothing written");
    }
}
