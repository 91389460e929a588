"""A real headless Chromium for the site tests, and a loopback static server to open the site from.

Why Selenium rather than Playwright: Playwright drives a browser build of its own version and fetches
it with `playwright install`, which this project cannot do; pointed at another Chromium it may not
speak the same protocol. Debian ships `chromium` and `chromium-driver` from one source package, so
the driver always matches the browser, and Selenium is a plain Python package (we give it the
driver's path, so its own "selenium-manager" never tries to download anything).

Where the browser comes from, first that works:
1. the system's: `chromium` and `chromedriver` on PATH or in /usr/lib/chromium;
2. as root with apt-get: `apt-get install chromium chromium-driver` (as CI does);
3. as anyone else: Debian's own packages, unpacked into `.cache/chromium/` of the checkout. `apt-get -s`
   (a simulation, which needs no root) names the packages this machine lacks for chromium and
   chromium-driver, `apt-get download` fetches them (with a private `apt-get update` first when the
   machine has no package lists), `dpkg-deb -x` unpacks them, and the driver runs with
   LD_LIBRARY_PATH pointing into the unpacked tree. Later runs reuse it. Nothing is installed.
Only when all three fail do the tests fail, with the command to run — they never skip.

FACTDESK_CHROMIUM_IGNORE_SYSTEM=1 skips step 1 and 2, to exercise step 3 on a machine that has a
system chromium; FACTDESK_CHROMIUM_CACHE moves the cache from `.cache/chromium/`.
"""

from __future__ import annotations

import fcntl
import functools
import http.server
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver",)
WIDTH, HEIGHT = 1100, 900
REPO = Path(__file__).resolve().parents[2]
IGNORE_SYSTEM_ENV = "FACTDESK_CHROMIUM_IGNORE_SYSTEM"
CACHE_ENV = "FACTDESK_CHROMIUM_CACHE"
PACKAGES = ("chromium", "chromium-common", "chromium-driver")  # always from the cache when step 3 runs
_APT_ENV = {"DEBIAN_FRONTEND": "noninteractive", "LC_ALL": "C"}


class NoBrowser(RuntimeError):
    pass


@dataclass(frozen=True)
class Chromium:
    """A browser, its matching driver, and what the driver's environment needs (LD_LIBRARY_PATH for
    an unpacked one)."""

    browser: str
    driver: str
    env: dict[str, str] = field(default_factory=dict)


def _which(names: tuple[str, ...]) -> str | None:
    for name in names:
        found = shutil.which(name) or (f"/usr/lib/chromium/{name}" if Path(f"/usr/lib/chromium/{name}").is_file()
                                       else None)
        if found:
            return found
    return None


def _system() -> Chromium | None:
    if os.environ.get(IGNORE_SYSTEM_ENV):
        return None
    browser, driver = _which(BROWSERS), _which(DRIVERS)
    return Chromium(browser, driver) if browser and driver else None


@contextmanager
def _locked(name: str) -> Iterator[None]:
    """pytest-xdist workers each get here on a fresh machine: one installs, the others wait and then
    find what it installed (a second apt-get would fail on dpkg's lock)."""
    with (Path(tempfile.gettempdir()) / f"{name}-{os.getuid()}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _apt_install() -> Chromium | None:
    env = {**os.environ, **_APT_ENV}
    with _locked("factdesk-apt"):
        found = _system()
        if found is None:
            subprocess.run(["apt-get", "update", "-q"], check=False, capture_output=True, env=env, timeout=600)
            subprocess.run(["apt-get", "install", "-y", "-q", "chromium", "chromium-driver"], check=False,
                           capture_output=True, env=env, timeout=900)
            found = _system()
    return found


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or REPO / ".cache" / "chromium")


_INST = re.compile(r"^Inst (\S+) ", re.MULTILINE)


def missing_packages(apt_options: list[str]) -> list[str]:
    """The Debian packages to unpack for chromium and its driver to run here: the two and their
    data package always, and every library apt would install with them (their dependencies that
    this machine lacks), as a simulated install names them — no root needed for a simulation."""
    sim = subprocess.run(["apt-get", "-s", "-q", "install", "--no-install-recommends", *apt_options,
                          *PACKAGES], capture_output=True, text=True, env={**os.environ, **_APT_ENV}, timeout=300)
    if sim.returncode != 0:
        raise NoBrowser(f"apt-get -s install {' '.join(PACKAGES)} failed: {(sim.stderr or sim.stdout).strip()[-300:]}")
    return list(dict.fromkeys([*PACKAGES, *_INST.findall(sim.stdout)]))


def _run(cmd: list[str], cwd: Path | None = None, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env={**os.environ, **_APT_ENV},
                          timeout=timeout)


