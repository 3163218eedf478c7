"""Signing in to Mastodon in the browser (OAuth 2 for native apps)."""

from __future__ import annotations

from desktop_inbox.connectors.http import normalize_base_url
from desktop_inbox.connectors.mastodon.auth import MastodonSignIn
from desktop_inbox.connectors.oauth import OOB_REDIRECT, LoopbackRedirect, new_state, parse_pasted_code
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.store.accounts import Account
from desktop_inbox.words import QT_TRANSLATE_NOOP, term


def server_address(raw: str) -> str:
    """The server's address as the connector will use it (BadInput if it is none)."""
    return normalize_base_url(raw, what=term(QT_TRANSLATE_NOOP("Errors", "Mastodon server address")))


class MastodonOAuthFlow:
    """One browser sign-in: register the app, open the page, catch the code.

    ``start`` returns the page to open; ``finish`` waits for the loopback
    redirect (or ``finish_with_code`` takes a pasted out-of-band code).
    """

    def __init__(self, service: AccountService, instance: str, *, history: str, oob: bool = False) -> None:
        self.service = service
        self.sign_in = MastodonSignIn(instance, transport=service.transport)
        self.history = history
        self.oob = oob
        self.state = new_state()
        self.listener: LoopbackRedirect | None = None

    async def start(self, *, oob: bool = False) -> str:
        self.oob = oob
        await self.service.keyring_ready()
        if oob:
            redirect = OOB_REDIRECT
        else:
            self.listener = LoopbackRedirect()
            redirect = await self.listener.start(self.state)
        await self.sign_in.register(redirect)
        return self.sign_in.authorize_url(self.state)

    async def finish(self, *, timeout: float = 600) -> Account:
        assert self.listener is not None, "start() without oob first"
        query = await self.listener.wait(timeout=timeout)
        return await self._complete(query["code"])

    async def finish_with_code(self, pasted: str) -> Account:
        return await self._complete(parse_pasted_code(pasted))

    async def _complete(self, code: str) -> Account:
        try:
            token = await self.sign_in.exchange(code)
        finally:
            await self.sign_in.aclose()
        return await self.service.add_mastodon_token(self.sign_in.base_url, token, history=self.history)

    async def cancel(self) -> None:
        if self.listener is not None:
            await self.listener.close()
        await self.sign_in.aclose()
