"""The interface in the user's language, the Qt way.

Strings go through ``self.tr()`` / ``QCoreApplication.translate()``; the
translations are ``.qm`` files built from ``packaging/translations/*.ts`` into
``resources/i18n`` when the package is built. Qt's own strings (standard
buttons, file dialogs) come from Qt's translations folder. The language
follows the system unless the user chose one (Preferences; applied at the
next start). Dates, times and numbers follow the same locale through
``QLocale()``'s default. The command line stays English.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_inbox.errors import InboxError
from desktop_inbox.resources import resource_dir
from desktop_inbox.words import PLATFORMS, Phrase, fill
from desktop_inbox.words import (
    QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP,  # (re-exported: the interface marks its tables with it)
)

log = logging.getLogger("desktop_inbox.ui")

# The choices offered, each named in its own language; "" follows the system.
LANGUAGES = {"": "", "en": "English", "el": "Ελληνικά", "zh_CN": "简体中文"}
# Every string 40 % longer and accented, to find cut-off text (not offered
# in Preferences: ``--language pseudo``).
PSEUDO = "pseudo"
_PLACE = re.compile(r"%([1-9])")


def translations_dir() -> Path:
    return resource_dir() / "i18n"


def locale_for(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale of the user's choice, or the system's."""
    if choice and choice != PSEUDO:
        return QLocale(choice)
    return system if system is not None else QLocale.system()


def install(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Install the translators for ``choice`` on ``app`` and make its locale
    the default; returns the translators installed.

    A language without a translation stays English, quietly: a user on a
    German system sees English, not an error.
    """
    locale = locale_for(choice)
    QLocale.setDefault(locale)
    installed = []
    own = QTranslator(app)
    if choice == PSEUDO:
        loaded = own.load(f"desktop_inbox_{PSEUDO}", str(translations_dir()))
    else:
        loaded = own.load(locale, "desktop_inbox", "_", str(translations_dir()))
        # English (and any language without a translation) still needs
        # English plural forms: "1 reply", "3 replies".
        loaded = loaded or own.load("desktop_inbox_en", str(translations_dir()))
    if loaded:
        app.installTranslator(own)
        installed.append(own)
    qt = QTranslator(app)
    # Qt's own words (standard buttons, the file dialog); for a language Qt
    # ships none of (Greek), the app's own: packaging/translations/qt/.
    qt_dirs = (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(translations_dir()))
    if choice != PSEUDO and any(qt.load(locale, "qtbase", "_", folder) for folder in qt_dirs):
        app.installTranslator(qt)
        installed.append(qt)
    log.info("interface language: %s (%s)", choice or locale.name(), own.language() or "none found")
    return installed


def arg(template: str, *values: object) -> str:
    """Qt's ``QString::arg`` for Python strings: ``%1``…``%9`` replaced in one
    pass, so a value that itself holds ``%2`` (a customer's text) stays as
    written. Translators may reorder the numbered places."""
    return _PLACE.sub(lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(), template)


def say(words: Phrase | BaseException | str) -> str:
    """Words made below the interface (an error, a status), in the user's
    language: the template translated, then its places filled, nested
    phrases translated too. Anything else is shown as it is."""
    if isinstance(words, Phrase):
        return _filled(words.context, words.template, words.values)
    if isinstance(words, InboxError):
        return _filled(words.context, words.template, words.values)
    return str(words)


def _filled(context: str, template: str, values: Mapping[str, object]) -> str:
    translated = QCoreApplication.translate(context, template) if template else ""
    return fill(translated, {k: say(v) if isinstance(v, Phrase) else v for k, v in values.items()})


def platform_text(text: str) -> str:
    """A platform's own words (its descriptor: sign-in help, counting rule,
    listening) in the user's language. Long help is marked paragraph by
    paragraph, so it is translated so: a paragraph not translated yet stays
    English, the rest does not wait for it."""
    return "\n\n".join(QCoreApplication.translate(PLATFORMS, p) if p else p for p in text.split("\n\n"))
