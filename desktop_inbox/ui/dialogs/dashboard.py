"""Response times: who is waiting now, and how fast we answer, day by day.

For every customer message that needed a reply, the time to our first answer;
a chart of the daily median and 90th percentile against the user's target
(the reference teams answered in about 3 minutes), and CSV export.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.records import Kind, State
from desktop_inbox.services import metrics
from desktop_inbox.services.inbox import ViewFilter
from desktop_inbox.services.metrics import Day
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.ui import colors, style
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.conversation_list import shown_snippet
from desktop_inbox.ui.files import file_dialog
from desktop_inbox.ui.i18n import arg
from desktop_inbox.ui.tasks import spawn

if TYPE_CHECKING:
    from desktop_inbox.services.values import ConversationSummary, Wait

WAITING_ROWS = 50


def minutes_text(seconds: float | None) -> str:
    """A response time in the interface's language: "45 s", "12 min", "1.5 h"."""
    if seconds is None:
        return "—"
    if seconds < 3600:
        return style.duration(round(seconds) if seconds < 60 else round(seconds / 60) * 60)
    return style.hours_text(seconds)


def axis_day(day: QDate) -> str:
    """A day under the chart, in the language's short form ("8 Dec", "12月8日")."""
    return QLocale().toString(day, QCoreApplication.translate("Time", "dd MMM", "a day on a chart's axis (Qt date format)"))


