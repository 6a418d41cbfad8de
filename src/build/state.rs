//! The build state: which inputs each output file was made from, as a blake3 hash per file
//! name, in `out/.jaarverslag-state.json`. A missing or unreadable state only means a full
//! build.

use std::collections::BTreeMap;
use std::path::Path;

pub const STATE_FILE: &str = ".jaarverslag-state.json";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// Output file name → hash of what it was made from.
    files: BTreeMap<String, String>,
    /// Output file name → hash of its bytes as written, to tell a damaged file from a good
    /// one and a changed report from an unchanged one.
    outputs: BTreeMap<String, String>,
    /// Section code → hash of its content, to tell which sections changed.
    pub sections: BTreeMap<String, String>,
    /// Version name ("bestuur", a municipality id) → hash of its content.
    pub versions: BTreeMap<String, String>,
}

impl State {
    pub fn load(out: &Path) -> State {
        // Never waited on or read without bound, whatever has been put in its place.
        let bytes = crate::input::read::read_regular(&out.join(STATE_FILE), 16_000_000);
        let Some(text) = bytes.ok().and_then(|b| String::from_utf8(b).ok()) else { return State::default() };
        let Ok(serde_json::Value::Object(root)) = serde_json::from_str::<serde_json::Value>(&text) else {
            return State::default();
        };
        let map = |key: &str| match root.get(key) {
            Some(serde_json::Value::Object(entries)) => entries
                .iter()
                .filter_map(|(name, hash)| hash.as_str().map(|h| (name.clone(), h.to_owned())))
                .collect(),
            _ => BTreeMap::new(),
        };
        State {
            files: map("files"),
            outputs: map("outputs"),
            sections: map("sections"),
            versions: map("versions"),
        }
    }

    /// The output files this state knows, by name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }

    /// The hash of the bytes last written to `name`.
    pub fn output(&self, name: &str) -> Option<&str> {
        self.outputs.get(name).map(String::as_str)
    }

    /// Records that `name` was made from inputs hashing to `inputs` and holds bytes hashing to
    /// `bytes`.
    pub fn set(&mut self, name: &str, inputs: &str, bytes: &str) {
        self.files.insert(name.to_owned(), inputs.to_owned());
        self.outputs.insert(name.to_owned(), bytes.to_owned());
    }

    pub fn remove(&mut self, name: &str) {
        self.files.remove(name);
        self.outputs.remove(name);
    }

    pub fn save(&self, out: &Path) -> std::io::Result<()> {
        let object = |map: &BTreeMap<String, String>| {
            serde_json::Value::Object(
                map.iter().map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone()))).collect(),
            )
        };
        let mut root = serde_json::Map::new();
        root.insert("version".into(), 1.into());
        root.insert("files".into(), object(&self.files));
        root.insert("outputs".into(), object(&self.outputs));
        root.insert("sections".into(), object(&self.sections));
        root.insert("versions".into(), object(&self.versions));
        let mut text = serde_json::to_string_pretty(&serde_json::Value::Object(root)).unwrap_or_default();
        text.push('\n');
        crate::output::write_atomic(&out.join(STATE_FILE), text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corrupt_or_missing_state_is_an_empty_one() {
        let dir = std::env::temp_dir().join(format!("jaarverslag-state-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(State::load(&dir), State::default());
        std::fs::write(dir.join(STATE_FILE), "{ not json").unwrap();
        assert_eq!(State::load(&dir), State::default());
        let mut state = State::default();
        state.set("a.pdf", "123", "456");
        state.save(&dir).unwrap();
        assert_eq!(State::load(&dir).get("a.pdf"), Some("123"));
        assert_eq!(State::load(&dir).output("a.pdf"), Some("456"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
