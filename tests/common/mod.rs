//! Helpers shared by the integration tests: scratch copies of the bundled input, edits to
//! them, and running the built binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The repository root (where `input/` is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A manifest with one municipality and one section file, `sections/1.json`, for tests that
/// generate their own section.
pub const ONE_SECTION_MANIFEST: &str = r#"{
  "schema_version": 1, "organisation": "W13", "title": "Proef", "subtitle": "Jaarverslag 2023",
  "year": 2023, "language": "nl-BE", "region": "Zuid-West-Vlaanderen", "publication_date": "2024-03-29",
  "municipalities": [{ "id": "kortrijk", "name": "Kortrijk" }],
  "sections": ["sections/1.json"]
}"#;

/// A scratch folder, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("jaarverslag-test-{}-{name}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The input folder inside this scratch folder.
    pub fn input(&self) -> PathBuf {
        self.0.join("input")
    }

    pub fn out(&self) -> PathBuf {
        self.0.join("out")
    }

    /// Replaces the one occurrence of `from` by `to` in an input file.
    pub fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.input().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches(from).count(), 1, "{from:?} should occur once in {file}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }

    pub fn write(&self, file: &str, bytes: impl AsRef<[u8]>) {
        let path = self.input().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A scratch folder holding a copy of the bundled `input/`.
pub fn copy_of_input(name: &str) -> Scratch {
    let scratch = Scratch::new(name);
    copy_dir(&root().join("input"), &scratch.input());
    scratch
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs the `jaarverslag` binary with `args` in `dir`, in its default language (Dutch: no
/// language is set in its environment). A run that has not ended after a minute is killed
/// and fails the test: no input may make the tool wait.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    run_with(dir, args, &[])
}

/// The languages the tool speaks, as the environment asks for them.
pub const LANGUAGES: [(&str, &[(&str, &str)]); 2] = [("nl", &[]), ("en", &[("LANG", "en_GB.UTF-8")])];

/// [`run`] with the environment variables `vars` set (on top of a environment without any
/// language setting).
pub fn run_with(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jaarverslag"));
    for name in ["LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
        command.env_remove(name);
    }
    command.envs(vars.iter().copied());
    let mut child = command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn std::io::Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn std::io::Read + Send>));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("jaarverslag {args:?} did not finish within a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    Output { status, stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap() }
}

/// Words of a text, lowercased, the way `../shared/tools/parity.py` counts them.
pub fn words(text: &str) -> Vec<String> {
    // As parity.py: invisible characters go, a non-breaking hyphen is a hyphen.
    let text = text
        .replace(['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'], "")
        .replace('\u{a0}', " ")
        .replace(['‘', '’'], "'")
        .replace(['–', '—', '\u{2011}'], "-");
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let word_char = c.is_alphanumeric() || c == '_' || c == '€' || c == '%';
        let joiner = matches!(c, '-' | '\'' | '.' | ',')
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric() || *n == '€' || *n == '%');
        if word_char || joiner {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// How many of `reference`'s words appear in `candidate` in the same order (longest common
/// subsequence), as a fraction of the reference.
pub fn in_order_fraction(reference: &[String], candidate: &[String]) -> f64 {
    let mut previous = vec![0u32; candidate.len() + 1];
    let mut current = vec![0u32; candidate.len() + 1];
    for r in reference {
        for (j, c) in candidate.iter().enumerate() {
            current[j + 1] = if r == c { previous[j] + 1 } else { current[j].max(previous[j + 1]) };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    f64::from(previous[candidate.len()]) / reference.len().max(1) as f64
}

/// Asserts that `make` gives the same bytes twice in a row and on other threads: no clock,
/// random ids, map order or thread in the output.
pub fn assert_same_bytes_in_any_thread(make: fn() -> Vec<u8>) -> Vec<u8> {
    let first = make();
    assert_eq!(first, make());
    let threads: Vec<_> = (0..2).map(|_| std::thread::spawn(make)).collect();
    for thread in threads {
        assert!(thread.join().unwrap() == first, "bytes do not depend on the thread");
    }
    first
}

/// The independent OOXML schema check, `../shared/tools/docx_schema.py`, with a Python that
/// has lxml. `None` (and a message saying why) where this machine cannot run it; CI installs
/// python3-lxml, so there it always runs.
pub struct SchemaChecker {
    python: &'static str,
    script: PathBuf,
}

impl SchemaChecker {
    pub fn find() -> Option<SchemaChecker> {
        let script = root().join("../shared/tools/docx_schema.py");
        if !script.exists() {
            eprintln!("{} not found: OOXML schema check skipped", script.display());
            return None;
        }
        let has_lxml = |python: &str| {
            Command::new(python).args(["-c", "import lxml"]).output().is_ok_and(|o| o.status.success())
        };
        match ["python3", "/usr/bin/python3"].into_iter().find(|p| has_lxml(p)) {
            Some(python) => Some(SchemaChecker { python, script }),
            None => {
                eprintln!("no python3 with lxml (apt-get install python3-lxml): OOXML schema check skipped");
                None
            }
        }
    }

    /// The checker's report on `docx` when it finds errors; `None` when it prints
    /// `schema errors: 0`.
    pub fn errors(&self, docx: &[u8]) -> Option<String> {
        let scratch = Scratch::new("schema");
        let file = scratch.path().join("check.docx");
        std::fs::write(&file, docx).unwrap();
        let output = Command::new(self.python).arg(&self.script).arg(&file).output().unwrap();
        let report = String::from_utf8_lossy(&output.stdout).into_owned();
        let clean = output.status.success()
            && report.lines().last().is_some_and(|l| l.starts_with("schema errors: 0"));
        (!clean).then(|| format!("{report}{}", String::from_utf8_lossy(&output.stderr)))
    }
}

/// The parts of a DOCX (a zip) by name, as text.
pub fn zip_parts(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    zip_entries(bytes)
        .into_iter()
        .filter(|(name, _)| !is_binary(name))
        .map(|(name, bytes)| {
            let text = String::from_utf8(bytes).unwrap_or_else(|_| panic!("{name} is UTF-8 text"));
            (name, text)
        })
        .collect()
}

/// The binary parts of a DOCX by name: pictures (`word/media/…`) and charts' workbooks
/// (`word/embeddings/…`).
pub fn zip_media(bytes: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    zip_entries(bytes).into_iter().filter(|(name, _)| is_binary(name)).collect()
}

fn is_binary(name: &str) -> bool {
    name.starts_with("word/media/") || name.starts_with("word/embeddings/")
}

fn zip_entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read as _;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut entries = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        if file.is_dir() {
            continue;
        }
        let mut content = Vec::new();
        file.read_to_end(&mut content).unwrap();
        entries.push((file.name().to_owned(), content));
    }
    entries
}

/// An XML element, for tests that read what a part says.
#[derive(Debug, Clone, Default)]
pub struct Element {
    pub name: String,
    pub attributes: std::collections::BTreeMap<String, String>,
    pub children: Vec<Element>,
    pub text: String,
}

impl Element {
    pub fn parse(xml: &str) -> Element {
        use quick_xml::events::Event;
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut stack = vec![Element::default()];
        let open = |e: &quick_xml::events::BytesStart<'_>| Element {
            name: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
            attributes: e
                .attributes()
                .map(|a| {
                    let a = a.unwrap();
                    (
                        String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0).unwrap().into_owned(),
                    )
                })
                .collect(),
            ..Element::default()
        };
        loop {
            match reader.read_event().unwrap() {
                Event::Start(e) => stack.push(open(&e)),
                Event::Empty(e) => stack.last_mut().unwrap().children.push(open(&e)),
                Event::End(_) => {
                    let done = stack.pop().unwrap();
                    stack.last_mut().unwrap().children.push(done);
                }
                Event::Text(t) => stack.last_mut().unwrap().text.push_str(&t.xml10_content().unwrap()),
                Event::GeneralRef(r) => {
                    let c = match &*r {
                        b"amp" => '&',
                        b"lt" => '<',
                        b"gt" => '>',
                        b"quot" => '"',
                        _ => '\'',
                    };
                    stack.last_mut().unwrap().text.push(c);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        stack.pop().unwrap().children.into_iter().next().expect("a root element")
    }

    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }

    /// Every descendant named `name`, in document order.
    pub fn descendants<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for child in &self.children {
            if child.name == name {
                out.push(child);
            }
            child.descendants(name, out);
        }
    }

    pub fn all(&self, name: &str) -> Vec<&Element> {
        let mut out = Vec::new();
        self.descendants(name, &mut out);
        out
    }
}

/// A PNG of `width` × `height` grey pixels.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Grayscale);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&vec![128; (width * height) as usize]).unwrap();
    writer.finish().unwrap();
    bytes
}

