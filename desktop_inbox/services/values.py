"""The value types the front ends hold, in one place.

They are defined where they are made (the store's rows, the sync's
events, an e-mail account's servers) and re-exported here, so that ``ui/`` and ``cli/`` import services
and ``records``/``errors`` only (the import contracts in pyproject.toml).
Each is imported when first asked for: the window's start-up loads only the
few it paints with.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_inbox.connectors.email.config import MailConfig as MailConfig
    from desktop_inbox.store.accounts import Account as Account
    from desktop_inbox.store.backup import BackupInfo as BackupInfo
    from desktop_inbox.store.backup import RestoreResult as RestoreResult
    from desktop_inbox.store.channels import Channel as Channel
    from desktop_inbox.store.contacts import TIMELINE_ACTIVITY as TIMELINE_ACTIVITY
    from desktop_inbox.store.contacts import ContactDetail as ContactDetail
    from desktop_inbox.store.contacts import EventView as EventView
    from desktop_inbox.store.contacts import IdentityView as IdentityView
    from desktop_inbox.store.contacts import NoteView as NoteView
    from desktop_inbox.store.contacts import Said as Said
    from desktop_inbox.store.contacts import TimelineEntry as TimelineEntry
    from desktop_inbox.store.conversations import ConversationDetail as ConversationDetail
    from desktop_inbox.store.conversations import ConversationSummary as ConversationSummary
    from desktop_inbox.store.conversations import MessageView as MessageView
    from desktop_inbox.store.db import Cache as Cache
    from desktop_inbox.store.drafts import Draft as Draft
    from desktop_inbox.store.listening import Dismissed as Dismissed
    from desktop_inbox.store.listening import Mutes as Mutes
    from desktop_inbox.store.merges import MergeRecord as MergeRecord
    from desktop_inbox.store.merges import Suggestion as Suggestion
    from desktop_inbox.store.metrics import Wait as Wait
    from desktop_inbox.store.outbox import OutboxItem as OutboxItem
    from desktop_inbox.store.saved_searches import SavedSearch as SavedSearch
    from desktop_inbox.store.search import Order as Order
    from desktop_inbox.store.search import ParsedQuery as ParsedQuery
    from desktop_inbox.store.search import SearchHit as SearchHit
    from desktop_inbox.store.snippets import Snippet as Snippet
    from desktop_inbox.store.storage import AccountDepth as AccountDepth
    from desktop_inbox.store.storage import StorageReport as StorageReport
    from desktop_inbox.store.teamwork import MemberRef as MemberRef
    from desktop_inbox.sync.engine import AccountResult as AccountResult
    from desktop_inbox.sync.events import SyncEvent as SyncEvent
    from desktop_inbox.sync.events import SyncEventKind as SyncEventKind

_HOMES = {
    "desktop_inbox.connectors.email.config": ("MailConfig",),
    "desktop_inbox.store.accounts": ("Account",),
    "desktop_inbox.store.backup": ("BackupInfo", "RestoreResult"),
    "desktop_inbox.store.channels": ("Channel",),
    "desktop_inbox.store.contacts": ("ContactDetail", "EventView", "IdentityView", "NoteView", "Said", "TimelineEntry", "TIMELINE_ACTIVITY"),
    "desktop_inbox.store.conversations": ("ConversationDetail", "ConversationSummary", "MessageView"),
    "desktop_inbox.store.db": ("Cache",),
    "desktop_inbox.store.drafts": ("Draft",),
    "desktop_inbox.store.listening": ("Dismissed", "Mutes"),
    "desktop_inbox.store.metrics": ("Wait",),
    "desktop_inbox.store.merges": ("MergeRecord", "Suggestion"),
    "desktop_inbox.store.outbox": ("OutboxItem",),
    "desktop_inbox.store.saved_searches": ("SavedSearch",),
    "desktop_inbox.store.search": ("Order", "ParsedQuery", "SearchHit"),
    "desktop_inbox.store.snippets": ("Snippet",),
    "desktop_inbox.store.storage": ("AccountDepth", "StorageReport"),
    "desktop_inbox.store.teamwork": ("MemberRef",),
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
