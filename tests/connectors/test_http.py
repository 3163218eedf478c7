from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_inbox.connectors.http import normalize_base_url, parse_link_header, parse_reset
from desktop_inbox.errors import BadInput


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("mastodon.social", "https://mastodon.social"),
        ("https://Mastodon.Social/", "https://mastodon.social"),
        ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
        ("http://localhost:8080/", "http://localhost:8080"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_good_urls(raw: str, expected: str) -> None:
    assert normalize_base_url(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("http://mastodon.social", "must use https"),
        ("ftp://example.com", "must start with https"),
        ("", "empty"),
        ("https://", "not a valid"),
        ("https://user:pw@example.com", "user name or password"),
        ("not a url at all", "not a valid"),
    ],
)
def test_bad_urls_get_a_clear_message(raw: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        normalize_base_url(raw)


def test_link_header() -> None:
    value = '<https://m.s/api/v1/notifications?max_id=10>; rel="next", <https://m.s/api/v1/notifications?min_id=20>; rel="prev"'
    assert parse_link_header(value) == {
        "next": "https://m.s/api/v1/notifications?max_id=10",
        "prev": "https://m.s/api/v1/notifications?min_id=20",
    }


def test_reset_formats() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    # Mastodon: ISO 8601 with microseconds; X and Bluesky: epoch seconds; Retry-After: seconds.
    assert parse_reset("2026-01-01T00:05:00.123456Z", now=now) == datetime(2026, 1, 1, 0, 5, 0, 123456, tzinfo=UTC)
    assert parse_reset("1767225900", now=now) == datetime(2026, 1, 1, 0, 5, tzinfo=UTC)
    assert parse_reset("30", now=now) == datetime(2026, 1, 1, 0, 0, 30, tzinfo=UTC)
    assert parse_reset("garbage", now=now) is None
