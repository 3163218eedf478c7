"""XRPC for the Bluesky connector: the ``atproto`` SDK's session, our errors.

The SDK's ``AsyncClient`` (httpx underneath) keeps the session: it refreshes
the access JWT before it expires, under a lock, and awaits our session
callback before the request goes on, so a rotated refresh token is in the
keyring before it is used (the PDS revokes the old one at once). Around it
this module adds what the SDK leaves out:

* a refresh when the server answers ``ExpiredToken`` anyway (clock skew, a
  token revoked early), then one retry;
* chat calls to a configurable service: the PDS with the ``atproto-proxy``
  header in production, a local chat server in tests;
* ``RateLimit-*`` headers (epoch seconds) remembered and honoured before the
  next request, for the PDS and the chat service apart: the chat service
  running out of budget does not stop the mentions;
* XRPC error names turned into ``desktop_inbox.errors`` with messages a shop
  owner can act on (never a token in them).

It leans on three protected members of the SDK client (``_invoke``,
``_refresh_lock``, ``_refresh_and_set_session``), all in this one module.
"""

from __future__ import annotations

import base64
import contextvars
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from atproto_client import AsyncClient
from atproto_client.client.base import InvokeType
from atproto_client.client.session import Session, SessionEvent
from atproto_client.exceptions import (
    InvokeTimeoutError,
    LoginRequiredError,
    ModelError,
    RequestErrorBase,
)
from atproto_client.models.common import XrpcError
from atproto_client.request import AsyncRequest
from atproto_core.exceptions import AtProtocolError

from desktop_inbox.connectors import unreachable
from desktop_inbox.connectors.http import (
    BLUESKY_RATE,
    TIMEOUT,
    USER_AGENT,
    RateLimit,
    parse_reset,
)
from desktop_inbox.connectors.values import clean_json
from desktop_inbox.errors import (
    ConnectorError,
    MalformedResponse,
    NeedsSignIn,
    Offline,
    RateLimited,
    Rejected,
    TransientError,
)
from desktop_inbox.words import QT_TRANSLATE_NOOP, term

log = logging.getLogger("desktop_inbox.connectors.bluesky.connector")

CHAT_PROXY = "did:web:api.bsky.chat#bsky_chat"
ENTRYWAY = "https://bsky.social"

SIGN_IN_AGAIN = term(QT_TRANSLATE_NOOP("Errors", "Please sign in to Bluesky again with an app password."))
NO_DM_ACCESS = QT_TRANSLATE_NOOP(
    "Errors",
    "This app password cannot read direct messages. In Bluesky, open Settings → Privacy and security → "
    "App passwords, create one with “Allow access to your direct messages”, and sign in with it."
)
# XRPC error names worth a sentence of their own.
_MESSAGES = {
    "AccountTakedown": QT_TRANSLATE_NOOP("Errors", "Bluesky has suspended this account."),
    "AccountDeactivated": QT_TRANSLATE_NOOP("Errors", "This Bluesky account is deactivated."),
    "AuthFactorTokenRequired": QT_TRANSLATE_NOOP("Errors", "This account asks for an e-mail code; sign in with an app password instead."),
    "RecordNotFound": QT_TRANSLATE_NOOP("Errors", "The post no longer exists on Bluesky."),
    "NotFound": QT_TRANSLATE_NOOP("Errors", "The post no longer exists on Bluesky."),
    "InvalidSwap": QT_TRANSLATE_NOOP("Errors", "Bluesky's copy of the account changed meanwhile; the reply will be tried again."),
    "ConvoLocked": QT_TRANSLATE_NOOP("Errors", "This conversation is locked on Bluesky; no more messages can be sent to it."),
    "InvalidConvo": QT_TRANSLATE_NOOP("Errors", "Bluesky no longer knows this conversation (left or deleted)."),
    "MessagesDisabled": QT_TRANSLATE_NOOP("Errors", "This person does not accept direct messages on Bluesky."),
    "NotFollowedBySender": QT_TRANSLATE_NOOP("Errors", "This person accepts direct messages only from accounts they follow."),
    "BlockedActor": QT_TRANSLATE_NOOP("Errors", "This person has blocked the account, or the account blocks them."),
    "BlockedSubject": QT_TRANSLATE_NOOP("Errors", "This person has blocked the account, or the account blocks them."),
    "RecipientNotFound": QT_TRANSLATE_NOOP("Errors", "This person is no longer on Bluesky."),
    "ReplyTargetNotFound": QT_TRANSLATE_NOOP("Errors", "The message answered no longer exists."),
}
_AUTH_ERRORS = {"ExpiredToken", "InvalidToken", "AuthenticationRequired", "AuthMissing", "BadJwt"}

