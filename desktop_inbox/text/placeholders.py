"""Saved replies with placeholders, filled from the customer and the user.

``{first_name}``, ``{name}``, ``{handle}`` and ``{my_name}`` are filled from
the contact and the user's own name; any other ``{field}`` is a free field the
user must fill in. A reply that still holds a placeholder cannot be sent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9_]{0,30})\}")
KNOWN = ("first_name", "name", "handle", "my_name")


@dataclass(frozen=True, slots=True)
class Filled:
    text: str
    missing: tuple[str, ...]  # placeholders still to fill, in order


def first_name(name: str, handle: str = "") -> str:
    """How to greet someone: "Anna" for "Anna Lambrou", the whole name for
    Chinese names (王磊), the handle's user for people without a name."""
    name = " ".join(name.split())
    if not name:
        return handle.lstrip("@").split("@")[0]
    if _is_cjk(name[0]):
        return name
    return name.split(" ")[0]


def _is_cjk(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def fill(template: str, *, name: str, handle: str, my_name: str, fields: dict[str, str] | None = None) -> Filled:
    values = {
        "first_name": first_name(name, handle),
        "name": name or first_name(name, handle),
        "handle": handle,
        "my_name": my_name,
    }
    values.update({k: v for k, v in (fields or {}).items() if v})

    def replace(match: re.Match[str]) -> str:
        key = match.group(1).lower()
        value = values.get(key)
        return value if value else match.group(0)

    text = PLACEHOLDER.sub(replace, template)
    return Filled(text, unfilled(text))


def unfilled(text: str) -> tuple[str, ...]:
    """The placeholders a draft still holds."""
    return tuple(dict.fromkeys(m.group(1) for m in PLACEHOLDER.finditer(text)))
