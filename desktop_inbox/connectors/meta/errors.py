"""Graph API errors as the inbox's errors.

Every Graph error is ``{"error": {"message", "type", "code", "error_subcode",
"error_user_title", "error_user_msg", "fbtrace_id"}}``, mostly with HTTP 400
whatever the cause, so the code decides (``graph-api/guides/error-handling``;
``business-messaging/messenger-platform/error-codes``):

==========================  =================================================
190 (subcodes 458-467)      the token expired or was revoked: needs sign-in
4, 17, 32, 613, 80000-80014 a rate limit (app, user, Page, endpoint, business
                            use case): wait as the usage headers say
10 + subcode 2018278        sent outside the messaging window: refused for good
10, 200-299                 a permission the app lacks (often Advanced Access)
551                         the person is not available (blocked, deactivated)
100 + 2018001               no such person (bad recipient)
1, 2                        transient: try again later
==========================  =================================================
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NoReturn

from desktop_inbox.connectors.meta import access
from desktop_inbox.errors import NeedsSignIn, RateLimited, Rejected, TransientError
from desktop_inbox.words import QT_TRANSLATE_NOOP

OUTSIDE_WINDOW = 2018278
NO_MATCHING_USER = 2018001
RATE_CODES = frozenset({4, 17, 32, 613})
EXPIRED_SUBCODES = {
    458: "the app was removed from the account",
    459: "Meta wants the account owner to check the account (log in on instagram.com or facebook.com first)",
    460: "the password was changed",
    463: "the token expired",
    464: "the account is not confirmed",
    467: "the token is no longer valid",
}


class AccessProblem(Rejected):
    """The Meta app lacks a permission or its access level is too low."""


class WindowClosed(Rejected):
    """Meta refused a message sent outside the messaging window."""


class PersonUnavailable(Rejected):
    """The customer blocked the business or left the platform (551)."""


@dataclass(frozen=True, slots=True)
class GraphError:
    status: int
    code: int | None
    subcode: int | None
    message: str
    user_message: str

    @classmethod
    def parse(cls, status: int, body: Any) -> GraphError:
        error = body.get("error") if isinstance(body, Mapping) else None
        if not isinstance(error, Mapping):
            return cls(status, None, None, f"HTTP {status}", "")

        def number(key: str) -> int | None:
            value = error.get(key)
            if isinstance(value, bool):
                return None
            if isinstance(value, int):
                return value
            if isinstance(value, str) and value.isdigit():
                return int(value)
            return None

        def text(key: str) -> str:
            value = error.get(key)
            return " ".join(value.split())[:300] if isinstance(value, str) else ""

        return cls(status, number("code"), number("error_subcode"), text("message") or f"HTTP {status}",
                   text("error_user_msg"))

    @property
    def rate_limited(self) -> bool:
        return self.code in RATE_CODES or (self.code is not None and 80000 <= self.code <= 80014)

    @property
    def reason(self) -> str:
        return self.user_message or self.message


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def raise_graph_error(
    error: GraphError, *, platform: str, name: str, is_write: bool, now: datetime, regain_at: datetime | None
) -> NoReturn:
    """Raise the inbox error for ``error`` (``name``: "Instagram", "Messenger")."""
    code, reason = error.code, error.reason
    if code == 190 or (code is None and error.status == 401):
        why = EXPIRED_SUBCODES.get(error.subcode or 0, reason)
        raise NeedsSignIn(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} no longer accepts the token ({why}). Generate a new token in your Meta app's dashboard and add the account again (desktop-inbox accounts add {platform} …).",
            ),
            name=name,
            why=why,
            platform=platform,
        )
    if error.rate_limited or error.status == 429:
        retry_at = max(regain_at or now + timedelta(minutes=10), now + timedelta(seconds=30))
        raise RateLimited(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Meta limits how often your app may call {name} ({reason}); Desktop Inbox waits until {astimezone:%H:%M} before it tries again.",
            ),
            name=name,
            reason=reason,
            astimezone=retry_at.astimezone(),
            retry_at=retry_at,
        )
    if code == 10 and error.subcode == OUTSIDE_WINDOW:
        raise WindowClosed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} refused the message: it is outside the time Meta allows for answers (24 hours after the customer's last message; 7 days with the Human Agent feature). Wait until they write again.",
            ),
            name=name,
        )
    if code == 551:
        raise PersonUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} says this person isn't available right now (they may have blocked the account or closed theirs).",
            ),
            name=name,
        )
    if code == 10 or (code is not None and 200 <= code <= 299):
        raise AccessProblem(access.refusal(platform, name, _short(reason)))
    if code in (1, 2) or error.status >= 500:
        raise TransientError(
            QT_TRANSLATE_NOOP("Errors", "{name} had a temporary problem ({reason})."),
            name=name,
            reason=reason,
            maybe_done=is_write,
        )
    if code == 100 and error.subcode == NO_MATCHING_USER:
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "{name} knows no such person ({reason})."), name=name, reason=reason)
    raise Rejected(QT_TRANSLATE_NOOP("Errors", "{name} refused the request ({reason})."), name=name, reason=reason)
