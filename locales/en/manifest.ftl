# Reading the input folder: the files themselves (read-), then the manifest report.json,
# the section files it lists, and the checks that span files (manifest-).
# In Fluent, a brace is written {"{"} or {"}"}.

## Files that cannot be read: { $name } is the file as the message names it.

read-not-found = the file { $name } does not exist
read-folder = { $name } is a folder, not a file
read-fifo = { $name } is a named pipe (FIFO), not a file
read-device = { $name } is a device, not a file
read-socket = { $name } is a socket, not a file
read-special = { $name } is not a regular file
read-too-large = { $name } is larger than { $megabytes } MB
read-permission-denied = { $name } may not be read (permission denied)
# { $reason } is the system's own description of the error.
read-failed = { $name } could not be read ({ $reason })

## The input folder and its files

manifest-unexplained = the report could not be assembled, for a reason the checks did not name
    .hint = this is a bug in jaarverslag; please report it with your input files
manifest-outside-link = { $name } leads outside the input folder (it is a link to a file elsewhere)
    .hint = copy the file into the input folder instead of linking to it
manifest-no-input-folder = the input folder "{ $folder }" does not exist
    .hint = give the folder that holds report.json with --input, or run the command where input/ is
manifest-not-report-folder-hint = is "{ $folder }" the folder with the report? It should contain report.json
manifest-folder-hint = name a .json file
manifest-special-file-hint = name an ordinary .json file saved in the input folder; a pipe or device cannot be read as a report
manifest-too-large = { $name } is too large ({ $size } MB)
    .hint = a report file holds at most { $limit } MB of text; is this the right file?
manifest-unreadable-hint = check that the file exists and may be read
manifest-utf16 = the file is saved as UTF-16, not UTF-8
    .hint = save it as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding" → UTF-8)
manifest-not-utf8 = the file is not valid UTF-8 text
    .hint = it was probably saved in another encoding (e.g. Windows-1252); save it as UTF-8 (in VS Code: "Save with Encoding" → UTF-8)
manifest-did-you-mean-file = did you mean "{ $name }"?
manifest-no-section-files = there are no .json files in { $folder }
# { $files } is a list such as "sections/1-regierol.json", "sections/2-drempels.json".
manifest-section-files-are = the section files are: { $files }

## What the manifest's objects are, in messages such as "unknown field "x" in a municipality"
## (see decode-shape-…), and what its lists should have been (see decode-want-…).

manifest-shape-manifest = the manifest
manifest-shape-municipality = a municipality
manifest-shape-section = a section file
manifest-want-municipalities = a list of municipalities [ {"{"} "id": …, "name": … {"}"} ]
manifest-want-sections = a list of section files ["sections/1-….json", …]

## The manifest's own fields

manifest-schema-version = this tool reads schema_version { $expected }, not { $found }
    .hint = set "schema_version": { $expected }, or use the version of jaarverslag the files were written for
manifest-field-empty = "{ $field }" is empty
    .hint = write it out; it is printed in the report
manifest-language-unsupported = the language "{ $language }" is not supported
    .hint = the tool writes Dutch dates, numbers and hyphenation: use "nl-BE"
manifest-implausible-year = { $year } is not a plausible report year
    .hint = write the year the report is about, e.g. 2023
# { $reason } says what is wrong with the date.
manifest-invalid-date = invalid date: { $reason }
    .hint = write the date as YYYY-MM-DD, e.g. "2024-03-29"
manifest-subtitle-year = the subtitle names { $named }, but "year" is { $year }
    .hint = make them agree: "year" names the output files (jaarverslag-{ $year }-…) and the subtitle is on the cover
# { $next } is the year after { $year }.
manifest-publication-year = the publication date { $date } is not in { $year } or { $next }
    .hint = a report on { $year } is published in { $year } or early { $next }; check the date and "year"

## Municipalities

manifest-id-unusable = "{ $id }" is not a usable id
    .hint = ids name the output files: use lowercase letters, digits and single hyphens, e.g. "{ $suggestion }"
