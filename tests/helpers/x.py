"""Helpers to drive the local X API server in tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.servers.x import User, XServer

CLIENT_ID = "dGVzdC1jbGllbnQtaWQ6MTpjaQ"


class FakeClock:
    """Shared by the server, the engine and the connector in simulations."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class XWorld:
    server: XServer
    shop: User
    anna: User
    bob: User
    carol: User

    @property
    def url(self) -> str:
        return self.server.url

    def token_json(self, **kwargs: object) -> str:
        return json.dumps(self.server.issue_tokens(self.shop, CLIENT_ID, **kwargs))  # type: ignore[arg-type]


def make_x_world(clock: Callable[[], datetime] | None = None, *, spec: Path | None = None) -> XWorld:
    """A shop and three customers; every exchange is checked against ``spec``
    (default: X's official description when present, else ours)."""
    server = XServer(clock=clock, validate=True, spec=spec).start()
    shop = server.add_user("shop", "Zappy Shoes")
    anna = server.add_user("anna", "Anna Λάμπρου")
    bob = server.add_user("bob", "Bob 王")
    carol = server.add_user("carol", "Carol")
    server.authorize_as = "shop"
    server.add_client(CLIENT_ID, "http://127.0.0.1:17863/callback")
    return XWorld(server, shop, anna, bob, carol)
