"""A message as HTML for its bubble in the thread view: inert text and links only.

Message HTML was sanitised when it was stored; it is sanitised again here
(defence in depth), so no script, style, image or frame can reach the view.
Internal actions (retry or cancel a reply) are ``inbox:`` links that the
view handles itself.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop_inbox.records import OutboxState
from desktop_inbox.services.values import MessageView
from desktop_inbox.text import html as message_html
from desktop_inbox.ui import i18n
from desktop_inbox.ui.conversation.media_html import attachment_html
from desktop_inbox.ui.i18n import QT_TRANSLATE_NOOP
from desktop_inbox.ui.timepick import clock, date_and_clock

translate = QCoreApplication.translate  # (context "ThreadView"; lupdate finds the calls by this name)

VISIBILITY = {
    "public": QT_TRANSLATE_NOOP("ThreadView", "public"),
    "unlisted": QT_TRANSLATE_NOOP("ThreadView", "unlisted"),
    "private": QT_TRANSLATE_NOOP("ThreadView", "followers only"),
    "direct": QT_TRANSLATE_NOOP("ThreadView", "direct message"),
}

# Explicit bidi controls a customer may put in a name or a message: openers
# (embeddings, overrides, isolates) and their closers.
_EMBEDS, _PDF = "\u202a\u202b\u202d\u202e", "\u202c"
_ISOLATES, _PDI = "\u2066\u2067\u2068", "\u2069"


def balance_bidi(text: str) -> str:
    """``text`` with every embedding, override or isolate it opens closed at
    its end, so that a right-to-left override in a message cannot reverse
    the name, time or links shown after it."""
    stack: list[str] = []
    for ch in text:
        if ch in _EMBEDS or ch in _ISOLATES:
            stack.append(ch)
        elif ch == _PDF:
            if stack and stack[-1] in _EMBEDS:
                stack.pop()
        elif ch == _PDI:
            while stack and stack.pop() not in _ISOLATES:
                pass
    return text + "".join(_PDI if c in _ISOLATES else _PDF for c in reversed(stack))


def isolate(text: str) -> str:
    """A name or handle as a bidi isolate: its direction stays inside."""
    return "\u2068" + balance_bidi(text) + _PDI


def render_message(message: MessageView, *, palette: dict[str, str], now: datetime | None = None) -> str:
    """One message's bubble as HTML: who and when, the text, its attachments
    and, for a reply still in the outbox, how its delivery goes. (The
    bubble's colour and side are the thread view's.)"""
    now = now or datetime.now(UTC)
    when = _when(message.created_at, now)
    author = isolate(html.escape(message.author_name or message.author_handle))
    handle = isolate(html.escape(message.author_handle))
    visibility = translate("ThreadView", VISIBILITY[message.visibility]) if message.visibility in VISIBILITY else message.visibility
    body = message_html.sanitize(message.html) if message.html else message_html.text_to_html(message.text)
    body = balance_bidi(body)
    status = _status(message, palette)
    attachments = "".join(_attachment(a, palette) for a in message.attachments)
    link = (
        f' · <a href="{html.escape(message.url, quote=True)}" style="color:{palette["dim"]}">{_open_in_browser()}</a>'
        if message.url and message.url.startswith(("https://", "http://"))
        else ""
    )
    return (
        f'<div style="color:{palette["text"]}"><span style="font-weight:600">{author}</span> '
        f'<span style="color:{palette["dim"]}">{handle} · {when} · {visibility}{link}</span>'
        f'<div style="margin-top:4px">{body}</div>{attachments}{status}</div>'
    )


def _status(message: MessageView, palette: dict[str, str]) -> str:
    if not message.pending:
        return ""
    item = message.outbox_id
    if message.outbox_state == OutboxState.FAILED:
        reason = html.escape(message.outbox_error or translate("ThreadView", "The platform refused this reply."))
        retry = translate("ThreadView", "Retry", "a link: send a refused reply again")
        retry = f'<a href="inbox:retry/{item}" style="color:{palette["link"]}">{retry}</a>'
        cancel = f'<a href="inbox:cancel/{item}" style="color:{palette["link"]}">{_cancel()}</a>'
        not_sent = i18n.arg(translate("ThreadView", "Not sent: %1 %2 · %3", "why; the links Retry and Cancel"), reason, retry, cancel)
        return f'<p style="color:{palette["error"]}; margin-top:6px">{not_sent}</p>'
    if message.outbox_state == OutboxState.MAYBE_SENT:
        reason = html.escape(message.outbox_error or translate("ThreadView", "The server did not confirm it."))
        maybe = translate(
            "ThreadView",
            "May have been sent: %1 It will not be sent again by itself; open the outbox to resend it or mark it as sent.",
        )
        return f'<p style="color:{palette["warn"]}; margin-top:6px">{i18n.arg(maybe, reason)}</p>'
    if message.outbox_state == OutboxState.SENDING:
        text = translate("ThreadView", "Sending…")
    else:
        text = translate("ThreadView", "Waiting to be sent")
    if message.send_at is not None and message.outbox_state == OutboxState.QUEUED:
        text = i18n.arg(translate("ThreadView", "Scheduled for %1"), date_and_clock(message.send_at.astimezone()))
    last_try = translate("ThreadView", "Last try: %1 — it will be sent again automatically.")
    error = (
        f'<br><span style="color:{palette["warn"]}">{i18n.arg(last_try, html.escape(message.outbox_error))}</span>'
        if message.outbox_error
        else ""
    )
    cancel = f' <a href="inbox:cancel/{item}" style="color:{palette["link"]}">{_cancel()}</a>' if message.outbox_state == OutboxState.QUEUED else ""
    # (◷, not an emoji: a desktop without an emoji font draws those as boxes.)
    return f'<p style="color:{palette["dim"]}; margin-top:6px">◷ {text}{cancel}{error}</p>'


def _attachment(attachment: dict[str, object], palette: dict[str, str]) -> str:
    kept = attachment_html(attachment, palette, isolate)  # pictures and other media: media_html.py
    if kept is not None:
        return kept
    kind = html.escape(str(attachment.get("kind") or translate("ThreadView", "file", "an attachment")))
    description = html.escape(str(attachment.get("description") or attachment.get("name") or ""))
    description = isolate(description) if description else ""
    url = attachment.get("url")
    label = f"{kind}{': ' + description if description else ''}"
    if isinstance(url, str) and url.startswith(("https://", "http://")):
        # Never loaded here: the user opens it in the browser if they wish.
        return (
            f'<p style="color:{palette["dim"]}">{label} — '
            f'<a href="{html.escape(url, quote=True)}" style="color:{palette["link"]}">{_open_in_browser()}</a></p>'
        )
    return f'<p style="color:{palette["dim"]}">{label}</p>'


def _when(value: datetime, now: datetime) -> str:
    local = value.astimezone()
    if local.date() == now.astimezone().date():
        return clock(local)
    if local.year == now.astimezone().year:
        return date_and_clock(local)
    form = translate("Time", "dd MMM yyyy, HH:mm", "a day in another year and its time (Qt date format)")
    return QLocale().toString(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)), form)


def _open_in_browser() -> str:
    return translate("ThreadView", "open in browser")


def _cancel() -> str:
    return translate("ThreadView", "Cancel", "a link: take back a reply waiting to go out")
