"""A team's shared inbox on PostgreSQL: making one from this data folder's
cache, its status, and leaving it.

A data folder in a team says so in ``team.json`` (the database's URL, never
its password: that is in the keyring, under ``team-db:URL``); ``open_cache``
then opens the team database instead of the local cache file, which stays
as it was when the team was made (``leave`` goes back to it).
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_inbox.errors import BadInput, StoreError, TeamUnreachable
from desktop_inbox.secrets import Secrets
from desktop_inbox.services.opening import TEAM_FILE as TEAM_FILE  # (opening checks for it)
from desktop_inbox.store import cipher
from desktop_inbox.store.db import CACHE_FILE, Cache
from desktop_inbox.words import QT_TRANSLATE_NOOP, term

if TYPE_CHECKING:
    from desktop_inbox.store.pg import team


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """Where this data folder's inbox lives, and what is in it."""

    url: str | None  # None: the local cache, no team
    schema: int | None = None
    accounts: int = 0
    conversations: int = 0
    messages: int = 0
    since: str | None = None  # when this folder joined (ISO time)
    me: str | None = None  # the member this folder acts as
    members: tuple[team.Member, ...] = ()
    last_change: datetime | None = None  # the latest thing a member did
    leaders: tuple[team.Leader, ...] = ()  # who syncs each account
    reachable: bool = True  # False: the team server did not answer
    copy_refreshed: datetime | None = None  # this computer's copy of the team's inbox, when unreachable

    @property
    def in_team(self) -> bool:
        return self.url is not None

    def to_json(self) -> dict[str, object]:
        return {
            "mode": "team" if self.in_team else "local",
            "url": self.url,
            "reachable": self.reachable if self.in_team else None,
            "copy_refreshed": None if self.copy_refreshed is None else self.copy_refreshed.isoformat().replace("+00:00", "Z"),
            "schema": self.schema,
            "accounts": self.accounts,
            "conversations": self.conversations,
            "messages": self.messages,
            "since": self.since,
            "me": self.me,
            "members": [
                {"id": m.id, "name": m.name, "signoff": m.signoff, "last_active": _iso(m.last_active_ms)}
                for m in self.members
            ],
            "sync": [
                {"account_id": x.account_id, "account": x.account, "leader": x.member, "since": _iso(x.since_ms)}
                for x in self.leaders
            ],
            "last_change": None if self.last_change is None else self.last_change.isoformat().replace("+00:00", "Z"),
        }


def _iso(ms: int | None) -> str | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000, tz=UTC).isoformat().replace("+00:00", "Z")


def _member_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "A member's name is 1 to 80 characters, e.g. --name Anna."))
    return name


def secret_ref(url: str) -> str:
    return f"team-db:{url}"


def settings(data_dir: Path) -> dict[str, Any] | None:
    """This folder's team settings, or None when it uses its local cache."""
    path = Path(data_dir) / TEAM_FILE
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{path} is damaged: fix or remove it (desktop-inbox team leave)."), path=path
        ) from None
    if not isinstance(value, dict) or not isinstance(value.get("url"), str):
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "{path} names no team database: fix or remove it."), path=path)
    return value


def open_team_cache(data_dir: Path, secrets: Secrets) -> Cache | None:
    """The team database when ``data_dir`` is in a team, else None (one
    file test: the local cache's path pays nothing more: not even loading
    the PostgreSQL modules, which the window's start would wait for)."""
    params = connection_params(data_dir, secrets)
    if params is None:
        return None
    from desktop_inbox.store.pg import team
    from desktop_inbox.store.pg.cache import TeamCache

    try:
        return TeamCache(data_dir, params)
    except Exception as exc:
        if isinstance(exc, StoreError | BadInput):
            raise
        where = team.address(settings(data_dir)["url"])  # type: ignore[index]
        raise TeamUnreachable(
            QT_TRANSLATE_NOOP("Errors", "Team server unreachable ({where}): {reason}"),
            where=where.where,
            reason=team.reason(exc),
        ) from exc


# A team server that goes silent (a network that drops packets, a laptop's
# Wi-Fi gone) rather than refusing is found within ~25 s, not the system's two
# hours: TCP keepalives for an idle connection (the live listener, the sync
# leader's lock), a user timeout for a query whose packets go unanswered.
SILENCE_FOUND = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
                 "tcp_user_timeout": 20_000}


def connection_params(data_dir: Path, secrets: Secrets) -> dict[str, Any] | None:
    """psycopg's parameters for this folder's team database, as this member
    (None: not in a team)."""
    found = settings(data_dir)
    if found is None:
        return None
    from desktop_inbox.store.pg import team

    where = team.address(found["url"])
    params: dict[str, Any] = {**where.params, "password": _password(secrets, where.url), **SILENCE_FOUND}
    if isinstance(found.get("member_id"), int):
        # Every connection says who acts: the database's triggers record it.
        params["options"] = f"-c inbox.member={found['member_id']}"
    return params


def _password(secrets: Secrets, url: str) -> str | None:
    stored = secrets.load(secret_ref(url))
    value = stored.get("password") if stored else None
    return value if isinstance(value, str) else None


