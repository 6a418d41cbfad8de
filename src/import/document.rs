//! WordprocessingML → the pieces of a report: paragraphs with their kind (title, heading,
//! list item with its level, body text, caption), their text with bold, italic and links,
//! tables with their header rows, pictures; and a warning for everything else, with its
//! place, so nothing is dropped in silence.

use std::collections::BTreeMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::package::{ImportError, Package};
use crate::model::{Inline, LinkTarget};
use crate::tr;

/// What a paragraph is, from its style and numbering.
#[derive(Debug, Clone, PartialEq)]
pub enum ParagraphKind {
    Title,
    Subtitle,
    Heading(u8),
    /// A list item: ordered or not, its level (0 is the outer list), and which list it is
    /// (Word's numbering id: another id is another list).
    Item {
        ordered: bool,
        level: usize,
        list: String,
    },
    Caption,
    /// The table of contents and the like: made again by the build, not content.
    Generated,
    Body,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    pub content: Vec<Inline>,
    /// Bookmarks that start in it (link targets).
    pub bookmarks: Vec<String>,
    /// Every run is bold and it is short: direct formatting that looks like a heading.
    pub all_bold: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TablePiece {
    /// Each cell's text (its paragraphs joined).
    pub rows: Vec<Vec<Vec<Inline>>>,
    pub header_rows: usize,
    /// Relative column widths from the table grid.
    pub widths: Vec<f64>,
    /// Each cell's paragraphs as (style id, text): how our key figures are told apart.
    pub styled: Vec<Vec<Vec<(String, String)>>>,
    /// Bookmarks that start in its cells.
    pub bookmarks: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PicturePiece {
    /// The part the picture is in (`word/media/image1.png`).
    pub part: String,
    /// Its width on the page, in millimetres, when the drawing says.
    pub width_mm: Option<f64>,
    pub alt: Option<String>,
    pub decorative: bool,
    /// Bookmarks in the paragraph that holds it.
    pub bookmarks: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Paragraph(Paragraph),
    Table(TablePiece),
    Picture(PicturePiece),
    /// A Word chart: its part, and the description of its drawing.
    Chart {
        part: String,
        alt: Option<String>,
        /// Bookmarks in the paragraph that holds it.
        bookmarks: Vec<String>,
    },
}

impl Piece {
    /// The bookmarks that start in it.
    pub fn bookmarks(&self) -> &[String] {
        match self {
            Piece::Paragraph(p) => &p.bookmarks,
            Piece::Table(t) => &t.bookmarks,
            Piece::Picture(p) => &p.bookmarks,
            Piece::Chart { bookmarks, .. } => bookmarks,
        }
    }
}

/// Something the import could not map, with where it is ("paragraph 12").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The paragraph's number in the document, counting from 1.
    pub paragraph: usize,
    pub message: String,
    pub kind: FindingKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    /// A tracked change: an insertion, a deletion or a formatting change, with its text.
    Tracked {
        what: Tracked,
        text: String,
    },
    /// A comment, by its id in the comments part.
    Comment(String),
    Other,
}

/// What a tracked change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tracked {
    Insertion,
    Deletion,
    Formatting,
}

/// The main document as read: its pieces in reading order, the number of the paragraph each
/// ends in, and what was not mapped.
pub struct Read {
    pub pieces: Vec<Piece>,
    pub paragraphs: Vec<usize>,
    pub findings: Vec<Finding>,
}

/// Reads the main document.
pub fn read(package: &Package) -> Result<Read, ImportError> {
    let main = package.main_part();
    let xml = package.xml(&main)?.unwrap_or_default();
    let styles = Styles::read(package.xml("word/styles.xml")?.unwrap_or_default());
    let numbering = Numbering::read(package.xml("word/numbering.xml")?.unwrap_or_default());
    let links: BTreeMap<String, String> = package
        .relationships_of(&main)?
        .into_iter()
        .filter(|r| r.external || r.kind.ends_with("/image") || r.kind.ends_with("/chart"))
        .map(|r| {
            let target = if r.external {
                r.target
            } else {
                let dir = main.rsplit_once('/').map_or("", |(d, _)| d);
                format!("{dir}/{}", r.target.trim_start_matches("./"))
            };
            (r.id, target)
        })
        .collect();
    let mut reader = Walker {
        styles,
        numbering,
        links,
        pieces: Vec::new(),
        piece_paragraphs: Vec::new(),
        findings: Vec::new(),
        paragraphs: 0,
        cell_paragraphs: Vec::new(),
        body_bookmarks: Vec::new(),
        pieces_before_paragraph: 0,
        lists: BTreeMap::new(),
    };
    reader.walk(xml).map_err(|e| package.damaged(&e.to_string()))?;
    Ok(Read { pieces: reader.pieces, paragraphs: reader.piece_paragraphs, findings: reader.findings })
}

