"""Working-hours arithmetic: "tomorrow 9:00" and "the next working morning"
in the user's zone, over weekends and the nights the clocks change
(Europe/Athens and America/New_York, with the real zone rules)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop_inbox.errors import BadInput
from desktop_inbox.services.schedule import (
    WorkingHours,
    at_local,
    is_working_time,
    local_zone,
    next_working_morning,
    next_working_time,
    tomorrow_morning,
)

ATHENS = ZoneInfo("Europe/Athens")
NEW_YORK = ZoneInfo("America/New_York")


def hours(zone: ZoneInfo, days: range | set[int] = range(5), start: str = "09:00", end: str = "17:00") -> WorkingHours:
    return WorkingHours.of(days=days, start=start, end=end, zone=zone.key)


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time between two instants (Python subtracts wall clocks within one zone)."""
    return end.astimezone(UTC) - start.astimezone(UTC)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Tuesday 14:00 -> Wednesday 09:00
        (local(ATHENS, 2026, 3, 3, 14, 0), local(ATHENS, 2026, 3, 4, 9, 0)),
        # Tuesday 07:30, before work -> the same morning
        (local(ATHENS, 2026, 3, 3, 7, 30), local(ATHENS, 2026, 3, 3, 9, 0)),
        # Tuesday 09:00 sharp: that morning has begun -> Wednesday
        (local(ATHENS, 2026, 3, 3, 9, 0), local(ATHENS, 2026, 3, 4, 9, 0)),
        # Friday 18:00 -> Monday 09:00 (the weekend skipped)
        (local(ATHENS, 2026, 3, 6, 18, 0), local(ATHENS, 2026, 3, 9, 9, 0)),
        # Saturday and Sunday -> Monday
        (local(ATHENS, 2026, 3, 7, 11, 0), local(ATHENS, 2026, 3, 9, 9, 0)),
        (local(ATHENS, 2026, 3, 8, 23, 59), local(ATHENS, 2026, 3, 9, 9, 0)),
    ],
)
def test_next_working_morning_skips_evenings_and_weekends(now: datetime, expected: datetime) -> None:
    assert next_working_morning(now, hours(ATHENS)) == expected


def test_athens_springs_forward_on_the_last_sunday_of_march() -> None:
    # 29 March 2026, 03:00 EET -> 04:00 EEST. Friday evening before it:
    friday = local(ATHENS, 2026, 3, 27, 20, 0)
    monday = next_working_morning(friday, hours(ATHENS))
    assert monday.astimezone(ATHENS).replace(tzinfo=None) == datetime(2026, 3, 30, 9, 0)
    assert monday.utcoffset() == timedelta(hours=3)  # summer time
    assert monday.astimezone(UTC) == datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    # From Saturday 9:00 to Sunday 9:00 is 23 real hours, and still 9:00.
    saturday = local(ATHENS, 2026, 3, 28, 9, 0)
    sunday = tomorrow_morning(saturday, hours(ATHENS))
    assert sunday.astimezone(ATHENS).hour == 9 and elapsed(saturday, sunday) == timedelta(hours=23)


def test_athens_falls_back_on_the_last_sunday_of_october() -> None:
    # 25 October 2026, 04:00 EEST -> 03:00 EET: Saturday to Sunday is 25 hours.
    saturday = local(ATHENS, 2026, 10, 24, 9, 0)
    sunday = tomorrow_morning(saturday, hours(ATHENS))
    assert elapsed(saturday, sunday) == timedelta(hours=25)
    assert sunday.astimezone(ATHENS).hour == 9 and sunday.utcoffset() == timedelta(hours=2)


def test_new_york_changes_its_clocks_on_other_weekends_than_athens() -> None:
    # 8 March 2026: New York springs forward (02:00 -> 03:00), Athens not yet.
    ny = hours(NEW_YORK)
    friday = local(NEW_YORK, 2026, 3, 6, 17, 30)
    monday = next_working_morning(friday, ny)
    assert monday.astimezone(UTC) == datetime(2026, 3, 9, 13, 0, tzinfo=UTC)  # 09:00 EDT
    # The same instant's next working morning for a shop in Athens is Monday 09:00 EET.
    assert next_working_morning(friday, hours(ATHENS)).astimezone(UTC) == datetime(2026, 3, 9, 7, 0, tzinfo=UTC)
    # 1 November 2026: New York falls back.
    saturday = local(NEW_YORK, 2026, 10, 31, 9, 0)
    assert elapsed(saturday, tomorrow_morning(saturday, ny)) == timedelta(hours=25)


def test_a_time_the_clocks_skip_is_the_first_one_after_the_gap() -> None:
    # A working day starting at 02:30 does not exist in New York on 8 March 2026.
    skipped = at_local(datetime(2026, 3, 8).date(), time(2, 30), NEW_YORK)
    assert skipped.astimezone(NEW_YORK).replace(tzinfo=None) == datetime(2026, 3, 8, 3, 30)
    # One the clocks repeat (01:30 on 1 November) is the first of the two.
    repeated = at_local(datetime(2026, 11, 1).date(), time(1, 30), NEW_YORK)
    assert repeated.utcoffset() == timedelta(hours=-4)
    night_shift = WorkingHours.of(days=range(7), start="02:30", end="10:00", zone="America/New_York")
    saturday_night = local(NEW_YORK, 2026, 3, 7, 22, 0)
    assert tomorrow_morning(saturday_night, night_shift).astimezone(UTC) == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)


def test_working_days_of_ones_own() -> None:
    # A shop open Tuesday to Saturday: Saturday evening -> Tuesday.
    shop = hours(ATHENS, days={1, 2, 3, 4, 5}, start="10:00", end="18:00")
    assert next_working_morning(local(ATHENS, 2026, 3, 7, 19, 0), shop) == local(ATHENS, 2026, 3, 10, 10, 0)
    assert is_working_time(local(ATHENS, 2026, 3, 7, 12, 0), shop)  # Saturday noon
    assert not is_working_time(local(ATHENS, 2026, 3, 9, 12, 0), shop)  # Monday
    assert not is_working_time(local(ATHENS, 2026, 3, 10, 18, 0), shop)  # closed at 18:00 sharp
    inside = local(ATHENS, 2026, 3, 10, 12, 0)
    assert next_working_time(inside, shop) == inside
    assert next_working_time(local(ATHENS, 2026, 3, 9, 12, 0), shop) == local(ATHENS, 2026, 3, 10, 10, 0)


def test_tomorrow_morning_is_tomorrow_even_at_the_weekend() -> None:
    assert tomorrow_morning(local(ATHENS, 2026, 3, 6, 23, 30), hours(ATHENS)) == local(ATHENS, 2026, 3, 7, 9, 0)
    # Read in the user's zone, not UTC: 23:30 in Athens is 21:30 UTC, same day.
    from_utc = datetime(2026, 3, 6, 22, 30, tzinfo=UTC)  # 00:30 on Saturday in Athens
    assert tomorrow_morning(from_utc, hours(ATHENS)) == local(ATHENS, 2026, 3, 8, 9, 0)


def test_bad_settings_are_refused_in_one_line() -> None:
    with pytest.raises(BadInput, match="ends after it starts"):
        hours(ATHENS, start="18:00", end="09:00")
    with pytest.raises(BadInput, match="one or more days"):
        hours(ATHENS, days=set())
    with pytest.raises(BadInput, match="times like 09:00"):
        hours(ATHENS, start="nine")
    with pytest.raises(BadInput, match="no time zone called"):
        local_zone("Mars/Olympus_Mons")
    assert local_zone("").key  # the system's own zone, whatever it is
