"""What a sync, a reply or a listening term carries: posts and the people
in them, pages of a stream, queued replies, an account's facts.

Part of ``records`` (imported from there: ``from desktop_inbox.records import
Post``); a module of its own so that the window's start does not create
these classes before it answers its first key (bench/, 3).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_inbox.records import NO_NOTE, Direction, Kind, Platform
from desktop_inbox.words import Phrase


@dataclass(frozen=True, slots=True)
class Person:
    """Someone on a platform: a customer, or the account itself.

    ``key`` identifies the person across our accounts on the platform (for
    Mastodon the actor URI, since numeric ids differ from server to server);
    ``remote_id`` is the id the API of *this* account uses for them.
    """

    platform: Platform
    key: str
    remote_id: str
    handle: str
    name: str = ""
    url: str | None = None
    avatar_url: str | None = None
    # Web pages and e-mail addresses the profile lists: they link one person's
    # identities across platforms (merge suggestions).
    links: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.name or self.handle


# Attachments whose file the sync keeps for offline reading (``store.media``).
MEDIA_KINDS = frozenset({"image", "gifv", "video", "audio"})


@dataclass(frozen=True, slots=True)
class Attachment:
    kind: str  # image, gifv, video, audio, file, link, ...
    url: str | None = None  # where a person opens it (a web page or the file)
    description: str = ""  # the alt text the customer gave
    name: str = ""
    # What the connector fetches the file by, from the platform's own media
    # host: a URL the API named, or a handle of its own (an e-mail part, a
    # Bluesky blob); "" when there is no file to keep (a link, a quote).
    source: str = ""
    preview: str = ""  # a still picture of a video (its poster frame), same kind of handle
    content_type: str = ""
    size: int | None = None

    @property
    def keepable(self) -> bool:
        return self.kind in MEDIA_KINDS and bool(self.source)


@dataclass(frozen=True, slots=True)
class Post:
    """One message as the platform holds it, normalised.

    ``thread_root`` is the remote id of the first post of a public thread when
    the connector knows it (None: the sync engine works it out from
    ``in_reply_to``). ``customer`` is the person this message is *with*: the
    author for an incoming message, the addressee for one of ours.
    """

    remote_id: str
    author: Person
    text: str
    created_at: datetime
    kind: Kind
    direction: Direction
    customer: Person | None
    visibility: str = "public"
    html: str = ""
    in_reply_to: str | None = None
    thread_root: str | None = None
    url: str | None = None
    edited_at: datetime | None = None
    attachments: tuple[Attachment, ...] = ()
    # Platform-specific bits a reply needs later (e.g. Bluesky's cid, email
    # Message-ID/References), kept as a small JSON-able dict.
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def rooted(self, root: str) -> Post:
        """This post in the thread of ``root`` (``dataclasses.replace``
        without its per-field work: a sync does this for every post it
        stores; tests/sync/test_threads.py keeps the fields in step)."""
        return Post(
            self.remote_id, self.author, self.text, self.created_at, self.kind, self.direction, self.customer,
            self.visibility, self.html, self.in_reply_to, root, self.url, self.edited_at, self.attachments, self.extra,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record the connector could not parse; reported, never fatal."""

    reason: str
    remote_id: str | None = None


@dataclass(slots=True)
class Page:
    """One page of a stream: records, what was skipped, and where to go next.

    ``cursor`` is the value to store for the stream once this page is saved;
    ``exhausted`` says there is nothing more to fetch in this direction now.
    """

    posts: list[Post]
    cursor: str | None
    exhausted: bool
    skipped: list[Skipped] = field(default_factory=list)
    # True when the page ends at a platform limit rather than at the real
    # beginning of history (X keeps only the newest 800 mentions).
    history_limit_reached: bool = False
    # What the user should know about a listening stream that worked (a
    # server that may not search words at all); "" when there is nothing.
    note: str | Phrase = ""

    def cut_at(self, since: datetime | None) -> Page:
        """Stop a history stream at the date the user chose."""
        if since is None or not self.posts:
            return self
        kept = [p for p in self.posts if p.created_at >= since]
        if len(kept) < len(self.posts):
            self.posts = kept
            self.exhausted = True
        return self


@dataclass(frozen=True, slots=True)
class OutgoingReply:
    """A queued reply as the connector needs it to send or to find it again."""

    key: str  # idempotency key, chosen when the reply was queued
    text: str
    kind: Kind
    visibility: str
    in_reply_to: str | None  # remote id of the message we answer
    customer: Person
    queued_at: datetime
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    media: tuple[OutgoingMedia, ...] = ()


@dataclass(frozen=True, slots=True)
class OutgoingMedia:
    """A picture a reply carries: a checked file in the data folder, its alt
    text, and what the platform gave back once it was uploaded (``upload``,
    None before; kept in the outbox so that a retry never uploads twice)."""

    path: str
    alt: str
    content_type: str
    size: int
    width: int
    height: int
    upload: dict[str, Any] | None = field(default=None, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """What a connector learns when it verifies its credentials."""

    me: Person
    char_limit: int
    url_length: int = 23
    # Anything else the account needs to remember (not secret): e.g. the
    # user id X needs in its URLs, the PDS a Bluesky handle lives on.
    extra: dict[str, str] = field(default_factory=dict)
    # The largest picture the account's server takes (bytes), where it says
    # one (a Mastodon instance); kept in ``extra`` under ``PICTURE_LIMIT``.
    picture_limit: int | None = None


@dataclass(frozen=True, slots=True)
class ReplyFacts:
    """What a platform's reply rule needs to know when a reply is queued.

    Read from the cache (``store.reply_facts``) and judged by the platform
    (its descriptor's ``reply_rule``): Meta, for one, lets a business
    answer a direct message only within 24 hours of the customer's last one.
    """

    platform: str
    conversation_kind: Kind
    direct: bool  # the reply goes out as a private message
    last_inbound_at: datetime | None  # the customer's newest message in the conversation
    answering_at: datetime | None  # the message the reply answers
    answering_extra: dict[str, str] = field(default_factory=dict)
    # Private replies already queued or sent to that very message.
    earlier_private_replies: int = 0
    account_extra: dict[str, str] = field(default_factory=dict)


class TermKind(enum.StrEnum):
    """What a listening term is (``text.listening.parse_term``)."""

    WORD = "word"
    PHRASE = "phrase"
    HASHTAG = "hashtag"


@dataclass(frozen=True, slots=True)
class ListeningTerm:
    """Something an account listens for: a word, a phrase or a #hashtag.

    ``text`` is what is searched for (a hashtag without its ``#``); ``lang``
    an ISO 639-1 code or ""; ``note`` why it cannot be heard now, in words
    (a server without full-text search, a plan without X's search), or
    what to know about it (empty); ``refused`` when the platform refuses to
    search for it for now (the note says why).
    """

    id: int
    account_id: int
    kind: TermKind
    text: str
    lang: str = ""
    note: Phrase = NO_NOTE  # str() in English
    checked_at: datetime | None = None
    created_at: datetime | None = None
    refused: bool = False

    @property
    def label(self) -> str:
        """The term as the user typed it: #tag, "a phrase", word."""
        if self.kind == TermKind.HASHTAG:
            return f"#{self.text}"
        if self.kind == TermKind.PHRASE:
            return f'"{self.text}"'
        return self.text

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "term": self.label,
            "kind": self.kind,
            "text": self.text,
            "account": self.account_id,
            "lang": self.lang or None,
            "note": str(self.note) or None,
            "checked_at": self.checked_at.isoformat().replace("+00:00", "Z") if self.checked_at else None,
        }
