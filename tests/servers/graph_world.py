"""The state behind the local Graph API server: businesses, customers,
conversations, media, comments and tokens, with the helpers tests use to
set a scene, and the rendering of objects with Graph's ``fields`` selection.

Shapes follow ``graph_shapes.json`` (each with its Meta page)."""

from __future__ import annotations

import base64
import itertools
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

INSTAGRAM = "instagram"
MESSENGER = "messenger"


def graph_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


@dataclass
class Business:
    """An Instagram professional account or a Facebook Page."""

    id: str
    platform: str
    name: str  # Instagram username, or the Page's name
    app_scoped_id: str = ""


@dataclass
class Customer:
    id: str  # IGSID or PSID
    platform: str
    name: str  # Instagram username, or the person's name on Facebook
    has_role: bool = False  # admin/developer/tester of the app
    blocked: bool = False  # blocked the business (551)


@dataclass
class Message:
    id: str
    conversation_id: str
    sender_id: str
    recipient_id: str
    text: str
    created_at: datetime
    kind: str = "text"  # text, story_mention, story_reply, share, image, unsupported
    link: str = ""


@dataclass
class Conversation:
    id: str
    platform: str
    business_id: str
    customer_id: str
    messages: list[Message] = field(default_factory=list)

    @property
    def updated(self) -> datetime:
        return max(m.created_at for m in self.messages)

    def answered(self) -> bool:
        return any(m.sender_id == self.business_id for m in self.messages)


@dataclass
class Media:
    """An Instagram media of the business, or a post of the Page."""

    id: str
    platform: str
    business_id: str
    caption: str
    created_at: datetime
    permalink: str


@dataclass
class Comment:
    id: str
    media_id: str
    parent_id: str | None  # the top-level comment of a reply
    author_id: str
    author_name: str
    text: str
    created_at: datetime
    hidden: bool = False


@dataclass
class Tagged:
    id: str
    business_id: str
    owner_username: str
    caption: str
    created_at: datetime


@dataclass
class Token:
    kind: str  # "instagram" (Instagram user token) or "page"
    subject: str  # the business id
    issued_at: datetime
    expires_at: datetime | None


