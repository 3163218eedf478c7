"""Listening terms and mutes as the user types them."""

from __future__ import annotations

import pytest

from desktop_inbox.errors import BadInput
from desktop_inbox.records import TermKind
from desktop_inbox.text import listening


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("#HappyShoes", (TermKind.HASHTAG, "HappyShoes")),
        ("#παπούτσια", (TermKind.HASHTAG, "παπούτσια")),
        ("  sandals ", (TermKind.WORD, "sandals")),
        ("happy   shoes", (TermKind.PHRASE, "happy shoes")),
        ('"happy shoes"', (TermKind.PHRASE, "happy shoes")),
        ('"sandals"', (TermKind.WORD, "sandals")),
        ("快乐鞋", (TermKind.WORD, "快乐鞋")),
    ],
)
def test_terms(raw: str, expected: tuple[TermKind, str]) -> None:
    assert listening.parse_term(raw) == expected


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("", "empty"),
        ("#", "not a hashtag"),
        ("#two words", "not a hashtag"),
        ("#semi;colon", "not a hashtag"),
        ('half "quoted', "quotes go around"),
        ("x" * 101, "longer than"),
        ("bell\x07", "control characters"),
        ("rtl\u202eoverride", "control characters"),
    ],
)
def test_bad_terms_say_why_in_one_line(raw: str, why: str) -> None:
    with pytest.raises(BadInput, match=why) as refused:
        listening.parse_term(raw)
    assert "\n" not in str(refused.value)


def test_languages_and_mutes() -> None:
    assert listening.parse_lang(None) == "" and listening.parse_lang(" DE ") == "de"
    with pytest.raises(BadInput):
        listening.parse_lang("english")
    assert listening.parse_mute("@Spam@Example.social") == ("author", "spam@example.social")
    assert listening.parse_mute("Giveaway") == ("word", "giveaway")
    assert listening.muted("Huge GIVEAWAY today", ("giveaway",))
    assert not listening.muted("wholesale prices", ("sale",))  # whole words only
    assert listening.muted("#HappyShoes deal", ("#happyshoes",))
    assert listening.author_muted("@SPAM@example.social", ("spam@example.social",))


def test_stream_names_carry_their_terms() -> None:
    assert listening.stream_name([5, 3], "tags") == "listen:tags:3,5"
    assert listening.stream_term_ids("listen:tags:3,5") == {3, 5}
    assert listening.stream_term_ids("listen:7") == {7}
    assert listening.stream_term_ids("mentions") == set()
