# markup
# The inline markup of text fields (bold, italic, links, placeholders) and picture files.
# In Fluent, a brace is written {"{"} or {"}"}; backslashes are plain text.

markup-unmatched-close-brace = a `{"}"}` without a matching `{"{"}`
    .hint = type \\{"}"} for a literal brace
markup-line-break = a line break inside a text
    .hint = text flows into lines by itself; start a new paragraph or list item instead
markup-control-character = an invisible control character (U+{ $code }) in the text
    .hint = delete it; it may have come in with copy and paste
markup-lone-backslash = a backslash that escapes nothing
    .hint = in the text a backslash makes the next markup character literal: type \\* \\[ \\] \\{"{"} \\{"}"} in the JSON file, and \\\\ for a backslash itself
markup-asterisks = { $count } asterisks in a row
    .hint = use ** for bold and * for italic; type \\* for a literal asterisk

markup-bold-closed-with-italic = `*` closes the bold text, which was opened with `**`
    .hint = close bold text with `**`, as it was opened
markup-italic-closed-with-bold = `**` closes the italic text, which was opened with `*`
    .hint = close italic text with `*`, as it was opened
markup-empty-bold = empty bold text `****`
    .hint = remove it, or put text between the delimiters
markup-empty-italic = empty italic text `**`
    .hint = remove it, or put text between the delimiters
markup-bold-closed-inside-italic = `**` closes bold text while italic opened inside it is still open
    .hint = close the italic first with `*`
markup-bold-closed-inside-link = `**` closes bold text while link label opened inside it is still open
    .hint = close the link label first with `](address)`
markup-italic-closed-inside-bold = `*` closes italic text while bold opened inside it is still open
    .hint = close the bold first with `**`
markup-italic-closed-inside-link = `*` closes italic text while link label opened inside it is still open
    .hint = close the link label first with `](address)`
markup-unclosed-bold = unclosed `**`: the bold text is never closed
    .hint = add the closing `**` after the bold text, or type \\* for a literal asterisk
markup-unclosed-italic = unclosed `*`: the italic text is never closed
    .hint = add the closing `*` after the italic text, or type \\* for a literal asterisk
markup-unclosed-link = unclosed `[`: the link text is never closed
    .hint = finish the link: [label](https://…), or type \\[ for a literal bracket

markup-link-inside-link = a link inside a link label
    .hint = close the first link with ](address) before starting another; type \\[ for a literal bracket
markup-unmatched-close-bracket = a `]` without a matching `[`
    .hint = type \\] for a literal bracket
