//! `jaarverslag build`: validate, then write the report into the output folder.
//!
//! Until the DOCX and PDF writers exist, the build writes a plain-text preview of the
//! board's version: the content in reading order.

use std::path::Path;
use std::process::ExitCode;

use jaarverslag::model::Variant;
use jaarverslag::output::{file_stem, text_preview, write_atomic};

pub fn run(input: &Path, out: &Path) -> ExitCode {
    let loaded = jaarverslag::input::load(input);
    if super::show_diagnostics(&loaded) {
        eprintln!("nothing was written; the files in {} are unchanged", out.display());
        return super::failure();
    }
    let Some(report) = loaded.report else {
        return super::failure();
    };
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("error: cannot create the output folder {}: {e}", out.display());
        return super::failure();
    }
    let variant = Variant::Board;
    let version = report.for_variant(&variant);
    let path = out.join(format!("{}.txt", file_stem(&report, &variant)));
    if let Err(e) = write_atomic(&path, text_preview(&version).as_bytes()) {
        eprintln!("error: cannot write {}: {e}", path.display());
        return super::failure();
    }
    println!("wrote {}", path.display());
    ExitCode::SUCCESS
}
