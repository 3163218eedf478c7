"""Desktop Inbox: answer every customer personally, online or offline."""

__version__ = "0.1.0"
APP_NAME = "Desktop Inbox"
APP_ID = "desktop-inbox"
# The desktop-entry / AppStream / Flatpak id (packaging/linux). Qt gives it to
# Wayland as the window's app_id, which must name the installed .desktop file.
DESKTOP_ID = "io.github.desktop_inbox.DesktopInbox"
