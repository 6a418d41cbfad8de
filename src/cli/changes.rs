//! `jaarverslag changes`: which sections and versions changed since the last build, so staff
//! know which municipalities must get the report again. Writes nothing.

use std::process::ExitCode;

use super::build::{Options, prepare, select_variants};

pub fn run(options: &Options<'_>) -> ExitCode {
    let Some((report, theme)) = prepare(options.input, options.theme) else { return super::failure() };
    let variants = match select_variants(&report, options.variants) {
        Ok(variants) => variants,
        Err(message) => {
            eprintln!("{}", super::error(&message, None));
            return ExitCode::from(2);
        }
    };
    let renderer = jaarverslag::build::Renderer::new(&theme);
    println!("{}", jaarverslag::build::changes(&report, &renderer, &variants, options.out).describe());
    ExitCode::SUCCESS
}
