"""What a picture is, checked before it is kept or sent (Pillow, no Qt).

Customers' files and the user's are untrusted alike. A picture is judged by
its bytes, not by its name or the server's content type: JPEG, PNG, GIF and
WebP only (SVG is refused: a drawing can be of any size and hold scripts).
Its size in pixels is read from the header and refused above
``MAX_PIXELS`` *before* anything is decoded (a decompression bomb: a small
file that would fill the memory); then it is decoded whole, so a truncated
or malformed file is refused here, with one line, instead of failing later
in a widget. The thumbnail the thread shows is made here too, off the UI.
"""

from __future__ import annotations

import contextlib
import functools
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from desktop_inbox.errors import BadInput
from desktop_inbox.words import QT_TRANSLATE_NOOP

MAX_PIXELS = 50_000_000  # 50 megapixels: a large camera photo is ~24
MAX_SIDE = 20_000
THUMB_SIDE = 320

TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}
SUFFIXES = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp"}


class BadImage(BadInput):
    """Not a picture we can show: the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class ImageFacts:
    content_type: str
    width: int
    height: int


@functools.cache
def _pillow() -> ModuleType:
    """Pillow's Image module, loaded when a picture is first read (the
    window's start does not wait for it: bench/, 3)."""
    from PIL import Image

    # Pillow's own bomb guard, as a second net (it raises above twice this).
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image


def looks_like_svg(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<svg", b"<?xml", b"<!doctype svg")) and b"<svg" in data[:4096].lower()


def inspect(data: bytes) -> ImageFacts:
    """Check ``data`` is a whole, reasonably sized picture; BadImage if not."""
    if looks_like_svg(data):
        raise BadImage(
            QT_TRANSLATE_NOOP(
                "Errors", "SVG drawings are not accepted (they can be of any size and hold scripts); use a PNG or JPEG."
            )
        )
    Image = _pillow()
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                kind = TYPES.get(image.format or "")
                if kind is None:
                    raise BadImage(
                        QT_TRANSLATE_NOOP("Errors", "{value} pictures are not accepted; use JPEG, PNG, GIF or WebP."),
                        value=image.format or "This",
                    )
                width, height = image.size
                _check_size(width, height)
                image.load()  # decodes it all: truncated or corrupt data fails here
        except BadImage:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise BadImage(
                QT_TRANSLATE_NOOP("Errors", "The picture is far too large in pixels to open safely.")
            ) from None
        except Image.UnidentifiedImageError:
            raise BadImage(
                QT_TRANSLATE_NOOP("Errors", "The file is not a picture that can be read (JPEG, PNG, GIF or WebP).")
            ) from None
        except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
            raise BadImage(
                QT_TRANSLATE_NOOP("Errors", "The picture is damaged or incomplete ({short})."), short=_short(exc)
            ) from None
    return ImageFacts(kind, width, height)


def _check_size(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise BadImage(QT_TRANSLATE_NOOP("Errors", "The picture has no pixels."))
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise BadImage(
            QT_TRANSLATE_NOOP(
                "Errors", "The picture is {width} × {height} pixels: too large to open safely (at most {n} megapixels)."
            ),
            width=width,
            height=height,
            n=MAX_PIXELS // 1_000_000,
        )


def thumbnail(data: bytes, side: int = THUMB_SIDE) -> bytes:
    """A PNG at most ``side`` pixels wide and high (call after ``inspect``)."""
    from PIL import ImageOps

    with _redrawn(data) as image:
        image.draft("RGB", (side, side))  # JPEG: decode at a fraction of the size
        small = ImageOps.exif_transpose(image)
        small.thumbnail((side, side))
        if small.mode not in ("RGB", "RGBA"):
            small = small.convert("RGBA")
        out = io.BytesIO()
        small.save(out, "PNG", optimize=True)
        return out.getvalue()


FIT_SIDE = 2048  # a fitted picture's longest side at most: more than any timeline shows


def fit(data: bytes, max_bytes: int) -> bytes:
    """A JPEG copy of the picture (call after ``inspect``) of at most
    ``max_bytes``: a phone's 4 MB photo for a platform that takes 1 MB.
    Turned upright first (its EXIF orientation), transparency on white; the
    quality steps down to 70, then the size shrinks. The copy carries no
    metadata (a photo's GPS position stays home). BadImage when even a small
    copy does not fit, or for an animation (a still would lose it)."""
    from PIL import ImageOps

    Image = _pillow()
    with _redrawn(data) as image:
        if getattr(image, "n_frames", 1) > 1:
            raise BadImage(QT_TRANSLATE_NOOP("Errors", "An animated picture cannot be made smaller here."))
        upright = ImageOps.exif_transpose(image)
        if upright.mode in ("RGBA", "LA", "PA") or (upright.mode == "P" and "transparency" in upright.info):
            rgba = upright.convert("RGBA")
            flat = Image.new("RGB", rgba.size, "white")
            flat.paste(rgba, mask=rgba.getchannel("A"))
        else:
            flat = upright.convert("RGB")
        scale = min(1.0, FIT_SIDE / max(flat.size))
        quality = 85
        while True:
            size = (max(1, round(flat.width * scale)), max(1, round(flat.height * scale)))
            frame = flat if size == flat.size else flat.resize(size, Image.Resampling.LANCZOS)
            out = io.BytesIO()
            frame.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
            if out.tell() <= max_bytes:
                return out.getvalue()
            if quality > 70:
                quality -= 5
            elif max(size) > 320:
                scale *= 0.8
            else:
                raise BadImage(QT_TRANSLATE_NOOP("Errors", "The picture cannot be made small enough for this platform."))


@contextlib.contextmanager
def _redrawn(data: bytes) -> Iterator[Any]:
    """A checked picture opened to be drawn anew (a thumbnail, a smaller
    copy): what Pillow's decoders raise, of many kinds, is one BadImage line."""
    Image = _pillow()
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                _check_size(*image.size)
                yield image
        except BadImage:
            raise
        except Exception as exc:  # all mean "unusable"
            raise BadImage(
                QT_TRANSLATE_NOOP("Errors", "The picture cannot be made smaller ({short})."), short=_short(exc)
            ) from None


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]
