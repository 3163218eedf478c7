"""A message as HTML for its bubble in the thread view: inert text and links only.

Message HTML was sanitised when it was stored; it is sanitised again here
(defence in depth), so no script, style, image or frame can reach the view.
Internal actions (retry or cancel a reply) are ``inbox:`` links that the
view handles itself.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from desktop_inbox.records import OutboxState
from desktop_inbox.services.values import MessageView
from desktop_inbox.text import html as message_html
from desktop_inbox.ui.conversation.media_html import attachment_html

VISIBILITY = {"public": "public", "unlisted": "unlisted", "private": "followers only", "direct": "direct message"}

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
    visibility = VISIBILITY.get(message.visibility, message.visibility)
    body = message_html.sanitize(message.html) if message.html else message_html.text_to_html(message.text)
    body = balance_bidi(body)
    status = _status(message, palette)
    attachments = "".join(_attachment(a, palette) for a in message.attachments)
    link = (
        f' · <a href="{html.escape(message.url, quote=True)}" style="color:{palette["dim"]}">open in browser</a>'
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
        reason = html.escape(message.outbox_error or "The platform refused this reply.")
        return (
            f'<p style="color:{palette["error"]}; margin-top:6px">Not sent: {reason} '
            f'<a href="inbox:retry/{item}" style="color:{palette["link"]}">Retry</a> · '
            f'<a href="inbox:cancel/{item}" style="color:{palette["link"]}">Cancel</a></p>'
        )
    if message.outbox_state == OutboxState.MAYBE_SENT:
        reason = html.escape(message.outbox_error or "The server did not confirm it.")
        return (
            f'<p style="color:{palette["warn"]}; margin-top:6px">May have been sent: {reason} It will not be '
            "sent again by itself; open the outbox to resend it or mark it as sent.</p>"
        )
    text = "Sending…" if message.outbox_state == OutboxState.SENDING else "Waiting to be sent"
    if message.send_at is not None and message.outbox_state == OutboxState.QUEUED:
        text = f"Scheduled for {message.send_at.astimezone():%a %d %b %H:%M}"
    error = (
        f'<br><span style="color:{palette["warn"]}">Last try: {html.escape(message.outbox_error)} — '
        "it will be sent again automatically.</span>"
        if message.outbox_error
        else ""
    )
    cancel = f' <a href="inbox:cancel/{item}" style="color:{palette["link"]}">Cancel</a>' if message.outbox_state == OutboxState.QUEUED else ""
    return f'<p style="color:{palette["dim"]}; margin-top:6px">⏳ {text}{cancel}{error}</p>'


def _attachment(attachment: dict[str, object], palette: dict[str, str]) -> str:
    kept = attachment_html(attachment, palette, isolate)  # pictures and other media: media_html.py
    if kept is not None:
        return kept
    kind = html.escape(str(attachment.get("kind") or "file"))
    description = html.escape(str(attachment.get("description") or attachment.get("name") or ""))
    description = isolate(description) if description else ""
    url = attachment.get("url")
    label = f"{kind}{': ' + description if description else ''}"
    if isinstance(url, str) and url.startswith(("https://", "http://")):
        # Never loaded here: the user opens it in the browser if they wish.
        return (
            f'<p style="color:{palette["dim"]}">📎 {label} — '
            f'<a href="{html.escape(url, quote=True)}" style="color:{palette["link"]}">open in browser</a></p>'
        )
    return f'<p style="color:{palette["dim"]}">📎 {label}</p>'


def _when(value: datetime, now: datetime) -> str:
    local = value.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    if local.year == now.astimezone().year:
        return local.strftime("%a %d %b, %H:%M")
    return local.strftime("%d %b %Y, %H:%M")
