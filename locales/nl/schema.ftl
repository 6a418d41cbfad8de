# Het JSON-schema in het Nederlands: wat VS Code toont als je de muis op een veld houdt.
# De Engelse tekst staat in de code (de doc comments van src/input/format.rs); elke Nederlandse
# tekst hoort bij de Engelse erboven, door een sleutel van die Engelse tekst. Verandert de
# Engelse tekst, dan zegt `cargo test` welke vertaling opnieuw moet.

# The report manifest (`input/report.json`): what the report is, for whom, and which
# section files it is made of, in order.
schema-e844de25 =
    Het manifest van het verslag (`input/report.json`): wat het verslag is, voor wie, en uit
    welke hoofdstukbestanden het bestaat, in volgorde.

# Where the editor finds this schema, e.g. "../schema/report.schema.json".
schema-085cd894 =
    Waar de editor dit schema vindt, bv. "../schema/report.schema.json".

# Version of this file format. Must be 1.
schema-645b8646 =
    De versie van dit bestandsformaat. Moet 1 zijn.

# The organisation that publishes the report, e.g. "W13".
schema-0dd9fef5 =
    De organisatie die het verslag uitgeeft, bv. "W13".

# Title on the cover, e.g. "Regierol sociale economie en werk".
schema-99e38f86 =
    De titel op het voorblad, bv. "Regierol sociale economie en werk".

# Subtitle on the cover, e.g. "Jaarverslag 2023".
schema-ed8e4314 =
    De ondertitel op het voorblad, bv. "Jaarverslag 2023".

# The year the report is about, e.g. 2023.
schema-ff7a62c5 =
    Het jaar waarover het verslag gaat, bv. 2023.

# Language of the text as a BCP 47 tag: "nl-BE".
schema-6c2d1761 =
    De taal van de tekst, als taalcode volgens BCP 47: "nl-BE".

# The region, e.g. "Zuid-West-Vlaanderen".
schema-b0116e12 =
    De regio, bv. "Zuid-West-Vlaanderen".

# Publication date as YYYY-MM-DD. It is also the date stamped in the documents.
schema-17f150cd =
    De publicatiedatum, als JJJJ-MM-DD. Dat is ook de datum die in de documenten komt te staan.

# The municipalities of the region; each gets a version of its own.
schema-c2b2adcd =
    De gemeenten van de regio; elke gemeente krijgt een eigen versie.

# Blocks shown before the first section.
schema-e8678eb8 =
    Blokken die vóór het eerste hoofdstuk komen.

# The section files, in reading order, relative to this file (e.g. "sections/1-regierol.json").
schema-e0e9787b =
    De hoofdstukbestanden, in leesvolgorde, met hun pad vanaf dit bestand (bv. "sections/1-regierol.json").

# A municipality of the region.
schema-335ac294 =
    Een gemeente van de regio.

# File-safe id: lowercase letters, digits and single hyphens, e.g. "spiere-helkijn". Used in file names and in "concerns"/"only_for".
schema-61c35ebd =
    Een id die in een bestandsnaam past: kleine letters, cijfers en losse koppeltekens, bv. "spiere-helkijn". Wordt gebruikt in bestandsnamen en in "concerns"/"only_for".

# The name as printed, e.g. "Spiere-Helkijn".
schema-ccedf3bb =
    De naam zoals hij in het verslag staat, bv. "Spiere-Helkijn".

