"""Normalised records: what every connector produces and the store ingests.

Plain frozen dataclasses with no behaviour beyond small conveniences, so that
connectors (which know the platforms) and the store (which knows SQLite) never
need to know about each other.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_inbox.words import Phrase

NO_NOTE = Phrase("", "")


class Platform(enum.StrEnum):
    MASTODON = "mastodon"
    X = "x"
    BLUESKY = "bluesky"
    EMAIL = "email"
    INSTAGRAM = "instagram"
    MESSENGER = "messenger"


class Kind(enum.StrEnum):
    """How a conversation is held: in public, or in private messages."""

    PUBLIC = "public"
    DIRECT = "direct"


class Direction(enum.StrEnum):
    IN = "in"  # written by the customer
    OUT = "out"  # written by us


class State(enum.StrEnum):
    """Where a conversation stands (``store.ordering.derive_state``)."""

    NEEDS_REPLY = "needs_reply"
    WAITING = "waiting"  # we answered last; the customer has the ball
    DONE = "done"
    SNOOZED = "snoozed"
    # Heard by listening (a post that names the business without @): not
    # yet answered, so nobody waits for us; never "needs reply".
    HEARD = "heard"


# The states of the inbox proper: every view but "Heard" (and its "All").
INBOX_STATES = (State.NEEDS_REPLY, State.WAITING, State.DONE, State.SNOOZED)


class FollowUp(enum.StrEnum):
    """Where a "remind me if no answer by …" stands (``store.ordering.follow_up_state``)."""

    PENDING = "pending"  # set; the customer has not written since (it comes back when looked at after its time)
    ANSWERED = "answered"  # the customer wrote after it was set: it will not come back
    CAME_BACK = "came_back"  # no answer by then: back in Needs reply, marked as a follow-up


class OutboxState(enum.StrEnum):
    """A queued reply's way out (``store.outbox``)."""

    QUEUED = "queued"  # waiting for its turn (undo window, back-off, the next sync)
    SENDING = "sending"  # an attempt started: it may have reached the platform
    SENT = "sent"
    FAILED = "failed"  # refused for good: the user must act
    CANCELLED = "cancelled"
    # An attempt may have gone out and nothing can tell (SMTP): never sent
    # again by itself; the user resends it or marks it as sent.
    MAYBE_SENT = "maybe_sent"


# Replies still on their way: they count as our answer to the conversation.
PENDING_OUTBOX = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED, OutboxState.MAYBE_SENT)


class AccountState(enum.StrEnum):
    """An account's stored state: kept across runs."""

    OK = "ok"
    NEEDS_SIGN_IN = "needs_sign_in"  # the platform refused the credentials
    ERROR = "error"  # refused for good; the detail says why


class Connection(enum.StrEnum):
    """How an account's sync is going right now (``AccountStatus.state``)."""

    UNKNOWN = "unknown"  # not synced yet in this run
    OK = "ok"
    OFFLINE = "offline"  # the server could not be reached (errors.Offline)
    TEAM_UNREACHABLE = "team_unreachable"  # the team's database server could not be reached
    RETRYING = "retrying"  # a passing failure (timeout, 5xx, rate limit): tried again later
    KEYRING = "keyring"  # the keyring is locked or missing: no credentials to sync with
    NEEDS_SIGN_IN = "needs_sign_in"
    ERROR = "error"  # refused for good, or the cache failed


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """An account's state as every view shows it: what, why, and when next."""

    state: Connection = Connection.UNKNOWN
    reason: str | Phrase = ""  # a Phrase when worded here, a server's words as they came
    next_retry: datetime | None = None

    @property
    def working(self) -> bool:
        """Syncing, or not known to fail."""
        return self.state in (Connection.OK, Connection.UNKNOWN)


# Parts of an account served by a service of their own, which can fail while
# the rest works; ``AccountInfo.extra``/``Account.extra`` keep why, under
# UNAVAILABLE + part, until the part works again.
DIRECT_MESSAGES = "direct_messages"
UNAVAILABLE = "unavailable_"

# The largest picture the account's own server takes, in bytes, as it said at
# sign-in (``AccountInfo.picture_limit``: a Mastodon instance's
# ``image_size_limit``); ``Account.extra`` keeps it under this key, in
# decimal digits. Where the platform's own limit is smaller, or the server
# said nothing, the platform's applies (``services.checks.media_limits``).
PICTURE_LIMIT = "image_size_limit"
# When the server's limits were last asked (ISO 8601, UTC): at sign-in, then
# by the sync now and then (a server may change them; accounts added before
# the picture limit was kept learn it so).
LIMITS_CHECKED = "limits_checked_at"
# A server's answer is not trusted: a limit outside these is not believed.
PICTURE_LIMIT_MIN = 64 * 1024
PICTURE_LIMIT_MAX = 1 << 30


def plausible_picture_limit(value: object) -> int | None:
    """``value`` (as a server sent it) as a picture limit in bytes: a whole
    number within the plausible range; None for anything else (a string, a
    float, a negative or a huge number)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if PICTURE_LIMIT_MIN <= value <= PICTURE_LIMIT_MAX else None


def picture_limit(extra: Mapping[str, object] | str | None) -> int | None:
    """The picture limit an account keeps (``PICTURE_LIMIT``), or None;
    ``extra`` as read (a dict) or as stored (the JSON of the account's row)."""
    if extra is None or isinstance(extra, str):
        try:
            extra = json.loads(extra) if extra else None
        except ValueError:
            return None
        if not isinstance(extra, dict):
            return None
    kept = extra.get(PICTURE_LIMIT)
    if not isinstance(kept, str) or not (kept.isascii() and kept.isdigit()) or len(kept) > 12:
        return None
    return plausible_picture_limit(int(kept))


# What a sync, a reply or a listening term carries (``records/posts.py``) is
# made when first asked for: the window answers its first key without
# creating these classes (bench/, 3). ``from desktop_inbox.records import
# Post`` works as before.
_POSTS = frozenset(
    {
        "Person",
        "MEDIA_KINDS",
        "Attachment",
        "Post",
        "Skipped",
        "Page",
        "OutgoingReply",
        "OutgoingMedia",
        "AccountInfo",
        "ReplyFacts",
        "TermKind",
        "ListeningTerm",
    }
)

if TYPE_CHECKING:  # (what __getattr__ gives, as the type checker sees it)
    from desktop_inbox.records.posts import MEDIA_KINDS as MEDIA_KINDS
    from desktop_inbox.records.posts import AccountInfo as AccountInfo
    from desktop_inbox.records.posts import Attachment as Attachment
    from desktop_inbox.records.posts import ListeningTerm as ListeningTerm
    from desktop_inbox.records.posts import OutgoingMedia as OutgoingMedia
    from desktop_inbox.records.posts import OutgoingReply as OutgoingReply
    from desktop_inbox.records.posts import Page as Page
    from desktop_inbox.records.posts import Person as Person
    from desktop_inbox.records.posts import Post as Post
    from desktop_inbox.records.posts import ReplyFacts as ReplyFacts
    from desktop_inbox.records.posts import Skipped as Skipped
    from desktop_inbox.records.posts import TermKind as TermKind


def __getattr__(name: str) -> Any:
    if name in _POSTS:
        from desktop_inbox.records import posts

        return getattr(posts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
