//! jaarverslag: W13's annual report from structured JSON to matching DOCX and PDF.
//!
//! The pipeline is `input` (JSON files → validated [`model::Report`]) → renderers; the
//! command line lives in the binary (`src/cli`).

pub mod build;
pub mod diagnostic;
pub mod docx;
pub mod i18n;
pub mod import;
pub mod input;
pub mod layout;
pub mod model;
pub mod output;
pub mod pdf;
pub mod roundtrip;
pub mod theme;
