//! Text: fonts and shaping, Dutch hyphenation, line breaking, and paragraphs made of them.

pub mod fonts;
pub mod hyphenate;
pub mod linebreak;
pub mod paragraph;
