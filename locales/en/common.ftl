# What every message has: its kind, its hint, the count at the end.

diagnostic-error = error
diagnostic-warning = warning
diagnostic-hint = hint
diagnostic-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
diagnostic-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
diagnostic-errors-and-warnings = { $errors } and { $warnings }
