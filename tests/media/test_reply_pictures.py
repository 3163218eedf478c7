"""Replies with pictures on the command line, against the local Mastodon
server: the picture goes up once with its description and the reply is
posted once, also when the sync is killed between the upload and the post."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import pictures
from tests.helpers.mastodon import World
from tests.helpers.waiting import wait_until


@pytest.fixture
def anna(world: World, cli, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    world.server.post(world.anna, "@shop which colour is the new strap?")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    [conv] = json.loads(cli("conversations", "--json").out)
    return str(conv["id"])


def _picture(tmp_path: Path, name: str = "strap.png", data: bytes | None = None) -> Path:
    path = tmp_path / name
    path.write_bytes(data if data is not None else pictures.png(300, 200, text="new strap"))
    return path


def _statuses_posted(world: World) -> int:
    return sum(1 for method, path in world.server.requests if (method, path) == ("POST", "/api/v1/statuses"))


def test_a_reply_with_a_picture_reaches_mastodon_once_with_its_description(world: World, cli, anna, tmp_path) -> None:  # type: ignore[no-untyped-def]
    file = _picture(tmp_path)
    queued = cli("reply", anna, "--text", "Anna, here it is in dark brown.", "--attach", str(file),
                 "--alt", "The new strap in dark brown leather", "--json")
    assert queued.code == 0, queued.err
    assert cli("sync", "--once").code == 0
    assert cli("sync", "--once").code == 0

    [reply] = world.server.replies_by(world.shop)
    [media] = reply.media
    assert media["description"] == "The new strap in dark brown leather"
    assert world.server.media_files[media["id"]].data == file.read_bytes()
    assert len(world.server.uploads_received) == 1
    # The thread shows it as ours, with the picture (kept by the next sync).
    detail = json.loads(cli("show", anna, "--json").out)
    ours = [m for m in detail["messages"] if m["direction"] == "out"]
    [attachment] = ours[0]["attachments"]
    assert attachment["alt"] == "The new strap in dark brown leather" and attachment["kind"] == "image"
    assert Path(attachment["path"]).read_bytes() == file.read_bytes()


def test_a_picture_without_alt_text_is_refused_in_one_line(cli, anna, tmp_path) -> None:  # type: ignore[no-untyped-def]
    file = _picture(tmp_path)
    refused = cli("reply", anna, "--text", "Here it is", "--attach", str(file))
    assert refused.code == 2 and refused.out == ""
    [line] = refused.err.splitlines()
    assert "--alt" in line
    blank = cli("reply", anna, "--text", "Here it is", "--attach", str(file), "--alt", "  ")
    assert blank.code == 2 and len(blank.err.splitlines()) == 1
    assert json.loads(cli("outbox", "--json").out) == []


@pytest.mark.parametrize(
    ("data", "words"),
    [(pictures.bomb(), "too large"), (pictures.truncated(), "damaged or incomplete"), (pictures.huge_svg(), "SVG")],
    ids=["bomb", "truncated", "svg"],
)
def test_a_hostile_picture_is_refused_when_attached(cli, anna, tmp_path, data: bytes, words: str) -> None:  # type: ignore[no-untyped-def]
    file = _picture(tmp_path, "photo.png", data)
    refused = cli("reply", anna, "--text", "Here it is", "--attach", str(file), "--alt", "a photo")
    assert refused.code == 2
    [line] = refused.err.splitlines()
    assert words in line and "photo.png" in line
    assert json.loads(cli("outbox", "--json").out) == []


def test_too_many_pictures_for_the_platform_are_refused(cli, anna, tmp_path) -> None:  # type: ignore[no-untyped-def]
    args = []
    for i in range(5):
        args += ["--attach", str(_picture(tmp_path, f"p{i}.png")), "--alt", f"picture {i}"]
    refused = cli("reply", anna, "--text", "Five of them", *args)
    assert refused.code == 2 and "at most 4" in refused.err


def test_a_photo_over_the_limit_of_the_accounts_server_goes_as_a_copy_that_fits(world: World, cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world.server.image_size_limit = 2 * 1024 * 1024  # (Mastodon's own is 16 MB)
    world.server.post(world.anna, "@shop which colour is the new strap?")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    [conv] = json.loads(cli("conversations", "--json").out)
    photo = _picture(tmp_path, "IMG_2041.jpg", pictures.photo(2400, 1600))
    assert photo.stat().st_size > 2 * 1024 * 1024
    queued = cli("reply", str(conv["id"]), "--text", "Here it is", "--attach", str(photo), "--alt", "The strap")
    assert queued.code == 0, queued.err
    assert cli("sync", "--once").code == 0
    [reply] = world.server.replies_by(world.shop)
    [media] = reply.media
    assert len(world.server.media_files[media["id"]].data) < 2 * 1024 * 1024  # (the server took it)


def _sync_process(data_dir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_inbox", "sync", "--once", "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _uploads_remembered(data_dir: Path) -> list[str | None]:
    with sqlite3.connect(data_dir / "cache.sqlite3") as conn:
        return [r[0] for r in conn.execute("SELECT upload FROM outbox_media ORDER BY id")]


@pytest.mark.slow
def test_killed_after_the_upload_and_before_the_post_posts_once_reusing_the_upload(
    world: World, cli, anna, tmp_path, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    file = _picture(tmp_path)
    assert cli("reply", anna, "--text", "Anna: the strap", "--attach", str(file), "--alt", "The strap").code == 0
    # The post hangs and never reaches the server; the upload went through.
    world.server.inject("stall", method="POST", path="/api/v1/statuses", delay=30)
    proc = _sync_process(data_dir)
    wait_until(lambda: _statuses_posted(world) == 1, timeout=60, what="the post to start")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert len(world.server.uploads_received) == 1
    [remembered] = _uploads_remembered(data_dir)
    assert remembered and json.loads(remembered)["media_id"] == world.server.uploads_received[0].id
    world.server.clear_faults()

    assert cli("sync", "--once").code == 0
    assert cli("sync", "--once").code == 0

    [reply] = world.server.replies_by(world.shop)
    assert [m["id"] for m in reply.media] == [world.server.uploads_received[0].id]  # the same upload, reused
    assert len(world.server.uploads_received) == 1
    assert reply.media[0]["description"] == "The strap"


@pytest.mark.slow
def test_killed_while_the_upload_is_answered_uploads_again_and_posts_once(
    world: World, cli, anna, tmp_path, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    file = _picture(tmp_path)
    assert cli("reply", anna, "--text", "Anna: the strap", "--attach", str(file), "--alt", "The strap").code == 0
    # The server stores the upload but its answer comes too late: the sync is gone.
    world.server.inject("slow", method="POST", path="/api/v2/media", delay=4)
    proc = _sync_process(data_dir)
    wait_until(lambda: ("POST", "/api/v2/media") in world.server.requests, timeout=60, what="the upload to start")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    wait_until(lambda: len(world.server.uploads_received) == 1, timeout=10, what="the server to keep the upload")
    assert _uploads_remembered(data_dir) == [None]
    assert _statuses_posted(world) == 0

    assert cli("sync", "--once").code == 0
    assert cli("sync", "--once").code == 0

    [reply] = world.server.replies_by(world.shop)
    assert len(world.server.uploads_received) == 2  # the first one's answer was lost
    assert [m["id"] for m in reply.media] == [world.server.uploads_received[1].id]
    assert world.server.media_files[world.server.uploads_received[0].id].status_id is None  # never posted


@pytest.mark.slow
def test_killed_while_the_post_is_answered_never_posts_twice(
    world: World, cli, anna, tmp_path, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    file = _picture(tmp_path)
    assert cli("reply", anna, "--text", "Anna: the strap", "--attach", str(file), "--alt", "The strap").code == 0
    # The server posts it, but only after the sync was killed.
    world.server.inject("slow", method="POST", path="/api/v1/statuses", delay=4)
    proc = _sync_process(data_dir)
    wait_until(lambda: _statuses_posted(world) == 1, timeout=60, what="the post to start")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    wait_until(lambda: len(world.server.replies_by(world.shop)) == 1, timeout=10, what="the server to post it")

    assert cli("sync", "--once").code == 0
    assert cli("sync", "--once").code == 0

    assert len(world.server.replies_by(world.shop)) == 1
    assert len(world.server.uploads_received) == 1
