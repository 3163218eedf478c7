"""Answer where the customer is: the channels through which a customer with
several identities can be reached, and the conversation a reply through one
of them lands in.

A channel is one identity of the customer, answered in public (a reply in
their latest public conversation) or privately (their direct messages, or
e-mail), through one of our accounts on that platform. A channel without a
conversation yet gets one when a reply is queued through it (``start``): a
chat-like platform's direct messages take their own thread key at once; an
e-mail thread is keyed by its first message, so it waits for the key until
that reply is delivered (``store.outbox.mark_sent``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.records import Kind, Platform, picture_limit
from desktop_inbox.store import outbox
from desktop_inbox.store.ingest import THREADED_DIRECT
from desktop_inbox.store.schema import database, to_ms
from desktop_inbox.words import QT_TRANSLATE_NOOP

_KIND_WORDS = {Kind.PUBLIC: "public reply", Kind.DIRECT: "direct message"}


@dataclass(frozen=True, slots=True)
class Channel:
    identity_id: int
    platform: Platform
    handle: str  # the customer's, on that platform
    kind: Kind
    account_id: int
    account_handle: str
    conversation_id: int | None  # None: started when a reply goes through it
    char_limit: int
    url_length: int
    platform_name: str = ""  # as users read it (the services fill it in from the descriptor)
    picture_limit: int | None = None  # the account's server's (``Account.picture_limit``)

    @property
    def label(self) -> str:
        """How the composer's "Answer via" names it."""
        if self.platform == Platform.EMAIL:
            return f"E-mail to {self.handle}"
        new = "" if self.conversation_id is not None else " (new)"
        return f"{self.platform_name or self.platform.value} {_KIND_WORDS[self.kind]} to {self.handle}{new}"

    def to_json(self) -> dict[str, object]:
        return {
            "identity_id": self.identity_id,
            "platform": self.platform,
            "kind": self.kind,
            "account_id": self.account_id,
            "conversation_id": self.conversation_id,
            "label": self.label,
        }


def channels(contact_id: int) -> list[Channel]:
    """Every channel of the customer that one of our accounts can reach: for
    each identity, its latest public and direct conversation, and a direct
    channel to start where it has none (the caller keeps those the platform
    lets us start)."""
    accounts: dict[str, list[tuple[int, str, int, int, int | None]]] = {}
    for account_id, platform, handle, char_limit, url_length, extra in database.execute_sql(
        "SELECT id, platform, handle, char_limit, url_length, extra FROM account ORDER BY id"
    ):
        accounts.setdefault(platform, []).append((account_id, handle, char_limit, url_length, picture_limit(extra)))
    found: list[Channel] = []
    identities = database.execute_sql(
        "SELECT id, platform, handle FROM identity WHERE contact_id = ? AND NOT is_self ORDER BY first_seen_at, id",
        (contact_id,),
    ).fetchall()
    # Their conversations, latest last, by identity (one indexed read: by contact).
    latest: dict[int, dict[str, tuple[int, int]]] = {}
    for identity_id, kind, conversation_id, account_id in database.execute_sql(
        """
        SELECT identity_id, kind, id, account_id FROM conversation WHERE contact_id = ?
        ORDER BY coalesce(last_message_at, created_at)
        """,
        (contact_id,),
    ):
        latest.setdefault(identity_id, {})[kind] = (conversation_id, account_id)
    for identity_id, platform, handle in identities:
        if platform not in accounts:
            continue
        by_id = {a[0]: a for a in accounts[platform]}
        for kind in (Kind.PUBLIC, Kind.DIRECT):
            conversation_id, account_id = latest.get(identity_id, {}).get(kind.value, (None, accounts[platform][0][0]))
            if conversation_id is None and kind == Kind.PUBLIC:
                continue  # a public reply answers one of their posts
            _, account_handle, char_limit, url_length, pictures = by_id[account_id]
            channel = Channel(
                identity_id, Platform(platform), handle, kind, account_id, account_handle,
                conversation_id, char_limit, url_length, picture_limit=pictures,
            )  # fmt: skip
            found.append(channel)
    return found


def start(identity_id: int, account_id: int, *, now: datetime | None = None) -> int:
    """A direct conversation with this identity on this account, started for
    a reply (or the one that exists); its id."""
    row = database.execute_sql(
        "SELECT contact_id, platform, key FROM identity WHERE id = ? AND NOT is_self", (identity_id,)
    ).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no customer identity {identity_id}."), identity_id=identity_id
        )
    contact_id, platform, key = row
    account = database.execute_sql("SELECT platform FROM account WHERE id = ?", (account_id,)).fetchone()
    if account is None or account[0] != platform:
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "Identity {identity_id} cannot be reached from account {account_id}."),
            identity_id=identity_id,
            account_id=account_id,
        )
    threaded = Platform(platform) in THREADED_DIRECT
    thread_key = f"{outbox.STARTED}{uuid.uuid4()}" if threaded else f"dm:{key}"
    with database.atomic("IMMEDIATE"):
        existing = database.execute_sql(
            "SELECT id FROM conversation WHERE account_id = ? AND kind = 'direct' AND thread_key = ?",
            (account_id, thread_key),
        ).fetchone()
        if existing is not None:
            return int(existing[0])
        conversation_id: int = database.execute_sql(
            """
            INSERT INTO conversation (account_id, kind, thread_key, contact_id, identity_id, state, created_at)
            VALUES (?, 'direct', ?, ?, ?, 'waiting', ?) RETURNING id
            """,
            (account_id, thread_key, contact_id, identity_id, to_ms(now or datetime.now(UTC))),
        ).fetchone()[0]
    return conversation_id
