# De invoermap lezen: eerst de bestanden zelf (read-), dan het manifest report.json, de
# hoofdstukbestanden die het opsomt, en de controles over bestanden heen (manifest-).
# In Fluent schrijf je een accolade als {"{"} of {"}"}.

## Bestanden die niet gelezen kunnen worden: { $name } is het bestand zoals het bericht het noemt.

read-not-found = het bestand { $name } bestaat niet
read-folder = { $name } is een map, geen bestand
read-fifo = { $name } is een named pipe (FIFO), geen bestand
read-device = { $name } is een apparaat, geen bestand
read-socket = { $name } is een socket, geen bestand
read-special = { $name } is geen gewoon bestand
read-too-large = { $name } is groter dan { $megabytes } MB
read-permission-denied = je hebt geen toestemming om { $name } te lezen
# { $reason } is de beschrijving van de fout door het systeem zelf.
read-failed = { $name } kon niet gelezen worden ({ $reason })

## De invoermap en haar bestanden

manifest-unexplained = het verslag kon niet samengesteld worden, om een reden die de controles niet noemen
    .hint = dit is een fout in jaarverslag; meld het, samen met je invoerbestanden
manifest-outside-link = { $name } leidt naar buiten de invoermap (het is een link naar een bestand elders)
    .hint = kopieer het bestand naar de invoermap in plaats van ernaar te linken
manifest-no-input-folder = de invoermap "{ $folder }" bestaat niet
    .hint = geef met --input de map op waarin report.json staat, of voer de opdracht uit in de map waarin input/ staat
manifest-not-report-folder-hint = is "{ $folder }" de map met het verslag? Daarin hoort report.json te staan
manifest-folder-hint = geef de naam van een .json-bestand
manifest-special-file-hint = geef een gewoon .json-bestand op dat in de invoermap bewaard is; een pipe of apparaat kan niet als verslag gelezen worden
manifest-too-large = { $name } is te groot ({ $size } MB)
    .hint = een verslagbestand bevat hoogstens { $limit } MB tekst; is dit wel het juiste bestand?
manifest-unreadable-hint = kijk na of het bestand bestaat en of je het mag lezen
manifest-utf16 = het bestand is bewaard als UTF-16, niet als UTF-8
    .hint = bewaar het als UTF-8 (in VS Code: klik op de codering in de statusbalk en kies "Save with Encoding" (Opslaan met codering) → UTF-8)
manifest-not-utf8 = het bestand is geen geldige UTF-8-tekst
    .hint = het is waarschijnlijk in een andere codering bewaard (bv. Windows-1252); bewaar het als UTF-8 (in VS Code: "Save with Encoding" (Opslaan met codering) → UTF-8)
manifest-did-you-mean-file = bedoel je "{ $name }"?
manifest-no-section-files = er staan geen .json-bestanden in { $folder }
# { $files } is een lijst zoals "sections/1-regierol.json", "sections/2-drempels.json".
manifest-section-files-are = de hoofdstukbestanden zijn: { $files }

## Hoe de objecten van het manifest heten, in berichten zoals "onbekend veld "x" in een gemeente"
## (zie decode-shape-…), en wat de lijsten hadden moeten zijn (zie decode-want-…).

manifest-shape-manifest = het manifest
manifest-shape-municipality = een gemeente
manifest-shape-section = een hoofdstukbestand
manifest-want-municipalities = een lijst van gemeenten [ {"{"} "id": …, "name": … {"}"} ]
manifest-want-sections = een lijst van hoofdstukbestanden ["sections/1-….json", …]

## De velden van het manifest zelf

manifest-schema-version = dit programma leest schema_version { $expected }, niet { $found }
    .hint = zet "schema_version": { $expected }, of gebruik de versie van jaarverslag waarvoor de bestanden geschreven zijn
manifest-field-empty = "{ $field }" is leeg
    .hint = vul het in; het komt in het verslag te staan
manifest-language-unsupported = de taal "{ $language }" wordt niet ondersteund
    .hint = het programma schrijft datums, getallen en woordafbreking op zijn Nederlands: gebruik "nl-BE"
manifest-implausible-year = { $year } is geen geloofwaardig jaar voor een verslag
    .hint = schrijf het jaar waarover het verslag gaat, bv. 2023
# { $reason } zegt wat er mis is met de datum.
manifest-invalid-date = ongeldige datum: { $reason }
    .hint = schrijf de datum als JJJJ-MM-DD, bv. "2024-03-29"
manifest-subtitle-year = de ondertitel noemt { $named }, maar "year" is { $year }
    .hint = zorg dat ze overeenkomen: "year" bepaalt de namen van de uitvoerbestanden (jaarverslag-{ $year }-…) en de ondertitel staat op het voorblad
# { $next } is het jaar na { $year }.
manifest-publication-year = de publicatiedatum { $date } valt niet in { $year } of { $next }
    .hint = een verslag over { $year } verschijnt in { $year } of begin { $next }; kijk de datum en "year" na

## Gemeenten

manifest-id-unusable = "{ $id }" is geen bruikbare id
    .hint = de id's bepalen de namen van de uitvoerbestanden: gebruik kleine letters, cijfers en losse koppeltekens, bv. "{ $suggestion }"
# { $board } is de naam van de versie voor het bestuur in de bestandsnamen ("bestuur").
manifest-id-board = de id "{ $id }" is die van de versie voor het bestuur
    .hint = geef deze gemeente een andere id: haar bestanden zouden het verslag voor het bestuur vervangen (jaarverslag-…-{ $board }.pdf)
