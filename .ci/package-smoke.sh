#!/usr/bin/env bash
# CI, after the test suite: the Linux desktop files validate, the desktop app
# builds with PyInstaller from this checkout, and the built app passes its
# smoke test (packaging/smoke: demo workspace under Xvfb, main window, clean
# quit; CLI sign-in through the real keyring; menu entry install/uninstall).
# Prints the app's size and its start-up time against python -m desktop_inbox.
# $TEST_PYTHON runs the smoke test and the timing (a Python with the `test`
# extra installed; .ci/run passes README's .venv); packaging/build.sh takes
# $PYTHON for the build.
set -euo pipefail
cd "$(dirname "$0")/.."
test_python="${TEST_PYTHON:-python3}"
start=$(date +%s)

appstreamcli validate --no-net packaging/linux/io.github.desktop_inbox.DesktopInbox.metainfo.xml
desktop-file-validate packaging/linux/io.github.desktop_inbox.DesktopInbox.desktop

bash packaging/build.sh
built=$(date +%s)

"$test_python" -m pytest packaging/smoke -p no:cacheprovider
"$test_python" packaging/measure_startup.py --runs 3

echo "package-smoke: app folder $(du -sh dist/desktop-inbox | cut -f1), archive $(du -h dist/desktop-inbox-*-linux-*.tar.gz | cut -f1)"
echo "package-smoke: build $(( built - start ))s, smoke test and timing $(( $(date +%s) - built ))s"
