//! A JSON value written into the text of a file in place of an older one, touching only
//! what differs: unchanged members and list entries keep their bytes, and the separators
//! between them; what is new is written in the file's own indentation.

use serde_json::Value;

use crate::input::json::{self, Node};

/// The text of `node` (in `text`, holding `old`) made to hold `new`.
pub fn rewrite(text: &str, node: &Node, old: &Value, new: &Value) -> String {
    let original = &text[node.span.clone()];
    if old == new {
        return original.to_owned();
    }
    let step = indent_step(text);
    match (&node.value, old, new) {
        (json::Value::Object(members), Value::Object(old_members), Value::Object(new_members))
            if members.len() == old_members.len() && same_order(old_members, new_members) =>
        {
            let mut entries: Vec<Entry> = Vec::new();
            for (member, (key, old_value)) in members.iter().zip(old_members) {
                if let Some(new_value) = new_members.get(key) {
                    let value = rewrite(text, &member.value, old_value, new_value);
                    let start = member.key_span.start;
                    let written = format!("{}{value}", &text[start..member.value.span.start]);
                    entries.push(Entry { source: Some((start, member.value.span.end)), text: written });
                }
            }
            let inner = match members.first() {
                Some(m) => indent_of(text, m.key_span.start),
                None => format!("{}{step}", indent_of(text, node.span.start)),
            };
            let inline =
                members.first().is_some_and(|m| !text[node.span.start..m.key_span.start].contains('\n'));
            for (key, value) in new_members.iter().filter(|(k, _)| !old_members.contains_key(*k)) {
                let key = serde_json::to_string(key).expect("a key serialises");
                let value = write(value, &inner, &step, inline);
                entries.push(Entry { source: None, text: format!("{key}: {value}") });
            }
            join(text, node, ('{', '}'), entries, &inner, &step, inline)
        }
        (json::Value::Array(nodes), Value::Array(old_items), Value::Array(new_items))
            if nodes.len() == old_items.len() =>
        {
            let inner = indent_of(text, nodes.first().map_or(node.span.start, |n| n.span.start));
            let inline = nodes.first().is_some_and(|n| !text[node.span.start..n.span.start].contains('\n'));
            let inner =
                if nodes.is_empty() { format!("{}{step}", indent_of(text, node.span.start)) } else { inner };
            let list =
                List { text, nodes, old: old_items, new: new_items, inner: &inner, step: &step, inline };
            let mut entries = Vec::new();
            let pairs = crate::roundtrip::common_subsequence(old_items, new_items);
            let (mut i, mut j) = (0, 0);
            for (pi, pj) in pairs.into_iter().chain(std::iter::once((old_items.len(), new_items.len()))) {
                list.gap(i..pi, j..pj, &mut entries);
                if pi < old_items.len() {
                    let n = &nodes[pi];
                    entries.push(Entry {
                        source: Some((n.span.start, n.span.end)),
                        text: text[n.span.clone()].to_owned(),
                    });
                }
                i = pi + 1;
                j = pj + 1;
            }
            join(text, node, ('[', ']'), entries, &inner, &step, inline)
        }
        _ => write(new, &indent_of(text, node.span.start), &step, false),
    }
}

/// A list being rewritten: its entries in the file, before and after.
struct List<'a> {
    text: &'a str,
    nodes: &'a [Node],
    old: &'a [Value],
    new: &'a [Value],
    inner: &'a str,
    step: &'a str,
    inline: bool,
}

impl List<'_> {
    /// The entries between two that stayed equal: an old one is rewritten into the new one
    /// that keeps its form — its kind and scope (a block changed in Word keeps its
    /// `concerns`, a block added beside it has none) — and the new ones left over are
    /// added; old ones left over are gone.
    fn gap(&self, old: std::ops::Range<usize>, new: std::ops::Range<usize>, entries: &mut Vec<Entry>) {
        let forms = |items: &[Value]| items.iter().map(form).collect::<Vec<_>>();
        let pairs = crate::roundtrip::common_subsequence(
            &forms(&self.old[old.clone()]),
            &forms(&self.new[new.clone()]),
        );
        let mut j = new.start;
        for (pi, pj) in pairs {
            let (pi, pj) = (old.start + pi, new.start + pj);
            for value in &self.new[j..pj] {
                entries.push(Entry { source: None, text: write(value, self.inner, self.step, self.inline) });
            }
            let n = &self.nodes[pi];
            entries.push(Entry {
                source: Some((n.span.start, n.span.end)),
                text: rewrite(self.text, n, &self.old[pi], &self.new[pj]),
            });
            j = pj + 1;
        }
        for value in &self.new[j..new.end] {
            entries.push(Entry { source: None, text: write(value, self.inner, self.step, self.inline) });
        }
    }
}

/// What an entry is apart from its content: an object's kind and scope (`type`,
/// `only_for`, `concerns`, `id`); nothing for a text or a number.
fn form(value: &Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(key, _)| ["type", "only_for", "concerns", "id"].contains(&key.as_str()))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
        ),
        _ => Value::Null,
    }
}

/// Whether the keys `new` shares with `old` come in the same order (then the old text's
/// order can stay).
fn same_order(old: &serde_json::Map<String, Value>, new: &serde_json::Map<String, Value>) -> bool {
    let shared: Vec<&String> = old.keys().filter(|k| new.contains_key(*k)).collect();
    let in_new: Vec<&String> = new.keys().filter(|k| old.contains_key(*k)).collect();
    shared == in_new
}

