"""A Mastodon account's picture limit is its server's: read from the instance
answer at sign-in (``configuration.media_attachments.image_size_limit``),
kept with the account (on SQLite and on a team's PostgreSQL alike), and
used by the composer's checks and by attaching (a JPEG over it is sent as a
copy that fits), so that a photo the server would refuse with a 422 is
never queued. A server that says nothing, or something unbelievable, leaves
the platform's limit."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_inbox.connectors.mastodon.connector import MastodonConnector
from desktop_inbox.connectors.mastodon.descriptor import DESCRIPTOR
from desktop_inbox.demo.httpbase import Request, Response
from desktop_inbox.demo.mastodon_server import MastodonServer
from desktop_inbox.records import LIMITS_CHECKED, PICTURE_LIMIT, Platform
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import checks
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.store.outbox import OutboxItem
from desktop_inbox.store.schema import AccountRow
from desktop_inbox.sync.events import SyncEventKind
from tests.helpers import pictures
from tests.helpers.app import ServicesApp
from tests.helpers.mastodon import World, make_world

MB = 1024 * 1024
MASTODON_DEFAULT = DESCRIPTOR.media.max_bytes


@pytest.fixture
async def app(open_cache: Callable[[Path], Cache], data_dir: Path) -> AsyncIterator[ServicesApp]:
    app = ServicesApp(open_cache(data_dir), Secrets())
    yield app
    await app.close()


async def _conversation(app: ServicesApp, world: World) -> int:
    world.server.post(world.anna, "@shop which colour is the new strap?")
    await app.engine.sync_once()
    [summary] = await app.inbox.page()
    return summary.id


def test_the_test_server_refuses_a_bigger_picture_as_mastodon_does(world: World) -> None:
    world.server.image_size_limit = 1 * MB
    auth = {"Authorization": f"Bearer {world.token}"}

    def upload(size: int) -> httpx.Response:
        files = {"file": ("photo.jpg", b"\xff" * size, "image/jpeg")}
        return httpx.post(f"{world.url}/api/v2/media", headers=auth, files=files, data={"description": "a photo"})

    refused = upload(MB)  # (Mastodon's validation: *less than* the limit)
    assert refused.status_code == 422
    assert refused.json() == {
        "error": "Validation failed: File must be less than 1 MB, File file size must be less than 1 MB"
    }
    assert upload(MB - 1).status_code == 200
    for version in ("v2", "v1"):
        said = httpx.get(f"{world.url}/api/{version}/instance").json()
        assert said["configuration"]["media_attachments"]["image_size_limit"] == MB


async def test_signing_in_keeps_the_instances_picture_limit(app: ServicesApp, world: World) -> None:
    world.server.image_size_limit = 8 * MB
    account = await app.accounts.add_mastodon_token(world.url, world.token)
    assert account.picture_limit == 8 * MB
    assert account.extra[PICTURE_LIMIT] == str(8 * MB)
    assert (await app.accounts.get(account.id)).picture_limit == 8 * MB  # (read back from the store)
    conversation_id = await _conversation(app, world)
    detail = await app.inbox.conversation(conversation_id)
    assert detail.picture_limit == 8 * MB
    channels = await app.replies.channels(detail.summary.contact_id or 0)  # ("Answer via")
    assert channels and all(c.picture_limit == 8 * MB for c in channels)
    assert checks.media_limits(Platform.MASTODON, detail.picture_limit).max_bytes == 8 * MB - 1
    # Signing in again reads it again: a server that says nothing now leaves the platform's.
    world.server.image_size_limit = None
    again = await app.accounts.add_mastodon_token(world.url, world.token)
    assert again.id == account.id and again.picture_limit is None and PICTURE_LIMIT not in again.extra
    assert (await app.inbox.conversation(conversation_id)).picture_limit is None


async def _photo_over_2_mb_limit(app: ServicesApp, world: World, tmp_path: Path) -> tuple[Account, int, Path]:
    """An account on a server that takes pictures up to 2 MB, a conversation
    on it, and a phone's photo over that."""
    world.server.image_size_limit = 2 * MB
    account = await app.accounts.add_mastodon_token(world.url, world.token)
    conversation_id = await _conversation(app, world)
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(pictures.photo(2400, 1600))
    return account, conversation_id, photo


async def test_the_composer_check_says_a_picture_is_over_the_instances_limit(
    app: ServicesApp, world: World, tmp_path: Path
) -> None:
    account, conversation_id, photo = await _photo_over_2_mb_limit(app, world, tmp_path)
    assert 2 * MB < photo.stat().st_size < MASTODON_DEFAULT  # Mastodon's own 16 MB would take it
    media = app.services.media
    as_is = await media.attach_file(photo)  # (not fitted: attached for no platform)
    assert not media.problem(Platform.MASTODON, [(as_is, "A sandal")], direct=False)
    problem = media.problem(Platform.MASTODON, [(as_is, "A sandal")], direct=False, picture_limit=account.picture_limit)
    assert str(problem) == f"IMG_2041.jpg is {as_is.size / MB:.1f} MB; Mastodon takes pictures up to 2.0 MB."
    # Queueing it (the app's send, the command line's reply) refuses it too: no 422 in the outbox.
    with pytest.raises(checks.PicturesRefused, match=re.escape("Mastodon takes pictures up to 2.0 MB.")):
        await app.replies.send(conversation_id, "Here it is", delay=timedelta(0), pictures=[(as_is, "A sandal")])
    assert await app.replies.pending() == []


