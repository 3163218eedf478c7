"""Signing in to X: with the user's own developer app, in the browser.

X has no app registration API and bills API use to the developer app that
makes the calls, so each business brings the client ID of its own X app.
``SIGN_IN_HELP`` explains this in the setup dialog (and the README says the
same); ``XOAuthFlow`` runs the browser sign-in; ``add_x_tokens`` takes tokens
obtained elsewhere (``accounts add x --token-stdin``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop_inbox.connectors.oauth import LoopbackRedirect, new_state
from desktop_inbox.connectors.x.auth import TokenSet, XSignIn, api_base_url, check_client_id
from desktop_inbox.connectors.x.connector import XConnector
from desktop_inbox.connectors.x.descriptor import CALLBACK_URL, REDIRECT_PORT
from desktop_inbox.errors import BadInput
from desktop_inbox.records import Platform
from desktop_inbox.secrets import off_thread
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.store.accounts import Account
from desktop_inbox.words import QT_TRANSLATE_NOOP


class XOAuthFlow:
    """One browser sign-in: open X's page, catch the redirect, add the account.

    ``start`` returns the page to open; ``finish`` waits for the redirect to
    ``CALLBACK_URL`` (the code is valid for 30 seconds, so it is exchanged
    at once); ``cancel`` always cleans up.
    """

    def __init__(
        self,
        service: AccountService,
        client_id: str,
        *,
        api_base: str | None = None,
        history: str = "3m",
        redirect_port: int = REDIRECT_PORT,
    ) -> None:
        self.service = service
        self.sign_in = XSignIn(client_id, api_base=api_base, transport=service.transport)
        self.history = history
        self.state = new_state()
        self.listener = LoopbackRedirect(port=redirect_port)

    async def start(self) -> str:
        await self.service.keyring_ready()
        try:
            redirect = await self.listener.start(self.state)
        except OSError as exc:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Cannot listen on {callback_url} for X's answer ({value}); is another sign-in still open?"
                ),
                callback_url=CALLBACK_URL,
                value=exc.strerror or exc,
            ) from None
        return self.sign_in.authorize_url(redirect_uri=redirect, state=self.state)

    async def finish(self, *, timeout: float = 600) -> Account:
        query = await self.listener.wait(timeout=timeout)
        try:
            tokens = await self.sign_in.exchange(query["code"])
        finally:
            await self.sign_in.aclose()
        return await add_x_tokens(self.service, tokens, api_base=self.sign_in.api_base, history=self.history)

    async def cancel(self) -> None:
        await self.listener.close()
        await self.sign_in.aclose()


def parse_token_json(text: str, *, client_id: str, now: datetime | None = None) -> TokenSet:
    """``{"access_token": …, "refresh_token"?: …, "expires_in"?: …}`` from stdin."""
    try:
        data = json.loads(text)
    except ValueError:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", 'Expected a JSON object like {"access_token": "…", "refresh_token": "…", "expires_in": 7200}.'
            )
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("access_token"), str) or not data["access_token"].strip():
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", 'The JSON needs an "access_token" (and optionally "refresh_token" and "expires_in").'
            )
        )
    expires_in = data.get("expires_in")
    if expires_in is not None and (
        isinstance(expires_in, bool) or not isinstance(expires_in, (int, float)) or expires_in <= 0
    ):
        raise BadInput(QT_TRANSLATE_NOOP("Errors", '"expires_in" must be a positive number of seconds.'))
    refresh = data.get("refresh_token")
    if refresh is not None and not isinstance(refresh, str):
        raise BadInput(QT_TRANSLATE_NOOP("Errors", '"refresh_token" must be a string.'))
    return TokenSet.from_token_response(data, client_id=check_client_id(client_id), now=now or datetime.now(UTC))


async def add_x_tokens(
    service: AccountService, tokens: TokenSet, *, api_base: str | None = None, history: str = "3m"
) -> Account:
    """Verify the tokens with X and store the account (tokens in the keyring).

    A refresh during verification (the pasted token was about to expire)
    changes the pair; the latest one is what gets saved.
    """
    base = api_base_url(api_base)
    credentials = tokens.to_credentials()

    async def remember(new: dict[str, object]) -> None:
        # add_verified saves this very dict once verify() has returned.
        credentials.clear()
        credentials.update(new)

    connector = XConnector(base_url=base, tokens=tokens, save_credentials=remember, transport=service.transport)
    return await service.add_verified(
        platform=Platform.X, base_url=base, connector=connector, credentials=credentials, history=history
    )


async def saved_client_id(service: AccountService, account: Account) -> str:
    """The client ID an X account signed in with ('' if the keyring lost it).

    A client ID is public (it is in every sign-in address), so the dialog may
    show it; nothing else from the keyring leaves this function.
    """
    credentials = await off_thread(service.secrets.load, account.secret_ref)
    value = (credentials or {}).get("client_id")
    return value if isinstance(value, str) else ""
