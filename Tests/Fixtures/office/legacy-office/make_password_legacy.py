"""Makes Tests/Fixtures/office/legacy-office/scores-password.xls and bien-ban-password.doc:
the LibreOffice-made fixtures saved again by LibreOffice in their Office 97-2003 formats with
the password "123" to open (run with Debian's /usr/bin/python3, which has python3-uno, from
Tests/Fixtures/office/legacy-office)."""
import os
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    here = os.path.abspath(".")
    profile = tempfile.mkdtemp()
    office = subprocess.Popen(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                               "--accept=pipe,name=bontotfixture;urp;"])
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
        for _ in range(60):
            try:
                context = resolver.resolve("uno:pipe,name=bontotfixture;urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(1)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        for source, target, filter_name in [("scores-libreoffice.xls", "scores-password.xls", "MS Excel 97"),
                                            ("bien-ban-libreoffice.doc", "bien-ban-password.doc", "MS Word 97")]:
            document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.join(here, source)), "_blank", 0,
                                                    (prop("Hidden", True),))
            document.storeToURL(uno.systemPathToFileUrl(os.path.join(here, target)),
                                (prop("FilterName", filter_name), prop("Password", "123")))
            document.close(True)
        desktop.terminate()
    finally:
        office.wait(timeout=60)


if __name__ == "__main__":
    main()
