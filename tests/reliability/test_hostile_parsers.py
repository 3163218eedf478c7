"""Every connector's parser, fed hostile payloads: a record or BadRecord.

Each test starts from what the platform really sends and mutates it
(``tests/helpers/hostile.py``), or feeds free-form JSON, through the same
JSON decoding the connectors use (``wire``). The parser must
return a Post (or None for a record that is not for the inbox) or raise
BadRecord; anything else (a KeyError, a RecursionError, a Post the cache
cannot store) fails. Records that come back are stored in a real cache, so
"accepted" means "storable". The page readers never raise at all: bad
records become ``Skipped`` and the rest of the page is kept.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_inbox.connectors.bluesky.connector import BlueskyConnector
from desktop_inbox.connectors.email import parse as mailparse
from desktop_inbox.connectors.email import reading as mail_reading
from desktop_inbox.connectors.email.config import Endpoint, MailConfig
from desktop_inbox.connectors.email.connector import EmailConnector
from desktop_inbox.connectors.email.reading import Fetched
from desktop_inbox.connectors.mastodon.connector import MastodonConnector
from desktop_inbox.connectors.values import load_json
from desktop_inbox.connectors.x.parse import Includes, XReader
from desktop_inbox.errors import BadRecord, MalformedResponse
from desktop_inbox.records import AccountInfo, Person, Platform, Post, Skipped
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store import ingest
from desktop_inbox.store.db import Cache
from tests.helpers.hostile import bounded, check_post, json_values, mutated, recent

# -- a real cache that must accept every record a parser returns ------------------------

_refs = itertools.count()


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    cache = Cache(tmp_path_factory.mktemp("hostile") / "data")
    yield cache
    cache.close()


def storer(cache: Cache, me: Person):  # type: ignore[no-untyped-def]
    account = cache.call_write(
        store_accounts.create, platform=me.platform.value, base_url=f"https://{next(_refs)}.example",
        info=AccountInfo(me=me, char_limit=500), secret_ref=f"hostile-{next(_refs)}",
    )

    def store(post: Post) -> None:
        cache.call_write(ingest.store_page, account.id, "hostile", [post], cursor=None, exhausted=False, unread=True)

    return store


def wire(payload: Any) -> Any:
    """``payload`` as the connector sees it after the network: JSON text, decoded
    the connectors' way. Too deep to decode is a typed page error."""
    try:
        return load_json(json.dumps(payload))
    except RecursionError:
        raise MalformedResponse("too deep") from None


def expect_record_or_bad(fn, *args: Any, store=None, **kwargs: Any) -> None:  # type: ignore[no-untyped-def]
    try:
        post = fn(*args, **kwargs)
    except BadRecord as exc:
        assert str(exc)  # says what was wrong
        return
    check_post(post, store=store)


def check_page(posts: list[Post], skipped: list[Skipped], n_items: int, store=None) -> None:  # type: ignore[no-untyped-def]
    assert len(posts) + len(skipped) <= 2 * n_items  # (X adds the parents a page names)
    for post in posts:
        check_post(post, store=store)
    for skip in skipped:
        assert isinstance(skip, Skipped) and isinstance(skip.reason, str)


# -- Mastodon ----------------------------------------------------------------------------

