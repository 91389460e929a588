"""Screenshots for the README, from what the real bot sent to the emulator.

    python -m tests.discord.screenshots docs/img

Runs FactdeskBot against the loopback emulator, asks `/who James Dong`, `/compare 2017 2025`, a
not-found question and posts the day's digest, then renders the recorded message payloads as HTML
approximating Discord (tests/discord_emulator/snapshot.py) and screenshots them with headless
Chromium at desktop (900 px) and phone (400 px) width. No network beyond 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bot.core.engine import Engine
from bot.core.paths import data_root
from bot.digest.clock import FakeClock
from bot.discord.sync import sync_commands
from tests.discord_emulator import DiscordEmulator
from tests.discord_emulator.redirect import point_discord_at
from tests.discord_emulator.snapshot import page

from .conftest import start_factdesk, stop_factdesk

WIDTHS = {"desktop": 900, "phone": 400}


async def record(tmp: Path) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    emu = DiscordEmulator()
    await emu.start()
    restore = point_discord_at(emu.api_base)
    os.environ["DISCORD_API_BASE"], os.environ["DISCORD_TOKEN"] = emu.api_base, emu.token
    # The digest is posted on 10 July 2026, so "on this day" has the July 2025 meeting to show.
    clock = FakeClock(dt.datetime(2026, 7, 10, 4, 0, tzinfo=dt.UTC))
    bot, task = await start_factdesk(emu, Engine.load(data_root()), tmp,
                                     configure=lambda b: setattr(b, "digest_clock", clock))
    try:
        await sync_commands(bot)
        shots: dict[str, list[tuple[str, dict[str, Any]]]] = {}

        async def ask(name: str, command: str, options: dict[str, Any] | None, asked: str) -> None:
            st = await emu.inject_slash(command, options)
            message = await emu.wait_for_message(lambda m: m.source == "interaction", interaction=st)
            shots.setdefault(name, []).append((asked, message.data))

        await ask("answer", "who", {"name": "James Dong"}, "/who James Dong")
        await ask("compare", "compare", {"a": "2017", "b": "2025"}, "/compare 2017 2025")
        await ask("not-found", "who", {"name": "Zzyzx"}, "/who Zzyzx")
        await ask("help", "help", None, "/help")
        await ask("browse", "browse", None, "/browse")
        world = emu.world
        st = await emu.inject_slash("digest set", {"channel": world.facts, "time": "09:00",
                                                   "timezone": "Asia/Karachi"}, user=world.owner)
        await emu.wait_for_message(lambda m: bool(m.content), interaction=st)
        now = await emu.inject_slash("digest now", user=world.owner)
        await emu.wait_for_response(now)
        post = await emu.wait_for(lambda: next((m for m in emu.recorder.messages
                                                if m.channel_id == int(world.facts["id"]) and m.embeds), None),
                                  10, "the digest post")
        shots["digest"] = [("", post.data)]
        return shots
    finally:
        await stop_factdesk(bot, task)
        restore()
        await emu.stop()


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        raise SystemExit("chromium not found (apt-get install -y chromium)")
    return found


def _height(html_file: Path, width: int) -> int:
    """The page's height at `width`, measured by the same browser (the page writes it into the DOM)."""
    flags = ["--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},200"]
    dom = subprocess.run([_chromium(), *flags, "--dump-dom", html_file.as_uri()], check=True, capture_output=True,
                         text=True, timeout=120).stdout
    match = re.search(r'data-height="(\d+)"', dom)
    return int(match.group(1)) if match else 1600


def screenshot(html_file: Path, png: Path, width: int) -> None:
    height = _height(html_file, width)
    subprocess.run([_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--window-size={width},{height}", f"--screenshot={png}", html_file.as_uri()],
                   check=True, capture_output=True, timeout=120)


def main(out: str = "docs/img") -> int:
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        shots = asyncio.run(record(Path(tmp)))
        for name, messages in shots.items():
            for label, width in WIDTHS.items():
                html_file = Path(tmp) / f"{name}-{label}.html"
                html_file.write_text(page(messages, width), encoding="utf-8")
                screenshot(html_file, target / f"{name}-{label}.png", width)
                print(target / f"{name}-{label}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
