"""A platform's counting rules load off the window's thread, once one of its
conversations shows and before the first key typed needs them: X's
(twitter-text) compile ~0.4 s of expressions as they load, and the first X
conversation opened froze the window that long while the composer counted
its draft (under Xvfb on the 1M bench cache: 480-630 ms to open, a 415-543
ms stall)."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from bench.make_cache import build
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import platforms
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.db import Cache
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.conversation import pane as pane_module
from desktop_inbox.ui.conversation.pane import ConversationPane
from desktop_inbox.ui.conversation.replies import Replies
from desktop_inbox.ui.tasks import cancel_all
from tests.ui.conftest import until


@pytest.mark.parametrize(("listed", "loaded"), [(["mastodon", "email"], False), (["x"], True)])
def test_preparing_a_platform_loads_its_counting_rules(listed: list[str], loaded: bool) -> None:
    """(In a process of its own: this one may have loaded them already.)"""
    code = (
        "import sys; from desktop_inbox.services.platforms import prepare_counting, descriptor; "
        "assert descriptor('x').length('') == 0 and 'twitter_text' not in sys.modules; "  # (an empty draft needs none)
        f"prepare_counting({listed!r}); print('twitter_text' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == str(loaded)


def test_a_platforms_rules_are_prepared_off_the_window_thread_when_its_first_conversation_shows(
    tmp_path: Path, qloop: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    build(data_dir, messages=150, seed=11)
    with sqlite3.connect(data_dir / "cache.sqlite3") as db:
        first = dict(
            db.execute(
                "SELECT a.platform, min(c.id) FROM conversation c JOIN account a ON a.id = c.account_id GROUP BY 1"
            ).fetchall()
        )
        second_x = db.execute(
            "SELECT c.id FROM conversation c JOIN account a ON a.id = c.account_id "
            "WHERE a.platform = 'x' AND c.id > ? ORDER BY c.id LIMIT 1",
            (first["x"],),
        ).fetchone()[0]
    calls: list[tuple[list[str], bool]] = []
    monkeypatch.setattr(
        platforms,
        "prepare_counting",
        lambda listed: calls.append((list(listed), threading.current_thread() is threading.main_thread())),
    )
    monkeypatch.setattr(pane_module, "COUNTING_IDLE_MS", 100)

    async def body() -> None:
        cache = Cache(data_dir)
        ctx = AppContext(data_dir=data_dir, cache=cache, secrets=Secrets(), inbox=Inbox(cache))
        pane = ConversationPane(ctx, Replies(ctx))
        pane.show()
        try:
            # Opened one after the other, quicker than the pane's idle time:
            # nothing loads meanwhile; then both, once.
            for conversation_id in (first["x"], first["mastodon"]):
                pane.open(conversation_id)
                await until(lambda: pane.current is not None and pane.current.summary.id == conversation_id)  # noqa: B023
                assert calls == []
            await until(lambda: calls, message="prepared")
            assert calls == [(["mastodon", "x"], False)]
            calls.clear()
            for conversation_id, expected in ((second_x, 0), (first["bluesky"], 1)):
                pane.open(conversation_id)
                await until(lambda: pane.current is not None and pane.current.summary.id == conversation_id)  # noqa: B023
                await asyncio.sleep(0.3)
                assert len(calls) == expected, calls  # (once a platform)
            assert calls == [(["bluesky"], False)]
        finally:
            pane.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            await cancel_all()
            cache.close()

    qloop.run_until_complete(body())
