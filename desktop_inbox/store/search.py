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
goes by key (``before``), not by an ever larger OFFSET. PostgreSQL's index
(GIN) has no such order: there the newest matches come from a bounded walk
of the newest rows, then the index (``store.search_walk``).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from typing import Literal

from desktop_inbox.errors import BadInput
from desktop_inbox.records import Direction, Kind, Platform, State
from desktop_inbox.store import backend, index_words, search_best, search_walk
from desktop_inbox.store.handle import database, from_ms, time_key_at
from desktop_inbox.text import folding
from desktop_inbox.words import QT_TRANSLATE_NOOP

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
    # The whole index words the unfinished last word begins, when the store
    # has looked them up (``completed``): searched instead of FTS5's prefix.
    completions: tuple[str, ...] | None = None

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
        parts = [_phrase(term) for term in self.terms]
        if self.unfinished is not None:
            last = parts[-1]
            if self.completions is None:
                parts[-1] = f"({last} OR {last}*)"
            else:
                longer = [_phrase([w]) for w in self.completions if w != self.unfinished]
                parts[-1] = f"({' OR '.join([last, *longer])})" if longer else last
            # SQLite before 3.41 (Debian 12 has 3.40) reads a phrase followed
            # by a parenthesis as a syntax error: say AND outright.
            return " AND ".join(parts)
        return " ".join(parts)

    @property
    def unfinished(self) -> str | None:
        """The last word, when it may still be typed and is searched as a
        prefix too (one word of the index: not a phrase, not Chinese)."""
        if not (self.prefix_last and self.terms and len(self.terms[-1]) == 1):
            return None
        word = self.terms[-1][0]
        return None if folding.is_cjk(word) else word

    @property
    def rank_match(self) -> str | None:
        """What "Best match" ranks by: the words, each whole (a prefix would
        be merged from every word it begins, see ``store.search_best``)."""
        if not self.terms:
            return None
        return " ".join(_phrase(term) for term in self.terms)


def _phrase(term: list[str]) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in term) + '"'


def _local_day_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _parse_date(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value.replace("/", "-"))
    except ValueError:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{name}: wants a date like 2025-03-31, not {value!r}."), name=name, value=value
        ) from None


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
    # A NUL ends SQLite's reading of the match text ("unterminated string"):
    # it separates words like a space.
    query = query.replace("\0", " ")
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


def completed(parsed: ParsedQuery) -> ParsedQuery:
    """``parsed`` with the whole words its unfinished last word begins, so
    that the index walks their lists instead of merging every list of the
    prefix first (``store.index_words``); as it was on PostgreSQL, or when
    the word begins too many words (or is not one word of the index)."""
    word = parsed.unfinished
    if word is None or parsed.completions is not None or backend.is_postgres():
        return parsed
    if not index_words.WORD.fullmatch(word):
        return parsed
    found = index_words.completions(word)
    return parsed if found is None else replace(parsed, completions=tuple(found))


