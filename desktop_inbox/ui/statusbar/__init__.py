"""The status bar: one small widget per thing it shows (cf. qutebrowser's statusbar/)."""

from desktop_inbox.ui.statusbar.bar import StatusBar

__all__ = ["StatusBar"]
