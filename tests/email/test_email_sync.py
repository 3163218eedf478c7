"""The e-mail connector and the sync engine against a real Dovecot."""

from __future__ import annotations

import asyncio
import os
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox.connectors.email import connector as mail_module
from desktop_inbox.connectors.email import idle as mail_idle
from desktop_inbox.connectors.email import parse as mailparse
from desktop_inbox.connectors.email import reading as mail_reading
from desktop_inbox.services.signin.email import EmailSignIn
from desktop_inbox.store import outbox
from desktop_inbox.store.schema import database
from desktop_inbox.sync.engine import SyncEvent
from tests.email.conftest import App, Mailboxes
from tests.email.messages import at, encoded, html_only, plain, with_attachment
from tests.servers.mailserver import LostResponseProxy

PDF = b"%PDF-1.4\n" + os.urandom(600 * 1024)


def deliver_thread_set(b: Mailboxes) -> dict[str, str]:
    """Four threads as real clients write them; returns name -> Message-ID."""
    n = b.shop.split("@")[0]
    ids = {k: f"<{k}.{n}@{dom}>" for k, dom in (
        ("a1", "example.test"), ("s1", "zappy.test"), ("a3", "example.test"), ("a4", "example.test"),
        ("a5", "example.test"), ("a6", "example.test"), ("b1", "example.test"), ("s2", "zappy.test"),
        ("b2", "example.test"), ("c1", "example.cn"), ("c2", "example.cn"),
    )}  # fmt: skip
    greek = "Πού είναι η παραγγελία μου;"
    anna = f"{encoded('Anna Λάμπρου')} <{b.anna}>"
    bob = f"{encoded('Bob 王')} <{b.bob}>"
    shop = f"Zappy Shoes <{b.shop}>"
    # Thread A: a question, our answer (from another program, in Sent), a
    # reply quoting it with a signature, an Outlook reply with In-Reply-To
    # only, and a "Re:" with no threading headers at all.
    b.deliver(plain(frm=anna, to=b.shop, subject=greek, body="Γεια σας, where is my order 1234?\n\nAnna", mid=ids["a1"], minutes=0))
    b.file_sent(plain(frm=shop, to=b.anna, subject=f"Re: {greek}", body="It ships tomorrow.\n\n-- \nZappy Shoes",
                      mid=ids["s1"], minutes=10, in_reply_to=ids["a1"], references=ids["a1"]))
    b.deliver(plain(
        frm=anna, to=b.shop, subject=f"Re: {greek}", mid=ids["a3"], minutes=20, in_reply_to=ids["s1"],
        references=f"{ids['a1']} {ids['s1']}",
        body=f"Thank you! Can you send it to my office instead?\n\n-- \nAnna Lambrou\nAthens\n\n"
             f"On {at(10)}, Zappy Shoes <{b.shop}> wrote:\n> It ships tomorrow.\n>\n> -- \n> Zappy Shoes\n",
    ))
    b.deliver(plain(
        frm=anna, to=b.shop, subject=f"RE: {greek}", mid=ids["a4"], minutes=30, in_reply_to=ids["a3"],
        body=f"The address is Ermou 12, Athens.\n\nFrom: Anna Lambrou <{b.anna}>\nSent: Monday 10:20\n"
             f"To: Zappy Shoes <{b.shop}>\nSubject: Re: {greek}\n\nThank you! Can you send it to my office instead?\n",
    ))
    b.deliver(plain(frm=anna, to=b.shop, subject=f"Re: {greek}", body="Also, please gift-wrap it.", mid=ids["a5"], minutes=40))
    # Thread B: a forward starts a thread of its own.
    b.deliver(plain(
        frm=anna, to=b.shop, subject="Fwd: Your invoice 1234", mid=ids["a6"], minutes=50,
        body="See the invoice below, the amount is wrong.\n\n---------- Forwarded message ---------\n"
             "From: Billing <billing@zappy.test>\nDate: Sun, 2 Nov 2025\nSubject: Your invoice 1234\n\nTotal: 120 EUR\n",
    ))
    # Thread C: HTML only in GB2312 with remote content; our answer; a reply
    # in ISO-8859-7 quoting us under a Greek attribution line.
    b.deliver(html_only(
        frm=bob, to=b.shop, subject="我的订单在哪里？", mid=ids["b1"], minutes=60,
        html='<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>'
             '<p>你好，我的订单<b>5678</b>还没到。</p><img src="https://tracker.example/pixel.gif"></body></html>',
    ))
    b.file_sent(plain(frm=shop, to=b.bob, subject="Re: 我的订单在哪里？", body="Your order ships today.", mid=ids["s2"],
                      minutes=70, in_reply_to=ids["b1"], references=ids["b1"]))
    b.deliver(plain(
        frm=bob, to=b.shop, subject="Re: 我的订单在哪里？", mid=ids["b2"], minutes=80, in_reply_to=ids["s2"],
        references=f"{ids['b1']} {ids['s2']}", charset="iso-8859-7",
        body="Ευχαριστώ, το πήρα.\n\nΣτις Δευ, ο/η Zappy Shoes έγραψε:\n> Your order ships today.\n",
    ))
    # Thread D: Big5 subject and body, then a large reply with an attachment.
    b.deliver(plain(frm=f"Chen <{b.chen}>", to=b.shop, subject="退貨申請", body="我想退貨，訂單 9012。", mid=ids["c1"],
                    minutes=90, charset="big5"))
    b.deliver(with_attachment(
        frm=f"Chen <{b.chen}>", to=b.shop, subject="Re: =?big5?b?sGizZqXTvdA=?=", body="發票附上。", mid=ids["c2"],
        minutes=100, filename="發票 9012.pdf", data=PDF, in_reply_to=ids["c1"], references=ids["c1"],
    ))
    return ids


