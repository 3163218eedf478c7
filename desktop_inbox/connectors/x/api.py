"""X API v2 plumbing: per-endpoint rate budgets, problem objects, DM planning.

* X limits every endpoint separately, per user and 15-minute window, and
  reports it in ``x-rate-limit-limit/-remaining/-reset`` (reset in epoch
  seconds); each endpoint gets its own ``RateLimit`` here.
* Errors are RFC 7807 problems (``type`` ends in ``/problems/<kind>``); a
  200 may carry ``errors`` next to ``data`` (partial errors). The kinds a
  user can act on (``client-forbidden``, ``usage-capped``, the legacy code
  453 for a too small access tier) become plain words.
* Direct-message reads are limited to 15 per 15 minutes: ``Budget`` counts
  what was spent (from the headers, or locally when none came) so that the
  connector can plan polls instead of running into 429.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import httpx

from desktop_inbox.connectors.http import X_RATE, Api, RateLimit, parse_reset
from desktop_inbox.errors import RateLimited, Rejected
from desktop_inbox.words import QT_TRANSLATE_NOOP

WINDOW = timedelta(minutes=15)

# Documented per-user limits per 15 minutes (x-api/fundamentals/rate-limits);
# the headers override them whenever X sends them.
DEFAULT_LIMITS = {
    "GET /2/users/me": 75,
    "GET /2/users/:id/mentions": 300,
    "GET /2/users/:id/tweets": 900,
    "GET /2/tweets": 900,
    "GET /2/users": 900,
    "GET /2/dm_events": 15,
    "GET /2/dm_conversations/with/:id/dm_events": 15,
    "POST /2/tweets": 100,
    "POST /2/dm_conversations/with/:id/messages": 15,
    "GET /2/tweets/search/recent": 300,
}

_ID_SEGMENT = re.compile(r"(?<=.)/\d+(?=/|$)")  # not the leading "/2" version

DEVELOPER_PORTAL = "https://developer.x.com/en/portal/dashboard"


def endpoint_key(method: str, path: str) -> str:
    """``GET /2/users/123/mentions`` -> ``GET /2/users/:id/mentions``."""
    return f"{method.upper()} {_ID_SEGMENT.sub('/:id', path.split('?')[0])}"


def problem_kind(body: Any) -> str | None:
    """``https://api.x.com/2/problems/usage-capped`` -> ``usage-capped``."""
    if isinstance(body, Mapping) and isinstance(body.get("type"), str) and "/problems/" in body["type"]:
        return str(body["type"]).rsplit("/problems/", 1)[1].strip("/") or None
    return None


def partial_errors(body: Any) -> list[Mapping[str, Any]]:
    """The ``errors`` X puts next to ``data`` in a successful response."""
    errors = body.get("errors") if isinstance(body, Mapping) else None
    return [e for e in errors if isinstance(e, Mapping)] if isinstance(errors, list) else []


class AccessDenied(Rejected):
    """The developer app or its access tier may not use this endpoint."""


class UsageCapped(RateLimited):
    """The app's or the account's monthly/daily X API usage cap is reached."""


class Budget:
    """What is left of one endpoint's 15-minute budget, and when more comes."""

    def __init__(self, limit: int) -> None:
        self.rate = RateLimit(limit=limit)
        self.default_limit = limit
        self.sent: deque[datetime] = deque()  # our own requests in the last window

    def note_request(self, now: datetime) -> None:
        self.sent.append(now)

    def _trim(self, now: datetime) -> None:
        while self.sent and self.sent[0] <= now - WINDOW:
            self.sent.popleft()

    def available(self, now: datetime) -> int:
        self._trim(now)
        rate = self.rate
        if rate.remaining is not None and rate.reset_at is not None:
            # X's own count wins: it also sees other apps of this user.
            return rate.remaining if rate.reset_at > now else rate.limit or self.default_limit
        return (rate.limit or self.default_limit) - len(self.sent)

    def free_at(self, now: datetime, *, keep: int = 0) -> datetime:
        """The earliest time at which more than ``keep`` requests are left."""
        if self.available(now) > keep:
            return now
        rate = self.rate
        if rate.remaining is not None and rate.reset_at is not None and rate.reset_at > now:
            limit = rate.limit or self.default_limit
            return rate.reset_at if limit > keep else now + WINDOW
        # Counted locally: wait until enough of our own requests age out.
        limit = rate.limit or self.default_limit
        excess = len(self.sent) - (limit - keep - 1)
        if excess <= 0 or excess > len(self.sent):
            return now + WINDOW
        return self.sent[excess - 1] + WINDOW


