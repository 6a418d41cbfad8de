//! The benchmark suite: `cargo bench`. Prints a table of medians (and peak memory where it
//! matters) for the figures the README keeps. Needs GNU time (`/usr/bin/time`, Debian package
//! `time`) for peak memory; without it that column says "n/a".
//!
//! Whole-program figures run the release binary in a new process each time, as staff do; the
//! stage figures run in this process, through the library.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "../tests/common/mod.rs"]
mod common;

use common::copy_dir;
use jaarverslag::build::Renderer;
use jaarverslag::layout::{Fonts, Hyphenator, Sections, Setup};
use jaarverslag::model::Variant;

const RUNS: usize = 9;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let binary = env!("CARGO_BIN_EXE_jaarverslag");
    let scratch = std::env::temp_dir().join(format!("jaarverslag-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let input = scratch.join("input");
    copy_dir(&root.join("input"), &input);
    let out = scratch.join("out");

    println!("{:<58} {:>10} {:>12}", "benchmark", "median", "peak memory");
    let row = |name: &str, time: Duration, memory: Option<u64>| {
        let memory = memory.map_or("n/a".to_string(), |kb| format!("{:.1} MiB", kb as f64 / 1024.0));
        println!("{name:<58} {:>8.1} ms {memory:>12}", time.as_secs_f64() * 1000.0);
    };

    // All 28 files, cold: a new process and no state file.
    let (time, memory) = median_process(RUNS, || {
        let _ = std::fs::remove_dir_all(&out);
        command(binary, &input, &out, &["--quiet"])
    });
    row("all 28 files, cold start (new process, no state)", time, memory);

    let (time, memory) = median_process(RUNS, || command(binary, &input, &out, &["--quiet"]));
    row("rebuild, nothing changed", time, memory);

    let section = input.join("sections/3-ondernemerschap.json");
    let original = std::fs::read_to_string(&section).unwrap();
    let mut flip = false;
    let (time, memory) = median_process(RUNS, || {
        flip = !flip;
        let edited = if flip {
            original.replace("Er waren 6 sociale", "Er waren zes sociale")
        } else {
            original.clone()
        };
        std::fs::write(&section, edited).unwrap();
        command(binary, &input, &out, &["--quiet"])
    });
    std::fs::write(&section, &original).unwrap();
    row("rebuild, one paragraph changed in one section", time, memory);

    // A late edit to a paragraph only one municipality's version has: two files change.
    let value: serde_json::Value = serde_json::from_str(&original).unwrap();
    let with_block = |text: &str| {
        let mut value = value.clone();
        value["blocks"].as_array_mut().unwrap().push(serde_json::json!({
            "type": "paragraph", "text": text, "only_for": ["kortrijk"]
        }));
        serde_json::to_string_pretty(&value).unwrap()
    };
    std::fs::write(&section, with_block("Voor Kortrijk: de eerste versie.")).unwrap();
    command(binary, &input, &out, &["--quiet"]).output().unwrap();
    let mut flip = false;
    let (time, memory) = median_process(RUNS, || {
        flip = !flip;
        let text = if flip { "Voor Kortrijk: de tweede versie." } else { "Voor Kortrijk: de eerste versie." };
        std::fs::write(&section, with_block(text)).unwrap();
        command(binary, &input, &out, &["--quiet"])
    });
    std::fs::write(&section, &original).unwrap();
    row("rebuild, a paragraph only for Kortrijk changed (2 files)", time, memory);

    for format in ["docx", "pdf"] {
        let (time, memory) = median_process(RUNS, || {
            command(binary, &input, &out, &["--quiet", "--force", "--variant", "bestuur", "--format", format])
        });
        row(&format!("one version, {format} only"), time, memory);
    }

    // Cost by the number of versions (both formats): 1, 7 and all 14.
    let municipalities = ["anzegem", "avelgem", "deerlijk", "harelbeke", "kortrijk", "kuurne"];
    for count in [1, 7] {
        let mut args = vec!["--quiet", "--force", "--variant", "bestuur"];
        for id in &municipalities[..count - 1] {
            args.extend(["--variant", id]);
        }
        let (time, memory) = median_process(RUNS, || command(binary, &input, &out, &args));
        row(&format!("{count} version(s), both formats ({} files)", 2 * count), time, memory);
    }
    let (time, memory) = median_process(RUNS, || command(binary, &input, &out, &["--quiet", "--force"]));
    row("14 versions, both formats (28 files)", time, memory);

    for factor in [10, 50] {
        let scaled = scratch.join(format!("input-x{factor}"));
        scale_input(&input, &scaled, factor);
        for format in ["docx", "pdf"] {
            let runs = if factor == 50 { 5 } else { RUNS };
            let (time, memory) = median_process(runs, || {
                command(
                    binary,
                    &scaled,
                    &scratch.join("out-scaled"),
                    &["--quiet", "--force", "--variant", "bestuur", "--format", format],
                )
            });
            row(&format!("×{factor} content, one version, {format} only"), time, memory);
        }
    }

    // The stages apart, in this process.
    let theme = jaarverslag::theme::load_default();
    let time = median(RUNS, || {
        let loaded = jaarverslag::input::load(&input);
        assert!(loaded.report.is_some());
    });
    row("stage: load + validate", time, None);
    let report = jaarverslag::input::load(&input).report.unwrap().for_variant(&Variant::Board);
    let fonts = Fonts::load(&theme.fonts).unwrap();
    let hyphenator = Hyphenator::dutch();
    let setup = Setup { theme: &theme, fonts: &fonts, hyphenator: &hyphenator };
    let time = median(RUNS, || {
        jaarverslag::layout::layout(&report, &setup);
    });
    row("stage: layout, one version (caches warm)", time, None);
    let time = median(RUNS, || {
        Sections::default().prepare(&[&report], &setup);
    });
    row("stage: layout of the sections (done once for all versions)", time, None);
    let sections = Sections::default();
    sections.prepare(&[&report; RUNS], &setup);
    let time = median(RUNS, || {
        jaarverslag::layout::layout_with(&report, &setup, &sections);
    });
    row("stage: layout of a version's own pages, sections laid out", time, None);
    let paged = jaarverslag::layout::layout(&report, &setup);
    let renderer = Renderer::new(&theme);
    let time = median(RUNS, || {
        renderer.render(&report).unwrap();
    });
    row("stage: layout + PDF + DOCX, one version", time, None);
    let info = report.document_info(&theme.labels.version(&report));
    let time = median(RUNS, || {
        jaarverslag::pdf::write(&paged, &fonts, &info).unwrap();
    });
    row("stage: PDF writing, one version", time, None);
    let time = median(RUNS, || {
        jaarverslag::docx::write(&report, &theme, None);
    });
    row("stage: DOCX writing, one version", time, None);
    // What every rebuild does to trust the files on disk: read and hash each of them.
    command(binary, &input, &out, &["--quiet"]).output().unwrap();
    let outputs: Vec<PathBuf> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf" || e == "docx"))
        .collect();
    assert_eq!(outputs.len(), 28);
    let time = median(RUNS, || {
        for path in &outputs {
            blake3::hash(&std::fs::read(path).unwrap());
        }
    });
    let megabytes = outputs.iter().map(|p| std::fs::metadata(p).unwrap().len()).sum::<u64>() as f64 / 1e6;
    row(&format!("stage: verify the 28 outputs on disk ({megabytes:.1} MB read + blake3)"), time, None);

    let _ = std::fs::remove_dir_all(&scratch);
}

fn command(binary: &str, input: &Path, out: &Path, extra: &[&str]) -> Command {
    let mut command = Command::new(binary);
    command.arg("build").arg("--input").arg(input).arg("--out").arg(out).args(extra);
    command
}

/// Median wall time of `runs` processes, and the median of their peak resident memory.
fn median_process(runs: usize, mut make: impl FnMut() -> Command) -> (Duration, Option<u64>) {
    let gnu_time = Path::new("/usr/bin/time").exists();
    let mut times = Vec::new();
    let mut memories = Vec::new();
    for _ in 0..runs {
        let command = make();
        let mut wrapped = if gnu_time {
            let mut w = Command::new("/usr/bin/time");
            w.arg("-f").arg("%M").arg(command.get_program()).args(command.get_args());
            w
        } else {
            command
        };
        let started = Instant::now();
        let output = wrapped.output().expect("the binary runs");
        times.push(started.elapsed());
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        if gnu_time {
            let stderr = String::from_utf8_lossy(&output.stderr);
            if let Some(kb) = stderr.lines().last().and_then(|l| l.trim().parse::<u64>().ok()) {
                memories.push(kb);
            }
        }
    }
    times.sort();
    memories.sort();
    (times[times.len() / 2], memories.get(memories.len() / 2).copied())
}

fn median(runs: usize, mut work: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// The report with every section's blocks repeated `factor` times (headings get their own
/// automatic link targets).
fn scale_input(from: &Path, to: &Path, factor: usize) {
    copy_dir(from, to);
    for entry in std::fs::read_dir(to.join("sections")).unwrap() {
        let path = entry.unwrap().path();
        let mut value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let blocks = value["blocks"].as_array().unwrap().clone();
        let mut scaled = Vec::new();
        for _ in 0..factor {
            scaled.extend(blocks.iter().cloned());
        }
        value["blocks"] = serde_json::Value::Array(scaled);
        std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    }
}
