"""X media through the command line, against the local X API server: a
customer's photos (in a mention and in a direct message) are kept for
offline reading with their alt text, and replies carry a picture uploaded
once, with its alt text, to a post and to a direct message."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import pictures
from tests.helpers.x import XWorld
from tests.x.test_x_cli import add_account, conversations, sync


def test_photos_are_kept_and_replies_carry_pictures(cli, xworld: XWorld, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = xworld.server
    in_public = pictures.jpeg(640, 480)
    in_private = pictures.png(200, 150, text="receipt")
    server.post(xworld.anna, "@shop the heel broke", media_keys=[server.add_media(in_public, "image/jpeg", alt="A broken heel")])
    server.send_dm(xworld.bob, xworld.shop, "my receipt", media_keys=[server.add_media(in_private, "image/png", alt="A receipt")])
    add_account(cli, xworld)
    sync(cli)

    by_kind = {c["kind"]: c for c in conversations(cli)}
    kept = {}
    for kind, conv in by_kind.items():
        [message] = json.loads(cli("show", str(conv["id"]), "--json").out)["messages"]
        [attachment] = message["attachments"]
        kept[kind] = (attachment["alt"], Path(attachment["path"]).read_bytes())
    assert kept == {"public": ("A broken heel", in_public), "direct": ("A receipt", in_private)}

    picture = tmp_path / "heel.png"
    picture.write_bytes(pictures.png(300, 300, text="new heel"))
    for kind, alt in (("public", "The repaired heel"), ("direct", "The refund note")):
        queued = cli("reply", str(by_kind[kind]["id"]), "--text", f"Here it is ({kind})", "--attach", str(picture), "--alt", alt)
        assert queued.code == 0, queued.err
    sync(cli)
    sync(cli)

    [tweet] = server.replies_by(xworld.shop)
    [dm] = server.dms_by(xworld.shop)
    assert [server.media[k].alt for k in tweet.media_keys] == ["The repaired heel"]
    assert [server.media[k].alt for k in dm.media_keys] == ["The refund note"]
    assert server.media[tweet.media_keys[0]].data == picture.read_bytes()
    assert len(server.uploads_received) == 2
