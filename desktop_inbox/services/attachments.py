"""Fetching an e-mail attachment when the user asks for it.

Attachments are listed when mail is synced but never downloaded with it; this
fetches one from the server (by the message's Message-ID and the part's IMAP
section), with the account's own connector between its sync cycles, and
saves it under a safe name that never overwrites a file.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from desktop_inbox.connectors.base import Connector, FetchesAttachments
from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.services.sync import SyncService
from desktop_inbox.store.attachments import attachment_ref
from desktop_inbox.store.db import Cache
from desktop_inbox.words import QT_TRANSLATE_NOOP

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


class AttachmentService:
    def __init__(self, cache: Cache, sync: SyncService) -> None:
        self.cache = cache
        self.sync = sync

    async def fetch(self, message_id: int, index: int) -> tuple[str, str, bytes]:
        """(file name, content type, bytes) of the message's attachment ``index``."""
        ref = await self.cache.read(attachment_ref, message_id, index)
        sections = [s for s in ref.extra.get("parts", "").split(",") if s]
        if index >= len(sections):
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "This attachment cannot be fetched (it was listed by an older version).")
            )

        async def fetch(connector: Connector) -> tuple[str, str, bytes]:
            if not isinstance(connector, FetchesAttachments):
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "Only e-mail attachments are fetched on request."))
            return await connector.fetch_attachment(ref.remote_id, sections[index])

        return await self.sync.with_connector(ref.account_id, fetch)

    async def save(self, message_id: int, index: int, folder: Path) -> Path:
        """Fetch the attachment and save it in ``folder``; returns the new file."""
        name, _, data = await self.fetch(message_id, index)

        def write() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            target = free_path(folder, safe_name(Path(name).name))
            target.write_bytes(data)
            return target

        return await asyncio.to_thread(write)
