"""LibreOffice started headless and reached through UNO, for the scripts the system Python runs.

``tests/uno_type.py`` and ``tests/uno_document.py`` import it from their own folder
(the system Python's ``uno`` is not the project's).
"""

import contextlib
import socket
import subprocess
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def uno_property(name, value):
    """A UNO PropertyValue, as loading and storing take their options."""
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


@contextlib.contextmanager
def office_desktop(soffice, profile):
    """LibreOffice's Desktop (to load documents), started with its own ``profile`` folder;
    LibreOffice quits when the block ends."""
    port = _free_port()
    office = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--norestore",
         f"--accept=socket,host=127.0.0.1,port={port};urp;",
         "-env:UserInstallation=file://" + profile],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
        for _ in range(120):
            try:
                context = resolver.resolve(url)
                break
            except Exception:  # not listening yet
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        yield desktop
        with contextlib.suppress(Exception):  # the bridge goes down as LibreOffice quits
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
