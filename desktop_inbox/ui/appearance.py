"""Light, dark or the system's palette, and the widget style that draws with it.

Both palettes are the app's own (Fusion's standard one puts white on a
light blue for a selected row, 3.7:1), so that every pair of colours the
app draws can be held to WCAG AA (``colors.pairs``). Fusion draws the edges
of text fields, check boxes and radio buttons a shade darker than the
window, which vanishes on a dark base. Fusion derives that edge (its
"outline") from the palette's ``Window`` colour alone, so the widgets that
have such an edge get a palette of their own (``QApplication.setPalette``
for their class) whose ``Window`` makes Fusion's outline ``colors.border``:
a colour that stands out in either palette. None of them paints its own
background in ``Window``; their children that do get the app's palette
back.

(This replaced a ``QProxyStyle`` that drew the edges again from Python: a
Python override of ``drawPrimitive`` is called for every part of every
widget Qt paints, and each call converts its ``QStyleOption`` to the most
derived Python type, which creates the Python enums of some 25 option
classes before the first page shows: bench/, row 3.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

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


# Fusion's outline: the palette's window colour, darker by this factor
# (QFusionStylePrivate::outline); frames and check boxes lighten it slightly.
FUSION_OUTLINE_DARKER = 140

# The widgets Fusion draws an edge around in its outline colour: text
# fields, spin boxes, combo boxes, buttons, check boxes and radio buttons,
# the framed views (lists, text editors), and the app's own framed panels.
# (Qt matches a class name against each widget's class and its bases, a
# Python class's name included; a test checks that each name is a class.)
EDGED = (
    "QLineEdit",
    "QAbstractSpinBox",
    "QComboBox",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QAbstractItemView",
    "QTextEdit",
    "QPlainTextEdit",
    "EdgedScrollArea",
    "PictureChip",  # conversation/attachments.py
    "Figure",  # dialogs/dashboard.py
)
# Children of those that paint with ``Window`` (a child takes its parent's
# palette unless its class has one): they keep the app's.
UNEDGED = ("QScrollBar", "QHeaderView")

# The mode last applied (``--appearance`` may differ from the setting).
applied: str | None = None


def apply(mode: str) -> None:
    """The palette of ``mode`` for the whole app, and the edged widgets' own."""
    global applied
    applied = mode
    palette = palette_for(mode)
    # (The app's palette first: Qt drops the classes' palettes when it changes.)
    QApplication.setPalette(palette)
    edged = edged_palette(palette)
    # (PySide6 takes the class's name as a str; its stubs say bytes, which it refuses.)
    for name in EDGED:
        QApplication.setPalette(edged, name)  # type: ignore[arg-type]
    for name in UNEDGED:
        QApplication.setPalette(palette, name)  # type: ignore[arg-type]


def edged_palette(palette: QPalette) -> QPalette:
    """``palette`` with a ``Window`` colour from which Fusion draws its
    outline in ``colors.border`` (half-way to the window when disabled)."""
    edged = QPalette(palette)
    edge = colors.border(palette)
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        colour = edge if group != Group.Disabled else colors.mix(edge, palette.color(Group.Disabled, Role.Window), 0.5)
        edged.setColor(group, Role.Window, outline_source(colour))
    return edged


def outline_source(edge: QColor) -> QColor:
    """A window colour that Fusion's outline (``darker(140)``) turns into ``edge``."""
    return QColor(edge).lighter(FUSION_OUTLINE_DARKER)


class EdgedScrollArea(QScrollArea):
    """A scroll area with the edge of a field. (A plain one fills its page
    with its palette's window colour, which is the edge's source here: this
    one shows the window behind it instead.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport of its own that fills nothing (QScrollArea's fills with
        # its parent's background role). (Not viewport(): PySide's first
        # viewport() of the process works out the returned widget's class,
        # some milliseconds that need not come before the first key.)
        self.setViewport(QWidget())

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.setAutoFillBackground(False)
