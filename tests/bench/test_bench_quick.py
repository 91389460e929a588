"""Smoke test: the quick benchmark runs end to end and writes outputs of the documented shape.

Timings are machine-dependent and are never asserted here; only that they were measured.
"""

from __future__ import annotations

import json

from bench.__main__ import main

METRICS = {"p50_ms", "p99_ms", "top1", "false_answers"}


def test_quick_benchmark_writes_table_and_json(tmp_path, capsys):
    main(["--quick", "--out", str(tmp_path)])
    printed = capsys.readouterr().out
    data = json.loads((tmp_path / "latest.json").read_text())
    assert {"machine", "sizes"} <= set(data)
    assert set(data["sizes"]) == {"1000", "real"}
    for size in data["sizes"].values():
        fd = size["factdesk"]
        for cmd in ("suggest", "suggest_typo", "who", "policy", "ask"):
            assert set(fd[cmd]) >= METRICS
            assert 0 <= fd[cmd]["top1"] <= 1 and 0 <= fd[cmd]["false_answers"] <= 1
        assert fd["build_yaml_s"] > 0 and fd["start_store_s"] > 0 and fd["peak_rss_mb"] > 0
        assert fd["start_store_rss_mb"] > 0 and fd["reload_one_file_s"] > 0 and fd["start_edit_s"] > 0
        assert fd["site_build_s"] > 0 and fd["site_rebuild_s"] > 0 and fd["site_build_cpu_s"] > 0
        assert fd["store_hit"] is True  # the second process opened what the first compiled
        assert fd["reload_parsed_files"] == 1 and fd["start_edit_parsed_files"] == 1
        for baseline in ("rapidfuzz_scan", "difflib", "fts5_trigram"):
            assert set(size[baseline]["who"]) >= METRICS and set(size[baseline]["suggest_typo"]) >= METRICS
    md = (tmp_path / "latest.md").read_text()
    assert "rapidfuzz scan" in md and "difflib" in md and "FTS5 trigram" in md and "## Targets" in md
    assert "| 1000 | who |" in printed


def test_the_large_article_check_bench_runs(capsys):
    """Issue 16 item 8's benchmark, on a small size: it builds a base that validates and reports a row."""
    from bench.check_size import main as check_size

    assert check_size(["0.05"]) == 0
    assert "| 0.05 MiB |" in capsys.readouterr().out
