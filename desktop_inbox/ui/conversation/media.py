"""Pictures for the widgets: decoded from local files only, safely.

Every picture a widget shows goes through ``load_image``: a path on this
computer (never a URL), read by ``QImageReader`` with an allocation limit
and its size checked from the header before anything is decoded, scaled
while decoding where the format allows. A file that is too large, damaged
or not a picture gives None, never an exception, and the widget shows a
line instead. Thumbnails of the thread are cached (a few MB at most).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from urllib.parse import unquote

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QImage, QImageReader

from desktop_inbox.ui.conversation.media_html import SCHEME

log = logging.getLogger("desktop_inbox.ui")

MAX_PIXELS = 50_000_000
ALLOCATION_LIMIT_MB = 256  # Qt refuses to allocate more for one image
_CACHE_SIZE = 120


def load_image(path: str, *, max_side: int | None = None) -> QImage | None:
    """The picture in the local file ``path`` (at most ``max_side`` pixels on
    its longer side), or None if it cannot be shown safely."""
    reader = QImageReader(path)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)
    if not reader.canRead():
        log.info("not a picture Qt can read: %s", path)
        return None
    size = reader.size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0 or size.width() * size.height() > MAX_PIXELS:
        log.info("picture refused for its size (%sx%s): %s", size.width(), size.height(), path)
        return None
    if max_side is not None and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.info("picture could not be decoded (%s): %s", reader.errorString(), path)
        return None
    return image


class Thumbnails:
    """The thread's ``media:`` resources: small local files, kept decoded."""

    def __init__(self, max_side: int = 480) -> None:
        self.max_side = max_side
        self._cache: OrderedDict[str, QImage | None] = OrderedDict()
        self.loaded: list[str] = []  # every file read (tests prove nothing else was)

    def resource(self, name: QUrl) -> QImage | None:
        """The image a ``media:`` resource names, or None (any other scheme too)."""
        if name.scheme() != SCHEME:
            return None
        path = unquote(name.toString()[len(SCHEME) + 1 :])
        if path in self._cache:
            self._cache.move_to_end(path)
            return self._cache[path]
        image = load_image(path, max_side=self.max_side)
        self.loaded.append(path)
        self._cache[path] = image
        while len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return image
