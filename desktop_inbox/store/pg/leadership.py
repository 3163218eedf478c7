"""Leading an account on a team database: ``pg_try_advisory_lock`` on this
app's own connection (not the cache's: a lock lives as long as its session,
and the cache's connections come and go with their threads).

When the app goes away (closed, killed, its machine gone) the server ends
the session and the lock is free for the next member's app that tries.
``sync_leader`` says which member took each account, for ``team status``;
a row whose session no longer holds the lock is a leader gone.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from desktop_inbox.errors import TeamUnreachable
from desktop_inbox.store.pg import team
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.store")

# The first key of each account's lock (the second is the account's id).
NAMESPACE = 0x1D_B0_29

HELD = """
SELECT EXISTS (SELECT 1 FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory' AND granted
               AND classid::bigint = %s AND objid::bigint = %s AND objsubid = 2)
"""
NOTE_LEADER = """
INSERT INTO sync_leader (account_id, member_id, pid, since)
SELECT %s, inbox_member(), pg_backend_pid(), inbox_now_ms() WHERE EXISTS (SELECT 1 FROM account WHERE id = %s)
ON CONFLICT (account_id) DO UPDATE SET member_id = excluded.member_id, pid = excluded.pid, since = excluded.since
"""


class AccountLocks:
    """This app's leadership of accounts, on its own connection to ``params``."""

    def __init__(self, params: dict[str, Any], *, where: str = "") -> None:
        self._params = dict(params)
        self._where = where or f"{params.get('host', '')}:{params.get('port', '')}"
        self._conn: Any = None
        self._held: set[int] = set()

    def _connection(self) -> Any:
        import psycopg

        if self._conn is None or self._conn.closed or self._conn.broken:
            self._drop()
            self._conn = psycopg.connect(
                **{"connect_timeout": 10, **self._params}, autocommit=True, application_name="desktop-inbox sync leader"
            )
        return self._conn

    def _drop(self) -> None:
        """The connection is gone, and with it every lock it held."""
        if self._held:
            log.warning("team server connection lost: no longer syncing accounts %s", sorted(self._held))
        self._held.clear()
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None

    def try_lead(self, account_id: int) -> bool:
        import psycopg

        for last in (False, True):
            # (A connection found dead is opened again once: the server may
            # have ended it, e.g. restarted, while it is there again.)
            fresh = self._conn is None
            try:
                return self._try_lead(self._connection(), account_id)
            except psycopg.OperationalError as exc:
                self._drop()
                if last or fresh:
                    raise TeamUnreachable(
                        QT_TRANSLATE_NOOP("Errors", "Team server unreachable ({where}): {reason}"),
                        where=self._where,
                        reason=team.reason(exc),
                    ) from None
        raise AssertionError("unreachable")

    def _try_lead(self, conn: Any, account_id: int) -> bool:
        if account_id in self._held:
            if conn.execute(HELD, (NAMESPACE, account_id)).fetchone()[0]:
                return True
            self._held.discard(account_id)
        if not conn.execute("SELECT pg_try_advisory_lock(%s, %s)", (NAMESPACE, account_id)).fetchone()[0]:
            return False
        if conn.execute(NOTE_LEADER, (account_id, account_id)).rowcount == 0:  # (the account was removed)
            conn.execute("SELECT pg_advisory_unlock(%s, %s)", (NAMESPACE, account_id))
            return False
        self._held.add(account_id)
        log.info("leading account %d on the team database", account_id)
        return True

    def led(self) -> frozenset[int]:
        return frozenset(self._held)

    def release(self, account_id: int) -> None:
        if account_id in self._held and self._conn is not None:
            self._held.discard(account_id)
            with contextlib.suppress(Exception):
                self._conn.execute("SELECT pg_advisory_unlock(%s, %s)", (NAMESPACE, account_id))

    def close(self) -> None:
        if self._conn is not None and self._held:
            # (At once: the session's own end comes a moment after the socket's.)
            with contextlib.suppress(Exception):
                self._conn.execute("SELECT pg_advisory_unlock_all()")
            self._held.clear()
        self._drop()
