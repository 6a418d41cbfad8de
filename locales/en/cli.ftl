# The command line: each command's help and the errors in what was typed.
# An option is under cli-<command>-<option>, or under cli-arg-<option> when it means the
# same for build, watch and changes.

cli-about = Builds W13's annual report from the JSON files in the input folder: the board's version and one per municipality.
cli-after-help =
    Start with `jaarverslag check` after editing; `jaarverslag build` writes the report.
    Exit codes: 0 done, 1 the input has errors (nothing was written), 2 wrong command line.
    User guide (in Dutch): docs/handleiding.md.
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-usage-heading = Usage:
cli-value-dir = DIR
cli-value-file = FILE
cli-value-file-docx = FILE.docx
cli-help = Print help
cli-version = Print version
cli-lang = Language of the messages: nl (default) or en; without this option LANG or LC_ALL decides

cli-build = Check the input and build every version of the report (board and municipalities) as Word and PDF into the output folder; only what changed is rewritten.
cli-build-changes = Also say which sections and versions changed since the last build.
cli-build-prune = Remove the files this tool wrote before for versions the report no longer has (a removed municipality, last year's report); no other file is touched.
cli-watch = Build, then rebuild on every save of an input or theme file (Ctrl-C stops).
cli-changes = Say which sections and versions changed since the last build, without building.
cli-check = Check the input and report every problem, without writing anything.
cli-check-input = Folder with report.json and sections/ (default: input).
cli-check-theme = Theme file to check as well.
cli-check-strict = Treat accessibility warnings (WCAG 2.1 AA) as errors: exit 1 when there is one.
cli-import = Turn a Word report (.docx) into an input folder: a manifest and one section file per Heading 1; what cannot be mapped is listed as a warning with its place. With --update, bring the edits made in Word to a DOCX this tool built back into the input.
cli-import-docx = The Word file.
cli-import-out = The new input folder; it must not hold a report.json yet.
cli-import-update = The input folder the Word file was built from: its changed blocks are rewritten.
cli-import-manifest = A report.json whose municipalities and settings the new manifest takes.
cli-import-force = With --update: bring the edits in even though the input changed after the Word file was built (where a block changed on both sides, Word's version wins).
cli-import-accept_changes = With --update: take the Word file's tracked changes as accepted.
cli-schema = Print the JSON Schema of the input files (for editors such as VS Code).
cli-schema-which = Which file kind: report (the manifest, report.json, the default) or section (a section file).

cli-arg-input = Folder with report.json and sections/ (default: input).
cli-arg-out = Folder the report is written to; created if missing (default: out).
cli-arg-theme = Theme file (page, fonts, styles, labels); the built-in W13 house style by default.
cli-arg-variants = Build only this version: "bestuur" or a municipality id (repeatable). All by default.
cli-arg-format = Write only this format: docx or pdf. Both by default.
cli-arg-jobs = Number of threads; one per core by default, at most four per core (more are not used). The files do not depend on it.
cli-arg-force = Rebuild every file, even those whose inputs did not change.
cli-arg-quiet = Print nothing but errors.

cli-error-unknown-argument = unknown option `{ $arg }`
cli-error-unexpected-value = `{ $arg }` does not belong here: the command takes no value there
cli-error-unknown-command = unknown command `{ $command }`
cli-error-invalid-value = `{ $value }` is not a valid value for { $arg }
    .hint = possible values: { $values }
cli-error-missing = something is missing: { $args }
cli-error-missing-command = say which command to run
    .hint = for example `jaarverslag check` or `jaarverslag build`
cli-error-conflict = { $arg } and { $other } cannot be used together
cli-error-missing-value = { $arg } needs a value
cli-error-twice = { $arg } is given twice
cli-error-other = the command line is wrong: { $detail }
cli-did-you-mean = did you mean `{ $suggestion }`?
cli-more-help = More help: `{ $command } --help`

cli-usage = jaarverslag <COMMAND> [OPTIONS]
cli-usage-command = jaarverslag { $command } [OPTIONS]
cli-import-usage = jaarverslag import FILE.docx (--out DIR | --update DIR) [OPTIONS]
cli-schema-usage = jaarverslag schema [report | section]
cli-value-command = COMMAND
cli-value-format = FORMAT
cli-value-which = WHICH
cli-error-import-target = say where the result goes
    .hint = --out DIR makes a new input folder, --update DIR updates the input folder the Word file was built from
cli-error-number =
    .hint = write a whole number, such as 4
