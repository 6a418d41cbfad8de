# markup
# De opmaak in tekstvelden (vet, cursief, links, invulvelden) en afbeeldingsbestanden.
# In Fluent schrijf je een accolade als {"{"} of {"}"}; een backslash is gewone tekst.

markup-unmatched-close-brace = een `{"}"}` zonder bijbehorende `{"{"}`
    .hint = typ \\{"}"} voor een gewone accolade
markup-line-break = een regeleinde in een tekst
    .hint = de tekst loopt vanzelf over de regels; begin in de plaats een nieuwe alinea of een nieuw item
markup-control-character = een onzichtbaar stuurteken (U+{ $code }) in de tekst
    .hint = haal het weg; het is misschien meegekomen bij het kopiëren en plakken
markup-lone-backslash = een backslash die niets doet
    .hint = in de tekst maakt een backslash van het volgende opmaakteken een gewoon teken: typ \\* \\[ \\] \\{"{"} \\{"}"} in het JSON-bestand, en \\\\ voor een backslash zelf
markup-asterisks = { $count } sterretjes na elkaar
    .hint = gebruik ** voor vet en * voor cursief; typ \\* voor een gewoon sterretje

markup-bold-closed-with-italic = `*` sluit de vette tekst af, maar die begon met `**`
    .hint = sluit vette tekst af met `**`, net zoals je hem begon
markup-italic-closed-with-bold = `**` sluit de cursieve tekst af, maar die begon met `*`
    .hint = sluit cursieve tekst af met `*`, net zoals je hem begon
markup-empty-bold = lege vette tekst `****`
    .hint = haal het weg, of zet tekst tussen de sterretjes
markup-empty-italic = lege cursieve tekst `**`
    .hint = haal het weg, of zet tekst tussen de sterretjes
markup-bold-closed-inside-italic = `**` sluit de vette tekst af, terwijl de cursieve tekst die erin begon nog open staat
    .hint = sluit eerst de cursieve tekst af met `*`
markup-bold-closed-inside-link = `**` sluit de vette tekst af, terwijl de linktekst die erin begon nog open staat
    .hint = sluit eerst de linktekst af met `](adres)`
markup-italic-closed-inside-bold = `*` sluit de cursieve tekst af, terwijl de vette tekst die erin begon nog open staat
    .hint = sluit eerst de vette tekst af met `**`
markup-italic-closed-inside-link = `*` sluit de cursieve tekst af, terwijl de linktekst die erin begon nog open staat
    .hint = sluit eerst de linktekst af met `](adres)`
markup-unclosed-bold = `**` zonder einde: de vette tekst wordt nergens afgesloten
    .hint = zet de sluitende `**` na de vette tekst, of typ \\* voor een gewoon sterretje
markup-unclosed-italic = `*` zonder einde: de cursieve tekst wordt nergens afgesloten
    .hint = zet de sluitende `*` na de cursieve tekst, of typ \\* voor een gewoon sterretje
markup-unclosed-link = `[` zonder einde: de linktekst wordt nergens afgesloten
    .hint = maak de link af: [tekst](https://…), of typ \\[ voor een gewoon haakje

markup-link-inside-link = een link in de tekst van een andere link
    .hint = sluit de eerste link af met ](adres) voor je een nieuwe begint; typ \\[ voor een gewoon haakje
markup-unmatched-close-bracket = een `]` zonder bijbehorende `[`
    .hint = typ \\] voor een gewoon haakje
