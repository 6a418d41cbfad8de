//! `jaarverslag check`: read and validate everything, report every problem, write nothing.

use std::path::Path;
use std::process::ExitCode;

pub fn run(input: &Path) -> ExitCode {
    let loaded = jaarverslag::input::load(input);
    if super::show_diagnostics(&loaded) {
        return super::failure();
    }
    if let Some(report) = &loaded.report {
        let blocks: usize = report.sections.iter().map(|s| s.blocks.len()).sum();
        println!(
            "{} is valid: {} sections, {blocks} blocks, {} municipalities",
            input.display(),
            report.sections.len(),
            report.municipalities.len()
        );
    }
    ExitCode::SUCCESS
}
