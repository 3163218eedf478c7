"""E-mail messages as the inbox shows them: who, when, which thread, what's new.

MIME is parsed by the standard library with its modern policy
(``email.policy.default``), which decodes RFC 2047 headers (Greek and
Chinese subjects), RFC 2231 file names and legacy charsets (ISO-8859-7,
GB2312, Big5, ...). What this module adds:

* the body: plain text preferred; an HTML-only message is flattened to text;
  HTML is only ever kept sanitised (``connectors.html``: no remote content);
* folding: quoted earlier replies and signatures are folded away, so that a
  thread shows what each message adds. A trailing ``>`` quote with its
  attribution line goes in any language; ``mail-parser-reply`` then finds
  client headers ("On ... wrote:", Outlook's "From: ... Sent: ...") and
  signatures, where it works. A signature is cut only when short, and a
  message that would fold to nothing is kept whole;
* attachments: listed with their IMAP section numbers (so one can be fetched
  later), never kept. For large messages the connector fetches only the
  structure and the text parts (``leaves_from_bodystructure``).
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from mailparser_reply import EmailMessage as ReplyParser
from mailparser_reply.constants import MAIL_LANGUAGES

from desktop_inbox.connectors.values import plausible_time
from desktop_inbox.text import html as html_text

POLICY = email.policy.default
_ID = re.compile(r"<[^<>\s]+>")
_LANGUAGES = [lang for lang in MAIL_LANGUAGES if len(lang) == 2]
MAX_REFERENCES = 40  # how many References we keep (first ones + the newest)
MAX_TEXT = 200_000  # characters of body text kept per message
SIGNATURE_MAX_LINES = 8
SIGNATURE_MAX_CHARS = 500


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    address: str  # as written

    @property
    def key(self) -> str:
        return self.address.lower()


@dataclass(slots=True)
class Leaf:
    """One leaf of the MIME tree: its IMAP section number and what it is."""

    section: str
    content_type: str  # "text/plain"
    filename: str = ""
    disposition: str = ""  # "attachment", "inline" or ""
    size: int = 0
    charset: str = ""
    part: Message | None = None  # the parsed part, when fetched

    @property
    def maintype(self) -> str:
        return self.content_type.partition("/")[0]

    @property
    def is_body_candidate(self) -> bool:
        return self.content_type in ("text/plain", "text/html") and self.disposition != "attachment" and not self.filename


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    section: str
    name: str
    content_type: str
    size: int


@dataclass(slots=True)
class ParsedMail:
    message_id: str
    subject: str
    sender: Address | None
    to: list[Address]
    cc: list[Address]
    reply_to: list[Address]
    date: datetime | None
    in_reply_to: list[str]
    references: list[str]
    text: str  # what this message adds (quotes and signature folded away)
    full_text: str  # the whole body as text
    html: str  # sanitised HTML of the whole body ('' if none)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    auto_submitted: bool = False
    folded: bool = False


# -- headers ---------------------------------------------------------------------


def clean(value: Any) -> str:
    """A header or body as a proper str (undecodable 8-bit bytes replaced)."""
    text = str(value) if value is not None else ""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text.replace("\x00", "")


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except (IndexError, ValueError, TypeError, AttributeError):
        # A header the modern policy cannot parse: take the raw value.
        value = next((v for k, v in msg.raw_items() if k.lower() == name.lower()), None)
    return " ".join(clean(value).split()) if value is not None else ""


def message_ids(value: str) -> list[str]:
    return _ID.findall(value or "")


def addresses(msg: Message, name: str) -> list[Address]:
    values = []
    for raw in msg.get_all(name, []) if name in msg else []:
        values.append(clean(raw))
    out = []
    for display, addr in getaddresses(values):
        addr = addr.strip()
        if "@" in addr and " " not in addr and len(addr) <= 320:
            out.append(Address(" ".join(display.split())[:200], addr))
    return out


def _date(msg: Message) -> datetime | None:
    raw = _header(msg, "Date")
    if not raw:
        return None
    try:
        parsed = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    try:  # a sender's clock in year 1 or 9999: the server's INTERNALDATE stands in
        return plausible_time(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC))
    except ValueError:
        return None


def synthetic_message_id(msg: Message, body: bytes) -> str:
    """A stable stand-in for a message without Message-ID (same in every folder)."""
    digest = hashlib.sha256()
    for name in ("Date", "From", "To", "Subject"):
        digest.update(_header(msg, name).encode("utf-8", "replace") + b"\0")
    digest.update(body[:65536])
    return f"<{digest.hexdigest()[:32]}@no-message-id.invalid>"


def trim_references(refs: list[str]) -> list[str]:
    """RFC 5322 lets long References drop middle ids; keep the first (the
    thread's root) and the newest."""
    if len(refs) <= MAX_REFERENCES:
        return refs
    return [refs[0], *refs[-(MAX_REFERENCES - 1) :]]


# -- MIME tree --------------------------------------------------------------------


def parse_bytes(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=POLICY)
    assert isinstance(msg, EmailMessage)
    return msg


def leaves_of(msg: Message) -> list[Leaf]:
    """The leaves of a fetched message, numbered as IMAP numbers sections.

    A forwarded message (message/rfc822) is one leaf: an attachment.
    """
    out: list[Leaf] = []

    def walk(part: Message, section: str) -> None:
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            for i, child in enumerate(part.get_payload() or [], 1):
                if isinstance(child, Message):
                    walk(child, f"{section}.{i}" if section else str(i))
            return
        payload = part.get_payload(decode=True) if not part.is_multipart() else None
        size = len(payload) if isinstance(payload, bytes) else len(part.as_bytes()) if part.is_multipart() else 0
        try:
            filename = part.get_filename() or ""
        except (TypeError, ValueError, LookupError):
            filename = ""
        out.append(
            Leaf(
                section=section or "1",
                content_type=part.get_content_type(),
                filename=clean(filename).strip()[:300],
                disposition=(part.get_content_disposition() or ""),
                size=size,
                charset=part.get_content_charset() or "",
                part=part,
            )
        )

    walk(msg, "")
    return out


def _param(params: Any, name: str) -> str:
    if not isinstance(params, (list, tuple)):
        return ""
    items = list(params)
    for key, value in zip(items[::2], items[1::2], strict=False):
        if isinstance(key, bytes) and key.decode("ascii", "replace").lower() == name:
            return _decode_param(value)
    return ""


def _decode_param(value: Any) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value or "")
    if "=?" in text:  # RFC 2047 in a parameter: wrong, but common
        with contextlib.suppress(ValueError, LookupError):
            text = str(make_header(decode_header(text)))
    return clean(text)


