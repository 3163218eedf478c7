"""What adding an Instagram or Messenger account shares: the pasted token.

Meta's Instagram Login accepts only https redirect addresses, so there is no
browser sign-in to a loopback port: the user generates a token in their own
Meta app's dashboard and pastes it (or pipes it to ``--token-stdin``). It is
checked at once (who it belongs to, what it may do as far as the API tells),
and kept in the keyring only.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from desktop_inbox.connectors.meta.tokens import MetaToken as MetaToken  # (re-exported for the command line)
from desktop_inbox.errors import BadInput, ConnectorError, NeedsSignIn
from desktop_inbox.records import AccountInfo
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.store.accounts import Account
from desktop_inbox.words import PLATFORMS, QT_TRANSLATE_NOOP, STATUS, Phrase


class _Checkable(Protocol):
    async def verify(self) -> AccountInfo: ...

    async def check_access(self) -> list[tuple[str, str]]: ...

    async def aclose(self) -> None: ...


@dataclass(slots=True)
class MetaSignIn:
    """The account added, what the token may do, and until when it lives."""

    account: Account
    access: list[tuple[str, str]] = field(default_factory=list)
    expires_at: datetime | None = None
    renews: bool = False


def check_app_id(raw: str) -> str:
    value = raw.strip()
    if not value.isdigit() or len(value) > 30:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The app ID is the number at the top of your app's page in the Meta App Dashboard (developers.facebook.com/apps).",
            )
        )
    return value


def parse_token(text: str, *, app_id: str, now: datetime | None = None) -> MetaToken:
    """A pasted token: the bare token, or ``{"access_token": …, "expires_in": …}``."""
    text = text.strip()
    if not text:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "No token was given: paste the token generated in your Meta app's dashboard.")
        )
    now = now or datetime.now(UTC)
    expires_at = None
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors", 'Expected the token, or JSON like {"access_token": "…", "expires_in": 5184000}.'
                )
            ) from None
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token.strip():
            raise BadInput(QT_TRANSLATE_NOOP("Errors", 'The JSON needs an "access_token".'))
        seconds = data.get("expires_in")
        if seconds is not None:
            if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds <= 0:
                raise BadInput(QT_TRANSLATE_NOOP("Errors", '"expires_in" must be a positive number of seconds.'))
            expires_at = now + timedelta(seconds=float(seconds))
        text = token.strip()
    if any(c.isspace() for c in text) or len(text) > 1000 or not text.isascii():
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "That does not look like a Meta access token: copy it again from your app's dashboard."
            )
        )
    return MetaToken(text, check_app_id(app_id), expires_at=expires_at, obtained_at=now)


class _Verifying:
    """Verifies the token, renews it once where the platform allows, and
    notes what it may do, all before the account is stored."""

    def __init__(self, connector: _Checkable, renew: Callable[[], Awaitable[Any]] | None) -> None:
        self.connector = connector
        self.renew = renew
        self.access: list[tuple[str, str]] = []

    async def verify(self) -> AccountInfo:
        info = await self.connector.verify()
        if self.renew is not None:
            try:
                await self.renew()
            except NeedsSignIn:
                raise
            except ConnectorError:
                pass  # less than a day old: Meta renews it later, the keeper tries again
        self.access = await self.connector.check_access()
        return info

    async def aclose(self) -> None:
        await self.connector.aclose()


async def add_meta_account(
    service: AccountService,
    *,
    platform: str,
    base_url: str,
    connector: _Checkable,
    credentials: dict[str, Any],
    renew: Callable[[], Awaitable[Any]] | None,
    expires_at: Callable[[], datetime | None],
    history: str,
) -> MetaSignIn:
    """``credentials`` is the dict the connector's saver keeps current, so a
    token renewed during the check is the one stored."""
    checking = _Verifying(connector, renew)
    account = await service.add_verified(
        platform=platform, base_url=base_url, connector=checking, credentials=credentials, history=history  # type: ignore[arg-type]
    )
    return MetaSignIn(account, checking.access, expires_at(), renew is not None)


def access_help(platform: str) -> str:
    """What the app's access level allows on ``platform``, and how to get more."""
    from desktop_inbox.connectors.meta import access

    return access.explain(platform)


def describe(result: MetaSignIn, *, access_help: str) -> list[Phrase]:
    """What the command line and the dialog tell after adding the account
    (``str()`` of each line: English)."""
    lines = [
        _say(
            QT_TRANSLATE_NOOP("Status", "Added {handle} (account {account_id})."),
            handle=result.account.handle,
            account_id=result.account.id,
        )
    ]
    for what, how in result.access:
        if how == "ok":
            lines.append(_say(QT_TRANSLATE_NOOP("Status", "  {what}: works"), what=what))
        else:
            lines.append(_say(QT_TRANSLATE_NOOP("Status", "  {what}: {how}"), what=what, how=how))
    if result.expires_at is not None:
        when = result.expires_at.astimezone().strftime("%Y-%m-%d")
        if result.renews:
            lines.append(
                _say(
                    QT_TRANSLATE_NOOP(
                        "Status",
                        "The token is valid until about {when}; Desktop Inbox renews it before then while it syncs "
                        "(at least once every 50 days). If it lapses, generate a new one and add the account again.",
                    ),
                    when=when,
                )
            )
        else:
            lines.append(
                _say(
                    QT_TRANSLATE_NOOP(
                        "Status",
                        "This token expires on {when}: generate a Page token that does not expire in your app's "
                        "Messenger settings, and add the account again before then.",
                    ),
                    when=when,
                )
            )
    lines.append(Phrase(PLATFORMS, access_help))
    return lines


def _say(template: str, /, **values: object) -> Phrase:
    return Phrase(STATUS, template, values)
