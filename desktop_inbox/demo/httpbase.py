"""A small threaded JSON HTTP server with routes and fault injection."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger("desktop_inbox.demo")


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    match: re.Match[str] | None = None

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def args(self, name: str) -> list[str]:
        return self.query.get(name, []) + self.query.get(f"{name}[]", [])

    def json(self) -> Any:
        if not self.body:
            return {}
        content_type = self.headers.get("content-type", "")
        if "application/x-www-form-urlencoded" in content_type:
            return {k: (v[0] if len(v) == 1 else v) for k, v in parse_qs(self.body.decode()).items()}
        return json.loads(self.body)

    @property
    def bearer(self) -> str | None:
        auth = self.headers.get("authorization", "")
        return auth[7:].strip() if auth.lower().startswith("bearer ") else None


@dataclass
class Response:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    content_type: str = "application/json; charset=utf-8"


@dataclass
class Fault:
    """Make the next ``count`` matching requests misbehave.

    kinds: ``status`` (answer ``status`` with an error body), ``slow`` (wait
    ``delay`` seconds, then answer normally), ``lost`` (do the work, then
    drop the connection without answering), ``drop`` (drop before doing
    anything), ``stall`` (wait ``delay`` seconds, then drop without doing
    anything: a client killed meanwhile never reached the server), ``malformed`` (do the work, answer with broken JSON),
    ``mutate`` (do the work, answer with ``transform(body)``: hostile records
    inside an otherwise good page).
    """

    kind: str
    method: str = "*"
    path: str = ".*"
    count: int = 1
    status: int = 500
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    transform: Callable[[Any], Any] | None = None
    # ``status``: the body to answer with, made from the request (else the
    # platform's usual error body).
    reply: Callable[[Request], Any] | None = None
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        return (self.method in ("*", method)) and re.fullmatch(self.path, path) is not None


Handler = Callable[[Request], Response]


class JsonServer:
    """Routes requests to handlers; one lock keeps the state consistent."""

    name = "demo-server"

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self.lock = threading.RLock()
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self.faults: list[Fault] = []
        self.requests: list[tuple[str, str]] = []  # (method, path) log for assertions
        self.queries: list[tuple[str, str, dict[str, list[str]]]] = []  # with the query, too
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> Self:
        server = self

        class _Handler(_RequestHandler):
            owner: JsonServer = server

        httpd = _Server((self.host, self.port), _Handler)
        self.port = httpd.server_address[1]
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, name=f"{self.name}:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop answering (the state is kept; ``start`` again on the same port)."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd.drop_connections()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def __enter__(self) -> JsonServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- routing and faults --------------------------------------------------

    def route(self, method: str, pattern: str, handler: Handler) -> None:
        self.routes.append((method, re.compile(pattern), handler))

    def inject(self, kind: str, **kwargs: Any) -> Fault:
        fault = Fault(kind=kind, **kwargs)
        with self.lock:
            self.faults.append(fault)
        return fault

    def hits(self, path_end: str) -> int:
        """How many requests so far went to a path ending in ``path_end``."""
        with self.lock:
            return sum(1 for _, path in self.requests if path.endswith(path_end))

    def clear_faults(self) -> None:
        with self.lock:
            self.faults.clear()

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.count > 0 and fault.matches(method, path):
                    fault.count -= 1
                    fault.hits += 1
                    return fault
        return None

    def dispatch(self, request: Request) -> Response:
        for method, pattern, handler in self.routes:
            if method != request.method:
                continue
            match = pattern.fullmatch(request.path)
            if match:
                request.match = match
                with self.lock:
                    return handler(request)
        return Response(404, {"error": "Record not found"})

    def error_body(self, status: int) -> Any:
        return {"error": HTTPStatus(status).phrase}

    def decorate(self, request: Request, response: Response) -> None:
        """Add per-platform headers (rate limits) to every response."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Cut open keep-alive connections too, as a real outage would."""
        with self.connections_lock:
            open_now = list(self.connections)
        for conn in open_now:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up (the app quitting with a keep-alive connection
        # open, a dropped connection) is normal, not a traceback on stderr.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    owner: JsonServer
    protocol_version = "HTTP/1.1"
    # Status line, headers and body leave in one write (flushed after each
    # request), with Nagle off: written piecemeal, a keep-alive client's
    # delayed ACK held every answer back by 40 ms or more (a client paging
    # through 10,000 mentions spent most of its time waiting on that).
    wbufsize = -1
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.owner.name, format % args)

    def _handle(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(
            method=self.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        with self.owner.lock:
            self.owner.requests.append((request.method, request.path))
            self.owner.queries.append((request.method, request.path, request.query))
        fault = self.owner._take_fault(request.method, request.path)
        if fault is not None and fault.kind == "stall":
            time.sleep(fault.delay)
        if fault is not None and fault.kind in ("drop", "stall"):
            self.close_connection = True
            return
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.delay)
        if fault is not None and fault.kind == "status":
            body = fault.reply(request) if fault.reply is not None else self.owner.error_body(fault.status)
            response = Response(fault.status, body, headers=dict(fault.headers))
        else:
            try:
                response = self.owner.dispatch(request)
            except Exception:  # a bug in the test server: say so loudly
                log.exception("server handler failed")
                response = Response(500, {"error": "server bug"})
        if fault is not None and fault.kind == "lost":
            self.close_connection = True
            return
        self.owner.decorate(request, response)
        if fault is not None:
            response.headers.update(fault.headers)
        if fault is not None and fault.kind == "malformed":
            response.raw = b'{"this is": not json'
        if fault is not None and fault.kind == "mutate" and fault.transform is not None:
            transformed = fault.transform(response.body)
            if isinstance(transformed, bytes):
                response.raw = transformed
            else:
                response.body = transformed
        payload = response.raw if response.raw is not None else json.dumps(response.body).encode()
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(payload)))
        for key, value in response.headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle
