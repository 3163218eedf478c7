"""Messenger, as every layer sees it (``connectors.platforms``)."""

from desktop_inbox.connectors.meta import access
from desktop_inbox.connectors.meta.limits import FACEBOOK_COMMENT_CHARS, MESSENGER_CHARS
from desktop_inbox.connectors.platforms import MediaLimits, PlatformDescriptor, SignInSpec
from desktop_inbox.records import Platform
from desktop_inbox.words import QT_TRANSLATE_NOOP

SIGN_IN_HELP = "\n\n".join(
    (
        QT_TRANSLATE_NOOP(
            "Platforms",
            "Desktop Inbox talks to Messenger through your own Meta app, with a Page\n"
            "access token, so that your business keeps its own access and rate budget.",
        ),
        QT_TRANSLATE_NOOP(
            "Platforms",
            '1. At developers.facebook.com/apps create an app of type "Business" and add\n'
            '   the Messenger product (use case "Engage with customers on Messenger").\n'
            "2. In Messenger > Messenger API Settings, connect your Facebook Page and\n"
            '   press "Generate token" next to it (you need the MESSAGING or MODERATE task\n'
            "   on the Page; MODERATE also shows who wrote each comment).\n"
            "3. Paste the token here. The Page ID is on the Page (About > Page\n"
            "   transparency) and next to the token; the app ID is at the top of the\n"
            "   app's page.",
        ),
        QT_TRANSLATE_NOOP(
            "Platforms",
            "Page tokens generated this way do not expire. Messages can be answered within\n"
            "24 hours of the customer's last message (7 days for a person answering, if\n"
            "Meta approved the Human Agent feature for your app: add --human-agent),\n"
            "comments on the Page's posts at any time, and a comment privately once, within\n"
            "7 days.",
        ),
        access.explain("messenger"),
    )
)


def _chars(text: str, url_length: int) -> int:
    return len(text)


DESCRIPTOR = PlatformDescriptor(
    platform=Platform.MESSENGER,
    name="Messenger",
    mark="F",
    color="#0866FF",
    default_limit=FACEBOOK_COMMENT_CHARS,
    direct_limit=MESSENGER_CHARS,
    counting_rule=QT_TRANSLATE_NOOP(
        "Platforms",
        "Counted in characters: 2,000 for a Messenger message, 8,000 for a Facebook comment.",
    ),
    count=_chars,
    count_direct=None,
    connector="desktop_inbox.connectors.messenger.connector:build",
    reply_rule="desktop_inbox.connectors.meta.window:reply_allowed",
    window_end="desktop_inbox.connectors.meta.window:window_ends",
    signin=SignInSpec(
        kind="token",
        title=QT_TRANSLATE_NOOP("Platforms", "Add a Facebook Page's Messenger"),
        summary=QT_TRANSLATE_NOOP(
            "Platforms",
            "Your Facebook Page's Messenger and comments, through your own Meta app.",
        ),
        cli_help="a Facebook Page's Messenger, through your own Meta app",
        help=SIGN_IN_HELP,
    ),
    media=MediaLimits(
        why_none=QT_TRANSLATE_NOOP("Platforms", "Pictures cannot be attached to replies on this platform yet.")
    ),
    listens=False,
    listening=QT_TRANSLATE_NOOP(
        "Platforms",
        "Not available on Facebook: Meta offers apps no search of people's public posts (Page "
        "Public Content Access reads other Pages, not people); only what is sent to your Page "
        "reaches you.",
    ),
)
