"""Scrubbing secrets out of text: every secret the app knows, and anything
shaped like a credential (bearer tokens, JWTs, Authorization headers, token
parameters, passwords in URLs).

The keyring wrapper registers each secret it loads or saves; the log
filter, the account's stored state and every message shown to the user go
through ``scrub``.
"""

from __future__ import annotations

import re
import threading

_known: set[str] = set()
_lock = threading.Lock()


def remember(value: str) -> None:
    """Remember a secret so that ``scrub`` hides it wherever it turns up."""
    if value and len(value) >= 6:
        with _lock:
            _known.add(value)


def known() -> frozenset[str]:
    with _lock:
        return frozenset(_known)


_HEADERS = r"(?:proxy-authorization|authorization|cookie|set-cookie|x-api-key)"
_AUTH_HEADER = re.compile(rf"(?i)({_HEADERS})([\"']?\s*[:=]\s*[\"']?)([^\s\"',}}]+(?:\s+[^\s\"',}}]+)?)")
# Headers as httpcore logs them: [(b'Authorization', b'Bearer ...')]
_HEADER_TUPLE = re.compile(rf"(?i)(b?[\"']{_HEADERS}[\"'],\s*b?[\"'])([^\"']+)")
_TOKEN_PARAM = re.compile(r"(?i)\b(access_token|refresh_token|client_secret|code_verifier|password|code|token)=([^&\s\"']+)")
# JSON and dict reprs: "access_token": "...", 'accessJwt': '...'
_SECRET_KEY = re.compile(
    r"(?i)([\"'](?:access_?token|refresh_?token|id_?token|access_?jwt|refresh_?jwt|client_?secret|code_?verifier"
    r"|password|app_?password|token|secret|api_?key|session_?string)[\"']\s*:\s*[\"'])([^\"']+)"
)
_BEARER = re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*")
_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]+:)([^@\s/]+)@")


def scrub(text: str) -> str:
    """Remove every known secret and anything shaped like a credential."""
    for secret in known():
        if secret in text:
            text = text.replace(secret, "[secret]")
    text = _JWT.sub("[secret]", text)
    text = _BEARER.sub(r"\1 [secret]", text)
    text = _HEADER_TUPLE.sub(r"\1[secret]", text)
    text = _AUTH_HEADER.sub(r"\1\2[secret]", text)
    text = _SECRET_KEY.sub(r"\1[secret]", text)
    text = _URL_PASSWORD.sub(r"\1[secret]@", text)
    return _TOKEN_PARAM.sub(r"\1=[secret]", text)


