# Het themabestand (zijn waarden, lettertypes, kleuren en logo), de waarschuwingen van de
# opmaak over titels en afbeeldingen, datums, en wat fout kan gaan bij het schrijven van de
# PDF en de uitvoerbestanden.
# In Fluent schrijf je een accolade als {"{"} of {"}"}.

## Het themabestand lezen

# Het themabestand, als onderwerp van "… is een map, geen bestand", "… is groter dan 1 MB".
theme-file = het themabestand
    .hint = geef het pad van een themabestand (.json), bijvoorbeeld templates/w13.json
theme-file-not-found = het themabestand bestaat niet
theme-not-utf8 = het themabestand is geen UTF-8-tekst
# Tip bij een logo of lettertypebestand dat niet gevonden wordt.
theme-path-relative = kijk het pad na; het geldt vanaf de map van het themabestand

## Hoe de objecten van het thema heten in berichten ("onbekend veld "x" in het logo",
## "het logo heeft het veld "alt" nodig"): daarom enkelvoud.

theme-shape-root = het thema
theme-shape-charts = de grafiekopmaak
theme-shape-logo = het logo
theme-shape-page = de pagina-opmaak
theme-shape-margins = het onderdeel marges
theme-shape-fonts = het onderdeel lettertypes
theme-shape-fallback-font = het reservelettertype
theme-shape-pdf-fonts = het onderdeel PDF-lettertypes
theme-shape-styles = het onderdeel stijlen
theme-shape-style = een stijl
theme-shape-toc = de inhoudstafel
theme-shape-links = de opmaak van links
theme-shape-table = de tabelopmaak
theme-shape-lists = de lijstopmaak
theme-shape-running = de kop- en voettekst
theme-shape-labels = het onderdeel labels

## Waarden

theme-field-empty = "{ $field }" is leeg
theme-out-of-range = { $value } { $unit } valt buiten de toegelaten waarden
    .hint = gebruik een waarde van { $min } tot { $max } { $unit }
# Hetzelfde, voor een waarde zonder eenheid (de regelafstand).
theme-out-of-range-no-unit = { $value } valt buiten de toegelaten waarden
    .hint = gebruik een waarde van { $min } tot { $max }
theme-not-a-colour = "{ $value }" is geen kleur
    .hint = schrijf kleuren als #RRGGBB, bijvoorbeeld "#00625F"
theme-unknown-page-size = onbekend paginaformaat "{ $size }"
    .hint = gebruik "A4" of "A5"
theme-margins-too-wide = de marges laten te weinig plaats voor de tekst
    .hint = de ruimte voor de tekst moet minstens 60 mm breed en 60 mm hoog zijn
theme-not-an-alignment = "{ $value }" is geen uitlijning
    .hint = gebruik "left" (links), "center" (midden) of "right" (rechts)

## Lijsten

theme-bullet-not-one-character = "{ $value }" is niet één teken
    .hint = geef één opsommingsteken per niveau, bijvoorbeeld "•"
# Wat "bullets" en "numbers" moeten zijn; de tip als het er geen drie zijn.
theme-list-bullets = een lijst van drie: een opsommingsteken per niveau
    .hint = geef een opsommingsteken voor elk van de drie lijstniveaus
theme-list-numbers = een lijst van drie: een nummering per niveau
    .hint = geef een nummering voor elk van de drie lijstniveaus
theme-list-count = { $count ->
        [one] er staat 1 waarde in de lijst, er horen er 3 te staan
       *[other] er staan { $count } waarden in de lijst, er horen er 3 te staan
    }
theme-not-a-number-format = "{ $value }" is geen nummering
    .hint = schrijf het eerste nummer zoals het eruit moet zien: "1.", "a)", "(i)" of "A."

## Grafieken

theme-chart-colors-expected = een lijst van kleuren ["#00625F", …]
theme-chart-color-count = { $count ->
        [one] 1 grafiekkleur; geef er 2 tot 12
       *[other] { $count } grafiekkleuren; geef er 2 tot 12
    }
