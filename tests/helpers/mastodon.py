"""Helpers to drive the local Mastodon server in tests."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_inbox.demo.mastodon_server import Account, MastodonServer


@dataclass
class World:
    server: MastodonServer
    shop: Account
    token: str
    anna: Account
    bob: Account

    @property
    def url(self) -> str:
        return self.server.url


def make_world(server: MastodonServer | None = None, *, shop_name: str = "shop") -> World:
    server = server or MastodonServer().start()
    shop = server.add_account(shop_name, "Zappy Shoes")
    anna = server.add_account(f"anna_{shop_name}" if shop_name != "shop" else "anna", "Anna Λάμπρου")
    bob = server.add_account(f"bob_{shop_name}" if shop_name != "shop" else "bob", "Bob 王")
    server.authorize_as = shop_name
    return World(server, shop, server.issue_token(shop), anna, bob)
