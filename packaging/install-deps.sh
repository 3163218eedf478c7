#!/usr/bin/env bash
# System packages Desktop Inbox needs on Debian/Ubuntu: Python with venv and
# pip (README's commands install into a venv: the system Python refuses pip,
# PEP 668), Qt's X11 (xcb) libraries, a Secret Service keyring, and (for the
# tests) Xvfb and D-Bus. Elsewhere it does nothing: macOS and Windows ship
# what Qt and keyring need.
#
#   --test   also install the real servers the tests start (each script in
#            packaging/test-deps/ adds one: mail server, Bluesky network, ...)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: no apt-get here; skipping system packages" >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
packages=(
    # Python 3.11+ (Debian 12: 3.11, Ubuntu 24.04: 3.12), its venv and pip
    # (a minimal install has neither), and the certificates pip needs for PyPI
    python3 python3-venv python3-pip ca-certificates
    # Qt's xcb platform plugin
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-shape0 libxcb-randr0 libegl1 libgl1 libfontconfig1 libdbus-1-3
    # fonts for English, Greek and Chinese text
    fonts-dejavu-core fonts-noto-cjk
    # the keyring (Secret Service) and a session bus
    gnome-keyring dbus
    # a virtual screen for the end-to-end tests, and a browser opener
    xvfb xauth xdg-utils
)
if [ "$with_tests" = 1 ]; then
    packages+=(xdotool)  # drives the real app under Xvfb in the end-to-end tests
    # the team database's tests start their own PostgreSQL cluster (initdb),
    # with the search index's unaccent and pg_trgm (contrib)
    packages+=(postgresql postgresql-contrib)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "install-deps: system packages ready"

if [ "$with_tests" = 1 ]; then
    for script in "$here"/test-deps/*.sh; do
        [ -e "$script" ] || continue
        echo "install-deps: $(basename "$script")"
        SUDO="$SUDO" bash "$script"
    done
fi
