//! Loading a whole report: the manifest, then each section file it names, then the checks
//! that span files (link targets, duplicate codes, files the manifest forgets).

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use super::decode::{AnchorDef, Decoder, JsonPath, PendingLink, Place, SchemaShape, Shape, quoted_list};
use super::format::SCHEMA_VERSION;
use super::json::{self, Node};
use super::read::{NotAFile, ReadError, read_regular};
use super::{Loaded, suggest};
use crate::diagnostic::{Diagnostic, Kind, Sources};
use crate::model::{BOARD_NAME, Block, BlockKind, Date, Meta, Municipality, Report, Section};
use crate::tr;

pub const MANIFEST: &str = "report.json";
const SECTIONS_DIR: &str = "sections";
/// Larger files are refused: no report needs them, and they would only exhaust memory.
const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

static REPORT: SchemaShape = SchemaShape::new(|| Shape::of("manifest-shape-manifest", "ReportFile"));
static MUNICIPALITY: SchemaShape =
    SchemaShape::new(|| Shape::of("manifest-shape-municipality", "MunicipalityEntry"));
static SECTION: SchemaShape = SchemaShape::new(|| Shape::of("manifest-shape-section", "SectionFile"));

pub fn load(dir: &Path) -> Loaded {
    let mut loader = Loader {
        dir,
        sources: Sources::default(),
        diagnostics: Vec::new(),
        unlisted_ids: Vec::new(),
        pictures: Vec::new(),
    };
    let report = loader.report();
    let mut diagnostics = loader.diagnostics;
    diagnostics.sort_by_key(|d| d.severity);
    let mut has_errors = diagnostics.iter().any(Diagnostic::is_error);
    if report.is_none() && !has_errors {
        // Every refusal should come with its reason; never fail silently if one does not.
        diagnostics.push(
            Diagnostic::error(Kind::Content, MANIFEST, tr!("manifest-unexplained"))
                .hint(tr!("manifest-unexplained.hint")),
        );
        has_errors = true;
    }
    Loaded {
        report: report.filter(|_| !has_errors),
        diagnostics,
        sources: loader.sources,
        pictures: loader.pictures,
    }
}

struct Loader<'a> {
    dir: &'a Path,
    sources: Sources,
    diagnostics: Vec<Diagnostic>,
    /// Municipality ids the introduction and sections name while the manifest lists none.
    unlisted_ids: Vec<String>,
    pictures: Vec<super::decode::PicturePlace>,
}

/// What a decoded file leaves for the report-wide checks.
struct FileOutcome {
    links: Vec<PendingLink>,
    link_texts: Vec<(String, String, Place)>,
    anchors: Vec<AnchorDef>,
}

struct SectionOutcome {
    file: String,
    /// Where the manifest lists it, counting from 0.
    position: usize,
    section: Section,
    code_place: Place,
    number_place: Place,
    outcome: FileOutcome,
}

