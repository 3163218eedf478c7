"""A picture larger than the platform takes goes as a copy that fits (a
phone's photo for Bluesky's 1 MB blobs): upright, without its metadata,
the user's own file untouched; what cannot be fitted is refused in one line."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from PIL import Image

from desktop_inbox.records import Platform
from desktop_inbox.services.media import MediaService
from desktop_inbox.store import images
from desktop_inbox.store.db import Cache
from tests.helpers import pictures


def test_a_photo_is_fitted_under_the_limit_upright_and_without_its_metadata() -> None:
    photo = pictures.photo(2400, 1600, orientation=6, gps=True)  # taken with the phone on its side
    assert len(photo) > 1_000_000
    fitted = images.fit(photo, 1_000_000)
    assert len(fitted) <= 1_000_000
    facts = images.inspect(fitted)
    assert facts.content_type == "image/jpeg"
    assert (facts.width, facts.height) == (1600 * 2048 // 2400, 2048)  # turned upright, longest side 2048
    with Image.open(io.BytesIO(fitted)) as image:
        assert not image.getexif()  # no orientation left to apply twice, no GPS position, no maker
        assert "exif" not in image.info


def test_transparency_becomes_white_and_a_small_limit_shrinks_the_picture() -> None:
    clear = Image.new("RGBA", (600, 400), (0, 0, 0, 0))
    clear.paste((200, 30, 30, 255), (0, 0, 300, 400))
    out = io.BytesIO()
    clear.save(out, "PNG")
    fitted = images.fit(out.getvalue(), 30_000)
    with Image.open(io.BytesIO(fitted)) as image:
        assert image.format == "JPEG"
        r, g, b = image.convert("RGB").getpixel((500, 200))
        assert min(r, g, b) > 235  # the transparent half is white, not black
    noisy = pictures.noise_png(1200, 900)
    small = images.fit(noisy, 60_000)
    assert len(small) <= 60_000
    assert max(images.inspect(small).width, images.inspect(small).height) < 1200


def test_what_cannot_be_fitted_is_refused_in_one_line() -> None:
    frames = [Image.new("RGB", (200, 200), c) for c in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    with pytest.raises(images.BadImage, match="animated"):
        images.fit(out.getvalue(), 100)
    with pytest.raises(images.BadImage, match="small enough"):
        images.fit(pictures.noise_png(800, 600), 500)


def test_attaching_for_a_platform_fits_only_what_it_would_refuse(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "data")
    media = MediaService(cache)
    file = tmp_path / "IMG_2041.jpg"
    file.write_bytes(pictures.photo(2400, 1600, gps=True))
    before = file.read_bytes()
    try:
        for_bluesky = asyncio.run(media.attach_file(file, platform=Platform.BLUESKY))
        assert for_bluesky.size <= 1_000_000 and for_bluesky.content_type == "image/jpeg"
        assert Path(for_bluesky.path).stat().st_size == for_bluesky.size
        assert for_bluesky.name == "IMG_2041.jpg"
        assert not media.problem(Platform.BLUESKY, [(for_bluesky, "A sandal")], direct=False)
        # Mastodon takes the file as it is; without a platform nothing changes either.
        for_mastodon = asyncio.run(media.attach_file(file, platform=Platform.MASTODON))
        assert Path(for_mastodon.path).read_bytes() == before
        as_is = asyncio.run(media.attach_file(file))
        assert Path(as_is.path).read_bytes() == before
        assert file.read_bytes() == before  # the user's own photo is never changed
    finally:
        cache.close()
