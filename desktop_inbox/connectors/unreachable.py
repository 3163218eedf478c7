"""Why a server could not be reached, in words instead of the system's
("[Errno -2] Name or service not known": the server's name cannot be found)."""

from __future__ import annotations

import errno
import re
import socket

# getaddrinfo's answers (negative numbers on Linux; glibc's EAI_NODATA is -5).
_NOT_FOUND = {getattr(socket, "EAI_NONAME", -2), getattr(socket, "EAI_NODATA", -5), -5}
_LOOKUP_FAILED = {getattr(socket, "EAI_AGAIN", -3)}
_REFUSED = {errno.ECONNREFUSED}
_NO_ROUTE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}
_ERRNO = re.compile(r"\[Errno (-?\d+)\]")
_NOT_FOUND_WORDS = ("name or service not known", "nodename nor servname", "no address associated", "getaddrinfo failed")


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _number(exc: BaseException) -> int | None:
    if isinstance(exc, OSError) and isinstance(exc.errno, int):
        return exc.errno
    found = _ERRNO.search(str(exc))
    return int(found.group(1)) if found else None


def explain(exc: BaseException, host: str) -> str:
    """What the failure to connect to ``host`` means, for the user."""
    for link in _chain(exc):
        number, text = _number(link), str(link).lower()
        if number in _NOT_FOUND or any(words in text for words in _NOT_FOUND_WORDS):
            return f"the server name {host} cannot be found; check its spelling, or whether this computer is online"
        if number in _LOOKUP_FAILED or "temporary failure in name resolution" in text:
            return f"the server name {host} cannot be looked up now; this computer may be offline"
        if number in _REFUSED or isinstance(link, ConnectionRefusedError):
            return f"{host} refused the connection; nothing answers at that address and port"
        if number in _NO_ROUTE:
            return "the network cannot be reached; this computer seems to be offline"
        if isinstance(link, TimeoutError | socket.timeout) or "timed out" in text:
            return f"{host} did not answer in time"
    return (str(exc) or type(exc).__name__).splitlines()[0][:200]
