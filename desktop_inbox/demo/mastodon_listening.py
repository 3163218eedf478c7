"""The local Mastodon server's listening endpoints (mixed into ``MastodonServer``).

* ``GET /api/v1/timelines/tag/:hashtag`` with ``any[]``, ``all[]``,
  ``none[]`` (at most four each, as Mastodon's ``TagFeed``), ``local``,
  ``max_id``/``since_id``/``min_id`` and ``limit`` (20, at most 40); public
  statuses only, newest first, paged through the Link header.
* ``GET /api/v2/search`` with ``type=statuses``: where ``full_text_search``
  is on (a server with Elasticsearch), statuses the viewer may find —
  public ones of authors who opted in (``indexable``), their own, those
  that mention them — whose text holds every word (or the quoted phrase),
  newest first, paged by ``max_id``/``min_id`` (no Link header; ``offset``
  needs a token and ``type``). Without full-text search, or without a
  token, ``statuses`` is empty, as Mastodon answers.
"""

from __future__ import annotations

import re
import shlex
from typing import Any

from desktop_inbox.demo.httpbase import Request, Response
from desktop_inbox.demo.mastodon_model import Account, Status, id_order

TAGS_PER_MODE = 4  # Mastodon's TagFeed::LIMIT_PER_MODE


class ListeningRoutes:
    accounts: dict[str, Account]
    statuses: dict[str, Status]
    tokens: dict[str, str]
    # Whether the server runs Elasticsearch/OpenSearch (most do not).
    full_text_search: bool = False

    def _limit(self, request: Request, default: int, maximum: int) -> int:
        raise NotImplementedError

    def _page(self, request: Request, items: list[Any], key: Any, limit: int, path: str) -> tuple[list[Any], dict[str, str]]:
        raise NotImplementedError

    def status_json(self, status: Status) -> dict[str, Any]:
        raise NotImplementedError

    def account_json(self, account: Account) -> dict[str, Any]:
        raise NotImplementedError

    def h_tag_timeline(self, request: Request) -> Response:
        assert request.match is not None
        wanted = {request.match["hashtag"].lower()}
        modes = {mode: [t.lower() for t in request.args(mode)] for mode in ("any", "all", "none")}
        if any(len(tags) > TAGS_PER_MODE for tags in modes.values()):
            return Response(422, {"error": f"Validation failed: at most {TAGS_PER_MODE} tags per mode"})
        wanted |= set(modes["any"])
        local = (request.arg("local") or "").lower() == "true"

        def shown(status: Status) -> bool:
            tags = set(status.tags)
            return (
                status.visibility == "public"
                and bool(tags & wanted)
                and set(modes["all"]) <= tags
                and not tags & set(modes["none"])
                and not (local and self.accounts[status.account_id].domain)
            )

        items = sorted((s for s in self.statuses.values() if shown(s)), key=lambda s: id_order(s.id))
        limit = self._limit(request, 20, 40)
        page, headers = self._page(request, items, lambda s: s.id, limit, request.path)
        return Response(200, [self.status_json(s) for s in page], headers=headers)

    def h_search(self, request: Request) -> Response:
        query = (request.arg("q") or "").strip()
        kind = request.arg("type")
        viewer_id = self.tokens.get(request.bearer or "")
        if request.bearer and viewer_id is None:
            return Response(401, {"error": "The access token is invalid"})
        if not query:
            return Response(400, {"error": "Missing search query"})
        if viewer_id is None and (request.arg("offset") or request.arg("resolve") == "true"):
            return Response(401, {"error": "Search queries with offset or resolve require a user token"})
        statuses: list[Status] = []
        if kind in (None, "statuses") and self.full_text_search and viewer_id is not None:
            statuses = self._found(query, viewer_id, request.arg("account_id"))
        limit = self._limit(request, 20, 40)
        max_id, min_id = request.arg("max_id"), request.arg("min_id")
        if max_id:
            statuses = [s for s in statuses if id_order(s.id) < id_order(max_id)]
        if min_id:
            statuses = [s for s in statuses if id_order(s.id) > id_order(min_id)]
        offset = int(request.arg("offset") or 0) if kind else 0
        page = statuses[offset : offset + limit]
        accounts = []
        if kind in (None, "accounts"):
            accounts = [self.account_json(a) for a in self.accounts.values() if query.lstrip("@").lower() in a.username.lower()]
        return Response(200, {"accounts": accounts[:limit], "statuses": [self.status_json(s) for s in page], "hashtags": []})

    def _found(self, query: str, viewer_id: str, author_id: str | None) -> list[Status]:
        """Statuses a signed-in viewer finds by their words, newest first."""
        try:
            parts = shlex.split(query)
        except ValueError:
            parts = query.replace('"', " ").split()
        needles = [p.casefold() for p in parts if p]

        def findable(status: Status) -> bool:
            author = self.accounts[status.account_id]
            if author_id and status.account_id != author_id:
                return False
            mine = status.account_id == viewer_id or viewer_id in status.mentions
            return mine or (status.visibility == "public" and author.indexable)

        def matches(status: Status) -> bool:
            text = status.text.casefold()
            return all(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in needles)

        found = [s for s in self.statuses.values() if findable(s) and matches(s)]
        return sorted(found, key=lambda s: id_order(s.id), reverse=True)
