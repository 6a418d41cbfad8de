# De inhoud van de invoerbestanden lezen: velden, waarden, blokken, grafieken en kerncijfers.
# In Fluent schrijf je een accolade als {"{"} of {"}"}.

## Hoe een object heet, in berichten zoals "onbekend veld "x" in een kopblok".

decode-shape-heading = een kopblok
decode-shape-paragraph = een alineablok
decode-shape-list = een lijstblok
decode-shape-table = een tabelblok
decode-shape-image = een afbeeldingsblok
decode-shape-item = een item van een lijst
decode-shape-column = een kolom van een tabel
decode-shape-row = een rij van een tabel
decode-shape-chart = een grafiekblok
decode-shape-series = een reeks
decode-shape-key-figures = een blok met kerncijfers
decode-shape-key-figure = een kerncijfer

## Wat een waarde had moeten zijn, in "hier hoort …, maar er staat …".

decode-want-text = tekst tussen dubbele aanhalingstekens
decode-want-whole-number = een geheel getal
decode-want-boolean = true of false
decode-want-number = een getal
decode-want-municipality-ids = een lijst van gemeente-id's, bv. ["zwevegem"]
decode-want-blocks = een lijst van blokken [ {"{"} "type": … {"}"}, … ]
decode-want-block = een blok {"{"} "type": … {"}"}
decode-want-items = een lijst van items ["…", …]
decode-want-item = een item van een lijst: tekst, of een object {"{"} "text": … {"}"}
decode-want-columns = een lijst van kolommen [ {"{"} "width": 1 {"}"}, … ]
decode-want-header = een lijst van koprijen [ ["…", …] ]
decode-want-rows = een lijst van rijen [ ["…", …], … ]
decode-want-row = een rij: een lijst van cellen ["…", …], of een object {"{"} "cells": … {"}"}
decode-want-cells = een lijst van cellen ["…", …]
decode-want-categories = een lijst met de namen van de categorieën ["…", …]
decode-want-series = een lijst van reeksen [ {"{"} "name": …, "values": […] {"}"} ]
decode-want-numbers = een lijst van getallen [30, 12.5, …]
decode-want-key-figures = een lijst van kerncijfers [ {"{"} "value": 40, "label": "deelnemers" {"}"} ]
decode-want-key-value = een getal of een korte tekst

## Waarden van de verkeerde soort.

decode-wrong-type = hier hoort { $expected }, maar er staat { $found }
decode-wrong-type-object = hier hoort { $what } (een object {"{"} … {"}"}), maar er staat { $found }
decode-hint-add-quotes = zet de waarde tussen dubbele aanhalingstekens: "{ $value }"
decode-hint-remove-quotes = haal de aanhalingstekens weg: { $value }
decode-hint-number-list = zet de getallen in een lijst, zonder aanhalingstekens: [{ $value }]
decode-hint-make-list = zet de tekst in een lijst: ["…"]
decode-not-whole = hier hoort een geheel getal, maar er staat { $value }
decode-out-of-range = { $value } valt buiten de toegelaten waarden: hier hoort een geheel getal van { $min } tot en met { $max }
decode-unusable-number = { $value } is geen bruikbaar getal

## Veldnamen.

decode-invisible-character = de veldnaam "{ $field }" bevat een onzichtbaar teken: een { $character } (U+{ $code })
    .hint = wis de veldnaam met zijn aanhalingstekens en typ hem opnieuw; hij is waarschijnlijk geplakt uit een webpagina of uit Word
decode-space-in-field-name = de veldnaam "{ $field }" heeft een spatie aan het begin of aan het einde
    .hint = wis de veldnaam met zijn aanhalingstekens en typ hem opnieuw; hij is waarschijnlijk geplakt uit een webpagina of uit Word
decode-char-no-break-space = harde spatie
decode-char-soft-hyphen = zacht afbreekstreepje
decode-char-figure-space = cijferspatie
decode-char-zero-width-space = spatie zonder breedte
decode-char-zero-width-non-joiner = onzichtbaar scheidingsteken
decode-char-zero-width-joiner = onzichtbaar verbindingsteken
decode-char-narrow-no-break-space = smalle harde spatie
decode-char-word-joiner = onzichtbare woordverbinder
decode-char-zero-width-no-break-space = harde spatie zonder breedte
decode-duplicate-field = het veld "{ $field }" staat er twee keer
    .hint = het staat al op regel { $line }; haal een van de twee weg
decode-unknown-field = onbekend veld "{ $field }" in { $what }
    .hint = de velden van { $what } zijn: { $fields }
