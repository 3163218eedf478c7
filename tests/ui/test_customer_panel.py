"""The customer panel's earlier conversations: a model over all of them,
whose rows say what they are and open their conversation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from desktop_inbox.records import Kind, Platform, State
from desktop_inbox.services.values import ContactDetail, ConversationSummary
from desktop_inbox.ui.customer_panel import CURRENT_ROLE, SUMMARY_ROLE, CustomerPanel


def summary(n: int) -> ConversationSummary:
    at = datetime(2026, 3, 1, 9, 30, tzinfo=UTC) - timedelta(days=n)
    return ConversationSummary(
        id=1000 + n, account_id=1, platform=Platform.MASTODON, account_handle="@shop", kind=Kind.PUBLIC,
        state=State.DONE if n else State.NEEDS_REPLY, contact_id=7, customer_identity_id=3, customer_handle="@anna",
        customer_name="Anna", last_message_at=at, waiting_since=None, snoozed_until=None, unread_count=0,
        message_count=3, snippet=f"question number {n}", sort_key=n,
    )


def contact(conversations: int) -> ContactDetail:
    return ContactDetail(
        id=7, name="Anna", identities=[], conversations=[summary(n) for n in range(conversations)], notes=[], tags=[],
        first_contact=datetime(2025, 1, 1, tzinfo=UTC), message_count=3 * conversations,
    )


def test_every_earlier_conversation_is_a_row_that_opens_it(qapp) -> None:  # type: ignore[no-untyped-def]
    panel = CustomerPanel()
    opened: list[int] = []
    panel.open_conversation.connect(opened.append)
    panel.show_contact(contact(500), current_conversation=1000)
    model = panel.conversations.model()
    assert model.rowCount() == 500
    first, last = model.index(0, 0), model.index(499, 0)
    assert first.data(CURRENT_ROLE) is True and last.data(CURRENT_ROLE) is False
    assert last.data(Qt.ItemDataRole.UserRole) == 1499 and last.data(SUMMARY_ROLE).snippet == "question number 499"
    text = last.data(Qt.ItemDataRole.DisplayRole)
    assert "Mastodon" in text and "question number 499" in text and "done" in text
    assert last.data(Qt.ItemDataRole.ToolTipRole) == "question number 499"
    panel.conversations.activated.emit(last)
    panel.conversations.activated.emit(first)  # (the one open: nothing to do)
    assert opened == [1499]
    panel.show_contact(None)
    assert model.rowCount() == 0 and not panel.isEnabled()