def _apply_filter(parsed: ParsedQuery, name: str, value: str) -> None:
    low = value.lower()
    if name == "from":
        parsed.authors.append(value.lstrip("@"))
    elif name == "platform":
        if low == "twitter":
            low = "x"
        if low not in PLATFORMS:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "platform: is one of {join}, not {value!r}."),
                join=", ".join(sorted(PLATFORMS)),
                value=value,
            )
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
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "is: takes direct, public, mention or heard, not {value!r}."), value=value
            )
    elif name == "state":
        low = low.replace("-", "_")
        if low in ("needs", "open"):
            low = State.NEEDS_REPLY
        if low not in STATES:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "state: is one of {join}, not {value!r}."),
                join=", ".join(sorted(STATES)),
                value=value,
            )
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
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "{name}: takes a number, not {value!r}."), name=name, value=value
            ) from None


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
    ``order="best"`` ranks by relevance (bm25 of the words typed whole) the
    newest ``BEST_OF`` matches that pass the filters, among the newest
    ``BEST_WINDOW`` that have the words: ranking every match of a common
    word costs ~3 µs a match (over half a second for "size" in a million
    messages), and finding 2,000 that pass a rare filter ("tag:vip") walked
    every match (bench/, measurement 2). See ``store.search_best``.
    """
    parsed = completed(parsed)
    return _compile(parsed, [_people(author) for author in parsed.authors], order=order, before=before)


def _compile(
    parsed: ParsedQuery,
    people: list[_People],
    *,
    order: Order | None,
    before: int | None,
    select: str = "",
    paged: bool = False,
) -> tuple[str, list[object]]:
    # (``select``: what an unordered query reads, its key if not said;
    # ``paged``: the statement ends with ``LIMIT ? OFFSET ?``.)
    match = _narrowed(parsed.match, people)
    key = "f.rowid" if match is not None else "m.time_key"
    # What the index answers (the words, the from: people's author words,
    # time ranges: before:, after:, the next page) ...
    text: list[str] = ["message_fts MATCH ?"] if match is not None else []
    text_params: list[object] = [match] if match is not None else []
    for op, value in _ranges(parsed, before):
        text.append(f"{key} {op} ?")
        text_params.append(value)
    # ... and what each match's message and conversation are tested for.
    rows: list[str] = []
    row_params: list[object] = []
    for author, found in zip(parsed.authors, people, strict=True):
        # Exactly the people whose name or handle contains the text (the
        # index's author words above may name a few more).
        if found.ids is not None:
            rows.append(f"m.identity_id IN ({','.join(map(str, found.ids)) or 'NULL'})")
        else:
            rows.append(
                "m.identity_id IN (SELECT id FROM identity WHERE handle LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')"
            )
            row_params.extend([_like(author), _like(author)])
    # Whose conversation a match is: its message's; on PostgreSQL, the
    # index row's own (TEAM_STEPS 4), so a filter on the conversation needs
    # no message read for each match.
    indexed = match is not None and backend.is_postgres()
    owner = "f.conversation_id" if indexed else "m.conversation_id"
    # (Tested on each match, not looked up in message_fts_conversation, the
    # ids' index below: from a list or a join of conversations, the planner
    # read all their messages testing each for the words, "παραγγελια
    # platform:x" 74 ms against 40 through the words' index.)
    tested = f"{owner} + 0" if indexed else owner
    joined = ""
    # A platform: or account filter alone is the message's own account (a
    # conversation's messages are its account's): on SQLite tested in the
    # entry of message_time that each match's walk reads anyway (migration
    # 16), no conversation read, nor listed.
    conditions, conversation_params = _conversation_conditions(parsed)
    on_account, account_params = _account_conditions(parsed, "m.account_id")
    if conditions and match is not None and not indexed and len(on_account) == len(conditions):
        rows.extend(on_account)
        row_params.extend(account_params)
    elif conditions:
        listed = f"SELECT c.id FROM conversation c WHERE {' AND '.join(conditions)}"
        if indexed:
            few, ids = _listed_ids(listed, conversation_params, LISTED_IDS if order == "best" else LISTED_IDS_SEEN)
        else:
            few, ids = _few(listed, conversation_params), None
        if ids is not None:
            # PostgreSQL's Best match: the few conversations' ids, looked up
            # in the index rows' conversations (TEAM_STEPS 5) and ANDed with
            # the words' bitmap, so only the matches that pass are read
            # ("size state:needs_reply": 2,675 of 18,450, 48 -> 28 ms).
            # Two halves ORed, which only a bitmap can take: as one list,
            # the planner also walked the conversation index testing each
            # row's words, taking that test for nearly free ("shipped
            # platform:mastodon": 37,478 rows tested, 70 ms). Each half
            # behind ARRAY(SELECT ...), which the planner does not weigh id
            # by id (as a constant, 2 µs an id: 7-9 ms for 3,500). Newest
            # first, whose walk tests each row it walks, only up to
            # LISTED_IDS_SEEN, as constants: tested against a hash of them,
            # not one by one ("refund tag:vip" in the service form: 27 -> 17
            # ms).
            half = len(ids) // 2
            among = f"{owner} = ANY(?)" if len(ids) <= LISTED_IDS_SEEN else f"{owner} = ANY(ARRAY(SELECT unnest(?::bigint[])))"
            rows.append(f"({among} OR {among})")
            conversation_params = [ids[:half], ids[half:]]
        elif few:
            # The few conversations that pass, listed once (off their own
            # indexes), instead of a conversation row read for every match
            # ("refund tag:vip" walked 59,000 matches in 136 ms, now ~25). The
            # + keeps SQLite from probing message_time once per listed one.
            rows.append(f"{'' if indexed else '+'}{tested} IN ({listed})")
        else:
            # Most pass (is:public, state:done): test each match's own, which
            # costs less than listing tens of thousands.
            joined = _join_conversation(tested)
            rows.extend(conditions)
        row_params.extend(conversation_params)
    if parsed.conversation_id is not None:
        rows.append(f"{owner} = ?")
        row_params.append(parsed.conversation_id)
    # The index leads (CROSS JOIN keeps it first); each match finds its
    # message through message_time, which holds the conversation too: the
    # filters are tested on it before any message row is read (migration 6).
    source = "message_fts f CROSS JOIN message m ON m.time_key = f.rowid" if match is not None else "message m"
    where = _where(text + rows)
    params = text_params + row_params
    if order is None:
        return f"SELECT {select or key} FROM {source}{joined} {where}", params
    if order == "best" and match is not None and parsed.rank_match is not None:
        # By relevance: the newest BEST_OF that pass the filters, of the
        # newest BEST_WINDOW that have the words (by the from: people): a
        # bounded walk, however rare the filter; ranked by the words alone
        # (not the author words that narrow the match to the from: people).
        rank = parsed.rank_match
        walk = None
        if backend.is_postgres():
            # The newest BEST_OF that pass the filters, with no window: see
            # store.search_best.
            message = " CROSS JOIN message m ON m.time_key = f.rowid" if parsed.authors else ""
            walk = search_walk.newest(
                message + joined,
                text + rows,
                params,
                _upper(parsed, before),
                # (A filter's share is the planner's guess: its own index.)
                window=search_walk.best_rows(BEST_OF, *_expected(text, text_params)) if not rows else 0,
                columns=search_best.RANKED_BY,
            )
        elif _few_customers(people):
            # SQLite scores the index's matches over the candidates' range
            # of keys: narrowed to a few from: customers, that walk reads
            # theirs alone, not everyone's in between. The scores stay the
            # words': bm25 weighs the author column 0.
            rank = _narrowed(rank, people) or rank
        if joined and not backend.is_postgres():
            # Each candidate's conversation tested in the filters' own small
            # index, not in its row (migration 15; the planner would take the
            # row). Not in the newest-first forms: there it cost more.
            joined = _join_conversation(owner, index="conversation_filter")
        return search_best.compile_best(
            search_best.Candidates(
                _where(text),
                _where(rows),
                joined,
                params,
                BEST_OF,
                BEST_WINDOW,
                walk,
            ),
            rank,
            shown=_SHOWN,
            shown_joins=_SHOWN_JOINS,
            paged=paged,
        )
    page = " LIMIT ? OFFSET ?" if paged else ""
    if match is not None and backend.is_postgres():
        # The page's keys first (a bounded walk, then the index: see
        # store.search_walk), then the columns shown for those alone.
        # (The message is read for each match only for a from: filter, on
        # its author; the conversation's are on the index row.)
        message = " CROSS JOIN message m ON m.time_key = f.rowid" if parsed.authors else ""
        keys, key_params = search_walk.newest(
            message + joined, text + rows, params, _upper(parsed, before)
        )
        return (
            f"SELECT {_SHOWN} page.k FROM ({keys}{page}) page CROSS JOIN message m ON m.time_key = page.k "
            f"{_SHOWN_JOINS} ORDER BY page.k DESC",
            key_params,
        )
    joins = _SHOWN_JOINS.replace(_JOIN_CONVERSATION, "") if joined else _SHOWN_JOINS
    return f"SELECT {_SHOWN} {key} FROM {source}{joined} {joins} {where} ORDER BY {key} DESC{page}", params


def _join_conversation(owner: str, *, index: str | None = None) -> str:
    """Each match's conversation (``owner``: the column that names it), read
    through ``index`` if given."""
    return f" CROSS JOIN conversation c{f' INDEXED BY {index}' if index else ''} ON c.id = {owner}"


def _few_customers(people: list[_People]) -> bool:
    """Whether the from: people are a few customers (NARROW_RANK_PEOPLE_MAX):
    not the business itself, whose messages are a third of all."""
    named = [p for p in people if p.match is not None and p.ids is not None]
    return bool(named) and not any(p.own for p in people) and sum(len(p.ids or ()) for p in named) <= NARROW_RANK_PEOPLE_MAX


def _where(conditions: list[str]) -> str:
    return f"WHERE {' AND '.join(conditions)}" if conditions else ""


def _upper(parsed: ParsedQuery, before: int | None) -> list[tuple[str, object]]:
    """The ranges that bound time keys from above."""
    return [(op, value) for op, value in _ranges(parsed, before) if op == "<"]


def _ranges(parsed: ParsedQuery, before: int | None) -> list[tuple[str, int]]:
    """Time key ranges: before:, after:, and the next page's."""
    ranges: list[tuple[str, int]] = []
    if parsed.before is not None:
        ranges.append(("<", time_key_at(parsed.before)))
    if parsed.after is not None:
        ranges.append((">=", time_key_at(parsed.after)))
    if before is not None:
        ranges.append(("<", before))
    return ranges


