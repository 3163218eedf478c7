"""Listening in the cache: terms, mutes, heard posts and their dismissal.

A heard post is stored like any message, in a conversation marked
``heard`` (migration 6), whose state stays "heard" until we answer it
(``store.ordering``). ``store_heard`` keeps out what must never be heard:
our own posts, posts already in the inbox (a mention is a mention only),
posts whose thread is already an inbox conversation, muted words and
authors, and what the user dismissed; each post is kept once, however many
terms found it. A page of a term removed meanwhile is dropped whole.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.records import Direction, ListeningTerm, Post, TermKind
from desktop_inbox.store import ingest, search
from desktop_inbox.store.ingest import IngestResult
from desktop_inbox.store.schema import database, from_ms, to_ms
from desktop_inbox.text import listening as terms_text
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.words import QT_TRANSLATE_NOOP, Phrase, from_data, to_data

_TERM_COLUMNS = "id, account_id, kind, text, lang, note, checked_at, created_at"
_KINDS = {k.value: k for k in TermKind}


def _term(row: tuple[object, ...]) -> ListeningTerm:
    id_, account_id, kind, text, lang, note, checked_at, created_at = row
    return ListeningTerm(
        id=int(id_),  # type: ignore[call-overload]
        account_id=int(account_id),  # type: ignore[call-overload]
        kind=_KINDS[str(kind)],
        text=str(text),
        lang=str(lang),
        note=_said(str(note or "")),
        refused=_refused(str(note or "")),
        checked_at=from_ms(checked_at) if isinstance(checked_at, int) else None,
        created_at=from_ms(created_at) if isinstance(created_at, int) else None,
    )


def terms(account_id: int | None = None) -> list[ListeningTerm]:
    """Every term (of one account), oldest first."""
    where, params = ("WHERE account_id = ?", (account_id,)) if account_id is not None else ("", ())
    rows = database.execute_sql(f"SELECT {_TERM_COLUMNS} FROM listening_term {where} ORDER BY id", params)
    return [_term(r) for r in rows]


def get_term(term_id: int) -> ListeningTerm:
    row = database.execute_sql(f"SELECT {_TERM_COLUMNS} FROM listening_term WHERE id = ?", (term_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no listening term {term_id}."), term_id=term_id)
    return _term(row)


def add_term(account_id: int, kind: TermKind, text: str, lang: str = "", *, now: datetime | None = None) -> ListeningTerm:
    with database.atomic("IMMEDIATE"):
        same = database.execute_sql(
            "SELECT id FROM listening_term WHERE account_id = ? AND kind = ? AND text = ? COLLATE NOCASE AND lang = ?",
            (account_id, kind.value, text, lang),
        ).fetchone()
        if same is not None:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "This account already listens for that (term {same})."), same=same[0]
            )
        term_id = database.execute_sql(
            "INSERT INTO listening_term (account_id, kind, text, lang, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
            (account_id, kind.value, text, lang, to_ms(now or datetime.now(UTC))),
        ).fetchone()[0]
    return get_term(term_id)


def remove_term(term_id: int) -> ListeningTerm:
    """Forget a term (what it brought stays); its streams' cursors go with it."""
    term = get_term(term_id)
    with database.atomic("IMMEDIATE"):
        database.execute_sql("DELETE FROM listening_term WHERE id = ?", (term_id,))
        streams = database.execute_sql(
            "SELECT stream FROM sync_cursor WHERE account_id = ? AND stream LIKE 'listen:%'", (term.account_id,)
        ).fetchall()
        for (stream,) in streams:
            if term_id in terms_text.stream_term_ids(stream):
                database.execute_sql(
                    "DELETE FROM sync_cursor WHERE account_id = ? AND stream = ?", (term.account_id, stream)
                )
    return term


def set_note(term_ids: Sequence[int], note: Phrase | str, *, refused: bool = False, now: datetime) -> None:
    """After asking for these terms: what to know about them, or why they
    cannot be heard (``refused``); nothing when there is nothing to say.

    The note is kept as its sentence and values (``words.to_data``), so it is
    said in the user's language when shown; a server's words in it one short line.
    """
    if not term_ids:
        return
    said = note if isinstance(note, Phrase) else Phrase("", note)
    kept = json.dumps({"refused": refused, "said": to_data(_one_line(said))}, ensure_ascii=False) if said else ""
    marks = ",".join("?" * len(term_ids))
    database.execute_sql(
        f"UPDATE listening_term SET note = ?, checked_at = ? WHERE id IN ({marks})",
        (kept, to_ms(now), *term_ids),
    )


