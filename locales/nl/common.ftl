# Wat bij elk bericht hoort: het soort, de tip, de telling onderaan.

diagnostic-error = fout
diagnostic-warning = waarschuwing
diagnostic-hint = tip
diagnostic-errors = { $count ->
    [one] 1 fout
   *[other] { $count } fouten
}
diagnostic-warnings = { $count ->
    [one] 1 waarschuwing
   *[other] { $count } waarschuwingen
}
diagnostic-errors-and-warnings = { $errors } en { $warnings }
