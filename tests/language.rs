//! The tool speaks Dutch unless asked for English: `--lang en`, or `LANG`/`LC_ALL`/
//! `LC_MESSAGES` starting with `en`. The report itself does not depend on the language.

mod common;

use common::{copy_of_input, run, run_with};

const S2: &str = "sections/2-drempels.json";

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A comma forgotten at the end of a line, as staff make it in VS Code.
fn missing_comma() -> common::Scratch {
    let scratch = copy_of_input("language-comma");
    scratch.edit(S2, "\"number\": 2,", "\"number\": 2");
    scratch
}

#[test]
fn a_typo_is_explained_in_dutch_without_a_language_setting() {
    let scratch = missing_comma();
    let output = run(scratch.path(), &["check"]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.starts_with("fout: er ontbreekt een komma tussen twee velden\n"), "{message}");
    assert!(message.contains("= tip: zet een `,` aan het einde van de vorige regel"), "{message}");
    assert!(message.contains("sections/2-drempels.json:"), "{message}");
    assert!(message.ends_with("1 fout\n"), "{message}");
}

#[test]
fn english_with_the_flag_or_the_environment() {
    let scratch = missing_comma();
    let english = "error: a comma is missing between two fields\n";
    for (args, vars) in [
        (&["--lang", "en", "check"][..], &[][..]),
        (&["check", "--lang=en"][..], &[][..]),
        (&["check"][..], &[("LANG", "en_US.UTF-8")][..]),
        (&["check"][..], &[("LC_ALL", "en_GB.UTF-8"), ("LANG", "nl_BE.UTF-8")][..]),
        (&["check"][..], &[("LC_MESSAGES", "en_GB.UTF-8")][..]),
    ] {
        let message = stderr(&run_with(scratch.path(), args, vars));
        assert!(message.starts_with(english), "{args:?} {vars:?}: {message}");
        assert!(message.contains("= hint: add `,` at the end of the previous line"), "{message}");
        assert!(message.ends_with("1 error\n"), "{message}");
    }
}

#[test]
fn the_flag_wins_over_the_environment_and_other_languages_get_dutch() {
    let scratch = missing_comma();
    for (args, vars) in [
        (&["--lang", "nl", "check"][..], &[("LANG", "en_US.UTF-8")][..]),
        (&["check"][..], &[("LANG", "fr_BE.UTF-8")][..]),
        (&["check"][..], &[("LANG", "C.UTF-8")][..]),
        (&["check"][..], &[("LC_ALL", "nl_BE.UTF-8"), ("LANG", "en_US.UTF-8")][..]),
    ] {
        let message = stderr(&run_with(scratch.path(), args, vars));
        assert!(message.starts_with("fout: er ontbreekt een komma"), "{args:?} {vars:?}: {message}");
    }
}

