//! `import --update`: edits made in Word to our own DOCX come back to exactly the blocks of
//! the input they change, and nothing else in the files moves.
//!
//! The edits are made in the test by editing the DOCX's XML as Word would save it, and once
//! through LibreOffice (open, replace text, save as DOCX) standing in for Word.

mod common;

use std::path::Path;

use common::{Scratch, copy_of_input, run};
use jaarverslag::model::Variant;

/// Our DOCX of `variant`, built from the input in `scratch`.
fn built(scratch: &Scratch, variant: &Variant) -> Vec<u8> {
    let report = jaarverslag::input::load(&scratch.input()).report.expect("a valid input");
    jaarverslag::docx::write(&report.for_variant(variant), &jaarverslag::theme::load_default(), None)
}

/// `document.xml` with `from` (once) replaced by `to`.
fn replace_in_document(parts: &mut std::collections::BTreeMap<String, Vec<u8>>, from: &str, to: &str) {
    let xml = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
    assert_eq!(xml.matches(from).count(), 1, "{from:?} once in document.xml");
    parts.insert("word/document.xml".into(), xml.replacen(from, to, 1).into_bytes());
}

/// The paragraph (`<w:p>…</w:p>`) of document.xml that holds `text`.
fn paragraph_with(xml: &str, text: &str) -> std::ops::Range<usize> {
    let at = xml.find(text).unwrap_or_else(|| panic!("{text:?} in document.xml"));
    let start = xml[..at].rfind("<w:p>").unwrap();
    let end = at + xml[at..].find("</w:p>").unwrap() + "</w:p>".len();
    start..end
}

/// `import --update` in English: these tests read what it says (the snapshots have both
/// languages).
fn update(scratch: &Scratch, docx: &[u8], extra: &[&str]) -> std::process::Output {
    update_with(scratch, docx, extra, &[("LANG", "en_GB.UTF-8")])
}

fn update_with(
    scratch: &Scratch,
    docx: &[u8],
    extra: &[&str],
    vars: &[(&str, &str)],
) -> std::process::Output {
    std::fs::write(scratch.path().join("bewerkt.docx"), docx).unwrap();
    let mut args = vec!["import", "bewerkt.docx", "--update", "input"];
    args.extend(extra);
    common::run_with(scratch.path(), &args, vars)
}

fn text(output: &std::process::Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn read(scratch: &Scratch, file: &str) -> String {
    std::fs::read_to_string(scratch.input().join(file)).unwrap()
}

/// Every file of the input folder, by path, with its bytes.
fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(
                    path.strip_prefix(dir).unwrap().display().to_string(),
                    std::fs::read(&path).unwrap(),
                );
            }
        }
    }
    out
}

const TYPO: (&str, &str) = ("neemt W13 deze rol op zich", "neemt W13 die rol op zich");
const BULLET: &str =
    "VDAB stelde zijn taalondersteunend aanbod voor op het lerend netwerk, via zijn nieuwe partnersite.";
const REWRITTEN: (&str, &str) = (
    "Door samen te werken rond het thema taal in kader van de samenwerkingsovereenkomst",
    "Door samen rond taal te werken binnen de samenwerkingsovereenkomst",
);