manifest-id-twice = de gemeente-id "{ $id }" komt twee keer voor
    .hint = elke gemeente heeft een eigen id nodig
manifest-municipality-unnamed = de gemeente heeft geen naam
    .hint = schrijf de naam zoals hij gedrukt moet worden
manifest-municipality-twice = de gemeente "{ $name }" komt twee keer voor
    .hint = zet elke gemeente er maar één keer in
# { $ids } is een lijst zoals "zwevegem", "harelbeke"; { $example } is JSON zoals { "id": "zwevegem", "name": "Zwevegem" }.
manifest-no-municipalities = het verslag somt geen gemeenten op, maar de hoofdstukken noemen er { $count }: { $ids }
    .hint = zet hier elke gemeente, bv. [{ $example }], of haal "concerns" en "only_for" weg uit de hoofdstukken

## De lijst van hoofdstukken

manifest-no-sections = het verslag heeft geen hoofdstukken
    .hint = zet de hoofdstukbestanden in de lijst, bv. ["sections/1-regierol.json"]
manifest-section-path-empty = het pad van het hoofdstukbestand "{ $name }" is leeg
manifest-section-path-absolute = het pad van het hoofdstukbestand "{ $name }" is absoluut; alleen bestanden in de invoermap kunnen gelezen worden
manifest-section-path-outside = het pad van het hoofdstukbestand "{ $name }" gaat buiten de invoermap (`..`); alleen bestanden daarbinnen kunnen gelezen worden
manifest-section-path-hint = schrijf het pad vanaf de invoermap, bv. "sections/1-regierol.json"
manifest-section-listed-twice = "{ $name }" staat twee keer in de lijst
    .hint = zet elk hoofdstukbestand er maar één keer in
manifest-unlisted-section = { $name } staat niet in report.json en hoort dus niet bij het verslag
    .hint = zet "{ $name }" bij "sections" in report.json, of verwijder het bestand

## Hoofdstukbestanden

manifest-section-untitled = het hoofdstuk heeft geen titel
    .hint = schrijf de titel van de prioriteit
manifest-code-unusable = "{ $code }" is geen bruikbare hoofdstukcode
    .hint = gebruik letters, cijfers en koppeltekens, bv. "WSE-LR1"
# { $first } is het hoofdstukbestand dat ze als eerste gebruikt.
manifest-duplicate-code = de hoofdstukcode "{ $code }" wordt al gebruikt door { $first }
    .hint = elk hoofdstuk heeft een eigen code nodig (WSE-LR1, WSE-LR2, …)
manifest-duplicate-number = het hoofdstuknummer { $number } wordt al gebruikt door { $first }
    .hint = elk hoofdstuk heeft een eigen nummer nodig
# { $position } is een rangtelwoord uit manifest-ordinal: 1ste, 2de, 3de …
manifest-number-out-of-order = dit hoofdstuk heeft nummer { $number }, maar staat op de { $position } plaats in report.json
    .hint = kijk het nummer na, of de volgorde van "sections" in report.json
# Een getal als rangtelwoord: 1ste, 2de, 8ste, 12de, 20ste, 21ste, 102de …; { $last_two } zijn
# de laatste twee cijfers van { $n }, die beslissen; { $last_digit } is in het Nederlands niet nodig.
manifest-ordinal = { $n }{ $last_two ->
        [2] de
        [3] de
        [4] de
        [5] de
        [6] de
        [7] de
        [9] de
        [10] de
        [11] de
        [12] de
        [13] de
        [14] de
        [15] de
        [16] de
        [17] de
        [18] de
        [19] de
       *[other] { $last_digit ->
           *[other] ste
        }
    }

## Links

manifest-duplicate-anchor = het doel van de link "{ $anchor }" hoort al bij een andere kop of een ander hoofdstuk
    .hint = geef deze kop een eigen "id"
manifest-link-target-missing = er is geen kop of hoofdstuk met "#{ $anchor }" als doel van de link
manifest-link-did-you-mean = bedoel je "#{ $anchor }"?
# { $sections } is een lijst zoals "#wse-lr1", "#wse-lr2".
manifest-link-sections-are = de hoofdstukken van het verslag zijn { $sections }
manifest-link-hint = link naar een hoofdstuk met zijn code ("#wse-lr2") of naar een kop met zijn id; een kop zonder "id" krijgt er een op basis van zijn tekst ("Lokale besturen" → "#lokale-besturen")
# Een waarschuwing over toegankelijkheid: { $other } en { $target } zijn doelen van links, { $other_file } is een bestand.
manifest-link-text-ambiguous = de linktekst “{ $text }” leidt ook naar { $other } (in { $other_file }), hier naar { $target }
    .hint = geef elke link eigen woorden, die zeggen waar hij naartoe gaat

## Waarom iets met een bestand mislukte (de reden van het systeem, tussen haakjes na een bericht).
io-not-found = het bestand of de map bestaat niet
io-permission-denied = geen toestemming
io-already-exists = het bestand bestaat al
io-storage-full = de schijf is vol
io-quota-exceeded = je schijfquotum is op
io-read-only = de schijf is alleen-lezen
io-is-a-directory = het is een map
io-not-a-directory = het is geen map
io-directory-not-empty = de map is niet leeg
io-busy = het bestand is in gebruik
io-invalid-filename = ongeldige bestandsnaam
io-file-too-large = het bestand is te groot
