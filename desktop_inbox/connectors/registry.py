"""What a connector is built from, and building one (the platform's descriptor says how)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop_inbox.connectors.base import Connector, CredentialSaver
from desktop_inbox.connectors.platforms import descriptor
from desktop_inbox.records import Person, Platform

if TYPE_CHECKING:
    import httpx


@dataclass(slots=True)
class ConnectorSettings:
    platform: Platform
    base_url: str
    me: Person
    credentials: dict[str, Any]
    save_credentials: CredentialSaver
    extra: dict[str, str] = field(default_factory=dict)
    transport: httpx.AsyncBaseTransport | None = None
    # The engine's clock, so that rate budgets and token expiry follow it.
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


def build_connector(settings: ConnectorSettings) -> Connector:
    """The platform's connector for one account (its descriptor knows which)."""
    return descriptor(settings.platform).build(settings)
