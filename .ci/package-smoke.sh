#!/usr/bin/env bash
# CI, after the test suite: the Linux desktop files validate, the desktop app
# builds with PyInstaller from this checkout, and the built app passes its
# smoke test (packaging/smoke: demo workspace under Xvfb, main window, clean
# quit; CLI sign-in through the real keyring; menu entry install/uninstall).
# Prints the app's size and its start-up time against python -m desktop_inbox.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

appstreamcli validate --no-net packaging/linux/io.github.desktop_inbox.DesktopInbox.metainfo.xml
desktop-file-validate packaging/linux/io.github.desktop_inbox.DesktopInbox.desktop

bash packaging/build.sh
built=$(date +%s)

python3 -m pytest packaging/smoke -p no:cacheprovider
python3 packaging/measure_startup.py --runs 3

echo "package-smoke: app folder $(du -sh dist/desktop-inbox | cut -f1), archive $(du -h dist/desktop-inbox-*-linux-*.tar.gz | cut -f1)"
echo "package-smoke: build $(( built - start ))s, smoke test and timing $(( $(date +%s) - built ))s"
