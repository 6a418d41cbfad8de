//! Every version × format of the report in one run, on rayon's pool, rewriting only what
//! changed.
//!
//! Work shared by the versions — parsing and checking the input, parsing the fonts, loading
//! the hyphenation patterns, laying out each distinct section — is done once, before the
//! fan-out. Each output file's inputs (its version's model, the theme, the fonts, the tool's
//! version) are hashed with blake3; a file whose hash is in the state file and that still
//! exists is neither rebuilt nor rewritten. Files are written to temporary files, flushed
//! to disk together and renamed into place, the state file last, so a build that stops half
//! way leaves every output whole and the state consistent.

mod state;

use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

use crate::layout::{Fonts, Hyphenator, Sections, Setup};
use crate::model::{Report, Variant};
use crate::theme::Theme;
use crate::tr;
pub use state::{STATE_FILE, State};

/// Which formats to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formats {
    pub docx: bool,
    pub pdf: bool,
}

impl Formats {
    pub const BOTH: Formats = Formats { docx: true, pdf: true };
}

/// What to build and how.
#[derive(Debug, Clone)]
pub struct Plan {
    pub variants: Vec<Variant>,
    pub formats: Formats,
    /// Rebuild everything, whatever the state file says.
    pub force: bool,
    /// Threads; 0 means one per core.
    pub jobs: usize,
    /// Remove the files this tool wrote before for versions the report no longer has.
    pub prune: bool,
}

/// One output file of the plan, and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileOutcome {
    pub path: PathBuf,
    pub variant: Variant,
    pub status: Status,
    /// Whether the file's bytes differ from what the last build wrote (a new file too).
    pub changed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Written,
    /// Its inputs had not changed, but the file on disk no longer held what was written (damaged
    /// or replaced by hand): written again.
    Repaired,
    Unchanged,
    /// Could not be written (e.g. open in another program); the others went on.
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct Summary {
    pub files: Vec<FileOutcome>,
    pub milliseconds: u128,
    /// Temporary files of an interrupted build, removed before this one.
    pub leftovers: usize,
    /// Versions whose files' bytes changed: the ones to send again.
    pub to_send: Vec<String>,
    /// Problems that did not stop the build.
    pub warnings: Vec<String>,
    /// Files this tool wrote before for versions the report no longer has (a removed
    /// municipality, last year's report), still in the output folder.
    pub orphans: Vec<String>,
    /// Such files removed (`--prune`).
    pub pruned: Vec<String>,
}

impl Summary {
    /// "28 files: 4 written, 24 unchanged — 38 ms"
    pub fn line(&self) -> String {
        let count = |wanted: fn(&Status) -> bool| self.files.iter().filter(|f| wanted(&f.status)).count();
        let written = count(|s| *s == Status::Written);
        let repaired = count(|s| *s == Status::Repaired);
        let unchanged = count(|s| *s == Status::Unchanged);
        let failed = count(|s| matches!(s, Status::Failed(_)));
        let mut line = tr!("build-summary", files = self.files.len(), written, unchanged);
        if repaired > 0 {
            line.push_str(&tr!("build-summary-repaired", count = repaired));
        }
        if failed > 0 {
            line.push_str(&tr!("build-summary-failed", count = failed));
        }
        if self.leftovers > 0 {
            line.push_str(&tr!("build-summary-leftovers", count = self.leftovers));
        }
        if !self.pruned.is_empty() {
            line.push_str(&tr!("build-summary-pruned", count = self.pruned.len()));
        }
        tr!("build-summary-time", line, ms = self.milliseconds)
    }

    pub fn failed(&self) -> bool {
        self.files.iter().any(|f| matches!(f.status, Status::Failed(_)))
    }
}

/// What every version shares: the theme, its parsed fonts and the hyphenation patterns. The
/// fonts and patterns are loaded on first use, so a build with nothing to do stays quick.
pub struct Renderer<'a> {
    pub theme: &'a Theme,
    engine: std::sync::OnceLock<Result<(Fonts, Hyphenator), String>>,
    /// Sections laid out for the versions of the current build.
    sections: Sections,
    /// blake3 of the tool build, the theme and the font files: part of every output's hash.
    looks_hash: String,
}

