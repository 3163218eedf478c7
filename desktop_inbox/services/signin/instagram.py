"""Adding an Instagram professional account with the business's own Meta app."""

from __future__ import annotations

from dataclasses import replace

from desktop_inbox.connectors.instagram.connector import InstagramConnector, api_base_url
from desktop_inbox.connectors.meta.tokens import LIFETIME, MetaToken
from desktop_inbox.connectors.meta.window import HUMAN_AGENT
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.services.signin.meta import MetaSignIn, add_meta_account


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
