"""An attachment as the thread shows it: the kept picture's thumbnail (a
``media:`` resource the thread view loads from the local file, never from
the network), its alt text, or a line saying why there is no picture.

Pure HTML, like ``thread_render``: every value is escaped, every name and
alt text isolated for bidi. The thumbnail links to ``inbox:media/<id>``,
which opens the viewer.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from desktop_inbox.ui import i18n
from desktop_inbox.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # (context "ThreadView"; lupdate finds the calls by this name)

SCHEME = "media"
THUMB_BOX = (240, 180)
# Symbols every desktop's ordinary fonts draw (DejaVu, Noto, Segoe UI Symbol):
# emoji need a colour font many Linux desktops lack, and showed as empty boxes.
_ICONS = {"image": "\u25a3", "gifv": "\u25b6", "video": "\u25b6", "audio": "\u266a"}
_WORDS = {
    "image": QT_TRANSLATE_NOOP("ThreadView", "picture"),
    "gifv": QT_TRANSLATE_NOOP("ThreadView", "animation"),
    "video": QT_TRANSLATE_NOOP("ThreadView", "video"),
    "audio": QT_TRANSLATE_NOOP("ThreadView", "sound"),
}
# Why there is no picture to show: "%1" is the word above.
_WHY = {
    "wanted": QT_TRANSLATE_NOOP("ThreadView", "%1 not downloaded yet"),
    "evicted": QT_TRANSLATE_NOOP("ThreadView", "%1 not kept (over this account's space for pictures)"),
    "refused": QT_TRANSLATE_NOOP("ThreadView", "%1 not shown: the file is not a picture that can be opened safely"),
    "failed": QT_TRANSLATE_NOOP("ThreadView", "%1 could not be downloaded"),
}


def media_src(path: str) -> str:
    """The resource name of a local thumbnail (``ui.conversation.media`` loads it)."""
    return f"{SCHEME}:{quote(path)}"


def _box(width: object, height: object) -> str:
    if not isinstance(width, int) or not isinstance(height, int) or width <= 0 or height <= 0:
        return f' width="{THUMB_BOX[0]}"'
    scale = min(THUMB_BOX[0] / width, THUMB_BOX[1] / height, 1.0)
    return f' width="{max(1, round(width * scale))}" height="{max(1, round(height * scale))}"'


def attachment_html(attachment: dict[str, object], palette: dict[str, str], isolate: object = None) -> str | None:
    """The attachment's HTML, or None when it is not media (a link, a quote:
    ``thread_render`` shows those as before)."""
    import html

    kind = str(attachment.get("kind") or "")
    if kind not in _ICONS or "state" not in attachment:
        return None
    alt = str(attachment.get("description") or "")
    alt_html = html.escape(alt)
    if callable(isolate) and alt_html:
        alt_html = isolate(alt_html)
    dim = palette["dim"]
    word = translate("ThreadView", _WORDS[kind])
    caption = i18n.arg(translate("ThreadView", "%1: %2", "an attachment's kind: its description"), word.capitalize(), alt_html)
    caption = f'<br><span style="color:{dim}">{caption}</span>' if alt else ""
    media_id = attachment.get("media_id")
    thumb = attachment.get("thumb_path")
    path = attachment.get("path")
    if isinstance(thumb, str) and thumb:
        image = f'<img src="{html.escape(media_src(thumb), quote=True)}"{_box(attachment.get("width"), attachment.get("height"))}>'
        if isinstance(media_id, int):
            image = f'<a href="inbox:media/{media_id}">{image}</a>'
        mark = "" if kind == "image" else f' <span style="color:{dim}">{_ICONS[kind]} {word}</span>'
        return f'<p style="margin-top:6px">{image}{mark}{caption}</p>'
    if isinstance(path, str) and path and isinstance(media_id, int):
        # Kept, but with nothing to show (a sound, a video without its poster frame).
        link = translate("ThreadView", "open", "a link: open the attachment")
        link = f'<a href="inbox:media/{media_id}" style="color:{palette["link"]}">{link}</a>'
        return f'<p style="color:{dim}; margin-top:6px">{_ICONS[kind]} {word} — {link}{caption}</p>'
    state = attachment.get("state")
    why = i18n.arg(translate("ThreadView", _WHY.get(str(state), QT_TRANSLATE_NOOP("ThreadView", "%1 not downloaded"))), word)
    return f'<p style="color:{dim}; margin-top:6px">{_ICONS[kind]} {why}{caption}</p>'
