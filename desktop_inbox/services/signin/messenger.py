"""Adding a Facebook Page's Messenger with the business's own Meta app."""

from __future__ import annotations

from desktop_inbox.connectors.messenger.connector import MessengerConnector, api_base_url, check_page_id
from desktop_inbox.connectors.meta import access
from desktop_inbox.connectors.meta.tokens import MetaToken
from desktop_inbox.connectors.meta.window import HUMAN_AGENT
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.services.signin.meta import MetaSignIn, add_meta_account

SIGN_IN_HELP = f"""\
Desktop Inbox talks to Messenger through your own Meta app, with a Page
access token, so that your business keeps its own access and rate budget.

1. At developers.facebook.com/apps create an app of type "Business" and add
   the Messenger product (use case "Engage with customers on Messenger").
2. In Messenger > Messenger API Settings, connect your Facebook Page and
   press "Generate token" next to it (you need the MESSAGING or MODERATE task
   on the Page; MODERATE also shows who wrote each comment).
3. Paste the token here. The Page ID is on the Page (About > Page
   transparency) and next to the token; the app ID is at the top of the
   app's page.

Page tokens generated this way do not expire. Messages can be answered within
24 hours of the customer's last message (7 days for a person answering, if
Meta approved the Human Agent feature for your app: add --human-agent),
comments on the Page's posts at any time, and a comment privately once, within
7 days.

{access.explain("messenger")}
"""


async def add_messenger_token(
    service: AccountService,
    token: MetaToken,
    *,
    page_id: str,
    api_base: str | None = None,
    history: str = "3m",
    human_agent: bool = False,
) -> MetaSignIn:
    """Check that the token is the Page's, note what it may do, and store the account."""
    base = api_base_url(api_base)
    page = check_page_id(page_id)
    credentials = token.to_credentials()
    extra = {"app_id": token.app_id, "page_id": page, **({HUMAN_AGENT: "1"} if human_agent else {})}
    connector = MessengerConnector(token=token, page_id=page, base_url=base, extra=extra, transport=service.transport)
    return await add_meta_account(
        service,
        platform="messenger",
        base_url=base,
        connector=connector,
        credentials=credentials,
        renew=None,  # a Page token cannot be renewed without the app secret
        expires_at=lambda: token.expires_at,
        history=history,
    )
