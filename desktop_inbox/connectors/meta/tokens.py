"""The pasted token, kept alive without the app secret.

An Instagram token generated in the app's dashboard lives 60 days. Meta
renews it with ``GET graph.instagram.com/refresh_access_token
?grant_type=ig_refresh_token&access_token=…`` (no secret: ``instagram-platform/
reference/refresh_access_token``) once it is at least 24 hours old and not
yet expired; the new one lives 60 days from then. A token that expired is
dead (error 190) and the user must generate a new one.

We cannot ask Meta how old a pasted token is (``debug_token`` needs the app
secret). So the first refresh is tried when the account is added: if Meta
renews it, its true expiry is known; if Meta refuses (the token is less than
a day old), it has nearly all its 60 days left. After that the token is
renewed whenever it is a day old and less than ``REFRESH_WHEN_LEFT`` remains,
so a computer that is off for weeks still finds a live token.

A Messenger Page token cannot be renewed without the app secret; Page tokens
generated in the dashboard do not expire.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_inbox.connectors.base import CredentialSaver
from desktop_inbox.connectors.meta.graph import GraphApi
from desktop_inbox.errors import ConnectorError, MalformedResponse, NeedsSignIn
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.connectors.meta")

LIFETIME = timedelta(days=60)
MIN_AGE = timedelta(hours=24)
REFRESH_WHEN_LEFT = timedelta(days=50)
REFRESH_PATH = "/refresh_access_token"


def _time(value: Any) -> datetime | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 10**11:
        return datetime.fromtimestamp(float(value), tz=UTC)
    return None


@dataclass(frozen=True, slots=True)
class MetaToken:
    access_token: str
    app_id: str
    expires_at: datetime | None = None
    obtained_at: datetime | None = None  # when this token reached us

    def to_credentials(self) -> dict[str, Any]:
        data: dict[str, Any] = {"access_token": self.access_token, "app_id": self.app_id}
        if self.expires_at is not None:
            data["expires_at"] = self.expires_at.timestamp()
        if self.obtained_at is not None:
            data["obtained_at"] = self.obtained_at.timestamp()
        return data

    @classmethod
    def from_credentials(cls, data: Mapping[str, Any], *, what: str) -> MetaToken:
        token = data.get("access_token")
        app_id = data.get("app_id")
        if not isinstance(token, str) or not token or not isinstance(app_id, str):
            raise NeedsSignIn(
                QT_TRANSLATE_NOOP(
                    "Errors", "The {what} sign-in in the keyring is incomplete. Please add the account again."
                ),
                what=what,
            )
        return cls(token, app_id, _time(data.get("expires_at")), _time(data.get("obtained_at")))


class TokenKeeper:
    """The account's token; renews it ahead of expiry, one renewal at a time."""

    def __init__(
        self,
        token: MetaToken,
        *,
        api: GraphApi,
        save: CredentialSaver | None,
        clock: Callable[[], datetime],
        refreshable: bool,
    ) -> None:
        self.current = token
        self.api = api
        self.save = save
        self.clock = clock
        self.refreshable = refreshable
        self.refreshes = 0
        self._lock = asyncio.Lock()
        api.set_token(token.access_token)

    def expires_at(self) -> datetime | None:
        token = self.current
        if token.expires_at is not None:
            return token.expires_at
        return token.obtained_at + LIFETIME if self.refreshable and token.obtained_at is not None else None

    def due(self) -> bool:
        now = self.clock()
        token = self.current
        if not self.refreshable or token.obtained_at is None or now - token.obtained_at < MIN_AGE:
            return False
        expires = self.expires_at()
        return expires is None or expires - now <= REFRESH_WHEN_LEFT

    async def fresh(self) -> None:
        """Renew the token first if it is due; a failed renewal is retried later
        while the token still works, and reported only once it is dead."""
        if not self.due():
            return
        try:
            await self.refresh()
        except NeedsSignIn:
            raise
        except ConnectorError as exc:
            expires = self.expires_at()
            if expires is not None and expires <= self.clock():
                raise NeedsSignIn(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The Instagram token expired and could not be renewed ({exc}). Generate a new token in your Meta app's dashboard and add the account again.",
                    ),
                    exc=exc,
                ) from None
            log.warning("Instagram token not renewed this time: %s", exc)

    async def refresh(self) -> MetaToken:
        """Trade the token for a new 60-day one and save it before use."""
        async with self._lock:
            stale = self.current
            response = await self.api.request(
                "GET",
                REFRESH_PATH,
                params={"grant_type": "ig_refresh_token", "access_token": stale.access_token},
                authenticated=False,
            )
            body = self.api.decode(response)
            token = body.get("access_token") if isinstance(body, Mapping) else None
            if not isinstance(token, str) or not token.strip():
                raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Instagram renewed the token but sent none back."))
            now = self.clock()
            seconds = body.get("expires_in")
            lifetime = (
                timedelta(seconds=float(seconds))
                if isinstance(seconds, (int, float)) and not isinstance(seconds, bool) and 0 < seconds < 10**9
                else LIFETIME
            )
            new = replace(stale, access_token=token.strip(), expires_at=now + lifetime, obtained_at=now)
            if self.save is not None:
                await self.save(new.to_credentials())  # saved before it is used
            self.current = new
            self.api.set_token(new.access_token)
            self.refreshes += 1
            log.info("Instagram token renewed (valid until %s)", new.expires_at)
            return new
