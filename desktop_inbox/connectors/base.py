"""The connector protocol every platform implements.

A connector speaks one platform's API for one signed-in account. It turns
pages of the API into normalised records (``desktop_inbox.records``) and the
next cursor; it knows nothing of the store, and the sync engine knows nothing
of HTTP. Shaped for all the platforms the design names:

* several *streams* per account (mentions, direct messages, ...), each with
  its own opaque cursor, pulled either forward ("new": everything after the
  cursor, until caught up) or backward ("history": older pages, until the
  beginning or the date the user chose);
* threads fetched on demand when a reply arrives whose parent we do not know;
* sending with an idempotency key chosen before the first attempt, and
  ``find_sent`` to recognise a reply whose response was lost; where not
  finding it proves nothing (``resend_is_safe`` False: SMTP), the user
  decides whether to send again;
* rate limits surfaced as ``RateLimited(retry_at)``, and ``next_poll`` for
  platforms whose budget is so small that the scheduler must plan (X DMs);
* a part of an account served by another service (Bluesky's chat) failing on
  its own: ``StreamUnavailable``, and the rest of the account still syncs;
* listening (``Listening``, optional): posts that name the business without
  @, searched for by term, on a budget that leaves the inbox its share.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, Protocol, runtime_checkable

from desktop_inbox.errors import ConnectorError
from desktop_inbox.records import AccountInfo, ListeningTerm, OutgoingMedia, OutgoingReply, Page, Platform, Post


class Direction(enum.StrEnum):
    NEW = "new"
    HISTORY = "history"


@dataclass(frozen=True, slots=True)
class StreamSpec:
    name: str
    direction: Direction
    # Fastest the scheduler may poll this stream, in seconds.
    min_interval: float = 0.0
    # The part of the account this stream serves ("" for the account itself).
    part: str = ""


class StreamUnavailable(ConnectorError):
    """A part of the account cannot be reached now (Bluesky's chat service
    is down) while the rest can: the sync goes on without this stream, says
    why, and tries it again next time."""

    def __init__(self, message: str, *, part: str) -> None:
        super().__init__(message)
        self.part = part


# Called with updated credentials (e.g. a rotated refresh token) that must be
# saved in the keyring *before* they are used.
CredentialSaver = Callable[[dict[str, Any]], Awaitable[None]]


class Connector(Protocol):
    # (Read-only: a connector's own may be narrower, e.g. a tuple of five.)
    @property
    def platform(self) -> Platform: ...

    @property
    def streams(self) -> tuple[StreamSpec, ...]: ...

    # True when a reply whose outcome is unknown may be sent again once
    # ``find_sent`` found nothing: an idempotency key, a record key, or a
    # lookup that sees every post makes a second copy impossible. False
    # where nothing can prove a reply did not go out (SMTP): the engine then
    # never sends it again by itself.
    @property
    def resend_is_safe(self) -> bool: ...

    async def verify(self) -> AccountInfo:
        """Check the credentials; who we are and the platform's limits."""
        ...

    async def fetch(self, stream: str, cursor: str | None, *, since: datetime | None) -> Page:
        """One page of ``stream`` after (new) or before (history) ``cursor``."""
        ...

    async def fetch_thread(self, post: Post) -> list[Post]:
        """The earlier and later messages of ``post``'s thread that belong to
        its conversation (the customer's and ours), with ``thread_root`` set."""
        ...

    def prepare_send(self, reply: OutgoingReply) -> dict[str, str]:
        """Choose, before the first attempt, what identifies this reply on the
        platform (a Bluesky record key, an e-mail Message-ID). The engine saves
        it with the outbox item and passes it back in ``reply.extra`` on every
        attempt, so a retry after a crash is recognisable. ``reply.extra``
        also carries the ``extra`` of the message being answered."""
        ...

    async def send(self, reply: OutgoingReply) -> Post:
        """Post the reply; the same ``reply.key`` must never post twice."""
        ...

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        """Look for an earlier attempt of ``reply`` that reached the platform."""
        ...

    def next_poll(self, stream: str) -> datetime | None:
        """The earliest time ``stream`` should be polled again, or None."""
        ...

    async def aclose(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Answer:
    """A page as the server answered it, before its records are read.

    ``next_cursor``: where the stream goes on, when the answer says so
    without being read (Mastodon's Link header) and the page will not end
    the stream; the page read then has exactly this cursor. None: only the
    page read tells (then nothing is asked for ahead of it). ``discard``:
    lets go of an answer that will not be read (its body may still be on
    its way, holding a connection)."""

    next_cursor: str | None
    read: Callable[[], Awaitable[Page]]
    discard: Callable[[], None] = lambda: None


@runtime_checkable
class ReadsAhead(Connector, Protocol):
    """A connector that can hand out a page's answer before reading it.

    Optional, checked with ``isinstance``: the engine's reader
    (``sync.prefetch``) then asks for the next page as soon as an answer
    names it, while the one before is decoded and parsed. Pages are asked
    for in order, each once the answer before named it; Mastodon's answer
    is handed out once its headers are in (the Link header), its body still
    coming, so the server starts on the next page meanwhile.
    """

    async def fetch_answer(self, stream: str, cursor: str | None, *, since: datetime | None) -> Answer:
        """``fetch`` in two steps: the request now, the reading later."""
        ...


class InstanceLimits(NamedTuple):
    """What the account's own server takes (a Mastodon instance's configuration)."""

    char_limit: int
    url_length: int
    picture_limit: int | None  # bytes (None: the server does not say)


@runtime_checkable
class KnowsLimits(Connector, Protocol):
    """A connector whose server says its own limits (post length, URL
    length, picture size), which may change after the sign-in read them.

    Optional, checked with ``isinstance``: the engine asks again now and
    then (``sync.engine.LIMITS_EVERY``) and keeps the answer with the account.
    """

    async def read_instance_limits(self) -> InstanceLimits | None:
        """The limits as the server says them now; None when it gave no
        answer that can be read (what the account knows then stands)."""
        ...


@runtime_checkable
class PushConnector(Connector, Protocol):
    """A connector that can also wait for new items (IMAP IDLE).

    Optional: the engine, between two cycles, waits on ``wait_for_new`` as
    well as on its timer when its connector is one (``isinstance``), and
    syncs at once when it returns True.
    """

    async def wait_for_new(self, timeout: float) -> bool:
        """True when new items may have arrived, False after ``timeout`` s."""
        ...


@runtime_checkable
class AcceptsRequests(Connector, Protocol):
    """A connector whose direct messages start as requests (Bluesky chat)."""

    async def accept_convo(self, convo_id: str) -> None:
        """Accept the request without answering it."""
        ...


@runtime_checkable
class FetchesAttachments(Connector, Protocol):
    """A connector that lists attachments and fetches one when asked (e-mail)."""

    async def fetch_attachment(self, message_id: str, section: str) -> tuple[str, str, bytes]:
        """(file name, content type, bytes) of one part of a message."""
        ...


@dataclass(frozen=True, slots=True)
class MediaSource:
    """One attachment's file to fetch: the handle the connector gave
    (``Attachment.source`` or ``preview``) and the message it belongs to."""

    source: str
    kind: str
    message_remote_id: str
    message_extra: dict[str, str]
    max_bytes: int


@dataclass(frozen=True, slots=True)
class FetchedMedia:
    data: bytes
    content_type: str  # as the server said (the bytes are checked by what they are, not by this)


@runtime_checkable
class CarriesMedia(Connector, Protocol):
    """A connector that fetches customers' pictures from the platform's own
    media hosts, and uploads a reply's pictures the platform's way."""

    async def fetch_media(self, item: MediaSource) -> FetchedMedia:
        """The bytes of one file (at most ``item.max_bytes``, else Rejected)."""
        ...

    async def upload_media(self, media: OutgoingMedia, *, direct: bool) -> dict[str, Any]:
        """Upload one picture of a reply; what identifies it for the post
        (a media id, a blob), JSON-able: saved before the post is attempted."""
        ...


class ListeningUnavailable(ConnectorError):
    """These terms cannot be heard here now, for a reason the user can act on
    or should know (a server without full-text search, an X plan without
    search, a usage cap): said with the terms, and tried again after
    ``retry_at`` (or an hour)."""

    def __init__(self, message: str, *, retry_at: datetime | None = None, **values: object) -> None:
        super().__init__(message, **values)
        self.retry_at = retry_at


@dataclass(frozen=True, slots=True)
class ListenStream:
    """One kind of request a connector makes for some of an account's terms
    (a search per word, one hashtag timeline for several tags); ``name`` is
    its cursor's name (``store.listening.stream_name``)."""

    name: str
    terms: tuple[ListeningTerm, ...]


@runtime_checkable
class Listening(Connector, Protocol):
    """A connector that can hear posts naming the business without @.

    Optional, checked with ``isinstance``; the engine asks it after the
    account's mentions and direct messages, within ``may_listen``'s budget.
    Pages come as for a "new" stream: newest first down to what the cursor
    says was heard already, or to ``since`` the first time. Posts by the
    account and posts addressed to it (mentions, replies to it) are left
    out: those are the inbox's.
    """

    def listen_streams(self, terms: Sequence[ListeningTerm]) -> list[ListenStream]:
        """How ``terms`` are asked for: one stream per request."""
        ...

    def may_listen(self, stream: ListenStream) -> bool:
        """Whether the platform's rate budget leaves room for listening now
        (the inbox keeps its reserve)."""
        ...

    async def listen(self, stream: ListenStream, cursor: str | None, *, since: datetime) -> Page:
        """One page; raises ``ListeningUnavailable`` when these terms cannot be heard."""
        ...
