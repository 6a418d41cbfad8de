# The theme file (its values, fonts, colours and logo), the layout's warnings about titles
# and pictures, dates, and what can go wrong writing the PDF and the output files.
# In Fluent, a brace is written {"{"} or {"}"}.

## Reading the theme file

# The theme file, as the subject of "… is a folder, not a file", "… is larger than 1 MB".
theme-file = the theme file
    .hint = give the path of a theme .json file, e.g. templates/w13.json
theme-file-not-found = the theme file does not exist
theme-not-utf8 = the theme file is not UTF-8 text
# Hint for a logo or font file that cannot be found.
theme-path-relative = check the path; it is relative to the theme file

## What the theme's objects are called in messages ("unknown field "x" in the logo")

theme-shape-root = the theme
theme-shape-charts = the chart settings
theme-shape-logo = the logo
theme-shape-page = the page settings
theme-shape-margins = the margins
theme-shape-fonts = the fonts
theme-shape-fallback-font = the fallback font
theme-shape-pdf-fonts = the PDF fonts
theme-shape-styles = the styles
theme-shape-style = a style
theme-shape-toc = the table of contents
theme-shape-links = the link look
theme-shape-table = the table settings
theme-shape-lists = the list settings
theme-shape-running = the running header and footer
theme-shape-labels = the labels

## Values

theme-field-empty = "{ $field }" is empty
theme-out-of-range = { $value } { $unit } is out of range
    .hint = use a value from { $min } to { $max } { $unit }
# The same, for a value without a unit (line spacing).
theme-out-of-range-no-unit = { $value } is out of range
    .hint = use a value from { $min } to { $max }
theme-not-a-colour = "{ $value }" is not a colour
    .hint = write colours as #RRGGBB, e.g. "#00625F"
theme-unknown-page-size = unknown page size "{ $size }"
    .hint = use "A4" or "A5"
theme-margins-too-wide = the margins leave too little room for text
    .hint = the text area must be at least 60 mm wide and high
theme-not-an-alignment = "{ $value }" is not an alignment
    .hint = use "left", "center" or "right"

## Lists

theme-bullet-not-one-character = "{ $value }" is not one character
    .hint = give one bullet character per level, e.g. "•"
# What "bullets" and "numbers" must be; the hint when there are not three.
theme-list-bullets = a list of three: a bullet character per level
    .hint = give a bullet character for each of the three list levels
theme-list-numbers = a list of three: a number format per level
    .hint = give a number format for each of the three list levels
theme-list-count = { $count ->
        [one] 1 value given, 3 expected
       *[other] { $count } values given, 3 expected
    }
theme-not-a-number-format = "{ $value }" is not a number format
    .hint = write the first number as it should look: "1.", "a)", "(i)" or "A."

## Charts

theme-chart-colors-expected = a list of colours ["#00625F", …]
theme-chart-color-count = { $count ->
        [one] 1 chart colour; give 2 to 12
       *[other] { $count } chart colours; give 2 to 12
    }
theme-chart-colors-alike = the chart colours #{ $first } and #{ $second } are almost as light as each other (lightness { $first_lightness } and { $second_lightness } of 100)
    .hint = a reader who cannot tell the hues apart sees one colour; make them differ by at least { $step } in lightness, one darker, one lighter

## Contrast of text on the white page (accessibility)

# $color is RRGGBB; $ratio has one decimal, e.g. 3.9; $needed is 4.5 or 3.
theme-low-contrast = #{ $color } on the white page has a contrast of { NUMBER($ratio, minimumFractionDigits: 1) }:1; text of { $size } pt needs { $needed }:1 to be read by people with low vision
    .hint = choose a darker colour (WCAG 2.1 AA asks { $needed }:1 for this size); #767676 is the lightest grey that has 4.5:1
theme-low-contrast-bold = #{ $color } on the white page has a contrast of { NUMBER($ratio, minimumFractionDigits: 1) }:1; text of { $size } pt bold needs { $needed }:1 to be read by people with low vision
# Text on a fill: the table's header row, the key figures. $weight is bold or regular.
theme-low-contrast-fill = the text of styles.{ $style } (#{ $color }) on its fill #{ $fill } has a contrast of { NUMBER($ratio, minimumFractionDigits: 1) }:1; { $weight ->
        [bold] bold text
       *[other] text
    } of { $size } pt needs { $needed }:1 to be read by people with low vision
    .hint = choose a darker text colour or a lighter fill (WCAG 2.1 AA asks { $needed }:1 for this size)

