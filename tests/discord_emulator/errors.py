"""Discord-style error responses.

Discord answers errors with JSON ``{"message": ..., "code": ...}``; form validation
errors (HTTP 400, code 50035) add a nested ``errors`` tree whose leaves are
``{"_errors": [{"code": ..., "message": ...}]}``.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web


def discord_json(data: Any, status: int = 200) -> web.Response:
    """JSON with the exact ``Content-Type: application/json`` Discord sends: discord.py only
    decodes bodies whose content-type is *exactly* that (aiohttp's ``json_response`` appends
    ``; charset=utf-8`` and discord.py would then hand the raw text to its models)."""
    return web.Response(body=json.dumps(data).encode(), status=status, content_type="application/json")


class DiscordHTTPError(Exception):
    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors:
            body["errors"] = self.errors
        return body

    def response(self) -> web.Response:
        return discord_json(self.body(), self.status)


def unauthorized() -> DiscordHTTPError:
    return DiscordHTTPError(401, 0, "401: Unauthorized")


def not_found_route() -> DiscordHTTPError:
    return DiscordHTTPError(404, 0, "404: Not Found")


def unknown_channel() -> DiscordHTTPError:
    return DiscordHTTPError(404, 10003, "Unknown Channel")


def unknown_message() -> DiscordHTTPError:
    return DiscordHTTPError(404, 10008, "Unknown Message")


def unknown_webhook() -> DiscordHTTPError:
    return DiscordHTTPError(404, 10015, "Unknown Webhook")


def unknown_member() -> DiscordHTTPError:
    return DiscordHTTPError(404, 10007, "Unknown Member")


def unknown_user() -> DiscordHTTPError:
    return DiscordHTTPError(404, 10013, "Unknown User")


def unknown_guild() -> DiscordHTTPError:
    return DiscordHTTPError(404, 10004, "Unknown Guild")


def unknown_command() -> DiscordHTTPError:
    return DiscordHTTPError(404, 10063, "Unknown application command")


def unknown_interaction() -> DiscordHTTPError:
    return DiscordHTTPError(404, 10062, "Unknown interaction")


def already_acknowledged() -> DiscordHTTPError:
    return DiscordHTTPError(400, 40060, "Interaction has already been acknowledged.")


def invalid_webhook_token() -> DiscordHTTPError:
    return DiscordHTTPError(401, 50027, "Invalid Webhook Token")


def missing_access() -> DiscordHTTPError:
    return DiscordHTTPError(403, 50001, "Missing Access")


def missing_permissions() -> DiscordHTTPError:
    return DiscordHTTPError(403, 50013, "Missing Permissions")


def cannot_dm_user() -> DiscordHTTPError:
    return DiscordHTTPError(403, 50007, "Cannot send messages to this user")


def empty_message() -> DiscordHTTPError:
    return DiscordHTTPError(400, 50006, "Cannot send an empty message")


def invalid_form_body(errors: dict[str, Any]) -> DiscordHTTPError:
    return DiscordHTTPError(400, 50035, "Invalid Form Body", errors)
