"""One size, measured in a fresh process: full build from YAML (which also compiles the store), peak
RSS, latency and accuracy for factdesk and the baselines on the same queries. Run as
`python -m bench.runner ROOT QUERIES OUT --cache DIR [--repeat N]`; with `--from-store T0` instead, a
fresh process opens the compiled store, answers one question (time since T0, the parent's clock just
before the spawn), then edits one fact file and reloads."""

from __future__ import annotations

import functools
import gc
import json
import os
import resource
import sqlite3
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
KIND_TYPES = {"who": WHO_TYPES, "policy": POLICY_TYPES, "suggest": WHO_TYPES, "suggest_typo": WHO_TYPES}
COMMANDS = ("suggest", "suggest_typo", "who", "policy", "ask")
BASELINE_COMMANDS = ("suggest", "suggest_typo", "who", "policy")
FTS_CANDIDATES = 50  # rows FTS5 hands to the rapidfuzz re-rank
PG_URL_VARS = ("FACTDESK_BENCH_DATABASE_URL", "FACTDESK_TEST_DATABASE_URL")


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
    for cmd in COMMANDS:
        times, outcomes, firsts = [], [], []
        for item in (x for x in queries if x["cmd"] == cmd):
            q, expect = item["q"], item["expect"]
            if cmd.startswith("suggest"):
                suggestions, ts = _timed(lambda s: engine.suggest("who", s), q, repeat)
                outcomes.append((expect in {s.value for s in suggestions}, False))
                firsts.append(bool(suggestions) and suggestions[0].value == expect)
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
        if firsts:  # top1 is "among the choices" (what the user can pick); first is the very first choice
            res[cmd]["first"] = round(sum(firsts) / len(firsts), 4)
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
    import difflib  # (here, as asyncio: not what a start from the store imports)

    base = engine.base
    out: dict = {"rapidfuzz_scan": {}, "difflib": {}}
    for cmd in BASELINE_COMMANDS:
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
                if label == "rapidfuzz_scan" and cmd.startswith("suggest"):
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
                    limit = 25 if cmd.startswith("suggest") else 1

                    def close(s: str, p: list[str] = processed, limit: int = limit) -> list[str]:
                        return difflib.get_close_matches(utils.default_process(s), p, n=limit, cutoff=DIFFLIB_CUTOFF)

                    matches, ts = _timed(close, q, 1)
                    got_ids = [first[h] for h in matches]
                    if cmd.startswith("suggest"):
                        outcomes.append((expect in got_ids, False))
                    else:
                        outcomes.append(_judge(got_ids[0] if got_ids else None, bool(got_ids), expect))
                times += ts
            out[label][cmd] = _summary(times, outcomes)
    return out


def _name_rows(base) -> list[tuple[str, str, str]]:
    return [(n, e.id, e.type) for e in base.entities.values() for n in e.names]


def _rerank(q: str, rows: list[tuple[str, str]], cmd: str, expect: str | None) -> tuple[bool, bool]:
    """The rapidfuzz re-rank both database baselines share: WRatio over the candidate names; 25
    choices for suggest, else the best one at RF_CUTOFF or more."""
    if cmd.startswith("suggest"):
        hits = process.extract(q, [n for n, _ in rows], scorer=fuzz.WRatio, processor=utils.default_process,
                               limit=25)
        return (expect in {rows[h[2]][1] for h in hits}, False)
    hit = process.extractOne(q, [n for n, _ in rows], scorer=fuzz.WRatio, processor=utils.default_process,
                             score_cutoff=RF_CUTOFF)
    got = rows[hit[2]][1] if hit else None
    return _judge(got, hit is not None, expect)


