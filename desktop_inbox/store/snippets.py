"""Saved replies (snippets): starting points, personalised before sending."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.store.schema import database, from_ms, to_ms
from desktop_inbox.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Snippet:
    id: int
    name: str
    body: str
    updated_at: datetime


def all_snippets() -> list[Snippet]:
    return [
        Snippet(r[0], r[1], r[2], from_ms(r[3]))
        for r in database.execute_sql("SELECT id, name, body, updated_at FROM snippet ORDER BY name COLLATE NOCASE")
    ]


def get(snippet_id: int) -> Snippet:
    row = database.execute_sql("SELECT id, name, body, updated_at FROM snippet WHERE id = ?", (snippet_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no saved reply {snippet_id}."), snippet_id=snippet_id)
    return Snippet(row[0], row[1], row[2], from_ms(row[3]))


def find(name: str) -> Snippet:
    row = database.execute_sql(
        "SELECT id FROM snippet WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1", (name.strip(),)
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no saved reply named {name!r}."), name=name)
    return get(row[0])


def save(name: str, body: str, *, snippet_id: int | None = None, now: datetime | None = None) -> Snippet:
    name, body = name.strip(), body.strip()
    if not name or not body:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "A saved reply needs a name and a text."))
    at = to_ms(now or datetime.now(UTC))
    if snippet_id is None:
        snippet_id = database.execute_sql(
            "INSERT INTO snippet (name, body, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id",
            (name, body, at, at),
        ).fetchone()[0]
    else:
        database.execute_sql(
            "UPDATE snippet SET name = ?, body = ?, updated_at = ? WHERE id = ?", (name, body, at, snippet_id)
        )
    return get(snippet_id)


def delete(snippet_id: int) -> None:
    database.execute_sql("DELETE FROM snippet WHERE id = ?", (snippet_id,))
