//! `jaarverslag check`: read and validate everything, report every problem, write nothing;
//! `--strict` makes the accessibility warnings errors.

use std::path::Path;
use std::process::ExitCode;

pub fn run(input: &Path, theme: Option<&Path>, strict: bool) -> ExitCode {
    let Some((report, _theme)) = super::build::prepare_checked(input, theme, strict) else {
        return super::failure();
    };
    let blocks: usize = report.sections.iter().map(|s| s.blocks.len()).sum();
    println!(
        "{}",
        jaarverslag::tr!(
            "check-valid",
            input = input.display().to_string(),
            sections = report.sections.len(),
            blocks,
            municipalities = report.municipalities.len()
        )
    );
    ExitCode::SUCCESS
}
