"""`verify` from the CLI, the JSON batch and the console: one engine, the same verdicts everywhere."""

from __future__ import annotations

import json

from .test_cli import _run

CLAIM = ("Ishaq Dar said mobile broadband reached 60 million people and that e-commerce would pass "
         "$1 billion by 2030")


def test_cli_batch_and_console_give_the_same_verdicts() -> None:
    one_shot = json.loads(_run("verify", CLAIM, "--json").stdout)
    batch_in = "\n".join(json.dumps(line) for line in (
        {"command": "verify", "query": CLAIM},
        {"command": "verify", "query": "lol nice"},
        {"command": "verify", "query": 7},
    )) + "\n"
    batch = [json.loads(x) for x in _run("batch", "--json", stdin=batch_in).stdout.splitlines()]
    assert one_shot == batch[0]
    assert one_shot["verdict"] == "contradicted"
    assert [(c["verdict"], c["facts"][0]) for c in one_shot["claims"]] == [
        ("contradicted", "pakistan-mobile-broadband-26m-2017"),
        ("contradicted", "pakistan-ecommerce-1bn-2020-forecast-dar")]
    assert batch[1]["status"] == "not_found" and batch[1]["claims"] == []
    assert batch[2]["status"] == "error"

    text = _run("verify", CLAIM).stdout
    assert "❌" in text and "nearly 26 million" in text and "2020, not 2030" in text
    assert "“there was exponential growth in mobile broadband access to nearly 26 million people”" in text
    console = _run("console", stdin=f"/help\n/verify text: {CLAIM}\n/quit\n").stdout
    assert "/verify text:" in console
    assert console.count("❌") == 2 and "2020, not 2030" in console
