"""Response times: who is waiting now, and how fast we answer, day by day.

For every customer message that needed a reply, the time to our first answer;
a chart of the daily median and 90th percentile against the user's target
(the reference teams answered in about 3 minutes), and CSV export.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.services import metrics
from desktop_inbox.services.metrics import Day
from desktop_inbox.ui import style
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.tasks import spawn

if TYPE_CHECKING:
    from desktop_inbox.store.conversations import ConversationSummary
    from desktop_inbox.store.metrics import Wait

MEDIAN = QColor("#2f6fdb")
P90 = QColor("#d93025")
TARGET = QColor("#188038")


def minutes_text(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


class ResponseChart(QWidget):
    """Daily median and p90 on a log-like (square-root) minute scale."""

    def __init__(self) -> None:
        super().__init__()
        self.days: list[Day] = []
        self.target = 15 * 60.0
        self.setMinimumSize(560, 240)
        self.setAccessibleName("Response time chart")

    def set_data(self, days: list[Day], target_seconds: float) -> None:
        self.days = days
        self.target = target_seconds
        values = [d.p90 for d in days if d.p90 is not None]
        self.setAccessibleDescription(
            f"{len(days)} days; highest 90th percentile {minutes_text(max(values) if values else None)}; "
            f"target {minutes_text(target_seconds)}"
        )
        self.update()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        dim = pal.color(QPalette.ColorRole.PlaceholderText)
        left, top, right, bottom = 56, 12, 12, 28
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        values = [v for d in self.days for v in (d.median, d.p90) if v is not None] + [self.target]
        top_value = max(values) * 1.15 if values else 3600

        def y(seconds: float) -> float:
            return area.bottom() - math.sqrt(seconds / top_value) * area.height()

        def x(index: int) -> float:
            n = max(len(self.days) - 1, 1)
            return area.left() + area.width() * index / n

        # Grid and labels.
        p.setPen(QPen(dim, 1, Qt.PenStyle.DotLine))
        for seconds in _ticks(top_value):
            p.drawLine(QPointF(area.left(), y(seconds)), QPointF(area.right(), y(seconds)))
            p.setPen(text)
            p.drawText(QRectF(0, y(seconds) - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, minutes_text(seconds))
            p.setPen(QPen(dim, 1, Qt.PenStyle.DotLine))
        p.setPen(text)
        for index, day in enumerate(self.days):
            if index % max(1, len(self.days) // 6) == 0:
                p.drawText(QRectF(x(index) - 30, area.bottom() + 6, 60, 16), Qt.AlignmentFlag.AlignCenter, day.day.strftime("%d %b"))
        # Target line.
        p.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(area.left(), y(self.target)), QPointF(area.right(), y(self.target)))
        # Median and p90.
        for attr, color in (("p90", P90), ("median", MEDIAN)):
            path = QPainterPath()
            started = False
            for index, day in enumerate(self.days):
                value = getattr(day, attr)
                if value is None:
                    started = False
                    continue
                point = QPointF(x(index), y(value))
                if started:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    started = True
                p.setBrush(color)
                p.setPen(Qt.PenStyle.NoPen)
                p.drawEllipse(point, 2.5, 2.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(color, 2))
            p.drawPath(path)
        p.end()


def _ticks(top_value: float) -> list[float]:
    candidates = [180, 900, 3600, 4 * 3600, 12 * 3600, 86400, 3 * 86400]
    return [t for t in candidates if t < top_value][-6:]


class DashboardDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Day] = []
        self.setWindowTitle("Response times")
        self.waiting = QListWidget()
        self.waiting.setAccessibleName("Customers waiting now")
        self.waiting.setMaximumHeight(150)
        self.chart = ResponseChart()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.target = QSpinBox()
        self.target.setRange(1, 24 * 60)
        self.target.setSuffix(" min")
        self.target.setAccessibleName("Response time target")
        self.target.setToolTip("The reference teams (Zappos, JetBlue) answered in about 3 minutes.")
        self.target.valueChanged.connect(self._target_changed)
        self.period = QButtonGroup(self)
        buttons = QHBoxLayout()
        for days in (30, 90):
            radio = QRadioButton(f"Last {days} days")
            self.period.addButton(radio, days)
            buttons.addWidget(radio)
        self.period.button(30).setChecked(True)
        self.period.idClicked.connect(lambda _d: self.reload())
        export = QPushButton("Export CSV…")
        export.clicked.connect(self.export)
        buttons.addStretch(1)
        buttons.addWidget(QLabel("Target"))
        buttons.addWidget(self.target)
        buttons.addWidget(export)
        legend = QLabel(
            f"<span style='color:{MEDIAN.name()}'>━ median</span> &nbsp; "
            f"<span style='color:{P90.name()}'>━ 90th percentile</span> &nbsp; "
            f"<span style='color:{TARGET.name()}'>┅ target</span>"
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Waiting now</b>"))
        layout.addWidget(self.waiting)
        layout.addLayout(buttons)
        layout.addWidget(self.chart, 1)
        layout.addWidget(legend)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        self.resize(760, 620)
        # (Results go to bound methods: they are dropped if the dialog was
        # closed meanwhile.)
        spawn(self.ctx.composer.preference("response_target_minutes"), on_done=self._show_target)

    def _show_target(self, value: object) -> None:
        minutes = int(value or 15)  # type: ignore[call-overload]
        self.target.blockSignals(True)
        self.target.setValue(minutes)
        self.target.blockSignals(False)
        self.reload()

    def _target_changed(self, minutes: int) -> None:
        spawn(self.ctx.composer.set_preference("response_target_minutes", minutes))
        self.reload()

    def reload(self) -> None:
        days = self.period.checkedId()
        target = self.target.value() * 60.0

        async def load() -> tuple[list[Wait], list[ConversationSummary]]:
            return await self.ctx.inbox.response_waits(days), await self.ctx.inbox.page(state="needs_reply", limit=50)

        spawn(load(), name="dashboard", on_done=lambda data: self._show(days, target, *data))

    def _show(self, days: int, target: float, waits: list[Wait], waiting: list[ConversationSummary]) -> None:
        rows = metrics.daily(waits, days=days, target_seconds=target)
        self.rows = rows
        self.chart.set_data(rows, target)
        self.waiting.clear()
        for c in waiting:
            self.waiting.addItem(f"{style.waited(c.waiting_since):>10}   {c.customer_name or c.customer_handle} — {c.snippet}")
        if not waiting:
            self.waiting.addItem("Nobody is waiting.")
        total = metrics.summary(rows, waits)
        within = sum(r.within_target for r in rows)
        answered = int(total["answered"] or 0)
        share = f"{100 * within / answered:.0f}%" if answered else "—"
        self.summary.setText(
            f"{answered} customer messages answered in the last {days} days, "
            f"{total['unanswered']} not yet. Median {minutes_text(total['median'])}, "  # type: ignore[arg-type]
            f"90th percentile {minutes_text(total['p90'])}; {share} within the target."  # type: ignore[arg-type]
        )

    def export(self) -> None:
        dialog = QFileDialog(self, "Export response times", "response-times.csv", "CSV (*.csv)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def export_to(self, path: str) -> None:
        Path(path).write_text(metrics.to_csv(self.rows, target_seconds=self.target.value() * 60.0), encoding="utf-8")
