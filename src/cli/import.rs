//! `jaarverslag import FILE.docx --out DIR`: a Word report → an input folder, then checked.
//! `jaarverslag import FILE.docx --update DIR`: the edits made in Word to our DOCX → the
//! input it was built from.

use std::path::Path;
use std::process::ExitCode;

use jaarverslag::import::{ImportError, Package, UpdateOptions};
use jaarverslag::tr;

/// An import refused: the error with its hint, and that nothing was written.
fn refused(e: &ImportError) {
    eprintln!("{}\n{}", super::error(&e.message, Some(&e.hint)), tr!("import-nothing-written"));
}

/// Each warning on a line of its own.
fn warn(warnings: &[String]) {
    for warning in warnings {
        eprintln!("{}", super::warning(warning, None));
    }
}

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
            refused(&e);
            return super::failure();
        }
    };
    warn(&warnings);
    let loaded = jaarverslag::input::load(&staging);
    if super::show_diagnostics(&loaded) {
        let _ = std::fs::remove_dir_all(&staging);
        eprintln!("{}", tr!("import-would-not-pass"));
        return super::failure();
    }
    let _ = std::fs::remove_dir(out);
    if let Err(e) = std::fs::rename(&staging, out) {
        let _ = std::fs::remove_dir_all(&staging);
        let message = tr!("import-cannot-create", path = out.display().to_string(), detail = e.to_string());
        eprintln!("{}\n{}", super::error(&message, None), tr!("import-nothing-written"));
        return super::failure();
    }
    let report = loaded.report.expect("a report without errors");
    println!(
        "{}",
        tr!(
            "import-done",
            docx = &name,
            folder = out.display().to_string(),
            sections = report.sections.len(),
            blocks = report.sections.iter().map(|s| s.blocks.len()).sum::<usize>(),
            warnings = warnings.len()
        )
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
            message: tr!("import-out-not-empty", folder = out.display().to_string()),
            hint: tr!("import-out-not-empty.hint"),
        });
    }
    let manifest = match manifest {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| ImportError {
                message: tr!(
                    "import-manifest-unreadable",
                    path = path.display().to_string(),
                    detail = e.to_string()
                ),
                hint: tr!("import-manifest-unreadable.hint"),
            })?;
            Some(serde_json::from_str::<serde_json::Value>(&text).map_err(|e| ImportError {
                message: tr!(
                    "import-manifest-not-json",
                    path = path.display().to_string(),
                    detail = e.to_string()
                ),
                hint: tr!("import-manifest-not-json.hint"),
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
            message: tr!("import-cannot-write", path = path.display().to_string(), detail = e.to_string()),
            hint: tr!("import-cannot-write.hint"),
        })?;
    }
    Ok(imported.warnings)
}

pub fn run_update(docx: &Path, input: &Path, options: UpdateOptions) -> ExitCode {
    let name = docx.display().to_string();
    let update =
        match Package::open(docx, &name).and_then(|p| jaarverslag::import::update(&p, input, options)) {
            Ok(update) => update,
            Err(e) => {
                refused(&e);
                return super::failure();
            }
        };
    warn(&update.warnings);
    // The input as it would be, checked before anything is written.
    let staging = input.with_file_name(format!(
        ".{}.updating",
        input.file_name().map_or("input".into(), |n| n.to_string_lossy().into_owned())
    ));
    let _ = std::fs::remove_dir_all(&staging);
    let staged = copy_dir(input, &staging).and_then(|()| write_all(&staging, &update.files));
    if let Err(e) = staged {
        let _ = std::fs::remove_dir_all(&staging);
        let message =
            tr!("update-cannot-prepare", folder = input.display().to_string(), detail = e.to_string());
        eprintln!("{}\n{}", super::error(&message, None), tr!("import-nothing-written"));
        return super::failure();
    }
    let loaded = jaarverslag::input::load(&staging);
    let _ = std::fs::remove_dir_all(&staging);
    if super::show_diagnostics(&loaded) {
        eprintln!("{}", tr!("update-would-not-pass"));
        return super::failure();
    }
    let mut file = None;
    for change in &update.changes {
        if file != Some(&change.file) {
            println!("{}", change.file);
            file = Some(&change.file);
        }
        println!("  {}: {}", change.place, change.what);
        for line in &change.lines {
            println!("      {line}");
        }
    }
    if !update.comments.is_empty() {
        println!("{}", tr!("update-comments-heading"));
        for comment in &update.comments {
            println!("  {comment}");
        }
    }
    if update.changes.is_empty() {
        println!("{}", tr!("update-nothing", docx = &name));
        return ExitCode::SUCCESS;
    }
    if let Err(e) = write_all(input, &update.files) {
        eprintln!("{}", super::error(&tr!("update-not-all-written", detail = e.to_string()), None));
        return super::failure();
    }
    let files: Vec<&str> =
        update.files.iter().filter(|(f, _)| f.ends_with(".json")).map(|(f, _)| f.as_str()).collect();
    println!(
        "{}",
        tr!(
            "update-done",
            changes = update.changes.len(),
            folder = input.display().to_string(),
            files = files.join(", ")
        )
    );
    ExitCode::SUCCESS
}

/// Writes each file (path in `dir`, bytes) in place, atomically.
fn write_all(dir: &Path, files: &[(String, Vec<u8>)]) -> std::io::Result<()> {
    for (file, bytes) in files {
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        jaarverslag::output::write_atomic(&path, bytes).map_err(|e| {
            let path = path.display().to_string();
            std::io::Error::new(e.kind(), tr!("import-cannot-write", path, detail = e.to_string()))
        })?;
    }
    Ok(())
}

/// A copy of the input folder (its files and folders, not hidden ones).
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()))?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name()))?;
        }
    }
    Ok(())
}
