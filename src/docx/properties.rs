//! docProps/core.xml, docProps/app.xml and word/settings.xml: what the document says about
//! itself (the same [`DocumentInfo`] as the PDF's metadata) and how Word treats it.

use super::styles::MAIN_NS;
use super::xml::Xml;
use crate::model::DocumentInfo;

pub fn core(p: &DocumentInfo) -> String {
    let d = p.date;
    // ISO 8601 from the publication date: no clock is read.
    let date = format!("{:04}-{:02}-{:02}T00:00:00Z", d.year, d.month, d.day);
    let mut x = Xml::new();
    x.open(
        "cp:coreProperties",
        &[
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:dcmitype", "http://purl.org/dc/dcmitype/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    );
    x.element("dc:title", &[], &p.title);
    x.element("dc:subject", &[], &p.subject);
    x.element("dc:creator", &[], &p.author);
    x.element("cp:keywords", &[], &p.keywords.join("; "));
    x.element("dc:description", &[], &p.description);
    x.element("cp:lastModifiedBy", &[], &p.author);
    x.element("cp:revision", &[], "1");
    x.element("dc:language", &[], &p.language);
    x.element("dcterms:created", &[("xsi:type", "dcterms:W3CDTF")], &date);
    x.element("dcterms:modified", &[("xsi:type", "dcterms:W3CDTF")], &date);
    x.close("cp:coreProperties");
    x.finish()
}

pub fn app(p: &DocumentInfo) -> String {
    let mut x = Xml::new();
    x.open(
        "Properties",
        &[
            ("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
            ("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
        ],
    );
    x.element("Application", &[], concat!("jaarverslag ", env!("CARGO_PKG_VERSION")));
    x.element("Company", &[], &p.author);
    x.close("Properties");
    x.finish()
}

/// Automatic hyphenation on (as in the PDF), Dutch number punctuation, Word 2013+ layout.
pub fn settings(language: &str) -> String {
    let mut x = Xml::new();
    x.open("w:settings", &[("xmlns:w", MAIN_NS)]);
    x.empty("w:zoom", &[("w:percent", "100")]);
    x.val("w:defaultTabStop", "709");
    x.val("w:autoHyphenation", "true");
    x.val("w:hyphenationZone", "357");
    x.val("w:characterSpacingControl", "doNotCompress");
    x.open("w:compat", &[]);
    x.empty(
        "w:compatSetting",
        &[
            ("w:name", "compatibilityMode"),
            ("w:uri", "http://schemas.microsoft.com/office/word"),
            ("w:val", "15"),
        ],
    );
    x.close("w:compat");
    x.val("w:themeFontLang", language);
    x.val("w:decimalSymbol", ",");
    x.val("w:listSeparator", ";");
    x.close("w:settings");
    x.finish()
}
