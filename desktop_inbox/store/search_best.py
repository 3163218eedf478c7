""""Best match": the SQL that ranks a bounded set of candidates by relevance.

The candidates are the newest ``best_of`` matches that pass the filters,
among the newest ``window`` that have the words (``store.search``). They are
found in one walk of the index, without ranking anything, and only then
ranked: bm25 of the words typed whole (``ParsedQuery.rank_match``), for the
candidates alone, in a second walk over their range of time keys.

Why (bench/, measurement 2, at a million messages): ranking costs ~5 µs a
row, but bm25 first counts, for each phrase it ranks by, every message of the
whole index that has it (its IDF). The search box's last word is a prefix
(``"size"*``), which FTS5 merges from every word it begins, ~10 ms for a
common one; ranked in the walk, it was merged three times (the window's
floor, the walk, the IDF): Best match took 35-60 ms where the newest first
took ~10. Now a prefix is merged once, by the walk that finds the
candidates, and ranking counts whole words. A candidate that has none of the
words whole (only a longer word the unfinished one begins) ranks after those
that have them, newest first.

On PostgreSQL the candidates are the newest ``best_of`` that pass the
filters, with no window. The window bounds SQLite's walk, which goes newest
first and stops; a GIN index has no order, so PostgreSQL reads every match
anyway, and there the window only added a sort of all of them (18,450 for
"size", to keep 10,000) before the filters. Without it, a filter that lists
its conversations is answered by the index together with the words (a
bitmap AND, ``pg.migrations.TEAM_STEPS`` 5): "size state:needs_reply" reads
the 2,675 matches that pass, not all 18,450 (bench/, row 12: 48 -> 28 ms
in all). The two differ only when fewer than ``best_of`` pass among the
newest ``window``: PostgreSQL then ranks older ones too.
"""

from __future__ import annotations

from typing import NamedTuple

from desktop_inbox.store import backend

# PostgreSQL: what ranking reads of each candidate's index row, carried
# with it from the walk that found it (not read again by its key: 1,000
# lookups, ~5 ms).
RANKED_BY = ("body_tsv", "author_tsv")


class Candidates(NamedTuple):
    """What finds the candidates: the index's conditions (the words, time
    ranges), the filters on each match's message (``m``) and conversation
    (``joined``, when it is read), their parameters in that order."""

    index_where: str
    rows_where: str
    joined: str
    params: list[object]
    best_of: int
    window: int
    # PostgreSQL: the matches that pass the filters, newest first
    # (``store.search_walk.newest``), with the RANKED_BY columns, and its
    # parameters; no window.
    walk: tuple[str, list[object]] | None = None

    def statement(self) -> tuple[str, list[object]]:
        """A SELECT of ``k``, the candidates' time keys (on PostgreSQL, and
        the RANKED_BY columns), and its parameters."""
        if self.walk is None:
            return self.sql(), list(self.params)
        walk, params = self.walk
        return f"{walk} LIMIT {self.best_of}", params

    def sql(self) -> str:
        """A SELECT of ``k``, the candidates' time keys."""
        walk = f"SELECT f.rowid AS k FROM message_fts f {self.index_where} ORDER BY f.rowid DESC"
        if not self.rows_where:
            return f"{walk} LIMIT {min(self.best_of, self.window)}"
        # The window walked newest first, each match tested as it comes,
        # stopping at best_of that pass: SQLite runs the window as a
        # co-routine whose order the join (CROSS: the window leads) keeps,
        # and the LIMIT stops it. (SQLite 3.40 cannot tell that the window
        # is ordered: an ORDER BY here would test all of it before sorting.
        # PostgreSQL gives no such promise: it is told.)
        order = " ORDER BY w.k DESC" if backend.is_postgres() else ""
        return (
            f"SELECT w.k AS k FROM ({walk} LIMIT {self.window}) w CROSS JOIN message m ON m.time_key = w.k"
            f"{self.joined} {self.rows_where}{order} LIMIT {self.best_of}"
        )


def compile_best(
    candidates: Candidates, rank_match: str, *, shown: str, shown_joins: str, paged: bool
) -> tuple[str, list[object]]:
    """The candidates ranked, best first, with the columns ``shown`` (from
    ``m``, the message, and ``shown_joins``) and the time key.

    ``paged``: the statement ends in a page's ``LIMIT ? OFFSET ?``, taken
    before the rows shown are read (100 of the 1,000 ranked, not all).
    """
    page = " LIMIT ? OFFSET ?" if paged else ""
    if backend.is_postgres():
        return _compile_best_postgres(candidates, rank_match, shown=shown, shown_joins=shown_joins, page=page)
    sql = (
        f"WITH found AS MATERIALIZED ({candidates.sql()}), "
        # The candidates' scores: the index walked over their range only, a
        # score computed for a candidate only. (The + keeps the list of them
        # from becoming one index lookup each, each counting the IDF again.)
        "scored AS MATERIALIZED (SELECT f.rowid AS k, bm25(message_fts, 1.0, 0.0) AS score FROM message_fts f "
        "WHERE message_fts MATCH ? AND f.rowid BETWEEN (SELECT min(k) FROM found) AND (SELECT max(k) FROM found) "
        "AND +f.rowid IN (SELECT k FROM found)), "
        # bm25 is negative, lower is better: a candidate without a score goes
        # last (its 0.0). Grouped, not joined: a join's plan hangs on the
        # planner's guess of how many rows each side has, and with other
        # statistics it compared 1,000 candidates to 1,000 scores each
        # (~75 ms); a sort of 2,000 rows costs well under a millisecond.
        "best AS MATERIALIZED (SELECT k, min(score) AS score FROM "
        "(SELECT k, 0.0 AS score FROM found UNION ALL SELECT k, score FROM scored) "
        f"GROUP BY k ORDER BY 2, 1 DESC{page}) "
        f"SELECT {shown} best.k FROM best JOIN message m ON m.time_key = best.k {shown_joins} ORDER BY best.score, best.k DESC"
    )
    return sql, [*candidates.params, rank_match]


def _compile_best_postgres(
    candidates: Candidates, rank_match: str, *, shown: str, shown_joins: str, page: str
) -> tuple[str, list[object]]:
    """The same ranking on PostgreSQL, whose index has no order to walk and
    whose ranking needs no index walk: each candidate is scored on the
    vectors the walk read with it (``f.rank``: by the words of the
    candidates' match, see ``pg.fts.rank``) if it has the words whole, else
    0, as above.

    (SQLite's shape, scoring a walk over the candidates' range of keys and
    joining the scores back, read every row of that range for a rare filter,
    97,000 for "refund tag:vip", and joined 1,000 candidates to 1,000 scores
    by a nested loop when a phrase was estimated at one row: 100-200 ms at
    100,000 messages, bench/ row 12.)
    """
    found, params = candidates.statement()
    sql = (
        f"WITH found AS MATERIALIZED ({found}), "
        "best AS MATERIALIZED (SELECT f.k AS k, CASE WHEN message_fts MATCH ? THEN f.rank ELSE 0.0 END AS score "
        f"FROM found f ORDER BY 2, 1 DESC{page}) "
        f"SELECT {shown} best.k FROM best CROSS JOIN message m ON m.time_key = best.k {shown_joins} "
        "ORDER BY best.score, best.k DESC"
    )
    return sql, [*params, rank_match]
