"""The messaging windows, the length limits and the readers of Graph values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_inbox.connectors.instagram.media import ig_person
from desktop_inbox.connectors.meta import limits, window
from desktop_inbox.connectors.meta.errors import AccessProblem, GraphError, WindowClosed, raise_graph_error
from desktop_inbox.connectors.meta.graph import next_cursor
from desktop_inbox.connectors.meta.parse import graph_time, parse_message
from desktop_inbox.connectors.platforms import descriptor
from desktop_inbox.errors import BadRecord, InboxError, NeedsSignIn, RateLimited, Rejected, TransientError
from desktop_inbox.records import Direction, Kind, Platform, ReplyFacts

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def facts(**kw) -> ReplyFacts:
    base = {"platform": "instagram", "conversation_kind": Kind.DIRECT, "direct": True,
            "last_inbound_at": NOW - timedelta(hours=2), "answering_at": NOW - timedelta(hours=2)}
    return ReplyFacts(**{**base, **kw})


def test_direct_messages_have_a_24_hour_window() -> None:
    assert window.reply_allowed(facts(), NOW) is None
    assert window.window_ends(facts()) == NOW + timedelta(hours=22)
    late = facts(last_inbound_at=NOW - timedelta(hours=24, minutes=1))
    assert "24 hours" in window.reply_allowed(late, NOW)
    assert "first" in window.reply_allowed(facts(last_inbound_at=None), NOW)


def test_human_agent_gives_seven_days_where_the_app_has_it() -> None:
    agent = {"human_agent": "1"}
    assert window.reply_allowed(facts(last_inbound_at=NOW - timedelta(days=3), account_extra=agent), NOW) is None
    refusal = window.reply_allowed(facts(last_inbound_at=NOW - timedelta(days=8), account_extra=agent), NOW)
    assert "7 days" in refusal and "8 days old" in refusal


def test_comments_answer_publicly_at_any_time_and_privately_once_within_7_days() -> None:
    comment = {"comment": "1"}
    public = facts(conversation_kind=Kind.PUBLIC, direct=False, last_inbound_at=NOW - timedelta(days=300))
    assert window.reply_allowed(public, NOW) is None and window.window_ends(public) is None
    private = facts(conversation_kind=Kind.PUBLIC, answering_at=NOW - timedelta(days=6), answering_extra=comment)
    assert window.reply_allowed(private, NOW) is None
    assert window.window_ends(private) == NOW + timedelta(days=1)
    assert "one private reply" in window.reply_allowed(
        facts(conversation_kind=Kind.PUBLIC, answering_extra=comment, earlier_private_replies=1), NOW)
    assert "7 days" in window.reply_allowed(
        facts(conversation_kind=Kind.PUBLIC, answering_at=NOW - timedelta(days=8), answering_extra=comment), NOW)
    tagged = facts(conversation_kind=Kind.PUBLIC, answering_extra={"tagged_media": "1"})
    assert "Only a comment" in window.reply_allowed(tagged, NOW)


def test_lengths_are_counted_the_platforms_way() -> None:
    greek = "α" * 600  # 600 characters, 1,200 UTF-8 bytes
    instagram, messenger = descriptor(Platform.INSTAGRAM), descriptor(Platform.MESSENGER)
    assert instagram.length(greek, direct=True) == 1200
    assert instagram.limit(direct=True, char_limit=2200) == 1000
    assert instagram.length(greek, direct=False) == 600
    assert instagram.limit(direct=False, char_limit=2200) == 2200
    assert messenger.limit(direct=True, char_limit=8000) == 2000
    assert "1200 bytes" in limits.too_long("instagram", greek, direct=True)
    assert limits.too_long("messenger", greek, direct=True) is None
    assert limits.too_long("instagram", "a" * 1000, direct=True) is None


def test_graph_values_are_read_as_meta_writes_them() -> None:
    assert graph_time("2022-07-12T19:11:07+0000") == datetime(2022, 7, 12, 19, 11, 7, tzinfo=UTC)
    assert graph_time(1657653067) == graph_time("1657653067") == datetime(2022, 7, 12, 19, 11, 7, tzinfo=UTC)
    for bad in ("yesterday", None, "9999-01-01T00:00:00+0000", True):
        with pytest.raises((ValueError, TypeError)):
            graph_time(bad)
    assert next_cursor({"paging": {"cursors": {"after": "QVFI"}, "next": "https://graph/x?after=QVFI"}}) == "QVFI"
    assert next_cursor({"paging": {"cursors": {"after": "QVFI"}}}) is None  # no "next": the last page
    assert next_cursor({"paging": {"next": "https://graph/x?limit=2&after=Zm9v&access_token=SECRET"}}) == "Zm9v"
    assert next_cursor({"paging": "nonsense"}) is None


def test_a_message_with_a_hostile_shape_is_skipped_not_fatal() -> None:
    me = ig_person({"id": "1784", "username": "shop"})
    good = {"id": "m1", "created_time": "2026-11-20T10:00:00+0000", "from": {"id": "1784", "username": "shop"},
            "to": {"data": [{"id": "55", "username": "anna"}]}, "message": "hi"}
    post = parse_message(good, me=me, conversation_id="c1", person=ig_person)
    assert post.direction == Direction.OUT and post.customer.handle == "@anna" and post.thread_root == "dm:c1"
    for bad in ({**good, "from": "anna"}, {**good, "id": "a/b"}, {**good, "created_time": None},
                {**good, "to": {"data": []}}, {**good, "from": {"id": ["x"]}}):
        with pytest.raises(BadRecord):
            parse_message(bad, me=me, conversation_id="c1", person=ig_person)


def test_error_codes_become_clear_account_states() -> None:
    def error(code: int, subcode: int | None = None, message: str = "x", status: int = 400) -> Exception:
        body = {"error": {"message": message, "type": "OAuthException", "code": code, "error_subcode": subcode}}
        with pytest.raises(InboxError) as caught:
            raise_graph_error(GraphError.parse(status, body), platform="instagram", name="Instagram",
                              is_write=True, now=NOW, regain_at=None)
        return caught.value

    assert isinstance(error(190, 463), NeedsSignIn) and "token expired" in str(error(190, 463))
    for code in (4, 17, 32, 613, 80002, 80006):
        assert isinstance(error(code), RateLimited)
    assert isinstance(error(10, 2018278), WindowClosed)
    advanced = error(200, message="(#200) App does not have Advanced Access to this endpoint")
    assert isinstance(advanced, AccessProblem) and "Advanced Access" in str(advanced) and "App Review" in str(advanced)
    assert isinstance(error(10), AccessProblem)
    assert "isn't available" in str(error(551))
    assert "no such person" in str(error(100, 2018001))
    transient = error(2)
    assert isinstance(transient, TransientError) and transient.maybe_done
    assert isinstance(error(100), Rejected)
    garbage = GraphError.parse(502, "<html>")
    assert garbage.code is None and garbage.message == "HTTP 502"
