"""Each account keeps its media up to a cap: past it, the pictures of the
oldest messages go first, and older ones are not fetched just to go again.
The switch off lets go of everything the account kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_inbox.store.schema import database
from tests.helpers import pictures
from tests.helpers.mastodon import World
from tests.integration.conftest import App


def _kept(app: App) -> dict[str, str]:
    """Each message's text -> its picture's state."""
    rows = database.execute_sql(
        "SELECT m.text, d.state, d.file FROM media d JOIN message m ON m.id = d.message_id"
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def _files(app: App) -> set[Path]:
    root = app.cache.data_dir / "media"
    return {p for p in root.rglob("*") if p.is_file()} if root.is_dir() else set()


def _file_fetches(world: World) -> int:
    return sum(1 for m, p in world.server.requests if m == "GET" and p.startswith("/system/media/"))


async def test_the_cap_lets_the_oldest_go_first(app: App, world: World) -> None:
    start = datetime.now(UTC) - timedelta(days=5)
    for day in range(5):
        data = pictures.noise_png(100, 100, seed=day)  # ~30 KB each, + a thumbnail
        world.server.post(
            world.anna, f"@shop photo {day}", created_at=start + timedelta(days=day),
            media=[world.server.add_media(data, "image/png", description=f"day {day}")],
        )
    await app.add(world)
    account = (await app.accounts.list())[0]
    # Room for three pictures and their thumbnails, not four.
    await app.cache.write(lambda: database.execute_sql("UPDATE account SET media_cap = ? WHERE id = ?", (200_000, account.id)))

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    kept = await app.cache.read(lambda: _kept(app))
    assert {t for t, s in kept.items() if s == "stored"} == {"@shop photo 4", "@shop photo 3", "@shop photo 2"}
    assert {t for t, s in kept.items() if s != "stored"} == {"@shop photo 1", "@shop photo 0"}
    fetched = _file_fetches(world)
    assert fetched == 4  # the fourth went over the cap; the fifth, older still, was never fetched
    assert len(_files(app)) == 6  # three pictures and three thumbnails

    # A new photo comes in: it is kept, and the oldest kept one goes.
    world.server.post(
        world.anna, "@shop photo 5",
        media=[world.server.add_media(pictures.noise_png(100, 100, seed=5), "image/png", description="day 5")],
    )
    [result] = await app.engine.sync_once()
    kept = await app.cache.read(lambda: _kept(app))
    assert {t for t, s in kept.items() if s == "stored"} == {"@shop photo 5", "@shop photo 4", "@shop photo 3"}
    assert len(_files(app)) == 6
    assert _file_fetches(world) == fetched + 1  # nothing older fetched again


async def test_switching_an_account_off_lets_go_of_its_media(app: App, world: World) -> None:
    world.server.post(world.anna, "@shop photo", media=[world.server.add_media(pictures.png(), "image/png")])
    await app.add(world)
    await app.engine.sync_once()
    account = (await app.accounts.list())[0]
    assert len(_files(app)) == 2

    settings = await app.services.media.set_settings(account.id, keep=False)

    assert not settings.keep and settings.files == 0 and settings.kept_bytes == 0
    assert _files(app) == set()
    world.server.post(world.bob, "@shop another", media=[world.server.add_media(pictures.png(), "image/png")])
    [result] = await app.engine.sync_once()
    assert result.media == 0 and _files(app) == set()
    # On again: everything comes back.
    await app.services.media.set_settings(account.id, keep=True)
    [result] = await app.engine.sync_once()
    assert result.media == 2