/// One version's files, in the formats asked for.
pub struct Files {
    pub docx: Option<Vec<u8>>,
    pub pdf: Option<Vec<u8>>,
}

impl<'a> Renderer<'a> {
    pub fn new(theme: &'a Theme) -> Renderer<'a> {
        let mut hasher = blake3::Hasher::new();
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update(tool_identity().as_bytes());
        hasher.update(format!("{theme:?}").as_bytes());
        let fonts = &theme.fonts;
        for source in [&fonts.regular, &fonts.bold, &fonts.italic, &fonts.bold_italic] {
            hasher.update(source.bytes());
        }
        Renderer {
            theme,
            engine: std::sync::OnceLock::new(),
            sections: Sections::default(),
            looks_hash: hasher.finalize().to_hex().to_string(),
        }
    }

    /// The parsed fonts and the hyphenation patterns, loaded once.
    pub fn engine(&self) -> Result<(&Fonts, &Hyphenator), String> {
        let engine = self.engine.get_or_init(|| {
            let fonts = Fonts::load(&self.theme.fonts).map_err(|e| tr!("build-fonts", reason = e.0))?;
            Ok((fonts, Hyphenator::dutch()))
        });
        match engine {
            Ok((fonts, hyphenator)) => Ok((fonts, hyphenator)),
            Err(e) => Err(e.clone()),
        }
    }

    /// Lays out, in parallel, the sections of `versions` that `render` will need: once per
    /// distinct content, however many versions share it. Returns how many were laid out.
    pub fn prepare(&self, versions: &[&Report]) -> Result<usize, String> {
        let (fonts, hyphenator) = self.engine()?;
        let setup = Setup { theme: self.theme, fonts, hyphenator };
        Ok(self.sections.prepare(versions, &setup))
    }

    /// Lays out one version, paints its PDF, and writes its DOCX with the PDF's page numbers
    /// in the table of contents, so both list the same pages.
    pub fn render(&self, version: &Report) -> Result<Files, String> {
        self.render_formats(version, Formats::BOTH)
    }

    /// As [`Renderer::render`], making only the formats asked for (the DOCX still needs the
    /// layout, for its page numbers).
    pub fn render_formats(&self, version: &Report, formats: Formats) -> Result<Files, String> {
        let (fonts, hyphenator) = self.engine()?;
        let setup = Setup { theme: self.theme, fonts, hyphenator };
        let paged = crate::layout::layout_with(version, &setup, &self.sections);
        let pdf = if formats.pdf {
            let info = version.document_info(&self.theme.labels.version(version));
            Some(crate::pdf::write(&paged, fonts, &info).map_err(|e| e.to_string())?)
        } else {
            None
        };
        let docx = formats.docx.then(|| {
            let layout = crate::docx::Pagination {
                pages: paged.anchors.iter().map(|(anchor, d)| (anchor.clone(), d.page as u32 + 1)).collect(),
                toc_new_page: paged.toc_new_page,
            };
            drop(paged);
            crate::docx::write(version, self.theme, Some(&layout))
        });
        Ok(Files { docx, pdf })
    }

    /// The hash of everything one version's files are made from.
    pub fn hash(&self, version: &Report) -> String {
        let mut hasher = blake3::Hasher::new();
        hasher.update(self.looks_hash.as_bytes());
        hasher.update(format!("{version:?}").as_bytes());
        hasher.finalize().to_hex().to_string()
    }
}

/// Which build of the tool this is: its version, and the size and time of its executable, so
/// that a new build of the tool (even at the same version number) rebuilds everything once.
fn tool_identity() -> String {
    let executable = std::env::current_exe().and_then(std::fs::metadata);
    match executable {
        Ok(meta) => {
            let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            format!("{} {:?}", meta.len(), modified.map(|d| d.as_nanos()))
        }
        Err(_) => String::new(),
    }
}

/// The base name of a version's files: `jaarverslag-2023-bestuur`, `jaarverslag-2023-zwevegem`.
pub fn file_stem(report: &Report, variant: &Variant) -> String {
    format!("jaarverslag-{}-{}", report.meta.year, variant.name())
}

/// What changed since the last build, by section and by version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Sections whose content changed or that are new: (code, printed heading).
    pub sections: Vec<(String, String)>,
    /// Codes of sections that are gone.
    pub removed_sections: Vec<String>,
    /// Versions whose content changed since their last build ("bestuur", municipality ids).
    pub versions: Vec<String>,
    /// Whether there was no previous build to compare with.
    pub first_build: bool,
}

