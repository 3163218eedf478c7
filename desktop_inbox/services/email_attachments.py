"""Fetching an e-mail attachment when the user asks for it.

Attachments are listed when mail is synced but never downloaded with it; this
fetches one from the server (by the message's Message-ID and the part's IMAP
section) and saves it under a safe name that never overwrites a file.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from desktop_inbox.connectors.email.connector import EmailConnector, build
from desktop_inbox.connectors.registry import ConnectorSettings
from desktop_inbox.errors import BadInput, NeedsSignIn, NotFound
from desktop_inbox.records import Person, Platform
from desktop_inbox.secrets import Secrets, off_thread
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store.attachments import attachment_ref
from desktop_inbox.store.db import Cache

KEYRING_TIMEOUT = 10.0
_UNSAFE = re.compile(r'[\x00-\x1f/\\:*?"<>|]+')


def safe_name(name: str) -> str:
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "attachment"
    return cleaned[:180]


def free_path(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = target.stem, target.suffix
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem} ({n}){suffix}"
    return target


class EmailAttachments:
    def __init__(self, cache: Cache, secrets: Secrets) -> None:
        self.cache = cache
        self.secrets = secrets

    async def fetch(self, message_id: int, index: int) -> tuple[str, str, bytes]:
        """(file name, content type, bytes) of the message's attachment ``index``."""
        ref = await self.cache.read(attachment_ref, message_id, index)
        sections = [s for s in ref.extra.get("parts", "").split(",") if s]
        if index >= len(sections):
            raise NotFound("This attachment cannot be fetched (it was listed by an older version).")
        account = await self.cache.read(store_accounts.get, ref.account_id)
        if account.platform != Platform.EMAIL:
            raise BadInput("Only e-mail attachments are fetched on request.")
        credentials = await asyncio.wait_for(off_thread(self.secrets.load, account.secret_ref), KEYRING_TIMEOUT)
        if not credentials:
            raise NeedsSignIn(f"The sign-in for {account.handle} is not in the keyring. Please sign in again.")

        async def no_save(_: dict[str, object]) -> None:
            return None

        me = Person(Platform.EMAIL, account.remote_id, account.remote_id, account.handle, account.display_name)
        connector: EmailConnector = build(
            ConnectorSettings(
                platform=account.platform, base_url=account.base_url, me=me, credentials=credentials,
                save_credentials=no_save, extra=dict(account.extra),
            )
        )  # fmt: skip
        try:
            return await connector.fetch_attachment(ref.remote_id, sections[index])
        finally:
            await connector.aclose()

    async def save(self, message_id: int, index: int, folder: Path) -> Path:
        """Fetch the attachment and save it in ``folder``; returns the new file."""
        name, _, data = await self.fetch(message_id, index)
        folder.mkdir(parents=True, exist_ok=True)
        target = free_path(folder, safe_name(Path(name).name))
        await asyncio.to_thread(target.write_bytes, data)
        return target
