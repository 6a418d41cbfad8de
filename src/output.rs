//! Writing output files so that a good report is never lost: each file goes to a temporary
//! file in the same folder and is renamed into place, so a reader sees the old file or the
//! new one, never half of one.

use std::io::Write as _;
use std::path::Path;

use crate::model::{Report, Variant};
use crate::theme::Theme;

/// The base name of a version's files: `jaarverslag-2023-bestuur`, `jaarverslag-2023-zwevegem`.
pub fn file_stem(report: &Report, variant: &Variant) -> String {
    let who = match variant {
        Variant::Board => "bestuur",
        Variant::Municipality(id) => id.as_str(),
    };
    format!("jaarverslag-{}-{who}", report.meta.year)
}

/// Writes `bytes` to `path` atomically (temporary file + rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("output");
    let temporary = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// One version of the report in both formats.
pub struct Files {
    pub docx: Vec<u8>,
    pub pdf: Vec<u8>,
}

/// Lays out one version, paints its PDF, and writes its DOCX with the PDF's page numbers in
/// the table of contents, so both documents list the same pages.
pub fn render_version(report: &Report, theme: &Theme, variant: &Variant) -> Result<Files, String> {
    let version = report.for_variant(variant);
    let fonts =
        crate::layout::Fonts::load(&theme.fonts).map_err(|e| format!("the theme's fonts: {}", e.0))?;
    let hyphenator = crate::layout::Hyphenator::dutch();
    let setup = crate::layout::Setup { theme, fonts: &fonts, hyphenator: &hyphenator };
    let paged = crate::layout::layout(&version, &setup);
    let pdf = crate::pdf::write(&paged, &fonts, &pdf_info(&version, theme)).map_err(|e| e.to_string())?;
    let pages: crate::docx::PageNumbers =
        paged.anchors.iter().map(|(anchor, d)| (anchor.clone(), d.page as u32 + 1)).collect();
    let docx = crate::docx::write(&version, theme, Some(&pages));
    Ok(Files { docx, pdf })
}

fn pdf_info(report: &Report, theme: &Theme) -> crate::pdf::Info {
    let meta = &report.meta;
    let mut keywords =
        vec![meta.organisation.clone(), meta.region.clone(), "jaarverslag".into(), "regierol".into()];
    keywords.extend(report.sections.iter().map(|s| s.code.clone()));
    crate::pdf::Info {
        title: format!("{} — {}", meta.title, meta.subtitle),
        subject: format!("{} ({})", meta.subtitle, crate::docx::variant_label(report, theme)),
        author: meta.organisation.clone(),
        keywords,
        language: meta.language.clone(),
        date: meta.publication_date,
    }
}
