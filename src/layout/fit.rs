//! Titles that are valid but longer than their place holds: the report's title on the cover,
//! a section's title as its heading. They are measured as the layout sets them (same fonts,
//! sizes and width), and reported as warnings where they are written.

use super::Setup;
use super::text::fonts::FaceId;
use super::text::paragraph::{Span, Typesetter};
use crate::diagnostic::{Diagnostic, Kind, Sources};
use crate::input::json::{self, Node, Value};
use crate::theme::TextStyle;
use crate::tr;

/// The part of a page's text height a title may take, on the cover or as a section's
/// heading: more pushes the version, the overview or the section's text far down the page,
/// and is a pasted paragraph rather than a title. (The 2023 report's longest section
/// heading, five lines, takes 14 %.)
const TITLE_SHARE: f64 = 0.25;

/// One warning per title that takes more lines than its place holds.
pub fn long_titles(setup: &Setup<'_>, sources: &Sources) -> Vec<Diagnostic> {
    let styles = &setup.theme.styles;
    let width = setup.theme.page.text_width_mm() * super::flow::MM;
    let typesetter = Typesetter { fonts: setup.fonts, hyphenator: setup.hyphenator };
    let page = &setup.theme.page;
    let text_height = page.text_height_mm() * super::flow::MM;
    // Lines of `text` in `style`, and how many fit in the share of the page a title may take.
    let lines = |text: &str, style: &TextStyle| {
        let face = FaceId::new(style.bold, style.italic);
        let spans = [Span { text: text.to_owned(), face, link: None }];
        let pitch = setup.fonts.line_height(face, style.size_pt) * style.line_spacing;
        let room = ((TITLE_SHARE * text_height) / pitch).floor() as usize;
        (typesetter.lines(&spans, style.size_pt, width, false).len(), room)
    };
    let mut out = Vec::new();
    for (file, text) in sources.iter() {
        let Ok(root) = json::parse(text) else { continue };
        let Value::Object(members) = &root.value else { continue };
        let field = |name: &str| members.iter().find(|m| m.key == name).map(|m| &m.value);
        let string = |node: Option<&Node>| match node.map(|n| &n.value) {
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        };
        let Some(title_node) = field("title") else { continue };
        let Some(title) = string(Some(title_node)) else { continue };
        let code = string(field("code"));
        let number = field("number").and_then(|n| match &n.value {
            Value::Number(n) => Some(n.clone()),
            _ => None,
        });
        let ((taken, room), heading) = match (code, number) {
            // A section file: its title as printed, "N. Title (CODE)".
            (Some(code), Some(number)) => {
                (lines(&format!("{number}. {title} ({code})"), &styles.headings[0]), true)
            }
            (None, None) if field("sections").is_some() => (lines(&title, &styles.title), false),
            _ => continue,
        };
        if taken > room {
            let (message, hint) = if heading {
                (tr!("layout-title-too-long-heading", taken, room), tr!("layout-title-too-long-heading.hint"))
            } else {
                (tr!("layout-title-too-long-cover", taken, room), tr!("layout-title-too-long-cover.hint"))
            };
            out.push(
                Diagnostic::warning(Kind::Content, file, message)
                    .at(title_node.span.clone())
                    .path("title")
                    .hint(hint),
            );
        }
    }
    out
}

/// `x` rounded as `{x:.0}` writes it (halves to even), as a number for a message.
fn rounded(x: f64) -> f64 {
    format!("{x:.0}").parse().unwrap_or(x)
}

/// The resolution print needs: a picture shown with fewer pixels per inch looks blurred.
pub const PRINT_DPI: f64 = 150.0;

/// One warning per raster picture shown larger than its pixels allow at [`PRINT_DPI`], at
/// the place that names it, with the width that would be sharp.
pub fn low_resolution(setup: &Setup<'_>, pictures: &[crate::input::PicturePlace]) -> Vec<Diagnostic> {
    let page = &setup.theme.page;
    let mm = super::flow::MM;
    let text_width = page.text_width_mm() * mm;
    let text_height = page.text_height_mm() * mm;
    let mut out = Vec::new();
    for place in pictures.iter().filter(|p| p.picture.format != crate::model::PictureFormat::Svg) {
        let figure = crate::model::Figure {
            picture: place.picture.clone(),
            alt: None,
            caption: None,
            width: place.width,
        };
        let (width, _) = super::flow::figure_size(&figure, text_width, text_height);
        let dpi = f64::from(place.picture.width_px) / (width / 72.0);
        if dpi >= PRINT_DPI - 0.5 {
            continue;
        }
        let sharp_mm = (f64::from(place.picture.width_px) / PRINT_DPI * 25.4).floor();
        let needed_px = (width / 72.0 * PRINT_DPI).ceil();
        let message = tr!(
            "layout-low-resolution",
            picture = &place.picture.name,
            width = rounded(width / mm),
            dpi = rounded(dpi),
            sharp = rounded(PRINT_DPI)
        );
        let hint = tr!(
            "layout-low-resolution.hint",
            needed = rounded(needed_px),
            has = place.picture.width_px,
            width_mm = rounded(sharp_mm)
        );
        out.push(
            Diagnostic::warning(Kind::Content, &place.file, message)
                .at(place.place.span.clone())
                .path(place.place.path.as_str())
                .hint(hint),
        );
    }
    out
}
