"""Mentions of the user's own account at the head of a customer's message.

Every public message to a shop starts with the shop's handle ("@shop where
is my parcel?"): in a preview it says nothing and takes the room of what
the customer asked.
"""

from __future__ import annotations

import re

_LEADING = re.compile(r"\s*@([^\s@,:;]+)(?:@[^\s,:;]+)?[\s,:;]*")


def _user(handle: str) -> str:
    """The user part of a handle: "shop" for "@shop@mastodon.social", "shop.bsky.social" for itself."""
    return handle.strip().lstrip("@").split("@")[0].casefold()


def without_leading_mentions(text: str) -> str:
    """``text`` without the mentions it starts with, whoever they name (for
    a preview of what someone said about a topic)."""
    words = " ".join(text.split()).split(" ")
    while words and words[0].startswith("@"):
        words.pop(0)
    return " ".join(words)


def without_own_mentions(text: str, own_handle: str) -> str:
    """``text`` without the mentions of ``own_handle`` it starts with (other
    people's stay); the text itself if nothing else would be left."""
    own = _user(own_handle)
    if not own or not text.lstrip().startswith("@"):
        return text
    rest = text
    while (match := _LEADING.match(rest)) and match.group(1).casefold() == own:
        rest = rest[match.end() :]
    return rest if rest.strip() else text