def _s(value: Any) -> str:
    return value.decode("ascii", "replace").lower() if isinstance(value, bytes) else str(value or "").lower()


def leaves_from_bodystructure(structure: Any) -> list[Leaf]:
    """Leaves from an IMAP BODYSTRUCTURE (as imapclient parses it), unfetched.

    Basic fields: type, subtype, params, id, description, encoding, size;
    text adds lines, message/rfc822 adds envelope, body, lines; then the
    extension data: md5, disposition, language, location.
    """
    out: list[Leaf] = []

    def walk(node: Any, section: str) -> None:
        if isinstance(node, (list, tuple)) and node and isinstance(node[0], (list, tuple)):
            # multipart: ([parts], subtype, ...)
            for i, child in enumerate(node[0], 1):
                walk(child, f"{section}.{i}" if section else str(i))
            return
        if not isinstance(node, (list, tuple)) or len(node) < 7:
            return
        maintype, subtype = _s(node[0]), _s(node[1])
        extension = 7 + (1 if maintype == "text" else 0) + (3 if (maintype, subtype) == ("message", "rfc822") else 0)
        disposition, filename = "", ""
        if len(node) > extension + 1 and isinstance(node[extension + 1], (list, tuple)) and node[extension + 1]:
            disp = node[extension + 1]
            disposition = _s(disp[0])
            if len(disp) > 1:
                filename = _param(disp[1], "filename")
        filename = filename or _param(node[2], "name")
        size = node[6] if isinstance(node[6], int) else 0
        out.append(
            Leaf(
                section=section or "1",
                content_type=f"{maintype}/{subtype}",
                filename=filename.strip()[:300],
                disposition=disposition,
                size=size,
                charset=_param(node[2], "charset"),
            )
        )

    walk(structure, "")
    return out


# -- text -----------------------------------------------------------------------------


def part_text(part: Message) -> str:
    """A text part's content, whatever its charset claims."""
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return clean(content)
    except (LookupError, UnicodeError, AssertionError, KeyError, ValueError):
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return clean(part.get_payload())
    for charset in (part.get_content_charset() or "utf-8", "utf-8", "windows-1252"):
        try:
            return clean(payload.decode(charset))
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace")


_QUOTE_LINE = re.compile(r"^\s*>")
_ATTRIBUTION_END = re.compile(r"[:：]\s*$")


