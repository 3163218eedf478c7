"""Instagram and Messenger in search, export and merge suggestions."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta

from tests.helpers.graph import APP_ID, MetaWorld


def now() -> datetime:
    return datetime.now(UTC)


def test_search_export_and_suggestions_know_both_platforms(cli, meta: MetaWorld, tmp_path) -> None:
    w = meta.server.world
    w.message(meta.anna, meta.shop, "Refund for order 4711 please", at=now() - timedelta(hours=1))
    w.tag(meta.shop, "anna.lambrou", "My new shoes from @zappy.shoes", at=now() - timedelta(hours=2))
    w.message(meta.carla, meta.page, "Refund for order 4712 please", at=now() - timedelta(hours=1))
    for platform, business, extra in (("instagram", meta.shop, []), ("messenger", meta.page, ["--page", meta.page.id])):
        result = cli("accounts", "add", platform, "--app-id", APP_ID, *extra, "--api-base", meta.url,
                     "--token-stdin", stdin=meta.token(business))
        assert result.code == 0, result
    assert cli("sync", "--once").code == 0

    hits = json.loads(cli("search", "refund platform:instagram", "--json").out)
    assert [h["platform"] for h in hits] == ["instagram"] and "4711" in hits[0]["text"]
    hits = json.loads(cli("search", "refund platform:messenger", "--json").out)
    assert [h["platform"] for h in hits] == ["messenger"] and "4712" in hits[0]["text"]
    assert cli("search", "refund platform:facebook").code == 2  # one clear message, lists the platforms

    convs = {c["platform"]: c for c in json.loads(cli("conversations", "--json").out) if c["kind"] == "direct"}
    out = tmp_path / "carla.csv"
    assert cli("export", "--conversation", str(convs["messenger"]["id"]), "--format", "csv", "--output", str(out)).code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["platform"], r["customer_name"]) for r in rows] == [("messenger", "Carla Díaz")]
    out = tmp_path / "anna.json"
    assert cli("export", "--conversation", str(convs["instagram"]["id"]), "--format", "json", "--output", str(out)).code == 0
    assert "Refund for order 4711 please" in out.read_text(encoding="utf-8")

    # Anna's messages (keyed by her Instagram-scoped id) and the post she tagged
    # the shop in (Meta names only her user name there): one person, suggested.
    suggestions = json.loads(cli("contacts", "suggestions", "--json").out)
    assert any("same user name (anna.lambrou)" in s["reason"] for s in suggestions)


def test_user_names_compare_across_platforms_as_people_pick_them() -> None:
    from desktop_inbox.store.merges import _username

    assert _username("mastodon", "@anna.lambrou@mastodon.social") == "anna.lambrou"
    assert _username("bluesky", "anna.lambrou.bsky.social") == "anna.lambrou"
    assert _username("instagram", "@Anna.Lambrou") == "anna.lambrou"
    assert _username("x", "@bob") is None  # too short to mean one person
    assert _username("messenger", "Anna Lambrou") is None  # a display name, not a user name
    assert _username("email", "anna@example.com") is None
