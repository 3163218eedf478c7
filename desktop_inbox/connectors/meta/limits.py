"""How long a reply may be on Instagram and Messenger, counted Meta's way.

* Instagram direct message: Meta's page says "less than 1000 characters"
  (``messenger-platform/instagram/features/send-message``); integrators
  enforce 1000 UTF-8 *bytes* (a Greek or Chinese letter is 2 or 3), which is
  the stricter reading and the one used here.
* Instagram comment: 2,200 characters, Instagram's own caption and comment
  limit (integrators; not stated on the Graph API pages).
* Messenger message: 2,000 characters (Send API reference, ``message.text``).
* Facebook comment: 8,000 characters (integrators; not on the Graph pages).
"""

from __future__ import annotations

INSTAGRAM_DM_BYTES = 1000
INSTAGRAM_COMMENT_CHARS = 2200
MESSENGER_CHARS = 2000
FACEBOOK_COMMENT_CHARS = 8000

PUBLIC_LIMITS = {"instagram": INSTAGRAM_COMMENT_CHARS, "messenger": FACEBOOK_COMMENT_CHARS}
DIRECT_LIMITS = {"instagram": INSTAGRAM_DM_BYTES, "messenger": MESSENGER_CHARS}


def length(platform: str, text: str, *, direct: bool) -> int:
    if platform == "instagram" and direct:
        return len(text.encode("utf-8"))
    return len(text)


def limit(platform: str, *, direct: bool) -> int:
    return (DIRECT_LIMITS if direct else PUBLIC_LIMITS).get(platform, 0)


def too_long(platform: str, text: str, *, direct: bool) -> str | None:
    """Why ``text`` cannot go out as it is, or None."""
    used, allowed = length(platform, text, direct=direct), limit(platform, direct=direct)
    if not allowed or used <= allowed:
        return None
    unit = "bytes (letters outside A-Z count 2 to 4)" if platform == "instagram" and direct else "characters"
    where = "direct message" if direct else "comment"
    name = "Instagram" if platform == "instagram" else "Messenger" if direct else "Facebook"
    return f"The reply is {used} {unit}; a {name} {where} allows {allowed}. Shorten it and send again."
