"""One customer's whole story: every message, every platform, one timeline."""

from __future__ import annotations

import html
from itertools import groupby

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from desktop_inbox.records import Direction, Kind
from desktop_inbox.services.values import TIMELINE_ACTIVITY as ACTIVITY
from desktop_inbox.services.values import TimelineEntry
from desktop_inbox.text.html import text_to_html
from desktop_inbox.ui import i18n, style
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.conversation.thread_view import palette_colors
from desktop_inbox.ui.tasks import spawn
from desktop_inbox.ui.timepick import date_and_clock

translate = QCoreApplication.translate  # (context "TimelineView": lupdate finds the calls by this name)


class TimelineView(QTextBrowser):
    open_conversation = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.setAccessibleName(self.tr("Customer timeline"))

    def loadResource(self, type_: int, name: QUrl):  # type: ignore[no-untyped-def]
        return None  # nothing remote, ever

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "inbox" and url.path().startswith("open/"):
            _, conversation, message = url.path().split("/")
            self.open_conversation.emit(int(conversation), int(message))



def month_title(year: int, month: int) -> str:
    """"December 2026": the month's name as it stands alone (Greek's
    nominative Δεκέμβριος, not the genitive of a date)."""
    heading = translate("TimelineView", "%1 %2", "a month's heading: the month's name, the year")
    return i18n.arg(heading, QLocale().standaloneMonthName(month), year)


def activity_text(e: TimelineEntry) -> str:
    """What a member did, after their name: "marked it done"."""
    if e.event == "done":
        return translate("TimelineView", "marked it done")
    if e.event == "snooze":
        return translate("TimelineView", "snoozed it")
    if e.event == "assign":
        if not e.text:
            return translate("TimelineView", "took the assignment back")
        return i18n.arg(translate("TimelineView", "assigned it to %1"), e.text)
    if e.event == "note":
        return i18n.arg(translate("TimelineView", "added a note: %1"), e.text)
    if e.event == "tag":
        return i18n.arg(translate("TimelineView", "tagged the customer %1"), e.text)
    return i18n.arg(translate("TimelineView", "removed the tag %1"), e.text)


def render(entries: list[TimelineEntry], colors: dict[str, str]) -> str:
    parts = [f"<html><body style='color:{colors['text']}'>"]
    for (year, month), group in groupby(entries, key=lambda e: (e.created_at.astimezone().year, e.created_at.astimezone().month)):
        items = list(group)
        parts.append(f"<a name='m{year}-{month:02d}'></a><h3>{html.escape(month_title(year, month))}</h3>")
        for e in items:
            when = html.escape(date_and_clock(e.created_at.astimezone()))
            if e.event in ACTIVITY:  # what a member of the team did
                parts.append(
                    f"<p style='margin:4px 6px; color:{colors['dim']}'><b>{html.escape(e.member)}</b> "
                    f"{html.escape(activity_text(e))} · {when}</p>"
                )
                continue
            if e.event:  # a call or a meeting, logged
                what = translate("TimelineView", "Phone call") if e.event == "call" else translate("TimelineView", "Meeting")
                logged = translate("TimelineView", "logged", "a call or meeting the user wrote down")
                parts.append(
                    f"<table width='100%' cellpadding='6' style='background:{colors['theirs']}; margin-top:4px'><tr><td>"
                    f"<b>{what}</b> <span style='color:{colors['dim']}'>{when} · {logged}"
                    f"</span><br>{text_to_html(e.text)}</td></tr></table>"
                )
                continue
            who = translate("TimelineView", "You") if e.direction == Direction.OUT else html.escape(e.author)
            if e.direction == Direction.OUT and e.member:  # a team: which member wrote it
                who = html.escape(e.member)
            platform = style.PLATFORM_NAMES.get(e.platform, e.platform)
            if e.kind == Kind.DIRECT:
                platform = i18n.arg(translate("TimelineView", "%1 DM", "a platform's direct messages"), platform)
            link = translate("TimelineView", "open", "a link: open the conversation")
            bg = colors["ours"] if e.direction == Direction.OUT else colors["theirs"]
            parts.append(
                f"<table width='100%' cellpadding='6' style='background:{bg}; margin-top:4px'><tr><td>"
                f"<b>{who}</b> <span style='color:{colors['dim']}'>{when} · {html.escape(platform)} · "
                f"<a href='inbox:open/{e.conversation_id}/{e.message_id}'>{link}</a>"
                f"</span><br>{text_to_html(e.text)}</td></tr></table>"
            )
    parts.append("</body></html>")
    return "".join(parts)


class TimelineDialog(QDialog):
    open_conversation = Signal(int, int)

    def __init__(self, ctx: AppContext, contact_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(i18n.arg(self.tr("%1 — the whole story"), name))
        self.months = QListWidget()
        self.months.setAccessibleName(self.tr("Jump to a month"))
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
            month_count = i18n.arg(self.tr("%1 (%2)", "a month's name and how many messages it holds"),
                                   QLocale().standaloneMonthName(month), QLocale().toString(count))
            item = QListWidgetItem(f"   {month_count}")
            item.setData(Qt.ItemDataRole.UserRole, f"m{year}-{month:02d}")
            self.months.addItem(item)
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().maximum())

    def _jump(self, item: QListWidgetItem) -> None:
        self.view.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))

