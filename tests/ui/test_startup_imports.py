"""The window answers its first key press before it loads what the first
screen does not use (bench/, item 3): the real app, started as a user starts
it, reports the modules loaded by the time a key press was answered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Each is loaded when first used: a sign-in, a sync, a picture, an encrypted
# cache, a team, a search, a dialog.
NOT_AT_START = (
    "desktop_inbox.ui.signin",
    "desktop_inbox.services.signin",
    "desktop_inbox.sync.engine",
    "desktop_inbox.connectors.registry",
    "desktop_inbox.connectors.mastodon.connector",
    "desktop_inbox.connectors.bluesky.connector",
    "desktop_inbox.connectors.x.connector",
    "desktop_inbox.connectors.email.connector",
    "desktop_inbox.store.pg",
    "desktop_inbox.ui.search.results",
    "desktop_inbox.ui.dialogs.preferences",
    # The composer's saved replies and checks come a moment after the start;
    # its placeholders with the first text.
    "desktop_inbox.services.composer",
    "desktop_inbox.text.placeholders",
    "desktop_inbox.services.checks",
    "desktop_inbox.text.promises",
    # Backups, a damaged cache's recovery, printing: when first used.
    "desktop_inbox.services.backup",
    "desktop_inbox.services.encryption",
    "desktop_inbox.store.backup",
    "desktop_inbox.ui.recovery",
    "desktop_inbox.ui.pdf",
    # Answering via another identity of the customer: when one is offered.
    "desktop_inbox.store.channels",
    # A message's HTML and its sanitiser: with the first message shown.
    "desktop_inbox.ui.conversation.thread_render",
    "desktop_inbox.text.html",
    "nh3",
    # What a sync or a reply carries (posts, pages, queued replies).
    "desktop_inbox.records.posts",
    # A second start is answered a moment after the first key (its socket),
    # the log file's rotation needs no logging.handlers.
    "PySide6.QtNetwork",
    "logging.handlers",
    # The sync's events with the sync; the HTML escaping of a conversation's
    # header and panels with the first one shown.
    "desktop_inbox.sync",
    "html",
    "httpx",
    "atproto",
    "msgspec",  # (the connectors decode JSON with it)
    "PIL",
    "sqlcipher3",
    "psycopg",
)


def test_the_window_answers_its_first_key_before_loading_what_it_does_not_show(tmp_path: Path) -> None:
    report = tmp_path / "report.jsonl"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESKTOP_INBOX_BENCH=str(report), DESKTOP_INBOX_BENCH_QUIT="1")
    done = subprocess.run(
        [sys.executable, "-m", "desktop_inbox", "--data-dir", str(tmp_path / "data"), "--settings-dir", str(tmp_path / "qt")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    events = {e["event"]: e for e in map(json.loads, report.read_text(encoding="utf-8").splitlines())}
    assert "interactive" in events, done.stderr[-2000:]
    loaded = set(events["interactive"]["loaded"])
    # (The list, the conversation pane and the services they use are loaded.)
    assert {"desktop_inbox.ui.conversation_list", "desktop_inbox.ui.conversation.pane", "PySide6"} <= loaded
    early = sorted(name for name in loaded if name.startswith(NOT_AT_START))
    assert early == []
