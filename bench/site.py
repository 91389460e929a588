"""`python -m bench.site [--size 100000]`: how long `python -m bot site` takes on a generated base.

The base is the benchmark's own synthetic one (bench/generator.py), written to a temp dir; the build
runs as a reader would run it, `python -m bot site` in a fresh process with FACTDESK_ROOT pointing at
that base, so the time includes loading and validating the YAML, indexing, and writing every page.
Target (issue 18): under 5 s for the real base, under 2 minutes for 100,000 facts.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .generator import generate

REPO = Path(__file__).resolve().parent.parent


def build(root: Path | None, out: Path, cwd: Path = REPO) -> tuple[str, str]:
    """Wall and CPU seconds of one `python -m bot site` (CPU: the process and its workers, user+sys,
    which the other users of a shared machine do not inflate), and what it printed."""
    wall, cpu, said = timed_build(root, out, cwd)
    return f"{wall:.1f} s wall, {cpu:.1f} s CPU, load {os.getloadavg()[0]:.1f}", said


def timed_build(root: Path | None, out: Path, cwd: Path = REPO) -> tuple[float, float, str]:
    """(wall s, CPU s, output) of `python -m bot site --out OUT` run in `cwd`, whose data/cache/
    holds the compiled store the build reads (and writes, the first time)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH"))))}
    if root is not None:
        env["FACTDESK_ROOT"] = str(root)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "site", "--out", str(out)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=1800)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"site build failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return seconds, cpu, done.stdout.strip()


def site_times(root: Path, work: Path) -> dict[str, float]:
    """For the bench's results: a first build (the base parsed from YAML into a store of its own,
    every page written into an empty folder) and a rebuild with nothing changed (the base from that
    store, every page rendered and compared, none written)."""
    work.mkdir(parents=True, exist_ok=True)
    first = timed_build(root, work / "site", work)
    again = timed_build(root, work / "site", work)
    shutil.rmtree(work / "site", ignore_errors=True)
    return {"site_build_s": round(first[0], 2), "site_build_cpu_s": round(first[1], 2),
            "site_rebuild_s": round(again[0], 2), "site_rebuild_cpu_s": round(again[1], 2)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.site", description=__doc__)
    ap.add_argument("--size", type=int, default=100_000, help="facts in the generated base (0: only the real base)")
    ap.add_argument("--seed", type=int, default=20250710)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-site-bench-") as tmp:
        took, said = build(None, Path(tmp) / "real-site")
        print(f"real base: {took} — {said}")
        if args.size:
            t = time.perf_counter()
            generate(args.size, args.seed + args.size, Path(tmp) / "base")
            print(f"generated {args.size} facts in {time.perf_counter() - t:.0f} s")
            for run in ("first build", "rebuild"):  # the first parses the YAML into tmp/data/cache/
                took, said = build(Path(tmp) / "base", Path(tmp) / "site", Path(tmp))
                print(f"{args.size} facts, {run}: {took} — {said}")
            files = sum(len(f) for _, _, f in os.walk(Path(tmp) / "site"))
            size = sum(p.stat().st_size for p in (Path(tmp) / "site").rglob("*") if p.is_file())
            print(f"{files} files, {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
