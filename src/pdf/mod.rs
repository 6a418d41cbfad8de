//! [`PagedDocument`] → PDF bytes with krilla. This only paints what layout decided, and
//! says what it is: tagged PDF (PDF/UA-1) that is also archivable (PDF/A-2a), checked by
//! krilla's validators on every build, with bookmarks, links and metadata.

use std::collections::BTreeMap;
use std::num::NonZeroU16;

use krilla::action::LinkAction;
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};

use crate::layout::{
    Color, FaceId, Fonts, OutlineEntry, PageItem, PagedDocument, Placed, Role, Running, Segment, StructChild,
};
use crate::model::{DocumentInfo, LinkTarget, Picture, PictureFormat};
use crate::tr;

/// Why a PDF could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfError(pub String);

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Paints `document` into a PDF/UA-1 + PDF/A-2a file.
pub fn write(document: &PagedDocument, fonts: &Fonts, info: &DocumentInfo) -> Result<Vec<u8>, PdfError> {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_A)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|_| PdfError(tr!("output-pdf-settings")))?;
    let mut pdf = Document::new_with(SerializeSettings { configuration, ..SerializeSettings::default() });
    pdf.set_metadata(metadata(info));

    let faces = [FaceId::Regular, FaceId::Bold, FaceId::Italic, FaceId::BoldItalic]
        .map(|id| Font::new(fonts.face(id).data.into(), 0).ok_or_else(|| PdfError(tr!("output-pdf-font"))));
    let faces: Vec<Font> = faces.into_iter().collect::<Result<_, _>>()?;
    let fallback = Font::new(fonts.fallback().data.into(), 0)
        .ok_or_else(|| PdfError(tr!("output-pdf-fallback-font")))?;

    let faces_data =
        [FaceId::Regular, FaceId::Bold, FaceId::Italic, FaceId::BoldItalic].map(|id| fonts.face(id).data);
    let svg_options = crate::layout::svg_options(faces_data.into_iter().chain([fonts.fallback().data]));
    // Each painted text item's marked content, and which group of items on a line shares it.
    let mut content: BTreeMap<(usize, usize), (Identifier, usize)> = BTreeMap::new();
    let mut annotations: BTreeMap<(usize, usize), Identifier> = BTreeMap::new();
    let texts = link_texts(document);
    for (page_index, page) in document.pages.iter().enumerate() {
        let mut pdf_page = pdf.start_page_with(
            PageSettings::from_wh(document.width as f32, document.height as f32)
                .ok_or_else(|| PdfError(tr!("output-pdf-page-size")))?,
        );
        for (i, placed) in page.items.iter().enumerate() {
            if let PageItem::Link { width, height, target, parent } = &placed.item {
                let Some(rect) = Rect::from_xywh(
                    placed.at.x as f32,
                    placed.at.y as f32,
                    (*width).max(0.1) as f32,
                    (*height).max(0.1) as f32,
                ) else {
                    continue;
                };
                let target = match target {
                    LinkTarget::External(url) => Target::Action(LinkAction::new(url.clone()).into()),
                    LinkTarget::Internal(anchor) => {
                        let Some(d) = document.anchors.get(anchor) else { continue };
                        Target::Destination(
                            XyzDestination::new(d.page, Point::from_xy(0.0, d.y as f32)).into(),
                        )
                    }
                };
                let alt = texts.get(parent).cloned().unwrap_or_default();
                let id = pdf_page.add_tagged_annotation(Annotation::new_link(
                    LinkAnnotation::new(rect, target),
                    Some(alt),
                ));
                annotations.insert((page_index, i), id);
            }
        }
        let mut surface = pdf_page.surface();
        let mut i = 0;
        while i < page.items.len() {
            let Placed { at: crate::layout::Point { x, y }, item } = &page.items[i];
            let (x, y) = (*x, *y);
            let end = text_group_end(&page.items, i);
            match item {
                PageItem::Text { size, color, face, parent, .. } => {
                    let tag = match parent {
                        Some(_) => ContentTag::Span(SpanTag::empty()),
                        None => ContentTag::Artifact(Artifact::with_kind(artifact_kind(page, i))),
                    };
                    let id = surface.start_tagged(tag);
                    let (x, glyphs, text) = join_runs(&page.items[i..end]);
                    let fonts = [&faces[face.index()], &fallback];
                    draw_text(&mut surface, fonts, x, y, *size, *color, &glyphs, &text);
                    surface.end_tagged();
                    if parent.is_some() {
                        for k in i..end {
                            content.insert((page_index, k), (id, page_index * 1_000_000 + i));
                        }
                    }
                    i = end;
                    continue;
                }
                PageItem::Rect { width, height, fill, stroke } => {
                    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout)));
                    draw_rect(&mut surface, x, y, *width, *height, *fill, *stroke);
                    surface.end_tagged();
                }
                PageItem::Image { width, height, picture, parent } => {
                    let tag = match parent {
                        Some(_) => ContentTag::Other,
                        None => ContentTag::Artifact(Artifact::with_kind(artifact_kind(page, i))),
                    };
                    let id = surface.start_tagged(tag);
                    draw_picture(&mut surface, picture, (x, y, *width, *height), &svg_options)?;
                    surface.end_tagged();
                    if parent.is_some() {
                        content.insert((page_index, i), (id, page_index * 1_000_000 + i));
                    }
                }
                PageItem::Path { segments, fill, stroke, parent } => {
                    let tag = match parent {
                        Some(_) => ContentTag::Other,
                        None => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout)),
                    };
                    let id = surface.start_tagged(tag);
                    draw_segments(&mut surface, (x, y), segments, *fill, *stroke);
                    surface.end_tagged();
                    if parent.is_some() {
                        content.insert((page_index, i), (id, page_index * 1_000_000 + i));
                    }
                }
                // Links are annotations, above; a page holds no groups.
                PageItem::Link { .. } | PageItem::Group(_) => {}
            }
            i += 1;
        }
        surface.finish();
        pdf_page.finish();
    }
    pdf.set_tag_tree(tag_tree(document, &content, &annotations));
    pdf.set_outline(outline(&document.outline));
    pdf.finish().map_err(describe)
}

