"""Real picture bytes for the media tests, and hostile ones."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw


def png(width: int = 64, height: int = 48, *, color: tuple[int, int, int] = (200, 60, 40), text: str = "") -> bytes:
    image = Image.new("RGB", (width, height), color)
    draw = ImageDraw.Draw(image)
    draw.rectangle((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill=(250, 240, 220))
    if text:
        draw.text((4, 4), text, fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def jpeg(width: int = 640, height: int = 480, *, color: tuple[int, int, int] = (30, 90, 160)) -> bytes:
    image = Image.new("RGB", (width, height), color)
    ImageDraw.Draw(image).ellipse((width // 5, height // 5, width * 4 // 5, height * 4 // 5), fill=(240, 200, 60))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def bomb() -> bytes:
    """A tiny PNG whose header claims 100,000 × 100,000 pixels (40 GB decoded)."""
    raw = png(8, 8)
    ihdr_at = raw.index(b"IHDR")
    body = bytearray(raw[ihdr_at + 4 : ihdr_at + 4 + 13])
    body[0:8] = struct.pack(">II", 100_000, 100_000)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(body)) & 0xFFFFFFFF)
    return raw[: ihdr_at + 4] + bytes(body) + crc + raw[ihdr_at + 4 + 13 + 4 :]


def truncated() -> bytes:
    """A real PNG cut in the middle of its pixel data."""
    whole = png(400, 300, text="cut")
    return whole[: len(whole) // 2]


def huge_svg() -> bytes:
    """An SVG drawing 10^6 pixels wide with a million shapes' worth of promise."""
    shapes = "".join(f'<circle cx="{i}" cy="{i}" r="99999"/>' for i in range(20_000))
    return (
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1000000" height="1000000">'
        f"{shapes}<script>alert(1)</script></svg>"
    ).encode()


def noise_png(width: int, height: int, *, seed: int = 0) -> bytes:
    """A PNG that does not compress (random pixels): its size is ~3 bytes a pixel."""
    import random

    rng = random.Random(seed)
    image = Image.frombytes("RGB", (width, height), bytes(rng.getrandbits(8) for _ in range(width * height * 3)))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def kept(path: object) -> bytes:
    """The bytes of a kept file (``path`` as ``show --json`` gives it)."""
    return Path(str(path)).read_bytes()


def photo(width: int = 3000, height: int = 2000, *, orientation: int = 1, gps: bool = False, quality: int = 95) -> bytes:
    """A camera-like JPEG: grainy (noise does not compress, as a real photo's
    detail), several MB at this size; with an EXIF orientation, and a GPS
    position when asked (what must not travel to a customer)."""
    grain = Image.effect_noise((width, height), 60)
    image = Image.merge("RGB", (grain, grain.rotate(180), Image.linear_gradient("L").resize((width, height))))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    if gps:
        exif[0x8825] = {1: "N", 2: (37.0, 58.0, 12.0), 3: "E", 4: (23.0, 43.0, 40.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, exif=exif.tobytes())
    return out.getvalue()
