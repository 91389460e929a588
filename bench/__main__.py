"""`python -m bench [--quick] [--sizes 1000,10000] [--seed N] [--out DIR]`.

Each size is generated into a temp dir and measured in fresh subprocesses: a full build from YAML on
a fresh clone (which compiles the store), latency, accuracy and the baselines; then a start from the
compiled store to the first answered question, and a one-file edit reloaded in that process; then,
after another one-file edit, a start that rebuilds incrementally; then `python -m bot site`, a first
build (from YAML) and an unchanged rebuild. The real fact base in this
repository is measured the same way, on a copy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import queries as Q
from .generator import generate
from .report import machine, write
from .site import site_times

REPO = Path(__file__).resolve().parent.parent
FULL_SIZES = (1000, 10000, 100000)


def child_env(pycache: Path) -> dict[str, str]:
    """The measured processes' environment: Python's bytecode cache on (in the run's temporary
    directory, not the repository) even where the caller's environment turns it off
    (PYTHONDONTWRITEBYTECODE), as it is for a bot from its second start; else every start measured
    compiles the bot's modules from source, about 0.1 s of the 0.3 s a start from the store may take."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


_ENV: dict[str, str] | None = None  # set by main for the run


def _child(args: list[str], timeout: float) -> dict:
    out = Path(args[2]) if len(args) > 2 else None
    subprocess.run([sys.executable, "-m", "bench.runner", *args], cwd=REPO, check=True, timeout=timeout, env=_ENV)
    return json.loads(out.read_text()) if out else {}


def measure(root: Path, queries_path: Path, work: Path, repeat: int, timeout: float,
            extra: tuple[str, ...] = ()) -> dict:
    from .runner import edit_one

    cache = work / "cache"
    args = [str(root), str(queries_path)]
    result = _child([*args, str(work / "run.json"), "--cache", str(cache), "--repeat", str(repeat), *extra], timeout)
    store = _child([*args, str(work / "store.json"), "--cache", str(cache), "--from-store", str(time.time())],
                   timeout)
    edit_one(root, 1)
    edited = _child([*args, str(work / "edit.json"), "--cache", str(cache), "--from-store", str(time.time()),
                     "--no-reload"], timeout)
    fd = result["factdesk"]
    fd.update(start_store_s=store["start_s"], store_open_s=store["open_s"], store_hit=store["hit"],
              store_first_quick=store.get("first_quick", False),
              start_store_rss_mb=store["rss_mb"], start_store_complete_s=store["complete_s"],
              start_store_complete_rss_mb=store["rss_complete_mb"], reload_one_file_s=store["reload_one_file_s"],
              reload_validate_s=store["reload_validate_s"], reload_parsed_files=store["reload_parsed_files"],
              start_edit_s=edited["start_s"], start_edit_rss_mb=edited["rss_mb"],
              start_edit_parsed_files=edited.get("parsed_files"))
    fd.update(site_times(root, work / "site-build"))  # `python -m bot site`, issue 18
    return result


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    ap.add_argument("--quick", action="store_true", help="smoke test: 1,000 facts, few queries, one pass")
    ap.add_argument("--sizes", help="comma-separated fact counts (default 1000,10000,100000)")
    ap.add_argument("--seed", type=int, default=20250710)
    ap.add_argument("--out", type=Path, help="results directory (default bench/results)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [1000] if args.quick else list(FULL_SIZES)
    per, repeat = (8, 1) if args.quick else (Q.PER_CATEGORY, 3)
    out_dir = args.out or REPO / "bench" / "results"
    started = time.perf_counter()
    results: dict = {"machine": machine(), "seed": args.seed, "quick": args.quick, "sizes": {}}
    global _ENV
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as tmp:
        _ENV = child_env(Path(tmp) / "pycache")
        for size in sizes:
            work = Path(tmp) / str(size)
            t = time.perf_counter()
            world = generate(size, args.seed + size, work / "base")
            mix = Q.build(world, args.seed + size, per)
            del world
            (work / "queries.json").write_text(json.dumps(mix))
            gen_s = time.perf_counter() - t
            print(f"[bench] {size} facts generated in {gen_s:.1f}s, {len(mix)} queries; measuring…", file=sys.stderr)
            results["sizes"][str(size)] = measure(work / "base", work / "queries.json", work, repeat, 1800)
            results["sizes"][str(size)]["generate_s"] = round(gen_s, 2)
        real = Path(tmp) / "real"
        for sub in ("corpus", "facts"):  # a copy: the run edits a file
            shutil.copytree(REPO / sub, real / "base" / sub)
        print("[bench] the real fact base…", file=sys.stderr)
        results["sizes"]["real"] = measure(real / "base", real / "none.json", real, 1 if args.quick else 20, 120,
                                           ("--claims", str(REPO / "tests" / "core" / "verify_eval.jsonl")))
    results["total_s"] = round(time.perf_counter() - started, 1)
    name = "quick" if args.quick and args.out is None else "latest"
    text = write(out_dir, name, results, f"Whole run: {results['total_s']} s.")
    print(text)
    return results


if __name__ == "__main__":
    main()
