"""The sync engine's write path: one page of records in one transaction.

A page, the conversations it touches and the stream's new cursor are written
together, so a crash at any point leaves either the whole page or none of it
and the next sync repeats the page without duplicates (messages are unique per
account and remote id).
"""

from __future__ import annotations

import functools
import json
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from desktop_inbox.records import Attachment, Direction, Kind, Person, Platform, Post
from desktop_inbox.store import aggregate, backend, index_words, threads
from desktop_inbox.store.aggregate import Aggregate
from desktop_inbox.store.ids import NewIds
from desktop_inbox.store.schema import database, to_ms
from desktop_inbox.text import folding


@dataclass(slots=True)
class IngestResult:
    added: int = 0
    duplicates: int = 0
    new_inbound: int = 0
    conversations: set[int] = field(default_factory=set)
    new_inbound_conversations: set[int] = field(default_factory=set)


# Platforms whose private messages come in separate threads with a subject
# (e-mail): one private conversation per thread and customer, not one per
# customer as for chat-like direct messages.
THREADED_DIRECT = frozenset({Platform.EMAIL})


_T = TypeVar("_T")

# One encoder for every message: json.dumps(..., ensure_ascii=False) builds a
# new one per call.
_json = json.JSONEncoder(ensure_ascii=False).encode


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """``items`` 500 at a time: a statement's bound parameters are limited.

    Each chunk is padded (its last item repeated) to one of a few lengths,
    so that an ``IN (?, ...)`` list of it has one of a few texts: the
    connection's statement cache then holds the compiled statement instead of
    compiling a new one for each page (~65 µs each, several a page).
    """
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        size = next(b for b in _IN_SIZES if b >= len(chunk))
        yield chunk if size == len(chunk) else [*chunk, *[chunk[-1]] * (size - len(chunk))]


# The lengths an IN list is padded to (a repeated item changes no IN test).
_IN_SIZES = (1, 8, 32, 64, 128, 256, 500)


@functools.lru_cache(maxsize=len(_IN_SIZES))
def _marks(count: int) -> str:
    return ",".join("?" * count)


def thread_key(post: Post) -> str:
    """Which conversation of the account a post belongs to.

    All direct messages with one customer form one conversation (except on
    THREADED_DIRECT platforms, where each thread does); a public thread is
    one conversation per customer taking part in it.
    """
    customer = post.customer.key if post.customer else ""
    if post.kind == _DIRECT and post.author.platform not in THREADED_DIRECT:
        return f"dm:{customer}"
    return f"thread:{post.thread_root or post.remote_id}:{customer}"


# Enum members as plain globals: a class attribute lookup on an Enum costs
# several times a global's, and these are read once or more per message.
_DIRECT = Kind.DIRECT
_OUT = Direction.OUT


class _Identities:
    """Upserts people once per page and remembers (identity id, contact id).

    ``preload`` reads everyone a page names in one query; a person whose
    stored row already says what the page says is not written again (a sync
    page names the same few people over and over). People the cache has never
    seen (most of an import's writes) are queued and go in with two
    ``executemany`` calls (``flush``), their ids handed out here as for new
    conversations (``store.ids``).
    """

    def __init__(self, now_ms: int) -> None:
        self._now = now_ms
        self._seen: dict[tuple[str, str], tuple[int, int | None]] = {}
        self._stored: dict[tuple[str, str], tuple[Any, ...]] = {}
        self._new_ids = (NewIds("identity"), NewIds("contact"))
        self._new_contacts: list[tuple[Any, ...]] = []
        self._new_identities: list[tuple[Any, ...]] = []

    def preload(self, people: Iterable[Person]) -> None:
        by_platform: dict[Platform, set[str]] = {}
        # (A set of pairs first: a page names the same few people many times.)
        for platform, key in {(person.platform, person.key) for person in people}:
            by_platform.setdefault(platform, set()).add(key)
        for platform, keys in by_platform.items():
            wanted = sorted(keys)
            for chunk in _chunks(wanted):
                rows = database.execute_sql(
                    f"""
                    SELECT key, id, contact_id, is_self, handle, name, url, avatar_url, links FROM identity
                    WHERE platform = ? AND key IN ({_marks(len(chunk))})
                    """,
                    (platform.value, *chunk),
                )
                for row in rows:
                    self._stored[(platform, row[0])] = row[1:]

    def _unchanged(self, person: Person, is_self: bool, links: str | None) -> tuple[int, int | None] | None:
        """(id, contact id) when the upsert below would change nothing."""
        row = self._stored.get((person.platform, person.key))
        if row is None:
            return None
        identity_id, contact_id, self_flag, handle, name, url, avatar_url, stored_links = row
        if (
            handle != person.handle
            or (person.name and person.name != name)
            or (person.url is not None and person.url != url)
            or (person.avatar_url is not None and person.avatar_url != avatar_url)
            or (is_self and not self_flag)
            or (links is not None and links != stored_links)
            or (contact_id is None and not self_flag)
        ):
            return None
        return identity_id, contact_id

    def _new_id(self, table: int) -> int:
        """The next free id of identity (0) or contact (1)."""
        return self._new_ids[table].take()

    def get(self, person: Person, *, is_self: bool = False) -> tuple[int, int | None]:
        # Platform is a StrEnum: it hashes and compares as its value.
        cache_key = (person.platform, person.key)
        found = self._seen.get(cache_key)
        if found is not None:
            return found
        links = json.dumps(list(person.links)) if person.links else None
        if cache_key not in self._stored:
            found = self._seen[cache_key] = self._queue_new(person, is_self, links)
            return found
        found = self._unchanged(person, is_self, links)
        if found is not None:
            self._seen[cache_key] = found
            return found
        row = database.execute_sql(
            """
            INSERT INTO identity (platform, key, remote_id, handle, name, url, avatar_url, is_self, first_seen_at, links)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (platform, key) DO UPDATE SET
                handle = excluded.handle,
                name = CASE WHEN excluded.name != '' THEN excluded.name ELSE identity.name END,
                url = coalesce(excluded.url, identity.url),
                avatar_url = coalesce(excluded.avatar_url, identity.avatar_url),
                is_self = identity.is_self OR excluded.is_self,
                links = coalesce(excluded.links, identity.links)
            RETURNING id, contact_id, is_self
            """,
            self._columns(person, is_self, links),
        ).fetchone()
        identity_id, contact_id, self_flag = row
        if contact_id is None and not self_flag:
            contact_id = self._new_id(1)
            database.execute_sql(
                "INSERT INTO contact (id, name, created_at) VALUES (?, ?, ?)",
                (contact_id, person.name or person.handle, self._now),
            )
            database.execute_sql("UPDATE identity SET contact_id = ? WHERE id = ?", (contact_id, identity_id))
        elif contact_id is not None and person.name:
            # First seen without a name (a mention, an e-mail's To:): the
            # contact was named after the handle; now we know better.
            database.execute_sql(
                "UPDATE contact SET name = ? WHERE id = ? AND name = ?", (person.name, contact_id, person.handle)
            )
        result = (identity_id, contact_id)
        self._seen[cache_key] = result
        return result

    def _columns(self, person: Person, is_self: bool, links: str | None) -> tuple[Any, ...]:
        """An identity row from ``platform`` on, in the order both inserts name them."""
        return (
            person.platform.value, person.key, person.remote_id, person.handle, person.name,
            person.url, person.avatar_url, int(is_self), self._now, links,
        )

    def _queue_new(self, person: Person, is_self: bool, links: str | None) -> tuple[int, int | None]:
        """A person the cache does not know: the rows the upsert would write,
        with a contact of their own unless it is the account itself."""
        identity_id = self._new_id(0)
        contact_id = None
        if not is_self:
            contact_id = self._new_id(1)
            self._new_contacts.append((contact_id, person.name or person.handle, self._now))
        self._new_identities.append((identity_id, contact_id, *self._columns(person, is_self, links)))
        return identity_id, contact_id

    def flush(self, cursor: Any) -> None:
        """Insert the queued people (before anything that refers to them)."""
        cursor.executemany("INSERT INTO contact (id, name, created_at) VALUES (?, ?, ?)", self._new_contacts)
        cursor.executemany(
            "INSERT INTO identity (id, contact_id, platform, key, remote_id, handle, name, url, avatar_url, is_self, "
            "first_seen_at, links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self._new_identities,
        )
        self._new_contacts.clear()
        self._new_identities.clear()


def _load_convs(account_id: int, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Aggregate]:
    """The stored conversations among ``keys`` ((kind, thread key) pairs), in one query per kind."""
    by_kind: dict[str, list[str]] = {}
    for kind, key in keys:
        by_kind.setdefault(kind, []).append(key)
    found: dict[tuple[str, str], Aggregate] = {}
    for kind, wanted in by_kind.items():
        for chunk in _chunks(wanted):
            rows = database.execute_sql(
                f"""
                SELECT thread_key, state, sort_key, {aggregate.COLUMNS} FROM conversation
                WHERE account_id = ? AND kind = ? AND thread_key IN ({_marks(len(chunk))})
                """,
                (account_id, kind, *chunk),
            )
            for row in rows:
                conv = found[(kind, row[0])] = Aggregate(*row[3:])  # (COLUMNS are its fields in order)
                conv.stored_order = (row[1], row[2])
    return found


