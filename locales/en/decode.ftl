# Reading the content of the input files: fields, values, blocks, charts and key figures.
# In Fluent, a brace is written {"{"} or {"}"}.

## What an object is, in messages such as "unknown field "x" in a heading block".

decode-shape-heading = a heading block
decode-shape-paragraph = a paragraph block
decode-shape-list = a list block
decode-shape-table = a table block
decode-shape-image = an image block
decode-shape-item = a list item
decode-shape-column = a table column
decode-shape-row = a table row
decode-shape-chart = a chart block
decode-shape-series = a series
decode-shape-key-figures = a key figures block
decode-shape-key-figure = a key figure

## What a value should have been, in "expected …, found …".

decode-want-text = text in double quotes
decode-want-whole-number = a whole number
decode-want-boolean = true or false
decode-want-number = a number
decode-want-municipality-ids = a list of municipality ids, e.g. ["zwevegem"]
decode-want-blocks = a list of blocks [ {"{"} "type": … {"}"}, … ]
decode-want-block = a block {"{"} "type": … {"}"}
decode-want-items = a list of items ["…", …]
decode-want-item = a list item: text, or an object {"{"} "text": … {"}"}
decode-want-columns = a list of columns [ {"{"} "width": 1 {"}"}, … ]
decode-want-header = a list of header rows [ ["…", …] ]
decode-want-rows = a list of rows [ ["…", …], … ]
decode-want-row = a row: a list of cells ["…", …], or an object {"{"} "cells": … {"}"}
decode-want-cells = a list of cells ["…", …]
decode-want-categories = a list of category names ["…", …]
decode-want-series = a list of series [ {"{"} "name": …, "values": […] {"}"} ]
decode-want-numbers = a list of numbers [30, 12.5, …]
decode-want-key-figures = a list of key figures [ {"{"} "value": 40, "label": "deelnemers" {"}"} ]
decode-want-key-value = a number or a short text

## Values of the wrong type.

decode-wrong-type = expected { $expected }, found { $found }
decode-wrong-type-object = expected { $what } (an object {"{"} … {"}"}), found { $found }
decode-hint-add-quotes = put the value in double quotes: "{ $value }"
decode-hint-remove-quotes = remove the quotes: { $value }
decode-hint-number-list = put the numbers in a list, without quotes: [{ $value }]
decode-hint-make-list = put the text in a list: ["…"]
decode-not-whole = expected a whole number, found { $value }
decode-out-of-range = { $value } is out of range: expected a whole number from { $min } to { $max }
decode-unusable-number = { $value } is not a usable number

## Field names.

decode-invisible-character = the field name "{ $field }" has an invisible character in it: a { $character } (U+{ $code })
    .hint = delete the field name with its quotes and type it again; it was probably pasted from a web page or Word
decode-space-in-field-name = the field name "{ $field }" has a space at its start or end
    .hint = delete the field name with its quotes and type it again; it was probably pasted from a web page or Word
decode-char-no-break-space = no-break space
decode-char-soft-hyphen = soft hyphen
decode-char-figure-space = figure space
decode-char-zero-width-space = zero width space
decode-char-zero-width-non-joiner = zero width non-joiner
decode-char-zero-width-joiner = zero width joiner
decode-char-narrow-no-break-space = narrow no-break space
decode-char-word-joiner = word joiner
decode-char-zero-width-no-break-space = zero width no-break space
decode-duplicate-field = the field "{ $field }" appears twice
    .hint = it is already given on line { $line }; remove one of the two
decode-unknown-field = unknown field "{ $field }" in { $what }
    .hint = the fields of { $what } are: { $fields }
decode-did-you-mean = did you mean "{ $best }"?
decode-field-missing = { $what } needs the field "{ $field }"
    .hint = add "{ $field }": … to this object
    .hint-typo = is "{ $typo }" meant to be "{ $field }"?

## Texts.

decode-text-too-long = this text is { $length } characters long
    .hint = a paragraph, item or cell holds at most { $max } characters; split it into paragraphs
decode-municipality-for-everyone = {"{"}municipality{"}"} is used in content that every version shows
    .hint = the board's version has no municipality to fill in; mark the block "only_for": ["…"] or write the name
decode-no-text = the { $what ->
        [item] list item
       *[other] { $what }
    } has no text
    .hint = write the text, or remove the { $what ->
        [item] list item
       *[other] { $what }
    }
decode-alt-names-medium = the description ("alt") “{ $text }” says what it is, not what it shows
    .hint = say in one sentence (at most { $max } characters) what the picture shows, e.g. "Deelnemers aan de opleiding schoonmaak in Zwevegem"; put more in the caption or the text
