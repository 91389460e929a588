"""A real headless Chromium for the site tests, and a loopback static server to open the site from.

Why Selenium rather than Playwright: Playwright drives a browser build of its own version and fetches
it with `playwright install`, which this project cannot do; pointed at another Chromium it may not
speak the same protocol. Debian ships `chromium` and `chromium-driver` from one source package, so
the driver always matches the browser, and Selenium is a plain Python package (we give it the
driver's path, so its own "selenium-manager" never tries to download anything).

Chromium comes from the system: found on PATH, else installed with apt-get when running as root (as
CI does), else the tests fail with the command to run — they never skip.
"""

from __future__ import annotations

import fcntl
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver",)
WIDTH, HEIGHT = 1100, 900


class NoBrowser(RuntimeError):
    pass


def _which(names: tuple[str, ...]) -> str | None:
    for name in names:
        found = shutil.which(name) or (f"/usr/lib/chromium/{name}" if Path(f"/usr/lib/chromium/{name}").is_file()
                                       else None)
        if found:
            return found
    return None


def find_chromium(install: bool = True) -> tuple[str, str]:
    """(browser, driver) paths; installs Debian's packages when missing and we are root."""
    browser, driver = _which(BROWSERS), _which(DRIVERS)
    if (browser is None or driver is None) and install and hasattr(os, "geteuid") and os.geteuid() == 0 \
            and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        # pytest-xdist workers each get here on a fresh machine: one apt-get at a time (dpkg's own lock
        # would make the second fail), and the second finds the packages installed by the first.
        with (Path(tempfile.gettempdir()) / "factdesk-apt.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            browser, driver = _which(BROWSERS), _which(DRIVERS)
            if browser is None or driver is None:
                subprocess.run(["apt-get", "update", "-q"], check=False, capture_output=True, env=env, timeout=600)
                subprocess.run(["apt-get", "install", "-y", "-q", "chromium", "chromium-driver"], check=False,
                               capture_output=True, env=env, timeout=900)
                browser, driver = _which(BROWSERS), _which(DRIVERS)
    if browser is None or driver is None:
        raise NoBrowser("headless Chromium is needed for the site tests: "
                        "`apt-get install chromium chromium-driver` (Debian), or put chromium and chromedriver on PATH")
    return browser, driver


def start_driver(width: int = WIDTH, height: int = HEIGHT):
    """One headless Chromium through Selenium, with the system's chromedriver (never downloaded)."""
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium-manager must not reach for the network
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = find_chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--disable-extensions", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=en-GB", f"--window-size={width},{height}"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(executable_path=driver), options=options)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 (any free port) the way a static host would; yields the base URL."""
    handler = functools.partial(_Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
