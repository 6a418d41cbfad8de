# Het verslag maken: de samenvattende regel, wat veranderde, watch, check, en wat er mis
# kan gaan bij het schrijven.

build-summary = { $files ->
    [one] 1 bestand: { $written } geschreven, { $unchanged } ongewijzigd
   *[other] { $files } bestanden: { $written } geschreven, { $unchanged } ongewijzigd
}
build-summary-repaired = , { $count } hersteld
build-summary-failed = , { $count } mislukt
build-summary-leftovers = { $count ->
    [one] , 1 tijdelijk bestand van een onderbroken build verwijderd
   *[other] , { $count } tijdelijke bestanden van een onderbroken build verwijderd
}
build-summary-pruned = { $count ->
    [one] , 1 bestand van een oude versie verwijderd
   *[other] , { $count } bestanden van oude versies verwijderd
}
build-summary-time = { $line } — { $ms } ms
build-progress = versies
build-nothing-written = er is niets geschreven; de bestanden in { $out } zijn niet veranderd
build-busy = een andere build schrijft al naar { $out }/ (proces { $pid })
    .hint = wacht tot die klaar is (of stop hem) en maak het verslag dan opnieuw; er is niets geschreven
build-busy-unknown = een andere build schrijft al naar { $out }/
build-output-folder = de uitvoermap { $out } is niet te gebruiken ({ $reason })
build-threads = de build kon zijn threads niet starten ({ $reason })
build-state-not-saved = de stand van de build kon niet bewaard worden in { $out } ({ $reason }); de volgende build maakt elk bestand opnieuw
build-not-removed = { $name } kon niet verwijderd worden ({ $reason })
build-changed-by-hand = { $name } is veranderd nadat deze tool het schreef, dus het blijft staan; verwijder het zelf als je het niet meer nodig hebt
build-not-written = { $version } is niet geschreven: { $reason }
build-fonts = de lettertypes van het thema: { $reason }
build-write-failed = { $path } kon niet geschreven worden ({ $reason })
build-write-failed-permission = { $path } kon niet geschreven worden: geen toestemming; is het open in een ander programma, of is de map alleen-lezen?
build-write-failed-full = { $path } kon niet geschreven worden: de schijf is vol
build-orphans = { $count ->
    [one] 1 bestand van een versie die dit verslag niet meer heeft, staat nog in { $out }: { $files }
   *[other] { $count } bestanden van versies die dit verslag niet meer heeft, staan nog in { $out }: { $files }
}
    .hint = { $count ->
        [one] `jaarverslag build --prune` verwijdert het (alleen bestanden die deze tool schreef)
       *[other] `jaarverslag build --prune` verwijdert ze (alleen bestanden die deze tool schreef)
    }
build-no-version = er is geen versie "{ $name }"; bedoel je "{ $best }"?
build-no-version-list = er is geen versie "{ $name }"; de versies zijn: { $names }

changes-first-build = er is geen vorige build om mee te vergelijken: elke versie is nieuw
changes-nothing = er is niets veranderd sinds de vorige build
changes-section = gewijzigd hoofdstuk: { $code } — { $heading }
changes-removed-section = verwijderd hoofdstuk: { $code }
changes-no-version = de inhoud van geen enkele versie is veranderd (alleen hoe ze geschreven is)
changes-versions = versies om opnieuw te sturen: { $versions }

check-valid = { $input } is in orde: { $sections } hoofdstukken, { $blocks } blokken, { $municipalities } gemeenten

watch-cannot = watch kan op dit systeem geen wijzigingen volgen ({ $reason })
watch-cannot-path = watch kan de wijzigingen aan { $path } niet volgen ({ $reason })
    .hint = kijk na of het bestaat; maak het verslag intussen met `build`
watch-watching = ik volg { $paths } — druk Ctrl-C om te stoppen
watch-saved = [{ $time }] { $file } is bewaard: ik maak het verslag
watch-building = [{ $time }] ik maak het verslag
watch-done = [{ $time }] klaar; ik wacht op de volgende keer dat je bewaart
watch-unchanged = [{ $time }] de bestanden in { $out } zijn niet veranderd; ik wacht op de volgende keer dat je bewaart