def fts5_trigram(engine: Engine, queries: list[dict], repeat: int) -> dict:
    """What a strong engineer would build with the standard library: the names in an SQLite FTS5
    table with the trigram tokenizer, any trigram of the query matching, best bm25 first, then a
    rapidfuzz re-rank of the candidates."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE names USING fts5(name, eid UNINDEXED, type UNINDEXED, tokenize='trigram')")
    con.executemany("INSERT INTO names VALUES (?, ?, ?)", _name_rows(engine.base))
    out: dict = {}
    for cmd in BASELINE_COMMANDS:
        types = sorted(KIND_TYPES[cmd])
        sql = (f"SELECT name, eid FROM names WHERE names MATCH ? AND type IN ({', '.join('?' * len(types))}) "
               f"ORDER BY rank LIMIT {FTS_CANDIDATES}")

        def run(q: str, sql: str = sql, types: list[str] = types) -> list[tuple[str, str]]:
            text = utils.default_process(q)
            grams = {text[i:i + 3] for i in range(len(text) - 2)}
            if not grams:
                return []
            match = " OR ".join('"' + g.replace('"', '""') + '"' for g in sorted(grams))
            return con.execute(sql, (match, *types)).fetchall()

        times, outcomes = [], []
        for item in (x for x in queries if x["cmd"] == cmd):
            q = item["q"]
            rows, ts = _timed(run, q, 1)
            t = time.perf_counter()  # the re-rank is part of the query
            outcome = _rerank(q, rows, cmd, item["expect"])
            extra = (time.perf_counter() - t) * 1000
            times += [x + extra for x in ts]
            outcomes.append(outcome)
        out[cmd] = _summary(times, outcomes)
    con.close()
    return out


def pg_trgm(engine: Engine, queries: list[dict], url: str) -> dict:
    """PostgreSQL's trigram index: candidates by `%` (similarity) or `<%` (word similarity, for a
    prefix), best first, then the same rapidfuzz re-rank; the time includes the loopback round trip."""
    import asyncio  # (imported here: a start from the store measured in this module does not need it)

    return asyncio.run(_pg_trgm(engine, queries, url))


async def _pg_trgm(engine: Engine, queries: list[dict], url: str) -> dict:
    import asyncpg

    con = await asyncpg.connect(url)
    try:
        await con.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        await con.execute("CREATE TEMP TABLE bench_names (name text, eid text, type text)")
        await con.copy_records_to_table("bench_names", records=_name_rows(engine.base))
        await con.execute("CREATE INDEX ON bench_names USING gin (name gin_trgm_ops)")
        await con.execute("ANALYZE bench_names")
        out: dict = {}
        for cmd in BASELINE_COMMANDS:
            types = sorted(KIND_TYPES[cmd])
            if cmd.startswith("suggest"):
                sql = (f"SELECT name, eid FROM bench_names WHERE $1 <% name AND type = any($2) "
                       f"ORDER BY word_similarity($1, name) DESC LIMIT {FTS_CANDIDATES}")
            else:
                sql = (f"SELECT name, eid FROM bench_names WHERE name % $1 AND type = any($2) "
                       f"ORDER BY similarity(name, $1) DESC LIMIT {FTS_CANDIDATES}")
            stmt = await con.prepare(sql)
            times, outcomes = [], []
            for item in (x for x in queries if x["cmd"] == cmd):
                t = time.perf_counter()
                rows = [(r[0], r[1]) for r in await stmt.fetch(item["q"], types)]
                outcome = _rerank(item["q"], rows, cmd, item["expect"])
                times.append((time.perf_counter() - t) * 1000)
                outcomes.append(outcome)
            out[cmd] = _summary(times, outcomes)
        return out
    finally:
        await con.close()


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


def edit_one(root: Path, n: int) -> Path:
    """An editor's change to one fact file: the first sentence of the n-th file gets a new opening."""
    files = [p for p in sorted((root / "facts").glob("*.yaml"))
             if p.name != "coverage.yaml" and "says: " in p.read_text(encoding="utf-8")]
    path = files[n % len(files)]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("says: ", f"says: (edit {n}) ", 1), encoding="utf-8")
    return path


