"""Live changes on a team's database: ``LISTEN``/``NOTIFY``.

Triggers (migration 11, ``MIGRATION``) announce on ``CHANNEL`` which
conversations changed ("c12,40") and in which someone started or stopped
writing ("p12"); one notification per statement, whichever code path wrote
the rows, sent when its transaction commits. A statement that touched too
many to list says "c*" (e.g. moving a cache in). ``Listener`` hears them on
a connection of its own, in a thread of its own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("desktop_inbox.store")

CHANNEL = "inbox_changes"

# PostgreSQL takes payloads up to 8000 bytes: beyond this many characters of
# ids, a notification says "everything".
_MAX_IDS = 7000

MIGRATION = rf"""
CREATE FUNCTION inbox_announce(kind text, ids text) RETURNS void LANGUAGE sql AS $$
    SELECT pg_notify('{CHANNEL}', kind || CASE WHEN length(ids) > {_MAX_IDS} THEN '*' ELSE ids END)
    WHERE ids IS NOT NULL $$;

CREATE FUNCTION inbox_announce_conversations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM inbox_announce('c', (SELECT string_agg(DISTINCT id::text, ',') FROM changed));
    RETURN NULL;
END $$;
CREATE TRIGGER conversation_live_insert AFTER INSERT ON conversation
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION inbox_announce_conversations();
CREATE TRIGGER conversation_live_update AFTER UPDATE ON conversation
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION inbox_announce_conversations();

CREATE FUNCTION inbox_announce_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM inbox_announce('c', (SELECT string_agg(DISTINCT conversation_id::text, ',') FROM changed));
    RETURN NULL;
END $$;
CREATE TRIGGER outbox_live_insert AFTER INSERT ON outbox
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION inbox_announce_outbox();
CREATE TRIGGER outbox_live_update AFTER UPDATE ON outbox
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION inbox_announce_outbox();
CREATE TRIGGER outbox_live_delete AFTER DELETE ON outbox
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION inbox_announce_outbox();

CREATE FUNCTION inbox_announce_presence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM inbox_announce('p', (SELECT string_agg(DISTINCT conversation_id::text, ',') FROM changed));
    RETURN NULL;
END $$;
CREATE FUNCTION inbox_announce_presence_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM inbox_announce('p', (SELECT string_agg(DISTINCT conversation_id::text, ',')
                                 FROM (SELECT conversation_id FROM changed UNION SELECT conversation_id FROM was) b));
    RETURN NULL;
END $$;
CREATE TRIGGER presence_live_insert AFTER INSERT ON presence
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION inbox_announce_presence();
CREATE TRIGGER presence_live_update AFTER UPDATE ON presence
    REFERENCING OLD TABLE AS was NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION inbox_announce_presence_moved();
CREATE TRIGGER presence_live_delete AFTER DELETE ON presence
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION inbox_announce_presence();

-- Who assigned a conversation, to whom (migration 9's record of who did what).
CREATE FUNCTION inbox_assign_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.assignee_id IS DISTINCT FROM OLD.assignee_id THEN
        PERFORM inbox_did('assign', NEW.id, NEW.contact_id,
                          coalesce((SELECT name FROM member WHERE id = NEW.assignee_id), ''));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER conversation_assign_activity AFTER UPDATE OF assignee_id ON conversation
    FOR EACH ROW EXECUTE FUNCTION inbox_assign_activity();
"""


@dataclass(frozen=True, slots=True)
class Heard:
    """What one or more notifications said: conversations that changed and
    conversations whose writers changed (``everything``: any may have)."""

    conversations: frozenset[int] = frozenset()
    presence: frozenset[int] = frozenset()
    everything: bool = False


def parse(payloads: list[str]) -> Heard:
    changed: set[int] = set()
    presence: set[int] = set()
    everything = False
    for payload in payloads:
        kind, ids = payload[:1], payload[1:]
        if ids == "*":
            everything = True
            continue
        target = changed if kind == "c" else presence if kind == "p" else None
        if target is None:
            continue
        target.update(int(i) for i in ids.split(",") if i.isdigit())
    return Heard(frozenset(changed), frozenset(presence), everything)


class Listener:
    """Hears ``CHANNEL`` on its own connection (``params``: psycopg's) in a
    daemon thread and calls ``deliver`` there with each burst of
    notifications. A lost connection is opened again (after 1, 2, 5 s...);
    what may have been missed meanwhile is delivered as ``everything``."""

    BURST_S = 0.02  # notifications this close together are delivered as one
    WAKE_S = 0.25  # how often the thread looks whether it should stop

    def __init__(
        self, params: dict[str, Any], deliver: Callable[[Heard], None], *, on_state: Callable[[bool], None] | None = None
    ) -> None:
        self._params = params
        self._deliver = deliver
        # Told (on this thread) when the connection is in place, and when it is lost.
        self._on_state = on_state
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="team-listen", daemon=True)

    def start(self, *, wait_s: float = 10.0) -> bool:
        """Start listening; True once the first LISTEN is in place."""
        self._thread.start()
        return self._ready.wait(wait_s)

    @property
    def listening(self) -> bool:
        return self._ready.is_set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=2)

    def _run(self) -> None:
        delays = iter((1.0, 2.0, 5.0))
        first = True
        while not self._stop.is_set():
            try:
                self._listen(missed=not first)
            except Exception as exc:  # the server went away: try again
                was = self._ready.is_set()
                self._ready.clear()
                if was or first:
                    # Once per loss: the tries every 10 s while the server is away stay quiet.
                    log.info("team listener lost its connection: %s", type(exc).__name__)
                    self._tell(False)
                else:
                    log.debug("team listener still without its server: %s", type(exc).__name__)
            first = False
            self._stop.wait(next(delays, 10.0))

    def _tell(self, up: bool) -> None:
        if self._on_state is not None:
            try:
                self._on_state(up)
            except Exception:
                log.exception("a live connection's listener failed")

    def _listen(self, *, missed: bool) -> None:
        import psycopg

        with psycopg.connect(**self._params, autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._ready.set()
            self._tell(True)
            if missed:
                self._deliver(Heard(everything=True))
            while not self._stop.is_set():
                payloads = [n.payload for n in conn.notifies(timeout=self.WAKE_S, stop_after=1)]
                if not payloads:
                    continue
                payloads += [n.payload for n in conn.notifies(timeout=self.BURST_S)]
                try:
                    self._deliver(parse(payloads))
                except Exception:
                    log.exception("a live change's listener failed")
