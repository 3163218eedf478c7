"""The local Mastodon server's sign-in: app registration, authorisation code
with PKCE, tokens (mixed into ``MastodonServer``)."""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from urllib.parse import urlencode

from desktop_inbox.demo.httpbase import Request, Response
from desktop_inbox.demo.mastodon_model import Account, App, Grant


class OAuthRoutes:
    """``/oauth/*`` and ``/api/v1/apps``; the server keeps the state."""

    url: str
    accounts: dict[str, Account]
    apps: dict[str, App]
    grants: dict[str, Grant]
    tokens: dict[str, str]
    authorize_as: str | None

    def account_by_name(self, username: str) -> Account:
        raise NotImplementedError

    def issue_token(self, account: Account) -> str:
        raise NotImplementedError

    def h_oauth_metadata(self, request: Request) -> Response:
        return Response(
            200,
            {
                "issuer": self.url + "/",
                "authorization_endpoint": f"{self.url}/oauth/authorize",
                "token_endpoint": f"{self.url}/oauth/token",
                "revocation_endpoint": f"{self.url}/oauth/revoke",
                "app_registration_endpoint": f"{self.url}/api/v1/apps",
                "response_types_supported": ["code"],
                "grant_types_supported": ["authorization_code", "client_credentials"],
                "code_challenge_methods_supported": ["S256"],
                "scopes_supported": ["read", "write", "profile"],
            },
        )

    def h_apps(self, request: Request) -> Response:
        body = request.json()
        uris = body.get("redirect_uris")
        if not body.get("client_name") or not uris:
            return Response(422, {"error": "Validation failed: Application name can't be blank"})
        if isinstance(uris, str):
            uris = uris.split()
        app = App(secrets.token_urlsafe(16), secrets.token_urlsafe(24), list(uris), body.get("scopes", "read"))
        self.apps[app.client_id] = app
        return Response(
            200,
            {
                "id": str(len(self.apps)),
                "name": body["client_name"],
                "website": body.get("website"),
                "scopes": app.scopes.split(),
                "redirect_uris": app.redirect_uris,
                "redirect_uri": "\n".join(app.redirect_uris),
                "client_id": app.client_id,
                "client_secret": app.client_secret,
                "client_secret_expires_at": 0,
            },
        )

    def h_authorize(self, request: Request) -> Response:
        """Signs in as ``authorize_as`` at once, as if the user clicked Authorise."""
        app = self.apps.get(request.arg("client_id") or "")
        redirect_uri = request.arg("redirect_uri") or ""
        if app is None or redirect_uri not in app.redirect_uris:
            return Response(400, {"error": "invalid_client"})
        if request.arg("response_type") != "code":
            return Response(400, {"error": "unsupported_response_type"})
        method = request.arg("code_challenge_method")
        if request.arg("code_challenge") and method != "S256":
            return Response(400, {"error": "invalid_request", "error_description": "S256 only"})
        if self.authorize_as is None:
            return Response(403, {"error": "access_denied"})
        account = self.account_by_name(self.authorize_as)
        code = secrets.token_urlsafe(16)
        self.grants[code] = Grant(app.client_id, redirect_uri, request.arg("code_challenge"), account.id, request.arg("scope") or "read")
        params = {"code": code}
        if request.arg("state") is not None:
            params["state"] = request.arg("state") or ""
        if redirect_uri == "urn:ietf:wg:oauth:2.0:oob":
            return Response(200, raw=f"<html><body><code id=code>{code}</code></body></html>".encode(), content_type="text/html")
        return Response(302, {}, headers={"Location": f"{redirect_uri}?{urlencode(params)}"})

    def h_token(self, request: Request) -> Response:
        body = request.json()
        grant_type = body.get("grant_type")
        app = self.apps.get(body.get("client_id", ""))
        if app is None or body.get("client_secret") != app.client_secret:
            return Response(401, {"error": "invalid_client", "error_description": "Client authentication failed"})
        if grant_type != "authorization_code":
            return Response(400, {"error": "unsupported_grant_type"})
        grant = self.grants.pop(body.get("code", ""), None)
        if grant is None or grant.client_id != app.client_id or grant.redirect_uri != body.get("redirect_uri"):
            return Response(400, {"error": "invalid_grant", "error_description": "The provided authorization grant is invalid"})
        if grant.challenge:
            verifier = body.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if digest != grant.challenge:
                return Response(400, {"error": "invalid_grant", "error_description": "PKCE verification failed"})
        token = self.issue_token(self.accounts[grant.account_id])
        return Response(200, {"access_token": token, "token_type": "Bearer", "scope": grant.scopes, "created_at": int(time.time())})

    def h_revoke(self, request: Request) -> Response:
        body = request.json()
        self.tokens.pop(body.get("token", ""), None)
        return Response(200, {})
