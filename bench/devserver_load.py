"""Filling the local Mastodon test server with many customer mentions."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bench.corpus import CUSTOMER_SAYS, FIRST, LAST, PRODUCTS
from desktop_inbox.demo.mastodon_server import Account, MastodonServer


@dataclass
class Loaded:
    server: MastodonServer
    shop: Account
    token: str
    first_notification: int  # id of the first mention notification
    mentions: int


def load(server: MastodonServer, *, mentions: int, seed: int = 5, shop_name: str = "shop") -> Loaded:
    """``mentions`` statuses that mention @shop, by about mentions/30 customers,
    in English, Greek and Chinese; a third are direct, a third answer the
    customer's previous status, and one in fifty answers one of the shop's
    own announcements (which no mention brings: its thread is incomplete
    until opened). Times end a minute ago, one per second."""
    rng = random.Random(seed)
    shop = server.add_account(shop_name, "Zappy Shoes")
    customers = []
    for n in range(max(3, mentions // 30)):
        language = rng.choice(("en", "en", "en", "el", "zh"))
        first, last = rng.choice(FIRST[language]), rng.choice(LAST[language])
        name = first + last if language == "zh" else f"{first} {last}"
        customers.append((server.add_account(f"cust{n}_{shop_name}", name), language))
    # The shop follows its customers, so that no private mention is held back
    # as "filtered" from a client that does not ask for those (Mastodon.py).
    shop.follows.update(c.id for c, _ in customers)
    first_id = None
    previous: dict[str, str] = {}
    start = datetime.now(UTC) - timedelta(seconds=mentions + 60)
    announcements = [
        server.post(shop, f"New in: {rng.choice(PRODUCTS['en'])}!", created_at=start - timedelta(days=n + 1)).id
        for n in range(max(1, mentions // 500))
    ]
    for n in range(mentions):
        author, language = rng.choice(customers)
        text = rng.choice(CUSTOMER_SAYS[language]).format(
            order=rng.randrange(10_000, 999_999), product=rng.choice(PRODUCTS[language]),
            product2=rng.choice(PRODUCTS[language]), size=rng.randrange(35, 47), city="Athens", day="Monday", first="",
        )
        roll = rng.random()
        visibility = "direct" if roll < 0.33 else "public"
        reply = previous.get(author.id) if roll > 0.66 and visibility == "public" else None
        if 0.33 < roll < 0.35:
            reply = rng.choice(announcements)
        status = server.post(
            author, f"@{shop_name} {text}", visibility=visibility, in_reply_to=reply, created_at=start + timedelta(seconds=n)
        )
        if visibility == "public":
            previous[author.id] = status.id
        if first_id is None:
            first_id = int(server.notifications[-1].id)
    assert first_id is not None
    return Loaded(server, shop, server.issue_token(shop), first_id, mentions)
