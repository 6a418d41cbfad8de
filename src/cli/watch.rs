//! `jaarverslag watch`: build, then rebuild on every save of an input, template or font file.
//! Invalid input shows its problems and keeps the last good outputs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher as _};

use jaarverslag::input::read::plain_error;
use jaarverslag::tr;

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
            eprintln!("{}", super::error(&tr!("watch-cannot", reason = plain_error(&e)), None));
            return super::failure();
        }
    };
    let mut watched: Vec<PathBuf> = vec![options.input.to_path_buf()];
    if let Some(theme) = options.theme {
        watched.push(theme.to_path_buf());
    }
    for path in &watched {
        if let Err(e) = watcher.watch(path, RecursiveMode::Recursive) {
            let message =
                tr!("watch-cannot-path", path = path.display().to_string(), reason = plain_error(&e));
            eprintln!("{}", super::error(&message, Some(&tr!("watch-cannot-path.hint"))));
            return super::failure();
        }
    }
    let paths = watched.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
    println!("{}", tr!("watch-watching", paths));
    rebuild(options, None);
    let out = std::fs::canonicalize(options.out).unwrap_or_else(|_| options.out.to_path_buf());
    while let Ok(paths) = receiver.recv() {
        let mut changed: Vec<PathBuf> = paths.into_iter().filter(|p| !p.starts_with(&out)).collect();
        // Let the burst of events from one save settle before building.
        while let Ok(more) = receiver.recv_timeout(SETTLE) {
            changed.extend(more.into_iter().filter(|p| !p.starts_with(&out)));
        }
        if let Some(first) = changed.first() {
            rebuild(options, Some(first));
        }
    }
    ExitCode::SUCCESS
}

/// One rebuild, with a time-stamped line before and after it.
fn rebuild(options: &Options<'_>, cause: Option<&Path>) {
    match cause {
        Some(path) => println!("{}", tr!("watch-saved", time = clock(), file = shown(path))),
        None => println!("{}", tr!("watch-building", time = clock())),
    }
    match prepare(options.input, options.theme) {
        Some((report, theme)) => {
            build_once(&report, &theme, options);
            println!("{}", tr!("watch-done", time = clock()));
        }
        None => {
            eprintln!("{}", tr!("watch-unchanged", time = clock(), out = options.out.display().to_string()))
        }
    }
}

/// A changed file as staff know it: relative to the current folder where it is inside it.
fn shown(path: &Path) -> String {
    let here = std::env::current_dir().ok().and_then(|d| std::fs::canonicalize(d).ok());
    let relative = here.as_deref().and_then(|here| path.strip_prefix(here).ok());
    relative.unwrap_or(path).display().to_string()
}

/// The local time of day, "14:03:27".
fn clock() -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (hours, minutes, seconds) = local_time_of_day(now);
    format!("{hours:02}:{minutes:02}:{seconds:02}")
}

#[cfg(unix)]
fn local_time_of_day(unix_seconds: u64) -> (i32, i32, i32) {
    let time = libc::time_t::try_from(unix_seconds).unwrap_or_default();
    // SAFETY: localtime_r only writes into `tm`, which lives on this stack frame.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&time, &mut tm) }.is_null() {
        return utc_time_of_day(unix_seconds);
    }
    (tm.tm_hour, tm.tm_min, tm.tm_sec)
}

#[cfg(not(unix))]
fn local_time_of_day(unix_seconds: u64) -> (i32, i32, i32) {
    utc_time_of_day(unix_seconds)
}

fn utc_time_of_day(unix_seconds: u64) -> (i32, i32, i32) {
    let day = (unix_seconds % 86_400) as i32;
    (day / 3600, day / 60 % 60, day % 60)
}
