"""`python -m bot gaps [--since 30d] [--json]`: what readers asked and could not get answered."""

from __future__ import annotations

import asyncio
import json
import sys


def run_gaps(since: str, *, as_json: bool) -> int:
    from ..config import ConfigError, load_settings
    from ..editing.gaps import parse_since, read_groups, render_text
    from ..storage import StorageError, open_storage

    try:
        seconds = parse_since(since)
        settings = load_settings()
    except (ValueError, ConfigError) as exc:
        print(f"gaps: {exc}", file=sys.stderr)
        return 2

    async def read() -> list:
        storage = await open_storage(settings)
        try:
            return await read_groups(storage, seconds)
        finally:
            await storage.close()

    try:
        groups = asyncio.run(read())
    except StorageError as exc:
        print(f"gaps: {exc.user_message()}", file=sys.stderr)
        return 1
    label = since.strip()
    if as_json:
        print(json.dumps({"since": label, "groups": [g.to_json() for g in groups]}, ensure_ascii=False, indent=1))
    else:
        print(render_text(groups, label))
    return 0
