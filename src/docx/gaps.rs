//! What docx-rs does not write, completed on the parts it builds.
//!
//! The gaps, and how each is filled:
//! 1. No `w:tblHeader` (repeat header rows on every page): header rows carry a marker row
//!    height, replaced here by `<w:tblHeader/>`.
//! 2. No `w:lang`: the document default language (nl-BE, for Word's spelling check) is added
//!    to `w:rPrDefault` in styles.xml.
//! 3. Its own empty "Normal" style is not marked as the default paragraph style, and cannot
//!    carry the body text's alignment and colour: both are written into it here.
//! 4. No title, subject, creator, keywords in docProps/core.xml ("unknown" author), no
//!    Company in app.xml: both parts are written here.
//! 5. settings.xml carries East-Asian layout flags and no language or field-update settings:
//!    it is written here.
//! 6. Non-deterministic bytes: `w14:paraId` from a thread-local counter (removed: the
//!    attribute is optional), relationships in hash-map order (sorted), custom.xml from a
//!    hash map (written empty).
//! 7. Field instructions (`w:instrText`) without `xml:space="preserve"`, so their
//!    surrounding spaces may be dropped: the attribute is added.
//! 8. `w:gridCol` with a `w:type` attribute the schema does not have: removed.
//! 9. Child elements out of schema order in pPr, rPr, style, tblPr, trPr, tcPr, sectPr,
//!    lvl …, which Word may refuse ("unreadable content"): reordered to ECMA-376 order.
//!
//! The TOC is built by hand in `mod.rs` (docx-rs's own wraps it in `w:sdt`, which LibreOffice
//! shows as field code, and draws ids from global counters), and lists use numbering ids from
//! 10 up because docx-rs always writes numbering 1 itself.

use docx_rs::{HeightRule, TableRow, XMLDocx};

use crate::model::DocumentInfo;
use crate::theme::Theme;

/// The marker row height of header rows (in twips); no real row is 1 twip high.
const HEADER_MARKER: &str = r#"<w:trHeight w:val="1" w:hRule="atLeast" />"#;

pub fn mark_header_row(row: TableRow) -> TableRow {
    row.row_height(1.0).height_rule(HeightRule::AtLeast)
}

