#!/bin/sh
# Adds Desktop Inbox to your applications menu, for you only (no root):
#
#   ./install.sh              the menu entry, icons and a `desktop-inbox` command
#   ./install.sh --uninstall  removes them again (your data stays: see README)
#
# packaging/build.sh copies this script into the built app's folder; run it
# from there. The menu entry starts the app from that folder, so move the
# folder where it should live (e.g. ~/.local/opt/desktop-inbox) first.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
id=io.github.desktop_inbox.DesktopInbox
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
share="$here/_internal/share"

if [ ! -x "$here/desktop-inbox" ] || [ ! -d "$share" ]; then
    echo "install.sh: run me from the built app's folder (dist/desktop-inbox/install.sh)" >&2
    exit 2
fi

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
    for icon in "$share"/icons/hicolor/*/apps/"$id".*; do
        size="$(basename "$(dirname "$(dirname "$icon")")")"
        rm -f "$data/icons/hicolor/$size/apps/$(basename "$icon")"
    done
    if [ -L "$bin/desktop-inbox" ] && [ "$(readlink "$bin/desktop-inbox")" = "$here/desktop-inbox" ]; then
        rm -f "$bin/desktop-inbox"
    fi
    refresh
    echo "Desktop Inbox is no longer in your menu. Delete $here to remove the app."
    exit 0
fi

mkdir -p "$data/applications" "$data/metainfo" "$data/icons/hicolor" "$bin"
# Exec and TryExec point into this folder; the entry hides if it is deleted.
sed -e "s|^Exec=desktop-inbox|Exec=\"$here/desktop-inbox\"|" \
    -e "/^\[Desktop Entry\]/a TryExec=$here/desktop-inbox" \
    "$share/applications/$id.desktop" >"$data/applications/$id.desktop.tmp"
mv "$data/applications/$id.desktop.tmp" "$data/applications/$id.desktop"
cp "$share/metainfo/$id.metainfo.xml" "$data/metainfo/"
cp -R "$share/icons/hicolor/." "$data/icons/hicolor/"
if [ ! -e "$bin/desktop-inbox" ] || [ -L "$bin/desktop-inbox" ]; then
    ln -sfn "$here/desktop-inbox" "$bin/desktop-inbox"
fi
refresh
echo "Desktop Inbox is in your applications menu; \`desktop-inbox\` runs it from a terminal ($bin)."