/// The input folder `dir` as `variant`'s version has it: each JSON file parsed, blocks not
/// shown in it left out, and list items and table rows only for others; other files (the
/// pictures) as bytes. What `import` of that version's DOCX must give back.
pub fn version_of_input(
    dir: &Path,
    variant: &jaarverslag::model::Variant,
) -> std::collections::BTreeMap<String, serde_json::Value> {
    use jaarverslag::roundtrip::{shown_in, version_source};
    let mut out = std::collections::BTreeMap::new();
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("report.json")).unwrap()).unwrap();
    let files = std::iter::once("report.json".to_owned())
        .chain(manifest["sections"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()));
    for name in files {
        let mut value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(&name)).unwrap()).unwrap();
        let field = if name == "report.json" { "introduction" } else { "blocks" };
        if let Some(blocks) = value.get_mut(field).and_then(|b| b.as_array_mut()) {
            *blocks = blocks
                .iter()
                .filter(|b| shown_in(b, variant))
                .map(|b| serde_json::from_str(&version_source(&b.to_string(), variant)).unwrap())
                .collect();
        }
        out.insert(name, value);
    }
    // The manifest keeps the municipalities the version's blocks name, and its own.
    let mut named: Vec<String> = vec![variant.name().to_owned()];
    let text: String = out
        .values()
        .flat_map(|v| [v.get("introduction"), v.get("blocks")])
        .flatten()
        .map(|blocks| blocks.to_string())
        .collect();
    for m in manifest["municipalities"].as_array().unwrap() {
        let id = m["id"].as_str().unwrap();
        if text.contains(&format!("\"{id}\"]")) || text.contains(&format!("\"{id}\",")) {
            named.push(id.to_owned());
        }
    }
    let manifest = out.get_mut("report.json").unwrap();
    let list = manifest["municipalities"].as_array_mut().unwrap();
    list.retain(|m| named.iter().any(|id| m["id"] == id.as_str()));
    out
}

