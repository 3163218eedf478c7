"""Mastodon listening: hashtag timelines and, where the server has it,
full-text search (mixed into ``MastodonConnector``).

* #hashtags: ``GET /api/v1/timelines/tag/:hashtag``, five tags per request
  (the path's and four ``any[]``: Mastodon's ``TagFeed::LIMIT_PER_MODE``),
  paged through the Link header with ``max_id``, ``since_id`` holding the
  newest post already heard. It shows what this server knows: its own
  posts and those federated to it. No language parameter exists: a term's
  language is compared with each status's ``language``.
* words and phrases: ``GET /api/v2/search?type=statuses`` (paged by
  ``max_id``; no Link header). Statuses are found only where the server runs
  Elasticsearch/OpenSearch, and then only public posts whose authors opted
  in to search (``indexable``); elsewhere the answer is an empty list, the
  same as "nothing found". So an empty first answer is checked once: a
  search for a word of the account's own latest post (always found where
  search works). Where it does not, the terms say so instead of pretending
  to listen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from desktop_inbox.connectors.base import ListeningUnavailable, ListenStream
from desktop_inbox.connectors.http import Api, parse_link_header
from desktop_inbox.connectors.listening import Found, Walk, collect, step
from desktop_inbox.errors import MalformedResponse, Rejected
from desktop_inbox.records import Direction, ListeningTerm, Page, Person, Post, Skipped, TermKind
from desktop_inbox.text import html as html_text
from desktop_inbox.text.listening import stream_name
from desktop_inbox.words import QT_TRANSLATE_NOOP, STATUS, Phrase

TAGS_PER_REQUEST = 5  # the hashtag in the path and four any[]
PAGE = 40  # the most Mastodon gives for both endpoints
PROBE_AGAIN = timedelta(hours=6)
_WORD = re.compile(r"[^\W\d_]{4,}")


def _id_order(remote_id: str) -> tuple[int, str]:
    return (len(remote_id), remote_id)


class MastodonListening:
    api: Api
    me: Person | None
    host: str
    clock: Callable[[], datetime]
    _full_text: tuple[bool | None, datetime] | None = None  # (found, checked at)

    def parse_status(self, status: Any, *, customer: Person | None = None) -> Post | None:
        raise NotImplementedError

    def listen_streams(self, terms: Sequence[ListeningTerm]) -> list[ListenStream]:
        tags = [t for t in terms if t.kind == TermKind.HASHTAG]
        groups = [tags[i : i + TAGS_PER_REQUEST] for i in range(0, len(tags), TAGS_PER_REQUEST)]
        streams = [ListenStream(stream_name([t.id for t in group], "tags"), tuple(group)) for group in groups]
        return streams + [ListenStream(stream_name([t.id]), (t,)) for t in terms if t.kind != TermKind.HASHTAG]

    def may_listen(self, stream: ListenStream) -> bool:
        return self.api.rate.leaves_room(self.clock())

    async def listen(self, stream: ListenStream, cursor: str | None, *, since: datetime) -> Page:
        walk = Walk.load(cursor)
        if stream.terms[0].kind == TermKind.HASHTAG:
            return await self._listen_tags(stream.terms, walk, since)
        return await self._listen_search(stream.terms[0], walk, since)

    # -- hashtags ----------------------------------------------------------------

    async def _listen_tags(self, terms: Sequence[ListeningTerm], walk: Walk, since: datetime) -> Page:
        tags = [t.text for t in terms]
        params = [("limit", str(PAGE)), *(("any[]", tag) for tag in tags[1:])]
        if walk.page:
            params.append(("max_id", walk.page))
        if walk.mark:
            params.append(("since_id", walk.mark))
        try:
            response = await self.api.request("GET", f"/api/v1/timelines/tag/{quote(tags[0], safe='')}", params=params)
        except Rejected as exc:
            raise ListeningUnavailable(
                QT_TRANSLATE_NOOP("Errors", "Not heard: {host} does not let this account read its hashtag timelines ({why})."),
                host=self.host,
                why=exc.phrase,
            ) from None
        items = self.api.decode(response)
        if not isinstance(items, list):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Mastodon sent a hashtag timeline that is not a list."))
        found, skipped = self._found(items, terms)
        next_url = parse_link_header(response.headers.get("Link")).get("next")
        next_page = None
        if next_url and items:
            next_page = next(iter(parse_qs(urlsplit(next_url).query).get("max_id", [])), None)
        return step(walk, found, next_page, order=_id_order, since=since, skipped=skipped)

    # -- words and phrases ---------------------------------------------------------

    async def _listen_search(self, term: ListeningTerm, walk: Walk, since: datetime) -> Page:
        query = f'"{term.text}"' if term.kind == TermKind.PHRASE else term.text
        params = {"q": query, "type": "statuses", "limit": str(PAGE), "resolve": "false"}
        if walk.page:
            params["max_id"] = walk.page
        data = await self.api.get_json("/api/v2/search", params=params)
        items = data.get("statuses") if isinstance(data, Mapping) else None
        if not isinstance(items, list):
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Mastodon sent search results without a list of statuses.")
            )
        note = ""
        if items or await self._full_text_search():
            note = QT_TRANSLATE_NOOP(
                "Status",
                "Mastodon finds words only in public posts whose authors opted in to search; {host} "
                "searches its own and federated posts.",
            )
        elif self._full_text is not None and self._full_text[0] is None:
            note = QT_TRANSLATE_NOOP(
                "Status",
                "Nothing found yet. {host} may offer no full-text search of posts (most Mastodon servers "
                "don't), and where it does, only posts whose authors opted in are found. #hashtags are heard "
                "everywhere.",
            )
        found, skipped = self._found(items, [term])
        ids = [key for key, _, _ in found]
        next_page = min(ids, key=_id_order) if ids else None
        said = Phrase(STATUS, note, {"host": self.host})
        return step(walk, found, next_page, order=_id_order, since=since, skipped=skipped, note=said)

    async def _full_text_search(self) -> bool:
        """Whether the server finds statuses by their words: a word of our
        own latest post must be found (Mastodon always searches one's own
        posts where search works). Raises ListeningUnavailable when it is not."""
        assert self.me is not None
        now = self.clock()
        if self._full_text is None or now - self._full_text[1] > PROBE_AGAIN:
            self._full_text = (await self._probe(), now)
        if self._full_text[0] is False:
            raise ListeningUnavailable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Not heard: {host} offers no full-text search of posts, so words and phrases cannot be heard "
                    "there (most Mastodon servers don't). Listen for #hashtags instead.",
                ),
                retry_at=now + PROBE_AGAIN,
                host=self.host,
            )
        return bool(self._full_text[0])

    async def _probe(self) -> bool | None:
        """True/False as found; None when this account has no post to try."""
        assert self.me is not None
        own = await self.api.get_json(
            f"/api/v1/accounts/{self.me.remote_id}/statuses", params={"limit": "5", "exclude_reblogs": "true"}
        )
        words = [
            w for status in own if isinstance(status, Mapping) and isinstance(status.get("content"), str)
            for w in _WORD.findall(html_text.to_text(status["content"]))
        ] if isinstance(own, list) else []  # fmt: skip
        if not words:
            return None
        found = await self.api.get_json(
            "/api/v2/search",
            params={"q": max(words, key=len), "type": "statuses", "account_id": self.me.remote_id, "limit": "1"},
        )
        return bool(isinstance(found, Mapping) and found.get("statuses"))

    # -- statuses ------------------------------------------------------------------

    def _found(self, items: list[Any], terms: Sequence[ListeningTerm]) -> tuple[list[Found], list[Skipped]]:
        return collect(items, key=lambda status: status.get("id"), hear=lambda status: self._heard(status, terms))

    def _heard(self, status: Mapping[str, Any], terms: Sequence[ListeningTerm]) -> Post | None:
        """The status as a heard post; None when it is not one to hear."""
        assert self.me is not None
        if status.get("reblog") or status.get("visibility") not in ("public", "unlisted"):
            return None
        me = self.me
        if str(status.get("in_reply_to_account_id")) == me.remote_id:
            return None  # a reply to us: the inbox's
        for mention in status.get("mentions") or []:
            if isinstance(mention, Mapping) and (
                str(mention.get("id")) == me.remote_id or mention.get("url") == me.key
            ):
                return None  # it mentions us: a mention, not a heard post
        post = self.parse_status(status)
        if post is None or post.direction != Direction.IN:
            return None
        language = status.get("language")
        if isinstance(language, str) and language and not _language_fits(status, terms, language):
            return None
        return post


def _language_fits(status: Mapping[str, Any], terms: Sequence[ListeningTerm], language: str) -> bool:
    """Whether one of the terms that found the status wants its language."""
    tags = {str(t.get("name", "")).casefold() for t in status.get("tags") or [] if isinstance(t, Mapping)}
    matching = [t for t in terms if t.kind != TermKind.HASHTAG or t.text.casefold() in tags] or list(terms)
    return any(not t.lang or t.lang == language.split("-")[0].lower() for t in matching)
