"""The X connector against the local X API server, in process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from desktop_inbox.connectors.x import text as xtext
from desktop_inbox.connectors.x.api import AccessDenied, Budget, UsageCapped, endpoint_key
from desktop_inbox.connectors.x.connector import DIRECT_MESSAGES, DM_HISTORY, MENTION_HISTORY, MENTIONS, XConnector
from desktop_inbox.errors import Rejected
from desktop_inbox.records import Direction, Kind, OutgoingReply
from tests.helpers.x import CLIENT_ID, XWorld
from tests.servers.x import Response, problem


async def drain(c: XConnector, stream: str) -> list:
    posts, cursor, pages = [], None, []
    for _ in range(30):
        page = await c.fetch(stream, cursor, since=None)
        posts += page.posts
        pages.append(page)
        if page.exhausted or page.cursor == cursor:
            break
        cursor = page.cursor
    return posts, pages


def reply(post, text: str, kind: Kind = Kind.PUBLIC) -> OutgoingReply:
    return OutgoingReply(
        key="k",
        text=text,
        kind=kind,
        visibility="direct" if kind == Kind.DIRECT else "public",
        in_reply_to=post.remote_id if kind == Kind.PUBLIC else None,
        customer=post.customer,
        queued_at=datetime.now(UTC) - timedelta(seconds=5),
        extra=dict(post.extra),
    )


@pytest.mark.parametrize("xworld", ["default", "subset"], indirect=True)
async def test_every_request_the_connector_makes_is_valid_against_the_spec(
    xworld: XWorld, connector: XConnector
) -> None:
    s = xworld.server
    root = s.post(xworld.anna, "Loving my new shoes")
    ours = s.post(xworld.shop, "@anna thank you!", in_reply_to=root)
    answer = s.post(xworld.anna, "@shop they squeak though", in_reply_to=ours)
    s.send_dm(xworld.shop, xworld.carol, "Hi Carol, your parcel left today")  # ours: Carol is not in the includes
    s.send_dm(xworld.bob, xworld.shop, "thanks!")

    mentions, _ = await drain(connector, MENTIONS)
    history, _ = await drain(connector, MENTION_HISTORY)
    dms, _ = await drain(connector, DIRECT_MESSAGES)
    older_dms, _ = await drain(connector, DM_HISTORY)
    mention = next(p for p in mentions if p.remote_id == answer.id)
    thread = await connector.fetch_thread(mention)
    sent = await connector.send(reply(mention, "Sorry to hear, Anna!"))
    found = await connector.find_sent(reply(mention, "Sorry to hear, Anna!"))
    dm = next(p for p in dms if p.direction == Direction.IN)
    sent_dm = await connector.send(reply(dm, "Glad it arrived", Kind.DIRECT))
    found_dm = await connector.find_sent(reply(dm, "Glad it arrived", Kind.DIRECT))
    s.expire_access_tokens()
    await connector.verify()  # 401, refresh, retry

    assert {p.remote_id for p in mentions} == {answer.id, ours.id}  # the parent we wrote comes along
    assert {p.remote_id for p in history} >= {answer.id}
    assert {p.text for p in dms} == {"Hi Carol, your parcel left today", "thanks!"}
    assert {p.customer.handle for p in dms} == {"@bob", "@carol"} and older_dms
    assert [p.remote_id for p in thread] == [answer.id, ours.id, root.id]
    assert found is not None and found.remote_id == sent.remote_id
    assert found_dm is not None and found_dm.remote_id == sent_dm.remote_id
    assert connector.tokens.refreshes == 1 and len(connector.saved) == 1  # type: ignore[attr-defined]
    hit = {endpoint_key(m, p) for m, p in s.requests}
    assert hit >= {
        "POST /2/oauth2/token",
        "GET /2/users/me",
        "GET /2/users/:id/mentions",
        "GET /2/dm_events",
        "GET /2/users",
        "GET /2/tweets",
        "POST /2/tweets",
        "GET /2/users/:id/tweets",
        "POST /2/dm_conversations/with/:id/messages",
        "GET /2/dm_conversations/with/:id/dm_events",
    }
    assert s.violations == []


async def test_the_spec_check_is_live(xworld: XWorld) -> None:
    # A request X would refuse is refused and reported (the negative control).
    token = xworld.server.issue_tokens(xworld.shop, CLIENT_ID)["access_token"]
    async with httpx.AsyncClient(base_url=xworld.url) as client:
        bad = await client.get(
            f"/2/users/{xworld.shop.id}/mentions",
            params={"tweet.fields": "created_at,favourites"},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert bad.status_code == 400 and bad.json()["type"].endswith("/problems/invalid-request")
    assert len(xworld.server.violations) == 1 and "favourites" in xworld.server.violations[0]
    # A response that breaks the spec is reported too.
    found = xworld.server.validator.response(
        "GET",
        "/2/users/me",
        {},
        {"authorization": "Bearer x"},
        b"",
        200,
        {"data": {"id": 12, "name": "x"}},
        "application/json",
    )
    assert found
    xworld.server.violations.clear()


def test_weighted_counting_follows_x() -> None:
    assert xtext.count("a" * 280).fits and not xtext.count("a" * 281).fits
    assert xtext.count("Καλημέρα").weighted == 8  # Greek weighs 1
    assert xtext.count("你好" * 70).weighted == 280 and not xtext.count("你好" * 70 + "!").fits
    assert xtext.count("😀").weighted == 2
    assert xtext.count("see https://example.com/a/very/long/path/that/goes/on?and=on").weighted == 4 + 23


async def test_problems_become_plain_words(xworld: XWorld, connector: XConnector) -> None:
    s = xworld.server
    s.answer_next(
        "GET",
        r"/2/users/\d+/mentions",
        problem(
            403,
            "Client Forbidden",
            "This request must be made using an approved developer account that is enrolled in the requested endpoint.",
            "client-forbidden",
            reason="client-not-enrolled",
            registration_url="https://developer.x.com/en/portal/product",
        ),
    )
    with pytest.raises(AccessDenied) as denied:
        await connector.fetch(MENTIONS, None, since=None)
    assert "Project" in str(denied.value) and "developer portal" in str(denied.value)

    legacy = {
        "errors": [
            {
                "code": 453,
                "message": "You currently have access to a subset of X API V2 endpoints and limited v1.1 endpoints only.",
            }
        ]
    }
    s.answer_next("GET", r"/2/users/\d+/mentions", Response(403, legacy), in_spec=False)
    with pytest.raises(AccessDenied):
        await connector.fetch(MENTIONS, None, since=None)

    s.answer_next(
        "GET",
        r"/2/users/\d+/mentions",
        problem(
            429,
            "UsageCapExceeded",
            "Usage cap exceeded: Monthly product cap",
            "usage-capped",
            period="Monthly",
            scope="Product",
        ),
    )
    with pytest.raises(UsageCapped) as capped:
        await connector.fetch(MENTIONS, None, since=None)
    assert capped.value.retry_at >= datetime.now(UTC) + timedelta(minutes=14)
    assert "usage cap" in str(capped.value).lower() and "credits" in str(capped.value)
    assert s.violations == []


async def test_partial_errors_keep_the_page(xworld: XWorld, connector: XConnector) -> None:
    s = xworld.server
    parent = s.post(xworld.anna, "a post that will be deleted")
    s.post(xworld.anna, "@shop see above", in_reply_to=parent)
    del s.tweets[parent.id]  # the expansion now yields an error next to the data
    posts, _ = await drain(connector, MENTIONS)
    assert [p.text for p in posts] == ["@shop see above"]
    thread = await connector.fetch_thread(posts[0])  # lookup answers 200 with only "errors"
    assert [p.remote_id for p in thread] == [posts[0].remote_id]


async def test_mention_history_stops_at_the_800_x_keeps(xworld: XWorld, connector: XConnector) -> None:
    start = datetime.now(UTC) - timedelta(days=3)
    for i in range(830):
        xworld.server.post(
            xworld.bob if i % 2 else xworld.anna, f"@shop number {i}", created_at=start + timedelta(minutes=i)
        )
    posts, pages = await drain(connector, MENTION_HISTORY)
    assert len(posts) == 800
    assert pages[-1].exhausted and pages[-1].history_limit_reached
    assert not any(p.history_limit_reached for p in pages[:-1])


async def test_a_late_indexed_mention_is_not_missed(xworld: XWorld, connector: XConnector) -> None:
    t = datetime.now(UTC) - timedelta(minutes=30)
    for i in range(8):
        xworld.server.post(xworld.anna, f"@shop message {i}", created_at=t + timedelta(minutes=i))
    first = await connector.fetch(MENTIONS, None, since=None)
    # X indexes one late: its id is older than the newest we have seen.
    late = xworld.server.post(xworld.bob, "@shop I was here all along", created_at=t + timedelta(minutes=6, seconds=30))
    second = await connector.fetch(MENTIONS, first.cursor, since=None)
    assert late.id in {p.remote_id for p in second.posts}


async def test_catching_up_many_new_mentions_pages_without_gaps(xworld: XWorld, connector: XConnector) -> None:
    xworld.server.post(xworld.anna, "@shop first")
    first = await connector.fetch(MENTIONS, None, since=None)
    for i in range(250):
        xworld.server.post(xworld.bob, f"@shop while you were away {i}")
    seen, cursor, pages = set(), first.cursor, 0
    while True:
        page = await connector.fetch(MENTIONS, cursor, since=None)
        pages += 1
        seen |= {p.remote_id for p in page.posts}
        cursor = page.cursor
        if page.exhausted:
            break
    assert pages == 3 and len(seen) == 250 + 1  # the overlap re-reads "first"
    quiet = await connector.fetch(MENTIONS, cursor, since=None)
    assert quiet.exhausted and len(quiet.posts) <= 5


async def test_a_duplicate_refusal_is_recognised_as_our_lost_post(xworld: XWorld, connector: XConnector) -> None:
    mention = xworld.server.post(xworld.anna, "@shop hello?")
    [post], _ = await drain(connector, MENTIONS)
    first = await connector.send(reply(post, "Hi Anna & welcome"))
    again = await connector.send(reply(post, "Hi Anna & welcome"))  # X: "duplicate content"
    assert again.remote_id == first.remote_id
    assert len(xworld.server.replies_by(xworld.shop)) == 1
    other = xworld.server.post(xworld.anna, "@shop and another thing")
    xworld.server.post(xworld.shop, "@anna Hi there", in_reply_to=other)  # written on x.com earlier
    with pytest.raises(Rejected, match="same text"):
        await connector.send(reply(post, "Hi there"))
    assert mention.id


def test_the_budget_waits_for_x_reset_or_our_own_count() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    budget = Budget(15)
    for i in range(15):
        budget.note_request(now + timedelta(seconds=i))
    assert budget.available(now + timedelta(seconds=20)) == 0
    assert budget.free_at(now + timedelta(seconds=20)) == now + timedelta(minutes=15)
    assert budget.free_at(now + timedelta(seconds=20), keep=5) == now + timedelta(minutes=15, seconds=5)
    budget.rate.limit, budget.rate.remaining, budget.rate.reset_at = 15, 3, now + timedelta(minutes=4)
    assert budget.available(now) == 3 and budget.free_at(now, keep=5) == now + timedelta(minutes=4)
    assert budget.available(now + timedelta(minutes=5)) == 15


async def test_dm_history_notes_x_30_days_only_when_it_ends_there(xworld: XWorld, connector: XConnector) -> None:
    s = xworld.server
    now = datetime.now(UTC)
    s.send_dm(xworld.anna, xworld.shop, "last week", created_at=now - timedelta(days=7))
    _, pages = await drain(connector, DM_HISTORY)
    assert pages[-1].exhausted and not pages[-1].history_limit_reached  # the account simply has no older DMs
    s.send_dm(xworld.bob, xworld.shop, "almost a month ago", created_at=now - timedelta(days=29, hours=12))
    s.send_dm(xworld.bob, xworld.shop, "gone: older than X keeps", created_at=now - timedelta(days=31))
    posts, pages = await drain(connector, DM_HISTORY)
    assert {p.text for p in posts} == {"last week", "almost a month ago"}
    assert pages[-1].history_limit_reached