/// Paragraph styles: id → what it is.
struct Styles {
    kinds: BTreeMap<String, ParagraphKind>,
    /// Style id → its numbering (`numId`), for list styles.
    numbering: BTreeMap<String, String>,
}

impl Styles {
    fn read(xml: &str) -> Styles {
        let mut kinds = BTreeMap::new();
        let mut numbering = BTreeMap::new();
        let mut reader = Reader::from_str(xml);
        let mut id = String::new();
        let mut paragraph = false;
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                    b"style" => {
                        paragraph = attr(&e, b"type").as_deref() == Some("paragraph");
                        id = attr(&e, b"styleId").unwrap_or_default();
                    }
                    b"name" if paragraph => {
                        let name = attr(&e, b"val").unwrap_or_default().to_lowercase();
                        if let Some(kind) = kind_of_name(&name) {
                            kinds.insert(id.clone(), kind);
                        }
                    }
                    b"outlineLvl" if paragraph && !kinds.contains_key(&id) => {
                        if let Some(level) =
                            attr(&e, b"val").and_then(|v| v.parse::<u8>().ok()).filter(|l| *l < 3)
                        {
                            kinds.insert(id.clone(), ParagraphKind::Heading(level + 1));
                        }
                    }
                    b"numId" if paragraph => {
                        numbering.insert(id.clone(), attr(&e, b"val").unwrap_or_default());
                    }
                    _ => {}
                },
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
        Styles { kinds, numbering }
    }

    fn kind(&self, id: &str) -> ParagraphKind {
        // Some writers name no styles file entry for the built-in ids (pandoc's "Heading1").
        self.kinds
            .get(id)
            .cloned()
            .or_else(|| kind_of_name(&id.to_lowercase()))
            .unwrap_or(ParagraphKind::Body)
    }
}

/// What a style is by its name, in English (Word's built-in names) or Dutch.
fn kind_of_name(name: &str) -> Option<ParagraphKind> {
    let name = name.trim();
    for prefix in ["heading", "kop"] {
        if let Some(level) = name.strip_prefix(prefix).map(str::trim).and_then(|l| l.parse::<u8>().ok()) {
            return Some(ParagraphKind::Heading(level.clamp(1, 3)));
        }
    }
    match name {
        "title" | "titel" => Some(ParagraphKind::Title),
        "subtitle" | "ondertitel" => Some(ParagraphKind::Subtitle),
        "caption" | "bijschrift" => Some(ParagraphKind::Caption),
        n if n.starts_with("toc") || n.starts_with("inhopg") || n == "cover detail" => {
            Some(ParagraphKind::Generated)
        }
        "header" | "footer" | "koptekst" | "voettekst" => Some(ParagraphKind::Generated),
        _ => None,
    }
}

/// Numbering: (numId, level) → ordered or not.
struct Numbering {
    /// numId → abstractNumId.
    nums: BTreeMap<String, String>,
    /// (abstractNumId, level) → the number format.
    formats: BTreeMap<(String, usize), String>,
    /// The numIds that start counting again (`w:startOverride` on the outer level): each
    /// is a list of its own; one without continues the last list of its definition, as
    /// LibreOffice writes the items of one list.
    restarts: std::collections::BTreeSet<String>,
}