## Font files

theme-font-unreadable = cannot read the font: { $reason }
theme-font-not-a-font = { $file } is not a font file
theme-font-directory-cut = { $file } is damaged: its table directory is cut off
theme-font-table-cut = { $file } is damaged or incomplete: its "{ $table }" table runs past the end of the file
theme-font-table-missing = { $file } lacks its "{ $table }" table
theme-font-no-outlines = { $file } has no glyph outlines (no glyf or CFF table)
theme-font-unusable = { $file } cannot be read as a TrueType/OpenType font
theme-font-lacks-characters = { $file } cannot draw characters the report uses: { $characters }
# Hint for every font file above that is not a sound font.
theme-font-replace = use a complete TrueType (.ttf) or OpenType (.otf) font file, e.g. a fresh copy from the font's download

## Characters in the report that no font has

# $code is hexadecimal, e.g. 1F44D; $name the character's Unicode name.
theme-cannot-draw = neither the report's font nor its fallback font can draw "{ $character }" (U+{ $code } { $name })
    .hint = replace it by words or a character the fonts have ("goed" for 👍, "•" or "-" for a bullet sign), or remove it; emoji and symbols pasted from Word often come from a font the report does not have
theme-cannot-draw-more = neither the report's font nor its fallback font can draw "{ $character }" (U+{ $code } { $name }), here and { $more ->
        [one] { $more } more time
       *[other] { $more } more times
    } in this file
# A character without a Unicode name, in place of $name.
theme-character-no-name = no name

## Titles and pictures too large for their place (layout)

layout-title-too-long-cover = the title takes { $taken } lines on the cover, more than a quarter of the page ({ $room } lines)
    .hint = shorten the title; a longer description fits in "subtitle"
layout-title-too-long-heading = the title takes { $taken } lines as the section's heading, with its number and code, more than a quarter of the page ({ $room } lines)
    .hint = shorten the title; what it leaves out can open the section's first paragraph
# $width in mm; $dpi, $sharp in pixels per inch.
layout-low-resolution = { $picture } is shown { $width } mm wide, at { $dpi } pixels per inch: it will look blurred in print (sharp from { $sharp })
    .hint = use a file at least { $needed } pixels wide (this one has { $has }), or set it smaller: "width_mm": { $width_mm }
layout-font-unusable = not a usable TrueType/OpenType font

## Dates (the reason after "invalid date: ")

model-date-form = "{ $text }" is not a date in the form YYYY-MM-DD (e.g. 2023-05-12)
model-date-invalid-year = invalid year
model-date-invalid-month = invalid month
model-date-invalid-day = invalid day
model-date-month = "{ $text }" has month { $month }; months go from 01 to 12
# $month_name is the Dutch name of the month, as the report writes it.
model-date-day = "{ $text }" does not exist: { $month_name } { $year } has { $days } days

## Writing the PDF and the output files

output-not-flushed = the file was not flushed
output-pdf-settings = the PDF's settings (PDF/UA-1 with PDF/A-2a) do not go together; this is a bug in jaarverslag
output-pdf-font = a font of the theme could not be read; check its font files
output-pdf-fallback-font = the theme's fallback font could not be read; check its font file
output-pdf-page-size = the theme's page size cannot be used for a PDF page
output-pdf-picture = the picture { $picture } could not be put in the PDF; save it again and rebuild
# $problems: one or more of the output-pdf-problem-… messages, joined by "; ".
output-pdf-not-written = the PDF was not written: { $problems }; if the input has no such problem, this is a bug in jaarverslag (please report it with the input files)
output-pdf-problem-cannot-draw = the fonts cannot draw "{ $text }"
output-pdf-problem-private-character = "{ $character }" (U+{ $code }) is a private character of a font, not a letter
output-pdf-problem-licence = a font's licence does not allow embedding it
output-pdf-problem-no-language = the report has no language
output-pdf-problem-no-title = the report has no title
output-pdf-problem-too-long = a text is longer than a PDF allows (32,767 characters)
output-pdf-problem-other = the PDF would not be accessible (PDF/UA) or archivable (PDF/A)
output-pdf-embed-font = a font could not be embedded in the PDF; check the theme's font files
output-pdf-failed = the PDF could not be made; this is a bug in jaarverslag (please report it with the input files)