markup-link-without-address = een link zonder adres
    .hint = schrijf het adres direct na de linktekst: [tekst](https://…) of [tekst](#anker)
markup-link-not-closed = het adres van de link is niet afgesloten met `)`
    .hint = sluit het adres af met `)`: [tekst](https://…)
markup-link-without-label = een link zonder tekst
    .hint = schrijf de woorden waarop de lezer klikt tussen de haakjes: [tekst](adres)
markup-link-empty-address = een link zonder adres
    .hint = schrijf het adres tussen de ronde haakjes: [tekst](https://…)
markup-link-spaces = het adres van een link mag geen spaties bevatten
    .hint = kijk het adres na; een spatie in een webadres schrijf je als %20
markup-not-a-link-address = "{ $target }" is geen adres voor een link
    .hint = een link gaat naar een webadres (https://…), een e-mailadres (mailto:…) of een kop in dit verslag (#anker)
    .hint-www = zet er https:// voor: https://{ $target }

markup-field-not-closed = een `{"{"}` die niet afgesloten wordt met `{"}"}`
    .hint = invulvelden schrijf je als {"{"}date:2023-05-12{"}"}, {"{"}number:1234.5{"}"} of {"{"}municipality{"}"}; typ \\{"{"} voor een gewone accolade
markup-invalid-date = ongeldige datum: { $reason }
    .hint = schrijf een datum als {"{"}date:JJJJ-MM-DD{"}"}, bijvoorbeeld {"{"}date:2023-05-12{"}"}
markup-not-a-number = "{ $value }" is geen getal
    .hint = schrijf het getal met een punt voor de decimalen en zonder scheiding tussen de duizendtallen: {"{"}number:1234.5{"}"} wordt 1.234,5
markup-municipality-value = {"{"}municipality{"}"} krijgt geen waarde
    .hint = schrijf {"{"}municipality{"}"}
markup-date-needs-value = {"{"}date{"}"} heeft een waarde nodig
    .hint = schrijf {"{"}date:2023-05-12{"}"}
markup-number-needs-value = {"{"}number{"}"} heeft een waarde nodig
    .hint = schrijf {"{"}number:1234.5{"}"}
markup-unknown-placeholder = onbekend invulveld {"{"}{ $body }{"}"}
    .hint = de invulvelden zijn {"{"}date:2023-05-12{"}"}, {"{"}number:1234.5{"}"} en {"{"}municipality{"}"}; typ \\{"{"} voor een gewone accolade
    .hint-suggestion = bedoel je {"{"}{ $best }…{"}"}? Typ \\{"{"} voor een gewone accolade

# Afbeeldingsbestanden (PNG, JPEG, SVG) van afbeeldingsblokken en het logo van het thema.

picture-path-empty = het pad van de afbeelding "{ $name }" is leeg
    .hint = zet de afbeelding in de invoermap en geef het pad vanaf die map, bijvoorbeeld "images/logo.png"
picture-path-absolute = het pad van de afbeelding "{ $name }" is een volledig pad vanaf de schijf; alleen bestanden in de invoermap kunnen gelezen worden
    .hint = zet de afbeelding in de invoermap en geef het pad vanaf die map, bijvoorbeeld "images/logo.png"
picture-path-outside = het pad van de afbeelding "{ $name }" gaat buiten de invoermap (`..`); alleen bestanden in die map kunnen gelezen worden
    .hint = zet de afbeelding in de invoermap en geef het pad vanaf die map, bijvoorbeeld "images/logo.png"
picture-link-outside = { $name } leidt naar buiten de invoermap (het is een link naar een bestand elders)
    .hint = kopieer de afbeelding naar de invoermap in plaats van ernaar te linken
picture-too-large = { $name } is groter dan { $megabytes } MB
    .hint = bewaar de afbeelding kleiner (hoogstens 3000 pixels breed is ruim genoeg voor een pagina), of als JPEG
picture-not-ordinary-file = geef een gewoon afbeeldingsbestand op
picture-did-you-mean = bedoel je "{ $name }"?
picture-put-in-folder = zet de afbeelding in de invoermap ({ $folder }) en geef het pad vanaf die map
picture-pictures-there = de afbeeldingen daar zijn: { $list }

picture-gif = { $name } is een GIF-afbeelding
    .hint = open het bestand in een programma voor afbeeldingen (of in Paint) en bewaar het als PNG of JPEG
picture-webp = { $name } is een WebP-afbeelding
    .hint = open het bestand in een programma voor afbeeldingen (of in Paint) en bewaar het als PNG of JPEG
picture-heic = { $name } is een HEIC-afbeelding of een andere foto van een gsm
    .hint = open het bestand in een programma voor afbeeldingen (of in Paint) en bewaar het als PNG of JPEG
picture-pdf = { $name } is een PDF-bestand
    .hint = open het bestand in een programma voor afbeeldingen (of in Paint) en bewaar het als PNG of JPEG
picture-zip = { $name } is een zip-bestand (een Word- of ander Office-document?)
    .hint = open het bestand in een programma voor afbeeldingen (of in Paint) en bewaar het als PNG of JPEG
picture-empty = { $name } is leeg
    .hint = open het bestand in een programma voor afbeeldingen (of in Paint) en bewaar het als PNG of JPEG
picture-unknown-format = { $name } is geen PNG-, JPEG- of SVG-afbeelding
    .hint = open het bestand in een programma voor afbeeldingen (of in Paint) en bewaar het als PNG of JPEG

picture-too-many-pixels = { $name } heeft { $width } × { $height } pixels ({ $megapixels } megapixel), meer dan de { $max } megapixel die een afbeelding mag hebben
    .hint = bewaar de afbeelding kleiner: 3000 pixels breed is ruim genoeg voor een gedrukte pagina
picture-over-pixel-limit = { $name } heeft meer dan de { $max } megapixel die een afbeelding mag hebben
    .hint = bewaar de afbeelding kleiner: 3000 pixels breed is ruim genoeg voor een gedrukte pagina
picture-no-pixels = { $name } heeft geen pixels ({ $width } × { $height })
    .hint = exporteer de afbeelding opnieuw

picture-png-damaged = { $name } is een beschadigd PNG-bestand ({ $reason })
    .hint = het is misschien afgebroken bij het kopiëren; kopieer of exporteer het opnieuw
picture-jpeg-damaged = { $name } is een beschadigd JPEG-bestand ({ $reason })
    .hint = het is misschien afgebroken bij het kopiëren; kopieer of exporteer het opnieuw
picture-jpeg-no-size = { $name } is een beschadigd JPEG-bestand (het heeft geen afmetingen)
    .hint = het is misschien afgebroken bij het kopiëren; kopieer of exporteer het opnieuw
picture-jpeg-no-image-data = { $name } is een beschadigd JPEG-bestand (er zitten geen beeldgegevens in)
    .hint = het is misschien afgebroken bij het kopiëren; kopieer of exporteer het opnieuw
picture-jpeg-cut-off = { $name } is een beschadigd JPEG-bestand (het stopt voor het einde van de beeldgegevens)
    .hint = het is misschien afgebroken bij het kopiëren; kopieer of exporteer het opnieuw

picture-svg-not-utf8 = { $name } is geen UTF-8-tekst, en dat moet een SVG-bestand wel zijn
    .hint = exporteer de SVG opnieuw
picture-svg-dtd = { $name } bevat een DTD (<!DOCTYPE … [ … ]>), en dat is niet toegestaan
    .hint = haal de regel <!DOCTYPE …> weg; een SVG heeft die niet nodig
picture-svg-invalid = { $name } is geen geldig SVG-bestand ({ $reason })
    .hint = exporteer de SVG opnieuw
picture-svg-script-element = { $name } bevat een <{ $tag }>-element (regel { $line }), en dat is niet toegestaan
    .hint = haal het weg, of exporteer de afbeelding opnieuw als gewone SVG ("SVG 1.1", zonder scripts)
picture-svg-script-attribute = { $name } heeft een script in het attribuut "{ $attribute }" (regel { $line }), en dat is niet toegestaan
    .hint = haal het attribuut weg, of exporteer de afbeelding opnieuw als gewone SVG
picture-svg-external = { $name } verwijst naar een ander bestand of een webadres, "{ $value }" (regel { $line }), en dat is niet toegestaan
    .hint = neem op in de SVG zelf waarnaar ze verwijst (de meeste editors kunnen afbeeldingen insluiten: "embed images"), of exporteer ze opnieuw
picture-svg-style-import = { $name } heeft een stijlblad dat een ander bestand laadt (regel { $line }), en dat is niet toegestaan
    .hint = haal de @import of url(…) weg, of exporteer de afbeelding opnieuw als gewone SVG
picture-svg-cannot-draw = { $name } kan niet getekend worden ({ $reason })
    .hint = exporteer de SVG opnieuw
picture-svg-size = { $name } heeft een onbruikbare grootte ({ $width } × { $height })
    .hint = exporteer de SVG opnieuw
