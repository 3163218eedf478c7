"""9. The command line: a whole process per command, against a bare script.

``python -m desktop_inbox --data-dir D search WORD`` (its page of 50, newest
first), ``conversations --limit 50`` (the inbox's first 50) and ``show ID``
(a conversation of a few messages) run on the big cache as a user runs them:
a new process each, from its start until it has printed and ended. The
baseline is a bare Python script in a process of its own (``python -c``)
that opens the same file with ``sqlite3``, runs the same queries (what the
command reads, no less: the same columns, joins, filters, order and limit,
written out here) and prints the rows. The ratio of a command is its median over the baseline's; the row's is
the worst command's. Each command runs three times ``reps`` (a run is a
few hundred milliseconds; the median of 5 swung by 2x on a loaded machine),
and the details also give each command's CPU time (user + system of the
process) beside the bare script's: on a shared machine it moves far less
with the load than the elapsed time does.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.common import ROOT, Row, median, percentile
from bench.measure_search import bare_sql
from desktop_inbox.store import search
from desktop_inbox.store.conversations import _SUMMARY_COLUMNS, _SUMMARY_FROM

RATIO = 3.0
WORD = "refund"

BARE = """
import json, sqlite3, sys
conn = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
for sql, params in json.loads(sys.argv[2]):
    for row in conn.execute(sql, params):
        print(*row)
"""

_MESSAGES = """
    SELECT m.id, m.remote_id, m.text, m.html, m.created_at, m.direction, m.visibility, m.url, m.attachments,
           i.handle, i.name, o.id, o.state, mb.name
    FROM message m JOIN identity i ON i.id = m.identity_id LEFT JOIN outbox o ON o.message_id = m.id
    LEFT JOIN member mb ON mb.id = o.member_id
    WHERE m.conversation_id = ? ORDER BY m.created_at, m.id
"""
_QUEUED = """
    SELECT o.id, o.text, o.visibility, o.created_at, o.state, o.last_error, o.send_at, mb.name
    FROM outbox o LEFT JOIN member mb ON mb.id = o.member_id
    WHERE o.conversation_id = ? AND o.state IN ('queued', 'sending', 'failed', 'maybe_sent')
    ORDER BY o.created_at, o.id
"""


def _queries(cache_file: Path, conversation_id: int, account_id: int, now_ms: int) -> dict[str, list[tuple[str, list[object]]]]:
    """Each command's queries, as a person would write them on this schema:
    what the command reads, no less. ``conversations`` first brings back
    the snoozes and follow-ups whose time has come (none, after the first
    run: two indexed looks); ``show`` prints the conversation's line, its
    messages (who sent a reply of a team) and the replies still queued."""
    summary = f"SELECT {_SUMMARY_COLUMNS} {_SUMMARY_FROM}"
    return {
        "search": [bare_sql(search.parse(WORD), "service")],
        "conversations": [
            ("SELECT id FROM conversation WHERE state = 'snoozed' AND snoozed_until <= ?", [now_ms]),
            ("SELECT 1 FROM conversation WHERE follow_up_at IS NOT NULL AND follow_up_at <= ? LIMIT 1", [now_ms]),
            (f"{summary} WHERE c.state != 'heard' ORDER BY c.sort_key, c.id LIMIT 50", []),
        ],
        "show": [
            (f"{summary} WHERE c.id = ?", [conversation_id]),
            ("SELECT char_limit, url_length, handle, display_name FROM account WHERE id = ?", [account_id]),
            ("SELECT reply_to FROM conversation WHERE id = ?", [conversation_id]),
            (_MESSAGES, [conversation_id]),
            (_QUEUED, [conversation_id]),
        ],
    }


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(command: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """The process's elapsed milliseconds (its CPU milliseconds appended to ``cpu``)."""
    cpu_before = _cpu()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"{command[3:]} failed ({done.returncode}): {done.stderr.decode(errors='replace')[-500:]}")
    if cpu is not None:
        cpu.append((_cpu() - cpu_before) * 1000)
    return seconds * 1000


def run(cache_file: Path, *, reps: int) -> Row:
    with sqlite3.connect(f"file:{cache_file}?mode=ro", uri=True) as conn:
        conversation_id, account_id = conn.execute(
            "SELECT id, account_id FROM conversation WHERE message_count BETWEEN 5 AND 20 ORDER BY id LIMIT 1"
        ).fetchone()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # (an installed app's second run has its bytecode)
    app = [sys.executable, "-m", "desktop_inbox", "--data-dir", str(cache_file.parent)]
    commands = {
        "search": [*app, "search", WORD],
        "conversations": [*app, "conversations", "--limit", "50"],
        "show": [*app, "show", str(conversation_id)],
    }
    queries = _queries(cache_file, conversation_id, account_id, int(time.time() * 1000))
    ours: dict[str, list[float]] = {name: [] for name in commands}
    bare: dict[str, list[float]] = {name: [] for name in commands}
    ours_cpu: dict[str, list[float]] = {name: [] for name in commands}
    bare_cpu: dict[str, list[float]] = {name: [] for name in commands}
    for name, command in commands.items():  # warm-up: bytecode, the file in the page cache
        _run(command, env)
        _run([sys.executable, "-c", BARE, str(cache_file), json.dumps(queries[name])], env)
    for _ in range(3 * reps):
        for name, command in commands.items():
            ours[name].append(_run(command, env, ours_cpu[name]))
            script = [sys.executable, "-c", BARE, str(cache_file), json.dumps(queries[name])]
            bare[name].append(_run(script, env, bare_cpu[name]))
    ratios = {name: median(ours[name]) / median(bare[name]) for name in commands}
    worst = max(ratios, key=lambda name: ratios[name])
    every = [ms for times in ours.values() for ms in times]
    return Row(
        "9",
        f"command line, whole process: search, conversations, show (ms; worst: {worst})",
        "ms",
        median(ours[worst]),
        percentile(ours[worst], 95),
        median(bare[worst]),
        "bare python sqlite3 script, same query",
        ratios[worst],
        f"ratio <= {RATIO:.0f}",
        ratios[worst] <= RATIO,
        3 * reps,
        {
            name: {
                "median_ms": round(median(ours[name]), 1),
                "max_ms": round(max(ours[name]), 1),
                "bare_median_ms": round(median(bare[name]), 1),
                "ratio": round(ratios[name], 2),
                "cpu_median_ms": round(median(ours_cpu[name]), 1),
                "bare_cpu_median_ms": round(median(bare_cpu[name]), 1),
                "cpu_ratio": round(median(ours_cpu[name]) / median(bare_cpu[name]), 2),
            }
            for name in commands
        },
        max=max(every),
    )
