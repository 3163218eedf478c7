"""Bluesky listening: ``app.bsky.feed.searchPosts`` (mixed into the connector).

One search per term, through the user's PDS (Bluesky's AppView no longer
answers anonymous searches): ``q`` (a word, a quoted phrase, or ``#tag``),
``sort=latest``, ``since`` (the window's start, then the newest post
heard), ``lang``, paged with its ``cursor``. Results are ordered by the
server's time (``indexedAt``), which posts may share: a walk hears again the
posts at its mark (the store keeps each once). A post's declared languages
(``record.langs``) are checked too, since a server may ignore ``lang``.
Posts that mention us, answer or quote one of ours come as notifications:
they are left out here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop_inbox.connectors.base import ListeningUnavailable, ListenStream
from desktop_inbox.connectors.bluesky.views import time_key
from desktop_inbox.connectors.listening import Walk, collect, restart, step
from desktop_inbox.errors import BadRecord, MalformedResponse, Rejected
from desktop_inbox.records import Direction, ListeningTerm, Page, Person, Post, TermKind
from desktop_inbox.text.listening import stream_name
from desktop_inbox.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_inbox.connectors.bluesky.xrpc import Xrpc

PAGE = 50  # searchPosts allows 1-100


def _query(term: ListeningTerm) -> str:
    if term.kind == TermKind.HASHTAG:
        return f"#{term.text}"
    return f'"{term.text}"' if term.kind == TermKind.PHRASE else term.text


def _order(key: str) -> datetime:
    return time_key(key)


class BlueskyListening:
    xrpc: Xrpc
    me: Person | None
    clock: Callable[[], datetime]

    def _from_view(self, view: Any, *, customer: Person | None = None) -> Post | None:
        raise NotImplementedError

    def listen_streams(self, terms: Sequence[ListeningTerm]) -> list[ListenStream]:
        return [ListenStream(stream_name([t.id]), (t,)) for t in terms]

    def may_listen(self, stream: ListenStream) -> bool:
        return self.xrpc.rate.leaves_room(self.clock())

    async def listen(self, stream: ListenStream, cursor: str | None, *, since: datetime) -> Page:
        [term] = stream.terms
        walk = Walk.load(cursor)
        start = walk.mark or since.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        params: dict[str, Any] = {"q": _query(term), "sort": "latest", "since": start, "limit": PAGE}
        if term.lang:
            params["lang"] = term.lang
        if walk.page:
            params["cursor"] = walk.page
        try:
            data = await self.xrpc.query("app.bsky.feed.searchPosts", params)
        except Rejected as exc:
            if walk.page:
                return restart(walk)  # a cursor the search no longer takes
            raise ListeningUnavailable(
                QT_TRANSLATE_NOOP("Errors", "Not heard: Bluesky's search refused {term} ({why})."), term=term.label, why=exc.phrase
            ) from None
        views = data.get("posts")
        if not isinstance(views, list):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Bluesky sent search results without a list of posts."))
        found, skipped = collect(
            views, key=lambda view: view.get("indexedAt"), hear=lambda view: self._heard(view, term)
        )
        next_cursor = data.get("cursor")
        next_page = next_cursor if isinstance(next_cursor, str) and next_cursor and views else None
        return step(walk, found, next_page, order=_order, since=since, skipped=skipped, inclusive=True)

    def _heard(self, view: Mapping[str, Any], term: ListeningTerm) -> Post | None:
        """The view as a heard post; None when it is not one to hear."""
        assert self.me is not None
        record = view.get("record")
        if not isinstance(record, Mapping):
            raise BadRecord(
                QT_TRANSLATE_NOOP("Errors", "a search result has no record"), remote_id=str(view.get("uri"))
            )
        if _addresses(record, self.me.key):
            return None
        langs = record.get("langs")
        declared = {str(lang).split("-")[0].lower() for lang in langs} if isinstance(langs, list) else set()
        if term.lang and declared and term.lang not in declared:
            return None
        post = self._from_view(view)
        return post if post is not None and post.direction == Direction.IN else None


def _addresses(record: Mapping[str, Any], did: str) -> bool:
    """Whether the post mentions ``did``, answers or quotes one of its posts."""
    ours = f"at://{did}/"
    for facet in record.get("facets") or []:
        for feature in facet.get("features") or [] if isinstance(facet, Mapping) else []:
            if isinstance(feature, Mapping) and feature.get("did") == did:
                return True
    reply = record.get("reply")
    parent = reply.get("parent") if isinstance(reply, Mapping) else None
    if isinstance(parent, Mapping) and str(parent.get("uri", "")).startswith(ours):
        return True
    embed = record.get("embed")
    quoted = embed.get("record") if isinstance(embed, Mapping) else None
    if isinstance(quoted, Mapping) and isinstance(quoted.get("record"), Mapping):
        quoted = quoted["record"]  # recordWithMedia
    return isinstance(quoted, Mapping) and str(quoted.get("uri", "")).startswith(ours)
