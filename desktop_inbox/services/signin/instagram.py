"""Adding an Instagram professional account with the business's own Meta app."""

from __future__ import annotations

from dataclasses import replace

from desktop_inbox.connectors.instagram.connector import InstagramConnector, api_base_url
from desktop_inbox.connectors.meta import access
from desktop_inbox.connectors.meta.tokens import LIFETIME, MetaToken
from desktop_inbox.connectors.meta.window import HUMAN_AGENT
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.services.signin.meta import MetaSignIn, add_meta_account

SIGN_IN_HELP = f"""\
Desktop Inbox talks to Instagram through your own Meta app, so that your
business keeps its own access and rate budget, and no one else's app sits
between you and your customers.

1. At developers.facebook.com/apps create an app of type "Business" and add
   the use case "Manage messaging & content on Instagram".
2. Your Instagram account must be a professional (Business or Creator)
   account. Under "API setup with Instagram business login", add it and accept
   the tester invitation in Instagram (Settings > Website permissions > Apps
   and websites), then press "Generate token" next to it and log in.
3. Copy the token and paste it here. The app ID is the number at the top of
   the app's page.

The token lives 60 days; Desktop Inbox renews it while it syncs (no app
secret needed, and it never asks for one). Direct messages can be answered
within 24 hours of the customer's last message (7 days for a person answering,
if Meta approved the Human Agent feature for your app: add --human-agent),
comments at any time, and a comment privately once, within 7 days.
Instagram reports @mentions of your account only to webhook servers: Desktop
Inbox shows the posts you are tagged in instead.

{access.explain("instagram")}
"""


async def add_instagram_token(
    service: AccountService,
    token: MetaToken,
    *,
    api_base: str | None = None,
    history: str = "3m",
    human_agent: bool = False,
) -> MetaSignIn:
    """Check the token with Instagram, renew it if it is old enough, and store the account."""
    base = api_base_url(api_base)
    if token.expires_at is None and token.obtained_at is not None:
        # A dashboard token lives 60 days; if Meta renews it below, the true date replaces this.
        token = replace(token, expires_at=token.obtained_at + LIFETIME)
    credentials = token.to_credentials()

    async def remember(new: dict[str, object]) -> None:
        credentials.clear()
        credentials.update(new)

    extra = {"app_id": token.app_id, **({HUMAN_AGENT: "1"} if human_agent else {})}
    connector = InstagramConnector(
        token=token, base_url=base, extra=extra, save_credentials=remember, transport=service.transport
    )
    return await add_meta_account(
        service,
        platform="instagram",
        base_url=base,
        connector=connector,
        credentials=credentials,
        renew=connector.keeper.refresh,
        expires_at=connector.keeper.expires_at,
        history=history,
    )
