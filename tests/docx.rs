//! The DOCX: well-formed, self-consistent parts; native styles, lists and tables; the model's
//! words in order; document properties; byte-identical output; reviewed XML goldens.
//!
//! Goldens live in `tests/snapshots/docx/`; rewrite them with `UPDATE_GOLDEN=1 cargo test
//! --test docx`, then open the DOCX and look before committing.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::Element;
use jaarverslag::model::{BlockKind, Report, Variant};

fn load(dir: &Path) -> Report {
    let loaded = jaarverslag::input::load(dir);
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.report.unwrap()
}

fn docx_of(dir: &Path, variant: &Variant) -> Vec<u8> {
    let theme = jaarverslag::theme::load_default();
    jaarverslag::docx::write(&load(dir).for_variant(variant), &theme, None)
}

fn bundled() -> Vec<u8> {
    docx_of(&common::root().join("input"), &Variant::Board)
}

fn showcase(variant: &Variant) -> Vec<u8> {
    docx_of(&common::root().join("tests/fixtures/showcase"), variant)
}

/// A part name with its `..` steps taken: `word/charts/../embeddings/x` → `word/embeddings/x`.
fn resolve(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            ".." => drop(parts.pop()),
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// The parts of a DOCX by name.
fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    common::zip_parts(bytes)
}

/// Values of `attribute` on every `<element …>` in `xml`.
fn attribute_values(xml: &str, element: &str, attribute: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in xml.split('<').skip(1) {
        let name = tag.split(|c: char| c.is_whitespace() || c == '>' || c == '/').next().unwrap_or("");
        if name != element {
            continue;
        }
        let needle = format!(" {attribute}=\"");
        if let Some(start) = tag.find(&needle) {
            let rest = &tag[start + needle.len()..];
            out.push(rest[..rest.find('"').unwrap()].to_owned());
        }
    }
    out
}

/// The text of all `w:t` elements, with paragraph breaks, XML entities decoded.
fn document_text(xml: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut out, mut in_text) = (String::new(), false);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            quick_xml::events::Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            quick_xml::events::Event::End(e) if e.name().as_ref() == b"w:p" => out.push('\n'),
            quick_xml::events::Event::Text(t) if in_text => out.push_str(&t.xml10_content().unwrap()),
            quick_xml::events::Event::GeneralRef(r) if in_text => {
                let entity = String::from_utf8_lossy(&r);
                out.push_str(match entity.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unexpected entity {other}"),
                });
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn every_part_is_well_formed_xml() {
    for bytes in [bundled(), showcase(&Variant::Board)] {
        for (name, xml) in parts(&bytes) {
            let mut reader = quick_xml::Reader::from_str(&xml);
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{name} is not well-formed: {e}"),
                }
            }
        }
    }
}

