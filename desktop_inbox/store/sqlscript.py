"""Several SQL statements inside the caller's transaction (the migrations')."""

from __future__ import annotations

import sqlite3


def script(conn: sqlite3.Connection, sql: str) -> None:
    """Run several statements inside the caller's transaction.

    (``executescript`` would commit first, breaking the all-or-nothing step.)
    """
    statement = ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")