# What a hit shows, and where it comes from.
_SHOWN = "m.id, m.conversation_id, m.text, m.created_at, i.handle, i.name, m.direction, a.platform, c.kind,"
_JOIN_CONVERSATION = " JOIN conversation c ON c.id = m.conversation_id"
_SHOWN_JOINS = "JOIN identity i ON i.id = m.identity_id JOIN account a ON a.id = m.account_id" + _JOIN_CONVERSATION
# A conversation filter passed by at most this many conversations lists them.
FEW_CONVERSATIONS = 10_000
# PostgreSQL's Best match: a filter passed by at most this many conversations
# gives their ids (listing 3,500 takes ~5 ms); newest first, at most this many
# (each weighed by the planner: ~1 ms for 500).
LISTED_IDS = 5_000
LISTED_IDS_SEEN = 500


def _account_conditions(parsed: ParsedQuery, account: str) -> tuple[list[str], list[object]]:
    """The filters on a conversation's account (``account``: the column)."""
    where: list[str] = []
    params: list[object] = []
    if parsed.platforms:
        where.append(
            f"{account} IN (SELECT id FROM account WHERE platform IN ({','.join('?' * len(parsed.platforms))}))"
        )
        params.extend(parsed.platforms)
    if parsed.account_id is not None:
        where.append(f"{account} = ?")
        params.append(parsed.account_id)
    return where, params


