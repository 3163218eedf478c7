"""The next page of a stream, asked for while this one is being stored.

A page is fetched, parsed and stored before the next is asked for; the
server works on the next one meanwhile only if we ask at once. Most of a
first sync is that wait (bench/, measurement 7: a plain client waiting on
the same pages takes a third of the time). The page asked for ahead is
used only if the stream still stands where it was asked from; otherwise
(an error, a cycle that ended) it is dropped. A stream whose platform
plans its budget (``next_poll``) is never asked ahead.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime

from desktop_inbox.connectors.base import Connector
from desktop_inbox.records import Page


class Prefetch:
    def __init__(self) -> None:
        self._ahead: dict[tuple[int, str], tuple[str | None, asyncio.Task[Page]]] = {}

    async def fetch(
        self, account_id: int, connector: Connector, stream: str, cursor: str | None, since: datetime | None
    ) -> Page:
        """The page after ``cursor``: the one asked for ahead, else now."""
        ahead = self._ahead.pop((account_id, stream), None)
        if ahead is not None:
            asked, task = ahead
            if asked == cursor:
                return await task
            _drop(task)
        return await connector.fetch(stream, cursor, since=since)

    def ask(
        self, account_id: int, connector: Connector, stream: str, cursor: str | None, since: datetime | None
    ) -> None:
        """Ask for the page after ``cursor`` now; ``fetch`` takes it."""
        if connector.next_poll(stream) is not None:
            return  # a planned budget: a page only when it is due
        self.drop(account_id, stream)
        task = asyncio.ensure_future(connector.fetch(stream, cursor, since=since))
        self._ahead[(account_id, stream)] = (cursor, task)

    def drop(self, account_id: int, stream: str | None = None) -> None:
        """Forget what was asked ahead for the account (or one stream of it)."""
        for key in [k for k in self._ahead if k[0] == account_id and stream in (None, k[1])]:
            _drop(self._ahead.pop(key)[1])


def _drop(task: asyncio.Task[Page]) -> None:
    task.cancel()
    if task.done() and not task.cancelled():
        with contextlib.suppress(BaseException):
            task.exception()  # (retrieved: no "never retrieved" warning)