impl Changes {
    /// A short report for staff: which sections changed, which versions to send again.
    pub fn describe(&self) -> String {
        if self.first_build {
            return tr!("changes-first-build");
        }
        if self.sections.is_empty() && self.removed_sections.is_empty() && self.versions.is_empty() {
            return tr!("changes-nothing");
        }
        let mut lines = Vec::new();
        for (code, heading) in &self.sections {
            lines.push(tr!("changes-section", code, heading));
        }
        for code in &self.removed_sections {
            lines.push(tr!("changes-removed-section", code));
        }
        if self.versions.is_empty() {
            lines.push(tr!("changes-no-version"));
        } else {
            lines.push(tr!("changes-versions", versions = self.versions.join(", ")));
        }
        lines.join("\n")
    }
}

fn section_hashes(report: &Report) -> std::collections::BTreeMap<String, String> {
    report.sections.iter().map(|s| (s.code.clone(), hex_hash(format!("{s:?}").as_bytes()))).collect()
}

/// Which sections changed since the last build recorded in `out` (the versions are left
/// for [`changes`] or a build to fill in).
pub fn section_changes(report: &Report, out: &Path) -> Changes {
    sections_since(report, &State::load(out))
}

fn sections_since(report: &Report, state: &State) -> Changes {
    if state.versions.is_empty() && state.sections.is_empty() {
        return Changes { first_build: true, ..Changes::default() };
    }
    let now = section_hashes(report);
    let sections = report
        .sections
        .iter()
        .filter(|s| state.sections.get(&s.code) != now.get(&s.code))
        .map(|s| (s.code.clone(), s.heading()))
        .collect();
    let removed_sections = state.sections.keys().filter(|code| !now.contains_key(*code)).cloned().collect();
    Changes { sections, removed_sections, versions: Vec::new(), first_build: false }
}

/// Compares the input with the last build recorded in `out`, without writing: a version is
/// to be sent again only when one of its files' bytes would differ from those last written.
/// Versions whose inputs changed are made in memory to find out.
pub fn changes(report: &Report, renderer: &Renderer<'_>, variants: &[Variant], out: &Path) -> Changes {
    let state = State::load(out);
    let mut changes = sections_since(report, &state);
    if changes.first_build {
        return changes;
    }
    let names = |variant: &Variant| {
        let stem = file_stem(report, variant);
        [format!("{stem}.docx"), format!("{stem}.pdf")]
    };
    let candidates: Vec<(&Variant, Report)> = variants
        .iter()
        .map(|v| (v, report.for_variant(v)))
        .filter(|(v, version)| {
            let inputs_same = state.versions.get(v.name()) == Some(&renderer.hash(version));
            let intact = names(v).iter().all(|name| {
                let recorded = state.output(name);
                recorded.is_some() && bytes_hash_on_disk(&out.join(name)).as_deref() == recorded
            });
            !(inputs_same && intact)
        })
        .collect();
    let _ = renderer.prepare(&candidates.iter().map(|(_, version)| version).collect::<Vec<_>>());
    changes.versions = candidates
        .par_iter()
        .filter(|(variant, version)| {
            let Ok(files) = renderer.render(version) else { return true };
            let [docx, pdf] = names(variant);
            let differs = |name: &str, bytes: &Option<Vec<u8>>| {
                bytes.as_deref().map(hex_hash).as_deref() != state.output(name)
            };
            differs(&docx, &files.docx) || differs(&pdf, &files.pdf)
        })
        .map(|(variant, _)| variant.name().to_owned())
        .collect();
    changes
}

/// Why a build did not start.
#[derive(Debug)]
pub enum BuildError {
    /// Another build is writing to the output folder: its process id, if known.
    Busy(Option<u32>),
    /// The output folder cannot be made, locked or used; what happened, in a sentence.
    Output(String),
}

