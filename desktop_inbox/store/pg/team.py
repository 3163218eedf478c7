"""A team database's address, and moving a local cache into one.

``address`` checks a ``postgresql://`` URL (anything not on this machine must
say ``sslmode=verify-full``: the server's certificate is checked, and its
name) and splits the password off, which the caller keeps in the keyring.
``move_in`` copies every table of a local cache into an empty team
database in one transaction, rebuilds the search index there, and compares
the counts of every table before it commits: a failure leaves the team
database as empty as it was and the local cache untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_inbox.errors import BadInput, StoreError
from desktop_inbox.store import cipher
from desktop_inbox.store.migrations import LATEST
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.store")

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})
# Tables in the order their foreign keys allow (the search index is rebuilt).
TABLES = (
    "account", "contact", "identity", "conversation", "message", "member", "outbox", "sync_cursor", "note",
    "contact_event", "tag", "contact_tag", "snippet", "draft", "contact_merge", "saved_search", "preference",
    "listening_term", "listening_mute", "heard_dismissed", "activity",
)


@dataclass(frozen=True, slots=True)
class Address:
    """Where a team database is: psycopg's parameters without the password,
    and the URL to show and to keep in the data folder's settings."""

    url: str
    params: dict[str, str]
    password: str | None  # given in the URL (to move to the keyring), else None

    @property
    def host(self) -> str:
        return self.params.get("host", "") or "localhost"

    @property
    def where(self) -> str:
        return f"{self.host}:{self.params.get('port', '5432')}/{self.params.get('dbname', '')}"


def address(url: str) -> Address:
    """The address a URL names, or BadInput saying what is wrong with it."""
    from psycopg import conninfo

    url = url.strip()
    if not url.startswith(("postgresql://", "postgres://")):
        # (The URL is not echoed: it may hold a password.)
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "A team database is a postgresql:// URL: postgresql://USER@HOST/DATABASE")
        )
    try:
        params = {k: str(v) for k, v in conninfo.conninfo_to_dict(url).items()}
    except Exception as exc:  # psycopg's ProgrammingError: a malformed URL
        said = str(exc)
        userinfo = url.partition("://")[2].rpartition("@")[0]
        if ":" in userinfo:  # libpq may quote the part it could not read: never the password
            said = said.replace(userinfo.partition(":")[2], "***")
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "That URL cannot be read ({said})."), said=one_line(said, limit=200)
        ) from None
    if not params.get("dbname"):
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The URL names no database: postgresql://USER@HOST/DATABASE"))
    password = params.pop("password", None)
    port = params.get("port", "5432")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "That URL cannot be read (the port {port!r} is not a number)."),
            port=one_line(port, limit=20),
        )
    host = params.get("host", "")
    if host.split(",")[0] not in LOCAL_HOSTS and not host.startswith("/") and params.get("sslmode") != "verify-full":
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{host} is not this machine: the connection must be encrypted and the server checked. Add ?sslmode=verify-full to the URL (with the server's CA in ~/.postgresql/root.crt or sslrootcert=).",
            ),
            host=host,
        )
    return Address(_as_url(params), params, password)


def _as_url(params: dict[str, str]) -> str:
    from urllib.parse import quote, urlencode

    user = quote(params["user"], safe="") + "@" if params.get("user") else ""
    host = params.get("host", "")
    host = f"[{host}]" if ":" in host else quote(host, safe="")
    port = f":{params['port']}" if params.get("port") else ""
    rest = {k: v for k, v in params.items() if k not in ("user", "host", "port", "dbname")}
    query = "?" + urlencode(sorted(rest.items())) if rest else ""
    return f"postgresql://{user}{host}{port}/{quote(params['dbname'], safe='')}{query}"


def connect(where: Address, password: str | None, *, absent_ok: bool = False) -> Any:
    """An open psycopg connection (autocommit), or BadInput in one line:
    no such server, refused, wrong password, no such database. With
    ``absent_ok``, None when no server answered (down, refused, no route):
    a server that answered and said no (password, database) stays BadInput."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    try:
        return psycopg.connect(
            make_conninfo("", **where.params, password=password, connect_timeout=10), autocommit=True
        )
    except psycopg.OperationalError as exc:
        if absent_ok and not answered(exc):
            return None
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "Could not open the team database at {where}: {reason}"),
            where=where.where,
            reason=reason(exc),
        ) from None


def answered(exc: BaseException) -> bool:
    """Whether a failed connection reached a PostgreSQL server, which said no
    (libpq reports the server's own refusals as FATAL)."""
    return "FATAL:" in str(exc)


def reason(exc: BaseException) -> str:
    # libpq's message: "connection to server at ... failed: FATAL: password authentication failed ..."
    text = one_line(str(exc), limit=300)
    return text.rsplit("failed: ", 1)[-1] if "failed: " in text else text


def is_empty(conn: Any) -> bool:
    """No tables, views or sequences of anyone's in the database's schemas."""
    row = conn.execute(
        """
        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'v', 'm', 'S', 'p', 'f')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
        """
    ).fetchone()
    return int(row[0]) == 0


def move_in(conn: Any, cache_path: Path, *, key: str | None) -> dict[str, int]:
    """Copy the local cache at ``cache_path`` into the empty team database on
    ``conn``; returns the rows of each table (as verified on both sides)."""
    if not is_empty(conn):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "That database is not empty: a team starts in an empty database (CREATE DATABASE ...)."
            )
        )
    source = cipher.connect(cache_path, key=key)
    try:
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        if version != LATEST:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The local cache is at schema {version}, not {latest}: open it once first."
                ),
                version=version,
                latest=LATEST,
            )
        expected = {t: int(source.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}
        # One transaction, schema included: a failure leaves the database empty.
        from desktop_inbox.store.pg import migrations  # (not loaded by opening a local cache)

        with conn.transaction():
            migrations.migrate(conn, inside_transaction=True)
            for table in TABLES:
                _copy_table(source, conn, table)
            _index(source, conn)
            migrations.sync_sequences(conn)  # (the rows came with their ids)
            found = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}
            indexed = int(conn.execute("SELECT count(*) FROM message_fts").fetchone()[0])
            if found != expected or indexed != expected["message"]:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The copy does not match the local cache ({expected} vs {found}); nothing was moved."
                    ),
                    expected=expected,
                    found=found,
                )
            # The planner's statistics of what was just copied: the first
            # searches would otherwise plan on none (autovacuum comes later).
            conn.execute("ANALYZE")
        return found
    finally:
        source.close()


