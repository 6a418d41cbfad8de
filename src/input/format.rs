//! The input format, as Rust types: the single description from which the JSON Schema is
//! generated (`jaarverslag schema`), so VS Code can validate and complete as staff type.
//!
//! The loader (`decode.rs`) reads files with its own position-keeping decoder so that it can
//! report every problem at once; a test checks that it accepts exactly what these serde
//! types accept, so the schema, the types and the loader cannot drift apart.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The schema version this tool reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The report manifest (`input/report.json`): what the report is, for whom, and which
/// section files it is made of, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Jaarverslag manifest")]
pub struct ReportFile {
    /// Where the editor finds this schema, e.g. "../schema/report.schema.json".
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub schema: Option<String>,
    /// Version of this file format. Must be 1.
    #[schemars(range(min = 1, max = 1))]
    pub schema_version: u32,
    /// The organisation that publishes the report, e.g. "W13".
    #[schemars(length(min = 1))]
    pub organisation: String,
    /// Title on the cover, e.g. "Regierol sociale economie en werk".
    #[schemars(length(min = 1))]
    pub title: String,
    /// Subtitle on the cover, e.g. "Jaarverslag 2023".
    #[schemars(length(min = 1))]
    pub subtitle: String,
    /// The year the report is about, e.g. 2023.
    #[schemars(range(min = 1900, max = 2200))]
    pub year: i32,
    /// Language of the text as a BCP 47 tag: "nl-BE".
    #[schemars(pattern(r"^nl(-[A-Z]{2})?$"))]
    pub language: String,
    /// The region, e.g. "Zuid-West-Vlaanderen".
    #[schemars(length(min = 1))]
    pub region: String,
    /// Publication date as YYYY-MM-DD. It is also the date stamped in the documents.
    #[schemars(pattern(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub publication_date: String,
    /// The municipalities of the region; each gets a version of its own.
    pub municipalities: Vec<MunicipalityEntry>,
    /// Blocks shown before the first section.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub introduction: Vec<BlockEntry>,
    /// The section files, in reading order, relative to this file (e.g. "sections/1-regierol.json").
    #[schemars(length(min = 1))]
    pub sections: Vec<String>,
}

/// A municipality of the region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityEntry {
    /// File-safe id: lowercase letters, digits and single hyphens, e.g. "spiere-helkijn". Used in file names and in "concerns"/"only_for".
    #[schemars(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 40))]
    pub id: String,
    /// The name as printed, e.g. "Spiere-Helkijn".
    #[schemars(length(min = 1))]
    pub name: String,
}

/// One policy priority section (`input/sections/*.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Jaarverslag section")]
pub struct SectionFile {
    /// Where the editor finds this schema, e.g. "../../schema/section.schema.json".
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "String")]
    pub schema: Option<String>,
    /// The priority's code, e.g. "WSE-LR1". Unique within the report; its lowercase form ("wse-lr1") is the link target of the section.
    #[schemars(pattern(r"^[A-Za-z0-9][A-Za-z0-9-]*$"))]
    pub code: String,
    /// The priority's number, shown before the title: "1. …".
    pub number: u32,
    /// The priority's title, without number and code.
    #[schemars(length(min = 1))]
    pub title: String,
    /// The content, in reading order.
    pub blocks: Vec<BlockEntry>,
}

