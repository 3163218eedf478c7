"""The value types the front ends hold, in one place.

They are defined where they are made (the store's rows, the sync's
events) and re-exported here, so that ``ui/`` and ``cli/`` import services
and ``records``/``errors`` only (the import contracts in pyproject.toml).
Each is imported when first asked for: the window's start-up loads only the
few it paints with.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_inbox.store.accounts import Account
    from desktop_inbox.store.backup import BackupInfo, RestoreResult
    from desktop_inbox.store.contacts import ContactDetail, IdentityView, NoteView, Said, TimelineEntry
    from desktop_inbox.store.conversations import ConversationDetail, ConversationSummary, MessageView
    from desktop_inbox.store.db import Cache
    from desktop_inbox.store.drafts import Draft
    from desktop_inbox.store.merges import MergeRecord, Suggestion
    from desktop_inbox.store.outbox import OutboxItem
    from desktop_inbox.store.saved_searches import SavedSearch
    from desktop_inbox.store.search import Order, ParsedQuery, SearchHit
    from desktop_inbox.store.snippets import Snippet
    from desktop_inbox.store.storage import AccountDepth, StorageReport
    from desktop_inbox.sync.engine import AccountResult
    from desktop_inbox.sync.events import SyncEvent, SyncEventKind

_HOMES = {
    "desktop_inbox.store.accounts": ("Account",),
    "desktop_inbox.store.backup": ("BackupInfo", "RestoreResult"),
    "desktop_inbox.store.contacts": ("ContactDetail", "IdentityView", "NoteView", "Said", "TimelineEntry"),
    "desktop_inbox.store.conversations": ("ConversationDetail", "ConversationSummary", "MessageView"),
    "desktop_inbox.store.db": ("Cache",),
    "desktop_inbox.store.drafts": ("Draft",),
    "desktop_inbox.store.merges": ("MergeRecord", "Suggestion"),
    "desktop_inbox.store.outbox": ("OutboxItem",),
    "desktop_inbox.store.saved_searches": ("SavedSearch",),
    "desktop_inbox.store.search": ("Order", "ParsedQuery", "SearchHit"),
    "desktop_inbox.store.snippets": ("Snippet",),
    "desktop_inbox.store.storage": ("AccountDepth", "StorageReport"),
    "desktop_inbox.sync.engine": ("AccountResult",),
    "desktop_inbox.sync.events": ("SyncEvent", "SyncEventKind"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = sorted(_HOME_OF)


def __getattr__(name: str) -> Any:
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
