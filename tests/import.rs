//! Word in: a DOCX from our writer, from LibreOffice and from an HTML page LibreOffice turned
//! into Word becomes an input folder that `check` accepts, with the words, headings, lists
//! and tables in order; a file that is not a readable Word document is refused with a clear
//! message and nothing is written.

mod common;

use std::path::Path;

use jaarverslag::model::Variant;

/// `jaarverslag import` of `docx` into `out` (inside `dir`).
/// `import` in English: these tests read what it says (the snapshots have both languages).
fn import(dir: &Path, docx: &str, out: &str) -> std::process::Output {
    import_with(dir, docx, out, ENGLISH)
}

const ENGLISH: &[(&str, &str)] = &[("LANG", "en_GB.UTF-8")];

fn import_with(dir: &Path, docx: &str, out: &str, vars: &[(&str, &str)]) -> std::process::Output {
    common::run_with(dir, &["import", docx, "--out", out], vars)
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The words of a report's blocks, in reading order.
fn report_words(report: &jaarverslag::model::Report) -> Vec<String> {
    let mut texts = Vec::new();
    jaarverslag::model::blocks_text(&report.introduction, &mut texts);
    for section in &report.sections {
        texts.push(section.heading());
        jaarverslag::model::blocks_text(&section.blocks, &mut texts);
    }
    common::words(&texts.join(" "))
}

fn bundled_docx() -> Vec<u8> {
    let theme = jaarverslag::theme::load_default();
    let report = jaarverslag::input::load(&common::root().join("input")).report.unwrap();
    jaarverslag::build::Renderer::new(&theme)
        .render(&report.for_variant(&Variant::Board))
        .unwrap()
        .docx
        .unwrap()
}

/// Our own DOCX of the bundled report comes back as an input folder that passes `check`,
/// with its four sections (number, title, code) and 99.5 % of its words in order.
#[test]
fn our_docx_imports_into_a_valid_input_folder() {
    let scratch = common::Scratch::new("import-ours");
    std::fs::write(scratch.path().join("verslag.docx"), bundled_docx()).unwrap();
    let output = import(scratch.path(), "verslag.docx", "terug");
    assert!(output.status.success(), "{}", stderr(&output));
    let original = jaarverslag::input::load(&common::root().join("input")).report.unwrap();
    let loaded = jaarverslag::input::load(&scratch.path().join("terug"));
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let imported = loaded.report.unwrap();
    let sections = |r: &jaarverslag::model::Report| -> Vec<(u32, String, String)> {
        r.sections.iter().map(|s| (s.number, s.title.clone(), s.code.clone())).collect()
    };
    assert_eq!(sections(&imported), sections(&original));
    let fraction = common::in_order_fraction(&report_words(&original), &report_words(&imported));
    assert!(fraction >= 0.995, "{:.4} of the words in order", fraction);
    // The key figures come back as key figures, not as a table.
    let key_figures = |r: &jaarverslag::model::Report| {
        r.introduction
            .iter()
            .find(|b| matches!(b.kind, jaarverslag::model::BlockKind::KeyFigures(_)))
            .map(|b| b.kind.clone())
    };
    assert!(key_figures(&original).is_some());
    assert_eq!(key_figures(&imported), key_figures(&original));
    // The chart comes back as a chart with its numbers, from the values cached in Word's chart.
    let chart = |r: &jaarverslag::model::Report| {
        r.sections
            .iter()
            .flat_map(|s| &s.blocks)
            .find(|b| matches!(b.kind, jaarverslag::model::BlockKind::Chart(_)))
            .map(|b| b.kind.clone())
    };
    assert!(chart(&original).is_some());
    assert_eq!(chart(&imported), chart(&original));
    let warnings = stderr(&output);
    assert!(warnings.contains("taken as the organisation's logo"), "{warnings}");
}

/// A bad file is refused with what it is and what to do; nothing is written.
#[test]
fn files_that_are_not_readable_word_documents_are_refused() {
    use std::io::Write as _;
    let scratch = common::Scratch::new("import-bad");
    let dir = scratch.path();
    let zip_of = |parts: &[(&str, &[u8])]| -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    };
    let ole = [0xD0u8, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let mut encrypted = ole.to_vec();
    encrypted.extend(std::iter::repeat_n(0u8, 512));
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    let dtd = br#"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>"#;
    // Each case's whole message is in tests/snapshots/import/<file>.txt.
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("tekst.docx", b"Dit is geen Word-bestand.".to_vec(), "tekst.docx is not a Word document"),
        (
            "oud.docx",
            ole.iter().copied().chain([0u8; 600]).collect(),
            "oud.docx is an old Word document (.doc), not a .docx",
        ),
        ("geheim.docx", encrypted, "geheim.docx is protected with a password"),
        (
            "leeg.docx",
            zip_of(&[("[Content_Types].xml", b"<Types/>")]),
            "leeg.docx has no document text (word/document.xml is missing)",
        ),
        (
            "dtd.docx",
            zip_of(&[("word/document.xml", dtd)]),
            "dtd.docx: the part word/document.xml declares a DTD or entities, which are refused",
        ),
        (
            "kapot.docx",
            b"PK\x03\x04 afgebroken".to_vec(),
            "kapot.docx is a damaged Word file (its zip cannot be read)",
        ),
    ];
    for (name, bytes, expected) in cases {
        std::fs::write(dir.join(name), bytes).unwrap();
        let output = import(dir, name, "uit");
        assert_eq!(output.status.code(), Some(1), "{name}");
        let message = stderr(&output);
        assert!(message.contains(&format!("error: {expected}")), "{name}: {message}");
        assert!(message.contains("= hint: ") && message.contains("nothing was written"), "{message}");
        assert!(!dir.join("uit").exists(), "{name}: nothing written");
        common::assert_snapshots(&format!("import/{}", name.trim_end_matches(".docx")), |vars| {
            import_with(dir, name, "uit", vars)
        });
    }
    // A zip bomb: a part that unpacks to more than the bound is refused while unpacking.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    let zeros = vec![b' '; 1024 * 1024];
    for _ in 0..(jaarverslag::import::MAX_UNPACKED_BYTES / (1024 * 1024) + 1) {
        zip.write_all(&zeros).unwrap();
    }
    std::fs::write(dir.join("bom.docx"), zip.finish().unwrap().into_inner()).unwrap();
    let output = import(dir, "bom.docx", "uit");
    let message = stderr(&output);
    assert!(message.contains("bom.docx unpacks to more than 200 MB"), "{message}");
    common::assert_snapshots("import/bom", |vars| import_with(dir, "bom.docx", "uit", vars));
    // A file over the size bound is refused without being read (a sparse file here).
    let big = std::fs::File::create(dir.join("groot.docx")).unwrap();
    big.set_len(100 * 1024 * 1024).unwrap();
    let output = import(dir, "groot.docx", "uit");
    let message = stderr(&output);
    assert!(message.contains("groot.docx is larger than 50 MB"), "{message}");
    common::assert_snapshots("import/groot", |vars| import_with(dir, "groot.docx", "uit", vars));
    assert!(!dir.join("uit").exists());
}

