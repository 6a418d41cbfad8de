//! Problems found in the input, and how they are shown to the person who has to fix them.
//!
//! Every diagnostic says where (file, line:column, JSON path), what is wrong and, when we
//! can tell, what to do. They are collected, never thrown: one run reports all of them.
//! Rendering is ours rather than a crate's because the location line must carry the JSON
//! path next to `file:line:column`, and tests need a stable plain form.

use std::fmt::Write as _;
use std::ops::Range;

/// How bad a problem is: errors stop the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Which kind of check found the problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The file cannot be read or is not JSON.
    Syntax,
    /// The JSON does not have the shape of our format (types, fields, block kinds).
    Shape,
    /// The shape is right but the content is not (unknown ids, skipped heading levels…).
    Content,
    /// Content that a reader with low vision, or with a screen reader, could not use as
    /// WCAG 2.1 AA asks: a warning, and an error with `check --strict`.
    Accessibility,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: Kind,
    /// The file, as the user names it: relative to the input folder.
    pub file: String,
    /// Byte range in the file's text, when the problem has a place.
    pub span: Option<Range<usize>>,
    /// JSON path of the value concerned, e.g. `blocks[6].items[2]`; empty for the whole file.
    pub path: String,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(kind: Kind, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind,
            file: file.into(),
            span: None,
            path: String::new(),
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(kind: Kind, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(kind, file, message) }
    }

    pub fn at(mut self, span: Range<usize>) -> Self {
        self.span = Some(span);
        self
    }

    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = path.into();
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The texts of the files read, so diagnostics can quote the offending line.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    files: Vec<(String, String)>,
}

impl Sources {
    pub fn add(&mut self, name: &str, text: &str) {
        self.files.push((name.to_owned(), text.to_owned()));
    }

    pub fn extend(&mut self, other: Sources) {
        self.files.extend(other.files);
    }

    /// Every file read: (name, text).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(n, t)| (n.as_str(), t.as_str()))
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.iter().find(|(n, _)| n == name).map(|(_, t)| t.as_str())
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Whether to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Colored,
}

impl Style {
    /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org).
    pub fn detect(stream_is_terminal: bool) -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if stream_is_terminal && !no_color { Style::Colored } else { Style::Plain }
    }

    fn paint(self, code: &str, text: &str) -> String {
        match self {
            Style::Plain => text.to_owned(),
            Style::Colored => format!("\x1b[{code}m{text}\x1b[0m"),
        }
    }
}

/// Renders one diagnostic the way compilers do:
///
/// ```text
/// error: unknown field "titel"
///   --> sections/2-drempels.json:41:17  blocks[6]
///    |
/// 41 |       "titel": "Taal",
///    |       ^^^^^^^
///    = hint: did you mean "title"?
/// ```
pub fn render(diagnostic: &Diagnostic, sources: &Sources, style: Style) -> String {
    let mut out = String::new();
    let (label, color) = match diagnostic.severity {
        Severity::Error => (crate::tr!("diagnostic-error"), "1;31"),
        Severity::Warning => (crate::tr!("diagnostic-warning"), "1;33"),
    };
    let _ = writeln!(
        out,
        "{}{}",
        style.paint(color, &label),
        style.paint("1", &format!(": {}", diagnostic.message))
    );

    let text = sources.get(&diagnostic.file);
    let position = match (&diagnostic.span, text) {
        (Some(span), Some(text)) => Some(line_column(text, span.start)),
        _ => None,
    };
    let mut location = diagnostic.file.clone();
    if let Some((line, column)) = position {
        let _ = write!(location, ":{line}:{column}");
    }
    if !diagnostic.path.is_empty() {
        let _ = write!(location, "  {}", diagnostic.path);
    }

    let gutter_width = position.map_or(1, |(line, _)| line.to_string().len());
    let pad = " ".repeat(gutter_width);
    let _ = writeln!(out, "{pad}{} {location}", style.paint("1;34", "-->"));

    if let (Some(span), Some(text), Some((line, column))) = (&diagnostic.span, text, position) {
        let line_text = text.lines().nth(line - 1).unwrap_or("");
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
        let underlined = text[start..end].lines().next().unwrap_or("").chars().count();
        let (shown, column) = window(line_text, column, underlined);
        let remaining = shown.chars().count().saturating_sub(column - 1);
        let width = underlined.clamp(1, remaining.max(1));
        let bar = style.paint("1;34", "|");
        let _ = writeln!(out, "{pad} {bar}");
        let _ = writeln!(out, "{} {bar} {}", style.paint("1;34", &line.to_string()), shown);
        let marks = style.paint(color, &"^".repeat(width));
        let _ = writeln!(out, "{pad} {bar} {}{marks}", " ".repeat(column - 1));
    }
    if let Some(hint) = &diagnostic.hint {
        let _ = writeln!(
            out,
            "{pad} {} {}",
            style.paint("1;34", "="),
            style.paint("1", &format!("{}: {hint}", crate::tr!("diagnostic-hint")))
        );
    }
    out
}

