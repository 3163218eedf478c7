"""Adding a Facebook Page's Messenger with the business's own Meta app."""

from __future__ import annotations

from desktop_inbox.connectors.messenger.connector import MessengerConnector, api_base_url, check_page_id
from desktop_inbox.connectors.meta.tokens import MetaToken
from desktop_inbox.connectors.meta.window import HUMAN_AGENT
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.services.signin.meta import MetaSignIn, add_meta_account


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
