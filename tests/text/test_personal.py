"""Placeholders, the canned-reply measure, the personal-data detector, counting."""

from __future__ import annotations

import pytest

from desktop_inbox.connectors.platforms import descriptor
from desktop_inbox.records import Platform
from desktop_inbox.text import canned, counting, placeholders, privacy


@pytest.mark.parametrize(
    ("name", "handle", "expected"),
    [
        ("Anna Lambrou", "@anna@m.example", "Anna"),
        ("Νίκος Παπαδόπουλος", "@nikos@mastodon.gr", "Νίκος"),
        ("王磊", "@wang@m.cmx.im", "王磊"),
        ("", "@bob_99@example.com", "bob_99"),
        ("  Marie-Claire   Dubois ", "", "Marie-Claire"),
    ],
)
def test_first_name(name: str, handle: str, expected: str) -> None:
    assert placeholders.first_name(name, handle) == expected


def test_fill_known_and_free_fields() -> None:
    template = "Hi {first_name}! Your order {order} ships {day}. — {my_name} ({handle})"
    filled = placeholders.fill(template, name="Anna Lambrou", handle="@anna@m.example", my_name="Tony")
    assert filled.text == "Hi Anna! Your order {order} ships {day}. — Tony (@anna@m.example)"
    assert filled.missing == ("order", "day")
    done = placeholders.fill(template, name="Anna Lambrou", handle="@anna", my_name="Tony", fields={"order": "#4821", "day": "today"})
    assert done.missing == () and "#4821" in done.text and "{" not in done.text


def test_unfilled_placeholders_are_found_in_a_draft() -> None:
    assert placeholders.unfilled("Thanks {first_name}, see {Link} and {link}") == ("first_name", "Link", "link")
    assert placeholders.unfilled("Braces in code {} or { spaced } are fine") == ()


def test_my_name_missing_stays_unfilled() -> None:
    assert placeholders.fill("— {my_name}", name="A", handle="@a", my_name="").missing == ("my_name",)


SENT = [
    (1, "Hi Anna, thanks for your patience! Your parcel left our workshop today and should arrive within 3 days."),
    (2, "Hi Bob, thanks for your patience! Your parcel left our workshop today and should arrive within 2 days."),
    (3, "Hi Carla, thanks for your patience! Your parcel left our workshop today and should arrive within 5 days."),
    (4, "Hello Dimitris — I have checked with Yannis and the brown ones will be ready on Friday, sorry for the wait."),
]


def test_canned_when_several_other_customers_got_nearly_the_same() -> None:
    draft = "Hi Eleni, thanks for your patience! Your parcel left our workshop today and should arrive within 4 days."
    report = canned.check(draft, SENT, contact_id=5, names=["Eleni"])
    assert report.sounds_canned and report.customers == 3


def test_not_canned_when_written_for_this_person() -> None:
    draft = "Eleni, I looked into it: the strap was glued wrong. A new pair leaves tomorrow, and keep the old ones!"
    assert not canned.check(draft, SENT, contact_id=5).sounds_canned


def test_same_text_to_the_same_customer_and_short_courtesies_do_not_count() -> None:
    same_person = [(5, SENT[0][1]), (5, SENT[1][1]), (5, SENT[2][1])]
    assert not canned.check(SENT[0][1], same_person, contact_id=5).sounds_canned
    assert not canned.check("Thanks a lot!", [(1, "Thanks a lot!"), (2, "Thanks a lot!"), (3, "Thanks a lot!")], contact_id=5).sounds_canned


def test_canned_in_chinese() -> None:
    sent = [(i, f"您好，感谢您的耐心等待！您的包裹今天已经从我们的工坊寄出，大约{i}天内送达。") for i in (1, 2, 3)]
    assert canned.check("您好，感谢您的耐心等待！您的包裹今天已经从我们的工坊寄出，大约4天内送达。", sent, contact_id=9).sounds_canned


POSITIVE = [
    ("My order #48213 never arrived", privacy.ORDER, "48213"),
    ("order number A-77812, please check", privacy.ORDER, "A-77812"),
    ("η παραγγελία μου #45572 δεν ήρθε", privacy.ORDER, "45572"),
    ("我的订单号 A-1234 还没到", privacy.ORDER, "A-1234"),
    ("Bestellnummer 100234 fehlt", privacy.ORDER, "100234"),
    ("write to anna.lambrou@example.com", privacy.EMAIL, "anna.lambrou@example.com"),
    ("στείλτε στο nikos@mail.gr παρακαλώ", privacy.EMAIL, "nikos@mail.gr"),
    ("call me on +30 210 123 4567", privacy.PHONE, "+30 210 123 4567"),
    ("my number is (555) 123-4567", privacy.PHONE, "(555) 123-4567"),
    ("手机 138 0013 8000", privacy.PHONE, "138 0013 8000"),
    ("07700 900123 any time", privacy.PHONE, "07700 900123"),
    ("card 4111 1111 1111 1111 exp 12/27", privacy.CARD, "4111 1111 1111 1111"),
    ("charged on 5500-0000-0000-0004", privacy.CARD, "5500-0000-0000-0004"),
    ("I moved to 14 Harbour Street", privacy.ADDRESS, "14 Harbour Street"),
    ("send it to 221B Baker St. please", privacy.ADDRESS, "221B Baker St."),
    ("Οδός Ερμού 12, Αθήνα", privacy.ADDRESS, "Οδός Ερμού 12"),
    ("Hauptstraße 5 in Berlin", privacy.ADDRESS, "Hauptstraße 5"),
    ("寄到上海市南京路100号", privacy.ADDRESS, "寄到上海市南京路100号"),
    ("postcode LS1 4DT", privacy.ADDRESS, "LS1 4DT"),
    ("rue de Rivoli 10, Paris", privacy.ADDRESS, "rue de Rivoli 10"),
]

