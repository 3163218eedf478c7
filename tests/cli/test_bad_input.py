"""Bad input on the command line: one line on stderr, never a traceback, and
nothing in the cache changed by a command that failed.

A property test (hypothesis) generates argument vectors for every command —
ids of any size and sign, floats with nan/inf/1e300, dates in odd forms,
paths that are files, folders, missing or unusable — and checks each run.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_inbox import cli
from desktop_inbox.app import wants_command_line
from tests.helpers.mastodon import make_world

TABLES = ("account", "identity", "contact", "conversation", "message", "outbox", "note", "tag", "snippet")


def fingerprint(data_dir: Path) -> tuple[str, tuple[int, ...]]:
    db = sqlite3.connect(f"file:{data_dir / 'cache.sqlite3'}?mode=ro", uri=True)
    try:
        sound = db.execute("PRAGMA integrity_check").fetchone()[0]
        have = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES if t in have)
        return sound, counts
    finally:
        db.close()


def run(argv: list[str], data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        code = cli.run([*argv, "--data-dir", str(data_dir)], out=out, err=err)
    except SystemExit as exc:  # --help, --version
        code = exc.code if isinstance(exc.code, int) else 0
    finally:
        sys.stdin = stdin
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder with a real synced cache (its server then gone)."""
    data = tmp_path_factory.mktemp("template") / "data"
    world = make_world()
    try:
        world.server.post(world.anna, "@shop my sandals broke, order #5521")
        world.server.post(world.bob, "@shop 请联系客户服务部门", visibility="direct")
        assert run(["accounts", "add", "mastodon", "--instance", world.url, "--token-stdin"], data)[0] != 0  # no stdin
        sys.stdin, saved = io.StringIO(world.token + "\n"), sys.stdin
        try:
            assert cli.run(["accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", "--data-dir", str(data)]) == 0
        finally:
            sys.stdin = saved
        assert run(["sync", "--once"], data)[0] == 0
        assert run(["snippets", "add", "thanks", "--text", "Thanks {first_name}!"], data)[0] == 0
    finally:
        world.server.stop()
    return data


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("places")
    (base / "afile").write_text("mine\n")
    (base / "afolder").mkdir()
    os.mkfifo(base / "apipe")  # a special file (never /dev/null: a regression would replace it)
    return {
        "file": str(base / "afile"),
        "folder": str(base / "afolder"),
        "new": str(base / "afolder" / "new.out"),
        "missing": str(base / "missing" / "x.out"),
        "file-as-folder": str(base / "afile" / "x.out"),
        "proc": "/proc/desktop-inbox-x",
        "pipe": str(base / "apipe"),
        "empty": "",
    }


ids = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.sampled_from(["0", "1", "2", "-1", "1e5", "0x10", " 7 ", "٣", "9" * 30, "1.5", "", "nan"]),
)
floats = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1e300", "-1e300", "nan", "inf", "-inf", "0", "-0", "1", "0.001", "", "abc", "1_000"]),
)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-30", "2024/01/31", "31.01.2024", "yesterday", "", "2024-01-31T25:00"]),
    st.text(max_size=12),
)
words = st.text(max_size=40)


def paths(places: dict[str, str], data: Path) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [*places.values(), str(data / "cache.sqlite3"), str(data / "cache.sqlite3-wal"), str(data), str(data / "logs")]
    )


