"""Reading Graph API messages as records (no I/O).

A message (``GET /<CONVERSATION_ID>/messages?fields=…``, the fields of
``graph-api/reference/message``): ``id``, ``created_time``
(``2022-07-12T19:11:07+0000``), ``from`` and ``to.data[]`` (Instagram:
``{username, id}``; Messenger: ``{name, email, id}``), ``message`` (text),
``attachments.data[]`` (``image_data.url``, ``video_data.url``, ``file_url``,
``mime_type``, ``name``), ``shares.data[]`` (``link``), Instagram's ``story``
(``mention`` or ``reply_to``, each ``{link, id}``) and ``is_unsupported``.
Story mentions and replies, shares and unsupported messages stay what they
are: an attachment or a plain note, never an empty message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from desktop_inbox.connectors.meta.graph import objects
from desktop_inbox.connectors.values import plausible_time
from desktop_inbox.errors import BadRecord
from desktop_inbox.records import Attachment, Direction, Kind, Person, Post
from desktop_inbox.words import QT_TRANSLATE_NOOP

PersonReader = Callable[[Mapping[str, Any]], Person]


def graph_time(value: Any) -> datetime:
    """Graph's ``2022-07-12T19:11:07+0000`` (or epoch seconds, as the
    conversation list's ``updated_time`` is described on one page)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return plausible_time(datetime.fromtimestamp(float(value), tz=UTC))
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            return plausible_time(datetime.fromtimestamp(int(text), tz=UTC))
        parsed = datetime.fromisoformat(text)  # (3.11 reads "Z" and "+0000")
        return plausible_time(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC))
    raise ValueError("time is missing")


def iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def graph_id(value: Any, what: str) -> str:
    """An id as Graph sends it: a short string without spaces or slashes (it
    goes into URL paths)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value or len(value) > 200 or any(c in value for c in " /?#&\\%"):
        raise ValueError(f"{what} is missing or malformed")
    return value


def _url(value: Any) -> str | None:
    return value if isinstance(value, str) and value.startswith(("https://", "http://")) else None


def attachments(message: Mapping[str, Any]) -> list[Attachment]:
    found: list[Attachment] = []
    block = message.get("attachments")
    for item in objects(block.get("data") if isinstance(block, Mapping) else None):
        raw_name, raw_mime = item.get("name"), item.get("mime_type")
        name = raw_name if isinstance(raw_name, str) else ""
        mime = raw_mime if isinstance(raw_mime, str) else ""
        for key, kind in (("image_data", "image"), ("video_data", "video")):
            data = item.get(key)
            if isinstance(data, Mapping):
                url = _url(data.get("url"))
                # (The CDN URL expires: the sync keeps the file at first sight.)
                preview = _url(data.get("preview_url")) if kind == "video" else None
                found.append(Attachment(kind, url, name=name, source=url or "", preview=preview or "", content_type=mime))
                break
        else:
            kind = mime.split("/")[0] if mime.split("/")[0] in ("image", "video", "audio") else "file"
            url = _url(item.get("file_url"))
            found.append(Attachment(kind, url, name=name, source=url or "", content_type=mime))
    shares = message.get("shares")
    for share in objects(shares.get("data") if isinstance(shares, Mapping) else None):
        # Meta gives only the media's URL for a shared post (conversations-api page).
        found.append(Attachment("share", _url(share.get("link")), name=str(share.get("name") or "shared post")))
    sticker = message.get("sticker")
    if _url(sticker):
        found.append(Attachment("sticker", sticker))
    story = message.get("story")
    if isinstance(story, Mapping):
        for key, label in (("mention", "story mention"), ("reply_to", "story replied to")):
            part = story.get(key)
            if isinstance(part, Mapping):
                found.append(Attachment("story", _url(part.get("link")), description=label))
    return found


def message_text(message: Mapping[str, Any], found: list[Attachment]) -> str:
    text = message.get("message")
    if isinstance(text, str) and text.strip():
        return text
    if message.get("is_unsupported") is True:
        return "[A message Meta does not pass on to apps (an unsupported type); open the app to see it.]"
    kinds = {a.kind for a in found}
    if "story" in kinds:
        story = next(a for a in found if a.kind == "story")
        return "[Mentioned you in their story]" if story.description == "story mention" else "[Replied to your story]"
    if "share" in kinds:
        return "[Shared a post]"
    if found:
        return f"[{found[0].kind.capitalize()}]"
    return "[No text]"


def parse_message(
    message: Mapping[str, Any], *, me: Person, conversation_id: str, person: PersonReader
) -> Post:
    """One direct message; ``person`` turns a ``from``/``to`` entry into a Person."""
    raw_id = message.get("id")
    try:
        message_id = graph_id(raw_id, "message id")
        created = graph_time(message.get("created_time"))
        sender = message.get("from")
        if not isinstance(sender, Mapping):
            raise TypeError("the sender is missing")
        author = person(sender)
        outbound = author.remote_id == me.remote_id
        if outbound:
            to = message.get("to")
            recipients = objects(to.get("data") if isinstance(to, Mapping) else None)
            others = [person(r) for r in recipients if r.get("id") != me.remote_id]
            if not others:
                raise ValueError("our message names no recipient")
            customer, author = others[0], me
        else:
            customer = author
    except (ValueError, TypeError) as exc:
        raise BadRecord(
            QT_TRANSLATE_NOOP("Errors", "unreadable message: {exc}"),
            exc=exc,
            remote_id=raw_id if isinstance(raw_id, str) else None,
        ) from None
    found = attachments(message)
    return Post(
        remote_id=message_id,
        author=author,
        text=message_text(message, found),
        created_at=created,
        kind=Kind.DIRECT,
        direction=Direction.OUT if outbound else Direction.IN,
        customer=customer,
        visibility="direct",
        thread_root=f"dm:{conversation_id}",
        attachments=tuple(found),
        extra={"conversation": conversation_id, "at": iso(created)},
    )


def same_text(a: str, b: str) -> bool:
    """Equal as Meta may hand a text back (whitespace folded)."""
    return " ".join(a.split()) == " ".join(b.split())