markup-link-without-address = a link without an address
    .hint = write the address right after the label: [label](https://…) or [label](#anchor)
markup-link-not-closed = the link address is not closed with `)`
    .hint = end the address with `)`: [label](https://…)
markup-link-without-label = a link without a label
    .hint = write the words to click between the brackets: [label](address)
markup-link-empty-address = a link without an address
    .hint = write the address between the parentheses: [label](https://…)
markup-link-spaces = a link address cannot contain spaces
    .hint = check the address; a space in a web address is written %20
markup-not-a-link-address = "{ $target }" is not a link address
    .hint = a link goes to a web address (https://…), an e-mail address (mailto:…) or a heading of this report (#anchor)
    .hint-www = add the scheme: https://{ $target }

markup-field-not-closed = a `{"{"}` that is not closed with `{"}"}`
    .hint = placeholders are written {"{"}date:2023-05-12{"}"}, {"{"}number:1234.5{"}"} or {"{"}municipality{"}"}; type \\{"{"} for a literal brace
markup-invalid-date = invalid date: { $reason }
    .hint = write dates as {"{"}date:YYYY-MM-DD{"}"}, e.g. {"{"}date:2023-05-12{"}"}
markup-not-a-number = "{ $value }" is not a number
    .hint = write the number with a point for decimals and no thousands separator: {"{"}number:1234.5{"}"} shows as 1.234,5
markup-municipality-value = {"{"}municipality{"}"} takes no value
    .hint = write {"{"}municipality{"}"}
markup-date-needs-value = {"{"}date{"}"} needs a value
    .hint = write {"{"}date:2023-05-12{"}"}
markup-number-needs-value = {"{"}number{"}"} needs a value
    .hint = write {"{"}number:1234.5{"}"}
markup-unknown-placeholder = unknown placeholder {"{"}{ $body }{"}"}
    .hint = placeholders are {"{"}date:2023-05-12{"}"}, {"{"}number:1234.5{"}"} and {"{"}municipality{"}"}; type \\{"{"} for a literal brace
    .hint-suggestion = did you mean {"{"}{ $best }…{"}"}? Type \\{"{"} for a literal brace

# Picture files (PNG, JPEG, SVG) of image blocks and the theme's logo.

picture-path-empty = the picture path "{ $name }" is empty
    .hint = put the picture in the input folder and name it from there, e.g. "images/logo.png"
picture-path-absolute = the picture path "{ $name }" is absolute; only files inside the input folder can be read
    .hint = put the picture in the input folder and name it from there, e.g. "images/logo.png"
picture-path-outside = the picture path "{ $name }" goes outside the input folder (`..`); only files inside it can be read
    .hint = put the picture in the input folder and name it from there, e.g. "images/logo.png"
picture-link-outside = { $name } leads outside the input folder (it is a link to a file elsewhere)
    .hint = copy the picture into the input folder instead of linking to it
picture-too-large = { $name } is larger than { $megabytes } MB
    .hint = save the picture smaller (at most 3000 pixels wide is plenty for a page), or as JPEG
picture-not-ordinary-file = name an ordinary picture file
picture-did-you-mean = did you mean "{ $name }"?
picture-put-in-folder = put the picture in the input folder ({ $folder }) and name it from there
picture-pictures-there = the pictures there are: { $list }

picture-gif = { $name } is a GIF picture
    .hint = open it in an image editor (or Paint) and save it as PNG or JPEG
picture-webp = { $name } is a WebP picture
    .hint = open it in an image editor (or Paint) and save it as PNG or JPEG
picture-heic = { $name } is a HEIC or other phone picture
    .hint = open it in an image editor (or Paint) and save it as PNG or JPEG
picture-pdf = { $name } is a PDF file
    .hint = open it in an image editor (or Paint) and save it as PNG or JPEG
picture-zip = { $name } is a zip file (a Word or Office document?)
    .hint = open it in an image editor (or Paint) and save it as PNG or JPEG
picture-empty = { $name } is empty
    .hint = open it in an image editor (or Paint) and save it as PNG or JPEG
picture-unknown-format = { $name } is not a PNG, JPEG or SVG picture
    .hint = open it in an image editor (or Paint) and save it as PNG or JPEG

picture-too-many-pixels = { $name } has { $width } × { $height } pixels ({ $megapixels } megapixels), more than the { $max } megapixels a picture may have
    .hint = save it smaller: 3000 pixels wide is plenty for a printed page
picture-over-pixel-limit = { $name } has more than the { $max } megapixels a picture may have
    .hint = save it smaller: 3000 pixels wide is plenty for a printed page
picture-no-pixels = { $name } has no pixels ({ $width } × { $height })
    .hint = export the picture again

picture-png-damaged = { $name } is a damaged PNG file ({ $reason })
    .hint = it may have been cut off while copying; copy or export it again
picture-jpeg-damaged = { $name } is a damaged JPEG file ({ $reason })
    .hint = it may have been cut off while copying; copy or export it again
picture-jpeg-no-size = { $name } is a damaged JPEG file (it has no size)
    .hint = it may have been cut off while copying; copy or export it again
picture-jpeg-no-image-data = { $name } is a damaged JPEG file (it has no image data)
    .hint = it may have been cut off while copying; copy or export it again
picture-jpeg-cut-off = { $name } is a damaged JPEG file (it ends before its image data does)
    .hint = it may have been cut off while copying; copy or export it again

picture-svg-not-utf8 = { $name } is not UTF-8 text, as an SVG file must be
    .hint = export the SVG again
picture-svg-dtd = { $name } declares a DTD (<!DOCTYPE … [ … ]>), which is refused
    .hint = remove the <!DOCTYPE …> line; an SVG needs none
picture-svg-invalid = { $name } is not a valid SVG file ({ $reason })
    .hint = export the SVG again
picture-svg-script-element = { $name } contains a <{ $tag }> element (line { $line }), which is refused
    .hint = remove it, or export the picture again as a plain SVG ("SVG 1.1", without scripts)
picture-svg-script-attribute = { $name } has a script in the attribute "{ $attribute }" (line { $line }), which is refused
    .hint = remove the attribute, or export the picture again as a plain SVG
picture-svg-external = { $name } refers to another file or web address, "{ $value }" (line { $line }), which is refused
    .hint = embed what it refers to in the SVG (most editors have "embed images"), or export it again
picture-svg-style-import = { $name } has a style sheet that loads another file (line { $line }), which is refused
    .hint = remove the @import or url(…), or export the picture again as a plain SVG
picture-svg-cannot-draw = { $name } cannot be drawn ({ $reason })
    .hint = export the SVG again
picture-svg-size = { $name } has an unusable size ({ $width } × { $height })
    .hint = export the SVG again
