"""Every user setting, declared once with its type, default and meaning.

Stored with QSettings (not in the cache: they belong to this computer).
Secrets are never settings.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QSettings

from desktop_inbox.records import State


class Setting(NamedTuple):
    key: str
    type: type
    default: Any
    description: str


SETTINGS = {
    s.key: s
    for s in (
        Setting("appearance", str, "system", "system, light or dark"),
        Setting("language", str, "", "the interface's language (en, el, zh_CN); empty follows the system"),
        Setting("notifications", bool, True, "desktop notifications for new customer messages"),
        Setting("tray", bool, True, "show the tray icon with the number of customers waiting"),
        Setting("show_sidebar", bool, True, "show the sidebar (View ▸ Sidebar, F9)"),
        Setting("show_customer", bool, True, "show the customer panel (View ▸ Customer panel, Shift+F9)"),
        Setting("last_view", str, State.NEEDS_REPLY.value, "the inbox view shown at start"),
        Setting("last_conversation", int, 0, "the conversation open at quit"),
        Setting("undo_seconds", int, 5, "seconds a sent reply can still be undone"),
        Setting("sync_interval", int, 60, "seconds between checks for new messages"),
    )
}


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings()

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        value = self.q.value(key, setting.default)
        try:
            if setting.type is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, key: str, value: Any) -> None:
        setting = SETTINGS[key]
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {key} wants {setting.type.__name__}")
        self.q.setValue(key, value)