impl BuildError {
    pub fn message(&self, out: &Path) -> String {
        match self {
            BuildError::Busy(Some(pid)) => tr!("build-busy", out = out.display().to_string(), pid = *pid),
            BuildError::Busy(None) => tr!("build-busy-unknown", out = out.display().to_string()),
            BuildError::Output(message) => message.clone(),
        }
    }
}

/// Builds `plan` into `out`, holding the output folder's lock for the whole build;
/// `progress` is called once per version finished.
pub fn build(
    report: &Report,
    renderer: &Renderer<'_>,
    plan: &Plan,
    out: &Path,
    progress: &(dyn Fn() + Sync),
) -> Result<Summary, BuildError> {
    let started = Instant::now();
    let folder_error = |e: std::io::Error| {
        BuildError::Output(tr!(
            "build-output-folder",
            out = out.display().to_string(),
            reason = crate::input::read::io_reason(&e)
        ))
    };
    std::fs::create_dir_all(out).map_err(folder_error)?;
    let _lock = crate::output::lock(out).map_err(|e| match e {
        crate::output::LockError::Busy(pid) => BuildError::Busy(pid),
        crate::output::LockError::Io(e) => folder_error(e),
    })?;
    let leftovers = crate::output::remove_leftovers(out, |name| {
        name == STATE_FILE
            || (name.starts_with("jaarverslag-") && (name.ends_with(".docx") || name.ends_with(".pdf")))
    });
    // `--force` rebuilds the files asked for; the state of the others is kept.
    let mut state = State::load(out);

    // Decide per file; versions with nothing to write are not rendered at all. A file counts
    // as up to date only when its inputs are unchanged and its bytes on disk are those written.
    let mut jobs = Vec::new();
    for variant in &plan.variants {
        let version = report.for_variant(variant);
        let hash = renderer.hash(&version);
        let stem = file_stem(report, variant);
        let mut job =
            Job { variant: variant.clone(), version, hash, todo: Vec::new(), unchanged: Vec::new() };
        for (extension, wanted) in [("docx", plan.formats.docx), ("pdf", plan.formats.pdf)] {
            if !wanted {
                continue;
            }
            let name = format!("{stem}.{extension}");
            let path = out.join(&name);
            let recorded = state.output(&name).map(str::to_owned);
            // Forced files are written whatever is on disk.
            let on_disk = recorded.as_ref().filter(|_| !plan.force).and_then(|_| bytes_hash_on_disk(&path));
            let inputs_same = !plan.force && state.get(&name) == Some(job.hash.as_str());
            if inputs_same && on_disk.is_some() && on_disk == recorded {
                job.unchanged.push(path);
            } else {
                let repair = inputs_same && path.exists();
                job.todo.push(Todo { extension, path, repair, recorded, on_disk });
            }
        }
        jobs.push(job);
    }

    let pool = rayon::ThreadPoolBuilder::new().num_threads(plan.jobs).build().map_err(|e| {
        BuildError::Output(tr!("build-threads", reason = crate::input::read::plain_error(&e)))
    })?;
    // The sections first, each distinct one once, in parallel; a failure to load the fonts
    // is reported per file below.
    let to_render: Vec<&Report> = jobs.iter().filter(|j| !j.todo.is_empty()).map(|j| &j.version).collect();
    if !to_render.is_empty() {
        let _ = pool.install(|| renderer.prepare(&to_render));
    }
    // Then the versions, one per task (so no thread idles while another has two left), each
    // written beside its place; the files are flushed and renamed together below.
    let staged: Vec<Vec<(PathBuf, Outcome)>> = pool.install(|| {
        jobs.par_iter()
            .with_max_len(1)
            .map(|job| {
                let files = stage_job(renderer, job);
                progress();
                files
            })
            .collect()
    });
    let written = commit(staged, &jobs);
    // The outcomes come back per job, in the jobs' order.
    let mut to_send = Vec::new();
    for (job, outcomes) in jobs.iter().zip(&written) {
        for (file, bytes) in outcomes {
            let name = file.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            // A file that failed keeps its entry: the old file is still there, made from
            // what the entry says.
            match (&file.status, bytes) {
                (Status::Failed(_), _) | (_, None) => {}
                (_, Some(bytes)) => state.set(&name, &job.hash, bytes),
            }
        }
        if outcomes.iter().any(|(f, _)| f.changed) {
            to_send.push(job.variant.name().to_owned());
        }
        if !outcomes.iter().any(|(f, _)| matches!(f.status, Status::Failed(_))) {
            state.versions.insert(job.variant.name().to_owned(), job.hash.clone());
        }
    }
    let mut files: Vec<FileOutcome> = written.into_iter().flatten().map(|(file, _)| file).collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut warnings = Vec::new();
    let (orphans, pruned) = old_versions(report, &mut state, out, plan.prune, &mut warnings);
    // The files are written; a state that cannot be saved only means a full build next time.
    // When every file failed, nothing was made and the state stays as it was.
    let all_failed = !files.is_empty() && files.iter().all(|f| matches!(f.status, Status::Failed(_)));
    if !all_failed {
        state.sections = section_hashes(report);
    }
    let save = !all_failed || !pruned.is_empty();
    if save && let Err(e) = state.save(out) {
        warnings.push(tr!(
            "build-state-not-saved",
            out = out.display().to_string(),
            reason = crate::input::read::io_reason(&e)
        ));
    }
    Ok(Summary {
        files,
        milliseconds: started.elapsed().as_millis(),
        leftovers: leftovers.len(),
        to_send,
        warnings,
        orphans,
        pruned,
    })
}