/// Where the run of text items starting at `start` ends: consecutive words of one line in the
/// same face, size, colour and structure node are painted as one text object.
fn text_group_end(items: &[Placed], start: usize) -> usize {
    let PageItem::Text { size, color, face, parent, .. } = &items[start].item else { return start + 1 };
    let y = items[start].at.y;
    let mut end = start + 1;
    let mut right = text_right(&items[start]);
    while let Some(Placed { at, item: PageItem::Text { size: s2, color: c2, face: f2, parent: p2, .. } }) =
        items.get(end)
    {
        if at.y != y || s2 != size || c2 != color || f2 != face || p2 != parent || at.x < right - 1e-6 {
            break;
        }
        right = text_right(&items[end]);
        end += 1;
    }
    end
}

fn text_right(placed: &Placed) -> f64 {
    match &placed.item {
        PageItem::Text { glyphs, .. } => {
            placed.at.x + glyphs.iter().map(|g| f64::from(g.advance)).sum::<f64>()
        }
        _ => 0.0,
    }
}

/// One glyph run for several words: each word's last glyph advances to the next word's start,
/// so the gaps stay where layout put them (and text extraction sees them as spaces).
fn join_runs(items: &[Placed]) -> (f64, Vec<crate::layout::Glyph>, String) {
    let mut glyphs: Vec<crate::layout::Glyph> = Vec::new();
    let mut text = String::new();
    let mut start_x = 0.0;
    let mut pen = 0.0;
    for (n, placed) in items.iter().enumerate() {
        let PageItem::Text { glyphs: run, text: run_text, .. } = &placed.item else { continue };
        let x = placed.at.x;
        if n == 0 {
            start_x = x;
            pen = x;
        } else if let Some(last) = glyphs.last_mut() {
            last.advance += (x - pen) as f32;
            pen = x;
        }
        let offset = text.len();
        glyphs.extend(run.iter().map(|g| crate::layout::Glyph { cluster: g.cluster + offset, ..*g }));
        pen += run.iter().map(|g| f64::from(g.advance)).sum::<f64>();
        text.push_str(run_text);
    }
    (start_x, glyphs, text)
}

fn metadata(info: &DocumentInfo) -> Metadata {
    let d = info.date;
    Metadata::new()
        .title(info.title.clone())
        .language(info.language.clone())
        .authors(vec![info.author.clone()])
        .description(info.subject.clone())
        .keywords(info.keywords.clone())
        .creator(format!("jaarverslag {}", env!("CARGO_PKG_VERSION")))
        .creation_date(
            DateTime::new(d.year.clamp(0, 9999) as u16)
                .month(d.month)
                .day(d.day)
                .hour(0)
                .minute(0)
                .second(0)
                .utc_offset_hour(0),
        )
}

