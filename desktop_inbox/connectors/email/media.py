"""E-mail media: a customer's pictures, videos and sounds are parts of the
message, fetched by their IMAP section (``part:<section>``); a reply's
pictures are attached to the message itself, each with its alt text as the
part's Content-Description."""

from __future__ import annotations

import asyncio
from email.message import EmailMessage
from pathlib import Path

from desktop_inbox.connectors.base import FetchedMedia, FetchesAttachments, MediaSource
from desktop_inbox.errors import Rejected
from desktop_inbox.records import OutgoingMedia
from desktop_inbox.words import QT_TRANSLATE_NOOP

PART = "part:"


def source_of(section: str, content_type: str) -> str:
    """Keep media parts only (pictures, videos, sounds); other files stay on request."""
    return PART + section if content_type.startswith(("image/", "video/", "audio/")) else ""


async def fetch(connector: FetchesAttachments, item: MediaSource) -> FetchedMedia:
    if not item.source.startswith(PART):
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "This attachment names no part of the message."))
    _, content_type, data = await connector.fetch_attachment(item.message_remote_id, item.source[len(PART) :])
    if len(data) > item.max_bytes:
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "The file is too big to keep."))
    return FetchedMedia(data, content_type)


async def attach(msg: EmailMessage, media: tuple[OutgoingMedia, ...]) -> None:
    for n, picture in enumerate(media, start=1):
        data = await asyncio.to_thread(Path(picture.path).read_bytes)
        maintype, _, subtype = picture.content_type.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=f"picture-{n}{Path(picture.path).suffix}")
        part = list(msg.iter_attachments())[-1]
        part["Content-Description"] = " ".join(picture.alt.split())[:900]