async def messages_by_conversation(app: App) -> dict[int, list[tuple[str, str, str]]]:
    rows = await app.cache.read(
        lambda: database.execute_sql(
            "SELECT conversation_id, remote_id, direction, text FROM message ORDER BY created_at"
        ).fetchall()
    )
    grouped: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for conv, remote_id, direction, text in rows:
        grouped[conv].append((remote_id, direction, text))
    return grouped


@pytest.mark.parametrize("page", [50, 2], ids=["one-page", "pages-of-2"])
async def test_real_messages_thread_into_conversations(
    app: App, boxes: Mailboxes, page: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # With pages of 2, history arrives newest first and replies come before
    # the messages they answer: threads must come out the same.
    monkeypatch.setattr(mail_module, "PAGE", page)
    monkeypatch.setattr(mail_module, "FIRST_PAGE", page)
    ids = deliver_thread_set(boxes)
    await app.add_email(boxes)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.skipped == 0
    groups = await messages_by_conversation(app)
    by_first = {msgs[0][0]: msgs for msgs in groups.values()}
    name = {v: k for k, v in ids.items()}
    assert {name[first]: [name[m[0]] for m in msgs] for first, msgs in by_first.items()} == {
        "a1": ["a1", "s1", "a3", "a4", "a5"],
        "a6": ["a6"],
        "b1": ["b1", "s2", "b2"],
        "c1": ["c1", "c2"],
    }
    assert [m[1] for m in by_first[ids["a1"]]] == ["in", "out", "in", "in", "in"]
    texts = {name[m[0]]: m[2] for msgs in groups.values() for m in msgs}
    assert texts["a1"] == "[Πού είναι η παραγγελία μου;]\nΓεια σας, where is my order 1234?\n\nAnna"
    assert texts["a3"] == "Thank you! Can you send it to my office instead?"  # quote and signature folded
    assert texts["a4"] == "The address is Ermou 12, Athens."  # Outlook's header block folded
    assert texts["a5"] == "Also, please gift-wrap it."  # joined by subject: no "[subject]" line
    assert texts["a6"].startswith("[Fwd: Your invoice 1234]\nSee the invoice below, the amount is wrong.")
    assert texts["b1"] == "[我的订单在哪里？]\n你好，我的订单5678还没到。"
    assert texts["b2"] == "Ευχαριστώ, το πήρα."
    assert texts["c1"] == "[退貨申請]\n我想退貨，訂單 9012。"
    assert texts["c2"] == "發票附上。"

    page_list = await app.inbox.page()
    assert len(page_list) == 4
    assert {c.kind for c in page_list} == {"direct"}
    assert {c.state for c in page_list} == {"needs_reply"}
    assert {c.customer_handle for c in page_list} == {boxes.anna, boxes.bob, boxes.chen}
    assert {c.customer_name for c in page_list} >= {"Anna Λάμπρου", "Bob 王"}
    # Anna's two threads are two conversations of one contact.
    anna_convs = [c for c in page_list if c.customer_handle == boxes.anna]
    assert len(anna_convs) == 2 and len({c.contact_id for c in anna_convs}) == 1

    html_rows = await app.cache.read(
        lambda: dict(database.execute_sql("SELECT remote_id, html FROM message").fetchall())
    )
    assert "5678" in html_rows[ids["b1"]]
    for bad in ("<img", "tracker.example", "<script", "alert(", "<style", "color:red"):
        assert bad not in html_rows[ids["b1"]] and bad not in html_rows[ids["c2"]]
    assert "It ships tomorrow." in html_rows[ids["a3"]]  # the folded quote stays readable

    attachments = await app.cache.read(
        lambda: database.execute_sql("SELECT attachments FROM message WHERE remote_id = ?", (ids["c2"],)).fetchone()[0]
    )
    assert "發票 9012.pdf" in attachments and "application/pdf" in attachments and "KB" in attachments

    # Asked for, the attachment comes from the server, byte for byte.
    [chen] = [c for c in page_list if c.customer_handle == boxes.chen]
    message_id = await app.cache.read(
        lambda: database.execute_sql("SELECT id FROM message WHERE remote_id = ?", (ids["c2"],)).fetchone()[0]
    )
    saved = await app.services.attachments.save(message_id, 0, tmp_path)
    assert saved.name == "發票 9012.pdf" and saved.read_bytes() == PDF
    again_saved = await app.services.attachments.save(message_id, 0, tmp_path)
    assert again_saved.name == "發票 9012 (2).pdf"
    assert chen.message_count == 2

    [again] = await app.engine.sync_once()
    assert again.ok and again.added == 0


async def test_large_message_is_read_without_its_attachment(boxes: Mailboxes, monkeypatch: pytest.MonkeyPatch) -> None:
    mid = f"<big.{boxes.shop.split('@')[0]}@example.cn>"
    boxes.deliver(with_attachment(frm=boxes.chen, to=boxes.shop, subject="Photos", body="Here they are.", mid=mid,
                                  minutes=5, filename="photo.pdf", data=PDF))
    connector = boxes.connector()
    fetched_items: list[list[str]] = []
    original = mail_reading._fetch_large

    def spy(c, folder, uid, meta):  # type: ignore[no-untyped-def]
        real_fetch = c.fetch

        def fetch(uids, items, modifiers=None):  # type: ignore[no-untyped-def]
            fetched_items.append(list(items))
            return real_fetch(uids, items, modifiers)

        c.fetch = fetch
        try:
            return original(c, folder, uid, meta)
        finally:
            c.fetch = real_fetch

    monkeypatch.setattr(mail_reading, "_fetch_large", spy)
    try:
        page = await connector.fetch(mail_module.NEW, None, since=None)
    finally:
        await connector.aclose()
    [post] = page.posts
    assert post.text == "[Photos]\nHere they are."
    assert [a.name for a in post.attachments] == ["photo.pdf"]
    assert all("BODY.PEEK[]" not in items for items in fetched_items)
    assert fetched_items and all("BODY.PEEK[2]" not in items for items in fetched_items)


@pytest.mark.parametrize("server_files_sent", [False, True], ids=["we-file-sent", "server-files-sent"])
async def test_reply_reaches_the_customer_and_sent_once(app: App, boxes: Mailboxes, server_files_sent: bool) -> None:
    if server_files_sent:
        boxes.server.files_sent.add(boxes.shop)
    ids = deliver_thread_set(boxes)
    await app.add_email(boxes, signature="Zappy Shoes · Ermou 1, Athens")
    await app.engine.sync_once()
    [conv] = [c for c in await app.inbox.page() if c.customer_handle == boxes.bob]

    item = await app.reply(conv.id, "您好 Bob, a new pair is on its way.")
    [result] = await app.engine.sync_once()
    [again] = await app.engine.sync_once()

    assert result.ok and result.sent == 1
    assert again.sent == 0 and again.added == 0
    received = [mailparse.parse_message(m) for m in boxes.messages(boxes.bob)]
    assert len(received) == 1
    [reply] = received
    assert reply.in_reply_to == [ids["b2"]]
    assert reply.references == [ids["b1"], ids["s2"], ids["b2"]]
    assert reply.subject == "Re: 我的订单在哪里？"
    assert reply.full_text == "您好 Bob, a new pair is on its way.\n\n-- \nZappy Shoes · Ermou 1, Athens"
    assert reply.sender is not None and reply.sender.address == boxes.shop and reply.sender.name == "Zappy Shoes"
    sent = [mailparse.parse_message(m) for m in boxes.messages(boxes.shop, "Sent")]
    assert [m.message_id for m in sent].count(reply.message_id) == 1
    stored = await app.cache.read(outbox.get, item.id)
    assert stored.state == "sent"
    detail = await app.inbox.conversation(conv.id)
    assert [m.direction for m in detail.messages] == ["in", "out", "in", "out"]
    assert detail.messages[-1].text == "您好 Bob, a new pair is on its way."
    assert detail.summary.state == "waiting"
    boxes.server.files_sent.discard(boxes.shop)


async def test_a_lost_smtp_answer_does_not_send_twice(app: App, boxes: Mailboxes) -> None:
    # Plain text to loopback only, so the proxy can see the end of DATA;
    # the server files Sent itself, so the copy is there to be found.
    boxes.server.files_sent.add(boxes.shop)
    proxy = LostResponseProxy(boxes.server.ports.submission)
    try:
        boxes.deliver(plain(frm=boxes.anna, to=boxes.shop, subject="Size 38?", body="Do you have size 38?",
                            mid=f"<q.{boxes.shop}>", minutes=1))
        config = boxes.config("none", smtp_port=proxy.port)
        await EmailSignIn(app.accounts).add(config, boxes.password, history="all")
        await app.engine.sync_once()
        [conv] = await app.inbox.page()
        item = await app.reply(conv.id, "Yes, we have size 38.")
        proxy.armed = True

        [result] = await app.engine.sync_once()
        [again] = await app.engine.sync_once()

        assert proxy.dropped == 1
        assert (await app.cache.read(outbox.get, item.id)).state == "sent"
        assert result.sent + again.sent == 1
        received = boxes.messages(boxes.anna)
        assert len(received) == 1, "the reply was sent twice"
        assert b"Yes, we have size 38." in received[0]
    finally:
        proxy.close()
        boxes.server.files_sent.discard(boxes.shop)


async def test_idle_delivers_a_new_message_within_seconds(app: App, boxes: Mailboxes) -> None:
    boxes.deliver(plain(frm=boxes.anna, to=boxes.shop, subject="Hello", body="First", mid=f"<i1.{boxes.shop}>", minutes=1))
    await app.add_email(boxes)
    app.engine.poll_interval = 300  # only IDLE can bring the next message in time
    events: list[SyncEvent] = []
    cycle_done = asyncio.Event()
    news = asyncio.Event()

    def listen(event: SyncEvent) -> None:
        events.append(event)
        if event.kind == "cycle":
            cycle_done.set()
        if event.kind == "stored" and event.new_inbound and cycle_done.is_set():
            news.set()

    app.engine.subscribe(listen)
    stop = asyncio.Event()
    runner = asyncio.create_task(app.engine.run(stop))
    try:
        await asyncio.wait_for(cycle_done.wait(), 30)
        await asyncio.sleep(0.5)  # the engine is waiting now
        started = time.monotonic()
        await asyncio.to_thread(
            boxes.deliver,
            plain(frm=boxes.anna, to=boxes.shop, subject="Re: Hello", body="Second", mid=f"<i2.{boxes.shop}>",
                  minutes=2, in_reply_to=f"<i1.{boxes.shop}>", references=f"<i1.{boxes.shop}>"),
        )
        await asyncio.wait_for(news.wait(), 10)
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        await asyncio.wait_for(runner, 30)
    assert elapsed < 10
    [conv] = await app.inbox.page()
    assert conv.message_count == 2 and conv.snippet == "Second"


async def test_uidvalidity_change_does_not_duplicate_the_cache(app: App, boxes: Mailboxes) -> None:
    for i in range(3):
        boxes.deliver(plain(frm=boxes.anna, to=boxes.shop, subject=f"Question {i}", body=f"Body {i}",
                            mid=f"<u{i}.{boxes.shop}>", minutes=i))
    await app.add_email(boxes)
    await app.engine.sync_once()
    count = "SELECT count(*), count(DISTINCT remote_id) FROM message"
    assert await app.cache.read(lambda: database.execute_sql(count).fetchone()) == (3, 3)

    # The server is rebuilt: every message gets a new UID under a new UIDVALIDITY.
    client = boxes.server.imap(boxes.shop)
    try:
        client.select_folder("INBOX")
        uids = client.search("ALL")
        raws = [v[b"BODY[]"] for _, v in sorted(client.fetch(uids, ["BODY.PEEK[]"]).items())]
        client.delete_messages(uids)
        client.expunge()
        for raw in raws:
            client.append("INBOX", raw)
        new_uids = client.search("ALL")
    finally:
        client.logout()
    assert not set(new_uids) & set(uids)
    boxes.server.set_uidvalidity(boxes.shop, "INBOX", 77)
    boxes.deliver(plain(frm=boxes.bob, to=boxes.shop, subject="New", body="After the move", mid=f"<u9.{boxes.shop}>",
                        minutes=9))

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.added == 1
    assert await app.cache.read(lambda: database.execute_sql(count).fetchone()) == (4, 4)
    assert len(await app.inbox.page()) == 4
    cursor = await app.cache.read(
        lambda: database.execute_sql("SELECT value FROM sync_cursor WHERE stream = 'mail'").fetchone()[0]
    )
    assert '"INBOX":[77,' in cursor


async def test_history_stops_at_the_chosen_date(app: App, boxes: Mailboxes) -> None:
    now = datetime.now(UTC)
    for days in (400, 200, 30, 1):
        when = now - timedelta(days=days)
        raw = plain(frm=boxes.anna, to=boxes.shop, subject=f"{days} days ago", body=f"written {days} days ago",
                    mid=f"<h{days}.{boxes.shop}>", minutes=0)
        raw = raw.replace(f"Date: {at(0)}".encode(), f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}".encode())
        boxes.deliver(raw)
    await EmailSignIn(app.accounts).add(boxes.config(), boxes.password, history="1y")
    await app.engine.sync_once()
    texts = await app.cache.read(lambda: sorted(r[0] for r in database.execute_sql("SELECT text FROM message")))
    assert texts == sorted(f"[{d} days ago]\nwritten {d} days ago" for d in (200, 30, 1))


async def test_test_connection_reports_each_server(app: App, boxes: Mailboxes, monkeypatch: pytest.MonkeyPatch) -> None:
    sign_in = EmailSignIn(app.accounts)
    for security in ("starttls", "tls"):
        report = await sign_in.test_connection(boxes.config(security), boxes.password)
        assert report.ok, report.lines()
        assert report.sent_folder == "Sent" and report.can_push
    wrong = await sign_in.test_connection(boxes.config(), "not-the-password")
    assert not wrong.imap_ok and not wrong.smtp_ok
    assert "user name or password" in str(wrong.imap_message) and "not-the-password" not in " ".join(wrong.lines())
    # Verified TLS: a certificate nobody vouches for is refused.
    monkeypatch.delenv("SSL_CERT_FILE")
    monkeypatch.setenv("SSL_CERT_DIR", "/nonexistent")
    untrusted = await sign_in.test_connection(boxes.config("tls"), boxes.password)
    assert not untrusted.imap_ok and not untrusted.smtp_ok
    assert "could not be verified" in str(untrusted.imap_message)
    assert "could not be verified" in str(untrusted.smtp_message)


async def test_a_changed_password_marks_the_account_for_sign_in(app: App, boxes: Mailboxes) -> None:
    account = await app.add_email(boxes)
    await asyncio.to_thread(app.secrets.save, account.secret_ref, {"password": "an-old-password"})
    [result] = await app.engine.sync_once()
    assert not result.ok and result.needs_sign_in
    assert "an-old-password" not in result.error
    [acc] = await app.accounts.list()
    assert acc.state == "needs_sign_in"


async def test_idle_is_renewed_and_still_hears_new_mail(boxes: Mailboxes, monkeypatch: pytest.MonkeyPatch) -> None:
    from imapclient import IMAPClient

    monkeypatch.setattr(mail_idle, "IDLE_RENEW", 0.4)
    starts: list[float] = []
    real_idle = IMAPClient.idle

    def counting_idle(self: IMAPClient) -> None:
        starts.append(time.monotonic())
        real_idle(self)

    monkeypatch.setattr(IMAPClient, "idle", counting_idle)
    connector = boxes.connector()
    try:
        assert await connector.wait_for_new(0.5) is False  # nothing arrives: False after the timeout

        async def later() -> None:
            await asyncio.sleep(1.3)
            await asyncio.to_thread(boxes.deliver, plain(frm=boxes.anna, to=boxes.shop, subject="Late", body="x",
                                                         mid=f"<late.{boxes.shop}>", minutes=1))

        sender = asyncio.create_task(later())
        started = time.monotonic()
        assert await connector.wait_for_new(20) is True
        await sender
        assert 1.2 < time.monotonic() - started < 6
    finally:
        await connector.aclose()
    assert len(starts) >= 4  # IDLE was re-issued while waiting
