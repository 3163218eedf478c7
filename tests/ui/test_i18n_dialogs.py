"""The sign-in pages, saved replies, the timeline, follow-through, snooze
and the damaged-cache question in Greek and Chinese: plural forms, dates in
the language's own form, sentences worded from typed values."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QPushButton, QWidget

from desktop_inbox.records import Kind, Platform
from desktop_inbox.services.export import to_html
from desktop_inbox.services.metrics import Wait
from desktop_inbox.services.values import Channel, TimelineEntry
from desktop_inbox.ui import application, snooze, style
from desktop_inbox.ui.conversation.followthrough import AnswerVia, ReminderOffer
from desktop_inbox.ui.dialogs.dashboard import DashboardDialog, axis_day
from desktop_inbox.ui.dialogs.export import ExportWords
from desktop_inbox.ui.dialogs.image_viewer import ImageViewer
from desktop_inbox.ui.dialogs.preferences import PreferencesDialog
from desktop_inbox.ui.dialogs.timeline import month_title, render
from desktop_inbox.ui.followup import FollowUpMenu
from desktop_inbox.ui.notifications import NoticeWords
from desktop_inbox.ui.recovery import Recovery
from desktop_inbox.ui.settings import Settings
from desktop_inbox.ui.signin.mastodon import MastodonPage
from desktop_inbox.ui.timepick import date_and_clock, full_date_and_clock
from tests.helpers.mastodon import make_world
from tests.ui.conftest import until
from tests.ui.test_i18n import (
    language,  # noqa: F401  (the fixture: switch the app's language)
    translations,  # (packaging/translations.py)
)

TS = Path(__file__).resolve().parents[2] / "packaging" / "translations"
# A Tuesday in December: Greek names the month in the genitive inside a date
# and in the nominative on its own.
TUESDAY = datetime(2026, 12, 8, 9, 5)


def _offer(qtbot) -> ReminderOffer:  # type: ignore[no-untyped-def]
    banner = QWidget()
    qtbot.addWidget(banner)
    return ReminderOffer(banner, QLabel(banner), lambda text: QPushButton(text, banner))


@pytest.mark.parametrize(
    ("choice", "one", "three"),
    [
        ("en", "Remind me in 1 day", "Remind me in 3 days"),
        ("el", "Υπενθύμιση σε 1 ημέρα", "Υπενθύμιση σε 3 ημέρες"),
        ("zh_CN", "1 天后提醒我", "3 天后提醒我"),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_reminder_choices_take_the_languages_plural(qtbot, language, choice: str, one: str, three: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)
    offer = _offer(qtbot)
    assert [offer.buttons[d].text() for d in (1, 3)] == [one, three]
    assert offer.buttons[3].accessibleName() == three


@pytest.mark.parametrize(
    ("choice", "hours", "day"),
    [
        ("en", ["In 1 hour", "In 3 hours"], "In 3 days  ("),
        ("el", ["Σε 1 ώρα", "Σε 3 ώρες"], "Σε 3 ημέρες  ("),
        ("zh_CN", ["1 小时后", "3 小时后"], "3 天后（"),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_snooze_and_follow_up_menus_count_in_the_language(qtbot, language, choice: str, hours: list[str], day: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)
    assert [label for label, _ in snooze.presets()[:2]] == hours
    menu = FollowUpMenu()
    qtbot.addWidget(menu)
    menu.fill()
    [three_days] = [a for a in menu.actions() if a.objectName() == "follow_up_3d"]
    assert three_days.text().startswith(day), three_days.text()


@pytest.mark.parametrize(
    ("choice", "short", "full"),
    [
        ("en", "Tue 08 Dec 09:05", "Tuesday 08 December 2026, 09:05"),
        ("el", "Τρί 8 Δεκ, 09:05", "Τρίτη 8 Δεκεμβρίου 2026, 09:05"),
        ("zh_CN", "12月8日 周二 09:05", "2026年12月8日 星期二 09:05"),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_offered_times_take_the_languages_form(language, choice: str, short: str, full: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)
    assert date_and_clock(TUESDAY) == short
    assert full_date_and_clock(TUESDAY) == full


@pytest.mark.parametrize(
    ("choice", "one", "many"),
    [
        ("en", "(1 message)?", "(2 messages)?"),
        ("el", ", 1 μήνυμα);", ", 2 μηνύματα);"),
        ("zh_CN", "共 1 条消息", "共 2 条消息"),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_the_backup_offer_counts_messages_in_the_language(language, choice: str, one: str, many: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)
    assert one in Recovery().offer(1)
    assert many in Recovery().offer(2)


@pytest.mark.parametrize(
    ("choice", "heading", "call", "direct"),
    [
        ("en", "December 2026", "Phone call", "Mastodon DM"),
        ("el", "Δεκέμβριος 2026", "Τηλεφώνημα", "Mastodon, προσωπικό μήνυμα"),
        ("zh_CN", "2026年十二月", "电话", "Mastodon 私信"),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_the_timeline_names_months_and_events_in_the_language(language, choice: str, heading: str, call: str, direct: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)
    assert month_title(2026, 12) == heading
    when = TUESDAY.astimezone()
    entries = [
        TimelineEntry(1, 7, "mastodon", Kind.DIRECT, "in", "Anna", "Do the sandals come in 39?", when),
        TimelineEntry(0, 7, "mastodon", Kind.DIRECT, "in", "", "She called about sizes.", when + timedelta(hours=1), "call"),
    ]
    page = render(entries, {"text": "#000", "dim": "#666", "ours": "#eef", "theirs": "#eee"})
    assert heading in page and call in page and direct in page
    assert date_and_clock(when) in page


@pytest.mark.parametrize(
    ("choice", "public", "new"),
    [
        ("en", "Answer via Mastodon public reply to @annawork", "Answer via Mastodon direct message to @annawork (new)"),
        ("el", "Απάντηση μέσω Mastodon: δημόσια απάντηση προς @annawork",
         "Απάντηση μέσω Mastodon: νέο προσωπικό μήνυμα προς @annawork"),
        ("zh_CN", "通过 Mastodon 公开回复 @annawork", "通过 Mastodon 私信回复 @annawork（新对话）"),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_answer_via_words_each_channel_in_the_language(qtbot, language, choice: str, public: str, new: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)
    combo = AnswerVia()
    qtbot.addWidget(combo)
    here = Channel(1, Platform.MASTODON, "@anna", Kind.DIRECT, 1, "@shop", 10, 500, 23, "Mastodon")
    work = [
        Channel(2, Platform.MASTODON, "@annawork", Kind.PUBLIC, 1, "@shop", 11, 500, 23, "Mastodon"),
        Channel(2, Platform.MASTODON, "@annawork", Kind.DIRECT, 1, "@shop", None, 500, 23, "Mastodon"),
    ]
    combo.set_channels([here, *work], conversation_id=10)
    assert [combo.itemText(i) for i in range(1, combo.count())] == [public, new]


@pytest.mark.parametrize(
    ("choice", "button", "bad_address"),
    [
        ("el", "Σύνδεση μέσω περιηγητή", "Το «my shop» δεν είναι διεύθυνση διακομιστή"),
        ("zh_CN", "用浏览器登录", "“my shop”不是服务器地址"),
    ],
    ids=["el", "zh_CN"],
)
def test_a_sign_in_page_speaks_the_language(make_ui, language, choice: str, button: str, bad_address: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)

    async def body() -> None:
        ui = await make_ui.build()
        dialog = ui.window.dialogs.add_account("mastodon")
        page = dialog.page
        assert isinstance(page, MastodonPage)
        assert page.primary.text() == button
        assert dialog.back_button.text() != "‹ Back"
        page.instance.setText("my shop")
        page.primary.click()
        assert page.status.text().startswith(bad_address), page.status.text()
        dialog.reject()

    make_ui.run(body())


@pytest.mark.parametrize("lang", ["el", "zh_CN", "pseudo"])
def test_translations_keep_the_placeholder_names(lang: str) -> None:
    """``{first_name}`` is what the user types in a saved reply
    (text/placeholders.py): a translated name would never be filled."""
    if lang == "pseudo":
        assert translations.pseudo("Hi {first_name}, {my_name}").count("{first_name}, {my_name}") == 1
        return
    names = re.compile(r"\{[A-Za-z][A-Za-z0-9_]*\}")
    for message in ET.parse(TS / f"{lang}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for form in [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]:
            assert sorted(names.findall(form)) == sorted(names.findall(source)), (source, form)


def test_the_pseudo_language_keeps_date_formats(language) -> None:  # type: ignore[no-untyped-def]
    """Its accents would turn "yyyy" into "ýýýý", which is no year."""
    language("pseudo")
    assert full_date_and_clock(TUESDAY) == "Tuesday 08 December 2026, 09:05"
    assert date_and_clock(TUESDAY) == "Tue 08 Dec 09:05"



# -- The window's dialogs, the language preference, figures in the locale ----------------

# Each dialog's title (or its start) and one of its own words, per language.
DIALOG_WORDS = {
    "el": {
        "accounts": ("Λογαριασμοί", "Προσθήκη λογαριασμού…"),
        "preferences": ("Προτιμήσεις", "Ισχύει μετά την επανεκκίνηση του Desktop Inbox."),
        "outbox": ("Εξερχόμενα", "Αποθήκευση αλλαγών"),
        "dashboard": ("Χρόνοι απάντησης", "Εξαγωγή CSV…"),
        "storage": ("Αποθηκευτικός χώρος", "Διαγραφή παλαιότερου ιστορικού…"),
        "about": ("Σχετικά με το Desktop Inbox", "Αντιγραφή έκδοσης"),
        "listening": ("Ακρόαση — ", "Σίγαση"),
        "merge": ("Ίδιο πρόσωπο με ", "Αναίρεση συγχώνευσης"),
        "log_event": ("Καταγραφή τηλεφωνήματος ή συνάντησης με ", "Τηλεφώνημα"),
        "picture": ("Εικόνα", "Δεν δόθηκε εναλλακτικό κείμενο για αυτή την εικόνα."),
        "chooser": ("", "Πού σας γράφουν οι πελάτες σας;"),
        "email": ("", "Δοκιμή σύνδεσης"),
    },
    "zh_CN": {
        "accounts": ("账号", "添加账号…"),
        "preferences": ("偏好设置", "重启 Desktop Inbox 后生效。"),
        "outbox": ("发件箱", "保存修改"),
        "dashboard": ("响应时间", "导出 CSV…"),
        "storage": ("存储空间", "清除旧记录…"),
        "about": ("关于 Desktop Inbox", "复制版本信息"),
        "listening": ("倾听——", "屏蔽"),
        "merge": ("与 ", "撤销合并"),
        "log_event": ("记录与 ", "电话"),
        "picture": ("图片", "这张图片没有替代文字。"),
        "chooser": ("", "你的客户在哪里给你留言？"),
        "email": ("", "测试连接"),
    },
}


def _texts(widget: QWidget) -> set[str]:
    """The words a dialog shows: its buttons', labels' and lists' texts."""
    found = {w.text() for w in widget.findChildren(QAbstractButton)} | {w.text() for w in widget.findChildren(QLabel)}
    for combo in widget.findChildren(QComboBox):
        found |= {combo.itemText(i) for i in range(combo.count())}
    return found