/// A typo fixed, a bullet removed, a bullet rewritten and a paragraph added in the board's
/// DOCX come back into the right files; every other byte of the input stays as it was; the
/// output says what changed, with the old and new text; the next build shows the edits.
#[test]
fn edits_made_in_word_come_back_to_exactly_their_blocks() {
    let scratch = copy_of_input("update-edits");
    let before = snapshot(&scratch.input());
    let docx = common::edit_docx(&built(&scratch, &Variant::Board), |parts| {
        replace_in_document(parts, TYPO.0, TYPO.1);
        replace_in_document(parts, REWRITTEN.0, REWRITTEN.1);
        let mut xml = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
        let bullet = paragraph_with(&xml, BULLET);
        xml.replace_range(bullet, "");
        let after = paragraph_with(&xml, "Mensen met een migratieachtergrond was binnen").end;
        xml.insert_str(after, "<w:p><w:r><w:t>Een nieuwe alinea, in Word geschreven.</w:t></w:r></w:p>");
        parts.insert("word/document.xml".into(), xml.into_bytes());
    });
    let output = update(&scratch, &docx, &[]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");

    // The manifest: only the typo's text changed.
    let manifest = String::from_utf8(before["report.json"].clone()).unwrap();
    assert_eq!(read(&scratch, "report.json"), manifest.replacen(TYPO.0, TYPO.1, 1));
    // Section 2: the bullet's line gone, the rewritten one changed, the new paragraph after
    // its neighbour in the file's own layout; nothing else.
    let section = String::from_utf8(before["sections/2-drempels.json"].clone()).unwrap();
    let neighbour = "een van de gekozen acties.\"\n    },\n";
    let expected = section
        .replacen(&format!("        \"{BULLET}\",\n"), "", 1)
        .replacen(REWRITTEN.0, REWRITTEN.1, 1)
        .replacen(
            neighbour,
            &format!(
                "{neighbour}    {{\n      \"type\": \"paragraph\",\n      \"text\": \"Een nieuwe alinea, in Word geschreven.\"\n    }},\n"
            ),
            1,
        );
    assert_eq!(read(&scratch, "sections/2-drempels.json"), expected);
    let after = snapshot(&scratch.input());
    for (file, bytes) in &before {
        if file != "report.json" && file != "sections/2-drempels.json" {
            assert_eq!(&after[file], bytes, "{file} is untouched");
        }
    }
    // What changed, section by section, with the old and new text.
    assert!(stdout.contains("report.json\n  Inleiding: paragraph 2 changed\n"), "{stdout}");
    assert!(stdout.contains(&format!("- In Zuid-West-Vlaanderen {}", TYPO.0)), "{stdout}");
    assert!(stdout.contains(&format!("+ In Zuid-West-Vlaanderen {}", TYPO.1)), "{stdout}");
    assert!(stdout.contains("› Taal en opleidingsniveau: list 1 changed"), "{stdout}");
    assert!(stdout.contains(&format!("- • {BULLET}")), "{stdout}");
    assert!(stdout.contains("+ • Door samen rond taal te werken"), "{stdout}");
    assert!(
        stdout.contains(": paragraph 2 added\n      + Een nieuwe alinea, in Word geschreven."),
        "{stdout}"
    );
    assert!(
        stdout.contains("3 changes brought back into input: report.json, sections/2-drempels.json;"),
        "{stdout}"
    );
    assert!(stdout.contains("run `jaarverslag build`"), "{stdout}");

    // The next build shows the edits; a second update from the same file finds the input
    // changed since (it was: by this update) and refuses.
    let build = run(scratch.path(), &["build", "--variant", "bestuur", "--format", "docx"]);
    assert_eq!(build.status.code(), Some(0));
    let rebuilt =
        common::zip_parts(&std::fs::read(scratch.out().join("jaarverslag-2023-bestuur.docx")).unwrap());
    assert!(rebuilt["word/document.xml"].contains(TYPO.1));
    assert!(!rebuilt["word/document.xml"].contains(BULLET));
    let again = update(&scratch, &docx, &[]);
    assert_eq!(again.status.code(), Some(1), "{}", text(&again).1);
}

/// A DOCX built and not edited brings nothing back, and writes nothing: for the bundled
/// report and the showcase (charts with their data tables, pictures, scoped blocks).
#[test]
fn an_unedited_docx_changes_nothing() {
    for (fixture, variant) in [
        ("input", Variant::Municipality("kortrijk".into())),
        ("tests/fixtures/showcase", Variant::Board),
        ("tests/fixtures/showcase", Variant::Municipality("zwevegem".into())),
    ] {
        let scratch = Scratch::new("update-none");
        common::copy_dir(&common::root().join(fixture), &scratch.input());
        let before = snapshot(&scratch.input());
        let output = update(&scratch, &built(&scratch, &variant), &[]);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(0), "{fixture} {variant:?}: {stderr}");
        assert!(stdout.contains("nothing to bring back"), "{fixture} {variant:?}: {stdout}");
        assert_eq!(snapshot(&scratch.input()), before);
    }
}

