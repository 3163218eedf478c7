"""Logging with one rule above all: no secret ever reaches a log line."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

from desktop_inbox.secrets import known_secrets

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
    for secret in known_secrets():
        if secret in text:
            text = text.replace(secret, "[secret]")
    text = _JWT.sub("[secret]", text)
    text = _BEARER.sub(r"\1 [secret]", text)
    text = _HEADER_TUPLE.sub(r"\1[secret]", text)
    text = _AUTH_HEADER.sub(r"\1\2[secret]", text)
    text = _SECRET_KEY.sub(r"\1[secret]", text)
    text = _URL_PASSWORD.sub(r"\1[secret]@", text)
    return _TOKEN_PARAM.sub(r"\1=[secret]", text)


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = scrub(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, scrubbed, so the handler does not.
            formatter = logging.Formatter()
            record.exc_text = scrub(formatter.formatException(record.exc_info))
            record.exc_info = None
        if clean != message or record.args:
            record.msg = clean
            record.args = None
        return True


def log_file(data_dir: Path) -> Path:
    return Path(data_dir) / "logs" / "desktop-inbox.log"


def setup(*, data_dir: Path | None, verbose: bool = False, stderr: bool = True) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_desktop_inbox", False):
            root.removeHandler(handler)
            handler.close()  # (the log file of an earlier setup; stderr stays open)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if stderr:
        h: logging.Handler = logging.StreamHandler(sys.stderr)
        h.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(h)
    if data_dir is not None:
        path = log_file(data_dir)
        log_dir = path.parent
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        fh = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        fh.setLevel(logging.DEBUG if verbose else logging.INFO)
        handlers.append(fh)
        try:
            path.chmod(0o600)
        except OSError:
            pass
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.addFilter(ScrubFilter())
        handler._desktop_inbox = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    # httpx logs every request URL at INFO; keep it at WARNING.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # qasync logs each executor call with its arguments at DEBUG — including
    # the credentials handed to Secrets.save, before the scrubber knows them.
    logging.getLogger("qasync").setLevel(logging.INFO)
