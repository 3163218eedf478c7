"""The composer counts and limits each platform's way.

The limits are the ones each connector reports for its accounts
(``AccountInfo.char_limit``/``url_length``), so the counter and the
connector agree.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_inbox.connectors.bluesky import text as bluesky_text
from desktop_inbox.connectors.x import text as xtext
from desktop_inbox.store.conversations import ConversationSummary
from desktop_inbox.ui.conversation.composer import Composer

LINK = "https://example.com/a/rather/long/path/to/the/order/page"

SUMMARY = ConversationSummary(
    id=1, account_id=1, platform="mastodon", account_handle="shop", kind="public", state="needs_reply",
    contact_id=None, customer_identity_id=None, customer_handle="anna", customer_name="Anna", last_message_at=None,
    waiting_since=None, snoozed_until=None, unread_count=0, message_count=1, snippet="", sort_key=0,
)  # fmt: skip

# platform, char_limit, url_length (as each connector's verify() reports them)
ACCOUNTS = {
    "mastodon": (500, 23),
    "x": (xtext.LIMIT, xtext.URL_LENGTH),
    "bluesky": (bluesky_text.POST_GRAPHEMES, 0),
    "email": (0, 0),
}


def composer_for(qtbot, platform: str, *, kind: str = "public") -> Composer:  # type: ignore[no-untyped-def]
    composer = Composer()
    qtbot.addWidget(composer)
    limit, url_length = ACCOUNTS[platform]
    composer.set_conversation(replace(SUMMARY, platform=platform, kind=kind), char_limit=limit, url_length=url_length)
    return composer


@pytest.mark.parametrize(
    ("platform", "text", "counter"),
    [
        ("mastodon", f"Hi Anna, see {LINK}", "36/500"),  # a link counts 23
        ("x", "Hi Anna, see example.com/track", "36/280"),  # also without a scheme
        ("x", "你好 Anna 👍", "12/280"),  # CJK and emoji weigh 2: 4 + 6 + 2
        ("bluesky", f"Hi Anna, see {LINK}", f"{13 + len(LINK)}/300"),  # links count as written
        ("email", "Hi Anna,\n\nsee " + LINK, f"{len('Hi Anna,  see ') + len(LINK)} characters"),  # no limit
    ],
)
def test_counter_counts_the_platform_way(qtbot, platform: str, text: str, counter: str) -> None:  # type: ignore[no-untyped-def]
    composer = composer_for(qtbot, platform)
    composer.edit.setPlainText(text)
    assert composer.counter.text() == counter
    assert composer.send_button.isEnabled()


@pytest.mark.parametrize(("platform", "fits", "too_long"), [
    ("mastodon", "a" * 500, "a" * 501),
    ("x", "字" * 140, "字" * 140 + "a"),
    ("bluesky", "α" * 300, "α" * 301),
])  # fmt: skip
def test_send_stops_at_the_limit(qtbot, platform: str, fits: str, too_long: str) -> None:  # type: ignore[no-untyped-def]
    composer = composer_for(qtbot, platform)
    composer.edit.setPlainText(fits)
    assert composer.send_button.isEnabled()
    assert "font-weight" not in composer.counter.styleSheet()
    composer.edit.setPlainText(too_long)
    assert not composer.send_button.isEnabled()
    assert "Too long" in composer.send_button.toolTip()
    assert "font-weight" in composer.counter.styleSheet()  # the counter turns red


def test_email_has_no_limit(qtbot) -> None:  # type: ignore[no-untyped-def]
    composer = composer_for(qtbot, "email", kind="direct")
    composer.edit.setPlainText("x" * 20_000)
    assert composer.counter.text() == "20000 characters"
    assert composer.counter.toolTip() == "No length limit."
    assert composer.send_button.isEnabled()


def test_bluesky_direct_messages_allow_1000(qtbot) -> None:  # type: ignore[no-untyped-def]
    composer = composer_for(qtbot, "bluesky", kind="direct")
    composer.edit.setPlainText("α" * 800)
    assert composer.counter.text() == "800/1000"
    assert composer.send_button.isEnabled()
    composer.edit.setPlainText("α" * 1001)
    assert not composer.send_button.isEnabled()
