"""What the listening connectors share: walking search results newest first.

Search results and hashtag timelines come newest first. A listening stream
walks them from the top down to the newest post an earlier walk already
heard (its *mark*), or, the first time, down to the start of the window it
was asked for (7 days by default); a walk of several pages keeps its place
in the cursor, so a crash or the engine's page budget never loses a post
and never re-reads a finished walk. The cursor is JSON:
``{"mark": key, "page": next page's API cursor, "top": newest key seen}``,
where a key is whatever orders the platform's results (a status id, a time).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_inbox.errors import BadRecord
from desktop_inbox.records import Page, Post, Skipped
from desktop_inbox.words import Phrase

Order = Callable[[str], Any]  # a key -> something comparable
# One result: its key, when it was written (None: unknown), and the post to
# hear (None: a result that is not heard, e.g. a post addressed to us).
Found = tuple[str, datetime | None, Post | None]


@dataclass(slots=True)
class Walk:
    mark: str | None = None  # the newest key of the last finished walk
    page: str | None = None  # the API's cursor of the walk's next (older) page
    top: str | None = None  # the newest key seen by the walk under way

    @classmethod
    def load(cls, cursor: str | None) -> Walk:
        if not cursor:
            return cls()
        try:
            data = json.loads(cursor)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        values = [data.get(k) if isinstance(data.get(k), str) else None for k in ("mark", "page", "top")]
        return cls(*values)

    def dump(self) -> str:
        data = {"mark": self.mark, "page": self.page, "top": self.top}
        return json.dumps({k: v for k, v in data.items() if v is not None}, sort_keys=True, separators=(",", ":"))


def restart(walk: Walk) -> Page:
    """The page after the platform refused a walk's page cursor (expired):
    nothing, and the walk starts again from the top, down to its mark."""
    return Page([], Walk(mark=walk.mark).dump(), exhausted=False)


def step(
    walk: Walk,
    found: Sequence[Found],
    next_page: str | None,
    *,
    order: Order,
    since: datetime,
    skipped: list[Skipped] | None = None,
    note: str | Phrase = "",
    inclusive: bool = False,
) -> Page:
    """The page for one answer of the platform: ``found`` holds every
    result, newest first; ``next_page`` is the API's cursor of the next
    (older) page, None at the end. ``inclusive``: keys may be shared (times),
    so results at the mark itself are heard again (the store keeps each
    post once) and only an older one ends the walk."""
    keys = [key for key, _, _ in found]
    tops = [k for k in (walk.top, *keys) if k]
    top = max(tops, key=order) if tops else None
    mark = walk.mark

    def newer(key: str) -> bool:
        return mark is None or order(key) > order(mark) or (inclusive and order(key) == order(mark))

    posts = [post for key, _, post in found if post is not None and newer(key) and post.created_at >= since]
    reached = (
        not found
        or next_page is None
        or any(not newer(k) for k in keys)
        or any(at is not None and at < since for _, at, _ in found)
    )
    if reached:
        return Page(posts, Walk(mark=top or mark).dump(), exhausted=True, skipped=skipped or [], note=note)
    return Page(posts, Walk(mark=mark, page=next_page, top=top).dump(), exhausted=False, skipped=skipped or [], note=note)


def collect(
    items: Sequence[Any], *, key: Callable[[Mapping[str, Any]], object], hear: Callable[[Mapping[str, Any]], Post | None]
) -> tuple[list[Found], list[Skipped]]:
    """Every result as ``Found`` (``key`` gives its key, ``hear`` its heard
    post or None); a result without a key or that cannot be read is skipped."""
    found: list[Found] = []
    skipped: list[Skipped] = []
    for item in items:
        item_key = key(item) if isinstance(item, Mapping) else None
        if not isinstance(item_key, (str, int)) or isinstance(item_key, bool) or not str(item_key):
            skipped.append(Skipped("a search result is not an object with a key"))
            continue
        try:
            post = hear(item)
        except BadRecord as exc:
            skipped.append(Skipped(str(exc), exc.remote_id))
            continue
        found.append((str(item_key), post.created_at if post else None, post))
    return found, skipped
