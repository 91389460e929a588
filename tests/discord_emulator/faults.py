"""Fault injection: make the next N requests matching a route pattern fail.

Patterns are matched against the request path after the API base (``/channels/1/messages``)
with :func:`fnmatch.fnmatch` (``*`` also matches ``/``), or as a regular expression when they
start with ``^``. ``method`` restricts the rule to one HTTP verb.

    emu.faults.rate_limit("/interactions/*/callback", times=1, retry_after=0.05)
    emu.faults.server_error("/channels/*/messages", status=503, times=2, method="POST")
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from fnmatch import fnmatch

from aiohttp import web


@dataclass
class Fault:
    pattern: str
    status: int
    remaining: int
    method: str | None = None
    retry_after: float = 0.05
    is_global: bool = False
    with_via: bool = True  # real Discord 429s carry "Via"; discord.py treats a 429 without it as a ban
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.remaining <= 0 or (self.method and self.method.upper() != method):
            return False
        if self.pattern.startswith("^"):
            return re.search(self.pattern, path) is not None
        return fnmatch(path, self.pattern)

    def response(self) -> web.Response:
        if self.status == 429:
            body = {"message": "You are being rate limited.", "retry_after": self.retry_after,
                    "global": self.is_global, "code": 0}
            headers = {
                "Retry-After": str(max(1, math.ceil(self.retry_after))),
                "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset-After": f"{self.retry_after:.3f}",
                "X-RateLimit-Bucket": "emulated-bucket",
                "X-RateLimit-Scope": "global" if self.is_global else "user",
            }
            if self.is_global:
                headers["X-RateLimit-Global"] = "true"
            if self.with_via:
                headers["Via"] = "1.1 google"
                return web.Response(status=429, body=json.dumps(body).encode(), headers=headers,
                                    content_type="application/json")
            return web.Response(status=429, text="<html>Error 1015: You are being rate limited</html>",
                                headers=headers, content_type="text/html")
        messages = {500: "500: Internal Server Error", 502: "502: Bad Gateway", 503: "503: Service Unavailable",
                    504: "504: Gateway Timeout"}
        body = {"message": messages.get(self.status, f"{self.status}: Error"), "code": 0}
        return web.Response(status=self.status, body=json.dumps(body).encode(), content_type="application/json")


class FaultInjector:
    def __init__(self) -> None:
        self.rules: list[Fault] = []

    def add(self, pattern: str, status: int, *, times: int = 1, method: str | None = None,
            retry_after: float = 0.05, is_global: bool = False, with_via: bool = True) -> Fault:
        fault = Fault(pattern=pattern, status=status, remaining=times, method=method, retry_after=retry_after,
                      is_global=is_global, with_via=with_via)
        self.rules.append(fault)
        return fault

    def rate_limit(self, pattern: str, *, times: int = 1, retry_after: float = 0.05, is_global: bool = False,
                   method: str | None = None, with_via: bool = True) -> Fault:
        return self.add(pattern, 429, times=times, method=method, retry_after=retry_after, is_global=is_global,
                        with_via=with_via)

    def server_error(self, pattern: str, *, status: int = 500, times: int = 1, method: str | None = None) -> Fault:
        return self.add(pattern, status, times=times, method=method)

    def take(self, method: str, path: str) -> Fault | None:
        for fault in self.rules:
            if fault.matches(method, path):
                fault.remaining -= 1
                fault.hits += 1
                return fault
        return None

    def clear(self) -> None:
        self.rules.clear()
