"""Beside the draft: what this reply should know about the person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_inbox.text import mentions
from desktop_inbox.ui import colors, i18n, style
from desktop_inbox.ui.appearance import EdgedScrollArea

if TYPE_CHECKING:
    from desktop_inbox.services.composer import PersonBrief


class PersonBriefWidget(EdgedScrollArea):
    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        # Long handles wrap at their dots and @s (_breakable) instead of
        # widening the text past the panel behind a horizontal scroll bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("About this customer"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setWidget(box)
        self.setMinimumWidth(160)  # (the draft's row of buttons needs the room in Greek)
        self.brief: PersonBrief | None = None
        self.show_brief(None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.show_brief(self.brief)  # (its colours are the palette's)

    def show_brief(self, brief: PersonBrief | None) -> None:
        self.brief = brief
        if brief is None:
            self.label.setText(self.tr("<i>Who you are answering appears here.</i>"))
            return
        import html

        c = brief.contact
        dim = colors.dim(self.palette()).name()
        parts = [i18n.arg(self.tr("<b>%1</b> — call them <b>%2</b>"), html.escape(c.name), html.escape(brief.first_name))]
        ids = ", ".join(
            f"{style.PLATFORM_NAMES.get(i.platform, i.platform)} {_breakable(html.escape(i.handle))}" for i in c.identities
        )
        parts.append(f"<span style='color:{dim}'>{ids}</span>")
        conversations = self.tr("%n conversation(s)", "", c.conversation_count)
        if c.first_contact:
            first = c.first_contact.astimezone()
            since = QLocale().toString(QDate(first.year, first.month, 1), self.tr("MMM yyyy", "a month (Qt date format)"))
            parts.append(i18n.arg(self.tr("Customer since %1 · %2"), since, conversations))
        else:
            parts.append(i18n.arg(self.tr("Customer since today · %1"), conversations))
        if c.tags:
            parts.append(" ".join(f"#{html.escape(t)}" for t in c.tags))
        if brief.open_questions:
            items = "".join(
                f"<li>{_breakable(html.escape(_short(s.text)))} <span style='color:{dim}'>({style.local_time(s.created_at)})</span></li>"
                for s in brief.open_questions
            )
            parts.append(self.tr("<b>Not answered yet</b>") + f"<ul style='margin:0'>{items}</ul>")
        if brief.earlier:
            items = "".join(
                f"<li>{_breakable(html.escape(_short(s.text)))} <span style='color:{dim}'>"
                f"({style.PLATFORM_NAMES.get(s.platform, s.platform)}, {style.local_time(s.created_at)})</span></li>"
                for s in brief.earlier
            )
            parts.append(self.tr("<b>Earlier they wrote</b>") + f"<ul style='margin:0'>{items}</ul>")
        if c.notes:
            items = "".join(f"<li>{_breakable(html.escape(_short(n.text, 140)))}</li>" for n in c.notes[:4])
            parts.append(self.tr("<b>Notes</b>") + f"<ul style='margin:0'>{items}</ul>")
        self.label.setText("<br>".join(parts))


def _short(text: str, limit: int = 90) -> str:
    flat = mentions.without_leading_mentions(text)  # (they say nothing about the topic)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


_LONG_WORD = re.compile(r"\S{16,}")
_BREAK_AFTER = re.compile(r"([@./_\-?=])(?=\w)")  # (never after &: it starts an escaped entity)


def _breakable(text: str) -> str:
    """Long words (handles, addresses, links) may break after their
    punctuation: a zero-width space there (escaped HTML in, escaped out)."""
    return _LONG_WORD.sub(lambda m: _BREAK_AFTER.sub("\\1\u200b", m.group()), text)
