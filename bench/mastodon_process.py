"""The Mastodon test server in a process of its own, filled with mentions.

    python -m bench.mastodon_process --mentions N [--seed S] [--shop NAME] [--tokens K] [--unlimited]

prints one JSON line (``url``, ``tokens``: K tokens of the shop, each with a
rate budget of its own, ``first_notification``, ``mentions``) and serves
until its standard input closes. A process of its own, as a real server is:
in the benchmark's process its threads would share the interpreter (and its
lock) with the client being measured. ``--unlimited`` lifts Mastodon's 300
requests per 5 minutes (measurement 5 watches the event loop, not the budget).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Served:
    url: str
    tokens: list[str]
    first_notification: int
    mentions: int


@contextmanager
def served(*, mentions: int, seed: int = 5, shop: str = "shop", tokens: int = 1, unlimited: bool = False) -> Iterator[Served]:
    command = [sys.executable, "-m", "bench.mastodon_process", "--mentions", str(mentions), "--seed", str(seed),
               "--shop", shop, "--tokens", str(tokens)] + (["--unlimited"] if unlimited else [])
    proc = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the Mastodon server process ended ({proc.wait()})")
        yield Served(**json.loads(line))
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mentions", type=int, required=True)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--shop", default="shop")
    parser.add_argument("--tokens", type=int, default=1)
    parser.add_argument("--unlimited", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bench.devserver_load import load
    from desktop_inbox.demo.mastodon_server import MastodonServer

    server = MastodonServer().start()
    try:
        loaded = load(server, mentions=args.mentions, seed=args.seed, shop_name=args.shop)
        if args.unlimited:
            server.rate_limit = 10**9
        tokens = [loaded.token] + [server.issue_token(loaded.shop) for _ in range(args.tokens - 1)]
        print(json.dumps({"url": server.url, "tokens": tokens, "first_notification": loaded.first_notification,
                          "mentions": loaded.mentions}), flush=True)
        sys.stdin.read()  # until the benchmark is done with it
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
