"""Checks requests and responses against an OpenAPI description of X's API.

X publishes its v2 API as OpenAPI 3.0 (``/2/openapi.json``); the project keeps
a copy of version 2.166 in ``shared/specs/x/`` beside the repository (its
licence does not allow republishing it here). Where that file is missing — a
fresh CI machine has only the repository — ``x_api_subset.yaml`` is used: our
own description of exactly the endpoints, parameters and objects the
connector uses (``tests/x/test_x_spec_subset.py`` proves it faithful to X's
file wherever that file is present). ``openapi-core`` (a test dependency)
does the checking; the local X server uses it on every exchange.
"""

from __future__ import annotations

import json
import os
import threading
import warnings
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

SPEC_NAME = "x-api-v2-openapi-2.166.json"
# X's next description, which renames the field vocabulary (tweet -> post):
# answers shaped that way must still be read (tests/x/test_x_spellings.py).
NEXT_SPEC_NAME = "x-api-v2-openapi-2.167.json"
OFFICIAL_PREFIX = "x-api-v2-openapi-"
SUBSET = Path(__file__).with_name("x_api_subset.yaml")
SERVER = "https://api.x.com"
ENV = "DESKTOP_INBOX_X_SPEC"


def official_spec(name: str = SPEC_NAME) -> Path | None:
    """X's own file, if this machine has it (``shared/specs/x/`` beside the repository)."""
    repo = Path(__file__).resolve().parents[2]
    for path in (repo.parent / "shared" / "specs" / "x" / name, repo / "shared" / "specs" / "x" / name):
        if path.is_file():
            return path
    return None


def find_spec() -> Path:
    """``$DESKTOP_INBOX_X_SPEC`` (a path, or ``subset``), else X's official
    file when present, else our own description of the part we use."""
    env = os.environ.get(ENV)
    if env == "subset":
        return SUBSET
    if env:
        path = Path(env)
        if not path.is_file():
            raise FileNotFoundError(f"{ENV} names {env}, which is not a file (use a path, or 'subset')")
        return path
    return official_spec() or SUBSET


class SpecValidator:
    """Thread-safe wrapper: ``request(...)``/``response(...)`` return the problems found."""

    def __init__(self, path: Path | None = None) -> None:
        self.api = _load(str(path or find_spec()))
        self._lock = threading.Lock()

    def covers(self, path: str) -> bool:
        # Media files are served from X's media hosts, not the API; and
        # openapi-core cannot read a multipart body with a binary part (it
        # fails with a bare AssertionError), so the upload is checked by the
        # server's handler only (tests/servers/x_media.py).
        return path not in ("/2/oauth2/token", "/i/oauth2/authorize", "/2/media/upload") and not path.startswith("/media/")

    def _request(
        self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str], body: bytes
    ) -> Any:
        from openapi_core.testing import MockRequest

        return MockRequest(
            SERVER,
            method.lower(),
            path,
            args={k: v[0] for k, v in query.items() if v},
            headers=headers,
            data=body or None,
            content_type=headers.get("content-type", "application/json").split(";")[0],
        )

    def request(
        self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str], body: bytes
    ) -> list[str]:
        try:
            with self._lock, warnings.catch_warnings():
                # openapi-core cannot check the OAuth2 scheme; the Bearer one still applies.
                warnings.filterwarnings("ignore", "Unsupported scheme type", UserWarning)
                self.api.validate_request(self._request(method, path, query, headers, body))
        except Exception as exc:  # openapi-core raises a family of errors
            return [f"request {method} {path}: {_explain(exc)}"]
        return []

    def response(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: bytes,
        status: int,
        payload: Any,
        content_type: str,
    ) -> list[str]:
        from openapi_core.testing import MockResponse

        response = MockResponse(
            json.dumps(payload).encode(), status_code=status, content_type=content_type.split(";")[0]
        )
        try:
            with self._lock, warnings.catch_warnings():
                warnings.filterwarnings("ignore", "Unsupported scheme type", UserWarning)
                self.api.validate_response(self._request(method, path, query, headers, body), response)
        except Exception as exc:
            return [f"response {status} to {method} {path}: {_explain(exc)}"]
        return []


def read_spec(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        import yaml

        loaded: dict[str, Any] = yaml.safe_load(text)
        return loaded
    parsed: dict[str, Any] = json.loads(text)
    return parsed


@cache
def _load(path: str) -> Any:
    from jsonschema_path import SchemaPath
    from openapi_core import Config, OpenAPI

    spec = read_spec(Path(path))
    problems: dict[str, Callable[[bytes], Any]] = {"application/problem+json": json.loads}
    if Path(path).name.startswith(OFFICIAL_PREFIX):
        # X's own 0.8 MB files take long to check themselves; our small one is checked.
        config = Config(spec_validator_cls=None, extra_media_type_deserializers=problems)
    else:
        config = Config(extra_media_type_deserializers=problems)
    return OpenAPI(SchemaPath.from_dict(spec), config=config)


def _explain(exc: BaseException) -> str:
    parts = [f"{type(exc).__name__}: {exc}"]
    cause = exc.__cause__ or exc.__context__
    depth = 0
    while cause is not None and depth < 3:
        parts.append(f"{type(cause).__name__}: {cause}")
        for sub in getattr(cause, "schema_errors", ()) or ():
            parts.append(f"  - {getattr(sub, 'message', sub)}")
        cause = cause.__cause__ or cause.__context__
        depth += 1
    return " <- ".join(parts)[:2000]