M_ME = Person(Platform.MASTODON, "https://shop.example/@shop", "1", "@shop@shop.example", "Zappy Shoes")
M_ACCOUNT = {
    "id": "109", "username": "anna", "acct": "anna@example.social", "display_name": "Anna Λάμπρου",
    "url": "https://example.social/@anna", "uri": "https://example.social/users/anna",
    "avatar": "https://example.social/a.png", "avatar_static": "https://example.social/a.png",
    "note": "<p>Shoes! <a href=\"https://anna.example\">anna.example</a> anna@example.com</p>",
    "fields": [{"name": "Web", "value": "<a href=\"https://anna.example/shop\">shop</a>"}],
}
M_STATUS = {
    "id": "1100", "created_at": recent(), "edited_at": None, "in_reply_to_id": "1099",
    "in_reply_to_account_id": "1", "visibility": "public", "spoiler_text": "",
    "content": '<p><span class="h-card"><a href="https://shop.example/@shop" class="u-url mention">@<span>shop</span>'
               "</a></span> Hello, where is my order #4711?</p>",
    "url": "https://example.social/@anna/1100", "uri": "https://example.social/users/anna/statuses/1100",
    "account": M_ACCOUNT,
    "mentions": [{"id": "1", "username": "shop", "acct": "shop", "url": "https://shop.example/@shop"}],
    "media_attachments": [{"id": "5", "type": "image", "url": "https://example.social/m/5.png", "description": "a shoe"}],
}
M_MINE = {**M_STATUS, "id": "1101", "account": {**M_ACCOUNT, "id": "1", "acct": "shop", "url": M_ME.key},
          "mentions": [{"id": "109", "username": "anna", "acct": "anna@example.social", "url": M_ACCOUNT["url"]}],
          "in_reply_to_account_id": "109"}
M_NOTIFICATION = {"id": "77", "type": "mention", "created_at": recent(), "account": M_ACCOUNT, "status": M_STATUS}
M_FIELDS = ("id", "type", "status", "account", "content", "visibility", "created_at", "mentions", "acct", "url")


def mastodon() -> MastodonConnector:
    return MastodonConnector(base_url="https://shop.example", token="hostile-test-token", me=M_ME)


@bounded
@given(status=st.one_of(mutated(M_STATUS, field_names=M_FIELDS), mutated(M_MINE, field_names=M_FIELDS), json_values))
@example(status={**M_STATUS, "spoiler_text": "\ud800"})
@example(status={**M_STATUS, "id": "\udfff"})
@example(status={**M_STATUS, "account": {**M_ACCOUNT, "display_name": "a\ud83d"}})
@example(status={**M_STATUS, "created_at": "9999-12-31T23:59:59-14:00"})
@example(status={**M_STATUS, "created_at": "0001-01-01T00:00:00+14:00"})
def test_mastodon_status(cache: Cache, status: Any) -> None:
    try:
        status = wire(status)
    except MalformedResponse:
        return
    expect_record_or_bad(mastodon().parse_status, status, store=_stores.setdefault("m", storer(cache, M_ME)))


@bounded
@given(items=st.lists(st.one_of(st.just(M_NOTIFICATION), mutated(M_NOTIFICATION, field_names=M_FIELDS), json_values),
                      max_size=6))
def test_mastodon_notifications_page(cache: Cache, items: list[Any]) -> None:
    good = sum(1 for item in items if item is M_NOTIFICATION)
    try:
        items = wire(items)
    except MalformedResponse:
        return
    posts, skipped, _ids = mastodon()._posts_from_notifications(items)
    check_page(posts, skipped, len(items), store=_stores.setdefault("m", storer(cache, M_ME)))
    assert len(posts) >= min(good, 1)  # the good record is kept whatever its neighbours


# -- X --------------------------------------------------------------------------------------

X_ME = Person(Platform.X, "100", "100", "@shop", "Zappy Shoes", url="https://x.com/shop")
X_USERS = [
    {"id": "100", "username": "shop", "name": "Zappy Shoes"},
    {"id": "200", "username": "anna", "name": "Anna", "profile_image_url": "https://pbs.twimg.com/a.jpg"},
]
X_TWEET = {
    "id": "1800000000000000001", "author_id": "200", "conversation_id": "1800000000000000000",
    "created_at": recent(), "text": "@shop where is my order? https://t.co/abc &amp; thanks",
    "entities": {"urls": [{"url": "https://t.co/abc", "expanded_url": "https://example.com/order/4711"}]},
    "referenced_tweets": [{"type": "replied_to", "id": "1800000000000000000"}],
    "in_reply_to_user_id": "100", "attachments": {"media_keys": ["3_1"]},
}
X_PARENT = {"id": "1800000000000000000", "author_id": "100", "conversation_id": "1800000000000000000",
            "created_at": recent(5), "text": "New sandals are in!", "in_reply_to_user_id": "200"}