/// Completes the parts and packs the DOCX.
pub fn complete(mut xml: XMLDocx, properties: &DocumentInfo, theme: &Theme) -> Vec<u8> {
    let fix = |bytes: &[u8]| reorder(&strip_para_ids(&String::from_utf8_lossy(bytes))).into_bytes();
    let document = String::from_utf8_lossy(&xml.document)
        .replace(HEADER_MARKER, "<w:tblHeader />")
        .replace("<w:instrText>", r#"<w:instrText xml:space="preserve">"#);
    xml.document = fix(strip_grid_col_type(&document).as_bytes());
    // The styles are completed after a first reordering, whose output our patterns match.
    let ordered = String::from_utf8(fix(&xml.styles)).unwrap_or_default();
    xml.styles = fix(styles(&ordered, &properties.language, theme).as_bytes());
    xml.numberings = fix(&xml.numberings);
    let preserve = |part: &Vec<u8>| {
        fix(String::from_utf8_lossy(part)
            .replace("<w:instrText>", r#"<w:instrText xml:space="preserve">"#)
            .as_bytes())
    };
    xml.headers = xml.headers.iter().map(preserve).collect();
    xml.footers = xml.footers.iter().map(preserve).collect();
    xml.settings = settings(&properties.language).into_bytes();
    xml.document_rels = sort_relationships(&String::from_utf8_lossy(&xml.document_rels)).into_bytes();
    xml.doc_props.core = core(properties).into_bytes();
    xml.doc_props.app = app(properties).into_bytes();
    xml.doc_props.custom = CUSTOM.as_bytes().to_vec();
    let mut buffer = std::io::Cursor::new(Vec::new());
    xml.pack(&mut buffer).expect("writing a zip into memory cannot fail");
    buffer.into_inner()
}

pub fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn styles(xml: &str, language: &str, theme: &Theme) -> String {
    let lang =
        format!(r#"<w:lang w:val="{0}" w:eastAsia="{0}" w:bidi="ar-SA" />"#, escape_attribute(language));
    let xml = xml.replacen("<w:rPrDefault><w:rPr>", &format!("<w:rPrDefault><w:rPr>{lang}"), 1);
    let body = &theme.styles.body;
    let align = if body.justify { "both" } else { "left" };
    let normal = format!(
        r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal" /><w:qFormat /><w:pPr><w:widowControl /><w:jc w:val="{align}" /></w:pPr><w:rPr><w:color w:val="{}" /></w:rPr></w:style>"#,
        escape_attribute(&body.color)
    );
    let empty_normal = r#"<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal" /><w:qFormat /><w:pPr><w:rPr /></w:pPr><w:rPr /></w:style>"#;
    debug_assert!(xml.contains(empty_normal), "docx-rs writes the Normal style we replace");
    xml.replacen(empty_normal, &normal, 1)
}

/// `w:gridCol` has only `w:w`; docx-rs adds a `w:type` that the schema does not allow.
fn strip_grid_col_type(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find("<w:gridCol ") {
        let end = rest[start..].find("/>").map_or(rest.len(), |e| start + e + 2);
        out.push_str(&rest[..start]);
        out.push_str(&rest[start..end].replace(r#" w:type="dxa""#, ""));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn strip_para_ids(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find(" w14:paraId=\"") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 13..];
        rest = after.find('"').map_or("", |end| &after[end + 1..]);
    }
    out.push_str(rest);
    out
}

fn sort_relationships(xml: &str) -> String {
    let (Some(first), Some(end)) = (xml.find("<Relationship "), xml.rfind("</Relationships>")) else {
        return xml.to_owned();
    };
    let mut relationships: Vec<&str> =
        xml[first..end].split_inclusive("/>").map(str::trim).filter(|r| !r.is_empty()).collect();
    relationships.sort_by_key(|r| relationship_id(r));
    format!("{}{}{}", &xml[..first], relationships.concat(), &xml[end..])
}

/// Sort key: `rId3` before `rId10`, then the others by name.
fn relationship_id(relationship: &str) -> (String, usize, String) {
    let id = relationship.split("Id=\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or("");
    let prefix: String = id.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let number = id[prefix.len()..].parse().unwrap_or(0);
    (prefix, number, id.to_owned())
}

const CUSTOM: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>"#;

fn core(p: &DocumentInfo) -> String {
    let d = p.date;
    // ISO 8601 from the publication date: no clock is read.
    let date = format!("{:04}-{:02}-{:02}T00:00:00Z", d.year, d.month, d.day);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><cp:keywords>{}</cp:keywords><dc:description>{}</dc:description><cp:lastModifiedBy>{}</cp:lastModifiedBy><cp:revision>1</cp:revision><dc:language>{}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{}</dcterms:modified></cp:coreProperties>"#,
        escape_text(&p.title),
        escape_text(&p.subject),
        escape_text(&p.author),
        escape_text(&p.keywords.join("; ")),
        escape_text(&p.description),
        escape_text(&p.author),
        escape_text(&p.language),
        date,
        date,
    )
}

fn app(p: &DocumentInfo) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>jaarverslag {}</Application><Company>{}</Company></Properties>"#,
        env!("CARGO_PKG_VERSION"),
        escape_text(&p.author),
    )
}

fn settings(language: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100" /><w:defaultTabStop w:val="709" /><w:autoHyphenation w:val="true" /><w:hyphenationZone w:val="357" /><w:characterSpacingControl w:val="doNotCompress" /><w:themeFontLang w:val="{}" /><w:decimalSymbol w:val="," /><w:listSeparator w:val=";" /><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15" /></w:compat></w:settings>"#,
        escape_attribute(language)
    )
}

/// ECMA-376 child order of the elements docx-rs writes out of order.
const ORDER: &[(&str, &[&str])] = &[
    (
        "w:pPr",
        &[
            "w:pStyle",
            "w:keepNext",
            "w:keepLines",
            "w:pageBreakBefore",
            "w:framePr",
            "w:widowControl",
            "w:numPr",
            "w:suppressLineNumbers",
            "w:pBdr",
            "w:shd",
            "w:tabs",
            "w:suppressAutoHyphens",
            "w:kinsoku",
            "w:wordWrap",
            "w:overflowPunct",
            "w:topLinePunct",
            "w:autoSpaceDE",
            "w:autoSpaceDN",
            "w:bidi",
            "w:adjustRightInd",
            "w:snapToGrid",
            "w:spacing",
            "w:ind",
            "w:contextualSpacing",
            "w:mirrorIndents",
            "w:suppressOverlap",
            "w:jc",
            "w:textDirection",
            "w:textAlignment",
            "w:textboxTightWrap",
            "w:outlineLvl",
            "w:divId",
            "w:cnfStyle",
            "w:rPr",
            "w:sectPr",
            "w:pPrChange",
        ],
    ),
    (
        "w:rPr",
        &[
            "w:rStyle",
            "w:rFonts",
            "w:b",
            "w:bCs",
            "w:i",
            "w:iCs",
            "w:caps",
            "w:smallCaps",
            "w:strike",
            "w:dstrike",
            "w:outline",
            "w:shadow",
            "w:emboss",
            "w:imprint",
            "w:noProof",
            "w:snapToGrid",
            "w:vanish",
            "w:webHidden",
            "w:color",
            "w:spacing",
            "w:w",
            "w:kern",
            "w:position",
            "w:sz",
            "w:szCs",
            "w:highlight",
            "w:u",
            "w:effect",
            "w:bdr",
            "w:shd",
            "w:fitText",
            "w:vertAlign",
            "w:rtl",
            "w:cs",
            "w:em",
            "w:lang",
            "w:eastAsianLayout",
            "w:specVanish",
            "w:oMath",
        ],
    ),
    (
        "w:style",
        &[
            "w:name",
            "w:aliases",
            "w:basedOn",
            "w:next",
            "w:link",
            "w:autoRedefine",
            "w:hidden",
            "w:uiPriority",
            "w:semiHidden",
            "w:unhideWhenUsed",
            "w:qFormat",
            "w:locked",
            "w:personal",
            "w:personalCompose",
            "w:personalReply",
            "w:rsid",
            "w:pPr",
            "w:rPr",
            "w:tblPr",
            "w:trPr",
            "w:tcPr",
            "w:tblStylePr",
        ],
    ),
    (
        "w:tblPr",
        &[
            "w:tblStyle",
            "w:tblpPr",
            "w:tblOverlap",
            "w:bidiVisual",
            "w:tblStyleRowBandSize",
            "w:tblStyleColBandSize",
            "w:tblW",
            "w:jc",
            "w:tblCellSpacing",
            "w:tblInd",
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
        ],
    ),
    (
        "w:trPr",
        &[
            "w:cnfStyle",
            "w:divId",
            "w:gridBefore",
            "w:gridAfter",
            "w:wBefore",
            "w:wAfter",
            "w:cantSplit",
            "w:trHeight",
            "w:tblHeader",
            "w:tblCellSpacing",
            "w:jc",
            "w:hidden",
        ],
    ),
    (
        "w:tcPr",
        &[
            "w:cnfStyle",
            "w:tcW",
            "w:gridSpan",
            "w:hMerge",
            "w:vMerge",
            "w:tcBorders",
            "w:shd",
            "w:noWrap",
            "w:tcMar",
            "w:textDirection",
            "w:tcFitText",
            "w:vAlign",
            "w:hideMark",
        ],
    ),
    (
        "w:sectPr",
        &[
            "w:headerReference",
            "w:footerReference",
            "w:footnotePr",
            "w:endnotePr",
            "w:type",
            "w:pgSz",
            "w:pgMar",
            "w:paperSrc",
            "w:pgBorders",
            "w:lnNumType",
            "w:pgNumType",
            "w:cols",
            "w:formProt",
            "w:vAlign",
            "w:noEndnote",
            "w:titlePg",
            "w:textDirection",
            "w:bidi",
            "w:rtlGutter",
            "w:docGrid",
            "w:printerSettings",
        ],
    ),
    (
        "w:lvl",
        &[
            "w:start",
            "w:numFmt",
            "w:lvlRestart",
            "w:pStyle",
            "w:isLgl",
            "w:suff",
            "w:lvlText",
            "w:lvlPicBulletId",
            "w:legacy",
            "w:lvlJc",
            "w:pPr",
            "w:rPr",
        ],
    ),
    (
        "w:abstractNum",
        &["w:nsid", "w:multiLevelType", "w:tmpl", "w:name", "w:styleLink", "w:numStyleLink", "w:lvl"],
    ),
    ("w:docDefaults", &["w:rPrDefault", "w:pPrDefault"]),
    ("w:tbl", &["w:tblPr", "w:tblGrid", "w:tr"]),
    ("w:tr", &["w:tblPrEx", "w:trPr", "w:tc"]),
    ("w:tc", &["w:tcPr"]),
    ("w:p", &["w:pPr"]),
    ("w:r", &["w:rPr"]),
    ("w:hyperlink", &[]),
];

/// A parsed XML node: a tag with children, or raw text/markup kept as it was.
enum Node<'a> {
    Element { open: &'a str, name: &'a str, children: Vec<Node<'a>>, close: &'a str },
    Raw(&'a str),
}

/// Puts the children of the elements in `ORDER` into schema order; everything else is kept
/// byte for byte. Element names not in an element's list keep their place after the known ones.
fn reorder(xml: &str) -> String {
    let mut pos = 0;
    let nodes = parse_nodes(xml, &mut pos);
    let mut out = String::with_capacity(xml.len());
    for node in &nodes {
        write_node(node, &mut out);
    }
    out.push_str(&xml[pos..]);
    out
}

fn parse_nodes<'a>(xml: &'a str, pos: &mut usize) -> Vec<Node<'a>> {
    let mut nodes = Vec::new();
    while *pos < xml.len() {
        let rest = &xml[*pos..];
        let Some(lt) = rest.find('<') else {
            nodes.push(Node::Raw(rest));
            *pos = xml.len();
            break;
        };
        if lt > 0 {
            nodes.push(Node::Raw(&rest[..lt]));
            *pos += lt;
            continue;
        }
        let Some(gt) = rest.find('>') else {
            nodes.push(Node::Raw(rest));
            *pos = xml.len();
            break;
        };
        let tag = &rest[..=gt];
        if tag.starts_with("</") {
            return nodes; // the caller consumes the closing tag
        }
        *pos += gt + 1;
        if tag.starts_with("<?") || tag.starts_with("<!") || tag.ends_with("/>") {
            if tag.ends_with("/>") && !tag.starts_with("<?") {
                let name = tag_name(tag);
                nodes.push(Node::Element { open: tag, name, children: Vec::new(), close: "" });
            } else {
                nodes.push(Node::Raw(tag));
            }
            continue;
        }
        let name = tag_name(tag);
        let children = parse_nodes(xml, pos);
        let rest = &xml[*pos..];
        let close_len = rest.find('>').map_or(rest.len(), |i| i + 1);
        let close = &rest[..close_len];
        *pos += close_len;
        nodes.push(Node::Element { open: tag, name, children, close });
    }
    nodes
}

