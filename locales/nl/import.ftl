# import: een Word-bestand (.docx) → een invoermap; import --update: de wijzigingen in Word
# terug naar de invoer. In Fluent schrijf je een accolade als {"{"} of {"}"}.

## Een Word-bestand dat niet te lezen is, of geen Word-bestand is ($name is het bestand zoals opgegeven).

docx-read-too-large = { $name } is groter dan { $megabytes } MB
    .hint = een verslag is een paar megabyte; sla de afbeeldingen kleiner op in Word (Afbeeldingen comprimeren) en probeer opnieuw
# Het bericht zelf zegt waarom het bestand niet te openen is (het bestaat niet, het is een map …).
docx-read-open =
    .hint = geef het pad van een .docx-bestand dat in Word of LibreOffice bewaard is
docx-read-password = { $name } is beveiligd met een wachtwoord
    .hint = open het in Word, haal het wachtwoord weg (Bestand › Info › Document beveiligen) en sla het opnieuw op
# Een zip waarvan de delen versleuteld zijn.
docx-read-password-part = { $name } is beveiligd met een wachtwoord
    .hint = open het in Word, haal het wachtwoord weg en sla het opnieuw op
docx-read-old-doc = { $name } is een oud Word-document (.doc), geen .docx
    .hint = open het in Word of LibreOffice en sla het op als "Word-document (.docx)"
docx-read-pdf = { $name } is een pdf
    .hint = geef een .docx-bestand dat in Word of LibreOffice bewaard is
docx-read-rtf = { $name } is een RTF-document
    .hint = geef een .docx-bestand dat in Word of LibreOffice bewaard is
docx-read-empty = { $name } is leeg
    .hint = geef een .docx-bestand dat in Word of LibreOffice bewaard is
docx-read-not-word = { $name } is geen Word-document
    .hint = geef een .docx-bestand dat in Word of LibreOffice bewaard is
docx-read-damaged = { $name } is een beschadigd Word-bestand (de zip is niet te lezen)
    .hint = misschien is het afgebroken bij het kopiëren of downloaden; kopieer het opnieuw, of open het in Word en sla het opnieuw op
docx-read-too-many-parts = { $name } heeft { $parts } delen, meer dan de { $max } die een Word-bestand heeft
    .hint = open het in Word en sla het opnieuw op
docx-read-zip-bomb = { $name } pakt uit tot meer dan { $megabytes } MB, wat geen enkel verslag doet (een "zipbom")
    .hint = dit is geen gewoon Word-document; vraag de afzender om het origineel
docx-read-no-document = { $name } heeft geen documenttekst (word/document.xml ontbreekt)
    .hint = het is een zip maar geen Word-document; open het in Word en sla het op als .docx
# $detail is de eigen omschrijving van de fout door de XML-lezer.
docx-read-text = { $name }: de tekst is niet te lezen ({ $detail })
    .hint = open het bestand in Word en sla het opnieuw op
docx-read-not-utf8 = { $name }: het deel { $part } is geen UTF-8-XML
    .hint = open het bestand in Word en sla het opnieuw op
docx-read-dtd = { $name }: het deel { $part } declareert een DTD of entiteiten, en die worden geweigerd
    .hint = Word schrijft die nooit; open het bestand in Word en sla het opnieuw op

## Wat de import niet kon overnemen, met de plaats ervan.

# Waar een alinea van het Word-bestand staat: $section is "2. Titel van het hoofdstuk" of
# de inleiding van het verslag (zoals het verslag die noemt), $heading de kop erboven,
# $paragraph het nummer van de alinea in het document, $words de eerste woorden van het blok.
import-place = { $section } (alinea { $paragraph })
import-place-words = { $section } (alinea { $paragraph }, “{ $words }”)
import-place-heading = { $section } › { $heading } (alinea { $paragraph })
import-place-heading-words = { $section } › { $heading } (alinea { $paragraph }, “{ $words }”)
# Een vaststelling met haar plaats (een van de import-place-berichten).
import-finding = { $place }: { $message }

import-nested-table = een tabel in een tabel wordt niet overgenomen; de tekst ervan komt in de cel
import-merged-cells = samengevoegde cellen worden weer gesplitst; kijk de tabel na
import-tracked-deletion = een bijgehouden wijziging (een verwijdering) wordt als aanvaard beschouwd: de tekst ervan valt weg
import-tracked-insertion = een bijgehouden wijziging (een invoeging) wordt als aanvaard beschouwd
import-tracked-formatting = een bijgehouden wijziging (een opmaakwijziging) wordt als aanvaard beschouwd
# $style is de id van de stijl in het Word-bestand.
import-style-as-body = de stijl "{ $style }" wordt gelezen als gewone tekst
# $field is de naam van het veld in Word (DATE, AUTHOR …).
import-field = een veld ({ $field }) blijft staan als de tekst die het toont
import-comment = een opmerking wordt niet overgenomen; lees ze in Word
import-footnote = een voetnoot wordt niet overgenomen; zet de tekst ervan in de alinea
import-text-box = een tekstvak wordt niet overgenomen; zet de tekst ervan in een alinea

