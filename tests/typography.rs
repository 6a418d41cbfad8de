//! What a reader notices, in both formats and in LibreOffice's rendering of the DOCX: a
//! symbol pasted from Word (✓ ☎ ✔) is drawn from the fallback font, a code such as
//! "(WSE-LR4)" never breaks at its hyphen, and a long web address breaks without an added
//! hyphen. One build of the 2023 report with such a paragraph serves every test.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use common::Element;

const SYMBOLS: &str = "✓ afgerond ☎ 056 24 16 16, ✔ klaar.";
const ADDRESS: &str = "https://www.w13.be/nieuws/lokale-regierol-sociale-economie-en-werk/verslagen/jaarverslag-2023?pagina=3&taal=nl";

struct Built {
    _scratch: common::Scratch,
    /// `pdftotext -raw` of our PDF and of LibreOffice's rendering of our DOCX (`None`
    /// without soffice).
    pdf_text: String,
    libreoffice_text: Option<String>,
    pdf_fonts: String,
    libreoffice_fonts: Option<String>,
    document: String,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let scratch = common::copy_of_input("typography");
        let section = scratch.input().join("sections/1-regierol.json");
        let text = std::fs::read_to_string(&section).unwrap();
        let first = "\"text\": \"W13 heeft een netwerk";
        assert!(text.contains(first));
        let text = text.replacen(
            first,
            &format!("\"text\": \"{SYMBOLS} Meer op {ADDRESS}. W13 heeft een netwerk"),
            1,
        );
        std::fs::write(&section, text).unwrap();
        let output = common::run(scratch.path(), &["build", "--variant", "bestuur"]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let pdf = scratch.out().join("jaarverslag-2023-bestuur.pdf");
        let docx = scratch.out().join("jaarverslag-2023-bestuur.docx");
        let document = common::zip_parts(&std::fs::read(&docx).unwrap())["word/document.xml"].clone();
        let (libreoffice_text, libreoffice_fonts) = match libreoffice_pdf(&docx, scratch.path()) {
            Some(rendered) => (Some(poppler("pdftotext", &rendered)), Some(poppler("pdffonts", &rendered))),
            None => (None, None),
        };
        Built {
            pdf_text: poppler("pdftotext", &pdf),
            pdf_fonts: poppler("pdffonts", &pdf),
            libreoffice_text,
            libreoffice_fonts,
            document,
            _scratch: scratch,
        }
    })
}

fn poppler(tool: &str, pdf: &Path) -> String {
    let args: &[&str] = if tool == "pdftotext" { &["-raw", "-enc", "UTF-8"] } else { &[] };
    let mut command = Command::new(tool);
    command.args(args).arg(pdf);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command.output().unwrap_or_else(|e| panic!("{tool} (poppler-utils) is needed: {e}"));
    assert!(output.status.success(), "{tool}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// LibreOffice's PDF of `docx`, or `None` when soffice is not installed.
fn libreoffice_pdf(docx: &Path, scratch: &Path) -> Option<std::path::PathBuf> {
    Command::new("soffice").arg("--version").output().ok()?;
    let profile = format!("-env:UserInstallation=file://{}", scratch.join("profile").display());
    let outdir = scratch.join("lo");
    let output = Command::new("soffice")
        .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&outdir)
        .arg(docx)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    Some(outdir.join(docx.file_stem().unwrap()).with_extension("pdf"))
}

/// The renderings to check: ours, and LibreOffice's when it is installed.
fn renderings() -> Vec<(&'static str, &'static str, &'static str)> {
    let b = built();
    let mut out = vec![("our PDF", b.pdf_text.as_str(), b.pdf_fonts.as_str())];
    if let (Some(text), Some(fonts)) = (&b.libreoffice_text, &b.libreoffice_fonts) {
        out.push(("LibreOffice's rendering of the DOCX", text.as_str(), fonts.as_str()));
    } else {
        eprintln!("soffice not installed: only our PDF is checked");
    }
    out
}

#[test]
fn a_pasted_symbol_is_drawn_from_the_fallback_font_in_both_formats() {
    for (what, text, fonts) in renderings() {
        assert!(fonts.contains("DejaVuSans"), "{what} embeds the fallback font:\n{fonts}");
        assert!(text.contains("✓ afgerond ☎ 056 24 16 16, ✔ klaar."), "{what} gives the symbols back");
    }
    // The DOCX names the fallback font on exactly the runs that hold the symbols.
    let document = Element::parse(&built().document);
    let mut symbol_runs = 0;
    for run in document.all("w:r") {
        let text: String = run.all("w:t").iter().map(|t| t.text.as_str()).collect();
        let font = run.child("w:rPr").and_then(|p| p.child("w:rFonts")).and_then(|f| f.attr("w:ascii"));
        let symbols = text.contains(['✓', '☎', '✔']);
        assert_eq!(font == Some("DejaVu Sans"), symbols, "run {text:?} has font {font:?}");
        symbol_runs += usize::from(symbols);
    }
    assert_eq!(symbol_runs, 3, "✓, ☎ and ✔ each in a run of their own");
}

#[test]
fn a_code_never_breaks_at_its_hyphen() {
    for (what, text, _) in renderings() {
        for line in text.lines() {
            assert!(!line.trim_end().ends_with("(WSE-"), "{what} breaks a code: {line:?}");
            assert!(!line.trim_start().starts_with("LR"), "{what} breaks a code: {line:?}");
        }
        assert!(text.contains("(WSE-LR4)"), "{what} reads the code with a plain hyphen");
    }
    // Our DOCX joins each code's hyphen to what follows it (a word joiner), and nothing else.
    let document = &built().document;
    assert!(!document.contains("WSE-LR"), "every code is joined");
    assert!(document.contains("(WSE-\u{2060}LR4)"));
    assert!(document.contains("sociale-economiebedrijven"), "other hyphens stay breakable");
}

#[test]
fn a_long_web_address_breaks_without_an_added_hyphen() {
    for (what, text, _) in renderings() {
        // Where the address breaks, the next line goes on with it: joining the lines must give
        // the address back exactly. An added hyphen ("soci-" / "ale") would show up here.
        let text = text.replace('\u{200B}', "");
        let start =
            text.find("https://www.w13.be/nieuws").unwrap_or_else(|| panic!("{what} has the address"));
        let lines: Vec<&str> = text[start..].lines().take(3).collect();
        assert!(lines[0].len() < ADDRESS.len(), "{what}: the address is longer than a line");
        assert!(lines.concat().contains(ADDRESS), "{what} breaks the address as {lines:?}");
    }
    // In the DOCX, the address has zero-width break points and no language, so neither Word
    // nor LibreOffice hyphenates it.
    let document = Element::parse(&built().document);
    let run = document
        .all("w:r")
        .into_iter()
        .find(|r| r.all("w:t").iter().any(|t| t.text.starts_with("https://\u{200B}www.\u{200B}w13")))
        .expect("the address in a run of its own");
    let text: String = run.all("w:t").iter().map(|t| t.text.as_str()).collect();
    assert_eq!(text.replace('\u{200B}', ""), ADDRESS, "without the sentence's full stop");
    assert!(
        text.starts_with(
            "https://\u{200B}www.\u{200B}w13.\u{200B}be/\u{200B}nieuws/\u{200B}lokale-\u{200B}regierol"
        ),
        "{text}"
    );
    let language = run.child("w:rPr").and_then(|p| p.child("w:lang")).and_then(|l| l.attr("w:val"));
    assert_eq!(language, Some("zxx"));
}
