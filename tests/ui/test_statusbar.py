"""The status bar's widgets, and the bridge that brings them the engine's events."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.engine import SyncEngine, SyncEvent
from desktop_inbox.ui.bridge import EngineBridge
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.statusbar import StatusBar
from desktop_inbox.ui.statusbar.connection import ConnectionLabel
from desktop_inbox.ui.statusbar.outbox import OutboxCount
from desktop_inbox.ui.statusbar.synctime import SyncTimeLabel


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    cache = Cache(tmp_path / "data")
    secrets = Secrets()
    engine = SyncEngine(cache=cache, secrets=secrets)
    yield AppContext(data_dir=tmp_path / "data", cache=cache, secrets=secrets, inbox=Inbox(cache), engine_source=engine)
    cache.close()


def account(account_id: int, *, last_sync_at: datetime | None = None) -> Account:
    now = datetime.now(UTC)
    return Account(
        id=account_id, platform="mastodon", base_url="https://shoes.example", remote_id=str(account_id),
        handle=f"@shop{account_id}", display_name="Shop", state="ok", state_detail="", char_limit=500, url_length=23,
        extra={}, secret_ref="", history_since=None, created_at=now, last_sync_at=last_sync_at, signature="",
    )


def test_connection_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ConnectionLabel()
    qtbot.addWidget(label)
    label.show_state(accounts=0, problems=[])
    assert label.text() == "No accounts yet"
    label.show_state(accounts=2, problems=["", ""])
    assert label.text() == "● Online"
    label.show_state(accounts=2, problems=["", "Cannot reach shoes.example"])
    assert label.text().startswith("○ Offline")
    assert label.accessibleName() == "Connection"


def test_outbox_count_and_sync_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    count, synced = OutboxCount(), SyncTimeLabel()
    qtbot.addWidget(count)
    qtbot.addWidget(synced)
    assert [count.show_count(n) or count.text() for n in (0, 1, 3)] == [
        "Outbox empty",
        "1 reply waiting to go out",
        "3 replies waiting to go out",
    ]
    synced.show_last(None)
    assert synced.text() == ""
    at = datetime.now(UTC).replace(hour=9, minute=5)
    synced.show_last(at)
    assert synced.text() == f"Synced {at.astimezone():%H:%M}"


def test_the_bar_follows_the_engine_through_the_bridge(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    bar = StatusBar()
    qtbot.addWidget(bar)
    bridge = EngineBridge(ctx, bar)
    bar.follow(bridge)
    engine = ctx.engine
    last = datetime(2025, 4, 1, 8, 30, tzinfo=UTC)
    bar.show_accounts([account(1), account(2, last_sync_at=last)])
    assert bar.connection.text() == "● Online"
    assert bar.sync_time.text() == f"Synced {last.astimezone():%d %b %Y}"

    engine._emit(SyncEvent(kind="progress", account_id=1, oldest=datetime(2024, 3, 5, 12, tzinfo=UTC)))
    assert bar.progress.text() == "Importing history… back to 05 Mar 2024"
    # A failed cycle keeps the progress and shows what the engine now says.
    engine.status[2] = "Cannot reach shoes.example (connection refused)"
    engine._emit(SyncEvent(kind="cycle", account_id=2, message=engine.status[2]))
    assert bar.progress.text() != "" and bar.connection.text().startswith("○ Offline")
    engine.status[2] = ""
    engine._emit(SyncEvent(kind="cycle", account_id=2))
    assert bar.progress.text() == "" and bar.connection.text() == "● Online"
    # Messages from anywhere in the app land on the left, for a while.
    bar.show_error("Export failed: disk full")
    assert bar.currentMessage() == "Export failed: disk full"


def test_a_deleted_bridge_stays_quiet(qtbot, ctx: AppContext, caplog) -> None:  # type: ignore[no-untyped-def]
    """The engine cannot forget a listener yet: once its bridge is gone, the
    listener does nothing instead of failing on every event."""
    bridge = EngineBridge(ctx)
    seen: list[str] = []
    bridge.sync_event.connect(lambda e: seen.append(e.kind))
    ctx.engine._emit(SyncEvent(kind="stored", account_id=1))
    assert seen == ["stored"]
    bridge.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(bridge)
    with caplog.at_level(logging.DEBUG, logger="desktop_inbox"):
        ctx.engine._emit(SyncEvent(kind="stored", account_id=1))
    assert seen == ["stored"]
    assert "listener failed" not in caplog.text
