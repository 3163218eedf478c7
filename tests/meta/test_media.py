"""Customers' pictures in Instagram and Messenger direct messages, kept for
offline reading from Meta's CDN (here the Graph server's own), at first
sight: the CDN's URLs expire."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import pictures
from tests.helpers.graph import MetaWorld
from tests.meta.test_instagram_cli import add_instagram, conversations, sync
from tests.meta.test_messenger_cli import add_messenger


def test_pictures_in_instagram_and_messenger_messages_are_kept(cli, meta: MetaWorld) -> None:  # type: ignore[no-untyped-def]
    world = meta.server.world
    on_instagram = pictures.jpeg(400, 300)
    on_messenger = pictures.png(120, 90, text="box")
    world.message(meta.anna, meta.shop, "", kind="image", link=meta.server.add_file(on_instagram, "image/jpeg"))
    world.message(meta.carla, meta.page, "the box was crushed", kind="image", link=meta.server.add_file(on_messenger, "image/png"))
    add_instagram(cli, meta)
    add_messenger(cli, meta)
    sync(cli)

    kept = []
    for conv in conversations(cli):
        for message in json.loads(cli("show", str(conv["id"]), "--json").out)["messages"]:
            for attachment in message["attachments"]:
                assert attachment["kind"] == "image" and attachment["path"], attachment
                kept.append(Path(attachment["path"]).read_bytes())
    assert sorted(kept, key=len) == sorted([on_instagram, on_messenger], key=len)
    # Once kept, the CDN may forget them: the thread still shows them.
    meta.server.files.clear()
    assert "Media kept for offline reading: " in cli("storage").out


def test_a_picture_in_an_instagram_reply_is_refused_in_one_line_and_its_copy_goes(cli, meta: MetaWorld, tmp_path: Path, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    meta.server.world.message(meta.anna, meta.shop, "do you have it in red?")
    add_instagram(cli, meta)
    sync(cli)
    [conv] = conversations(cli)
    picture = tmp_path / "red.png"
    picture.write_bytes(pictures.png(100, 100))

    refused = cli("reply", str(conv["id"]), "--text", "Here", "--attach", str(picture), "--alt", "The red one")

    assert refused.code == 2 and len(refused.err.strip().splitlines()) == 1, refused
    assert "cannot be attached" in refused.err
    assert not [p for p in (data_dir / "media").rglob("*") if p.is_file()]  # the copy went with the refusal
    assert json.loads(cli("outbox", "--json").out) == []
