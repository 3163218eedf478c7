"""Bluesky, as every layer sees it (``connectors.platforms``)."""

from desktop_inbox.connectors.platforms import MediaLimits, PlatformDescriptor, SignInSpec
from desktop_inbox.records import Platform
from desktop_inbox.text import counting
from desktop_inbox.words import QT_TRANSLATE_NOOP

SIGN_IN_HELP = QT_TRANSLATE_NOOP(
    "Platforms",
    "Sign in with your Bluesky handle (e.g. shop.bsky.social) and an app password, not your "
    "main password. Create one in the Bluesky app under Settings → Privacy and security → App "
    "passwords, and tick “Allow access to your direct messages”: customers often write "
    "privately, and without that permission Bluesky does not let any app read or answer direct "
    "messages. The app password is used once to sign in; Desktop Inbox then keeps only the "
    "session Bluesky gives it, in your system keyring, and you can revoke it at any time by "
    "deleting the app password.",
)
PASSWORD_HELP = QT_TRANSLATE_NOOP("Platforms", "App password (looks like xxxx-xxxx-xxxx-xxxx)")
MESSAGE_GRAPHEMES = 1000  # chat.bsky.convo.defs#messageInput


def _count(text: str, url_length: int) -> int:
    return counting.graphemes(text)  # links count as written


DESCRIPTOR = PlatformDescriptor(
    platform=Platform.BLUESKY,
    name="Bluesky",
    mark="B",
    color="#1185FE",
    default_limit=300,
    direct_limit=MESSAGE_GRAPHEMES,
    counting_rule=QT_TRANSLATE_NOOP("Platforms", "Counted as Bluesky does: letters as you see them, links as written."),
    count=_count,
    connector="desktop_inbox.connectors.bluesky.connector:build",
    message_requests=True,
    signin=SignInSpec(
        kind="app_password",
        title=QT_TRANSLATE_NOOP("Platforms", "Add a Bluesky account"),
        summary=QT_TRANSLATE_NOOP("Platforms", "Mentions, replies, quotes and chats on Bluesky, with an app password."),
        cli_help="a Bluesky account (handle and app password)",
        help=SIGN_IN_HELP,
        password_prompt=PASSWORD_HELP,
    ),
    # uploadBlob + app.bsky.embed.images (4, alt required; blobs of 1 MB are
    # taken by every PDS, the lexicon now allows 2); chat messages embed
    # records only, no pictures.
    media=MediaLimits(
        count=4,
        count_direct=0,
        max_bytes=1_000_000,
        types=("image/jpeg", "image/png", "image/webp"),
        alt_limit=2000,
        upload_lifetime=3600.0,
        why_none=QT_TRANSLATE_NOOP("Platforms", "Bluesky direct messages cannot carry pictures."),
    ),
    listens=True,
    listening=QT_TRANSLATE_NOOP(
        "Platforms",
        "Hears words, phrases and #hashtags in public Bluesky posts through Bluesky's search "
        "(app.bsky.feed.searchPosts), asked gently every few minutes.",
    ),
)