X_BODY = {"data": [X_TWEET], "includes": {"users": X_USERS, "tweets": [X_PARENT],
                                          "media": [{"media_key": "3_1", "type": "photo", "url": "https://pbs.twimg.com/m.jpg"}]}}
X_DM = {"id": "1900000000000000001", "event_type": "MessageCreate", "dm_conversation_id": "100-200",
        "sender_id": "200", "created_at": recent(), "text": "Hi, a private question about my address",
        "attachments": {"media_keys": ["3_1"]}}
X_FIELDS = ("id", "author_id", "text", "created_at", "users", "includes", "media_keys", "sender_id", "event_type")


@bounded
@given(body=st.one_of(mutated(X_BODY, field_names=X_FIELDS), st.fixed_dictionaries({"data": json_values, "includes": json_values})))
@example(body={**X_BODY, "data": [{**X_TWEET, "text": "\ud800"}]})
@example(body={**X_BODY, "data": [{**X_TWEET, "created_at": "9999-12-31T23:59:59-14:00"}]})
def test_x_page(cache: Cache, body: Any) -> None:
    try:
        body = wire(body)
    except MalformedResponse:
        return
    reader = XReader(X_ME)
    inc = Includes(body if isinstance(body, dict) else {})
    tweets = body.get("data") if isinstance(body, dict) else None
    tweets = tweets if isinstance(tweets, list) else [tweets]
    posts, skipped = reader.page_posts(tweets, inc)  # type: ignore[arg-type]
    check_page(posts, skipped, len(tweets), store=_stores.setdefault("x", storer(cache, X_ME)))
    for tweet in tweets:
        expect_record_or_bad(reader.parse_tweet, tweet, inc)


@bounded
@given(event=st.one_of(mutated(X_DM, field_names=X_FIELDS), json_values), includes=st.one_of(st.just(X_BODY), mutated(X_BODY)))
def test_x_direct_message(cache: Cache, event: Any, includes: Any) -> None:
    try:
        event, includes = wire(event), wire(includes)
    except MalformedResponse:
        return
    inc = Includes(includes if isinstance(includes, dict) else {})
    expect_record_or_bad(XReader(X_ME).parse_dm, event, inc, store=_stores.setdefault("x", storer(cache, X_ME)))


# -- Bluesky ---------------------------------------------------------------------------------

B_ME = Person(Platform.BLUESKY, "did:plc:shop", "did:plc:shop", "@shop.test", "Zappy Shoes")
B_AUTHOR = {"did": "did:plc:anna", "handle": "anna.test", "displayName": "Άννα", "avatar": "https://cdn.example/a.jpg"}
B_URI = "at://did:plc:anna/app.bsky.feed.post/3kabc"
B_NOTIFICATION = {
    "uri": B_URI, "cid": "bafyreib2", "author": B_AUTHOR, "reason": "reply", "indexedAt": recent(),
    "record": {
        "$type": "app.bsky.feed.post", "text": "@shop.test where is my order?", "createdAt": recent(1),
        "facets": [{"index": {"byteStart": 0, "byteEnd": 10},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:shop"}]},
                   {"index": {"byteStart": 11, "byteEnd": 16},
                    "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.com"}]}],
        "reply": {"root": {"uri": "at://did:plc:shop/app.bsky.feed.post/3kroot", "cid": "bafyroot"},
                  "parent": {"uri": "at://did:plc:shop/app.bsky.feed.post/3kroot", "cid": "bafyroot"}},
        "embed": {"$type": "app.bsky.embed.images", "images": [{"alt": "a shoe", "image": {"ref": {"$link": "bafyimg"}}}]},
    },
}
B_CONVO = {"id": "convo1", "rev": "2", "members": [B_AUTHOR, {"did": "did:plc:shop", "handle": "shop.test"}],
           "status": "request"}
