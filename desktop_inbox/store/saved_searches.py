"""Saved searches: queries the user keeps in the sidebar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_inbox.errors import BadInput
from desktop_inbox.store import search
from desktop_inbox.store.schema import database, to_ms
from desktop_inbox.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class SavedSearch:
    id: int
    name: str
    query: str


def all_saved() -> list[SavedSearch]:
    return [
        SavedSearch(r[0], r[1], r[2])
        for r in database.execute_sql("SELECT id, name, query FROM saved_search ORDER BY position, id")
    ]


def save(name: str, query: str, *, now: datetime | None = None) -> SavedSearch:
    name, query = name.strip(), query.strip()
    if not name or not query:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "A saved search needs a name and a query."))
    search.parse(query)  # refuse a query with a bad filter now, not in the sidebar
    position = database.execute_sql("SELECT coalesce(max(position), 0) + 1 FROM saved_search").fetchone()[0]
    saved_id = database.execute_sql(
        "INSERT INTO saved_search (name, query, position, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        (name, query, position, to_ms(now or datetime.now(UTC))),
    ).fetchone()[0]
    return SavedSearch(saved_id, name, query)


def delete(saved_id: int) -> None:
    database.execute_sql("DELETE FROM saved_search WHERE id = ?", (saved_id,))


def counts(*, up_to: int | None = None) -> list[tuple[SavedSearch, int]]:
    """Every saved search with how many conversations it finds now, as the
    sidebar counts its views (at most ``up_to`` + 1 with ``up_to``: see
    ``search.count_conversations``)."""
    out = []
    for saved in all_saved():
        try:
            out.append((saved, search.count_conversations(saved.query, up_to=up_to)))
        except BadInput:
            out.append((saved, 0))
    return out
