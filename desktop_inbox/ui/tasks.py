"""Running coroutines from Qt slots, with an owner and an error path.

Every task started from the UI is kept (so it is not garbage-collected
mid-flight), reports known errors (``InboxError``) calmly through the message
bridge, and logs anything else as a bug with its traceback.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_inbox.errors import InboxError
from desktop_inbox.ui.i18n import arg, say

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("desktop_inbox.ui")

T = TypeVar("T")


class MessageBridge(QObject):
    """One place where the app tells the user something (cf. qutebrowser)."""

    info = Signal(str)
    error = Signal(str)


messages = MessageBridge()
_running: set[asyncio.Task[Any]] = set()


def _qobjects_of(callback: object) -> list[QObject]:
    """The Qt objects a callback works on: its ``self``, or what a lambda captured."""
    found = []
    bound = getattr(callback, "__self__", None)
    if isinstance(bound, QObject):
        found.append(bound)
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if isinstance(value, QObject):
            found.append(value)
    return found


def _alive(owner: object) -> bool:
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def spawn(
    coro: Coroutine[Any, Any, T],
    *,
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    name: str | None = None,
    owner: QObject | None = None,
) -> asyncio.Task[T]:
    """Run ``coro``; ``on_done``/``on_error`` are skipped if ``owner`` (or the
    object a bound-method callback belongs to) was deleted meanwhile: a late
    result must never touch a closed dialog."""
    owners = [owner] if owner is not None else []
    for callback in (on_done, on_error):
        owners += _qobjects_of(callback)
    import asyncio  # (not at the top: the window paints its first page before asyncio loads)

    task = asyncio.ensure_future(coro)
    if name:
        task.set_name(name)
    _running.add(task)

    def finished(t: asyncio.Task[T]) -> None:
        _running.discard(t)
        if t.cancelled():
            return
        exc = t.exception()
        if not all(_alive(o) for o in owners):
            if exc is not None and not isinstance(exc, InboxError):
                log.error("background task failed after its window closed", exc_info=exc)
            return
        if exc is None:
            if on_done is not None:
                on_done(t.result())
            return
        if on_error is not None:
            on_error(exc)
        elif isinstance(exc, InboxError):
            messages.error.emit(say(exc))
        else:
            log.error("background task failed", exc_info=exc)
            said = QCoreApplication.translate("Tasks", "Something went wrong (%1); details are in the log.")
            messages.error.emit(arg(said, type(exc).__name__))

    task.add_done_callback(finished)
    return task


# Rounds of cancel_all: a task ending may start another (its ``on_done``, or
# its own ``finally``), which must end too. Our chains are short (a notice's
# reading, its sending, the listener the sending opens): a few rounds end them.
CANCEL_ROUNDS = 5


async def cancel_all() -> None:
    """Cancel every task the UI started and wait for each to end, and then
    those their ending started (a notice shown by a reading that finished as
    the app quit, whose D-Bus calls would be left behind half-opened)."""
    for _round in range(CANCEL_ROUNDS):
        tasks = list(_running)
        if not tasks:
            return
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task
    if _running:
        log.warning("%d tasks still running after %d rounds of cancelling", len(_running), CANCEL_ROUNDS)
