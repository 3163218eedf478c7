"""One descriptor per platform: what every layer needs to know about it.

Each platform's subpackage has a ``descriptor`` module (``DESCRIPTOR``)
that imports nothing heavy: the app's start, the command line's parser and
the composer's counter read it without loading an API client. Everything
else (the connector, the counting rule's parser) is imported when used.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from desktop_inbox.records import Platform

if TYPE_CHECKING:
    from datetime import datetime

    from desktop_inbox.connectors.base import Connector
    from desktop_inbox.connectors.registry import ConnectorSettings
    from desktop_inbox.records import ReplyFacts

SignInKind = Literal["browser", "app_password", "password", "token"]


@dataclass(frozen=True, slots=True)
class SignInSpec:
    kind: SignInKind
    title: str  # "Add a Mastodon account"
    summary: str  # one line: what the platform brings in, and how one signs in
    cli_help: str  # ``accounts add PLATFORM``'s line in the command list
    help: str = ""  # the longer explanation (sign-in page, ``--help``)
    password_prompt: str = ""
    # Settings the sign-in offers with their defaults (e.g. X's callback port).
    defaults: Mapping[str, object] = field(default_factory=dict)


IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")


@dataclass(frozen=True, slots=True)
class MediaLimits:
    """The pictures a reply may carry on the platform (checked when attached)."""

    count: int = 0  # per reply (0: none)
    count_direct: int | None = None  # per direct message, where it differs
    max_bytes: int = 0  # per picture
    types: tuple[str, ...] = IMAGE_TYPES
    alt_limit: int = 1500  # characters of alt text
    # How long an uploaded picture may still be used by the post (seconds):
    # after that a retry uploads it again.
    upload_lifetime: float = 3600.0
    why_none: str = ""  # said when a reply may carry none

    def allowed(self, *, direct: bool) -> int:
        return self.count_direct if direct and self.count_direct is not None else self.count


@dataclass(frozen=True, slots=True)
class PlatformDescriptor:
    platform: Platform
    name: str  # as users read it
    mark: str  # the letter on its icon
    color: str  # the icon's colour (#rrggbb)
    default_limit: int  # a post's limit where the account does not say (0: none)
    counting_rule: str  # how the composer's counter counts ({url}: a link's weight)
    count: Callable[[str, int], int]  # (text, url_length) -> length as the platform counts it
    connector: str  # "module:function" building the connector from ConnectorSettings
    signin: SignInSpec
    direct_limit: int = 0  # a direct message's limit where it differs from a post's (0: the same)
    # Direct messages counted another way than posts (Instagram: in bytes).
    count_direct: Callable[[str, int], int] | None = None
    # When a reply may go out at all (Meta's 24-hour window), "module:function":
    # ``rule(facts: ReplyFacts, now) -> str | None`` (None: allowed, else why not)
    # and ``ends(facts: ReplyFacts) -> datetime | None`` (None: no window).
    reply_rule: str = ""
    window_end: str = ""
    signature_in_text: bool = True  # False: the connector adds the account's signature itself
    message_requests: bool = False  # direct messages start as requests to accept
    media: MediaLimits = MediaLimits()
    # Listening (posts that name the business without @): whether the
    # connector can, and what it hears there or why it cannot, in words.
    listens: bool = False
    listening: str = ""
    # We may write first, privately, to a customer who has not written to us
    # privately ("Answer via": a Mastodon direct message, a new e-mail).
    starts_direct: bool = False

    def length(self, text: str, *, url_length: int = 23, direct: bool = False) -> int:
        if not text:
            return 0  # (every platform's; a conversation opened with no draft loads no rules)
        if direct and self.count_direct is not None:
            return self.count_direct(text, url_length)
        return self.count(text, url_length)

    def limit(self, *, direct: bool, char_limit: int) -> int:
        """The limit for a reply (0: none); ``char_limit`` is the account's for posts."""
        if char_limit <= 0:
            return 0
        if direct and self.direct_limit:
            return self.direct_limit
        return char_limit

    def rule(self) -> Callable[[ReplyFacts, datetime], str | None] | None:
        return _load(self.reply_rule) if self.reply_rule else None

    def ends(self) -> Callable[[ReplyFacts], datetime | None] | None:
        return _load(self.window_end) if self.window_end else None

    def build(self, settings: ConnectorSettings) -> Connector:
        module_name, _, function = self.connector.partition(":")
        builder = getattr(importlib.import_module(module_name), function)
        connector: Connector = builder(settings)
        return connector


def _load(target: str) -> Any:
    module_name, _, function = target.partition(":")
    return getattr(importlib.import_module(module_name), function)


@functools.cache
def descriptor(platform: Platform | str) -> PlatformDescriptor:
    """The platform's descriptor (``BadInput``-free: the platform is ours)."""
    chosen = Platform(platform)
    module = importlib.import_module(f"desktop_inbox.connectors.{chosen.value}.descriptor")
    found: PlatformDescriptor = module.DESCRIPTOR
    return found


def descriptors() -> list[PlatformDescriptor]:
    """Every platform's, in the order of ``Platform``."""
    return [descriptor(p) for p in Platform]