def create(
    data_dir: Path, secrets: Secrets, url: str, *, name: str, signoff: str = "", password: str | None = None
) -> TeamStatus:
    """Move this folder's cache into the empty team database at ``url`` (copy,
    verify every table's count, then switch the folder to it). BadInput in
    one line for a bad URL, an unreachable server, a wrong password or a
    database that is not empty; the local cache is never changed."""
    from desktop_inbox.services import encryption
    from desktop_inbox.services.backup import exclusive_folder
    from desktop_inbox.store.pg import team

    where = team.address(url)
    name = _member_name(name)
    if settings(data_dir) is not None:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "This data folder is in a team already: desktop-inbox team leave, then create another."
            )
        )
    password = where.password or password
    if password is not None:
        secrets.check()  # (the keyring must take the password before anything moves)
    with exclusive_folder(data_dir, what=term(QT_TRANSLATE_NOOP("Errors", "move the cache into a team"))):
        # Opening brings the local cache to the latest schema first.
        Cache(data_dir, key_provider=encryption.key_provider(secrets, data_dir)).close()
        path = Path(data_dir) / CACHE_FILE
        key = encryption.key_provider(secrets, data_dir)() if cipher.looks_encrypted(path) else None
        conn = team.connect(where, password)
        try:
            team.move_in(conn, path, key=key)
            me = team.add_member(conn, name, signoff, _now_ms())
        finally:
            conn.close()
        _switch(data_dir, secrets, where, password, me)
    return status(data_dir, secrets)


def join(
    data_dir: Path, secrets: Secrets, url: str, *, name: str, signoff: str = "", password: str | None = None
) -> TeamStatus:
    """Make this data folder use the team database at ``url`` as member
    ``name`` (the same name again: the same member, e.g. on a new computer).
    Its own local cache stays as it is, unused while in the team."""
    from desktop_inbox.services.backup import exclusive_folder
    from desktop_inbox.store.pg import team

    where = team.address(url)
    name = _member_name(name)
    if settings(data_dir) is not None:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "This data folder is in a team already: desktop-inbox team leave first.")
        )
    password = where.password or password
    if password is not None:
        secrets.check()
    with exclusive_folder(data_dir, what=term(QT_TRANSLATE_NOOP("Errors", "join a team"))):
        conn = team.connect(where, password)
        try:
            team.check_inbox(conn)
            me = team.add_member(conn, name, signoff, _now_ms())
        finally:
            conn.close()
        _switch(data_dir, secrets, where, password, me)
    return status(data_dir, secrets)


def _switch(data_dir: Path, secrets: Secrets, where: team.Address, password: str | None, me: team.Member) -> None:
    """The keyring takes the password before the folder names the team."""
    if password is not None:
        secrets.save(secret_ref(where.url), {"password": password})
    _write_settings(
        data_dir, {"url": where.url, "since": datetime.now(UTC).isoformat(), "member_id": me.id, "member": me.name}
    )


def _now_ms() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)


def status(data_dir: Path, secrets: Secrets) -> TeamStatus:
    from desktop_inbox.store.pg import team

    found = settings(data_dir)
    if found is None:
        return TeamStatus(url=None)
    where = team.address(found["url"])
    conn = team.connect(where, _password(secrets, where.url), absent_ok=True)
    if conn is None:
        # The server is away: say so, and how fresh this computer's copy is.
        from desktop_inbox.store.pg import local_copy

        try:
            refreshed = local_copy.refreshed_at(local_copy.copy_path(data_dir))
        except sqlite3.DatabaseError:  # (an encrypted copy: its time is inside)
            refreshed = None
        return TeamStatus(
            url=where.url,
            since=found.get("since"),
            me=found.get("member"),
            reachable=False,
            copy_refreshed=None if refreshed is None else datetime.fromtimestamp(refreshed, tz=UTC),
        )
    try:
        counted = team.counts(conn)
        last = team.last_change_ms(conn)
        return TeamStatus(
            url=where.url,
            schema=team.schema_version(conn),
            accounts=counted["account"],
            conversations=counted["conversation"],
            messages=counted["message"],
            since=found.get("since"),
            me=found.get("member"),
            members=tuple(team.members(conn)),
            leaders=tuple(team.leaders(conn)),
            last_change=None if last is None else datetime.fromtimestamp(last / 1000, tz=UTC),
        )
    finally:
        conn.close()


def leave(data_dir: Path, secrets: Secrets) -> str:
    """Switch this folder back to its local cache (as it was when the team
    was made); the team's database and data stay on its server. Returns the
    URL left."""
    from desktop_inbox.services.backup import exclusive_folder

    found = settings(data_dir)
    if found is None:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "This data folder is not in a team."))
    with exclusive_folder(data_dir, what=term(QT_TRANSLATE_NOOP("Errors", "leave the team"))):
        (Path(data_dir) / TEAM_FILE).unlink()
        secrets.delete(secret_ref(found["url"]))
    return str(found["url"])


def _write_settings(data_dir: Path, value: dict[str, Any]) -> None:
    path = Path(data_dir) / TEAM_FILE
    staging = path.with_suffix(".json.new")
    fd = os.open(staging, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(value, out, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(staging, path)