decode-alt-too-long = the description ("alt") is { $length } characters long; a screen reader reads it all at once
    .hint = say in one sentence (at most { $max } characters) what the picture shows, e.g. "Deelnemers aan de opleiding schoonmaak in Zwevegem"; put more in the caption or the text
decode-link-bare-address = the link text is the address itself (“{ $text }”), which a screen reader spells out
    .hint = name what the reader finds there, e.g. [de samenwerking met VDAB]({ $target }); a screen reader lists links without the sentence around them
decode-link-says-nothing = the link text “{ $text }” does not say where it goes
    .hint = name what the reader finds there, e.g. [de samenwerking met VDAB]({ $target }); a screen reader lists links without the sentence around them

## Who sees what.

decode-never-shown = this content is never shown in the version of { $ids }
    .hint = the content around it is only for { $outer }
decode-empty-municipality-list = "{ $field }" is an empty list
    .hint = name at least one municipality, or remove "{ $field }" to mean everyone
decode-unknown-municipality = unknown municipality id "{ $id }"
    .hint = the municipality ids are defined in report.json: { $ids }

## Blocks.

decode-block-type-missing = a block needs a "type"
    .hint = add "type": one of { $types }
decode-unknown-block-type = unknown block type "{ $type }"
    .hint = the block types are { $types }
decode-long-paragraph = a paragraph of { $length } characters is hard to read on a screen
    .hint = split it into paragraphs of at most { $max } characters, or make a list of its points
decode-summary-empty = the summary is empty
    .hint = write the line for the overview "In uw gemeente", or remove "summary"
decode-summary-unseen = no overview shows this summary: the block concerns no municipality
    .hint = add "concerns": ["…"] with the municipalities it is about, or remove "summary"

## Headings.

decode-heading-in-introduction = the introduction cannot contain headings
    .hint = headings belong in the section files; use a paragraph with **bold** text here
decode-heading-level = a heading inside a section has level 2 or 3, not { $level }
    .hint = level 2 is a topic within the section, level 3 a sub-topic (the section title is level 1)
decode-heading-skips-level = this heading skips a level: level { $level } after level { $previous }
    .hint = use level { $next }, or add a level-{ $next } heading before it
decode-bad-link-target = "{ $id }" is not a usable link target
    .hint = use lowercase letters, digits and hyphens, e.g. "{ $suggestion }"

## Lists.

decode-list-empty = a list without items
    .hint = add items, or remove the list
decode-list-too-deep = lists nested more than 3 levels deep
    .hint = a reader cannot follow deeper lists; flatten this level

## Tables.

decode-table-one-column = a table with one column
    .hint = a screen reader announces a table; for one column a bullet list reads better
decode-table-no-header = a table without a header row
    .hint = add "header": [["…", …]] naming each column, so a screen reader can say which column a cell is in
decode-table-no-columns = a table needs at least one column
    .hint = add one {"{"} {"}"} per column, e.g. "columns": [ {"{"} "width": 1 {"}"}, {"{"} "width": 3 {"}"} ]
decode-table-too-many-columns = a table with { $count } columns
    .hint = a table has at most { $max } columns to stay readable on the page; split it, or turn it into a list
decode-column-width = column width { $width } is out of range
    .hint = widths are relative and positive: 1, 2, 0.5 … (from 0.01 to 1000)
decode-unknown-alignment = unknown alignment "{ $value }"
    .hint = use "left", "center" or "right"
decode-table-no-rows = a table without rows
    .hint = add rows, or remove the table
decode-row-width = this row has { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    }, but the table has { $columns ->
        [one] 1 column
       *[other] { $columns } columns
    }
    .hint = give every row exactly { $columns ->
        [one] 1 cell
       *[other] { $columns } cells
    }; use "" for an empty cell

## Images.

decode-picture-unreadable = a picture cannot be read here
    .hint = this is a bug in jaarverslag; please report it with your input files
decode-alt-and-decorative = the image has a description ("alt") and is marked decorative
    .hint = a decorative picture is skipped by screen readers: remove "alt", or remove "decorative" if the picture shows something
decode-alt-empty = the description ("alt") is empty
    .hint = say in a sentence what the picture shows, or use "decorative": true if it shows nothing the text needs
decode-alt-file-name = the description ("alt") is the file name, "{ $text }"
    .hint = a screen reader reads this aloud instead of the picture: say what the picture shows, e.g. "Deelnemers aan de opleiding schoonmaak in Zwevegem"
decode-alt-missing = an image needs a description ("alt")
    .hint = add "alt": "…" saying what the picture shows, for readers who cannot see it; or "decorative": true if it only decorates
