#!/usr/bin/env bash
# The packaging check (.ci/package-smoke.sh): appstreamcli and
# desktop-file-validate check the Linux desktop files; PyInstaller needs
# binutils (strip, objdump) and Python's shared library (libpython3.X, which
# a stock Debian or Ubuntu Python comes without; libpython3-dev names it on
# both) to build the app.
set -euo pipefail
SUDO="${SUDO-}"
if [ -z "$SUDO" ] && [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
packages=(appstream desktop-file-utils binutils libpython3-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "test-deps/packaging: appstream, desktop-file-utils, binutils and libpython3-dev ready"