def _drop_trailing_quote(text: str) -> str:
    """Remove a trailing block of ``>`` lines and the line introducing it
    ("On ... wrote:", "Στις ... έγραψε:", "... 写道："), in any language."""
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and (_QUOTE_LINE.match(lines[start - 1]) or not lines[start - 1].strip()):
        start -= 1
    if start == end or not any(_QUOTE_LINE.match(line) for line in lines[start:end]):
        return text
    if start and _ATTRIBUTION_END.search(lines[start - 1]):
        start -= 1
        # A long attribution is often wrapped over two lines.
        wrapped = start >= 1 and lines[start - 1].strip() and (start == 1 or not lines[start - 2].strip())
        if wrapped and len(lines[start - 1]) + len(lines[start]) < 200 and not lines[start - 1].rstrip().endswith((".", "!", "?")):
            start -= 1
    return "\n".join(lines[:start]).rstrip()


def fold(text: str) -> tuple[str, bool]:
    """What a message adds: (new text, whether anything was folded away)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return "", False
    new = _drop_trailing_quote(text)
    try:
        parsed = ReplyParser(text=new, languages=list(_LANGUAGES), keep_hyphen_lists=True).read()
        first = parsed.replies[0] if parsed.replies else None
    except Exception:
        first = None
    if first is not None:
        body = first.content
        signature = first.signatures
        if signature and len(signature) <= SIGNATURE_MAX_CHARS and signature.count("\n") < SIGNATURE_MAX_LINES:
            body = body.replace(signature, "")
        body = body.strip()
        if body:
            new = body
    if not new.strip():
        return text, False
    folded = _squash(new) != _squash(text)
    return new.strip(), folded


def _squash(text: str) -> str:
    return " ".join(text.split())


# -- the whole message ----------------------------------------------------------------


def assemble(msg: Message, leaves: list[Leaf], *, fallback_id: str | None = None) -> ParsedMail:
    """A ParsedMail from the headers and the (partly fetched) leaves."""
    plain = next((lf for lf in leaves if lf.content_type == "text/plain" and lf.is_body_candidate and lf.part), None)
    rich = next((lf for lf in leaves if lf.content_type == "text/html" and lf.is_body_candidate and lf.part), None)
    safe_html = ""
    if rich is not None and rich.part is not None:
        safe_html = html_text.sanitize(part_text(rich.part)[: MAX_TEXT * 2])
    if plain is not None and plain.part is not None:
        full = part_text(plain.part)
    elif rich is not None:
        full = html_text.to_text(safe_html)
    else:
        full = ""
    full = full.replace("\r\n", "\n")[:MAX_TEXT].strip()
    used = {id(plain), id(rich)}
    attachments = [
        AttachmentInfo(lf.section, lf.filename or _unnamed(lf), lf.content_type, lf.size)
        for lf in leaves
        if id(lf) not in used and not (lf.is_body_candidate and lf.size == 0)
    ]
    new, folded = fold(full)
    if folded and not safe_html:
        safe_html = html_text.text_to_html(full)  # the whole message, to unfold
    message_id = (message_ids(_header(msg, "Message-ID")) or [fallback_id or ""])[0]
    refs = message_ids(_header(msg, "References"))
    refs = trim_references([r for r in dict.fromkeys(refs) if r != message_id])
    in_reply_to = [r for r in message_ids(_header(msg, "In-Reply-To")) if r != message_id]
    senders = addresses(msg, "From") or addresses(msg, "Sender")
    auto = _header(msg, "Auto-Submitted").lower()
    return ParsedMail(
        message_id=message_id,
        subject=_header(msg, "Subject")[:1000],
        sender=senders[0] if senders else None,
        to=addresses(msg, "To"),
        cc=addresses(msg, "Cc"),
        reply_to=addresses(msg, "Reply-To"),
        date=_date(msg),
        in_reply_to=in_reply_to,
        references=refs,
        text=new,
        full_text=full,
        html=safe_html,
        attachments=attachments,
        auto_submitted=bool(auto) and auto != "no",
        folded=folded,
    )


def _unnamed(leaf: Leaf) -> str:
    if leaf.content_type == "message/rfc822":
        return "forwarded message.eml"
    return f"part {leaf.section} ({leaf.content_type})"


def parse_message(raw: bytes) -> ParsedMail:
    msg = parse_bytes(raw)
    return assemble(msg, leaves_of(msg), fallback_id=synthetic_message_id(msg, raw))


def text_sections(leaves: Iterable[Leaf]) -> list[str]:
    """The sections worth fetching for the body: first plain, first HTML."""
    wanted: dict[str, str] = {}
    for leaf in leaves:
        if leaf.is_body_candidate and leaf.content_type not in wanted:
            wanted[leaf.content_type] = leaf.section
    return list(wanted.values())


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
