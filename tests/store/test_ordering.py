from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_inbox.records import State
from desktop_inbox.store.ordering import derive_state, sort_key
from desktop_inbox.sync.backoff import Backoff

T = datetime(2026, 1, 1, tzinfo=UTC)
H = timedelta(hours=1)


def state(**kw: datetime | None) -> State:
    args = {"last_inbound_at": None, "last_outbound_at": None, "done_at": None, "snoozed_until": None, "now": T + 10 * H}
    args.update(kw)
    return derive_state(**args)  # type: ignore[arg-type]


def test_states() -> None:
    assert state(last_inbound_at=T) == State.NEEDS_REPLY
    assert state(last_inbound_at=T, last_outbound_at=T + H) == State.WAITING
    assert state(last_inbound_at=T + 2 * H, last_outbound_at=T + H) == State.NEEDS_REPLY
    assert state(last_inbound_at=T, done_at=T + H) == State.DONE
    assert state(last_inbound_at=T + 2 * H, done_at=T + H) == State.NEEDS_REPLY  # reopened
    assert state(last_inbound_at=T, snoozed_until=T + 20 * H) == State.SNOOZED
    assert state(last_inbound_at=T, snoozed_until=T + H) == State.NEEDS_REPLY  # snooze over


def test_inbox_order() -> None:
    long_wait = sort_key(State.NEEDS_REPLY, T, T + 5 * H)
    short_wait = sort_key(State.NEEDS_REPLY, T + 4 * H, T + 4 * H)
    recent_waiting = sort_key(State.WAITING, None, T + 9 * H)
    old_done = sort_key(State.DONE, None, T)
    assert long_wait < short_wait < recent_waiting < old_done


def test_backoff_grows_with_jitter_and_a_cap() -> None:
    b = Backoff(base=1, cap=60, minimum=0, rng=lambda: 1.0)
    assert [b.delay(n) for n in range(8)] == [1, 2, 4, 8, 16, 32, 60, 60]
    half = Backoff(base=1, cap=60, minimum=0, rng=lambda: 0.5)
    assert half.delay(3) == 4
    assert Backoff(minimum=0.5, rng=lambda: 0.0).delay(5) == 0.5
