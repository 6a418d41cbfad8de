//! The OPC package: parts, their content types and relationships, zipped with deflate.
//!
//! Every part added here gets a content type and is the target of a relationship, and
//! nothing else goes in, so the package has no dead parts. The zip entries carry a fixed
//! date and fixed permissions, in the order the parts were added: the same parts give the
//! same bytes.

use std::io::Write as _;

use super::xml::Xml;

pub const RELATIONSHIPS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const RELATIONSHIP_TYPE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// What a relationship says its target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    OfficeDocument,
    CoreProperties,
    ExtendedProperties,
    Styles,
    Numbering,
    Settings,
    Header,
    Footer,
    Hyperlink,
    Image,
    Chart,
    /// An embedded package: a chart's workbook.
    Package,
    Worksheet,
    /// A custom XML part (ours: where the blocks come from), and its properties.
    CustomXml,
    CustomXmlProperties,
}

impl Kind {
    fn uri(self) -> String {
        let name = match self {
            Kind::CoreProperties => {
                return "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                    .into();
            }
            Kind::OfficeDocument => "officeDocument",
            Kind::ExtendedProperties => "extended-properties",
            Kind::Styles => "styles",
            Kind::Numbering => "numbering",
            Kind::Settings => "settings",
            Kind::Header => "header",
            Kind::Footer => "footer",
            Kind::Hyperlink => "hyperlink",
            Kind::Image => "image",
            Kind::Chart => "chart",
            Kind::Package => "package",
            Kind::Worksheet => "worksheet",
            Kind::CustomXml => "customXml",
            Kind::CustomXmlProperties => "customXmlProps",
        };
        format!("{RELATIONSHIP_TYPE}/{name}")
    }
}

struct Relationship {
    id: String,
    kind: Kind,
    target: String,
    external: bool,
}

struct Part {
    /// Without a leading slash: `word/document.xml`.
    name: String,
    content_type: &'static str,
    data: Vec<u8>,
    relationships: Vec<Relationship>,
}

#[derive(Default)]
pub struct Package {
    parts: Vec<Part>,
    /// The package's own relationships (`_rels/.rels`).
    relationships: Vec<Relationship>,
}

impl Package {
    /// Adds a part, related from the package itself (`from` = `None`) or from part `from`.
    pub fn add(
        &mut self,
        from: Option<&str>,
        id: &str,
        kind: Kind,
        name: &str,
        content_type: &'static str,
        data: impl Into<Vec<u8>>,
    ) {
        let source_dir = from.and_then(|f| f.rsplit_once('/')).map_or("", |(dir, _)| dir);
        let target = relative_to(source_dir, name);
        self.relate(from, Relationship { id: id.to_owned(), kind, target, external: false });
        self.parts.push(Part {
            name: name.to_owned(),
            content_type,
            data: data.into(),
            relationships: Vec::new(),
        });
    }

    /// A relationship from part `from` to a web address.
    pub fn link(&mut self, from: &str, id: &str, url: &str) {
        let relationship =
            Relationship { id: id.to_owned(), kind: Kind::Hyperlink, target: url.to_owned(), external: true };
        self.relate(Some(from), relationship);
    }

    fn relate(&mut self, from: Option<&str>, relationship: Relationship) {
        match from {
            None => self.relationships.push(relationship),
            Some(from) => match self.parts.iter_mut().find(|p| p.name == from) {
                Some(part) => part.relationships.push(relationship),
                None => panic!("part {from} is added before what it relates to"),
            },
        }
    }

    /// The zip: `[Content_Types].xml`, the package relationships, then each part followed
    /// by its relationships.
    pub fn finish(self) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644);
        let mut entry = |name: &str, data: &[u8]| {
            // PNG, JPEG and a workbook are compressed already: stored as they are.
            let compressed = [".png", ".jpeg", ".xlsx"].iter().any(|end| name.ends_with(end));
            let options =
                if compressed { options.compression_method(zip::CompressionMethod::Stored) } else { options };
            zip.start_file(name, options).expect("a zip entry in memory");
            zip.write_all(data).expect("writing to memory");
        };
        entry("[Content_Types].xml", self.content_types().as_bytes());
        entry("_rels/.rels", relationships_xml(&self.relationships).as_bytes());
        for part in &self.parts {
            entry(&part.name, &part.data);
            if !part.relationships.is_empty() {
                let (dir, file) = part.name.rsplit_once('/').unwrap_or(("", &part.name));
                let name = if dir.is_empty() {
                    format!("_rels/{file}.rels")
                } else {
                    format!("{dir}/_rels/{file}.rels")
                };
                entry(&name, relationships_xml(&part.relationships).as_bytes());
            }
        }
        zip.finish().expect("finishing a zip in memory").into_inner()
    }

    fn content_types(&self) -> String {
        let mut x = Xml::new();
        x.open("Types", &[("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]);
        x.empty(
            "Default",
            &[
                ("Extension", "rels"),
                ("ContentType", "application/vnd.openxmlformats-package.relationships+xml"),
            ],
        );
        x.empty("Default", &[("Extension", "xml"), ("ContentType", "application/xml")]);
        for part in &self.parts {
            x.empty(
                "Override",
                &[("PartName", &format!("/{}", part.name)), ("ContentType", part.content_type)],
            );
        }
        x.close("Types");
        x.finish()
    }
}

/// The path of part `name` as seen from folder `dir` of the package: `media/1.png` from
/// `word`, `../embeddings/1.xlsx` from `word/charts`.
fn relative_to(dir: &str, name: &str) -> String {
    let from: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = name.split('/').collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = vec![".."; from.len() - common];
    parts.extend(&to[common..]);
    parts.join("/")
}

fn relationships_xml(relationships: &[Relationship]) -> String {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", RELATIONSHIPS_NS)]);
    for r in relationships {
        let kind = r.kind.uri();
        let mut attributes =
            vec![("Id", r.id.as_str()), ("Type", kind.as_str()), ("Target", r.target.as_str())];
        if r.external {
            attributes.push(("TargetMode", "External"));
        }
        x.empty("Relationship", &attributes);
    }
    x.close("Relationships");
    x.finish()
}

#[cfg(test)]
mod tests {
    #[test]
    fn targets_are_relative_to_the_relating_part() {
        assert_eq!(super::relative_to("", "word/document.xml"), "word/document.xml");
        assert_eq!(super::relative_to("word", "word/media/1.png"), "media/1.png");
        assert_eq!(super::relative_to("word/charts", "word/embeddings/1.xlsx"), "../embeddings/1.xlsx");
    }
}