SessionSaver = Callable[[dict[str, Any]], Awaitable[None]]


def jwt_claims(token: str) -> dict[str, Any]:
    """The claims of a JWT, unverified (only to read ``scope``/``exp``/``sub``)."""
    try:
        payload = token.split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def session_credentials(session: Session) -> dict[str, Any]:
    """What the keyring keeps: the JWT pair and who they belong to."""
    return {
        "accessJwt": session.access_jwt,
        "refreshJwt": session.refresh_jwt,
        "did": session.did,
        "handle": session.handle,
        "pds": session.pds_endpoint or "",
    }


class _SdkClient(AsyncClient):
    """The SDK client with our clock and a hook on every response."""

    def __init__(self, owner: Xrpc, base_url: str, request: AsyncRequest) -> None:
        super().__init__(base_url, request=request)
        self._owner = owner

    def get_current_time(self) -> datetime:  # the SDK decides on refreshes with it
        return self._owner.clock()

    async def _invoke(self, invoke_type: InvokeType, **kwargs: Any) -> Any:
        response = await super()._invoke(invoke_type, **kwargs)
        self._owner.note_rate(response.headers)
        return response


# Set while a request goes to the chat service: its answers carry its own budget.
_to_chat: contextvars.ContextVar[bool] = contextvars.ContextVar("to_chat", default=False)


