#!/usr/bin/env bash
# The email tests start a throwaway Dovecot (IMAP, LMTP, submission) on
# 127.0.0.1; this installs it from Debian's packages. The system instance
# that apt may start is stopped again: the tests never use it.
set -euo pipefail
SUDO="${SUDO:-}"
packages=(dovecot-imapd dovecot-lmtpd dovecot-submissiond openssl)
missing=()
for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "email test deps: already installed"
    exit 0
fi
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
# A plain Debian VM starts dovecot.service on 143/993; stop and disable it.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    $SUDO systemctl disable --now dovecot >/dev/null 2>&1 || true
fi
$SUDO service dovecot stop >/dev/null 2>&1 || true
if [ -f /run/dovecot/master.pid ]; then
    $SUDO kill "$(cat /run/dovecot/master.pid)" 2>/dev/null || true
fi
echo "email test deps: installed ${missing[*]}"
