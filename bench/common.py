"""What every measurement shares: figures, rows of the table, timing."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@dataclass(slots=True)
class Row:
    """One line of the table: a measurement, its baseline and its target."""

    number: str
    name: str
    unit: str
    median: float
    p95: float | None = None
    baseline: float | None = None
    baseline_name: str = ""
    ratio: float | None = None
    target: str = ""
    holds: bool | None = None
    runs: int = 0
    details: dict[str, Any] = field(default_factory=dict)
    max: float | None = None  # the slowest run (of the slowest case, where there are several)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else math.nan


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile (q in 0..100)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return float(ordered[rank - 1])


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def say(text: str) -> None:
    print(f"bench: {text}", flush=True)
