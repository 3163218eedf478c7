"""Small preferences shared by the app and the command line (not secrets)."""

from __future__ import annotations

import json
from typing import Any

from desktop_inbox.store.schema import database

DEFAULTS: dict[str, Any] = {
    "my_name": "",  # fills {my_name} in saved replies
    "response_target_minutes": 15,  # the dashboard's target line
    "undo_seconds": 5,  # how long a sent reply can be taken back
    "dm_handoff_text": "Thanks {first_name}! I've sent you a direct message so we can sort this out privately.",
    # Working hours, in the user's time zone ("": the system's): "Send at…"'s
    # "next working morning" (services/schedule.py). Monday is 0.
    "work_days": [0, 1, 2, 3, 4],
    "work_start": "09:00",
    "work_end": "17:00",
    "time_zone": "",
}


def get(key: str) -> Any:
    row = database.execute_sql("SELECT value FROM preference WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else DEFAULTS.get(key)


def set_(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    database.execute_sql(
        "INSERT INTO preference (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )
