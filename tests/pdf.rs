//! The PDF: conformant (krilla's PDF/UA-1 and PDF/A-2a validators pass on every build),
//! the same words as the model and the DOCX, byte-identical across runs and threads, fonts
//! embedded and subset, a TOC whose numbers are the headings' pages, and a reviewed text dump
//! of the laid-out 2023 report (`UPDATE_GOLDEN=1` rewrites it).

mod common;

use std::path::Path;
use std::process::Command;

use jaarverslag::layout::{Fonts, Hyphenator, PageItem, PagedDocument, Setup};
use jaarverslag::model::{Report, Variant};

fn bundled() -> Report {
    jaarverslag::input::load(&common::root().join("input")).report.expect("valid input")
}

fn laid_out(report: &Report) -> PagedDocument {
    let theme = jaarverslag::theme::load_default();
    let fonts = Fonts::load(&theme.fonts).unwrap();
    let hyphenator = Hyphenator::dutch();
    jaarverslag::layout::layout(
        &report.for_variant(&Variant::Board),
        &Setup { theme: &theme, fonts: &fonts, hyphenator: &hyphenator },
    )
}

fn pdf() -> Vec<u8> {
    pdf_of(&bundled(), &Variant::Board)
}

fn pdf_of(report: &Report, variant: &Variant) -> Vec<u8> {
    let theme = jaarverslag::theme::load_default();
    let renderer = jaarverslag::build::Renderer::new(&theme);
    renderer.render(&report.for_variant(variant)).expect("a conformant PDF").pdf.expect("asked for")
}

/// The showcase fixture: every kind of block, pictures in all three formats.
fn showcase() -> Report {
    jaarverslag::input::load(&common::root().join("tests/fixtures/showcase")).report.expect("valid input")
}

fn tool(name: &str) -> bool {
    Command::new(name).arg("-v").output().is_ok()
}

fn write_temp(scratch: &common::Scratch, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = scratch.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn run(program: &str, args: &[&str], file: &Path) -> String {
    let output = Command::new(program).args(args).arg(file).output().unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

#[test]
fn the_same_input_gives_the_same_pdf_in_any_thread() {
    let first = common::assert_same_bytes_in_any_thread(pdf);
    assert!(first.starts_with(b"%PDF-1.7"));
}

#[test]
fn the_table_of_contents_gives_the_pages_the_headings_are_on() {
    let report = bundled();
    let document = laid_out(&report);
    let texts: Vec<String> = document.pages[1]
        .items
        .iter()
        .filter_map(|placed| match &placed.item {
            PageItem::Text { text, parent: Some(_), .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    for section in &report.sections {
        let page = document.anchors[&section.anchor].page + 1;
        assert!(texts.contains(&page.to_string()), "TOC lists page {page} for {}", section.code);
    }
    // Every section starts on a new page, after the cover and the front matter.
    let pages: Vec<usize> = report.sections.iter().map(|s| document.anchors[&s.anchor].page).collect();
    assert!(pages.windows(2).all(|w| w[0] < w[1]) && pages[0] >= 2, "{pages:?}");
}

#[test]
fn no_line_runs_into_the_margin() {
    let document = laid_out(&bundled());
    let theme = jaarverslag::theme::load_default();
    let right = (theme.page.width_mm - theme.page.margin_right_mm) * 72.0 / 25.4;
    for (i, page) in document.pages.iter().enumerate() {
        for placed in &page.items {
            if let PageItem::Text { glyphs, .. } = &placed.item {
                let end = placed.at.x + glyphs.iter().map(|g| f64::from(g.advance)).sum::<f64>();
                assert!(end <= right + 0.5, "page {}: text ends at {end:.1} > {right:.1}", i + 1);
            }
        }
    }
}

#[test]
fn laid_out_text_matches_the_reviewed_dump() {
    let dump = laid_out(&bundled()).dump();
    let golden = common::root().join("tests/snapshots/layout/jaarverslag-2023-bestuur.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::write(&golden, &dump).unwrap();
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_default();
    assert!(
        dump == expected,
        "the layout changed: render the PDF, look at it, then UPDATE_GOLDEN=1 cargo test --test pdf"
    );
}

/// Independent checks with poppler and qpdf, when installed (`.ci/run` installs them).
#[test]
fn poppler_reads_a_tagged_titled_dutch_pdf_with_embedded_subset_fonts() {
    if !tool("pdfinfo") {
        eprintln!("poppler-utils not installed: skipped");
        return;
    }
    let scratch = common::Scratch::new("pdf");
    let file = write_temp(&scratch, "verslag.pdf", &pdf());
    let info = run("pdfinfo", &[], &file);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains("Title:           Regierol sociale economie en werk — Jaarverslag 2023"), "{info}");
    assert!(info.contains("Page size:       595.276 x 841.89 pts (A4)"), "{info}");
    let fonts = run("pdffonts", &[], &file);
    let rows: Vec<&str> =
        fonts.lines().skip(2).filter(|l| !l.trim().is_empty() && !l.contains("Syntax")).collect();
    assert!(!rows.is_empty());
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let n = columns.len();
        assert_eq!(&columns[n - 5..n - 2], ["yes", "yes", "yes"], "embedded, subset, with ToUnicode: {row}");
    }
    let raw = String::from_utf8_lossy(&std::fs::read(&file).unwrap()).into_owned();
    assert!(raw.contains("/Lang (nl-BE)") || raw.contains("/Lang(nl-BE)"), "document language");
    assert!(raw.contains("pdfuaid:part") && raw.contains("pdfaid:part"), "PDF/UA and PDF/A identification");
    if tool("qpdf") {
        let check = run("qpdf", &["--check"], &file);
        assert!(check.contains("No syntax or stream encoding errors found"), "{check}");
    }
}

/// The PDF carries the model's words in reading order, as text extraction sees them, and
/// the same words as the DOCX.
#[test]
fn pdf_text_has_the_models_words_in_order() {
    if !tool("pdftotext") {
        eprintln!("poppler-utils not installed: skipped");
        return;
    }
    let report = bundled();
    let scratch = common::Scratch::new("pdftext");
    let file = write_temp(&scratch, "verslag.pdf", &pdf());
    // -raw keeps the hyphen of a compound split at a line end ("sociale-" / "economie…").
    let output =
        Command::new("pdftotext").args(["-raw", "-enc", "UTF-8"]).arg(&file).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout)
        .replace("\u{ad}\n", "")
        .replace('\u{ad}', "")
        .replace("-\n", "-");
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("Pagina ") && !l.starts_with("Jaarverslag 2023 — Versie"))
        .collect::<Vec<_>>()
        .join("\n");
    let expected = common::words(&report.for_variant(&Variant::Board).reading_order_text().join("\n"));
    let found = common::words(&text);
    let fraction = common::in_order_fraction(&expected, &found);
    assert!(fraction >= 0.999, "only {fraction:.4} of the model's words in order in the PDF");
}

/// Pictures as a reader and a screen reader meet them: a PNG and a JPEG as images at their own
/// pixel size, the SVGs (logo and drawing) as vector paths, not rasterised; every picture
/// that shows something a `Figure` with its description, the decorative one an artifact.
#[test]
fn pictures_are_figures_with_their_descriptions_and_svg_stays_vector() {
    if !tool("pdfimages") || !tool("qpdf") {
        eprintln!("poppler-utils or qpdf not installed: skipped");
        return;
    }
    let scratch = common::Scratch::new("pdf-figures");
    let file =
        write_temp(&scratch, "kortrijk.pdf", &pdf_of(&showcase(), &Variant::Municipality("kortrijk".into())));
    let list = run("pdfimages", &["-list"], &file);
    let images: Vec<(String, String, String)> = list
        .lines()
        .skip(2)
        .map(|l| {
            let c: Vec<&str> = l.split_whitespace().collect();
            (c[3].to_owned(), c[4].to_owned(), c[8].to_owned())
        })
        .collect();
    let expected = [("600", "300", "image"), ("320", "200", "jpeg"), ("320", "200", "jpeg")];
    let expected: Vec<_> =
        expected.iter().map(|(w, h, e)| (w.to_string(), h.to_string(), e.to_string())).collect();
    assert_eq!(images, expected, "the PNG, the JPEG twice, and no raster image for an SVG:\n{list}");
    let uncompressed = scratch.path().join("qdf.pdf");
    let status = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&file)
        .arg(&uncompressed)
        .status()
        .unwrap();
    assert!(status.success());
    let raw = String::from_utf8_lossy(&std::fs::read(&uncompressed).unwrap()).into_owned();
    let alts: Vec<String> = raw.lines().filter_map(|l| pdf_string(l.trim().strip_prefix("/Alt ")?)).collect();
    assert_eq!(
        alts,
        [
            "Logo W13",
            "Vier staven van verschillende hoogte",
            "Vier partners die met elkaar verbonden zijn",
            "Een zonnig veld in Kortrijk",
            "Kolomdiagram: Aanwezigen per meet & greet. 12 mei: 30; 9 oktober: 30; 21 november: 100.",
            "Gestapeld staafdiagram: Overlegmomenten per netwerk. Aantal keer samengekomen per netwerk. \
             Lerend netwerk: Zonder VDAB 3, Met VDAB 3; Actiegroep: Zonder VDAB 3, Met VDAB 0; \
             Stuurgroep: Zonder VDAB 2, Met VDAB 1.",
            "Lijndiagram: in 2023 meer deelnemers dan in 2022, in elk kwartaal.",
            "Cirkeldiagram: Verdeling van de proeftuinen. Zorg: 1 (33\u{a0}%); Logistiek: 1 (33\u{a0}%); \
             Onderhoud: 1 (33\u{a0}%).",
        ],
        "one Figure per picture that shows something, the decorative one none; a chart's description made from its data unless given"
    );
    assert_eq!(raw.matches("/S /Figure").count(), alts.len());
    // Drawn as an artifact: the decorative JPEG is shown without a place in the structure.
    let lines: Vec<&str> = raw.lines().collect();
    let drawn = |tag: &str| {
        lines
            .windows(2)
            .filter(|w| w[0].contains(tag) && w[0].ends_with("BDC") && w[1].ends_with(" Do"))
            .count()
    };
    assert_eq!(drawn("/Artifact"), 1, "the decorative JPEG is drawn as an artifact");
    assert_eq!(drawn("/MCID"), 2, "the PNG and the scoped JPEG drawn as content (the SVGs are paths)");
    // The running header and footer are marked as what they are, on every page but the cover.
    let pages = raw.matches("/Type /Page\n").count();
    assert_eq!(
        raw.matches("/Subtype/Header/Type/Pagination>>BDC").count(),
        pages - 1,
        "a header artifact per page"
    );
    assert_eq!(
        raw.matches("/Subtype/Footer/Type/Pagination>>BDC").count(),
        pages - 1,
        "a footer artifact per page"
    );
}

/// A PDF string as qpdf prints it: `(text)` or UTF-16 hex `<feff…>`.
fn pdf_string(token: &str) -> Option<String> {
    if let Some(text) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        return Some(text.replace("\\(", "(").replace("\\)", ")"));
    }
    let hex = token.strip_prefix("<feff")?.strip_suffix('>')?;
    let units: Vec<u16> =
        (0..hex.len() / 4).map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).unwrap()).collect();
    String::from_utf16(&units).ok()
}

/// The independent parity check (`../shared/tools/parity.py`) gives 1.0000 for the bundled
/// report and for the showcase with its pictures, charts and key figures: descriptions are
/// not body words, and a chart's words in the PDF are extra, never missing from the DOCX's.
#[test]
fn the_parity_tool_finds_the_same_words_in_both_files() {
    let script = common::root().join("../shared/tools/parity.py");
    if !script.exists() || !tool("pdftotext") {
        eprintln!("parity.py or pdftotext missing: skipped");
        return;
    }
    let theme = jaarverslag::theme::load_default();
    let renderer = jaarverslag::build::Renderer::new(&theme);
    let scratch = common::Scratch::new("parity");
    for (name, report) in [("bundled", bundled()), ("showcase", showcase())] {
        let files = renderer.render(&report.for_variant(&Variant::Board)).unwrap();
        let docx = write_temp(&scratch, &format!("{name}.docx"), files.docx.as_ref().unwrap());
        let pdf = write_temp(&scratch, &format!("{name}.pdf"), files.pdf.as_ref().unwrap());
        let output = Command::new("python3")
            .arg(&script)
            .args([&docx, &pdf])
            .args(["--ignore", r"^Pagina \d+ van \d+$", "--ignore", "^Jaarverslag 2023 — "])
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&output.stdout);
        assert!(report.lines().any(|l| l == "parity 1.0000"), "{name}:\n{report}");
    }
}