async def test_a_jpeg_over_the_instances_limit_is_sent_as_a_copy_that_fits(
    app: ServicesApp, world: World, tmp_path: Path
) -> None:
    account, conversation_id, photo = await _photo_over_2_mb_limit(app, world, tmp_path)
    fitted = await app.services.media.attach_file(photo, platform=Platform.MASTODON, picture_limit=account.picture_limit)
    assert fitted.fitted_from == photo.stat().st_size and fitted.size < 2 * MB
    copy = await asyncio.to_thread(Path(fitted.path).read_bytes)  # (the outbox lets it go once sent)
    item: OutboxItem = (
        await app.replies.send(conversation_id, "Here it is", delay=timedelta(0), pictures=[(fitted, "A sandal")])
    ).items[-1]
    await app.engine.sync_once()
    [reply] = world.server.replies_by(world.shop)
    [attached] = reply.media
    assert world.server.media_files[attached["id"]].data == copy
    assert [p for p in await app.replies.pending() if p.item.id == item.id] == []


async def test_without_the_accounts_limit_the_server_refuses_the_photo_when_it_is_sent(
    app: ServicesApp, world: World, tmp_path: Path
) -> None:
    """What the account's limit saves the user from (an account added before
    it was asked): the photo goes into the outbox and the server says 422."""
    world.server.image_size_limit = None  # (said nothing at sign-in)
    account = await app.accounts.add_mastodon_token(world.url, world.token)
    assert account.picture_limit is None
    world.server.image_size_limit = 2 * MB
    conversation_id = await _conversation(app, world)
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(pictures.photo(2400, 1600))
    attached = await app.services.media.attach_file(photo, platform=Platform.MASTODON)  # (the platform's 16 MB)
    assert attached.fitted_from is None
    await app.replies.send(conversation_id, "Here it is", delay=timedelta(0), pictures=[(attached, "A sandal")])
    await app.engine.sync_once()
    assert world.server.replies_by(world.shop) == [] and world.server.uploads_received == []
    [pending] = await app.replies.pending()
    assert "must be less than 2 MB" in str(pending.problem), str(pending.problem)


async def test_an_instance_that_omits_the_limit_leaves_the_platforms(app: ServicesApp, world: World) -> None:
    world.server.image_size_limit = None
    account = await app.accounts.add_mastodon_token(world.url, world.token)
    assert account.picture_limit is None and PICTURE_LIMIT not in account.extra
    assert checks.media_limits(Platform.MASTODON, account.picture_limit).max_bytes == MASTODON_DEFAULT
    conversation_id = await _conversation(app, world)
    assert (await app.inbox.conversation(conversation_id)).picture_limit is None


@pytest.mark.parametrize(
    "said",
    [str(8 * MB), -8 * MB, 0, 10**30, 2**40, 8 * MB + 0.5, True, [8 * MB], {"bytes": 8 * MB}, 1000],
    ids=["string", "negative", "zero", "huge", "terabyte", "float", "bool", "list", "object", "tiny"],
)
async def test_a_malformed_limit_is_ignored_rather_than_trusted(app: ServicesApp, world: World, said: Any) -> None:
    world.server.image_size_limit = said
    account = await app.accounts.add_mastodon_token(world.url, world.token)
    assert account.picture_limit is None and PICTURE_LIMIT not in account.extra
    assert account.char_limit == 500  # (the rest of the answer is read as before)
    assert checks.media_limits(Platform.MASTODON, account.picture_limit).max_bytes == MASTODON_DEFAULT


def test_a_limit_larger_than_the_platforms_leaves_the_platforms() -> None:
    assert checks.media_limits(Platform.MASTODON, 40 * MB).max_bytes == MASTODON_DEFAULT
    assert checks.media_limits(Platform.MASTODON, None) == DESCRIPTOR.media
    assert checks.media_limits(Platform.MASTODON, 2 * MB).max_bytes == 2 * MB - 1


class OlderServer(MastodonServer):
    """No ``/api/v2/instance`` (Mastodon 3, older Pleroma): the v1 answer
    says the limit, in Mastodon's shape or, with ``pleroma``, as Pleroma's
    and Akkoma's ``upload_limit``."""

    pleroma = False

    def h_instance_v2(self, request: Request) -> Response:
        return Response(404, {"error": "Record not found"})

    def h_instance_v1(self, request: Request) -> Response:
        response = super().h_instance_v1(request)
        if self.pleroma:
            body = response.body
            assert isinstance(body, dict)
            del body["configuration"]["media_attachments"]
            body["upload_limit"] = self.image_size_limit
            body["max_toot_chars"] = 5000
            del body["configuration"]["statuses"]
        return response


