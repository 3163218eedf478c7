"""Opening a data folder's cache: the local file, or its team's database.

Apart from ``services.backup`` (which re-exports ``open_cache``) so that what
opens the cache costs only that: a command that reads the cache does not
load backups, encryption and the keyring to find out that the file is a
plain one. The key is looked up (``services.encryption``) only when the
file is encrypted, the team's modules only when the folder is in a team.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_inbox.errors import TeamUnreachable
from desktop_inbox.secrets import Secrets
from desktop_inbox.store.db import Cache

# A data folder in a team holds this file (``services.team``: its settings).
TEAM_FILE = "team.json"


def open_cache(
    data_dir: Path,
    secrets: Secrets,
    *,
    one_thread: bool = False,
    switching: bool = False,
    on_migrate: Callable[[int, int, int], None] | None = None,
) -> Cache:
    """The cache of ``data_dir`` (its key from the keyring if it is encrypted),
    or its team's database when it is in one; CacheDamaged if it is damaged.
    ``one_thread``: a local cache runs its jobs on the caller's thread
    (``Cache``: a command that reads a page and ends). ``switching`` (the
    app): a team's inbox that moves to this computer's copy while the server
    is away, and back (``services.team_copy``). ``on_migrate``: told of each
    step that brings a local cache up to this version (``Cache``)."""
    if not (Path(data_dir) / TEAM_FILE).exists():
        # The local cache (the team's modules are loaded only for a team).
        return Cache(
            data_dir, key_provider=key_provider(secrets, data_dir), one_thread=one_thread, on_migrate=on_migrate
        )
    from desktop_inbox.services.team import open_team_cache

    if switching:
        from desktop_inbox.services import team_copy

        switched = team_copy.open_switching(data_dir, secrets)
        if switched is not None:
            return switched

    try:
        shared = open_team_cache(data_dir, secrets)
    except TeamUnreachable:
        from desktop_inbox.services import team_copy

        copy = team_copy.open_offline(data_dir, secrets)
        if copy is None:
            raise
        return copy
    if shared is not None:
        return shared
    return Cache(data_dir, key_provider=key_provider(secrets, data_dir), one_thread=one_thread, on_migrate=on_migrate)


def key_provider(secrets: Secrets, data_dir: Path) -> Callable[[], str | None]:
    """``services.encryption.key_provider``, loaded when ``Cache`` asks (an encrypted file)."""

    def load() -> str | None:
        from desktop_inbox.services import encryption

        return encryption.key_provider(secrets, data_dir)()

    return load