def _one_line(said: Phrase) -> Phrase:
    """``said`` with every text in it one short line (an error's words may
    be a server's, values or not)."""
    values = {
        k: _one_line(v) if isinstance(v, Phrase) else v if isinstance(v, int | float) else one_line(str(v), limit=300)
        for k, v in said.values.items()
    }
    return Phrase(said.context, one_line(said.template, limit=400), values)


def _kept(note: str) -> dict[str, object]:
    if not note.startswith("{"):
        return {}
    try:
        kept = json.loads(note)
    except ValueError:
        return {}
    return kept if isinstance(kept, dict) else {}


def _said(note: str) -> Phrase:
    """A kept note; a note kept as plain text (before notes were kept as
    sentences) is shown as it was written."""
    return from_data(_kept(note).get("said")) or Phrase("", note)


def _refused(note: str) -> bool:
    return _kept(note).get("refused") is True


def drop_stale_cursors(account_id: int, keep: Sequence[str]) -> None:
    """Cursors of listening streams the account no longer asks (the terms changed)."""
    marks = ",".join("?" * len(keep)) or "''"
    database.execute_sql(
        f"DELETE FROM sync_cursor WHERE account_id = ? AND stream LIKE 'listen:%' AND stream NOT IN ({marks})",
        (account_id, *keep),
    )


# -- mutes ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mutes:
    words: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()  # normalized handles (``text.listening.normalize_author``)

    def to_json(self) -> dict[str, object]:
        return {"words": list(self.words), "authors": ["@" + a for a in self.authors]}


def mutes(account_id: int) -> Mutes:
    rows = database.execute_sql(
        "SELECT kind, value FROM listening_mute WHERE account_id = ? ORDER BY created_at, value", (account_id,)
    ).fetchall()
    return Mutes(tuple(v for k, v in rows if k == "word"), tuple(v for k, v in rows if k == "author"))


def add_mute(account_id: int, kind: str, value: str, *, now: datetime | None = None) -> None:
    database.execute_sql(
        "INSERT OR IGNORE INTO listening_mute (account_id, kind, value, created_at) VALUES (?, ?, ?, ?)",
        (account_id, kind, value, to_ms(now or datetime.now(UTC))),
    )


def remove_mute(account_id: int, kind: str, value: str) -> bool:
    cursor = database.execute_sql(
        "DELETE FROM listening_mute WHERE account_id = ? AND kind = ? AND value = ?", (account_id, kind, value)
    )
    return bool(cursor.rowcount)


# -- heard posts -------------------------------------------------------------------


def _own_keys(platform: str) -> set[str]:
    rows = database.execute_sql("SELECT key FROM identity WHERE platform = ? AND is_self = 1", (platform,))
    return {r[0] for r in rows}


def _dismissed(account_id: int, remote_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(remote_ids), 500):
        chunk = remote_ids[start : start + 500]
        rows = database.execute_sql(
            f"SELECT remote_id FROM heard_dismissed WHERE account_id = ? AND remote_id IN ({','.join('?' * len(chunk))})",
            (account_id, *chunk),
        )
        found.update(r[0] for r in rows)
    return found


def _closed_threads(account_id: int, posts: Sequence[Post]) -> set[tuple[str, str]]:
    """(kind, thread key) of the posts' conversations that exist and are not
    unanswered heard ones: listening never adds to an inbox conversation."""
    keys = {(p.kind.value, ingest.thread_key(p)) for p in posts}
    closed: set[tuple[str, str]] = set()
    for kind, key in keys:
        row = database.execute_sql(
            "SELECT heard, last_outbound_at FROM conversation WHERE account_id = ? AND kind = ? AND thread_key = ?",
            (account_id, kind, key),
        ).fetchone()
        if row is not None and (not row[0] or row[1] is not None):
            closed.add((kind, key))
    return closed


