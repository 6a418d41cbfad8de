//! The command line in the user's language: which language (`--lang`, else the
//! environment), the help of every command and option from the catalogue, and clap's
//! usage errors told again in our words.
//!
//! clap's help texts come from the doc comments at compile time; ours come from the
//! catalogue at run time, so the help is rewritten on the built `Command` before parsing.
//! The doc comments stay for readers of the code.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use jaarverslag::i18n::{self, Lang};
use jaarverslag::tr;

/// The language asked for: `--lang xx` or `--lang=xx` anywhere on the command line (read
/// before clap, whose help and errors must already be in it), else `LC_ALL`, `LC_MESSAGES`,
/// `LANG`.
pub fn choose(args: &[OsString]) -> Lang {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next().map(|w| w.into_owned()),
            Some(rest) if rest.starts_with('=') => Some(rest[1..].to_owned()),
            _ => continue,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::parse) {
            return lang;
        }
    }
    Lang::from_environment(|name| std::env::var(name).ok())
}

/// `jaarverslag help build` as `jaarverslag build --help` (clap's own `help` command would
/// speak English).
pub fn help_command_as_flag(mut args: Vec<OsString>) -> Vec<OsString> {
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    args
}

/// The command with every help text, heading and placeholder from the catalogue.
pub fn localize(command: Command) -> Command {
    let command = command
        .about(tr!("cli-about"))
        .after_help(tr!("cli-after-help"))
        .override_usage(tr!("cli-usage"))
        .subcommand_help_heading(tr!("cli-heading-commands"))
        .subcommand_value_name(tr!("cli-value-command"))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr!("cli-version"))
                .help_heading(tr!("cli-heading-options")),
        );
    let command = localize_args(command, None);
    command.mut_subcommands(|sub| {
        let name = sub.get_name().to_owned();
        let usage = i18n::lookup(i18n::language(), &format!("cli-{name}-usage"), &[])
            .unwrap_or_else(|| tr!("cli-usage-command", command = name.as_str()));
        let sub = sub.about(i18n::text(&format!("cli-{name}"), &[])).long_about(None).override_usage(usage);
        localize_args(sub, Some(&name))
    })
}

/// Help, heading and placeholder of every option of `command` (`sub` is its name; `None`
/// for the top level), and our own `--help`.
fn localize_args(command: Command, sub: Option<&str>) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!("cli-usage-heading")
    );
    let command = command
        .help_template(template)
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(tr!("cli-help")));
    command.mut_args(|arg| {
        let id = arg.get_id().as_str().to_owned();
        let heading = match arg.is_positional() {
            true => tr!("cli-heading-arguments"),
            false => tr!("cli-heading-options"),
        };
        let mut arg = arg.help_heading(heading);
        if arg.get_action().takes_values() {
            // Defaults and choices are named in our help texts, in the user's language.
            arg = arg.hide_default_value(true).hide_possible_values(true);
        }
        if let Some(help) = help_text(sub, &id) {
            arg = arg.help(help).long_help(None);
        }
        // DIR → MAP, FILE.docx → BESTAND.docx …; ID and N read the same in both. An option
        // without a placeholder of its own is named after its id (FORMAT → FORMAAT).
        let placeholder = match arg.get_value_names().and_then(|names| names.first()) {
            Some(name) => Some(name.to_lowercase().replace('.', "-")),
            None => arg.get_action().takes_values().then(|| id.clone()),
        };
        let placeholder =
            placeholder.and_then(|p| i18n::lookup(i18n::language(), &format!("cli-value-{p}"), &[]));
        if let Some(placeholder) = placeholder {
            arg = arg.value_name(placeholder);
        }
        arg
    })
}

/// The help of option `id`: `cli-<command>-<id>`, else `cli-arg-<id>` (an option that means
/// the same for build, watch and changes), else `cli-<id>` (a top-level option).
pub fn help_text(sub: Option<&str>, id: &str) -> Option<String> {
    help_ids(sub, id).iter().find_map(|id| i18n::lookup(i18n::language(), id, &[]))
}

fn help_ids(sub: Option<&str>, id: &str) -> Vec<String> {
    let mut ids = Vec::new();
    if let Some(sub) = sub {
        ids.push(format!("cli-{sub}-{id}"));
        ids.push(format!("cli-arg-{id}"));
    }
    ids.push(format!("cli-{id}"));
    ids
}

