//! `jaarverslag watch`: build, then rebuild on every save of an input, template or font file.
//! Invalid input shows its problems and keeps the last good outputs.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher as _};

use super::build::{Options, build_once, prepare};

/// Saves come in bursts (an editor writes, renames, touches): wait this long for quiet.
const SETTLE: Duration = Duration::from_millis(150);

pub fn run(options: &Options<'_>) -> ExitCode {
    let (sender, receiver) = mpsc::channel();
    let mut watcher = match notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event
            && !matches!(event.kind, notify::EventKind::Access(_))
        {
            let _ = sender.send(event.paths);
        }
    }) {
        Ok(watcher) => watcher,
        Err(e) => {
            eprintln!("error: cannot watch for changes: {e}");
            return super::failure();
        }
    };
    let mut watched: Vec<PathBuf> = vec![options.input.to_path_buf()];
    if let Some(theme) = options.theme {
        watched.push(theme.to_path_buf());
    }
    for path in &watched {
        if let Err(e) = watcher.watch(path, RecursiveMode::Recursive) {
            eprintln!("error: cannot watch {}: {e}", path.display());
            return super::failure();
        }
    }
    println!(
        "watching {} — press Ctrl-C to stop",
        watched.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    );
    rebuild(options);
    let out = std::fs::canonicalize(options.out).unwrap_or_else(|_| options.out.to_path_buf());
    while let Ok(paths) = receiver.recv() {
        let mut relevant = paths.iter().any(|p| !p.starts_with(&out));
        // Let the burst of events from one save settle before building.
        while let Ok(more) = receiver.recv_timeout(SETTLE) {
            relevant |= more.iter().any(|p| !p.starts_with(&out));
        }
        if relevant {
            rebuild(options);
        }
    }
    ExitCode::SUCCESS
}

fn rebuild(options: &Options<'_>) {
    match prepare(options.input, options.theme) {
        Some((report, theme)) => {
            build_once(&report, &theme, options);
        }
        None => eprintln!("the files in {} are unchanged; waiting for the next save", options.out.display()),
    }
}