/// LibreOffice converts `file` in `dir` to DOCX; `None` when soffice is not installed.
fn libreoffice_docx(dir: &Path, file: &str) -> Option<std::path::PathBuf> {
    std::process::Command::new("soffice").arg("--version").output().ok()?;
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let out = dir.join("lo");
    let status = std::process::Command::new("soffice")
        .args([profile.as_str(), "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir"])
        .arg(&out)
        .arg(dir.join(file))
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let stem = Path::new(file).file_stem().unwrap().to_string_lossy().into_owned();
    Some(out.join(format!("{stem}.docx")))
}

/// Our DOCX saved again by LibreOffice (as a colleague's edit would be) still imports with
/// its sections and 99.5 % of its words in order.
#[test]
fn a_libreoffice_resave_of_our_docx_imports() {
    let scratch = common::Scratch::new("import-resave");
    std::fs::write(scratch.path().join("verslag.docx"), bundled_docx()).unwrap();
    let Some(resaved) = libreoffice_docx(scratch.path(), "verslag.docx") else {
        eprintln!("soffice not installed: skipped");
        return;
    };
    let output = import(scratch.path(), resaved.to_str().unwrap(), "terug");
    assert!(output.status.success(), "{}", stderr(&output));
    let original = jaarverslag::input::load(&common::root().join("input")).report.unwrap();
    let imported = jaarverslag::input::load(&scratch.path().join("terug")).report.unwrap();
    assert_eq!(imported.sections.len(), 4);
    let fraction = common::in_order_fraction(&report_words(&original), &report_words(&imported));
    assert!(fraction >= 0.995, "{:.4} of the words in order", fraction);
}

