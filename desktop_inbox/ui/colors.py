"""Every colour the app draws, derived from the palette (light or dark), and
the pairs of them it draws text or parts on, so that a test can hold each
pair to WCAG AA: 4.5:1 for text, 3:1 for large text and the parts of a
control (borders, marks, indicators).

Widgets take their colours from here and nowhere else (a test looks for
colour literals elsewhere in ``ui/``).
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette

from desktop_inbox.services.platforms import descriptors

Role = QPalette.ColorRole

TEXT_MINIMUM = 4.5  # WCAG AA, body text
PART_MINIMUM = 3.0  # WCAG AA, large text and the parts of a control


class Level(enum.Enum):
    """How much a strip over the composer weighs."""

    INFO = "info"  # a passing state (a reply about to go)
    WARNING = "warning"  # worth a look before sending (a canned reply, a field to fill)
    ALERT = "alert"  # about to do harm (personal data in public)


def is_dark(palette: QPalette) -> bool:
    # (By the base: the edged widgets' palettes have a window colour of
    # their own, from which Fusion draws their edge: appearance.py.)
    return palette.color(Role.Base).lightness() < 128


def _pick(palette: QPalette, light: str, dark: str) -> QColor:
    return QColor(dark if is_dark(palette) else light)


def dim(palette: QPalette) -> QColor:
    """Secondary text: handles, times, hints (the palettes set it readable)."""
    return palette.color(Role.PlaceholderText)


def late(palette: QPalette) -> QColor:
    """A customer waiting over an hour; a reply that failed."""
    return _pick(palette, "#c62828", "#f28b82")


def warn(palette: QPalette) -> QColor:
    """A customer waiting over a quarter of an hour; a part that does not work."""
    return _pick(palette, "#8a5300", "#fdd663")


def good(palette: QPalette) -> QColor:
    return _pick(palette, "#188038", "#81c995")


def border(palette: QPalette) -> QColor:
    """The edge of a text field, check box or radio button."""
    return _pick(palette, "#767676", "#8e9399")


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * share_of_a + b.redF() * (1 - share_of_a),
        a.greenF() * share_of_a + b.greenF() * (1 - share_of_a),
        a.blueF() * share_of_a + b.blueF() * (1 - share_of_a),
    )


def accent(palette: QPalette, level: Level) -> QColor:
    """A strip's edge and icon."""
    if level is Level.ALERT:
        return late(palette)
    if level is Level.WARNING:
        return warn(palette)
    return palette.color(Role.Link)


def banner(palette: QPalette, level: Level) -> QColor:
    """A strip's background: its accent, faint, on the base."""
    return mix(accent(palette, level), palette.color(Role.Base), 0.14 if is_dark(palette) else 0.1)


def search_mark(palette: QPalette) -> QColor:
    """Behind the words a search matched."""
    return _pick(palette, "#ffe58a", "#5c4400")


def thread(palette: QPalette) -> dict[str, str]:
    """The thread's colours, as names for its HTML."""
    return {
        "text": palette.color(Role.Text).name(),
        "base": palette.color(Role.Base).name(),
        "dim": dim(palette).name(),
        "link": palette.color(Role.Link).name(),
        "theirs": _pick(palette, "#f1f3f5", "#2b2f36").name(),
        "ours": _pick(palette, "#e3efff", "#1f3b5c").name(),
        "error": _pick(palette, "#b71c1c", "#ef9a9a").name(),
        "warn": warn(palette).name(),
    }


def chart(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """The response chart's median, 90th percentile and target lines."""
    return _pick(palette, "#1f65c1", "#8ab4f8"), late(palette), good(palette)


# The tray's badge and the platforms' marks: white on a colour of their own.
MARK_TEXT = QColor("#ffffff")
BADGE = QColor("#c5221f")
UNKNOWN_MARK = QColor("#5f6368")


def platform_colors() -> dict[str, QColor]:
    return {d.platform.value: QColor(d.color) for d in descriptors()}


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class Pair(NamedTuple):
    what: str
    fg: QColor
    bg: QColor
    minimum: float = TEXT_MINIMUM


def pairs(palette: QPalette) -> list[Pair]:
    """Every foreground the app draws on every background it draws it on."""
    c = palette.color
    base, alternate, window = c(Role.Base), c(Role.AlternateBase), c(Role.Window)
    grounds = {"base": base, "alternate rows": alternate, "window": window}
    found = [
        Pair("text", c(Role.Text), base),
        Pair("text on alternate rows", c(Role.Text), alternate),
        Pair("window text", c(Role.WindowText), window),
        Pair("button text", c(Role.ButtonText), c(Role.Button)),
        Pair("tooltip", c(Role.ToolTipText), c(Role.ToolTipBase)),
        Pair("link", c(Role.Link), base),
        Pair("link on the window", c(Role.Link), window),
        Pair("unread dot", c(Role.Highlight), base, PART_MINIMUM),
        Pair("tag chip", c(Role.Text), c(Role.Midlight)),
    ]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        found.append(Pair(f"selected row ({group.name})", c(group, Role.HighlightedText), c(group, Role.Highlight)))
    for name, colour in (("secondary text", dim(palette)), ("late", late(palette)), ("warning", warn(palette))):
        found += [Pair(f"{name} on {where}", colour, ground) for where, ground in grounds.items()]
    found += [Pair(f"border on {where}", border(palette), ground, PART_MINIMUM) for where, ground in grounds.items()]
    found.append(Pair("border on a button", border(palette), c(Role.Button), PART_MINIMUM))
    colours = thread(palette)
    for bubble in ("theirs", "ours", "base"):
        for role in ("text", "dim", "link", "error", "warn"):
            found.append(Pair(f"thread {role} on {bubble}", QColor(colours[role]), QColor(colours[bubble])))
    for level in Level:
        ground = banner(palette, level)
        found += [
            Pair(f"{level.value} strip text", c(Role.Text), ground),
            Pair(f"{level.value} strip link", c(Role.Link), ground),
            Pair(f"{level.value} strip icon", accent(palette, level), ground, PART_MINIMUM),
        ]
    found.append(Pair("search match", c(Role.Text), search_mark(palette)))
    found.append(Pair("search match, selected", c(Role.HighlightedText), c(Role.Highlight)))
    for name, colour in zip(("median", "90th percentile", "target"), chart(palette), strict=True):
        found.append(Pair(f"chart {name}", colour, base))
    for platform, colour in platform_colors().items():
        found.append(Pair(f"{platform} mark", MARK_TEXT, colour, PART_MINIMUM))
    found.append(Pair("unknown platform mark", MARK_TEXT, UNKNOWN_MARK, PART_MINIMUM))
    found.append(Pair("tray badge", MARK_TEXT, BADGE))
    return found