fn tag_name(tag: &str) -> &str {
    let inner = tag.trim_start_matches('<');
    let end = inner.find(|c: char| c.is_whitespace() || c == '/' || c == '>').unwrap_or(inner.len());
    &inner[..end]
}

fn write_node(node: &Node<'_>, out: &mut String) {
    match node {
        Node::Raw(text) => out.push_str(text),
        Node::Element { open, name, children, close } => {
            out.push_str(open);
            let order = ORDER.iter().find(|(parent, _)| parent == name).map(|(_, order)| *order);
            let mut sorted: Vec<&Node<'_>> = children.iter().collect();
            if let Some(order) = order {
                let rank = |child: &&Node<'_>| match child {
                    Node::Element { name, .. } => order.iter().position(|o| o == name).unwrap_or(order.len()),
                    Node::Raw(_) => order.len(),
                };
                sorted.sort_by_key(rank);
            }
            for child in sorted {
                write_node(child, out);
            }
            out.push_str(close);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reorder_puts_children_in_schema_order_and_keeps_the_rest() {
        let xml = r#"<?xml version="1.0"?><w:p><w:pPr><w:rPr><w:sz w:val="2" /><w:rFonts w:ascii="A" /></w:rPr><w:jc w:val="left" /><w:pStyle w:val="X" /></w:pPr><w:r><w:t xml:space="preserve">a &amp; b</w:t></w:r></w:p>"#;
        assert_eq!(
            reorder(xml),
            r#"<?xml version="1.0"?><w:p><w:pPr><w:pStyle w:val="X" /><w:jc w:val="left" /><w:rPr><w:rFonts w:ascii="A" /><w:sz w:val="2" /></w:rPr></w:pPr><w:r><w:t xml:space="preserve">a &amp; b</w:t></w:r></w:p>"#
        );
    }

    #[test]
    fn para_ids_are_removed_and_relationships_sorted() {
        assert_eq!(strip_para_ids(r#"<w:p w14:paraId="0000000A" w:x="1">"#), r#"<w:p w:x="1">"#);
        let rels = r#"<Relationships><Relationship Id="rIdLink2" T="b" /><Relationship Id="rId10" T="c" /><Relationship Id="rId2" T="a" /></Relationships>"#;
        assert_eq!(
            sort_relationships(rels),
            r#"<Relationships><Relationship Id="rId2" T="a" /><Relationship Id="rId10" T="c" /><Relationship Id="rIdLink2" T="b" /></Relationships>"#
        );
    }
}