def _conversation_conditions(parsed: ParsedQuery) -> tuple[list[str], list[object]]:
    """The filters on a message's conversation (none: every one passes), its
    account's first."""
    where, params = _account_conditions(parsed, "c.account_id")
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
    if parsed.contact_id is not None:
        where.append("c.contact_id = ?")
        params.append(parsed.contact_id)
    return where, params


def _listed_ids(listed: str, params: list[object], cap: int) -> tuple[bool, list[int] | None]:
    """PostgreSQL, in one round trip: whether the conversations ``listed``
    are few (``_few``), and their ids if at most ``cap`` (the list comes
    back only then)."""
    found = database.execute_sql(
        f"SELECT count(*), CASE WHEN count(*) <= {cap} THEN coalesce(array_agg(id), '{{}}') END "
        f"FROM ({listed} LIMIT {max(FEW_CONVERSATIONS, cap) + 1}) listed",
        params,
    ).fetchone()
    return found[0] <= FEW_CONVERSATIONS, None if found[1] is None else [int(i) for i in found[1]]


def _expected(where: list[str], params: list[object]) -> tuple[float, float]:
    """PostgreSQL: how many rows of the index table the planner expects to
    pass ``where``, and how many it has (its statistics: no row read)."""
    plan = database.execute_sql(
        f"EXPLAIN (FORMAT JSON) SELECT 1 FROM message_fts f WHERE {' AND '.join(where)}", params
    ).fetchone()[0]
    rows = database.execute_sql("SELECT reltuples FROM pg_class WHERE oid = 'message_fts'::regclass").fetchone()[0]
    return float(plan[0]["Plan"]["Plan Rows"]), float(rows)


