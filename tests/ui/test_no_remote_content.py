"""Rendering hostile message HTML makes no request to any server."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QUrl

from desktop_inbox.demo.httpbase import JsonServer, Response
from desktop_inbox.records import State
from desktop_inbox.store.conversations import ConversationDetail, ConversationSummary, MessageView
from desktop_inbox.ui.conversation.thread_view import ThreadView


def hostile_bodies(base: str) -> list[str]:
    return [
        f'<p>Hi<img src="{base}/pixel.gif" width="1" height="1"></p>',
        f'<script src="{base}/evil.js"></script><p>text</p>',
        f'<p style="background:url({base}/bg.png)">styled</p>',
        f'<link rel="stylesheet" href="{base}/style.css"><p>linked css</p>',
        f'<iframe src="{base}/frame"></iframe>',
        f'<svg><image href="{base}/svg.png"/></svg>',
        f'<img srcset="{base}/a.png 1x, {base}/b.png 2x">',
        f'<p onmouseover="fetch(\'{base}/onmouse\')">hover</p>',
        f'<video poster="{base}/poster.jpg"><source src="{base}/v.mp4"></video>',
        f'<object data="{base}/obj"></object><embed src="{base}/embed">',
        f'<a href="javascript:fetch(\'{base}/js\')">click</a>',
        f'<table background="{base}/table.png"><tr><td>cell</td></tr></table>',
        f'<p>\u202egnp.exe {base}/rtl</p>',
    ]


def detail_with(bodies: list[str]) -> ConversationDetail:
    now = datetime.now(UTC)
    summary = ConversationSummary(
        1, 1, "mastodon", "@shop@x", "public", State.NEEDS_REPLY.value, 1, 1, "@anna@x", "Anna", now, now, None, 0, 1, "", 0
    )
    messages = [
        MessageView(
            id=n, remote_id=str(n), direction="in", author_handle="@anna@x", author_name="Anna", text="",
            html=body, visibility="public", created_at=now, url=None,
            attachments=({"kind": "image", "url": "http://127.0.0.1:9/image.png", "description": "a photo"},),
        )
        for n, body in enumerate(bodies)
    ]
    return ConversationDetail(summary, messages, None, 500, 23)


def test_hostile_html_loads_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    server = JsonServer()
    server.route("GET", r".*", lambda request: Response(200, {}))
    server.start()
    try:
        view = ThreadView()
        qtbot.addWidget(view)
        view.resize(800, 600)
        view.show()
        view.show_conversation(detail_with(hostile_bodies(server.url)))
        # And the raw HTML straight into a document of the view's, bypassing
        # the sanitiser: the document itself refuses every resource.
        raw = "".join(hostile_bodies(server.url))
        view.safe_document(raw)
        qtbot.wait(500)
        assert server.requests == []
        assert any("pixel.gif" in url for url in view.blocked_resources)
        view.show_conversation(detail_with(hostile_bodies(server.url)))
        text = view.document_text()
        assert "text" in text and "hover" in text and "cell" in text
        # Attachments are listed with a link, not shown.
        assert "a photo" in text and "open in browser" in text
        html = "".join(doc.toHtml() for doc in view.documents())
        for needle in ("<img", "<script", "javascript:", "onmouseover", "<iframe"):
            assert needle not in html.lower()
        qtbot.wait(200)
        assert server.requests == []
    finally:
        server.stop()


def test_only_web_and_mail_links_open(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr("desktop_inbox.ui.conversation.thread_view.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    view = ThreadView()
    qtbot.addWidget(view)
    for url in ("https://example.com/a", "http://example.com/b", "mailto:anna@example.com", "javascript:alert(1)",
                "file:///etc/passwd", "data:text/html,hi", "smb://host/share"):
        view.on_anchor_clicked(QUrl(url))
    assert opened == ["https://example.com/a", "http://example.com/b", "mailto:anna@example.com"]
