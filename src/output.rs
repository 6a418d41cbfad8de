//! Writing output files so that a good report is never lost: each file goes to a temporary
//! file in the same folder, is flushed to disk, and is renamed into place, so a reader sees
//! the old file or the new one, never half of one — even after a crash.
//!
//! Flushing waits on the disk, not the processor, so a build stages its files while it
//! renders ([`stage`]) and flushes and renames them together at the end ([`commit_all`]),
//! letting the disk flush them in one go instead of the renderers waiting for each.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically (temporary file, flushed, renamed).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    stage(path, bytes)?.commit()
}

/// A file written next to its destination, not yet flushed or in place. Dropped without
/// [`Staged::commit`], it is removed and the destination is untouched.
#[derive(Debug)]
pub struct Staged {
    file: Option<std::fs::File>,
    temporary: PathBuf,
    path: PathBuf,
}

/// The lock file in the output folder, held for the length of a build.
pub const LOCK_FILE: &str = ".jaarverslag.lock";

/// An advisory lock on an output folder, with the holder's process id in the lock file; it
/// is released when dropped (or when the process ends, however it ends).
#[derive(Debug)]
pub struct OutputLock {
    _file: std::fs::File,
}

/// Why an output folder could not be locked.
#[derive(Debug)]
pub enum LockError {
    /// Another build holds it; its process id if it could be read.
    Busy(Option<u32>),
    Io(std::io::Error),
}

/// Locks `dir` for this process, without waiting. The lock is the operating system's
/// (`flock` on Unix, `LockFileEx` on Windows, through the standard library), not a file
/// whose existence means "locked": a killed build leaves nothing that blocks the next.
pub fn lock(dir: &Path) -> Result<OutputLock, LockError> {
    let path = dir.join(LOCK_FILE);
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(LockError::Io)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let holder = std::fs::read_to_string(&path).ok().and_then(|text| text.trim().parse().ok());
            return Err(LockError::Busy(holder));
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(LockError::Io(e)),
    }
    // Who holds it, for the message another build shows.
    file.set_len(0).map_err(LockError::Io)?;
    write!(file, "{}", std::process::id()).map_err(LockError::Io)?;
    Ok(OutputLock { _file: file })
}

/// The temporary file of `name` written by process `pid`: `.NAME.tmpPID`.
fn temporary_name(name: &str, pid: u32) -> String {
    format!(".{name}.tmp{pid}")
}

/// The file name and process of a temporary file, if `file` is named like one.
fn parse_temporary(file: &str) -> Option<(&str, u32)> {
    let (name, pid) = file.strip_prefix('.')?.rsplit_once(".tmp")?;
    Some((name, pid.parse().ok()?))
}

/// Removes from `dir` the temporary files a killed build left behind: named as [`stage`]
/// names them, for a file `is_ours` accepts, by a process that is gone. Nothing else is
/// touched. Returns what was removed.
pub fn remove_leftovers(dir: &Path, is_ours: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some((name, pid)) = file.to_str().and_then(parse_temporary) else { continue };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && is_ours(name) && !process_alive(pid) && std::fs::remove_file(entry.path()).is_ok() {
            removed.push(entry.path());
        }
    }
    removed.sort();
    removed
}

/// Whether process `pid` still runs (ours always does). Where that cannot be told, it is
/// taken to run, so its file stays.
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
        // Signal 0 checks that the process exists; EPERM means it does, as another user's.
        // SAFETY: kill with signal 0 sends nothing; it only reports whether `pid` exists.
        let result = unsafe { libc::kill(pid, 0) };
        result == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Writes `bytes` to a temporary file beside `path`.
pub fn stage(path: &Path, bytes: &[u8]) -> std::io::Result<Staged> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("output");
    let temporary = dir.join(temporary_name(name, std::process::id()));
    let mut staged = Staged { file: None, temporary, path: path.to_owned() };
    let mut file = std::fs::File::create(&staged.temporary)?;
    // From here on, dropping `staged` removes the temporary file.
    file.write_all(bytes)?;
    staged.file = Some(file);
    Ok(staged)
}

impl Staged {
    /// Where the file goes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flushes the file to disk and renames it into place.
    pub fn commit(mut self) -> std::io::Result<()> {
        if let Some(file) = self.file.take() {
            file.sync_all()?;
        }
        std::fs::rename(&self.temporary, &self.path)?;
        // In place: nothing left to clean up.
        self.temporary = PathBuf::new();
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.temporary.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.temporary);
        }
    }
}

/// Commits every staged file, the flushes side by side (the file system joins them into
/// few disk writes); returns each file's result, in order.
pub fn commit_all(staged: Vec<Staged>) -> Vec<std::io::Result<()>> {
    const THREADS: usize = 8;
    let mut slots: Vec<Option<Staged>> = staged.into_iter().map(Some).collect();
    let mut results: Vec<Option<std::io::Result<()>>> = slots.iter().map(|_| None).collect();
    let chunk = slots.len().div_ceil(THREADS).max(1);
    std::thread::scope(|scope| {
        for (files, results) in slots.chunks_mut(chunk).zip(results.chunks_mut(chunk)) {
            scope.spawn(move || {
                for (file, result) in files.iter_mut().zip(results) {
                    *result = file.take().map(Staged::commit);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(std::io::Error::other(crate::tr!("output-not-flushed")))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("jaarverslag-output-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_staged_file_appears_only_when_committed() {
        let dir = scratch("commit");
        let path = dir.join("a.pdf");
        std::fs::write(&path, b"old").unwrap();
        let staged = stage(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"old", "the old file stays until the commit");
        let results = commit_all(vec![staged, stage(&dir.join("b.pdf"), b"b").unwrap()]);
        assert!(results.iter().all(Result::is_ok));
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(std::fs::read(dir.join("b.pdf")).unwrap(), b"b");
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "no temporary file is left: {names:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_locked_folder_cannot_be_locked_again_until_released() {
        let dir = scratch("lock");
        let first = lock(&dir).unwrap();
        match lock(&dir) {
            Err(LockError::Busy(holder)) => assert_eq!(holder, Some(std::process::id())),
            other => panic!("{other:?}"),
        }
        drop(first);
        assert!(lock(&dir).is_ok(), "free again once released");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn leftovers_of_a_gone_process_are_removed_and_nothing_else() {
        let dir = scratch("leftovers");
        // A process that has ended: its pid is free.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        let ours = |name: &str| name.ends_with(".pdf");
        for file in [
            temporary_name("a.pdf", gone),
            temporary_name("a.pdf", std::process::id()),
            temporary_name("notes.txt", gone),
            "a.pdf".into(),
            ".a.pdf.tmpX".into(),
        ] {
            std::fs::write(dir.join(file), b"x").unwrap();
        }
        let removed = remove_leftovers(&dir, ours);
        assert_eq!(removed, vec![dir.join(temporary_name("a.pdf", gone))]);
        let mut left: Vec<_> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        left.sort();
        let mut kept = vec![
            ".a.pdf.tmpX".to_owned(),
            temporary_name("a.pdf", std::process::id()),
            temporary_name("notes.txt", gone),
            "a.pdf".to_owned(),
        ];
        kept.sort();
        assert_eq!(left, kept, "a running build's file, other files and other names stay");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_staged_file_that_is_dropped_leaves_the_old_one() {
        let dir = scratch("drop");
        let path = dir.join("a.pdf");
        std::fs::write(&path, b"old").unwrap();
        drop(stage(&path, b"new").unwrap());
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "the temporary file is removed");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