/// Tracked changes are listed and stop the update, unless --accept-changes takes them.
#[test]
fn tracked_changes_are_taken_only_when_accepted() {
    let scratch = copy_of_input("update-tracked");
    let before = snapshot(&scratch.input());
    let docx = common::edit_docx(&built(&scratch, &Variant::Board), |parts| {
        replace_in_document(
            parts,
            "voor de lokale besturen.</w:t></w:r>",
            "voor de lokale besturen.</w:t></w:r><w:ins w:id=\"901\" w:author=\"Bestuur\" w:date=\"2024-03-01T10:00:00Z\"><w:r><w:t xml:space=\"preserve\"> Ook in 2024.</w:t></w:r></w:ins>",
        );
    });
    let output = update(&scratch, &docx, &[]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("a tracked change that is not accepted yet"), "{stderr}");
    assert!(stderr.contains("Inleiding (paragraph"), "{stderr}");
    assert!(stderr.contains("an insertion: “Ook in 2024.”"), "{stderr}");
    assert!(stderr.contains("--accept-changes") && stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(snapshot(&scratch.input()), before);
    common::assert_snapshots("import/update-tracked-change", |vars| update_with(&scratch, &docx, &[], vars));

    let output = update(&scratch, &docx, &["--accept-changes"]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("tracked change taken as accepted"), "{stderr}");
    assert!(read(&scratch, "report.json").contains("voor de lokale besturen. Ook in 2024."), "{stdout}");
}

/// Comments are listed with their place and author, for staff to act on.
#[test]
fn comments_are_listed_with_their_place() {
    let scratch = copy_of_input("update-comment");
    let docx = common::edit_docx(&built(&scratch, &Variant::Board), |parts| {
        replace_in_document(
            parts,
            "<w:t xml:space=\"preserve\">Mensen met een migratieachtergrond was binnen",
            "<w:t xml:space=\"preserve\">Mensen met een migratieachtergrond was binnen",
        );
        let mut xml = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
        let p = paragraph_with(&xml, "Mensen met een migratieachtergrond was binnen");
        xml.insert_str(p.end - "</w:p>".len(), "<w:r><w:commentReference w:id=\"7\"/></w:r>");
        parts.insert("word/document.xml".into(), xml.into_bytes());
        parts.insert(
            "word/comments.xml".into(),
            br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7" w:author="An Bestuur" w:date="2024-03-01T10:00:00Z"><w:p><w:r><w:t>Klopt dit &amp; is het nog zo?</w:t></w:r></w:p></w:comment></w:comments>"#.to_vec(),
        );
        let rels = String::from_utf8(parts["word/_rels/document.xml.rels"].clone()).unwrap().replace(
            "</Relationships>",
            "<Relationship Id=\"rIdComments\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/></Relationships>",
        );
        parts.insert("word/_rels/document.xml.rels".into(), rels.into_bytes());
    });
    let output = update(&scratch, &docx, &[]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stdout.contains("comments in the Word file, to act on:"), "{stdout}");
    assert!(
        stdout
            .contains("› Mensen met een afstand tot de arbeidsmarkt, met een migratieachtergrond (paragraph")
            && stdout.contains("“Klopt dit & is het nog zo?” — An Bestuur"),
        "{stdout}"
    );
}

/// When the input changed after the DOCX was built, the update is refused and says what
/// changed; --force brings the Word edits in and keeps the newer input edit elsewhere.
#[test]
fn an_input_changed_since_the_build_is_not_overwritten() {
    let scratch = copy_of_input("update-conflict");
    let docx = common::edit_docx(&built(&scratch, &Variant::Board), |parts| {
        replace_in_document(parts, TYPO.0, TYPO.1)
    });
    scratch.edit(
        "sections/3-ondernemerschap.json",
        "Er waren 6 sociale-economiebedrijven",
        "Er waren zes sociale-economiebedrijven",
    );
    let before = snapshot(&scratch.input());
    let output = update(&scratch, &docx, &[]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("the input changed after this Word file was made"), "{stderr}");
    assert!(stderr.contains("  - sections/3-ondernemerschap.json: the paragraph “"), "{stderr}");
    assert_eq!(stderr.matches("  - ").count(), 1, "one block changed since: {stderr}");
    assert!(stderr.contains("--force") && stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(snapshot(&scratch.input()), before);
    common::assert_snapshots("import/update-input-changed-since", |vars| {
        update_with(&scratch, &docx, &[], vars)
    });

    let output = update(&scratch, &docx, &["--force"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    assert!(read(&scratch, "report.json").contains(TYPO.1));
    assert!(
        read(&scratch, "sections/3-ondernemerschap.json").contains("Er waren zes sociale-economiebedrijven")
    );
}

/// A municipality's version: its own blocks map back to their source — `{municipality}`
/// and the scope stay — and a list item only for another municipality, which this version
/// does not show, stays where it was.
#[test]
fn a_municipality_version_maps_back_to_its_scoped_source() {
    let scratch = copy_of_input("update-scoped");
    scratch.edit(
        "sections/4-vdab.json",
        "\"blocks\": [",
        "\"blocks\": [\n    { \"type\": \"paragraph\", \"only_for\": [\"kortrijk\", \"menen\"], \"text\": \"In {municipality} liep een eigen traject.\" },\n    { \"type\": \"bullet_list\", \"items\": [\"Voor iedereen\", { \"text\": \"Alleen voor Menen\", \"only_for\": [\"menen\"] }, \"Ook voor iedereen\"] },",
    );
    let docx = common::edit_docx(&built(&scratch, &Variant::Municipality("kortrijk".into())), |parts| {
        // The paragraph's own text (the overview at the front quotes it too).
        replace_in_document(parts, "> liep een eigen traject.<", "> liep een eigen traject met werkgevers.<");
        replace_in_document(parts, ">Ook voor iedereen<", ">Ook voor iedereen, in 2024<");
    });
    let output = update(&scratch, &docx, &[]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    let section = read(&scratch, "sections/4-vdab.json");
    assert!(
        section.contains("{ \"type\": \"paragraph\", \"only_for\": [\"kortrijk\", \"menen\"], \"text\": \"In {municipality} liep een eigen traject met werkgevers.\" }"),
        "{section}"
    );
    assert!(section.contains("{ \"text\": \"Alleen voor Menen\", \"only_for\": [\"menen\"] }"), "{section}");
    assert!(section.contains("\"Ook voor iedereen, in 2024\""), "{section}");
    assert!(stdout.contains("+ In {municipality} liep een eigen traject met werkgevers."), "{stdout}");
}

/// A DOCX this tool did not make cannot update an input: said, with what to do instead.
#[test]
fn a_docx_from_elsewhere_is_refused() {
    let scratch = copy_of_input("update-foreign");
    let docx = common::edit_docx(&built(&scratch, &Variant::Board), |parts| {
        parts.remove("customXml/item1.xml");
    });
    let output = update(&scratch, &docx, &[]);
    let (_, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("bewerkt.docx was not made by jaarverslag"), "{stderr}");
    assert!(stderr.contains("--out NEW-FOLDER"), "{stderr}");
    common::assert_snapshots("import/update-not-ours", |vars| update_with(&scratch, &docx, &[], vars));
}

/// The same through LibreOffice: opened, text replaced, saved as DOCX again. Skipped where
/// LibreOffice or its Python bridge (python3-uno) is missing.
#[test]
fn an_edit_saved_by_libreoffice_comes_back() {
    let python = "/usr/bin/python3";
    let has_uno = std::process::Command::new(python)
        .args(["-c", "import uno"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_uno || std::process::Command::new("soffice").arg("--version").output().is_err() {
        eprintln!("skipped: LibreOffice with python3-uno is not installed");
        return;
    }
    let scratch = copy_of_input("update-libreoffice");
    let before = snapshot(&scratch.input());
    std::fs::write(scratch.path().join("bestuur.docx"), built(&scratch, &Variant::Board)).unwrap();
    let script = common::root().join("tests/tools/libreoffice_edit.py");
    let edit = std::process::Command::new(python)
        .arg(&script)
        .arg(scratch.path().join("profile"))
        .arg(scratch.path().join("bestuur.docx"))
        .arg(scratch.path().join("bewerkt.docx"))
        .args([TYPO.0, TYPO.1, REWRITTEN.0, REWRITTEN.1])
        .output()
        .unwrap();
    assert!(edit.status.success(), "{}", String::from_utf8_lossy(&edit.stderr));
    // In the default language, as staff see it.
    let output = run(scratch.path(), &["import", "bewerkt.docx", "--update", "input"]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("2 wijzigingen teruggebracht naar input"), "{stdout}");
    let manifest = String::from_utf8(before["report.json"].clone()).unwrap();
    assert_eq!(read(&scratch, "report.json"), manifest.replacen(TYPO.0, TYPO.1, 1));
    let section = String::from_utf8(before["sections/2-drempels.json"].clone()).unwrap();
    assert_eq!(read(&scratch, "sections/2-drempels.json"), section.replacen(REWRITTEN.0, REWRITTEN.1, 1));
}

/// A section's title edited in its Heading 1, and the cover's subtitle, come back into the
/// section file and the manifest — never lost in silence.
#[test]
fn titles_edited_in_word_come_back() {
    let scratch = copy_of_input("update-titles");
    let before = snapshot(&scratch.input());
    let docx = common::edit_docx(&built(&scratch, &Variant::Board), |parts| {
        // The heading itself, after its entry in the table of contents.
        let xml = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
        let old = ">3. Bevorderen van het ondernemerschap, waaronder het sociaal ondernemen en met maatschappelijk verantwoord ondernemen (WSE-";
        let at = xml.rfind(old).unwrap();
        let new = ">3. Het ondernemerschap bevorderen, ook het sociaal en maatschappelijk verantwoord ondernemen (WSE-";
        parts.insert(
            "word/document.xml".into(),
            format!("{}{new}{}", &xml[..at], &xml[at + old.len()..]).into_bytes(),
        );
        replace_in_document(parts, ">Jaarverslag 2023<", ">Jaarverslag 2023 (ontwerp)<");
    });
    let output = update(&scratch, &docx, &[]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    let section = String::from_utf8(before["sections/3-ondernemerschap.json"].clone()).unwrap();
    assert_eq!(
        read(&scratch, "sections/3-ondernemerschap.json"),
        section.replacen(
            "Bevorderen van het ondernemerschap, waaronder het sociaal ondernemen en met maatschappelijk verantwoord ondernemen",
            "Het ondernemerschap bevorderen, ook het sociaal en maatschappelijk verantwoord ondernemen",
            1
        )
    );
    let manifest = String::from_utf8(before["report.json"].clone()).unwrap();
    assert_eq!(
        read(&scratch, "report.json"),
        manifest.replacen(
            "\"subtitle\": \"Jaarverslag 2023\"",
            "\"subtitle\": \"Jaarverslag 2023 (ontwerp)\"",
            1
        )
    );
    assert!(
        stdout.contains(
            "Titelblad: subtitle changed\n      - Jaarverslag 2023\n      + Jaarverslag 2023 (ontwerp)"
        ),
        "{stdout}"
    );
}

/// A picture replaced in Word, with a new description, comes back as a new file in
/// `beelden/` (the old one is left alone) and the block's `alt`; its width and caption stay.
#[test]
fn a_picture_replaced_in_word_comes_back_as_a_new_file() {
    let scratch = Scratch::new("update-picture");
    common::copy_dir(&common::root().join("tests/fixtures/showcase"), &scratch.input());
    let old_png = std::fs::read(scratch.input().join("beelden/staven.png")).unwrap();
    let new_png = common::png(40, 30);
    let docx = common::edit_docx(&built(&scratch, &Variant::Board), |parts| {
        let media = parts.iter().find(|(_, bytes)| **bytes == old_png).map(|(name, _)| name.clone()).unwrap();
        parts.insert(media, new_png.clone());
        replace_in_document(
            parts,
            "descr=\"Vier staven van verschillende hoogte\"",
            "descr=\"Vijf staven van verschillende hoogte\"",
        );
    });
    let output = update(&scratch, &docx, &[]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("3. Figuren: picture 1 replaced"), "{stdout}");
    let section: serde_json::Value =
        serde_json::from_str(&read(&scratch, "sections/3-figuren.json")).unwrap();
    let image = &section["blocks"][1];
    let file = image["file"].as_str().unwrap();
    assert!(file.starts_with("beelden/word-") && file.ends_with(".png"), "{image}");
    assert_eq!(std::fs::read(scratch.input().join(file)).unwrap(), new_png);
    assert_eq!(std::fs::read(scratch.input().join("beelden/staven.png")).unwrap(), old_png);
    assert_eq!(image["alt"], "Vijf staven van verschillende hoogte");
    assert_eq!(image["width_mm"], 80);
    assert_eq!(image["caption"], "Deelnemers per **kwartaal**");
    // Only that one picture file is new.
    let pictures = std::fs::read_dir(scratch.input().join("beelden")).unwrap().count();
    assert_eq!(pictures, 4);
}

/// A paragraph moved in Word to later in its section comes back moved: taken out where it
/// was, put where Word has it, once.
#[test]
fn a_paragraph_moved_in_word_is_moved_not_copied() {
    let scratch = copy_of_input("update-move");
    let moved = "In Zuid-West-Vlaanderen neemt W13 deze rol op zich voor de lokale besturen.";
    let docx = common::edit_docx(&built(&scratch, &Variant::Board), |parts| {
        let mut xml = String::from_utf8(parts["word/document.xml"].clone()).unwrap();
        let p = paragraph_with(&xml, moved);
        let paragraph = xml[p.clone()].to_owned();
        xml.replace_range(p, "");
        let after = paragraph_with(&xml, "Binnen de richtlijnen van de vier Vlaamse").end;
        xml.insert_str(after, &paragraph);
        parts.insert("word/document.xml".into(), xml.into_bytes());
    });
    let output = update(&scratch, &docx, &[]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stdout}{stderr}");
    let manifest = read(&scratch, "report.json");
    assert_eq!(manifest.matches(moved).count(), 1, "{manifest}");
    assert!(manifest.find("Binnen de richtlijnen").unwrap() < manifest.find(moved).unwrap(), "{manifest}");
}
