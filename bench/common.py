"""What every measurement shares: figures, rows of the table, timing."""

from __future__ import annotations

import math
import os
import shutil
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


def copy_on_disk(source: Path, target: Path) -> Path:
    """Copy a cache and wait until the copy is on disk. A user's cache is
    not a gigabyte just written: right after a copy the kernel writes it
    back, and a process writing meanwhile is held back with it (the store
    of row 1 took 0.77-0.83 s for 8,435 messages right after the copy,
    0.55 s once it was on disk; processor time 0.50 s both ways), the side
    that writes the most the longest."""
    shutil.copy2(source, target)
    with open(target, "rb+") as f:
        os.fsync(f.fileno())
    return target


def say(text: str) -> None:
    print(f"bench: {text}", flush=True)