# { $board } is the name of the board's version in the file names ("bestuur").
manifest-id-board = the id "{ $id }" is the board's version
    .hint = rename this municipality's id: its files would replace the board's report (jaarverslag-…-{ $board }.pdf)
manifest-id-twice = the municipality id "{ $id }" appears twice
    .hint = every municipality needs its own id
manifest-municipality-unnamed = the municipality has no name
    .hint = write the name as it should be printed
manifest-municipality-twice = the municipality "{ $name }" appears twice
    .hint = list every municipality once
# { $ids } is a list such as "zwevegem", "harelbeke"; { $example } is JSON such as { "id": "zwevegem", "name": "Zwevegem" }.
manifest-no-municipalities = the report lists no municipalities, but its sections name { $count }: { $ids }
    .hint = list each municipality here, e.g. [{ $example }], or remove "concerns" and "only_for" from the sections

## The list of sections

manifest-no-sections = the report has no sections
    .hint = list the section files, e.g. ["sections/1-regierol.json"]
manifest-section-path-empty = the section path "{ $name }" is empty
manifest-section-path-absolute = the section path "{ $name }" is absolute; only files inside the input folder can be read
manifest-section-path-outside = the section path "{ $name }" goes outside the input folder (`..`); only files inside it can be read
manifest-section-path-hint = name the file relative to the input folder, e.g. "sections/1-regierol.json"
manifest-section-listed-twice = "{ $name }" is listed twice
    .hint = list each section file once
manifest-unlisted-section = { $name } is not listed in report.json, so it is not part of the report
    .hint = add "{ $name }" to "sections" in report.json, or remove the file

## Section files

manifest-section-untitled = the section has no title
    .hint = write the priority's title
manifest-code-unusable = "{ $code }" is not a usable section code
    .hint = use letters, digits and hyphens, e.g. "WSE-LR1"
# { $first } is the section file that uses it first.
manifest-duplicate-code = the section code "{ $code }" is already used by { $first }
    .hint = every section needs its own code (WSE-LR1, WSE-LR2, …)
manifest-duplicate-number = the section number { $number } is already used by { $first }
    .hint = every section needs its own number
# { $position } is an ordinal from manifest-ordinal: 1st, 2nd, 3rd …
manifest-number-out-of-order = this section is numbered { $number } but comes { $position } in report.json
    .hint = check the number, or the order of "sections" in report.json
# A number as an ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st …; { $last_digit } and
# { $last_two } are the last one and two digits of { $n }.
manifest-ordinal = { $n }{ $last_two ->
        [11] th
        [12] th
        [13] th
       *[other] { $last_digit ->
            [1] st
            [2] nd
            [3] rd
           *[other] th
        }
    }

## Links

manifest-duplicate-anchor = the link target "{ $anchor }" is already used by another heading or section
    .hint = give this heading an "id" of its own
manifest-link-target-missing = no heading or section has the link target "#{ $anchor }"
manifest-link-did-you-mean = did you mean "#{ $anchor }"?
# { $sections } is a list such as "#wse-lr1", "#wse-lr2".
manifest-link-sections-are = the report's sections are { $sections }
manifest-link-hint = link to a section by its code ("#wse-lr2") or to a heading by its id; a heading without "id" gets one from its text ("Capacity building" → "#capacity-building")
# An accessibility warning: { $other } and { $target } are link targets, { $other_file } a file.
manifest-link-text-ambiguous = the link text “{ $text }” also leads to { $other } (in { $other_file }), here to { $target }
    .hint = give each link its own words, naming where it goes

## Why a file operation failed (the system's reason, in brackets after a message).
io-not-found = No such file or directory
io-permission-denied = Permission denied
io-already-exists = File exists
io-storage-full = No space left on device
io-quota-exceeded = Disk quota exceeded
io-read-only = Read-only file system
io-is-a-directory = Is a directory
io-not-a-directory = Not a directory
io-directory-not-empty = Directory not empty
io-busy = Device or resource busy
io-invalid-filename = Invalid file name
io-file-too-large = File too large