theme-chart-colors-alike = de grafiekkleuren #{ $first } en #{ $second } zijn bijna even licht (lichtheid { $first_lightness } en { $second_lightness } op 100)
    .hint = wie de tinten niet uit elkaar kan houden, ziet één kleur; laat ze minstens { $step } verschillen in lichtheid, de ene donkerder, de andere lichter

## Contrast van tekst op de witte pagina (toegankelijkheid)

# $color is RRGGBB; $ratio heeft één decimaal, bijvoorbeeld 3,9; $needed is 4,5 of 3.
theme-low-contrast = #{ $color } op de witte pagina heeft een contrast van { NUMBER($ratio, minimumFractionDigits: 1) }:1; tekst van { $size } pt heeft { $needed }:1 nodig om leesbaar te zijn voor mensen die slecht zien
    .hint = kies een donkerdere kleur (WCAG 2.1 AA vraagt { $needed }:1 voor deze tekstgrootte); #767676 is het lichtste grijs met 4,5:1
theme-low-contrast-bold = #{ $color } op de witte pagina heeft een contrast van { NUMBER($ratio, minimumFractionDigits: 1) }:1; vette tekst van { $size } pt heeft { $needed }:1 nodig om leesbaar te zijn voor mensen die slecht zien
# Tekst op een vulkleur: de koprij van een tabel, de kerncijfers. $weight is bold of regular.
theme-low-contrast-fill = de tekst van styles.{ $style } (#{ $color }) op zijn vulkleur #{ $fill } heeft een contrast van { NUMBER($ratio, minimumFractionDigits: 1) }:1; { $weight ->
        [bold] vette tekst
       *[other] tekst
    } van { $size } pt heeft { $needed }:1 nodig om leesbaar te zijn voor mensen die slecht zien
    .hint = kies een donkerdere tekstkleur of een lichtere vulkleur (WCAG 2.1 AA vraagt { $needed }:1 voor deze tekstgrootte)

## Lettertypebestanden

theme-font-unreadable = het lettertype kan niet gelezen worden: { $reason }
theme-font-not-a-font = { $file } is geen lettertypebestand
theme-font-directory-cut = { $file } is beschadigd: de lijst van tabellen in het bestand is afgebroken
theme-font-table-cut = { $file } is beschadigd of onvolledig: de tabel "{ $table }" loopt door tot voorbij het einde van het bestand
theme-font-table-missing = in { $file } ontbreekt de tabel "{ $table }"
theme-font-no-outlines = { $file } bevat geen vormen van letters (geen glyf- of CFF-tabel)
theme-font-unusable = { $file } is niet te lezen als TrueType- of OpenType-lettertype
theme-font-lacks-characters = { $file } kan tekens die het verslag gebruikt niet tonen: { $characters }
# Tip bij elk lettertypebestand hierboven dat niet in orde is.
theme-font-replace = gebruik een volledig TrueType-lettertype (.ttf) of OpenType-lettertype (.otf), bijvoorbeeld een nieuwe kopie van de plaats waar je het lettertype gedownload hebt

## Tekens in het verslag die geen enkel lettertype heeft

# $code is hexadecimaal, bijvoorbeeld 1F44D; $name is de Engelse Unicode-naam van het teken.
theme-cannot-draw = het lettertype van het verslag kan "{ $character }" (U+{ $code } { $name }) niet tonen, en het reservelettertype ook niet
    .hint = vervang het door woorden of door een teken dat de lettertypes wel hebben ("goed" voor 👍, "•" of "-" als opsommingsteken), of haal het weg; emoji en symbolen die uit Word geplakt zijn, komen vaak uit een lettertype dat het verslag niet heeft
theme-cannot-draw-more = het lettertype van het verslag kan "{ $character }" (U+{ $code } { $name }) niet tonen, en het reservelettertype ook niet; het staat hier en nog { $more } keer in dit bestand
# Een teken zonder Unicode-naam, in de plaats van $name.
theme-character-no-name = geen naam