impl Loader<'_> {
    fn report(&mut self) -> Option<Report> {
        let text = self.read(MANIFEST, None)?;
        let node = self.parse(MANIFEST, &text)?;

        let mut decoder = Decoder::new(MANIFEST, &text, &[]);
        let root = JsonPath::default();
        let Some(object) = decoder.object(&node, &root, &REPORT) else {
            self.diagnostics.append(&mut decoder.diagnostics);
            return None;
        };
        let version = decoder
            .required(&object, "schema_version")
            .and_then(|n| decoder.integer::<u32>(n, &root.field("schema_version"), (0, i64::from(u32::MAX))));
        if let (Some(version), Some(node)) = (version, object.optional("schema_version"))
            && version != SCHEMA_VERSION
        {
            decoder
                .report(
                    Kind::Content,
                    node.span.clone(),
                    &root.field("schema_version"),
                    tr!("manifest-schema-version", expected = SCHEMA_VERSION, found = version),
                )
                .hint = Some(tr!("manifest-schema-version.hint", expected = SCHEMA_VERSION));
        }
        let meta = meta(&mut decoder, &object);
        let municipalities = municipalities(&mut decoder, &object);
        let section_paths = section_paths(&mut decoder, &object);
        schema_reference(&mut decoder, &object);
        let (municipalities, complete) = municipalities.unwrap_or_default();
        let ids: Vec<String> = municipalities.iter().map(|m| m.id.clone()).collect();
        let municipalities = complete.then_some(municipalities);
        decoder.finish(object);
        let mut diagnostics = std::mem::take(&mut decoder.diagnostics);

        // The introduction may refer to municipalities, so it is read once their ids are known.
        let mut intro_decoder = Decoder::new(MANIFEST, &text, &ids);
        intro_decoder.dir = Some(self.dir);
        let introduction = match node_field(&node, "introduction") {
            Some(n) => intro_decoder.blocks(n, &root.field("introduction"), false),
            None => Vec::new(),
        };
        diagnostics.append(&mut intro_decoder.diagnostics);
        self.pictures.append(&mut intro_decoder.pictures);
        self.unlisted_ids.append(&mut intro_decoder.unlisted_ids);
        let intro = FileOutcome {
            links: intro_decoder.links,
            link_texts: intro_decoder.link_texts,
            anchors: intro_decoder.anchors,
        };
        self.diagnostics.append(&mut diagnostics);

        let (paths, all_usable) = section_paths.unwrap_or_default();
        let sections: Vec<SectionOutcome> = paths
            .iter()
            .filter_map(|(path, place, position)| self.section(path, place, &ids, *position))
            .collect();
        if all_usable {
            self.unlisted_section_files(&paths);
        }
        self.no_municipalities_listed(&node);
        // A section or block that could not be read hides its anchors: checking links would
        // only report the consequences of problems already shown.
        let unreadable = self.diagnostics.iter().any(|d| d.is_error() && d.kind != Kind::Content);
        let complete = all_usable && paths.len() == sections.len() && !unreadable;
        let sections = self.cross_checks(intro, sections, complete);
        Some(Report {
            meta: meta?,
            municipalities: municipalities?,
            introduction,
            sections,
            variant: None,
            overview: Vec::new(),
            manifest_source: without(&text, "introduction"),
        })
    }

    /// Reads a file of the input folder as UTF-8 text; `named_at` is where the manifest names it.
    fn read(&mut self, name: &str, named_at: Option<(&Place, &Path)>) -> Option<String> {
        let path = self.dir.join(name);
        let fail = |message: String, hint: &str| {
            let mut d = Diagnostic::error(Kind::Syntax, name, message).hint(hint);
            if let Some((place, _)) = named_at {
                d = Diagnostic::error(Kind::Content, MANIFEST, d.message)
                    .at(place.span.clone())
                    .path(place.path.as_str())
                    .hint(hint);
            }
            d
        };
        if named_at.is_some() && path.exists() && !self.is_inside_input(&path) {
            self.diagnostics
                .push(fail(tr!("manifest-outside-link", name), &tr!("manifest-outside-link.hint")));
            return None;
        }
        // A file that changed while it was read (an editor saving it) is read once more.
        let error = match read_regular(&path, MAX_FILE_BYTES) {
            Ok(bytes) => return self.decode_utf8(name, bytes),
            Err(error) => error,
        };
        let (message, hint) = match error {
            ReadError::NotFound if named_at.is_none() && !self.dir.is_dir() => {
                self.diagnostics.push(
                    Diagnostic::error(
                        Kind::Syntax,
                        name,
                        tr!("manifest-no-input-folder", folder = self.dir.display().to_string()),
                    )
                    .hint(tr!("manifest-no-input-folder.hint")),
                );
                return None;
            }
            ReadError::NotFound => {
                let hint = match named_at {
                    Some(_) => self.nearby_file_hint(name),
                    None => tr!("manifest-not-report-folder-hint", folder = self.dir.display().to_string()),
                };
                (error.describe(name), hint)
            }
            ReadError::NotAFile(NotAFile::Folder) => (error.describe(name), tr!("manifest-folder-hint")),
            ReadError::NotAFile(_) => (error.describe(name), tr!("manifest-special-file-hint")),
            ReadError::TooLarge(_) => {
                let size = std::fs::metadata(&path).map_or(MAX_FILE_BYTES, |m| m.len());
                (
                    tr!("manifest-too-large", name, size = size / 1_000_000),
                    tr!("manifest-too-large.hint", limit = MAX_FILE_BYTES / 1_000_000),
                )
            }
            ReadError::Io(_) => (error.describe(name), tr!("manifest-unreadable-hint")),
        };
        self.diagnostics.push(fail(message, &hint));
        None
    }

    /// Whether `path`, with every link resolved, is still inside the input folder.
    fn is_inside_input(&self, path: &Path) -> bool {
        match (path.canonicalize(), self.dir.canonicalize()) {
            (Ok(real), Ok(root)) => real.starts_with(root),
            _ => false,
        }
    }

    fn decode_utf8(&mut self, name: &str, bytes: Vec<u8>) -> Option<String> {
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            self.diagnostics.push(
                Diagnostic::error(Kind::Syntax, name, tr!("manifest-utf16")).hint(tr!("manifest-utf16.hint")),
            );
            return None;
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                self.sources.add(name, &text);
                Some(text)
            }
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
                self.sources.add(name, &lossy);
                self.diagnostics.push(
                    Diagnostic::error(Kind::Syntax, name, tr!("manifest-not-utf8"))
                        .at(at..at + 1)
                        .hint(tr!("manifest-not-utf8.hint")),
                );
                None
            }
        }
    }

    fn parse(&mut self, name: &str, text: &str) -> Option<Node> {
        match json::parse(text) {
            Ok(mut node) => {
                let invisible = super::decode::clean_field_names(&mut node, name);
                self.diagnostics.extend(invisible);
                Some(node)
            }
            Err(e) => {
                let mut d = Diagnostic::error(Kind::Syntax, name, e.message).at(e.span);
                d.hint = e.hint;
                self.diagnostics.push(d);
                None
            }
        }
    }

    fn nearby_file_hint(&self, name: &str) -> String {
        let existing = json_files_in(&self.dir.join(SECTIONS_DIR));
        let names: Vec<String> = existing.iter().map(|f| format!("{SECTIONS_DIR}/{f}")).collect();
        match suggest(name, &names) {
            Some(best) => tr!("manifest-did-you-mean-file", name = best),
            None if names.is_empty() => {
                tr!("manifest-no-section-files", folder = self.dir.join(SECTIONS_DIR).display().to_string())
            }
            None => tr!("manifest-section-files-are", files = quoted_list(&names)),
        }
    }

    fn section(
        &mut self,
        name: &str,
        place: &Place,
        ids: &[String],
        position: usize,
    ) -> Option<SectionOutcome> {
        let text = self.read(name, Some((place, self.dir)))?;
        let node = self.parse(name, &text)?;
        let mut decoder = Decoder::new(name, &text, ids);
        decoder.dir = Some(self.dir);
        let root = JsonPath::default();
        let Some(object) = decoder.object(&node, &root, &SECTION) else {
            self.diagnostics.append(&mut decoder.diagnostics);
            return None;
        };
        schema_reference(&mut decoder, &object);
        let code_node = decoder.required(&object, "code");
        let code = code_node.and_then(|n| decoder.string(n, &root.field("code")).map(str::to_owned));
        let number_node = decoder.required(&object, "number");
        let number = number_node
            .and_then(|n| decoder.integer::<u32>(n, &root.field("number"), (0, i64::from(u32::MAX))));
        let title = decoder
            .required(&object, "title")
            .and_then(|n| decoder.string(n, &root.field("title")).map(str::to_owned));
        let blocks =
            decoder.required(&object, "blocks").map(|n| decoder.blocks(n, &root.field("blocks"), true));
        decoder.finish(object);
        if let (Some(code), Some(n)) = (&code, code_node) {
            check_code(&mut decoder, code, n);
        }
        if let (Some(title), Some(n)) = (&title, node_field(&node, "title"))
            && title.trim().is_empty()
        {
            decoder
                .report(Kind::Content, n.span.clone(), &root.field("title"), tr!("manifest-section-untitled"))
                .hint = Some(tr!("manifest-section-untitled.hint"));
        }
        self.diagnostics.append(&mut decoder.diagnostics);
        self.pictures.append(&mut decoder.pictures);
        for id in decoder.unlisted_ids.drain(..) {
            if !self.unlisted_ids.contains(&id) {
                self.unlisted_ids.push(id);
            }
        }
        let outcome =
            FileOutcome { links: decoder.links, link_texts: decoder.link_texts, anchors: decoder.anchors };
        let (code, number, title, blocks) = (code?, number?, title?, blocks?);
        let section = Section {
            anchor: super::decode::slug(&code),
            code,
            number,
            title: title.trim().to_owned(),
            blocks,
            origin: without(&text, "blocks")
                .map(|source| crate::model::Origin { file: name.to_owned(), source }),
        };
        let place_of = |n: Option<&Node>, field: &str| Place {
            span: n.map_or(0..1, |n| n.span.clone()),
            path: root.field(field),
        };
        Some(SectionOutcome {
            file: name.to_owned(),
            position,
            section,
            code_place: place_of(code_node, "code"),
            number_place: place_of(number_node, "number"),
            outcome,
        })
    }

    /// `"municipalities": []` while the sections still name municipalities: one error, at the
    /// empty list, naming them.
    fn no_municipalities_listed(&mut self, manifest: &Node) {
        let Some(list) = node_field(manifest, "municipalities") else { return };
        if !matches!(&list.value, json::Value::Array(items) if items.is_empty())
            || self.unlisted_ids.is_empty()
        {
            return;
        }
        let ids = &self.unlisted_ids;
        let example = ids.first().map_or_else(String::new, |id| {
            let name: String = id.split('-').map(capitalised).collect::<Vec<_>>().join("-");
            format!("{{ \"id\": \"{id}\", \"name\": \"{name}\" }}")
        });
        let d = Diagnostic::error(
            Kind::Content,
            MANIFEST,
            tr!("manifest-no-municipalities", count = ids.len(), ids = quoted_list(ids)),
        )
        .at(list.span.clone())
        .path("municipalities")
        .hint(tr!("manifest-no-municipalities.hint", example));
        self.diagnostics.push(d);
    }

    fn unlisted_section_files(&mut self, listed: &[ListedSection]) {
        for file in json_files_in(&self.dir.join(SECTIONS_DIR)) {
            let name = format!("{SECTIONS_DIR}/{file}");
            if !listed.iter().any(|(path, _, _)| normalize(path) == name) {
                self.diagnostics.push(
                    Diagnostic::warning(
                        Kind::Content,
                        name.clone(),
                        tr!("manifest-unlisted-section", name = &name),
                    )
                    .hint(tr!("manifest-unlisted-section.hint", name = &name)),
                );
            }
        }
    }

    /// Section codes and numbers unique, anchors unique, every internal link resolvable.
    fn cross_checks(
        &mut self,
        intro: FileOutcome,
        mut outcomes: Vec<SectionOutcome>,
        check_links: bool,
    ) -> Vec<Section> {
        let mut codes: Vec<(String, String)> = Vec::new();
        let mut numbers: Vec<(u32, String)> = Vec::new();
        for o in &outcomes {
            let position = o.position;
            let code = o.section.code.to_lowercase();
            if let Some((_, first)) = codes.iter().find(|(c, _)| *c == code) {
                self.diagnostics.push(
                    Diagnostic::error(
                        Kind::Content,
                        &o.file,
                        tr!("manifest-duplicate-code", code = &o.section.code, first),
                    )
                    .at(o.code_place.span.clone())
                    .path(o.code_place.path.as_str())
                    .hint(tr!("manifest-duplicate-code.hint")),
                );
            }
            codes.push((code, o.file.clone()));
            if let Some((_, first)) = numbers.iter().find(|(n, _)| *n == o.section.number) {
                self.diagnostics.push(
                    Diagnostic::error(
                        Kind::Content,
                        &o.file,
                        tr!("manifest-duplicate-number", number = o.section.number, first),
                    )
                    .at(o.number_place.span.clone())
                    .path(o.number_place.path.as_str())
                    .hint(tr!("manifest-duplicate-number.hint")),
                );
            } else if o.section.number as usize != position + 1 {
                self.diagnostics.push(
                    Diagnostic::warning(
                        Kind::Content,
                        &o.file,
                        tr!(
                            "manifest-number-out-of-order",
                            number = o.section.number,
                            position = ordinal(position + 1)
                        ),
                    )
                    .at(o.number_place.span.clone())
                    .path(o.number_place.path.as_str())
                    .hint(tr!("manifest-number-out-of-order.hint")),
                );
            }
            numbers.push((o.section.number, o.file.clone()));
        }

        let mut anchors = BTreeSet::new();
        for o in &mut outcomes {
            anchors.insert(o.section.anchor.clone());
            let mut defs = o.outcome.anchors.iter();
            for block in &mut o.section.blocks {
                let Block { kind: BlockKind::Heading(heading), .. } = block else {
                    continue;
                };
                let Some(def) = defs.next() else { continue };
                if anchors.insert(heading.anchor.clone()) {
                    continue;
                }
                if def.explicit {
                    self.diagnostics.push(
                        Diagnostic::error(
                            Kind::Content,
                            &o.file,
                            tr!("manifest-duplicate-anchor", anchor = &def.anchor),
                        )
                        .at(def.place.span.clone())
                        .path(def.place.path.as_str())
                        .hint(tr!("manifest-duplicate-anchor.hint")),
                    );
                } else {
                    let unique = (2..)
                        .map(|n| format!("{}-{n}", heading.anchor))
                        .find(|a| !anchors.contains(a))
                        .expect("some suffix is free");
                    anchors.insert(unique.clone());
                    heading.anchor = unique;
                }
            }
        }

        let intro_links = if check_links { intro.links.as_slice() } else { &[] };
        let outcomes_links = if check_links { outcomes.as_slice() } else { &[] };
        let all_links = intro_links
            .iter()
            .map(|l| (MANIFEST.to_owned(), l))
            .chain(outcomes_links.iter().flat_map(|o| o.outcome.links.iter().map(|l| (o.file.clone(), l))));
        let known: Vec<&String> = anchors.iter().collect();
        let section_anchors: Vec<&str> = outcomes.iter().map(|o| o.section.anchor.as_str()).collect();
        let mut missing = Vec::new();
        for (file, link) in all_links {
            if anchors.contains(&link.anchor) {
                continue;
            }
            let skeleton = |a: &str| a.chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
            let looks_like_a_section = section_anchors.iter().any(|a| skeleton(a) == skeleton(&link.anchor));
            let hint = match suggest(&link.anchor, &known) {
                Some(best) => tr!("manifest-link-did-you-mean", anchor = best),
                None if looks_like_a_section => tr!(
                    "manifest-link-sections-are",
                    sections =
                        quoted_list(&section_anchors.iter().map(|a| format!("#{a}")).collect::<Vec<_>>())
                ),
                None => tr!("manifest-link-hint"),
            };
            missing.push(
                Diagnostic::error(
                    Kind::Content,
                    file,
                    tr!("manifest-link-target-missing", anchor = &link.anchor),
                )
                .at(link.place.span.clone())
                .path(link.place.path.as_str())
                .hint(hint),
            );
        }
        self.diagnostics.append(&mut missing);
        // One link text, one target: the same words leading to two places mislead (WCAG 2.4.4).
        let texts =
            intro.link_texts.iter().map(|t| (MANIFEST, t)).chain(
                outcomes.iter().flat_map(|o| o.outcome.link_texts.iter().map(|t| (o.file.as_str(), t))),
            );
        let mut first: Vec<(String, &str, &str)> = Vec::new();
        for (file, (text, target, place)) in texts {
            // A link to no heading is an error already.
            if target.strip_prefix('#').is_some_and(|a| !anchors.contains(a)) {
                continue;
            }
            let key = text.to_lowercase();
            match first.iter().find(|(t, ..)| *t == key) {
                Some((_, other, other_file)) if other != target => {
                    let mut d = Diagnostic::warning(
                        Kind::Accessibility,
                        file,
                        tr!(
                            "manifest-link-text-ambiguous",
                            text,
                            other = *other,
                            other_file = *other_file,
                            target
                        ),
                    )
                    .at(place.span.clone())
                    .path(place.path.as_str());
                    d.hint = Some(tr!("manifest-link-text-ambiguous.hint"));
                    self.diagnostics.push(d);
                }
                Some(_) => {}
                None => first.push((key, target, file)),
            }
        }
        outcomes.into_iter().map(|o| o.section).collect()
    }
}

