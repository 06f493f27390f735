"""Save a workbook as an Excel 97 .xls with an opening password (RC4), as an
office's clerk does with 工具 → 加密. Run with the system Python that has
LibreOffice's uno module:

    /usr/bin/python3 encrypt.py IN.xlsx OUT.xls PASSWORD
"""
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def pv(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


src, dst, password = sys.argv[1:4]
proc = subprocess.Popen(["soffice", "-env:UserInstallation=file:///tmp/lo-casesby-uno", "--headless", "--norestore",
                         "--accept=socket,host=127.0.0.1,port=2299;urp;"])
ctx = None
for _ in range(120):
    try:
        local = uno.getComponentContext()
        res = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = res.resolve("uno:socket,host=127.0.0.1,port=2299;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
desk = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
doc = desk.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (pv("Hidden", True),))
doc.storeToURL(uno.systemPathToFileUrl(dst), (pv("FilterName", "MS Excel 97"), pv("Password", password)))
doc.close(True)
try:
    desk.terminate()
except Exception:
    pass
proc.wait(timeout=60)