decode-did-you-mean = bedoel je "{ $best }"?
decode-field-missing = { $what } heeft het veld "{ $field }" nodig
    .hint = zet "{ $field }": … in dit object
    .hint-typo = bedoel je met "{ $typo }" het veld "{ $field }"?

## Teksten.

decode-text-too-long = deze tekst is { $length } tekens lang
    .hint = een alinea, item of cel bevat hoogstens { $max } tekens; verdeel de tekst over meer alinea's
decode-municipality-for-everyone = {"{"}municipality{"}"} staat in inhoud die elke versie toont
    .hint = de versie voor het bestuur heeft geen gemeente om in te vullen; zet bij het blok "only_for": ["…"], of schrijf de naam
decode-no-text = { $what ->
        [paragraph] de alinea
        [heading] de kop
        [item] het item
       *[caption] het bijschrift
    } heeft geen tekst
    .hint = schrijf de tekst, of haal { $what ->
        [paragraph] de alinea
        [heading] de kop
        [item] het item
       *[caption] het bijschrift
    } weg
decode-alt-names-medium = de beschrijving ("alt") “{ $text }” zegt wat voor beeld het is, niet wat erop staat
    .hint = zeg in één zin (hoogstens { $max } tekens) wat er op de afbeelding staat, bv. "Deelnemers aan de opleiding schoonmaak in Zwevegem"; zet meer in het bijschrift of in de tekst
decode-alt-too-long = de beschrijving ("alt") is { $length } tekens lang; een schermlezer leest ze in één keer helemaal voor
    .hint = zeg in één zin (hoogstens { $max } tekens) wat er op de afbeelding staat, bv. "Deelnemers aan de opleiding schoonmaak in Zwevegem"; zet meer in het bijschrift of in de tekst
decode-link-bare-address = de tekst van de link is het webadres zelf (“{ $text }”), en dat spelt een schermlezer letter voor letter
    .hint = zeg wat de lezer daar vindt, bv. [de samenwerking met VDAB]({ $target }); een schermlezer somt de links op zonder de zin eromheen
decode-link-says-nothing = de tekst van de link “{ $text }” zegt niet waar de link naartoe gaat
    .hint = zeg wat de lezer daar vindt, bv. [de samenwerking met VDAB]({ $target }); een schermlezer somt de links op zonder de zin eromheen

## Wie wat ziet.

decode-never-shown = deze inhoud komt nooit in de versie van { $ids }
    .hint = de inhoud eromheen is alleen voor { $outer }
decode-empty-municipality-list = "{ $field }" is een lege lijst
    .hint = noem minstens één gemeente, of haal "{ $field }" weg als het voor iedereen is
decode-unknown-municipality = onbekende gemeente-id "{ $id }"
    .hint = de id's van de gemeenten staan in report.json: { $ids }

## Blokken.

decode-block-type-missing = een blok heeft een "type" nodig
    .hint = zet er "type" bij, met een van deze waarden: { $types }
decode-unknown-block-type = onbekende soort blok "{ $type }"
    .hint = de soorten blokken zijn { $types }
decode-long-paragraph = een alinea van { $length } tekens is moeilijk te lezen op een scherm
    .hint = verdeel ze over alinea's van hoogstens { $max } tekens, of maak een lijst van de punten
decode-summary-empty = de samenvatting is leeg
    .hint = schrijf de regel voor het overzicht "In uw gemeente", of haal "summary" weg
decode-summary-unseen = geen enkel overzicht toont deze samenvatting: het blok gaat over geen enkele gemeente
    .hint = zet er "concerns": ["…"] bij, met de gemeenten waarover het gaat, of haal "summary" weg

## Koppen.

decode-heading-in-introduction = de inleiding kan geen koppen bevatten
    .hint = koppen horen in de hoofdstukbestanden; gebruik hier een alinea met **vette** tekst
decode-heading-level = een kop in een hoofdstuk heeft kopniveau 2 of 3, niet { $level }
    .hint = niveau 2 is een onderwerp binnen het hoofdstuk, niveau 3 een deelonderwerp (de titel van het hoofdstuk is niveau 1)
decode-heading-skips-level = deze kop slaat een niveau over: niveau { $level } na niveau { $previous }
    .hint = gebruik niveau { $next }, of zet er eerst een kop van niveau { $next } voor
decode-bad-link-target = "{ $id }" is geen bruikbaar doel voor een link
    .hint = gebruik kleine letters, cijfers en koppeltekens, bv. "{ $suggestion }"

## Lijsten.

decode-list-empty = een lijst zonder items
    .hint = voeg items toe, of haal de lijst weg
decode-list-too-deep = lijsten die meer dan 3 niveaus diep in elkaar zitten
    .hint = een lezer kan diepere lijsten niet volgen; breng dit niveau een niveau hoger