impl Numbering {
    fn read(xml: &str) -> Numbering {
        let mut nums = BTreeMap::new();
        let mut formats = BTreeMap::new();
        let mut restarts = std::collections::BTreeSet::new();
        let mut reader = Reader::from_str(xml);
        let (mut abstract_id, mut level, mut num) = (String::new(), 0usize, None::<String>);
        let mut override_level = None::<usize>;
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                    b"abstractNum" => abstract_id = attr(&e, b"abstractNumId").unwrap_or_default(),
                    b"lvl" => level = attr(&e, b"ilvl").and_then(|l| l.parse().ok()).unwrap_or(0),
                    b"numFmt" if num.is_none() => {
                        formats.insert((abstract_id.clone(), level), attr(&e, b"val").unwrap_or_default());
                    }
                    b"num" => num = attr(&e, b"numId"),
                    b"abstractNumId" => {
                        if let Some(id) = &num {
                            nums.insert(id.clone(), attr(&e, b"val").unwrap_or_default());
                        }
                    }
                    b"lvlOverride" => override_level = attr(&e, b"ilvl").and_then(|l| l.parse().ok()),
                    b"startOverride" if override_level == Some(0) => {
                        restarts.extend(num.clone());
                    }
                    _ => {}
                },
                Ok(Event::End(e)) if e.local_name().as_ref() == b"num" => num = None,
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
        Numbering { nums, formats, restarts }
    }

    /// Which list an outer item of numbering `num_id` is in, given the list each definition
    /// is in so far (`current`).
    fn list_of(&self, num_id: &str, current: &mut BTreeMap<String, String>) -> String {
        let Some(definition) = self.nums.get(num_id) else { return num_id.to_owned() };
        match current.get(definition) {
            Some(list) if list == num_id || !self.restarts.contains(num_id) => list.clone(),
            _ => {
                current.insert(definition.clone(), num_id.to_owned());
                num_id.to_owned()
            }
        }
    }

    /// Whether list `num_id` is numbered at `level` (a bullet list is not); `None` for
    /// numbering id 0, which means "no list".
    fn ordered(&self, num_id: &str, level: usize) -> Option<bool> {
        if num_id == "0" {
            return None;
        }
        let format = self.nums.get(num_id).and_then(|a| self.formats.get(&(a.clone(), level)));
        Some(format.is_some_and(|f| f != "bullet" && f != "none"))
    }
}

/// The text an entity or character reference in XML stands for (`&amp;` → "&", `&#233;` → "é").
pub(crate) fn entity_text(r: &quick_xml::events::BytesRef<'_>) -> String {
    match &**r {
        b"amp" => "&".into(),
        b"lt" => "<".into(),
        b"gt" => ">".into(),
        b"quot" => "\"".into(),
        b"apos" => "'".into(),
        _ => r.resolve_char_ref().ok().flatten().map(String::from).unwrap_or_default(),
    }
}

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// Whether an on/off property (`w:b`, `w:i`) is on: present, and not `0`/`false`/`off`.
fn on(e: &BytesStart<'_>) -> bool {
    !matches!(attr(e, b"val").as_deref(), Some("0" | "false" | "off"))
}

struct Walker {
    styles: Styles,
    numbering: Numbering,
    /// Relationship id → web address or picture part.
    links: BTreeMap<String, String>,
    pieces: Vec<Piece>,
    /// The paragraph each piece ends in.
    piece_paragraphs: Vec<usize>,
    findings: Vec<Finding>,
    paragraphs: usize,
    /// The paragraphs of the table cell being read.
    cell_paragraphs: Vec<(String, String)>,
    /// Bookmarks that start between paragraphs: they go with the next one.
    body_bookmarks: Vec<String>,
    /// How many pieces there were when the open paragraph started.
    pieces_before_paragraph: usize,
    /// The list each numbering definition is in so far (see [`Numbering::list_of`]).
    lists: BTreeMap<String, String>,
}

/// A paragraph being read.
#[derive(Default)]
struct Open {
    style: Option<String>,
    num: Option<(String, usize)>,
    /// Inline content, innermost link last.
    content: Vec<Inline>,
    link: Option<(LinkTarget, Vec<Inline>)>,
    bookmarks: Vec<String>,
    runs: usize,
    bold_runs: usize,
}

/// A run's formatting.
#[derive(Default, Clone, Copy)]
struct RunLook {
    bold: bool,
    italic: bool,
}

impl Walker {
    fn finding(&mut self, message: impl Into<String>) {
        self.finding_of(message, FindingKind::Other);
    }

    /// A piece, with the number of the paragraph it ends in.
    fn push_piece(&mut self, piece: Piece) {
        self.pieces.push(piece);
        self.piece_paragraphs.push(self.paragraphs);
    }

