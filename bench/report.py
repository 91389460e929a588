"""The Markdown table, the JSON file and the closing note on targets."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path

import rapidfuzz

COMMANDS = ("suggest", "who", "policy", "ask")
# p99 targets in ms at 100,000 facts, and for the real base
TARGET_P99 = {"suggest": 2.0, "who": 5.0, "policy": 5.0, "ask": 20.0}
REAL_P99 = 0.5


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "rapidfuzz": rapidfuzz.__version__}


def _ratio(a: float, b: float) -> str:
    return f"{b / a:.0f}×" if a > 0 and b / a >= 10 else f"{b / a:.1f}×" if a > 0 else "–"


def table(sizes: dict) -> str:
    rows = ["| size | command | factdesk p50 / p95 / p99 ms | top-1 | false | rapidfuzz scan p99 ms (top-1, false) "
            "| difflib p99 ms (top-1, false) | speed vs scan / difflib (p50) |",
            "|---|---|---|---|---|---|---|---|"]
    for size, r in sizes.items():
        fd = r["factdesk"]
        for cmd in COMMANDS:
            m = fd[cmd]
            cells = [size, cmd, f"{m['p50_ms']:.3f} / {m['p95_ms']:.3f} / {m['p99_ms']:.3f}",
                     f"{m['top1']:.0%}", f"{m['false_answers']:.0%}" if cmd != "suggest" else "–"]
            ratios = []
            for name in ("rapidfuzz_scan", "difflib"):
                b = r.get(name, {}).get(cmd)
                if b:
                    false = f", {b['false_answers']:.0%}" if cmd != "suggest" else ""
                    cells.append(f"{b['p99_ms']:.2f} ({b['top1']:.0%}{false})")
                    ratios.append(_ratio(m["p50_ms"], b["p50_ms"]))
                else:
                    cells.append("–")
            cells.append(" / ".join(ratios) if ratios else "–")
            rows.append("| " + " | ".join(str(c) for c in cells) + " |")
    rows += ["", "| size | facts | entities | cold start from YAML s | cold start from cache s | peak RSS MB "
             "| slowest single call ms |", "|---|---|---|---|---|---|---|"]
    for size, r in sizes.items():
        fd = r["factdesk"]
        slowest = max(fd[c]["max_ms"] for c in COMMANDS)
        rows.append(f"| {size} | {r.get('facts', '–')} | {r.get('entities', '–')} | {fd['cold_start_s']:.2f} "
                    f"| {fd.get('cold_start_cache_s', float('nan')):.2f} | {fd['peak_rss_mb']:.0f} | {slowest:.1f} |")
    return "\n".join(rows)


# Why a target is missed, from profiling (see the README's Performance section); shown only on a miss.
WHY = {
    "suggest": "the typo pass of `Index.word_matches` runs an OSA scan over the whole name vocabulary "
               "(acronyms make it ~5,000 tokens) and each candidate's earlier words are checked one by one",
    "who": "the slow tail is the not-found and ambiguous answers: `Index.did_you_mean` scores every display "
           "name with WRatio — the same linear scan as the naive baseline",
    "policy": "a policy query that names no policy falls back to the free-text search and to the did-you-mean "
              "scan, and `_children` walks every entity for each answer",
    "ask": "`search_facts` scores the union of the postings of every query word; common words (\"report\", "
           "an organisation suffix) put a large share of the base in that pool, scored in a Python loop",
    "cache": "unpickling rebuilds millions of small objects (a Counter and a frozenset per fact, dataclasses, "
             "mapping proxies); a compact array-based index would be needed",
    "yaml": "PyYAML's C parser is used, but the line-tracking constructor (a LineDict per mapping), the "
            "validator and the coverage scan are Python, about 0.6 ms per fact",
    "rss": "per-fact term Counters and frozensets in the index, plus Fact objects with four mapping proxies each",
    "loop": "the slowest call is an `ask` (see above); nothing yields to the event loop inside one call",
    "real": "`ask` with whole sentences: each word may take a typo lookup over the fact vocabulary, and the "
            "not-found path runs did-you-mean",
}


def targets(sizes: dict) -> list[str]:
    """One line per target: met, or missed by how much and why."""
    out = []

    def check(label: str, value: float, limit: float, unit: str, why: str = "") -> None:
        ok = value <= limit
        verdict = "met" if ok else f"MISSED by {value - limit:.2f} {unit} ({value / limit:.1f}× the target)"
        reason = f": {WHY[why]}" if not ok and why in WHY else ""
        out.append(f"- {label}: {value:.3f} {unit} (target ≤ {limit} {unit}) — {verdict}{reason}")

    big = sizes.get("100000")
    if big:
        fd = big["factdesk"]
        for cmd, limit in TARGET_P99.items():
            check(f"100k p99 `{cmd}`", fd[cmd]["p99_ms"], limit, "ms", cmd)
        scan = big["rapidfuzz_scan"]["who"]
        speed = scan["p50_ms"] / max(fd["who"]["p50_ms"], 1e-9)
        out.append(f"- 100k `who` vs naive rapidfuzz scan: {speed:.0f}× faster at p50 (target ≥ 20×) — "
                   f"{'met' if speed >= 20 else 'MISSED'}; top-1 {fd['who']['top1']:.0%} vs {scan['top1']:.0%}, "
                   f"false answers {fd['who']['false_answers']:.0%} vs {scan['false_answers']:.0%} — "
                   f"{'met' if fd['who']['top1'] >= scan['top1'] and fd['who']['false_answers'] <= scan['false_answers'] else 'MISSED'}")
        check("100k cold start from cache", fd.get("cold_start_cache_s", float("inf")), 1.0, "s", "cache")
        check("100k cold start from YAML", fd["cold_start_s"], 10.0, "s", "yaml")
        check("100k peak RSS", fd["peak_rss_mb"], 300.0, "MB", "rss")
        check("100k slowest single call (event loop)", max(fd[c]["max_ms"] for c in COMMANDS), 10.0, "ms", "loop")
    real = sizes.get("real")
    if real:
        check("real base p99, slowest command", max(real["factdesk"][c]["p99_ms"] for c in COMMANDS), REAL_P99, "ms", "real")
    return out


def write(out_dir: Path, name: str, result: dict, note: str = "") -> str:
    md = ["# factdesk benchmark", "", f"Machine: {result['machine']['cpu']}, {result['machine']['cores']} cores, "
          f"Python {result['machine']['python']}, rapidfuzz {result['machine']['rapidfuzz']}.", "",
          table(result["sizes"]), "", "## Targets", "", *targets(result["sizes"])]
    if note:
        md += ["", note]
    text = "\n".join(md) + "\n"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{name}.md").write_text(text, encoding="utf-8")
    (out_dir / f"{name}.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return text
