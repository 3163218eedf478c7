"""Accounts: the business's own identities on each platform."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.records import (
    DIRECT_MESSAGES,
    LIMITS_CHECKED,
    PICTURE_LIMIT,
    UNAVAILABLE,
    AccountInfo,
    AccountState,
    Person,
    Platform,
    picture_limit,
    plausible_picture_limit,
)
from desktop_inbox.store import search
from desktop_inbox.store.schema import AccountRow, database, to_ms
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.words import QT_TRANSLATE_NOOP, STATUS, Phrase

# A part of an account that cannot be reached, said (``Account.unavailable_note``).
_UNAVAILABLE = QT_TRANSLATE_NOOP("Status", "{part} unavailable: {why}")
_PARTS = {DIRECT_MESSAGES: Phrase(STATUS, QT_TRANSLATE_NOOP("Status", "direct messages"))}


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    platform: Platform
    base_url: str
    remote_id: str
    handle: str
    display_name: str
    state: AccountState
    state_detail: str
    char_limit: int
    url_length: int
    extra: dict[str, str]
    secret_ref: str
    history_since: datetime | None
    created_at: datetime
    last_sync_at: datetime | None
    signature: str

    @property
    def label(self) -> str:
        return f"{self.handle} ({self.platform})"

    @property
    def me(self) -> Person:
        """The account's own identity on its platform."""
        return Person(
            platform=Platform(self.platform),
            key=self.extra.get("self_key", self.remote_id),
            remote_id=self.remote_id,
            handle=self.handle,
            name=self.display_name,
        )

    @property
    def picture_limit(self) -> int | None:
        """The largest picture the account's server takes (bytes), where it
        said one at sign-in; None: the platform's limit applies."""
        return picture_limit(self.extra)

    @property
    def limits_checked_at(self) -> datetime | None:
        """When the server's limits were last asked (None: never, or unreadable)."""
        value = self.extra.get(LIMITS_CHECKED)
        try:
            when = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None
        return when if when is None or when.tzinfo is not None else when.replace(tzinfo=UTC)

    @property
    def unavailable(self) -> dict[str, str]:
        """Parts of the account that cannot be reached for now, and why."""
        return {k.removeprefix(UNAVAILABLE): v for k, v in self.extra.items() if k.startswith(UNAVAILABLE) and v}

    @property
    def unavailable_note(self) -> Phrase:
        """``unavailable`` in words ("direct messages unavailable: why"), or
        an empty phrase. ``why`` is kept as it was said (English)."""
        note = Phrase(STATUS, "")
        for part, why in sorted(self.unavailable.items()):
            said = Phrase(STATUS, _UNAVAILABLE, {"part": _PARTS.get(part) or part.replace("_", " "), "why": why})
            note = Phrase(STATUS, "{one}; {other}", {"one": note, "other": said}) if note else said
        return note

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "platform": self.platform,
            "base_url": self.base_url,
            "handle": self.handle,
            "name": self.display_name,
            "state": self.state,
            "state_detail": self.state_detail or None,
            "char_limit": self.char_limit,
            "picture_limit": self.picture_limit,  # bytes, as the server says (null: the platform's)
            "last_sync_at": self.last_sync_at.isoformat() if self.last_sync_at else None,
            "history_since": self.history_since.isoformat() if self.history_since else None,
            # e.g. {"direct_messages": "Bluesky's chat service cannot be reached (…)"}
            "unavailable": self.unavailable,
        }


def _account(row: AccountRow) -> Account:
    return Account(
        id=row.id,
        platform=Platform(row.platform),
        base_url=row.base_url,
        remote_id=row.remote_id,
        handle=row.handle,
        display_name=row.display_name,
        state=AccountState(row.state),
        state_detail=row.state_detail,
        char_limit=row.char_limit,
        url_length=row.url_length,
        extra=dict(row.extra or {}),
        secret_ref=row.secret_ref,
        history_since=row.history_since,
        created_at=row.created_at,
        last_sync_at=row.last_sync_at,
        signature=row.signature,
    )


def new_secret_ref(platform: Platform) -> str:
    import uuid  # when an account is added, not at every start

    return f"{platform}:{uuid.uuid4()}"


def find(platform: Platform, base_url: str, remote_id: str) -> Account | None:
    row = AccountRow.get_or_none(
        (AccountRow.platform == platform) & (AccountRow.base_url == base_url) & (AccountRow.remote_id == remote_id)
    )
    return _account(row) if row else None


