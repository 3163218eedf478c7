"""The main window: a frame around the panes, its table of actions and the dialogs it opens."""

from desktop_inbox.ui.mainwindow.window import START_REST_AFTER_MS, MainWindow, report_startup_error

__all__ = ["START_REST_AFTER_MS", "MainWindow", "report_startup_error"]