#[test]
fn relationships_styles_numbering_and_bookmarks_resolve() {
    let docx = showcase(&Variant::Municipality("kortrijk".into()));
    let media = common::zip_media(&docx);
    let parts = parts(&docx);
    let rels = &parts["word/_rels/document.xml.rels"];
    for rel in rels.split("<Relationship ").skip(1) {
        if rel.contains("TargetMode=\"External\"") {
            continue;
        }
        let target = rel.split("Target=\"").nth(1).unwrap().split('"').next().unwrap();
        let target = match target.strip_prefix("../") {
            Some(outside_word) => outside_word.to_owned(),
            None => format!("word/{target}"),
        };
        assert!(
            parts.contains_key(&target) || media.contains_key(&target),
            "relationship target {target} exists"
        );
    }
    for target in attribute_values(&parts["_rels/.rels"], "Relationship", "Target") {
        assert!(parts.contains_key(target.trim_start_matches('/')), "package part {target} exists");
    }
    let document = &parts["word/document.xml"];
    let styles = attribute_values(&parts["word/styles.xml"], "w:style", "w:styleId");
    for kind in ["w:pStyle", "w:rStyle", "w:tblStyle"] {
        for id in attribute_values(document, kind, "w:val") {
            assert!(styles.contains(&id), "style {id} is defined");
        }
    }
    let numbering = &parts["word/numbering.xml"];
    let nums = attribute_values(numbering, "w:num", "w:numId");
    let used = attribute_values(document, "w:numId", "w:val");
    assert!(!used.is_empty());
    for id in &used {
        assert!(nums.contains(id), "numbering {id} is defined");
    }
    let abstracts = attribute_values(numbering, "w:abstractNum", "w:abstractNumId");
    for id in attribute_values(numbering, "w:abstractNumId", "w:val") {
        assert!(abstracts.contains(&id), "abstract numbering {id} is defined");
    }
    let bookmarks = attribute_values(document, "w:bookmarkStart", "w:name");
    for anchor in attribute_values(document, "w:hyperlink", "w:anchor") {
        assert!(bookmarks.contains(&anchor), "link target {anchor} is a bookmark");
    }
    let external: Vec<String> = attribute_values(document, "w:hyperlink", "r:id");
    assert_eq!(external, ["rIdLink1"]);
    assert!(rels.contains(r#"Target="https://www.w13.be/?a=1&amp;b=2""#), "{rels}");
}

#[test]
fn the_models_words_appear_in_order() {
    let report = load(&common::root().join("input")).for_variant(&Variant::Board);
    let expected = common::words(&report.reading_order_text().join("\n"));
    let text = document_text(&parts(&bundled())["word/document.xml"]);
    let found = common::words(&text);
    assert_eq!(common::in_order_fraction(&expected, &found), 1.0);
}

#[test]
fn native_styles_lists_and_tables() {
    let parts = parts(&bundled());
    let document = &parts["word/document.xml"];
    let styles = &parts["word/styles.xml"];
    for (id, name) in [
        ("Heading1", "heading 1"),
        ("Heading2", "heading 2"),
        ("Heading3", "heading 3"),
        ("Title", "Title"),
        ("ListBullet", "List Bullet"),
        ("ListNumber", "List Number"),
        ("Caption", "caption"),
        ("TOC1", "toc 1"),
    ] {
        assert!(
            styles.contains(&format!(r#"w:styleId="{id}"><w:name w:val="{name}"/>"#)),
            "style {id} named {name}"
        );
    }
    for level in 0..3 {
        assert!(styles.contains(&format!(r#"<w:outlineLvl w:val="{level}"/>"#)), "outline level {level}");
    }
    assert!(styles.contains("<w:keepNext/>"), "headings keep with next");
    assert!(styles.contains(r#"<w:lang w:val="nl-BE""#), "Dutch spelling");
    assert!(!document.contains("•"), "bullets are numbering, not typed characters");
    // Every list has its own numbering instance, restarting at 1.
    let numbering = &parts["word/numbering.xml"];
    let list_nums: Vec<String> = attribute_values(document, "w:numId", "w:val");
    let distinct: std::collections::BTreeSet<&String> = list_nums.iter().collect();
    assert_eq!(distinct.len(), 4, "four lists in the 2023 report");
    assert!(numbering.matches(r#"<w:startOverride w:val="1"/>"#).count() >= 4 * 3);
    assert_eq!(document.matches("<w:tblHeader/>").count(), 1, "the meet & greet header row repeats");
    assert!(document.matches("<w:cantSplit/>").count() >= 4, "rows do not split");
    assert!(document.contains(r#"<w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText>"#));
    assert!(!document.contains("<w:sdt>"), "no content control around the TOC");
    let footer = parts
        .iter()
        .filter(|(n, _)| n.starts_with("word/footer"))
        .map(|(_, x)| x.as_str())
        .collect::<String>();
    assert!(footer.contains(" PAGE ") && footer.contains(" NUMPAGES ") && footer.contains("Pagina "));
}

#[test]
fn document_properties_name_the_report_and_its_author() {
    let parts = parts(&bundled());
    let core = &parts["docProps/core.xml"];
    assert!(
        core.contains("<dc:title>Regierol sociale economie en werk — Jaarverslag 2023</dc:title>"),
        "{core}"
    );
    assert!(core.contains("<dc:creator>W13</dc:creator>"));
    assert!(core.contains("<dc:language>nl-BE</dc:language>"));
    assert!(core.contains("<cp:keywords>W13; Zuid-West-Vlaanderen; jaarverslag; regierol; WSE-LR1"));
    assert!(core.contains("2024-03-29T00:00:00Z"), "dated by the publication date, not the clock");
    assert!(!parts.values().any(|xml| xml.contains(">unknown<")), "no unknown author");
    assert!(parts["docProps/app.xml"].contains("<Company>W13</Company>"));
}

#[test]
fn versions_differ_only_where_the_content_does() {
    let board = document_text(&parts(&showcase(&Variant::Board))["word/document.xml"]);
    let kortrijk =
        document_text(&parts(&showcase(&Variant::Municipality("kortrijk".into())))["word/document.xml"]);
    assert!(!board.contains("Alleen voor") && board.contains("Versie voor het bestuur"));
    assert!(kortrijk.contains("Alleen voor Kortrijk.") && kortrijk.contains("Versie gemeente Kortrijk"));
    assert!(board.contains("1.234,5 € & <meer>"), "escaped text comes back intact");
}

#[test]
fn the_same_input_gives_the_same_bytes_in_any_thread() {
    common::assert_same_bytes_in_any_thread(bundled);
}

#[test]
fn xml_parts_match_the_reviewed_goldens() {
    let parts = parts(&showcase(&Variant::Municipality("kortrijk".into())));
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let dir = common::root().join("tests/snapshots/docx");
    let mut failures = Vec::new();
    for (name, xml) in &parts {
        let golden = dir.join(name.replace('/', "__"));
        let pretty = pretty_xml(xml);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&golden, &pretty).unwrap();
        }
        if std::fs::read_to_string(&golden).ok().as_deref() != Some(pretty.as_str()) {
            failures.push(name.clone());
        }
    }
    // A golden of a part the package no longer has is a part that went missing.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let file = entry.unwrap().file_name().to_string_lossy().replace("__", "/");
        if !parts.contains_key(&file) {
            if update {
                std::fs::remove_file(dir.join(file.replace('/', "__"))).unwrap();
            } else {
                failures.push(format!("{file} (no longer in the package)"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "parts differ from tests/snapshots/docx: {failures:?} (UPDATE_GOLDEN=1 rewrites them)"
    );
}

/// One tag per line, indented by depth; text stays next to its tag.
fn pretty_xml(xml: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut last_was_text = false;
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        if !text.trim().is_empty() {
            out.push_str(text);
            last_was_text = true;
        }
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        let tag = &rest[lt..gt];
        rest = &rest[gt..];
        if tag.starts_with("</") {
            depth = depth.saturating_sub(1);
            if !last_was_text {
                out.push('\n');
                out.push_str(&"  ".repeat(depth));
            }
            out.push_str(tag);
        } else {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&"  ".repeat(depth));
            out.push_str(tag);
            if !tag.ends_with("/>") && !tag.starts_with("<?") {
                depth += 1;
            }
        }
        last_was_text = false;
    }
    out.push('\n');
    out
}

/// LibreOffice opens every version's DOCX, lays it out on as many pages as our PDF (Dutch
/// hyphenation needs hyphen-nl), and shows the TOC entries with their page numbers, not
/// field code. Skipped when `soffice` is not installed.
#[test]
fn libreoffice_lays_out_every_version_as_the_pdf_and_shows_the_table_of_contents() {
    if std::process::Command::new("soffice").arg("--version").output().is_err() {
        eprintln!("soffice not installed: skipped");
        return;
    }
    let scratch = common::Scratch::new("soffice");
    let theme = jaarverslag::theme::load_default();
    let report = load(&common::root().join("input"));
    let renderer = jaarverslag::build::Renderer::new(&theme);
    let mut ours = Vec::new();
    let mut docx_files = Vec::new();
    let variants = report.variants();
    for (i, variant) in variants.enumerate() {
        let files = renderer.render(&report.for_variant(&variant)).unwrap();
        let docx = scratch.path().join(format!("versie{i:02}.docx"));
        std::fs::write(&docx, files.docx.as_ref().unwrap()).unwrap();
        ours.push((variant, pdf_pages(files.pdf.as_ref().unwrap(), scratch.path())));
        docx_files.push(docx);
    }
    let profile = format!("-env:UserInstallation=file://{}", scratch.path().join("profile").display());
    let outdir = scratch.path().join("lo");
    let status = std::process::Command::new("soffice")
        .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&outdir)
        .args(&docx_files)
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let mut equal = 0;
    let mut report_lines = Vec::new();
    for (i, (variant, our_pages)) in ours.iter().enumerate() {
        let pdf = outdir.join(format!("versie{i:02}.pdf"));
        let pages = pdf_pages(&std::fs::read(&pdf).unwrap(), scratch.path());
        report_lines.push(format!("{variant:?}: LibreOffice {pages}, ours {our_pages}"));
        assert!(pages.abs_diff(*our_pages) <= 1, "{}", report_lines.join("\n"));
        equal += usize::from(pages == *our_pages);
    }
    assert!(equal >= 12, "at least 12 of 14 versions on as many pages:\n{}", report_lines.join("\n"));

    let text =
        std::process::Command::new("pdftotext").arg(outdir.join("versie00.pdf")).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    let contents = text.find("Inhoudstafel").expect("the TOC heading");
    let toc = &text[contents..contents + 600.min(text.len() - contents)];
    assert!(toc.contains("Netwerk met sociale-economiebedrijven"), "TOC entries are shown: {toc}");
    assert!(!text.contains("PAGEREF") && !text.contains("TOC \\o"), "no field code is shown");
    let first_entry = toc.lines().find(|l| l.contains("Netwerk met sociale-economiebedrijven")).unwrap_or("");
    assert!(first_entry.trim_end().ends_with('3'), "TOC entries show page numbers: {toc}");
    assert!(text.contains("Pagina 2 van"), "the footer's fields are shown");
}

fn pdf_pages(pdf: &[u8], dir: &Path) -> usize {
    let path = dir.join("ours.pdf");
    std::fs::write(&path, pdf).unwrap();
    let info = std::process::Command::new("pdfinfo").arg(&path).output().unwrap();
    String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|p| p.trim().parse().unwrap()))
        .unwrap()
}

/// Every version of the bundled report, as the build writes it (TOC numbers from the PDF).
fn bundled_versions() -> Vec<(String, Vec<u8>)> {
    let theme = jaarverslag::theme::load_default();
    let report = load(&common::root().join("input"));
    let renderer = jaarverslag::build::Renderer::new(&theme);
    let variants = report.variants();
    variants
        .map(|variant| {
            let files = renderer.render(&report.for_variant(&variant)).unwrap();
            (format!("{variant:?}"), files.docx.unwrap())
        })
        .collect()
}

/// Word refuses or silently repairs what breaks the schema; LibreOffice does not tell.
#[test]
fn every_docx_passes_the_ooxml_schema_check() {
    let Some(checker) = common::SchemaChecker::find() else { return };
    let mut files = bundled_versions();
    for variant in [Variant::Board, Variant::Municipality("kortrijk".into())] {
        files.push((format!("showcase {variant:?}"), showcase(&variant)));
    }
    files.push(("bundled, TOC to be updated".into(), bundled()));
    let failures: Vec<String> = files
        .iter()
        .filter_map(|(name, bytes)| checker.errors(bytes).map(|report| format!("{name}:\n{report}")))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The checker itself catches what Word refuses (here `w:ilvl` after `w:numId`, the error of
/// the docx-rs days), so a clean result above means something.
#[test]
fn the_schema_check_catches_elements_out_of_order() {
    use std::io::Write as _;
    let Some(checker) = common::SchemaChecker::find() else { return };
    let mut broken = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, xml) in parts(&bundled()) {
        let xml = if name == "word/document.xml" {
            let (from, to) =
                (r#"<w:ilvl w:val="0"/><w:numId w:val="1"/>"#, r#"<w:numId w:val="1"/><w:ilvl w:val="0"/>"#);
            assert!(xml.contains(from));
            xml.replacen(from, to, 1)
        } else {
            xml
        };
        broken.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        broken.write_all(xml.as_bytes()).unwrap();
    }
    let bytes = broken.finish().unwrap().into_inner();
    let report = checker.errors(&bytes).expect("the swapped elements are reported");
    assert!(report.contains("word/document.xml") && report.contains("schema errors: 1 "), "{report}");
}

#[test]
fn the_package_has_every_part_typed_and_related_and_nothing_else() {
    let bytes = showcase(&Variant::Municipality("kortrijk".into()));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    for i in 0..archive.len() {
        let file = archive.by_index(i).unwrap();
        // PNG and JPEG are compressed already: deflating them again only costs time.
        let name = file.name();
        let stored = (name.starts_with("word/media/") && !name.ends_with(".svg")) || name.ends_with(".xlsx");
        let method = if stored { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
        assert_eq!(file.compression(), method, "{}'s compression", file.name());
    }
    let media = common::zip_media(&bytes);
    assert_eq!(
        media.keys().map(String::as_str).filter(|n| n.starts_with("word/media/")).collect::<Vec<_>>(),
        [
            "word/media/1-w13-logo.png",
            "word/media/2-w13-logo.svg",
            "word/media/3-staven.png",
            "word/media/4-netwerk.png",
            "word/media/5-netwerk.svg",
            "word/media/6-veld.jpeg",
        ],
        "the cover logo and the SVG each with a PNG fallback; the JPEG shown twice is stored once"
    );
    let parts = parts(&bytes);
    let types = Element::parse(&parts["[Content_Types].xml"]);
    let overrides: Vec<&str> =
        types.all("Override").iter().map(|o| o.attr("PartName").unwrap().trim_start_matches('/')).collect();
    let defaults: Vec<&str> = types.all("Default").iter().map(|d| d.attr("Extension").unwrap()).collect();
    for name in &overrides {
        assert!(
            parts.contains_key(*name) || media.contains_key(*name),
            "content type for a missing part {name}"
        );
    }
    let mut targets = Vec::new();
    for (name, xml) in parts.iter().filter(|(n, _)| n.ends_with(".rels")) {
        // word/_rels/document.xml.rels relates from word/; _rels/.rels from the root.
        let base = name.split("_rels/").next().unwrap();
        for relationship in Element::parse(xml).all("Relationship") {
            if relationship.attr("TargetMode") == Some("External") {
                continue;
            }
            let target = resolve(&format!("{base}{}", relationship.attr("Target").unwrap()));
            assert!(
                parts.contains_key(&target) || media.contains_key(&target),
                "{name} relates to a missing part {target}"
            );
            targets.push(target);
        }
    }
    let all_overrides = types.all("Override");
    for name in media.keys() {
        assert!(targets.contains(name), "{name} is the target of a relationship");
        let typed = all_overrides.iter().find(|o| o.attr("PartName") == Some(&format!("/{name}")));
        let extension = name.rsplit('.').next().unwrap();
        let expected = match extension {
            "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_owned(),
            "svg" => "image/svg+xml".to_owned(),
            other => format!("image/{other}"),
        };
        assert_eq!(typed.and_then(|o| o.attr("ContentType")), Some(expected.as_str()), "{name}");
    }
    for name in parts.keys().filter(|n| *n != "[Content_Types].xml" && !n.ends_with(".rels")) {
        assert!(overrides.contains(&name.as_str()), "{name} has its own content type");
        assert!(targets.contains(name), "{name} is the target of a relationship");
        let extension = name.rsplit('.').next().unwrap();
        assert!(defaults.contains(&extension), "{name}: a default content type for .{extension}");
    }
    let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    for name in ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml"] {
        assert_eq!(Element::parse(&parts[name]).attr("xmlns:w"), Some(main), "{name}'s namespace");
    }
    assert_eq!(
        Element::parse(&parts["word/document.xml"]).attr("xmlns:r"),
        Some("http://schemas.openxmlformats.org/officeDocument/2006/relationships")
    );
}

/// Word's "update page numbers only" rewrites PAGEREF fields; their results are the PDF's
/// page numbers until then.
#[test]
fn toc_entries_are_pageref_fields_showing_the_pdfs_pages() {
    let theme = jaarverslag::theme::load_default();
    let report = load(&common::root().join("input")).for_variant(&Variant::Municipality("kortrijk".into()));
    let renderer = jaarverslag::build::Renderer::new(&theme);
    let files = renderer.render(&report).unwrap();
    let (fonts, hyphenator) = renderer.engine().unwrap();
    let setup = jaarverslag::layout::Setup { theme: &theme, fonts, hyphenator };
    let outline = jaarverslag::layout::layout(&report, &setup).outline;
    let parts = parts(files.docx.as_ref().unwrap());
    let document = Element::parse(&parts["word/document.xml"]);
    let bookmarks: Vec<&str> =
        document.all("w:bookmarkStart").iter().map(|b| b.attr("w:name").unwrap()).collect();
    let mut entries = 0;
    for paragraph in document.all("w:p") {
        let style = paragraph.child("w:pPr").and_then(|p| p.child("w:pStyle")).and_then(|s| s.attr("w:val"));
        if !style.is_some_and(|s| s.starts_with("TOC") && s != "TOCHeading") {
            continue;
        }
        let link = paragraph.child("w:hyperlink").expect("a TOC entry is a link");
        let anchor = link.attr("w:anchor").unwrap();
        assert!(bookmarks.contains(&anchor), "{anchor} is a bookmark");
        let instructions: String = link.all("w:instrText").iter().map(|i| i.text.as_str()).collect();
        assert_eq!(instructions, format!(" PAGEREF {anchor} \\h "));
        let texts = link.all("w:t");
        let (title, shown) = (texts[0].text.replace('\u{2060}', ""), &texts.last().unwrap().text);
        if !anchor.starts_with("_Gem") {
            let heading = outline.iter().find(|e| e.title == title).expect("a heading of the PDF");
            assert_eq!(shown, &(heading.destination.page + 1).to_string(), "{title}: the PDF's page");
        }
        entries += 1;
    }
    let headings =
        report.sections.iter().flat_map(|s| &s.blocks).filter(|b| matches!(b.kind, BlockKind::Heading(_)));
    assert_eq!(
        entries,
        report.sections.len() + headings.count() + report.overview.len(),
        "every heading is listed"
    );
}

#[test]
fn tables_carry_their_caption_and_the_themes_rules() {
    let parts = parts(&bundled());
    let document = Element::parse(&parts["word/document.xml"]);
    // The first table is the introduction's key figures; the second the first real table.
    let table = document.all("w:tbl")[1];
    let properties = table.child("w:tblPr").unwrap();
    assert_eq!(
        properties.child("w:tblCaption").and_then(|c| c.attr("w:val")),
        Some("Tabel 1. Meet & greets in 2023")
    );
    assert_eq!(
        properties.child("w:tblDescription").and_then(|c| c.attr("w:val")),
        Some("Meet & greets in 2023")
    );
    let borders = properties.child("w:tblBorders").unwrap();
    for side in ["w:top", "w:bottom", "w:insideH"] {
        let rule = borders.child(side).unwrap();
        assert_eq!(
            (rule.attr("w:val"), rule.attr("w:sz"), rule.attr("w:color")),
            (Some("single"), Some("4"), Some("9BBFBC"))
        );
    }
    for side in ["w:left", "w:right", "w:insideV"] {
        assert_eq!(borders.child(side).unwrap().attr("w:val"), Some("nil"), "no vertical {side}");
    }
}

/// The room after a table goes to the paragraph after it — never into a cell of a table
/// that follows at once.
#[test]
fn room_after_a_table_is_given_to_the_next_paragraph_only() {
    let scratch = common::Scratch::new("tables");
    scratch.write("report.json", common::ONE_SECTION_MANIFEST);
    let table = r#"{ "type": "table", "columns": [{ "width": 1 }], "header": [["Kop"]], "rows": [["cel"]] }"#;
    scratch.write(
        "sections/1.json",
        format!(
            r#"{{ "code": "WSE-LR1", "number": 1, "title": "Proef", "blocks": [{table}, {table}, {{ "type": "paragraph", "text": "Daarna." }}] }}"#
        ),
    );
    let document =
        Element::parse(&parts(&docx_of(scratch.input().as_path(), &Variant::Board))["word/document.xml"]);
    for cell in document.all("w:tc") {
        assert!(cell.all("w:spacing").is_empty(), "no extra room inside a cell");
    }
    let after = document
        .all("w:p")
        .into_iter()
        .find(|p| p.all("w:t").first().is_some_and(|t| t.text == "Daarna."))
        .unwrap();
    let before = after.child("w:pPr").and_then(|p| p.child("w:spacing")).and_then(|s| s.attr("w:before"));
    assert_eq!(before, Some("120"), "the table's 6 pt after, on the paragraph");
}

/// Every picture is an inline drawing at the size the PDF gives it, with its description
/// (or Word's "decorative" mark) where Word's alt-text pane reads it; an SVG goes in as SVG
/// with a PNG for older readers, as Word itself stores one; a caption is a numbered
/// "Figuur" paragraph.
#[test]
fn pictures_carry_their_descriptions_at_the_pdfs_size() {
    let variant = Variant::Municipality("kortrijk".into());
    let docx = showcase(&variant);
    let media = common::zip_media(&docx);
    let parts = parts(&docx);
    let document = Element::parse(&parts["word/document.xml"]);
    let rels = Element::parse(&parts["word/_rels/document.xml.rels"]);
    let target = |id: &str| {
        let rel = rels.all("Relationship").into_iter().find(|r| r.attr("Id") == Some(id)).unwrap();
        format!("word/{}", rel.attr("Target").unwrap())
    };
    let theme = jaarverslag::theme::load_default();
    let report = load(&common::root().join("tests/fixtures/showcase")).for_variant(&variant);
    let renderer = jaarverslag::build::Renderer::new(&theme);
    let (fonts, hyphenator) = renderer.engine().unwrap();
    let setup = jaarverslag::layout::Setup { theme: &theme, fonts, hyphenator };
    let pdf_sizes: Vec<(String, i64, i64)> = jaarverslag::layout::layout(&report, &setup)
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|placed| match &placed.item {
            jaarverslag::layout::PageItem::Image { width, height, picture, .. } => Some((
                picture.name.clone(),
                (width * 12700.0).round() as i64,
                (height * 12700.0).round() as i64,
            )),
            _ => None,
        })
        .collect();
    let mut seen = Vec::new();
    for inline in document.all("wp:inline") {
        if !inline.all("c:chart").is_empty() {
            continue;
        }
        let doc_pr = inline.child("wp:docPr").unwrap();
        let extent = inline.child("wp:extent").unwrap();
        let size = |a: &str| extent.attr(a).unwrap().parse::<i64>().unwrap();
        let blip = inline.all("a:blip")[0];
        let raster = target(blip.attr("r:embed").unwrap());
        assert!(media.contains_key(&raster), "{raster}");
        let svg = inline.all("asvg:svgBlip").first().map(|s| target(s.attr("r:embed").unwrap()));
        if let Some(svg) = &svg {
            assert!(raster.ends_with(".png") && svg.ends_with(".svg"), "an SVG with a PNG fallback");
            assert!(media[&raster].starts_with(b"\x89PNG"), "the fallback is a PNG");
        }
        let decorative = inline.all("adec:decorative").first().map(|d| d.attr("val") == Some("1"));
        let name = doc_pr.attr("name").unwrap().to_owned();
        seen.push((
            name,
            doc_pr.attr("descr").map(str::to_owned),
            decorative,
            svg.is_some(),
            size("cx"),
            size("cy"),
        ));
    }
    let names: Vec<String> =
        pdf_sizes.iter().map(|(n, _, _)| n.rsplit('/').next().unwrap().to_owned()).collect();
    assert_eq!(
        seen.iter().map(|s| s.0.clone()).collect::<Vec<_>>(),
        names,
        "the same pictures in the same order"
    );
    for ((name, descr, decorative, svg, cx, cy), (_, width, height)) in seen.iter().zip(&pdf_sizes) {
        assert!((cx - width).abs() <= 1 && (cy - height).abs() <= 1, "{name}: the PDF's size");
        assert_eq!(*svg, name.ends_with(".svg"), "{name}");
        match name.as_str() {
            "veld.jpg" if decorative.is_some() => {
                assert!(descr.is_none(), "a decorative picture has no description")
            }
            _ => assert!(
                descr.as_ref().is_some_and(|d| !d.is_empty()) && decorative.is_none(),
                "{name}: described"
            ),
        }
    }
    let described: Vec<&str> = seen.iter().filter_map(|s| s.1.as_deref()).collect();
    assert_eq!(
        described,
        [
            "Logo W13",
            "Vier staven van verschillende hoogte",
            "Vier partners die met elkaar verbonden zijn",
            "Een zonnig veld in Kortrijk"
        ]
    );
    assert_eq!(seen.iter().filter(|s| s.2 == Some(true)).count(), 1, "one decorative picture");
    let captions: Vec<String> = document
        .all("w:p")
        .into_iter()
        .filter(|p| p.all("w:instrText").iter().any(|t| t.text.contains("SEQ Figuur")))
        .map(|p| p.all("w:t").iter().map(|t| t.text.as_str()).collect())
        .collect();
    assert_eq!(
        captions,
        [
            "Figuur 1. Deelnemers per kwartaal",
            "Figuur 2. Het netwerk",
            "Figuur 3. Aanwezigen op de meet & greets"
        ],
        "pictures and charts share the figure numbers"
    );
}

/// Every chart is a native Word chart: a chart part related from the document, drawn from
/// values cached in it (so Word and LibreOffice show it at once), with an embedded workbook
/// holding the same numbers, which opens as a spreadsheet for Word's "Edit data".
#[test]
fn charts_are_native_word_charts_with_their_data_in_a_workbook() {
    let docx = showcase(&Variant::Board);
    let media = common::zip_media(&docx);
    let parts = parts(&docx);
    let document = Element::parse(&parts["word/document.xml"]);
    let charts: Vec<&Element> = document.all("c:chart");
    assert_eq!(charts.len(), 4, "the showcase's four charts");
    let rels = Element::parse(&parts["word/_rels/document.xml.rels"]);
    for (i, chart) in charts.iter().enumerate() {
        let id = chart.attr("r:id").unwrap();
        let rel = rels.all("Relationship").into_iter().find(|r| r.attr("Id") == Some(id)).unwrap();
        assert!(rel.attr("Type").unwrap().ends_with("/relationships/chart"));
        let part = format!("word/{}", rel.attr("Target").unwrap());
        assert_eq!(part, format!("word/charts/chart{}.xml", i + 1));
        let space = Element::parse(&parts[&part]);
        let chart_rels = Element::parse(&parts[&format!("word/charts/_rels/chart{}.xml.rels", i + 1)]);
        let embedded = chart_rels.all("Relationship")[0];
        assert_eq!(space.all("c:externalData")[0].attr("r:id"), embedded.attr("Id"));
        let workbook = &media[&resolve(&format!("word/charts/{}", embedded.attr("Target").unwrap()))];
        let sheets = common::zip_parts(workbook);
        let sheet = Element::parse(&sheets["xl/worksheets/sheet1.xml"]);
        let cell = |at: &str| -> String {
            let c = sheet
                .all("c")
                .into_iter()
                .find(|c| c.attr("r") == Some(at))
                .unwrap_or_else(|| panic!("cell {at}"));
            c.all("t").first().map_or_else(|| c.child("v").unwrap().text.clone(), |t| t.text.clone())
        };
        // Each series' cached name, categories and values are the sheet's cells they refer to.
        for series in space.all("c:ser") {
            let reference = |kind: &str| series.child(kind).unwrap().all("c:f")[0].text.clone();
            let cached = |kind: &str| -> Vec<String> {
                series.child(kind).unwrap().all("c:v").iter().map(|v| v.text.clone()).collect()
            };
            let cells = |range: &str| -> Vec<String> {
                let range = range.trim_start_matches("Blad1!").replace('$', "");
                let (from, to) = range.split_once(':').unwrap_or((&range, &range));
                let column = &from[..1];
                let (first, last): (usize, usize) = (from[1..].parse().unwrap(), to[1..].parse().unwrap());
                (first..=last).map(|row| cell(&format!("{column}{row}"))).collect()
            };
            assert_eq!(cached("c:tx"), cells(&reference("c:tx")), "series name");
            assert_eq!(cached("c:cat"), cells(&reference("c:cat")), "categories");
            assert_eq!(cached("c:val"), cells(&reference("c:val")), "values");
        }
        let title: String =
            space.child("c:chart").unwrap().child("c:title").unwrap().all("a:t")[0].text.clone();
        let descr = document
            .all("wp:inline")
            .into_iter()
            .find(|inline| inline.all("c:chart").first().and_then(|c| c.attr("r:id")) == Some(id))
            .and_then(|inline| inline.child("wp:docPr").and_then(|d| d.attr("descr")).map(str::to_owned))
            .unwrap();
        assert!(!descr.is_empty(), "{title}: described");
    }
    // The meet & greets: a column chart with the numbers of the input.
    let first = Element::parse(&parts["word/charts/chart1.xml"]);
    assert_eq!(first.all("c:barDir")[0].attr("val"), Some("col"));
    let values: Vec<String> = first.all("c:val")[0].all("c:v").iter().map(|v| v.text.clone()).collect();
    assert_eq!(values, ["30", "30", "100"]);
    // The stacked bars from the table "overleg": its columns as series.
    let second = Element::parse(&parts["word/charts/chart2.xml"]);
    assert_eq!(second.all("c:grouping")[0].attr("val"), Some("stacked"));
    let names: Vec<String> =
        second.all("c:tx").iter().filter_map(|t| t.all("c:v").first().map(|v| v.text.clone())).collect();
    assert_eq!(names, ["Zonder VDAB", "Met VDAB"]);
    // "data_table": the line chart's numbers also as a table, written the Dutch way.
    let rows: Vec<Vec<String>> = document
        .all("w:tbl")
        .into_iter()
        .map(|t| {
            t.all("w:tr").iter().map(|r| r.all("w:t").iter().map(|t| t.text.clone()).collect()).collect()
        })
        .find(|rows: &Vec<String>| rows.first().is_some_and(|h| h.starts_with("Kwartaal")))
        .map(|rows: Vec<String>| rows.into_iter().map(|r| vec![r]).collect())
        .unwrap_or_default();
    assert_eq!(rows.concat(), ["Kwartaal20222023", "K11214", "K21821", "K31519", "K422,530"]);
}

/// LibreOffice opens each chart as a chart object of its kind (not a picture) and keeps the
/// pictures with their descriptions. Skipped when `soffice` is not installed.
#[test]
fn libreoffice_opens_the_charts_as_charts_and_keeps_the_descriptions() {
    use std::io::Read as _;
    if std::process::Command::new("soffice").arg("--version").output().is_err() {
        eprintln!("soffice not installed: skipped");
        return;
    }
    let scratch = common::Scratch::new("soffice-charts");
    let docx = scratch.path().join("showcase.docx");
    std::fs::write(&docx, showcase(&Variant::Board)).unwrap();
    let profile = format!("-env:UserInstallation=file://{}", scratch.path().join("profile").display());
    let output = std::process::Command::new("soffice")
        .args([profile.as_str(), "--headless", "--convert-to", "odt", "--outdir"])
        .arg(scratch.path())
        .arg(&docx)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let odt = std::fs::read(scratch.path().join("showcase.odt")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(odt)).unwrap();
    let mut kinds = Vec::new();
    let mut content = String::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().to_owned();
        if !name.ends_with("content.xml") {
            continue;
        }
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        if name == "content.xml" {
            content = text;
        } else if let Some(class) = text.split("<chart:chart ").nth(1) {
            let class = class.split("chart:class=\"").nth(1).and_then(|c| c.split('"').next()).unwrap_or("");
            kinds.push((name, class.to_owned()));
        }
    }
    kinds.sort();
    let classes: Vec<&str> = kinds.iter().map(|(_, c)| c.as_str()).collect();
    assert_eq!(classes.len(), 4, "four chart objects: {kinds:?}");
    for class in ["chart:bar", "chart:line", "chart:circle"] {
        assert!(classes.contains(&class), "a {class} chart: {kinds:?}");
    }
    for description in ["Vier staven van verschillende hoogte", "Vier partners die met elkaar verbonden zijn"]
    {
        assert!(content.contains(description), "{description:?} kept as the picture's description");
    }
}

/// With `header_height_mm`, the logo is in the running header of every page but the cover,
/// in both formats, as decoration (a screen reader does not read it on every page).
#[test]
fn the_theme_can_put_the_logo_in_the_running_header() {
    let scratch = common::Scratch::new("header-logo");
    let root = common::root();
    let text = std::fs::read_to_string(root.join("templates/w13.json"))
        .unwrap()
        .replace("../fonts", &root.join("fonts").display().to_string())
        .replace("\"width_mm\": 45 }", "\"width_mm\": 45, \"header_height_mm\": 8 }");
    std::fs::write(scratch.path().join("theme.json"), text).unwrap();
    std::fs::copy(root.join("templates/w13-logo.svg"), scratch.path().join("w13-logo.svg")).unwrap();
    let (theme, diagnostics) = jaarverslag::theme::load_file(
        &scratch.path().join("theme.json"),
        &mut jaarverslag::diagnostic::Sources::default(),
    );
    let theme = theme.unwrap_or_else(|| panic!("{diagnostics:?}"));
    let report = load(&root.join("input")).for_variant(&Variant::Board);
    let docx = jaarverslag::docx::write(&report, &theme, None);
    let parts = parts(&docx);
    let header = Element::parse(&parts["word/header1.xml"]);
    assert_eq!(header.all("wp:inline").len(), 1, "the logo in the running header");
    assert_eq!(header.all("adec:decorative").len(), 1, "marked decorative");
    let extent = header.all("wp:extent")[0].attr("cy").unwrap().parse::<f64>().unwrap();
    assert!((extent / 12700.0 - 8.0 * 72.0 / 25.4).abs() < 0.01, "8 mm high");
    let rels = Element::parse(&parts["word/_rels/header1.xml.rels"]);
    assert!(
        rels.all("Relationship").iter().any(|r| r.attr("Target").is_some_and(|t| t.starts_with("media/")))
    );

    let renderer = jaarverslag::build::Renderer::new(&theme);
    let (fonts, hyphenator) = renderer.engine().unwrap();
    let setup = jaarverslag::layout::Setup { theme: &theme, fonts, hyphenator };
    let document = jaarverslag::layout::layout(&report, &setup);
    let logos = |page: &jaarverslag::layout::Page| -> Vec<(f64, Option<usize>)> {
        page.items
            .iter()
            .filter_map(|placed| match &placed.item {
                jaarverslag::layout::PageItem::Image { height, picture, parent, .. }
                    if picture.name.ends_with("w13-logo.svg") =>
                {
                    Some((placed.at.y + height, *parent))
                }
                _ => None,
            })
            .collect()
    };
    let top = theme.page.margin_top_mm * 72.0 / 25.4;
    for page in &document.pages[1..] {
        let on_page = logos(page);
        assert_eq!(on_page.len(), 1, "one logo per page after the cover");
        assert!(on_page[0].0 < top && on_page[0].1.is_none(), "above the text, an artifact");
    }
    assert!(
        logos(&document.pages[0]).iter().all(|(_, parent)| parent.is_some()),
        "the cover's logo is a Figure"
    );
}
