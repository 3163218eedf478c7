"""Fetching a media file from a platform's own media host, safely.

Only URLs the platform's API named are fetched (never one found in a
message's HTML), over https (plain http only to this computer, for tests),
to a host the connector accepts, following at most a few redirects that are
checked the same way, and never more than ``max_bytes``: the body is read in
chunks and the transfer stops as soon as it is too big. No token is sent
unless the connector asks for it (to its own API host only).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import urljoin, urlsplit

import httpx

from desktop_inbox.connectors.base import FetchedMedia
from desktop_inbox.connectors.http import is_loopback_host
from desktop_inbox.errors import Offline, RateLimited, Rejected, TransientError
from desktop_inbox.words import QT_TRANSLATE_NOOP

MAX_REDIRECTS = 3
HostCheck = Callable[[str], bool]


def any_host(host: str) -> bool:
    """Every host: the URL came from the platform's own API answer."""
    return True


def hosts_ending(*suffixes: str) -> HostCheck:
    """Hosts that are one of ``suffixes`` or under one of them."""

    def check(host: str) -> bool:
        return any(host == s or host.endswith("." + s) for s in suffixes)

    return check


def checked_url(url: str, allowed: HostCheck) -> str:
    """``url`` if it may be fetched, else Rejected (one line)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "The media address is not valid.")) from None
    host = parts.hostname or ""
    if parts.scheme == "http" and is_loopback_host(host):
        return url
    if parts.scheme != "https" or not host:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "Media is fetched over https only (not {value})."),
            value=parts.scheme or "a relative address",
        )
    if parts.username or parts.password:
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "A media address with a user name is refused."))
    if not (allowed(host) or is_loopback_host(host)):
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "{host} is not one of the platform's media hosts; the file was not fetched."),
            host=host,
        )
    return url


async def download(
    client: httpx.AsyncClient,
    url: str,
    *,
    max_bytes: int,
    allowed: HostCheck = any_host,
    headers: Mapping[str, str] | None = None,
    send_headers_to: str | None = None,
) -> FetchedMedia:
    """GET ``url`` (absolute) with at most ``max_bytes`` of body.

    ``headers`` (e.g. Authorization) go only to ``send_headers_to`` (a host).
    """
    target = checked_url(url, allowed)
    for _ in range(MAX_REDIRECTS + 1):
        host = urlsplit(target).hostname or ""
        extra = dict(headers or {}) if headers and host == send_headers_to else {}
        try:
            async with client.stream("GET", target, headers={"Accept": "*/*", **extra}) as response:
                if response.status_code in (301, 302, 303, 307, 308) and response.headers.get("Location"):
                    target = checked_url(urljoin(target, response.headers["Location"]), allowed)
                    continue
                _raise_for(response, host)
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise Rejected(
                        QT_TRANSLATE_NOOP("Errors", "The file is too big to keep ({n} MB)."),
                        n=int(declared) // 1_000_000,
                    )
                chunks: list[bytes] = []
                total = 0
                async for chunk in response.aiter_bytes():
                    total += len(chunk)
                    if total > max_bytes:
                        raise Rejected(
                            QT_TRANSLATE_NOOP("Errors", "The file is too big to keep (over {n} MB)."),
                            n=max_bytes // 1_000_000,
                        )
                    chunks.append(chunk)
                content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
                return FetchedMedia(b"".join(chunks), content_type)
        except (httpx.ConnectError, httpx.ConnectTimeout):
            raise Offline(QT_TRANSLATE_NOOP("Errors", "Cannot reach {host} for a media file."), host=host) from None
        except (httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError) as exc:
            raise TransientError(
                QT_TRANSLATE_NOOP("Errors", "Fetching a media file from {host} failed ({name})."),
                host=host,
                name=type(exc).__name__,
            ) from None
        except httpx.TransportError:
            raise Offline(QT_TRANSLATE_NOOP("Errors", "Cannot reach {host} for a media file."), host=host) from None
    raise Rejected(QT_TRANSLATE_NOOP("Errors", "The media host redirected too many times."))


def _raise_for(response: httpx.Response, host: str) -> None:
    status = response.status_code
    if status < 300:
        return
    if status == 429:
        from datetime import UTC, datetime, timedelta

        from desktop_inbox.connectors.http import parse_reset

        now = datetime.now(UTC)
        retry_at = parse_reset(response.headers.get("Retry-After"), now=now) or now + timedelta(seconds=60)
        raise RateLimited(
            QT_TRANSLATE_NOOP("Errors", "{host} asked us to slow down fetching media."), host=host, retry_at=retry_at
        )
    if status >= 500:
        raise TransientError(
            QT_TRANSLATE_NOOP("Errors", "{host} had a server error ({status}) sending a media file."),
            host=host,
            status=status,
        )
    raise Rejected(QT_TRANSLATE_NOOP("Errors", "{host} refused the media file ({status})."), host=host, status=status)
