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

# Rows walked before the index is asked: a page of 50-100 hits of a word in
# 1-2% of messages or more is found in the walk (~2 ms at 5,000 rows).
# Buffers read by the bench's 50 queries in the search box's form, walks of
# 1,000 / 2,000 / 5,000 / 10,000 rows: 316k / 335k / 290k / 352k.
WINDOW = 5_000
# "Best match" wants the newest 1,000 matches (10,000 with a filter): only
# a word in over 10% of messages has that many in a walk of 10,000 rows, so
# the index alone is asked (0: no walk). Buffers read by the bench's
# queries at 100,000 messages, walks of 0 / 3,000 / 5,000 / 10,000 rows:
# 203k / 271k / 317k / 409k without a filter, 169k / - / 265k / 290k with.
BEST_ROWS = 0


def newest(
    joins: str,
    where: list[str],
    params: list[object],
    upper: list[tuple[str, object]],
    *,
    window: int | None = None,
    owner: bool = False,
) -> tuple[str, list[object]]:
    """A SELECT of ``k``, the time keys (``f.rowid``) of ``message_fts f``
    (and ``joins``) passing ``where``, newest first, without a LIMIT (the
    caller's stops it). ``upper``: the conditions (``op``, value) that bound
    the keys from above (``before:``, the next page), also in ``where``.
    ``owner``: and ``conversation_id``, each match's conversation (the index
    row's, see ``pg.migrations.TEAM_STEPS`` 4)."""
    window = WINDOW if window is None else window
    also = ", f.conversation_id AS conversation_id" if owner else ""
    if window == 0:
        # The index alone: every match read, the newest kept.
        sql = f"SELECT f.rowid AS k{also} FROM message_fts f{joins} WHERE {' AND '.join(where)} ORDER BY f.rowid + 0 DESC"
        return sql, list(params)
    bound = " AND ".join(f"rowid {op} ?" for op, _ in upper)
    bound_params = [value for _, value in upper]
    newest_rows = f"SELECT rowid{{columns}} FROM message_fts{' WHERE ' + bound if bound else ''} ORDER BY rowid DESC LIMIT {window}"
    # (A subquery with a LIMIT is walked as written: the match is tested on
    # each row as it comes, and the walk stops when the page is full.)
    walked = f"({newest_rows.format(columns=', body_tsv, author_tsv, conversation_id')}) f"
    floor = f"(SELECT min(rowid) FROM ({newest_rows.format(columns='')}) t)"
    where_sql = " AND ".join(where)
    first = f"SELECT f.rowid AS k{also} FROM {walked}{joins} WHERE {where_sql} ORDER BY f.rowid DESC"
    # "+ 0": no walk of the key here (that is the first part's, bounded);
    # the index finds the older matches.
    # (Nor of its range below the walk: "f.rowid + 0 <" is a test of each
    # match, not a bitmap of 95% of the table's keys to AND with theirs.)
    rest = f"SELECT f.rowid AS k{also} FROM message_fts f{joins} WHERE f.rowid + 0 < {floor} AND {where_sql} ORDER BY f.rowid + 0 DESC"
    sql = f"SELECT k{', conversation_id' if owner else ''} FROM (({first}) UNION ALL ({rest})) newest"
    return sql, [*bound_params, *params, *bound_params, *params]
