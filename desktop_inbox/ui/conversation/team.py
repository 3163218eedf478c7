"""The open conversation in a team: who is writing in it ("Anna is
replying…"), who it is assigned to (and assigning it), and the question
before a second member answers the same customer. Alone (a local cache)
none of it shows and nothing is written.

The composer's draft changes are the heartbeat (``services.presence``);
other members' presence and changes arrive live (``EngineBridge.live``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QMessageBox, QPushButton, QWidget

from desktop_inbox.ui import i18n
from desktop_inbox.ui.tasks import spawn

if TYPE_CHECKING:
    from desktop_inbox.services.checks import OtherMember
    from desktop_inbox.services.live import LiveChange
    from desktop_inbox.services.values import ConversationSummary, MemberRef
    from desktop_inbox.ui.context import AppContext
    from desktop_inbox.ui.conversation.header import ConversationHeader

translate = QCoreApplication.translate  # (context "TeamSupport": lupdate finds the calls by this name)


class PresenceLine(QLabel):
    """"Anna is replying…" under the header; hidden when nobody else writes."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(8, 0, 8, 4)
        self.setAccessibleName(self.tr("Who else is replying"))
        self.hide()

    def show_writers(self, names: list[str]) -> None:
        if not names:
            self.clear()
            self.hide()
            return
        if len(names) == 1:
            text = i18n.arg(self.tr("✎ %1 is replying to this conversation…"), names[0])
        else:
            text = i18n.arg(self.tr("✎ %1 and %2 are replying to this conversation…"), ", ".join(names[:-1]), names[-1])
        self.setText(text)
        self.show()


class AssignButton(QPushButton):
    """"Assigned to Ben ▾" / "Assign ▾": a menu of the members, and Nobody."""

    def __init__(self, chosen: Callable[[int | None], None]) -> None:
        super().__init__()
        self._chosen = chosen
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.setToolTip(self.tr("Assign this conversation to a member of the team"))
        self.show_assignee("")
        self.hide()

    def show_assignee(self, name: str) -> None:
        self.setText(i18n.arg(self.tr("Assigned to %1"), name) if name else self.tr("Assign"))
        self.setAccessibleName(self.text())

    def set_members(self, members: list[MemberRef], current: int | None) -> None:
        self.menu_.clear()
        for member in members:
            action = self.menu_.addAction(member.name)
            action.setCheckable(True)
            action.setChecked(member.id == current)
            action.triggered.connect(lambda _checked=False, m=member.id: self._chosen(m))
        self.menu_.addSeparator()
        nobody = self.menu_.addAction(self.tr("Nobody"))
        nobody.setEnabled(current is not None)
        nobody.triggered.connect(lambda _checked=False: self._chosen(None))


class TeamSupport(QObject):
    """Puts the team's parts in the header and keeps them current."""

    def __init__(self, ctx: AppContext, header: ConversationHeader, current: Callable[[], int | None]) -> None:
        super().__init__(header)
        self._ctx = ctx
        self._current = current
        self.active = ctx.inbox.in_team
        self.presence = PresenceLine()
        self.assign = AssignButton(self._assign)
        header.add_team_parts(self.assign, self.presence)
        self._members: list[MemberRef] = []

    def shown(self, summary: ConversationSummary) -> None:
        """A conversation was opened or read again."""
        if not self.active:
            return
        self.assign.show()
        self.assign.show_assignee(summary.assignee)
        self._refresh_writers(summary.id)
        spawn(self._ctx.assignment.members(), on_done=lambda found: self._members_loaded(found, summary), owner=self)

    def _members_loaded(self, members: list[MemberRef], summary: ConversationSummary) -> None:
        self._members = members
        if self._current() == summary.id:
            self.assign.set_members(members, summary.assignee_id)

    def _assign(self, member_id: int | None) -> None:
        conversation_id = self._current()
        if conversation_id is not None:
            spawn(self._ctx.assignment.assign(conversation_id, member_id), owner=self)

    def _refresh_writers(self, conversation_id: int) -> None:
        def show(names: list[str]) -> None:
            if self._current() == conversation_id:
                self.presence.show_writers(names)

        spawn(self._ctx.presence.writers(conversation_id), on_done=show, owner=self)

    def on_live(self, change: LiveChange) -> None:
        """Someone started or stopped writing somewhere."""
        current = self._current()
        if self.active and current is not None and (change.everything or current in change.presence):
            self._refresh_writers(current)

    def draft_changed(self, conversation_id: int, text: str) -> None:
        """The heartbeat: writing while there is text, stopped when there is none."""
        if not self.active:
            return
        presence = self._ctx.presence
        spawn(presence.writing(conversation_id) if text.strip() else presence.stopped(), name="presence")

    def describe_others(self, others: Sequence[OtherMember]) -> str:
        """"Ben is replying to this customer now." in the user's language
        (a method: Qt's plurals come from ``self.tr`` only)."""
        lines = []
        for other in others:
            if other.writing:
                lines.append(i18n.arg(self.tr("%1 is replying to this customer now."), other.name))
            elif other.minutes_ago < 1:
                lines.append(i18n.arg(self.tr("%1 replied to this customer just now."), other.name))
            else:
                n = other.minutes_ago
                lines.append(i18n.arg(self.tr("%1 replied to this customer %n minute(s) ago.", "", n), other.name))
        lines.append(self.tr("The customer may get two answers."))
        return "\n".join(lines)

    def stopped(self) -> None:
        if self.active:
            spawn(self._ctx.presence.stopped(), name="presence")


def ask_send_despite_others(parent: QWidget, said: str, answered: Callable[[bool], None]) -> QMessageBox:
    """Ask before a second member answers the same customer (window-modal,
    not blocking the event loop); ``answered(True)`` to send anyway.
    Keeping the draft is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("TeamSupport", "Someone else is answering"),
        translate("TeamSupport", "Send your reply too?"), parent=parent,
    )  # fmt: skip
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(said)
    send = box.addButton(translate("TeamSupport", "Send anyway"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("TeamSupport", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def finished(_result: int) -> None:
        chosen: QAbstractButton | None = box.clickedButton()
        answered(chosen is send)

    box.finished.connect(finished)
    box.open()
    return box