def create(
    *,
    platform: Platform,
    base_url: str,
    info: AccountInfo,
    secret_ref: str,
    history_since: datetime | None = None,
    now: datetime | None = None,
) -> Account:
    now = now or datetime.now(UTC)
    if find(platform, base_url, info.me.remote_id):
        raise BadInput(
            QT_TRANSLATE_NOOP("Errors", "{handle} on {base_url} is already added."),
            handle=info.me.handle,
            base_url=base_url,
        )
    with database.atomic():
        row = AccountRow.create(
            platform=platform,
            base_url=base_url,
            remote_id=info.me.remote_id,
            handle=info.me.handle,
            display_name=info.me.name,
            char_limit=info.char_limit,
            url_length=info.url_length,
            extra=info.extra,
            secret_ref=secret_ref,
            history_since=history_since,
            created_at=now,
        )
        database.execute_sql(
            """
            INSERT INTO identity (platform, key, remote_id, handle, name, url, avatar_url, is_self, first_seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
            ON CONFLICT (platform, key) DO UPDATE SET is_self = 1, contact_id = NULL
            """,
            (
                info.me.platform.value,
                info.me.key,
                info.me.remote_id,
                info.me.handle,
                info.me.name,
                info.me.url,
                info.me.avatar_url,
                to_ms(now),
            ),
        )
    return _account(row)


def update_info(account_id: int, info: AccountInfo) -> Account:
    AccountRow.update(
        handle=info.me.handle,
        display_name=info.me.name,
        char_limit=info.char_limit,
        url_length=info.url_length,
        extra=info.extra,
    ).where(AccountRow.id == account_id).execute()
    return get(account_id)


def _row(account_id: int) -> AccountRow:
    row = AccountRow.get_or_none(AccountRow.id == account_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no account {account_id}."), account_id=account_id)
    return row


def get(account_id: int) -> Account:
    return _account(_row(account_id))


def all_accounts() -> list[Account]:
    return [_account(r) for r in AccountRow.select().order_by(AccountRow.id)]


def set_state(account_id: int, state: AccountState, detail: str = "") -> None:
    # ``detail`` often quotes a server: stored short, on one line, without secrets.
    AccountRow.update(state=state, state_detail=one_line(detail)).where(AccountRow.id == account_id).execute()


def set_unavailable(account_id: int, part: str, reason: str) -> Account:
    """Note why a part of the account cannot be reached ("" when it works again)."""
    with database.atomic("IMMEDIATE"):
        row = _row(account_id)
        extra = dict(row.extra or {})
        if reason:
            extra[UNAVAILABLE + part] = one_line(reason)
        else:
            extra.pop(UNAVAILABLE + part, None)
        AccountRow.update(extra=extra).where(AccountRow.id == account_id).execute()
    return get(account_id)


def with_limits(extra: Mapping[str, str], picture_limit: int | None, *, checked_at: datetime) -> dict[str, str]:
    """``extra`` keeping the server's picture limit as it says it now (none,
    or one not believed: the platform's applies) and when it was asked."""
    kept = {k: v for k, v in extra.items() if k != PICTURE_LIMIT}
    if plausible_picture_limit(picture_limit) is not None:
        kept[PICTURE_LIMIT] = str(picture_limit)
    kept[LIMITS_CHECKED] = checked_at.astimezone(UTC).isoformat()
    return kept


def set_limits(
    account_id: int, *, char_limit: int, url_length: int, picture_limit: int | None, checked_at: datetime
) -> bool:
    """Keep the limits the account's server says now (``picture_limit``
    None: it says none, the platform's applies); whether any changed."""
    with database.atomic("IMMEDIATE"):
        row = _row(account_id)
        extra = with_limits(row.extra or {}, picture_limit, checked_at=checked_at)
        before = (row.char_limit, row.url_length, (row.extra or {}).get(PICTURE_LIMIT))
        AccountRow.update(char_limit=char_limit, url_length=url_length, extra=extra).where(
            AccountRow.id == account_id
        ).execute()
    return before != (char_limit, url_length, extra.get(PICTURE_LIMIT))


def mark_synced(account_id: int, at: datetime) -> None:
    AccountRow.update(last_sync_at=at, state=AccountState.OK, state_detail="").where(
        AccountRow.id == account_id
    ).execute()


def set_signature(account_id: int, signature: str) -> None:
    AccountRow.update(signature=signature).where(AccountRow.id == account_id).execute()


def remove(account_id: int) -> Account:
    """Delete the account and, through the foreign keys, its cached history.

    The people stay (they may write from other accounts too); their messages
    with this account go.
    """
    account = get(account_id)
    with database.atomic("IMMEDIATE"):
        # Contentless FTS rows must be deleted by hand, with their values.
        search.unindex_where("m.account_id = ?", (account_id,))
        AccountRow.delete().where(AccountRow.id == account_id).execute()
    return account


def history_counts(account_id: int) -> tuple[int, int]:
    """How many conversations and messages of this account are cached."""
    conversations = database.execute_sql(
        "SELECT count(*) FROM conversation WHERE account_id = ?", (account_id,)
    ).fetchone()[0]
    messages = database.execute_sql("SELECT count(*) FROM message WHERE account_id = ?", (account_id,)).fetchone()[0]
    return conversations, messages