/// A colleague's part written elsewhere (here an HTML page LibreOffice turns into a DOCX):
/// its headings, bold, italic, link, nested bullets, a separate numbered list and a table
/// with its header row come through.
#[test]
fn a_docx_made_by_libreoffice_from_html_imports_with_its_structure() {
    let scratch = common::Scratch::new("import-html");
    std::fs::write(
        scratch.path().join("collega.html"),
        r#"<html><head><meta charset="utf-8"><title>Bijdrage</title></head><body>
<h1>1. Het opnemen van de regierol (WSE-LR1)</h1>
<p>In 2023 kwam het netwerk <b>drie keer</b> samen, met <i>alle</i> partners. Zie <a href="https://www.w13.be/">de website van W13</a>.</p>
<h2>Lerend netwerk</h2>
<ul><li>Taal op de werkvloer<ul><li>Werkgroep taal</li></ul></li><li>Mobiliteit</li></ul>
<ol><li>Eerste stap</li><li>Tweede stap</li></ol>
<h3>Cijfers</h3>
<table border="1"><thead><tr><th>Datum</th><th>Aanwezigen</th></tr></thead>
<tbody><tr><td>12 mei</td><td>30</td></tr><tr><td>9 oktober</td><td>30</td></tr></tbody></table>
<h1>2. Drempels naar werk (WSE-LR2)</h1>
<p>Een tweede hoofdstuk.</p>
</body></html>"#,
    )
    .unwrap();
    let Some(docx) = libreoffice_docx(scratch.path(), "collega.html") else {
        eprintln!("soffice not installed: skipped");
        return;
    };
    let output = import(scratch.path(), docx.to_str().unwrap(), "bijdrage");
    assert!(output.status.success(), "{}", stderr(&output));
    let section: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(scratch.path().join("bijdrage/sections/1-het-opnemen-van-de.json")).unwrap(),
    )
    .unwrap();
    assert_eq!((section["number"].as_u64(), section["code"].as_str()), (Some(1), Some("WSE-LR1")));
    assert_eq!(section["title"], "Het opnemen van de regierol");
    let blocks = section["blocks"].as_array().unwrap();
    let types: Vec<&str> = blocks.iter().map(|b| b["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["paragraph", "heading", "bullet_list", "numbered_list", "heading", "table"]);
    assert_eq!(
        blocks[0]["text"],
        "In 2023 kwam het netwerk **drie keer** samen, met *alle* partners. Zie [de website van W13](https://www.w13.be/)."
    );
    assert_eq!((blocks[1]["level"].as_u64(), blocks[4]["level"].as_u64()), (Some(2), Some(3)));
    assert_eq!(blocks[2]["items"][0]["items"][0], "Werkgroep taal", "nesting from the numbering levels");
    assert_eq!(blocks[2]["items"][1], "Mobiliteit");
    assert_eq!(blocks[3]["items"], serde_json::json!(["Eerste stap", "Tweede stap"]));
    assert_eq!(blocks[5]["header"], serde_json::json!([["Datum", "Aanwezigen"]]));
    assert_eq!(blocks[5]["rows"][1], serde_json::json!(["9 oktober", "30"]));
}

/// A pandoc DOCX (pandoc gives each list level a numbering of its own): its title, section,
/// nested bullets, numbered list and right-aligned table come through. Skipped without pandoc
/// (`.ci/run` installs it).
#[test]
fn a_pandoc_docx_imports_with_its_structure() {
    if std::process::Command::new("pandoc").arg("--version").output().is_err() {
        eprintln!("pandoc not installed: skipped");
        return;
    }
    let scratch = common::Scratch::new("import-pandoc");
    std::fs::write(
        scratch.path().join("deel.md"),
        "---\ntitle: Bijdrage van een collega\n---\n\n# 3. Bevorderen van het ondernemerschap (WSE-LR3)\n\n\
         Food Act 13 heeft **drie** doelstellingen, zie *ook* [de site](https://www.foodact13.be/).\n\n\
         ## Netwerk\n\n- Eerste punt\n    - Genest punt\n- Tweede punt\n\n1. Een\n2. Twee\n\n\
         | Jaar | Deelnemers |\n|------|-----------:|\n| 2022 | 12 |\n| 2023 | 14 |\n\nTot slot een zin.\n",
    )
    .unwrap();
    let status = std::process::Command::new("pandoc")
        .args(["deel.md", "-o", "deel.docx"])
        .current_dir(scratch.path())
        .status()
        .unwrap();
    assert!(status.success());
    let output = import(scratch.path(), "deel.docx", "deel");
    assert!(output.status.success(), "{}", stderr(&output));
    let read = |file: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(scratch.path().join("deel").join(file)).unwrap())
            .unwrap()
    };
    assert_eq!(read("report.json")["title"], "Bijdrage van een collega");
    let section = read("sections/3-bevorderen-van-het-ondernemerschap.json");
    let blocks = section["blocks"].as_array().unwrap();
    let types: Vec<&str> = blocks.iter().map(|b| b["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["paragraph", "heading", "bullet_list", "numbered_list", "table", "paragraph"]);
    assert_eq!(
        blocks[2]["items"],
        serde_json::json!([{ "text": "Eerste punt", "items": ["Genest punt"] }, "Tweede punt"])
    );
    assert_eq!(blocks[4]["header"], serde_json::json!([["Jaar", "Deelnemers"]]));
}

/// `--manifest` takes the municipalities and settings from an existing report.json: the
/// imported folder then knows Zwevegem, and no placeholder is left to check.
#[test]
fn the_manifest_given_keeps_the_municipalities_and_settings() {
    let scratch = common::Scratch::new("import-manifest");
    std::fs::write(scratch.path().join("verslag.docx"), bundled_docx()).unwrap();
    let manifest = common::root().join("input/report.json");
    let output = common::run(
        scratch.path(),
        &["import", "verslag.docx", "--out", "terug", "--manifest", manifest.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("placeholders"), "{}", stderr(&output));
    let imported = jaarverslag::input::load(&scratch.path().join("terug")).report.unwrap();
    let original = jaarverslag::input::load(&common::root().join("input")).report.unwrap();
    assert_eq!(imported.municipalities, original.municipalities);
    assert_eq!(imported.meta, original.meta);
    // A second import into the same folder is refused: nothing is overwritten.
    let again = import(scratch.path(), "verslag.docx", "terug");
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("already exists and is not empty"), "{}", stderr(&again));
}

/// The showcase's pictures come back as files with their descriptions, the decorative mark,
/// their widths and captions; an SVG as the SVG, not Word's PNG of it.
#[test]
fn pictures_come_back_with_their_descriptions_and_widths() {
    let scratch = common::Scratch::new("import-pictures");
    let theme = jaarverslag::theme::load_default();
    let report = jaarverslag::input::load(&common::root().join("tests/fixtures/showcase")).report.unwrap();
    let docx = jaarverslag::docx::write(
        &report.for_variant(&Variant::Municipality("kortrijk".into())),
        &theme,
        None,
    );
    std::fs::write(scratch.path().join("showcase.docx"), docx).unwrap();
    let output = import(scratch.path(), "showcase.docx", "terug");
    assert!(output.status.success(), "{}", stderr(&output));
    let section: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(scratch.path().join("terug/sections/3-figuren.json")).unwrap(),
    )
    .unwrap();
    let images: Vec<&serde_json::Value> =
        section["blocks"].as_array().unwrap().iter().filter(|b| b["type"] == "image").collect();
    assert_eq!(images.len(), 4);
    assert_eq!(images[0]["alt"], "Vier staven van verschillende hoogte");
    assert_eq!(images[0]["caption"], "Deelnemers per **kwartaal**");
    assert_eq!(images[0]["width_mm"], 80.0);
    assert!(images[1]["file"].as_str().unwrap().ends_with(".svg"), "{}", images[1]);
    assert_eq!(images[2]["decorative"], true);
    assert_eq!(images[3]["alt"], "Een zonnig veld in Kortrijk");
    let svg = std::fs::read(scratch.path().join("terug").join(images[1]["file"].as_str().unwrap())).unwrap();
    assert_eq!(
        svg,
        std::fs::read(common::root().join("tests/fixtures/showcase/beelden/netwerk.svg")).unwrap()
    );
    let charts = section["blocks"].as_array().unwrap().iter().filter(|b| b["type"] == "chart").count();
    assert_eq!(charts, 4, "the four charts come back as charts");
}