def _few(listed: str, params: list[object]) -> bool:
    found = database.execute_sql(f"SELECT count(*) FROM ({listed} LIMIT {FEW_CONVERSATIONS + 1})", params).fetchone()
    return bool(found[0] <= FEW_CONVERSATIONS)


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
    if parsed.empty:
        return []
    parsed = completed(parsed)
    people = [_people(author) for author in parsed.authors]
    if any(p.ids == [] for p in people):
        return []  # ``from:`` names nobody: no need to test every word match
    sql, params = _compile(parsed, people, order=order, before=before, paged=True)
    rows = database.execute_sql(sql, (*params, limit, offset))
    return [
        SearchHit(r[0], r[1], r[2], from_ms(r[3]), r[4], r[5], _DIRECTIONS[r[6]], _PLATFORMS[r[7]], _KINDS[r[8]], r[9])
        for r in rows
    ]


def _counting(query: str | ParsedQuery, up_to: int | None) -> tuple[ParsedQuery, list[_People], str] | None:
    """What a count needs: the parsed query, its from: people, the LIMIT
    that stops past ``up_to``; None when nothing can be found."""
    parsed = parse(query) if isinstance(query, str) else query
    if parsed.empty:
        return None
    parsed = completed(parsed)
    people = [_people(author) for author in parsed.authors]
    if any(p.ids == [] for p in people):
        return None
    return parsed, people, f" LIMIT {int(up_to) + 1}" if up_to is not None else ""


def count(query: str | ParsedQuery, *, up_to: int | None = None) -> int:
    """How many messages ``query`` finds; with ``up_to``, counting stops
    past that many (a badge says "999+": no need to walk a prolific
    author's hundreds of thousands of messages to say so)."""
    counting = _counting(query, up_to)
    if counting is None:
        return 0
    parsed, people, limit = counting
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
    sql, params = _compile(parsed, people, order=None, before=None)
    return database.execute_sql(f"SELECT count(*) FROM ({sql}{limit})", params).fetchone()[0]


def count_conversations(query: str | ParsedQuery, *, up_to: int | None = None) -> int:
    """How many conversations have a message ``query`` finds; with
    ``up_to``, counting stops past that many."""
    counting = _counting(query, up_to)
    if counting is None:
        return 0
    parsed, people, limit = counting
    sql, params = _compile(parsed, people, order=None, before=None, select="DISTINCT m.conversation_id")
    found: int = database.execute_sql(f"SELECT count(*) FROM ({sql}{limit})", params).fetchone()[0]
    return found


# "Best match" ranks this many of the newest matches that pass the filters,
# among this many of the newest that have the words (see _compile).
BEST_OF = 1000
BEST_WINDOW = 10_000
# Best match from: at most this many customers scores their messages alone
# (see _compile): bm25 then counts each of their author words in the whole
# index, which pays for itself when they are few. At a million messages,
# Best match, median ms before / after: "boots from:kowalski" (1,191
# people, one word) 45 -> 20; "refund from:li" (3,675, three words)
# 40 -> 57, "order from:an" (4,057, four) 38 -> 48.
NARROW_RANK_PEOPLE_MAX = 2000

# More people than this behind one ``from:`` are not listed by id (their
# messages are tested against the people themselves); more index words than
# this for them, and their messages are found by walking all messages newest
# first instead of through the index.
AUTHOR_PEOPLE_MAX = 5000
AUTHOR_WORDS_MAX = 50