def argvs(places: dict[str, str], data: Path) -> st.SearchStrategy[list[str]]:
    p = paths(places, data)
    instances = st.sampled_from(
        ["javascript:alert(1)", "", "http://[::1", "ftp://127.0.0.1", "http://127.0.0.1:9", "mastodon.social:notaport",
         "https://user:pw@127.0.0.1:9", "http://example.com"]  # (refused before any network: plain http elsewhere)
    )
    return st.one_of(
        st.tuples(st.just("show"), ids, st.sampled_from([[], ["--json"]])).map(lambda t: [t[0], t[1], *t[2]]),
        st.tuples(st.just("done"), ids).map(list),
        st.tuples(ids, words, st.sampled_from([[], ["--direct"]])).map(lambda t: ["reply", t[0], "--text", t[1], *t[2]]),
        st.tuples(ids, words).map(lambda t: ["reply", t[0], "--snippet", t[1]]),
        st.tuples(st.sampled_from(["retry", "cancel"]), ids).map(lambda t: ["outbox", *t]),
        st.tuples(ids).map(lambda t: ["accounts", "remove", t[0]]),
        st.tuples(instances).map(lambda t: ["accounts", "add", "mastodon", "--instance", t[0], "--token-stdin"]),
        st.tuples(st.sampled_from(["show", "unmerge"]), ids).map(lambda t: ["contacts", *t]),
        st.tuples(ids, ids).map(lambda t: ["contacts", "merge", *t]),
        st.tuples(ids, floats).map(lambda t: ["snooze", t[0], "--hours", t[1]]),
        st.tuples(ids, dates).map(lambda t: ["snooze", t[0], "--until", t[1]]),
        st.tuples(ids, ids).map(lambda t: ["stats", "--days", t[0], "--target", t[1]]),
        st.tuples(words, ids, st.sampled_from(["newest", "best", "worst"])).map(
            lambda t: ["search", t[0], "--limit", t[1], "--order", t[2]]
        ),
        st.tuples(ids).map(lambda t: ["conversations", "--limit", t[0]]),
        st.tuples(dates, st.sampled_from([[], ["--yes"]]), ids).map(
            lambda t: ["forget", "--older-than", t[0], *t[1], "--account", t[2]]
        ),
        st.tuples(ids).map(lambda t: ["searches", "remove", t[0]]),
        st.tuples(ids).map(lambda t: ["snippets", "remove", t[0]]),
        st.tuples(words, words).map(lambda t: ["searches", "add", *t]),
        st.tuples(
            st.sampled_from(["--contact", "--conversation", "--query"]), ids, st.sampled_from(["html", "json", "csv", "doc"]), p,
            st.sampled_from([[], ["--force"]]),
        ).map(lambda t: ["export", t[0], t[1], "--format", t[2], "--output", t[3], *t[4]]),
        st.tuples(p, st.sampled_from([[], ["--force"]])).map(lambda t: ["backup", "--output", t[0], *t[1]]),
        st.tuples(p).map(lambda t: ["restore", t[0]]),
        st.tuples(floats).map(lambda t: ["sync", "--once", "--interval", t[0]]),
        st.sampled_from([["storage"], ["storage", "--json"], ["outbox", "--json"], ["contacts", "suggestions"], ["accounts", "list"]]),
        # Words that are no command at all (never a real command: no endless sync, no browser sign-in).
        st.lists(words, min_size=1, max_size=3).filter(lambda a: a[0].strip() not in cli_commands()),
    )


def cli_commands() -> set[str]:
    from desktop_inbox.cli.parser import build_parser

    parser = build_parser()
    return set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_every_command_fails_in_one_line_and_changes_nothing(data, template: Path, places: dict[str, str], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    work = tmp_path / "work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work)
    before = fingerprint(work)
    argv = data.draw(argvs(places, work))
    code, out, err = run(argv, work)
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in out + err and "internal error" not in err, (argv, err)
    if code != 0:
        assert len(err.strip().splitlines()) <= 1, (argv, err)
        assert fingerprint(work) == before, argv
    else:
        assert fingerprint(work)[0] == "ok", argv


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["show", "9" * 30], "an ID is a whole number"),
        (["snooze", "1", "--hours", "1e300"], "--hours is a number"),
        (["snooze", "1", "--hours", "nan"], "--hours is a number"),
        (["stats", "--days", "-5"], "--days is a whole number"),
        (["stats", "--days", "9" * 30], "--days is a whole number"),
        (["accounts", "add", "mastodon", "--instance", "javascript:alert(1)", "--token-stdin"], "https://"),
        (["listen"], "invalid choice: 'listen'"),
        # (a platform is named as typed, not as the enum's repr)
        (["accounts", "add", "nope"], "invalid choice: 'nope' (choose from 'mastodon', 'x', 'bluesky', 'email'"),
    ],
)
def test_named_bad_inputs(argv: list[str], words: str, template: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(template, work)
    code, _out, err = run(argv, work)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("kind", ["file", "proc", "file-as-folder"])
def test_a_data_folder_that_cannot_be_one(kind: str, places: dict[str, str]) -> None:
    where = {"file": places["file"], "proc": "/proc/desktop-inbox-x", "file-as-folder": places["file"] + "/sub"}[kind]
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["conversations", "--data-dir", where], out=out, err=err)
    assert code == 2 and "data folder" in err.getvalue() and len(err.getvalue().strip().splitlines()) == 1


def test_a_cache_path_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "data" / "cache.sqlite3").mkdir(parents=True)
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["conversations", "--data-dir", str(tmp_path / "data")], out=out, err=err)
    assert code == 1 and "is a folder" in err.getvalue() and len(err.getvalue().strip().splitlines()) == 1


def test_an_unknown_word_is_a_command_not_the_window() -> None:
    assert wants_command_line(["listen"]) and wants_command_line(["--data-dir", "/x", "listen"])
    assert not wants_command_line(["--data-dir", "/x", "--demo"]) and not wants_command_line([])
