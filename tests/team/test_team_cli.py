"""``team create/status/leave``: a local cache moved into an empty team
database on the tests' own PostgreSQL, verified, and the data folder then
reading from it; and every way it can go wrong says so in one line (exit 2)
and loses nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from bench.make_cache import build
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import team
from tests.helpers.postgres import PASSWORD, PgServer

MESSAGES = 1500


@pytest.fixture
def empty_db(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.new_database()
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def local(data_dir: Path) -> Path:
    build(data_dir, messages=MESSAGES, seed=3)
    return data_dir


def rows(pg_server: PgServer, name: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(**pg_server.params(name)) as conn:
        return conn.execute(sql).fetchall()


def tables(pg_server: PgServer, name: str) -> int:
    return int(rows(pg_server, name, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")[0][0])


def test_create_moves_the_cache_and_the_folder_then_reads_the_team_database(
    cli, local: Path, pg_server: PgServer, empty_db: str
) -> None:
    before = json.loads(cli("conversations", "--json", "--limit", "500").out)
    found_before = json.loads(cli("search", "refund", "--json").out)
    url = pg_server.url(empty_db)
    made = cli("team", "create", url, "--name", "Anna", "--password-stdin", stdin=PASSWORD + "\n")
    assert made.code == 0, made.err
    assert "counts verified" in made.out
    # The password is in the keyring, not in the data folder.
    settings = (local / team.TEAM_FILE).read_text()
    assert PASSWORD not in settings and json.loads(settings)["url"] == url
    assert Secrets().load(team.secret_ref(url)) == {"password": PASSWORD}
    assert (local / team.TEAM_FILE).stat().st_mode & 0o077 == 0
    # Every message is on the server, and the command line now reads it there.
    assert rows(pg_server, empty_db, "SELECT count(*) FROM message")[0][0] >= MESSAGES
    assert json.loads(cli("conversations", "--json", "--limit", "500").out) == before
    assert json.loads(cli("search", "refund", "--json").out) == found_before
    status = json.loads(cli("team", "status", "--json").out)
    assert status["mode"] == "team" and status["url"] == url
    assert status["messages"] == rows(pg_server, empty_db, "SELECT count(*) FROM message")[0][0]
    # The app's connections find a server gone silent (keepalives, a user timeout), as libpq took them.
    params = team.connection_params(local, Secrets())
    assert params is not None
    with psycopg.connect(**params) as conn:
        used = conn.info.get_parameters()
    assert (used["keepalives_idle"], used["tcp_user_timeout"]) == ("10", "20000")
    # A change made now is made on the server.
    conversation_id = before[0]["id"]
    assert cli("done", str(conversation_id)).code == 0
    assert rows(pg_server, empty_db, f"SELECT state FROM conversation WHERE id = {conversation_id}") == [("done",)]
    # A backup is the server's business (pg_dump), not a copy of a local file.
    backup = cli("backup", "--output", str(local.parent / "b.sqlite3"))
    assert backup.code == 2 and "pg_dump" in backup.err and not (local.parent / "b.sqlite3").exists()
    # Leaving: the folder reads its own cache again, as it was.
    left = cli("team", "leave")
    assert left.code == 0, left.err
    assert not (local / team.TEAM_FILE).exists()
    assert Secrets().load(team.secret_ref(url)) is None
    assert json.loads(cli("conversations", "--json", "--limit", "500").out) == before
    assert json.loads(cli("team", "status", "--json").out)["mode"] == "local"


def test_a_database_that_is_not_empty_is_refused(cli, local: Path, pg_server: PgServer, empty_db: str) -> None:
    pg_server.admin(f"ALTER DATABASE {empty_db} OWNER TO CURRENT_USER")
    with psycopg.connect(**pg_server.params(empty_db), autocommit=True) as conn:
        conn.execute("CREATE TABLE payroll (id int)")
    result = cli("team", "create", pg_server.url(empty_db), "--name", "Anna", "--password-stdin", stdin=PASSWORD + "\n")
    assert result.code == 2
    assert "not empty" in result.err and result.err.count("\n") == 1
    assert tables(pg_server, empty_db) == 1
    assert not (local / team.TEAM_FILE).exists()


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://shop@localhost/inbox", "postgresql:// URL"),
        ("postgresql://shop@db.example.com/inbox", "sslmode=verify-full"),
        ("postgresql://shop@db.example.com/inbox?sslmode=require", "sslmode=verify-full"),
        ("postgresql://shop@localhost:notaport/inbox", "cannot be read"),
        ("postgresql://shop@localhost", "names no database"),
        # A password in a URL that cannot be used is never said back.
        ("mysql://shop:Sh0p-s3cret@localhost/inbox", "postgresql:// URL"),
        ("postgresql://shop:Sh0p-s3cret%zz@localhost/inbox", "cannot be read"),
    ],
)
def test_a_bad_url_says_what_is_wrong(cli, data_dir: Path, url: str, says: str) -> None:
    result = cli("team", "create", url, "--name", "Anna")
    assert result.code == 2, result.err
    assert says in result.err and result.err.count("\n") == 1
    assert "s3cret" not in result.err + result.out
    assert not (data_dir / team.TEAM_FILE).exists()


def test_unreachable_server_and_wrong_password_lose_nothing(cli, local: Path, pg_server: PgServer, empty_db: str) -> None:
    closed = "postgresql://shop@127.0.0.1:1/inbox"
    result = cli("team", "create", closed, "--name", "Anna", "--password-stdin", stdin="x\n")
    assert result.code == 2 and "Could not open the team database at 127.0.0.1:1/inbox" in result.err
    assert result.err.count("\n") == 1
    wrong = cli("team", "create", pg_server.url(empty_db), "--name", "Anna", "--password-stdin", stdin="not-the-password\n")
    assert wrong.code == 2 and "password authentication failed" in wrong.err, wrong.err
    assert wrong.err.count("\n") == 1 and "not-the-password" not in wrong.err
    assert tables(pg_server, empty_db) == 0
    assert not (local / team.TEAM_FILE).exists()
    assert Secrets().load(team.secret_ref(pg_server.url(empty_db))) is None
    assert cli("team", "status").out.startswith("Not in a team")


def test_a_failed_copy_leaves_the_team_database_empty(
    local: Path, pg_server: PgServer, empty_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The schema and every row go in one transaction: a copy that fails half
    way (here: the search index) leaves nothing behind."""
    from desktop_inbox.store.pg import team as store_team

    def broken(source: object) -> Iterator[tuple[int, str, str]]:
        yield (1, "x", "y")
        raise OSError("disk gone")

    monkeypatch.setattr(store_team, "index_rows", broken)
    with pytest.raises(OSError, match="disk gone"):
        team.create(local, Secrets(), pg_server.url(empty_db, with_password=True), name="Anna")
    assert tables(pg_server, empty_db) == 0
    assert not (local / team.TEAM_FILE).exists()