@pytest.mark.parametrize("choice", ["el", "zh_CN"])
def test_every_dialog_of_the_window_speaks_the_language(make_ui, language, choice: str) -> None:  # type: ignore[no-untyped-def]
    language(choice)
    words = DIALOG_WORDS[choice]

    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop do the sandals come in 39?")
        ui = await make_ui.attach(world)
        await ui.started()
        w = ui.window
        [account] = await ui.ctx.accounts.list()
        first = (await ui.ctx.inbox.page())[0]
        w.open_conversation_anywhere(first.id)
        await until(lambda: w.customer.contact is not None, message="customer shown")
        dialogs = {
            "accounts": w.dialogs.accounts(),
            "preferences": w.dialogs.preferences(),
            "outbox": w.dialogs.outbox(),
            "dashboard": w.dialogs.dashboard(),
            "storage": w.dialogs.storage(),
            "about": w.dialogs.about(),
            "listening": w.dialogs.listening(account),
            "merge": w.dialogs.merge(),
            "log_event": w.dialogs.log_event(),
            "picture": ImageViewer(path=None, kind="image", alt=""),
        }
        chooser = w.dialogs.add_account()
        dialogs["chooser"] = chooser
        for name, dialog in dialogs.items():
            assert dialog is not None, name
            title, own = words[name]
            assert dialog.windowTitle().startswith(title), (name, dialog.windowTitle())
            assert own in _texts(dialog), (name, sorted(_texts(dialog)))
            if name not in ("chooser",):
                dialog.close()
        chooser.chooser.buttons["email"].click()
        await until(lambda: words["email"][1] in _texts(chooser), message="e-mail page")
        chooser.reject()

    make_ui.run(body())


