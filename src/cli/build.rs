//! `jaarverslag build`: validate, then write every version (board + municipalities) as
//! DOCX and PDF, in parallel, rewriting only what changed.

use std::io::IsTerminal as _;
use std::path::Path;
use std::process::ExitCode;

use jaarverslag::build::{BuildError, Formats, Plan, Renderer, Status, build, section_changes};
use jaarverslag::diagnostic::Sources;
use jaarverslag::model::{BOARD_NAME, Report, Variant};
use jaarverslag::theme::Theme;
use jaarverslag::tr;

pub struct Options<'a> {
    pub input: &'a Path,
    pub out: &'a Path,
    pub theme: Option<&'a Path>,
    pub variants: &'a [String],
    pub format: Option<super::Format>,
    pub jobs: usize,
    pub force: bool,
    pub quiet: bool,
    /// Say which sections and versions changed since the last build.
    pub changes: bool,
    /// Remove the files of versions the report no longer has.
    pub prune: bool,
}

/// Exit code 3: another build is writing to the output folder.
pub const BUSY: u8 = 3;

pub fn run(options: &Options<'_>) -> ExitCode {
    match prepare(options.input, options.theme) {
        Some((report, theme)) => build_once(&report, &theme, options),
        None => {
            eprintln!("{}", tr!("build-nothing-written", out = options.out.display().to_string()));
            super::failure()
        }
    }
}

/// Reads and checks the input and the theme, showing every problem; `None` when invalid.
pub fn prepare(input: &Path, theme_file: Option<&Path>) -> Option<(Report, Theme)> {
    prepare_checked(input, theme_file, false)
}

/// [`prepare`]; with `strict`, accessibility warnings are errors (`check --strict`).
pub fn prepare_checked(input: &Path, theme_file: Option<&Path>, strict: bool) -> Option<(Report, Theme)> {
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
    // Characters the fonts lack, where they are written, with every other problem; then
    // titles longer than their place holds, measured as they will be set.
    if let Some(theme) = &theme {
        let missing = jaarverslag::theme::missing_characters(theme, &loaded.sources);
        let drawable = missing.is_empty();
        loaded.absorb(missing, Sources::default());
        if drawable && let Ok(fonts) = jaarverslag::layout::Fonts::load(&theme.fonts) {
            let hyphenator = jaarverslag::layout::Hyphenator::dutch();
            let setup = jaarverslag::layout::Setup { theme, fonts: &fonts, hyphenator: &hyphenator };
            let long = jaarverslag::layout::long_titles(&setup, &loaded.sources);
            loaded.absorb(long, Sources::default());
            let blurred = jaarverslag::layout::low_resolution(&setup, &loaded.pictures);
            loaded.absorb(blurred, Sources::default());
        }
    }
    if strict {
        for d in &mut loaded.diagnostics {
            if d.kind == jaarverslag::diagnostic::Kind::Accessibility {
                d.severity = jaarverslag::diagnostic::Severity::Error;
            }
        }
    }
    if super::show_diagnostics(&loaded) {
        return None;
    }
    Some((loaded.report?, theme?))
}

/// Builds the plan the options describe from a valid report.
pub fn build_once(report: &Report, theme: &Theme, options: &Options<'_>) -> ExitCode {
    let variants = match select_variants(report, options.variants) {
        Ok(variants) => variants,
        Err(message) => {
            eprintln!("{}", super::error(&message, None));
            return ExitCode::from(2);
        }
    };
    let formats = match options.format {
        None => Formats::BOTH,
        Some(super::Format::Docx) => Formats { docx: true, pdf: false },
        Some(super::Format::Pdf) => Formats { docx: false, pdf: true },
    };
    let renderer = Renderer::new(theme);
    // What changed is known for sure once the files are made: their bytes are compared.
    let sections_changed = options.changes.then(|| section_changes(report, options.out));
    let bar = progress_bar(variants.len(), options.quiet);
    let tick = || {
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    };
    let plan = Plan { variants, formats, force: options.force, jobs: options.jobs, prune: options.prune };
    let result = build(report, &renderer, &plan, options.out, &tick);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    match result {
        Ok(summary) => {
            if let Some(mut changes) = sections_changed {
                changes.versions = summary.to_send.clone();
                println!("{}", changes.describe());
            }
            for file in &summary.files {
                if let Status::Failed(why) = &file.status {
                    eprintln!("{}", super::error(why, None));
                }
            }
            for warning in &summary.warnings {
                eprintln!("{}", super::warning(warning, None));
            }
            if !summary.orphans.is_empty() {
                let count = summary.orphans.len();
                let out = options.out.display().to_string();
                let files = summary.orphans.join(", ");
                let hint = tr!("build-orphans.hint", count);
                eprintln!("{}", super::warning(&tr!("build-orphans", count, out, files), Some(&hint)));
            }
            if !options.quiet || summary.failed() {
                println!("{}", summary.line());
            }
            if summary.failed() { super::failure() } else { ExitCode::SUCCESS }
        }
        Err(e @ BuildError::Busy(_)) => {
            eprintln!("{}", super::error(&e.message(options.out), Some(&tr!("build-busy.hint"))));
            ExitCode::from(BUSY)
        }
        Err(e) => {
            eprintln!(
                "{}\n{}",
                super::error(&e.message(options.out), None),
                tr!("build-nothing-written", out = options.out.display().to_string())
            );
            super::failure()
        }
    }
}

/// A bar on a terminal (never when the output goes to a file or a pipe, or with --quiet).
fn progress_bar(versions: usize, quiet: bool) -> Option<indicatif::ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() || versions < 2 {
        return None;
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(versions as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(&format!(
        "{{bar:30}} {{pos}}/{{len}} {}",
        tr!("build-progress")
    )) {
        bar.set_style(style);
    }
    Some(bar)
}

/// The versions asked for with `--variant` ("bestuur" or a municipality id); all by default.
pub fn select_variants(report: &Report, asked: &[String]) -> Result<Vec<Variant>, String> {
    let all: Vec<Variant> = report.variants().collect();
    if asked.is_empty() {
        return Ok(all);
    }
    let names: Vec<String> = std::iter::once(BOARD_NAME.to_string())
        .chain(report.municipalities.iter().map(|m| m.id.clone()))
        .collect();
    let mut chosen = Vec::new();
    for name in asked {
        let variant = if name == BOARD_NAME {
            Variant::Board
        } else if report.municipalities.iter().any(|m| &m.id == name) {
            Variant::Municipality(name.clone())
        } else {
            return Err(match jaarverslag::input::suggest(name, &names) {
                Some(best) => tr!("build-no-version", name, best),
                None => tr!("build-no-version-list", name, names = names.join(", ")),
            });
        };
        if !chosen.contains(&variant) {
            chosen.push(variant);
        }
    }
    Ok(chosen)
}
