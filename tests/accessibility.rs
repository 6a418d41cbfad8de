//! `check` finds what makes the report hard to use for readers with low vision or a screen
//! reader (WCAG 2.1 AA), as warnings with their place; `check --strict` makes them errors.

mod common;

use common::{copy_of_input, run};

/// A theme whose body text is too light for the white page: a warning at the colour in the
/// theme file, with the ratio and what is needed; `--strict` makes it an error (exit 1).
#[test]
fn too_little_contrast_is_found_and_strict_refuses_it() {
    let scratch = copy_of_input("a11y-contrast");
    let theme = std::fs::read_to_string(common::root().join("templates/w13.json")).unwrap();
    let light = theme.replacen(
        "\"body\": { \"size_pt\": 11, \"line_spacing\": 1.15, \"space_after_pt\": 6, \"color\": \"#1F2933\"",
        "\"body\": { \"size_pt\": 11, \"line_spacing\": 1.15, \"space_after_pt\": 6, \"color\": \"#999999\"",
        1,
    );
    assert_ne!(light, theme);
    // In the scratch folder, its fonts named where they are and its logo beside it.
    let fonts = common::root().join("fonts");
    let light = light.replace("../fonts", &fonts.display().to_string());
    std::fs::copy(common::root().join("templates/w13-logo.svg"), scratch.path().join("w13-logo.svg"))
        .unwrap();
    std::fs::write(scratch.path().join("theme.json"), &light).unwrap();
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