/// `"$schema"` only tells the editor where the schema is; it must still be text.
/// The JSON of a file with one of its lists of blocks left empty (in its place, so the
/// fields keep their order), compact; `None` if serde cannot read it.
fn without(text: &str, field: &str) -> Option<String> {
    let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
    if let Some(blocks) = value.as_object_mut()?.get_mut(field) {
        *blocks = serde_json::Value::Array(Vec::new());
    }
    Some(value.to_string())
}

fn schema_reference(d: &mut Decoder<'_>, object: &super::decode::Object<'_>) {
    if let Some(node) = object.optional("$schema") {
        d.string(node, &JsonPath::default().field("$schema"));
    }
}

/// 1st, 2nd, 3rd … in English, 1ste, 2de, 3de … in Dutch: the catalogue chooses the ending.
fn ordinal(n: usize) -> String {
    tr!("manifest-ordinal", n, last_digit = n % 10, last_two = n % 100)
}

fn node_field<'n>(node: &'n Node, name: &str) -> Option<&'n Node> {
    match &node.value {
        json::Value::Object(members) => members.iter().find(|m| m.key == name).map(|m| &m.value),
        _ => None,
    }
}

fn meta(d: &mut Decoder<'_>, object: &super::decode::Object<'_>) -> Option<Meta> {
    let root = JsonPath::default();
    let text = |d: &mut Decoder<'_>, name: &str| {
        let node = d.required(object, name)?;
        let value = d.string(node, &root.field(name))?.trim().to_owned();
        if value.is_empty() {
            d.report(
                Kind::Content,
                node.span.clone(),
                &root.field(name),
                tr!("manifest-field-empty", field = name),
            )
            .hint = Some(tr!("manifest-field-empty.hint"));
            return None;
        }
        Some(value)
    };
    let organisation = text(d, "organisation");
    let title = text(d, "title");
    let subtitle = text(d, "subtitle");
    let region = text(d, "region");
    let language = text(d, "language");
    if let (Some(language), Some(node)) = (&language, object.optional("language"))
        && !(language == "nl" || language.starts_with("nl-"))
    {
        d.report(
            Kind::Content,
            node.span.clone(),
            &root.field("language"),
            tr!("manifest-language-unsupported", language),
        )
        .hint = Some(tr!("manifest-language-unsupported.hint"));
    }
    let year_node = d.required(object, "year");
    let year = year_node
        .and_then(|n| d.integer::<i32>(n, &root.field("year"), (i64::from(i32::MIN), i64::from(i32::MAX))));
    let year = match (year, year_node) {
        (Some(y), Some(node)) if !(1900..=2200).contains(&y) => {
            d.report(
                Kind::Content,
                node.span.clone(),
                &root.field("year"),
                tr!("manifest-implausible-year", year = y),
            )
            .hint = Some(tr!("manifest-implausible-year.hint"));
            None
        }
        (year, _) => year,
    };
    let date = d.required(object, "publication_date").and_then(|node| {
        let value = d.string(node, &root.field("publication_date"))?;
        match Date::parse_iso(value) {
            Ok(date) => Some(date),
            Err(message) => {
                d.report(
                    Kind::Content,
                    node.span.clone(),
                    &root.field("publication_date"),
                    tr!("manifest-invalid-date", reason = message),
                )
                .hint = Some(tr!("manifest-invalid-date.hint"));
                None
            }
        }
    });
    // Valid but probably wrong: a year the subtitle or the publication date contradicts.
    if let (Some(year), Some(subtitle), Some(node)) = (year, &subtitle, object.optional("subtitle")) {
        let named = years_in(subtitle);
        if !named.is_empty() && !named.contains(&year) {
            d.warn(
                node.span.clone(),
                &root.field("subtitle"),
                tr!("manifest-subtitle-year", named = named[0], year),
            )
            .hint = Some(tr!("manifest-subtitle-year.hint", year));
        }
    }
    if let (Some(year), Some(date), Some(node)) = (year, date, object.optional("publication_date"))
        && !(year..=year + 1).contains(&date.year)
    {
        d.warn(
            node.span.clone(),
            &root.field("publication_date"),
            tr!("manifest-publication-year", date = date.to_string(), year, next = year + 1),
        )
        .hint = Some(tr!("manifest-publication-year.hint", year, next = year + 1));
    }
    Some(Meta {
        organisation: organisation?,
        title: title?,
        subtitle: subtitle?,
        year: year?,
        language: language?,
        region: region?,
        publication_date: date?,
    })
}

