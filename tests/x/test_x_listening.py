"""Listening on X: ``GET /2/tweets/search/recent`` against the local X server.

Every request and answer is checked against X's OpenAPI description (the
``xworld`` fixture fails a test on any violation), the search endpoint
included (``tests/servers/x_api_subset.yaml``, proved faithful to X's file).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desktop_inbox.connectors.base import ListeningUnavailable, ListenStream
from desktop_inbox.connectors.x.connector import XConnector
from desktop_inbox.records import ListeningTerm, Page, TermKind
from tests.helpers.x import XWorld
from tests.servers.x import problem
from tests.x.test_x_cli import add_account


def _stream(kind: TermKind, text: str, lang: str = "", term_id: int = 1) -> ListenStream:
    return ListenStream(f"listen:{term_id}", (ListeningTerm(term_id, 1, kind, text, lang),))


async def _walk(connector: XConnector, stream: ListenStream, cursor: str | None = None) -> tuple[list[Any], str | None, int]:
    """Every page of one walk: (posts, the cursor it ends with, pages)."""
    since = datetime.now(UTC) - timedelta(days=7)
    posts: list[Any] = []
    pages = 0
    while True:
        page: Page = await connector.listen(stream, cursor, since=since)
        posts += page.posts
        pages += 1
        cursor = page.cursor
        if page.exhausted:
            return posts, cursor, pages


async def test_search_hears_words_phrases_and_hashtags_but_not_mentions_or_our_own(
    xworld: XWorld, connector: XConnector
) -> None:
    s = xworld.server
    tagged = s.post(xworld.anna, "My #HappyShoes broke 😢")
    phrase = s.post(xworld.bob, "The happy shoes store was closed today")
    s.post(xworld.carol, "@shop are #HappyShoes waterproof?")  # a mention: the inbox's
    s.post(xworld.shop, "New #HappyShoes in stock!")  # our own
    s.post(xworld.carol, "#HappyShoes tienen descuento", lang="es")

    tags, _, _ = await _walk(connector, _stream(TermKind.HASHTAG, "HappyShoes", lang="en"))
    assert [p.remote_id for p in tags] == [tagged.id]
    assert tags[0].author.handle == "@anna" and tags[0].thread_root == tagged.id
    words, _, _ = await _walk(connector, _stream(TermKind.PHRASE, "happy shoes"))
    assert [p.remote_id for p in words] == [phrase.id]
    any_lang, _, _ = await _walk(connector, _stream(TermKind.HASHTAG, "happyshoes"))
    assert len(any_lang) == 2  # the Spanish one too, without a language
    [request] = [q for q in s.searches if "lang:en" in q]
    assert request.startswith("#HappyShoes -is:retweet -from:shop")


async def test_a_walk_pages_down_once_and_then_hears_only_what_is_new(xworld: XWorld, connector: XConnector) -> None:
    s = xworld.server
    s.page_cap = 3  # X may answer fewer than max_results: only next_token says there is more
    old = [s.post(xworld.anna, f"zappy sandals, take {n}") for n in range(7)]
    stream = _stream(TermKind.WORD, "zappy")
    first, cursor, pages = await _walk(connector, stream)
    assert sorted(p.remote_id for p in first) == sorted(t.id for t in old) and pages == 3
    again, cursor, _ = await _walk(connector, stream, cursor)
    assert again == []
    new = s.post(xworld.bob, "zappy again")
    later, _, _ = await _walk(connector, stream, cursor)
    assert [p.remote_id for p in later] == [new.id]
    assert json.loads(cursor or "{}")["mark"] == max((t.id for t in old), key=lambda i: (len(i), i))


async def test_the_window_reaches_back_seven_days_at_most(xworld: XWorld, connector: XConnector) -> None:
    s = xworld.server
    s.post(xworld.anna, "zappy long ago", created_at=datetime.now(UTC) - timedelta(days=9))
    recent = s.post(xworld.anna, "zappy yesterday", created_at=datetime.now(UTC) - timedelta(days=1))
    page = await connector.listen(_stream(TermKind.WORD, "zappy"), None, since=datetime.now(UTC) - timedelta(days=30))
    assert [p.remote_id for p in page.posts] == [recent.id]  # and X did not refuse start_time


async def test_refusals_become_plain_words_with_what_they_need(xworld: XWorld, connector: XConnector) -> None:
    s = xworld.server
    s.search_access = False
    with pytest.raises(ListeningUnavailable) as refused:
        await connector.listen(_stream(TermKind.WORD, "zappy"), None, since=datetime.now(UTC) - timedelta(days=1))
    assert "Project" in str(refused.value) and "search" in str(refused.value) and "credits" in str(refused.value)

    s.search_access = True
    s.answer_next(
        "GET",
        r"/2/tweets/search/recent",
        problem(429, "UsageCapExceeded", "Usage cap exceeded: Monthly product cap", "usage-capped", period="Monthly", scope="Product"),
    )
    with pytest.raises(ListeningUnavailable) as capped:
        await connector.listen(_stream(TermKind.WORD, "zappy"), None, since=datetime.now(UTC) - timedelta(days=1))
    assert "usage cap" in str(capped.value).lower() and capped.value.retry_at is not None


def test_heard_on_x_through_the_command_line_and_the_refused_reply_says_why(cli: Any, xworld: XWorld) -> None:
    s = xworld.server
    heard = s.post(xworld.anna, "Zappy sandals broke on day two")
    add_account(cli, xworld)
    assert cli("listening", "add", "zappy").code == 0
    synced = cli("sync", "--once")
    assert synced.code == 0 and "1 post(s) heard" in synced.out, synced
    [conv] = json.loads(cli("conversations", "--heard", "--json").out)
    assert conv["snippet"] == heard.text and conv["state"] == "heard"

    assert cli("reply", str(conv["id"]), "--text", "So sorry Anna, a new pair is on its way").code == 0
    assert cli("sync", "--once").code == 0
    # Self-serve X refuses replies to posts that do not mention the replier: said plainly, sent nowhere.
    assert s.replies_by(xworld.shop) == []
    [item] = json.loads(cli("outbox", "--json").out)
    assert item["state"] == "failed" and "mentioned" in item["error"]

    s.search_access = False
    refused = cli("sync", "--once")
    assert refused.code == 0, refused  # the inbox syncs on
    [term] = json.loads(cli("listening", "list", "--json").out)
    assert term["note"].startswith("Not heard:") and "Project" in term["note"]


async def test_an_expired_page_token_starts_the_walk_again_from_the_top(xworld: XWorld, connector: XConnector) -> None:
    s = xworld.server
    s.page_cap = 2
    posts = [s.post(xworld.anna, f"zappy {n}") for n in range(3)]
    stream = _stream(TermKind.WORD, "zappy")
    first = await connector.listen(stream, None, since=datetime.now(UTC) - timedelta(days=1))
    assert not first.exhausted and len(first.posts) == 2
    stale = json.dumps({**json.loads(first.cursor or "{}"), "page": "zz-not-a-token"})
    restarted = await connector.listen(stream, stale, since=datetime.now(UTC) - timedelta(days=1))
    assert restarted.posts == [] and not restarted.exhausted and "page" not in json.loads(restarted.cursor or "{}")
    rest, _, _ = await _walk(connector, stream, restarted.cursor)
    assert sorted(p.remote_id for p in rest) == sorted(t.id for t in posts)
