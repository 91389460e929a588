"""One size, measured in a fresh process: cold start, peak RSS, latency and accuracy for factdesk and
the two baselines on the same queries. Run as `python -m bench.runner ROOT QUERIES OUT [--cache DIR]`."""

from __future__ import annotations

import difflib
import functools
import gc
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz, process, utils

from bot.core.answers import resolve
from bot.core.engine import Engine
from bot.core.index import POLICY_TYPES, WHO_TYPES

RF_CUTOFF = 85  # WRatio score a naive scan needs to call it a match (typos still pass)
DIFFLIB_CUTOFF = 0.8
T = TypeVar("T")
KIND_TYPES = {"who": WHO_TYPES, "policy": POLICY_TYPES, "suggest": WHO_TYPES}


def _pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))] if s else 0.0


def _summary(times: list[float], outcomes: list[tuple[bool, bool]]) -> dict:
    n = max(1, len(outcomes))
    return {"p50_ms": round(_pct(times, 50), 4), "p95_ms": round(_pct(times, 95), 4),
            "p99_ms": round(_pct(times, 99), 4), "max_ms": round(max(times, default=0.0), 4),
            "top1": round(sum(ok for ok, _ in outcomes) / n, 4),
            "false_answers": round(sum(bad for _, bad in outcomes) / n, 4), "n": len(outcomes)}


def _timed(fn: Callable[[str], T], q: str, repeat: int) -> tuple[T, list[float]]:
    times: list[float] = []  # repeat >= 1: the last call's result is returned
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn(q)
        times.append((time.perf_counter() - t) * 1000)
    return out, times


def _judge(got: str | None, answered: bool, expect: str | None) -> tuple[bool, bool]:
    """(right, false answer): right is the expected entity, or no answer when none was expected."""
    if expect is None:
        return (not answered, answered)
    return (answered and got == expect, answered and got != expect)


def factdesk(engine: Engine, queries: list[dict], repeat: int) -> dict:
    base, index = engine._state.base, engine._state.index
    res: dict = {}
    for cmd in ("suggest", "who", "policy", "ask"):
        times, outcomes = [], []
        for item in (x for x in queries if x["cmd"] == cmd):
            q, expect = item["q"], item["expect"]
            if cmd == "suggest":
                suggestions, ts = _timed(lambda s: engine.suggest("who", s), q, repeat)
                outcomes.append((expect in {s.value for s in suggestions}, False))
            elif cmd == "ask":
                asked, ts = _timed(engine.ask, q, repeat)
                cited = asked.fact_ids() if asked.status == "answer" else []
                outcomes.append(_judge(expect if expect in cited else (cited[0] if cited else None), bool(cited),
                                       expect))
            else:
                ans, ts = _timed(getattr(engine, cmd), q, repeat)
                r = resolve(base, index, q, KIND_TYPES[cmd])
                got = r.entity.id if r.status == "answer" and r.entity else None
                answered = ans.status == "answer"
                outcomes.append(_judge(got, answered, expect))
            times += ts
        res[cmd] = _summary(times, outcomes)
    return res


def verify_claims(engine: Engine, claims: list[dict], repeat: int) -> dict:
    """`verify` over the verification evaluation's claims: latency, verdicts right, and verdicts given
    to claims the sources do not cover (the "false" column)."""
    times: list[float] = []
    cpu: list[float] = []
    outcomes: list[tuple[bool, bool]] = []
    for row in claims:
        ans, ts = _timed(engine.verify, row["claim"], repeat)
        got = ans.verdict
        outcomes.append((got == row["verdict"],
                         row["verdict"] == "not_covered" and got in ("supported", "contradicted")))
        times += ts
        for _ in range(repeat):  # CPU time too: on a shared machine the wall-clock tail is mostly waiting
            t = time.thread_time()
            engine.verify(row["claim"])
            cpu.append((time.thread_time() - t) * 1000)
    return _summary(times, outcomes) | {"cpu_p99_ms": round(_pct(cpu, 99), 4)}