def _private_lists(cache: Path) -> list[str]:
    """apt options for package lists of our own, fetched by a non-root `apt-get update` into the cache
    (for machines whose /var/lib/apt/lists is empty, as in many container images)."""
    state, apt_cache = cache / "apt" / "state", cache / "apt" / "cache"
    (state / "lists" / "partial").mkdir(parents=True, exist_ok=True)
    (apt_cache / "archives" / "partial").mkdir(parents=True, exist_ok=True)
    options = ["-o", f"Dir::State={state}", "-o", f"Dir::Cache={apt_cache}", "-o", "Debug::NoLocking=1"]
    done = _run(["apt-get", "update", "-q", *options], timeout=600)
    if done.returncode != 0:
        raise NoBrowser(f"apt-get update (into {state}) failed: {done.stderr.strip()[-300:]}")
    return options


def unpacked(root: Path) -> Chromium | None:
    """The browser unpacked under `root`, when a previous run finished unpacking it."""
    browser, driver = root / "usr/lib/chromium/chromium", root / "usr/lib/chromium/chromedriver"
    if not ((root.parent / "complete").is_file() and browser.is_file() and driver.is_file()):
        return None
    # every folder holding a shared library: the multiarch ones and their subfolders too, which the
    # system finds through a library's RUNPATH (libpulse's pulseaudio/), absolute and so not ours
    libs = [browser.parent]
    for top in ("usr/lib", "lib"):
        libs += sorted({p.parent for p in (root / top).rglob("*.so*") if p.parent != browser.parent})
    path = os.pathsep.join(str(p) for p in libs)
    if os.environ.get("LD_LIBRARY_PATH"):
        path += os.pathsep + os.environ["LD_LIBRARY_PATH"]
    env = {"LD_LIBRARY_PATH": path}
    fonts = root / "etc/fonts/fonts.conf"
    if fonts.is_file() and not Path("/etc/fonts/fonts.conf").is_file():
        env["FONTCONFIG_FILE"] = str(fonts)
    return Chromium(str(browser), str(driver), env)


def fetch_unpacked(cache: Path | None = None) -> Chromium:
    """Step 3: Debian's chromium and chromium-driver (and any libraries missing here) unpacked into
    `cache`, without root. Raises NoBrowser with the reason when apt cannot deliver them."""
    cache = cache or cache_dir()
    root = cache / "root"
    found = unpacked(root)
    if found is not None:
        return found
    if not (shutil.which("apt-get") and shutil.which("dpkg-deb")):
        raise NoBrowser("no apt-get/dpkg-deb to fetch Debian's chromium with")
    cache.mkdir(parents=True, exist_ok=True)
    with _locked("factdesk-chromium"):
        found = unpacked(root)
        if found is not None:
            return found
        debs = cache / "debs"
        shutil.rmtree(debs, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)
        debs.mkdir(parents=True)
        options: list[str] = []
        try:
            packages = missing_packages(options)
        except NoBrowser:  # no package lists on this machine (or stale ones): fetch our own
            options = _private_lists(cache)
            packages = missing_packages(options)
        done = _run(["apt-get", "download", "-q", *options, *packages], cwd=debs)
        if done.returncode != 0:
            options = _private_lists(cache)
            done = _run(["apt-get", "download", "-q", *options, *packages], cwd=debs)
        if done.returncode != 0:
            raise NoBrowser(f"apt-get download {' '.join(packages[:5])}… failed: {done.stderr.strip()[-300:]}")
        for deb in sorted(debs.glob("*.deb")):
            unpack = _run(["dpkg-deb", "-x", str(deb), str(root)], timeout=300)
            if unpack.returncode != 0:
                raise NoBrowser(f"dpkg-deb -x {deb.name} failed: {unpack.stderr.strip()[-300:]}")
        shutil.rmtree(debs, ignore_errors=True)  # the unpacked tree is what is kept
        (cache / "complete").write_text("\n".join(packages) + "\n")
        found = unpacked(root)
    if found is None:
        raise NoBrowser(f"Debian's chromium packages unpacked into {root} hold no usr/lib/chromium/chromium")
    return found


def find_chromium(install: bool = True) -> Chromium:
    """The browser to test with: the system's, else installed by apt-get as root, else Debian's
    packages unpacked into the cache (see the module's docstring)."""
    found = _system()
    if found is not None:
        return found
    ignore = bool(os.environ.get(IGNORE_SYSTEM_ENV))
    reasons: list[str] = []
    if install and not ignore and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        found = _apt_install()
        if found is not None:
            return found
        reasons.append("apt-get install chromium chromium-driver did not provide them")
    if install:
        try:
            return fetch_unpacked()
        except (NoBrowser, OSError, subprocess.SubprocessError) as exc:
            reasons.append(str(exc))
    raise NoBrowser("headless Chromium is needed for the site tests and none was found"
                    + (f" ({'; '.join(reasons)})" if reasons else "")
                    + ": `apt-get install chromium chromium-driver` (Debian), or put chromium and chromedriver on PATH")


def start_driver(width: int = WIDTH, height: int = HEIGHT):
    """One headless Chromium through Selenium, with Debian's chromedriver (never downloaded)."""
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium-manager must not reach for the network
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = find_chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium.browser
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--disable-extensions", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=en-GB", f"--window-size={width},{height}"):
        options.add_argument(arg)
    service = Service(executable_path=chromium.driver, env={**os.environ, **chromium.env} if chromium.env else None)
    return webdriver.Chrome(service=service, options=options)


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
