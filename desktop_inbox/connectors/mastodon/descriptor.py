"""Mastodon, as every layer sees it (``connectors.platforms``)."""

from desktop_inbox.connectors.platforms import PlatformDescriptor, SignInSpec
from desktop_inbox.records import Platform
from desktop_inbox.text import counting


def _count(text: str, url_length: int) -> int:
    return counting.mastodon_length(text, url_length=url_length)


DESCRIPTOR = PlatformDescriptor(
    platform=Platform.MASTODON,
    name="Mastodon",
    mark="M",
    color="#6364FF",
    default_limit=500,  # each server may set its own (the account says)
    counting_rule="Counted as Mastodon does: every link as {url} characters, @name@server as @name.",
    count=_count,
    connector="desktop_inbox.connectors.mastodon.connector:build",
    starts_direct=True,
    signin=SignInSpec(
        kind="browser",
        title="Add a Mastodon account",
        summary="Mentions and direct messages on any Mastodon server. You sign in in your browser.",
        cli_help="a Mastodon account",
    ),
    listens=True,
    listening=(
        "Hears #hashtags on your server's hashtag timelines (its own posts and those federated to it). Words and "
        "phrases only where your server offers full-text search: most Mastodon servers don't, and those that do "
        "find only public posts whose authors opted in to search."
    ),
)