/// A block of content. The field "type" says which kind.
///
/// Text fields use a small inline markup: **bold**, *italic*, [label](https://…) or
/// [label](#anchor), {date:2023-05-12}, {number:1234.5}, {municipality}; a backslash
/// escapes a markup character (written "\\*" in JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum BlockEntry {
    /// A heading inside a section: level 2 for a topic, 3 for a sub-topic (the section title is level 1).
    Heading {
        /// 2 or 3; a heading may not skip a level.
        #[schemars(range(min = 2, max = 3))]
        level: u8,
        /// The heading text (inline markup allowed).
        #[schemars(length(min = 1))]
        text: String,
        /// Link target for [label](#id); by default made from the text ("Capacity building" → "capacity-building").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
        id: Option<String>,
        /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        concerns: Vec<String>,
        /// Municipality ids whose versions alone show this content.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        only_for: Vec<String>,
    },
    /// A paragraph of running text.
    Paragraph {
        /// The text (inline markup allowed).
        #[schemars(length(min = 1))]
        text: String,
        /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        concerns: Vec<String>,
        /// Municipality ids whose versions alone show this content.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        only_for: Vec<String>,
        /// The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its sentence that names the municipality.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        summary: Option<String>,
    },
    /// A bulleted list.
    BulletList {
        /// The items: text, or an object with text, nested items and scope.
        #[schemars(length(min = 1))]
        items: Vec<ItemEntry>,
        /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        concerns: Vec<String>,
        /// Municipality ids whose versions alone show this content.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        only_for: Vec<String>,
        /// The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its sentence that names the municipality.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        summary: Option<String>,
    },
    /// A numbered list; numbering starts at 1 for every list.
    NumberedList {
        /// The items: text, or an object with text, nested items and scope.
        #[schemars(length(min = 1))]
        items: Vec<ItemEntry>,
        /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        concerns: Vec<String>,
        /// Municipality ids whose versions alone show this content.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        only_for: Vec<String>,
        /// The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its sentence that names the municipality.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        summary: Option<String>,
    },
    /// A table with header rows, column widths and alignment.
    Table {
        /// Names the table, for a chart that draws its numbers ("table": "…" in the chart).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        id: Option<String>,
        /// Caption shown above the table (inline markup allowed).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        caption: Option<String>,
        /// One entry per column.
        #[schemars(length(min = 1))]
        columns: Vec<ColumnEntry>,
        /// Header rows, repeated on every page; each with one cell per column.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        header: Vec<Vec<CellEntry>>,
        /// Body rows: a list of cells, or an object with cells and scope.
        #[schemars(length(min = 1))]
        rows: Vec<RowEntry>,
        /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        concerns: Vec<String>,
        /// Municipality ids whose versions alone show this content.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        only_for: Vec<String>,
        /// The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its sentence that names the municipality.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        summary: Option<String>,
    },
    /// A picture (PNG, JPEG or SVG), centred, with a description for readers who cannot see it and an optional numbered caption under it ("Figuur 1. …").
    Image {
        /// The picture file, relative to the input folder, e.g. "images/opleiding.jpg".
        #[schemars(length(min = 1))]
        file: String,
        /// What the picture shows, in a sentence, for readers who cannot see it (read aloud by screen readers). Required unless "decorative" is true.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        alt: Option<String>,
        /// true for a picture that only decorates and says nothing the text needs: screen readers skip it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decorative: Option<bool>,
        /// Caption shown under the picture, numbered "Figuur N." (inline markup allowed).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        caption: Option<String>,
        /// The part of the text width the picture takes, from 0.05 to 1 (default 1, the whole width).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "f64", range(min = 0.05, max = 1))]
        width: Option<f64>,
        /// The width in millimetres instead (at most the text width).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "f64", range(min = 5, max = 1000))]
        width_mm: Option<f64>,
        /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        concerns: Vec<String>,
        /// Municipality ids whose versions alone show this content.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        only_for: Vec<String>,
        /// The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its caption.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        summary: Option<String>,
    },
    /// A chart drawn from numbers: bars, columns, a line or a pie; a native, editable chart in Word.
    Chart {
        /// "bar" (horizontal bars), "column" (vertical bars), "line" or "pie".
        kind: ChartKindEntry,
        /// The title shown above the chart.
        #[schemars(length(min = 1))]
        title: String,
        /// Series stacked on each other instead of side by side (bar and column only).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        stacked: Option<bool>,
        /// The names along the category axis, e.g. ["12 mei", "9 oktober"].
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(length(min = 1))]
        categories: Vec<String>,
        /// The numbers: each series has a name and one value per category.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(length(min = 1, max = 6))]
        series: Vec<SeriesEntry>,
        /// Instead of categories and series: the id of a table in this file, whose first column gives the categories and each further column a series.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        table: Option<String>,
        /// The title of the category axis.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        x_label: Option<String>,
        /// The title of the value axis.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        y_label: Option<String>,
        /// What the chart shows, for readers who cannot see it; by default it is written from the data.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        alt: Option<String>,
        /// Caption shown under the chart, numbered "Figuur N." (inline markup allowed).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        caption: Option<String>,
        /// true to show the chart's numbers as a table under it as well.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        data_table: Option<bool>,
        /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        concerns: Vec<String>,
        /// Municipality ids whose versions alone show this content.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        only_for: Vec<String>,
        /// The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its caption or title.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        summary: Option<String>,
    },
    /// Two to four large numbers in a row, each with what it counts ("40 deelnemers").
    KeyFigures {
        /// The figures, two to four.
        #[schemars(length(min = 2, max = 4))]
        items: Vec<KeyFigureEntry>,
        /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        concerns: Vec<String>,
        /// Municipality ids whose versions alone show this content.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
        only_for: Vec<String>,
        /// The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its figures.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "String", length(min = 1))]
        summary: Option<String>,
    },
}