/// The plausible years written in `text` ("Jaarverslag 2023" → [2023]).
fn years_in(text: &str) -> Vec<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|digits| digits.len() == 4)
        .filter_map(|digits| digits.parse().ok())
        .filter(|year| (1900..=2200).contains(year))
        .collect()
}

/// The municipalities read, and whether all of them were valid.
fn municipalities(
    d: &mut Decoder<'_>,
    object: &super::decode::Object<'_>,
) -> Option<(Vec<Municipality>, bool)> {
    let path = JsonPath::default().field("municipalities");
    let node = d.required(object, "municipalities")?;
    let items = d.array(node, &path, &tr!("manifest-want-municipalities"))?;
    let mut out: Vec<Municipality> = Vec::new();
    let mut complete = true;
    for (i, item) in items.iter().enumerate() {
        let path = path.index(i);
        let Some(entry) = d.object(item, &path, &MUNICIPALITY) else {
            complete = false;
            continue;
        };
        let id_node = d.required(&entry, "id");
        let id = id_node.and_then(|n| d.string(n, &path.field("id")).map(str::to_owned));
        let name_node = d.required(&entry, "name");
        let name = name_node.and_then(|n| d.string(n, &path.field("name")).map(|s| s.trim().to_owned()));
        d.finish(entry);
        let (Some(id), Some(name), Some(id_node), Some(name_node)) = (id, name, id_node, name_node) else {
            complete = false;
            continue;
        };
        let id_problem = if !is_file_safe_id(&id) {
            Some((
                tr!("manifest-id-unusable", id = &id),
                tr!("manifest-id-unusable.hint", suggestion = super::decode::slug(&id)),
            ))
        } else if id == BOARD_NAME {
            Some((tr!("manifest-id-board", id = &id), tr!("manifest-id-board.hint", board = BOARD_NAME)))
        } else if out.iter().any(|m| m.id == id) {
            Some((tr!("manifest-id-twice", id = &id), tr!("manifest-id-twice.hint")))
        } else {
            None
        };
        let name_problem = if name.is_empty() {
            Some((tr!("manifest-municipality-unnamed"), tr!("manifest-municipality-unnamed.hint")))
        } else if out.iter().any(|m| m.name == name) {
            Some((tr!("manifest-municipality-twice", name = &name), tr!("manifest-municipality-twice.hint")))
        } else {
            None
        };
        // An id that is not file-safe is checked against the sections as the id it should
        // be ("Zwevegem" as "zwevegem"), so one mistake gives one message.
        let id = if is_file_safe_id(&id) { id } else { super::decode::slug(&id) };
        if let Some((message, hint)) = id_problem {
            d.report(Kind::Content, id_node.span.clone(), &path.field("id"), message).hint = Some(hint);
            complete = false;
        }
        if let Some((message, hint)) = name_problem {
            d.report(Kind::Content, name_node.span.clone(), &path.field("name"), message).hint = Some(hint);
            complete = false;
        }
        out.push(Municipality { id, name });
    }
    Some((out, complete))
}

