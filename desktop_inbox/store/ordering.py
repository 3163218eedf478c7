"""How a conversation's state and its place in the inbox follow from its times.

Pure functions, so the rules live in one place and are easy to test: the state
is derived from the last customer message, our last reply, when the user
closed it and how long it is snoozed; the sort key puts needs-reply first with
the longest waiting on top, then everything else newest first.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from desktop_inbox.records import FollowUp, State

# derive_state only compares times: aware datetimes, or epoch milliseconds
# (the sync's write path, which never builds a datetime per message).
When = TypeVar("When", datetime, int)

# Epoch milliseconds stay below 10**14 until the year 5138.
_REST_BASE = 2 * 10**14


def derive_state(
    *,
    last_inbound_at: When | None,
    last_outbound_at: When | None,
    done_at: When | None,
    snoozed_until: When | None,
    now: When,
    heard: bool = False,
) -> State:
    if heard and last_outbound_at is None:
        # A post heard by listening that we have not answered: nobody waits
        # for us (never "needs reply"); dismissed, it is done.
        if done_at is not None:
            return State.DONE
        return State.SNOOZED if snoozed_until is not None and snoozed_until > now else State.HEARD
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


def follow_up_state(
    *,
    follow_up_at: When | None,
    set_at: When | None,
    followed_up_at: When | None,
    last_inbound_at: When | None,
    state: State,
) -> FollowUp | None:
    """Where a conversation's follow-up stands (None: there is none).

    A customer message written after the reminder was set answers it; one
    set and not answered is pending until it is looked at after its time
    (``store.followups.wake_due``: the sync, the app's timer); one that came
    back stays marked while it needs a reply for that reason (a newer
    customer message is a reason of its own).
    """
    if follow_up_at is not None:
        if set_at is not None and last_inbound_at is not None and last_inbound_at > set_at:
            return FollowUp.ANSWERED
        return FollowUp.PENDING
    if (
        followed_up_at is not None
        and state == State.NEEDS_REPLY
        and (last_inbound_at is None or last_inbound_at <= followed_up_at)
    ):
        return FollowUp.CAME_BACK
    return None


def sort_key(state: State | str, waiting_since: datetime | None, last_message_at: datetime | None) -> int:
    return sort_key_ms(
        state,
        int(waiting_since.timestamp() * 1000) if waiting_since is not None else None,
        int(last_message_at.timestamp() * 1000) if last_message_at is not None else None,
    )


def sort_key_ms(state: State | str, waiting_since: int | None, last_message_at: int | None) -> int:
    """``sort_key`` with the times in epoch milliseconds."""
    if state == State.NEEDS_REPLY and waiting_since is not None:
        return waiting_since
    return _REST_BASE - (last_message_at or 0)
