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
TARGET_VERIFY_P99 = 5.0  # ms on the real base (issue 14); verify has claims written for the real base only
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
        for cmd in (c for c in (*COMMANDS, "verify") if c in fd):
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


# Why a target is missed, from profiling (see docs/performance.md); shown only on a miss.
WHY = {
    "suggest": "the typo pass of `Index.word_matches` runs an OSA scan over the name vocabulary of words of "
               "a near length",
    "who": "the slow tail is the not-found and ambiguous answers: did-you-mean scores up to 400 names that "
           "share letter trigrams with the query",
    "policy": "the slow tail is queries that name no policy: entity matching fails, did-you-mean runs, then the "
              "free-text search looks up each word with a typo scan over the fact vocabulary (about 1 ms a word)",
    "ask": "`search_facts` looks up every word with a typo scan and scores the facts that can reach the floor",
    "cache": "unpickling still rebuilds about a million small objects (Fact and When objects, the strings of "
             "every sentence and quote, a tuple of terms per fact); a compact array-based store would be needed",
    "yaml": "PyYAML's C parser is used, but constructing the Python objects (with the line numbers every "
            "`file:line` message needs) is about two thirds of the time, the validator and coverage scan the rest",
    "rss": "the Fact objects with their sentences and quotes, and a tuple of terms per fact in the index",
    "loop": "the slowest call is an `ask`; the Discord front end runs the engine in a thread in any case",
    "real": "`ask` with whole fact sentences as questions: every word is looked up (a typo scan for words the "
            "base does not use) and every span is tried as an entity name",
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
        if "verify" in real["factdesk"]:
            v = real["factdesk"]["verify"]
            check("real base p99 `verify`", v["p99_ms"], TARGET_VERIFY_P99, "ms")
            if "cpu_p99_ms" in v:
                out.append(f"  (CPU time p99 {v['cpu_p99_ms']:.3f} ms: the rest of a wall-clock tail is time "
                           "spent waiting for a core)")
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
