# Building: the summary line, what changed, watch, check, and what can go wrong writing.

build-summary = { $files ->
    [one] 1 file: { $written } written, { $unchanged } unchanged
   *[other] { $files } files: { $written } written, { $unchanged } unchanged
}
build-summary-repaired = , { $count } repaired
build-summary-failed = , { $count } failed
build-summary-leftovers = { $count ->
    [one] , 1 temporary file of an interrupted build removed
   *[other] , { $count } temporary files of an interrupted build removed
}
build-summary-pruned = { $count ->
    [one] , 1 file of an old version removed
   *[other] , { $count } files of old versions removed
}
build-summary-time = { $line } — { $ms } ms
build-progress = versions
build-nothing-written = nothing was written; the files in { $out } are unchanged
build-busy = another build is writing to { $out }/ (process { $pid })
    .hint = wait until it is done (or stop it), then build again; nothing was written
build-busy-unknown = another build is writing to { $out }/
build-output-folder = the output folder { $out } cannot be used ({ $reason })
build-threads = the build could not start its threads ({ $reason })
build-state-not-saved = the build state could not be saved in { $out } ({ $reason }); the next build will rebuild every file
build-not-removed = { $name } could not be removed ({ $reason })
build-changed-by-hand = { $name } was changed after this tool wrote it, so it is not removed; delete it yourself if it is not needed
build-not-written = { $version } was not written: { $reason }
build-fonts = the theme's fonts: { $reason }
build-write-failed = { $path } could not be written ({ $reason })
build-write-failed-permission = { $path } could not be written: permission denied; is it open in another program, or is the folder read-only?
build-write-failed-full = { $path } could not be written: the disk is full
build-orphans = { $count ->
    [one] 1 file of versions this report no longer has is still in { $out }: { $files }
   *[other] { $count } files of versions this report no longer has are still in { $out }: { $files }
}
    .hint = { $count ->
        [one] `jaarverslag build --prune` removes it (only files this tool wrote)
       *[other] `jaarverslag build --prune` removes them (only files this tool wrote)
    }
build-no-version = there is no version "{ $name }"; did you mean "{ $best }"?
build-no-version-list = there is no version "{ $name }"; the versions are: { $names }

changes-first-build = no previous build to compare with: every version is new
changes-nothing = nothing changed since the last build
changes-section = changed section: { $code } — { $heading }
changes-removed-section = removed section: { $code }
changes-no-version = no version's content changed (only how it is written)
changes-versions = versions to send again: { $versions }

check-valid = { $input } is valid: { $sections } sections, { $blocks } blocks, { $municipalities } municipalities

watch-cannot = watch cannot follow changes on this system ({ $reason })
watch-cannot-path = watch cannot follow changes to { $path } ({ $reason })
    .hint = check that it exists; build once with `build` meanwhile
watch-watching = watching { $paths } — press Ctrl-C to stop
watch-saved = [{ $time }] { $file } was saved: building
watch-building = [{ $time }] building
watch-done = [{ $time }] done; waiting for the next save
watch-unchanged = [{ $time }] the files in { $out } are unchanged; waiting for the next save
