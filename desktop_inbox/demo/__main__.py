"""``python -m desktop_inbox.demo``: the local Mastodon server on its own."""

from __future__ import annotations

import argparse
import time

from desktop_inbox.demo.mastodon_server import MastodonServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a local Mastodon-compatible server.")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--demo", action="store_true", help="fill it with the demo workspace's customers")
    args = parser.parse_args(argv)
    server = MastodonServer(port=args.port).start()
    if args.demo:
        from desktop_inbox.demo import data as demo_data

        token = demo_data.populate(server)
        print(f"demo account token: {token}", flush=True)
    print(f"listening on {server.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
