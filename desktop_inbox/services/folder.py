"""One app per data folder: the lock the app holds while it runs (for
``ui.single_instance``; the sync's own lock is taken by ``services.sync``)."""

from desktop_inbox.store.lock import APP, FolderLock

__all__ = ["APP", "FolderLock"]