# A block of content. The field "type" says which kind.
#
# Text fields use a small inline markup: **bold**, *italic*, [label](https://…) or
# [label](#anchor), {date:2023-05-12}, {number:1234.5}, {municipality}; a backslash
# escapes a markup character (written "\\*" in JSON).
schema-795dc449 =
    Een blok inhoud. Het veld "type" zegt welk soort blok het is.

    In tekstvelden kan je een eenvoudige opmaak gebruiken: **vet**, *schuin*,
    links als [label](https://…) of [label](#anchor), {"{"}date:2023-05-12{"}"},
    {"{"}number:1234.5{"}"}, {"{"}municipality{"}"}; een backslash voor een opmaakteken
    maakt er een gewoon teken van (in JSON geschreven als "\\*").

# A heading inside a section: level 2 for a topic, 3 for a sub-topic (the section title is level 1).
schema-95a62931 =
    Een kop in een hoofdstuk: niveau 2 voor een onderwerp, 3 voor een onderdeel ervan (de titel van het hoofdstuk is niveau 1).

# 2 or 3; a heading may not skip a level.
schema-235ce1e1 =
    2 of 3; een kop mag geen niveau overslaan.

# The heading text (inline markup allowed).
schema-4299656b =
    De tekst van de kop (opmaak mag).

# Link target for [label](#id); by default made from the text ("Capacity building" → "capacity-building").
schema-84e876bf =
    Het doel voor een link [label](#id); standaard gemaakt uit de tekst ("Capacity building" → "capacity-building").

# Municipality ids this content is about; it is shown in every version and listed at the front of theirs.
schema-d38e1b23 =
    De ids van de gemeenten waarover dit gaat; het staat in elke versie, en wordt vooraan in hun eigen versie opgesomd.

# Municipality ids whose versions alone show this content.
schema-a2df0e54 =
    De ids van de gemeenten waarvan alleen de versies dit tonen.

# A paragraph of running text.
schema-44d70bbc =
    Een alinea lopende tekst.

# The text (inline markup allowed).
schema-1a79d5c6 =
    De tekst (opmaak mag).

# The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its sentence that names the municipality.
schema-674ed0af =
    De regel voor dit blok in het overzicht "In uw gemeente" van de gemeenten waarover het gaat (gewone tekst, zonder opmaak); standaard de zin van het blok die de gemeente noemt.

# A bulleted list.
schema-93cba863 =
    Een opsomming.

# The items: text, or an object with text, nested items and scope.
schema-b68d8c03 =
    De items: tekst, of een object met tekst, items eronder en "concerns"/"only_for".

# A numbered list; numbering starts at 1 for every list.
schema-215894c6 =
    Een genummerde lijst; elke lijst begint te tellen bij 1.

# A table with header rows, column widths and alignment.
schema-daf6854e =
    Een tabel met koprijen, kolombreedtes en uitlijning.

# Names the table, for a chart that draws its numbers ("table": "…" in the chart).
schema-bd10277c =
    Een naam voor de tabel, zodat een grafiek haar getallen kan tekenen ("table": "…" in de grafiek).

# Caption shown above the table (inline markup allowed).
schema-0ae2e512 =
    Het bijschrift boven de tabel (opmaak mag).

# One entry per column.
schema-7f5f3f3b =
    Eén object per kolom.

# Header rows, repeated on every page; each with one cell per column.
schema-0b43d30c =
    De koprijen, herhaald op elke pagina; elk met één cel per kolom.

# Body rows: a list of cells, or an object with cells and scope.
schema-79ce0392 =
    De rijen onder de koprijen: een lijst van cellen, of een object met cellen en "concerns"/"only_for".

# A picture (PNG, JPEG or SVG), centred, with a description for readers who cannot see it and an optional numbered caption under it ("Figuur 1. …").
schema-b7277214 =
    Een afbeelding (PNG, JPEG of SVG), in het midden, met een beschrijving voor wie ze niet kan zien en, als je wil, een genummerd bijschrift eronder ("Figuur 1. …").

# The picture file, relative to the input folder, e.g. "images/opleiding.jpg".
schema-d608c395 =
    Het bestand van de afbeelding, met zijn pad vanaf de invoermap, bv. "images/opleiding.jpg".

# What the picture shows, in a sentence, for readers who cannot see it (read aloud by screen readers). Required unless "decorative" is true.
schema-0d4b75d6 =
    Wat er op de afbeelding staat, in één zin, voor wie ze niet kan zien (een schermlezer leest het voor). Verplicht, behalve als "decorative" true is.

# true for a picture that only decorates and says nothing the text needs: screen readers skip it.
schema-b13492a1 =
    true voor een afbeelding die alleen versiert en niets zegt wat de tekst nodig heeft: een schermlezer slaat ze over.

# Caption shown under the picture, numbered "Figuur N." (inline markup allowed).
schema-8fe3491d =
    Het bijschrift onder de afbeelding, genummerd "Figuur N." (opmaak mag).

# The part of the text width the picture takes, from 0.05 to 1 (default 1, the whole width).
schema-7910658f =
    Het deel van de tekstbreedte dat de afbeelding inneemt, van 0.05 tot 1 (standaard 1, de hele breedte).

# The width in millimetres instead (at most the text width).
schema-9f89d883 =
    In plaats daarvan de breedte in millimeter (hoogstens de tekstbreedte).

# The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its caption.
schema-aef2f579 =
    De regel voor dit blok in het overzicht "In uw gemeente" van de gemeenten waarover het gaat (gewone tekst, zonder opmaak); standaard het bijschrift van het blok.

# A chart drawn from numbers: bars, columns, a line or a pie; a native, editable chart in Word.
schema-5d3602b4 =
    Een grafiek getekend uit getallen: liggende of staande staven, een lijn of een taart; in Word een echte grafiek die je kan bewerken.

# "bar" (horizontal bars), "column" (vertical bars), "line" or "pie".
schema-5ffcc6e9 =
    "bar" (liggende staven), "column" (staande staven), "line" (een lijn) of "pie" (een taart).

# The title shown above the chart.
schema-a65abee1 =
    De titel boven de grafiek.

# Series stacked on each other instead of side by side (bar and column only).
schema-35f26d89 =
    De reeksen op elkaar gestapeld in plaats van naast elkaar (alleen bij "bar" en "column").

# The names along the category axis, e.g. ["12 mei", "9 oktober"].
schema-a72be591 =
    De namen langs de categorie-as, bv. ["12 mei", "9 oktober"].

# The numbers: each series has a name and one value per category.
schema-5b08d1b6 =
    De getallen: elke reeks heeft een naam en één waarde per categorie.

# Instead of categories and series: the id of a table in this file, whose first column gives the categories and each further column a series.
schema-69373e5e =
    In plaats van "categories" en "series": de id van een tabel in dit bestand; de eerste kolom geeft de categorieën, elke volgende kolom een reeks.

# The title of the category axis.
schema-481ce43d =
    De titel van de categorie-as.

# The title of the value axis.
schema-8efb6a75 =
    De titel van de waarde-as.

# What the chart shows, for readers who cannot see it; by default it is written from the data.
schema-e8858f51 =
    Wat de grafiek toont, voor wie ze niet kan zien; standaard wordt dit uit de gegevens geschreven.

# Caption shown under the chart, numbered "Figuur N." (inline markup allowed).
schema-a0678dbf =
    Het bijschrift onder de grafiek, genummerd "Figuur N." (opmaak mag).

# true to show the chart's numbers as a table under it as well.
schema-4fabc18d =
    true om de getallen van de grafiek ook als tabel eronder te tonen.

# The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its caption or title.
schema-77a4ef76 =
    De regel voor dit blok in het overzicht "In uw gemeente" van de gemeenten waarover het gaat (gewone tekst, zonder opmaak); standaard het bijschrift of de titel van het blok.

# Two to four large numbers in a row, each with what it counts ("40 deelnemers").
schema-ead866fa =
    Twee tot vier grote getallen naast elkaar, elk met wat het telt ("40 deelnemers").

# The figures, two to four.
schema-10add4fd =
    De kerncijfers, twee tot vier.

# The line for this block in the overview "In uw gemeente" of the municipalities it concerns (plain text); by default its figures.
schema-ab7c34f3 =
    De regel voor dit blok in het overzicht "In uw gemeente" van de gemeenten waarover het gaat (gewone tekst, zonder opmaak); standaard de kerncijfers van het blok.

# A list item: its text, or an object for nested items or a scope.
schema-8f60345b =
    Een item van een lijst: de tekst ervan, of een object voor items eronder of voor "concerns"/"only_for".

# A list item with nested items or a scope.
schema-bebb56fe =
    Een item met items eronder of met "concerns"/"only_for".

# The item's text (inline markup allowed).
schema-afc6454c =
    De tekst van het item (opmaak mag).

# Nested items.
schema-248941b8 =
    De items eronder, een niveau dieper.

# A table column.
schema-12d5caa2 =
    Een kolom van de tabel.

# Relative width (default 1): a column of width 2 is twice as wide as one of width 1.
schema-fc2e4041 =
    De breedte tegenover de andere kolommen (standaard 1): een kolom met breedte 2 is twee keer zo breed als een kolom met breedte 1.

# Alignment of the column's cells (default "left").
schema-2a70cee4 =
    De uitlijning van de cellen van de kolom (standaard "left").

# How the cells of a column are aligned.
schema-87edca8d =
    Hoe de cellen van een kolom uitgelijnd zijn.

# A table cell: text with inline markup, or a number (written the Dutch way, and read by charts).
schema-817a066b =
    Een cel van de tabel: tekst met opmaak, of een getal (in het verslag op zijn Nederlands geschreven, en leesbaar voor een grafiek).

# A table row: its cells, or an object with cells and a scope.
schema-b9b9168b =
    Een rij van de tabel: de cellen ervan, of een object met cellen en "concerns"/"only_for".

# A table row with a scope.
schema-cebde6c5 =
    Een rij van de tabel met "concerns"/"only_for".

# One cell per column (inline markup allowed, or a number).
schema-90fdf238 =
    Eén cel per kolom: tekst (opmaak mag) of een getal.

# How a chart shows its data.
schema-2aa6c0c9 =
    Hoe een grafiek de gegevens toont.

# One series of a chart.
schema-d1d7e53e =
    Eén reeks van een grafiek.

# The series' name, shown in the legend.
schema-bc7cceba =
    De naam van de reeks, zoals hij in de legende staat.

# One number per category.
schema-c492b4b2 =
    Eén getal per categorie.

# One key figure.
schema-21d8c616 =
    Eén kerncijfer.

# The number: 40, or a short text such as "95 %" (at most 12 characters).
schema-e5a1d146 =
    Het getal: 40, of een korte tekst zoals "95 %" (hoogstens 12 tekens).

# What it counts, in a few words: "deelnemers".
schema-8bdf5663 =
    Wat het telt, in een paar woorden: "deelnemers".

# A key figure's value: a number (written the Dutch way) or a short text.
schema-ae60c62b =
    De waarde van een kerncijfer: een getal (in het verslag op zijn Nederlands geschreven) of een korte tekst.

# One policy priority section (`input/sections/*.json`).
schema-0024a2a9 =
    Eén hoofdstuk, over één beleidsprioriteit (`input/sections/*.json`).

# Where the editor finds this schema, e.g. "../../schema/section.schema.json".
schema-dcb38891 =
    Waar de editor dit schema vindt, bv. "../../schema/section.schema.json".

# The priority's code, e.g. "WSE-LR1". Unique within the report; its lowercase form ("wse-lr1") is the link target of the section.
schema-d1bd8c89 =
    De code van de prioriteit, bv. "WSE-LR1". Elke code komt maar één keer voor in het verslag; in kleine letters ("wse-lr1") is ze het doel van een link naar dit hoofdstuk.

# The priority's number, shown before the title: "1. …".
schema-f818008a =
    Het nummer van de prioriteit, dat vóór de titel staat: "1. …".

# The priority's title, without number and code.
schema-0e0b24b6 =
    De titel van de prioriteit, zonder nummer en code.

# The content, in reading order.
schema-a586ddef =
    De inhoud, in leesvolgorde.
