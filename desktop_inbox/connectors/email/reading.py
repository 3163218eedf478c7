"""Reading mail: fetching messages over IMAP (large ones by their structure
and text parts only) and turning each into a Post."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from imapclient import IMAPClient

from desktop_inbox.connectors.email import media as email_media
from desktop_inbox.connectors.email import parse as mailparse
from desktop_inbox.connectors.email import thread as mailthread
from desktop_inbox.connectors.email.parse import ParsedMail
from desktop_inbox.records import Attachment, Direction, Kind, Person, Platform, Post, Skipped

WHOLE_LIMIT = 512 * 1024  # larger messages: structure and text parts only
FETCH_CHUNK = 20


@dataclass(slots=True)
class Fetched:
    folder: str
    uid: int
    internaldate: datetime | None
    mail: ParsedMail | None
    error: str = ""


def _aware(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def person(address: mailparse.Address) -> Person:
    key = address.key
    return Person(platform=Platform.EMAIL, key=key, remote_id=key, handle=key, name=address.name, url=f"mailto:{key}")


def fetch_uids(c: IMAPClient, folder: str, uids: list[int]) -> list[Fetched]:
    """Fetch and parse messages of the selected folder."""
    out: list[Fetched] = []
    if not uids:
        return out
    meta = c.fetch(uids, ["RFC822.SIZE", "INTERNALDATE", "BODYSTRUCTURE"])
    whole = [u for u in uids if u in meta and (meta[u].get(b"RFC822.SIZE") or 0) <= WHOLE_LIMIT]
    large = [u for u in uids if u in meta and u not in whole]
    for start in range(0, len(whole), FETCH_CHUNK):
        chunk = whole[start : start + FETCH_CHUNK]
        data = c.fetch(chunk, ["BODY.PEEK[]"])
        for uid in chunk:
            raw = data.get(uid, {}).get(b"BODY[]")
            out.append(_parse_whole(folder, uid, meta[uid], raw))
    for uid in large:
        out.append(_fetch_large(c, folder, uid, meta[uid]))
    return out

def _parse_whole(folder: str, uid: int, meta: dict[bytes, Any], raw: Any) -> Fetched:
    when = _aware(meta.get(b"INTERNALDATE"))
    if not isinstance(raw, bytes):
        return Fetched(folder, uid, when, None, "the server sent no message body")
    try:
        return Fetched(folder, uid, when, mailparse.parse_message(raw))
    except Exception as exc:
        return Fetched(folder, uid, when, None, f"unreadable message ({type(exc).__name__})")

def _fetch_large(c: IMAPClient, folder: str, uid: int, meta: dict[bytes, Any]) -> Fetched:
    """A large message: headers, structure and the text parts only."""
    when = _aware(meta.get(b"INTERNALDATE"))
    structure = meta.get(b"BODYSTRUCTURE")
    leaves = mailparse.leaves_from_bodystructure(structure) if structure is not None else []
    if not structure or not getattr(structure, "is_multipart", False):
        raw = c.fetch([uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]")
        return _parse_whole(folder, uid, meta, raw)
    sections = mailparse.text_sections(leaves)
    items = ["BODY.PEEK[HEADER]"] + [f"BODY.PEEK[{s}.MIME]" for s in sections] + [f"BODY.PEEK[{s}]" for s in sections]
    data = c.fetch([uid], items).get(uid, {})
    header = data.get(b"BODY[HEADER]")
    if not isinstance(header, bytes):
        return Fetched(folder, uid, when, None, "the server sent no headers")
    try:
        msg = mailparse.parse_bytes(header)
        for leaf in leaves:
            if leaf.section in sections:
                mime = data.get(f"BODY[{leaf.section}.MIME]".encode()) or b""
                body = data.get(f"BODY[{leaf.section}]".encode()) or b""
                leaf.part = mailparse.parse_bytes(bytes(mime) + bytes(body))
        fallback = mailparse.synthetic_message_id(msg, header)
        return Fetched(folder, uid, when, mailparse.assemble(msg, leaves, fallback_id=fallback))
    except Exception as exc:
        return Fetched(folder, uid, when, None, f"unreadable message ({type(exc).__name__})")

def to_post(item: Fetched, my_addresses: set[str]) -> Post | Skipped | None:
    """A fetched message as a Post; None when it involves no customer (or
    Skipped, saying why, when it cannot be read)."""
    mail = item.mail
    if mail is None:
        return Skipped(item.error or "unreadable message", f"{item.folder}:{item.uid}")
    if mail.sender is None:
        return Skipped("a message without a sender", mail.message_id)
    author = person(mail.sender)
    if author.key in my_addresses:
        direction = Direction.OUT
        others = [a for a in [*mail.to, *mail.cc] if a.key not in my_addresses]
        if not others:
            return None  # a note to ourselves
        customer = person(others[0])
    else:
        direction = Direction.IN
        customer = author
    created = mail.date or item.internaldate or datetime.now(UTC)
    if item.internaldate and created > item.internaldate + timedelta(days=1):
        created = item.internaldate  # a sender's clock far in the future
    parent = mailthread.parent_of(mail.in_reply_to, mail.references)
    text = mail.text
    subject = mail.subject.strip()
    if parent is None and subject:
        text = f"[{subject}]\n{text}" if text else f"[{subject}]"
    # What a reply needs: the References it must carry on (RFC 5322
    # §3.6.4: the parent's References, or its In-Reply-To, plus itself).
    refs = mailparse.trim_references(mailthread.ancestors(mail.in_reply_to, mail.references))
    extra = {"subject": subject[:500], "references": " ".join(refs)}
    if direction == Direction.IN and mail.reply_to and mail.reply_to[0].key != author.key:
        extra["reply_to"] = mail.reply_to[0].address
    if mail.attachments:
        extra["parts"] = ",".join(a.section for a in mail.attachments)
    return Post(
        remote_id=mail.message_id,
        author=author,
        text=text,
        html=mail.html,
        created_at=created,
        kind=Kind.DIRECT,
        direction=direction,
        customer=customer,
        visibility="direct",
        in_reply_to=parent,
        thread_root=mailthread.root_of(mail.references),
        attachments=tuple(
            Attachment(
                kind=a.content_type.partition("/")[0] if a.content_type.startswith(("image/", "video/", "audio/")) else "file",
                name=a.name,
                description=f"{a.content_type}, {mailparse.human_size(a.size)}",
                source=email_media.source_of(a.section, a.content_type),
                content_type=a.content_type[:100],
                size=a.size,
            )
            for a in mail.attachments
        ),
        extra=extra,
    )
