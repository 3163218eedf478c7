"""Measurement 10: a change by one team member, in another member's list.

A private PostgreSQL cluster (as the tests start one: ``initdb`` in a
temporary folder) holds a team made of a small cache. Anna's side is the
app's own: her team cache, the live service's listener, and her "Mine" list
read again when it hears a change (as the window does). Ben's side is a
connection that says it is Ben, as his app's do: he assigns a conversation
to Anna (or takes it back), and the clock runs from just before his
statement until Anna's list shows it. Baseline: a bare psycopg connection
LISTENing on the same database hears the same notification.
"""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

from bench.common import Row, median, percentile, say

TARGET_MS = 1000.0


def run(*, changes: int) -> Row:
    """``changes``: conversations given to Anna and taken back (2 changes each)."""
    import psycopg

    from bench.make_cache import build
    from desktop_inbox.secrets import Secrets
    from desktop_inbox.services import team
    from desktop_inbox.services.backup import open_cache
    from desktop_inbox.services.inbox import ViewFilter
    from desktop_inbox.services.root import Services
    from desktop_inbox.store.pg.live import CHANNEL
    from tests.helpers.postgres import PASSWORD, running_cluster

    with running_cluster() as server, tempfile.TemporaryDirectory(prefix="inbox-team-bench-") as tmp:
        anna_dir = Path(tmp) / "anna"
        name = server.new_database()
        build(anna_dir, messages=2_000, seed=7)
        team.create(anna_dir, Secrets(), server.url(name), name="Anna", password=PASSWORD)
        anna = Services(cache=open_cache(anna_dir, Secrets()), secrets=Secrets())
        heard = threading.Event()
        anna.live.changes.subscribe(lambda _change: heard.set())
        anna.live.start()
        ben = psycopg.connect(**server.params(name), autocommit=True)
        ben.execute("INSERT INTO member (name, signoff, created_at) VALUES ('Ben', '', 0)")
        ben_id = ben.execute("SELECT id FROM member WHERE name = 'Ben'").fetchone()[0]
        ben.close()
        ben = psycopg.connect(**server.params(name, options=f"-c inbox.member={ben_id}"), autocommit=True)
        arrivals: list[float] = []  # when the bare listener heard each change
        bare_ready = threading.Event()

        def bare_listener() -> None:
            with psycopg.connect(**server.params(name), autocommit=True) as bare:
                bare.execute(f"LISTEN {CHANNEL}")
                bare_ready.set()
                for _ in bare.notifies(timeout=30 + changes, stop_after=2 * changes):
                    arrivals.append(time.perf_counter())

        threading.Thread(target=bare_listener, daemon=True).start()
        bare_ready.wait(10)
        me = anna.inbox.me
        ids = [c.id for c in anna.inbox.page_now(limit=changes)]
        ours: list[float] = []
        baseline: list[float] = []
        try:
            # Each conversation given to Anna, then taken back: two changes.
            for conversation, give in ((c, g) for c in ids for g in (True, False)):
                heard.clear()
                count = len(arrivals)
                started = time.perf_counter()
                ben.execute("UPDATE conversation SET assignee_id = %s WHERE id = %s", (me if give else None, conversation))
                # Anna's window: hears it, reads her Mine list again.
                while True:
                    if not heard.wait(5):
                        raise RuntimeError("no live change within 5 s")
                    heard.clear()
                    mine = {c.id for c in anna.inbox.page_now(ViewFilter(mine=True), limit=500)}
                    if (conversation in mine) == give:
                        break
                ours.append((time.perf_counter() - started) * 1000)
                deadline = time.monotonic() + 5
                while len(arrivals) <= count and time.monotonic() < deadline:
                    time.sleep(0.001)
                if len(arrivals) > count:
                    baseline.append((arrivals[count] - started) * 1000)
        finally:
            anna.live.stop()
            anna.cache.close()
            ben.close()
    value, base = median(ours), median(baseline)
    say(f"team live: {value:.1f} ms median over {len(ours)} changes (bare LISTEN {base:.1f} ms)")
    return Row(
        "10",
        "team: one member's change in another member's list (ms; PostgreSQL LISTEN/NOTIFY)",
        "ms",
        value,
        percentile(ours, 95),
        base,
        "bare psycopg LISTEN, same change",
        value / base if base else None,
        f"<= {TARGET_MS:.0f} ms",
        percentile(ours, 95) <= TARGET_MS,
        len(ours),
        {"ms": [round(x, 2) for x in ours], "bare_ms": [round(x, 2) for x in baseline]},
        max(ours),
    )