/// "spiere" → "Spiere".
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Lowercase ASCII letters and digits in words joined by single hyphens; at most 40 long.
pub fn is_file_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id.split('-').all(|word| {
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The section files the manifest lists — name, place in the manifest, position — and
/// whether every entry was usable.
fn section_paths(
    d: &mut Decoder<'_>,
    object: &super::decode::Object<'_>,
) -> Option<(Vec<ListedSection>, bool)> {
    let path = JsonPath::default().field("sections");
    let node = d.required(object, "sections")?;
    let items = d.array(node, &path, &tr!("manifest-want-sections"))?;
    if items.is_empty() {
        d.report(Kind::Content, node.span.clone(), &path, tr!("manifest-no-sections")).hint =
            Some(tr!("manifest-no-sections.hint"));
    }
    let mut out: Vec<ListedSection> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = path.index(i);
        let Some(name) = d.string(item, &path) else {
            continue;
        };
        let place = Place { span: item.span.clone(), path: path.clone() };
        if let Err(problem) = check_relative(name) {
            let message = match problem {
                PathProblem::Empty => tr!("manifest-section-path-empty", name),
                PathProblem::Absolute => tr!("manifest-section-path-absolute", name),
                PathProblem::Outside => tr!("manifest-section-path-outside", name),
            };
            d.report(Kind::Content, item.span.clone(), &path, message).hint =
                Some(tr!("manifest-section-path-hint"));
            continue;
        }
        let normalized = normalize(name);
        if out.iter().any(|(other, _, _)| normalize(other) == normalized) {
            d.report(Kind::Content, item.span.clone(), &path, tr!("manifest-section-listed-twice", name))
                .hint = Some(tr!("manifest-section-listed-twice.hint"));
            continue;
        }
        out.push((normalized, place, i));
    }
    let all_usable = out.len() == items.len();
    Some((out, all_usable))
}

type ListedSection = (String, Place, usize);

/// Why a path named in the input cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathProblem {
    Empty,
    /// `/…`, `\…` or `C:…`.
    Absolute,
    /// It has a `..`.
    Outside,
}

