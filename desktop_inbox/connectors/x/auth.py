"""Signing in to X: OAuth 2.0 authorization code with PKCE, and token refresh.

X treats a desktop app as a public "Native App" client: no secret, the
``client_id`` goes in the form body. Access tokens live two hours; with
``offline.access`` a refresh token comes along, and it is single-use: every
refresh returns a new pair and voids the old refresh token. So the new pair is
written to the keyring (``save``) *before* the new access token is used, or a
crash in between would log the user out for good.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

from desktop_inbox.connectors.base import CredentialSaver
from desktop_inbox.connectors.http import make_client, normalize_base_url
from desktop_inbox.connectors.oauth import Pkce
from desktop_inbox.connectors.x.api import XApi
from desktop_inbox.errors import BadInput, MalformedResponse, NeedsSignIn, Rejected
from desktop_inbox.words import QT_TRANSLATE_NOOP, term

log = logging.getLogger("desktop_inbox.connectors.x.connector")

API_BASE = "https://api.x.com"
# The page the user signs in on lives on x.com, not on the API host.
AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
TOKEN_PATH = "/2/oauth2/token"
# X compares the callback URL exactly with the app's settings, so the port is fixed.
SCOPES = "tweet.read tweet.write users.read dm.read dm.write offline.access media.write"
# Refresh this long before the two hours are up, so no request races expiry.
REFRESH_AHEAD = timedelta(minutes=10)


def api_base_url(raw: str | None) -> str:
    return normalize_base_url(raw or API_BASE, what=term(QT_TRANSLATE_NOOP("Errors", "X API address")))


def authorize_url_for(api_base: str) -> str:
    """x.com's sign-in page for the real API; the same host for a test server."""
    host = urlsplit(api_base).hostname or ""
    if host in ("api.x.com", "api.twitter.com"):
        return AUTHORIZE_URL
    return f"{api_base}/i/oauth2/authorize"


def check_client_id(client_id: str) -> str:
    value = client_id.strip()
    if not value or len(value) > 200 or any(c.isspace() for c in value):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The X client ID is missing or malformed: copy it from your app's 'Keys and tokens' page."
            )
        )
    return value


@dataclass(frozen=True, slots=True)
class TokenSet:
    access_token: str
    refresh_token: str | None
    expires_at: datetime | None
    client_id: str

    def to_credentials(self) -> dict[str, Any]:
        data: dict[str, Any] = {"access_token": self.access_token, "client_id": self.client_id}
        if self.refresh_token:
            data["refresh_token"] = self.refresh_token
        if self.expires_at is not None:
            data["expires_at"] = self.expires_at.timestamp()
        return data

    @classmethod
    def from_credentials(cls, data: Mapping[str, Any]) -> TokenSet:
        access = data.get("access_token")
        client_id = data.get("client_id")
        if not isinstance(access, str) or not access or not isinstance(client_id, str) or not client_id:
            raise NeedsSignIn(
                QT_TRANSLATE_NOOP("Errors", "The X sign-in in the keyring is incomplete. Please sign in again.")
            )
        refresh = data.get("refresh_token")
        expires = data.get("expires_at")
        return cls(
            access_token=access,
            refresh_token=refresh if isinstance(refresh, str) and refresh else None,
            expires_at=datetime.fromtimestamp(float(expires), tz=UTC) if isinstance(expires, (int, float)) else None,
            client_id=client_id,
        )

    @classmethod
    def from_token_response(
        cls, body: Any, *, client_id: str, now: datetime, keep_refresh: str | None = None
    ) -> TokenSet:
        """Read X's token endpoint answer (or the JSON a user pasted)."""
        if not isinstance(body, Mapping):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "X sent a token answer we cannot read."))
        access = body.get("access_token")
        if not isinstance(access, str) or not access.strip():
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "X sent no access token."))
        refresh = body.get("refresh_token")
        expires_in = body.get("expires_in")
        expires_at = None
        if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool) and expires_in > 0:
            expires_at = now + timedelta(seconds=float(expires_in))
        return cls(
            access_token=access.strip(),
            refresh_token=refresh.strip() if isinstance(refresh, str) and refresh.strip() else keep_refresh,
            expires_at=expires_at,
            client_id=client_id,
        )


