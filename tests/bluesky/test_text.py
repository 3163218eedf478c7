"""Bluesky text rules: graphemes, UTF-8 byte-offset facets, TIDs (no network)."""

from __future__ import annotations

import re

from desktop_inbox.connectors.bluesky import text as t


def _slice(text: str, facet: dict) -> str:
    data = text.encode()
    return data[facet["index"]["byteStart"] : facet["index"]["byteEnd"]].decode()


def test_facets_count_utf8_bytes_in_greek_chinese_and_emoji_text() -> None:
    text = "Γειά σου @anna.test! 你好 👩‍👩‍👧 δες https://example.com/παραγγελία?id=7 και #παπούτσια ✨"
    facets = t.detect_facets(text, {"anna.test": "did:plc:anna"})
    by_kind = {f["features"][0]["$type"].split("#")[1]: f for f in facets}
    assert _slice(text, by_kind["mention"]) == "@anna.test"
    assert by_kind["mention"]["features"][0]["did"] == "did:plc:anna"
    assert by_kind["mention"]["index"]["byteStart"] == len("Γειά σου ".encode()) == 16  # not 9 characters
    assert _slice(text, by_kind["link"]) == "https://example.com/παραγγελία?id=7"
    assert by_kind["link"]["features"][0]["uri"] == "https://example.com/παραγγελία?id=7"
    assert _slice(text, by_kind["tag"]) == "#παπούτσια"
    assert [f["index"]["byteStart"] for f in facets] == sorted(f["index"]["byteStart"] for f in facets)


def test_unknown_handles_get_no_facet() -> None:
    assert t.detect_facets("hi @nobody.example, 你好", {}) == []


def test_graphemes_count_what_people_see() -> None:
    assert t.graphemes("👩‍👩‍👧") == 1
    assert t.graphemes("🇬🇷🇨🇳") == 2
    assert t.graphemes("Καλημέρα") == 8
    assert t.graphemes("e\u0301") == 1
    assert t.too_long("✨" * 300, max_graphemes=300, max_bytes=3000) is None
    assert "301" in (t.too_long("✨" * 301, max_graphemes=300, max_bytes=3000) or "")
    # 300 family emoji are 300 graphemes but 5,400 bytes: over the byte limit.
    assert "bytes" in (t.too_long("👩‍👩‍👧" * 300, max_graphemes=300, max_bytes=3000) or "")


def test_tids_are_valid_sortable_and_unique() -> None:
    tids = [t.new_tid() for _ in range(2000)]
    assert len(set(tids)) == len(tids)
    assert tids == sorted(tids)
    assert all(re.fullmatch(r"[234567abcdefghij][234567a-z]{12}", x) for x in tids)


def test_html_links_facets_at_byte_offsets_and_escapes() -> None:
    text = "你好 @bob.test <b>x</b>"
    facets = t.detect_facets(text, {"bob.test": "did:plc:bob"})
    html = t.to_html(text, facets)
    assert '<a href="https://bsky.app/profile/did:plc:bob">@bob.test</a>' in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    # A facet that cuts a character in half is ignored, not rendered broken.
    broken = [{"index": {"byteStart": 1, "byteEnd": 4}, "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://x.example"}]}]
    assert t.to_html("你好", broken) == "<p>你好</p>"