/// The files the state says this tool wrote that belong to no version of `report`: those
/// still in `out`, and, with `prune`, those removed. Only a file whose bytes are still those
/// written is removed; one changed since (opened and saved in Word) is left, with a warning,
/// and forgotten. Files no longer there are forgotten.
fn old_versions(
    report: &Report,
    state: &mut State,
    out: &Path,
    prune: bool,
    warnings: &mut Vec<String>,
) -> (Vec<String>, Vec<String>) {
    let current: Vec<String> = report
        .variants()
        .flat_map(|v| {
            let stem = file_stem(report, &v);
            [format!("{stem}.docx"), format!("{stem}.pdf")]
        })
        .collect();
    let old: Vec<String> =
        state.names().filter(|n| !current.iter().any(|c| c == n)).map(str::to_owned).collect();
    let (mut orphans, mut pruned) = (Vec::new(), Vec::new());
    for name in old {
        let path = out.join(&name);
        if !path.exists() {
            state.remove(&name);
            continue;
        }
        if !prune {
            orphans.push(name);
            continue;
        }
        // Only removing needs the bytes read.
        match bytes_hash_on_disk(&path) {
            Some(hash) if Some(hash.as_str()) == state.output(&name) => match std::fs::remove_file(&path) {
                Ok(()) => {
                    state.remove(&name);
                    pruned.push(name);
                }
                Err(e) => warnings.push(tr!(
                    "build-not-removed",
                    name = &name,
                    reason = crate::input::read::io_reason(&e)
                )),
            },
            _ => {
                warnings.push(tr!("build-changed-by-hand", name = &name));
                state.remove(&name);
            }
        }
    }
    (orphans, pruned)
}

/// The blake3 of `bytes`, in hex, as the state file keeps hashes.
fn hex_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// The blake3 of a file's bytes, if it is a readable regular file.
fn bytes_hash_on_disk(path: &Path) -> Option<String> {
    let bytes = crate::input::read::read_regular(path, 1 << 30).ok()?;
    Some(hex_hash(&bytes))
}

/// One version's part of a build: what to write, and what is already up to date.
struct Job {
    variant: Variant,
    version: Report,
    hash: String,
    todo: Vec<Todo>,
    unchanged: Vec<PathBuf>,
}

/// A file to make.
struct Todo {
    extension: &'static str,
    path: PathBuf,
    /// Its inputs are unchanged but the file on disk is not what was written.
    repair: bool,
    /// The hash of the bytes the last build wrote, and of those on disk now.
    recorded: Option<String>,
    on_disk: Option<String>,
}