class Tokens:
    """The account's current tokens; refreshes ahead of expiry, one at a time."""

    def __init__(
        self,
        tokens: TokenSet,
        *,
        api: XApi,
        save: CredentialSaver | None,
        clock: Callable[[], datetime],
    ) -> None:
        self.current = tokens
        self.api = api
        self.save = save
        self.clock = clock
        self._lock = asyncio.Lock()
        self.refreshes = 0

    @property
    def can_refresh(self) -> bool:
        return self.current.refresh_token is not None

    def header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.current.access_token}"}

    def _due(self) -> bool:
        expires = self.current.expires_at
        return expires is not None and expires - self.clock() <= REFRESH_AHEAD

    async def fresh(self) -> dict[str, str]:
        """The Authorization header, refreshed first if the token is about to expire."""
        if self._due() and self.can_refresh:
            await self.refresh(stale=self.current.access_token)
        return self.header()

    async def refresh(self, *, stale: str) -> None:
        """Trade the refresh token for a new pair, unless someone already did."""
        async with self._lock:
            if self.current.access_token != stale:
                return  # another request refreshed while we waited
            refresh_token = self.current.refresh_token
            if refresh_token is None:
                raise NeedsSignIn(
                    QT_TRANSLATE_NOOP(
                        "Errors", "X no longer accepts this sign-in (the access token expired). Please sign in again."
                    )
                )
            try:
                response = await self.api.request(
                    "POST",
                    TOKEN_PATH,
                    data={
                        "grant_type": "refresh_token",
                        "refresh_token": refresh_token,
                        "client_id": self.current.client_id,
                    },
                    authenticated=False,
                )
            except (Rejected, NeedsSignIn) as exc:
                raise NeedsSignIn(
                    QT_TRANSLATE_NOOP("Errors", "X no longer accepts this sign-in ({exc}). Please sign in again."),
                    exc=exc,
                ) from None
            new = TokenSet.from_token_response(
                self.api.decode(response), client_id=self.current.client_id, now=self.clock()
            )
            if new.refresh_token is None:
                log.warning("X refreshed the token without a new refresh token; the next refresh will need a sign-in")
            # Single-use refresh tokens: keep the new pair safe before using it.
            if self.save is not None:
                await self.save(new.to_credentials())
            self.current = new
            self.refreshes += 1
            log.info("X access token refreshed (valid until %s)", new.expires_at)


class XSignIn:
    """One browser sign-in with PKCE for the user's own X developer app."""

    def __init__(self, client_id: str, *, api_base: str | None = None, transport: Any = None) -> None:
        self.client_id = check_client_id(client_id)
        self.api_base = api_base_url(api_base)
        self.api = XApi(make_client(self.api_base, transport=transport))
        self.pkce = Pkce.new()
        self.redirect_uri = ""

    async def aclose(self) -> None:
        await self.api.aclose()

    def authorize_url(self, *, redirect_uri: str, state: str) -> str:
        self.redirect_uri = redirect_uri
        query = urlencode(
            {
                "response_type": "code",
                "client_id": self.client_id,
                "redirect_uri": redirect_uri,
                "scope": SCOPES,
                "state": state,
                "code_challenge": self.pkce.challenge,
                "code_challenge_method": self.pkce.method,
            }
        )
        return f"{authorize_url_for(self.api_base)}?{query}"

    async def exchange(self, code: str, *, now: datetime | None = None) -> TokenSet:
        """The code is valid for 30 seconds only: call this at once."""
        try:
            response = await self.api.request(
                "POST",
                TOKEN_PATH,
                data={
                    "grant_type": "authorization_code",
                    "code": code,
                    "client_id": self.client_id,
                    "redirect_uri": self.redirect_uri,
                    "code_verifier": self.pkce.verifier,
                },
                authenticated=False,
            )
        except (Rejected, NeedsSignIn) as exc:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "X did not accept the sign-in ({exc}). Check the client ID, and that your X app is of type 'Native App' with the callback URL {redirect_uri} exactly.",
                ),
                exc=exc,
                redirect_uri=self.redirect_uri,
            ) from None
        return TokenSet.from_token_response(
            self.api.decode(response), client_id=self.client_id, now=now or datetime.now(UTC)
        )
