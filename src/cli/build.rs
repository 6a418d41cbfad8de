//! `jaarverslag build`: validate, lay out, then write the report into the output folder.
//!
//! For now this writes the board's version, as DOCX and PDF; the per-municipality versions
//! follow (issue 5).

use std::path::Path;
use std::process::ExitCode;

use jaarverslag::diagnostic::Sources;
use jaarverslag::model::Variant;
use jaarverslag::output::{file_stem, render_version};

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
    let variant = Variant::Board;
    let files = match render_version(&report, &theme, &variant) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e}\nnothing was written; the files in {} are unchanged", out.display());
            return super::failure();
        }
    };
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("error: cannot create the output folder {}: {e}", out.display());
        return super::failure();
    }
    let stem = file_stem(&report, &variant);
    for (extension, bytes) in [("docx", &files.docx), ("pdf", &files.pdf)] {
        let path = out.join(format!("{stem}.{extension}"));
        if let Err(e) = jaarverslag::output::write_atomic(&path, bytes) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return super::failure();
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