class Xrpc:
    def __init__(
        self,
        *,
        pds_url: str,
        chat_url: str | None = None,
        chat_proxy: str | None = CHAT_PROXY,
        credentials: Mapping[str, Any] | None = None,
        save_session: SessionSaver | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.clock = clock
        self.rate = RateLimit()  # the PDS (and the AppView behind it)
        self.chat_rate = RateLimit()  # the chat service
        request = AsyncRequest(timeout=TIMEOUT, transport=transport)
        request.set_additional_headers({"User-Agent": USER_AGENT})
        self.client = _SdkClient(self, pds_url, request)
        self.chat_url = (chat_url or "").rstrip("/") or None
        self.chat_proxy = chat_proxy
        self._save = save_session
        self._stored = dict(credentials) if credentials else None  # resumed on first use

        async def on_change(event: SessionEvent, session: Session) -> None:
            if event in (SessionEvent.CREATE, SessionEvent.REFRESH) and self._save is not None:
                await self._save(session_credentials(session))

        self.client.on_session_change(on_change)

    @property
    def pds_url(self) -> str:
        return self.client._base_url.removesuffix("/xrpc")

    @property
    def session(self) -> Session | None:
        return self.client._session

    async def aclose(self) -> None:
        await self.client.request.close()

    # -- sessions ---------------------------------------------------------------

    async def resume(self, credentials: Mapping[str, Any]) -> None:
        """Use a stored session; no request, no login."""
        try:
            session = Session(
                handle=str(credentials["handle"]),
                did=str(credentials["did"]),
                access_jwt=str(credentials["accessJwt"]),
                refresh_jwt=str(credentials["refreshJwt"]),
                pds_endpoint=str(credentials.get("pds") or self.pds_url),
            )
        except KeyError:
            raise NeedsSignIn(
                QT_TRANSLATE_NOOP("Errors", "The Bluesky sign-in in the keyring is incomplete. {sign_in_again}"),
                sign_in_again=SIGN_IN_AGAIN,
            ) from None
        self._stored = None
        await self.client.login(session_string=session.export(), fetch_bsky_profile=False)

    async def create_session(self, identifier: str, password: str) -> dict[str, Any]:
        """``createSession`` (rate-limited to 30 per 5 minutes: only at sign-in)."""
        try:
            await self.client.login(identifier, password, fetch_bsky_profile=False)
        except RequestErrorBase as exc:
            raise self.error(exc, write=True) from None
        assert self.session is not None
        return session_credentials(self.session)

    async def _refresh_after(self, used_token: str | None) -> None:
        async with self.client._refresh_lock:
            session = self.session
            if session is None:
                raise NeedsSignIn(
                    QT_TRANSLATE_NOOP("Errors", "Not signed in to Bluesky. {sign_in_again}"),
                    sign_in_again=SIGN_IN_AGAIN,
                )
            if session.access_jwt == used_token:  # nobody refreshed meanwhile
                try:
                    await self.client._refresh_and_set_session()
                except RequestErrorBase as exc:
                    raise self.error(exc, write=False) from None

    # -- calls -------------------------------------------------------------------

    async def query(self, nsid: str, params: Mapping[str, Any] | None = None, *, chat: bool = False) -> dict[str, Any]:
        found: dict[str, Any] = await self._call(InvokeType.QUERY, nsid, params=params, chat=chat)
        return found

    async def procedure(
        self, nsid: str, body: Mapping[str, Any] | None = None, *, chat: bool = False, anonymous: bool = False
    ) -> dict[str, Any]:
        found: dict[str, Any] = await self._call(InvokeType.PROCEDURE, nsid, body=body, chat=chat, anonymous=anonymous)
        return found

    async def get_blob(self, did: str, cid: str) -> bytes:
        """A blob's bytes (``com.atproto.sync.getBlob``: on the PDS that holds the repo)."""
        found = await self._call(
            InvokeType.QUERY, "com.atproto.sync.getBlob", params={"did": did, "cid": cid}, raw=True
        )
        if not isinstance(found, bytes):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Bluesky sent a blob that is not a file."))
        return found

    async def upload_blob(self, data: bytes, content_type: str) -> dict[str, Any]:
        """``com.atproto.repo.uploadBlob``: the blob reference a record names."""
        answer = await self._call(InvokeType.PROCEDURE, "com.atproto.repo.uploadBlob", upload=(data, content_type))
        if not isinstance(answer, dict) or not isinstance(answer.get("blob"), dict):
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Bluesky took a picture but sent back no blob reference.")
            )
        return answer

    async def _call(
        self,
        invoke_type: InvokeType,
        nsid: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        chat: bool = False,
        anonymous: bool = False,
        raw: bool = False,
        upload: tuple[bytes, str] | None = None,
    ) -> Any:
        now = self.clock()
        wait = (self.chat_rate if chat else self.rate).wait_until(now)
        if wait is not None:
            what = "Bluesky's chat service" if chat else "Bluesky"
            raise RateLimited(
                QT_TRANSLATE_NOOP("Errors", "{what} asked us to slow down; next try at {astimezone:%H:%M:%S}."),
                what=what,
                astimezone=wait.astimezone(),
                retry_at=wait,
            )
        base = self.chat_url if chat and self.chat_url else self.pds_url
        url = f"{base}/xrpc/{nsid}"
        if params:
            url += "?" + str(httpx.QueryParams({k: v for k, v in params.items() if v is not None}))
        headers: dict[str, str] = {}
        if chat and self.chat_proxy:
            headers["atproto-proxy"] = self.chat_proxy
        content = None
        if upload is not None:
            content, headers["Content-Type"] = upload
        elif invoke_type == InvokeType.PROCEDURE:
            headers["Content-Type"] = "application/json"
            content = json.dumps(body or {}, ensure_ascii=False).encode()
        write = invoke_type == InvokeType.PROCEDURE
        if self._stored is not None and not anonymous:
            await self.resume(self._stored)
        for attempt in range(2):
            used = self.session.access_jwt if self.session else None
            routed = _to_chat.set(chat)
            try:
                response = await self.client._invoke(
                    invoke_type, url=url, content=content, headers=headers, ignore_session_check=anonymous
                )
            except RequestErrorBase as exc:
                if attempt == 0 and not anonymous and _error_name(exc) == "ExpiredToken":
                    await self._refresh_after(used)
                    continue
                raise self.error(exc, write=write, chat=chat) from None
            except httpx.TransportError as exc:  # what the SDK passes through unmapped
                host = httpx.URL(base).host or "Bluesky"
                if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
                    raise Offline(
                        QT_TRANSLATE_NOOP("Errors", "Cannot reach {host}: {explain}."),
                        host=host,
                        explain=unreachable.explain(exc, host),
                    ) from None
                raise TransientError(
                    QT_TRANSLATE_NOOP("Errors", "The connection to {host} broke ({first_line})."),
                    host=host,
                    first_line=_first_line(exc),
                    maybe_done=write,
                ) from None
            except LoginRequiredError:
                raise NeedsSignIn(
                    QT_TRANSLATE_NOOP("Errors", "Not signed in to Bluesky. {sign_in_again}"),
                    sign_in_again=SIGN_IN_AGAIN,
                ) from None
            except (ModelError, AtProtocolError, ValueError) as exc:
                raise MalformedResponse(
                    QT_TRANSLATE_NOOP("Errors", "Bluesky sent an answer we cannot read ({nsid}: {exc})."),
                    nsid=nsid,
                    exc=exc,
                ) from None
            finally:
                _to_chat.reset(routed)
            content_out = response.content
            if raw:
                return content_out
            if isinstance(content_out, dict):
                return clean_json(content_out)  # lone surrogates would make a page unstorable
            if content_out in (b"", None):
                return {}
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Bluesky sent an answer that is not JSON ({nsid})."), nsid=nsid
            )
        raise AssertionError("unreachable")

    # -- errors and limits ---------------------------------------------------------

    def note_rate(self, headers: Mapping[str, Any]) -> None:
        rate = self.chat_rate if _to_chat.get() else self.rate
        h = {k.lower(): v for k, v in headers.items()}
        remaining = h.get(BLUESKY_RATE.remaining.lower())
        if remaining is None:
            return
        try:
            rate.remaining = int(float(remaining))
            limit = h.get(BLUESKY_RATE.limit.lower())
            rate.limit = int(float(limit)) if limit else None
        except ValueError:
            return
        rate.reset_at = parse_reset(h.get(BLUESKY_RATE.reset.lower()), now=self.clock())

    def error(self, exc: RequestErrorBase, *, write: bool, chat: bool = False) -> ConnectorError:
        """The typed error for an SDK request error."""
        host = httpx.URL(self.chat_url if chat and self.chat_url else self.pds_url).host or "Bluesky"
        response = exc.response
        if response is None:
            cause = exc.__cause__
            if isinstance(cause, (httpx.ConnectError, httpx.ConnectTimeout)):
                return Offline(
                    QT_TRANSLATE_NOOP("Errors", "Cannot reach {host}: {explain}."),
                    host=host,
                    explain=unreachable.explain(cause, host),
                )
            if isinstance(exc, InvokeTimeoutError):
                return TransientError(
                    QT_TRANSLATE_NOOP("Errors", "{host} did not answer in time."), host=host, maybe_done=write
                )
            return TransientError(
                QT_TRANSLATE_NOOP("Errors", "The connection to {host} broke ({first_line})."),
                host=host,
                first_line=_first_line(cause or exc),
                maybe_done=write,
            )
        self.note_rate(response.headers)
        status = response.status_code
        name = _error_name(exc) or ""
        message = _error_message(exc)
        said = f"{name}: {message}" if message else name or f"HTTP {status}"
        lowered = message.lower()
        if "token method" in lowered or "token scope" in lowered:
            return NeedsSignIn(NO_DM_ACCESS)
        if status == 401 or name in _AUTH_ERRORS:
            return NeedsSignIn(
                QT_TRANSLATE_NOOP("Errors", "Bluesky no longer accepts this sign-in ({said}). {sign_in_again}"),
                said=said,
                sign_in_again=SIGN_IN_AGAIN,
            )
        if status == 429 or name == "RateLimitExceeded":
            now = self.clock()
            h = {k.lower(): v for k, v in response.headers.items()}
            retry_at = (
                parse_reset(h.get("retry-after"), now=now)
                or parse_reset(h.get(BLUESKY_RATE.reset.lower()), now=now)
                or now + timedelta(seconds=60)
            )
            retry_at = max(retry_at, now + timedelta(seconds=1))
            rate = self.chat_rate if chat else self.rate
            rate.remaining, rate.reset_at = 0, retry_at
            return RateLimited(
                QT_TRANSLATE_NOOP("Errors", "Bluesky asked us to slow down until {astimezone:%H:%M:%S} ({said})."),
                astimezone=retry_at.astimezone(),
                said=said,
                retry_at=retry_at,
            )
        if name in ("AccountTakedown", "AccountDeactivated"):
            return NeedsSignIn(_MESSAGES[name])
        if status >= 500 or status in (408, 409, 502):
            return TransientError(
                QT_TRANSLATE_NOOP("Errors", "Bluesky had a server error ({status}: {said})."),
                status=status,
                said=said,
                maybe_done=write,
            )
        if name in _MESSAGES:
            return Rejected(_MESSAGES[name])
        return Rejected(
            QT_TRANSLATE_NOOP("Errors", "Bluesky refused the request ({status}: {said})."), status=status, said=said
        )


def _error_name(exc: RequestErrorBase) -> str | None:
    content = exc.response.content if exc.response is not None else None
    if isinstance(content, XrpcError):
        return content.error
    if isinstance(content, Mapping) and isinstance(content.get("error"), str):
        return str(content["error"])
    return None


def _error_message(exc: RequestErrorBase) -> str:
    content = exc.response.content if exc.response is not None else None
    message = None
    if isinstance(content, XrpcError):
        message = content.message
    elif isinstance(content, Mapping):
        message = content.get("message")
    return message[:300] if isinstance(message, str) else ""


def _first_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]