/// The part of a long line around the problem, so the marker stays on screen; returns the
/// text to show and the marker's column in it.
fn window(line: &str, column: usize, underlined: usize) -> (String, usize) {
    const MAX: usize = 100;
    const BEFORE: usize = 40;
    let chars: Vec<char> = line.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
    if chars.len() <= MAX {
        return (chars.into_iter().collect(), column);
    }
    let from = (column - 1).saturating_sub(BEFORE);
    // Room after a short mark; a long one (a whole title) is cut at the window's end.
    let to =
        (column - 1 + underlined.max(1) + BEFORE).clamp(from + MAX, from + MAX + BEFORE).min(chars.len());
    let mut shown = String::new();
    let mut column = column - from;
    if from > 0 {
        shown.push('…');
        column += 1;
    }
    shown.extend(&chars[from..to]);
    if to < chars.len() {
        shown.push('…');
    }
    (shown, column)
}

/// A problem that has no place in a file (the command line, the output folder, a Word file),
/// told in the same words as the others: `fout: …`, then `  = tip: …`; no final newline.
pub fn render_plain(severity: Severity, message: &str, hint: Option<&str>) -> String {
    let label = match severity {
        Severity::Error => crate::tr!("diagnostic-error"),
        Severity::Warning => crate::tr!("diagnostic-warning"),
    };
    let mut out = format!("{label}: {message}");
    if let Some(hint) = hint {
        let _ = write!(out, "\n  = {}: {hint}", crate::tr!("diagnostic-hint"));
    }
    out
}

/// Renders all diagnostics, errors and warnings, followed by a one-line count.
pub fn render_all(diagnostics: &[Diagnostic], sources: &Sources, style: Style) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&render(diagnostic, sources, style));
        out.push('\n');
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 || warnings > 0 {
        let _ = writeln!(out, "{}", summary(errors, warnings));
    }
    out
}

/// "2 fouten en 1 waarschuwing".
fn summary(errors: usize, warnings: usize) -> String {
    let errors_text = || crate::tr!("diagnostic-errors", count = errors);
    let warnings_text = || crate::tr!("diagnostic-warnings", count = warnings);
    match (errors, warnings) {
        (0, _) => warnings_text(),
        (_, 0) => errors_text(),
        _ => crate::tr!("diagnostic-errors-and-warnings", errors = errors_text(), warnings = warnings_text()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "{\n  \"a\": \"é€\", \"b\"\n}";
        let offset = text.find("\"b\"").unwrap();
        assert_eq!(line_column(text, offset), (2, 14));
    }

    #[test]
    fn renders_location_path_snippet_and_hint() {
        let mut sources = Sources::default();
        sources.add("sections/x.json", "{\n  \"titel\": \"Taal\"\n}\n");
        let d = Diagnostic::error(Kind::Shape, "sections/x.json", "unknown field \"titel\"")
            .at(4..11)
            .path("blocks[6]")
            .hint("did you mean \"title\"?");
        let shown = render(&d, &sources, Style::Plain);
        assert_eq!(
            shown,
            "fout: unknown field \"titel\"\n --> sections/x.json:2:3  blocks[6]\n  |\n2 |   \"titel\": \"Taal\"\n  |   ^^^^^^^\n  = tip: did you mean \"title\"?\n"
        );
    }
}
