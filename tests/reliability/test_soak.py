"""Soak: the real app, three accounts, a flapping network, 429/5xx bursts, a
revoked token: nothing lost, nothing sent twice, memory flat.

The desktop app runs as a real process (Qt offscreen) against two local
Mastodon servers (three shop accounts). While customers keep writing and a
"user" keeps answering from the command line, a chaos thread takes the
servers down and up again, injects bursts of 429 (with Retry-After) and
5xx, drops connections and loses the answers to posted replies; part-way
through, one account's token is revoked. At the end:

* the revoked account asks to sign in, and the others kept syncing after it;
* after signing in again, every message on the servers is in the cache, and
  nothing else;
* every queued reply was posted exactly once;
* the app's resident memory, sampled every second, is flat.

CI runs it for ``SOAK_SECONDS`` (default 45 s); the full run by hand:
``SOAK_SECONDS=900 python -m pytest tests/reliability/test_soak.py -s``.
The figures are printed and written to ``test-artifacts/soak-report.json``.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_inbox import cli as cli_module
from desktop_inbox.demo.httpbase import Fault
from desktop_inbox.demo.mastodon_server import Account, MastodonServer
from tests.helpers.waiting import app_log

SOAK_SECONDS = float(os.environ.get("SOAK_SECONDS", "45"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [pytest.mark.slow, pytest.mark.e2e, pytest.mark.timeout(int(SOAK_SECONDS) + 420)]


@dataclass
class Shop:
    server: MastodonServer
    account: Account
    token: str
    customers: list[Account]
    handle: str = ""


@dataclass
class Chaos:
    faults: list[tuple[str, Fault]] = field(default_factory=list)
    flaps: int = 0

    def counts(self) -> dict[str, int]:
        hits: Counter[str] = Counter()
        for kind, fault in self.faults:
            hits[kind] += fault.hits
        hits["network flaps"] = self.flaps
        return dict(hits)


class Cli:
    """The command line in this process (the user, next to the running app)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.lock = threading.Lock()

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        with self.lock:
            out, err = io.StringIO(), io.StringIO()
            old = sys.stdin
            sys.stdin = io.StringIO(stdin)
            try:
                code = cli_module.run([*args, "--data-dir", str(self.data_dir)], out=out, err=err)
            finally:
                sys.stdin = old
            return code, out.getvalue(), err.getvalue()

    def json(self, *args: str) -> Any:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def test_soak(data_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(20241123)
    servers = [MastodonServer().start(), MastodonServer().start()]
    for server in servers:
        server.rate_limit = 10**9  # the bursts below are the rate limiting
    shops = []
    for n, server in enumerate((servers[0], servers[0], servers[1]), 1):
        account = server.add_account(f"shop{n}", f"Shop {n}")
        customers = [server.add_account(f"c{n}x{i}", f"Customer {n}.{i} Λ客") for i in range(15)]
        shops.append(Shop(server, account, server.issue_token(account), customers))
    cli = Cli(data_dir)
    for shop in shops:
        shop.server.post(shop.customers[0], f"@{shop.account.username} hello before we start")
        code, _, err = cli("accounts", "add", "mastodon", "--instance", shop.server.url, "--token-stdin",
                           "--history", "all", stdin=shop.token + "\n")
        assert code == 0, err
    accounts = cli.json("accounts", "list")
    for shop, acc in zip(shops, accounts, strict=True):
        shop.handle = acc["handle"]
    account_id = {shop.handle: acc["id"] for shop, acc in zip(shops, accounts, strict=True)}

    # Replies go out at once (no undo window), as the tests elsewhere.
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    with conn:
        conn.execute("INSERT OR REPLACE INTO preference (key, value) VALUES ('undo_seconds', '0')")
    conn.close()

    app = subprocess.Popen(
        [sys.executable, "-m", "desktop_inbox", "--data-dir", str(data_dir), "--settings-dir", str(tmp_path / "qt"),
         "--sync-interval", "1", "--backup-delay", "5"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    stop = threading.Event()
    chaos = Chaos()
    rss: list[tuple[float, int]] = []
    queued: list[str] = []
    posted_by_customers: Counter[str] = Counter()
    revoked_at: list[float] = []
    errors: list[BaseException] = []
    started = time.monotonic()

    def guard(fn):  # type: ignore[no-untyped-def]
        def run() -> None:
            try:
                fn()
            except BaseException as exc:
                errors.append(exc)
                stop.set()
        return threading.Thread(target=run, daemon=True)

    @guard
    def customers() -> None:
        last: dict[str, Any] = {}
        n = 0
        while not stop.is_set():
            shop = rng.choice(shops)
            who = rng.choice(shop.customers)
            direct = rng.random() < 0.3
            previous = last.get(who.id) if not direct and rng.random() < 0.4 else None
            status = shop.server.post(who, f"@{shop.account.username} question {n} from {who.username}",
                                      visibility="direct" if direct else "public", in_reply_to=previous)
            last[who.id] = status
            posted_by_customers[shop.handle] += 1
            n += 1
            time.sleep(rng.uniform(0.05, 0.25))

    @guard
    def user() -> None:
        answered: set[tuple[int, str]] = set()
        n = 0
        while not stop.is_set():
            time.sleep(1.0)
            for conv in cli.json("conversations", "--state", "needs_reply"):
                key = (conv["id"], conv["waiting_since"])
                if key in answered or rng.random() < 0.5:
                    continue
                text = f"soak reply {n}: thank you, we are on it"
                code, _, err = cli("reply", str(conv["id"]), "--text", text)
                assert code == 0, err
                answered.add(key)
                queued.append(text)
                n += 1

    @guard
    def havoc() -> None:
        # A burst of 429 and one of 5xx first, on the server whose accounts
        # stay signed in (the other one's account is revoked at 40 %, and a
        # fault there after that is never hit); then anything, anywhere.
        planned = ["429", "5xx"]
        while not stop.is_set():
            time.sleep(rng.uniform(1.5, 3.5))
            if stop.is_set():
                break
            if planned:
                server, kind = servers[0], planned.pop(0)
            else:
                server = rng.choice(servers)
                kind = rng.choice(["flap", "429", "5xx", "5xx", "lost reply", "drop"])
            if kind == "flap":
                cut = server.inject("drop", count=10**6)  # keep-alive connections die too
                server.stop()
                time.sleep(rng.uniform(0.5, 2.5))
                server.faults.remove(cut)
                server.start()
                chaos.flaps += 1
            elif kind == "429":
                chaos.faults.append(("429", server.inject("status", path="/api/v1/.*", status=429, count=rng.randint(3, 12),
                                                          headers={"Retry-After": "1"})))
            elif kind == "5xx":
                status = rng.choice([500, 502, 503, 504])
                chaos.faults.append(("5xx", server.inject("status", path="/api/v1/.*", status=status, count=rng.randint(3, 12))))
            elif kind == "lost reply":
                chaos.faults.append(("lost reply answers", server.inject("lost", method="POST", path="/api/v1/statuses", count=1)))
            else:
                chaos.faults.append(("dropped connections", server.inject("drop", path="/api/v1/.*", count=rng.randint(1, 4))))

    @guard
    def memory() -> None:
        while not stop.is_set() and app.poll() is None:
            rss.append((time.monotonic() - started, rss_kb(app.pid)))
            time.sleep(1.0)

    threads = [customers, user, havoc, memory]
    try:
        deadline = time.monotonic() + 60
        while "started with" not in app_log(data_dir):
            assert app.poll() is None and time.monotonic() < deadline, app.stdout.read() if app.stdout else ""
            time.sleep(0.1)
        for t in threads:
            t.start()
        while time.monotonic() - started < SOAK_SECONDS and not stop.is_set():
            if not revoked_at and time.monotonic() - started > SOAK_SECONDS * 0.4:
                shops[2].server.revoke_tokens(shops[2].account)
                revoked_at.append(time.time())
            time.sleep(0.2)
        stop.set()
        for t in threads:
            t.join(timeout=60)
        assert not errors, errors
        for server in servers:
            server.clear_faults()
            if not server.running:
                server.start()

        # Calm again: the live accounts catch up while the app runs, and the
        # revoked one asks to sign in once its next attempt (which a back-off
        # from the fault bursts may have put off for a while) is refused.
        live = shops[:2]

        def settled() -> bool:
            states = {a["handle"]: a["state"] for a in cli.json("accounts", "list")}
            return states[shops[2].handle] == "needs_sign_in" and \
                all(_cache_ids(data_dir, account_id[s.handle]) == _server_ids(s) for s in live) and \
                _delivered(live, queued, _texts_of(data_dir, [account_id[s.handle] for s in live]))

        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and not settled():
            time.sleep(0.5)
        states = {a["handle"]: a for a in cli.json("accounts", "list")}
        assert states[shops[2].handle]["state"] == "needs_sign_in", states
        for shop in live:
            assert states[shop.handle]["state"] == "ok", states
            synced = datetime.fromisoformat(states[shop.handle]["last_sync_at"]).timestamp()
            assert synced > revoked_at[0] + 1  # kept syncing after the other was revoked
            assert _cache_ids(data_dir, account_id[shop.handle]) == _server_ids(shop), shop.handle
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=60) == 0
    finally:
        stop.set()
        if app.poll() is None:
            app.kill()
            app.wait()

    # Signing in again brings the revoked account up to date, replies and all.
    revoked = shops[2]
    new_token = revoked.server.issue_token(revoked.account)
    assert cli("accounts", "add", "mastodon", "--instance", revoked.server.url, "--token-stdin",
               stdin=new_token + "\n")[0] == 0
    for _ in range(3):
        code, _out, err = cli("sync", "--once")
        if code == 0:
            break
    assert code == 0, err

    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    outbox = dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    conn.close()
    messages = {}
    for shop in shops:
        on_server = _server_ids(shop)
        in_cache = _cache_ids(data_dir, account_id[shop.handle])
        assert in_cache == on_server, (shop.handle, len(on_server - in_cache), len(in_cache - on_server))
        messages[shop.handle] = len(on_server)
    posted = Counter(s.text.split(" ", 1)[1] for server in servers for s in server.posts_received)
    twice = [t for t in queued if posted[t] > 1]
    never = [t for t in queued if posted[t] == 0]
    assert not twice and not never, (twice, never)
    assert outbox == {"sent": len(queued)}

    samples = [kb for t, kb in rss if t > min(10.0, SOAK_SECONDS / 4)]
    third = max(len(samples) // 3, 1)
    early, late = statistics.median(samples[:third]), statistics.median(samples[-third:])
    report = {
        "seconds": round(time.monotonic() - started),
        "customer messages on the servers (= in the cache)": messages,
        "replies queued": len(queued),
        "replies posted exactly once": sum(1 for t in queued if posted[t] == 1),
        "faults injected (requests hit)": chaos.counts(),
        "revoked account": revoked.handle,
        "rss MB first/last sample": [round(rss[0][1] / 1024, 1), round(rss[-1][1] / 1024, 1)],
        "rss MB median early/late": [round(early / 1024, 1), round(late / 1024, 1)],
        "rss MB max": round(max(kb for _, kb in rss) / 1024, 1),
        "rss samples": len(rss),
    }
    print("\nsoak report:", json.dumps(report, indent=2, ensure_ascii=False))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "soak-report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    assert len(queued) >= 5 and sum(messages.values()) >= 50
    assert chaos.counts().get("429", 0) > 0 and chaos.counts().get("5xx", 0) > 0
    # Flat: the late median within 15% (+20 MB of warming caches) of the early one.
    assert late <= early * 1.15 + 20 * 1024, report
    for server in servers:
        server.stop()


def _server_ids(shop: Shop) -> set[str]:
    with shop.server.lock:
        return {s.id for s in shop.server.statuses.values()
                if shop.account.id in s.mentions and s.account_id != shop.account.id}


def _cache_ids(data_dir: Path, account: int) -> set[str]:
    conn = sqlite3.connect(data_dir / "cache.sqlite3", timeout=30)
    try:
        return {r[0] for r in conn.execute(
            "SELECT remote_id FROM message WHERE account_id = ? AND direction = 'in'", (account,))}
    finally:
        conn.close()


def _texts_of(data_dir: Path, accounts: list[int]) -> set[str]:
    conn = sqlite3.connect(data_dir / "cache.sqlite3", timeout=30)
    try:
        marks = ",".join("?" * len(accounts))
        return {r[0] for r in conn.execute(f"SELECT text FROM outbox WHERE account_id IN ({marks})", accounts)}
    finally:
        conn.close()


def _delivered(live: list[Shop], queued: list[str], live_texts: set[str]) -> bool:
    posted = {s.text.split(" ", 1)[1] for shop in live for s in shop.server.posts_received}
    return all(t in posted for t in queued if t in live_texts)