#[test]
fn an_unknown_language_is_a_usage_error_in_the_users_words() {
    let scratch = copy_of_input("language-unknown");
    let output = run(scratch.path(), &["--lang", "fr", "check"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.starts_with("fout: `fr` is geen geldige waarde voor --lang"), "{message}");
    assert!(message.contains("mogelijke waarden: nl, en"), "{message}");
}

/// The help of every command is in the language asked for, clap's own words included.
#[test]
fn the_help_of_every_command_is_in_dutch_or_english() {
    let scratch = copy_of_input("language-help");
    let commands = [&[][..], &["build"], &["watch"], &["changes"], &["check"], &["import"], &["schema"]];
    for command in commands {
        let mut args = command.to_vec();
        args.push("--help");
        let dutch = stdout(&run(scratch.path(), &args));
        assert!(dutch.contains("Gebruik: jaarverslag") && dutch.contains("Opties:"), "{args:?}: {dutch}");
        assert!(dutch.contains("Toon deze hulp"), "{args:?}: {dutch}");
        for english in ["Usage:", "Options:", "Print help", "[default:", "[possible values:", "Commands:"] {
            assert!(!dutch.contains(english), "{args:?}: {english:?} in\n{dutch}");
        }
        args.extend(["--lang", "en"]);
        let english = stdout(&run(scratch.path(), &args));
        assert!(
            english.contains("Usage: jaarverslag") && english.contains("Options:"),
            "{args:?}: {english}"
        );
    }
    // `jaarverslag help build` is `jaarverslag build --help`.
    let help = stdout(&run(scratch.path(), &["help", "build"]));
    assert!(help.contains("Gebruik: jaarverslag build"), "{help}");
}

#[test]
fn usage_errors_are_in_dutch_with_a_suggestion() {
    let scratch = copy_of_input("language-usage");
    let output = run(scratch.path(), &["build", "--inptu", "x"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.starts_with("fout: onbekende optie `--inptu`\n  = tip: bedoel je `--input`?"),
        "{message}"
    );
    assert!(message.contains("Meer uitleg: `jaarverslag build --help`"), "{message}");
    let message = stderr(&run(scratch.path(), &["bild"]));
    assert!(message.starts_with("fout: onbekende opdracht `bild`\n  = tip: bedoel je `build`?"), "{message}");
    let message = stderr(&run(scratch.path(), &["--lang", "en", "bild"]));
    assert!(
        message.starts_with("error: unknown command `bild`\n  = hint: did you mean `build`?"),
        "{message}"
    );
}

/// The summary line and `changes`, as staff read them after a build.
#[test]
fn the_summary_line_and_changes_are_in_dutch() {
    let scratch = copy_of_input("language-summary");
    let output = run(scratch.path(), &["build", "--variant", "bestuur"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let line = stdout(&output);
    assert!(line.starts_with("2 bestanden: 2 geschreven, 0 ongewijzigd — "), "{line}");
    let changes = stdout(&run(scratch.path(), &["changes", "--variant", "bestuur"]));
    assert_eq!(changes, "er is niets veranderd sinds de vorige build\n");
    let english = stdout(&run(scratch.path(), &["--lang", "en", "changes", "--variant", "bestuur"]));
    assert_eq!(english, "nothing changed since the last build\n");
}

/// The messages' language is not the report's: the same input gives the same bytes.
#[test]
fn the_report_is_the_same_in_every_message_language() {
    let scratch = copy_of_input("language-report");
    let dutch =
        run(scratch.path(), &["build", "--variant", "bestuur", "--variant", "kortrijk", "--out", "nl"]);
    assert_eq!(dutch.status.code(), Some(0), "{}", stderr(&dutch));
    let english = run(
        scratch.path(),
        &["--lang", "en", "build", "--variant", "bestuur", "--variant", "kortrijk", "--out", "en"],
    );
    assert_eq!(english.status.code(), Some(0), "{}", stderr(&english));
    let mut names: Vec<_> = std::fs::read_dir(scratch.path().join("nl"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with("jaarverslag-"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 4);
    for name in names {
        let a = std::fs::read(scratch.path().join("nl").join(&name)).unwrap();
        let b = std::fs::read(scratch.path().join("en").join(&name)).unwrap();
        assert!(a == b, "{} differs between the Dutch and the English run", name.to_string_lossy());
    }
}

/// The fenced blocks of `docs/handleiding.md`, in order.
fn guide_blocks() -> Vec<String> {
    let guide = std::fs::read_to_string(common::root().join("docs/handleiding.md")).unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in guide.lines() {
        match (&mut current, line.starts_with("```")) {
            (None, true) => current = Some(String::new()),
            (Some(block), true) => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), false) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, false) => {}
        }
    }
    blocks
}

/// The Dutch user guide shows what the tool really says: its ten mistakes are the reviewed
/// Dutch snapshots, and its other examples are run here.
#[test]
fn the_user_guide_shows_real_output() {
    let blocks = guide_blocks();
    let snapshots: Vec<String> = std::fs::read_dir(common::root().join("tests/snapshots/diagnostics/nl"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let mistakes: Vec<&String> = blocks.iter().filter(|b| b.starts_with("fout:")).collect();
    assert_eq!(mistakes.len(), 10, "ten mistakes");
    for block in mistakes {
        assert!(snapshots.iter().any(|s| s.contains(block.as_str())), "not a snapshot's message:\n{block}");
    }
    let scratch = copy_of_input("language-guide");
    let check = stdout(&run(scratch.path(), &["check"]));
    assert!(blocks.contains(&check), "the guide shows `check` saying {check:?}");
    scratch.edit(
        S2,
        "([zie verder: samenwerking met VDAB](#wse-lr4)). In kader",
        "([zie verder](#wse-lr4)). In kader",
    );
    let warnings = stderr(&run(scratch.path(), &["check"]));
    let example = blocks.iter().find(|b| b.starts_with("waarschuwing: de tekst van de link")).unwrap();
    assert!(warnings.contains(example.as_str()), "{example}\nis not in\n{warnings}");
}
