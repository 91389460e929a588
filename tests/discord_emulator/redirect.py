"""Point discord.py 2.7 at another Discord API (the emulator, or anything Discord-compatible).

How discord.py 2.7.1 builds its URLs:

* REST: every call goes through ``discord.http.Route``, whose URL is ``Route.BASE + path``
  (``Route.BASE = 'https://discord.com/api/v10'``, computed in ``Route.__init__``). The
  interaction/webhook adapter (``discord/webhook/async_.py``) imports that *same* ``Route``
  class (``from ..http import Route``), so interaction callbacks, ``@original`` edits and
  followups follow ``Route.BASE`` as well. Nothing else needs patching for REST.
* Gateway: a plain ``discord.Client`` never calls ``GET /gateway/bot``; its first connection
  goes to the class attribute ``DiscordWebSocket.DEFAULT_GATEWAY``
  (``yarl.URL('wss://gateway.discord.gg/')``), later resumes go to the ``resume_gateway_url``
  from READY, and after a non-resumable INVALID_SESSION it falls back to DEFAULT_GATEWAY again.
  (Only ``AutoShardedClient`` asks ``/gateway/bot``.) The query ``?v=10&encoding=json&
  compress=zlib-stream`` (``zstd-stream`` if ``zstandard`` is installed) is appended by
  ``DiscordWebSocket.from_client``; the gateway URL we set must therefore carry no query.

So the redirection is: set ``Route.BASE``, and set ``DEFAULT_GATEWAY`` to the URL that
``GET {base}/gateway/bot`` returns (``use_gateway_from_api``, to be awaited after login, e.g.
in ``setup_hook``), or to a known URL right away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route


def point_discord_at(api_base: str, gateway_url: str | None = None) -> Callable[[], None]:
    """Send all discord.py REST traffic to ``api_base`` (e.g. ``http://127.0.0.1:8080/api/v10``)
    and, if given, the gateway connection to ``gateway_url``. Process-wide. Returns a function
    that restores the previous values."""
    import discord.webhook.async_ as webhook_async

    assert webhook_async.Route is Route, "discord.py changed: webhooks no longer share http.Route"
    previous = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    Route.BASE = api_base.rstrip("/")
    if gateway_url is not None:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)

    def restore() -> None:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = previous

    return restore


async def use_gateway_from_api(client: Any) -> str:
    """Ask the (redirected) API for the gateway URL, like ``AutoShardedClient`` does, and make
    it the client's first gateway. Needs a logged-in client (call it in ``setup_hook``)."""
    _, url, _ = await client.http.get_bot_gateway()
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
    return url
