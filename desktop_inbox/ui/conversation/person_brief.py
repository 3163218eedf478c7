"""Beside the draft: what this reply should know about the person."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_inbox.text import mentions
from desktop_inbox.ui import colors, style

if TYPE_CHECKING:
    from desktop_inbox.services.composer import PersonBrief


class PersonBriefWidget(QScrollArea):
    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setAccessibleName("About this customer")
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
        self.setMinimumWidth(200)
        self.brief: PersonBrief | None = None
        self.show_brief(None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.show_brief(self.brief)  # (its colours are the palette's)

    def show_brief(self, brief: PersonBrief | None) -> None:
        self.brief = brief
        if brief is None:
            self.label.setText("<i>Who you are answering appears here.</i>")
            return
        c = brief.contact
        dim = colors.dim(self.palette()).name()
        parts = [f"<b>{html.escape(c.name)}</b> — call them <b>{html.escape(brief.first_name)}</b>"]
        ids = ", ".join(
            f"{style.PLATFORM_NAMES.get(i.platform, i.platform)} {html.escape(i.handle)}" for i in c.identities
        )
        parts.append(f"<span style='color:{dim}'>{ids}</span>")
        since = c.first_contact.astimezone().strftime("%b %Y") if c.first_contact else "today"
        parts.append(f"Customer since {since} · {c.conversation_count} conversation{'s' if c.conversation_count != 1 else ''}")
        if c.tags:
            parts.append(" ".join(f"#{html.escape(t)}" for t in c.tags))
        if brief.open_questions:
            items = "".join(
                f"<li>{html.escape(_short(s.text))} <span style='color:{dim}'>({style.local_time(s.created_at)})</span></li>"
                for s in brief.open_questions
            )
            parts.append(f"<b>Not answered yet</b><ul style='margin:0'>{items}</ul>")
        if brief.earlier:
            items = "".join(
                f"<li>{html.escape(_short(s.text))} <span style='color:{dim}'>"
                f"({style.PLATFORM_NAMES.get(s.platform, s.platform)}, {style.local_time(s.created_at)})</span></li>"
                for s in brief.earlier
            )
            parts.append(f"<b>Earlier they wrote</b><ul style='margin:0'>{items}</ul>")
        if c.notes:
            items = "".join(f"<li>{html.escape(_short(n.text, 140))}</li>" for n in c.notes[:4])
            parts.append(f"<b>Notes</b><ul style='margin:0'>{items}</ul>")
        self.label.setText("<br>".join(parts))


def _short(text: str, limit: int = 90) -> str:
    flat = mentions.without_leading_mentions(text)  # (they say nothing about the topic)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