    fn finding_of(&mut self, message: impl Into<String>, kind: FindingKind) {
        let paragraph = self.paragraphs.max(1);
        let message = message.into();
        let seen = |f: &Finding| f.paragraph == paragraph && f.message == message && f.kind == kind;
        if !self.findings.iter().any(seen) {
            self.findings.push(Finding { paragraph, message, kind });
        }
    }

    fn walk(&mut self, xml: &str) -> Result<(), quick_xml::Error> {
        let mut reader = Reader::from_str(xml);
        let mut paragraph: Option<Open> = None;
        let mut look = RunLook::default();
        let mut in_run_properties = false;
        // Inside a field's instruction, or a field's result we keep, or text to skip.
        let mut field_depth = 0usize;
        let mut in_instruction = false;
        let mut skip_depth = 0usize;
        // Tables: rows of cells of paragraphs' content, nested tables refused.
        let mut table: Option<(TablePiece, bool)> = None;
        let mut cell: Option<Vec<Inline>> = None;
        let mut table_depth = 0usize;
        let mut deleted = 0usize;
        // Open tracked changes (what they are, their text so far); a formatting change said.
        let mut tracked: Vec<(Tracked, String)> = Vec::new();
        let mut tracked_format = false;
        let mut drawing: Option<PicturePiece> = None;
        loop {
            let event = reader.read_event()?;
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let empty = matches!(event, Event::Empty(_));
                    let name = e.local_name();
                    let name = name.as_ref();
                    if skip_depth > 0 {
                        if !empty {
                            skip_depth += 1;
                        }
                        continue;
                    }
                    match name {
                        b"p" if !empty => {
                            self.paragraphs += 1;
                            tracked_format = false;
                            self.pieces_before_paragraph = self.pieces.len();
                            let bookmarks = std::mem::take(&mut self.body_bookmarks);
                            paragraph = Some(Open { bookmarks, ..Open::default() });
                        }
                        b"pStyle" => {
                            if let Some(p) = paragraph.as_mut() {
                                p.style = attr(e, b"val");
                            }
                        }
                        b"numId" => {
                            if let Some(p) = paragraph.as_mut() {
                                let level = p.num.take().map_or(0, |(_, l)| l);
                                p.num = attr(e, b"val").map(|id| (id, level));
                            }
                        }
                        b"ilvl" => {
                            if let Some(p) = paragraph.as_mut() {
                                let level = attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(0);
                                let id = p.num.take().map_or_else(String::new, |(id, _)| id);
                                p.num = Some((id, level));
                            }
                        }
                        b"r" if !empty => {
                            look = RunLook::default();
                            if let Some(p) = paragraph.as_mut() {
                                p.runs += 1;
                            }
                        }
                        b"rPr" if !empty => in_run_properties = true,
                        b"b" if in_run_properties => look.bold = on(e),
                        b"i" if in_run_properties => look.italic = on(e),
                        b"rStyle" if in_run_properties => match attr(e, b"val").as_deref() {
                            Some("Strong" | "Zwaar") => look.bold = true,
                            Some("Emphasis" | "Nadruk") => look.italic = true,
                            _ => {}
                        },
                        b"t" if !empty && in_instruction => {}
                        b"tab" | b"br" | b"cr" if !in_run_properties => {
                            push_text(&mut paragraph, " ", look, deleted > 0);
                        }
                        b"noBreakHyphen" => push_text(&mut paragraph, "-", look, deleted > 0),
                        b"hyperlink" if !empty => {
                            let target = match (attr(e, b"id"), attr(e, b"anchor")) {
                                (Some(id), _) => self.links.get(&id).cloned().map(LinkTarget::External),
                                (None, Some(anchor)) => Some(LinkTarget::Internal(anchor)),
                                _ => None,
                            };
                            if let (Some(p), Some(target)) = (paragraph.as_mut(), target) {
                                p.link = Some((target, Vec::new()));
                            }
                        }
                        b"bookmarkStart" => match (paragraph.as_mut(), attr(e, b"name")) {
                            (_, Some(name)) if name.starts_with("_GoBack") => {}
                            (Some(p), Some(name)) => p.bookmarks.push(name),
                            // Between paragraphs: it marks the next one.
                            (None, Some(name)) => self.body_bookmarks.push(name),
                            _ => {}
                        },
                        b"fldChar" => match attr(e, b"fldCharType").as_deref() {
                            Some("begin") => {
                                field_depth += 1;
                                in_instruction = true;
                            }
                            Some("separate") => in_instruction = false,
                            Some("end") => {
                                field_depth = field_depth.saturating_sub(1);
                                in_instruction = false;
                            }
                            _ => {}
                        },
                        b"instrText" if !empty => {
                            // Read to judge the field: a page number or caption number is
                            // fine, anything else is said.
                            let text = reader.read_text(e.name())?;
                            let text = String::from_utf8_lossy(text.as_ref()).into_owned();
                            let field = text.split_whitespace().next().unwrap_or("").to_uppercase();
                            if !["PAGEREF", "SEQ", "PAGE", "NUMPAGES", "TOC", "HYPERLINK", "REF"]
                                .contains(&field.as_str())
                            {
                                self.finding(tr!("import-field", field));
                            }
                        }
                        // A tracked change: its text is gathered, to say what it is.
                        b"ins" | b"moveTo" if !empty => tracked.push((Tracked::Insertion, String::new())),
                        b"del" | b"moveFrom" if !empty => {
                            deleted += 1;
                            tracked.push((Tracked::Deletion, String::new()));
                        }
                        b"rPrChange" | b"pPrChange" if !empty && !tracked_format => {
                            tracked_format = true;
                            let what = Tracked::Formatting;
                            let message = tr!("import-tracked-formatting");
                            self.finding_of(message, FindingKind::Tracked { what, text: String::new() });
                        }
                        b"commentReference" => {
                            let id = attr(e, b"id").unwrap_or_default();
                            self.finding_of(tr!("import-comment"), FindingKind::Comment(id));
                        }
                        b"footnoteReference" | b"endnoteReference" => {
                            self.finding(tr!("import-footnote"));
                        }
                        b"txbxContent" if !empty => {
                            self.finding(tr!("import-text-box"));
                            skip_depth = 1;
                        }
                        b"drawing" if !empty => {
                            drawing = Some(PicturePiece {
                                part: String::new(),
                                width_mm: None,
                                alt: None,
                                decorative: false,
                                bookmarks: Vec::new(),
                            })
                        }
                        b"extent" => {
                            if let Some(d) = drawing.as_mut()
                                && d.width_mm.is_none()
                            {
                                // EMU: 36 000 per millimetre.
                                d.width_mm = attr(e, b"cx")
                                    .and_then(|cx| cx.parse::<f64>().ok())
                                    .map(|cx| cx / 36_000.0);
                            }
                        }
                        b"docPr" => {
                            if let Some(d) = drawing.as_mut() {
                                d.alt = attr(e, b"descr").filter(|a| !a.trim().is_empty());
                            }
                        }
                        b"decorative" => {
                            if let Some(d) = drawing.as_mut() {
                                d.decorative = attr(e, b"val").as_deref() != Some("0");
                            }
                        }
                        // Word's SVG beside its PNG: the SVG is the picture.
                        b"svgBlip" => {
                            if let (Some(d), Some(id)) = (drawing.as_mut(), attr(e, b"embed"))
                                && let Some(part) = self.links.get(&id)
                            {
                                d.part = part.clone();
                            }
                        }
                        b"blip" => {
                            if let (Some(d), Some(id)) = (drawing.as_mut(), attr(e, b"embed"))
                                && d.part.is_empty()
                            {
                                d.part = self.links.get(&id).cloned().unwrap_or_default();
                            }
                        }
                        b"chart" if drawing.is_some() => {
                            if let (Some(d), Some(id)) = (drawing.as_mut(), attr(e, b"id"))
                                && let Some(part) = self.links.get(&id)
                            {
                                d.part = format!("chart:{part}");
                            }
                        }
                        b"tbl" if !empty => {
                            table_depth += 1;
                            if table_depth > 1 {
                                self.finding(tr!("import-nested-table"));
                            } else {
                                table = Some((
                                    TablePiece {
                                        rows: Vec::new(),
                                        header_rows: 0,
                                        widths: Vec::new(),
                                        styled: Vec::new(),
                                        bookmarks: Vec::new(),
                                    },
                                    true,
                                ));
                            }
                        }
                        b"gridCol" if table_depth == 1 => {
                            if let Some((t, _)) = table.as_mut() {
                                t.widths.push(attr(e, b"w").and_then(|w| w.parse().ok()).unwrap_or(1.0));
                            }
                        }
                        b"tr" if !empty && table_depth == 1 => {
                            if let Some((t, _)) = table.as_mut() {
                                t.rows.push(Vec::new());
                                t.styled.push(Vec::new());
                            }
                        }
                        b"tblHeader" if table_depth == 1 => {
                            if let Some((t, still_header)) = table.as_mut()
                                && *still_header
                                && on(e)
                            {
                                t.header_rows = t.rows.len();
                            }
                        }
                        b"gridSpan" if table_depth == 1 => {
                            self.finding(tr!("import-merged-cells"));
                        }
                        b"tc" if !empty && table_depth == 1 => cell = Some(Vec::new()),
                        _ => {}
                    }
                }
                Event::Text(ref t) if skip_depth == 0 && !in_instruction => {
                    let text = t.xml10_content().map(|c| c.into_owned()).unwrap_or_default();
                    if let Some((_, gathered)) = tracked.last_mut() {
                        gathered.push_str(&text);
                    }
                    // Only the text of w:t (not of other elements, which Word does not have).
                    push_text(&mut paragraph, &text, look, deleted > 0);
                }
                Event::GeneralRef(ref r) if skip_depth == 0 && !in_instruction => {
                    if let Some((_, gathered)) = tracked.last_mut() {
                        gathered.push_str(&entity_text(r));
                    }
                    push_text(&mut paragraph, &entity_text(r), look, deleted > 0);
                }
                Event::End(ref e) => {
                    let name = e.local_name();
                    let name = name.as_ref();
                    if skip_depth > 0 {
                        skip_depth -= 1;
                        continue;
                    }
                    match name {
                        b"rPr" => in_run_properties = false,
                        b"r" => {
                            if let Some(p) = paragraph.as_mut()
                                && look.bold
                            {
                                p.bold_runs += 1;
                            }
                        }
                        b"ins" | b"moveTo" | b"del" | b"moveFrom" => {
                            if matches!(name, b"del" | b"moveFrom") {
                                deleted = deleted.saturating_sub(1);
                            }
                            if let Some((what, text)) = tracked.pop() {
                                let message = match what {
                                    Tracked::Deletion => tr!("import-tracked-deletion"),
                                    _ => tr!("import-tracked-insertion"),
                                };
                                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                                self.finding_of(message, FindingKind::Tracked { what, text });
                            }
                        }
                        b"hyperlink" => {
                            if let Some(p) = paragraph.as_mut()
                                && let Some((target, content)) = p.link.take()
                            {
                                p.content.push(Inline::Link { target, content });
                            }
                        }
                        b"drawing" => {
                            if let Some(d) = drawing.take()
                                && !d.part.is_empty()
                            {
                                match d.part.strip_prefix("chart:") {
                                    Some(part) => self.push_piece(Piece::Chart {
                                        part: part.to_owned(),
                                        alt: d.alt,
                                        bookmarks: Vec::new(),
                                    }),
                                    None => self.push_piece(Piece::Picture(d)),
                                }
                            }
                        }
                        b"p" => {
                            if let Some(open) = paragraph.take() {
                                self.close_paragraph(open, &mut cell, table.as_mut().map(|(t, _)| t));
                            }
                        }
                        b"tc" if table_depth == 1 => {
                            if let (Some((t, _)), Some(c)) = (table.as_mut(), cell.take())
                                && let Some(row) = t.rows.last_mut()
                            {
                                row.push(trim(c));
                                if let Some(styled) = t.styled.last_mut() {
                                    styled.push(std::mem::take(&mut self.cell_paragraphs));
                                }
                            }
                        }
                        b"tr" if table_depth == 1 => {
                            if let Some((t, still_header)) = table.as_mut()
                                && t.header_rows < t.rows.len()
                            {
                                *still_header = false;
                            }
                        }
                        b"tbl" => {
                            table_depth = table_depth.saturating_sub(1);
                            if table_depth == 0
                                && let Some((t, _)) = table.take()
                            {
                                self.push_piece(Piece::Table(t));
                            }
                        }
                        _ => {}
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }

    fn close_paragraph(
        &mut self,
        mut open: Open,
        cell: &mut Option<Vec<Inline>>,
        table: Option<&mut TablePiece>,
    ) {
        let content = trim(open.content);
        if let Some(table) = table {
            table.bookmarks.append(&mut open.bookmarks);
        }
        // A paragraph that holds a picture or chart and no text: its bookmarks are the drawing's.
        let first = self.pieces_before_paragraph.min(self.pieces.len());
        if content.is_empty()
            && let Some(piece) = self.pieces[first..].first_mut()
        {
            match piece {
                Piece::Picture(p) => p.bookmarks.append(&mut open.bookmarks),
                Piece::Chart { bookmarks, .. } => bookmarks.append(&mut open.bookmarks),
                _ => {}
            }
        }
        if let Some(cell) = cell.as_mut() {
            // A paragraph in a table cell: its text goes into the cell.
            self.cell_paragraphs
                .push((open.style.clone().unwrap_or_default(), crate::model::plain_text(&content)));
            if !content.is_empty() {
                if !cell.is_empty() {
                    push_merged(cell, Inline::Text(" ".into()));
                }
                for inline in content {
                    push_merged(cell, inline);
                }
            }
            return;
        }
        let style_kind = open.style.as_deref().map_or(ParagraphKind::Body, |s| self.styles.kind(s));
        let style_num =
            open.style.as_deref().and_then(|s| self.styles.numbering.get(s)).map(|id| (id.clone(), 0));
        let num = match (open.num, style_num) {
            (Some((id, level)), style) if id.is_empty() => style.map(|(sid, _)| (sid, level)),
            (Some(n), _) => Some(n),
            (None, style) => style,
        };
        let kind = match (&style_kind, num) {
            (ParagraphKind::Body | ParagraphKind::Item { .. }, Some((id, level))) => {
                match self.numbering.ordered(&id, level) {
                    Some(ordered) => {
                        let list = if level == 0 { self.numbering.list_of(&id, &mut self.lists) } else { id };
                        ParagraphKind::Item { ordered, level, list }
                    }
                    None => ParagraphKind::Body,
                }
            }
            _ => style_kind,
        };
        let text_length: usize = crate::model::plain_text(&content).chars().count();
        let all_bold = open.runs > 0 && open.bold_runs == open.runs && text_length <= 80;
        if content.is_empty() && open.bookmarks.is_empty() {
            return;
        }
        if let (Some(style), ParagraphKind::Body) = (&open.style, &kind)
            && !self.styles.kinds.contains_key(style)
            && !["Normal", "Standaard", "BodyText", "Plattetekst", "FirstParagraph", "Compact", "TextBody"]
                .contains(&style.as_str())
        {
            self.finding(tr!("import-style-as-body", style));
        }
        self.push_piece(Piece::Paragraph(Paragraph { kind, content, bookmarks: open.bookmarks, all_bold }));
    }
}

/// Adds a run's text to the paragraph being read (or its open link), unless it was deleted
/// in a tracked change. Zero-width spaces are left out: our DOCX puts them in web addresses
/// as places to break a line, and they are nobody's text.
fn push_text(paragraph: &mut Option<Open>, text: &str, look: RunLook, deleted: bool) {
    let text = text.replace('\u{200B}', "");
    if deleted || text.is_empty() {
        return;
    }
    let Some(p) = paragraph.as_mut() else { return };
    let mut inline = Inline::Text(text);
    if look.italic {
        inline = Inline::Emphasis(vec![inline]);
    }
    if look.bold {
        inline = Inline::Strong(vec![inline]);
    }
    let target = match p.link.as_mut() {
        Some((_, content)) => content,
        None => &mut p.content,
    };
    push_merged(target, inline);
}

/// Appends `inline`, joining it to the previous one when both are plain text or both bold or
/// italic, so "Een **vet** woord" does not become three runs of bold.
fn push_merged(target: &mut Vec<Inline>, inline: Inline) {
    match (target.last_mut(), inline) {
        (Some(Inline::Text(last)), Inline::Text(text)) => last.push_str(&text),
        (Some(Inline::Strong(last)), Inline::Strong(inner))
        | (Some(Inline::Emphasis(last)), Inline::Emphasis(inner)) => {
            for i in inner {
                push_merged(last, i);
            }
        }
        (_, inline) => target.push(inline),
    }
}

/// Content without leading or trailing spaces, and runs of spaces made one.
fn trim(content: Vec<Inline>) -> Vec<Inline> {
    crate::input::markup::normalize_spaces(content)
}