def _ms(value: datetime | None) -> int | None:
    return to_ms(value) if value is not None else None


def _known_remote_ids(account_id: int, remote_ids: Sequence[str]) -> set[str]:
    known: set[str] = set()
    for chunk in _chunks(remote_ids):
        cursor = database.execute_sql(
            f"SELECT remote_id FROM message WHERE account_id = ? AND remote_id IN ({_marks(len(chunk))})",
            (account_id, *chunk),
        )
        known.update(r[0] for r in cursor)
    return known


def add_posts(
    account_id: int,
    posts: Iterable[Post],
    *,
    unread: bool,
    now: datetime | None = None,
    heard: bool = False,
) -> IngestResult:
    """Insert posts not yet in the cache and update their conversations.

    ``heard``: the posts were heard by listening; the conversations they
    start are heard ones (``store.listening``). Must run inside a
    transaction (``store_page`` and the outbox do that).
    """
    now = now or datetime.now(UTC)
    now_ms = to_ms(now)
    result = IngestResult()
    ordered = sorted(posts, key=_created_at)
    known = _known_remote_ids(account_id, [p.remote_id for p in ordered])
    fresh: list[Post] = []
    for post in ordered:
        if post.remote_id in known:
            result.duplicates += 1
            continue
        known.add(post.remote_id)
        fresh.append(post)
    if not fresh:
        return result
    # A page is a few statements, not a few per message: everyone and every
    # conversation it names are read at once, and rows go in with executemany.
    # (This loop runs for every message a sync stores: bench/, measurement 1.)
    identities = _Identities(now_ms)
    identities.preload([p.author for p in fresh] + [p.customer for p in fresh if p.customer])
    # (Kind is a StrEnum: as a key it hashes and compares as its value.)
    keys = [(p.kind, thread_key(p)) for p in fresh]
    # A reply that answers another comes after its own replies (history,
    # newest first): they wait in a conversation under its id, which it
    # takes over (its thread's key) instead of starting one to merge.
    waiting = {
        key: (key[0], f"thread:{p.remote_id}:{key[1][len(p.thread_root) + 8 :]}")
        for p, key in zip(fresh, keys, strict=True)
        if p.thread_root and p.thread_root != p.remote_id and key[1].startswith(f"thread:{p.thread_root}:")
    }
    convs = _load_convs(account_id, set(keys) | set(waiting.values()))
    rekeyed: list[tuple[str, str, int]] = []
    created = [to_ms(p.created_at) for p in fresh]
    time_keys = _time_keys(created)
    touched: dict[int, Aggregate] = {}
    # Conversations the page starts: ids handed out here (``store.ids``) so
    # they go in with one executemany, not one INSERT ... RETURNING each.
    started: list[tuple[Aggregate, tuple[object, ...]]] = []
    conv_ids = NewIds("conversation")
    message_rows = []
    fts_rows = []
    media_rows: list[tuple[object, ...]] = []
    index_text = folding.index_text
    author_text = _author_text
    identity = identities.get
    inbound_ids = result.new_inbound_conversations
    for post, key, created_ms, time_key in zip(fresh, keys, created, time_keys, strict=True):
        author = post.author
        outbound = post.direction == _OUT
        author_id, _ = identity(author, is_self=outbound)
        customer = post.customer or author
        customer_id, contact_id = identity(customer, is_self=outbound and customer is author)
        conv = convs.get(key)
        if conv is None and key in waiting and waiting[key] in convs:
            # (Under both keys: a later answer on this page to the same
            # message joins it, not a second conversation under the old key.)
            conv = convs[key] = convs[waiting[key]]
            rekeyed.append((key[1], post.thread_root or post.remote_id, conv.id))
        if conv is None:
            conv = convs[key] = Aggregate(
                conv_ids.take(), None, None, None, None, None, None, 0, 0, "", None, contact_id, int(heard)
            )
            started.append((conv, (account_id, key[0].value, key[1], contact_id, customer_id, now_ms, int(heard))))
        touched[conv.id] = conv
        conv.apply(post, created_ms, unread=unread)
        attachments = post.attachments
        extra = post.extra
        edited_at = post.edited_at
        message_rows.append(
            (
                account_id,
                conv.id,
                post.remote_id,
                author_id,
                "out" if outbound else "in",
                post.visibility,
                post.text,
                post.html,
                created_ms,
                None if edited_at is None else to_ms(edited_at),
                post.in_reply_to,
                post.thread_root or post.remote_id,
                post.url,
                _json([_attachment(a) for a in attachments]) if attachments else None,
                _json(extra) if extra else None,
                time_key,
            )
        )
        fts_rows.append((time_key, index_text(post.text), author_text(author.name, author.handle)))
        if attachments:
            media_rows.extend(
                (account_id, i, a.kind, time_key, account_id, post.remote_id)
                for i, a in enumerate(attachments)
                if a.keepable
            )
        if not outbound:
            result.new_inbound += 1
            if unread:
                inbound_ids.add(conv.id)
    result.added = len(message_rows)
    result.conversations.update(touched)
    cursor = database.cursor()
    identities.flush(cursor)
    # A conversation the page starts goes in whole, aggregates included: one
    # write, not an insert and then an update. (It never needs the recount,
    # which reads stored messages: all its messages are on this page, applied
    # in time order, so no reply comes before an earlier customer message.)
    assert not any(conv.needs_recount for conv, _ in started)
    cursor.executemany(_INSERT_CONV, [row + conv.columns(now_ms) for conv, row in started])
    started_ids = {conv.id for conv, _ in started}
    cursor.executemany(_INSERT_MESSAGE, message_rows)
    # The search index is keyed by time (see migration 4).
    cursor.executemany("INSERT INTO message_fts (rowid, body, author) VALUES (?, ?, ?)", fts_rows)
    if not backend.is_postgres():
        index_words.remember(cursor, fts_rows)
    # A conversation that keeps its state and place in the inbox (an older
    # message, another while it waits for a reply) is saved without them:
    # its entries in the inbox's indexes are left alone.
    moved: list[tuple[object, ...]] = []
    kept: list[tuple[object, ...]] = []
    for conv in touched.values():
        if conv.id not in started_ids:
            params = conv.columns(now_ms)
            if params[:2] == conv.stored_order:
                kept.append(params[2:])
            else:
                moved.append(params)
    cursor.executemany(aggregate.SAVE, moved)
    cursor.executemany(aggregate.SAVE_KEPT, kept)
    # Attachments whose files the sync keeps (store.media).
    cursor.executemany(_INSERT_MEDIA, media_rows)
    cursor.executemany("UPDATE conversation SET thread_key = ? WHERE id = ?", [(k, c) for k, _r, c in rekeyed])
    cursor.executemany("UPDATE message SET thread_root = ? WHERE conversation_id = ?", [(r, c) for _k, r, c in rekeyed])
    result.conversations.update(threads.adopt_replies(account_id, fresh, now))
    return result