/// Shows a usage error of clap's in our words and gives its exit code: help and version
/// are printed as they are (exit 0), anything else is exit 2.
pub fn usage_error(error: clap::Error) -> ExitCode {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            return ExitCode::from(2);
        }
        _ => {}
    }
    eprint!("{}", describe(&error));
    ExitCode::from(2)
}

fn describe(error: &clap::Error) -> String {
    let get = |kind| error.get(kind).map(context_text).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let (message, mut hint) = match error.kind() {
        ErrorKind::UnknownArgument if arg.starts_with('-') => {
            (tr!("cli-error-unknown-argument", arg = &arg), None)
        }
        ErrorKind::UnknownArgument => (tr!("cli-error-unexpected-value", arg), None),
        ErrorKind::InvalidSubcommand => {
            (tr!("cli-error-unknown-command", command = get(ContextKind::InvalidSubcommand)), None)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = get(ContextKind::InvalidValue);
            let message = match value.is_empty() {
                true => tr!("cli-error-missing-value", arg = &arg),
                false => tr!("cli-error-invalid-value", value, arg = &arg),
            };
            let values = get(ContextKind::ValidValue);
            let hint = match values.is_empty() {
                false => Some(tr!("cli-error-invalid-value.hint", values)),
                true if arg.ends_with("<N>") => Some(tr!("cli-error-number.hint")),
                true => None,
            };
            (message, hint)
        }
        ErrorKind::MissingRequiredArgument if arg.contains("--out") && arg.contains("--update") => {
            (tr!("cli-error-import-target"), Some(tr!("cli-error-import-target.hint")))
        }
        ErrorKind::MissingRequiredArgument => (tr!("cli-error-missing", args = arg), None),
        ErrorKind::MissingSubcommand => {
            (tr!("cli-error-missing-command"), Some(tr!("cli-error-missing-command.hint")))
        }
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg);
            match other == arg || other.is_empty() {
                true => (tr!("cli-error-twice", arg), None),
                false => (tr!("cli-error-conflict", arg, other), None),
            }
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            (tr!("cli-error-missing-value", arg), None)
        }
        _ => {
            let detail = error.kind().as_str().unwrap_or("?").to_owned();
            (tr!("cli-error-other", detail), None)
        }
    };
    let suggestion =
        [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue]
            .into_iter()
            .map(get)
            .find(|s| !s.is_empty());
    if let Some(suggestion) = suggestion {
        hint = Some(tr!("cli-did-you-mean", suggestion));
    }
    let mut out = super::error(&message, hint.as_deref());
    out.push('\n');
    let usage = get(ContextKind::Usage);
    let usage = usage.trim();
    if !usage.is_empty() {
        // clap's usage starts with its own "Usage:"; only what follows is ours.
        let usage = usage.split_once(' ').map_or(usage, |(_, rest)| rest.trim_start());
        out.push_str(&format!("\n{} {usage}\n", tr!("cli-usage-heading")));
        let command: Vec<&str> =
            usage.split_whitespace().take_while(|w| w.chars().all(|c| c.is_ascii_lowercase())).collect();
        out.push_str(&format!("{}\n", tr!("cli-more-help", command = command.join(" "))));
    }
    out
}

fn context_text(value: &ContextValue) -> String {
    match value {
        ContextValue::None => String::new(),
        ContextValue::Bool(b) => b.to_string(),
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        ContextValue::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    use super::*;

    /// A new option or command without its help in both languages fails here.
    #[test]
    fn every_command_and_option_has_its_help_in_both_languages() {
        let command = super::super::Cli::command();
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            for arg in command.get_arguments() {
                if !help_ids(None, arg.get_id().as_str()).iter().any(|id| i18n::has(lang, id)) {
                    missing.push(format!("{}: --{}", lang.code(), arg.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                let name = sub.get_name();
                if !i18n::has(lang, &format!("cli-{name}")) {
                    missing.push(format!("{}: {name}", lang.code()));
                }
                for arg in sub.get_arguments() {
                    if !help_ids(Some(name), arg.get_id().as_str()).iter().any(|id| i18n::has(lang, id)) {
                        missing.push(format!("{}: {name} {}", lang.code(), arg.get_id()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "help missing in the catalogue: {missing:?}");
    }

    #[test]
    fn lang_on_the_command_line_wins_over_the_environment() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(choose(&args(&["jaarverslag", "--lang", "en", "check"])), Lang::En);
        assert_eq!(choose(&args(&["jaarverslag", "check", "--lang=en"])), Lang::En);
        assert_eq!(choose(&args(&["jaarverslag", "check", "--lang=nl"])), Lang::Nl);
    }
}
