//! `jaarverslag build`: validate, then write the report into the output folder.
//!
//! For now this writes the board's version as DOCX; the PDF and the per-municipality
//! versions follow (issues 4 and 5).

use std::path::Path;
use std::process::ExitCode;

use jaarverslag::diagnostic::Sources;
use jaarverslag::model::Variant;
use jaarverslag::output::{file_stem, write_atomic};

pub fn run(input: &Path, out: &Path, theme_file: Option<&Path>) -> ExitCode {
    let mut loaded = jaarverslag::input::load(input);
    let theme = match theme_file {
        None => Some(jaarverslag::theme::load_default()),
        Some(path) => {
            let mut sources = Sources::default();
            let (theme, diagnostics) = jaarverslag::theme::load_file(path, &mut sources);
            loaded.absorb(diagnostics, sources);
            theme
        }
    };
    if super::show_diagnostics(&loaded) {
        eprintln!("nothing was written; the files in {} are unchanged", out.display());
        return super::failure();
    }
    let (Some(report), Some(theme)) = (loaded.report, theme) else { return super::failure() };
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("error: cannot create the output folder {}: {e}", out.display());
        return super::failure();
    }
    let variant = Variant::Board;
    let version = report.for_variant(&variant);
    let path = out.join(format!("{}.docx", file_stem(&report, &variant)));
    if let Err(e) = write_atomic(&path, &jaarverslag::docx::write(&version, &theme, None)) {
        eprintln!("error: cannot write {}: {e}", path.display());
        return super::failure();
    }
    println!("wrote {}", path.display());
    ExitCode::SUCCESS
}
