"""Benchmarks at a million messages: ``python bench/run.py [--messages N] [--quick]``.

Runs every measurement of issues 6 and 21 on a cache of N messages (default
1,000,000; ``--quick``: 10,000 and fewer repetitions, for CI, where the point
is that the suite keeps working, not the figures), prints one table row per
measurement (median, p95 and max where they apply, the baseline measured in this run,
the ratio, the target and whether it holds) and writes ``bench/results.json``.
Benchmarks print figures: the exit status is 0 whether or not targets hold
(``--strict`` makes a missed target exit 1).

The cache comes from ``bench/make_cache.py`` (built once per N and seed, then
reused); the app measurements run on a copy of it, since the app writes.
Rows 11 and 12 (``bench/measure_pg.py``) run on a private PostgreSQL cluster,
on a team database made of the cache of min(N, ``--pg-messages``) messages.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, Row, copy_on_disk, say


def machine() -> dict[str, object]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    memory = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = -1.0
    import sqlite3

    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(memory / 2**30, 1),
        "load_at_start": round(load, 2),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "system": platform.platform(),
    }


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    if unit in ("msg/s", "B") or abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(rows: list[Row]) -> str:
    head = ("#", "measurement", "median", "p95", "max", "baseline", "ratio", "target", "holds")
    body = [
        (
            r.number,
            r.name,
            fmt(r.median, r.unit),
            fmt(r.p95, r.unit),
            fmt(r.max, r.unit),
            fmt(r.baseline, r.unit) + (f" ({r.baseline_name})" if r.baseline_name else ""),
            fmt(r.ratio),
            r.target,
            "yes" if r.holds else "NO",
        )
        for r in rows
    ]
    widths = [max(len(str(x)) for x in column) for column in zip(head, *body, strict=True)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    return "\n".join([line(head), line(["-" * w for w in widths]), *map(line, body)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Desktop Inbox benchmarks (issue 6).")
    parser.add_argument("--messages", type=int, default=None, help="cache size (default 1,000,000; --quick: 10,000)")
    parser.add_argument("--quick", action="store_true", help="small and fast, for CI")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", default="", help="comma-separated measurement numbers, e.g. 2,8")
    parser.add_argument("--pg-messages", type=int, default=100_000, help="team database size for 11, 12 (at most --messages)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args(argv)
    messages = args.messages or (10_000 if args.quick else 1_000_000)
    quick = args.quick
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    wanted = lambda n: not only or n in only  # noqa: E731
    reps = 2 if quick else 5
    started = time.perf_counter()
    # The machine as the run found it: the load is read before anything runs.
    info = machine()

    # A real Secret Service keyring for the account the sync measurements add
    # (before anything imports keyring), as the tests have.
    from tests.helpers.keyring_session import KeyringSession

    keyring = KeyringSession()
    os.environ.update(keyring.env)

    from bench import (
        measure_app,
        measure_cli,
        measure_disk,
        measure_ingest,
        measure_pg,
        measure_search,
        measure_sync,
        measure_team,
    )
    from bench.make_cache import ensure_cache

    work = Path(tempfile.mkdtemp(prefix="desktop-inbox-bench-"))
    log = work / "app.log"
    rows: list[Row] = []
    timings: dict[str, float] = {}

    def step(name: str) -> None:
        timings[name] = round(time.perf_counter() - started, 1)
        say(f"{name} done at {timings[name]:.0f}s")

    try:
        say(f"{messages:,} messages{' (quick)' if quick else ''}; work files in {work}")
        cache_file = ensure_cache(messages, args.seed)
        step("cache")
        if wanted("8"):
            rows.append(measure_disk.run(cache_file))
        if wanted("2"):
            rows.append(measure_search.run(cache_file, reps=reps))
            step("search")
        if wanted("9"):
            rows.append(measure_cli.run(cache_file, reps=reps))
            step("command line")
        if wanted("1"):
            rows.append(measure_ingest.run(work / "ingest", cache_file, messages=2_000 if quick else 50_000, reps=reps))
            step("ingest")
        if wanted("7"):
            rows.append(measure_sync.run_sync(cache_file, work / "sync", mentions=1_000 if quick else 10_000, reps=reps if quick else 3))
            step("sync")
        copy = work / "app-cache" / cache_file.name
        if wanted("3") or wanted("4") or wanted("6") or wanted("5"):
            copy.parent.mkdir(parents=True)
            copy_on_disk(cache_file, copy)
        if wanted("3") or wanted("4") or wanted("6"):
            memory_copy = None
            if wanted("6"):
                # Row 6 scrolls a cache of its own: the same messages spread over
                # 3/10 as many conversations (300,000 in a million), the list's
                # worst case; every other row keeps the shared corpus.
                spread = ensure_cache(messages, args.seed, conversations=messages * 3 // 10)
                step("cache for 6")
                memory_copy = work / "app-memory" / spread.name
                memory_copy.parent.mkdir(parents=True)
                copy_on_disk(spread, memory_copy)
            rows.extend(
                measure_app.run(copy, work / "app", dict(os.environ), reps=reps, log=log, memory_cache=memory_copy,
                                memory=wanted("6"))
            )
            step("app")
        if wanted("5"):
            rows.extend(
                measure_sync.run_stalls(
                    copy, work / "stalls", dict(os.environ), mentions=2_000 if quick else 100_000, reps=1, log=log
                )
            )
            step("stalls")
        if wanted("10"):
            # (A private PostgreSQL cluster: a few seconds to start, so --quick runs it too, with fewer changes.)
            rows.append(measure_team.run(changes=5 if quick else 25))
            step("team live")
        if wanted("11") or wanted("12"):
            # A private PostgreSQL cluster (a few seconds to start): --quick runs it too, small.
            pg = measure_pg.run(messages=min(messages, args.pg_messages), ingest=500 if quick else 10_000, reps=reps, seed=args.seed)
            rows.extend(r for r in pg if wanted(r.number))
            step("postgresql")
    finally:
        keyring.close()
        if log.exists():  # the app's own log, for a look when something is off
            (ROOT / "bench" / "cache").mkdir(exist_ok=True)
            shutil.copy(log, ROOT / "bench" / "cache" / "app.log")
        shutil.rmtree(work, ignore_errors=True)

    order = ["1", "2", "3", "3b", "4", "4b", "4c", "5", "5b", "6", "7", "8", "9", "10", "11", "12"]
    rows.sort(key=lambda r: order.index(r.number) if r.number in order else 99)
    total = time.perf_counter() - started
    print()
    print(f"Desktop Inbox benchmarks: {messages:,} messages, seed {args.seed}{', quick' if quick else ''}")
    print(f"machine: {info['cpus']} CPUs, {info['cpu']}, {info['memory_gb']} GB RAM, load {info['load_at_start']} at start; "
          f"Python {info['python']}, SQLite {info['sqlite']}")
    print()
    print(table(rows))
    print()
    for row in rows:
        if row.number in ("2", "12"):  # the target is per query: the slowest, each with its own p95 and max
            print(f"{'PostgreSQL ' if row.number == '12' else ''}search, slowest queries (form: query  median / p95 / max ms, hits):")
            for _ms, form, query in row.details["slowest"]:
                q = row.details["forms"][form]["per_query"][query]
                print(f"  {form}: {query!r}  {q['median_ms']} / {q['p95_ms']} / {q['max_ms']}, {q['hits']} hits")
            print()
    print(f"total {total:.0f}s")
    args.output.write_text(
        json.dumps(
            {"messages": messages, "seed": args.seed, "quick": quick, "machine": info, "seconds": round(total, 1),
             "steps": timings, "rows": [r.to_json() for r in rows]},
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    print(f"wrote {args.output}")
    return 1 if args.strict and not all(r.holds for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