/// Build → import of our own DOCX gives back the input of that version: the same files, the
/// same blocks with their markup, scopes, ids and widths, the same pictures under their own
/// names — for every version of the bundled report and of the showcase, also after
/// LibreOffice saved the file again.
#[test]
fn our_docx_imports_back_to_the_input_it_was_built_from() {
    let theme = jaarverslag::theme::load_default();
    let scratch = common::Scratch::new("import-round-trip");
    for dir in [common::root().join("input"), common::root().join("tests/fixtures/showcase")] {
        let report = jaarverslag::input::load(&dir).report.unwrap();
        for variant in report.variants().collect::<Vec<_>>() {
            let docx = jaarverslag::docx::write(&report.for_variant(&variant), &theme, None);
            let package = jaarverslag::import::Package::from_bytes(docx, "verslag.docx").unwrap();
            let imported = jaarverslag::import::import(&package, None).unwrap();
            let expected = common::version_of_input(&dir, &variant);
            common::assert_same_input(
                &common::json_files(&imported.files),
                &expected,
                &format!("{} {variant:?}", dir.display()),
            );
            for (name, bytes) in imported.files.iter().filter(|(n, _)| !n.ends_with(".json")) {
                assert_eq!(bytes, &std::fs::read(dir.join(name)).unwrap(), "{name} comes back as it was");
            }
        }
        // LibreOffice keeps our bookmarks and the custom XML part when it saves.
        let variant = Variant::Municipality(report.municipalities[0].id.clone());
        let name = format!("{}.docx", variant.name());
        std::fs::write(
            scratch.path().join(&name),
            jaarverslag::docx::write(&report.for_variant(&variant), &theme, None),
        )
        .unwrap();
        let Some(resaved) = libreoffice_docx(scratch.path(), &name) else { continue };
        let package = jaarverslag::import::Package::open(&resaved, &name).unwrap();
        let imported = jaarverslag::import::import(&package, None).unwrap();
        let mut expected = common::version_of_input(&dir, &variant);
        let mut got = common::json_files(&imported.files);
        // LibreOffice keeps no SVG beside its PNG: such a picture comes back as the PNG.
        for files in [&mut expected, &mut got] {
            for file in files.values_mut() {
                for field in ["introduction", "blocks"] {
                    let Some(blocks) = file.get_mut(field) else { continue };
                    for block in blocks.as_array_mut().unwrap() {
                        if block["type"] == "image" {
                            block["file"] = serde_json::json!("(picture)");
                        }
                    }
                }
            }
        }
        common::assert_same_input(&got, &expected, &format!("LibreOffice's save of {}", dir.display()));
    }
}