/// The JSON files of an import, parsed, by name.
pub fn json_files(files: &[(String, Vec<u8>)]) -> std::collections::BTreeMap<String, serde_json::Value> {
    files
        .iter()
        .filter(|(name, _)| name.ends_with(".json"))
        .map(|(name, bytes)| (name.clone(), serde_json::from_slice(bytes).unwrap()))
        .collect()
}

/// Asserts that two sets of input files are the same, naming the first block that differs.
pub fn assert_same_input(
    got: &std::collections::BTreeMap<String, serde_json::Value>,
    expected: &std::collections::BTreeMap<String, serde_json::Value>,
    what: &str,
) {
    assert_eq!(got.keys().collect::<Vec<_>>(), expected.keys().collect::<Vec<_>>(), "{what}: the files");
    for (name, want) in expected {
        let have = &got[name];
        for field in ["introduction", "blocks"] {
            let (Some(a), Some(b)) = (have[field].as_array(), want[field].as_array()) else { continue };
            for (i, (a, b)) in a.iter().zip(b).enumerate() {
                if let Some(difference) = first_difference(a, b, &format!("{field}[{i}]")) {
                    panic!(
                        "{what}: {name}: {difference}\n got {}\n expected {}\n then {}",
                        short(a),
                        short(b),
                        have[field].get(i + 1).map(short).unwrap_or_default()
                            + "\n expected then "
                            + &want[field].get(i + 1).map(short).unwrap_or_default()
                    );
                }
            }
            assert_eq!(a.len(), b.len(), "{what}: {name} has {} blocks, not {}", a.len(), b.len());
        }
        assert_eq!(have, want, "{what}: {name}");
    }
}

