"""Signing in to Bluesky with a handle and an app password.

``createSession`` runs once, here; the connector then keeps and refreshes the
session from the keyring (the PDS allows only 30 logins per 5 minutes and 300
a day). Atproto OAuth (PAR + DPoP) can later replace this class: the
connector only needs credentials that ``Xrpc`` can resume and refresh.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

from desktop_inbox.connectors.bluesky.connector import BlueskyConnector
from desktop_inbox.connectors.bluesky.descriptor import SIGN_IN_HELP
from desktop_inbox.connectors.bluesky.xrpc import (
    CHAT_PROXY,
    ENTRYWAY,
    NO_DM_ACCESS,
    Xrpc,
    jwt_claims,
)
from desktop_inbox.connectors.http import normalize_base_url
from desktop_inbox.errors import BadInput, ConnectorError, NeedsSignIn, Offline
from desktop_inbox.records import Platform
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.store.accounts import Account
from desktop_inbox.words import PLATFORMS, QT_TRANSLATE_NOOP, Phrase, term

_HANDLE = re.compile(r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")
_APP_PASSWORD = re.compile(r"^[a-z2-7]{4}(-[a-z2-7]{4}){3}$")
_HELP = Phrase(PLATFORMS, SIGN_IN_HELP)  # put whole into the sentences that need it


def normalize_handle(raw: str) -> str:
    handle = raw.strip().lstrip("@").lower()
    if handle.startswith("did:"):
        return handle  # a DID works as identifier too
    if not _HANDLE.match(handle):
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{strip!r} is not a Bluesky handle (like shop.bsky.social)."), strip=raw.strip()
        )
    return handle


async def resolve_pds(handle: str, *, timeout: float = 10.0) -> str:
    """The PDS a handle lives on: handle → DID (DNS or .well-known) → DID document."""
    from atproto_identity.resolver import AsyncIdResolver

    resolver = AsyncIdResolver(timeout=timeout)
    try:
        did = handle if handle.startswith("did:") else await resolver.handle.resolve(handle)
        data = await resolver.did.resolve_atproto_data(did) if did else None
    except Exception as exc:  # the resolver raises many kinds (DNS, httpx, its own)
        raise Offline(
            QT_TRANSLATE_NOOP(
                "Errors", "Could not look up {handle} ({name}). Check the network, or give the server address."
            ),
            handle=handle,
            name=type(exc).__name__,
        ) from None
    if not data or not data.pds:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Bluesky does not know the handle {handle}. Check its spelling, or give the server address."
            ),
            handle=handle,
        )
    return str(data.pds)


class BlueskySignIn:
    """One sign-in: find the PDS, create the session, verify, store."""

    def __init__(
        self,
        service: AccountService,
        *,
        chat_service: str | None = None,
        chat_proxy: str | None = CHAT_PROXY,
    ) -> None:
        self.service = service
        self.chat_service = chat_service
        self.chat_proxy = chat_proxy

    @classmethod
    def again(cls, service: AccountService, account: Account) -> BlueskySignIn:
        """Signing in again: keep the account's chat service and proxy."""
        extra = account.extra
        proxy = (extra["chat_proxy"] or None) if "chat_proxy" in extra else CHAT_PROXY
        return cls(service, chat_service=extra.get("chat_service") or None, chat_proxy=proxy)

    @staticmethod
    def server_of(account: Account) -> str:
        """The PDS the account lives on (pre-filled when signing in again)."""
        return account.extra.get("pds") or account.base_url

    async def sign_in(
        self, handle: str, app_password: str, *, server: str | None = None, history: str = "3m"
    ) -> Account:
        identifier = normalize_handle(handle)
        password = app_password.strip()
        if not password:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "No app password was given."))
        await self.service.keyring_ready()
        pds = normalize_base_url(server, what=term(QT_TRANSLATE_NOOP("Errors", "Bluesky server address"))) if server else await self._find_pds(identifier)
        credentials = await self._create_session(pds, identifier, password)
        session: dict[str, Any] = dict(credentials)

        async def keep(new: dict[str, Any]) -> None:
            session.update(new)  # add_verified stores the latest pair

        connector = BlueskyConnector(
            pds_url=session.get("pds") or pds,
            chat_url=self.chat_service,
            chat_proxy=self.chat_proxy,
            credentials=session,
            save_session=keep,
            transport=self.service.transport,
        )
        return await self.service.add_verified(
            platform=Platform.BLUESKY,
            base_url=connector.pds_url,
            connector=connector,
            credentials=session,
            history=history,
        )

    async def _find_pds(self, identifier: str) -> str:
        try:
            return await resolve_pds(identifier)
        except (BadInput, Offline):
            if identifier.endswith(".bsky.social"):
                return ENTRYWAY  # the entryway names the real PDS in its answer
            raise

    async def _create_session(self, pds: str, identifier: str, password: str) -> dict[str, Any]:
        xrpc = Xrpc(pds_url=pds, transport=self.service.transport)
        try:
            try:
                credentials = await xrpc.create_session(identifier, password)
            except NeedsSignIn:
                raise BadInput(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Bluesky did not accept this handle and app password for {identifier}. Check both; an app password looks like xxxx-xxxx-xxxx-xxxx.",
                    ),
                    identifier=identifier,
                ) from None
            except ConnectorError as exc:
                if "AuthFactorTokenRequired" in str(exc) or "e-mail code" in str(exc):
                    raise BadInput(
                        QT_TRANSLATE_NOOP("Errors", "This is the account password (it asks for an e-mail code). {help}"),
                        help=_HELP,
                    ) from None
                raise
            scope = jwt_claims(credentials["accessJwt"]).get("scope")
            if scope == "com.atproto.access" or (scope is None and not _APP_PASSWORD.match(password)):
                await self._end(xrpc)
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "That is the account's main password; for safety it is not used. {help}"), help=_HELP)
            if scope == "com.atproto.appPass":
                await self._end(xrpc)
                raise BadInput(NO_DM_ACCESS)
            return credentials
        finally:
            await xrpc.aclose()

    @staticmethod
    async def _end(xrpc: Xrpc) -> None:
        """Revoke a session we will not keep."""
        session = xrpc.session
        if session is None:
            return
        with contextlib.suppress(Exception):  # best effort: it expires by itself
            await xrpc.client.com.atproto.server.delete_session(
                headers={"Authorization": f"Bearer {session.refresh_jwt}"}, ignore_session_check=True
            )