class GraphWorld:
    def __init__(self, clock: Callable[[], datetime]) -> None:
        self.clock = clock
        self.businesses: dict[str, Business] = {}
        self.customers: dict[str, Customer] = {}
        self.conversations: dict[str, Conversation] = {}
        self.media: dict[str, Media] = {}
        self.comments: dict[str, Comment] = {}
        self.tagged: list[Tagged] = []
        self.tokens: dict[str, Token] = {}
        self._seq = itertools.count(1)

    def _number(self, base: int) -> str:
        return str(base + 7919 * next(self._seq))

    # -- setting a scene ----------------------------------------------------------------

    def add_business(self, platform: str, name: str) -> Business:
        base = 17841400000000000 if platform == INSTAGRAM else 100000000000000
        business = Business(self._number(base), platform, name, self._number(9000000000000000))
        self.businesses[business.id] = business
        return business

    def add_customer(self, platform: str, name: str, *, has_role: bool = False) -> Customer:
        customer = Customer(self._number(6000000000000000 if platform == INSTAGRAM else 7000000000000000), platform,
                            name, has_role=has_role)
        self.customers[customer.id] = customer
        return customer

    def conversation(self, business: Business, customer: Customer) -> Conversation:
        for conv in self.conversations.values():
            if conv.business_id == business.id and conv.customer_id == customer.id:
                return conv
        raw = f"{business.platform}:{business.id}:{customer.id}".encode()
        prefix = "aWdfZAG06" if business.platform == INSTAGRAM else "t_"
        conv = Conversation(prefix + base64.urlsafe_b64encode(raw).decode().rstrip("="), business.platform,
                            business.id, customer.id)
        self.conversations[conv.id] = conv
        return conv

    def message(self, sender: Business | Customer, recipient: Business | Customer, text: str, *,
                at: datetime | None = None, kind: str = "text", link: str = "") -> Message:
        business, customer = (sender, recipient) if isinstance(sender, Business) else (recipient, sender)
        assert isinstance(business, Business) and isinstance(customer, Customer)
        conv = self.conversation(business, customer)
        prefix = "aWdfZAG1faXRlbToxOklHTWVzc2FnZA" if business.platform == INSTAGRAM else "m_"
        msg = Message(prefix + secrets.token_urlsafe(18), conv.id, sender.id, recipient.id, text,
                      at or self.clock(), kind, link)
        conv.messages.append(msg)
        conv.messages.sort(key=lambda m: m.created_at)
        return msg

    def add_media(self, business: Business, caption: str, *, at: datetime | None = None) -> Media:
        if business.platform == INSTAGRAM:
            media_id = self._number(18000000000000000)
            link = f"https://www.instagram.com/p/{media_id}/"
        else:
            media_id = f"{business.id}_{self._number(500000000000000)}"
            link = f"https://www.facebook.com/{media_id}"
        media = Media(media_id, business.platform, business.id, caption, at or self.clock(), link)
        self.media[media.id] = media
        return media

    def add_comment(self, media: Media, author: Business | Customer, text: str, *, parent: Comment | None = None,
                    at: datetime | None = None) -> Comment:
        if media.platform == INSTAGRAM:
            comment_id = self._number(17900000000000000)
        else:
            comment_id = f"{media.id.split('_')[-1]}_{self._number(800000000000000)}"
        top = (parent.parent_id or parent.id) if parent is not None else None
        comment = Comment(comment_id, media.id, top, author.id, author.name, text, at or self.clock())
        self.comments[comment.id] = comment
        return comment

    def tag(self, business: Business, owner_username: str, caption: str, *, at: datetime | None = None) -> Tagged:
        tagged = Tagged(self._number(18100000000000000), business.id, owner_username, caption, at or self.clock())
        self.tagged.append(tagged)
        return tagged

    def issue_token(self, business: Business, *, age: timedelta = timedelta(0),
                    ttl: timedelta | None = timedelta(days=60)) -> str:
        value = ("IGAA" if business.platform == INSTAGRAM else "EAAG") + secrets.token_urlsafe(40)
        issued = self.clock() - age
        self.tokens[value] = Token(INSTAGRAM if business.platform == INSTAGRAM else "page", business.id, issued,
                                   issued + ttl if ttl is not None else None)
        return value

    # -- rendering --------------------------------------------------------------------

    def person(self, object_id: str) -> dict[str, Any]:
        if object_id in self.businesses:
            b = self.businesses[object_id]
            return {"username": b.name, "id": b.id} if b.platform == INSTAGRAM else {"name": b.name, "id": b.id}
        c = self.customers[object_id]
        if c.platform == INSTAGRAM:
            return {"username": c.name, "id": c.id}
        return {"name": c.name, "email": f"{c.id}@facebook.com", "id": c.id}

    def render_message(self, msg: Message, fields: set[str]) -> dict[str, Any]:
        out: dict[str, Any] = {"id": msg.id}
        if "created_time" in fields:
            out["created_time"] = graph_time(msg.created_at)
        if "from" in fields:
            out["from"] = self.person(msg.sender_id)
        if "to" in fields:
            out["to"] = {"data": [self.person(msg.recipient_id)]}
        if "message" in fields and msg.text:
            out["message"] = msg.text
        if msg.kind in ("story_mention", "story_reply") and "story" in fields:
            key = "mention" if msg.kind == "story_mention" else "reply_to"
            out["story"] = {key: {"link": msg.link, "id": self._number(18200000000000000)}}
        if msg.kind == "share" and "shares" in fields:
            out["shares"] = {"data": [{"link": msg.link}]}
        if msg.kind == "image" and "attachments" in fields:
            out["attachments"] = {"data": [{"id": self._number(1), "mime_type": "image/jpeg", "name": "photo.jpg",
                                            "image_data": {"url": msg.link, "preview_url": msg.link}}]}
        if msg.kind == "unsupported" and "is_unsupported" in fields:
            out["is_unsupported"] = True
        return out

    def render_comment(self, comment: Comment, fields: dict[str, Any], platform: str) -> dict[str, Any]:
        out: dict[str, Any] = {"id": comment.id}
        author = {"id": comment.author_id, ("username" if platform == INSTAGRAM else "name"): comment.author_name}
        text_key = "text" if platform == INSTAGRAM else "message"
        values = {
            text_key: comment.text,
            "timestamp" if platform == INSTAGRAM else "created_time": graph_time(comment.created_at),
            "from": author,
            "username": comment.author_name,
        }
        for name, value in values.items():
            if name in fields and (name != "username" or platform == INSTAGRAM):
                out[name] = value
        if comment.parent_id and "parent_id" in fields and platform == INSTAGRAM:
            out["parent_id"] = comment.parent_id
        if comment.parent_id and "parent" in fields and platform == MESSENGER:
            out["parent"] = {"id": comment.parent_id}
        return out

    def replies_of(self, comment_id: str) -> list[Comment]:
        return sorted((c for c in self.comments.values() if c.parent_id == comment_id), key=lambda c: c.created_at)


def parse_fields(text: str | None) -> dict[str, Any]:
    """``id,from,replies{id,text},comments.limit(0).summary(total_count)`` as
    {name: subfields} (modifiers after a dot are kept under ``.mods``)."""
    result: dict[str, Any] = {}
    if not text:
        return result
    depth, start = 0, 0
    parts = []
    for i, ch in enumerate(text):
        if ch in "{(":
            depth += 1
        elif ch in "})":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    for part in (p.strip() for p in parts):
        if not part:
            continue
        sub: dict[str, Any] = {}
        if "{" in part and part.endswith("}"):
            part, inner = part.split("{", 1)
            sub = parse_fields(inner[:-1])
        name, _, mods = part.partition(".")
        if mods:
            sub[".mods"] = mods
        result[name] = sub
    return result
