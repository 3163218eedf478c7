"""SQLite's SQL, as the store writes it, rewritten for PostgreSQL.

Only the constructs the store uses are rewritten (the store's tests run on
both databases, so a new one that is missed shows up there):

* parameters: ``?`` and ``?N`` become ``%s`` (and ``%`` becomes ``%%``);
* ``INSERT OR IGNORE`` becomes ``ON CONFLICT DO NOTHING``; ``CROSS JOIN
  ... ON`` a plain ``JOIN``; ``LIKE`` (which
  ignores ASCII case in SQLite) becomes ``ILIKE``; two-argument ``min``/``max``
  become ``LEAST``/``GREATEST``; ``group_concat`` becomes ``string_agg``;
  ``json_extract``/``json_each`` become PostgreSQL's JSON functions
  (``json_each(?)`` a list of ids, ``json_each(?, '$')`` a list of texts);
* flags are integers on both (0/1): ``NOT flag`` becomes ``flag = 0``;
* SQLite's index hint ``+column`` (unary plus) is dropped;
* the FTS5 index's own statements (``'delete'``, ``'delete-all'``) become
  plain deletes from the PostgreSQL index table (see ``migrations``);
* ``COLLATE NOCASE`` stays: the PostgreSQL schema defines a ``nocase``
  collation (case-insensitive ICU) for it;
* DDL: integers are 64-bit (times are epoch milliseconds), a table's ``id``
  is numbered by its own sequence (``BIGSERIAL``: two members writing at
  once never take the same one), and the FTS5 table is a table of
  ``tsvector`` columns.

``message_fts MATCH ?`` and ``f.rank`` depend on the match expression (a
parameter's value): ``plan`` leaves them as markers that ``bind`` expands.

``bulk`` turns a one-row ``INSERT ... VALUES`` or ``UPDATE ... WHERE key =``
run for many rows (the store's ``executemany``) into one statement over
arrays of the rows' values (``unnest``): one execution a batch, not one a
row, so the team database's statement triggers (change log, NOTIFY) fire
once a batch and the server starts one executor, not a hundred.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from desktop_inbox.store.pg import fts

FLAGS = ("is_self", "heard", "exhausted", "media_keep")

# The index table that stands for FTS5's ``message_fts`` (migration 2; its
# trigram indexes, never read, are dropped by ``migrations.TEAM_STEPS`` 2,
# and each row gets its message's ``conversation_id`` by step 4).
FTS_TABLE = """
CREATE TABLE message_fts (
    rowid BIGINT PRIMARY KEY,
    body TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    body_tsv tsvector GENERATED ALWAYS AS (to_tsvector('inbox', inbox_words(body))) STORED,
    author_tsv tsvector GENERATED ALWAYS AS (to_tsvector('inbox', inbox_words(author))) STORED
);
CREATE INDEX message_fts_body ON message_fts USING gin (body_tsv);
CREATE INDEX message_fts_author ON message_fts USING gin (author_tsv);
CREATE INDEX message_fts_body_trgm ON message_fts USING gin (inbox_words(body) gin_trgm_ops);
CREATE INDEX message_fts_author_trgm ON message_fts USING gin (inbox_words(author) gin_trgm_ops)
"""

_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE | re.DOTALL), replacement)
    for pattern, replacement in (
        (r"\bCREATE VIRTUAL TABLE message_fts USING fts5\s*\(.*?\)\s*;?\s*$", FTS_TABLE),
        (r"\bINSERT INTO message_fts \(message_fts\) VALUES \('delete-all'\)", "DELETE FROM message_fts"),
        (
            r"\bINSERT INTO message_fts \(message_fts, rowid, body, author\) VALUES \('delete', \?, \?, \?\)",
            "DELETE FROM message_fts WHERE rowid = ?1",
        ),
        # FTS5 takes a row again under a rowid it had (a message deleted
        # without unindexing); a table with a key wants that said.
        (
            r"\bINSERT INTO message_fts \(rowid, body, author\) VALUES \(\?, \?, \?\)",
            "INSERT INTO message_fts (rowid, body, author) VALUES (?, ?, ?) "
            "ON CONFLICT (rowid) DO UPDATE SET body = excluded.body, author = excluded.author",
        ),
        # A JSON array column walked with each element's index (migration 8:
        # the pictures of messages already cached).
        (r"\bjson_each\((\w+\.\w+)\) (\w+)", r"jsonb_array_elements((\1)::jsonb) WITH ORDINALITY AS \2(value, ord)"),
        (r"\bCAST\((\w+)\.key AS INTEGER\)", r"(\1.ord - 1)"),
        # SQLite's CROSS JOIN ... ON (an inner join whose order the planner
        # keeps, store.search): PostgreSQL takes it as a plain JOIN.
        (r"\bCROSS JOIN (\w+ \w+)\s+ON\b", r"JOIN \1 ON"),
        # Best match ranked by the words only, the author column weighing
        # nothing (store.search): what f.rank is here (fts.rank).
        (r"\bbm25\(message_fts, 1\.0, 0\.0\)", "f.rank"),
        # SQLite's unary + that keeps its planner off an index (store.search:
        # the few conversations a filter lists): on PostgreSQL it keeps the
        # planner off message_conversation and reads every message instead
        # ("refund tag:vip": 110 ms against 22 in 100,000 messages).
        (r"\b(AND|WHERE)\s+\+(\w+\.\w+)\b", r"\1 \2"),
        (r"\bINTEGER\b", "BIGINT"),
        (r"\bLIKE\b", "ILIKE"),
        (r"\bgroup_concat\(", "string_agg("),
        (r"\bjson_extract\(([\w.]+), '\$\.(\w+)'\)", r"((\1)::jsonb ->> '\2')"),
        (r"\bjson_each\(\?\) (\w+)", r"(SELECT value::bigint AS value FROM json_array_elements_text(?::json)) \1"),
        # A list of texts (remote ids: store.threads) is walked from its root
        # path, which says which it is: the values stay text.
        (r"\bjson_each\(\?, '\$'\) (\w+)", r"(SELECT value FROM json_array_elements_text(?::json)) \1"),
        (rf"\bNOT ((?:\w+\.)?(?:{'|'.join(FLAGS)}))\b", r"\1 = 0"),
        (rf"\b((?:\w+\.)?(?:{'|'.join(FLAGS)})) OR ((?:\w+\.)?(?:{'|'.join(FLAGS)}))\b", r"GREATEST(\1, \2)"),
        # PostgreSQL 15 wants a name for a subquery in FROM (search.count).
        (r"^(\s*SELECT count\(\*\) FROM \(SELECT\b.*\))\s*$", r"\1 AS counted"),
        # Our own server folds its own write-ahead log: nothing to do.
        (r"^\s*PRAGMA wal_checkpoint\(\w*\)\s*$", "SELECT 0, 0, 0"),
        (r"^\s*VACUUM\s*$", "SELECT 0"),
    )
)
_INSERT_OR_IGNORE = re.compile(r"\bINSERT OR IGNORE INTO\b", re.IGNORECASE)
_TABLE_ID = re.compile(r"\bCREATE TABLE (\w+) \(\s*id INTEGER PRIMARY KEY\b", re.IGNORECASE)
_MIN_MAX = re.compile(r"\b(min|max)\(", re.IGNORECASE)
# What ``bind`` fills in: parameters, and the two match-dependent markers.
_MARKERS = re.compile(r"message_fts MATCH \?|f\.rank\b|\?\d*")


class Plan(NamedTuple):
    parts: tuple[str, ...]  # SQL text and markers, alternately
    static: str | None  # the whole statement when it has no match markers
    order: tuple[int, ...] | None  # which parameter each %s takes


@functools.lru_cache(maxsize=2048)
def plan(sql: str) -> Plan:
    """The rewritten statement, split at its parameters (cached: the store
    runs the same few hundred statements over and over)."""
    text = _rewrite(sql).replace("%", "%%")
    parts = tuple(_MARKERS.split(text))
    markers = _MARKERS.findall(text)
    pieces: list[str] = [parts[0]]
    order: list[int] = []
    last = -1
    for marker, after in zip(markers, parts[1:], strict=True):
        pieces.extend([marker, after])
        if marker.startswith("?"):
            last = int(marker[1:]) - 1 if len(marker) > 1 else last + 1
            order.append(last)
    if any(not m.startswith("?") for m in markers):
        return Plan(tuple(pieces), None, None)
    return Plan(tuple(pieces), "%s".join(pieces[::2]), tuple(order))


def bind(sql: str, params: Sequence[object] | None) -> tuple[str, list[object]]:
    """``sql`` and ``params`` as PostgreSQL takes them."""
    found = plan(sql)
    values = list(params or ())
    if found.static is not None:
        assert found.order is not None
        return found.static, [values[i] for i in found.order]
    out: list[str] = []
    bound: list[object] = []
    # The score is written before the WHERE that holds the match (SELECT
    # f.rank AS score ... WHERE message_fts MATCH ?): rank by the statement's
    # first match, wherever it stands.
    match = _first_match(found.parts, values)
    last = -1
    for i, piece in enumerate(found.parts):
        if i % 2 == 0:
            out.append(piece)
        elif piece.startswith("message_fts"):
            last += 1
            condition = fts.condition(str(values[last]))
            out.append(condition.sql)
            bound.extend(condition.params)
        elif piece == "f.rank":
            rank = fts.rank(match)
            out.append(rank.sql)
            bound.extend(rank.params)
        else:
            last = int(piece[1:]) - 1 if len(piece) > 1 else last + 1
            out.append("%s")
            bound.append(values[last])
    return "".join(out), bound


class Bulk(NamedTuple):
    """A statement that writes one row, as one that writes many (``bulk``)."""

    table: str
    columns: tuple[str, ...]  # the column each parameter is written to (or the key it finds rows by)
    order: tuple[int, ...]  # which value of a row each parameter takes
    unique: tuple[int, ...]  # parameters whose values together must differ between a batch's rows
    head: str  # the statement up to its arrays
    tail: str  # ... and after them (``{}``: a name for the arrays' columns)

    def fits(self, rows: Sequence[Sequence[object]]) -> bool:
        """Run as one statement, ``rows`` do what they do one by one: no two
        upsert the same key (PostgreSQL refuses to change a row twice in one
        statement) or update by the same key."""
        if not self.unique:
            return True
        if len(self.unique) == 1:
            i = self.order[self.unique[0]]
            return len({row[i] for row in rows}) == len(rows)
        at = [self.order[p] for p in self.unique]
        return len({tuple(row[i] for i in at) for row in rows}) == len(rows)

    def arrays(self, rows: Sequence[Sequence[object]]) -> list[list[object]]:
        """The rows' values, one list a parameter."""
        if self.order == tuple(range(len(rows[0]))):
            return [list(column) for column in zip(*rows, strict=True)]
        return [[row[i] for row in rows] for i in self.order]

    def sql(self, types: dict[str, str]) -> str:
        """The statement, each array cast to its column's type (``types``:
        the table's, from the catalogue)."""
        arrays = ", ".join(f"%b::{types[c]}[]" for c in self.columns)
        return f"{self.head}unnest({arrays}){self.tail}"


