"""The numbered migrations that came with the team inbox (issue 27): members
and who did what, assignment and presence, the team's change log. Frozen
like the others in ``store.migrations``, which lists them in order."""

from __future__ import annotations

import sqlite3

from desktop_inbox.store.sqlscript import script as _script


def _v9_members(conn: sqlite3.Connection) -> None:
    """A team's members and who did what (issue 27).

    * ``member``: the people who share a team database, each with a name and
      the sign-off their replies end with.
    * ``activity``: who did what and when (a reply queued, a note, a tag
      given or taken, done, snoozed). On a team's PostgreSQL database,
      triggers write it (``store.pg.migrations.AFTER``): every path that
      changes those rows is covered, whoever's app or command it was. A
      local cache has one user and keeps it empty.
    * ``outbox.member_id``: who wrote a reply (set by the same trigger).
    """
    _script(
        conn,
        """
        CREATE TABLE member (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            signoff TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL
        );
        CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            conversation_id INTEGER REFERENCES conversation (id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX activity_conversation ON activity (conversation_id, at);
        CREATE INDEX activity_contact ON activity (contact_id, at);
        ALTER TABLE outbox ADD COLUMN member_id INTEGER REFERENCES member (id) ON DELETE SET NULL;
        """,
    )


def _v11_assignment_and_presence(conn: sqlite3.Connection) -> None:
    """Who a conversation is assigned to, and who is writing where (issue 27).

    * ``conversation.assignee_id``: the member it is assigned to (None: no
      one). A local cache has no members and keeps it empty.
    * ``presence``: one row per member writing a reply now (the conversation,
      and the heartbeat's last beat): "Anna is replying". A row whose beat is
      older than ``store.presence.EXPIRES`` is stale (its app stopped or
      crashed). On a team's PostgreSQL database, triggers also announce
      changes to conversations and presence (``store.pg.live``).
    """
    _script(
        conn,
        """
        ALTER TABLE conversation ADD COLUMN assignee_id INTEGER REFERENCES member (id) ON DELETE SET NULL;
        CREATE INDEX conversation_assignee ON conversation (assignee_id, sort_key) WHERE assignee_id IS NOT NULL;
        CREATE TABLE presence (
            member_id INTEGER PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
            conversation_id INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
            at INTEGER NOT NULL
        );
        CREATE INDEX presence_conversation ON presence (conversation_id);
        """,
    )


def _v12_team_change_log(conn: sqlite3.Connection) -> None:
    """Nothing in a local cache. A team database (PostgreSQL) logs here every
    row that changes, for its members' offline copies
    (``store.pg.migrations.AFTER``, ``store.pg.local_copy``)."""

