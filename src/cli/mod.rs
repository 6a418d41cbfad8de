//! The command line: what the user typed → a command → an exit code.
//!
//! Exit codes, in one place: 0 success, 1 the input is invalid or the report could not be
//! written, 2 the command line itself is wrong (clap's usage errors).

mod build;
mod changes;
mod check;
mod import;
mod language;
mod schema;
mod watch;

use std::io::IsTerminal as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use jaarverslag::diagnostic::{Severity, Style, render_all, render_plain};
use jaarverslag::input::Loaded;

/// Builds W13's annual report from the JSON files in the input folder: the board's version
/// and one per municipality.
#[derive(Debug, Parser)]
#[command(name = "jaarverslag", version)]
#[command(
    after_help = "Start with `jaarverslag check` after editing; `jaarverslag build` writes the report.\n\
Exit codes: 0 done, 1 the input has errors (nothing was written), 2 wrong command line."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of the messages: nl (the default) or en; read before parsing, see
    /// `language::choose`.
    #[arg(long, global = true, value_name = "nl|en", value_parser = ["nl", "en"])]
    lang: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the input and build every version of the report (board and municipalities) as
    /// Word and PDF into the output folder; only what changed is rewritten.
    Build {
        #[command(flatten)]
        args: BuildArgs,
        /// Also say which sections and versions changed since the last build.
        #[arg(long)]
        changes: bool,
        /// Remove the files this tool wrote before for versions the report no longer has (a
        /// removed municipality, last year's report); no other file is touched.
        #[arg(long)]
        prune: bool,
    },
    /// Build, then rebuild on every save of an input or theme file (Ctrl-C stops).
    Watch {
        #[command(flatten)]
        args: BuildArgs,
    },
    /// Say which sections and versions changed since the last build, without building.
    Changes {
        #[command(flatten)]
        args: BuildArgs,
    },
    /// Check the input and report every problem, without writing anything.
    Check {
        /// Folder with report.json and sections/.
        #[arg(long, value_name = "DIR", default_value = "input")]
        input: PathBuf,
        /// Theme file to check as well.
        #[arg(long, value_name = "FILE")]
        theme: Option<PathBuf>,
        /// Treat accessibility warnings (WCAG 2.1 AA) as errors: exit 1 when there is one.
        #[arg(long)]
        strict: bool,
    },
    /// Turn a Word report (.docx) into an input folder: a manifest and one section file per
    /// Heading 1; what cannot be mapped is listed as a warning with its place. With
    /// --update, bring the edits made in Word to a DOCX this tool built back into the input.
    #[command(group(clap::ArgGroup::new("target").required(true).args(["out", "update"])))]
    Import {
        /// The Word file.
        #[arg(value_name = "FILE.docx")]
        docx: PathBuf,
        /// The new input folder; it must not hold a report.json yet.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// The input folder the Word file was built from: its changed blocks are rewritten.
        #[arg(long, value_name = "DIR", conflicts_with = "manifest")]
        update: Option<PathBuf>,
        /// A report.json whose municipalities and settings the new manifest takes.
        #[arg(long, value_name = "FILE")]
        manifest: Option<PathBuf>,
        /// With --update: bring the edits in even though the input changed after the Word
        /// file was built (where a block changed on both sides, Word's version wins).
        #[arg(long, requires = "update")]
        force: bool,
        /// With --update: take the Word file's tracked changes as accepted.
        #[arg(long, requires = "update")]
        accept_changes: bool,
    },
    /// Print the JSON Schema of the input files (for editors such as VS Code).
    Schema {
        /// Which file kind: the manifest (report.json) or a section file.
        #[arg(value_enum, default_value_t = schema::Which::Report)]
        which: schema::Which,
    },
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    /// Folder with report.json and sections/.
    #[arg(long, value_name = "DIR", default_value = "input")]
    input: PathBuf,
    /// Folder the report is written to; created if missing.
    #[arg(long, value_name = "DIR", default_value = "out")]
    out: PathBuf,
    /// Theme file (page, fonts, styles, labels); the built-in W13 house style by default.
    #[arg(long, value_name = "FILE")]
    theme: Option<PathBuf>,
    /// Build only this version: "bestuur" or a municipality id (repeatable). All by default.
    #[arg(long = "variant", value_name = "ID")]
    variants: Vec<String>,
    /// Write only this format. Both by default.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Number of threads; one per core by default, at most four per core (more are not
    /// used). The files do not depend on it.
    #[arg(long, value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// Rebuild every file, even those whose inputs did not change.
    #[arg(long)]
    force: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

impl BuildArgs {
    fn options(&self, changes: bool, prune: bool) -> build::Options<'_> {
        build::Options {
            input: &self.input,
            out: &self.out,
            theme: self.theme.as_deref(),
            variants: &self.variants,
            format: self.format,
            jobs: capped_jobs(self.jobs),
            force: self.force,
            quiet: self.quiet,
            changes,
            prune,
        }
    }
}

/// `--jobs`: more threads than four per core only cost memory (each is a thread of its own).
fn capped_jobs(asked: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    asked.min(4 * cores)
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Docx,
    Pdf,
}

pub fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().collect();
    jaarverslag::i18n::set_language(language::choose(&args));
    let command = language::localize(Cli::command());
    let cli = match command.try_get_matches_from(language::help_command_as_flag(args)) {
        Ok(matches) => match Cli::from_arg_matches(&matches) {
            Ok(cli) => cli,
            Err(error) => return language::usage_error(error),
        },
        Err(error) => return language::usage_error(error),
    };
    match cli.command {
        Command::Build { args, changes, prune } => build::run(&args.options(changes, prune)),
        Command::Watch { args } => watch::run(&args.options(false, false)),
        Command::Changes { args } => changes::run(&args.options(false, false)),
        Command::Check { input, theme, strict } => check::run(&input, theme.as_deref(), strict),
        Command::Import { docx, out, update, manifest, force, accept_changes } => match (out, update) {
            (_, Some(input)) => {
                let options = jaarverslag::import::UpdateOptions { force, accept_changes };
                import::run_update(&docx, &input, options)
            }
            (Some(out), None) => import::run(&docx, &out, manifest.as_deref()),
            (None, None) => unreachable!("clap requires --out or --update"),
        },
        Command::Schema { which } => schema::run(which),
    }
}

/// Shows the diagnostics of a load on stderr; true when there were errors.
fn show_diagnostics(loaded: &Loaded) -> bool {
    let style = Style::detect(std::io::stderr().is_terminal());
    let text = render_all(&loaded.diagnostics, &loaded.sources, style);
    eprint!("{text}");
    loaded.has_errors()
}

/// An error without a place in a file, with its hint if it has one.
fn error(message: &str, hint: Option<&str>) -> String {
    render_plain(Severity::Error, message, hint)
}

/// A warning without a place in a file, with its hint if it has one.
fn warning(message: &str, hint: Option<&str>) -> String {
    render_plain(Severity::Warning, message, hint)
}

/// Exit code 1: invalid input or a failed write.
fn failure() -> ExitCode {
    ExitCode::from(1)
}
