"""Settings: `.env` parsing, validation with one-line errors, and a token that never gets printed."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from bot.config import ConfigError, RedactFilter, Settings, load_settings, parse_env_file

TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GhJk12.abcdefghijklmnopqrstuvwxyz0123456789AB"


def test_env_file_syntax(tmp_path: Path) -> None:
    text = (
        "# comment\n"
        "export DISCORD_TOKEN='" + TOKEN + "'\n"
        'OWNER_IDS = "1, 2,3"   \n'
        "LOG_LEVEL=debug # trailing comment\n"
        "not an assignment\n"
        'CORPUS_BASE_URL="https://example.org/repo/"\n'
    )
    assert parse_env_file(text)["LOG_LEVEL"] == "debug"
    (tmp_path / ".env").write_text(text)
    settings = load_settings({}, tmp_path / ".env", require_token=True)
    assert settings.token() == TOKEN
    assert settings.owner_ids == frozenset({1, 2, 3})
    assert settings.log_level == "DEBUG"
    assert settings.corpus_base_url == "https://example.org/repo"
    assert settings.database_path == Path("data/factdesk.db") and settings.digest_catchup_hours == 6


def test_environment_wins_over_the_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("LOG_LEVEL=DEBUG\nDATABASE_PATH=/tmp/a.db\n")
    settings = load_settings({"LOG_LEVEL": "warning"}, tmp_path / ".env")
    assert settings.log_level == "WARNING" and settings.database_path == Path("/tmp/a.db")
    assert settings.discord_token is None  # not required unless the bot runs


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({}, "DISCORD_TOKEN is not set"),
        ({"DISCORD_TOKEN": "Bot " + TOKEN}, "without the 'Bot ' prefix"),
        ({"DISCORD_TOKEN": TOKEN + " extra"}, "DISCORD_TOKEN is malformed"),
        ({"DISCORD_TOKEN": "0123456789abcdef0123456789abcdef"}, "DISCORD_TOKEN is malformed"),  # a client secret
        ({"DISCORD_TOKEN": TOKEN, "OWNER_IDS": "12,abc"}, "OWNER_IDS must be a Discord id"),
        ({"DISCORD_TOKEN": TOKEN, "DEV_GUILD_ID": "-5"}, "DEV_GUILD_ID must be a Discord id"),
        ({"DISCORD_TOKEN": TOKEN, "LOG_LEVEL": "LOUD"}, "LOG_LEVEL must be one of"),
        ({"DISCORD_TOKEN": TOKEN, "DISCORD_API_BASE": "localhost:8080"}, "DISCORD_API_BASE must be an http"),
        ({"DISCORD_TOKEN": TOKEN, "DIGEST_CATCHUP_HOURS": "soon"}, "DIGEST_CATCHUP_HOURS must be a number"),
    ],
)
def test_bad_settings_are_one_line_errors_that_never_echo_the_token(env: dict[str, str], needle: str) -> None:
    with pytest.raises(ConfigError) as exc:
        load_settings(env, None, require_token=True)
    message = str(exc.value)
    assert needle in message and "\n" not in message
    assert TOKEN not in message and "extra" not in message


def test_the_token_never_shows_in_repr_str_or_format() -> None:
    settings = load_settings({"DISCORD_TOKEN": TOKEN}, None)
    for text in (repr(settings), str(settings), f"{settings}", f"{settings.discord_token}"):
        assert TOKEN not in text
    assert isinstance(settings, Settings) and settings.token() == TOKEN


def test_redact_filter_scrubs_messages_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactFilter(TOKEN))
    logger = logging.getLogger("factdesk.test.redact")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.error("header Authorization: Bot %s", TOKEN)
        try:
            raise RuntimeError(f"bad token {TOKEN}")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert TOKEN not in output
    assert output.count("[redacted]") == 2 and "RuntimeError" in output


def test_shard_settings_parse_lists_and_ranges() -> None:
    assert (load_settings({}, None).shard_count, load_settings({}, None).shard_ids) == (None, None)
    assert load_settings({"SHARD_COUNT": "4"}, None).shard_ids is None
    assert load_settings({"SHARD_COUNT": "2", "SHARD_IDS": "0,1"}, None).shard_ids == (0, 1)
    assert load_settings({"SHARD_COUNT": "8", "SHARD_IDS": "0-3"}, None).shard_ids == (0, 1, 2, 3)
    assert load_settings({"SHARD_COUNT": "8", "SHARD_IDS": " 5, 0-1 ,1"}, None).shard_ids == (0, 1, 5)


@pytest.mark.parametrize(("env", "message"), [
    ({"SHARD_COUNT": "0"}, "SHARD_COUNT must be a whole number"),
    ({"SHARD_COUNT": "two"}, "SHARD_COUNT must be a whole number"),
    ({"SHARD_IDS": "0"}, "SHARD_IDS needs SHARD_COUNT"),
    ({"SHARD_COUNT": "2", "SHARD_IDS": "2"}, "SHARD_IDS must be below SHARD_COUNT (2)"),
    ({"SHARD_COUNT": "4", "SHARD_IDS": "0-4"}, "SHARD_IDS must be below SHARD_COUNT (4)"),
    ({"SHARD_COUNT": "4", "SHARD_IDS": "3-1"}, "backwards range"),
    ({"SHARD_COUNT": "4", "SHARD_IDS": "0;1"}, "SHARD_IDS must be shard ids and ranges"),
    ({"SHARD_COUNT": "4", "SHARD_IDS": "-1"}, "SHARD_IDS must be shard ids and ranges"),
])
def test_shard_settings_errors_are_one_line(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(env, None)
    assert message in str(caught.value) and "\n" not in str(caught.value)
