"""X listening: ``GET /2/tweets/search/recent`` (mixed into ``XConnector``).

One query per term: the term (a word, a ``"quoted phrase"``, a ``#tag``)
with ``-is:retweet``, ``-from:`` the account itself and ``lang:`` when the
term has a language (X's operators, ``x-api/posts/search``). Only the last
7 days are searchable: the first walk starts at ``start_time`` (at most 7
days back), later ones at ``since_id`` = the newest post heard, paging with
``next_token``. Search is a paid read and not every developer app may use
it: X's refusal (``client-forbidden``, the legacy code 453) and a reached
usage cap become a plain note with what it takes, on the terms, and the
account's inbox syncs on. Posts that mention us or answer us are mentions,
left out here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from desktop_inbox.connectors.base import ListeningUnavailable, ListenStream
from desktop_inbox.connectors.listening import Walk, collect, restart, step
from desktop_inbox.connectors.x.api import AccessDenied, UsageCapped, XApi
from desktop_inbox.connectors.x.parse import Includes, XReader, id_order, objects, x_time
from desktop_inbox.errors import Rejected
from desktop_inbox.records import Direction, ListeningTerm, Page, Person, Post, TermKind
from desktop_inbox.text.listening import stream_name
from desktop_inbox.words import QT_TRANSLATE_NOOP
from desktop_inbox.words import term as worded

SEARCH = "/2/tweets/search/recent"
SEARCHABLE = timedelta(days=7)
PAGE = "100"  # 10-100
HOW_TO_GET_SEARCH = QT_TRANSLATE_NOOP(
    "Errors",
    "Listening on X needs search (GET /2/tweets/search/recent): a developer app inside a Project, with "
    "pay-per-use credits or a Basic/Pro plan."
)


def query_for(term: ListeningTerm, me: Person) -> str:
    """X's query for ``term``: the term, no reposts, not our own posts."""
    if term.kind == TermKind.HASHTAG:
        base = f"#{term.text}"
    else:
        base = '"' + term.text.replace('"', "") + '"' if term.kind == TermKind.PHRASE else term.text
    query = f"{base} -is:retweet -from:{me.handle.lstrip('@')}"
    return f"{query} lang:{term.lang}" if term.lang else query


class XListening:
    api: XApi
    clock: Callable[[], datetime]

    async def call(self, method: str, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError

    @property
    def reader(self) -> XReader:
        raise NotImplementedError

    def listen_streams(self, terms: Sequence[ListeningTerm]) -> list[ListenStream]:
        return [ListenStream(stream_name([t.id]), (t,)) for t in terms]

    def may_listen(self, stream: ListenStream) -> bool:
        budget = self.api.budget("GET", SEARCH)
        return budget.rate.leaves_room(self.clock()) and budget.available(self.clock()) > budget.default_limit // 2

    async def listen(self, stream: ListenStream, cursor: str | None, *, since: datetime) -> Page:
        from desktop_inbox.connectors.x.connector import MEDIA_FIELDS, TWEET_FIELDS, USER_FIELDS  # (it mixes this in)

        [term] = stream.terms
        reader = self.reader
        walk = Walk.load(cursor)
        params = {
            "query": query_for(term, reader.me),
            "max_results": PAGE,
            "sort_order": "recency",
            "tweet.fields": TWEET_FIELDS,
            "expansions": "attachments.media_keys,author_id",
            "user.fields": USER_FIELDS,
            "media.fields": MEDIA_FIELDS,
        }
        if walk.mark:
            params["since_id"] = walk.mark
        else:
            earliest = self.clock() - SEARCHABLE + timedelta(minutes=1)
            params["start_time"] = x_time(max(since, earliest))
        if walk.page:
            params["next_token"] = walk.page
        try:
            body = await self.call("GET", SEARCH, params=params)
        except AccessDenied as exc:
            raise ListeningUnavailable(
                QT_TRANSLATE_NOOP("Errors", "Not heard: {why} {how}"), why=exc.phrase, how=worded(HOW_TO_GET_SEARCH)
            ) from None
        except UsageCapped as exc:
            raise ListeningUnavailable(
                QT_TRANSLATE_NOOP("Errors", "Not heard for now: {why}"), retry_at=exc.retry_at, why=exc.phrase
            ) from None
        except Rejected:
            if walk.page:
                return restart(walk)  # an expired next_token
            raise
        inc = Includes(body)
        found, skipped = collect(
            objects(body.get("data")), key=lambda tweet: tweet.get("id"), hear=lambda tweet: self._heard(reader, tweet, inc)
        )
        meta = body.get("meta") if isinstance(body.get("meta"), Mapping) else {}
        token = meta.get("next_token")
        next_page = token if isinstance(token, str) and token and found else None
        return step(walk, found, next_page, order=id_order, since=since, skipped=skipped)

    @staticmethod
    def _heard(reader: XReader, tweet: Mapping[str, Any], inc: Includes) -> Post | None:
        me = reader.me
        if tweet.get("in_reply_to_user_id") == me.remote_id:
            return None  # a reply to us: a mention
        entities = tweet.get("entities")
        mentions = entities.get("mentions") if isinstance(entities, Mapping) else None
        for mention in mentions if isinstance(mentions, list) else []:
            if isinstance(mention, Mapping) and (
                mention.get("id") == me.remote_id or str(mention.get("username", "")).lower() == me.handle[1:].lower()
            ):
                return None
        post = reader.parse_tweet(tweet, inc)
        return post if post is not None and post.direction == Direction.IN else None
