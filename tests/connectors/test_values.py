"""Decoding untrusted JSON: lone surrogates never reach the store, however
they come, and answers that cannot hold one are not walked a second time."""

from __future__ import annotations

import json

import pytest

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