_BULK_INSERT = re.compile(
    r"^\s*INSERT INTO (\w+)\s*\(([\w\s,]+)\)\s*VALUES\s*\(\s*%s(?:\s*,\s*%s)*\s*\)\s*(ON CONFLICT\b.*?)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_BULK_UPDATE = re.compile(
    r"^\s*UPDATE (\w+)\s+SET\s+(\w+\s*=\s*%s(?:\s*,\s*\w+\s*=\s*%s)*)\s+WHERE\s+(\w+)\s*=\s*%s\s*$",
    re.IGNORECASE | re.DOTALL,
)
_UPSERT = re.compile(r"^ON CONFLICT\s*\(([\w\s,]+)\)\s*DO UPDATE\b", re.IGNORECASE)
_SKIP = re.compile(r"^ON CONFLICT\s*(?:\([\w\s,]+\)\s*)?DO NOTHING$", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def bulk(sql: str) -> Bulk | None:
    """``sql`` (the store's SQLite SQL, one row's statement) as one statement
    for a batch of rows, or None when it is not one of the two plain shapes:
    ``INSERT INTO t (a, b) VALUES (?, ?)`` (an ``ON CONFLICT`` clause kept)
    and ``UPDATE t SET a = ?, b = ? WHERE k = ?``."""
    found = plan(sql)
    if found.static is None or found.order is None or "RETURNING" in found.static.upper():
        return None
    text = found.static
    insert = _BULK_INSERT.match(text)
    if insert is not None:
        table, names, conflict = insert[1], _names(insert[2]), (insert[3] or "").strip()
        if len(names) != text.count("%s") or len(set(names)) != len(names):
            return None
        unique: tuple[int, ...] = ()
        if conflict:
            upsert = _UPSERT.match(conflict)
            if upsert is not None:
                keys = _names(upsert[1])
                if not set(keys) <= set(names):
                    return None
                unique = tuple(names.index(k) for k in keys)
            elif _SKIP.match(conflict) is None:
                return None
        head = f"INSERT INTO {table} ({', '.join(names)}) SELECT * FROM "
        return Bulk(table, names, found.order, unique, head, f" {conflict}" if conflict else "")
    update = _BULK_UPDATE.match(text)
    if update is not None:
        table, key = update[1], update[3]
        names = tuple(part.split("=")[0].strip() for part in update[2].split(","))
        if key in names or len(set(names)) != len(names):
            return None
        columns = (*names, key)
        alias = ", ".join(f"c{i}" for i in range(len(columns)))
        sets = ", ".join(f"{name} = v.c{i}" for i, name in enumerate(names))
        head = f"UPDATE {table} SET {sets} FROM "
        tail = f" AS v({alias}) WHERE {table}.{key} = v.c{len(names)}"
        return Bulk(table, columns, found.order, (len(names),), head, tail)
    return None


def _names(listed: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in listed.split(","))


def _first_match(parts: tuple[str, ...], values: list[object]) -> fts.Condition | None:
    last = -1
    for piece in parts[1::2]:
        if piece.startswith("message_fts"):
            return fts.condition(str(values[last + 1]))
        if piece != "f.rank":
            last = int(piece[1:]) - 1 if len(piece) > 1 else last + 1
    return None


def _rewrite(sql: str) -> str:
    table = _TABLE_ID.search(sql)
    if table is not None:
        sql = _TABLE_ID.sub(lambda m: f"CREATE TABLE {m[1]} (\n id BIGSERIAL PRIMARY KEY", sql)
    for pattern, replacement in _REWRITES:
        sql = pattern.sub(replacement, sql)
    if _INSERT_OR_IGNORE.search(sql):
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql).rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return _least_greatest(sql)


def _least_greatest(sql: str) -> str:
    """Two-argument ``min(a, b)``/``max(a, b)`` (SQLite's scalar forms) as
    ``LEAST``/``GREATEST``; one-argument ones are aggregates and stay."""
    out: list[str] = []
    pos = 0
    for found in _MIN_MAX.finditer(sql):
        if found.start() < pos:
            continue
        end = _closing(sql, found.end())
        inner = _least_greatest(sql[found.end() : end])
        scalar = _top_level_comma(inner)
        name = ("LEAST" if found[1].lower() == "min" else "GREATEST") if scalar else found[1]
        out.append(f"{sql[pos : found.start()]}{name}({inner}")
        pos = end
    out.append(sql[pos:])
    return "".join(out)


def _closing(sql: str, start: int) -> int:
    depth = 1
    for i in range(start, len(sql)):
        if sql[i] == "(":
            depth += 1
        elif sql[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced parentheses in {sql!r}")


def _top_level_comma(inner: str) -> bool:
    depth = 0
    for ch in inner:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            return True
    return False
