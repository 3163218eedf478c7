"""Customers' pictures through the Mastodon connector, kept for offline
reading; a reply with a picture reaches the server once, with its alt text."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_inbox.store import media as store_media
from tests.helpers import pictures
from tests.helpers.mastodon import World
from tests.integration.conftest import App


async def test_a_customer_photo_is_kept_with_its_alt_text(app: App, world: World) -> None:
    photo = pictures.jpeg(800, 600)
    attachment = world.server.add_media(photo, "image/jpeg", description="The broken strap, close up")
    world.server.post(world.anna, "@shop the strap broke after two days", media=[attachment])
    await app.add(world)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.media == 1
    [conv] = await app.inbox.page()
    detail = await app.inbox.conversation(conv.id)
    [message] = detail.messages
    [shown] = message.to_json()["attachments"]
    assert shown["kind"] == "image" and shown["alt"] == "The broken strap, close up"
    path = Path(shown["path"])
    assert pictures.kept(path) == photo  # the very bytes, kept in the data folder
    assert path.is_relative_to(app.cache.data_dir / "media")
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert shown["size"] >= len(photo)
    # Offline: the server is gone, the picture is still there.
    world.server.stop()
    again = await app.inbox.conversation(conv.id)
    assert pictures.kept(again.messages[0].to_json()["attachments"][0]["path"]) == photo


async def test_hostile_pictures_are_refused_and_the_rest_is_kept(app: App, world: World) -> None:
    good = pictures.png(120, 90)
    hostile = [
        world.server.add_media(pictures.bomb(), "image/png", description="bomb"),
        world.server.add_media(pictures.truncated(), "image/png", description="cut"),
        world.server.add_media(pictures.huge_svg(), "image/png", description="svg"),
    ]
    world.server.post(world.anna, "@shop look", media=[*hostile, world.server.add_media(good, "image/png")])
    await app.add(world)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.media == 1
    rows = await app.cache.read(
        lambda: store_media.database.execute_sql("SELECT position, state, error FROM media ORDER BY position").fetchall()
    )
    states = {r[0]: (r[1], r[2]) for r in rows}
    assert states[3][0] == "stored"
    for position in (0, 1, 2):
        assert states[position][0] == "refused", states
    assert "too large" in states[0][1]
    assert "damaged or incomplete" in states[1][1]
    assert "SVG" in states[2][1]


async def test_a_video_is_kept_with_its_poster_frame_and_a_sound_with_an_icon(app: App, world: World) -> None:
    video = b"\x00\x00\x00\x18ftypmp42" + os.urandom(3000)  # a file the app keeps as it is, never decodes
    sound = b"ID3\x03\x00" + os.urandom(2000)
    world.server.post(
        world.anna,
        "@shop it squeaks when I walk",
        media=[
            world.server.add_media(video, "video/mp4", kind="video", description="Walking", preview=pictures.png(160, 90)),
            world.server.add_media(sound, "audio/mpeg", kind="audio", description="The squeak"),
        ],
    )
    await app.add(world)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.media == 2
    [conv] = await app.inbox.page()
    [message] = (await app.inbox.conversation(conv.id)).messages
    shown_video, shown_sound = message.attachments
    assert pictures.kept(shown_video["path"]) == video and str(shown_video["path"]).endswith(".mp4")
    assert pictures.kept(shown_video["thumb_path"]).startswith(b"\x89PNG")  # the poster frame's thumbnail
    assert pictures.kept(shown_sound["path"]) == sound and str(shown_sound["path"]).endswith(".mp3")
    assert shown_sound["thumb_path"] is None  # the thread shows an icon
    assert [a["alt"] for a in message.to_json()["attachments"]] == ["Walking", "The squeak"]


async def test_an_undone_reply_sent_again_keeps_its_picture_when_the_old_one_is_let_go(app: App, world: World, tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from desktop_inbox.store import outbox_media
    from desktop_inbox.store.media_files import MediaFolder

    world.server.post(world.anna, "@shop which colour is the new strap?")
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    file = tmp_path / "strap.png"
    file.write_bytes(pictures.png(120, 80))
    attached = await app.services.media.attach_file(file)
    replies = app.services.replies
    first = await replies.send(conv.id, "Here it is", pictures=[(attached, "The strap")], delay=timedelta(seconds=30))
    await replies.undo(first)  # back to the composer, with its picture
    later = datetime.now(UTC) + timedelta(days=3)
    await replies.send(conv.id, "Here it is", pictures=[(attached, "The strap")], send_at=later)

    # A day on, the undone reply's pictures are let go; the queued one still names the file.
    files = await app.cache.write(outbox_media.release_finished, before=datetime.now(UTC) + timedelta(days=2))
    MediaFolder(app.cache.data_dir).remove(files)
    assert pictures.kept(attached.path) == file.read_bytes()
    await app.services.media.sweep()
    assert pictures.kept(attached.path) == file.read_bytes()


async def test_a_kept_file_named_outside_the_media_folder_is_shown_as_not_downloaded(app: App, world: World) -> None:
    world.server.post(world.anna, "@shop look", media=[world.server.add_media(pictures.png(), "image/png")])
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    # What a tampered backup could hold: a path that climbs out of the folder.
    await app.cache.write(lambda: store_media.database.execute_sql("UPDATE media SET file = '../../../etc/passwd'"))

    [message] = (await app.inbox.conversation(conv.id)).messages

    [shown] = message.to_json()["attachments"]
    assert shown["path"] is None
