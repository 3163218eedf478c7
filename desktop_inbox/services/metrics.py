"""Response-time figures: daily median and 90th percentile against a target."""

from __future__ import annotations

import csv
import io
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from desktop_inbox.store import metrics, preferences
from desktop_inbox.store.db import Cache
from desktop_inbox.store.metrics import Wait


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    answered: int
    unanswered: int
    median: float | None  # seconds
    p90: float | None
    within_target: int


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..1) with linear interpolation (like numpy's default)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def daily(waits: list[Wait], *, days: int, target_seconds: float, today: date | None = None) -> list[Day]:
    """One row per local day of the last ``days`` days (oldest first)."""
    today = today or datetime.now().astimezone().date()
    buckets: dict[date, list[Wait]] = defaultdict(list)
    for wait in waits:
        buckets[wait.asked_at.astimezone().date()].append(wait)
    rows = []
    for offset in range(days - 1, -1, -1):
        day = today - timedelta(days=offset)
        answered = [w.seconds for w in buckets.get(day, []) if w.seconds is not None]
        unanswered = sum(1 for w in buckets.get(day, []) if w.seconds is None)
        rows.append(
            Day(
                day=day,
                answered=len(answered),
                unanswered=unanswered,
                median=statistics.median(answered) if answered else None,
                p90=percentile(answered, 0.9) if answered else None,
                within_target=sum(1 for s in answered if s <= target_seconds),
            )
        )
    return rows


def summary(rows: list[Day], waits: list[Wait]) -> dict[str, float | int | None]:
    answered = [w.seconds for w in waits if w.seconds is not None]
    return {
        "answered": len(answered),
        "unanswered": sum(1 for w in waits if w.seconds is None),
        "median": statistics.median(answered) if answered else None,
        "p90": percentile(answered, 0.9) if answered else None,
    }


def load(days: int, *, now: datetime | None = None) -> list[Wait]:
    """Waits of the last ``days`` days (runs on the cache's reader thread)."""
    now = now or datetime.now(UTC)
    start = datetime.combine((now.astimezone() - timedelta(days=days - 1)).date(), datetime.min.time()).astimezone()
    return metrics.waits(start.astimezone(UTC))


def to_csv(rows: list[Day], *, target_seconds: float) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["day", "answered", "unanswered", "median_seconds", "p90_seconds", "within_target", "target_seconds"])
    for r in rows:
        writer.writerow(
            [
                r.day.isoformat(),
                r.answered,
                r.unanswered,
                f"{r.median:.0f}" if r.median is not None else "",
                f"{r.p90:.0f}" if r.p90 is not None else "",
                r.within_target,
                f"{target_seconds:.0f}",
            ]
        )
    return out.getvalue()


@dataclass(frozen=True, slots=True)
class Stats:
    """Response times over ``days`` days against the user's target."""

    days: int
    target_minutes: int
    rows: list[Day]
    waits: list[Wait]

    @property
    def total(self) -> dict[str, float | int | None]:
        return summary(self.rows, self.waits)

    def csv(self) -> str:
        return to_csv(self.rows, target_seconds=self.target_minutes * 60)


class StatsService:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache

    async def waits(self, days: int) -> list[Wait]:
        return await self.cache.read(load, days)

    async def target_minutes(self) -> int:
        return int(await self.cache.read(preferences.get, "response_target_minutes"))

    async def stats(self, days: int, *, target_minutes: int | None = None) -> Stats:
        """The figures of the last ``days`` days (the user's target unless given)."""
        target = target_minutes or await self.target_minutes()
        waits = await self.waits(days)
        return Stats(days, target, daily(waits, days=days, target_seconds=target * 60), waits)
