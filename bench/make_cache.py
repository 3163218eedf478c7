"""Write a realistic cache of N messages through the store's own write path.

    python bench/make_cache.py --messages 1000000 [--seed 1] [--output DIR]

The sample comes from ``bench/corpus.py``; every message goes through
``store.ingest.store_page`` (the sync engine's path, search index included)
in pages of a few thousand, then some conversations are closed, customers get
notes and tags, and replies wait in the outbox, all through the store's
functions. Caches are kept in ``bench/cache/`` keyed by N, seed, the sample's
version and the schema version, so a second run reuses the file.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import ACCOUNTS, END, GENERATOR_VERSION, NOTES, TAGS, Corpus
from desktop_inbox.records import Post
from desktop_inbox.store import accounts, contacts, conversations, ingest, migrations, outbox
from desktop_inbox.store.db import CACHE_FILE, Cache
from desktop_inbox.store.schema import database

CACHE_DIR = Path(__file__).resolve().parent / "cache"
PAGE = 5_000


def cache_name(messages: int, seed: int, conversations: int | None = None) -> str:
    spread = f"-c{conversations}" if conversations else ""  # (the shared corpus keeps its old name)
    return f"cache-n{messages}{spread}-s{seed}-g{GENERATOR_VERSION}-v{migrations.LATEST}"


def build(
    data_dir: Path,
    *,
    messages: int,
    seed: int,
    conversations: int | None = None,
    progress: bool = False,
    open_cache: Callable[[Path], Cache] = Cache,
) -> dict[str, float]:
    """Fill a new cache in ``data_dir`` (or the one ``open_cache`` opens: a
    team database); returns timings. ``conversations``: how many the
    messages are spread over (default N/10, the shared corpus)."""
    started = time.perf_counter()
    corpus = Corpus(messages=messages, seed=seed, conversations=conversations)
    planned = time.perf_counter()
    with open_cache(data_dir) as cache:
        account_ids = [
            cache.call_write(
                accounts.create,
                platform=a.platform,
                base_url=a.base_url,
                info=a.info,
                secret_ref=f"bench:{a.platform}:{n}",
                now=END - timedelta(days=3 * 365 + 1),
            ).id
            for n, a in enumerate(ACCOUNTS)
        ]
        pending: dict[int, list[Post]] = {n: [] for n in range(len(ACCOUNTS))}
        written = 0

        def flush(n: int) -> None:
            nonlocal written
            page = pending[n]
            if page:
                cache.call_write(
                    ingest.store_page, account_ids[n], "history", page,
                    cursor=page[0].remote_id, exhausted=False, unread=False, now=END,
                )
                written += len(page)
                pending[n] = []
                if progress and written % 100_000 < PAGE:
                    print(f"  {written:>9,} messages  {time.perf_counter() - planned:6.1f}s", file=sys.stderr)

        for n, post in corpus.posts():
            pending[n].append(post)
            if len(pending[n]) >= PAGE:
                flush(n)
        for n in pending:
            flush(n)
        ingested = time.perf_counter()
        cache.call_write(_finish, seed)
    return {
        "plan_s": planned - started,
        "ingest_s": ingested - planned,
        "finish_s": time.perf_counter() - ingested,
        "total_s": time.perf_counter() - started,
    }


def _finish(seed: int) -> None:
    """What a shop does besides receiving messages: close, note, tag, reply."""
    rng = random.Random(seed + 17)
    cutoff = END - timedelta(days=14)
    old = [
        r[0]
        for r in database.execute_sql(
            "SELECT id FROM conversation WHERE last_message_at < ? ORDER BY id", (int(cutoff.timestamp() * 1000),)
        )
    ]
    with database.atomic():
        for conversation_id in old:
            if rng.random() < 0.9:
                conversations.mark_done(conversation_id, now=END)
    contact_ids = [r[0] for r in database.execute_sql("SELECT id FROM contact ORDER BY id")]
    with database.atomic():
        for contact_id in contact_ids:
            roll = rng.random()
            if roll < 0.1:
                contacts.add_note(contact_id, rng.choice(NOTES), now=END - timedelta(days=rng.randrange(900)))
            if roll < 0.15:
                contacts.add_tag(contact_id, rng.choice(TAGS))
            if roll < 0.03:
                contacts.add_tag(contact_id, rng.choice(TAGS))
    open_ids = [
        r[0] for r in database.execute_sql("SELECT id FROM conversation WHERE state = 'needs_reply' ORDER BY id")
    ]
    for conversation_id in rng.sample(open_ids, min(len(open_ids), max(3, len(contact_ids) // 200))):
        outbox.queue_reply(
            conversation_id,
            "Thanks for your patience! We are looking into it and will get back to you today.",
            delay=timedelta(days=365 * 10),  # stays in the outbox: these accounts are not signed in
            now=END,
        )


def ensure_cache(messages: int, seed: int = 1, *, conversations: int | None = None, progress: bool = True) -> Path:
    """The cached cache file for (N, seed[, conversations]), built once."""
    target = CACHE_DIR / cache_name(messages, seed, conversations)
    if (target / CACHE_FILE).exists():
        return target / CACHE_FILE
    building = target.with_name(target.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    if progress:
        print(f"make_cache: writing {messages:,} messages (seed {seed}) to {target}", file=sys.stderr)
    timings = build(building, messages=messages, seed=seed, conversations=conversations, progress=progress)
    if progress:
        print(f"make_cache: done in {timings['total_s']:.1f}s ({timings})", file=sys.stderr)
    for side in ("-wal", "-shm"):
        (building / (CACHE_FILE + side)).unlink(missing_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    building.rename(target)
    return target / CACHE_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--conversations", type=int, help="spread over this many conversations (default N/10)")
    parser.add_argument("--output", type=Path, help="write a fresh cache here instead of the shared bench/cache/")
    args = parser.parse_args(argv)
    if args.output:
        timings = build(
            args.output, messages=args.messages, seed=args.seed, conversations=args.conversations, progress=True
        )
        print(f"{args.output / CACHE_FILE}: {timings['total_s']:.1f}s")
    else:
        print(ensure_cache(args.messages, args.seed, conversations=args.conversations))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
