"""8. Disk: the cache file per message, search index included, and where the bytes go."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.common import Row


def run(cache_file: Path) -> Row:
    conn = sqlite3.connect(f"file:{cache_file}?mode=ro", uri=True)
    messages = conn.execute("SELECT count(*) FROM message").fetchone()[0]
    size = cache_file.stat().st_size
    for suffix in ("-wal", "-shm"):
        side = Path(str(cache_file) + suffix)
        size += side.stat().st_size if side.exists() else 0
    by_object = {
        name: round(pages / messages, 1)
        for name, pages in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")
    }
    free = conn.execute("PRAGMA freelist_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    texts = conn.execute("SELECT avg(length(CAST(text AS BLOB))), avg(length(CAST(html AS BLOB))) FROM message").fetchone()
    conn.close()
    per_message = size / messages
    search = sum(v for k, v in by_object.items() if k.startswith("message_fts"))
    return Row(
        "8",
        f"disk per message, {messages:,} messages, search index included (bytes)",
        "B",
        per_message,
        None,
        None,
        "",
        None,
        "<= 1024 B",
        per_message <= 1024,
        1,
        {
            "file_bytes": size,
            "search_index_bytes_per_message": round(search, 1),
            "free_bytes": free,
            "avg_text_bytes": round(texts[0], 1),
            "avg_html_bytes": round(texts[1], 1),
            "bytes_per_message_by_table_or_index": by_object,
        },
    )
