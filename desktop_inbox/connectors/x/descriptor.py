"""X, as every layer sees it (``connectors.platforms``)."""

from desktop_inbox.connectors.platforms import PlatformDescriptor, SignInSpec
from desktop_inbox.records import Platform

REDIRECT_PORT = 17863  # the callback URL registered in the user's X app
CALLBACK_URL = f"http://127.0.0.1:{REDIRECT_PORT}/callback"

SIGN_IN_HELP = f"""\
Desktop Inbox talks to X with your own X developer app, so that X bills the
API use to you directly and nobody else can cut your access.

1. Sign in at developer.x.com with the X account you answer customers from
   (or one that may manage it) and create a Project with an App in it.
2. In the app's "User authentication settings" choose OAuth 2.0, type
   "Native App", permissions "Read and write and Direct message", and the
   callback URL {CALLBACK_URL}
3. Copy the app's OAuth 2.0 Client ID (not the API key) and paste it here.

What it costs: X's self-serve API is pay-per-use (credits bought in the
developer portal). Reading your mentions is an "owned read" when you own the
app; each direct-message read, post and direct message sent is charged, and a
post with a link costs more. A Basic or Pro plan works as well. Without
credits or a plan, X refuses the requests ("client-forbidden" or "usage
capped") and Desktop Inbox tells you so.

What access the account needs: the scopes tweet.read, tweet.write,
users.read, dm.read, dm.write and offline.access (so Desktop Inbox can stay
signed in; the sign-in is renewed every two hours and kept in your keyring).
X lets an app reply only to posts that mention or quote your account, and
keeps direct messages for 30 days and your 800 newest mentions.
"""


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
    counting_rule="Counted as X does: emoji and Chinese, Japanese or Korean characters weigh 2, every link 23.",
    count=_count,
    connector="desktop_inbox.connectors.x.connector:build",
    signin=SignInSpec(
        kind="browser",
        title="Add an X account",
        summary="Mentions and direct messages on X, through your own X developer app (X charges for API use).",
        cli_help="an X (Twitter) account, through your own X developer app",
        help=SIGN_IN_HELP,
        defaults={"redirect_port": REDIRECT_PORT},
    ),
    listens=True,
    listening=(
        "Hears words, phrases and #hashtags in posts of the last 7 days (GET /2/tweets/search/recent) if your X "
        "developer access includes search: an app in a Project with pay-per-use credits or a Basic/Pro plan; "
        "each post read is billed. X lets self-serve apps reply only to posts that mention or quote you, so X may "
        "refuse a public reply to a heard post."
    ),
)
