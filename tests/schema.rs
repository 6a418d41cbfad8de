//! The JSON Schema is generated from the input types, committed for editors, and cannot
//! drift from what the loader accepts.

mod common;

use std::path::Path;

use jaarverslag::diagnostic::Kind;
use jaarverslag::input::format::{ReportFile, SectionFile};
use jaarverslag::input::{SchemaKind, schema_json};
use serde_json::Value;

#[test]
fn committed_schemas_are_up_to_date() {
    for kind in [SchemaKind::Report, SchemaKind::Section] {
        let path = common::root().join("schema").join(kind.file_name());
        let generated = schema_json(kind);
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "schema/{} is stale: run `UPDATE_GOLDEN=1 cargo test --test schema` and commit it",
            kind.file_name()
        );
    }
}

#[test]
fn input_files_point_editors_at_the_schema() {
    let input = common::root().join("input");
    let mut files = vec![(input.join("report.json"), SchemaKind::Report)];
    for entry in std::fs::read_dir(input.join("sections")).unwrap() {
        files.push((entry.unwrap().path(), SchemaKind::Section));
    }
    for (file, kind) in files {
        let value: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let reference =
            value["$schema"].as_str().unwrap_or_else(|| panic!("{} has no $schema", file.display()));
        let target = file.parent().unwrap().join(reference);
        assert!(
            target.ends_with(Path::new(kind.file_name())),
            "{} points at the wrong schema",
            file.display()
        );
        assert!(target.exists(), "{} points at {} which does not exist", file.display(), target.display());
    }
}

/// The serde types (and so the schema) accept exactly the shapes the loader accepts: every
/// key renamed, removed, or its value replaced by a number, in every bundled file.
#[test]
fn loader_and_schema_types_agree_on_every_field() {
    let input = common::root().join("input");
    let mut files = vec!["report.json".to_string()];
    for entry in std::fs::read_dir(input.join("sections")).unwrap() {
        files.push(format!("sections/{}", entry.unwrap().file_name().to_string_lossy()));
    }
    let scratch = common::copy_of_input("differential");
    let mut checked = 0;
    for file in &files {
        let original: Value =
            serde_json::from_str(&std::fs::read_to_string(input.join(file)).unwrap()).unwrap();
        assert!(serde_accepts(file, &original), "serde rejects the bundled {file}");
        for (what, mutated) in mutations(&original) {
            let text = serde_json::to_string_pretty(&mutated).unwrap();
            scratch.write(file, &text);
            let loaded = jaarverslag::input::load(&scratch.input());
            let loader_accepts = !loaded
                .diagnostics
                .iter()
                .any(|d| &d.file == file && d.is_error() && d.kind != Kind::Content);
            assert_eq!(
                loader_accepts,
                serde_accepts(file, &mutated),
                "loader and schema types disagree on {file} after {what}: {:?}",
                loaded.diagnostics
            );
            checked += 1;
        }
        scratch.write(file, std::fs::read(input.join(file)).unwrap());
    }
    assert!(checked > 500, "only {checked} mutations");
}

fn serde_accepts(file: &str, value: &Value) -> bool {
    if file == "report.json" {
        serde_json::from_value::<ReportFile>(value.clone()).is_ok()
    } else {
        serde_json::from_value::<SectionFile>(value.clone()).is_ok()
    }
}

/// Every single-point change: each object key renamed or removed, each value (and each
/// array element) replaced by a number.
fn mutations(root: &Value) -> Vec<(String, Value)> {
    let mut paths = Vec::new();
    collect_paths(root, &mut Vec::new(), &mut paths);
    let mut out = Vec::new();
    for path in paths {
        match path.last() {
            Some(Step::Key(_)) => {
                for change in [Change::Rename, Change::Remove, Change::Number] {
                    out.push((format!("{change:?} {path:?}"), apply(root, &path, change)));
                }
            }
            Some(Step::Index(_)) => {
                out.push((format!("Number {path:?}"), apply(root, &path, Change::Number)))
            }
            None => {}
        }
    }
    out
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

#[derive(Clone, Copy, Debug)]
enum Change {
    Rename,
    Remove,
    Number,
}

fn collect_paths(value: &Value, prefix: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                prefix.push(Step::Key(key.clone()));
                out.push(prefix.clone());
                collect_paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                prefix.push(Step::Index(i));
                out.push(prefix.clone());
                collect_paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn apply(root: &Value, path: &[Step], change: Change) -> Value {
    let mut value = root.clone();
    let (last, parents) = path.split_last().unwrap();
    let mut parent = &mut value;
    for step in parents {
        parent = match step {
            Step::Key(k) => &mut parent[k.as_str()],
            Step::Index(i) => &mut parent[*i],
        };
    }
    match (last, change) {
        (Step::Key(k), Change::Rename) => {
            let map = parent.as_object_mut().unwrap();
            let v = map.remove(k).unwrap();
            map.insert(format!("{k}_x"), v);
        }
        (Step::Key(k), Change::Remove) => {
            parent.as_object_mut().unwrap().remove(k);
        }
        (Step::Key(k), Change::Number) => parent[k.as_str()] = Value::from(12345),
        (Step::Index(i), _) => parent[*i] = Value::from(12345),
    }
    value
}
