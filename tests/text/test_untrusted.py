"""Untrusted text made safe: escaped for the terminal, one short line for a state."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_inbox.text import redact
from desktop_inbox.text.untrusted import escaped, one_line

HOSTILE = "Anna\x1b]0;pwned\x07\x1b[2J\x08\x08\x9b31m\u202eevil\u2066"


def test_escaped_shows_every_control_and_keeps_the_text() -> None:
    shown = escaped(HOSTILE + "\nsecond line\twith a tab")
    assert shown == (
        "Anna\\x1b]0;pwned\\x07\\x1b[2J\\x08\\x08\\x9b31m\\u202eevil\\u2066\nsecond line\twith a tab"
    )


@given(st.text())
def test_escaped_leaves_no_control_but_newline_and_tab(text: str) -> None:
    shown = escaped(text)
    assert all(c in "\n\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F) for c in shown)
    assert not any(c in shown for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_one_line_is_short_single_and_without_secrets() -> None:
    redact.remember("tok-0123456789abcdef")
    body = "Invalid token tok-0123456789abcdef\r\n" + ("x" * 100_000) + "\x1b[2J"
    line = one_line(body)
    assert len(line) <= 300 and "\n" not in line and "\r" not in line and "\x1b" not in line
    assert "tok-0123456789abcdef" not in line and line.startswith("Invalid token [secret] xxx")
    assert line.endswith("…")
    assert one_line("Bearer abc.def-123 was refused") == "Bearer [secret] was refused"