class ResponseChart(QWidget):
    """Daily median and p90 on a log-like (square-root) minute scale."""

    def __init__(self) -> None:
        super().__init__()
        self.days: list[Day] = []
        self.target = 15 * 60.0
        self.setMinimumSize(560, 240)
        self.setAccessibleName(self.tr("Response time chart"))

    def set_data(self, days: list[Day], target_seconds: float) -> None:
        self.days = days
        self.target = target_seconds
        values = [d.p90 for d in days if d.p90 is not None]
        self.setAccessibleDescription(arg(
            self.tr("%Ln day(s); highest 90th percentile %1; target %2", "", len(days)),
            minutes_text(max(values) if values else None),
            minutes_text(target_seconds),
        ))
        self.update()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        dim = colors.dim(pal)
        median_color, p90_color, target_color = colors.chart(pal)
        values = [v for d in self.days for v in (d.median, d.p90) if v is not None] + [self.target]
        # The axis ends on a labelled line at or above the highest value:
        # every point is inside it (spikes ran past the last label before).
        top_value = axis_top(max(values) if values else 3600)
        # Ticks are whole ("12 h", not "12.0 h"); the axis makes room for the
        # longest in the language ("12 ώρ.", "12 小时").
        ticks = {t: style.duration(int(t)) for t in _ticks(top_value)}
        widest = max((p.fontMetrics().horizontalAdvance(label) for label in ticks.values()), default=0)
        left, top, right, bottom = max(56, widest + 12), 12, 12, 28
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)

        def y(seconds: float) -> float:
            return area.bottom() - math.sqrt(seconds / top_value) * area.height()

        def x(index: int) -> float:
            n = max(len(self.days) - 1, 1)
            return area.left() + area.width() * index / n

        # Grid and labels.
        p.setPen(QPen(dim, 1, Qt.PenStyle.DotLine))
        for seconds, label in ticks.items():
            p.drawLine(QPointF(area.left(), y(seconds)), QPointF(area.right(), y(seconds)))
            p.setPen(text)
            p.drawText(QRectF(0, y(seconds) - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, label)
            p.setPen(QPen(dim, 1, Qt.PenStyle.DotLine))
        p.setPen(QPen(dim, 1))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawLine(area.bottomLeft(), area.topLeft())
        p.setPen(text)
        for index, day in enumerate(self.days):
            if index % max(1, len(self.days) // 6) == 0:
                p.drawText(QRectF(x(index) - 30, area.bottom() + 6, 60, 16), Qt.AlignmentFlag.AlignCenter, axis_day(QDate(day.day.year, day.day.month, day.day.day)))
        # Target line.
        p.setPen(QPen(target_color, 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(area.left(), y(self.target)), QPointF(area.right(), y(self.target)))
        # Median and p90, inside the axes (a spike stops at the top).
        p.setClipRect(area.adjusted(-4, -4, 4, 1))
        for attr, color in (("p90", p90_color), ("median", median_color)):
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


TICKS = (180, 900, 3600, 4 * 3600, 12 * 3600, 86400, 3 * 86400, 7 * 86400, 30 * 86400)


def axis_top(highest: float) -> float:
    """The chart's top: the first tick at or above ``highest``."""
    return float(next((t for t in TICKS if t >= highest), highest))


def _ticks(top_value: float) -> list[float]:
    return [t for t in TICKS if t <= top_value][-6:]


class Figure(QFrame):
    """One key number, large, with what it counts under it."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("—")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def show_value(self, number: str, caption: str | None = None) -> None:
        self.number.setText(number)
        if caption is not None:
            self.caption.setText(caption)
        self.setAccessibleDescription(f"{number} {self.caption.text()}")


class DashboardDialog(QDialog):
    open_conversation = Signal(int)  # a customer waiting now was clicked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Day] = []
        self.waiting_ids: list[int] = []
        self.setWindowTitle(self.tr("Response times"))
        # The key figures, each in its unit: conversations waiting (as the
        # sidebar counts them), customer messages answered, times.
        self.figures = {
            "waiting": Figure(self.tr("conversations waiting now")),
            "answered": Figure(self.tr("customer messages answered")),
            "median": Figure(self.tr("median time to answer")),
            "p90": Figure(self.tr("9 in 10 answered within")),
            "within": Figure(self.tr("answered within the target")),
        }
        figures = QHBoxLayout()
        for figure in self.figures.values():
            figures.addWidget(figure, 1)
        self.waiting = QTableWidget(0, 4)
        self.waiting.setHorizontalHeaderLabels([self.tr("Waiting"), self.tr("Customer"), self.tr("Where"), self.tr("They wrote")])
        self.waiting.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.waiting.verticalHeader().hide()
        self.waiting.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.waiting.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waiting.setAccessibleName(self.tr("Customers waiting now"))
        self.waiting.setToolTip(self.tr("Click a customer to open the conversation"))
        self.waiting.setMaximumHeight(170)
        self.waiting.setWordWrap(False)  # (one line a customer: rows of one height)
        self.waiting.cellClicked.connect(lambda row, _col: self._open(row))
        self.waiting.itemActivated.connect(lambda item: self._open(item.row()))
        self.chart = ResponseChart()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.target = QSpinBox()
        self.target.setRange(1, 24 * 60)
        self.target.setSuffix(self.tr(" min", "after a number of minutes in a box"))
        self.target.setAccessibleName(self.tr("Response time target"))
        self.target.setToolTip(self.tr("The reference teams (Zappos, JetBlue) answered in about 3 minutes."))
        self.target.valueChanged.connect(self._target_changed)
        self.period = QButtonGroup(self)
        buttons = QHBoxLayout()
        for days in (30, 90):
            radio = QRadioButton(self.tr("Last %Ln day(s)", "", days))
            self.period.addButton(radio, days)
            buttons.addWidget(radio)
        self.period.button(30).setChecked(True)
        self.period.idClicked.connect(lambda _d: self.reload())
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Target")))
        buttons.addWidget(self.target)
        buttons.addWidget(export)
        self.legend = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(figures)
        layout.addWidget(QLabel(self.tr("<b>Waiting now</b> — click a customer to open the conversation")))
        layout.addWidget(self.waiting)
        layout.addLayout(buttons)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)
        layout.addWidget(close)
        self.resize(820, 700)
        self._show_legend()
        # (Results go to bound methods: they are dropped if the dialog was
        # closed meanwhile.)
        spawn(self.ctx.composer.preference("response_target_minutes"), on_done=self._show_target)

    def _show_legend(self) -> None:
        lines = zip(
            (c.name() for c in colors.chart(self.palette())),
            ("━", "━", "┅"),
            (self.tr("median"), self.tr("90th percentile"), self.tr("target")),
            strict=True,
        )
        self.legend.setText(" &nbsp; ".join(f"<span style='color:{color}'>{mark} {name}</span>" for color, mark, name in lines))

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._show_legend()

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

        async def load() -> tuple[list[Wait], list[ConversationSummary], int]:
            waits = await self.ctx.stats.waits(days)
            waiting = await self.ctx.inbox.page(ViewFilter(state=State.NEEDS_REPLY), limit=WAITING_ROWS)
            counts = await self.ctx.inbox.counts()
            return waits, waiting, counts.get(State.NEEDS_REPLY, 0)

        spawn(load(), name="dashboard", on_done=lambda data: self._show(days, target, *data))

    def _show(self, days: int, target: float, waits: list[Wait], waiting: list[ConversationSummary], waiting_count: int) -> None:
        rows = metrics.daily(waits, days=days, target_seconds=target)
        self.rows = rows
        self.chart.set_data(rows, target)
        self._show_waiting(waiting)
        total = metrics.summary(rows, waits)
        within = sum(r.within_target for r in rows)
        answered = int(total["answered"] or 0)
        unanswered = int(total["unanswered"] or 0)
        f = self.figures
        # Counts with the locale's grouping and digits; the captions take the
        # count's plural form (the number itself is shown above them).
        f["waiting"].show_value(style.number_text(waiting_count), self.tr("conversation(s) waiting now", "", waiting_count))
        f["answered"].show_value(
            style.number_text(answered),
            arg(self.tr("customer message(s) answered in %1 days", "%1: 30 or 90", answered), style.number_text(days)),
        )
        f["median"].show_value(minutes_text(total["median"]))  # type: ignore[arg-type]
        f["p90"].show_value(minutes_text(total["p90"]))  # type: ignore[arg-type]
        percent = arg(self.tr("%1%", "a percentage"), QLocale().toString(100 * within / answered, "f", 0)) if answered else "—"
        f["within"].show_value(percent, arg(self.tr("answered within %1"), minutes_text(target)))
        self.summary.setText(arg(
            self.tr("%Ln customer message(s) of the last %1 days not answered yet.", "", unanswered),
            style.number_text(days),
        ))

    def _show_waiting(self, waiting: list[ConversationSummary]) -> None:
        self.waiting_ids = [c.id for c in waiting]
        self.waiting.setRowCount(len(waiting))
        palette = self.palette()
        for row, c in enumerate(waiting):
            said = " ".join(shown_snippet(c).split())
            cells = [
                style.waited(c.waiting_since),
                c.customer_name or c.customer_handle,
                arg(self.tr("%1 DM", "a platform's direct messages"), descriptor(c.platform).name)
                if c.kind == Kind.DIRECT
                else descriptor(c.platform).name,
                said,
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(said if col == 3 else text)
                if col == 0:
                    cell.setForeground(style.clock_color(c.waiting_since, palette))
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.waiting.setItem(row, col, cell)
        self.waiting.resizeColumnsToContents()
        self.waiting.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if not waiting:
            self.waiting.setRowCount(1)
            self.waiting.setItem(0, 1, QTableWidgetItem(self.tr("Nobody is waiting.")))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.waiting_ids):
            self.open_conversation.emit(self.waiting_ids[row])

    def export(self) -> None:
        dialog = file_dialog(self, self.tr("Export response times"), "response-times.csv", self.tr("CSV (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def export_to(self, path: str) -> None:
        Path(path).write_text(metrics.to_csv(self.rows, target_seconds=self.target.value() * 60.0), encoding="utf-8")
