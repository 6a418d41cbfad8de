//! A small XML writer: elements are written in the order the code calls them, so each part's
//! schema order is the order of the code that writes it (and `tests/docx.rs` checks it
//! against the OOXML schemas). Text and attribute values are escaped here, nowhere else.

pub struct Xml {
    out: String,
}

/// Attributes, written in the order given.
pub type Attributes<'a> = &'a [(&'a str, &'a str)];

pub const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

impl Xml {
    pub fn new() -> Self {
        Xml { out: String::from(DECLARATION) }
    }

    pub fn open(&mut self, name: &str, attributes: Attributes<'_>) {
        self.tag(name, attributes);
        self.out.push('>');
    }

    pub fn close(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    pub fn empty(&mut self, name: &str, attributes: Attributes<'_>) {
        self.tag(name, attributes);
        self.out.push_str("/>");
    }

    /// `<name>text</name>`.
    pub fn element(&mut self, name: &str, attributes: Attributes<'_>, text: &str) {
        self.open(name, attributes);
        self.text(text);
        self.close(name);
    }

    /// `<name w:val="value"/>`, the commonest WordprocessingML element.
    pub fn val(&mut self, name: &str, value: &str) {
        self.empty(name, &[("w:val", value)]);
    }

    pub fn text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                // XML 1.0 forbids other control characters; the input reader refuses them.
                c if c < ' ' && !matches!(c, '\t' | '\n' | '\r') => {}
                c => self.out.push(c),
            }
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn tag(&mut self, name: &str, attributes: Attributes<'_>) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            for c in value.chars() {
                match c {
                    '&' => self.out.push_str("&amp;"),
                    '<' => self.out.push_str("&lt;"),
                    '"' => self.out.push_str("&quot;"),
                    '\t' => self.out.push_str("&#9;"),
                    '\n' => self.out.push_str("&#10;"),
                    '\r' => self.out.push_str("&#13;"),
                    c if c < ' ' => {}
                    c => self.out.push(c),
                }
            }
            self.out.push('"');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut xml = Xml::new();
        xml.open("a", &[("href", "x?a=1&b=\"2\"<")]);
        xml.text("1 < 2 & 3 > 2\u{1}");
        xml.close("a");
        assert_eq!(
            xml.finish().trim_start_matches(DECLARATION),
            r#"<a href="x?a=1&amp;b=&quot;2&quot;&lt;">1 &lt; 2 &amp; 3 &gt; 2</a>"#
        );
    }
}
