"""The numbered migrations of ``store.migrations``, run on PostgreSQL.

The very same migration functions run, through a connection that rewrites
their SQLite SQL (``dialect``). Before the first one, ``PRELUDE`` sets up what
that SQL relies on here: the extensions of the search index, a ``nocase``
collation, the ``inbox`` text search configuration, ``inbox_next_id`` (a
table's next free id, as SQLite's rowid: what databases made before
``TEAM_STEPS`` 1 used) and the version table (SQLite keeps the version in
``PRAGMA user_version``). Every step holds an advisory lock, so two members
opening a new database at once migrate it once.

``TEAM_STEPS`` are PostgreSQL's own, numbered apart from the shared ones (in
``schema_version.team_step``): what several members writing at once need and
one SQLite file never does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from desktop_inbox.errors import StoreError
from desktop_inbox.store import migrations
from desktop_inbox.store.pg import dialect, live
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.store")

# The key of the advisory lock held while migrating (any constant will do).
MIGRATION_LOCK = 0x1D_B0_27

PRELUDE = r"""
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
-- What FTS5's unicode61 tokenizer reads as words: runs of letters and digits.
CREATE OR REPLACE FUNCTION inbox_words(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT regexp_replace($1, '[^[:alnum:]]+', ' ', 'g') $$;
CREATE OR REPLACE FUNCTION inbox_next_id(tbl text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE found_id bigint;
BEGIN
    EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', tbl) INTO found_id;
    RETURN found_id;
END $$;
-- English stems and no stop words (FTS5's porter tokenizer keeps every word).
CREATE TEXT SEARCH DICTIONARY inbox_english (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION inbox (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION inbox
    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
    WITH unaccent, inbox_english;
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (0);
"""


# What a migration needs besides its shared SQL on PostgreSQL only, by
# version (frozen like the migrations themselves).
AFTER: dict[int, str] = {
    # Who did what: each app's connections name their member (the startup
    # option inbox.member, see services.team), and these triggers write the
    # activity of that member, whichever code path made the change.
    9: r"""
CREATE FUNCTION inbox_member() RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('inbox.member', true), '')::bigint $$;
CREATE FUNCTION inbox_now_ms() RETURNS bigint LANGUAGE sql VOLATILE
    AS $$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $$;
CREATE FUNCTION inbox_did(what text, conversation bigint, contact bigint, detail text) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO activity (at, member_id, kind, conversation_id, contact_id, detail)
    SELECT inbox_now_ms(), inbox_member(), what, conversation, contact, coalesce(detail, '')
    WHERE inbox_member() IS NOT NULL $$;

CREATE FUNCTION inbox_conversation_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.done_at IS NOT NULL AND NEW.done_at IS DISTINCT FROM OLD.done_at THEN
        PERFORM inbox_did('done', NEW.id, NEW.contact_id, '');
    END IF;
    IF NEW.snoozed_until IS NOT NULL AND NEW.snoozed_until IS DISTINCT FROM OLD.snoozed_until THEN
        PERFORM inbox_did('snooze', NEW.id, NEW.contact_id, NEW.snoozed_until::text);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER conversation_activity AFTER UPDATE OF done_at, snoozed_until ON conversation
    FOR EACH ROW EXECUTE FUNCTION inbox_conversation_activity();

CREATE FUNCTION inbox_note_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM inbox_did('note', NULL, NEW.contact_id, NEW.id::text);
    RETURN NULL;
END $$;
CREATE TRIGGER note_activity AFTER INSERT ON note FOR EACH ROW EXECUTE FUNCTION inbox_note_activity();

CREATE FUNCTION inbox_tag_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM inbox_did('tag', NULL, NEW.contact_id, (SELECT name FROM tag WHERE id = NEW.tag_id));
    ELSE
        PERFORM inbox_did('untag', NULL, OLD.contact_id, (SELECT name FROM tag WHERE id = OLD.tag_id));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER contact_tag_activity AFTER INSERT OR DELETE ON contact_tag
    FOR EACH ROW EXECUTE FUNCTION inbox_tag_activity();

CREATE FUNCTION inbox_outbox_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.member_id := coalesce(NEW.member_id, inbox_member());
    RETURN NEW;
END $$;
CREATE TRIGGER outbox_member BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION inbox_outbox_member();
CREATE FUNCTION inbox_outbox_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM inbox_did('reply', NEW.conversation_id, NULL, NEW.id::text);
    RETURN NULL;
END $$;
CREATE TRIGGER outbox_activity AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION inbox_outbox_activity();
""",
    # Live changes (NOTIFY) and who assigned what: see store.pg.live.
    11: live.MIGRATION,
    # Every changed row's key, for the members' offline copies
    # (store.pg.local_copy): statement triggers with transition tables, so a
    # page of 100 messages logs in one INSERT ... SELECT. ``xid`` lets a copy
    # ask for exactly what its last snapshot did not see (a transaction that
    # commits late is never skipped).
    12: r"""
CREATE TABLE change_log (
    seq bigserial PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    at timestamptz NOT NULL DEFAULT now(),
    tbl text NOT NULL,
    pk jsonb NOT NULL
);
CREATE INDEX change_log_xid ON change_log (xid);
CREATE INDEX change_log_at ON change_log (at);
CREATE FUNCTION inbox_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    key text := (SELECT 'jsonb_build_object(' || string_agg(format('%L, r.%I', c, c), ', ') || ')' FROM unnest(TG_ARGV) c);
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        EXECUTE format('INSERT INTO change_log (tbl, pk) SELECT %L, %s FROM old_rows r', TG_TABLE_NAME, key);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        EXECUTE format('INSERT INTO change_log (tbl, pk) SELECT %L, %s FROM new_rows r', TG_TABLE_NAME, key);
    END IF;
    RETURN NULL;
END $$;
DO $$
DECLARE
    t text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['account', 'contact', 'identity', 'conversation', 'message', 'member', 'outbox',
                             'sync_cursor', 'note', 'contact_event', 'tag', 'contact_tag', 'snippet', 'draft',
                             'contact_merge', 'saved_search', 'preference', 'listening_term', 'listening_mute',
                             'heard_dismissed', 'activity'] LOOP
        SELECT string_agg(quote_literal(a.attname), ', ' ORDER BY k.n) INTO cols
        FROM pg_index i CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        WHERE i.indrelid = t::regclass AND i.indisprimary;
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION inbox_rows_changed(%s)', t || '_added', t, cols);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION inbox_rows_changed(%s)', t || '_changed', t, cols);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION inbox_rows_changed(%s)', t || '_removed', t, cols);
    END LOOP;
END $$;
""",
}


# PostgreSQL's own steps, after the shared migrations (frozen once released).
TEAM_STEPS: tuple[str, ...] = (
    # 1. New ids from sequences: max(id) + 1 hands two members writing at once
    # the same id. (Tables made since come with one: dialect's BIGSERIAL.)
    # And who syncs which account (sync_leader: written by the member that
    # took the account's advisory lock, see store.pg.leadership).
    r"""
ALTER TABLE schema_version ADD COLUMN team_step INTEGER NOT NULL DEFAULT 0;
DO $$
DECLARE t text;
BEGIN
    FOR t IN
        SELECT c.relname FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid
        JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
        WHERE a.attname = 'id' AND pg_get_expr(d.adbin, d.adrelid) LIKE 'inbox_next_id(%'
    LOOP
        EXECUTE format('CREATE SEQUENCE %I OWNED BY %I.id', t || '_id_seq', t);
        EXECUTE format('ALTER TABLE %I ALTER COLUMN id SET DEFAULT nextval(%L)', t, t || '_id_seq');
    END LOOP;
END $$;
CREATE TABLE sync_leader (
    account_id BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    member_id BIGINT REFERENCES member (id) ON DELETE SET NULL,
    pid INTEGER NOT NULL,
    since BIGINT NOT NULL
);
""",
    # 2. No trigram indexes on the search text. No search reads them: a
    # phrase of Chinese characters is a tsvector phrase (one character a
    # word in the index text, as FTS5 reads it: ``fts``), and a trigram of
    # that text, whose characters stand apart, narrows nothing. Every stored
    # message updated them: 43 MB of the 122 MB of the index table at
    # 100,000 messages (bench/, rows 11 and 12).
    r"""
DROP INDEX IF EXISTS message_fts_body_trgm;
DROP INDEX IF EXISTS message_fts_author_trgm;
""",
    # 3. The words of a message's first 100,000 characters are indexed: a
    # tsvector holds at most 1 MB, and a longer text of distinct words (a
    # hostile message, a mailing's list of codes) failed its whole page
    # ("string is too long for tsvector"). 100,000 characters of one-letter
    # distinct words (Chinese: each character is a word here) come to ~600 KB.
    r"""
CREATE OR REPLACE FUNCTION inbox_words(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT regexp_replace(left($1, 100000), '[^[:alnum:]]+', ' ', 'g') $$;
""",
    # 4. Each index row knows its message's conversation, so a search with
    # a filter on the conversation (is:direct, state:, platform:, tag:)
    # tests it on the index row the match already read, instead of looking
    # up every match's message (3 buffers a match), or the planner starting
    # from the conversations and reading all their messages ("παραγγελια
    # platform:x": 27,000 messages for 15 hits; bench/, row 12). Kept by
    # triggers: a new index row takes its message's (one inserted with it
    # named is trusted: no lookup), a re-indexed one (a rowid taken again)
    # too, and a message moved to another conversation (``threads._merge``)
    # moves its index row. (Its index came with step 5.)
    # (Idempotent: a database that has it already is left as it is.)
    r"""
ALTER TABLE message_fts ADD COLUMN IF NOT EXISTS conversation_id BIGINT;
UPDATE message_fts f SET conversation_id = m.conversation_id FROM message m
    WHERE m.time_key = f.rowid AND f.conversation_id IS DISTINCT FROM m.conversation_id;
CREATE OR REPLACE FUNCTION inbox_fts_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.conversation_id := (SELECT conversation_id FROM message WHERE time_key = NEW.rowid);
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER message_fts_conversation BEFORE INSERT ON message_fts
    FOR EACH ROW WHEN (NEW.conversation_id IS NULL) EXECUTE FUNCTION inbox_fts_conversation();
CREATE OR REPLACE TRIGGER message_fts_reindexed BEFORE UPDATE OF body, author ON message_fts
    FOR EACH ROW EXECUTE FUNCTION inbox_fts_conversation();
CREATE OR REPLACE FUNCTION inbox_message_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE message_fts SET conversation_id = NEW.conversation_id WHERE rowid = NEW.time_key;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER message_moved AFTER UPDATE OF conversation_id, time_key ON message
    FOR EACH ROW WHEN (OLD.conversation_id IS DISTINCT FROM NEW.conversation_id OR OLD.time_key IS DISTINCT FROM NEW.time_key)
    EXECUTE FUNCTION inbox_message_moved();
""",
    # 5. The index rows' conversations indexed: a filter that lists its few
    # conversations (state:, tag:, platform:, is:direct; ``store.search``
    # passes their ids) is answered together with the words, a bitmap AND
    # of both indexes, and only the matches that pass are read: "size
    # state:needs_reply" read all 18,450 matches of "size" in 100,000
    # messages for the 2,675 that pass (bench/, row 12). It costs every
    # stored message one more index entry (row 11).
    r"""
CREATE INDEX IF NOT EXISTS message_fts_conversation ON message_fts (conversation_id);
""",
)

# Every table's id sequence moved past the ids written as they were (a copy,
# a migration's INSERT ... SELECT): never backwards.
SYNC_SEQUENCES = r"""
DO $$
DECLARE r record; top bigint;
BEGIN
    FOR r IN
        SELECT c.relname AS tbl, pg_get_serial_sequence(format('%I', c.relname), 'id') AS seq
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped
        WHERE c.relkind = 'r' AND n.nspname = current_schema()
    LOOP
        CONTINUE WHEN r.seq IS NULL;
        EXECUTE format('SELECT max(id) FROM %I', r.tbl) INTO top;
        IF top IS NOT NULL THEN
            EXECUTE format('SELECT setval(%L, greatest(%s, (SELECT last_value FROM %s)))', r.seq, top, r.seq);
        END IF;
    END LOOP;
END $$;
"""


class Connection:
    """The part of ``sqlite3.Connection`` the migrations use, on psycopg."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        text, values = dialect.bind(sql, params)
        cursor = self.raw.cursor()
        if values:
            cursor.execute(text, values)
        else:
            # Without parameters: several statements may go at once.
            cursor.execute(text.replace("%%", "%"))
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> Any:
        batch = [dialect.bind(sql, row) for row in rows]
        cursor = self.raw.cursor()
        if batch:
            cursor.executemany(batch[0][0], [values for _, values in batch])
        return cursor


def team_step(conn: Connection) -> int:
    """How many of ``TEAM_STEPS`` the database has had."""
    row = conn.execute(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = 'schema_version' AND column_name = 'team_step'"
    ).fetchone()
    return 0 if row is None else int(conn.execute("SELECT team_step FROM schema_version").fetchone()[0])


def sync_sequences(raw: Any) -> None:
    raw.cursor().execute(SYNC_SEQUENCES)


def current_version(conn: Connection) -> int:
    row = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
    if not row[0]:
        return -1
    return int(conn.execute("SELECT version FROM schema_version").fetchone()[0])


def migrate(raw: Any, *, target: int = migrations.LATEST, inside_transaction: bool = False) -> int:
    """Bring the database up to ``target``; returns the version it started
    at (-1: a database the inbox had never used). ``inside_transaction``:
    the caller's transaction holds every step (and commits or rolls back)."""
    conn = Connection(raw)
    conn.execute("SELECT pg_advisory_lock(?)", (MIGRATION_LOCK,))
    try:
        start = current_version(conn)
        if start > migrations.LATEST:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This team database was written by a newer Desktop Inbox (schema {start}, this version knows {latest}). Please update the app.",
                ),
                start=start,
                latest=migrations.LATEST,
            )
        if start < 0:
            _step(conn, lambda c: c.raw.cursor().execute(PRELUDE), 0, own=not inside_transaction)
        own = not inside_transaction
        for version in range(max(start, 0) + 1, target + 1):
            log.info("migrating team database to schema %d", version)
            _step(conn, _with_after(migrations.MIGRATIONS[version - 1], version), version, own=own)
        steps = team_step(conn) if target == migrations.LATEST else len(TEAM_STEPS)
        for step in range(steps + 1, len(TEAM_STEPS) + 1):
            log.info("team database step %d", step)
            _step(conn, lambda c, sql=TEAM_STEPS[step - 1]: c.raw.cursor().execute(sql), step, own=own, column="team_step")
        if start < target or steps < len(TEAM_STEPS):
            sync_sequences(raw)
        return start
    finally:
        conn.execute("SELECT pg_advisory_unlock(?)", (MIGRATION_LOCK,))


def _with_after(migration: Any, version: int) -> Any:
    def apply(conn: Connection) -> None:
        migration(conn)
        if version in AFTER:
            conn.raw.cursor().execute(AFTER[version])

    return apply


def _step(conn: Connection, apply: Any, version: int, *, own: bool = True, column: str = "version") -> None:
    if not own:
        apply(conn)
        conn.execute(f"UPDATE schema_version SET {column} = ?", (version,))
        return
    conn.execute("BEGIN")
    try:
        apply(conn)
        conn.execute(f"UPDATE schema_version SET {column} = ?", (version,))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