def _choices(base, types) -> tuple[list[str], list[str]]:
    names, ids = [], []
    for e in base.entities.values():
        if e.type in types:
            for n in e.names:
                names.append(n)
                ids.append(e.id)
    return names, ids


def baselines(engine: Engine, queries: list[dict], repeat: int) -> dict:
    base = engine.base
    out: dict = {"rapidfuzz_scan": {}, "difflib": {}}
    for cmd in ("suggest", "who", "policy"):
        names, ids = _choices(base, KIND_TYPES[cmd])
        processed = [utils.default_process(n) for n in names]
        first: dict[str, str] = {}
        for n, i in zip(processed, ids, strict=True):
            first.setdefault(n, i)
        items = [x for x in queries if x["cmd"] == cmd]
        for label in out:
            times, outcomes = [], []
            for item in items:
                q, expect = item["q"], item["expect"]
                if label == "rapidfuzz_scan" and cmd == "suggest":
                    scan = functools.partial(process.extract, choices=names, scorer=fuzz.WRatio,
                                             processor=utils.default_process, limit=25)
                    hits, ts = _timed(scan, q, repeat)
                    outcomes.append((expect in {ids[h[2]] for h in hits}, False))
                elif label == "rapidfuzz_scan":
                    best = functools.partial(process.extractOne, choices=names, scorer=fuzz.WRatio,
                                             processor=utils.default_process, score_cutoff=RF_CUTOFF)
                    hit, ts = _timed(best, q, repeat)
                    got = ids[hit[2]] if hit else None
                    outcomes.append(_judge(got, hit is not None, expect))
                else:
                    limit = 25 if cmd == "suggest" else 1

                    def close(s: str, p: list[str] = processed, limit: int = limit) -> list[str]:
                        return difflib.get_close_matches(utils.default_process(s), p, n=limit, cutoff=DIFFLIB_CUTOFF)

                    matches, ts = _timed(close, q, 1)
                    got_ids = [first[h] for h in matches]
                    if cmd == "suggest":
                        outcomes.append((expect in got_ids, False))
                    else:
                        outcomes.append(_judge(got_ids[0] if got_ids else None, bool(got_ids), expect))
                times += ts
            out[label][cmd] = _summary(times, outcomes)
    return out


def peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM starts afresh at exec; ru_maxrss on Linux keeps the parent's
    peak from before the fork, so it is only the fallback."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def main(argv: list[str]) -> None:
    root, queries_path, out_path = Path(argv[0]), Path(argv[1]), Path(argv[2])
    cache_dir = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 3
    t = time.perf_counter()
    if "--from-cache" in argv and cache_dir is not None:
        from bot.core.cache import load_engine

        engine, hit = load_engine(root, cache_dir)
        cold = time.perf_counter() - t
        out_path.write_text(json.dumps({"cold_start_cache_s": round(cold, 3), "cache_hit": hit}))
        return
    engine = Engine.load(root)
    cold = time.perf_counter() - t
    queries = json.loads(queries_path.read_text()) if queries_path.exists() else None
    if queries is None:
        from .queries import from_base

        queries = from_base(engine.base)
    gc.collect()
    result: dict[str, Any] = {"factdesk": factdesk(engine, queries, repeat)}
    claims_path = root / "tests" / "core" / "verify_eval.jsonl"  # only the real base has claims written for it
    if claims_path.exists():
        claims = [json.loads(line) for line in claims_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        engine.verify(claims[0]["claim"])  # the per-index fact preparation is part of loading, not of a query
        result["factdesk"]["verify"] = verify_claims(engine, claims, repeat)
    result["factdesk"]["cold_start_s"] = round(cold, 3)
    result["factdesk"]["peak_rss_mb"] = peak_rss_mb()
    result.update(baselines(engine, queries, repeat))
    if cache_dir is not None:  # after the RSS reading: writing the cache is a one-off, not serving
        from bot.core.cache import save

        save(engine, root, cache_dir)
    result["facts"], result["entities"] = len(engine.base.facts), len(engine.base.entities)
    out_path.write_text(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
