"""Decoding untrusted JSON: lone surrogates never reach the store, however
they come, and answers that cannot hold one are not walked a second time."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_inbox.connectors import values
from desktop_inbox.connectors.values import load_json

LONE = [
    pytest.param(b'{"text": "a\\ud800b"}', {"text": "a\ufffdb"}, id="escaped-high"),
    pytest.param(b'{"text": "a\\uDFFFb"}', {"text": "a\ufffdb"}, id="escaped-low-upper-case"),
    pytest.param(b'{"\\udc00": 1}', {"\ufffd": 1}, id="escaped-in-a-key"),
    pytest.param('{"text": "a\ud800b"}'.encode("utf-8", "surrogatepass"), {"text": "a\ufffdb"}, id="encoded"),
    pytest.param(json.dumps({"text": "\udfff"}).encode("utf-16"), {"text": "\ufffd"}, id="utf-16-json"),
    pytest.param('["\\ud83d"]', ["\ufffd"], id="text-escaped"),
    pytest.param('["\ud83d"]', ["\ufffd"], id="text-raw"),
]


@pytest.mark.parametrize(("raw", "expected"), LONE)
def test_a_lone_surrogate_becomes_a_replacement_character(raw: bytes | str, expected: object) -> None:
    decoded = load_json(raw)
    assert decoded == expected
    json.dumps(decoded, ensure_ascii=False).encode("utf-8")  # storable


@pytest.mark.parametrize(
    "raw",
    [
        '{"a": "Καλημέρα 你好 😀", "b": ["\\u00e9", 1, null]}'.encode(),
        b'["\\ud83d\\ude00 a pair, escaped"]',
        b'["\\\\ud800 is a backslash and letters"]',
        '["한국어 (Hangul: bytes led by 0xED)"]'.encode(),
    ],
)
def test_good_text_decodes_as_json_does(raw: bytes) -> None:
    assert load_json(raw) == json.loads(raw)


def test_an_answer_that_cannot_hold_a_surrogate_is_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[object] = []
    monkeypatch.setattr(values, "clean_json", lambda value: walked.append(value) or value)
    load_json('[{"content": "<p>Καλημέρα, 你好</p>", "id": "1"}]'.encode())
    assert walked == []
    load_json(b'[{"content": "\\ud800"}]')
    assert len(walked) == 1


@pytest.mark.parametrize(
    "raw",
    [
        b"[18446744073709551616, -9223372036854775809, 123456789012345678901234567890]",  # beyond 64 bits: ints
        b"[1e400, -1e400, NaN, Infinity, -Infinity]",  # what json.loads reads and msgspec refuses
        b'\xef\xbb\xbf{"a": 1}',  # a byte order mark
        json.dumps({"a": ["é", 1.5]}).encode("utf-16"),
        json.dumps({"a": ["é", 1.5]}).encode("utf-32"),
        b'{"a": 1, "a": 2}',
        b"[0.1, 1.0000000000000002, 2.2250738585072011e-308, -0.0, 1E5]",
        b"[" * 500 + b"]" * 500,
        '{"ε": ["\\u00e9"]}',
    ],
)
def test_what_decodes_decodes_as_json_loads_does(raw: bytes | str) -> None:
    decoded = load_json(raw)
    expected = json.loads(raw)
    assert repr(decoded) == repr(expected)  # (types too: 1 is not 1.0, nan is repr'd)


@pytest.mark.parametrize(
    "raw",
    [b"", b"[1,]", b"[1] x", b'{"a" 1}', b"01", b'"\xff"', b'"a\x01b"', b"tru", b"[" * 5000 + b"]" * 5000],
)
def test_what_json_loads_refuses_is_refused(raw: bytes) -> None:
    with pytest.raises((ValueError, RecursionError)):
        json.loads(raw)
    with pytest.raises((ValueError, RecursionError)):
        load_json(raw)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON, st.booleans())
def test_any_json_decodes_as_json_loads_does(value: object, ascii_only: bool) -> None:
    raw = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    expected = values.clean_json(json.loads(raw))
    assert repr(load_json(raw)) == repr(expected)
