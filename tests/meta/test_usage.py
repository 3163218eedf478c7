"""Meta's usage headers slow the sync down before Meta blocks the app."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from desktop_inbox.connectors.meta.usage import MAX_SPACING, Usage
from tests.helpers.graph import APP_ID, MetaWorld, customers_writing

HOUR = timedelta(hours=1)
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def now() -> datetime:
    return datetime.now(UTC)


def add_instagram(cli, meta: MetaWorld) -> None:
    result = cli("accounts", "add", "instagram", "--app-id", APP_ID, "--api-base", meta.url, "--token-stdin",
                 "--history", "all", stdin=meta.token(meta.shop))
    assert result.code == 0, result


def many_conversations(meta: MetaWorld, count: int) -> None:
    customers_writing(meta, meta.shop, count, prefix="customer_", start=now() - timedelta(hours=3))


def test_high_usage_spaces_the_history_import_out(cli, meta: MetaWorld) -> None:
    many_conversations(meta, 60)
    add_instagram(cli, meta)
    meta.server.usage_percent = 85
    calls = meta.server.calls

    result = cli("sync", "--once")

    assert result.code == 0, result
    assert "dm history wait for the platform's rate limit; next check at" in result.out
    first = len(json.loads(cli("conversations", "--json").out))
    assert 0 < first < 60  # one page of history, then the import waits
    slowed_calls = meta.server.calls - calls
    meta.server.usage_percent = 10  # the window rolled on
    result = cli("sync", "--once")
    assert result.code == 0 and "wait for the platform" not in result.out
    assert len(json.loads(cli("conversations", "--json").out)) == 60
    assert slowed_calls < meta.server.calls - calls - slowed_calls


def test_at_the_limit_no_more_calls_go_out(cli, meta: MetaWorld) -> None:
    many_conversations(meta, 3)
    add_instagram(cli, meta)
    meta.server.usage_percent = 97
    calls = meta.server.calls

    result = cli("sync", "--once")

    # The first answer reports 97%: every other stream waits, none is called.
    assert result.code == 0, result
    assert result.out.count("wait for the platform's rate limit") >= 4
    assert meta.server.calls - calls == 1
    [account] = json.loads(cli("accounts", "list", "--json").out)
    assert account["state"] == "ok"  # a pause, not a broken account


def test_a_block_waits_as_long_as_meta_says(cli, meta: MetaWorld) -> None:
    add_instagram(cli, meta)
    meta.server.usage_percent = 100
    meta.server.usage_regain_minutes = 42
    calls = meta.server.calls
    result = cli("sync", "--once")
    assert result.code == 1
    assert "Meta limits how often your app may call Instagram" in result.err
    expected = (now() + timedelta(minutes=42)).astimezone().strftime("%H:%M")
    later = (now() + timedelta(minutes=43)).astimezone().strftime("%H:%M")
    assert expected in result.err or later in result.err
    assert meta.server.calls - calls == 1


def test_usage_headers_are_read_defensively() -> None:
    usage = Usage()
    usage.note({"x-app-usage": '{"call_count": 12, "total_time": 80, "total_cputime": "5"}'}, T0)
    assert usage.percent == 80 and usage.blocked_until(T0) is None and usage.spacing() > timedelta(0)
    usage.note({"x-business-use-case-usage": json.dumps(
        {"1784": [{"type": "instagram", "call_count": 100, "estimated_time_to_regain_access": 7}]})}, T0)
    assert usage.blocked_until(T0) == T0 + timedelta(minutes=7)
    assert usage.blocked_until(T0 + timedelta(minutes=8)) is not None  # still at 100%: wait for a new reading
    for hostile in ("not json", "[]", '{"1": "x"}', '{"call_count": true}', '{"1": [{"call_count": 1e308}]}'):
        fresh = Usage()
        fresh.note({"x-app-usage": hostile, "x-business-use-case-usage": hostile}, T0)
        assert fresh.spacing() <= MAX_SPACING
    quiet = Usage()
    quiet.note({}, T0)
    assert quiet.percent == 0 and quiet.seen_at is None  # no report is not "no usage"
    quiet.note({"x-app-usage": '{"call_count": 10}'}, T0)
    assert quiet.spacing() == timedelta(0)