/// How a chart shows its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChartKindEntry {
    Bar,
    Column,
    Line,
    Pie,
}

/// One series of a chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SeriesEntry {
    /// The series' name, shown in the legend.
    #[schemars(length(min = 1))]
    pub name: String,
    /// One number per category.
    pub values: Vec<f64>,
}

/// One key figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyFigureEntry {
    /// The number: 40, or a short text such as "95 %" (at most 12 characters).
    pub value: KeyValueEntry,
    /// What it counts, in a few words: "deelnemers".
    #[schemars(length(min = 1, max = 60))]
    pub label: String,
}

/// A key figure's value: a number (written the Dutch way) or a short text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum KeyValueEntry {
    Number(f64),
    Text(String),
}

/// A table cell: text with inline markup, or a number (written the Dutch way, and read by charts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum CellEntry {
    Text(String),
    Number(f64),
}

/// A list item: its text, or an object for nested items or a scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ItemEntry {
    Text(String),
    Full(ItemObject),
}

/// A list item with nested items or a scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemObject {
    /// The item's text (inline markup allowed).
    #[schemars(length(min = 1))]
    pub text: String,
    /// Nested items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemEntry>,
    /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
    pub concerns: Vec<String>,
    /// Municipality ids whose versions alone show this content.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
    pub only_for: Vec<String>,
}

/// A table column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ColumnEntry {
    /// Relative width (default 1): a column of width 2 is twice as wide as one of width 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "f64", range(min = 0.01, max = 1000))]
    pub width: Option<f64>,
    /// Alignment of the column's cells (default "left").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "AlignEntry")]
    pub align: Option<AlignEntry>,
}

/// How the cells of a column are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AlignEntry {
    Left,
    Center,
    Right,
}

/// A table row: its cells, or an object with cells and a scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum RowEntry {
    Cells(Vec<CellEntry>),
    Full(RowObject),
}

/// A table row with a scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RowObject {
    /// One cell per column (inline markup allowed, or a number).
    pub cells: Vec<CellEntry>,
    /// Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
    pub concerns: Vec<String>,
    /// Municipality ids whose versions alone show this content.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$")), length(min = 1))]
    pub only_for: Vec<String>,
}

/// The JSON Schema of the manifest or of a section file, as pretty JSON with a final newline.
/// Its descriptions, which an editor shows on hovering over a field, are in the user's
/// language: the doc comments above are the English, `locales/nl/schema.ftl` their Dutch.
pub fn schema_json(kind: SchemaKind) -> String {
    let mut schema = serde_json::to_value(english_schema(kind)).expect("a schema is always serialisable");
    if crate::i18n::language() == crate::i18n::Lang::Nl {
        translate_descriptions(&mut schema);
    }
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is always serialisable");
    text.push('\n');
    text
}

fn english_schema(kind: SchemaKind) -> schemars::Schema {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    match kind {
        SchemaKind::Report => generator.into_root_schema_for::<ReportFile>(),
        SchemaKind::Section => generator.into_root_schema_for::<SectionFile>(),
    }
}

/// The Dutch of an English description is found by a key of its English text, so a doc
/// comment that changes needs its Dutch written again (a test says which).
fn description_id(english: &str) -> String {
    format!("schema-{}", &blake3::hash(english.as_bytes()).to_hex()[..8])
}

fn translate_descriptions(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(english)) = map.get("description")
                && let Some(dutch) = crate::i18n::lookup(crate::i18n::Lang::Nl, &description_id(english), &[])
            {
                map.insert("description".into(), serde_json::Value::String(dutch));
            }
            map.values_mut().for_each(translate_descriptions);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(translate_descriptions),
        _ => {}
    }
}

