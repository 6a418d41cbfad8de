#!/usr/bin/python3
"""Edit a DOCX the way a colleague would in LibreOffice: open it, replace text, save it as
DOCX again. Stands in for Word in tests/update.rs.

    libreoffice_edit.py PROFILE_DIR IN.docx OUT.docx SEARCH REPLACE [SEARCH REPLACE ...]

Needs python3-uno (Debian's /usr/bin/python3). Starts its own headless LibreOffice with
the profile given, so it never touches another one, and stops it again.
"""

import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    profile, source, target, *pairs = sys.argv[1:]
    if len(pairs) % 2:
        sys.exit("SEARCH and REPLACE come in pairs")
    pipe = f"jaarverslag{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation=file://{os.path.abspath(profile)}",
            "--headless",
            "--invisible",
            "--norestore",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(120):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        if context is None:
            sys.exit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        url = uno.systemPathToFileUrl(os.path.abspath(source))
        document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        for search, replace in zip(pairs[::2], pairs[1::2]):
            descriptor = document.createReplaceDescriptor()
            descriptor.SearchString = search
            descriptor.ReplaceString = replace
            if document.replaceAll(descriptor) == 0:
                sys.exit(f"not found in the document: {search!r}")
        out = uno.systemPathToFileUrl(os.path.abspath(target))
        document.storeToURL(out, (prop("FilterName", "MS Word 2007 XML"),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