@pytest.mark.parametrize(
    ("choice", "shown", "waited"),
    [
        ("en", ["System language", "English", "Ελληνικά", "简体中文"], "3 h 41 min"),
        ("el", ["Γλώσσα συστήματος", "English", "Ελληνικά", "简体中文"], "3 ώρ. 41 λεπ."),
        ("zh_CN", ["跟随系统", "English", "Ελληνικά", "简体中文"], "3 小时 41 分钟"),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_the_language_chosen_in_preferences_is_used_at_the_next_start(  # type: ignore[no-untyped-def]
    make_ui, language, tmp_path, choice: str, shown: list[str], waited: str
) -> None:
    """Each language is offered in its own name; the choice is stored in the
    ``language`` setting, which the next start installs (``--language``
    still wins)."""
    language(choice)
    ini = str(tmp_path / "chosen.ini")

    async def body() -> None:
        ui = await make_ui.build(sync=False)
        dialog = PreferencesDialog(ui.ctx, Settings(QSettings(ini, QSettings.Format.IniFormat)))
        combo = dialog.language
        assert [combo.itemText(i) for i in range(combo.count())] == shown
        assert combo.currentData() == ""  # the system's, until one is chosen
        await until(lambda: dialog.target.value() == 15, message="loaded")
        combo.setCurrentIndex(combo.findText("Ελληνικά"))
        dialog._save()
        await until(lambda: dialog.result() == dialog.DialogCode.Accepted, message="saved")

    make_ui.run(body())
    # The next start: a new Settings on the same file.
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert settings.get("language") == "el"
    assert application.interface_language(application.parse_args([]), settings) == "el"
    assert application.interface_language(application.parse_args(["--language", "zh_CN"]), settings) == "zh_CN"
    language(application.interface_language(application.parse_args([]), settings))
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Προτιμήσεις"
    # Durations take the language's units ("waiting 3 h 41 min").
    language(choice)
    now = datetime(2026, 12, 8, 12, 0).astimezone()
    assert style.waited(now - timedelta(hours=3, minutes=41), now) == waited


@pytest.mark.parametrize(
    ("choice", "waiting", "answered", "median", "within", "summary"),
    [
        ("en", "1,500", "1,234", "1.5 h", "0%", "2 customer messages of the last 30 days are not answered yet."),
        ("el", "1.500", "1.234", "1,5 ώρ.", "0%", "2 μηνύματα πελατών των τελευταίων 30 ημερών δεν έχουν απαντηθεί ακόμη."),
        ("zh_CN", "1,500", "1,234", "1.5 小时", "0%", "最近 30 天里还有 2 条客户消息没有回复。"),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_dashboard_figures_take_the_locales_numbers_and_units(  # type: ignore[no-untyped-def]
    make_ui, language, choice: str, waiting: str, answered: str, median: str, within: str, summary: str
) -> None:
    language(choice)
    now = datetime.now(UTC) - timedelta(days=1)
    waits = [Wait(n, "mastodon", now, now + timedelta(minutes=90)) for n in range(1234)]
    waits += [Wait(9000 + n, "mastodon", now, None) for n in range(2)]

    async def body() -> None:
        ui = await make_ui.build(sync=False)
        dialog = DashboardDialog(ui.ctx)
        dialog._show(30, 15 * 60.0, waits, [], 1500)
        f = dialog.figures
        assert f["waiting"].number.text() == waiting
        assert f["answered"].number.text() == answered
        assert f["median"].number.text() == median == f["p90"].number.text()
        assert f["within"].number.text() == within
        assert dialog.summary.text() == summary
        assert f["waiting"].caption.text() == {"en": "conversations waiting now", "el": "συνομιλίες περιμένουν τώρα", "zh_CN": "个对话正在等待"}[choice]
        assert dialog.period.button(30).text() == {"en": "Last 30 days", "el": "Τελευταίες 30 ημέρες", "zh_CN": "最近 30 天"}[choice]
        assert QLocale().toString(1234) == answered  # (the locale's own grouping)
        dialog.close()

    make_ui.run(body())
    assert axis_day(QDate(2026, 12, 8)) == {"en": "08 Dec", "el": "8 Δεκ", "zh_CN": "12月8日"}[choice]


@pytest.mark.parametrize(
    ("choice", "lang", "title", "heading"),
    [
        ("el", "el", "Συνομιλία με Anna Λάμπρου", "1 μήνυμα σε 1 συνομιλία · εξαγωγή "),
        ("zh_CN", "zh", "与 Anna Λάμπρου 的对话", "1 个对话，共 1 条消息 · 由 Desktop Inbox 于 "),
    ],
    ids=["el", "zh_CN"],
)
def test_an_exported_page_speaks_the_language_and_the_command_line_stays_english(  # type: ignore[no-untyped-def]
    make_ui, language, choice: str, lang: str, title: str, heading: str
) -> None:
    """The page (and so the PDF) the window exports is in the interface's
    language with its dates; the command line's stays English."""
    language(choice)

    async def body() -> None:
        world = make_world()
        world.server.post(world.anna, "@shop do the sandals come in 39?")
        ui = await make_ui.attach(world)
        [conversation] = await ui.ctx.inbox.page()
        export = await ui.ctx.exporter.gather(conversation=conversation.id)
        [[message]] = [c.messages for c in export.conversations]
        page = to_html(export, ExportWords().page())
        assert f"<html lang='{lang}'" in page and f"<h1>{title}</h1>" in page
        assert heading in page, page[:2000]
        assert full_date_and_clock(message.created_at) in page
        english = to_html(export)  # (as `desktop-inbox export` writes it)
        assert "<html lang='en'" in english and "<h1>Conversation with Anna Λάμπρου</h1>" in english
        assert "1 messages in 1 conversation · exported " in english

    make_ui.run(body())


@pytest.mark.parametrize(
    ("choice", "said", "others"),
    [
        ("en", "Exported 12,345 messages to %1.", ["%1 and 1 other customer", "%1 and 2 other customers"]),
        ("el", "Εξήχθησαν 12.345 μηνύματα στο %1.", ["%1 και 1 ακόμη πελάτης", "%1 και 2 ακόμη πελάτες"]),
        ("zh_CN", "已导出 12,345 条消息到 %1。", ["%1 和另外 1 位客户", "%1 和另外 2 位客户"]),
    ],
    ids=["en", "el", "zh_CN"],
)
def test_counts_take_the_locales_grouping_and_plural(language, choice: str, said: str, others: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Counts in the locale's digits (%Ln); a notification's title counts the other customers."""
    language(choice)
    assert ExportWords().exported(12345) == said
    assert [NoticeWords().others(n) for n in (1, 2)] == others