@dataclass(frozen=True, slots=True)
class _People:
    """Who one ``from:`` names: their identity ids (None: too many to list)
    and the index's author words that find their messages (None: walk)."""

    ids: list[int] | None
    match: str | None
    # Whether they may include the business itself (an account's own
    # identity): its messages are a large part of all, a customer's a small one.
    own: bool = False


def _people(author: str) -> _People:
    """The people ``from:author`` names (name or handle contains the text),
    read once per search.

    The index's author column holds "name handle" as they were when each
    message came. Each person is found there by one word: the word of their
    name or handle that is what was typed, else one that contains it, else
    the longest word of the handle (which stays when a name changes). Single
    words, not whole phrases: the index then skips through lists of row ids
    instead of checking word positions in hundreds of thousands of rows
    ("tracking from:zappy": 120 ms with phrases, ~10 with words), and 1,200
    Kowalskis are one word, not 1,200 phrases (bench/, measurement 2).
    """
    rows = database.execute_sql(*_people_containing(author)).fetchall()
    if len(rows) > AUTHOR_PEOPLE_MAX:
        return _People(None, None)
    ids = [r[0] for r in rows]
    own = any(r[3] for r in rows)
    typed = folding.index_text(author).strip()
    words: set[str] = set()
    for _id, handle, name, _own in rows:
        by_handle = index_words.WORD.findall(folding.index_text(handle))
        if not by_handle:
            return _People(ids, None, own)  # someone the index cannot spell: walk
        every = by_handle + index_words.WORD.findall(folding.index_text(name or ""))
        word = typed if typed in every else next((t for t in every if typed and typed in t), max(by_handle, key=len))
        words.add(word)
        if len(words) > AUTHOR_WORDS_MAX:
            return _People(ids, None, own)
    match = "author : (" + " OR ".join('"' + w.replace('"', '""') + '"' for w in sorted(words)) + ")" if words else None
    return _People(ids, match, own)


def _people_containing(author: str) -> tuple[str, tuple[object, ...]]:
    """A SELECT of the people whose handle or name contains ``author`` (id,
    handle, name, whether they may be the business's own identity), at most
    one more than AUTHOR_PEOPLE_MAX.

    On SQLite, a text of three letters or more is found by its trigrams
    (``identity_text``, migration 14) instead of reading every person:
    ~1 ms instead of ~8 for 33,000 (trigrams also match letters' case beyond
    ASCII, as ``LIKE`` does not: "ΠΑΠΑΔΟΠΟΥΛΟΣ" for "παπαδοπουλος").
    """
    if len(author) >= 3 and not backend.is_postgres():
        return (
            "SELECT id, handle, name, is_self FROM identity WHERE id IN "
            "(SELECT rowid FROM identity_text WHERE identity_text MATCH ?) LIMIT ?",
            (_phrase([author]), AUTHOR_PEOPLE_MAX + 1),
        )
    return (
        # (is_self unread, taken as maybe: it would cost the index of the
        # names its covering of this scan.)
        "SELECT id, handle, name, 1 FROM identity WHERE handle LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' LIMIT ?",
        (_like(author), _like(author), AUTHOR_PEOPLE_MAX + 1),
    )


def _author_match(author: str) -> str | None:
    """The index expression that finds the messages of the people
    ``from:author`` names; None when the messages must be walked instead."""
    return _people(author).match


def _narrowed(match: str | None, people: list[_People]) -> str | None:
    """``match`` narrowed to the ``from:`` people, so the index finds their
    messages (there is no index of messages by author: one less to update for
    every stored message, see migration 5)."""
    parts = [match] if match is not None else []
    parts += [p.match for p in people if p.match is not None]
    if len(parts) <= 1:
        return parts[0] if parts else None
    return " AND ".join(f"({p})" for p in parts)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _needs_joins(parsed: ParsedQuery) -> bool:
    return bool(
        parsed.authors
        or parsed.platforms
        or parsed.kind
        or parsed.states
        or parsed.tags
        or parsed.heard is not None
        or parsed.account_id
        or parsed.contact_id
        or parsed.conversation_id
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
        [(mid, folding.index_text(text), folding.index_text(f"{name} {handle}")) for mid, text, name, handle in rows],
    )
    return len(rows)
