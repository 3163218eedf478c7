"""The peewee models of the cache (the latest schema).

The tables themselves are created by the numbered migrations in
``migrations.py`` (frozen SQL), never by ``create_tables``: an old cache and a
new one must end up with exactly the same schema. ``tests/store`` checks that
these models and the migrated schema agree.

Times are stored as integer UTC epoch milliseconds: compact, fast to index and
free of time-zone ambiguity.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import peewee as pw

# The one database and the time conversions live apart from the models
# (``store.handle``): the queries need them, not the ~30 model classes.
from desktop_inbox.store.handle import database as database
from desktop_inbox.store.handle import from_ms as from_ms
from desktop_inbox.store.handle import time_key_at as time_key_at
from desktop_inbox.store.handle import to_ms as to_ms


class TimeField(pw.BigIntegerField):
    """An aware ``datetime`` stored as epoch milliseconds."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            return to_ms(value)
        return value

    def python_value(self, value: Any) -> Any:
        return None if value is None else from_ms(value)


class JSONField(pw.TextField):
    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def python_value(self, value: Any) -> Any:
        return None if value is None else json.loads(value)


class FlagField(pw.BooleanField):
    """Yes or no, stored as 0 or 1: an INTEGER column on SQLite and on
    PostgreSQL alike, so the store's SQL compares it to 0 and 1 on both."""

    def db_value(self, value: Any) -> Any:
        return None if value is None else int(bool(value))


