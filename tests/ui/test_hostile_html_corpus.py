"""The hostile-HTML corpus through the real thread view: inert, and silent.

``tests/data/hostile_html`` holds 130 message bodies (scripts, event
handlers, javascript: and other schemes, remote images, CSS url(), frames,
SVG, MathML, tracking pixels, mixed-direction text, malformed HTML). Every
URL in them points at a local server that counts requests. Each body goes
the way a message goes (sanitised when stored, rendered in the thread) and
also raw into the view: the server sees no request, no active content
survives, every link left in the document is http, https or mailto, and
only those open when clicked. Bidi controls never reach past their message.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from desktop_inbox.demo.httpbase import JsonServer, Response
from desktop_inbox.records import State
from desktop_inbox.store.conversations import ConversationDetail, ConversationSummary, MessageView
from desktop_inbox.text import html as message_html
from desktop_inbox.ui.conversation.thread_render import render_message
from desktop_inbox.ui.conversation.thread_view import ThreadView

CORPUS = Path(__file__).resolve().parents[1] / "data" / "hostile_html"
BIDI_OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
PALETTE = dict.fromkeys(("text", "base", "dim", "link", "theirs", "ours", "error", "warn"), "#000000")


def corpus(base: str) -> list[tuple[str, str]]:
    host = base.removeprefix("http://")
    return [
        (path.stem, path.read_text(encoding="utf-8").replace("{BASE}", base).replace("{HOST}", host))
        for path in sorted(CORPUS.glob("*.html"))
    ]


def detail_of(bodies: list[tuple[str, str]], *, stored: bool) -> ConversationDetail:
    now = datetime.now(UTC)
    summary = ConversationSummary(
        1, 1, "mastodon", "@shop@x", "public", State.NEEDS_REPLY.value, 1, 1, "@anna@x", "Anna", now, now, None, 0, 1, "", 0
    )
    messages = []
    for n, (name, body) in enumerate(bodies):
        html = message_html.rich_html(body) if stored else body  # stored: sanitised at ingest
        messages.append(MessageView(
            id=n, remote_id=str(n), direction="in" if n % 2 else "out",
            author_handle="@anna@x", author_name=body[:60] if "bidi" in name else "Anna",
            text=message_html.to_text(body), html=html, visibility="public", created_at=now, url=None,
            attachments=({"kind": "image", "url": "http://127.0.0.1:9/x.png", "description": body[:40]},),
        ))
    return ConversationDetail(summary, messages, None, 500, 23)


def anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref():
                found.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return found


@pytest.fixture
def counting_server():  # type: ignore[no-untyped-def]
    server = JsonServer()
    for method in ("GET", "POST", "HEAD", "PUT"):
        server.route(method, r".*", lambda request: Response(200, {}))
    server.start()
    yield server
    server.stop()


def test_the_corpus_is_large_and_varied() -> None:
    names = [p.stem for p in CORPUS.glob("*.html")]
    assert len(names) >= 100
    for family in ("script", "handler", "link-scheme", "img", "css", "frame", "svg", "pixel", "bidi", "malformed"):
        assert sum(family in n for n in names) >= 3, family


def test_hostile_corpus_renders_inert_and_loads_nothing(qtbot, counting_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr("desktop_inbox.ui.conversation.thread_view.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    bodies = corpus(counting_server.url)
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()

    for stored in (True, False):
        view.show_conversation(detail_of(bodies, stored=stored))
        qtbot.wait(50)
        documents = view.documents()
        # (Qt writes its own style sheet in each document's head.)
        html = "".join(doc.toHtml().lower().split("<body", 1)[1] for doc in documents)
        # Only markup counts: the words may well appear as (escaped, inert) text.
        html = " ".join(re.findall(r"<[^>]*>", html))
        for needle in ("<img", "<script", "<iframe", "<object", "<embed", "<svg", "<style", "javascript:", "vbscript:",
                       "onerror", "onload", "onclick", "onmouseover", "url(", "srcdoc", "background=", "<form"):
            assert needle not in html, (needle, stored)
        text = view.document_text()
        for visible in ("after script", "styled", "here 3", "https link", "mail link", "shown", "deep embeddings"):
            assert visible in text, visible
        hrefs = [href for doc in documents for href in anchors(doc)]
        assert "https://example.com/order" in hrefs and "mailto:anna@example.com" in hrefs
        for href in hrefs:
            scheme = QUrl(href).scheme().lower()
            assert scheme in ("http", "https", "mailto", "inbox"), href
        for href in hrefs:
            view.on_anchor_clicked(QUrl(href))
        assert opened and all(QUrl(u).scheme() in ("http", "https", "mailto") for u in opened)

    # Straight into a document of the view's, past every sanitiser: it refuses to load.
    view.safe_document("".join(body for _, body in bodies))
    qtbot.wait(300)
    assert counting_server.requests == []
    assert any(counting_server.url in url or "i0.png" in url for url in view.blocked_resources)
    view.show_conversation(detail_of(bodies, stored=True))
    qtbot.wait(300)
    assert counting_server.requests == [], counting_server.requests


def test_every_scheme_but_web_and_mail_is_refused_on_click(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr("desktop_inbox.ui.conversation.thread_view.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    view = ThreadView()
    qtbot.addWidget(view)
    refused = [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x", "data:text/html,hi", "file:///etc/passwd",
        "smb://host/share", "ftp://host/f", "jar:http://h/x!/", "blob:http://h/u", "intent://x", "tel:+30",
        "ms-settings:privacy", "about:blank", "chrome://settings", "magnet:?xt=x", "irc://h", "relative/path", "",
    ]
    for url in refused:
        view.on_anchor_clicked(QUrl(url))
    assert opened == []
    for url in ("https://example.com/a", "HTTP://EXAMPLE.COM/b", "mailto:anna@example.com"):
        view.on_anchor_clicked(QUrl(url))
    assert len(opened) == 3


@pytest.mark.parametrize("name", [p.stem for p in sorted(CORPUS.glob("*bidi*.html"))])
def test_direction_controls_stay_inside_their_message(name: str) -> None:
    body = (CORPUS / f"{name}.html").read_text(encoding="utf-8")
    message = MessageView(
        id=1, remote_id="1", direction="in", author_handle="@\u202eanna@x", author_name=body, text="", html=body,
        visibility="public", created_at=datetime.now(UTC), url="https://example.com/1",
        attachments=({"kind": "file", "description": "\u202eexe.fdp"},),
    )
    rendered = render_message(message, palette=PALETTE, now=datetime.now(UTC))
    # Replay the controls: at the end of the message nothing may remain open,
    # and the time and visibility after the name are outside every override.
    assert _open_after(rendered) == []
    header_end = rendered.index(" · ", rendered.index("@"))
    assert _open_after(rendered[:header_end]) == []


def _open_after(text: str) -> list[str]:
    stack: list[str] = []
    for ch in text:
        if ch in BIDI_OPENERS:
            stack.append(ch)
        elif ch == "\u202c" and stack and stack[-1] in "\u202a\u202b\u202d\u202e":
            stack.pop()
        elif ch == "\u2069":
            while stack and stack.pop() not in "\u2066\u2067\u2068":
                pass
    return stack
