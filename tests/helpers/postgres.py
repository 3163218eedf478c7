"""A private PostgreSQL cluster for the tests: ``initdb`` in a temporary
folder, a free port on 127.0.0.1, password authentication (scram) over TCP;
stopped and removed after.

``initdb`` refuses to run as root (CI runs as root on a fresh machine): then
the cluster is made and run by the ``postgres`` user that Debian's package
creates (``runuser``), in a folder that user owns.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _bin() -> Path:
    """Debian's newest server (Debian 12 has 15, Ubuntu 24.04 has 16)."""
    if "DESKTOP_INBOX_PG_BIN" in os.environ:
        return Path(os.environ["DESKTOP_INBOX_PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if not found:
        raise RuntimeError("no PostgreSQL server: packaging/install-deps.sh --test installs it")
    return found[-1].parent


BIN = _bin()
SUPERUSER = "inbox_admin"
PASSWORD = "test-only-password"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    folder: Path
    port: int
    run_as: str | None
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def stop(self) -> None:
        """Stop the server at once (as if it crashed or its machine went away).

        What was committed is on disk first: a real server (synchronous
        commits) keeps it through a crash; this test cluster commits
        asynchronously for speed, and an immediate stop would lose the last
        commits still in its WAL buffers (a team made a moment before)."""
        with contextlib.suppress(Exception):
            self.admin("CHECKPOINT")
        subprocess.run(_command([str(BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"], self.run_as),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> None:
        started = subprocess.run(
            _command([str(BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-o", _options(self.folder, self.port), "-l",
                      str(self.folder / "log"), "-w", "start"], self.run_as),
            check=False, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        if started.returncode != 0:
            log = (self.folder / "log").read_text(errors="replace")[-2000:] if (self.folder / "log").exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {started.stdout.strip()}\n{log}")

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def params(self, dbname: str = "postgres", **extra: Any) -> dict[str, Any]:
        return {"dbname": dbname, "host": self.host, "port": self.port, "user": SUPERUSER, "password": PASSWORD, **extra}

    def url(self, dbname: str, *, with_password: bool = False) -> str:
        secret = f":{PASSWORD}" if with_password else ""
        return f"postgresql://{SUPERUSER}{secret}@localhost:{self.port}/{dbname}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(**self.params(), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, template: str | None = None) -> str:
        name = f"inbox_test_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _options(folder: Path, port: int) -> str:
    return (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} -c fsync=off "
        "-c full_page_writes=off -c synchronous_commit=off"
    )


def _command(args: list[str], run_as: str | None) -> list[str]:
    return ["runuser", "-u", run_as, "--", *args] if run_as else args


@contextlib.contextmanager
def running_cluster() -> Iterator[PgServer]:
    run_as = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="inbox-pg-"))
    data = folder / "data"
    pwfile = folder / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if run_as:
        user = pwd.getpwnam(run_as)
        os.chown(folder, user.pw_uid, user.pw_gid)
        os.chown(pwfile, user.pw_uid, user.pw_gid)
    port = _free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    subprocess.run(
        _command(
            [str(BIN / "initdb"), "-D", str(data), "-U", SUPERUSER, f"--pwfile={pwfile}", "--auth=scram-sha-256",
             "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
            run_as,
        ),
        **quiet,
    )
    server = PgServer(folder, port, run_as)
    server.start()
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                server.admin("SELECT 1")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield server
    finally:
        subprocess.run(_command([str(BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], run_as), check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)