/// What kind of artifact item `index` of `page` is: the running header or footer as the
/// layout marked them, else layout (a repeated table header, a decorative picture).
fn artifact_kind(page: &crate::layout::Page, index: usize) -> ArtifactType {
    match page.running.iter().find(|(i, _)| *i == index) {
        Some((_, Running::Header)) => ArtifactType::Header,
        Some((_, Running::Footer)) => ArtifactType::Footer,
        None => ArtifactType::Layout,
    }
}

/// Paints `glyphs` at `x`, `y`: in `fonts[0]`, the ones marked as fallback in `fonts[1]`.
#[allow(clippy::too_many_arguments)]
fn draw_text(
    surface: &mut Surface<'_>,
    fonts: [&Font; 2],
    x: f64,
    y: f64,
    size: f64,
    color: Color,
    glyphs: &[crate::layout::Glyph],
    text: &str,
) {
    let em = |v: f32| (f64::from(v) / size) as f32;
    let krilla_glyphs: Vec<KrillaGlyph> = glyphs
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let end =
                glyphs[i + 1..].iter().map(|n| n.cluster).find(|&c| c > g.cluster).unwrap_or(text.len());
            let end = if g.cluster >= text.len() { text.len() } else { end.max(g.cluster) };
            KrillaGlyph::new(
                GlyphId::new(u32::from(g.id)),
                em(g.advance),
                em(g.x_offset),
                em(g.y_offset),
                0.0,
                g.cluster.min(text.len())..end,
                None,
            )
        })
        .collect();
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(color[0], color[1], color[2]).into(),
        ..Fill::default()
    }));
    let mut start = 0;
    let mut pen = x;
    for group in glyphs.chunk_by(|a, b| a.fallback == b.fallback) {
        let end = start + group.len();
        let font = fonts[usize::from(group[0].fallback)];
        surface.draw_glyphs(
            Point::from_xy(pen as f32, y as f32),
            &krilla_glyphs[start..end],
            font.clone(),
            text,
            size as f32,
            false,
        );
        pen += group.iter().map(|g| f64::from(g.advance)).sum::<f64>();
        start = end;
    }
    surface.set_fill(None);
}

/// Fills and/or strokes a path whose points are relative to `origin`.
fn draw_segments(
    surface: &mut Surface<'_>,
    (x, y): (f64, f64),
    segments: &[Segment],
    fill: Option<Color>,
    stroke: Option<(Color, f64)>,
) {
    let mut builder = PathBuilder::new();
    let p = |px: f64, py: f64| ((x + px) as f32, (y + py) as f32);
    for segment in segments {
        match *segment {
            Segment::Move(px, py) => {
                let (a, b) = p(px, py);
                builder.move_to(a, b);
            }
            Segment::Line(px, py) => {
                let (a, b) = p(px, py);
                builder.line_to(a, b);
            }
            Segment::Cubic(x1, y1, x2, y2, px, py) => {
                let ((a1, b1), (a2, b2), (a, b)) = (p(x1, y1), p(x2, y2), p(px, py));
                builder.cubic_to(a1, b1, a2, b2, a, b);
            }
            Segment::Close => builder.close(),
        }
    }
    let Some(path) = builder.finish() else { return };
    paint(surface, &path, fill, stroke);
}

fn paint(
    surface: &mut Surface<'_>,
    path: &krilla::geom::Path,
    fill: Option<Color>,
    stroke: Option<(Color, f64)>,
) {
    surface
        .set_fill(fill.map(|c| Fill { paint: rgb::Color::new(c[0], c[1], c[2]).into(), ..Fill::default() }));
    surface.set_stroke(stroke.map(|(c, w)| Stroke {
        paint: rgb::Color::new(c[0], c[1], c[2]).into(),
        width: w as f32,
        ..Stroke::default()
    }));
    if fill.is_some() || stroke.is_some() {
        surface.draw_path(path);
    }
    surface.set_fill(None);
    surface.set_stroke(None);
}

fn draw_rect(
    surface: &mut Surface<'_>,
    x: f64,
    y: f64,
    width: f64,
    height: f64,
    fill: Option<Color>,
    stroke: Option<(Color, f64)>,
) {
    let mut builder = PathBuilder::new();
    if height <= 0.0 {
        builder.move_to(x as f32, y as f32);
        builder.line_to((x + width) as f32, y as f32);
    } else if let Some(rect) = Rect::from_xywh(x as f32, y as f32, width as f32, height as f32) {
        builder.push_rect(rect);
    }
    let Some(path) = builder.finish() else { return };
    paint(surface, &path, fill, stroke);
}

/// The text of every link, for its description.
fn link_texts(document: &PagedDocument) -> BTreeMap<usize, String> {
    let mut out = BTreeMap::new();
    for (i, node) in document.structure.iter().enumerate() {
        if matches!(node.role, Role::Link(_)) {
            out.insert(i, node_text(document, i));
        }
    }
    out
}

fn node_text(document: &PagedDocument, node: usize) -> String {
    let mut out = String::new();
    for child in &document.structure[node].children {
        match *child {
            StructChild::Content(page, item) => {
                if let PageItem::Text { text, .. } = &document.pages[page].items[item].item {
                    if !out.is_empty() && !text.starts_with(['.', ',', ')']) && !out.ends_with('\u{ad}') {
                        out.push(' ');
                    }
                    out.push_str(text);
                }
            }
            StructChild::Node(n) => {
                let inner = node_text(document, n);
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&inner);
            }
            StructChild::Annotation(..) => {}
        }
    }
    out.replace("\u{ad} ", "").replace('\u{ad}', "")
}

fn tag_tree(
    document: &PagedDocument,
    content: &BTreeMap<(usize, usize), (Identifier, usize)>,
    annotations: &BTreeMap<(usize, usize), Identifier>,
) -> TagTree {
    let mut tree = TagTree::new().with_lang(Some(document.language.clone()));
    // A text group is one marked content: it enters the tree once.
    let mut used = std::collections::BTreeSet::new();
    if let Some(root) = document.structure.first() {
        for child in &root.children {
            if let Some(node) = tag_node(document, *child, content, annotations, &mut used) {
                tree.push(node);
            }
        }
    }
    tree
}

fn tag_node(
    document: &PagedDocument,
    child: StructChild,
    content: &BTreeMap<(usize, usize), (Identifier, usize)>,
    annotations: &BTreeMap<(usize, usize), Identifier>,
    used: &mut std::collections::BTreeSet<usize>,
) -> Option<Node> {
    match child {
        StructChild::Content(page, item) => {
            let (id, group) = content.get(&(page, item))?;
            used.insert(*group).then(|| (*id).into())
        }
        StructChild::Annotation(page, item) => annotations.get(&(page, item)).map(|id| (*id).into()),
        StructChild::Node(n) => {
            let node = &document.structure[n];
            let kind: TagKind = match &node.role {
                Role::Document => Tag::Div.into(),
                Role::Heading(level) => Tag::Hn(
                    NonZeroU16::new(u16::from(*level).max(1)).expect("levels start at 1"),
                    Some(node_text(document, n)),
                )
                .into(),
                Role::Paragraph => Tag::P.into(),
                Role::List { ordered } => {
                    Tag::L(if *ordered { ListNumbering::Decimal } else { ListNumbering::Disc }).into()
                }
                Role::ListItem => Tag::LI.into(),
                Role::Label => Tag::Lbl.into(),
                Role::ListBody => Tag::LBody.into(),
                Role::Table => Tag::Table.into(),
                Role::TableRow => Tag::TR.into(),
                Role::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
                Role::DataCell => Tag::TD.into(),
                Role::Caption => Tag::Caption.into(),
                Role::Figure { alt } => {
                    Tag::Figure(Some(alt.clone())).with_bbox(figure_box(document, n)).into()
                }
                Role::Link(_) => Tag::Link.into(),
                Role::Toc => Tag::TOC.into(),
                Role::TocItem => Tag::TOCI.into(),
            };
            let children = node
                .children
                .iter()
                .filter_map(|c| tag_node(document, *c, content, annotations, used))
                .collect();
            Some(TagGroup::with_children(kind, children).into())
        }
    }
}

