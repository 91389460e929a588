"""Issue 16, item 12: credentials in a URL are never logged, and a malformed URL setting is one line."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, RedactFilter, load_settings, redact_urls

TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GhJk12.abcdefghijklmnopqrstuvwxyz0123456789AB"
REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("value", "needle"), [
    ("http://user:password@127.0.0.1:9/api/v10", "must not contain a user name or password"),
    ("https://password@discord.example/api", "must not contain a user name or password"),
    ("http://127.0.0.1:99999/api", "is not a valid URL"),
    ("http://127.0.0.1:port/api", "is not a valid URL"),
    ("http://host/a b", "must be an http:// or https:// URL"),
])
def test_a_malformed_api_base_is_one_line_that_never_echoes_a_password(value: str, needle: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings({"DISCORD_TOKEN": TOKEN, "DISCORD_API_BASE": value}, None, require_token=True)
    message = str(caught.value)
    assert needle in message and "\n" not in message
    assert "password" not in message.replace("user name or password", "")


def test_redaction_covers_every_url_in_messages_arguments_and_tracebacks() -> None:
    assert redact_urls("postgresql://factdesk:s3cret@db:5432/x and http://a:b@h/") == \
        "postgresql://[redacted]@db:5432/x and http://[redacted]@h/"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactFilter(""))  # no token at all (the console, `check`): URLs are still scrubbed
    logger = logging.getLogger("factdesk.test.urls")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    try:
        logger.info("database %s", "postgres://u:hunter2@db/factdesk")
        try:
            raise ConnectionError("cannot connect to postgres://u:hunter2@db/factdesk")
        except ConnectionError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    assert "hunter2" not in stream.getvalue() and stream.getvalue().count("[redacted]@db") >= 3


def test_run_with_credentials_in_the_api_base_is_refused_in_one_line_without_logging_them(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "FACTDESK_ALLOW"))}
    env.update(DISCORD_TOKEN=TOKEN, DISCORD_API_BASE="http://user:password@127.0.0.1:9/api/v10", LOG_LEVEL="DEBUG")
    done = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env={**env, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, timeout=60)
    output = done.stdout + done.stderr
    assert done.returncode == 2, output
    assert "password" not in output.replace("user name or password", "")
    assert "Traceback" not in output and len(done.stderr.strip().splitlines()) == 1, output
