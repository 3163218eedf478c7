"""Signing in to Mastodon: the app registration and OAuth 2 with PKCE."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import httpx

from desktop_inbox.connectors.http import MASTODON_RATE, Api, make_client, normalize_base_url
from desktop_inbox.connectors.oauth import Pkce
from desktop_inbox.errors import BadInput, MalformedResponse, NeedsSignIn, Rejected
from desktop_inbox.words import QT_TRANSLATE_NOOP, term

SCOPES = "read:notifications read:statuses read:accounts write:statuses write:conversations write:media"
CLIENT_NAME = "Desktop Inbox"
CLIENT_WEBSITE = "https://example.invalid/desktop-inbox"


@dataclass(frozen=True, slots=True)
class AppRegistration:
    client_id: str
    client_secret: str
    redirect_uri: str


class MastodonSignIn:
    """OAuth 2 authorisation code with PKCE, for one sign-in attempt."""

    def __init__(self, base_url: str, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.base_url = normalize_base_url(base_url, what=term(QT_TRANSLATE_NOOP("Errors", "Mastodon server address")))
        self.api = Api(make_client(self.base_url, transport=transport), platform_name="Mastodon", rate_headers=MASTODON_RATE)
        self.pkce = Pkce.new()
        self.app: AppRegistration | None = None

    async def aclose(self) -> None:
        await self.api.aclose()

    async def register(self, redirect_uri: str) -> AppRegistration:
        try:
            response = await self.api.request(
                "POST",
                "/api/v1/apps",
                json_body={
                    "client_name": CLIENT_NAME,
                    "redirect_uris": redirect_uri,
                    "scopes": SCOPES,
                    "website": CLIENT_WEBSITE,
                },
                authenticated=False,
            )
            app = self.api.decode(response)
            self.app = AppRegistration(str(app["client_id"]), str(app["client_secret"]), redirect_uri)
        except (Rejected, MalformedResponse, KeyError, TypeError) as exc:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "{base_url} does not look like a Mastodon server (registering the app failed: {exc})."
                ),
                base_url=self.base_url,
                exc=exc,
            ) from None
        return self.app

    def authorize_url(self, state: str) -> str:
        assert self.app is not None
        query = urlencode(
            {
                "response_type": "code",
                "client_id": self.app.client_id,
                "redirect_uri": self.app.redirect_uri,
                "scope": SCOPES,
                "state": state,
                "code_challenge": self.pkce.challenge,
                "code_challenge_method": self.pkce.method,
            }
        )
        return f"{self.base_url}/oauth/authorize?{query}"

    async def exchange(self, code: str) -> str:
        assert self.app is not None
        try:
            response = await self.api.request(
                "POST",
                "/oauth/token",
                data={
                    "grant_type": "authorization_code",
                    "code": code,
                    "client_id": self.app.client_id,
                    "client_secret": self.app.client_secret,
                    "redirect_uri": self.app.redirect_uri,
                    "code_verifier": self.pkce.verifier,
                    "scope": SCOPES,
                },
                authenticated=False,
            )
        except (Rejected, NeedsSignIn) as exc:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "Mastodon did not accept the sign-in code ({exc})."), exc=exc
            ) from None
        token = self.api.decode(response).get("access_token")
        if not isinstance(token, str) or not token:
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Mastodon sent no access token."))
        return token
