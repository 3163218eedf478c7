"""Kept media in ``storage``, ``forget`` and backups (a backup says whether
it holds them, and a restore puts them back or fetches them again)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from tests.helpers import pictures
from tests.helpers.mastodon import World


def _media_files(data_dir: Path) -> list[Path]:
    root = data_dir / "media"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


def test_storage_forget_and_backups_know_the_media(world: World, cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = pictures.jpeg(500, 400)
    world.server.post(world.anna, "@shop see the scratch", media=[world.server.add_media(photo, "image/jpeg", description="a scratch")])
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0

    report = json.loads(cli("storage", "--json").out)
    assert report["media_files"] == 1 and report["media_bytes"] >= len(photo)
    assert report["accounts"][0]["media"]["keep"] is True
    assert "Media kept for offline reading" in cli("storage").out
    assert len(_media_files(data_dir)) == 2  # the photo and its thumbnail

    plain = cli("backup", "--output", str(tmp_path / "plain.sqlite3"))
    assert plain.code == 0 and "without the 1 media files kept" in plain.out
    full = cli("backup", "--output", str(tmp_path / "full.sqlite3"), "--with-media")
    assert full.code == 0 and "with 2 media files" in full.out

    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert cli("forget", "--older-than", tomorrow, "--yes").code == 0
    assert _media_files(data_dir) == []  # the pictures went with their messages
    assert json.loads(cli("storage", "--json").out)["media_files"] == 0

    restored = cli("restore", str(tmp_path / "full.sqlite3"), "--yes")
    assert restored.code == 0, restored.err
    [conv] = json.loads(cli("conversations", "--json").out)
    [message] = json.loads(cli("show", str(conv["id"]), "--json").out)["messages"]
    [attachment] = message["attachments"]
    assert Path(attachment["path"]).read_bytes() == photo  # back, offline, from the backup itself
    assert attachment["alt"] == "a scratch"


def test_a_backup_without_media_is_restored_and_the_media_fetched_again(world: World, cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = pictures.png(200, 100)
    world.server.post(world.anna, "@shop photo", media=[world.server.add_media(photo, "image/png")])
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    assert cli("backup", "--output", str(tmp_path / "plain.sqlite3")).code == 0
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert cli("forget", "--older-than", tomorrow, "--yes").code == 0

    assert cli("restore", str(tmp_path / "plain.sqlite3"), "--yes").code == 0
    [conv] = json.loads(cli("conversations", "--json").out)
    [message] = json.loads(cli("show", str(conv["id"]), "--json").out)["messages"]
    assert message["attachments"][0]["path"] is None  # not in the backup: not on disk yet
    # (The account needs a new sign-in after a restore; then the sync fetches it.)
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    [message] = json.loads(cli("show", str(conv["id"]), "--json").out)["messages"]
    assert Path(message["attachments"][0]["path"]).read_bytes() == photo


def test_removing_an_account_removes_its_media_and_a_sent_reply_lets_go_of_its_copy(world: World, cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world.server.post(world.anna, "@shop photo", media=[world.server.add_media(pictures.png(), "image/png")])
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    [conv] = json.loads(cli("conversations", "--json").out)
    picture = tmp_path / "p.png"
    picture.write_bytes(pictures.png(50, 50))
    # A cancelled reply's copy goes with it; a sent one's once the platform has it.
    queued = json.loads(cli("reply", str(conv["id"]), "--text", "x", "--attach", str(picture), "--alt", "a", "--json").out)
    assert len([p for p in _media_files(data_dir) if "outbox" in p.parts]) == 1
    assert cli("outbox", "cancel", str(queued["id"])).code == 0
    assert [p for p in _media_files(data_dir) if "outbox" in p.parts] == []
    assert cli("reply", str(conv["id"]), "--text", "y", "--attach", str(picture), "--alt", "b").code == 0
    assert cli("sync", "--once").code == 0
    assert [p for p in _media_files(data_dir) if "outbox" in p.parts] == []
    assert cli("sync", "--once").code == 0  # (our own reply's picture is kept like the customer's)
    assert len(_media_files(data_dir)) == 4

    [account] = json.loads(cli("accounts", "list", "--json").out)
    assert cli("accounts", "remove", str(account["id"])).code == 0
    assert _media_files(data_dir) == []


def test_media_on_the_command_line_per_account_switch_and_cap(world: World, cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    world.server.post(world.anna, "@shop photo", media=[world.server.add_media(pictures.png(), "image/png")])
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    [row] = json.loads(cli("media", "--json").out)
    assert row["keep"] is True and row["files"] == 1 and row["cap_bytes"] == 1024 * 1_048_576
    account = str(row["account_id"])

    capped = cli("media", "set", account, "--cap-mb", "20")
    assert capped.code == 0 and "cap 20.0 MB, 1 files" in capped.out
    off = cli("media", "set", account, "--off")
    assert off.code == 0 and "media not kept" in off.out
    assert _media_files(data_dir) == []
    assert "off" in cli("media").out

    # Bad input: one line, exit 2, nothing changed.
    for args in (("set", account), ("set", account, "--cap-mb", "1"), ("set", "999", "--on"), ("set", account, "--on", "--off")):
        bad = cli("media", *args)
        assert bad.code == 2 and len(bad.err.strip().splitlines()) == 1, (args, bad)
    assert json.loads(cli("media", "--json").out)[0]["keep"] is False

    assert cli("media", "set", account, "--on").code == 0
    assert cli("sync", "--once").code == 0
    assert len(_media_files(data_dir)) == 2  # fetched again: the picture and its thumbnail
