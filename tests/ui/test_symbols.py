"""The interface's own symbols are drawn by the fonts every desktop has.

An emoji (⏳, 📎) needs an emoji font: on a desktop without one (a stock
Xfce or KDE install, the CI's Xvfb) Qt draws a box in its place; a
screenshot of a queued reply showed "▯ Waiting to be sent". Customers'
text may hold any emoji; the app's own words and marks hold none.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "desktop_inbox"
# Where the app's own words and marks are written (the demo's customers write as they like).
SOURCES = [ROOT / "ui", ROOT / "services", ROOT / "words.py"]


def _emoji(ch: str) -> bool:
    """Characters that have no glyph without an emoji font: the pictographs
    and the technical symbols Unicode gives an emoji presentation."""
    code = ord(ch)
    return code >= 0x1F000 or code in (0x231A, 0x231B) or 0x23E9 <= code <= 0x23FA or code == 0xFE0F


def _files() -> list[Path]:
    return [f for source in SOURCES for f in ([source] if source.is_file() else sorted(source.rglob("*.py")))]


def test_the_interface_draws_no_emoji_of_its_own() -> None:
    found = [
        f"{path.relative_to(ROOT.parent)}:{number}: {ch!r} U+{ord(ch):04X}"
        for path in _files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for ch in line
        if _emoji(ch)
    ]
    assert found == []


def test_the_check_finds_an_emoji() -> None:
    assert _emoji("⏳") and _emoji("📎") and _emoji("🏖")
    assert not any(_emoji(ch) for ch in "◷ ⚠ ✓ ✕ ☎ ● ↻ → 你好 Λάμπρου")
    assert len(_files()) > 50
