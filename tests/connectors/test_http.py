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


async def test_requests_search_for_no_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpcore imports sniffio on each request; were it not installed, each
    request would search every directory of sys.path for it again (stat
    calls on the sync's critical path, four times a request)."""
    import sys

    from desktop_inbox.connectors.http import MASTODON_RATE, Api, make_client
    from desktop_inbox.demo.mastodon_server import MastodonServer

    looked_for: list[str] = []

    class Spy:
        def find_spec(self, name: str, path: object = None, target: object = None) -> None:
            looked_for.append(name)

    server = MastodonServer().start()
    api = Api(make_client(server.url), platform_name="Mastodon", rate_headers=MASTODON_RATE)
    try:
        await api.request("GET", "/api/v1/instance", authenticated=False)  # (first use: imports allowed)
        monkeypatch.setattr(sys, "meta_path", [Spy(), *sys.meta_path])
        for _ in range(5):
            response = await api.request("GET", "/api/v1/instance", authenticated=False)
            assert response.status_code == 200
    finally:
        await api.aclose()
        server.stop()
    assert looked_for == []
