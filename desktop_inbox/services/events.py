"""A tiny typed observer, so that services tell what happened without Qt.

The composition root (``services.root``) connects one service's hooks to
another's actions (a queued reply wakes the sync), and the front ends hear
what they show. Every ``subscribe`` returns the function that undoes it:
a window that closes must not leave a listener behind.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")
Unsubscribe = Callable[[], None]

log = logging.getLogger("desktop_inbox.services")


class Hook(Generic[T]):
    """Listeners of one event. A listener may be a coroutine function: it
    is awaited by ``emit_async`` (synchronous ``emit`` refuses those)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._listeners: list[Callable[[T], object]] = []

    def subscribe(self, listener: Callable[[T], object]) -> Unsubscribe:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def __len__(self) -> int:
        return len(self._listeners)

    def emit(self, value: T) -> None:
        for listener in list(self._listeners):
            try:
                outcome = listener(value)
            except Exception:
                log.exception("%s listener failed", self.name)
                continue
            if inspect.isawaitable(outcome):
                _close(outcome)
                raise TypeError(f"{self.name}: an async listener needs emit_async")

    async def emit_async(self, value: T) -> None:
        """Call every listener, awaiting those that are coroutines; a failing
        listener is logged and does not stop the others."""
        for listener in list(self._listeners):
            try:
                outcome = listener(value)
                if inspect.isawaitable(outcome):
                    await outcome
            except Exception:
                log.exception("%s listener failed", self.name)


def _close(awaitable: Awaitable[object]) -> None:
    close = getattr(awaitable, "close", None)
    if close is not None:
        close()