/// A member or list entry of the new text: from the old text (its range there) or new.
struct Entry {
    source: Option<(usize, usize)>,
    text: String,
}

/// The entries between `open` and `close`: the bytes between two that were neighbours
/// before are kept, others are joined on a line of their own (or with ", " on one line).
fn join(
    text: &str,
    node: &Node,
    (open, close): (char, char),
    entries: Vec<Entry>,
    inner: &str,
    step: &str,
    inline: bool,
) -> String {
    if entries.is_empty() {
        return format!("{open}{close}");
    }
    let outer = inner.strip_suffix(step).unwrap_or("").to_owned();
    let span = &node.span;
    let old_items: Vec<(usize, usize)> = match &node.value {
        json::Value::Object(members) => {
            members.iter().map(|m| (m.key_span.start, m.value.span.end)).collect()
        }
        json::Value::Array(nodes) => nodes.iter().map(|n| (n.span.start, n.span.end)).collect(),
        _ => Vec::new(),
    };
    let separator = if inline { ", ".to_owned() } else { format!(",\n{inner}") };
    let mut out = String::new();
    out.push(open);
    match old_items.first() {
        Some(first) => out.push_str(&text[span.start + 1..first.0]),
        None if inline => {}
        None => out.push_str(&format!("\n{inner}")),
    }
    for (k, entry) in entries.iter().enumerate() {
        if k > 0 {
            let previous = entries[k - 1].source;
            let neighbours = previous.zip(entry.source).and_then(|(p, e)| {
                let at = old_items.iter().position(|o| *o == p)?;
                (old_items.get(at + 1) == Some(&e)).then_some((p.1, e.0))
            });
            match neighbours {
                Some((from, to)) => out.push_str(&text[from..to]),
                None => out.push_str(&separator),
            }
        }
        out.push_str(&entry.text);
    }
    match old_items.last() {
        Some(last) => out.push_str(&text[last.1..span.end - 1]),
        None if inline => {}
        None => out.push_str(&format!("\n{outer}")),
    }
    out.push(close);
    out
}

/// `value` as JSON text at a place indented by `indent`: pretty, one step deeper per level.
fn write(value: &Value, indent: &str, step: &str, inline: bool) -> String {
    if inline {
        return value.to_string();
    }
    let mut bytes = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(step.as_bytes());
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, formatter);
    serde::Serialize::serialize(value, &mut serializer).expect("JSON values serialise");
    String::from_utf8(bytes).expect("serde writes UTF-8").replace('\n', &format!("\n{indent}"))
}

/// The spaces (or tabs) that start the line `at` is on.
fn indent_of(text: &str, at: usize) -> String {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..at].chars().take_while(|c| *c == ' ' || *c == '\t').collect()
}

/// One step of the file's indentation: that of its first indented line, else two spaces.
fn indent_step(text: &str) -> String {
    text.lines()
        .map(|line| line.chars().take_while(|c| *c == ' ' || *c == '\t').collect::<String>())
        .find(|lead| !lead.is_empty())
        .unwrap_or_else(|| "  ".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, new: &str) -> String {
        let node = json::parse(text).unwrap();
        let old: Value = serde_json::from_str(text).unwrap();
        let new: Value = serde_json::from_str(new).unwrap();
        let out = rewrite(text, &node, &old, &new);
        assert_eq!(serde_json::from_str::<Value>(&out).unwrap(), new, "{out}");
        out
    }

    #[test]
    fn only_what_differs_is_written_again() {
        let text = "{\n  \"a\": [ 1,2 ,3 ],\n  \"b\": { \"x\": \"y\" },\n  \"c\": \"oud\"\n}\n";
        assert_eq!(
            check(text, r#"{"a":[1,2,3],"b":{"x":"y"},"c":"nieuw"}"#),
            "{\n  \"a\": [ 1,2 ,3 ],\n  \"b\": { \"x\": \"y\" },\n  \"c\": \"nieuw\"\n}"
        );
        // An entry taken out of a list keeps the others' bytes; one added goes on its own line.
        let list = "[\n    \"een\",\n    { \"text\": \"twee\", \"only_for\": [\"menen\"] },\n    \"drie\"\n]";
        assert_eq!(
            check(list, r#"["een", {"text":"twee","only_for":["menen"]}, "vier"]"#),
            "[\n    \"een\",\n    { \"text\": \"twee\", \"only_for\": [\"menen\"] },\n    \"vier\"\n]"
        );
        assert_eq!(
            check(list, r#"[{"text":"twee","only_for":["menen"]}, "drie", "vijf"]"#),
            "[\n    { \"text\": \"twee\", \"only_for\": [\"menen\"] },\n    \"drie\",\n    \"vijf\"\n]"
        );
        // A field added to an object goes after the others.
        assert_eq!(
            check("{\n  \"type\": \"table\"\n}", r#"{"type":"table","caption":"Tabel"}"#),
            "{\n  \"type\": \"table\",\n  \"caption\": \"Tabel\"\n}"
        );
        // Into an empty list.
        assert_eq!(
            check("{\n  \"blocks\": []\n}", r#"{"blocks":[{"type":"x"}]}"#),
            "{\n  \"blocks\": [\n    {\n      \"type\": \"x\"\n    }\n  ]\n}"
        );
    }
}
