"""One client for Meta's Graph API (``graph.instagram.com``, ``graph.facebook.com``).

* Every path is versioned (``/v25.0/me``); the version is a setting, since
  Meta retires versions on a schedule.
* The token goes in the ``Authorization: Bearer`` header, never in a URL, so
  that no log line or error message can carry it. Graph's ``paging.next``
  URLs repeat the query (with ``access_token`` when one was given there), so
  the client never follows them: it reads the ``after`` cursor and asks the
  same host itself.
* The usage headers are read on every answer (``usage``); at Meta's limit no
  call goes out at all, since calling while throttled prolongs the block.
* The Conversations API allows 2 calls per second per account
  (``messenger-platform/overview/rate-limiting``): such calls are paced.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from desktop_inbox.connectors.http import MASTODON_RATE, Api, RateLimit, is_loopback_host
from desktop_inbox.connectors.meta.errors import GraphError, raise_graph_error
from desktop_inbox.connectors.meta.usage import Usage
from desktop_inbox.errors import MalformedResponse, RateLimited
from desktop_inbox.words import QT_TRANSLATE_NOOP

VERSION = "v25.0"
CONVERSATION_CALLS_PER_SECOND = 2


@dataclass(slots=True)
class Listing:
    """One page of a Graph edge: its objects and the cursor of the next page."""

    data: list[Mapping[str, Any]]
    after: str | None  # None: this was the last page


def objects(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def next_cursor(body: Mapping[str, Any]) -> str | None:
    """The ``after`` cursor when Graph says there is a next page.

    ``paging.next`` is present only when more data exists; its cursor is
    ``paging.cursors.after``, or failing that the ``after`` of the next URL.
    """
    paging = body.get("paging")
    if not isinstance(paging, Mapping) or not isinstance(paging.get("next"), str):
        return None
    cursors = paging.get("cursors")
    after = cursors.get("after") if isinstance(cursors, Mapping) else None
    if isinstance(after, str) and after:
        return after
    found = parse_qs(urlsplit(paging["next"]).query).get("after")
    return found[0] if found and found[0] else None


def load_state(cursor: str | None) -> dict[str, Any]:
    """A stream's cursor: our own JSON (Graph's cursors live inside it)."""
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def dump_state(state: Mapping[str, Any]) -> str:
    return json.dumps({k: v for k, v in state.items() if v is not None}, sort_keys=True, separators=(",", ":"))


class GraphApi(Api):
    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        platform: str,
        name: str,
        version: str = VERSION,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        # Graph has no rate-limit headers of that kind; the usage headers are read below.
        super().__init__(client, platform_name=name, rate_headers=MASTODON_RATE, clock=clock)
        self.platform = platform
        self.version = version
        self.usage = Usage()
        host = client.base_url.host or ""
        self._pace = 0.0 if is_loopback_host(host) else 1.0 / CONVERSATION_CALLS_PER_SECOND
        self._last_paced = 0.0
        self._pace_lock = asyncio.Lock()
        self.calls = 0

    def set_token(self, token: str) -> None:
        self.auth = {"Authorization": f"Bearer {token}"}

    def path(self, path: str) -> str:
        return f"/{self.version}/{path.lstrip('/')}"

    async def _paced(self, path: str) -> None:
        if not self._pace or not any(part in path for part in ("/conversations", "/messages")):
            return
        async with self._pace_lock:
            loop = asyncio.get_running_loop()
            wait = self._last_paced + self._pace - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            self._last_paced = loop.time()

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        now = self.clock()
        blocked = self.usage.blocked_until(now)
        if blocked is not None:
            raise RateLimited(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Your Meta app has used {percent:.0f}% of what Meta allows; Desktop Inbox waits until {astimezone:%H:%M} before it calls {platform_name} again.",
                ),
                percent=self.usage.percent,
                astimezone=blocked.astimezone(),
                platform_name=self.platform_name,
                retry_at=blocked,
            )
        await self._paced(path)
        self.calls += 1
        return await super().request(method, path, **kwargs)

    async def call(self, method: str, path: str, **kwargs: Any) -> Mapping[str, Any]:
        """A versioned call whose answer must be a JSON object."""
        response = await self.request(method, self.path(path), **kwargs)
        body = self.decode(response)
        if not isinstance(body, Mapping):
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "{platform_name} sent an answer that is not a JSON object."),
                platform_name=self.platform_name,
            )
        return body

    async def listing(self, path: str, params: Mapping[str, str]) -> Listing:
        body = await self.call("GET", path, params=dict(params))
        return Listing(objects(body.get("data")), next_cursor(body))

    def _note_rate(self, response: httpx.Response, rate: RateLimit | None = None) -> None:
        self.usage.note(response.headers, self.clock())

    async def _raise_for(self, response: httpx.Response, *, is_write: bool, rate: RateLimit | None = None) -> None:
        try:
            body: Any = response.json()
        except (ValueError, RecursionError):
            body = None
        now = self.clock()
        raise_graph_error(
            GraphError.parse(response.status_code, body),
            platform=self.platform,
            name=self.platform_name,
            is_write=is_write,
            now=now,
            regain_at=self.usage.blocked_until(now),
        )
