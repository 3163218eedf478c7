"""Parsing Mastodon's JSON: normal, odd and hostile records."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from desktop_inbox.connectors.mastodon.connector import MastodonConnector, _notifications, with_mention
from desktop_inbox.connectors.values import load_json
from desktop_inbox.errors import BadRecord, MalformedResponse
from desktop_inbox.records import Direction, Kind, Person, Platform
from desktop_inbox.text import html

ME = Person(Platform.MASTODON, "https://shop.example/users/shop", "1", "@shop@shop.example")


def connector() -> MastodonConnector:
    return MastodonConnector(base_url="https://shop.example", token="t0ken-value", me=ME)


def account(id_: str, acct: str, name: str = "") -> dict[str, Any]:
    host = acct.split("@")[1] if "@" in acct else "shop.example"
    user = acct.split("@")[0]
    return {"id": id_, "acct": acct, "display_name": name, "url": f"https://{host}/@{user}", "uri": f"https://{host}/users/{user}"}


def status(**kw: Any) -> dict[str, Any]:
    base = {
        "id": "100",
        "created_at": "2026-01-02T03:04:05.678Z",
        "account": account("7", "anna@m.example", "Anna"),
        "content": '<p><span class="h-card"><a href="https://shop.example/@shop" class="u-url mention">@<span>shop</span></a></span> hi <a href="https://example.com/order/1"><span class="invisible">https://</span><span class="ellipsis">example.com/order/</span><span class="invisible">1</span></a></p>',
        "visibility": "public",
        "mentions": [{"id": "1", "acct": "shop", "url": "https://shop.example/@shop", "username": "shop"}],
        "in_reply_to_id": None,
        "media_attachments": [],
    }
    base.update(kw)
    return base


def test_incoming_status() -> None:
    post = connector().parse_status(status())
    assert post is not None
    assert post.direction == Direction.IN and post.kind == Kind.PUBLIC
    assert post.text == "@shop hi https://example.com/order/1"  # the whole URL, not the ellipsis
    assert post.customer == post.author and post.author.handle == "@anna@m.example"
    assert post.author.key == "https://m.example/@anna"
    assert "<a href=\"https://example.com/order/1\"" in post.html


def test_an_author_read_again_is_read_from_what_the_status_says_now() -> None:
    """Authors are remembered across pages, by account id, only while their
    account reads the same: a new name, avatar or bio is read anew."""
    c = connector()
    first = c.parse_status(status(id="100"))
    again = c.parse_status(status(id="101"))
    assert first is not None and again is not None and again.author == first.author
    renamed = {**account("7", "anna@m.example", "Anna B."), "note": '<p>mail <a href="mailto:anna@m.example">me</a></p>'}
    changed = c.parse_status(status(id="102", account=renamed))
    assert changed is not None and changed.author.name == "Anna B." and changed.author.links == ("anna@m.example",)
    back = c.parse_status(status(id="103"))
    assert back is not None and back.author == first.author
    with pytest.raises(BadRecord):
        c.parse_status(status(id="104", account={"id": "7", "display_name": "no acct"}))


def test_local_accounts_get_the_server_domain() -> None:
    post = connector().parse_status(status(account=account("9", "bob", "Bob")))
    assert post is not None and post.author.handle == "@bob@shop.example"


def test_direct_message_and_our_own_reply() -> None:
    c = connector()
    dm = c.parse_status(status(visibility="direct"))
    assert dm is not None and dm.kind == Kind.DIRECT
    ours = c.parse_status(
        status(
            id="101",
            account=account("1", "shop", "Zappy"),
            in_reply_to_id="100",
            in_reply_to_account_id="7",
            mentions=[{"id": "7", "acct": "anna@m.example", "url": "https://m.example/@anna", "username": "anna"}],
        )
    )
    assert ours is not None and ours.direction == Direction.OUT
    assert ours.customer is not None and ours.customer.handle == "@anna@m.example"


def test_our_post_to_nobody_is_not_a_conversation() -> None:
    assert connector().parse_status(status(account=account("1", "shop"), mentions=[])) is None


@pytest.mark.parametrize(
    "broken",
    [
        {"id": None},
        {"created_at": "yesterday"},
        {"created_at": 12},
        {"account": "anna"},
        {"account": {"id": "7"}},
        {"content": {"html": "x"}},
    ],
)
def test_broken_records_raise_bad_record(broken: dict[str, Any]) -> None:
    with pytest.raises(BadRecord):
        connector().parse_status(status(**broken))


def test_unknown_visibility_is_never_treated_as_private() -> None:
    post = connector().parse_status(status(visibility="local"))
    assert post is not None and post.kind == Kind.PUBLIC


def test_with_mention() -> None:
    assert with_mention("thanks!", "@anna@m.example") == "@anna@m.example thanks!"
    assert with_mention("@anna thanks!", "@anna@m.example") == "@anna thanks!"
    assert with_mention("hi @Anna@m.example", "@anna@m.example") == "hi @Anna@m.example"
    assert with_mention("@annabel hi", "@anna@m.example") == "@anna@m.example @annabel hi"


def test_html_is_inert() -> None:
    hostile = (
        '<p onclick="evil()">Hi<script>alert(1)</script><img src="https://tracker.example/p.gif">'
        '<a href="javascript:alert(1)">x</a><a href="https://ok.example">ok</a>'
        '<iframe src="https://evil.example"></iframe><style>body{background:url(https://t.example)}</style></p>'
    )
    clean = html.sanitize(hostile)
    for bad in ("script", "onclick", "img", "javascript", "iframe", "style", "tracker", "evil.example"):
        assert bad not in clean
    assert 'href="https://ok.example"' in clean
    assert html.to_text(hostile) == "Hixok"


# -- a page of notifications, decoded for what the mention streams read ---------------------


def _notification(id_: str, **kw: Any) -> dict[str, Any]:
    the_status = status(id=f"s{id_}", **kw)
    return {"id": id_, "type": "mention", "created_at": the_status["created_at"], "account": the_status["account"],
            "status": the_status}


def _page(items: list[Any] | bytes, *, escaped: bool = False) -> httpx.Response:
    # (Not escaped: a lone surrogate encoded as UTF-8 would encode it, as some servers do.)
    raw = items if isinstance(items, bytes) else json.dumps(items, ensure_ascii=escaped).encode("utf-8", "surrogatepass")
    return httpx.Response(200, content=raw, request=httpx.Request("GET", "https://shop.example/api/v1/notifications"))


def _as_decoded(raw: bytes) -> tuple[Any, ...]:
    """What the page reads as, read from its JSON as decoded whole."""
    return connector()._posts_from_notifications(load_json(raw))


PAGES = [
    pytest.param([_notification("1"), _notification("2", content="<p>Καλημέρα &amp; 你好</p>", spoiler_text="cw"),
                  {"id": "3", "type": "follow", "account": account("8", "bob")},
                  {"id": "4", "type": "mention", "status": None}, {"id": 5, "type": "mention", "status": "x"},
                  {"id": "6", "type": "mention", "status": {**status(id="s6"), "created_at": "never"}},
                  {"type": "mention"}, {}], True, id="mentions-and-odd-ones"),
    pytest.param([_notification("1"), 7], False, id="an-item-that-is-not-an-object"),
    pytest.param([_notification("1", content="a\ud800b")], False, id="a-lone-surrogate-in-what-is-read"),
    pytest.param([{**_notification("1"), "account": {**account("7", "anna"), "note": "\udc00"}}], False,
                 id="a-lone-surrogate-in-what-is-skipped"),
    pytest.param([{**_notification("1"), "id": 10**30, "status": {**status(id="s1"), "in_reply_to_id": 2**70}}], True,
                 id="integers-past-64-bits"),
]


@pytest.mark.parametrize("escaped", [False, True])
@pytest.mark.parametrize(("items", "struct_read"), PAGES)
async def test_a_page_reads_as_its_json_decoded_whole_reads(items: list[Any], struct_read: bool, escaped: bool) -> None:
    response = _page(items, escaped=escaped)
    assert (_notifications(response) is not None) is struct_read
    read = await connector()._read_notifications(response)
    assert read == _as_decoded(response.content)
    assert read[0] and all(post.text is not None for post in read[0])


@pytest.mark.parametrize(
    "raw",
    [
        json.dumps([_notification("1")]).encode()[:-1],  # cut off
        json.dumps([{**_notification("1"), "account": "X"}]).encode().replace(b'"X"', b'"\x01"'),  # a control character
        json.dumps([{**_notification("1"), "account": "X"}]).encode().replace(b'"X"', b'"\xff"'),  # not UTF-8
        json.dumps([{**_notification("1"), "account": "X"}]).encode().replace(b'"X"', b"[1,]"),  # in what is skipped
    ],
)
async def test_a_malformed_page_is_refused_as_before(raw: bytes) -> None:
    with pytest.raises(MalformedResponse):
        await connector()._read_notifications(_page(raw))


async def test_a_page_that_is_not_a_list_is_refused() -> None:
    with pytest.raises(MalformedResponse, match="not a list"):
        await connector()._read_notifications(_page(b'{"error": "nope"}'))
