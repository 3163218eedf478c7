"""The thread: every message of the conversation, ours and theirs, in order.

A QTextBrowser that loads nothing by itself: ``loadResource`` refuses every
request (and remembers it, so tests can prove nothing was fetched), links are
not followed inside the view, and only http, https and mailto links go to the
system browser when clicked.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from desktop_inbox.services.values import ConversationDetail
from desktop_inbox.text.html import SAFE_SCHEMES
from desktop_inbox.ui import colors
from desktop_inbox.ui.conversation.media import Thumbnails
from desktop_inbox.ui.conversation.media_html import SCHEME as MEDIA_SCHEME
from desktop_inbox.ui.conversation.thread_render import render_thread

log = logging.getLogger("desktop_inbox.ui")


def palette_colors(palette: QPalette) -> dict[str, str]:
    # (ui/colors.py: every pair of them is held to WCAG AA by a test.)
    return colors.thread(palette)


class ThreadView(QTextBrowser):
    retry_requested = Signal(int)  # outbox item id
    cancel_requested = Signal(int)
    older_requested = Signal()
    media_requested = Signal(int)  # a kept picture's id: open the viewer

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName("Conversation thread")
        self.anchorClicked.connect(self.on_anchor_clicked)
        self.blocked_resources: list[str] = []
        self.opened_links: list[str] = []
        self.detail: ConversationDetail | None = None
        self.thumbnails = Thumbnails()

    def loadResource(self, type_: int, name: QUrl) -> Any:
        if name.scheme() == MEDIA_SCHEME:  # a kept picture's thumbnail, a local file (media.py)
            return self.thumbnails.resource(name)
        # Images, style sheets, anything: never fetched from message content.
        self.blocked_resources.append(name.toString())
        return None

    def show_conversation(self, detail: ConversationDetail | None, *, keep_position: bool = False) -> None:
        self.detail = detail
        if detail is None:
            self.setHtml("")
            return
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        self.setHtml(render_thread(detail, palette=palette_colors(self.palette())))
        if keep_position:
            bar.setValue(bar.maximum() - from_bottom)
        else:
            bar.setValue(bar.maximum())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The application's palette reaches this view after the switch
        # (Light/Dark) has returned: draw the thread again once it is here.
        if event.type() == QEvent.Type.PaletteChange and self.detail is not None:
            self.show_conversation(self.detail, keep_position=True)

    def scroll_to_message(self, message_id: int) -> None:
        self.scrollToAnchor(f"m{message_id}")

    def on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "inbox":
            action, _, arg = url.path().partition("/")
            if action == "retry" and arg.isdigit():
                self.retry_requested.emit(int(arg))
            elif action == "cancel" and arg.isdigit():
                self.cancel_requested.emit(int(arg))
            elif action == "older":
                self.older_requested.emit()
            elif action == "media" and arg.isdigit():
                self.media_requested.emit(int(arg))
            return
        if scheme in SAFE_SCHEMES:
            self.opened_links.append(url.toString())
            QDesktopServices.openUrl(url)
        else:
            log.info("refused to open a %s: link", scheme or "relative")

    def document_text(self) -> str:
        doc: QTextDocument = self.document()
        return doc.toPlainText()
