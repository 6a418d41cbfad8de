//! Opening a Word file safely: the file's size, what kind of file it is (a zip, an old binary
//! `.doc`, an encrypted DOCX), every part read with a bound on what it unpacks to, no DTD or
//! entity in any XML part.

use std::io::Read as _;
use std::path::Path;

use crate::input::read::{ReadError, read_regular};
use crate::{i18n, tr};

/// A Word file this large is not a report (a report with many photos is a few megabytes).
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// Everything the parts of one file unpack to together; a zip bomb stops here.
pub const MAX_UNPACKED_BYTES: u64 = 200 * 1024 * 1024;
/// The most parts a DOCX may have.
const MAX_PARTS: usize = 10_000;

/// Why a Word file cannot be read, in words for staff, with what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub message: String,
    pub hint: String,
}

fn error(message: impl Into<String>, hint: impl Into<String>) -> ImportError {
    ImportError { message: message.into(), hint: hint.into() }
}

/// The error of catalogue message `id` about the file `name`, with the message's hint.
fn refusal(id: &str, name: &str) -> ImportError {
    let hint = format!("{id}.hint");
    error(i18n::text(id, &[("name", i18n::Arg::from(name))]), i18n::text(&hint, &[]))
}

/// The parts of a DOCX, read and bounded.
pub struct Package {
    name: String,
    parts: Vec<(String, Vec<u8>)>,
}

impl Package {
    /// Reads the Word file at `path`, named `name` in messages.
    pub fn open(path: &Path, name: &str) -> Result<Package, ImportError> {
        let bytes = read_regular(path, MAX_FILE_BYTES).map_err(|e| match e {
            ReadError::TooLarge(_) => error(
                tr!("docx-read-too-large", name, megabytes = MAX_FILE_BYTES / 1024 / 1024),
                tr!("docx-read-too-large.hint"),
            ),
            other => error(other.describe(name), tr!("docx-read-open.hint")),
        })?;
        Package::from_bytes(bytes, name)
    }

    pub fn from_bytes(bytes: Vec<u8>, name: &str) -> Result<Package, ImportError> {
        const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        if bytes.starts_with(&OLE) {
            // An OLE compound file: an old .doc, or a DOCX that Word encrypted with a password.
            let encrypted = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>();
            return Err(if bytes.windows(encrypted.len()).any(|w| w == encrypted.as_slice()) {
                refusal("docx-read-password", name)
            } else {
                refusal("docx-read-old-doc", name)
            });
        }
        if !bytes.starts_with(b"PK\x03\x04") {
            let id = if bytes.starts_with(b"%PDF") {
                "docx-read-pdf"
            } else if bytes.starts_with(b"{\\rtf") {
                "docx-read-rtf"
            } else if bytes.is_empty() {
                "docx-read-empty"
            } else {
                "docx-read-not-word"
            };
            return Err(refusal(id, name));
        }
        let damaged = || refusal("docx-read-damaged", name);
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| damaged())?;
        if archive.len() > MAX_PARTS {
            return Err(error(
                tr!("docx-read-too-many-parts", name, parts = archive.len(), max = MAX_PARTS),
                tr!("docx-read-too-many-parts.hint"),
            ));
        }
        let mut parts = Vec::new();
        let mut unpacked = 0u64;
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).map_err(|_| damaged())?;
            if file.encrypted() {
                return Err(refusal("docx-read-password-part", name));
            }
            if file.is_dir() {
                continue;
            }
            let part = file.name().trim_start_matches('/').to_owned();
            // Read at most what is left of the bound, whatever the zip says a part's size is.
            let room = MAX_UNPACKED_BYTES - unpacked;
            let mut content = Vec::new();
            (&mut file).take(room + 1).read_to_end(&mut content).map_err(|_| damaged())?;
            if content.len() as u64 > room {
                return Err(error(
                    tr!("docx-read-zip-bomb", name, megabytes = MAX_UNPACKED_BYTES / 1024 / 1024),
                    tr!("docx-read-zip-bomb.hint"),
                ));
            }
            unpacked += content.len() as u64;
            parts.push((part, content));
        }
        let package = Package { name: name.to_owned(), parts };
        if package.part(&package.main_part()).is_none() {
            return Err(refusal("docx-read-no-document", name));
        }
        Ok(package)
    }

    /// The name of the main document part, as the package relationships say.
    /// The file's name, as given.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn main_part(&self) -> String {
        self.part("_rels/.rels")
            .and_then(|rels| {
                let rels = std::str::from_utf8(rels).ok()?;
                relationships(rels)
                    .into_iter()
                    .find(|r| r.kind.ends_with("/officeDocument"))
                    .map(|r| r.target)
            })
            .map(|t| t.trim_start_matches('/').to_owned())
            .unwrap_or_else(|| "word/document.xml".to_owned())
    }

    /// The file's text cannot be read: `detail` says why (the XML reader's words).
    pub fn damaged(&self, detail: &str) -> ImportError {
        error(tr!("docx-read-text", name = &self.name, detail), tr!("docx-read-text.hint"))
    }

    pub fn part(&self, name: &str) -> Option<&[u8]> {
        self.parts.iter().find(|(n, _)| n == name).map(|(_, b)| b.as_slice())
    }

    /// An XML part as text, refused when it is not UTF-8 or declares a DTD (entities are
    /// never expanded); `None` when the part does not exist.
    pub fn xml(&self, part: &str) -> Result<Option<&str>, ImportError> {
        let Some(bytes) = self.part(part) else { return Ok(None) };
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = std::str::from_utf8(bytes).map_err(|_| {
            error(tr!("docx-read-not-utf8", name = &self.name, part), tr!("docx-read-not-utf8.hint"))
        })?;
        if text.contains("<!DOCTYPE") || text.contains("<!ENTITY") {
            return Err(error(tr!("docx-read-dtd", name = &self.name, part), tr!("docx-read-dtd.hint")));
        }
        Ok(Some(text))
    }

    /// The relationships of `part` (`word/document.xml` → `word/_rels/document.xml.rels`).
    pub fn relationships_of(&self, part: &str) -> Result<Vec<Relationship>, ImportError> {
        let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
        let rels =
            if dir.is_empty() { format!("_rels/{file}.rels") } else { format!("{dir}/_rels/{file}.rels") };
        Ok(self.xml(&rels)?.map(relationships).unwrap_or_default())
    }
}

/// One relationship: its id, type URI and target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relationship {
    pub id: String,
    pub kind: String,
    pub target: String,
    pub external: bool,
}

fn relationships(xml: &str) -> Vec<Relationship> {
    let mut out = Vec::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Empty(e) | quick_xml::events::Event::Start(e))
                if e.local_name().as_ref() == b"Relationship" =>
            {
                let attr = |name: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == name)
                        .and_then(|a| {
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                                .map(|v| v.into_owned())
                        })
                        .unwrap_or_default()
                };
                out.push(Relationship {
                    id: attr(b"Id"),
                    kind: attr(b"Type"),
                    target: attr(b"Target"),
                    external: attr(b"TargetMode") == "External",
                });
            }
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}