/// What became of one of a version's files while rendering; with the hash of its bytes
/// where they are known.
enum Outcome {
    Unchanged,
    /// Made again, and the same bytes as those on disk: not rewritten.
    Same(String),
    Staged {
        file: crate::output::Staged,
        bytes: String,
        repair: bool,
        changed: bool,
    },
    Failed(String),
}

/// Renders a version (when any of its files must be written) and writes those files beside
/// their places. A version that cannot be rendered or written is reported per file; the
/// others go on.
fn stage_job(renderer: &Renderer<'_>, job: &Job) -> Vec<(PathBuf, Outcome)> {
    let mut files: Vec<(PathBuf, Outcome)> =
        job.unchanged.iter().map(|p| (p.clone(), Outcome::Unchanged)).collect();
    if job.todo.is_empty() {
        return files;
    }
    let formats = Formats {
        docx: job.todo.iter().any(|t| t.extension == "docx"),
        pdf: job.todo.iter().any(|t| t.extension == "pdf"),
    };
    let rendered = match renderer.render_formats(&job.version, formats) {
        Ok(rendered) => rendered,
        Err(e) => {
            let why = tr!("build-not-written", version = job.variant.name(), reason = e.to_string());
            files.extend(job.todo.iter().map(|t| (t.path.clone(), Outcome::Failed(why.clone()))));
            return files;
        }
    };
    for todo in &job.todo {
        // Both were made if asked for: `formats` comes from these files.
        let Some(bytes) = (if todo.extension == "pdf" { &rendered.pdf } else { &rendered.docx }) else {
            continue;
        };
        let hash = hex_hash(bytes);
        let outcome = if todo.on_disk.as_ref() == Some(&hash) {
            Outcome::Same(hash)
        } else {
            let changed = todo.recorded.as_ref() != Some(&hash);
            match crate::output::stage(&todo.path, bytes) {
                Ok(file) => Outcome::Staged { file, bytes: hash, repair: todo.repair, changed },
                Err(e) => Outcome::Failed(write_error(&todo.path, &e)),
            }
        };
        files.push((todo.path.clone(), outcome));
    }
    files
}

fn write_error(path: &Path, e: &std::io::Error) -> String {
    let path = path.display().to_string();
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => tr!("build-write-failed-permission", path),
        std::io::ErrorKind::StorageFull => tr!("build-write-failed-full", path),
        _ => tr!("build-write-failed", path, reason = crate::input::read::io_reason(e)),
    }
}

/// Flushes and renames every staged file; the outcomes per job, in the jobs' order, each
/// with the hash of the bytes now in the file (none when unknown or failed).
fn commit(staged: Vec<Vec<(PathBuf, Outcome)>>, jobs: &[Job]) -> Vec<Vec<(FileOutcome, Option<String>)>> {
    let mut files = Vec::new();
    // Where each staged file's outcome is: (job, file).
    let mut places = Vec::new();
    let mut outcomes: Vec<Vec<(FileOutcome, Option<String>)>> = Vec::new();
    for (j, (entries, job)) in staged.into_iter().zip(jobs).enumerate() {
        let mut done = Vec::new();
        for (path, outcome) in entries {
            let (status, changed, bytes) = match outcome {
                Outcome::Unchanged => (Status::Unchanged, false, None),
                Outcome::Same(bytes) => (Status::Unchanged, false, Some(bytes)),
                Outcome::Failed(why) => (Status::Failed(why), false, None),
                Outcome::Staged { file, bytes, repair, changed } => {
                    places.push((j, done.len()));
                    files.push(file);
                    (if repair { Status::Repaired } else { Status::Written }, changed, Some(bytes))
                }
            };
            done.push((FileOutcome { path, variant: job.variant.clone(), status, changed }, bytes));
        }
        outcomes.push(done);
    }
    for ((j, k), result) in places.into_iter().zip(crate::output::commit_all(files)) {
        if let Err(e) = result {
            let (file, bytes) = &mut outcomes[j][k];
            file.status = Status::Failed(write_error(&file.path, &e));
            file.changed = false;
            *bytes = None;
        }
    }
    outcomes
}
