"""Adding accounts and signing in again, one small module per platform.

``dialog.AddAccountDialog`` (opened by the window's dialog manager,
``ui/mainwindow/dialogs.py``) is the entry point: the platform chooser
(``chooser``), then the platform's page (``mastodon``, ``x``, ``bluesky``,
``email``), all built on ``common.SignInPage``.
"""
