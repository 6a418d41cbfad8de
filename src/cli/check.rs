//! `jaarverslag check`: read and validate everything, report every problem, write nothing.

use std::path::Path;
use std::process::ExitCode;

pub fn run(input: &Path, theme: Option<&Path>) -> ExitCode {
    let Some((report, _theme)) = super::build::prepare(input, theme) else { return super::failure() };
    let blocks: usize = report.sections.iter().map(|s| s.blocks.len()).sum();
    println!(
        "{} is valid: {} sections, {blocks} blocks, {} municipalities",
        input.display(),
        report.sections.len(),
        report.municipalities.len()
    );
    ExitCode::SUCCESS
}
