"""Full-text search over the cache: the query language and its SQL.

Syntax (words in any order are all required)::

    refund "next week" from:anna platform:mastodon is:direct state:waiting
    tag:vip after:2025-01-01 before:2025-07-01 is:heard is:mention

``is:heard`` finds the messages of conversations begun by listening (posts
that named the business without @), ``is:mention`` those of public
conversations that came to us (mentions, replies), heard ones left out.

Words and phrases go to FTS5 as quoted strings (so nothing the user types is
FTS syntax), normalised like the index (``text.folding``); filters become SQL
conditions on the joined tables.

The index's rowid is the message's ``time_key`` (creation time, unique; see
migration 4), so "newest first" is the order in which FTS5 walks a term's
matches: the first page of a word found in 100,000 messages reads 50 of
them, not all. Dates become rowid ranges the index seeks to, and paging on
goes by key (``before``), not by an ever larger OFFSET.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Literal

from desktop_inbox.errors import BadInput
from desktop_inbox.records import Direction, Kind, Platform, State
from desktop_inbox.store.schema import database, from_ms, time_key_at
from desktop_inbox.text import folding

STATES = {s.value for s in State}
PLATFORMS = {p.value for p in Platform}
# Stored values to members by a dict (an Enum call costs ten times more, per hit).
_DIRECTIONS = {d.value: d for d in Direction}
_PLATFORMS = {p.value: p for p in Platform}
_KINDS = {k.value: k for k in Kind}
FILTERS = ("from", "platform", "is", "state", "tag", "before", "after", "account", "contact", "conversation")

Order = Literal["newest", "best"]


@dataclass(slots=True)
class ParsedQuery:
    # Each term is a phrase of index tokens ("ship", or "客" "户").
    terms: list[list[str]] = field(default_factory=list)
    # The words as typed, for highlighting.
    words: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    kind: str | None = None
    heard: bool | None = None  # is:heard (True) / is:mention (False)
    states: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    before: datetime | None = None
    after: datetime | None = None
    account_id: int | None = None
    contact_id: int | None = None
    conversation_id: int | None = None
    prefix_last: bool = False

    @property
    def empty(self) -> bool:
        return not self.terms and not self._has_filters()

    def _has_filters(self) -> bool:
        return bool(
            self.authors
            or self.platforms
            or self.kind
            or self.heard is not None
            or self.states
            or self.tags
            or self.before
            or self.after
            or self.account_id
            or self.contact_id
            or self.conversation_id
        )

    @property
    def match(self) -> str | None:
        """The FTS5 MATCH expression, or None when only filters were given."""
        if not self.terms:
            return None
        parts = ['"' + " ".join(t.replace('"', '""') for t in term) + '"' for term in self.terms]
        if self.prefix_last and len(self.terms[-1]) == 1 and not folding.is_cjk(self.terms[-1][0]):
            last = parts[-1]
            parts[-1] = f"({last} OR {last}*)"
            # SQLite before 3.41 (Debian 12 has 3.40) reads a phrase followed
            # by a parenthesis as a syntax error: say AND outright.
            return " AND ".join(parts)
        return " ".join(parts)


def _local_day_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _parse_date(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value.replace("/", "-"))
    except ValueError:
        raise BadInput(f"{name}: wants a date like 2025-03-31, not {value!r}.") from None


def _split(query: str) -> list[str]:
    lexer = shlex.shlex(query, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    lexer.escape = ""
    lexer.quotes = '"'
    try:
        return list(lexer)
    except ValueError:
        # An unclosed quote while typing: treat it as closed.
        return _split(query + '"')


def parse(query: str, *, prefix_last: bool = False) -> ParsedQuery:
    parsed = ParsedQuery()
    raw_tokens = _split(query)
    # A phrase keeps its spaces; know which tokens were quoted.
    quoted = set(re.findall(r'"([^"]*)"?', query))
    for token in raw_tokens:
        name, sep, value = token.partition(":")
        name = name.lower()
        if sep and name in FILTERS and value and token not in quoted:
            _apply_filter(parsed, name, value)
            continue
        tokens = folding.query_tokens(token)
        if not tokens:
            continue
        parsed.words.append(token)
        # A quoted phrase, Chinese text, or "e-mail" split by the index: the
        # tokens must stand together, in order.
        parsed.terms.append(tokens)
    parsed.prefix_last = prefix_last and bool(raw_tokens) and not query.endswith((" ", '"'))
    return parsed


def _apply_filter(parsed: ParsedQuery, name: str, value: str) -> None:
    low = value.lower()
    if name == "from":
        parsed.authors.append(value.lstrip("@"))
    elif name == "platform":
        if low == "twitter":
            low = "x"
        if low not in PLATFORMS:
            raise BadInput(f"platform: is one of {', '.join(sorted(PLATFORMS))}, not {value!r}.")
        parsed.platforms.append(low)
    elif name == "is":
        if low in ("direct", "dm", "private"):
            parsed.kind = Kind.DIRECT
        elif low == "public":
            parsed.kind = Kind.PUBLIC
        elif low == "heard":
            parsed.heard = True
        elif low in ("mention", "mentions"):
            parsed.kind, parsed.heard = Kind.PUBLIC, False
        else:
            raise BadInput(f"is: takes direct, public, mention or heard, not {value!r}.")
    elif name == "state":
        low = low.replace("-", "_")
        if low in ("needs", "open"):
            low = State.NEEDS_REPLY
        if low not in STATES:
            raise BadInput(f"state: is one of {', '.join(sorted(STATES))}, not {value!r}.")
        parsed.states.append(low)
    elif name == "tag":
        parsed.tags.append(value)
    elif name == "before":
        parsed.before = _local_day_start(_parse_date(value, "before"))
    elif name == "after":
        parsed.after = _local_day_start(_parse_date(value, "after"))
    elif name in ("account", "contact", "conversation"):
        try:
            setattr(parsed, f"{name}_id", int(value))
        except ValueError:
            raise BadInput(f"{name}: takes a number, not {value!r}.") from None


@dataclass(frozen=True, slots=True)
class SearchHit:
    message_id: int
    conversation_id: int
    text: str
    created_at: datetime
    author_handle: str
    author_name: str
    direction: Direction
    platform: Platform
    kind: Kind
    # The message's time key: ``search(..., before=hit.key)`` is the next page.
    key: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            "message_id": self.message_id,
            "conversation_id": self.conversation_id,
            "text": self.text,
            "created_at": self.created_at.isoformat().replace("+00:00", "Z"),
            "author": {"handle": self.author_handle, "name": self.author_name},
            "direction": self.direction,
            "platform": self.platform,
            "kind": self.kind,
        }


def compile_query(
    parsed: ParsedQuery, *, order: Order | None = "newest", before: int | None = None
) -> tuple[str, list[object]]:
    """The SELECT (without LIMIT) for a parsed query, and its parameters.

    ``before``: only messages with a smaller time key (the next page of a
    newest-first listing). ``order=None``: unordered (for counting).
    """
    where: list[str] = []
    params: list[object] = []
    match = _with_authors(parsed.match, parsed.authors)
    key = "m.time_key"
    source = "message m"
    if match is not None:
        # The index leads; each match finds its message by the unique key.
        key = "f.rowid"
        source = "message_fts f JOIN message m ON m.time_key = f.rowid"
        where.append("message_fts MATCH ?")
        params.append(match)
    joins = (
        "JOIN identity i ON i.id = m.identity_id JOIN account a ON a.id = m.account_id "
        "JOIN conversation c ON c.id = m.conversation_id"
    )
    for author in parsed.authors:
        # Exactly the people whose name or handle contains the text (the
        # index's author phrases above may name a few more); resolved once,
        # not joined per message.
        where.append(
            "m.identity_id IN (SELECT id FROM identity WHERE handle LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')"
        )
        params.extend([_like(author), _like(author)])
    if parsed.platforms:
        where.append(f"a.platform IN ({','.join('?' * len(parsed.platforms))})")
        params.extend(parsed.platforms)
    if parsed.kind:
        where.append("c.kind = ?")
        params.append(parsed.kind)
    if parsed.heard is not None:
        where.append("c.heard = ?")
        params.append(int(parsed.heard))
    if parsed.states:
        where.append(f"c.state IN ({','.join('?' * len(parsed.states))})")
        params.extend(parsed.states)
    for tag in parsed.tags:
        where.append(
            "c.contact_id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE t.name = ? COLLATE NOCASE)"
        )
        params.append(tag)
    if parsed.before is not None:
        where.append(f"{key} < ?")
        params.append(time_key_at(parsed.before))
    if parsed.after is not None:
        where.append(f"{key} >= ?")
        params.append(time_key_at(parsed.after))
    if before is not None:
        where.append(f"{key} < ?")
        params.append(before)
    if parsed.account_id is not None:
        where.append("m.account_id = ?")
        params.append(parsed.account_id)
    if parsed.contact_id is not None:
        where.append("c.contact_id = ?")
        params.append(parsed.contact_id)
    if parsed.conversation_id is not None:
        where.append("m.conversation_id = ?")
        params.append(parsed.conversation_id)
    order_by = f"ORDER BY {key} DESC" if order is not None else ""
    if order == "best" and match is not None:
        order_by = f"ORDER BY f.rank, {key} DESC"
    sql = (
        "SELECT m.id, m.conversation_id, m.text, m.created_at, i.handle, i.name, m.direction, a.platform, c.kind, "
        f"{key} FROM {source} {joins} "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} {order_by}"
    )
    return sql, params


def search(
    query: str | ParsedQuery,
    *,
    order: Order = "newest",
    limit: int = 50,
    offset: int = 0,
    before: int | None = None,
) -> list[SearchHit]:
    """One page of hits. The next newest-first page is ``before=hits[-1].key``
    (a seek); ``offset`` works for any order but reads what it skips."""
    parsed = parse(query) if isinstance(query, str) else query
    if parsed.empty or _unknown_author(parsed):
        return []
    sql, params = compile_query(parsed, order=order, before=before)
    rows = database.execute_sql(f"{sql} LIMIT ? OFFSET ?", (*params, limit, offset))
    return [
        SearchHit(r[0], r[1], r[2], from_ms(r[3]), r[4], r[5], _DIRECTIONS[r[6]], _PLATFORMS[r[7]], _KINDS[r[8]], r[9])
        for r in rows
    ]


def count(query: str | ParsedQuery, *, up_to: int | None = None) -> int:
    """How many messages ``query`` finds; with ``up_to``, counting stops
    past that many (a badge says "999+": no need to walk a prolific
    author's hundreds of thousands of messages to say so)."""
    parsed = parse(query) if isinstance(query, str) else query
    if parsed.empty or _unknown_author(parsed):
        return 0
    limit = f" LIMIT {int(up_to) + 1}" if up_to is not None else ""
    if parsed.match is not None and not _needs_joins(parsed):
        # Words and dates only: the index alone knows (no row is read).
        sql = "SELECT f.rowid FROM message_fts f WHERE message_fts MATCH ?"
        params: list[object] = [parsed.match]
        if parsed.before is not None:
            sql += " AND f.rowid < ?"
            params.append(time_key_at(parsed.before))
        if parsed.after is not None:
            sql += " AND f.rowid >= ?"
            params.append(time_key_at(parsed.after))
        return database.execute_sql(f"SELECT count(*) FROM ({sql}{limit})", params).fetchone()[0]
    sql, params = compile_query(parsed, order=None)
    return database.execute_sql(f"SELECT count(*) FROM ({sql}{limit})", params).fetchone()[0]


def count_conversations(query: str | ParsedQuery, *, up_to: int | None = None) -> int:
    """How many conversations have a message ``query`` finds; with
    ``up_to``, counting stops past that many."""
    parsed = parse(query) if isinstance(query, str) else query
    if parsed.empty or _unknown_author(parsed):
        return 0
    limit = f" LIMIT {int(up_to) + 1}" if up_to is not None else ""
    sql, params = compile_query(parsed, order=None)
    found: int = database.execute_sql(
        f"SELECT count(*) FROM (SELECT DISTINCT conversation_id FROM ({sql}){limit})", params
    ).fetchone()[0]
    return found


# More people than this behind one ``from:`` and their messages are found by
# walking all messages newest first instead (so many people write often).
AUTHOR_PHRASES_MAX = 100


def _author_match(author: str) -> str | None:
    """An index expression for the messages of the people ``from:author``
    names: the phrases of their handles and names in the index's author
    column (which holds "name handle" as it was when each message came).
    None when too many people match to list them."""
    rows = database.execute_sql(
        "SELECT handle, name FROM identity WHERE handle LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' LIMIT ?",
        (_like(author), _like(author), AUTHOR_PHRASES_MAX + 1),
    ).fetchall()
    if not rows or len(rows) > AUTHOR_PHRASES_MAX:
        return None
    phrases: set[str] = set()
    for handle, name in rows:
        # Only text the tokenizer keeps something of makes a phrase; someone
        # with no such name or handle could not be found through the index.
        theirs = {folding.index_text(t) for t in (handle, name or "") if any(c.isalnum() for c in t)}
        if not theirs:
            return None
        phrases.update('"' + " ".join(t.split()).replace('"', '""') + '"' for t in theirs)
    return "author : (" + " OR ".join(sorted(phrases)) + ")"


def _with_authors(match: str | None, authors: list[str]) -> str | None:
    """``match`` narrowed to the ``from:`` people, so the index finds their
    messages (there is no index of messages by author: one less to update for
    every stored message, see migration 5)."""
    parts = [match] if match is not None else []
    parts += [m for m in map(_author_match, authors) if m is not None]
    if len(parts) <= 1:
        return parts[0] if parts else None
    return " AND ".join(f"({p})" for p in parts)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _unknown_author(parsed: ParsedQuery) -> bool:
    """``from:`` names nobody in the cache: no need to test every word match
    (a common word has tens of thousands) against an empty set of people."""
    return any(
        database.execute_sql(
            "SELECT 1 FROM identity WHERE handle LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' LIMIT 1",
            (_like(author), _like(author)),
        ).fetchone()
        is None
        for author in parsed.authors
    )


def _needs_joins(parsed: ParsedQuery) -> bool:
    return bool(
        parsed.authors or parsed.platforms or parsed.kind or parsed.states or parsed.tags
        or parsed.heard is not None or parsed.account_id or parsed.contact_id or parsed.conversation_id
    )


def unindex_where(condition: str, params: tuple[object, ...]) -> int:
    """Remove the index entries of the messages matching ``condition``.

    A contentless FTS5 table forgets a row only when told its old values, which
    we recompute from the message (the normalisation is deterministic).
    """
    rows = database.execute_sql(
        f"""
        SELECT m.time_key, m.text, i.name, i.handle FROM message m JOIN identity i ON i.id = m.identity_id
        WHERE {condition}
        """,
        params,
    ).fetchall()
    database.cursor().executemany(
        "INSERT INTO message_fts (message_fts, rowid, body, author) VALUES ('delete', ?, ?, ?)",
        [
            (mid, folding.index_text(text), folding.index_text(f"{name} {handle}"))
            for mid, text, name, handle in rows
        ],
    )
    return len(rows)


# -- highlighting --------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def _word_matches(folded_word: str, folded_term: str) -> bool:
    if folded_word == folded_term or folded_word.startswith(folded_term):
        return True
    # A rough stand-in for the index's stemming, for highlighting only:
    # "shipping" lights up "shipped".
    stem = max(3, len(folded_term) - 3)
    return len(folded_term) >= 4 and folded_word[:stem] == folded_term[:stem]


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Character spans of ``text`` that a query's words matched."""
    spans: list[tuple[int, int]] = []
    folded_terms = [folding.fold(w) for w in words]
    cjk_terms = [t for t in folded_terms if any(folding.is_cjk(c) for c in t)]
    plain_terms = [t for term in folded_terms if term not in cjk_terms for t in term.split()]
    for m in _WORD.finditer(text):
        word = folding.fold(m.group())
        if any(_word_matches(word, t) for t in plain_terms):
            spans.append(m.span())
    if cjk_terms:
        # Folding can change lengths only for rare characters; map by index.
        folded = folding.fold(text)
        if len(folded) == len(text):
            for term in cjk_terms:
                start = folded.find(term)
                while start >= 0:
                    spans.append((start, start + len(term)))
                    start = folded.find(term, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def context_window(text: str, spans: list[tuple[int, int]], width: int = 160) -> tuple[str, list[tuple[int, int]]]:
    """A piece of ``text`` around the first match, with spans shifted into it."""
    flat = " ".join(text.split()) if "\n" in text else text
    if flat is not text:
        # Recompute on the flattened text so offsets stay right.
        return context_window(flat, _respan(text, flat, spans), width)
    if len(text) <= width or not spans:
        cut = text[:width]
        return (cut + ("…" if len(text) > width else ""), [(s, min(e, width)) for s, e in spans if s < width])
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    piece = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    shift = start - (1 if start else 0)
    return piece, [(s - shift, e - shift) for s, e in spans if s >= start and e <= end]


def _respan(original: str, flat: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # Map spans through whitespace folding by matching each spanned string.
    out = []
    pos = 0
    for s, e in spans:
        piece = " ".join(original[s:e].split())
        found = flat.find(piece, pos)
        if found >= 0:
            out.append((found, found + len(piece)))
            pos = found + len(piece)
    return out
