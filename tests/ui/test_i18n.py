"""The interface in Greek and Chinese, the Qt way: translators built from the
repository's .ts files, plural forms, dates in the language's own form, and a
pseudo-language that shows cut-off text."""

from __future__ import annotations

import ast
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
# Qt's places (%1, %n, %Ln: the count in the locale's digits), and the named places of the sentences made below the
# interface (desktop_inbox/words.py): "{host}", "{time:%H:%M}".
PLACES = re.compile(r"%L?(?:\d|n)|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


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
    assert PLACES.findall(translations.pseudo("%Ln found")) == ["%Ln"]


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
        [f"desktop_inbox_{lang}.qm" for lang in translations.LANGUAGES] + ["desktop_inbox_pseudo.qm", "qtbase_el.qm"]
    )
    for qm in built:
        assert i18n.QTranslator().load(str(qm)), qm


# -- Every user-visible string of the interface is translatable -----------------------

# Calls that put text on screen: a string literal with words passed to one of
# them (directly, in an f-string, a join or a condition) must come through
# tr()/translate() first.
SHOWS_TEXT = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "setButtonText", "setCancelButtonText", "setOkButtonText", "setHtml", "setMarkdown",
    "showMessage", "show_info", "show_error", "say", "addAction", "addMenu", "addButton", "addItem", "addItems",
    "insertItem", "addTab", "insertTab", "setTabText", "setTabToolTip", "setHeaderLabels",
    "setHorizontalHeaderLabels", "addRow", "setSuffix", "setPrefix", "setSpecialValueText", "information",
    "warning", "question", "critical", "about", "getText", "getItem", "getInt", "getOpenFileName",
    "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "file_dialog", "pick_time", "showText",
    "setNameFilter", "setNameFilters", "drawText", "emit",
    "QAction", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QMessageBox", "QCommandLinkButton", "QProgressDialog", "QFileDialog", "QTreeWidgetItem", "QListWidgetItem",
    "QStandardItem", "Banner",
}  # fmt: skip
TRANSLATES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
WORDS = re.compile(r"[^\W\d_]{2,}")
MARKUP = re.compile(r"<[^>]*>|&\w+;")
# Literal text passed to those calls that is not the interface's words, each
# with why: (file under desktop_inbox/ui, the literal) -> reason.
NOT_WORDS: dict[tuple[str, str], str] = {
    ("conversation/attachments.py", "PNG"): "an image format's name for QImage.save, not shown",
    # Examples of what to type, the same in every language (a server, a handle, an address).
    ("signin/mastodon.py", "mastodon.social"): "a server's address",
    ("signin/bluesky.py", "shop.bsky.social"): "a handle's form",
    ("signin/bluesky.py", "xxxx-xxxx-xxxx-xxxx"): "the form of Bluesky's app passwords",
    ("signin/email.py", "shop@example.com"): "an e-mail address's form",
    ("dialogs/dashboard.py", "response-times.csv"): "a file name offered to save as (a program reads the CSV)",
    ("dialogs/listening.py", "<span style='color:"): "markup around the (translated) error",
}
LOGGERS = {"log", "logger", "logging"}  # log.warning(...) is for the log, in English


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal_words(node: ast.AST) -> list[str]:
    """String literals with words inside ``node`` (a call's result is the
    callee's business; keys and comparisons are the program's)."""
    found, stack = [], [node]
    while stack:
        here = stack.pop()
        if isinstance(here, (ast.Call, ast.Compare)):
            continue
        if isinstance(here, ast.Subscript):  # data["query"]: a key, not text
            stack.append(here.value)
            continue
        if isinstance(here, ast.Constant) and isinstance(here.value, str):
            if WORDS.search(MARKUP.sub("", here.value)):
                found.append(here.value)
            continue
        stack.extend(ast.iter_child_nodes(here))
    return found


def _shown_arguments(call: ast.Call, name: str) -> list[ast.expr]:
    """The arguments of ``call`` that can be text on screen: of a combo box's
    ``addItem(text, data)`` the text only (data is the program's)."""
    if name not in ("addItem", "insertItem"):
        return [*call.args, *(k.value for k in call.keywords)]
    args = call.args[1:] if name == "insertItem" else call.args
    if args and isinstance(args[0], (ast.Name, ast.Attribute)) and len(args) > 1:
        args = args[1:]  # (an icon first)
    return args[:1]


def untranslated(path: Path, relative: str) -> list[str]:
    """What ``path`` puts on screen without translating it, as "line: text"."""
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            # lupdate reads no code inside an f-string: a tr() there is never extracted.
            problems += [
                f"{inner.lineno}: tr() inside an f-string (lupdate cannot see it)"
                for inner in ast.walk(node) if isinstance(inner, ast.Call) and _name(inner.func) in TRANSLATES
            ]  # fmt: skip
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TRANSLATES:
            source = node.args[1] if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) > 1 else (node.args or [None])[0]
            if isinstance(source, ast.JoinedStr):
                problems.append(f"{node.lineno}: an f-string to translate (lupdate needs a literal; use %1)")
        elif name in SHOWS_TEXT and not (isinstance(node.func, ast.Attribute) and _name(node.func.value) in LOGGERS):
            for argument in _shown_arguments(node, name):
                problems += [
                    f"{node.lineno}: {name}({text!r})"
                    for text in _literal_words(argument) if (relative, text) not in NOT_WORDS
                ]  # fmt: skip
    return problems


def test_every_user_visible_string_of_the_interface_is_translatable() -> None:
    """A literal put on screen by setText, setToolTip, QLabel, QAction… in any
    module of desktop_inbox/ui goes through tr()/translate() (or is listed in
    NOT_WORDS with why it is not words for the user)."""
    ui = ROOT / "desktop_inbox" / "ui"
    problems = {
        str(path.relative_to(ui)): found
        for path in translations.ui_sources()
        if path.is_relative_to(ui)
        if (found := untranslated(path, str(path.relative_to(ui))))
    }
    assert not problems, "untranslated text on screen:\n" + "\n".join(
        f"  desktop_inbox/ui/{file}:{problem}" for file, found in sorted(problems.items()) for problem in found
    )


def test_the_scan_finds_untranslated_text(tmp_path: Path) -> None:
    """The scan itself: each way of putting English on screen is caught; the
    translated ways pass."""
    module = tmp_path / "m.py"
    module.write_text(
        "label.setText('Sent.')\n"
        "button = QPushButton(f'Send to {name}')\n"
        "box.setToolTip('Sent ' + when if when else 'Not sent')\n"
        "label.setText(self.tr(f'Sent to {name}'))\n"
        "label.setText(f\"<b>{self.tr('Hidden')}</b>\")\n"
        "label.setText(self.tr('Sent.'))\n"
        "label.setText(i18n.arg(translate('Ctx', 'Sent to %1'), name))\n"
        "label.setText('')\n"
        "label.setText('→ ' + name)\n",
        encoding="utf-8",
    )
    found = untranslated(module, "m.py")
    assert [p.split(":")[0] for p in found] == ["1", "2", "3", "3", "4", "5"], found


@pytest.mark.parametrize(("choice", "ok", "cancel"), [("el", "Εντάξει", "Ακύρωση"), ("zh_CN", "确定", "取消")])
def test_qts_own_buttons_speak_the_language_too(qtbot, language, choice: str, ok: str, cancel: str) -> None:  # type: ignore[no-untyped-def]
    """Standard buttons come from Qt's translations; Qt ships no Greek one,
    so the app brings its own (packaging/translations/qt/qtbase_el.ts)."""
    from PySide6.QtWidgets import QDialogButtonBox

    language(choice)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == ok
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
