"""The composer's follow-through controls: "Send at…" (with the quick choices
of the user's working hours), "Answer via" (another identity of a merged
customer), and the reminder offered when the reply promises something.

Each is a small widget the composer places and reads; the times come from
``services.schedule`` (working hours in the user's zone), the channels from
``ReplyService.channels``, the promise from the checks (``Checks.promise``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QPushButton, QWidget

from desktop_inbox.records import Kind, Platform
from desktop_inbox.services.followups import CHOICES
from desktop_inbox.ui import i18n, style
from desktop_inbox.ui.timepick import clock, day_and_clock, pick_time

if TYPE_CHECKING:  # (loaded when a reply is first checked or a channel read, not at the window's start)
    from desktop_inbox.services.schedule import WorkingHours
    from desktop_inbox.services.values import Channel
    from desktop_inbox.text.promises import Promise

translate = QCoreApplication.translate  # (lupdate finds the calls by this name)


def send_at_presets(now: datetime, hours: WorkingHours) -> list[tuple[str, datetime]]:
    """The quick choices of "Send at…": tomorrow at the start of the working
    day, and the next working morning (often the same time, on a weekday)."""
    # (Time zones load when the menu first opens, not with the window.)
    from desktop_inbox.services.schedule import next_working_morning, tomorrow_morning

    tomorrow = tomorrow_morning(now, hours)
    morning = next_working_morning(now, hours)
    # (The times on the working hours' own clock.)
    return [
        (i18n.arg(translate("SendAtButton", "Tomorrow %1"), clock(tomorrow.astimezone(hours.zone))), tomorrow),
        (i18n.arg(translate("SendAtButton", "Next working morning (%1)"), day_and_clock(morning.astimezone(hours.zone))),
         morning),
    ]



class SendAtButton(QPushButton):
    """"Send at…": the reply waits in the outbox until the time chosen.
    (A push button: a tool button's menu arrow overlapped its words.)"""

    chosen = Signal(object)  # an aware datetime

    def __init__(self) -> None:
        super().__init__()
        self.setText(self.tr("Send at…"))
        self.setAccessibleName(self.tr("Send at"))
        self.setToolTip(
            self.tr("Send this reply later: it waits in the outbox, and goes even if the app is closed then (at the next sync)")
        )
        self.working_hours: WorkingHours | None = None  # the user's, read by the conversation pane
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self.fill)
        self.setMenu(self.menu_)

    def fill(self, now: datetime | None = None) -> None:
        from desktop_inbox.services.schedule import WorkingHours

        self.menu_.clear()
        hours = self.working_hours or WorkingHours()
        for label, when in send_at_presets(now or datetime.now(UTC), hours):
            action = self.menu_.addAction(label)
            action.setObjectName("send_at_preset")
            action.triggered.connect(self._slot(when))
        self.menu_.addSeparator()
        self.menu_.addAction(self.tr("Pick a time…")).triggered.connect(lambda *_: self.pick())

    def _slot(self, when: datetime):  # type: ignore[no-untyped-def]
        return lambda *_: self.chosen.emit(when)

    def pick(self) -> QWidget:
        return pick_time(self.window(), self.tr("Send at"), self.chosen.emit)


class AnswerVia(QComboBox):
    """"Answer via": this conversation, or another identity of a merged
    customer (its public reply, its direct messages, e-mail). Shown only for
    a customer with several identities; this identity's own direct message
    is the visibility's choice beside it."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Answer via"))
        self.setToolTip(self.tr("Answer where the customer is: another of their accounts, or e-mail"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.set_channels([], None)

    def set_channels(self, channels: list[Channel], conversation_id: int | None) -> None:
        here = next((c.identity_id for c in channels if c.conversation_id == conversation_id), None)
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Answer here"), None)
        for channel in channels:
            if channel.identity_id != here:
                label = self.label(channel)
                self.addItem(label, channel)
                self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(0)
        self.blockSignals(False)
        self.setVisible(self.count() > 1)

    def label(self, channel: Channel) -> str:
        """The channel in words (the store's ``Channel.label`` is the command
        line's English)."""
        if channel.platform == Platform.EMAIL:
            return i18n.arg(self.tr("Answer via e-mail to %1"), channel.handle)
        platform = channel.platform_name or style.PLATFORM_NAMES.get(channel.platform, channel.platform)
        if channel.kind == Kind.PUBLIC:
            template = self.tr("Answer via %1 public reply to %2", "%1: the platform, %2: the customer's handle")
        elif channel.conversation_id is None:
            template = self.tr("Answer via %1 direct message to %2 (new)", "a conversation started by this reply")
        else:
            template = self.tr("Answer via %1 direct message to %2", "%1: the platform, %2: the customer's handle")
        return i18n.arg(template, platform, channel.handle)

    def channel(self) -> Channel | None:
        found = self.currentData()
        if found is None:
            return None  # (no channel offered: the store's modules need not load to say so)
        from desktop_inbox.services.values import Channel

        return found if isinstance(found, Channel) else None


class ReminderOffer(QObject):
    """The reminder the composer offers when the reply promises something:
    "remind me if the customer has not answered in 1 day / 3 days". The
    choice is made before sending and set once the reply is queued."""

    def __init__(self, banner: QWidget, label: QLabel, row_add: Callable[[str], QPushButton]) -> None:
        super().__init__(banner)
        self.banner = banner
        self.label = label
        self.buttons: dict[int, QPushButton] = {}
        for _label, days in CHOICES:  # (the services' English label: worded here)
            text = self.tr("Remind me in %n day(s)", "", days)
            button: QPushButton = row_add(text)
            button.setCheckable(True)
            button.setAccessibleName(text)
            button.toggled.connect(self._only(days))
            self.buttons[days] = button
        self.promise: Promise | None = None

    def _only(self, days: int):  # type: ignore[no-untyped-def]
        def toggled(on: bool) -> None:
            if on:
                for other, button in self.buttons.items():
                    if other != days:
                        button.setChecked(False)

        return toggled

    def offer(self, promise: Promise | None) -> None:
        """Show (or keep, or take away) the offer for what the reply promises."""
        self.promise = promise
        if promise is None:
            if self.days() is None:
                self.banner.hide()
            return
        import html

        self.label.setText(i18n.arg(
            self.tr(
                "This reply promises <b>“%1”</b>. Bring the conversation back if the customer has not written by then?"
            ),
            html.escape(promise.phrase, quote=False),
        ))
        self.banner.show()

    def days(self) -> int | None:
        return next((d for d, b in self.buttons.items() if b.isChecked()), None)

    def chosen(self) -> timedelta | None:
        days = self.days()
        return timedelta(days=days) if days is not None else None

    def reset(self) -> None:
        for button in self.buttons.values():
            button.setChecked(False)
        self.promise = None
        self.banner.hide()
