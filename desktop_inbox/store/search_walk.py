"""Newest matches first on PostgreSQL: a bounded walk, then the index.

FTS5 walks a word's matches in rowid order, so "the newest 50 with these
words" reads 50 of them (``store.search``). A GIN index answers a match as a
set, in no order: PostgreSQL either reads every match (a bitmap, then a
sort) or walks the index table's key newest first testing each row, and
picks by its estimate of how many rows match. The estimate is often wrong
both ways, and each wrong pick costs the whole table (bench/, row 12, at
100,000 messages):

* ``tracking from:zappy`` (the words and the shop's own author word, each
  common, never together): estimated 836 matches, found none, so the walk
  tested all 100,000 rows (44-130 ms);
* ``"true to size"``: a phrase is estimated at a few hundred and has 5,628;
  every one was read and joined before the 50 newest were kept (37-100 ms).

So both, in one statement: the newest ``window`` rows are walked (a bounded
cost, however rare the words), and only if they hold too few matches are the
older rows found through the index (its bitmap: cheap when matches are few,
which is when it runs). ``UNION ALL`` under a LIMIT runs its second part
only when the first did not fill the page.
"""

from __future__ import annotations

import math

# Rows walked before the index is asked: a page of 50-100 hits of a word in
# 1-2% of messages or more is found in the walk (~2 ms at 5,000 rows).
# Buffers read by the bench's 50 queries in the search box's form, walks of
# 1,000 / 2,000 / 5,000 / 10,000 rows: 316k / 335k / 290k / 352k.
WINDOW = 5_000
# "Best match" wants the newest 1,000 that pass (``store.search_best``).
# The index alone reads every match: 18,450 for "size" at 100,000 messages,
# 37 ms, where a walk of the newest 10,000 rows finds 1,000 in 9. A walk
# that finds too few costs its rows on top (a rare word: "waterproof" 6 ms
# by the index, 18 after a walk of 10,000). So the walk is as long as the
# planner's estimate of the share that pass says holds them, with room, if
# that is at most BEST_WALK_MAX rows; else the index alone (0).
BEST_WALK_MAX = 20_000
BEST_WALK_ROOM = 1.5
# (A fixed walk instead of the estimate's: tests.)
BEST_ROWS: int | None = None


def best_rows(wanted: int, expected: float, rows: float) -> int:
    """Rows to walk for ``wanted`` that pass, when the planner expects
    ``expected`` of ``rows`` to; 0: none, the index alone."""
    if BEST_ROWS is not None:
        return BEST_ROWS
    if expected <= 0 or rows <= 0:
        return 0
    walk = math.ceil(BEST_WALK_ROOM * wanted * rows / expected)
    return walk if walk <= BEST_WALK_MAX else 0


def newest(
    joins: str,
    where: list[str],
    params: list[object],
    upper: list[tuple[str, object]],
    *,
    window: int | None = None,
    columns: tuple[str, ...] = (),
) -> tuple[str, list[object]]:
    """A SELECT of ``k``, the time keys (``f.rowid``) of ``message_fts f``
    (and ``joins``) passing ``where``, newest first, without a LIMIT (the
    caller's stops it). ``upper``: the conditions (``op``, value) that bound
    the keys from above (``before:``, the next page), also in ``where``.
    ``columns``: and these of the index row (``message_fts``'s own names)."""
    window = WINDOW if window is None else window
    also = "".join(f", f.{column} AS {column}" for column in columns)
    if window == 0:
        # The index alone: every match read, the newest kept.
        sql = f"SELECT f.rowid AS k{also} FROM message_fts f{joins} WHERE {' AND '.join(where)} ORDER BY f.rowid + 0 DESC"
        return sql, list(params)
    bound = " AND ".join(f"rowid {op} ?" for op, _ in upper)
    bound_params = [value for _, value in upper]
    newest_rows = f"SELECT rowid{{columns}} FROM message_fts{' WHERE ' + bound if bound else ''} ORDER BY rowid DESC LIMIT {window}"
    # (A subquery with a LIMIT is walked as written: the match is tested on
    # each row as it comes, and the walk stops when the page is full.)
    walked = f"({newest_rows.format(columns=', ' + ', '.join(dict.fromkeys(('body_tsv', 'author_tsv', 'conversation_id', *columns))))}) f"
    floor = f"(SELECT min(rowid) FROM ({newest_rows.format(columns='')}) t)"
    where_sql = " AND ".join(where)
    first = f"SELECT f.rowid AS k{also} FROM {walked}{joins} WHERE {where_sql} ORDER BY f.rowid DESC"
    # "+ 0": no walk of the key here (that is the first part's, bounded);
    # the index finds the older matches.
    # (Nor of its range below the walk: "f.rowid + 0 <" is a test of each
    # match, not a bitmap of 95% of the table's keys to AND with theirs.)
    rest = f"SELECT f.rowid AS k{also} FROM message_fts f{joins} WHERE f.rowid + 0 < {floor} AND {where_sql} ORDER BY f.rowid + 0 DESC"
    sql = f"SELECT k{''.join(', ' + column for column in columns)} FROM (({first}) UNION ALL ({rest})) newest"
    return sql, [*bound_params, *params, *bound_params, *params]
