"""What every HTTP connector shares: safe URLs, one client, errors, limits.

Errors become the typed ``desktop_inbox.errors`` with a message a shop owner
can act on; no message ever includes a header or a token (httpx exceptions
carry the URL only, and our URLs never hold secrets).
"""

from __future__ import annotations

import email.utils
import functools
import ipaddress
import logging
import re
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from desktop_inbox import __version__
from desktop_inbox.connectors import network, unreachable
from desktop_inbox.connectors.values import load_json
from desktop_inbox.errors import (
    BadInput,
    MalformedResponse,
    NeedsSignIn,
    Offline,
    RateLimited,
    Rejected,
    TransientError,
)
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.words import QT_TRANSLATE_NOOP, Phrase, term

log = logging.getLogger("desktop_inbox.connectors")
_SERVER_ADDRESS = term(QT_TRANSLATE_NOOP("Errors", "server address"))

USER_AGENT = f"DesktopInbox/{__version__} (+https://example.invalid/desktop-inbox)"
TIMEOUT = httpx.Timeout(20.0, connect=10.0)


def is_loopback_host(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalize_base_url(raw: str, *, what: str | Phrase = _SERVER_ADDRESS) -> str:
    """``mastodon.social`` -> ``https://mastodon.social``; refuse unsafe URLs.

    Plain ``http://`` is accepted only for this computer (tests, local
    servers): anywhere else a token would travel in clear text.
    """
    text = raw.strip()
    if not text:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The {what} is empty."), what=what)
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):(?!\d+(?:/|$))", text)
    if "://" not in text and scheme:  # javascript:…, mailto:… (not host:port)
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "The {what} must be a web address starting with https://, not {group}:."),
            what=what,
            group=scheme.group(1),
        )
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise BadInput(f"{raw.strip()!r} is not a valid {what}."[:300]) from None
    if parts.scheme not in ("http", "https"):
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "The {what} must start with https:// (got {scheme}://)."),
            what=what,
            scheme=parts.scheme,
        )
    host = parts.hostname
    if not host or " " in text:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "{raw!r} is not a valid {what}."), raw=raw, what=what)
    if parts.scheme == "http" and not is_loopback_host(host):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The {what} must use https://; plain http:// is only allowed for this computer (127.0.0.1)."
            ),
            what=what,
        )
    if parts.username or parts.password:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The {what} must not contain a user name or password."), what=what)
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, "", ""))


@functools.cache
def _tls() -> ssl.SSLContext:
    """The verifying TLS context every client shares (httpx's default one:
    its CA bundle, SSL_CERT_FILE/SSL_CERT_DIR honoured). Each client built
    its own, reading and parsing the whole bundle: ~30 ms of CPU per
    connector, paid again at the start of every account's first sync."""
    return httpx.create_ssl_context()


_LIMITS = httpx.Limits(max_connections=6, max_keepalive_connections=4)