NEGATIVE = [
    "Do the sandals run true to size? I'm a 39.",
    "We opened in 2019 and have 3 shops",
    "See you on 2024-03-05 at 10:30",
    "Μπορώ να αλλάξω το μέγεθος 38 σε 39;",
    "鞋子收到了，质量非常好，谢谢！",
    "Is the green one leather or suede? #autumn",
    "50% off until Sunday",
    "The 1234567 is not a card (Luhn fails): 4111 1111 1111 1112",
    "Thanks @anna@example.com for the photo!",
]


@pytest.mark.parametrize(("text", "kind", "found"), POSITIVE)
def test_personal_data_is_found(text: str, kind: str, found: str) -> None:
    findings = privacy.detect(text)
    assert (kind, found) in [(f.kind, f.text) for f in findings], findings


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_text_is_not_flagged(text: str) -> None:
    assert privacy.detect(text) == []


# Counting: examples checked against each platform's documented rules.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        ("https://example.com/a/very/long/path/that/goes/on/and/on?q=1", 23),  # every URL is 23
        ("see https://a.example and http://b.example/x", 4 + 23 + 5 + 23),
        ("@anna@mastodon.social hi", len("@anna hi")),  # the domain is not counted
        ("Ζάππος", 6),
        ("客户服务", 4),
        ("👨‍👩‍👧‍👦", 1),  # one grapheme cluster
        ("e\u0301", 1),
    ],
)
def test_mastodon_counting(text: str, expected: int) -> None:
    assert counting.mastodon_length(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        ("你好", 4),  # CJK weighs 2
        ("こんにちは", 10),
        ("😀", 2),  # an emoji weighs 2
        ("👨‍👩‍👧‍👦", 2),  # a ZWJ sequence is one emoji
        ("café", 4),  # Latin-1 weighs 1
        ("https://example.com/" + "x" * 100, 23),
        ("Ζάππος", 6),  # Greek is in the light range (U+0000-U+10FF)
        ("see example.com", 4 + 23),  # a link without a scheme is a link to X too
        ("see zappos.com/shoes and www.zappos.com", 4 + 23 + 5 + 23),
        ("node.js rocks", 13),  # not a link: .js is not a top-level domain
    ],
)
def test_x_weighted_counting(text: str, expected: int) -> None:
    assert descriptor(Platform.X).length(text) == expected


def test_x_counting_is_the_connectors_official_one() -> None:
    from desktop_inbox.connectors.x import text as xtext

    for text in ("order 4711 at zappos.com/track ✓", "訂單 https://t.co/abc 👍🏽", "a" * 300):
        assert descriptor(Platform.X).length(text) == xtext.weighted_length(text)


def test_links_count_as_written_when_the_account_says_url_length_0() -> None:
    text = "see https://example.com/a/long/path"
    assert descriptor(Platform.MASTODON).length(text, url_length=0) == len(text)
    assert descriptor(Platform.MASTODON).length(text, url_length=23) == 4 + 23
    assert descriptor(Platform.BLUESKY).length(text, url_length=0) == len(text)


def test_the_limit_that_applies() -> None:
    assert descriptor(Platform.EMAIL).limit(direct=True, char_limit=0) == 0
    assert descriptor(Platform.BLUESKY).limit(direct=False, char_limit=300) == 300
    assert descriptor(Platform.BLUESKY).limit(direct=True, char_limit=300) == 1000
    assert descriptor(Platform.X).limit(direct=True, char_limit=280) == 280
    assert descriptor(Platform.MASTODON).limit(direct=True, char_limit=500) == 500


def test_x_limit_is_280_weighted() -> None:
    assert descriptor(Platform.X).length("字" * 140) == 280
    assert descriptor(Platform.X).length("字" * 141) == 282


@pytest.mark.parametrize(
    ("text", "expected"),
    [("hello", 5), ("👨‍👩‍👧‍👦 ok", 4), ("客户服务", 4), ("e\u0301", 1), ("a" * 300, 300)],
)
def test_bluesky_graphemes(text: str, expected: int) -> None:
    assert descriptor(Platform.BLUESKY).length(text) == expected


@pytest.mark.parametrize("text", ["", "plain words", "two\r\nlines", "\r\r\n\n", "tabs\tand\x07bells", "Ζάππος 👍🏽 客户", "e\u0301"])
def test_graphemes_agree_with_unicode_clusters_on_every_path(text: str) -> None:
    import regex  # the reference: Unicode extended grapheme clusters

    assert counting.graphemes(text) == len(regex.findall(r"\X", text))