/// A path named in the input must stay inside the input folder: relative, no `..`.
pub fn check_relative(name: &str) -> Result<(), PathProblem> {
    let path = Path::new(name);
    if name.trim().is_empty() {
        return Err(PathProblem::Empty);
    }
    if path.is_absolute() || name.starts_with('/') || name.starts_with('\\') || name.get(1..2) == Some(":") {
        return Err(PathProblem::Absolute);
    }
    if path.components().any(|c| matches!(c, Component::ParentDir))
        || name.split(['/', '\\']).any(|p| p == "..")
    {
        return Err(PathProblem::Outside);
    }
    Ok(())
}

fn normalize(name: &str) -> String {
    let path: PathBuf = Path::new(name).components().filter(|c| !matches!(c, Component::CurDir)).collect();
    path.to_string_lossy().replace('\\', "/")
}

fn json_files_in(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
}

fn check_code(d: &mut Decoder<'_>, code: &str, node: &Node) {
    let ok = !code.is_empty()
        && code.len() <= 20
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !code.starts_with('-');
    if !ok {
        d.report(
            Kind::Content,
            node.span.clone(),
            &JsonPath::default().field("code"),
            tr!("manifest-code-unusable", code),
        )
        .hint = Some(tr!("manifest-code-unusable.hint"));
    }
}
