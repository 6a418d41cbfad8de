//! `jaarverslag schema`: print the JSON Schema generated from the input types.

use std::process::ExitCode;

use jaarverslag::input::{SchemaKind, schema_json};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Which {
    /// The manifest, input/report.json.
    Report,
    /// A section file, input/sections/*.json.
    Section,
}

pub fn run(which: Which) -> ExitCode {
    let kind = match which {
        Which::Report => SchemaKind::Report,
        Which::Section => SchemaKind::Section,
    };
    print!("{}", schema_json(kind));
    ExitCode::SUCCESS
}