## Titels en afbeeldingen die te groot zijn voor hun plaats (opmaak)

layout-title-too-long-cover = de titel neemt op het voorblad { $taken ->
        [one] 1 regel
       *[other] { $taken } regels
    } in, meer dan een kwart van de pagina ({ $room ->
        [one] 1 regel
       *[other] { $room } regels
    })
    .hint = maak de titel korter; een langere omschrijving past in "subtitle"
layout-title-too-long-heading = als kop van het hoofdstuk, met zijn nummer en code, neemt de titel { $taken ->
        [one] 1 regel
       *[other] { $taken } regels
    } in, meer dan een kwart van de pagina ({ $room ->
        [one] 1 regel
       *[other] { $room } regels
    })
    .hint = maak de titel korter; wat wegvalt, kan de eerste alinea van het hoofdstuk openen
# $width in mm; $dpi en $sharp in pixels per inch.
layout-low-resolution = { $picture } staat { $width } mm breed, met { $dpi } pixels per inch: op papier ziet het er wazig uit (scherp vanaf { $sharp })
    .hint = gebruik een bestand van minstens { $needed } pixels breed (dit heeft er { $has }), of toon het kleiner: "width_mm": { $width_mm }
layout-font-unusable = geen bruikbaar TrueType- of OpenType-lettertype

## Datums (de reden na "ongeldige datum: ")

model-date-form = "{ $text }" is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2023-05-12)
model-date-invalid-year = ongeldig jaar
model-date-invalid-month = ongeldige maand
model-date-invalid-day = ongeldige dag
model-date-month = "{ $text }" heeft maand { $month }; de maanden gaan van 01 tot 12
# $month_name is de naam van de maand, zoals het verslag ze schrijft.
model-date-day = "{ $text }" bestaat niet: { $month_name } { $year } heeft { $days } dagen

## De PDF en de uitvoerbestanden schrijven

output-not-flushed = het bestand is niet helemaal naar de schijf geschreven
output-pdf-settings = de instellingen van de PDF (PDF/UA-1 met PDF/A-2a) gaan niet samen; dit is een fout in jaarverslag zelf
output-pdf-font = een lettertype van het thema kon niet gelezen worden; kijk de lettertypebestanden na
output-pdf-fallback-font = het reservelettertype van het thema kon niet gelezen worden; kijk het lettertypebestand na
output-pdf-page-size = het paginaformaat van het thema kan niet gebruikt worden voor een PDF-pagina
output-pdf-picture = de afbeelding { $picture } kon niet in de PDF gezet worden; bewaar de afbeelding opnieuw en maak het verslag opnieuw
# $problems: een of meer van de berichten output-pdf-problem-…, gescheiden door "; ".
output-pdf-not-written = de PDF is niet geschreven: { $problems }; als de invoer dat probleem niet heeft, is dit een fout in jaarverslag zelf (meld het, met de invoerbestanden erbij)
output-pdf-problem-cannot-draw = de lettertypes kunnen "{ $text }" niet tonen
output-pdf-problem-private-character = "{ $character }" (U+{ $code }) is een privéteken van een lettertype, geen letter
output-pdf-problem-licence = de licentie van een lettertype laat niet toe het in de PDF op te nemen
output-pdf-problem-no-language = het verslag heeft geen taal
output-pdf-problem-no-title = het verslag heeft geen titel
output-pdf-problem-too-long = een tekst is langer dan een PDF toelaat (32.767 tekens)
output-pdf-problem-other = de PDF zou niet toegankelijk (PDF/UA) of niet archiveerbaar (PDF/A) zijn
output-pdf-embed-font = een lettertype kon niet in de PDF opgenomen worden; kijk de lettertypebestanden van het thema na
output-pdf-failed = de PDF kon niet gemaakt worden; dit is een fout in jaarverslag zelf (meld het, met de invoerbestanden erbij)
