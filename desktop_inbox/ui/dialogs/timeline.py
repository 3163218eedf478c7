"""One customer's whole story: every message, every platform, one timeline."""

from __future__ import annotations

import html
from itertools import groupby

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from desktop_inbox.records import Direction, Kind
from desktop_inbox.services.values import TimelineEntry
from desktop_inbox.text.html import text_to_html
from desktop_inbox.ui import style
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.conversation.thread_view import palette_colors
from desktop_inbox.ui.tasks import spawn


class TimelineView(QTextBrowser):
    open_conversation = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.setAccessibleName("Customer timeline")

    def loadResource(self, type_: int, name: QUrl):  # type: ignore[no-untyped-def]
        return None  # nothing remote, ever

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "inbox" and url.path().startswith("open/"):
            _, conversation, message = url.path().split("/")
            self.open_conversation.emit(int(conversation), int(message))


def render(entries: list[TimelineEntry], colors: dict[str, str]) -> str:
    parts = [f"<html><body style='color:{colors['text']}'>"]
    for (year, month), group in groupby(entries, key=lambda e: (e.created_at.astimezone().year, e.created_at.astimezone().month)):
        items = list(group)
        title = items[0].created_at.astimezone().strftime("%B %Y")
        parts.append(f"<a name='m{year}-{month:02d}'></a><h3>{title}</h3>")
        for e in items:
            if e.event:  # a call or a meeting, logged
                what = "Phone call" if e.event == "call" else "Meeting"
                parts.append(
                    f"<table width='100%' cellpadding='6' style='background:{colors['theirs']}; margin-top:4px'><tr><td>"
                    f"<b>{what}</b> <span style='color:{colors['dim']}'>{e.created_at.astimezone():%a %d %b %H:%M} · "
                    f"logged</span><br>{text_to_html(e.text)}</td></tr></table>"
                )
                continue
            who = "You" if e.direction == Direction.OUT else html.escape(e.author)
            where = style.PLATFORM_NAMES.get(e.platform, e.platform) + (" DM" if e.kind == Kind.DIRECT else "")
            bg = colors["ours"] if e.direction == Direction.OUT else colors["theirs"]
            parts.append(
                f"<table width='100%' cellpadding='6' style='background:{bg}; margin-top:4px'><tr><td>"
                f"<b>{who}</b> <span style='color:{colors['dim']}'>{e.created_at.astimezone():%a %d %b %H:%M} · {where} · "
                f"<a href='inbox:open/{e.conversation_id}/{e.message_id}'>open</a></span><br>{text_to_html(e.text)}"
                "</td></tr></table>"
            )
    parts.append("</body></html>")
    return "".join(parts)


class TimelineDialog(QDialog):
    open_conversation = Signal(int, int)

    def __init__(self, ctx: AppContext, contact_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{name} — the whole story")
        self.months = QListWidget()
        self.months.setAccessibleName("Jump to a month")
        self.months.setMaximumWidth(170)
        self.months.itemClicked.connect(self._jump)
        self.months.itemActivated.connect(self._jump)
        self.view = TimelineView()
        self.view.open_conversation.connect(self.open_conversation)
        row = QHBoxLayout(self)
        row.addWidget(self.months)
        row.addWidget(self.view, 1)
        self.resize(860, 640)
        spawn(ctx.contacts.timeline(contact_id), on_done=self._show)

    def _show(self, entries: list[TimelineEntry]) -> None:
        self.entries = entries
        self.view.setHtml(render(entries, palette_colors(self.palette())))
        last_year = None
        for (year, month), group in groupby(entries, key=lambda e: (e.created_at.astimezone().year, e.created_at.astimezone().month)):
            if year != last_year:
                header = QListWidgetItem(str(year))
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setData(Qt.ItemDataRole.UserRole, f"m{year}-{month:02d}")
                self.months.addItem(header)
                last_year = year
            count = len(list(group))
            item = QListWidgetItem(f"   {_month_name(month)} ({count})")
            item.setData(Qt.ItemDataRole.UserRole, f"m{year}-{month:02d}")
            self.months.addItem(item)
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().maximum())

    def _jump(self, item: QListWidgetItem) -> None:
        self.view.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))


def _month_name(month: int) -> str:
    import calendar

    return calendar.month_name[month]

