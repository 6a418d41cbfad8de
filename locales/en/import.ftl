# import: a Word file (.docx) → an input folder; import --update: the edits made in Word
# brought back into the input. In Fluent, a brace is written {"{"} or {"}"}.

## A Word file that cannot be read, or is not a Word file ($name is the file as given).

docx-read-too-large = { $name } is larger than { $megabytes } MB
    .hint = a report is a few megabytes; save the pictures smaller in Word (File › Compress Pictures) and try again
# The message itself says why the file cannot be opened (it does not exist, is a folder…).
docx-read-open =
    .hint = give the path of a .docx file saved from Word or LibreOffice
docx-read-password = { $name } is protected with a password
    .hint = open it in Word, remove the password (File › Info › Protect Document) and save it again
# A zip whose parts are encrypted.
docx-read-password-part = { $name } is protected with a password
    .hint = open it in Word, remove the password and save it again
docx-read-old-doc = { $name } is an old Word document (.doc), not a .docx
    .hint = open it in Word or LibreOffice and save it as "Word Document (.docx)"
docx-read-pdf = { $name } is a PDF
    .hint = give a .docx file saved from Word or LibreOffice
docx-read-rtf = { $name } is an RTF document
    .hint = give a .docx file saved from Word or LibreOffice
docx-read-empty = { $name } is empty
    .hint = give a .docx file saved from Word or LibreOffice
docx-read-not-word = { $name } is not a Word document
    .hint = give a .docx file saved from Word or LibreOffice
docx-read-damaged = { $name } is a damaged Word file (its zip cannot be read)
    .hint = it may have been cut off while copying or downloading; copy it again, or open it in Word and save it again
docx-read-too-many-parts = { $name } has { $parts } parts, more than the { $max } a Word file has
    .hint = open it in Word and save it again
docx-read-zip-bomb = { $name } unpacks to more than { $megabytes } MB, which no report does (a "zip bomb")
    .hint = this file is not a normal Word document; ask whoever sent it for the original
docx-read-no-document = { $name } has no document text (word/document.xml is missing)
    .hint = it is a zip but not a Word document; open it in Word and save it as .docx
# $detail is the XML reader's own description of the fault.
docx-read-text = { $name }: its text cannot be read ({ $detail })
    .hint = open the file in Word and save it again
docx-read-not-utf8 = { $name }: the part { $part } is not UTF-8 XML
    .hint = open the file in Word and save it again
docx-read-dtd = { $name }: the part { $part } declares a DTD or entities, which are refused
    .hint = Word never writes them; open the file in Word and save it again

## What the import could not map, said with its place.

# Where a paragraph of the Word file is: $section is "2. Title of the section" or the
# report's introduction (as the report names it), $heading the heading above it,
# $paragraph its number in the document, $words the first words of its block.
import-place = { $section } (paragraph { $paragraph })
import-place-words = { $section } (paragraph { $paragraph }, “{ $words }”)
import-place-heading = { $section } › { $heading } (paragraph { $paragraph })
import-place-heading-words = { $section } › { $heading } (paragraph { $paragraph }, “{ $words }”)
# A finding with its place (one of the import-place messages).
import-finding = { $place }: { $message }

import-nested-table = a table inside a table is not imported; its text goes into the cell
import-merged-cells = merged table cells are split again; check the table
import-tracked-deletion = a tracked change (a deletion) is taken as accepted: its text is left out
import-tracked-insertion = a tracked change (an insertion) is taken as accepted
import-tracked-formatting = a tracked change (a change of formatting) is taken as accepted
# $style is the style's id in the Word file.
import-style-as-body = the style "{ $style }" is read as body text
# $field is the field's name in Word (DATE, AUTHOR…).
import-field = a field ({ $field }) is kept as the text it shows
import-comment = a comment is not imported; read it in Word
import-footnote = a footnote is not imported; put its text in the paragraph
import-text-box = a text box is not imported; put its text in a paragraph

# $level is 2 or 3; "Heading 1" is the name of Word's style.
import-heading-before-first = paragraph { $paragraph } ("{ $words }"): a heading { $level } before the first Heading 1 is read as bold text in the introduction
import-bold-heading = paragraph { $paragraph } ("{ $words }") is bold body text that looks like a heading; give it a heading style in Word if it is one
import-chart-unreadable = paragraph { $paragraph }: a chart whose numbers cannot be read is not imported; add it as a chart block
import-logo = the picture before the title is taken as the organisation's logo, which the theme puts there; it is not imported
# "alt" is the field of the image block in the section file $file.
import-picture-no-alt-at = paragraph { $paragraph }: a picture without a description; write what it shows in "alt" of { $file }
import-picture-no-alt = a picture without a description; write what it shows in "alt" of { $file }
# $written_kind and $own_kind are file types: PNG, JPEG, SVG.
import-picture-other-kind = the picture { $own } came back from Word as { $written } (a { $written_kind } in place of the { $own_kind }); it is imported as that
import-link-not-heading = the link "{ $text }" points at a place that is not a heading; it is kept as text
import-section-empty = paragraph { $paragraph }: the section "{ $title }" has no content
import-no-manifest-own = no --manifest given: report.json lists only the municipalities this version names; give --manifest input/report.json for all of them
import-no-manifest = no --manifest given: the year, publication date and municipalities in report.json are placeholders; check them
import-no-heading-1 = the Word file has no Heading 1, so no section to make
    .hint = give each priority's title the style "Heading 1" (Kop 1) in Word, e.g. "1. Het opnemen van de regierol (WSE-LR1)"

## jaarverslag import FILE.docx --out DIR

import-nothing-written = nothing was written
import-out-not-empty = { $folder } already exists and is not empty
    .hint = choose a new --out folder, so nothing in it is overwritten