# $level is 2 of 3; "Kop 1" is de naam van de stijl in Word.
import-heading-before-first = alinea { $paragraph } ("{ $words }"): een kop { $level } voor de eerste Kop 1 wordt gelezen als vette tekst in de inleiding
import-bold-heading = alinea { $paragraph } ("{ $words }") is vette gewone tekst die op een kop lijkt; geef ze in Word een kopstijl als het een kop is
import-chart-unreadable = alinea { $paragraph }: een grafiek waarvan de getallen niet te lezen zijn, wordt niet overgenomen; voeg ze toe als grafiekblok
import-logo = de afbeelding voor de titel wordt gezien als het logo van de organisatie, dat het thema daar zelf zet; ze wordt niet overgenomen
# "alt" is het veld van het afbeeldingsblok in het hoofdstukbestand $file.
import-picture-no-alt-at = alinea { $paragraph }: een afbeelding zonder beschrijving; schrijf in "alt" van { $file } wat ze toont
import-picture-no-alt = een afbeelding zonder beschrijving; schrijf in "alt" van { $file } wat ze toont
# $written_kind en $own_kind zijn bestandssoorten: PNG, JPEG, SVG.
import-picture-other-kind = de afbeelding { $own } kwam uit Word terug als { $written } (een { $written_kind } in plaats van de { $own_kind }); ze wordt zo overgenomen
import-link-not-heading = de link "{ $text }" wijst naar een plaats die geen kop is; hij blijft staan als gewone tekst
import-section-empty = alinea { $paragraph }: het hoofdstuk "{ $title }" heeft geen inhoud
import-no-manifest-own = geen --manifest opgegeven: report.json noemt alleen de gemeenten die in deze versie staan; geef --manifest input/report.json voor alle gemeenten
import-no-manifest = geen --manifest opgegeven: het jaar, de publicatiedatum en de gemeenten in report.json zijn invulwaarden; kijk ze na
import-no-heading-1 = het Word-bestand heeft geen Kop 1, dus er is geen hoofdstuk om te maken
    .hint = geef in Word de titel van elke prioriteit de stijl "Kop 1" (Heading 1), bv. "1. Het opnemen van de regierol (WSE-LR1)"

## jaarverslag import BESTAND.docx --out MAP

import-nothing-written = er is niets geschreven
import-out-not-empty = { $folder } bestaat al en is niet leeg
    .hint = kies een nieuwe map voor --out, zodat er niets in overschreven wordt
# $detail is de reden die het systeem geeft.
import-manifest-unreadable = het manifest { $path } is niet te lezen: { $detail }
    .hint = geef het pad van een bestaand report.json
import-manifest-not-json = het manifest { $path } is geen geldige JSON: { $detail }
    .hint = voer eerst `jaarverslag check` uit op de map ervan
import-cannot-write = { $path } kan niet geschreven worden: { $detail }
    .hint = kijk na of er in de map geschreven mag worden
import-would-not-pass = de geïmporteerde map zou `check` niet doorstaan (zie hierboven); er is niets geschreven
import-cannot-create = { $path } kan niet gemaakt worden: { $detail }
import-done = { $docx } → { $folder }: { $sections ->
        [one] 1 hoofdstuk
       *[other] { $sections } hoofdstukken
    }, { $blocks ->
        [one] 1 blok
       *[other] { $blocks } blokken
    }; { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    } om na te kijken

## jaarverslag import BESTAND.docx --update MAP

update-not-ours = { $docx } is niet gemaakt door jaarverslag: het zegt niet uit welk blok van de invoer elke alinea komt
    .hint = gebruik `jaarverslag import BESTAND.docx --out NIEUWE-MAP` om er een nieuwe invoermap van te maken
update-input-has-errors = de invoer in { $folder } heeft fouten, dus ze kan niet bijgewerkt worden
    .hint = voer `jaarverslag check` uit en los eerst op wat het meldt
# $version is de id van een gemeente.
update-version-gone = het Word-bestand is de versie van "{ $version }", en die gemeente staat niet meer in de invoer
    .hint = zet de gemeente weer in report.json, of werk bij vanuit het bestand van een andere versie
# Daarna volgt een lijst van update-since-…-regels, één per regel.
update-input-changed-since = de invoer is veranderd nadat dit Word-bestand gemaakt werd, dus de wijzigingen erin kunnen nieuwere ongedaan maken:
    .hint = maak het verslag opnieuw en breng de wijzigingen aan in het nieuwe bestand, of geef --force om ze toch over te nemen (waar een blok aan beide kanten veranderde, wint de versie uit Word)
update-changed-since-warning = veranderd nadat het Word-bestand gemaakt werd: { $change }
# $block is een update-block-…-tekst.
update-since-changed = { $file }: { $block } is gewijzigd
update-since-removed = { $file }: { $block } is weggehaald
update-since-added = { $file }: { $block } is toegevoegd
update-sections-differ = het Word-bestand heeft { $word ->
        [one] 1 hoofdstuk
       *[other] { $word } hoofdstukken
    } (Kop 1), het verslag { $report }: een hoofdstuk dat in Word toegevoegd of weggehaald is, kan niet teruggebracht worden
    .hint = voeg het hoofdstukbestand toe aan de invoer of haal het weg (ook in report.json), en maak het verslag dan opnieuw
