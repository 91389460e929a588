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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .generator import generate

REPO = Path(__file__).resolve().parent.parent


def build(root: Path | None, out: Path) -> tuple[str, str]:
    """Wall and CPU seconds of one `python -m bot site` (CPU: the process and its workers, user+sys,
    which the other users of a shared machine do not inflate), and what it printed."""
    env = dict(os.environ)
    if root is not None:
        env["FACTDESK_ROOT"] = str(root)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "site", "--out", str(out)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=1800)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"site build failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    load = os.getloadavg()[0]
    return f"{seconds:.1f} s wall, {cpu:.1f} s CPU, load {load:.1f}", done.stdout.strip()


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
            for run in ("first build", "rebuild"):  # the first loads from YAML unless data/cache has the base
                took, said = build(Path(tmp) / "base", Path(tmp) / "site")
                print(f"{args.size} facts, {run}: {took} — {said}")
            files = sum(len(f) for _, _, f in os.walk(Path(tmp) / "site"))
            size = sum(p.stat().st_size for p in (Path(tmp) / "site").rglob("*") if p.is_file())
            print(f"{files} files, {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
