"""Text from customers and servers, made safe for where it goes.

Customers' words, display names and servers' error bodies are untrusted:
they can carry terminal escape sequences (``ESC]0;…BEL`` retitles a terminal,
``ESC[2J`` clears it), bidi overrides that make text read backwards, a
secret the server echoed back, or 100 KB on one line.

* ``escaped`` keeps the text whole but shows every control character as a
  visible escape (``\\x1b``, ``\\u202e``): for the terminal.
* ``one_line`` makes a short, single-line message: secrets scrubbed, controls
  and line breaks turned into spaces, at most ``limit`` characters: for an
  account's state, an outbox error, a log line or a status bar.
"""

from __future__ import annotations

import re

from desktop_inbox.text.redact import scrub

MESSAGE_LIMIT = 300

# C0 and C1 controls and DEL, except newline and tab (which a terminal shows
# as what they are), and the bidi embeddings, overrides and isolates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ALL_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]+")
_SPACES = re.compile(r"\s+")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """``text`` with every control character but newline and tab shown as an
    escape, so printing it cannot drive the terminal."""
    return _CONTROLS.sub(_visible, text)


def one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """A short single line: no secrets, no controls, at most ``limit`` characters."""
    text = _ALL_CONTROLS.sub(" ", scrub(text))
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text
