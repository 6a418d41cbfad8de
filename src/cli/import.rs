//! `jaarverslag import FILE.docx --out DIR`: a Word report → an input folder, then checked.

use std::path::Path;
use std::process::ExitCode;

use jaarverslag::import::{ImportError, Package};

pub fn run(docx: &Path, out: &Path, manifest: Option<&Path>) -> ExitCode {
    let name = docx.display().to_string();
    // Written beside the new folder first, and moved there only once `check` accepts it:
    // an import that fails leaves nothing behind.
    let staging = out.with_file_name(format!(
        ".{}.importing",
        out.file_name().map_or("input".into(), |n| n.to_string_lossy().into_owned())
    ));
    let _ = std::fs::remove_dir_all(&staging);
    let result = import(docx, &name, out, &staging, manifest);
    let warnings = match result {
        Ok(warnings) => warnings,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&staging);
            eprintln!("error: {}\n  = hint: {}\nnothing was written", e.message, e.hint);
            return super::failure();
        }
    };
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
    let loaded = jaarverslag::input::load(&staging);
    if super::show_diagnostics(&loaded) {
        let _ = std::fs::remove_dir_all(&staging);
        eprintln!("the imported folder would not pass `check` (see above); nothing was written");
        return super::failure();
    }
    let _ = std::fs::remove_dir(out);
    if let Err(e) = std::fs::rename(&staging, out) {
        let _ = std::fs::remove_dir_all(&staging);
        eprintln!("error: cannot create {}: {e}\nnothing was written", out.display());
        return super::failure();
    }
    let report = loaded.report.expect("a report without errors");
    println!(
        "{name} → {}: {} sections, {} blocks; {} to look at",
        out.display(),
        report.sections.len(),
        report.sections.iter().map(|s| s.blocks.len()).sum::<usize>(),
        match warnings.len() {
            1 => "1 warning".to_owned(),
            n => format!("{n} warnings"),
        }
    );
    ExitCode::SUCCESS
}

fn import(
    docx: &Path,
    name: &str,
    out: &Path,
    staging: &Path,
    manifest: Option<&Path>,
) -> Result<Vec<String>, ImportError> {
    if std::fs::read_dir(out).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(ImportError {
            message: format!("{} already exists and is not empty", out.display()),
            hint: "choose a new --out folder, so nothing in it is overwritten".into(),
        });
    }
    let manifest = match manifest {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| ImportError {
                message: format!("cannot read the manifest {}: {e}", path.display()),
                hint: "give the path of an existing report.json".into(),
            })?;
            Some(serde_json::from_str::<serde_json::Value>(&text).map_err(|e| ImportError {
                message: format!("the manifest {} is not valid JSON: {e}", path.display()),
                hint: "run `jaarverslag check` on its folder first".into(),
            })?)
        }
        None => None,
    };
    let package = Package::open(docx, name)?;
    let imported = jaarverslag::import::import(&package, manifest.as_ref())?;
    for (file, bytes) in &imported.files {
        let path = staging.join(file);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| jaarverslag::output::write_atomic(&path, bytes));
        written.map_err(|e| ImportError {
            message: format!("cannot write {}: {e}", path.display()),
            hint: "check that the folder can be written to".into(),
        })?;
    }
    Ok(imported.warnings)
}
