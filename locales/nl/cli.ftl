# De opdrachtregel: de hulp van elke opdracht en de fouten in wat je typte.
# Een optie staat onder cli-<opdracht>-<optie>, of onder cli-arg-<optie> als ze bij
# build, watch en changes hetzelfde betekent.

cli-about = Maakt het jaarverslag van W13 uit de JSON-bestanden in de invoermap: de versie voor het bestuur en één per gemeente.
cli-after-help =
    Begin na het bewerken met `jaarverslag check`; `jaarverslag build` maakt het verslag.
    Afsluitcodes: 0 klaar, 1 de invoer heeft fouten (er is niets geschreven), 2 verkeerde opdrachtregel.
    Handleiding: docs/handleiding.md.
cli-heading-commands = Opdrachten
cli-heading-options = Opties
cli-heading-arguments = Argumenten
cli-usage-heading = Gebruik:
cli-value-dir = MAP
cli-value-file = BESTAND
cli-value-file-docx = BESTAND.docx
cli-help = Toon deze hulp
cli-version = Toon het versienummer
cli-lang = Taal van de berichten: nl (standaard) of en; zonder deze optie geldt LANG of LC_ALL

cli-build = Controleer de invoer en maak elke versie van het verslag (bestuur en gemeenten) als Word en PDF in de uitvoermap; alleen wat veranderde wordt opnieuw geschreven.
cli-build-changes = Zeg ook welke hoofdstukken en versies veranderden sinds de vorige keer.
cli-build-prune = Verwijder de bestanden die deze tool vroeger schreef voor versies die het verslag niet meer heeft (een gemeente die eruit ging, het verslag van vorig jaar); geen ander bestand wordt aangeraakt.
cli-watch = Maak het verslag, en maak het opnieuw telkens je een invoer- of themabestand bewaart (Ctrl-C stopt).
cli-changes = Zeg welke hoofdstukken en versies veranderden sinds de vorige keer, zonder iets te maken.
cli-check = Controleer de invoer en toon elk probleem, zonder iets te schrijven.
cli-check-input = Map met report.json en sections/ (standaard: input).
cli-check-theme = Themabestand om ook te controleren.
cli-check-strict = Behandel de waarschuwingen over toegankelijkheid (WCAG 2.1 AA) als fouten: afsluitcode 1 als er een is.
cli-import = Maak van een Word-verslag (.docx) een invoermap: een manifest en één hoofdstukbestand per Kop 1; wat niet over te nemen is, staat als waarschuwing met zijn plaats. Met --update breng je de wijzigingen in een DOCX die deze tool maakte terug naar de invoer.
cli-import-docx = Het Word-bestand.
cli-import-out = De nieuwe invoermap; er mag nog geen report.json in staan.
cli-import-update = De invoermap waaruit het Word-bestand gemaakt is: de gewijzigde blokken worden herschreven.
cli-import-manifest = Een report.json waarvan het nieuwe manifest de gemeenten en instellingen overneemt.
cli-import-force = Met --update: neem de wijzigingen over, ook al veranderde de invoer nadat het Word-bestand gemaakt werd (waar een blok aan beide kanten veranderde, wint de versie uit Word).
cli-import-accept_changes = Met --update: neem de bijgehouden wijzigingen van het Word-bestand over als aanvaard.
cli-schema = Toon het JSON-schema van de invoerbestanden (voor editors zoals VS Code).
cli-schema-which = Welk soort bestand: report (het manifest, report.json, standaard) of section (een hoofdstukbestand).

cli-arg-input = Map met report.json en sections/ (standaard: input).
cli-arg-out = Map waarin het verslag komt; ze wordt gemaakt als ze niet bestaat (standaard: out).
cli-arg-theme = Themabestand (pagina, lettertypes, stijlen, labels); standaard de ingebouwde huisstijl van W13.
cli-arg-variants = Maak alleen deze versie: "bestuur" of de id van een gemeente (mag vaker). Standaard alle.
cli-arg-format = Schrijf alleen dit formaat: docx of pdf. Standaard beide.
cli-arg-jobs = Aantal threads; standaard één per kern, hoogstens vier per kern (meer worden niet gebruikt). De bestanden hangen er niet van af.
cli-arg-force = Maak elk bestand opnieuw, ook als zijn invoer niet veranderde.
cli-arg-quiet = Toon alleen fouten.

cli-error-unknown-argument = onbekende optie `{ $arg }`
cli-error-unexpected-value = `{ $arg }` hoort hier niet: deze opdracht verwacht hier geen waarde
cli-error-unknown-command = onbekende opdracht `{ $command }`
cli-error-invalid-value = `{ $value }` is geen geldige waarde voor { $arg }
    .hint = mogelijke waarden: { $values }
cli-error-missing = er ontbreekt iets: { $args }
cli-error-missing-command = zeg welke opdracht je wil uitvoeren
    .hint = bijvoorbeeld `jaarverslag check` of `jaarverslag build`
cli-error-conflict = { $arg } en { $other } gaan niet samen
cli-error-missing-value = { $arg } heeft een waarde nodig
cli-error-twice = { $arg } staat er twee keer
cli-error-other = de opdrachtregel klopt niet: { $detail }
cli-did-you-mean = bedoel je `{ $suggestion }`?
cli-more-help = Meer uitleg: `{ $command } --help`

cli-usage = jaarverslag <OPDRACHT> [OPTIES]
cli-usage-command = jaarverslag { $command } [OPTIES]
cli-import-usage = jaarverslag import BESTAND.docx (--out MAP | --update MAP) [OPTIES]
cli-schema-usage = jaarverslag schema [report | section]
cli-value-command = OPDRACHT
cli-value-format = FORMAAT
cli-value-which = SOORT
cli-error-import-target = zeg waar het resultaat heen moet
    .hint = met --out MAP maak je een nieuwe invoermap, met --update MAP werk je de invoermap bij waaruit het Word-bestand gemaakt is
cli-error-number =
    .hint = schrijf een geheel getal, zoals 4
