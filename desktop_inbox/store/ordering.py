"""How a conversation's state and its place in the inbox follow from its times.

Pure functions, so the rules live in one place and are easy to test: the state
is derived from the last customer message, our last reply, when the user
closed it and how long it is snoozed; the sort key puts needs-reply first with
the longest waiting on top, then everything else newest first.
"""

from __future__ import annotations

from datetime import datetime

from desktop_inbox.records import State

# Epoch milliseconds stay below 10**14 until the year 5138.
_REST_BASE = 2 * 10**14


def derive_state(
    *,
    last_inbound_at: datetime | None,
    last_outbound_at: datetime | None,
    done_at: datetime | None,
    snoozed_until: datetime | None,
    now: datetime,
) -> State:
    if snoozed_until is not None:
        if snoozed_until > now:
            return State.SNOOZED
        # The snooze is over: it needs a reply, unless answered or closed since.
        answered = last_outbound_at is not None and last_outbound_at >= snoozed_until
        closed = done_at is not None and done_at >= snoozed_until
        if not answered and not closed:
            return State.NEEDS_REPLY
    if last_inbound_at is None:
        return State.DONE if done_at is not None else State.WAITING
    if done_at is not None and done_at >= last_inbound_at:
        return State.DONE
    if last_outbound_at is None or last_inbound_at > last_outbound_at:
        return State.NEEDS_REPLY
    return State.WAITING


def sort_key(state: State | str, waiting_since: datetime | None, last_message_at: datetime | None) -> int:
    if state == State.NEEDS_REPLY and waiting_since is not None:
        return int(waiting_since.timestamp() * 1000)
    last = int(last_message_at.timestamp() * 1000) if last_message_at else 0
    return _REST_BASE - last
