"""Instagram, as every layer sees it (``connectors.platforms``)."""

from desktop_inbox.connectors.meta import access
from desktop_inbox.connectors.meta.limits import INSTAGRAM_COMMENT_CHARS, INSTAGRAM_DM_BYTES
from desktop_inbox.connectors.platforms import MediaLimits, PlatformDescriptor, SignInSpec
from desktop_inbox.records import Platform
from desktop_inbox.words import QT_TRANSLATE_NOOP

SIGN_IN_HELP = "\n\n".join(
    (
        QT_TRANSLATE_NOOP(
            "Platforms",
            "Desktop Inbox talks to Instagram through your own Meta app, so that your\n"
            "business keeps its own access and rate budget, and no one else's app sits\n"
            "between you and your customers.",
        ),
        QT_TRANSLATE_NOOP(
            "Platforms",
            '1. At developers.facebook.com/apps create an app of type "Business" and add\n'
            '   the use case "Manage messaging & content on Instagram".\n'
            "2. Your Instagram account must be a professional (Business or Creator)\n"
            '   account. Under "API setup with Instagram business login", add it and accept\n'
            "   the tester invitation in Instagram (Settings > Website permissions > Apps\n"
            '   and websites), then press "Generate token" next to it and log in.\n'
            "3. Copy the token and paste it here. The app ID is the number at the top of\n"
            "   the app's page.",
        ),
        QT_TRANSLATE_NOOP(
            "Platforms",
            "The token lives 60 days; Desktop Inbox renews it while it syncs (no app\n"
            "secret needed, and it never asks for one). Direct messages can be answered\n"
            "within 24 hours of the customer's last message (7 days for a person answering,\n"
            "if Meta approved the Human Agent feature for your app: add --human-agent),\n"
            "comments at any time, and a comment privately once, within 7 days.\n"
            "Instagram reports @mentions of your account only to webhook servers: Desktop\n"
            "Inbox shows the posts you are tagged in instead.",
        ),
        access.explain("instagram"),
    )
)


def _chars(text: str, url_length: int) -> int:
    return len(text)


def _bytes(text: str, url_length: int) -> int:
    # Integrators enforce 1,000 UTF-8 bytes (connectors/meta/limits.py).
    return len(text.encode("utf-8"))


DESCRIPTOR = PlatformDescriptor(
    platform=Platform.INSTAGRAM,
    name="Instagram",
    mark="I",
    color="#C13584",
    default_limit=INSTAGRAM_COMMENT_CHARS,
    direct_limit=INSTAGRAM_DM_BYTES,
    counting_rule=QT_TRANSLATE_NOOP(
        "Platforms",
        "Counted as Instagram does: a direct message in bytes (letters outside A-Z weigh 2 to 4), a "
        "comment in characters.",
    ),
    count=_chars,
    count_direct=_bytes,
    connector="desktop_inbox.connectors.instagram.connector:build",
    reply_rule="desktop_inbox.connectors.meta.window:reply_allowed",
    window_end="desktop_inbox.connectors.meta.window:window_ends",
    signin=SignInSpec(
        kind="token",
        title=QT_TRANSLATE_NOOP("Platforms", "Add an Instagram account"),
        summary=QT_TRANSLATE_NOOP(
            "Platforms",
            "Direct messages and comments on your Instagram business account, through your own Meta app.",
        ),
        cli_help="an Instagram professional account, through your own Meta app",
        help=SIGN_IN_HELP,
    ),
    media=MediaLimits(
        why_none=QT_TRANSLATE_NOOP("Platforms", "Pictures cannot be attached to replies on this platform yet.")
    ),
    listens=False,
    listening=QT_TRANSLATE_NOOP(
        "Platforms",
        "Not available on Instagram: its hashtag search (ig_hashtag_search) belongs to the "
        "Instagram API with Facebook Login, needs the instagram_basic permission and the Instagram "
        "Public Content Access feature through Meta's App Review, allows 30 hashtags a week, and "
        "gives neither the authors nor a way to comment. Instagram Login, which Desktop Inbox uses, "
        "offers no search.",
    ),
)