B_MESSAGE = {"$type": "chat.bsky.convo.defs#messageView", "id": "msg1", "rev": "2", "text": "a private question",
             "sender": {"did": "did:plc:anna"}, "sentAt": recent(), "replyTo": {"id": "msg0"},
             "facets": [{"index": {"byteStart": 0, "byteEnd": 1}, "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "javascript:x"}]}]}
B_FIELDS = ("uri", "cid", "author", "record", "text", "createdAt", "indexedAt", "did", "facets", "reason", "sender")


def bluesky() -> BlueskyConnector:
    return BlueskyConnector(pds_url="https://pds.example", me=B_ME)


@bounded
@given(items=st.lists(st.one_of(st.just(B_NOTIFICATION), mutated(B_NOTIFICATION, field_names=B_FIELDS), json_values),
                      max_size=6))
@example(items=[{**B_NOTIFICATION, "record": {**B_NOTIFICATION["record"], "createdAt": "0001-01-01T00:00:00+14:00"}}])
def test_bluesky_notifications_page(cache: Cache, items: list[Any]) -> None:
    try:
        items = wire(items)
    except MalformedResponse:
        return
    connector = bluesky()
    pairs, skipped, _times = connector._posts_from_notifications(items)
    check_page([p for _, p in pairs], skipped, len(items), store=_stores.setdefault("b", storer(cache, B_ME)))
    for item in items:
        if isinstance(item, dict):
            expect_record_or_bad(connector.parse_post, item.get("uri"), item.get("cid"), item.get("author"),
                                 item.get("record"), item.get("indexedAt"))


@bounded
@given(message=st.one_of(mutated(B_MESSAGE, field_names=B_FIELDS), json_values),
       convo=st.one_of(st.just(B_CONVO), mutated(B_CONVO, field_names=("members", "id", "did", "status"))))
@example(message={**B_MESSAGE, "id": "\ud800"}, convo=B_CONVO)
def test_bluesky_chat_message(cache: Cache, message: Any, convo: Any) -> None:
    try:
        message, convo = wire(message), wire(convo)
    except MalformedResponse:
        return
    connector = bluesky()
    if not isinstance(convo, dict):
        convo = {}
    expect_record_or_bad(connector.parse_message, message, convo, store=_stores.setdefault("b", storer(cache, B_ME)))


# -- e-mail -------------------------------------------------------------------------------------

E_CONFIG = MailConfig(address="shop@zappy.test", imap=Endpoint("127.0.0.1", 1, "tls"),
                      smtp=Endpoint("127.0.0.1", 2, "tls"), username="shop@zappy.test", name="Zappy Shoes")


def _good_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Anna <anna@example.test>"
    msg["To"] = "Zappy Shoes <shop@zappy.test>"
    msg["Subject"] = "Where is my order?"
    msg["Message-ID"] = "<m1@example.test>"
    msg["In-Reply-To"] = "<m0@zappy.test>"
    msg["References"] = "<m0@zappy.test>"
    msg["Date"] = "Mon, 02 Sep 2024 10:00:00 +0200"
    msg.set_content("Hello,\n\nwhere is order 4711?\n\n> earlier quote\n")
    msg.add_alternative("<p>Hello, <b>where</b> is order 4711?<img src='https://track.example/p.gif'></p>", subtype="html")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="invoice.pdf")
    return msg.as_bytes()


GOOD_MAIL = _good_mail()
_HEADER_LINES = [b"From: ", b"To: ", b"Subject: ", b"Date: ", b"Message-ID: ", b"References: ", b"In-Reply-To: ",
                 b"Content-Type: ", b"Content-Transfer-Encoding: ", b"MIME-Version: ", b"Reply-To: ", b"Cc: "]
_HEADER_VALUES = [b"", b"<>", b"=?utf-8?b?////?=", b"=?x-unknown?q?abc?=", b"multipart/mixed; boundary=",
                  b"text/plain; charset=\"x-no-such-charset\"", b"base64", b"quoted-printable", b"\xff\xfe\x00",
                  b"a" * 5000, b"@@@, <,>, \"", b"Mon, 99 Foo 20240 99:99:99 +9999", b"<" + b"x@y> <" * 300]


@st.composite
def mangled_mail(draw: st.DrawFn) -> bytes:
    raw = bytearray(GOOD_MAIL)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["header", "cut", "flip", "insert"]))
        if action == "header":
            line = draw(st.sampled_from(_HEADER_LINES)) + draw(st.sampled_from(_HEADER_VALUES)) + b"\r\n"
            raw[0:0] = line
        elif action == "cut" and raw:
            raw = raw[: draw(st.integers(0, len(raw)))]
        elif action == "flip" and raw:
            at = draw(st.integers(0, len(raw) - 1))
            raw[at:at + 8] = draw(st.binary(min_size=1, max_size=8))
        else:
            at = draw(st.integers(0, len(raw)))
            raw[at:at] = draw(st.sampled_from([b"\r\n--", b"\r\n\r\n", b"Content-Type: multipart/alternative; boundary=\"b\"\r\n",
                                               b"=?utf-8?q?=E2=80=AE?=", b"\x00" * 10, b"\xc3\x28"]))
    return bytes(raw)