class BaseRow(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class AccountRow(BaseRow):
    id = pw.AutoField()  # (peewee's implicit key, named for the type checker)
    platform = pw.TextField()
    base_url = pw.TextField()
    remote_id = pw.TextField()
    handle = pw.TextField()
    display_name = pw.TextField(default="")
    # ok | needs_sign_in | error
    state = pw.TextField(default="ok")
    state_detail = pw.TextField(default="")
    char_limit = pw.IntegerField(default=500)
    url_length = pw.IntegerField(default=23)
    extra = JSONField(default=dict)
    # The keyring entry that holds this account's token (a name, not a secret).
    secret_ref = pw.TextField(unique=True)
    # Oldest history to import; None means everything.
    history_since = TimeField(null=True)
    created_at = TimeField()
    last_sync_at = TimeField(null=True)
    signature = pw.TextField(default="")
    # Keep customers' pictures for offline reading, up to this many bytes.
    media_keep = FlagField(default=True)
    media_cap = pw.BigIntegerField(default=1 << 30)

    class Meta:
        table_name = "account"


class ContactRow(BaseRow):
    name = pw.TextField(default="")
    created_at = TimeField()

    class Meta:
        table_name = "contact"


class IdentityRow(BaseRow):
    contact = pw.ForeignKeyField(ContactRow, null=True, on_delete="SET NULL", column_name="contact_id")
    platform = pw.TextField()
    key = pw.TextField()
    remote_id = pw.TextField()
    handle = pw.TextField()
    name = pw.TextField(default="")
    url = pw.TextField(null=True)
    avatar_url = pw.TextField(null=True)
    is_self = FlagField(default=False)
    first_seen_at = TimeField()
    # Web pages and e-mail addresses the profile names (merge suggestions).
    links = JSONField(null=True)

    class Meta:
        table_name = "identity"


class ConversationRow(BaseRow):
    account = pw.ForeignKeyField(AccountRow, on_delete="CASCADE", column_name="account_id")
    kind = pw.TextField()
    thread_key = pw.TextField()
    contact = pw.ForeignKeyField(ContactRow, null=True, on_delete="SET NULL", column_name="contact_id")
    identity = pw.ForeignKeyField(IdentityRow, null=True, column_name="identity_id")
    state = pw.TextField(default="needs_reply")
    # One integer that orders the inbox: needs-reply first, longest waiting
    # on top, then everything else newest first (see store.conversations).
    sort_key = pw.BigIntegerField(default=0)
    created_at = TimeField()
    last_message_at = TimeField(null=True)
    last_inbound_at = TimeField(null=True)
    last_outbound_at = TimeField(null=True)
    waiting_since = TimeField(null=True)
    done_at = TimeField(null=True)
    snoozed_until = TimeField(null=True)
    unread_count = pw.IntegerField(default=0)
    message_count = pw.IntegerField(default=0)
    snippet = pw.TextField(default="")
    # The customer message a new reply answers (remote id).
    reply_to = pw.TextField(null=True)
    # Begun by a post heard by listening (migration 6).
    heard = FlagField(default=False)
    # "Remind me if no answer by": a customer message after it was set answers it.
    follow_up_at = TimeField(null=True)
    follow_up_set_at = TimeField(null=True)
    # When it came back as a follow-up (marked in the list until answered).
    followed_up_at = TimeField(null=True)
    # The member it is assigned to (migration 11; a member id, None: no one).
    assignee_id = pw.IntegerField(null=True)

    class Meta:
        table_name = "conversation"


class MessageRow(BaseRow):
    account = pw.ForeignKeyField(AccountRow, on_delete="CASCADE", column_name="account_id")
    conversation = pw.ForeignKeyField(ConversationRow, on_delete="CASCADE", column_name="conversation_id")
    remote_id = pw.TextField()
    identity = pw.ForeignKeyField(IdentityRow, column_name="identity_id")
    direction = pw.TextField()
    visibility = pw.TextField(default="public")
    text = pw.TextField(default="")
    # Sanitised HTML, only when it carries more than the plain text.
    html = pw.TextField(default="")
    created_at = TimeField()
    edited_at = TimeField(null=True)
    in_reply_to = pw.TextField(null=True)
    thread_root = pw.TextField(null=True)
    url = pw.TextField(null=True)
    attachments = JSONField(null=True)
    extra = JSONField(null=True)
    # created_at (ms) * 1024 + a tie-breaker, unique: the search index's rowid,
    # so that the index's own order is newest first (migration 4). Its index
    # holds the conversation too (migration 6).
    time_key = pw.BigIntegerField(null=True)

    class Meta:
        table_name = "message"
        indexes = ((("time_key", "conversation"), True),)


class MemberRow(BaseRow):
    """One of the people sharing a team database (migration 9)."""

    id = pw.AutoField()
    name = pw.TextField(unique=True)
    signoff = pw.TextField(default="")
    created_at = TimeField()

    class Meta:
        table_name = "member"


class OutboxRow(BaseRow):
    # The idempotency key sent with every attempt, chosen when queued.
    key = pw.TextField(unique=True)
    account = pw.ForeignKeyField(AccountRow, on_delete="CASCADE", column_name="account_id")
    conversation = pw.ForeignKeyField(ConversationRow, on_delete="CASCADE", column_name="conversation_id")
    in_reply_to = pw.TextField(null=True)
    text = pw.TextField()
    kind = pw.TextField()
    visibility = pw.TextField()
    # queued | sending | sent | failed | cancelled
    state = pw.TextField(default="queued")
    attempts = pw.IntegerField(default=0)
    last_error = pw.TextField(default="")
    # Not before this time: the later of the undo window and ``send_at``.
    not_before = TimeField()
    # The time the user chose to send it at ("Send at…"); None: at once.
    send_at = TimeField(null=True)
    # Back-off after a failed attempt; an explicit "sync now" ignores it.
    retry_at = TimeField(null=True)
    created_at = TimeField()
    sent_at = TimeField(null=True)
    message = pw.ForeignKeyField(MessageRow, null=True, on_delete="SET NULL", column_name="message_id")
    extra = JSONField(null=True)
    # Who wrote it, in a team (set by the team database itself).
    member = pw.ForeignKeyField(MemberRow, null=True, on_delete="SET NULL", column_name="member_id")

    class Meta:
        table_name = "outbox"


class MediaRow(BaseRow):
    """An attachment whose file the sync keeps (``store.media``)."""

    account = pw.ForeignKeyField(AccountRow, on_delete="CASCADE", column_name="account_id")
    message = pw.ForeignKeyField(MessageRow, on_delete="CASCADE", column_name="message_id")
    position = pw.IntegerField()
    kind = pw.TextField()
    # wanted | stored | evicted | refused | failed
    state = pw.TextField(default="wanted")
    message_key = pw.BigIntegerField()  # the message's time key: oldest first out
    file = pw.TextField(null=True)
    thumb = pw.TextField(null=True)
    bytes = pw.IntegerField(default=0)
    content_type = pw.TextField(default="")
    width = pw.IntegerField(null=True)
    height = pw.IntegerField(null=True)
    attempts = pw.IntegerField(default=0)
    error = pw.TextField(default="")
    fetched_at = TimeField(null=True)

    class Meta:
        table_name = "media"


class OutboxMediaRow(BaseRow):
    """A picture of a queued reply (``store.outbox_media``)."""

    outbox = pw.ForeignKeyField(OutboxRow, on_delete="CASCADE", column_name="outbox_id")
    position = pw.IntegerField()
    file = pw.TextField()
    alt = pw.TextField()
    content_type = pw.TextField()
    bytes = pw.IntegerField()
    width = pw.IntegerField()
    height = pw.IntegerField()
    upload = JSONField(null=True)
    uploaded_at = TimeField(null=True)

    class Meta:
        table_name = "outbox_media"


class SyncCursorRow(BaseRow):
    account = pw.ForeignKeyField(AccountRow, on_delete="CASCADE", column_name="account_id")
    stream = pw.TextField()
    value = pw.TextField(null=True)
    # Backfill streams: done when history is imported as far as wanted.
    exhausted = FlagField(default=False)
    oldest_at = TimeField(null=True)
    updated_at = TimeField()

    class Meta:
        table_name = "sync_cursor"
        primary_key = pw.CompositeKey("account", "stream")


class NoteRow(BaseRow):
    contact = pw.ForeignKeyField(ContactRow, on_delete="CASCADE", column_name="contact_id")
    text = pw.TextField()
    created_at = TimeField()
    updated_at = TimeField()

    class Meta:
        table_name = "note"


class ContactEventRow(BaseRow):
    """Something that happened outside the inbox: a phone call, a meeting."""

    contact = pw.ForeignKeyField(ContactRow, on_delete="CASCADE", column_name="contact_id")
    kind = pw.TextField()  # call | meeting
    text = pw.TextField()
    at = TimeField()
    created_at = TimeField()

    class Meta:
        table_name = "contact_event"


class TagRow(BaseRow):
    name = pw.TextField(unique=True)
    color = pw.TextField(default="")

    class Meta:
        table_name = "tag"


class ContactTagRow(BaseRow):
    contact = pw.ForeignKeyField(ContactRow, on_delete="CASCADE", column_name="contact_id")
    tag = pw.ForeignKeyField(TagRow, on_delete="CASCADE", column_name="tag_id")

    class Meta:
        table_name = "contact_tag"
        primary_key = pw.CompositeKey("contact", "tag")


class SnippetRow(BaseRow):
    name = pw.TextField()
    body = pw.TextField()
    created_at = TimeField()
    updated_at = TimeField()

    class Meta:
        table_name = "snippet"


class DraftRow(BaseRow):
    conversation = pw.ForeignKeyField(
        ConversationRow, primary_key=True, on_delete="CASCADE", column_name="conversation_id"
    )
    text = pw.TextField(default="")
    kind = pw.TextField(default="")
    updated_at = TimeField()

    class Meta:
        table_name = "draft"


class ContactMergeRow(BaseRow):
    target = pw.ForeignKeyField(ContactRow, on_delete="CASCADE", column_name="target_id")
    source_name = pw.TextField()
    identity_ids = JSONField()
    note_ids = JSONField(default=list)
    tag_ids = JSONField(default=list)
    created_at = TimeField()
    undone_at = TimeField(null=True)
    event_ids = JSONField(default=list)

    class Meta:
        table_name = "contact_merge"


class SavedSearchRow(BaseRow):
    name = pw.TextField()
    query = pw.TextField()
    position = pw.IntegerField(default=0)
    created_at = TimeField()

    class Meta:
        table_name = "saved_search"


class PreferenceRow(BaseRow):
    key = pw.TextField(primary_key=True)
    value = pw.TextField()

    class Meta:
        table_name = "preference"


class ListeningTermRow(BaseRow):
    account = pw.ForeignKeyField(AccountRow, on_delete="CASCADE", column_name="account_id")
    kind = pw.TextField()  # word | phrase | hashtag
    text = pw.TextField()
    lang = pw.TextField(default="")
    # Why it cannot be heard now, in words ("" when it can).
    note = pw.TextField(default="")
    checked_at = TimeField(null=True)
    created_at = TimeField()

    class Meta:
        table_name = "listening_term"


class ListeningMuteRow(BaseRow):
    account = pw.ForeignKeyField(AccountRow, on_delete="CASCADE", column_name="account_id")
    kind = pw.TextField()  # word | author
    value = pw.TextField()
    created_at = TimeField()

    class Meta:
        table_name = "listening_mute"
        primary_key = pw.CompositeKey("account", "kind", "value")


class HeardDismissedRow(BaseRow):
    account = pw.ForeignKeyField(AccountRow, on_delete="CASCADE", column_name="account_id")
    remote_id = pw.TextField()
    dismissed_at = TimeField()

    class Meta:
        table_name = "heard_dismissed"
        primary_key = pw.CompositeKey("account", "remote_id")


class ActivityRow(BaseRow):
    """Who did what, in a team (written by the team database's triggers)."""

    at = TimeField()
    member = pw.ForeignKeyField(MemberRow, null=True, on_delete="SET NULL", column_name="member_id")
    kind = pw.TextField()  # reply | note | tag | untag | done | snooze
    conversation = pw.ForeignKeyField(ConversationRow, null=True, on_delete="CASCADE", column_name="conversation_id")
    contact = pw.ForeignKeyField(ContactRow, null=True, on_delete="CASCADE", column_name="contact_id")
    detail = pw.TextField(default="")

    class Meta:
        table_name = "activity"


class PresenceRow(BaseRow):
    """A member writing a reply now, and the heartbeat's last beat (migration 11)."""

    member_id = pw.IntegerField(primary_key=True)
    conversation = pw.ForeignKeyField(ConversationRow, on_delete="CASCADE", column_name="conversation_id")
    at = TimeField()

    class Meta:
        table_name = "presence"


ALL_MODELS: tuple[type[BaseRow], ...] = (
    AccountRow,
    ContactRow,
    IdentityRow,
    ConversationRow,
    MessageRow,
    OutboxRow,
    MediaRow,
    OutboxMediaRow,
    SyncCursorRow,
    NoteRow,
    ContactEventRow,
    TagRow,
    ContactTagRow,
    SnippetRow,
    DraftRow,
    ContactMergeRow,
    SavedSearchRow,
    PreferenceRow,
    ListeningTermRow,
    ListeningMuteRow,
    HeardDismissedRow,
    MemberRow,
    ActivityRow,
    PresenceRow,
)
