//! `jaarverslag build`: validate, then write every version (board + municipalities) as
//! DOCX and PDF, in parallel, rewriting only what changed.

use std::path::Path;
use std::process::ExitCode;

use jaarverslag::build::{Formats, Plan, Renderer, Status, build};
use jaarverslag::diagnostic::Sources;
use jaarverslag::model::{Report, Variant};

pub struct Options<'a> {
    pub input: &'a Path,
    pub out: &'a Path,
    pub theme: Option<&'a Path>,
    pub variants: &'a [String],
    pub format: Option<super::Format>,
    pub jobs: usize,
    pub force: bool,
    pub quiet: bool,
}

pub fn run(options: &Options<'_>) -> ExitCode {
    let mut loaded = jaarverslag::input::load(options.input);
    let theme = match options.theme {
        None => Some(jaarverslag::theme::load_default()),
        Some(path) => {
            let mut sources = Sources::default();
            let (theme, diagnostics) = jaarverslag::theme::load_file(path, &mut sources);
            loaded.absorb(diagnostics, sources);
            theme
        }
    };
    if super::show_diagnostics(&loaded) {
        eprintln!("nothing was written; the files in {} are unchanged", options.out.display());
        return super::failure();
    }
    let (Some(report), Some(theme)) = (loaded.report, theme) else { return super::failure() };
    let variants = match select_variants(&report, options.variants) {
        Ok(variants) => variants,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let formats = match options.format {
        None => Formats::BOTH,
        Some(super::Format::Docx) => Formats { docx: true, pdf: false },
        Some(super::Format::Pdf) => Formats { docx: false, pdf: true },
    };
    let renderer = match Renderer::new(&theme) {
        Ok(renderer) => renderer,
        Err(e) => {
            eprintln!("error: {e}");
            return super::failure();
        }
    };
    let plan = Plan { variants, formats, force: options.force, jobs: options.jobs };
    match build(&report, &renderer, &plan, options.out) {
        Ok(summary) => {
            for file in &summary.files {
                if let Status::Failed(why) = &file.status {
                    eprintln!("error: {why}");
                }
            }
            if !options.quiet || summary.failed() {
                println!("{}", summary.line());
            }
            if summary.failed() { super::failure() } else { ExitCode::SUCCESS }
        }
        Err(e) => {
            eprintln!(
                "error: {e}\nnothing was written; the files in {} are unchanged",
                options.out.display()
            );
            super::failure()
        }
    }
}

/// The versions asked for with `--variant` ("bestuur" or a municipality id); all by default.
fn select_variants(report: &Report, asked: &[String]) -> Result<Vec<Variant>, String> {
    let all: Vec<Variant> = std::iter::once(Variant::Board)
        .chain(report.municipalities.iter().map(|m| Variant::Municipality(m.id.clone())))
        .collect();
    if asked.is_empty() {
        return Ok(all);
    }
    let names: Vec<String> = std::iter::once("bestuur".to_string())
        .chain(report.municipalities.iter().map(|m| m.id.clone()))
        .collect();
    let mut chosen = Vec::new();
    for name in asked {
        let variant = if name == "bestuur" {
            Variant::Board
        } else if report.municipalities.iter().any(|m| &m.id == name) {
            Variant::Municipality(name.clone())
        } else {
            let hint = match jaarverslag::input::suggest(name, &names) {
                Some(best) => format!("did you mean \"{best}\"?"),
                None => format!("the versions are: {}", names.join(", ")),
            };
            return Err(format!("there is no version \"{name}\"; {hint}"));
        };
        if !chosen.contains(&variant) {
            chosen.push(variant);
        }
    }
    Ok(chosen)
}
