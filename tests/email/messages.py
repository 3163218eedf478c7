"""Real-looking messages, written byte for byte as mail programs send them."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime

T0 = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)


def at(minutes: int) -> str:
    return format_datetime(T0 + timedelta(minutes=minutes))


def encoded(text: str, charset: str = "utf-8") -> str:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"  # a subject the body's charset cannot hold
    return Header(text, charset).encode()


def plain(
    *,
    frm: str,
    to: str,
    subject: str,
    body: str,
    mid: str,
    minutes: int,
    in_reply_to: str | None = None,
    references: str | None = None,
    charset: str = "utf-8",
    extra_headers: str = "",
) -> bytes:
    head = [
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {encoded(subject, charset) if not subject.isascii() else subject}",
        f"Date: {at(minutes)}",
        f"Message-ID: {mid}",
    ]
    if in_reply_to:
        head.append(f"In-Reply-To: {in_reply_to}")
    if references:
        head.append(f"References: {references}")
    head += ["MIME-Version: 1.0", f"Content-Type: text/plain; charset={charset}; format=flowed"]
    payload = body.replace("\n", "\r\n").encode(charset)
    if charset.lower() in ("utf-8",) or not payload.isascii():
        head.append("Content-Transfer-Encoding: base64")
        payload = base64.encodebytes(payload).replace(b"\n", b"\r\n")
    else:
        head.append("Content-Transfer-Encoding: 7bit")
    return ("\r\n".join(head) + extra_headers + "\r\n\r\n").encode("ascii") + payload


def html_only(*, frm: str, to: str, subject: str, html: str, mid: str, minutes: int, charset: str = "gb2312") -> bytes:
    head = (
        f"From: {frm}\r\nTo: {to}\r\nSubject: {encoded(subject, charset)}\r\nDate: {at(minutes)}\r\n"
        f"Message-ID: {mid}\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset={charset}\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    )
    return head.encode("ascii") + base64.encodebytes(html.encode(charset)).replace(b"\n", b"\r\n")


def with_attachment(
    *, frm: str, to: str, subject: str, body: str, mid: str, minutes: int, filename: str, data: bytes,
    in_reply_to: str | None = None, references: str | None = None,
) -> bytes:
    boundary = "----=_Part_4242"
    threading = ""
    if in_reply_to:
        threading += f"In-Reply-To: {in_reply_to}\r\n"
    if references:
        threading += f"References: {references}\r\n"
    head = (
        f"From: {frm}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {at(minutes)}\r\nMessage-ID: {mid}\r\n{threading}"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
        "This is a multi-part message in MIME format.\r\n"
    )
    text_part = (
        f"--{boundary}\r\nContent-Type: multipart/alternative; boundary=\"{boundary}-alt\"\r\n\r\n"
        f"--{boundary}-alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
        f"--{boundary}-alt\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"<p>{body}</p><img src=\"https://tracker.example/open.gif\">\r\n"
        f"--{boundary}-alt--\r\n"
    )
    quoted_name = "=?UTF-8?B?" + base64.b64encode(filename.encode()).decode() + "?="
    attachment = (
        f"--{boundary}\r\nContent-Type: application/pdf; name=\"{quoted_name}\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: attachment; filename*=utf-8''{_pct(filename)}\r\n\r\n"
    ).encode("ascii") + base64.encodebytes(data).replace(b"\n", b"\r\n") + f"--{boundary}--\r\n".encode("ascii")
    return head.encode("ascii") + text_part.encode("utf-8") + attachment


def _pct(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")
