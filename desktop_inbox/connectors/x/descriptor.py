"""X, as every layer sees it (``connectors.platforms``)."""

from desktop_inbox.connectors.platforms import MediaLimits, PlatformDescriptor, SignInSpec
from desktop_inbox.records import Platform
from desktop_inbox.words import QT_TRANSLATE_NOOP

REDIRECT_PORT = 17863  # the callback URL registered in the user's X app
CALLBACK_URL = f"http://127.0.0.1:{REDIRECT_PORT}/callback"

SIGN_IN_HELP = "\n\n".join(
    (
        QT_TRANSLATE_NOOP(
            "Platforms",
            "Desktop Inbox talks to X with your own X developer app, so that X bills the\n"
            "API use to you directly and nobody else can cut your access.",
        ),
        QT_TRANSLATE_NOOP(
            "Platforms",
            "1. Sign in at developer.x.com with the X account you answer customers from\n"
            "   (or one that may manage it) and create a Project with an App in it.\n"
            '2. In the app\'s "User authentication settings" choose OAuth 2.0, type\n'
            '   "Native App", permissions "Read and write and Direct message", and the\n'
            "   callback URL http://127.0.0.1:17863/callback\n"
            "3. Copy the app's OAuth 2.0 Client ID (not the API key) and paste it here.",
        ),
        QT_TRANSLATE_NOOP(
            "Platforms",
            "What it costs: X's self-serve API is pay-per-use (credits bought in the\n"
            'developer portal). Reading your mentions is an "owned read" when you own the\n'
            "app; each direct-message read, post and direct message sent is charged, and a\n"
            "post with a link costs more. A Basic or Pro plan works as well. Without\n"
            'credits or a plan, X refuses the requests ("client-forbidden" or "usage\n'
            'capped") and Desktop Inbox tells you so.',
        ),
        QT_TRANSLATE_NOOP(
            "Platforms",
            "What access the account needs: the scopes tweet.read, tweet.write,\n"
            "users.read, dm.read, dm.write and offline.access (so Desktop Inbox can stay\n"
            "signed in; the sign-in is renewed every two hours and kept in your keyring).\n"
            "X lets an app reply only to posts that mention or quote your account, and\n"
            "keeps direct messages for 30 days and your 800 newest mentions.",
        ),
    )
)


def _count(text: str, url_length: int) -> int:
    # X's official rules (twitter-text, loaded when first counted): CJK and
    # emoji weigh 2, every link 23, also one written without a scheme.
    from desktop_inbox.connectors.x import text as xtext

    return xtext.weighted_length(text)


DESCRIPTOR = PlatformDescriptor(
    platform=Platform.X,
    name="X",
    mark="X",
    color="#1D1D1F",
    default_limit=280,  # direct messages are counted like posts: the connector refuses more either way
    counting_rule=QT_TRANSLATE_NOOP(
        "Platforms",
        "Counted as X does: emoji and Chinese, Japanese or Korean characters weigh 2, every link 23.",
    ),
    count=_count,
    connector="desktop_inbox.connectors.x.connector:build",
    signin=SignInSpec(
        kind="browser",
        title=QT_TRANSLATE_NOOP("Platforms", "Add an X account"),
        summary=QT_TRANSLATE_NOOP(
            "Platforms",
            "Mentions and direct messages on X, through your own X developer app (X charges for API use).",
        ),
        cli_help="an X (Twitter) account, through your own X developer app",
        help=SIGN_IN_HELP,
        defaults={"redirect_port": REDIRECT_PORT},
    ),
    # POST /2/media/upload (+ alt text by /2/media/metadata): 4 per post, 1
    # per direct message, 5 MB an image; an upload is usable for a day.
    media=MediaLimits(count=4, count_direct=1, max_bytes=5 * 1024 * 1024, alt_limit=1000, upload_lifetime=12 * 3600.0),
    listens=True,
    listening=QT_TRANSLATE_NOOP(
        "Platforms",
        "Hears words, phrases and #hashtags in posts of the last 7 days (GET "
        "/2/tweets/search/recent) if your X developer access includes search: an app in a Project "
        "with pay-per-use credits or a Basic/Pro plan; each post read is billed. X lets self-serve "
        "apps reply only to posts that mention or quote you, so X may refuse a public reply to a "
        "heard post.",
    ),
)
