"""Working hours and days in the user's time zone: when "tomorrow 9:00" and
"the next working morning" are (the composer's "Send at…"), whatever the
clocks do that night.

Pure arithmetic on ``zoneinfo``: a wall-clock time on a day is turned into
an instant in the user's zone, so "9:00" stays 9:00 across a change to or
from summer time (the day before is then 23 or 25 hours long). A time the
clocks skip (02:30 on the night New York springs forward) is the first one
after the gap (03:30); a time they repeat is the first of the two.

(Aware datetimes that share a zone compare and subtract by their wall
clocks in Python, so instants are compared in UTC here.)
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_inbox.errors import BadInput
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.services")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def local_zone(name: str = "") -> ZoneInfo:
    """The zone called ``name`` (an IANA name like "Europe/Athens"), or the
    system's own; UTC if neither can be found."""
    if not name:
        import tzlocal

        try:
            name = tzlocal.get_localzone_name() or "UTC"
        except (ZoneInfoNotFoundError, ValueError, OSError) as exc:  # a broken system setting
            log.warning("the system's time zone is unknown (%s); using UTC", exc)
            name = "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no time zone called {name!r} (e.g. Europe/Athens, America/New_York)."
            ),
            name=name,
        ) from None


def _default_zone() -> ZoneInfo:
    return local_zone()


@dataclass(frozen=True, slots=True)
class WorkingHours:
    days: frozenset[int] = frozenset(range(5))  # Monday is 0
    start: time = time(9)
    end: time = time(17)
    zone: ZoneInfo = field(default_factory=_default_zone)

    def __post_init__(self) -> None:
        if not self.days or not self.days <= set(range(7)):
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "Working days are one or more days of the week."))
        if self.start >= self.end:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "The working day ends after it starts."))

    @classmethod
    def of(cls, *, days: Iterable[int], start: str, end: str, zone: str = "") -> WorkingHours:
        """From the stored preferences ("09:00", "Europe/Athens"; "" zone: the system's)."""
        try:
            begin, finish = time.fromisoformat(start), time.fromisoformat(end)
        except ValueError:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "Working hours are times like 09:00, not {start!r} to {end!r}."),
                start=start,
                end=end,
            ) from None
        return cls(frozenset(int(d) for d in days), begin, finish, local_zone(zone))

    def describe(self) -> str:
        names = ", ".join(WEEKDAYS[d][:3] for d in sorted(self.days))
        return f"{names} {self.start:%H:%M}–{self.end:%H:%M} ({self.zone.key})"


def at_local(day: date, wall: time, zone: ZoneInfo) -> datetime:
    """``wall`` o'clock on ``day`` in ``zone``, as an aware instant."""
    naive = datetime.combine(day, wall)
    aware = naive.replace(tzinfo=zone)
    # A skipped time does not survive the round trip through UTC: the instant
    # it names (with the offset before the change) is just after the gap.
    back = aware.astimezone(UTC).astimezone(zone)
    return back if back.replace(tzinfo=None) != naive else aware


def tomorrow_morning(now: datetime, hours: WorkingHours) -> datetime:
    """Tomorrow at the start of the working day (a working day or not)."""
    local = now.astimezone(hours.zone)
    return at_local(local.date() + timedelta(days=1), hours.start, hours.zone)


def next_working_morning(now: datetime, hours: WorkingHours) -> datetime:
    """The next start of a working day after ``now``: later today if the day
    has not started yet, else the next working day's."""
    local = now.astimezone(hours.zone)
    for ahead in range(8):
        day = local.date() + timedelta(days=ahead)
        if day.weekday() in hours.days:
            start = at_local(day, hours.start, hours.zone)
            if start.astimezone(UTC) > now.astimezone(UTC):
                return start
    raise AssertionError("a week has a working day")  # (days is never empty)


def is_working_time(moment: datetime, hours: WorkingHours) -> bool:
    local = moment.astimezone(hours.zone)
    if local.weekday() not in hours.days:
        return False
    day = local.date()
    instant = moment.astimezone(UTC)
    return (
        at_local(day, hours.start, hours.zone).astimezone(UTC)
        <= instant
        < at_local(day, hours.end, hours.zone).astimezone(UTC)
    )


def next_working_time(moment: datetime, hours: WorkingHours) -> datetime:
    """``moment`` if it falls in working hours, else the next working morning."""
    return moment if is_working_time(moment, hours) else next_working_morning(moment, hours)
