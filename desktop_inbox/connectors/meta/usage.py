"""Meta's usage headers: slow down before Meta blocks the app.

Meta reports what the app has used, in percent of its allowance, on most
answers once "enough calls" were made (``graph-api/overview/rate-limiting``):

* ``X-App-Usage: {"call_count": 28, "total_cputime": 25, "total_time": 25}``
  (the app's hourly budget, for app and user tokens);
* ``X-Business-Use-Case-Usage: {"<object id>": [{"type": "instagram",
  "call_count": 28, "total_cputime": 25, "total_time": 25,
  "estimated_time_to_regain_access": 0}]}`` (per Page or Instagram account,
  24 hours rolling; the last figure is in minutes).

At 100 in any figure Meta refuses calls, and calling while throttled makes
the block last longer. So from ``SLOW_FROM`` percent the polls are spaced
out (more the closer to the limit), from ``STOP_AT`` nothing is called until
Meta's regain time (or ``STOP_WAIT``) has passed. Pure: the clock is passed in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

APP_USAGE = "x-app-usage"
BUSINESS_USAGE = "x-business-use-case-usage"

SLOW_FROM = 75
STOP_AT = 95
MAX_SPACING = timedelta(minutes=15)
STOP_WAIT = timedelta(minutes=10)
_FIGURES = ("call_count", "total_cputime", "total_time")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _entries(name: str, raw: str) -> Iterable[Mapping[str, Any]]:
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    if name == APP_USAGE:
        return [data] if isinstance(data, Mapping) else []
    if not isinstance(data, Mapping):
        return []
    found: list[Mapping[str, Any]] = []
    for entries in data.values():
        if isinstance(entries, list):
            found.extend(e for e in entries if isinstance(e, Mapping))
    return found


@dataclass(slots=True)
class Usage:
    percent: float = 0.0  # the highest figure of the last report
    regain_at: datetime | None = None
    seen_at: datetime | None = None

    def note(self, headers: Mapping[str, str], now: datetime) -> None:
        """Read the usage headers of one answer (absent headers change nothing:
        no report is not the same as no usage)."""
        reported = False
        highest = 0.0
        regain: float = 0.0
        for name in (APP_USAGE, BUSINESS_USAGE):
            raw = headers.get(name)
            if not raw:
                continue
            for entry in _entries(name, raw):
                reported = True
                for key in _FIGURES:
                    value = _number(entry.get(key))
                    if value is not None:
                        highest = max(highest, min(value, 1000.0))
                minutes = _number(entry.get("estimated_time_to_regain_access"))
                if minutes is not None and 0 < minutes <= 24 * 60:
                    regain = max(regain, minutes)
        if not reported:
            return
        self.percent = highest
        self.seen_at = now
        self.regain_at = now + timedelta(minutes=regain) if regain else None

    def blocked_until(self, now: datetime) -> datetime | None:
        """When calls may go again, if Meta blocked us or we are at its limit."""
        if self.regain_at is not None and self.regain_at > now:
            return self.regain_at
        if self.percent >= STOP_AT and self.seen_at is not None and self.seen_at + STOP_WAIT > now:
            return self.seen_at + STOP_WAIT
        return None

    def spacing(self) -> timedelta:
        """How long to leave between two polls of a stream at this usage."""
        if self.percent < SLOW_FROM:
            return timedelta(0)
        share = min(1.0, (self.percent - SLOW_FROM) / (STOP_AT - SLOW_FROM))
        return max(timedelta(seconds=30), MAX_SPACING * share)
