"""Numbered schema migrations, applied in order inside one transaction each.

Each migration is frozen: it speaks SQL of its own time and never imports the
current models, so that a cache made by any older version upgrades in place.
The version lives in ``PRAGMA user_version``. Add a migration; never edit one
that has shipped.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable

from desktop_inbox.store.sqlscript import script as _script
from desktop_inbox.store.team_migrations import _v9_members, _v11_assignment_and_presence, _v12_team_change_log
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.store")

Migration = Callable[[sqlite3.Connection], None]


def _v1_core(conn: sqlite3.Connection) -> None:
    """Accounts, people, conversations, messages, outbox, cursors."""
    _script(
        conn,
        """
        CREATE TABLE account (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            base_url TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            handle TEXT NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'ok',
            state_detail TEXT NOT NULL DEFAULT '',
            char_limit INTEGER NOT NULL DEFAULT 500,
            url_length INTEGER NOT NULL DEFAULT 23,
            extra TEXT NOT NULL DEFAULT '{}',
            secret_ref TEXT NOT NULL UNIQUE,
            history_since INTEGER,
            created_at INTEGER NOT NULL,
            last_sync_at INTEGER,
            signature TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX account_identity ON account (platform, base_url, remote_id);

        CREATE TABLE contact (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL
        );

        CREATE TABLE identity (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            platform TEXT NOT NULL,
            key TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            handle TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            url TEXT,
            avatar_url TEXT,
            is_self INTEGER NOT NULL DEFAULT 0,
            first_seen_at INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX identity_key ON identity (platform, key);
        CREATE INDEX identity_contact ON identity (contact_id);

        CREATE TABLE conversation (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            thread_key TEXT NOT NULL,
            contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
            identity_id INTEGER REFERENCES identity (id),
            state TEXT NOT NULL DEFAULT 'needs_reply',
            sort_key INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            last_message_at INTEGER,
            last_inbound_at INTEGER,
            last_outbound_at INTEGER,
            waiting_since INTEGER,
            done_at INTEGER,
            snoozed_until INTEGER,
            unread_count INTEGER NOT NULL DEFAULT 0,
            message_count INTEGER NOT NULL DEFAULT 0,
            snippet TEXT NOT NULL DEFAULT '',
            reply_to TEXT
        );
        CREATE UNIQUE INDEX conversation_thread ON conversation (account_id, kind, thread_key);
        -- The inbox: all conversations, and each state on its own, in order.
        CREATE INDEX conversation_inbox ON conversation (sort_key);
        CREATE INDEX conversation_state ON conversation (state, sort_key);
        CREATE INDEX conversation_contact ON conversation (contact_id, last_message_at);

        CREATE TABLE message (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            conversation_id INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            identity_id INTEGER NOT NULL REFERENCES identity (id),
            direction TEXT NOT NULL,
            visibility TEXT NOT NULL DEFAULT 'public',
            text TEXT NOT NULL DEFAULT '',
            html TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            edited_at INTEGER,
            in_reply_to TEXT,
            thread_root TEXT,
            url TEXT,
            attachments TEXT,
            extra TEXT
        );
        CREATE UNIQUE INDEX message_remote ON message (account_id, remote_id);
        CREATE INDEX message_conversation ON message (conversation_id, created_at);
        CREATE INDEX message_identity ON message (identity_id, created_at);

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            conversation_id INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
            in_reply_to TEXT,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            visibility TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued',
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            not_before INTEGER NOT NULL,
            retry_at INTEGER,
            created_at INTEGER NOT NULL,
            sent_at INTEGER,
            message_id INTEGER REFERENCES message (id) ON DELETE SET NULL,
            extra TEXT
        );
        CREATE INDEX outbox_due ON outbox (state, not_before);
        CREATE INDEX outbox_conversation ON outbox (conversation_id);

        CREATE TABLE sync_cursor (
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            stream TEXT NOT NULL,
            value TEXT,
            exhausted INTEGER NOT NULL DEFAULT 0,
            oldest_at INTEGER,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, stream)
        );
        """
    )


def _v2_relationships_and_search(conn: sqlite3.Connection) -> None:
    """Notes, tags, snippets, drafts, and the full-text index (filled in)."""
    from desktop_inbox.text import folding  # (only an old cache's migration needs it)

    _script(
        conn,
        """
        CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX note_contact ON note (contact_id, created_at);

        CREATE TABLE tag (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            color TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE contact_tag (
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
            PRIMARY KEY (contact_id, tag_id)
        );
        CREATE INDEX contact_tag_tag ON contact_tag (tag_id);

        CREATE TABLE snippet (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );

        CREATE TABLE draft (
            conversation_id INTEGER PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
            text TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL
        );

        -- Contentless: the text lives once, in ``message``; the index holds
        -- the normalised form (see folding.py). rowid = message.id.
        CREATE VIRTUAL TABLE message_fts USING fts5 (
            body, author,
            content = '',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        """
    )
    rows = conn.execute(
        """
        SELECT m.id, m.text, i.name, i.handle
        FROM message m JOIN identity i ON i.id = m.identity_id
        """
    )
    conn.executemany(
        "INSERT INTO message_fts (rowid, body, author) VALUES (?, ?, ?)",
        ((mid, folding.index_text(text), folding.index_text(f"{name} {handle}")) for mid, text, name, handle in rows),
    )


def _v3_people_and_review(conn: sqlite3.Connection) -> None:
    """Profile links (merge suggestions), reversible merges, saved searches."""
    _script(
        conn,
        """
        ALTER TABLE identity ADD COLUMN links TEXT;
        CREATE TABLE contact_merge (
            id INTEGER PRIMARY KEY,
            target_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            source_name TEXT NOT NULL,
            identity_ids TEXT NOT NULL,
            note_ids TEXT NOT NULL DEFAULT '[]',
            tag_ids TEXT NOT NULL DEFAULT '[]',
            created_at INTEGER NOT NULL,
            undone_at INTEGER
        );
        CREATE TABLE saved_search (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            query TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX message_created ON message (created_at);
        -- Preferences the command line needs too (the UI's own live in QSettings).
        CREATE TABLE preference (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def _v4_time_keys(conn: sqlite3.Connection) -> None:
    """Messages get a time key: newest first is the search index's own order.

    ``time_key`` is the creation time in epoch milliseconds times 1024 plus a
    tie-breaker, unique, so ordering by it is ordering by time. The full-text
    index is keyed by it (its rowid) instead of by ``message.id``: FTS5 walks
    a term's matches in rowid order, so "the 50 newest matches" stops after
    50 instead of sorting every match, and before:/after: become rowid
    ranges. (Benchmarks: a common word in a million messages went from
    ~500 ms to under a millisecond.)
    """
    from desktop_inbox.text import folding  # (only an old cache's migration needs it)

    _script(conn, "ALTER TABLE message ADD COLUMN time_key INTEGER;")
    keys = []
    last: int | None = None
    for message_id, created_at in conn.execute("SELECT id, created_at FROM message ORDER BY created_at, id"):
        key = created_at << 10
        if last is not None and key <= last:
            key = last + 1
        keys.append((key, message_id))
        last = key
    conn.executemany("UPDATE message SET time_key = ? WHERE id = ?", keys)
    _script(
        conn,
        """
        CREATE UNIQUE INDEX message_time ON message (time_key);
        INSERT INTO message_fts (message_fts) VALUES ('delete-all');
        """,
    )
    rows = conn.execute(
        """
        SELECT m.time_key, m.text, i.name, i.handle
        FROM message m JOIN identity i ON i.id = m.identity_id
        """
    )
    conn.executemany(
        "INSERT INTO message_fts (rowid, body, author) VALUES (?, ?, ?)",
        ((key, folding.index_text(text), folding.index_text(f"{name} {handle}")) for key, text, name, handle in rows),
    )


def _v5_fewer_indexes(conn: sqlite3.Connection) -> None:
    """Fewer indexes for every stored message to update (bench/, measurement 1).

    * ``message_created``: the time key orders messages by creation time too
      (migration 4), so date ranges and "newest first" use ``message_time``.
    * ``message_identity``: ``from:`` finds an author's messages through the
      search index's author column instead (``store/search.py``).
    * ``conversation_contact`` without ``last_message_at``: the entry no
      longer moves with each new message; a customer's few conversations are
      sorted when read.
    """
    _script(
        conn,
        """
        DROP INDEX message_created;
        DROP INDEX message_identity;
        DROP INDEX conversation_contact;
        CREATE INDEX conversation_contact ON conversation (contact_id);
        """,
    )


def _v6_listening(conn: sqlite3.Connection) -> None:
    """Listening: terms per account, muted words and authors, heard posts.

    * ``conversation.heard``: the conversation began with a post heard by
      listening (not addressed to us); while unanswered its state is
      ``heard``, never ``needs_reply``.
    * ``listening_term``: what an account listens for, and why it cannot be
      heard now (``note``: a server without full-text search, an X plan
      without search); ``checked_at``: when it was last asked for.
    * ``listening_mute``: words and authors whose posts are never heard.
    * ``heard_dismissed``: posts the user dismissed, so that no later sync
      brings them back.
    """
    _script(
        conn,
        """
        ALTER TABLE conversation ADD COLUMN heard INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE listening_term (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            lang TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            checked_at INTEGER,
            created_at INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX listening_term_unique ON listening_term (account_id, kind, text COLLATE NOCASE, lang);
        CREATE TABLE listening_mute (
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, kind, value)
        );
        CREATE TABLE heard_dismissed (
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            remote_id TEXT NOT NULL,
            dismissed_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, remote_id)
        );
        """,
    )


def _v7_follow_through(conn: sqlite3.Connection) -> None:
    """Send later, follow-ups, and what happened outside the inbox.

    * ``outbox.send_at``: the time the user chose to send a reply at (NULL:
      as soon as the undo window ends); ``not_before`` holds the later of the
      two, so delivery keeps reading one column.
    * ``conversation.follow_up_at``: "remind me if no answer by"; a customer
      message after ``follow_up_set_at`` answers it. ``followed_up_at``: when
      it came back as a follow-up (the list marks it until answered).
    * ``contact_event``: a phone call or a meeting on the customer's timeline;
      a merge moves them too (``contact_merge.event_ids``, for the undo).
    """
    _script(
        conn,
        """
        ALTER TABLE outbox ADD COLUMN send_at INTEGER;
        ALTER TABLE conversation ADD COLUMN follow_up_at INTEGER;
        ALTER TABLE conversation ADD COLUMN follow_up_set_at INTEGER;
        ALTER TABLE conversation ADD COLUMN followed_up_at INTEGER;
        CREATE INDEX conversation_follow_up ON conversation (follow_up_at) WHERE follow_up_at IS NOT NULL;
        CREATE TABLE contact_event (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            at INTEGER NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX contact_event_contact ON contact_event (contact_id, at);
        ALTER TABLE contact_merge ADD COLUMN event_ids TEXT NOT NULL DEFAULT '[]';
        """,
    )


def _v8_media(conn: sqlite3.Connection) -> None:
    """Customers' pictures kept for offline reading, and replies with pictures.

    ``media``: one row per attachment whose file the sync keeps (its state:
    wanted, stored, evicted by the account's cap, refused, failed), ordered
    for eviction by the message's time key (oldest first out). ``file`` and
    ``thumb`` are paths under the data folder's ``media/``. ``outbox_media``:
    a queued reply's pictures, with what the platform gave back for each
    once uploaded (so that a retry never uploads or posts twice). Accounts
    get their switch and cap (1 GB). Messages already cached are listed.
    """
    _script(
        conn,
        """
        ALTER TABLE account ADD COLUMN media_keep INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE account ADD COLUMN media_cap INTEGER NOT NULL DEFAULT 1073741824;
        CREATE TABLE media (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
            message_id INTEGER NOT NULL REFERENCES message (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'wanted',
            message_key INTEGER NOT NULL,
            file TEXT,
            thumb TEXT,
            bytes INTEGER NOT NULL DEFAULT 0,
            content_type TEXT NOT NULL DEFAULT '',
            width INTEGER,
            height INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT '',
            fetched_at INTEGER
        );
        CREATE UNIQUE INDEX media_message ON media (message_id, position);
        CREATE INDEX media_account ON media (account_id, state, message_key);
        CREATE TABLE outbox_media (
            id INTEGER PRIMARY KEY,
            outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            file TEXT NOT NULL,
            alt TEXT NOT NULL,
            content_type TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            upload TEXT,
            uploaded_at INTEGER
        );
        CREATE UNIQUE INDEX outbox_media_item ON outbox_media (outbox_id, position);
        INSERT INTO media (account_id, message_id, position, kind, message_key)
            SELECT m.account_id, m.id, CAST(j.key AS INTEGER), json_extract(j.value, '$.kind'),
                   coalesce(m.time_key, m.created_at << 10)
            FROM message m, json_each(m.attachments) j
            WHERE m.attachments IS NOT NULL
              AND json_extract(j.value, '$.kind') IN ('image', 'gifv', 'video', 'audio');
        """,
    )


def _v10_search_filters(conn: sqlite3.Connection) -> None:
    """The time key's index holds the conversation too (bench/, measurement 2).

    A search walks the full-text index newest first and tests each match
    against its filters (state, tag, platform...); with the conversation in
    ``message_time`` that test reads the index entry only, not the message
    row (~1.5 µs a match: "refund tag:vip" walked 59,000 matches in 136 ms,
    now ~25). SQLite has no INCLUDE columns: the pair is unique, and the
    time key stays unique as before, handed out by the single writer
    (``store.ingest._time_keys``).
    """
    _script(
        conn,
        """
        DROP INDEX message_time;
        CREATE UNIQUE INDEX message_time ON message (time_key, conversation_id);
        """,
    )


def _v13_index_words(conn: sqlite3.Connection) -> None:
    """The search index's words listed once each, and the people's names in
    an index of their own (bench/, measurement 2).

    * ``index_word``: the box's unfinished last word is searched as the few
      whole words it begins (``store.index_words``), filled here from every
      message and author; ``index_word_stamp`` changes with every list of
      new words, so a writer knows whether what it listed is still there.
      SQLite only: PostgreSQL's index needs no list.
    * ``identity_names``: ``from:`` finds people whose name or handle
      contains the text, which no b-tree can seek; scanning this index reads
      a quarter of what scanning the table did (~16 -> ~7 ms for 33,000
      people).
    """
    _script(conn, "CREATE INDEX identity_names ON identity (handle, name);")
    if hasattr(conn, "raw"):  # (PostgreSQL: store.pg.migrations.Connection)
        return
    from desktop_inbox.text import folding  # (only an old cache's migration needs it)

    _script(
        conn,
        """
        CREATE TABLE index_word (word TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE index_word_stamp (id INTEGER PRIMARY KEY CHECK (id = 1), stamp INTEGER NOT NULL);
        INSERT INTO index_word_stamp (id, stamp) VALUES (1, 0);
        """,
    )
    word = re.compile(r"[^\W_]+")
    texts = conn.execute("SELECT text FROM message UNION ALL SELECT name || ' ' || handle FROM identity")
    while batch := texts.fetchmany(20_000):  # (a bounded set of words at a time)
        found: set[str] = set()
        for (text,) in batch:
            found.update(word.findall(folding.index_text(text)))
        listed = sorted(w for w in found if not w[0].isdigit())  # (numbers: FTS5's prefix reads little)
        conn.executemany("INSERT OR IGNORE INTO index_word (word) VALUES (?)", ((w,) for w in listed))


def _v14_people_by_trigrams(conn: sqlite3.Connection) -> None:
    """The people's handles and names by their trigrams (``identity_text``),
    so ``from:`` finds whoever's name or handle contains the text without
    reading all of them: ~8 -> ~2 ms for 33,000 people (bench/, measurement
    2). A text of 1-2 letters has no trigram and still reads them all. Kept
    by triggers. SQLite only: on a team's PostgreSQL ``from:`` reads the
    people as before.
    """
    if hasattr(conn, "raw"):  # (PostgreSQL: store.pg.migrations.Connection)
        return
    _script(
        conn,
        """
        CREATE VIRTUAL TABLE identity_text USING fts5 (
            handle, name, content='identity', content_rowid='id', tokenize='trigram'
        );
        INSERT INTO identity_text (identity_text) VALUES ('rebuild');
        CREATE TRIGGER identity_text_insert AFTER INSERT ON identity BEGIN
            INSERT INTO identity_text (rowid, handle, name) VALUES (new.id, new.handle, new.name);
        END;
        CREATE TRIGGER identity_text_delete AFTER DELETE ON identity BEGIN
            INSERT INTO identity_text (identity_text, rowid, handle, name) VALUES ('delete', old.id, old.handle, old.name);
        END;
        -- (Only when they change: every message's author is upserted.)
        CREATE TRIGGER identity_text_update AFTER UPDATE OF handle, name ON identity
        WHEN old.handle IS NOT new.handle OR old.name IS NOT new.name BEGIN
            INSERT INTO identity_text (identity_text, rowid, handle, name) VALUES ('delete', old.id, old.handle, old.name);
            INSERT INTO identity_text (rowid, handle, name) VALUES (new.id, new.handle, new.name);
        END;
        """,
    )


def _v15_conversation_filter(conn: sqlite3.Connection) -> None:
    """The columns the search filters test on a conversation, in one small
    index (``conversation_filter``), so that Best match's candidates test
    each match's conversation there instead of in its row: the table with
    its snippets outgrows the page cache (33.5 MB for 100,000
    conversations), and a filter like ``platform:bluesky`` read a scattered
    row for each of 5,500 matches (bench/, measurement 2). A conversation's
    saves set none of these columns but the state when it changes, so the
    sync rarely writes it. SQLite only: PostgreSQL keeps the conversation on
    the index row (TEAM_STEPS 4).
    """
    if hasattr(conn, "raw"):  # (PostgreSQL: store.pg.migrations.Connection)
        return
    _script(conn, "CREATE INDEX conversation_filter ON conversation (id, account_id, kind, state, contact_id, heard);")


def _v16_message_account(conn: sqlite3.Connection) -> None:
    """The time key's index holds the message's account and author too, so a
    search narrowed by platform, account or from: tests each match in the
    index entry its walk reads anyway, not in a second index of
    conversations nor in the message's row (bench/, measurement 2:
    "退款 platform:bluesky" walks 5,500 matches for its 1,000 Best-match
    candidates, 23 ms, now 16; "boots from:kowalski" 10,000, 5.5 ms, now 4,
    and 12 from a cold page cache, now 7). SQLite only, as 15.
    """
    if hasattr(conn, "raw"):  # (PostgreSQL: store.pg.migrations.Connection)
        return
    _script(
        conn,
        """
        DROP INDEX message_time;
        CREATE UNIQUE INDEX message_time ON message (time_key, conversation_id, account_id, identity_id);
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (
    _v1_core,
    _v2_relationships_and_search,
    _v3_people_and_review,
    _v4_time_keys,
    _v5_fewer_indexes,
    _v6_listening,
    _v7_follow_through,
    _v8_media,
    _v9_members,
    _v10_search_filters,
    _v11_assignment_and_presence,
    _v12_team_change_log,
    _v13_index_words,
    _v14_people_by_trigrams,
    _v15_conversation_filter,
    _v16_message_account,
)

LATEST = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: sqlite3.Connection, *, target: int = LATEST, on_step: Callable[[int, int, int], None] | None = None
) -> int:
    """Bring the cache up to ``target``; returns the version it started at.

    Each step runs in its own transaction together with the version bump, so a
    crash leaves the cache at a whole version, never between two.
    ``on_step(started, version, target)`` is told before each step (the
    app's start says so when one takes long: ``ui.opening``).
    """
    start = current_version(conn)
    if start > LATEST:
        from desktop_inbox.errors import StoreError

        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This cache was written by a newer Desktop Inbox (schema {start}, this version knows {latest}). Please update the app.",
            ),
            start=start,
            latest=LATEST,
        )
    for version in range(start + 1, target + 1):
        log.info("migrating cache to schema %d", version)
        if on_step is not None:
            on_step(start, version, target)
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return start
