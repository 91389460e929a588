"""How long `check` takes on one large article: `python -m bench.check_size [MiB ...]`.

Issue 16 item 8: the coverage check was quadratic in an article's size (1 MiB took 31 s, 5 MiB would
have taken ~13 min, on every check, cache miss and reload). The target is a 5 MiB article checked in
under 5 s. The article is the real corpus plus one generated article full of distinct names, dates
and numbers (each one a coverage mention: the worst case), built in a temporary folder.
"""

from __future__ import annotations

import random
import shutil
import string
import sys
import tempfile
import time
from pathlib import Path

from bot.core.paths import data_root
from bot.core.validate import MAX_FILE_BYTES, build

TARGET_S = 5.0


def article_text(size: int, seed: int = 1) -> str:
    """About `size` bytes of sentences, each with a new name, a date and a number."""
    rng = random.Random(seed)
    lines, total, n = [], 0, 0
    while total < size:
        name = "".join(rng.choice(string.ascii_lowercase) for _ in range(7)).title()
        line = (f"On {rng.randint(1, 28)} March {1900 + n % 200}, Minister {name} Khan{n} said "
                f"Rs {n:,} million was paid.\n")
        lines.append(line)
        total += len(line.encode())
        n += 1
    return "".join(lines)


def measure(size: int, work: Path) -> tuple[float, int, int]:
    """Seconds to build the base with one `size`-byte extra article; (seconds, mentions, gaps)."""
    root = work / f"base-{size}"
    shutil.copytree(data_root() / "corpus", root / "corpus")
    shutil.copytree(data_root() / "facts", root / "facts")
    head = "---\nid: zz-large\ntitle: Large\npublisher: Bench\npublished: 2025-01-01\n---\n\n"
    (root / "corpus" / "zz-large.md").write_text(head + article_text(size - len(head) - 64), encoding="utf-8")
    start = time.perf_counter()
    base, report = build(root)
    elapsed = time.perf_counter() - start
    if base is None:
        raise SystemExit("the bench base did not validate: " + "; ".join(map(str, report.errors[:3])))
    return elapsed, report.mentions, len(report.gaps)


def main(argv: list[str]) -> int:
    sizes = [int(float(a) * 1024 * 1024) for a in argv] or [256 * 1024, 1024 * 1024, MAX_FILE_BYTES - 4096]
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-check-") as tmp:
        print("| article | check | mentions | gaps |\n|---|---|---|---|")
        worst = 0.0
        for size in sizes:
            seconds, mentions, gaps = measure(size, Path(tmp))
            print(f"| {size / 1024 / 1024:.2f} MiB | {seconds:.2f} s | {mentions} | {gaps} |")
            if size >= 5 * 1024 * 1024 - 8192:
                worst = max(worst, seconds)
    if worst > TARGET_S:
        print(f"over the {TARGET_S:g} s target for a 5 MiB article", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
