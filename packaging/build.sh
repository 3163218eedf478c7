#!/usr/bin/env bash
# Builds Desktop Inbox as a one-folder desktop app from this checkout:
#
#   bash packaging/build.sh [--fresh]
#
# -> dist/desktop-inbox/             the app (run dist/desktop-inbox/desktop-inbox)
#    dist/desktop-inbox-VERSION-linux-ARCH.tar.gz   the same, to hand out
#
# It makes a venv in build/venv (kept between builds; --fresh makes a new one),
# installs the project into it as a wheel with its `packaging` extra
# (PyInstaller, from PyPI), and runs packaging/desktop-inbox.spec. Only the
# project's declared dependencies end up in the app. Needs Python >= 3.11 with
# its shared library (python3 here, or $PYTHON). Linux and macOS; on Windows
# run the same steps by hand (see README.md, "Building the app").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/build/venv"
python="${PYTHON:-python3}"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off

if [ "${1:-}" = "--fresh" ]; then
    rm -rf "$venv"
fi
start=$(date +%s)
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
vpython="$venv/bin/python"
# Dependencies first, then the project itself, always rebuilt from this tree
# (a stale setuptools build/lib must not leak deleted files into the app).
rm -rf "$root/build/lib" "$root/build/bdist."*
"$vpython" -m pip install -q "$root[packaging]"
"$vpython" -m pip install -q --no-deps --force-reinstall "$root"
echo "build: venv ready in $(( $(date +%s) - start ))s"

# Build outside the checkout, so that the analysis sees the installed
# package (what users get from pip), not the source folder.
cd "$root/build"
"$vpython" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    "$root/packaging/desktop-inbox.spec"

version="$("$vpython" -c 'import desktop_inbox; print(desktop_inbox.__version__)')"
case "$(uname -s)" in
Linux)
    app="$root/dist/desktop-inbox"
    install -m 755 "$root/packaging/linux/install.sh" "$app/install.sh"
    archive="$root/dist/desktop-inbox-$version-linux-$(uname -m).tar.gz"
    tar -C "$root/dist" -czf "$archive" desktop-inbox
    echo "build: $app ($(du -sh "$app" | cut -f1)), $(basename "$archive") ($(du -h "$archive" | cut -f1))"
    ;;
Darwin)
    echo "build: $root/dist/Desktop Inbox.app ($(du -sh "$root/dist/Desktop Inbox.app" | cut -f1))"
    ;;
esac
echo "build: done in $(( $(date +%s) - start ))s"
