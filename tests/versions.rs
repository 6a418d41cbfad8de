//! All versions in one run: names, filtering per municipality, byte-identical output for any
//! thread count, nothing rewritten when nothing changed, only the affected files rewritten
//! after an edit, a corrupt state file meaning a full build, failed writes leaving the
//! previous outputs whole.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

use common::{copy_of_input, run};

fn files(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                (std::fs::read(e.path()).unwrap(), e.metadata().unwrap().modified().unwrap()),
            )
        })
        .collect()
}

fn changed(
    before: &BTreeMap<String, (Vec<u8>, SystemTime)>,
    after: &BTreeMap<String, (Vec<u8>, SystemTime)>,
) -> Vec<String> {
    after
        .iter()
        .filter(|(name, (_, modified))| before.get(*name).is_none_or(|(_, m)| m != modified))
        .map(|(n, _)| n.clone())
        .collect()
}

/// Adds a paragraph that only Kortrijk's version shows, to section 3.
fn add_paragraph_only_for_kortrijk(scratch: &common::Scratch) {
    scratch.edit(
        "sections/3-ondernemerschap.json",
        r#""text": "Food Act 13 heeft 3 doelstellingen:""#,
        r#""text": "Food Act 13 heeft 3 doelstellingen:"
    },
    {
      "type": "paragraph",
      "text": "Voor {municipality}: een woord aan de gemeenteraad.",
      "only_for": ["kortrijk"]"#,
    );
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

#[test]
fn one_build_writes_every_version_and_a_second_writes_nothing() {
    let scratch = copy_of_input("all");
    let first = run(scratch.path(), &["build"]);
    assert_eq!(first.status.code(), Some(0), "{}", stdout(&first));
    assert!(
        stdout(&first).starts_with("28 bestanden: 28 geschreven, 0 ongewijzigd — "),
        "{}",
        stdout(&first)
    );
    let before = files(&scratch.out());
    assert_eq!(before.len(), 28);
    for name in [
        "jaarverslag-2023-bestuur.pdf",
        "jaarverslag-2023-zwevegem.docx",
        "jaarverslag-2023-spiere-helkijn.pdf",
    ] {
        assert!(before.contains_key(name), "{name}");
    }
    let second = run(scratch.path(), &["build"]);
    assert!(
        stdout(&second).starts_with("28 bestanden: 0 geschreven, 28 ongewijzigd — "),
        "{}",
        stdout(&second)
    );
    assert_eq!(changed(&before, &files(&scratch.out())), Vec::<String>::new());
}

#[test]
fn the_bytes_do_not_depend_on_the_number_of_threads() {
    let one = copy_of_input("jobs1");
    let two = copy_of_input("jobs2");
    run(
        one.path(),
        &["build", "--jobs", "1", "--variant", "bestuur", "--variant", "zwevegem", "--variant", "kortrijk"],
    );
    run(
        two.path(),
        &["build", "--jobs", "2", "--variant", "bestuur", "--variant", "zwevegem", "--variant", "kortrijk"],
    );
    let (a, b) = (files(&one.out()), files(&two.out()));
    assert_eq!(a.len(), 6);
    for (name, (bytes, _)) in &a {
        assert!(b[name].0 == *bytes, "{name} differs between --jobs 1 and --jobs 2");
    }
}

/// A build killed half way leaves temporary files; the next build removes them (and only
/// them), so `out/` holds exactly the reports and the state file.
#[test]
fn temporary_files_of_a_killed_build_are_removed_and_nothing_else() {
    let scratch = copy_of_input("leftovers");
    assert_eq!(run(scratch.path(), &["build", "--variant", "bestuur"]).status.code(), Some(0));
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let gone = child.id();
    child.wait().unwrap();
    let out = scratch.out();
    let planted = [
        format!(".jaarverslag-2023-bestuur.pdf.tmp{gone}"),
        format!(".jaarverslag-2023-kortrijk.docx.tmp{gone}"),
        format!("..jaarverslag-state.json.tmp{gone}"),
    ];
    for name in &planted {
        std::fs::write(out.join(name), b"half a file").unwrap();
    }
    std::fs::write(out.join(format!(".notities.txt.tmp{gone}")), b"not ours").unwrap();
    std::fs::write(out.join("mijn-notities.txt"), b"not ours").unwrap();
    let output = run(scratch.path(), &["build", "--variant", "bestuur"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("3 tijdelijke bestanden van een onderbroken build verwijderd"), "{stdout}");
    for name in &planted {
        assert!(!out.join(name).exists(), "{name} is removed");
    }
    assert!(out.join(format!(".notities.txt.tmp{gone}")).exists() && out.join("mijn-notities.txt").exists());
}

/// Two builds into one folder: the second says who holds it, exits 3 and writes nothing.
#[test]
fn a_second_build_into_the_same_folder_is_refused_while_the_first_runs() {
    let scratch = copy_of_input("lock");
    std::fs::create_dir_all(scratch.out()).unwrap();
    // This test process plays the first build.
    let lock = jaarverslag::output::lock(&scratch.out()).unwrap();
    let output = run(scratch.path(), &["build"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!("een andere build schrijft al naar out/ (proces {})", std::process::id())),
        "{stderr}"
    );
    assert!(files(&scratch.out()).is_empty(), "nothing written");
    drop(lock);
    assert_eq!(run(scratch.path(), &["build"]).status.code(), Some(0), "free once the first is done");
    assert_eq!(files(&scratch.out()).len(), 28);
}

/// `--jobs 100000` used to spawn threads until the machine gave out; it is capped.
#[test]
fn an_absurd_number_of_jobs_is_capped() {
    let scratch = copy_of_input("jobs-many");
    let output =
        run(scratch.path(), &["build", "--jobs", "100000", "--variant", "bestuur", "--format", "docx"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(files(&scratch.out()).len(), 1);
}

#[test]
fn an_edit_rewrites_only_the_files_that_contain_it() {
    let scratch = copy_of_input("edit");
    run(scratch.path(), &["build"]);
    let before = files(&scratch.out());
    // A paragraph every version has: all 28 change.
    scratch.edit(
        "sections/3-ondernemerschap.json",
        "Er waren 6 sociale-economiebedrijven",
        "Er waren zes sociale-economiebedrijven",
    );
    let output = run(scratch.path(), &["build"]);
    assert!(stdout(&output).starts_with("28 bestanden: 28 geschreven, 0 ongewijzigd"), "{}", stdout(&output));
    // A block only for Kortrijk: only Kortrijk's two files change.
    let before_local = files(&scratch.out());
    add_paragraph_only_for_kortrijk(&scratch);
    let output = run(scratch.path(), &["build"]);
    assert!(stdout(&output).starts_with("28 bestanden: 2 geschreven, 26 ongewijzigd"), "{}", stdout(&output));
    assert_eq!(
        changed(&before_local, &files(&scratch.out())),
        ["jaarverslag-2023-kortrijk.docx", "jaarverslag-2023-kortrijk.pdf"]
    );
    let kortrijk = files(&scratch.out())["jaarverslag-2023-kortrijk.pdf"].0.clone();
    assert_ne!(kortrijk, before["jaarverslag-2023-kortrijk.pdf"].0);
}

/// A picture is content: saving a new version of a photo that only Kortrijk's version shows
/// rewrites Kortrijk's two files and nothing else.
#[test]
fn a_changed_picture_rewrites_only_the_files_that_show_it() {
    let scratch = copy_of_input("picture");
    scratch.write("beelden/markt.png", common::png(900, 600));
    scratch.edit(
        "sections/3-ondernemerschap.json",
        r#""text": "Food Act 13 heeft 3 doelstellingen:""#,
        r#""text": "Food Act 13 heeft 3 doelstellingen:"
    },
    {
      "type": "image",
      "file": "beelden/markt.png",
      "alt": "De markt van Kortrijk",
      "width_mm": 80,
      "only_for": ["kortrijk"]"#,
    );
    let output = run(scratch.path(), &["build"]);
    assert!(output.status.success(), "{}", stdout(&output));
    let before = files(&scratch.out());
    let output = run(scratch.path(), &["build"]);
    assert!(stdout(&output).starts_with("28 bestanden: 0 geschreven, 28 ongewijzigd"), "{}", stdout(&output));
    scratch.write("beelden/markt.png", common::png(900, 601));
    let output = run(scratch.path(), &["build"]);
    assert!(stdout(&output).starts_with("28 bestanden: 2 geschreven, 26 ongewijzigd"), "{}", stdout(&output));
    assert_eq!(
        changed(&before, &files(&scratch.out())),
        ["jaarverslag-2023-kortrijk.docx", "jaarverslag-2023-kortrijk.pdf"]
    );
}

#[test]
fn a_corrupt_state_file_means_a_full_build_not_an_error() {
    let scratch = copy_of_input("corrupt");
    run(scratch.path(), &["build", "--variant", "bestuur"]);
    std::fs::write(scratch.out().join(jaarverslag::build::STATE_FILE), "{\"files\": [nonsense").unwrap();
    let output = run(scratch.path(), &["build", "--variant", "bestuur"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).starts_with("2 bestanden: 2 geschreven, 0 ongewijzigd"), "{}", stdout(&output));
}

#[test]
fn force_rebuilds_and_format_and_variant_select() {
    let scratch = copy_of_input("select");
    let output = run(scratch.path(), &["build", "--variant", "zwevegem", "--format", "pdf"]);
    assert!(stdout(&output).starts_with("1 bestand: 1 geschreven"), "{}", stdout(&output));
    assert_eq!(files(&scratch.out()).keys().collect::<Vec<_>>(), ["jaarverslag-2023-zwevegem.pdf"]);
    let output = run(scratch.path(), &["build", "--variant", "zwevegem", "--format", "pdf", "--force"]);
    assert!(stdout(&output).starts_with("1 bestand: 1 geschreven, 0 ongewijzigd"), "{}", stdout(&output));
    let output = run(scratch.path(), &["build", "--variant", "zwevegm"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).contains("bedoel je \"zwevegem\"?"));
    let quiet = run(scratch.path(), &["build", "--variant", "zwevegem", "--format", "pdf", "--quiet"]);
    assert_eq!(String::from_utf8_lossy(&quiet.stdout), "");
}

#[cfg(unix)]
#[test]
fn a_file_that_cannot_be_written_is_reported_and_the_others_go_on() {
    use std::os::unix::fs::PermissionsExt as _;
    if nix_is_root() {
        // Root writes through permissions; make the target a folder instead.
        let scratch = copy_of_input("blocked");
        std::fs::create_dir_all(scratch.out().join("jaarverslag-2023-bestuur.pdf")).unwrap();
        let output = run(scratch.path(), &["build", "--variant", "bestuur", "--variant", "menen"]);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stdout(&output).contains("kon niet geschreven worden")
                && stdout(&output).contains("3 geschreven, 0 ongewijzigd, 1 mislukt"),
            "{}",
            stdout(&output)
        );
        assert!(scratch.out().join("jaarverslag-2023-menen.pdf").is_file());
        let again = run(scratch.path(), &["build", "--variant", "bestuur", "--variant", "menen"]);
        assert!(stdout(&again).contains("1 mislukt"), "the failed file is tried again: {}", stdout(&again));
        return;
    }
    let scratch = copy_of_input("readonly");
    run(scratch.path(), &["build", "--variant", "bestuur"]);
    std::fs::set_permissions(scratch.out(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let output = run(scratch.path(), &["build", "--variant", "bestuur", "--force"]);
    std::fs::set_permissions(scratch.out(), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(output.status.code(), Some(1));
}

fn nix_is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Zwevegem's version starts with an overview listing the cleaning course, with the page it
/// is on; Kortrijk's lists the bicycle work and not the course; Wervik's has none.
#[test]
fn municipal_overviews_in_the_2023_report() {
    use jaarverslag::layout::{Fonts, Hyphenator, PageItem, Setup};
    use jaarverslag::model::Variant;
    let report = jaarverslag::input::load(&common::root().join("input")).report.unwrap();
    let theme = jaarverslag::theme::load_default();
    let fonts = Fonts::load(&theme.fonts).unwrap();
    let hyphenator = Hyphenator::dutch();
    let setup = Setup { theme: &theme, fonts: &fonts, hyphenator: &hyphenator };
    let page_text = |doc: &jaarverslag::layout::PagedDocument, page: usize| -> String {
        doc.pages[page]
            .items
            .iter()
            .filter_map(
                |i| if let PageItem::Text { text, .. } = &i.item { Some(text.as_str()) } else { None },
            )
            .collect::<Vec<_>>()
            .join(" ")
    };

    let zwevegem = report.for_variant(&Variant::Municipality("zwevegem".into()));
    assert_eq!(zwevegem.overview.len(), 1);
    // The sentence that names the municipality, whole: the cleaning course.
    assert_eq!(
        zwevegem.overview[0].label,
        "Taal en opleidingsniveau — Na een korte arbeidsmarktanalyse van de regio en afstemming met de \
         trajectbegeleiders, werd er gekozen voor een mobiele opleiding schoonmaak in Zwevegem."
    );
    let doc = jaarverslag::layout::layout(&zwevegem, &setup);
    // On the cover, after the version line, before the introduction.
    let front = page_text(&doc, 0);
    let at = |needle: &str| front.find(needle).unwrap_or_else(|| panic!("{needle} on the cover: {front}"));
    assert!(at("Versie gemeente Zwevegem") < at("In uw gemeente") && at("In uw gemeente") < at("Inleiding"));
    let target_page = doc.anchors[&zwevegem.overview[0].anchor].page;
    assert!(page_text(&doc, target_page).contains("schoonmaak"), "the entry's page has the course");
    // The first page number (right-aligned) on the front page is the overview entry's.
    let first_number = doc.pages[0]
        .items
        .iter()
        .filter_map(|i| match &i.item {
            PageItem::Text { text, parent: Some(_), .. } if i.at.x > 400.0 => Some(text.as_str()),
            _ => None,
        })
        .find(|t| t.chars().all(|c| c.is_ascii_digit()));
    assert_eq!(first_number, Some((target_page + 1).to_string().as_str()), "{front}");

    let kortrijk = report.for_variant(&Variant::Municipality("kortrijk".into()));
    let labels: Vec<&str> = kortrijk.overview.iter().map(|e| e.label.as_str()).collect();
    assert!(
        labels.iter().any(|l| l.starts_with("Mobiliteit"))
            && !labels.iter().any(|l| l.contains("Opleidingsniveau")),
        "{labels:?}"
    );

    let wervik = report.for_variant(&Variant::Municipality("wervik".into()));
    assert!(wervik.overview.is_empty());
    let doc = jaarverslag::layout::layout(&wervik, &setup);
    assert!(!page_text(&doc, 0).contains("In uw gemeente"));
}

/// No page of the front matter (the cover with the overview and introduction, the table of
/// contents) is nearly empty, in any version: at least a quarter of the text height is used.
#[test]
fn no_front_matter_page_is_nearly_empty() {
    use jaarverslag::layout::{Fonts, Hyphenator, Setup};
    let report = jaarverslag::input::load(&common::root().join("input")).report.unwrap();
    let theme = jaarverslag::theme::load_default();
    let fonts = Fonts::load(&theme.fonts).unwrap();
    let hyphenator = Hyphenator::dutch();
    let setup = Setup { theme: &theme, fonts: &fonts, hyphenator: &hyphenator };
    let page = &theme.page;
    let (top, bottom) =
        (page.margin_top_mm * 72.0 / 25.4, (page.height_mm - page.margin_bottom_mm) * 72.0 / 25.4);
    let variants = report.variants();
    for variant in variants {
        let version = report.for_variant(&variant);
        let doc = jaarverslag::layout::layout(&version, &setup);
        let first_section = doc.anchors[&version.sections[0].anchor].page;
        assert!(first_section >= 2, "{variant:?}: a cover and a table of contents");
        for (n, front_page) in doc.pages[..first_section].iter().enumerate() {
            // Without the running header and footer, which lie outside the text area.
            let used = front_page
                .items
                .iter()
                .filter_map(|placed| match placed.item {
                    jaarverslag::layout::PageItem::Text { .. }
                        if placed.at.y > top && placed.at.y < bottom =>
                    {
                        Some(placed.at.y)
                    }
                    _ => None,
                })
                .fold(top, f64::max)
                - top;
            assert!(used > 0.25 * (bottom - top), "{variant:?}: page {} is {used:.0} pt full", n + 1);
        }
    }
}

#[test]
fn changes_says_which_sections_and_versions_changed() {
    let scratch = copy_of_input("changes");
    let first = stdout(&run(scratch.path(), &["changes"]));
    assert!(first.contains("er is geen vorige build"), "{first}");
    run(scratch.path(), &["build", "--quiet"]);
    assert!(
        stdout(&run(scratch.path(), &["changes"])).contains("er is niets veranderd sinds de vorige build")
    );
    add_paragraph_only_for_kortrijk(&scratch);
    let report = stdout(&run(scratch.path(), &["changes"]));
    assert!(report.contains("gewijzigd hoofdstuk: WSE-LR3"), "{report}");
    assert!(report.contains("versies om opnieuw te sturen: kortrijk\n"), "{report}");
    assert!(!report.contains("WSE-LR1"), "{report}");
    // `changes` writes nothing.
    assert!(stdout(&run(scratch.path(), &["changes"])).contains("versies om opnieuw te sturen: kortrijk"));
}

#[test]
fn watch_rebuilds_after_a_save_and_keeps_the_outputs_on_invalid_input() {
    use std::io::BufRead as _;
    let scratch = copy_of_input("watch");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_jaarverslag"))
        .args(["watch", "--variant", "bestuur", "--format", "pdf"])
        .current_dir(scratch.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    let out = child.stdout.take().unwrap();
    let err = child.stderr.take().unwrap();
    let err_sender = sender.clone();
    std::thread::spawn(move || {
        std::io::BufReader::new(out).lines().map_while(Result::ok).for_each(|l| drop(sender.send(l)))
    });
    std::thread::spawn(move || {
        std::io::BufReader::new(err).lines().map_while(Result::ok).for_each(|l| drop(err_sender.send(l)))
    });
    let wait_for = |wanted: &str| -> bool {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while std::time::Instant::now() < deadline {
            if let Ok(line) = receiver.recv_timeout(std::time::Duration::from_millis(200))
                && line.contains(wanted)
            {
                return true;
            }
        }
        false
    };
    let first = wait_for("1 bestand: 1 geschreven");
    scratch.edit(
        "sections/3-ondernemerschap.json",
        "Er waren 6 sociale-economiebedrijven",
        "Er waren zes sociale-economiebedrijven",
    );
    let announced = wait_for("sections/3-ondernemerschap.json is bewaard: ik maak het verslag");
    let rebuilt = wait_for("1 bestand: 1 geschreven");
    let done = wait_for("] klaar; ik wacht op de volgende keer dat je bewaart");
    let pdf = std::fs::read(scratch.out().join("jaarverslag-2023-bestuur.pdf")).unwrap();
    scratch.edit("sections/4-vdab.json", "\"number\": 4,", "\"number\": \"vier\",");
    let complained = wait_for("de bestanden in out zijn niet veranderd");
    let _ = child.kill();
    let _ = child.wait();
    assert!(first, "the first build");
    assert!(announced && rebuilt && done, "a rebuild after the save, with time-stamped lines around it");
    assert!(complained, "invalid input is reported");
    assert_eq!(
        std::fs::read(scratch.out().join("jaarverslag-2023-bestuur.pdf")).unwrap(),
        pdf,
        "the last good PDF stays"
    );
}

/// A new municipality changes no other version's bytes, so only it is to be sent.
#[test]
fn adding_a_municipality_lists_only_its_version_to_send() {
    let scratch = copy_of_input("new-municipality");
    assert_eq!(run(scratch.path(), &["build", "--quiet"]).status.code(), Some(0));
    let before = files(&scratch.out());
    scratch.edit(
        "report.json",
        "\"municipalities\": [",
        "\"municipalities\": [\n    { \"id\": \"proefgem\", \"name\": \"Proefgem\" },",
    );
    let preview = stdout(&run(scratch.path(), &["changes"]));
    assert!(preview.contains("versies om opnieuw te sturen: proefgem\n"), "{preview}");
    let output = run(scratch.path(), &["build", "--changes"]);
    let shown = stdout(&output);
    assert!(shown.contains("versies om opnieuw te sturen: proefgem\n"), "{shown}");
    assert!(shown.contains("30 bestanden: 2 geschreven, 28 ongewijzigd"), "{shown}");
    let after = files(&scratch.out());
    for (name, (bytes, modified)) in &before {
        assert!(after[name].0 == *bytes && after[name].1 == *modified, "{name} is untouched");
    }
}

/// A damaged output (emptied, or overwritten by hand) is noticed, made again and reported as
/// repaired; `--force` for one format keeps the other format's state.
#[test]
fn damaged_outputs_are_repaired_and_forcing_one_format_keeps_the_other() {
    let scratch = copy_of_input("repair");
    run(scratch.path(), &["build", "--quiet"]);
    let good = files(&scratch.out());
    let pdf = scratch.out().join("jaarverslag-2023-bestuur.pdf");
    let docx = scratch.out().join("jaarverslag-2023-menen.docx");
    std::fs::write(&pdf, b"").unwrap();
    std::fs::write(&docx, b"garbage").unwrap();
    let shown = stdout(&run(scratch.path(), &["build"]));
    assert!(shown.starts_with("28 bestanden: 0 geschreven, 26 ongewijzigd, 2 hersteld"), "{shown}");
    let repaired = files(&scratch.out());
    for name in ["jaarverslag-2023-bestuur.pdf", "jaarverslag-2023-menen.docx"] {
        assert!(repaired[name].0 == good[name].0, "{name} holds the report again");
    }
    let forced = stdout(&run(scratch.path(), &["build", "--force", "--format", "docx"]));
    assert!(forced.starts_with("14 bestanden: 14 geschreven"), "{forced}");
    let next = stdout(&run(scratch.path(), &["build"]));
    assert!(
        next.starts_with("28 bestanden: 0 geschreven, 28 ongewijzigd"),
        "the PDFs' state was kept: {next}"
    );
}

#[test]
fn files_of_versions_that_are_gone_are_reported_then_pruned_and_no_other_file_is_touched() {
    let scratch = copy_of_input("prune");
    assert!(run(scratch.path(), &["build"]).status.success());
    let out = scratch.out();
    // A file named like ours that this tool did not write, and a file of the user's own.
    std::fs::write(out.join("jaarverslag-2019-bestuur.pdf"), b"oud").unwrap();
    std::fs::write(out.join("notities.docx"), b"mijn notities").unwrap();

    // Anzegem leaves the report: its two files are reported, and stay.
    scratch.edit(
        "report.json",
        "{\n      \"id\": \"anzegem\",\n      \"name\": \"Anzegem\"\n    },\n    ",
        "",
    );
    let output = run(scratch.path(), &["build"]);
    let said = stdout(&output);
    assert!(output.status.success(), "{said}");
    assert!(
        said.contains("2 bestanden van versies die dit verslag niet meer heeft, staan nog in")
            && said.contains("jaarverslag-2023-anzegem.docx, jaarverslag-2023-anzegem.pdf")
            && said.contains("--prune"),
        "{said}"
    );
    assert!(
        out.join("jaarverslag-2023-anzegem.pdf").exists()
            && out.join("jaarverslag-2023-anzegem.docx").exists()
    );

    // Someone opened Anzegem's DOCX and saved it: --prune removes only the untouched PDF.
    let mut edited = std::fs::read(out.join("jaarverslag-2023-anzegem.docx")).unwrap();
    edited.extend_from_slice(b"bewerkt");
    std::fs::write(out.join("jaarverslag-2023-anzegem.docx"), &edited).unwrap();
    let output = run(scratch.path(), &["build", "--prune"]);
    let said = stdout(&output);
    assert!(output.status.success(), "{said}");
    assert!(said.contains("1 bestand van een oude versie verwijderd"), "{said}");
    assert!(
        said.contains("jaarverslag-2023-anzegem.docx is veranderd nadat deze tool het schreef"),
        "{said}"
    );
    assert!(!out.join("jaarverslag-2023-anzegem.pdf").exists());
    assert_eq!(std::fs::read(out.join("jaarverslag-2023-anzegem.docx")).unwrap(), edited);
    assert_eq!(std::fs::read(out.join("jaarverslag-2019-bestuur.pdf")).unwrap(), b"oud");
    assert_eq!(std::fs::read(out.join("notities.docx")).unwrap(), b"mijn notities");
    assert!(out.join("jaarverslag-2023-bestuur.pdf").exists(), "current versions stay");

    // Nothing is left to report: the changed file is the user's now.
    let said = stdout(&run(scratch.path(), &["build"]));
    assert!(!said.contains("niet meer heeft"), "{said}");
}

#[test]
fn a_build_in_which_every_file_fails_leaves_the_state_file_as_it_was() {
    let scratch = copy_of_input("all-fail");
    assert!(run(scratch.path(), &["build", "--variant", "bestuur"]).status.success());
    let state_file = scratch.out().join(".jaarverslag-state.json");
    let before = std::fs::read(&state_file).unwrap();
    // Both files of the version are in the way (folders in their place), after an edit.
    for extension in ["docx", "pdf"] {
        let path = scratch.out().join(format!("jaarverslag-2023-bestuur.{extension}"));
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
    }
    scratch.edit(
        "sections/4-vdab.json",
        "\"title\": \"De samenwerking",
        "\"title\": \"De nauwe samenwerking",
    );
    let output = run(scratch.path(), &["build", "--variant", "bestuur"]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(stdout(&output).contains("2 mislukt"), "{}", stdout(&output));
    assert_eq!(std::fs::read(&state_file).unwrap(), before, "the state is as it was");
}