@bounded
@given(raw=st.one_of(mangled_mail(), st.binary(max_size=2000)))
@example(raw=GOOD_MAIL.replace(b"Date: Mon, 02 Sep 2024 10:00:00 +0200", b"Date: Mon, 01 Jan 0001 00:00:00 +1400"))
@example(raw=GOOD_MAIL.replace(b"Subject: Where is my order?", b"Subject: =?utf-8?b?7aCA?="))
def test_email_message(cache: Cache, raw: bytes) -> None:
    connector = EmailConnector(E_CONFIG, "hostile-password")
    item = mail_reading._parse_whole("INBOX", 1, {b"INTERNALDATE": datetime.now(UTC).replace(tzinfo=None)}, raw)
    assert isinstance(item, Fetched)
    result = connector.to_post(item)
    if isinstance(result, Skipped):
        assert result.reason
    else:
        check_post(result, store=_stores.setdefault("e", storer(cache, connector.me)))


_structure_leaf = st.one_of(st.none(), st.integers(-5, 2**40), st.binary(max_size=20), st.text(max_size=10))


@bounded
@given(structure=st.recursive(_structure_leaf, lambda c: st.lists(c, max_size=12).map(tuple), max_leaves=40))
def test_email_body_structure(structure: Any) -> None:
    leaves = mailparse.leaves_from_bodystructure(structure)
    assert all(isinstance(leaf.section, str) and isinstance(leaf.size, int) for leaf in leaves)
    mailparse.text_sections(leaves)


_stores: dict[str, Any] = {}


@pytest.fixture(autouse=True, scope="module")
def _fresh_stores() -> Iterator[None]:
    _stores.clear()
    yield
    _stores.clear()


def test_the_good_records_parse() -> None:
    """The templates themselves are good records (else the mutations prove little)."""
    assert mastodon().parse_status(M_STATUS) is not None
    assert mastodon().parse_status(M_MINE) is not None
    posts, _ = XReader(X_ME).page_posts([X_TWEET], Includes(X_BODY))
    assert len(posts) == 2
    assert XReader(X_ME).parse_dm(X_DM, Includes(X_BODY)) is not None
    pairs, skipped, _ = bluesky()._posts_from_notifications([B_NOTIFICATION])
    assert len(pairs) == 1 and not skipped
    assert bluesky().parse_message(B_MESSAGE, B_CONVO) is not None
    connector = EmailConnector(E_CONFIG, "hostile-password")
    post = connector.to_post(mail_reading._parse_whole("INBOX", 1, {}, GOOD_MAIL))
    assert isinstance(post, Post) and "4711" in post.text
    assert Path  # (typing import kept for helpers)