/// The fields of the objects of the input files, read once from the schema types above: the
/// one description of what an object may hold, which the decoder checks against. By schema
/// name (`ReportFile`, `SectionFile`, `SeriesEntry`, …), and `block:<type>` for each block
/// type (`block:paragraph`).
pub fn fields(name: &str) -> &'static [&'static str] {
    object_fields()
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .unwrap_or_else(|| panic!("no schema type {name}: format.rs and the decoder name it differently"))
}

/// The block types, in the order the schema lists them.
pub fn block_types() -> &'static [&'static str] {
    static TYPES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        object_fields().iter().filter_map(|(n, _)| n.strip_prefix("block:")).collect()
    });
    &TYPES
}

type Fields = Vec<(&'static str, &'static [&'static str])>;

fn object_fields() -> &'static Fields {
    static FIELDS: std::sync::LazyLock<Fields> = std::sync::LazyLock::new(|| {
        let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
        let keys = |schema: &serde_json::Value| -> &'static [&'static str] {
            let keys: Vec<&'static str> = schema["properties"]
                .as_object()
                .map(|p| p.keys().map(|k| leak(k)).collect())
                .unwrap_or_default();
            Box::leak(keys.into_boxed_slice())
        };
        let mut out = Fields::new();
        for (root, kind) in [("ReportFile", SchemaKind::Report), ("SectionFile", SchemaKind::Section)] {
            let schema: serde_json::Value = serde_json::from_str(&schema_json(kind)).expect("our own schema");
            out.push((root, keys(&schema)));
            for (name, definition) in schema["definitions"].as_object().into_iter().flatten() {
                if out.iter().any(|(n, _)| n == name) {
                    continue;
                }
                out.push((leak(name), keys(definition)));
                for variant in definition["oneOf"].as_array().into_iter().flatten() {
                    if let Some(block) = variant["properties"]["type"]["const"].as_str() {
                        out.push((leak(&format!("block:{block}")), keys(variant)));
                    }
                }
            }
        }
        out
    });
    &FIELDS
}

/// Which of the two file kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    Report,
    Section,
}

impl SchemaKind {
    /// File name under `schema/`.
    pub fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Report => "report.schema.json",
            SchemaKind::Section => "section.schema.json",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every description of both schemas, in English, in the order they first appear.
    fn schema_descriptions() -> Vec<String> {
        fn collect(value: &serde_json::Value, out: &mut Vec<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    if let Some(serde_json::Value::String(text)) = map.get("description")
                        && !out.contains(text)
                    {
                        out.push(text.clone());
                    }
                    map.values().for_each(|v| collect(v, out));
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        for kind in [SchemaKind::Report, SchemaKind::Section] {
            collect(&serde_json::to_value(english_schema(kind)).expect("serialisable"), &mut out);
        }
        out
    }

    /// Each description VS Code shows has its Dutch in `locales/nl/schema.ftl`, found by the
    /// key of its English; a changed doc comment (a new key) fails here until it is translated,
    /// and a translation of a text that is gone fails too.
    #[test]
    fn every_schema_description_has_its_dutch_and_no_dutch_is_stale() {
        let (_, text) = crate::i18n::NL.iter().find(|(file, _)| *file == "schema.ftl").expect("schema.ftl");
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
            let lines: Vec<usize> =
                errors.iter().map(|e| text[..e.pos.start].matches('\n').count() + 1).collect();
            panic!("locales/nl/schema.ftl does not parse, at lines {lines:?}: {errors:?}")
        });
        let ids: Vec<String> = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        let descriptions = schema_descriptions();
        let missing: Vec<String> = descriptions
            .iter()
            .filter(|english| !ids.contains(&description_id(english)))
            .map(|english| format!("{} = {english}", description_id(english)))
            .collect();
        assert!(
            missing.is_empty(),
            "descriptions without their Dutch in locales/nl/schema.ftl:\n{}",
            missing.join("\n")
        );
        let wanted: Vec<String> = descriptions.iter().map(|d| description_id(d)).collect();
        let stale: Vec<&String> = ids.iter().filter(|id| !wanted.contains(id)).collect();
        assert!(stale.is_empty(), "Dutch for descriptions that are gone: {stale:?}");
    }

    #[test]
    fn the_schema_is_in_dutch_by_default() {
        let schema = schema_json(SchemaKind::Section);
        assert!(!schema.contains("A paragraph of running text."), "{schema}");
    }
}
