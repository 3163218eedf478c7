"""Privacy at rest: the cache encrypted with SQLCipher, and back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.encryption import CacheKey
from desktop_inbox.store import backup
from desktop_inbox.store.cipher import SQLITE_MAGIC
from tests.helpers.mastodon import World

MARKER = "order 4711 to Zappeion street"


def _all_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def test_encrypt_and_decrypt_the_cache(world: World, cli, data_dir: Path, tmp_path: Path) -> None:
    world.server.post(world.anna, f"@shop where is my {MARKER}?")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    assert backup.auto_backup(data_dir) is not None  # a plain automatic backup
    assert MARKER.encode() in _all_bytes(data_dir)

    result = cli("encrypt")
    assert result.code == 0, result
    assert "now encrypted" in result.out and "1 plain automatic backup(s) removed" in result.out
    cache = data_dir / "cache.sqlite3"
    assert cache.read_bytes()[:16] != SQLITE_MAGIC
    key = CacheKey(Secrets(), data_dir).load()
    assert key is not None and len(key) == 64
    # Nothing in the folder is readable any more: not the cache, not a backup, not the key.
    everything = _all_bytes(data_dir)
    assert MARKER.encode() not in everything
    assert key.encode() not in everything
    assert cli("encrypt").code == 2  # already encrypted: one clear line

    # The app and the command line work as before, on the encrypted cache.
    world.server.post(world.bob, "@shop second question")
    assert cli("sync", "--once").code == 0
    conversations = json.loads(cli("conversations", "--json").out)
    assert len(conversations) == 2
    hits = json.loads(cli("search", "Zappeion", "--json").out)
    assert len(hits) == 1
    assert MARKER.encode() not in _all_bytes(data_dir)

    # Backups of an encrypted cache are encrypted, and restore.
    out = tmp_path / "enc-backup.sqlite3"
    assert cli("backup", "--output", str(out)).code == 0
    assert out.read_bytes()[:16] != SQLITE_MAGIC and MARKER.encode() not in out.read_bytes()
    assert backup.auto_backup(data_dir, key=key) is not None
    restored = cli("restore", str(out), "--yes")
    assert restored.code == 0, restored
    assert len(json.loads(cli("conversations", "--json").out)) == 2

    # Without its key the cache is not readable, and says so.
    secrets = Secrets()
    ref = json.loads((data_dir / "encryption.json").read_text())["keyring_entry"]
    saved = secrets.load(ref)
    secrets.delete(ref)
    locked = cli("conversations")
    assert locked.code == 1 and "key that is not in this keyring" in locked.err
    assert saved is not None
    secrets.save(ref, saved)

    result = cli("decrypt")
    assert result.code == 0, result
    assert "2 encrypted backup(s) removed" in result.out  # the automatic one and the one the restore set aside
    assert cache.read_bytes()[:16] == SQLITE_MAGIC
    conn = sqlite3.connect(cache)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    texts = [r[0] for r in conn.execute("SELECT text FROM message")]
    conn.close()
    assert any(MARKER in t for t in texts) and len(texts) == 2
    assert CacheKey(Secrets(), data_dir).load() is None  # the key left the keyring
    assert not (data_dir / "encryption.json").exists()
    assert len(json.loads(cli("search", "Zappeion", "--json").out)) == 1
    assert cli("decrypt").code == 2