_created_at = operator.attrgetter("created_at")


@functools.lru_cache(maxsize=4096)
def _author_text(name: str, handle: str) -> str:
    """An author's index text: the same few people write most messages."""
    return folding.index_text(f"{name} {handle}")


# A new conversation's own columns, then Aggregate.columns (which end with the id).
_INSERT_CONV = """
    INSERT INTO conversation (account_id, kind, thread_key, contact_id, identity_id, created_at, heard,
        state, sort_key, last_message_at, last_inbound_at, last_outbound_at, waiting_since, unread_count,
        message_count, snippet, reply_to, snoozed_until, id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""

_INSERT_MESSAGE = """
    INSERT INTO message (account_id, conversation_id, remote_id, identity_id, direction, visibility,
        text, html, created_at, edited_at, in_reply_to, thread_root, url, attachments, extra, time_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


_INSERT_MEDIA = """
    INSERT INTO media (account_id, position, kind, message_key, message_id)
    SELECT ?, ?, ?, ?, id FROM message WHERE account_id = ? AND remote_id = ?
"""


def _time_keys(created_ms: Sequence[int]) -> list[int]:
    """Unique time keys for new messages created at ``created_ms``.

    A message's key is the first free one of its millisecond (ms * 1024 + n,
    see migration 4). Most milliseconds hold no message yet: one lookup of
    their first keys finds those that do, and only for them (and for a
    millisecond this page names twice: a deleted message may have left a
    gap) is the last key read.
    """
    counts = Counter(created_ms)
    crowded = {ms for ms, n in counts.items() if n > 1}
    firsts = [ms << 10 for ms in counts]
    for chunk in _chunks(firsts):
        rows = database.execute_sql(
            f"SELECT time_key >> 10 FROM message WHERE time_key IN ({_marks(len(chunk))})", chunk
        )
        crowded.update(ms for (ms,) in rows)
    taken: dict[int, int] = {}
    buckets = sorted(crowded)
    for chunk in _chunks(buckets):
        rows = database.execute_sql(
            """
            SELECT b.value, (SELECT max(time_key) FROM message
                             WHERE time_key BETWEEN b.value << 10 AND (b.value << 10) + 1023)
            FROM json_each(?) b
            """,
            (json.dumps(chunk),),
        )
        taken.update((ms, last) for ms, last in rows if last is not None)
    keys = []
    used: set[int] = set()
    for ms in created_ms:
        last = taken.get(ms)
        key = (ms << 10) if last is None else last + 1
        # More than 1,024 messages in one millisecond spill into the next
        # ones: take the first key that neither the cache nor this page has.
        while key in used or (
            key > (ms << 10) + 1023
            and database.execute_sql("SELECT 1 FROM message WHERE time_key = ?", (key,)).fetchone()
        ):
            key += 1
        taken[ms] = key
        used.add(key)
        keys.append(key)
    return keys


def _attachment(a: Attachment) -> dict[str, str | int | None]:
    item: dict[str, str | int | None] = {"kind": a.kind, "url": a.url, "description": a.description, "name": a.name}
    # Where the file comes from, only when there is one (most are links).
    for key, value in (("source", a.source), ("preview", a.preview), ("type", a.content_type), ("size", a.size)):
        if value:
            item[key] = value
    return item


def store_page(
    account_id: int,
    stream: str,
    posts: Sequence[Post],
    *,
    cursor: str | None,
    exhausted: bool,
    unread: bool,
    now: datetime | None = None,
    committing: Callable[[], None] | None = None,
) -> IngestResult:
    """Store one page and advance the stream's cursor, atomically.

    ``committing`` is called once the page's rows are written, as their
    transaction commits (SQLite's work, without Python's lock): the sync
    reads its next pages meanwhile (``sync.prefetch.Prefetch.read_ahead``)."""
    now = now or datetime.now(UTC)
    # (On a team database the page's writes go in one round trip.)
    with database.atomic("IMMEDIATE"), database.batched():
        result = add_posts(account_id, posts, unread=unread, now=now)
        save_cursor(account_id, stream, posts, cursor=cursor, exhausted=exhausted, now=now)
        if committing is not None:
            committing()
    return result


def store_posts(account_id: int, posts: Sequence[Post], *, now: datetime | None = None) -> IngestResult:
    """Store messages that come outside any stream (a thread fetched when
    the user opened it): read, and no cursor moves."""
    with database.atomic("IMMEDIATE"):
        return add_posts(account_id, posts, unread=False, now=now)


def save_cursor(
    account_id: int, stream: str, posts: Sequence[Post], *, cursor: str | None, exhausted: bool, now: datetime
) -> None:
    """A stream's new cursor, inside the caller's transaction (with its page)."""
    oldest = min((p.created_at for p in posts), default=None)
    database.execute_sql(
        """
        INSERT INTO sync_cursor (account_id, stream, value, exhausted, oldest_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (account_id, stream) DO UPDATE SET
            value = excluded.value,
            exhausted = excluded.exhausted,
            oldest_at = CASE
                WHEN sync_cursor.oldest_at IS NULL THEN excluded.oldest_at
                WHEN excluded.oldest_at IS NULL THEN sync_cursor.oldest_at
                ELSE min(sync_cursor.oldest_at, excluded.oldest_at) END,
            updated_at = excluded.updated_at
        """,
        (account_id, stream, cursor, int(exhausted), _ms(oldest), to_ms(now)),
    )


def get_cursor(account_id: int, stream: str) -> tuple[str | None, bool]:
    row = database.execute_sql(
        "SELECT value, exhausted FROM sync_cursor WHERE account_id = ? AND stream = ?", (account_id, stream)
    ).fetchone()
    return (row[0], bool(row[1])) if row else (None, False)


def thread_roots(account_id: int, remote_ids: Sequence[str]) -> dict[str, str]:
    """The stored thread roots of the given messages (for threading replies)."""
    roots: dict[str, str] = {}
    for chunk in _chunks(remote_ids):
        cursor = database.execute_sql(
            f"SELECT remote_id, thread_root FROM message WHERE account_id = ? AND remote_id IN ({_marks(len(chunk))})",
            (account_id, *chunk),
        )
        roots.update({r[0]: r[1] for r in cursor})
    return roots