/// Where two JSON values first differ: the path, and both values there.
pub fn first_difference(a: &serde_json::Value, b: &serde_json::Value, path: &str) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys()) {
                let (vx, vy) = (x.get(key).unwrap_or(&Value::Null), y.get(key).unwrap_or(&Value::Null));
                if let Some(d) = first_difference(vx, vy, &format!("{path}.{key}")) {
                    return Some(d);
                }
            }
            (x.keys().collect::<Vec<_>>() != y.keys().collect::<Vec<_>>()).then(|| {
                format!(
                    "{path}: keys {:?} / {:?}",
                    x.keys().collect::<Vec<_>>(),
                    y.keys().collect::<Vec<_>>()
                )
            })
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (vx, vy)) in x.iter().zip(y).enumerate() {
                if let Some(d) = first_difference(vx, vy, &format!("{path}[{i}]")) {
                    return Some(d);
                }
            }
            (x.len() != y.len()).then(|| format!("{path}: {} entries / {}", x.len(), y.len()))
        }
        _ if a == b => None,
        _ => Some(format!("{path}: {a} / {b}")),
    }
}

fn short(value: &serde_json::Value) -> String {
    let text = value.to_string();
    text.chars().take(1500).collect()
}

/// Compares what a command printed with its reviewed snapshot `tests/snapshots/<path>.txt`
/// (rewritten with `UPDATE_GOLDEN=1`); the exit code is its first line.
/// The reviewed output of a command, in each language: `tests/snapshots/<folder>/<lang>/<name>.txt`
/// (`path` is `<folder>/<name>`); `output` runs the command with a language's environment.
pub fn assert_snapshots(path: &str, mut output: impl FnMut(&[(&str, &str)]) -> Output) {
    let (folder, name) = path.split_once('/').expect("folder/name");
    for (lang, vars) in LANGUAGES {
        assert_snapshot(&format!("{folder}/{lang}/{name}"), &output(vars));
    }
}

pub fn assert_snapshot(path: &str, output: &Output) {
    let shown = format!(
        "exit code: {}\n{}{}",
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let golden = root().join(format!("tests/snapshots/{path}.txt"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::write(&golden, &shown).unwrap();
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_default();
    assert_eq!(shown, expected, "{path}: the output differs from its snapshot (UPDATE_GOLDEN=1 rewrites it)");
}

/// The DOCX with its parts changed by `edit` (name → text; a part may be added).
pub fn edit_docx(
    docx: &[u8],
    edit: impl FnOnce(&mut std::collections::BTreeMap<String, Vec<u8>>),
) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut parts = std::collections::BTreeMap::new();
    let mut order = Vec::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut bytes).unwrap();
        order.push(file.name().to_owned());
        parts.insert(file.name().to_owned(), bytes);
    }
    edit(&mut parts);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let names: Vec<String> =
        order.iter().cloned().chain(parts.keys().filter(|k| !order.contains(k)).cloned()).collect();
    for name in names {
        if let Some(bytes) = parts.get(&name) {
            zip.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
            std::io::Write::write_all(&mut zip, bytes).unwrap();
        }
    }
    zip.finish().unwrap().into_inner()
}
