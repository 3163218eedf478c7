"""Sentences made below the interface (errors, statuses: ``desktop_inbox/words.py``)
reach the user in their language, and the command line keeps them English."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_inbox.connectors.http import normalize_base_url
from desktop_inbox.errors import BadInput, InboxError
from desktop_inbox.records import AccountStatus, Connection
from desktop_inbox.services import status
from desktop_inbox.ui import i18n
from desktop_inbox.words import Phrase, fill

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)


def _marked() -> Iterator[tuple[Path, int, ast.Call]]:
    for path in translations.ui_sources(ROOT):
        if "ui" in path.relative_to(ROOT / "desktop_inbox").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                yield path, node.lineno, node


def test_every_marked_sentence_is_found_as_python_reads_it() -> None:
    """lupdate reads the literal itself: a marked sentence written so that
    lupdate reads it otherwise (parentheses, a backslash after triple quotes,
    a name instead of a literal) would never be translated."""
    sources = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ROOT / "packaging" / "translations" / "el.ts").getroot().iter("context")
        for m in c.iter("message")
    }
    marked = list(_marked())
    assert len(marked) > 300
    for path, line, call in marked:
        where = f"{path.relative_to(ROOT)}:{line}"
        assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args), where
        context, text = (a.value for a in call.args)  # type: ignore[attr-defined]
        assert (context, text) in sources, f"{where}: {text!r} is not in the translations as written"


@pytest.fixture
def greek(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    installed = i18n.install(qapp, "el")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.install(qapp, "en")


def test_an_error_reads_in_the_users_language_with_its_values(greek: None) -> None:
    with pytest.raises(BadInput) as caught:
        normalize_base_url("ftp://shop.example")
    english = str(caught.value)
    assert english == "The server address must start with https:// (got ftp://)."  # the command line's words
    shown = i18n.say(caught.value)
    assert shown != english and "ftp" in shown and "https://" in shown
    assert not any("a" <= ch <= "z" for ch in shown.replace("https", "").replace("ftp", ""))  # Greek letters only


def test_a_status_reads_in_the_users_language_nested_words_too(greek: None) -> None:
    statuses = [AccountStatus(Connection.OK), AccountStatus(Connection.NEEDS_SIGN_IN, "revoked")]
    said = status.overview(statuses)
    assert str(said) == "◐ Online — one account cannot sync: needs sign-in"
    shown = i18n.say(said)
    assert shown != str(said) and "sign-in" not in shown and "Online" not in shown


def test_a_translators_slip_in_a_place_still_shows_the_values() -> None:
    assert fill("Cannot reach {hots}.", {"host": "shop.example"}) == "Cannot reach {hots}. (shop.example)"
    assert str(Phrase("Status", "{a} and {b}", {"a": Phrase("Status", "one"), "b": 2})) == "one and 2"
    assert str(InboxError("Nothing {here}")) == "Nothing {here}"  # no values: the text as written


def test_a_platforms_help_reads_in_the_users_language_paragraph_by_paragraph(greek: None) -> None:
    from desktop_inbox.connectors.platforms import descriptor
    from desktop_inbox.connectors.x.descriptor import CALLBACK_URL
    from desktop_inbox.records import Platform

    english = descriptor(Platform.X).signin.help
    assert CALLBACK_URL in english  # written out in the marked text: it must stay the one X calls back
    shown = i18n.platform_text(english)
    assert shown.count("\n\n") == english.count("\n\n") and CALLBACK_URL in shown
    assert "Desktop Inbox talks to X" not in shown and "Desktop Inbox" in shown
    assert i18n.platform_text(descriptor(Platform.MASTODON).counting_rule).format(url=23).count("23") == 1


def test_what_a_check_found_reads_in_the_users_language_word_by_word(greek: None) -> None:
    from desktop_inbox.services.checks import PersonalInPublic
    from desktop_inbox.text.privacy import detect

    refused = PersonalInPublic(detect("Write to anna@example.com or call +30 210 123 4567"))
    assert "e-mail address (anna…om)" in str(refused) and "phone number" in str(refused)  # the command line's
    shown = i18n.say(refused)
    assert "διεύθυνση e-mail (anna…om)" in shown and "αριθμός τηλεφώνου" in shown and "personal data" not in shown
