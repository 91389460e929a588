"""`python -m bench.site [--size 100000]`: how long `python -m bot site` takes on a generated base.

The base is the benchmark's own synthetic one (bench/generator.py), written to a temp dir; the build
runs as a reader would run it, `python -m bot site` in a fresh process with FACTDESK_ROOT pointing at
that base, so the time includes loading and validating the YAML, indexing, and writing every page.
Target (issue 18): under 5 s for the real base, under 2 minutes for 100,000 facts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .generator import generate

REPO = Path(__file__).resolve().parent.parent


def build(root: Path | None, out: Path) -> tuple[float, str]:
    env = dict(os.environ)
    if root is not None:
        env["FACTDESK_ROOT"] = str(root)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "site", "--out", str(out)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"site build failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return seconds, done.stdout.strip()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.site", description=__doc__)
    ap.add_argument("--size", type=int, default=100_000, help="facts in the generated base (0: only the real base)")
    ap.add_argument("--seed", type=int, default=20250710)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-site-bench-") as tmp:
        seconds, said = build(None, Path(tmp) / "real-site")
        print(f"real base: {seconds:.1f} s wall — {said}")
        if args.size:
            t = time.perf_counter()
            generate(args.size, args.seed + args.size, Path(tmp) / "base")
            print(f"generated {args.size} facts in {time.perf_counter() - t:.0f} s")
            seconds, said = build(Path(tmp) / "base", Path(tmp) / "site")
            files = sum(len(f) for _, _, f in os.walk(Path(tmp) / "site"))
            size = sum(p.stat().st_size for p in (Path(tmp) / "site").rglob("*") if p.is_file())
            print(f"{args.size} facts: {seconds:.1f} s wall, {files} files, {size / 1e6:.0f} MB — {said}")


if __name__ == "__main__":
    main()
