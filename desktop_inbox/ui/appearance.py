"""Light, dark or the system's palette, and the widget style that draws with it.

Both palettes are the app's own (Fusion's standard one puts white on a
light blue for a selected row, 3.7:1), so that every pair of colours the
app draws can be held to WCAG AA (``colors.pairs``). Fusion draws the edges
of text fields, check boxes and radio buttons a shade darker than the
window, which vanishes on a dark base: ``InboxStyle`` draws them again in a
colour that stands out in either palette.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from desktop_inbox.ui import colors

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_LIGHT = {
    Role.Window: "#efefef",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f6f7",
    Role.Text: "#000000",
    Role.Button: "#efefef",
    Role.ButtonText: "#000000",
    Role.Highlight: "#1f65c1",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#0b57d0",
    Role.LinkVisited: "#7b1fa2",
    Role.PlaceholderText: "#5f6368",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#000000",
    Role.Light: "#ffffff",
    Role.Midlight: "#dcdcdc",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
}
_DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#17181a",
    Role.AlternateBase: "#1d1f22",
    Role.Text: "#e8eaed",
    Role.Button: "#2d2f33",
    Role.ButtonText: "#e8eaed",
    Role.Highlight: "#2f6fdb",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#d7aefb",
    Role.PlaceholderText: "#a8adb3",
    Role.ToolTipBase: "#2d2f33",
    Role.ToolTipText: "#e8eaed",
    Role.Light: "#3c4043",
    Role.Midlight: "#3c4043",
    Role.Mid: "#3c4043",
    Role.Dark: "#111214",
    Role.Shadow: "#000000",
}
_DISABLED_TEXT = {"light": "#9e9e9e", "dark": "#6f7378"}


def _palette(roles: dict[Role, str], disabled_text: str) -> QPalette:
    p = QPalette()
    for role, colour in roles.items():
        # Active and inactive alike: a selected row keeps its colour when
        # the focus (or the window's activation) goes elsewhere.
        for group in (Group.Active, Group.Inactive, Group.Disabled):
            p.setColor(group, role, QColor(colour))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        p.setColor(Group.Disabled, role, QColor(disabled_text))
    p.setColor(Group.Disabled, Role.Highlight, QColor(roles[Role.Mid]))
    return p


def light_palette() -> QPalette:
    return _palette(_LIGHT, _DISABLED_TEXT["light"])


def dark_palette() -> QPalette:
    return _palette(_DARK, _DISABLED_TEXT["dark"])


def palette_for(mode: str) -> QPalette:
    """``system`` follows the desktop's colour scheme; ``light``/``dark`` force one."""
    if mode == "system":
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return dark_palette() if dark else light_palette()
    return dark_palette() if mode == "dark" else light_palette()


# The mode last applied (``--appearance`` may differ from the setting).
applied: str | None = None


def apply(mode: str) -> None:
    global applied
    applied = mode
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not isinstance(app.style(), InboxStyle):
        app.setStyle(InboxStyle())
    app.setPalette(palette_for(mode))


_EDGED = {
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_Frame,
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
}


class InboxStyle(QProxyStyle):
    """Fusion, with the edges of fields and indicators in ``colors.border``."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _EDGED:
            return
        if element == QStyle.PrimitiveElement.PE_Frame and option.rect.height() < 6:
            return  # a separator line, not a frame
        _edge(option, painter, round_=element == QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox):
            _edge(option, painter)


def _edge(option: QStyleOption, painter: QPainter, *, round_: bool = False) -> None:
    """The control's edge in ``colors.border`` (unless Fusion's focus ring is it)."""
    if option.state & QStyle.StateFlag.State_HasFocus:
        return
    edge = QColor(colors.border(option.palette))
    if not option.state & QStyle.StateFlag.State_Enabled:
        edge = colors.mix(edge, option.palette.color(Role.Window), 0.5)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if round_:
        side = min(rect.width(), rect.height())
        painter.drawEllipse(QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side))
    else:
        painter.drawRoundedRect(rect, 2, 2)
    painter.restore()
