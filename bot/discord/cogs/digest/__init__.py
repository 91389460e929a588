"""The daily digest on Discord, as one feature package (python-discord's `exts/<feature>/` layout).

`_cog.py` holds the `/digest` commands and starts the scheduler; `_poster.py` posts a digest (one
embed and its "More about …" button) and maps discord.py's errors to the scheduler's vocabulary.
The platform-neutral part — schedule maths, content, exactly-once posting — is `bot/digest/`, which
never imports discord.py, so it runs under a fake clock in the simulations.
"""

from ._cog import NEED_MANAGE_SERVER, NO_STORAGE, Digest, describe, setup
from ._poster import DiscordPoster, is_digest_message, map_error, render_description, render_digest

__all__ = [
    "NEED_MANAGE_SERVER", "NO_STORAGE", "Digest", "DiscordPoster", "describe", "is_digest_message", "map_error",
    "render_description", "render_digest", "setup",
]
