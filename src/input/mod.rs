//! Input files → a validated [`Report`]. The JSON and its types stay in here: nothing
//! downstream sees them.
//!
//! `load` reads the manifest and every section file, checks everything it can, and
//! returns the report only when there is no error — with all diagnostics either way.

pub(crate) mod decode;
pub mod format;
pub(crate) mod json;
mod manifest;
pub mod markup;
pub mod picture;
pub mod read;

use std::path::Path;

use crate::diagnostic::{Diagnostic, Sources};
use crate::model::Report;

pub use decode::{PicturePlace, slug};
pub use format::{SCHEMA_VERSION, SchemaKind, schema_json};
pub use manifest::{MANIFEST, PathProblem, check_relative};

/// What loading produced: the report when the input is valid, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    pub report: Option<Report>,
    pub diagnostics: Vec<Diagnostic>,
    /// The files read, for quoting them in diagnostics.
    pub sources: Sources,
    /// Every picture the report shows, where it is named.
    pub pictures: Vec<PicturePlace>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Adds the problems (and sources) of another file read for the same build, e.g. a theme.
    pub fn absorb(&mut self, diagnostics: Vec<Diagnostic>, sources: Sources) {
        if diagnostics.iter().any(Diagnostic::is_error) {
            self.report = None;
        }
        self.diagnostics.extend(diagnostics);
        self.sources.extend(sources);
    }
}

/// Reads and validates the report in `dir` (which holds `report.json`).
pub fn load(dir: &Path) -> Loaded {
    manifest::load(dir)
}

/// The known name closest to `name`, if it is close enough to be a likely typo.
pub fn suggest<'a, S: AsRef<str>>(name: &str, known: &'a [S]) -> Option<&'a str> {
    let lower = name.to_lowercase();
    // "wse-lr5" is not a typo of "wse-lr1": names that differ only in their numbers are
    // different things.
    let skeleton = |s: &str| s.chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
    known
        .iter()
        .filter(|k| {
            let k = k.as_ref().to_lowercase();
            let numbered = |s: &str| s.chars().any(|c| c.is_ascii_digit());
            k == lower || skeleton(&k) != skeleton(&lower) || !(numbered(&k) && numbered(&lower))
        })
        .map(|k| (k.as_ref(), strsim::damerau_levenshtein(&lower, &k.as_ref().to_lowercase())))
        .filter(|&(k, distance)| {
            distance <= (k.chars().count() / 3).max(1) || k.starts_with(&lower) && lower.len() >= 3
        })
        .min_by_key(|&(_, distance)| distance)
        .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_not_strangers() {
        let fields = ["title", "text", "level"];
        assert_eq!(suggest("titel", &fields), Some("title"));
        assert_eq!(suggest("Text", &fields), Some("text"));
        assert_eq!(suggest("colour", &fields), None);
        assert_eq!(suggest("paragrah", &["paragraph", "heading"]), Some("paragraph"));
        assert_eq!(suggest("wse-lr5", &["wse-lr1", "wse-lr2"]), None);
        assert_eq!(suggest("wse-lr", &["wse-lr1"]), Some("wse-lr1"));
    }
}