## Tabellen.

decode-table-one-column = een tabel met één kolom
    .hint = een schermlezer kondigt een tabel aan; voor één kolom leest een opsomming beter
decode-table-no-header = een tabel zonder koprij
    .hint = zet er "header": [["…", …]] bij, met een naam voor elke kolom, zodat een schermlezer kan zeggen in welke kolom een cel staat
decode-table-no-columns = een tabel heeft minstens één kolom nodig
    .hint = zet één {"{"} {"}"} per kolom, bv. "columns": [ {"{"} "width": 1 {"}"}, {"{"} "width": 3 {"}"} ]
decode-table-too-many-columns = een tabel met { $count } kolommen
    .hint = een tabel heeft hoogstens { $max } kolommen, zodat hij leesbaar blijft op de pagina; splits hem, of maak er een lijst van
decode-column-width = de kolombreedte { $width } valt buiten de toegelaten waarden
    .hint = breedtes zijn relatief en positief: 1, 2, 0.5 … (van 0.01 tot 1000)
decode-unknown-alignment = onbekende uitlijning "{ $value }"
    .hint = gebruik "left", "center" of "right"
decode-table-no-rows = een tabel zonder rijen
    .hint = voeg rijen toe, of haal de tabel weg
decode-row-width = deze rij heeft { $cells ->
        [one] 1 cel
       *[other] { $cells } cellen
    }, maar de tabel heeft { $columns ->
        [one] 1 kolom
       *[other] { $columns } kolommen
    }
    .hint = geef elke rij precies { $columns ->
        [one] 1 cel
       *[other] { $columns } cellen
    }; gebruik "" voor een lege cel

## Afbeeldingen.

decode-picture-unreadable = een afbeelding kan hier niet gelezen worden
    .hint = dit is een fout in jaarverslag; meld ze, met je invoerbestanden erbij
decode-alt-and-decorative = de afbeelding heeft een beschrijving ("alt") en is ook gemarkeerd als versiering
    .hint = een schermlezer slaat een versierende afbeelding over: haal "alt" weg, of haal "decorative" weg als de afbeelding iets toont
decode-alt-empty = de beschrijving ("alt") is leeg
    .hint = zeg in een zin wat er op de afbeelding staat, of gebruik "decorative": true als ze niets toont wat de tekst nodig heeft
decode-alt-file-name = de beschrijving ("alt") is de bestandsnaam, "{ $text }"
    .hint = een schermlezer leest dit voor in plaats van de afbeelding: zeg wat er op de afbeelding staat, bv. "Deelnemers aan de opleiding schoonmaak in Zwevegem"
decode-alt-missing = een afbeelding heeft een beschrijving ("alt") nodig
    .hint = zet er "alt": "…" bij, die zegt wat er op de afbeelding staat, voor lezers die ze niet kunnen zien; of "decorative": true als ze alleen versiert
decode-two-widths = de afbeelding heeft zowel "width" als "width_mm"
    .hint = hou er één: "width": 0.5 voor de helft van de tekstbreedte, of "width_mm": 80
decode-width-not-a-part = de breedte { $width } is geen deel van de tekstbreedte
    .hint = "width" is een deel van de tekstbreedte, van 0.05 tot 1 (0.5 is de helft)
    .hint-mm = "width" is een deel van de tekstbreedte, van 0.05 tot 1 (0.5 is de helft); voor millimeter schrijf je "width_mm": { $width }
decode-width-mm-out-of-range = de breedte { $width } mm valt buiten de toegelaten waarden
    .hint = geef de breedte in millimeter, vanaf 5; een afbeelding wordt nooit breder gezet dan de tekst

## Grafieken.

decode-chart-not-stackable = alleen staaf- en kolomgrafieken kunnen gestapeld worden
    .hint = haal "stacked" weg, of gebruik "kind": "column" of "bar"
decode-unknown-chart-kind = onbekende soort grafiek "{ $kind }"
    .hint = de soorten zijn { $kinds }
decode-plain-empty = { $what ->
        [title] de titel
        [x_label] het opschrift van de x-as
        [y_label] het opschrift van de y-as
        [alt] de beschrijving (alt-tekst)
        [category] de categorie
        [name] de naam
        [label] het label
        [value] de waarde
       *[other] het veld "{ $what }"
    } is leeg
    .hint = schrijf { $what ->
        [title] de titel
        [x_label] het opschrift van de x-as
        [y_label] het opschrift van de y-as
        [alt] de beschrijving (alt-tekst)
        [category] de categorie
        [name] de naam
        [label] het label
        [value] de waarde
       *[other] het veld "{ $what }"
    }, of laat het veld weg