def admissible(account_id: int, platform: str, posts: Sequence[Post]) -> list[Post]:
    """The posts that may be heard (see the module's docstring)."""
    if not posts:
        return []
    own = _own_keys(platform)
    muted = mutes(account_id)
    dismissed = _dismissed(account_id, [p.remote_id for p in posts])
    kept = [
        p for p in posts
        if p.direction == Direction.IN and p.author.key not in own and p.remote_id not in dismissed
        and not terms_text.author_muted(p.author.handle, muted.authors) and not terms_text.muted(p.text, muted.words)
    ]  # fmt: skip
    closed = _closed_threads(account_id, kept)
    return [p for p in kept if (p.kind.value, ingest.thread_key(p)) not in closed]


def store_heard(
    account_id: int,
    stream: str,
    posts: Sequence[Post],
    *,
    cursor: str | None,
    exhausted: bool,
    note: Phrase | str = "",
    now: datetime | None = None,
) -> IngestResult | None:
    """Store one page of a listening stream with its cursor, atomically;
    None (nothing written) when one of its terms was removed meanwhile."""
    now = now or datetime.now(UTC)
    term_ids = sorted(terms_text.stream_term_ids(stream))
    with database.atomic("IMMEDIATE"):
        marks = ",".join("?" * len(term_ids))
        row = database.execute_sql(
            f"SELECT count(*), max(a.platform) FROM listening_term t JOIN account a ON a.id = t.account_id "
            f"WHERE t.account_id = ? AND t.id IN ({marks})",
            (account_id, *term_ids),
        ).fetchone()
        if not term_ids or row[0] != len(term_ids):
            return None
        kept = admissible(account_id, row[1], posts)
        result = ingest.add_posts(account_id, kept, unread=True, now=now, heard=True)
        ingest.save_cursor(account_id, stream, posts, cursor=cursor, exhausted=exhausted, now=now)
        set_note(term_ids, note, now=now)
    return result


@dataclass(frozen=True, slots=True)
class Dismissed:
    conversations: tuple[int, ...]
    muted_author: str | None  # the handle muted, if asked

    def to_json(self) -> dict[str, object]:
        return {"dismissed": list(self.conversations), "muted_author": self.muted_author}


def _still_heard(account_id: int, where: str, params: tuple[object, ...]) -> list[int]:
    rows = database.execute_sql(
        f"SELECT id FROM conversation WHERE account_id = ? AND heard = 1 AND last_outbound_at IS NULL AND {where}",
        (account_id, *params),
    )
    return [r[0] for r in rows]


def dismiss(conversation_id: int, *, mute_author: bool = False, now: datetime | None = None) -> Dismissed:
    """Forget a heard post the user does not want to answer (and, with
    ``mute_author``, every unanswered heard post of its author, who is
    never heard again on this account). No later sync brings them back."""
    now = now or datetime.now(UTC)
    with database.atomic("IMMEDIATE"):
        row = database.execute_sql(
            """
            SELECT c.account_id, c.heard, c.last_outbound_at, c.identity_id, i.handle
            FROM conversation c LEFT JOIN identity i ON i.id = c.identity_id WHERE c.id = ?
            """,
            (conversation_id,),
        ).fetchone()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no conversation {conversation_id}."),
                conversation_id=conversation_id,
            )
        account_id, heard, answered, identity_id, handle = row
        if not heard:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Conversation {conversation_id} was not heard by listening; mark it done instead."
                ),
                conversation_id=conversation_id,
            )
        if answered is not None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "You answered conversation {conversation_id}: it is a conversation like any other now; mark it done instead.",
                ),
                conversation_id=conversation_id,
            )
        ids = [conversation_id]
        muted = None
        if mute_author and handle:
            muted = handle
            add_mute(account_id, "author", terms_text.normalize_author(handle), now=now)
            ids += [i for i in _still_heard(account_id, "identity_id = ?", (identity_id,)) if i != conversation_id]
        marks = ",".join("?" * len(ids))
        database.execute_sql(
            f"""
            INSERT OR IGNORE INTO heard_dismissed (account_id, remote_id, dismissed_at)
            SELECT account_id, remote_id, ? FROM message WHERE conversation_id IN ({marks})
            """,
            (to_ms(now), *ids),
        )
        # Contentless FTS rows must be deleted by hand, with their values.
        search.unindex_where(f"m.conversation_id IN ({marks})", tuple(ids))
        database.execute_sql(f"DELETE FROM conversation WHERE id IN ({marks})", tuple(ids))
    return Dismissed(tuple(ids), muted)
