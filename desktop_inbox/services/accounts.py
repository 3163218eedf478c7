"""Adding, signing in again and removing accounts.

The order matters for safety: the keyring is checked first (no secure store,
no sign-in), the credentials are verified with the platform, the secret is
saved, and only then the account row is written; if that fails the secret is
removed again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop_inbox.connectors.base import Connector
from desktop_inbox.errors import BadInput
from desktop_inbox.records import AccountInfo, AccountState, Platform
from desktop_inbox.secrets import Secrets, off_thread
from desktop_inbox.services.events import Hook
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import httpx

log = logging.getLogger("desktop_inbox.services")

HISTORY_CHOICES = {
    "3m": timedelta(days=92),
    "1y": timedelta(days=366),
    "all": None,
}


def history_since(choice: str, *, now: datetime | None = None) -> datetime | None:
    if choice not in HISTORY_CHOICES:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "History depth is one of {join}, not {choice!r}."),
            join=", ".join(HISTORY_CHOICES),
            choice=choice,
        )
    delta = HISTORY_CHOICES[choice]
    return None if delta is None else (now or datetime.now(UTC)) - delta


@dataclass(slots=True)
class RemovedAccount:
    account: Account
    conversations: int
    messages: int


class AccountService:
    """Accounts: add, sign in again, remove. What follows for the sync is
    wired by the composition root to these hooks (``services.root``)."""

    def __init__(self, cache: Cache, secrets: Secrets, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.cache = cache
        self.secrets = secrets
        self.transport = transport
        self.added: Hook[Account] = Hook("account added")
        self.signed_in_again: Hook[Account] = Hook("account signed in again")
        self.removed: Hook[Account] = Hook("account removed")

    async def list(self) -> list[Account]:
        return await self.cache.read(store_accounts.all_accounts)

    async def keyring_ready(self) -> None:
        """Raise KeyringUnavailable before the user types a password in vain."""
        await off_thread(self.secrets.check)

    async def add_verified(
        self,
        *,
        platform: Platform,
        base_url: str,
        connector: Connector,
        credentials: dict[str, Any],
        history: str = "3m",
    ) -> Account:
        """Verify ``connector``'s credentials and store the account."""
        await self.keyring_ready()
        since = history_since(history)
        try:
            info: AccountInfo = await connector.verify()
        finally:
            await connector.aclose()
        extra = dict(info.extra)
        extra.setdefault("self_key", info.me.key)
        # The server's picture limit as it says it now (signing in again: a
        # limit it no longer says is forgotten); the sync asks again later.
        extra = store_accounts.with_limits(extra, info.picture_limit, checked_at=datetime.now(UTC))
        info = replace(info, extra=extra)
        existing = await self.cache.read(store_accounts.find, platform, base_url, info.me.remote_id)
        if existing is not None:
            # Signing in again: new credentials for the same account.
            await off_thread(self.secrets.save, existing.secret_ref, credentials)
            await self.cache.write(store_accounts.update_info, existing.id, info)
            await self.cache.write(store_accounts.set_state, existing.id, AccountState.OK, "")
            account = await self.cache.read(store_accounts.get, existing.id)
            await self.signed_in_again.emit_async(account)
            return account
        ref = store_accounts.new_secret_ref(platform)
        await off_thread(self.secrets.save, ref, credentials)
        try:
            account = await self.cache.write(
                store_accounts.create,
                platform=platform,
                base_url=base_url,
                info=info,
                secret_ref=ref,
                history_since=since,
            )
        except BaseException:
            await off_thread(self.secrets.delete, ref)
            raise
        await self.added.emit_async(account)
        return account

    async def add_mastodon_token(self, instance: str, token: str, *, history: str = "3m") -> Account:
        token = token.strip()
        if not token:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "No access token was given."))
        # The connectors (and httpx) are imported when first needed, after the window shows.
        from desktop_inbox.connectors.mastodon.connector import MastodonConnector

        connector = MastodonConnector(base_url=instance, token=token, transport=self.transport)
        return await self.add_verified(
            platform=Platform.MASTODON,
            base_url=connector.base_url,
            connector=connector,
            credentials={"token": token},
            history=history,
        )

    async def remove(self, account_id: int) -> RemovedAccount:
        """The account, its cached history and its sign-in go (nothing on the platform)."""
        counts = await self.cache.read(store_accounts.history_counts, account_id)
        account = await self.cache.write(store_accounts.remove, account_id)
        await off_thread(self.secrets.delete, account.secret_ref)
        await self.removed.emit_async(account)
        return RemovedAccount(account, *counts)

    async def get(self, account_id: int) -> Account:
        return await self.cache.read(store_accounts.get, account_id)

    async def set_signature(self, account_id: int, signature: str) -> None:
        await self.cache.write(store_accounts.set_signature, account_id, signature.strip())

    async def history_counts(self, account_id: int) -> tuple[int, int]:
        return await self.cache.read(store_accounts.history_counts, account_id)
