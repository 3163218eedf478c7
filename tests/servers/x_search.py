"""``GET /2/tweets/search/recent`` for the local X server (mixed into ``XServer``).

What X documents (``x-api/posts/search``): posts of the last 7 days only
(a ``start_time`` further back is refused), newest first, ``since_id`` /
``until_id`` / ``start_time`` / ``end_time``, ``max_results`` 10–100,
``next_token`` (or ``pagination_token``), 300 requests per 15 minutes per
user. The query language, as far as the connector uses it: bare words
(all required), ``"exact phrases"``, ``#hashtags``, ``from:``/``-from:``,
``lang:``, ``-is:retweet``, ``OR`` between terms. An app whose access does
not include search gets X's ``client-forbidden`` problem
(``search_access = False``).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from desktop_inbox.demo.httpbase import Request, Response

SEARCHABLE = timedelta(days=7)
PROBLEMS = "https://api.twitter.com/2/problems/"


def _words(text: str) -> list[str]:
    return re.findall(r"[#@]?\w+", text.casefold())


def _matches(term: str, text: str, author: str, lang: str) -> bool:
    low = term.casefold()
    if low.startswith(("from:", "-from:")):
        wanted = low.split(":", 1)[1].lstrip("@") == author.casefold()
        return not wanted if low.startswith("-") else wanted
    if low.startswith("lang:"):
        return lang == low[5:]
    if low in ("-is:retweet", "-is:reply", "-is:quote"):
        return True  # the local server has no reposts
    if " " in low:  # a phrase
        return re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text.casefold()) is not None
    return low in _words(text)


class SearchRoutes:
    users: dict[str, Any]
    tweets: dict[str, Any]
    clock: Callable[[], datetime]
    search_access = True  # False: the developer app's access does not include search
    searches: list[str]

    def _auth(self, request: Request, key: str) -> Any:
        raise NotImplementedError

    def _tweets_page(self, request: Request, items: list[Any], *, cap: int | None = None) -> Response:
        raise NotImplementedError

    def h_search_recent(self, request: Request) -> Response:
        from tests.servers.x import problem

        token = self._auth(request, "GET /2/tweets/search/recent")
        if isinstance(token, Response):
            return token
        if not self.search_access:
            return problem(
                403,
                "Client Forbidden",
                "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a "
                "Twitter developer App that is attached to a Project.",
                "client-forbidden",
                reason="client-not-enrolled",
                registration_url="https://developer.twitter.com/en/docs/projects/overview",
            )
        self.searches.append(request.arg("query") or "")
        now = self.clock()
        start = request.arg("start_time")
        if start and datetime.fromisoformat(start.replace("Z", "+00:00")) < now - SEARCHABLE:
            earliest = (now - SEARCHABLE).strftime("%Y-%m-%dT%H:%MZ")
            return problem(
                400, "Invalid Request", f"Invalid 'start_time':'{start}'. 'start_time' must be on or after {earliest}",
                "invalid-request",
            )  # fmt: skip
        if request.arg("next_token") and not request.arg("pagination_token"):
            request.query["pagination_token"] = request.query["next_token"]
        alternatives = [self._terms(part) for part in re.split(r"\s+OR\s+", request.arg("query") or "")]
        found = [
            t for t in self.tweets.values()
            if t.created_at >= now - SEARCHABLE
            and any(all(_matches(term, t.text, self.users[t.author_id].username, t.lang) for term in terms) for terms in alternatives)
        ]  # fmt: skip
        response = self._tweets_page(request, found)
        if isinstance(response.body, dict):
            response.body.get("meta", {}).pop("previous_token", None)  # search pages forward only
        return response

    @staticmethod
    def _terms(query: str) -> list[str]:
        try:
            return shlex.split(query)
        except ValueError:
            return query.replace('"', " ").split()
