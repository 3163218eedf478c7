"""Listening terms and mutes as text: what the user typed, what is searched.

Pure functions: ``parse_term`` turns "#HappyShoes", ``"happy shoes"`` or
``sandals`` into a kind and the text to search for; ``parse_mute`` turns
"@someone@server" or a word into a muted author or word; ``muted`` and
``author_muted`` say whether a heard post falls under them. Matching is
case-insensitive and by whole words, so muting "sale" leaves "wholesale".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from desktop_inbox.errors import BadInput
from desktop_inbox.records import TermKind
from desktop_inbox.words import QT_TRANSLATE_NOOP, Phrase, term

TERM_MAX = 100  # X's self-serve queries are at most 512 characters, operators included
_TAG = re.compile(r"[\w\u00b7\u200c]+")  # Mastodon's hashtag characters (word characters, ·, ZWNJ)
_LANG = re.compile(r"[a-z]{2,3}")


_TERM = term(QT_TRANSLATE_NOOP("Errors", "listening term"))
_MUTED = term(QT_TRANSLATE_NOOP("Errors", "muted word or author"))


def _clean(raw: str, what: Phrase) -> str:
    if any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\t\n" for c in raw):
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The {what} has control characters in it."), what=what)
    text = " ".join(raw.split())
    if not text:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The {what} is empty."), what=what)
    if len(text) > TERM_MAX:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "The {what} is longer than {term_max} characters."),
            what=what,
            term_max=TERM_MAX,
        )
    return text


def parse_term(raw: str) -> tuple[TermKind, str]:
    """(kind, text to search): ``#tag`` (without #), a quoted or spaced
    phrase, or a single word. BadInput for anything else."""
    text = _clean(raw, _TERM)
    if text.startswith("#"):
        tag = text[1:]
        if not _TAG.fullmatch(tag):
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "{text!r} is not a hashtag: after # come letters, digits or _ only, no spaces."
                ),
                text=text,
            )
        return TermKind.HASHTAG, tag
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = _clean(text[1:-1], _TERM)
        return (TermKind.PHRASE if " " in text else TermKind.WORD), text
    if '"' in text:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                'A listening term is a word, a "quoted phrase" or a #hashtag; quotes go around the whole phrase.',
            )
        )
    return (TermKind.PHRASE if " " in text else TermKind.WORD), text


def parse_lang(raw: str | None) -> str:
    """An ISO 639 language code ("en", "de"), or "" for any language."""
    code = (raw or "").strip().lower()
    if code and not _LANG.fullmatch(code):
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{raw!r} is not a language code: use two letters such as en, de or fr."),
            raw=raw,
        )
    return code


def normalize_author(handle: str) -> str:
    """A handle as mutes compare it: without the leading @, case-folded."""
    return handle.strip().lstrip("@").casefold()


def parse_mute(raw: str) -> tuple[str, str]:
    """("author", normalized handle) for "@someone…", else ("word", folded text)."""
    text = _clean(raw, _MUTED)
    if text.startswith("@"):
        author = normalize_author(text)
        if not author or " " in author:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "{text!r} is not an author: give their handle, like @someone@their.server."
                ),
                text=text,
            )
        return "author", author
    return "word", text.casefold()


def muted(text: str, words: list[str] | tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (whole words, any case)."""
    if not words:
        return False
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded) for word in words)


def author_muted(handle: str, authors: list[str] | tuple[str, ...]) -> bool:
    return normalize_author(handle) in authors


STREAM_PREFIX = "listen:"


def stream_name(term_ids: Sequence[int], group: str = "") -> str:
    """A listening stream's cursor name: ``listen:3``, or ``listen:tags:3,5``
    for several terms asked for together (Mastodon's hashtag timelines)."""
    return STREAM_PREFIX + (f"{group}:" if group else "") + ",".join(str(i) for i in sorted(term_ids))


def stream_term_ids(stream: str) -> set[int]:
    """The ids of the terms a stream asks for (``stream_name`` reversed)."""
    if not stream.startswith(STREAM_PREFIX):
        return set()
    tail = stream.removeprefix(STREAM_PREFIX).rsplit(":", 1)[-1]
    return {int(part) for part in tail.split(",") if part.isdigit()}
