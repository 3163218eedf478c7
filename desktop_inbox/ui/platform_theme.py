"""The Qt platform theme the app asks for at start, for the desktop's own
file dialog (``files.py``): a module without Qt, read before the
application exists (the file dialogs' module loads when one is first shown).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

# Desktops whose Qt theme (gtk3) already shows the native GTK dialog.
GTK_DESKTOPS = {"gnome", "unity", "x-cinnamon", "cinnamon", "mate", "xfce", "budgie", "pantheon", "gnome-classic"}


def platform_theme(env: Mapping[str, str], *, platform: str = sys.platform) -> str | None:
    """The Qt platform theme to ask for at start (None: Qt's own choice):
    the desktop portal, for its file dialog, on a Linux desktop whose own
    theme Qt cannot load. What the user set is kept."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORMTHEME"):
        return None
    desktops = {d.strip().lower() for d in env.get("XDG_CURRENT_DESKTOP", "").split(":") if d.strip()}
    if not desktops or not env.get("DBUS_SESSION_BUS_ADDRESS") or desktops & GTK_DESKTOPS:
        return None
    return "xdgdesktopportal"
