"""Exponential back-off with full jitter (one pure, testable place)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """``delay(n)`` for the n-th consecutive failure (0-based).

    Full jitter (a random delay between 0 and the exponential cap) spreads
    retries of many clients and accounts instead of letting them march in
    step after an outage.
    """

    base: float = 2.0
    cap: float = 300.0
    minimum: float = 0.5
    rng: Callable[[], float] = field(default=random.random)

    def ceiling(self, failures: int) -> float:
        return min(self.cap, self.base * float(2 ** min(failures, 30)))

    def delay(self, failures: int) -> float:
        return max(self.minimum, self.rng() * self.ceiling(failures))
