"""Hostile messages in a real mailbox: the good ones sync, nothing crashes.

Delivered byte for byte into Dovecot next to good mail: no sender, broken
MIME, unknown charsets, 8-bit and encoded-word garbage in headers, dates in
year 1, MIME nested deeper than Python recurses, a megabyte-long line. Each
is stored or skipped; the sync succeeds and keeps every good message.
"""

from __future__ import annotations

from desktop_inbox.store.schema import database
from tests.email.conftest import App, Mailboxes
from tests.email.messages import plain


def hostile(b: Mailboxes) -> list[bytes]:
    head = f"To: {b.shop}\r\nMessage-ID: <{{n}}@hostile.test>\r\n".encode()
    deep = b"".join(
        f"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n".encode() for i in range(3000)
    )
    return [
        head.replace(b"{n}", b"h1") + b"Subject: no sender\r\n\r\nwho wrote this?\r\n",
        head.replace(b"{n}", b"h2") + f"From: {b.anna}\r\n".encode()
        + b"Content-Type: multipart/alternative; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nhalf\r\n",
        head.replace(b"{n}", b"h3") + f"From: {b.anna}\r\n".encode()
        + b"Content-Type: text/plain; charset=\"x-no-such-charset\"\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!notbase64\r\n",
        head.replace(b"{n}", b"h4") + f"From: =?utf-8?b?////?= <{b.bob}>\r\n".encode()
        + b"Subject: \xff\xfe\xc3\x28 =?x-unknown?q?abc?= =?utf-8?b?7aCA?=\r\n\r\nbody \xff\r\n",
        head.replace(b"{n}", b"h5") + f"From: {b.bob}\r\n".encode() + b"Date: Mon, 01 Jan 0001 00:00:00 +1400\r\n\r\nold\r\n",
        head.replace(b"{n}", b"h6") + f"From: {b.chen}\r\n".encode() + deep + b"deep\r\n",
        head.replace(b"{n}", b"h7") + f"From: {b.chen}\r\n".encode() + b"\r\n" + b"x" * 1_200_000 + b"\r\n",
        head.replace(b"{n}", b"h8") + f"From: {b.anna}\r\n".encode() + b"Content-Type: text/html\r\n\r\n"
        + b"<script>fetch('https://evil.example')</script><img src=https://track.example/p.gif>"
        + "<p>\u202egnp.exe</p>".encode() + b"<a href=javascript:alert(1)>x</a>\r\n",
    ]


async def test_hostile_messages_do_not_stop_the_sync(app: App, boxes: Mailboxes) -> None:
    good = []
    for n, who in enumerate((boxes.anna, boxes.bob, boxes.chen)):
        mid = f"<good{n}@example.test>"
        boxes.deliver(plain(frm=who, to=boxes.shop, subject=f"Order {n}", body=f"Where is order {n}?", mid=mid,
                            minutes=n))
        good.append(mid)
    bad = hostile(boxes)
    for raw in bad:
        boxes.deliver(raw, to=boxes.shop)
    await app.add_email(boxes)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    rows = await app.cache.read(
        lambda: database.execute_sql("SELECT remote_id, text, html FROM message").fetchall()
    )
    stored = {r[0] for r in rows}
    assert set(good) <= stored
    # Every hostile one was either stored or counted as skipped.
    hostile_stored = {r for r in stored if r.endswith("@hostile.test>")}
    assert len(hostile_stored) + result.skipped >= len(bad) - 1  # (the one without a sender may be skipped silently)
    for _remote_id, text, html in rows:
        text.encode("utf-8")
        for needle in ("<script", "<img", "javascript:", "track.example"):
            assert needle not in (html or "").lower()
    [again] = await app.engine.sync_once()
    assert again.ok and again.added == 0