def _copy_table(source: Any, conn: Any, table: str) -> None:
    columns = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
    names = ", ".join(columns)
    with conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in source.execute(f"SELECT {names} FROM {table}"):
            copy.write_row(row)


def _index(source: Any, conn: Any) -> None:
    """The search index, from the messages (FTS5's own cannot be read back)."""
    with conn.cursor().copy("COPY message_fts (rowid, body, author) FROM STDIN") as copy:
        for row in index_rows(source):
            copy.write_row(row)


def index_rows(source: Any, *, ids: Sequence[int] | None = None) -> Iterator[tuple[int, str, str]]:
    """The search index's rows (time key, body, author) of the messages in
    the SQLite ``source`` (those of ``ids``, or all), as the store indexes them."""
    from desktop_inbox.text import folding

    sql = "SELECT m.time_key, m.text, i.name, i.handle FROM message m JOIN identity i ON i.id = m.identity_id"
    if ids is not None:
        sql += f" WHERE m.id IN ({', '.join('?' * len(ids))})"
    for key, text, name, handle in source.execute(sql, list(ids or ())):
        yield key, folding.index_text(text), folding.index_text(f"{name} {handle}")


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    name: str
    signoff: str
    last_active_ms: int | None = None


def check_inbox(conn: Any) -> None:
    """BadInput unless the database is a team's, at this app's schema."""
    version = schema_version(conn)
    if version < 0:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "That database holds no team inbox: the first member makes it with team create."
            )
        )
    if version != LATEST:
        newer = "a newer" if version > LATEST else "an older"
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That team database is at schema {version}, {newer} one than this app's ({latest}): update the app.",
            ),
            version=version,
            newer=newer,
            latest=LATEST,
        )


def add_member(conn: Any, name: str, signoff: str, now_ms: int) -> Member:
    """The member called ``name`` (made if new; a new sign-off replaces the old)."""
    row = conn.execute(
        """
        INSERT INTO member (name, signoff, created_at) VALUES (%s, %s, %s)
        ON CONFLICT (name) DO UPDATE SET signoff = CASE WHEN excluded.signoff <> '' THEN excluded.signoff
                                                        ELSE member.signoff END
        RETURNING id, name, signoff
        """,
        (name, signoff, now_ms),
    ).fetchone()
    return Member(int(row[0]), row[1], row[2])


def members(conn: Any) -> list[Member]:
    return [
        Member(int(r[0]), r[1], r[2], r[3])
        for r in conn.execute(
            """
            SELECT m.id, m.name, m.signoff, (SELECT max(a.at) FROM activity a WHERE a.member_id = m.id)
            FROM member m ORDER BY m.id
            """
        )
    ]


@dataclass(frozen=True, slots=True)
class Leader:
    """Who syncs an account: the member whose app holds its lock now."""

    account_id: int
    account: str  # its handle (platform)
    member: str | None  # None: no app syncs it right now
    since_ms: int | None = None


def leaders(conn: Any) -> list[Leader]:
    """Every account and the member whose app leads it (``store.pg.leadership``):
    a leader is named only while its session still holds the account's lock."""
    from desktop_inbox.store.pg.leadership import NAMESPACE

    rows = conn.execute(
        """
        SELECT a.id, a.handle, a.platform, m.name, s.since, l.pid IS NOT NULL
        FROM account a
        LEFT JOIN sync_leader s ON s.account_id = a.id
        LEFT JOIN member m ON m.id = s.member_id
        LEFT JOIN pg_locks l ON l.locktype = 'advisory' AND l.granted AND l.pid = s.pid
            AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND l.classid::bigint = %s AND l.objid::bigint = a.id AND l.objsubid = 2
        ORDER BY a.id
        """,
        (NAMESPACE,),
    )
    return [
        Leader(int(r[0]), f"{r[1]} ({r[2]})", (r[3] or "an unnamed member") if r[5] else None, int(r[4]) if r[5] else None)
        for r in rows
    ]


def last_change_ms(conn: Any) -> int | None:
    row = conn.execute("SELECT max(at) FROM activity").fetchone()
    return None if row[0] is None else int(row[0])


def counts(conn: Any) -> dict[str, int]:
    return {
        t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in ("conversation", "message", "account")
    }


def schema_version(conn: Any) -> int:
    from desktop_inbox.store.pg import migrations

    return migrations.current_version(migrations.Connection(conn))