update-cannot-read = { $file } is niet te lezen: { $detail }
    .hint = kijk na of de invoermap volledig is
update-not-json = { $file } is geen geldige JSON: { $detail }
    .hint = voer `jaarverslag check` uit

# Een blok zonder tekst, naar zijn soort.
update-block-a = { $kind ->
        [heading] een kop
        [paragraph] een alinea
        [list] een lijst
        [table] een tabel
        [picture] een afbeelding
        [chart] een grafiek
        [key-figures] een blok kerncijfers
       *[block] een blok
    }
# Een blok met zijn soort en zijn eerste woorden.
update-block-the = { $kind ->
        [heading] de kop “{ $text }”
        [paragraph] de alinea “{ $text }”
        [list] de lijst “{ $text }”
        [table] de tabel “{ $text }”
        [picture] de afbeelding “{ $text }”
        [chart] de grafiek “{ $text }”
        [key-figures] het blok kerncijfers “{ $text }”
       *[block] het blok “{ $text }”
    }

# Wat er met een blok gebeurde, na zijn plaats: "alinea 2 gewijzigd" is de tweede alinea
# onder de kop erboven.
update-changed = { $kind ->
        [heading] kop gewijzigd
        [paragraph] alinea { $number } gewijzigd
        [list] lijst { $number } gewijzigd
        [table] tabel { $number } gewijzigd
        [picture] afbeelding { $number } gewijzigd
        [chart] grafiek { $number } gewijzigd
        [key-figures] kerncijfers { $number } gewijzigd
       *[block] blok { $number } gewijzigd
    }
update-added = { $kind ->
        [heading] kop toegevoegd
        [paragraph] alinea { $number } toegevoegd
        [list] lijst { $number } toegevoegd
        [table] tabel { $number } toegevoegd
        [picture] afbeelding { $number } toegevoegd
        [chart] grafiek { $number } toegevoegd
        [key-figures] kerncijfers { $number } toegevoegd
       *[block] blok { $number } toegevoegd
    }
update-removed = { $kind ->
        [heading] kop weggehaald
        [paragraph] alinea { $number } weggehaald
        [list] lijst { $number } weggehaald
        [table] tabel { $number } weggehaald
        [picture] afbeelding { $number } weggehaald
        [chart] grafiek { $number } weggehaald
        [key-figures] kerncijfers { $number } weggehaald
       *[block] blok { $number } weggehaald
    }
# Een afbeelding waarvan Word een ander bestand heeft.
update-replaced = { $kind ->
        [heading] kop vervangen
        [paragraph] alinea { $number } vervangen
        [list] lijst { $number } vervangen
        [table] tabel { $number } vervangen
        [picture] afbeelding { $number } vervangen
        [chart] grafiek { $number } vervangen
        [key-figures] kerncijfers { $number } vervangen
       *[block] blok { $number } vervangen
    }
# De titel van het titelblad of van een hoofdstuk, en de ondertitel, gewijzigd in Word.
update-title-changed = titel gewijzigd
update-subtitle-changed = ondertitel gewijzigd
# De tekst die wegging, en de tekst die erbij kwam.
update-line-old = - { $line }
update-line-new = + { $line }

update-tracked-not-accepted = { $count ->
        [one] het Word-bestand heeft een bijgehouden wijziging die nog niet aanvaard is:
       *[other] het Word-bestand heeft { $count } bijgehouden wijzigingen die nog niet aanvaard zijn:
    }
    .hint = aanvaard of weiger ze in Word (Controleren › Accepteren) en sla op, of geef --accept-changes om ze allemaal als aanvaard te beschouwen
# $place is een import-place-tekst; $text de woorden van de wijziging.
update-tracked-insertion = { $place }: een invoeging
update-tracked-insertion-text = { $place }: een invoeging: “{ $text }”
update-tracked-deletion = { $place }: een verwijdering
update-tracked-deletion-text = { $place }: een verwijdering: “{ $text }”
update-tracked-formatting = { $place }: een opmaakwijziging
update-tracked-accepted = bijgehouden wijziging als aanvaard beschouwd — { $change }
# Een opmerking in het Word-bestand: de plaats, de tekst en wie ze schreef.
update-comment = { $place }: “{ $text }”
update-comment-by = { $place }: “{ $text }” — { $author }

update-cannot-prepare = de update kan niet voorbereid worden naast { $folder }: { $detail }
update-would-not-pass = de invoer zou `check` niet doorstaan met deze wijzigingen (zie hierboven); er is niets geschreven
update-comments-heading = opmerkingen in het Word-bestand, om mee aan de slag te gaan:
update-nothing = niets om terug te brengen: { $docx } toont de invoer zoals ze is
update-not-all-written = { $detail }; de bestanden hierboven zijn niet allemaal geschreven
update-done = { $changes ->
        [one] 1 wijziging
       *[other] { $changes } wijzigingen
    } teruggebracht naar { $folder }: { $files }; voer `jaarverslag build` uit om de bestanden die ze tonen opnieuw te maken