def make_client(base_url: str, *, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    # TLS is always verified; there is deliberately no switch to turn it off.
    return httpx.AsyncClient(
        base_url=base_url,
        verify=_tls(),
        timeout=TIMEOUT,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        follow_redirects=False,
        limits=_LIMITS,
        # (A proxy named in the environment still gets httpx's own transport.)
        transport=transport or network.Transport(verify=_tls(), limits=_LIMITS),
    )


def parse_link_header(value: str | None) -> dict[str, str]:
    """``Link: <url>; rel="next", <url>; rel="prev"`` -> {"next": url, ...}."""
    links: dict[str, str] = {}
    if not value:
        return links
    for part in value.split(","):
        section = part.split(";")
        if len(section) < 2:
            continue
        url = section[0].strip().strip("<>")
        for param in section[1:]:
            key, _, val = param.strip().partition("=")
            if key.strip() == "rel":
                links[val.strip().strip('"')] = url
    return links


def parse_reset(value: str | None, *, now: datetime) -> datetime | None:
    """A rate-limit reset header: ISO 8601 (Mastodon) or epoch seconds (X, Bluesky)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # Small numbers are "seconds from now" (Retry-After style).
        if seconds < 10**9:
            return now + timedelta(seconds=seconds)
        return datetime.fromtimestamp(seconds, tz=UTC)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@dataclass(slots=True)
class RateLimit:
    """The budget the platform last reported for this account."""

    limit: int | None = None
    remaining: int | None = None
    reset_at: datetime | None = None

    def leaves_room(self, now: datetime, *, share: float = 0.5) -> bool:
        """Whether more than ``share`` of the budget is left (unknown: yes).

        Listening spends only from the top of the budget, so that the
        inbox's own requests (mentions, direct messages, replies) always
        find the rest."""
        if self.remaining is None or self.reset_at is None or self.reset_at <= now:
            return True
        return self.remaining > (self.limit or 0) * share

    def wait_until(self, now: datetime) -> datetime | None:
        """When the next request may go, if the budget is spent."""
        if self.remaining is not None and self.remaining <= 0 and self.reset_at and self.reset_at > now:
            return self.reset_at
        return None


@dataclass(frozen=True, slots=True)
class RateHeaders:
    limit: str
    remaining: str
    reset: str


MASTODON_RATE = RateHeaders("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
X_RATE = RateHeaders("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset")
BLUESKY_RATE = RateHeaders("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")


class Api:
    """A JSON API over one httpx client with rate limits and error mapping.

    ``describe_error`` lets a platform turn its error bodies into words.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        platform_name: str,
        rate_headers: RateHeaders,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.client = client
        self.platform_name = platform_name
        self.rate_headers = rate_headers
        self.clock = clock
        self.rate = RateLimit()
        self.auth: dict[str, str] = {}

    async def aclose(self) -> None:
        await self.client.aclose()

    def limit_for(self, method: str, path: str) -> RateLimit:
        """The budget a request draws on: one per account here; platforms
        whose limits are per endpoint (X) return one per endpoint."""
        return self.rate

    def describe_error(self, response: httpx.Response, body: Any) -> str:
        if isinstance(body, Mapping):
            for key in ("error_description", "error", "detail", "title", "message"):
                if isinstance(body.get(key), str):
                    return str(body[key])
        return f"HTTP {response.status_code}"

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json_body: Any = None,
        data: Any = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
        stream: bool = False,
    ) -> httpx.Response:
        """The server's answer (a success; its errors raised as ours).
        ``stream``: a success is returned as soon as its headers are in, its
        body read later (``read_body``), while the caller goes on (what
        the headers say, e.g. where the next page is, can be asked for
        meanwhile)."""
        now = self.clock()
        rate = self.limit_for(method, path)
        wait = rate.wait_until(now)
        if wait is not None:
            raise RateLimited(
                QT_TRANSLATE_NOOP(
                    "Errors", "{platform_name} asked us to slow down; next try at {astimezone:%H:%M:%S}."
                ),
                platform_name=self.platform_name,
                astimezone=wait.astimezone(),
                retry_at=wait,
            )
        all_headers = dict(self.auth) if authenticated else {}
        if headers:
            all_headers.update(headers)
        is_write = method.upper() not in ("GET", "HEAD")
        host = self.client.base_url.host or "the server"
        try:
            if stream:
                built = self.client.build_request(
                    method, path, params=params, json=json_body, data=data, files=files, headers=all_headers
                )
                response = await self.client.send(built, stream=True)
            else:
                response = await self.client.request(
                    method, path, params=params, json=json_body, data=data, files=files, headers=all_headers
                )
        except httpx.TransportError as exc:
            raise _transport_error(exc, host, is_write=is_write) from None
        self._note_rate(response, rate)
        if response.is_success:
            return response
        if stream:
            await self.read_body(response)
        await self._raise_for(response, is_write=is_write, rate=rate)
        raise AssertionError("unreachable")

    async def read_body(self, response: httpx.Response) -> bytes:
        """The body of an answer asked for with ``stream=True`` (its
        connection then goes back to the pool; a failure raised as ours)."""
        try:
            return await response.aread()
        except httpx.TransportError as exc:
            host = self.client.base_url.host or "the server"
            raise _transport_error(exc, host, is_write=response.request.method.upper() not in ("GET", "HEAD")) from None
        finally:
            if not response.is_closed:
                await response.aclose()

    async def get_json(self, path: str, **kwargs: Any) -> Any:
        response = await self.request("GET", path, **kwargs)
        return self.decode(response)

    def decode(self, response: httpx.Response) -> Any:
        try:
            return load_json(response.content)
        except (ValueError, RecursionError):  # bad JSON, bad UTF-8, nesting deeper than Python recurses
            raise MalformedResponse(
                QT_TRANSLATE_NOOP(
                    "Errors", "{platform_name} sent a response that is not valid JSON ({method} {path})."
                ),
                platform_name=self.platform_name,
                method=response.request.method,
                path=response.request.url.path,
            ) from None

    def _note_rate(self, response: httpx.Response, rate: RateLimit | None = None) -> None:
        rate = rate or self.rate
        h = self.rate_headers
        remaining = response.headers.get(h.remaining)
        if remaining is None:
            return
        try:
            rate.remaining = int(float(remaining))
            limit = response.headers.get(h.limit)
            rate.limit = int(float(limit)) if limit else None
        except ValueError:
            return
        rate.reset_at = parse_reset(response.headers.get(h.reset), now=self.clock())

    async def _raise_for(self, response: httpx.Response, *, is_write: bool, rate: RateLimit | None = None) -> None:
        rate = rate or self.rate
        try:
            body: Any = response.json()
        except (ValueError, RecursionError):
            body = None
        # The server's words: short, one line, with no secret it may have echoed.
        reason = one_line(self.describe_error(response, body), limit=200)
        status = response.status_code
        name = self.platform_name
        if status == 401:
            raise NeedsSignIn(
                QT_TRANSLATE_NOOP("Errors", "{name} no longer accepts this sign-in ({reason}). Please sign in again."),
                name=name,
                reason=reason,
            )
        if status == 429:
            now = self.clock()
            retry_at = (
                parse_reset(response.headers.get("Retry-After"), now=now)
                or parse_reset(response.headers.get(self.rate_headers.reset), now=now)
                or now + timedelta(seconds=60)
            )
            retry_at = max(retry_at, now + timedelta(seconds=1))
            rate.remaining = 0
            rate.reset_at = retry_at
            raise RateLimited(
                QT_TRANSLATE_NOOP("Errors", "{name} asked us to slow down ({reason})."),
                name=name,
                reason=reason,
                retry_at=retry_at,
            )
        if status >= 500:
            raise TransientError(
                QT_TRANSLATE_NOOP("Errors", "{name} had a server error ({status}: {reason})."),
                name=name,
                status=status,
                reason=reason,
                maybe_done=is_write,
            )
        if status in (301, 302, 303, 307, 308):
            raise Rejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} redirected the request elsewhere ({status}); is the server address right?"
                ),
                name=name,
                status=status,
            )
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "{name} refused the request ({status}: {reason})."),
            name=name,
            status=status,
            reason=reason,
        )


# What a broken exchange says (the request may have reached the server).
_BROKEN = (
    (
        (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout),
        QT_TRANSLATE_NOOP("Errors", "{host} did not answer in time ({reason})."),
    ),
    (
        (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError),
        QT_TRANSLATE_NOOP("Errors", "The connection to {host} broke ({reason})."),
    ),
)


def _transport_error(exc: httpx.TransportError, host: str, *, is_write: bool) -> Exception:
    """A failure to reach the server, or of the connection, as ours."""
    for kinds, said in _BROKEN:
        if isinstance(exc, kinds):
            return TransientError(said, host=host, reason=_reason(exc), maybe_done=is_write)
    # (A refused or timed-out connection, and any other transport failure.)
    return Offline(
        QT_TRANSLATE_NOOP("Errors", "Cannot reach {host}: {explain}."),
        host=host,
        explain=unreachable.explain(exc, host),
    )


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]
