"""The window on a team database: the Mine view, another member's changes
arriving live, "Ben is replying" in the header, assigning from the header,
and the question before a second member answers the same customer.

Ben's app is played by a plain connection that says it is Ben (as his app's
connections do): the database's triggers and NOTIFY are the real ones."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.backup import open_cache
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.mainwindow import MainWindow
from desktop_inbox.ui.settings import Settings
from tests.helpers.postgres import PgServer
from tests.team.test_live import first_ids, team  # noqa: F401 (the fixture)
from tests.ui.conftest import until


def ben(pg_server: PgServer, dbname: str) -> psycopg.Connection:
    plain = psycopg.connect(**pg_server.params(dbname), autocommit=True)
    ben_id = plain.execute("SELECT id FROM member WHERE name = 'Ben'").fetchone()[0]
    plain.close()
    return psycopg.connect(**pg_server.params(dbname, options=f"-c inbox.member={ben_id}"), autocommit=True)


def ids_in_list(window: MainWindow) -> list[int]:
    model = window.list_pane.model
    return [s.id for s in (model.summary(r) for r in range(model.rowCount())) if s is not None]


def test_mine_live_presence_assign_and_the_second_sender_question(
    team, pg_server: PgServer, qloop, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna_dir, _ben_dir, dbname = team
    [first, second, third] = first_ids(anna_dir, monkeypatch)
    asyncio.set_event_loop(qloop)  # (the command line's asyncio.run took it away)
    cache = open_cache(anna_dir, Secrets())
    ctx = AppContext(data_dir=anna_dir, cache=cache, secrets=Secrets(), inbox=Inbox(cache))
    window = MainWindow(ctx, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.show()
    other = ben(pg_server, dbname)
    anna_id = other.execute("SELECT id FROM member WHERE name = 'Anna'").fetchone()[0]
    ben_id = other.execute("SELECT id FROM member WHERE name = 'Ben'").fetchone()[0]

    async def body() -> None:
        window.start()
        mine = window.sidebar._views["mine"]
        assert not mine.isHidden()
        window.sidebar.setCurrentItem(mine)
        await until(lambda: window.list_pane.model.rowCount() == 0, message="Mine is empty")
        await until(lambda: ctx.live.listening, message="listening")
        # Ben assigns two conversations to Anna: her Mine list shows them within a second.
        for conversation in (first, second):
            started = time.monotonic()
            other.execute("UPDATE conversation SET assignee_id = %s WHERE id = %s", (anna_id, conversation))
            await until(lambda c=conversation: c in ids_in_list(window), timeout=3, message="live change")
            assert time.monotonic() - started < 1.0
        # Ben writes in the first one: Anna's header says so, and stops saying it when he stops.
        window.list_pane.select_id(first)
        await until(lambda: window.conversation.current_id() == first)
        presence = window.conversation.team.presence
        assert presence.isHidden()
        other.execute("INSERT INTO presence (member_id, conversation_id, at) VALUES (%s, %s, %s)",
                      (ben_id, first, int(time.time() * 1000)))  # fmt: skip
        await until(lambda: presence.isVisible(), timeout=3, message="Ben is replying")
        assert presence.text() == "✎ Ben is replying to this conversation…"
        # Anna writes too and sends: asked first; keeping the draft sends nothing.
        composer = window.conversation.composer
        composer.edit.setPlainText("Anna here: it ships today.")
        composer.send_button.click()
        box = await until(lambda: getattr(window.conversation, "others_box", None), message="the question")
        assert "Ben is replying to this customer now" in box.informativeText()
        [keep] = [b for b in box.buttons() if b.text() == "Keep editing"]
        keep.click()
        await until(lambda: not box.isVisible())
        assert other.execute("SELECT count(*) FROM outbox WHERE conversation_id = %s", (first,)).fetchone()[0] == 0
        composer.send_button.click()
        await until(lambda: window.conversation.others_box is not box and window.conversation.others_box.isVisible())
        box = window.conversation.others_box
        [send] = [b for b in box.buttons() if b.text() == "Send anyway"]
        send.click()
        await until(
            lambda: other.execute("SELECT m.name FROM outbox o JOIN member m ON m.id = o.member_id "
                                  "WHERE o.conversation_id = %s", (first,)).fetchall() == [("Anna",)],
            message="Anna's reply queued",
        )  # fmt: skip
        other.execute("DELETE FROM presence WHERE member_id = %s", (ben_id,))
        await until(lambda: presence.isHidden(), timeout=3, message="Ben stopped")
        # Anna gives the first to Ben from the header: it leaves her Mine list.
        assign = window.conversation.team.assign
        assert assign.text() == "Assigned to Anna"
        [to_ben] = [a for a in assign.menu_.actions() if a.text() == "Ben"]
        to_ben.trigger()
        await until(lambda: first not in ids_in_list(window), message="given to Ben")
        assert other.execute("SELECT assignee_id FROM conversation WHERE id = %s", (first,)).fetchone()[0] == ben_id
        assert ids_in_list(window) == [second]
        assert third not in ids_in_list(window)

    try:
        qloop.run_until_complete(body())
    finally:
        other.close()
        window.close()
        ctx.live.stop()
        from desktop_inbox.ui.tasks import cancel_all

        qloop.run_until_complete(cancel_all())
        cache.close()
