"""Offline review and relationships from the command line, end to end."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from desktop_inbox.services.export import from_json
from tests.helpers.mastodon import World


def _setup(world: World, cli) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Anna writes in public and by DM, Bob in public; returns their ids."""
    world.server.post(world.anna, "@shop the parcel was shipped to the wrong address, order #4411")
    world.server.post(world.anna, "@shop Ευχαριστώ για τη βοήθεια, Ζάππος!", visibility="direct")
    world.server.post(world.bob, "@shop 请联系客户服务部门")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    ids = {}
    for c in json.loads(cli("conversations", "--json").out):
        who = c["customer"]["handle"].split("@")[1]
        ids[f"{who}-{c['kind']}"] = c["id"]
        ids[who] = c["customer"]["id"]
    return ids


def test_export_every_format_and_round_trip(world: World, cli, tmp_path: Path) -> None:
    ids = _setup(world, cli)
    out = {fmt: tmp_path / f"anna.{fmt}" for fmt in ("html", "pdf", "json", "csv")}
    for fmt, path in out.items():
        result = cli("export", "--contact", str(ids["anna"]), "--format", fmt, "--output", str(path))
        assert result.code == 0, result
        assert path.stat().st_size > 0 and path.stat().st_mode & 0o077 == 0
    page = out["html"].read_text()
    assert "Ζάππος" in page and "#4411" in page
    # Self-contained: nothing in it would load anything from anywhere.
    assert not re.search(r"<(img|script|link|iframe|object|embed|video|audio)\b", page, re.I)
    assert not re.search(r"(src|srcset|background)\s*=", page, re.I) and "url(" not in page
    assert out["pdf"].read_bytes().startswith(b"%PDF")
    exported = from_json(out["json"].read_text())
    assert sorted(m.text for c in exported.conversations for m in c.messages) == sorted(
        [
            "@shop the parcel was shipped to the wrong address, order #4411",
            "@shop Ευχαριστώ για τη βοήθεια, Ζάππος!",
        ]
    )
    rows = list(csv.DictReader(io.StringIO(out["csv"].read_text())))
    assert len(rows) == 2 and {r["kind"] for r in rows} == {"public", "direct"}

    assert cli("export", "--query", "客户", "--format", "json", "--output", str(tmp_path / "q.json")).code == 0
    found = from_json((tmp_path / "q.json").read_text())
    assert [m.text for c in found.conversations for m in c.messages] == ["@shop 请联系客户服务部门"]
    bad = cli("export", "--conversation", "999", "--format", "html", "--output", str(tmp_path / "x.html"))
    assert bad.code == 2 and "no conversation 999" in bad.err


def test_json_export_reads_back_into_the_same_records(world: World, cli, data_dir: Path) -> None:
    ids = _setup(world, cli)
    from desktop_inbox.services.export import gather_conversation, to_json
    from desktop_inbox.store.db import Cache

    with Cache(data_dir) as cache:
        original = cache.call_read(gather_conversation, ids["anna-direct"])
    again = from_json(to_json(original))
    assert again.conversations[0].summary == original.conversations[0].summary
    assert again.conversations[0].messages == original.conversations[0].messages


def test_storage_and_forgetting_old_history(world: World, cli) -> None:
    from datetime import UTC, datetime, timedelta

    old = datetime.now(UTC) - timedelta(days=400)
    world.server.post(world.anna, "@shop an old question about sandals", created_at=old)
    world.server.post(world.bob, "@shop a fresh question")
    cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", "--history", "all", stdin=world.token + "\n")
    cli("sync", "--once")
    report = json.loads(cli("storage", "--json").out)
    assert report["messages"] == 2 and report["accounts"][0]["messages"] == 2 and report["bytes"] > 0
    assert cli("search", "sandals", "--json").out.count("message_id") == 1
    refused = cli("forget", "--older-than", (datetime.now() - timedelta(days=365)).strftime("%Y-%m-%d"))
    assert refused.code == 2 and "--yes" in refused.err
    done = cli("forget", "--older-than", (datetime.now() - timedelta(days=365)).strftime("%Y-%m-%d"), "--yes", "--compact")
    assert done.code == 0 and "Forgot 1 messages" in done.out
    assert json.loads(cli("search", "sandals", "--json").out) == []  # gone from the index too
    assert [c["snippet"] for c in json.loads(cli("conversations", "--json").out)] == ["@shop a fresh question"]


def test_saved_searches_with_counts(world: World, cli) -> None:
    _setup(world, cli)
    assert cli("searches", "add", "Wrong address", "address is:public").code == 0
    assert cli("searches", "add", "Greek", "ζαππος").code == 0
    bad = cli("searches", "add", "Broken", "before:someday")
    assert bad.code == 2 and "date like" in bad.err
    rows = json.loads(cli("searches", "--json").out)
    assert [(r["name"], r["count"]) for r in rows] == [("Wrong address", 1), ("Greek", 1)]


def test_snippet_reply_is_personalised_sent_once_and_counted(world: World, cli) -> None:
    conversation = _setup(world, cli)["anna-public"]
    assert cli("snippets", "add", "Wrong address", "--text", "Hi {first_name}, I fixed the address on {order} myself.").code == 0
    unfilled = cli("reply", str(conversation), "--snippet", "Wrong address")
    assert unfilled.code == 2 and "{order}" in unfilled.err
    # An order number in a public reply: refused unless the user says so.
    guarded = cli("reply", str(conversation), "--snippet", "wrong address", "--field", "order=#4411")
    assert guarded.code == 2 and "--public-anyway" in guarded.err and "#4411" in guarded.err
    queued = cli(
        "reply", str(conversation), "--snippet", "wrong address", "--field", "order=#4411", "--json", "--public-anyway"
    )
    assert queued.code == 0
    assert json.loads(queued.out)["text"] == "Hi Anna, I fixed the address on #4411 myself."
    assert cli("sync", "--once").code == 0 and cli("sync", "--once").code == 0
    [reply] = world.server.replies_by(world.shop)
    assert reply.text.endswith("Hi Anna, I fixed the address on #4411 myself.")
    stats = cli("stats", "--days", "7", "--csv")
    rows = list(csv.DictReader(io.StringIO(stats.out)))
    assert sum(int(r["answered"]) for r in rows) == 1
    assert sum(int(r["unanswered"]) for r in rows) == 2  # the DM and Bob still wait
    assert "1 answered" in cli("stats", "--days", "7").out


def test_merge_unmerge_and_snooze(world: World, cli) -> None:
    ids = _setup(world, cli)
    anna, bob = ids["anna"], ids["bob"]
    merged = cli("contacts", "merge", str(anna), str(bob))
    assert merged.code == 0
    merge_id = re.search(r"unmerge (\d+)", merged.out).group(1)  # type: ignore[union-attr]
    assert {c["customer"]["id"] for c in json.loads(cli("conversations", "--json").out)} == {anna}
    assert cli("contacts", "unmerge", merge_id).code == 0
    assert len({c["customer"]["id"] for c in json.loads(cli("conversations", "--json").out)}) == 2
    target = ids["bob-public"]
    assert cli("snooze", str(target), "--hours", "2").code == 0
    states = {c["id"]: c["state"] for c in json.loads(cli("conversations", "--json").out)}
    assert states[target] == "snoozed"
    assert cli("snooze", str(target), "--until", "2001-01-01T00:00").code == 2