@pytest.mark.parametrize("pleroma", [False, True], ids=["mastodon-v1", "pleroma"])
async def test_an_older_server_says_it_in_its_v1_answer(pleroma: bool) -> None:
    server = OlderServer()
    server.pleroma = pleroma
    world = make_world(server.start())
    try:
        world.server.image_size_limit = 10 * MB
        connector = MastodonConnector(base_url=world.url, token=world.token)
        try:
            limits = await connector.instance_limits()
        finally:
            await connector.aclose()
        assert limits.picture_limit == 10 * MB
        assert limits.char_limit == (5000 if pleroma else 500)
        world.server.image_size_limit = "10MB"
        connector = MastodonConnector(base_url=world.url, token=world.token)
        try:
            assert (await connector.instance_limits()).picture_limit is None
        finally:
            await connector.aclose()
    finally:
        world.server.stop()


async def test_the_sync_asks_the_server_its_limits_again_after_a_day(app: ServicesApp, world: World) -> None:
    world.server.image_size_limit = 8 * MB
    account = await app.accounts.add_mastodon_token(world.url, world.token)
    assert account.limits_checked_at is not None
    world.server.image_size_limit, world.server.max_characters = 4 * MB, 1000  # the admin changes them
    asked = world.server.hits("/api/v2/instance")
    [result] = await app.engine.sync_once()
    assert result.ok and world.server.hits("/api/v2/instance") == asked  # (asked at sign-in: not again today)
    assert (await app.accounts.get(account.id)).picture_limit == 8 * MB

    later = datetime.now(UTC) + timedelta(days=1, minutes=1)
    app.engine.clock = lambda: later
    events = []
    app.engine.subscribe(events.append)
    [result] = await app.engine.sync_once()
    assert result.ok and world.server.hits("/api/v2/instance") == asked + 1
    kept = await app.accounts.get(account.id)
    assert (kept.picture_limit, kept.char_limit, kept.limits_checked_at) == (4 * MB, 1000, later)
    assert kept.to_json()["picture_limit"] == 4 * MB
    assert any(e.kind == SyncEventKind.ACCOUNT and e.account_id == account.id for e in events)  # (the window reads it again)
    await app.engine.sync_once()
    assert world.server.hits("/api/v2/instance") == asked + 1  # (once a day)


async def test_an_account_added_before_the_limit_was_kept_learns_it_at_the_next_sync(
    app: ServicesApp, world: World
) -> None:
    world.server.image_size_limit = 2 * MB
    account = await app.accounts.add_mastodon_token(world.url, world.token)
    # As an account added before: no limit kept, never asked.
    extra = {k: v for k, v in account.extra.items() if k not in (PICTURE_LIMIT, LIMITS_CHECKED)}
    await app.cache.write(lambda: AccountRow.update(extra=extra).where(AccountRow.id == account.id).execute())
    assert (await app.accounts.get(account.id)).picture_limit is None
    [result] = await app.engine.sync_once()
    assert result.ok and (await app.accounts.get(account.id)).picture_limit == 2 * MB


async def test_a_server_that_gives_no_readable_answer_keeps_what_the_account_knew(
    app: ServicesApp, world: World
) -> None:
    world.server.image_size_limit, world.server.max_characters = 8 * MB, 5000
    account = await app.accounts.add_mastodon_token(world.url, world.token)
    checked = account.limits_checked_at
    later = datetime.now(UTC) + timedelta(days=2)
    app.engine.clock = lambda: later
    world.server.inject("status", path="/api/v[12]/instance", status=503, count=2)
    [result] = await app.engine.sync_once()
    assert result.ok  # (the inbox synced all the same)
    kept = await app.accounts.get(account.id)
    # Not the defaults (16 MB and 500): what it said at sign-in; asked again tomorrow, not at every cycle.
    assert (kept.picture_limit, kept.char_limit) == (8 * MB, 5000) and kept.limits_checked_at == later != checked
    asked = world.server.hits("/instance")
    await app.engine.sync_once()
    assert world.server.hits("/instance") == asked


@pytest.mark.parametrize(
    ("said", "kept"), [(5000, 5000), ("5000", 5000), (0, 500), (-5, 500), (10**12, 500), ("many", 500), (True, 500)]
)
async def test_an_unbelievable_post_length_is_not_kept(world: World, said: object, kept: int) -> None:
    # (0 would refuse every reply in the composer; a server's answer is not trusted.)
    world.server.max_characters = said
    connector = MastodonConnector(base_url=world.url, token=world.token)
    try:
        limits = await connector.instance_limits()
    finally:
        await connector.aclose()
    assert (limits.char_limit, limits.url_length) == (kept, 23)