def _probe(engine: Engine, queries: list[dict]) -> str:
    """The first question of a start: the bench's first /who of a name it expects found."""
    who = next((x["q"] for x in queries if x["cmd"] == "who" and x["expect"]), None)
    return who or next(iter(engine.base.entities.values())).name


def from_store(root: Path, queries: list[dict] | None, cache_dir: Path, t0: float, reload: bool) -> dict:
    """A fresh process: open the compiled store, answer one question; then (reload) edit one file
    and reload the way /admin reload does."""
    from bot.core.store import load_engine

    engine, hit = load_engine(root, cache_dir)
    engine.who(_probe(engine, queries or []))
    first = time.time() - t0
    # a /who by an exact name is answered from the store's rows while the base is read behind it
    quick = engine._current is None
    out: dict[str, Any] = {"start_s": round(first, 3), "hit": hit, "rss_mb": peak_rss_mb(), "first_quick": quick}
    engine.base  # noqa: B018 - waits until the whole base is read
    out["open_s"] = round(time.time() - t0, 3)
    if engine._store is not None and engine._store.last:
        out["parsed_files"] = engine._store.last["parsed"]
    # a start answers names before the tables of fact terms are made (Index `later`): the whole
    # index, and its peak RSS, are measured apart, so that the reload below times the reload alone
    engine.wait_complete()
    out["complete_s"] = round(time.time() - t0, 3)
    out["rss_complete_mb"] = peak_rss_mb()
    if reload:
        edit_one(root, 0)
        t = time.perf_counter()
        report = engine.reload(root)
        out["reload_one_file_s"] = round(time.perf_counter() - t, 3)
        out["reload_ok"] = report.ok
        last = engine._store.last if engine._store is not None else {}
        out["reload_validate_s"] = round(sum(v for k, v in last.items() if k.endswith("_s")), 3)
        out["reload_parsed_files"] = last.get("parsed")
    return out


def main(argv: list[str]) -> None:
    root, queries_path, out_path = Path(argv[0]), Path(argv[1]), Path(argv[2])
    cache_dir = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else Path(out_path.parent / "cache")
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 3
    queries = json.loads(queries_path.read_text()) if queries_path.exists() else None
    if "--from-store" in argv:
        t0 = float(argv[argv.index("--from-store") + 1])
        out_path.write_text(json.dumps(from_store(root, queries, cache_dir, t0, "--no-reload" not in argv)))
        return
    from bot.core.store import load_engine

    t = time.perf_counter()
    engine, _ = load_engine(root, cache_dir, wait=True)  # a fresh clone: no store yet; compiles it
    cold = time.perf_counter() - t
    if queries is None:
        from .queries import from_base

        queries = from_base(engine.base)
    gc.collect()
    result: dict[str, Any] = {"factdesk": factdesk(engine, queries, repeat)}
    # only the real base has claims written for it; the bench measures a copy, so it names the file
    claims_path = Path(argv[argv.index("--claims") + 1]) if "--claims" in argv else root / "tests" / "core" / "verify_eval.jsonl"
    if claims_path.exists():
        claims = [json.loads(line) for line in claims_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        engine.verify(claims[0]["claim"])  # the per-index fact preparation is part of loading, not of a query
        result["factdesk"]["verify"] = verify_claims(engine, claims, repeat)
    result["factdesk"]["build_yaml_s"] = result["factdesk"]["cold_start_s"] = round(cold, 3)
    result["factdesk"]["peak_rss_mb"] = peak_rss_mb()
    result.update(baselines(engine, queries, repeat))
    result["fts5_trigram"] = fts5_trigram(engine, queries, repeat)
    url = next((os.environ[v] for v in PG_URL_VARS if os.environ.get(v)), None)
    if url:
        try:
            result["pg_trgm"] = pg_trgm(engine, queries, url)
        except Exception as exc:  # a server without pg_trgm: say so in the results, measure the rest
            result["pg_trgm_error"] = f"{type(exc).__name__}: {exc}"[:200]
    result["facts"], result["entities"] = len(engine.base.facts), len(engine.base.entities)
    out_path.write_text(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
