//! Reading the files the tool is given — manifest, sections, theme, fonts — safely: only
//! regular files (a named pipe would make the tool wait forever, a device node such as
//! /dev/zero would fill memory), never more than a limit (enforced while reading, not taken
//! from the file's size on disk), and read again once when the file changed while it was read
//! (an editor half-way through saving it).

use std::io::Read as _;
use std::path::Path;

use crate::tr;

#[derive(Debug)]
pub enum ReadError {
    NotFound,
    /// What it is instead: a folder, a named pipe, a device …
    NotAFile(NotAFile),
    /// Larger than the limit (bytes).
    TooLarge(u64),
    Io(std::io::Error),
}

/// What a path that is not a regular file is instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    Folder,
    /// A named pipe (FIFO): reading it would wait for a writer, forever.
    Fifo,
    Device,
    Socket,
    Other,
}

impl ReadError {
    /// What happened, for a message about `name`; the system's words in brackets.
    pub fn describe(&self, name: &str) -> String {
        match self {
            ReadError::NotFound => tr!("read-not-found", name),
            ReadError::NotAFile(NotAFile::Folder) => tr!("read-folder", name),
            ReadError::NotAFile(NotAFile::Fifo) => tr!("read-fifo", name),
            ReadError::NotAFile(NotAFile::Device) => tr!("read-device", name),
            ReadError::NotAFile(NotAFile::Socket) => tr!("read-socket", name),
            ReadError::NotAFile(NotAFile::Other) => tr!("read-special", name),
            ReadError::TooLarge(limit) => tr!("read-too-large", name, megabytes = limit / 1_000_000),
            ReadError::Io(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                tr!("read-permission-denied", name)
            }
            ReadError::Io(e) => tr!("read-failed", name, reason = io_reason(e)),
        }
    }
}

/// Why a file operation failed, in the user's language for the usual reasons (a missing
/// file, no permission, a full disk …), else in the system's words.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::StorageFull => "io-storage-full",
        K::QuotaExceeded => "io-quota-exceeded",
        K::ReadOnlyFilesystem => "io-read-only",
        K::IsADirectory => "io-is-a-directory",
        K::NotADirectory => "io-not-a-directory",
        K::DirectoryNotEmpty => "io-directory-not-empty",
        K::ResourceBusy => "io-busy",
        K::InvalidFilename => "io-invalid-filename",
        K::FileTooLarge => "io-file-too-large",
        _ => return plain_error(e),
    };
    crate::i18n::text(id, &[])
}

/// The system's description of an error without its "(os error N)" suffix, for messages
/// that say in their own words what happened and show this in brackets.
pub fn plain_error(e: &dyn std::fmt::Display) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// The bytes of the regular file at `path` (links followed), at most `limit` of them.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let first = read_once(path, limit)?;
    // Changed while we read it (size or time differ from before)? Read it once more.
    match (first.before, modified(path)) {
        (Some(before), Some(after)) if before != after => Ok(read_once(path, limit)?.bytes),
        _ => Ok(first.bytes),
    }
}

struct Read {
    bytes: Vec<u8>,
    before: Option<(u64, std::time::SystemTime)>,
}

fn modified(path: &Path) -> Option<(u64, std::time::SystemTime)> {
    let metadata = std::fs::metadata(path).ok()?;
    Some((metadata.len(), metadata.modified().ok()?))
}

fn read_once(path: &Path, limit: u64) -> Result<Read, ReadError> {
    let metadata = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound,
        _ => ReadError::Io(e),
    })?;
    check_kind(&metadata)?;
    let before = metadata.modified().ok().map(|t| (metadata.len(), t));
    let file = open(path).map_err(ReadError::Io)?;
    // Checked again on what was opened: the path may have changed in between.
    check_kind(&file.metadata().map_err(ReadError::Io)?)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok(Read { bytes, before })
}

fn check_kind(metadata: &std::fs::Metadata) -> Result<(), ReadError> {
    let kind = metadata.file_type();
    if kind.is_file() {
        return Ok(());
    }
    Err(ReadError::NotAFile(if kind.is_dir() { NotAFile::Folder } else { special_kind(&kind) }))
}

#[cfg(unix)]
fn special_kind(kind: &std::fs::FileType) -> NotAFile {
    use std::os::unix::fs::FileTypeExt as _;
    if kind.is_fifo() {
        NotAFile::Fifo
    } else if kind.is_socket() {
        NotAFile::Socket
    } else if kind.is_block_device() || kind.is_char_device() {
        NotAFile::Device
    } else {
        NotAFile::Other
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> NotAFile {
    NotAFile::Other
}

/// Opens without waiting: a named pipe swapped in after the check must not block the open.
#[cfg(unix)]
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_are_read_and_never_past_the_limit() {
        let dir = std::env::temp_dir().join(format!("jaarverslag-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("a.json");
        std::fs::write(&file, b"0123456789").unwrap();
        assert_eq!(read_regular(&file, 10).unwrap(), b"0123456789");
        assert!(matches!(read_regular(&file, 9), Err(ReadError::TooLarge(9))));
        assert!(matches!(read_regular(&dir, 10), Err(ReadError::NotAFile(NotAFile::Folder))));
        assert!(matches!(read_regular(&dir.join("b.json"), 10), Err(ReadError::NotFound)));
        #[cfg(unix)]
        {
            assert!(matches!(
                read_regular(Path::new("/dev/zero"), 10),
                Err(ReadError::NotAFile(NotAFile::Device))
            ));
            let fifo = dir.join("fifo.json");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            if made.is_ok_and(|s| s.success()) {
                assert!(matches!(read_regular(&fifo, 10), Err(ReadError::NotAFile(NotAFile::Fifo))));
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