/// The record of sources in a DOCX is read from the file, so it is checked like input: a
/// crafted one naming files outside the folder writes nothing there.
#[test]
fn a_crafted_record_of_sources_writes_nothing_outside_the_folder() {
    let scratch = common::Scratch::new("import-crafted");
    let report = jaarverslag::input::load(&common::root().join("tests/fixtures/showcase")).report.unwrap();
    let docx = jaarverslag::docx::write(
        &report.for_variant(&Variant::Board),
        &jaarverslag::theme::load_default(),
        None,
    );
    let docx = common::edit_docx(&docx, |parts| {
        let xml = String::from_utf8(parts["customXml/item1.xml"].clone()).unwrap();
        let xml = xml
            .replace("<section file=\"sections/1-alles.json\">", "<section file=\"../../boos.json\">")
            .replace("\"file\":\"beelden/staven.png\"", "\"file\":\"../../boos.png\"");
        parts.insert("customXml/item1.xml".into(), xml.into_bytes());
    });
    let dir = scratch.path().join("a/b");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("verslag.docx"), docx).unwrap();
    let output = import(&dir, "verslag.docx", "terug");
    assert!(output.status.success(), "{}", stderr(&output));
    for outside in ["boos.json", "boos.png", "a/boos.json", "a/boos.png"] {
        assert!(!scratch.path().join(outside).exists(), "{outside} written outside the folder");
    }
    let section: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("terug/sections/3-figuren.json")).unwrap())
            .unwrap();
    assert!(
        section["blocks"][1]["file"].as_str().unwrap().starts_with("beelden/"),
        "{}",
        section["blocks"][1]
    );
}
