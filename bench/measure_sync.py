"""7. Sync: fetch and store 10,000 mentions, against Mastodon.py fetching them.

The local Mastodon test server holds 10,000 mentions of @shop. Ours: a new
account is added to a fresh cache (verified against the server, token in the
keyring) and ``SyncEngine.sync_once`` runs its first sync: the newest page,
then the whole mention history, page by page through the connector, parsed,
threaded and stored with the search index. The baseline: Mastodon.py's
``fetch_remaining(notifications(types=["mention"], limit=80))`` on the same
server, the same pages of 80, parsed into Mastodon.py's objects (nothing
stored).

5. Responsiveness: the running app (a subprocess on an X display, with the
big cache and a Mastodon account whose mentions stream was last read before
100,000 new mentions) syncs them all while its bench hook measures how late a
5 ms heartbeat timer fires on the Qt event loop.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import time
from pathlib import Path

from bench.common import Row, median, say
from bench.devserver_load import load
from desktop_inbox.demo.mastodon_server import MastodonServer
from desktop_inbox.secrets import Secrets
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.store import ingest
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.engine import SyncEngine


async def _ours(data_dir: Path, url: str, token: str) -> tuple[float, int]:
    shutil.rmtree(data_dir, ignore_errors=True)
    with Cache(data_dir) as cache:
        secrets = Secrets()
        account = await AccountService(cache, secrets).add_mastodon_token(url, token, history="all")
        engine = SyncEngine(cache=cache, secrets=secrets)
        start = time.perf_counter()
        [result] = await engine.sync_once([account.id])
        seconds = time.perf_counter() - start
        await engine.shutdown()
        secrets.delete(account.secret_ref)
        if not result.ok:
            raise RuntimeError(f"sync failed: {result.error}")
    return seconds, result.added


def _mastodon_py(url: str, token: str) -> tuple[float, int]:
    from mastodon import Mastodon

    client = Mastodon(access_token=token, api_base_url=url, ratelimit_method="throw")
    start = time.perf_counter()
    items = client.fetch_remaining(client.notifications(types=["mention"], limit=80))
    return time.perf_counter() - start, len(items)


def run_sync(work: Path, *, mentions: int, reps: int) -> Row:
    server = MastodonServer().start()
    try:
        loaded = load(server, mentions=mentions)
        ours, theirs, added, fetched = [], [], 0, 0
        for rep in range(reps):
            seconds, added = asyncio.run(_ours(work / f"sync-{rep}", server.url, loaded.token))
            ours.append(seconds)
            seconds, fetched = _mastodon_py(server.url, loaded.token)
            theirs.append(seconds)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    ratio = median(ours) / median(theirs)
    return Row(
        "7",
        f"sync {mentions:,} mentions from the Mastodon test server (s)",
        "s",
        median(ours),
        None,
        median(theirs),
        "Mastodon.py fetch_remaining",
        ratio,
        "ratio <= 1.2",
        ratio <= 1.2,
        reps,
        {"ours_s": [round(x, 2) for x in ours], "mastodon_py_s": [round(x, 2) for x in theirs],
         "stored": added, "fetched_by_mastodon_py": fetched},
    )


def run_stalls(cache_file: Path, work: Path, env: dict[str, str], *, mentions: int, reps: int, log: Path) -> list[Row]:
    """Rows 5 (max and p99); ``cache_file`` is a working copy the app syncs into."""
    from bench import measure_app

    maxes, p99s, seconds = [], [], []
    server = MastodonServer().start()
    try:
        for rep in range(reps):
            loaded = load(server, mentions=mentions, seed=5 + rep, shop_name=f"shop{rep}")
            data_dir = cache_file.parent
            with Cache(data_dir) as cache:
                account = asyncio.run(_add(cache, server.url, loaded.token))
                # The mentions stream was last read just before these mentions:
                # they all arrive as new; the history streams are done.
                cache.call_write(
                    ingest.store_page, account, "mentions", [], cursor=str(loaded.first_notification - 1), exhausted=False, unread=True
                )
                for stream in ("mention_history", "own_history", "dm_history"):
                    cache.call_write(ingest.store_page, account, stream, [], cursor=None, exhausted=True, unread=False)
            with measure_app.display() as shown:
                run_env = dict(env, **shown.env()) if shown.xvfb is not None else dict(env, QT_QPA_PLATFORM="offscreen")
                run_env.update(DESKTOP_INBOX_BENCH_SYNC=str(mentions), DESKTOP_INBOX_BENCH_QUIT="1")
                _, events = measure_app.launch(
                    measure_app.app_command(data_dir, work / "qt", "--sync-interval", "600"),
                    run_env,
                    until="memory",
                    timeout=1800,
                    log=log,
                )
            synced = next(e for e in events if e["event"] == "sync")
            maxes.append(synced["max_ms"])
            p99s.append(synced["p99_ms"])
            seconds.append(synced["seconds"])
            say(f"synced {synced['inbound']:,} mentions in {synced['seconds']}s: stall max {synced['max_ms']} ms, p99 {synced['p99_ms']} ms")
    finally:
        server.stop()
    details = {"max_ms": maxes, "p99_ms": p99s, "sync_seconds": seconds}
    return [
        Row("5", f"event-loop stall while syncing {mentions:,} mentions, max (ms)", "ms", median(maxes), max(maxes),
            None, "", None, "<= 50 ms", max(maxes) <= 50, reps, details),
        Row("5b", f"event-loop stall while syncing {mentions:,} mentions, p99 (ms)", "ms", median(p99s), max(p99s),
            None, "", None, "<= 16 ms", max(p99s) <= 16, reps, details),
    ]


async def _add(cache: Cache, url: str, token: str) -> int:
    account = await AccountService(cache, Secrets()).add_mastodon_token(url, token, history="all")
    return account.id


if __name__ == "__main__":
    sys.exit("run bench/run.py")
