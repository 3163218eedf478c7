"""Pictures on the real local Bluesky network: a customer's photo (a blob in
their repository) is kept for offline reading with its alt text, and a
reply's picture is uploaded as a blob and posted once with its alt."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

from tests.bluesky.conftest import App, World
from tests.helpers import pictures
from tests.helpers.bluesky_net import User
from tests.helpers.lexicon import validate_record


def _post_with_picture(author: User, shop: User, data: bytes, alt: str) -> dict[str, Any]:
    uploaded = httpx.post(
        f"{author.net.pds}/xrpc/com.atproto.repo.uploadBlob",
        content=data,
        headers={**author.auth, "Content-Type": "image/png"},
        timeout=30,
    )
    assert uploaded.status_code == 200, uploaded.text
    tag = f"@{shop.handle}"
    text = f"{tag} the sole came off, look"
    record = {
        "$type": "app.bsky.feed.post",
        "text": text,
        "createdAt": "2026-12-01T10:00:00.000Z",
        "facets": [
            {
                "index": {"byteStart": 0, "byteEnd": len(tag.encode())},
                "features": [{"$type": "app.bsky.richtext.facet#mention", "did": shop.did}],
            }
        ],
        "embed": {"$type": "app.bsky.embed.images", "images": [{"alt": alt, "image": uploaded.json()["blob"]}]},
    }
    return author.xrpc(
        "POST", "com.atproto.repo.createRecord", body={"repo": author.did, "collection": "app.bsky.feed.post", "record": record}
    )


async def test_a_customer_photo_is_kept_and_a_reply_picture_posted_once(app: App, world: World, tmp_path: Path) -> None:
    photo = pictures.png(320, 240, text="sole")
    _post_with_picture(world.anna, world.shop, photo, "The sole of the left sandal, come loose")
    world.net.process_all()
    await app.add(world)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.media == 1
    [conv] = [c for c in await app.inbox.page() if c.kind == "public"]
    detail = await app.inbox.conversation(conv.id)
    [shown] = detail.messages[0].to_json()["attachments"]
    assert shown["alt"] == "The sole of the left sandal, come loose"
    assert pictures.kept(shown["path"]) == photo

    # The reply with a picture: one blob, one post, with its alt text.
    file = tmp_path / "glue.png"
    file.write_bytes(pictures.png(400, 300, text="new sole"))
    attached = await app.services.media.attach_file(file)
    await app.replies.send(
        conv.id, "So sorry Anna! This is the new pair on its way.", delay=timedelta(0),
        pictures=[(attached, "A new pair of sandals in a box")],
    )
    [sent] = await app.engine.sync_once()
    [again] = await app.engine.sync_once()
    assert sent.ok and sent.sent == 1, sent.error
    assert again.sent == 0
    posts = [r for r in world.shop.records() if r["value"].get("embed")]
    [post] = posts
    validate_record("app.bsky.feed.post", post["value"])  # as the lexicon describes it
    [image] = post["value"]["embed"]["images"]
    assert image["alt"] == "A new pair of sandals in a box"
    assert image["aspectRatio"] == {"width": 400, "height": 300}
    cid = image["image"]["ref"]["$link"]
    blob = httpx.get(f"{world.net.pds}/xrpc/com.atproto.sync.getBlob", params={"did": world.shop.did, "cid": cid}, timeout=30)
    assert blob.status_code == 200 and blob.content == file.read_bytes()


async def test_a_direct_message_cannot_carry_a_picture(app: App, world: World, tmp_path: Path) -> None:
    world.dm(world.anna, "hello, a question about my order")
    await app.add(world)
    await app.engine.sync_once()
    [conv] = [c for c in await app.inbox.page() if c.kind == "direct"]
    file = tmp_path / "p.png"
    file.write_bytes(pictures.png())
    attached = await app.services.media.attach_file(file)
    from desktop_inbox.services.checks import PicturesRefused

    try:
        await app.replies.send(conv.id, "Here", delay=timedelta(0), pictures=[(attached, "a picture")])
    except PicturesRefused as exc:
        assert "direct messages cannot carry pictures" in str(exc)
    else:
        raise AssertionError("a picture in a Bluesky DM was queued")


async def test_a_phone_photo_larger_than_a_blob_goes_as_a_copy_that_fits(app: App, world: World, tmp_path: Path) -> None:
    _post_with_picture(world.anna, world.shop, pictures.png(64, 48), "The sandal, in red")
    world.net.process_all()
    await app.add(world)
    [first] = await app.engine.sync_once()
    assert first.ok, first.error
    [conv] = [c for c in await app.inbox.page() if c.kind == "public"]
    file = tmp_path / "IMG_2041.jpg"
    file.write_bytes(pictures.photo(2400, 1600, gps=True))
    assert file.stat().st_size > 1_000_000  # more than a blob may be

    attached = await app.services.media.attach_file(file, platform=conv.platform)
    fitted = pictures.kept(attached.path)  # (let go once the reply is out)
    await app.replies.send(
        conv.id, "Here they are in blue, Anna.", delay=timedelta(0), pictures=[(attached, "The sandals in blue")]
    )
    [sent] = await app.engine.sync_once()
    assert sent.ok and sent.sent == 1, sent.error
    [post] = [r for r in world.shop.records() if r["value"].get("embed")]
    validate_record("app.bsky.feed.post", post["value"])
    [image] = post["value"]["embed"]["images"]
    assert image["image"]["size"] <= 1_000_000 and image["image"]["mimeType"] == "image/jpeg"
    assert image["aspectRatio"] == {"width": 2048, "height": 1365}
    cid = image["image"]["ref"]["$link"]
    blob = httpx.get(f"{world.net.pds}/xrpc/com.atproto.sync.getBlob", params={"did": world.shop.did, "cid": cid}, timeout=30)
    assert blob.status_code == 200 and blob.content == fitted