/// Paints a picture into the box (`x`, `y`, `width`, `height`): a PNG or JPEG as an image,
/// an SVG as vector paths.
fn draw_picture(
    surface: &mut Surface<'_>,
    picture: &Picture,
    (x, y, width, height): (f64, f64, f64, f64),
    svg_options: &usvg::Options<'_>,
) -> Result<(), PdfError> {
    let unreadable = || PdfError(tr!("output-pdf-picture", picture = &picture.name));
    let size = Size::from_wh(width as f32, height as f32).ok_or_else(unreadable)?;
    surface.push_transform(&Transform::from_translate(x as f32, y as f32));
    match picture.format {
        PictureFormat::Png | PictureFormat::Jpeg => {
            let data = picture.bytes.clone().into();
            let image = match picture.format {
                PictureFormat::Png => Image::from_png(data, false),
                _ => Image::from_jpeg(data, false),
            }
            .map_err(|_| unreadable())?;
            surface.draw_image(image, size);
        }
        PictureFormat::Svg => {
            let tree = usvg::Tree::from_data(&picture.bytes, svg_options).map_err(|_| unreadable())?;
            let settings =
                krilla_svg::SvgSettings { embed_text: false, ..krilla_svg::SvgSettings::default() };
            krilla_svg::SurfaceExt::draw_svg(surface, &tree, size, settings).ok_or_else(unreadable)?;
        }
    }
    surface.pop();
    Ok(())
}

/// The box around what a figure shows on its page (a picture, or a chart's paths and
/// words), for its tag.
fn figure_box(document: &PagedDocument, node: usize) -> Option<krilla::tagging::BBox> {
    let mut page_of = None;
    let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for child in &document.structure[node].children {
        let StructChild::Content(page, item) = *child else { continue };
        if page_of.is_some_and(|p| p != page) {
            continue;
        }
        let Placed { at: crate::layout::Point { x, y }, item } = &document.pages[page].items[item];
        let (x, y) = (*x, *y);
        let (left, top, right, bottom) = match item {
            PageItem::Image { width, height, .. } => (x, y, x + width, y + height),
            PageItem::Path { segments, .. } => {
                let (l, t, r, bo) = crate::layout::segments_bounds(segments);
                (x + l, y + t, x + r, y + bo)
            }
            PageItem::Text { size, glyphs, .. } => {
                let width: f64 = glyphs.iter().map(|g| f64::from(g.advance)).sum();
                (x, y - size, x + width, y + size * 0.3)
            }
            _ => continue,
        };
        page_of = Some(page);
        b = (b.0.min(left), b.1.min(top), b.2.max(right), b.3.max(bottom));
    }
    let page = page_of?;
    Rect::from_ltrb(b.0 as f32, b.1 as f32, b.2 as f32, b.3 as f32)
        .map(|rect| krilla::tagging::BBox::new(page, rect))
}

/// Nests the flat heading list into bookmarks by level.
fn outline(entries: &[OutlineEntry]) -> Outline {
    fn build(entries: &[OutlineEntry], i: &mut usize, level: u8) -> Vec<OutlineNode> {
        let mut nodes = Vec::new();
        while *i < entries.len() && entries[*i].level >= level {
            let entry = &entries[*i];
            *i += 1;
            let destination =
                XyzDestination::new(entry.destination.page, Point::from_xy(0.0, entry.destination.y as f32));
            let mut node = OutlineNode::new(entry.title.clone(), destination);
            for child in build(entries, i, entry.level + 1) {
                node.push_child(child);
            }
            nodes.push(node);
        }
        nodes
    }
    let mut outline = Outline::new();
    let mut i = 0;
    while i < entries.len() {
        let level = entries[i].level;
        for node in build(entries, &mut i, level) {
            outline.push_child(node);
        }
    }
    outline
}

fn describe(error: KrillaError) -> PdfError {
    use krilla::configure::ValidationError as V;
    match error {
        KrillaError::Validation(errors) => {
            // In words a reader of the report can act on; what only a bug in this tool can
            // cause is said to be one, without the library's internals.
            let mut lines: Vec<String> = errors
                .into_iter()
                .map(|(e, _)| match e {
                    V::ContainsNotDefGlyph(_, _, text) => tr!("output-pdf-problem-cannot-draw", text),
                    V::UnicodePrivateArea(_, _, c, _) => {
                        let code = format!("{:04X}", u32::from(c));
                        tr!("output-pdf-problem-private-character", character = c, code)
                    }
                    V::RestrictedLicense(_) => tr!("output-pdf-problem-licence"),
                    V::NoDocumentLanguage => tr!("output-pdf-problem-no-language"),
                    V::NoDocumentTitle => tr!("output-pdf-problem-no-title"),
                    V::TooLongString => tr!("output-pdf-problem-too-long"),
                    _ => tr!("output-pdf-problem-other"),
                })
                .collect();
            lines.sort();
            lines.dedup();
            PdfError(tr!("output-pdf-not-written", problems = lines.join("; ")))
        }
        KrillaError::Font(_, _) => PdfError(tr!("output-pdf-embed-font")),
        _ => PdfError(tr!("output-pdf-failed")),
    }
}