decode-two-widths = the image has both "width" and "width_mm"
    .hint = keep one: "width": 0.5 for half the text width, or "width_mm": 80
decode-width-not-a-part = the width { $width } is not a part of the text width
    .hint = "width" is a part of the text width, from 0.05 to 1 (0.5 is half)
    .hint-mm = "width" is a part of the text width, from 0.05 to 1 (0.5 is half); for millimetres write "width_mm": { $width }
decode-width-mm-out-of-range = the width { $width } mm is out of range
    .hint = give the width in millimetres, from 5 up; a picture is never set wider than the text

## Charts.

decode-chart-not-stackable = only bar and column charts can be stacked
    .hint = remove "stacked", or use "kind": "column" or "bar"
decode-unknown-chart-kind = unknown chart kind "{ $kind }"
    .hint = the kinds are { $kinds }
decode-plain-empty = the { $what ->
        [x_label] x label
        [y_label] y label
        [alt] description ("alt")
       *[other] { $what }
    } is empty
    .hint = write the { $what ->
        [x_label] x label
        [y_label] y label
        [alt] description ("alt")
       *[other] { $what }
    }, or leave the field out
decode-chart-data-twice = the chart has its data from a table and its own "categories" and "series"
    .hint = keep one: "table": "…", or "categories" with "series"
decode-chart-no-data = the chart has no "{ $field }"
    .hint = a chart needs its numbers: "categories" with "series", or "table": the id of a table in this file
decode-series-length = this series has { $values ->
        [one] 1 value
       *[other] { $values } values
    }, but the chart has { $categories ->
        [one] 1 category
       *[other] { $categories } categories
    }
    .hint = give one value per category, in the order of "categories"
decode-chart-no-categories = the chart has no categories
    .hint = give it at least one category with a value
decode-chart-too-many-categories = the chart has { $count } categories; at most { $max } can be read
    .hint = group the smallest ones as "Andere", or show the numbers as a table
decode-chart-too-many-series = the chart has { $count } series; at most { $max } can be told apart
    .hint = split it into two charts, or show the numbers as a table
decode-pie-series = a pie chart shows one series, this one has { $count }
    .hint = use "kind": "column" to compare several series
decode-pie-negative = a pie chart cannot show negative values
    .hint = use "kind": "column" or "bar"
decode-pie-zero = the values of this pie chart add up to 0
    .hint = give the numbers the pie divides
decode-stacked-negative = stacked bars cannot show negative values
    .hint = remove "stacked", so the bars stand side by side
decode-no-such-table = there is no table with "id": "{ $table }" in this file
    .hint = the tables here have the ids { $ids }
    .hint-none = give the table in this file "id": "{ $table }"; a chart draws a table of its own file
decode-table-rows-scoped = the table "{ $table }" has rows that only some versions show
    .hint = a chart of it would show them in every version: give the chart its own "categories" and "series", with its own "only_for"
decode-chart-table-one-column = the table "{ $table }" has one column
    .hint = a chart needs a column of names and at least one column of numbers
decode-chart-table-text = the table "{ $table }" has text a chart cannot draw: { $problems }
    .hint = a chart draws a table whose first column names the categories and whose other columns hold only numbers, such as 30, 12,5 or 1.234; give the chart its own "categories" and "series" otherwise
decode-cell-not-a-number = column { $column } has "{ $text }" in row { $row }
decode-cell-not-a-number-named = column { $column } ("{ $header }") has "{ $text }" in row { $row }

## Key figures.

decode-key-figures-count = a row of key figures has { $least } to { $most } figures, this one { $count }
    .hint-few = for one number, write a sentence; or add a second figure
    .hint-many = split them over two key figures blocks
decode-key-label-too-long = this label has { $length } characters
    .hint = a key figure's label is a few words (at most { $max } characters); say more in a paragraph
decode-key-value-too-long = the value "{ $value }" is too long for a key figure
    .hint = a key figure is a number, at most { $max } characters: put words in its "label"
# $what is series (bars, columns) or slices (a pie).
decode-chart-colour-alone = { $what ->
        [slices] the slices of the pie “{ $title }” are told apart by their colour alone
       *[other] the series of the chart “{ $title }” are told apart by their colour alone
    }
    .hint = add "data_table": true, so its numbers are also a table under it, for readers who cannot tell the colours apart{ $what ->
        [slices] {""}
       *[other] ; or draw it as a line chart ("kind": "line"), whose series have markers of their own
    }
decode-capitals = text in capitals as emphasis: “{ $text }”
    .hint = write it in ordinary letters, in **bold** where it needs emphasis: capitals read slower, and a screen reader may spell them letter by letter
