"""The interface in Greek and Chinese, the Qt way: translators built from the
repository's .ts files, plural forms, dates in the language's own form, and a
pseudo-language that shows cut-off text."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox.ui import i18n, style
from desktop_inbox.ui.statusbar.outbox import OutboxCount
from desktop_inbox.ui.statusbar.synctime import SyncTimeLabel

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)

TS = ROOT / "packaging" / "translations"
# Qt's places, and the named places of the sentences made below the
# interface (desktop_inbox/words.py): "{host}", "{time:%H:%M}".
PLACES = re.compile(r"%(?:\d|n)|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


@pytest.fixture
def language(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Switch the running app's language; English again afterwards."""
    installed: list[object] = []

    def switch(choice: str) -> None:
        for translator in [*installed, *qapp.findChildren(i18n.QTranslator)]:
            qapp.removeTranslator(translator)
        installed[:] = i18n.install(qapp, choice)

    yield switch
    switch("en")


@pytest.mark.parametrize(
    ("choice", "one", "three"),
    [
        ("en", "1 reply waiting to go out", "3 replies waiting to go out"),
        ("el", "1 απάντηση περιμένει να σταλεί", "3 απαντήσεις περιμένουν να σταλούν"),
        ("zh_CN", "1 条回复待发送", "3 条回复待发送"),
    ],
)
def test_plural_forms_in_each_language(qtbot, language, choice: str, one: str, three: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)
    label = OutboxCount()
    qtbot.addWidget(label)
    label.show_count(1)
    assert label.text() == one
    label.show_count(3)
    assert label.text() == three


def test_dates_take_the_languages_own_form(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    # A day this year that is not today, at noon local time.
    day = (now.astimezone() - timedelta(days=1)).replace(hour=12, minute=5)
    if day.year != now.astimezone().year:
        day = day + timedelta(days=2)
    language("zh_CN")
    assert style.local_time(day) == f"{day.month}月{day.day}日 12:05"
    language("el")
    greek = style.local_time(day)
    assert greek.endswith(", 12:05") and re.search("[α-ωΑ-Ω]", greek), greek
    label = SyncTimeLabel()
    qtbot.addWidget(label)
    label.show_last(day)
    assert label.text() == f"Συγχρονισμός {greek}"


def test_a_language_without_a_translation_is_english(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("de_DE")
    label = OutboxCount()
    qtbot.addWidget(label)
    label.show_count(2)
    assert label.text() == "2 replies waiting to go out"


def test_the_pseudo_language_is_longer_and_keeps_its_places(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("pseudo")
    label = OutboxCount()
    qtbot.addWidget(label)
    label.show_count(3)
    text = label.text()
    assert text.startswith("[") and "3" in text and len(text) >= 1.4 * len("3 replies waiting to go out"), text
    assert translations.pseudo("&Save %1 <b>now</b>").count("&S") == 1
    pseudo = translations.pseudo("Synced %1 of %n, <b>now</b> &File")
    assert PLACES.findall(pseudo) == ["%1", "%n"] and "<b>" in pseudo and "&F" in pseudo


def test_arg_replaces_each_place_once() -> None:
    assert i18n.arg("%2 wrote to %1", "Anna", "Bo %1") == "Bo %1 wrote to Anna"


def _places(text: str) -> list[str]:
    """The places a text fills; a named place's format (``{time:%H:%M}``) is
    the translator's to choose (a Greek date is written otherwise)."""
    return sorted({re.sub(r"[!:].*", "}", p) if p.startswith("{") else p for p in PLACES.findall(text)})


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("language", ["el", "zh_CN"])
def test_every_string_is_translated_with_its_places(language: str) -> None:
    messages = _messages(TS / f"{language}.ts")
    assert messages
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"untranslated: {source!r}"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), f"empty translation of {source!r}"
            assert _places(form) == _places(source), (source, form)


def test_the_translations_hold_every_string_of_the_interface(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing the .ts files lack: a new
    string in the interface needs its translations in the same change."""
    copy = tmp_path / "root"
    shutil.copytree(ROOT / "desktop_inbox", copy / "desktop_inbox", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(TS, copy / "packaging" / "translations")
    translations.update(copy)
    for language in translations.LANGUAGES:
        before = {m.findtext("source") for m in _messages(TS / f"{language}.ts")}
        after = {m.findtext("source") for m in _messages(copy / "packaging" / "translations" / f"{language}.ts")}
        assert after == before, f"{language}.ts: run `python packaging/translations.py update` and translate {after - before}"


def test_the_built_translations_load(tmp_path: Path) -> None:
    built = translations.build(tmp_path)
    assert sorted(p.name for p in built) == sorted(
        [f"desktop_inbox_{lang}.qm" for lang in translations.LANGUAGES] + ["desktop_inbox_pseudo.qm"]
    )
    for qm in built:
        assert i18n.QTranslator().load(str(qm)), qm