class XApi(Api):
    def __init__(self, client: httpx.AsyncClient, **kwargs: Any) -> None:
        super().__init__(client, platform_name="X", rate_headers=X_RATE, **kwargs)
        self.budgets: dict[str, Budget] = {}

    def budget(self, method: str, path: str) -> Budget:
        key = endpoint_key(method, path)
        budget = self.budgets.get(key)
        if budget is None:
            budget = self.budgets[key] = Budget(DEFAULT_LIMITS.get(key, 100))
        return budget

    def limit_for(self, method: str, path: str) -> RateLimit:
        return self.budget(method, path).rate

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        budget = self.budget(method, path)
        now = self.clock()
        if budget.available(now) <= 0:
            retry_at = budget.free_at(now)
            raise RateLimited(
                QT_TRANSLATE_NOOP(
                    "Errors", "X's limit for this kind of request is used up; next try at {astimezone:%H:%M:%S}."
                ),
                astimezone=retry_at.astimezone(),
                retry_at=retry_at,
            )
        budget.note_request(now)
        return await super().request(method, path, **kwargs)

    def describe_error(self, response: httpx.Response, body: Any) -> str:
        if isinstance(body, Mapping):
            detail = body.get("detail") or body.get("title")
            if isinstance(detail, str) and detail:
                return detail[:300]
            errors = body.get("errors")
            if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
                message = errors[0].get("message") or errors[0].get("detail")
                if isinstance(message, str):
                    return message[:300]
            if isinstance(body.get("error_description"), str):
                return str(body["error_description"])[:300]
        return f"HTTP {response.status_code}"

    async def _raise_for(self, response: httpx.Response, *, is_write: bool, rate: RateLimit | None = None) -> None:
        try:
            body: Any = response.json()
        except (ValueError, RecursionError):
            body = None
        kind = problem_kind(body)
        detail = self.describe_error(response, body)
        if kind == "usage-capped":
            now = self.clock()
            retry_at = parse_reset(response.headers.get(self.rate_headers.reset), now=now) or now + timedelta(hours=1)
            retry_at = max(retry_at, now + timedelta(minutes=15))
            if rate is not None:
                rate.remaining, rate.reset_at = 0, retry_at
            raise UsageCapped(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Your X API usage cap is reached ({detail}). Add credits or raise the cap for your app in the X developer portal ({developer_portal}); Desktop Inbox tries again at {astimezone:%H:%M}.",
                ),
                detail=detail,
                developer_portal=DEVELOPER_PORTAL,
                astimezone=retry_at.astimezone(),
                retry_at=retry_at,
            )
        legacy_codes = {e.get("code") for e in partial_errors(body)}
        if response.status_code == 403 and (kind == "client-forbidden" or 453 in legacy_codes):
            reason = body.get("reason") if isinstance(body, Mapping) else None
            why = (
                "it is not enrolled in a Project"
                if reason == "client-not-enrolled"
                else "its access level does not include this"
            )
            raise AccessDenied(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "X refused your developer app: {why} ({detail}). In the X developer portal ({developer_portal}) put the app inside a Project and make sure the account has API access (pay-per-use credits or a Basic/Pro plan), then sync again.",
                ),
                why=why,
                detail=detail,
                developer_portal=DEVELOPER_PORTAL,
            )
        await super()._raise_for(response, is_write=is_write, rate=rate)
