"""Mastodon, as every layer sees it (``connectors.platforms``)."""

from desktop_inbox.connectors.platforms import MediaLimits, PlatformDescriptor, SignInSpec
from desktop_inbox.records import Platform
from desktop_inbox.text import counting
from desktop_inbox.words import QT_TRANSLATE_NOOP


def _count(text: str, url_length: int) -> int:
    return counting.mastodon_length(text, url_length=url_length)


DESCRIPTOR = PlatformDescriptor(
    platform=Platform.MASTODON,
    name="Mastodon",
    mark="M",
    color="#6364FF",
    default_limit=500,  # each server may set its own (the account says)
    counting_rule=QT_TRANSLATE_NOOP(
        "Platforms",
        "Counted as Mastodon does: every link as {url} characters, @name@server as @name.",
    ),
    count=_count,
    connector="desktop_inbox.connectors.mastodon.connector:build",
    starts_direct=True,
    signin=SignInSpec(
        kind="browser",
        title=QT_TRANSLATE_NOOP("Platforms", "Add a Mastodon account"),
        summary=QT_TRANSLATE_NOOP(
            "Platforms",
            "Mentions and direct messages on any Mastodon server. You sign in in your browser.",
        ),
        cli_help="a Mastodon account",
    ),
    # POST /api/v2/media with a description; 4 per status, 16 MB an image
    # (Mastodon 4.x's default: each server says its own, kept with the account
    # at sign-in, ``Account.picture_limit``; the smaller applies,
    # ``services.checks.media_limits``); unattached uploads are cleaned up by
    # the server after a day.
    media=MediaLimits(count=4, max_bytes=16 * 1024 * 1024, alt_limit=1500, upload_lifetime=6 * 3600.0),
    listens=True,
    listening=QT_TRANSLATE_NOOP(
        "Platforms",
        "Hears #hashtags on your server's hashtag timelines (its own posts and those federated to "
        "it). Words and phrases only where your server offers full-text search: most Mastodon "
        "servers don't, and those that do find only public posts whose authors opted in to search.",
    ),
)