decode-chart-data-twice = de grafiek haalt zijn gegevens uit een tabel en heeft ook eigen "categories" en "series"
    .hint = hou er één: "table": "…", of "categories" met "series"
decode-chart-no-data = de grafiek heeft geen "{ $field }"
    .hint = een grafiek heeft getallen nodig: "categories" met "series", of "table": de id van een tabel in dit bestand
decode-series-length = deze reeks heeft { $values ->
        [one] 1 waarde
       *[other] { $values } waarden
    }, maar de grafiek heeft { $categories ->
        [one] 1 categorie
       *[other] { $categories } categorieën
    }
    .hint = geef één waarde per categorie, in de volgorde van "categories"
decode-chart-no-categories = de grafiek heeft geen categorieën
    .hint = geef ze minstens één categorie met een waarde
decode-chart-too-many-categories = de grafiek heeft { $count } categorieën; er zijn er hoogstens { $max } leesbaar
    .hint = voeg de kleinste samen als "Andere", of toon de getallen als tabel
decode-chart-too-many-series = de grafiek heeft { $count } reeksen; er zijn er hoogstens { $max } uit elkaar te houden
    .hint = verdeel ze over twee grafieken, of toon de getallen als tabel
decode-pie-series = een taartgrafiek toont één reeks, deze heeft er { $count }
    .hint = gebruik "kind": "column" om meer reeksen te vergelijken
decode-pie-negative = een taartgrafiek kan geen negatieve waarden tonen
    .hint = gebruik "kind": "column" of "bar"
decode-pie-zero = de waarden van deze taartgrafiek zijn samen 0
    .hint = geef de getallen die de taart verdeelt
decode-stacked-negative = gestapelde staven kunnen geen negatieve waarden tonen
    .hint = haal "stacked" weg, dan staan de staven naast elkaar
decode-no-such-table = er is geen tabel met "id": "{ $table }" in dit bestand
    .hint = de tabellen hier hebben de id's { $ids }
    .hint-none = geef de tabel in dit bestand "id": "{ $table }"; een grafiek tekent een tabel uit zijn eigen bestand
decode-table-rows-scoped = de tabel "{ $table }" heeft rijen die maar sommige versies tonen
    .hint = een grafiek ervan zou ze in elke versie tonen: geef de grafiek zijn eigen "categories" en "series", met een eigen "only_for"
decode-chart-table-one-column = de tabel "{ $table }" heeft één kolom
    .hint = een grafiek heeft een kolom met namen nodig en minstens één kolom met getallen
decode-chart-table-text = de tabel "{ $table }" bevat tekst die een grafiek niet kan tekenen: { $problems }
    .hint = een grafiek tekent een tabel waarvan de eerste kolom de categorieën noemt en de andere kolommen alleen getallen bevatten, zoals 30, 12,5 of 1.234; geef de grafiek anders zijn eigen "categories" en "series"
decode-cell-not-a-number = kolom { $column } heeft "{ $text }" in rij { $row }
decode-cell-not-a-number-named = kolom { $column } ("{ $header }") heeft "{ $text }" in rij { $row }

## Kerncijfers.

decode-key-figures-count = een rij kerncijfers heeft { $least } tot { $most } cijfers, deze heeft er { $count }
    .hint-few = schrijf voor één getal een zin; of voeg een tweede kerncijfer toe
    .hint-many = verdeel ze over twee blokken met kerncijfers
decode-key-label-too-long = dit label heeft { $length } tekens
    .hint = het label van een kerncijfer is een paar woorden (hoogstens { $max } tekens); zeg meer in een alinea
decode-key-value-too-long = de waarde "{ $value }" is te lang voor een kerncijfer
    .hint = een kerncijfer is een getal van hoogstens { $max } tekens: zet woorden in het "label"
# $what is series (staven, kolommen) of slices (een taartgrafiek).
decode-chart-colour-alone = { $what ->
        [slices] de stukken van de taartgrafiek “{ $title }” zijn alleen aan hun kleur te herkennen
       *[other] de reeksen van de grafiek “{ $title }” zijn alleen aan hun kleur te herkennen
    }
    .hint = zet er "data_table": true bij, zodat de getallen ook als tabel onder de grafiek staan, voor wie de kleuren niet uit elkaar kan houden{ $what ->
        [slices] {""}
       *[other] ; of maak er een lijngrafiek van ("kind": "line"), waarvan elke reeks eigen markeringen heeft
    }
decode-capitals = tekst in hoofdletters als nadruk: “{ $text }”
    .hint = schrijf het in gewone letters, en in **vet** waar het nadruk nodig heeft: hoofdletters lezen trager, en een schermlezer spelt ze soms letter per letter
