"""A burst of mail arrives whole in one sync (issue 19's audit of every connector).

IMAP does not page: the connector searches the UIDs above the last one it
stored and fetches them 50 at a time, so its pages are its own and "more"
is known from the search, never guessed from a page's size. This keeps it
so, against the tests' Dovecot: after a first sync with mail and after one
with none.
"""

from __future__ import annotations

import pytest

from desktop_inbox.store.schema import database
from tests.email.conftest import App, Mailboxes
from tests.email.messages import plain


def _burst(boxes: Mailboxes, count: int, start: int) -> None:
    for i in range(count):
        customer = boxes.anna if i % 2 else boxes.bob
        boxes.deliver(plain(frm=customer, to=boxes.shop, subject=f"Question {start + i}", body=f"Question {start + i}?",
                            mid=f"<burst{start + i}.{boxes.shop}>", minutes=10 + start + i))  # fmt: skip


@pytest.mark.parametrize("before", [1, 0], ids=["after-mail", "after-nothing"])
async def test_one_sync_brings_a_burst_of_mail(app: App, boxes: Mailboxes, before: int) -> None:
    _burst(boxes, before, 0)
    await app.add_email(boxes)
    [first] = await app.engine.sync_once()
    assert first.ok and first.added == before
    _burst(boxes, 180, before)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.added == 180
    count = await app.cache.read(lambda: database.execute_sql("SELECT count(*) FROM message").fetchone()[0])
    assert count == before + 180