# $detail is the system's reason.
import-manifest-unreadable = cannot read the manifest { $path }: { $detail }
    .hint = give the path of an existing report.json
import-manifest-not-json = the manifest { $path } is not valid JSON: { $detail }
    .hint = run `jaarverslag check` on its folder first
import-cannot-write = cannot write { $path }: { $detail }
    .hint = check that the folder can be written to
import-would-not-pass = the imported folder would not pass `check` (see above); nothing was written
import-cannot-create = cannot create { $path }: { $detail }
import-done = { $docx } → { $folder }: { $sections } sections, { $blocks } blocks; { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } to look at

## jaarverslag import FILE.docx --update DIR

update-not-ours = { $docx } was not made by jaarverslag: it does not say which block of the input each paragraph comes from
    .hint = to make a new input folder from it, use `jaarverslag import FILE.docx --out NEW-FOLDER`
update-input-has-errors = the input in { $folder } has errors, so it cannot be updated
    .hint = run `jaarverslag check` and fix what it says first
# $version is the id of a municipality.
update-version-gone = the Word file is the version of "{ $version }", which the input no longer lists
    .hint = add the municipality to report.json again, or update from another version's file
# A list of update-since-… lines follows, one per line.
update-input-changed-since = the input changed after this Word file was made, so its edits might undo newer ones:
    .hint = build again and have the edits made in the new file, or give --force to bring them in anyway (where a block changed on both sides, Word's version wins)
update-changed-since-warning = changed after the Word file was made: { $change }
# $block is an update-block-… text.
update-since-changed = { $file }: { $block } changed
update-since-removed = { $file }: { $block } removed
update-since-added = { $file }: { $block } added
update-sections-differ = the Word file has { $word ->
        [one] 1 section
       *[other] { $word } sections
    } (Heading 1), the report { $report }: a section added or removed in Word cannot be brought back
    .hint = add or remove the section file in the input (and in report.json), then build again
update-cannot-read = cannot read { $file }: { $detail }
    .hint = check that the input folder is complete
update-not-json = { $file } is not valid JSON: { $detail }
    .hint = run `jaarverslag check`

# A block without text, by its kind.
update-block-a = { $kind ->
        [heading] a heading
        [paragraph] a paragraph
        [list] a list
        [table] a table
        [picture] a picture
        [chart] a chart
        [key-figures] a key figures block
       *[block] a block
    }
# A block by its kind and its first words.
update-block-the = { $kind ->
        [heading] the heading “{ $text }”
        [paragraph] the paragraph “{ $text }”
        [list] the list “{ $text }”
        [table] the table “{ $text }”
        [picture] the picture “{ $text }”
        [chart] the chart “{ $text }”
        [key-figures] the key figures “{ $text }”
       *[block] the block “{ $text }”
    }

# What happened to a block, after its place: "paragraph 2 changed" is the section's second
# paragraph under the heading above it.
update-changed = { $kind ->
        [heading] heading changed
        [paragraph] paragraph { $number } changed
        [list] list { $number } changed
        [table] table { $number } changed
        [picture] picture { $number } changed
        [chart] chart { $number } changed
        [key-figures] key figures { $number } changed
       *[block] block { $number } changed
    }
update-added = { $kind ->
        [heading] heading added
        [paragraph] paragraph { $number } added
        [list] list { $number } added
        [table] table { $number } added
        [picture] picture { $number } added
        [chart] chart { $number } added
        [key-figures] key figures { $number } added
       *[block] block { $number } added
    }
update-removed = { $kind ->
        [heading] heading removed
        [paragraph] paragraph { $number } removed
        [list] list { $number } removed
        [table] table { $number } removed
        [picture] picture { $number } removed
        [chart] chart { $number } removed
        [key-figures] key figures { $number } removed
       *[block] block { $number } removed
    }
# A picture of which Word has another file.
update-replaced = { $kind ->
        [heading] heading replaced
        [paragraph] paragraph { $number } replaced
        [list] list { $number } replaced
        [table] table { $number } replaced
        [picture] picture { $number } replaced
        [chart] chart { $number } replaced
        [key-figures] key figures { $number } replaced
       *[block] block { $number } replaced
    }
# The cover's or a section's title and the cover's subtitle, edited in Word.
update-title-changed = title changed
update-subtitle-changed = subtitle changed
# The text that went, and the text that came.
update-line-old = - { $line }
update-line-new = + { $line }

update-tracked-not-accepted = { $count ->
        [one] the Word file has a tracked change that is not accepted yet:
       *[other] the Word file has { $count } tracked changes that are not accepted yet:
    }
    .hint = accept or reject them in Word (Review › Accept) and save, or give --accept-changes to take them all as accepted
# $place is an import-place text; $text the words of the change.
update-tracked-insertion = { $place }: an insertion
update-tracked-insertion-text = { $place }: an insertion: “{ $text }”
update-tracked-deletion = { $place }: a deletion
update-tracked-deletion-text = { $place }: a deletion: “{ $text }”
update-tracked-formatting = { $place }: a change of formatting
update-tracked-accepted = tracked change taken as accepted — { $change }
# A comment of the Word file: its place, its text and who wrote it.
update-comment = { $place }: “{ $text }”
update-comment-by = { $place }: “{ $text }” — { $author }

update-cannot-prepare = cannot prepare the update next to { $folder }: { $detail }
update-would-not-pass = the input would not pass `check` with these edits (see above); nothing was written
update-comments-heading = comments in the Word file, to act on:
update-nothing = nothing to bring back: { $docx } shows the input as it is
update-not-all-written = { $detail }; the files named above were not all written
update-done = { $changes ->
        [one] 1 change
       *[other] { $changes } changes
    } brought back into { $folder }: { $files }; run `jaarverslag build` to rebuild the files that show them
