//! `check` finds what makes the report hard to use for readers with low vision or a screen
//! reader (WCAG 2.1 AA), as warnings with their place; `check --strict` makes them errors.

mod common;

use common::{copy_of_input, run};

/// A theme whose body text is too light for the white page: a warning at the colour in the
/// theme file, with the ratio and what is needed; `--strict` makes it an error (exit 1).
#[test]
fn too_little_contrast_is_found_and_strict_refuses_it() {
    let scratch = copy_of_input("a11y-contrast");
    theme_with(
        &scratch,
        &[(
            "\"body\": { \"size_pt\": 11, \"line_spacing\": 1.15, \"space_after_pt\": 6, \"color\": \"#1F2933\"",
            "\"body\": { \"size_pt\": 11, \"line_spacing\": 1.15, \"space_after_pt\": 6, \"color\": \"#999999\"",
        )],
    );
    let output = run(scratch.path(), &["check", "--theme", "theme.json"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "a warning only: {stderr}");
    assert!(
        stderr.contains(
            "waarschuwing: #999999 op de witte pagina heeft een contrast van 2,8:1; tekst van 11 pt heeft 4,5:1 nodig"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("theme.json:") && stderr.contains("styles.body.color"), "{stderr}");
    assert!(stderr.contains("#767676 is het lichtste grijs met 4,5:1"), "{stderr}");

    let output = run(scratch.path(), &["check", "--strict", "--theme", "theme.json"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("fout: #999999 op de witte pagina"), "{stderr}");
}

/// The bundled report and theme pass the strict check.
#[test]
fn the_bundled_report_passes_the_strict_check() {
    let output = run(&common::root(), &["check", "--strict"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("waarschuwing"), "{stderr}");
}

/// Link texts must say where they go on their own (WCAG 2.4.4): "hier", "zie verder" or a
/// bare address do not; one text for two targets misleads. A text naming its target passes.
#[test]
fn link_texts_that_say_nothing_are_found() {
    let scratch = copy_of_input("a11y-links");
    scratch.edit(
        "sections/4-vdab.json",
        "\"blocks\": [",
        r#""blocks": [
    { "type": "paragraph", "text": "Lees [hier](#wse-lr1), [Klik hier.](https://www.w13.be) of [https://www.vdab.be](https://www.vdab.be)." },
    { "type": "paragraph", "text": "Zie [het actieplan](#wse-lr1) en ook [het actieplan](#wse-lr2), en [de regierol](#wse-lr1) en [De regierol](#wse-lr1)." },"#,
    );
    let output = run(scratch.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("waarschuwing: de tekst van de link “hier” zegt niet waar de link naartoe gaat"),
        "{stderr}"
    );
    assert!(
        stderr
            .contains("waarschuwing: de tekst van de link “Klik hier.” zegt niet waar de link naartoe gaat"),
        "{stderr}"
    );
    assert!(
        stderr.contains("waarschuwing: de tekst van de link is het webadres zelf (“https://www.vdab.be”)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("waarschuwing: de linktekst “het actieplan” leidt ook naar #wse-lr1 (in sections/4-vdab.json), hier naar #wse-lr2"),
        "{stderr}"
    );
    assert!(stderr.contains("--> sections/4-vdab.json:7:"), "located: {stderr}");
    // A text that names its target, used twice for the same target, is fine.
    assert!(!stderr.contains("“de regierol”") && !stderr.contains("“De regierol”"), "{stderr}");
    assert_eq!(stderr.matches("waarschuwing:").count(), 4, "{stderr}");

    let output = run(scratch.path(), &["check", "--strict"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("4 fouten"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Tables without a header row or with one column, descriptions that only name the medium
/// or are too long, and paragraphs over 2,500 characters are warnings; the same blocks done
/// well are not.
#[test]
fn tables_descriptions_and_long_paragraphs_are_checked() {
    let scratch = copy_of_input("a11y-blocks");
    std::fs::create_dir_all(scratch.input().join("beelden")).unwrap();
    std::fs::write(scratch.input().join("beelden/punt.png"), common::png(1000, 750)).unwrap();
    let long = "Een lange zin over werk en sociale economie. ".repeat(60);
    let long_alt = "Een beschrijving die maar doorgaat. ".repeat(8);
    scratch.edit(
        "sections/4-vdab.json",
        "\"blocks\": [",
        &format!(
            r#""blocks": [
    {{ "type": "table", "columns": [{{ "width": 1 }}, {{ "width": 1 }}], "rows": [["a", "b"]] }},
    {{ "type": "table", "columns": [{{ "width": 1 }}], "header": [["Gemeente"]], "rows": [["Kortrijk"]] }},
    {{ "type": "table", "columns": [{{ "width": 1 }}, {{ "width": 1 }}], "header": [["Gemeente", "Aantal"]], "rows": [["Kortrijk", 3]] }},
    {{ "type": "image", "file": "beelden/punt.png", "alt": "Foto" }},
    {{ "type": "image", "file": "beelden/punt.png", "alt": "{long_alt}" }},
    {{ "type": "image", "file": "beelden/punt.png", "alt": "Een rode stip op een wit vlak" }},
    {{ "type": "paragraph", "text": "{long}" }},
    {{ "type": "paragraph", "text": "Kort en goed." }},"#
        ),
    );
    let output = run(scratch.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    for expected in [
        "waarschuwing: een tabel zonder koprij\n --> sections/4-vdab.json:7:5  blocks[0]",
        "waarschuwing: een tabel met één kolom\n --> sections/4-vdab.json:8:5  blocks[1]",
        "waarschuwing: de beschrijving (\"alt\") “Foto” zegt wat voor beeld het is, niet wat erop staat",
        "waarschuwing: de beschrijving (\"alt\") is 287 tekens lang",
        "waarschuwing: een alinea van 2699 tekens is moeilijk te lezen op een scherm",
    ] {
        assert!(stderr.contains(expected), "{expected:?} in {stderr}");
    }
    assert_eq!(stderr.matches("waarschuwing:").count(), 5, "the good ones pass: {stderr}");
}

/// A theme with `from` replaced by `to` (each pair), in the scratch folder as `theme.json`,
/// its fonts named where they are and its logo beside it.
fn theme_with(scratch: &common::Scratch, edits: &[(&str, &str)]) {
    let mut theme = std::fs::read_to_string(common::root().join("templates/w13.json")).unwrap();
    for (from, to) in edits {
        assert!(theme.contains(from), "{from}");
        theme = theme.replacen(from, to, 1);
    }
    let theme = theme.replace("../fonts", &common::root().join("fonts").display().to_string());
    std::fs::copy(common::root().join("templates/w13-logo.svg"), scratch.path().join("w13-logo.svg"))
        .unwrap();
    std::fs::write(scratch.path().join("theme.json"), theme).unwrap();
}

/// Text on a fill is measured against the fill (the table's header row, the key figures),
/// and a link colour against the page; each shown where the colour is set.
#[test]
fn text_on_fills_and_link_colours_are_checked() {
    let scratch = copy_of_input("a11y-fills");
    theme_with(
        &scratch,
        &[
            ("\"header_fill\": \"#DCEBEA\"", "\"header_fill\": \"#5B7F95\""),
            (
                "\"key_figure_label\": { \"size_pt\": 10, \"color\": \"#1F2933\"",
                "\"key_figure_label\": { \"size_pt\": 10, \"color\": \"#8CCBC4\"",
            ),
            ("\"color\": \"#0563C1\"", "\"color\": \"#6FA8DC\""),
        ],
    );
    let output = run(scratch.path(), &["check", "--theme", "theme.json"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    for expected in [
        "waarschuwing: de tekst van styles.table_header (#1F2933) op zijn vulkleur #5B7F95 heeft een contrast van 3,5:1; vette tekst van 10 pt heeft 4,5:1 nodig",
        "  table.header_fill\n",
        "waarschuwing: de tekst van styles.key_figure_label (#8CCBC4) op zijn vulkleur #DCEBEA heeft een contrast van 1,5:1",
        "  styles.key_figure_label.color\n",
        "waarschuwing: #6FA8DC op de witte pagina heeft een contrast van 2,5:1",
        "  links.color\n",
    ] {
        assert!(stderr.contains(expected), "{expected:?} in {stderr}");
    }
    assert_eq!(stderr.matches("waarschuwing:").count(), 3, "the key figure's number passes: {stderr}");
    // White text on the dark fill is fine, though it would vanish on the page.
    theme_with(
        &scratch,
        &[
            ("\"header_fill\": \"#DCEBEA\"", "\"header_fill\": \"#1F3A5F\""),
            (
                "\"table_header\": { \"size_pt\": 10, \"bold\": true,",
                "\"table_header\": { \"size_pt\": 10, \"bold\": true, \"color\": \"#FFFFFF\",",
            ),
        ],
    );
    let output = run(scratch.path(), &["check", "--strict", "--theme", "theme.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
}

/// Bars and pie slices told apart by colour alone are found; with the numbers as a table
/// under the chart, as lines (with markers), or drawn from a table, they pass.
#[test]
fn charts_whose_series_differ_by_colour_alone_are_found() {
    let scratch = copy_of_input("a11y-charts");
    scratch.edit(
        "sections/4-vdab.json",
        "\"blocks\": [",
        r#""blocks": [
    { "type": "chart", "kind": "column", "title": "Twee reeksen", "categories": ["a", "b"], "series": [ { "name": "2022", "values": [1, 2] }, { "name": "2023", "values": [3, 4] } ] },
    { "type": "chart", "kind": "pie", "title": "Drie stukken", "categories": ["a", "b", "c"], "series": [ { "name": "Aantal", "values": [1, 2, 3] } ] },
    { "type": "chart", "kind": "column", "title": "Met tabel", "data_table": true, "categories": ["a", "b"], "series": [ { "name": "2022", "values": [1, 2] }, { "name": "2023", "values": [3, 4] } ] },
    { "type": "chart", "kind": "line", "title": "Lijnen", "categories": ["a", "b"], "series": [ { "name": "2022", "values": [1, 2] }, { "name": "2023", "values": [3, 4] } ] },
    { "type": "chart", "kind": "bar", "title": "Eén reeks", "categories": ["a", "b"], "series": [ { "name": "2023", "values": [3, 4] } ] },
    { "type": "table", "id": "t", "columns": [{}, {}, {}], "header": [["Netwerk", "2022", "2023"]], "rows": [["a", 1, 2], ["b", 3, 4]] },
    { "type": "chart", "kind": "bar", "title": "Uit de tabel", "table": "t" },"#,
    );
    let output = run(scratch.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("waarschuwing: de reeksen van de grafiek “Twee reeksen” zijn alleen aan hun kleur te herkennen\n --> sections/4-vdab.json:7:5  blocks[0]"),
        "{stderr}"
    );
    assert!(stderr.contains("waarschuwing: de stukken van de taartgrafiek “Drie stukken” zijn alleen aan hun kleur te herkennen"), "{stderr}");
    assert!(stderr.contains("\"data_table\": true"), "the hint says what to add: {stderr}");
    assert_eq!(stderr.matches("waarschuwing:").count(), 2, "the others pass: {stderr}");
    let english = common::run_with(scratch.path(), &["check", "--lang", "en"], &[]);
    let english = String::from_utf8_lossy(&english.stderr).into_owned();
    assert!(
        english
            .contains("warning: the series of the chart “Twee reeksen” are told apart by their colour alone"),
        "{english}"
    );
}

/// Words in capitals as emphasis are found at their place; abbreviations are not.
#[test]
fn capitals_used_as_emphasis_are_found() {
    let scratch = copy_of_input("a11y-capitals");
    scratch.edit(
        "sections/4-vdab.json",
        "\"blocks\": [",
        r#""blocks": [
    { "type": "paragraph", "text": "Let op: DIT IS NIEUW voor 2024." },
    { "type": "bullet_list", "items": ["Een BELANGRIJKE afspraak", "VDAB, OCMW en CAW werken samen binnen WSE-LR1."] },"#,
    );
    let output = run(scratch.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("waarschuwing: tekst in hoofdletters als nadruk: “DIT IS NIEUW”\n --> sections/4-vdab.json:7:45  blocks[0].text"),
        "{stderr}"
    );
    assert!(stderr.contains("“BELANGRIJKE”") && stderr.contains("blocks[1].items[0]"), "{stderr}");
    assert!(stderr.contains("in **vet** waar het nadruk nodig heeft"), "{stderr}");
    assert_eq!(stderr.matches("waarschuwing:").count(), 2, "abbreviations pass: {stderr}");
    let output = run(scratch.path(), &["check", "--strict"]);
    assert_eq!(output.status.code(), Some(1));
}
