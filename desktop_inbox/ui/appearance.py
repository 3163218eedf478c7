"""Light, dark or the system's palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#1d1f22"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2d2f33"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fdb"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2d2f33"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Mid, QColor("#3c4043"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#3c4043"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return p


def apply(mode: str) -> None:
    """``system`` follows the desktop's colour scheme; ``light``/``dark`` force one."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = QGuiApplication.styleHints()
    if mode == "dark":
        app.setPalette(dark_palette())
    elif mode == "light":
        app.setPalette(app.style().standardPalette())
    else:
        scheme = hints.colorScheme()
        app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else app.style().standardPalette())
