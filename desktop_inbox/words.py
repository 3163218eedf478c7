"""Words made below the interface, translated by it.

Services, the store and the connectors explain themselves in English
sentences (errors, statuses). The command line prints them as they are; the
app shows them in the user's language. So a sentence is written once as a
*template* with named places, marked with ``QT_TRANSLATE_NOOP`` (Qt's own
marker name, which ``pyside6-lupdate`` finds by name; nothing here imports
Qt), and travels with its values: the interface translates the template and
fills the places (``ui/i18n.py``), everything else formats it in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# The translation contexts of the sentences made below the interface.
ERRORS = "Errors"  # errors.InboxError's templates
STATUS = "Status"  # services/status.py: accounts and the outbox
PLATFORMS = "Platforms"  # the platforms' descriptors: sign-in texts, rules


@dataclass(frozen=True, slots=True)
class Phrase:
    """A sentence to show: a marked template in ``context`` and the values of
    its ``{places}``. A value may itself be a Phrase (translated as well).
    ``str()`` is the English sentence (the command line, the logs)."""

    context: str
    template: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.template)

    def __str__(self) -> str:
        return fill(self.template, {k: str(v) if isinstance(v, Phrase) else v for k, v in self.values.items()})


def phrase(context: str, template: str, /, **values: Any) -> Phrase:
    return Phrase(context, template, values)


def term(text: str) -> Phrase:
    """A marked word that goes into an error's sentence ("The {what} is empty."),
    so that the sentence is translated whole: ``term(QT_TRANSLATE_NOOP("Errors", "server address"))``."""
    return Phrase(ERRORS, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def fill(template: str, values: Mapping[str, object]) -> str:
    """``template`` with its ``{places}`` filled; a template whose places do
    not match its values (a translator's slip) is returned with the values
    appended rather than raising while an error is being shown."""
    if not values:
        return template
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template + " (" + ", ".join(f"{v}" for v in values.values()) + ")"


def to_data(words: Phrase) -> dict[str, Any]:
    """``words`` as JSON-ready data, to keep a sentence in the cache and say
    it later in whatever language the user has then."""
    return {
        "context": words.context,
        "template": words.template,
        "values": {k: to_data(v) if isinstance(v, Phrase) else v if isinstance(v, int | float) else str(v) for k, v in words.values.items()},
    }


def from_data(data: object) -> Phrase | None:
    """The phrase ``to_data`` kept; None when ``data`` is not one."""
    if not isinstance(data, dict):
        return None
    context, template, values = data.get("context"), data.get("template"), data.get("values")
    if not isinstance(context, str) or not isinstance(template, str) or not isinstance(values, dict):
        return None
    return Phrase(context, template, {str(k): from_data(v) or str(v) if isinstance(v, dict) else v for k, v in values.items()})
