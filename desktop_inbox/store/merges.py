"""One person, several identities: merging contacts, and undoing a merge.

A merge moves the source contact's identities, notes, logged calls and
meetings, and tags to the target
and records exactly what moved, so ``unmerge`` can put everything back.
Suggestions come from equal names, and from profiles that link to each
other (a web page or an e-mail address one profile lists and another is).
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.records import Platform
from desktop_inbox.store.schema import database, from_ms, to_ms
from desktop_inbox.words import QT_TRANSLATE_NOOP, STATUS, Phrase


@dataclass(frozen=True, slots=True)
class MergeRecord:
    id: int
    target_id: int
    source_name: str
    identity_ids: list[int]
    created_at: datetime
    undone_at: datetime | None


@dataclass(frozen=True, slots=True)
class Suggestion:
    contact_id: int
    other_id: int
    reason: Phrase  # str() in English
    other_name: str


def merge(target_id: int, source_id: int, *, now: datetime | None = None) -> MergeRecord:
    if target_id == source_id:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "A customer cannot be merged with themselves."))
    with database.atomic("IMMEDIATE"):
        names = dict(database.execute_sql("SELECT id, name FROM contact WHERE id IN (?, ?)", (target_id, source_id)))
        if len(names) != 2:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "One of the customers to merge no longer exists."))
        identity_ids = [
            r[0] for r in database.execute_sql("SELECT id FROM identity WHERE contact_id = ?", (source_id,))
        ]
        note_ids = [r[0] for r in database.execute_sql("SELECT id FROM note WHERE contact_id = ?", (source_id,))]
        tag_ids = [
            r[0] for r in database.execute_sql("SELECT tag_id FROM contact_tag WHERE contact_id = ?", (source_id,))
        ]
        event_ids = [
            r[0] for r in database.execute_sql("SELECT id FROM contact_event WHERE contact_id = ?", (source_id,))
        ]
        merge_id = database.execute_sql(
            """
            INSERT INTO contact_merge (target_id, source_name, identity_ids, note_ids, tag_ids, event_ids, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
            """,
            (
                target_id,
                names[source_id],
                json.dumps(identity_ids),
                json.dumps(note_ids),
                json.dumps(tag_ids),
                json.dumps(event_ids),
                to_ms(now or datetime.now(UTC)),
            ),
        ).fetchone()[0]
        database.execute_sql("UPDATE identity SET contact_id = ? WHERE contact_id = ?", (target_id, source_id))
        database.execute_sql("UPDATE conversation SET contact_id = ? WHERE contact_id = ?", (target_id, source_id))
        database.execute_sql("UPDATE note SET contact_id = ? WHERE contact_id = ?", (target_id, source_id))
        database.execute_sql("UPDATE contact_event SET contact_id = ? WHERE contact_id = ?", (target_id, source_id))
        database.execute_sql(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) SELECT ?, tag_id FROM contact_tag WHERE contact_id = ?",
            (target_id, source_id),
        )
        database.execute_sql("DELETE FROM contact WHERE id = ?", (source_id,))
    return get(merge_id)


def unmerge(merge_id: int, *, now: datetime | None = None) -> int:
    """Undo a merge: the identities get their own contact again. Returns its id."""
    record = get(merge_id)
    if record.undone_at is not None:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "This merge was already undone."))
    row = database.execute_sql(
        "SELECT note_ids, tag_ids, event_ids FROM contact_merge WHERE id = ?", (merge_id,)
    ).fetchone()
    note_ids, tag_ids, event_ids = json.loads(row[0]), json.loads(row[1]), json.loads(row[2])
    at = to_ms(now or datetime.now(UTC))
    with database.atomic("IMMEDIATE"):
        contact_id = database.execute_sql(
            "INSERT INTO contact (name, created_at) VALUES (?, ?) RETURNING id", (record.source_name, at)
        ).fetchone()[0]
        for identity_id in record.identity_ids:
            database.execute_sql("UPDATE identity SET contact_id = ? WHERE id = ?", (contact_id, identity_id))
            database.execute_sql(
                "UPDATE conversation SET contact_id = ? WHERE identity_id = ? AND contact_id = ?",
                (contact_id, identity_id, record.target_id),
            )
        for note_id in note_ids:
            database.execute_sql("UPDATE note SET contact_id = ? WHERE id = ?", (contact_id, note_id))
        for event_id in event_ids:
            database.execute_sql("UPDATE contact_event SET contact_id = ? WHERE id = ?", (contact_id, event_id))
        for tag_id in tag_ids:
            database.execute_sql(
                "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", (contact_id, tag_id)
            )
        database.execute_sql("UPDATE contact_merge SET undone_at = ? WHERE id = ?", (at, merge_id))
    return contact_id


def get(merge_id: int) -> MergeRecord:
    row = database.execute_sql(
        "SELECT id, target_id, source_name, identity_ids, created_at, undone_at FROM contact_merge WHERE id = ?",
        (merge_id,),
    ).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no merge {merge_id}."), merge_id=merge_id)
    return MergeRecord(row[0], row[1], row[2], json.loads(row[3]), from_ms(row[4]), from_ms(row[5]) if row[5] else None)


def merges_of(contact_id: int) -> list[MergeRecord]:
    ids = [
        r[0]
        for r in database.execute_sql(
            "SELECT id FROM contact_merge WHERE target_id = ? AND undone_at IS NULL ORDER BY created_at DESC",
            (contact_id,),
        )
    ]
    return [get(i) for i in ids]


def _norm_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


# Platforms whose handles are user names people pick (Messenger's are
# display names, e-mail's addresses).
_USERNAME_PLATFORMS = frozenset({"mastodon", "x", "bluesky", "instagram"})


def _username(platform: str, handle: str) -> str | None:
    """``@anna@mastodon.social``, ``@anna``, ``anna.bsky.social`` -> ``anna``
    (None where a handle is no user name or too short to mean much)."""
    if platform not in _USERNAME_PLATFORMS:
        return None
    name = handle.strip().lstrip("@").split("@")[0].casefold()
    if platform == "bluesky" and name.endswith(".bsky.social"):
        name = name[: -len(".bsky.social")]
    return name if len(name) >= 4 and " " not in name else None


def suggestions(contact_id: int | None = None, *, limit: int = 50) -> list[Suggestion]:
    """Pairs of contacts that are probably one person, with the reason.

    Names must be equal (accents and case aside) and of two words or more,
    or user names equal (on any two platforms, or one platform's two ids for
    one person: an Instagram customer's messages and the posts they tag you
    in), or one profile must name the other's page or e-mail address.
    """
    rows = database.execute_sql(
        """
        SELECT i.contact_id, c.name, i.platform, i.key, i.url, i.handle, i.links
        FROM identity i JOIN contact c ON c.id = i.contact_id WHERE i.is_self = 0
        """
    ).fetchall()
    names: dict[str, set[int]] = {}
    contact_names: dict[int, str] = {}
    owners: dict[str, int] = {}  # a URL / address -> contact
    links: list[tuple[int, str]] = []
    usernames: dict[str, set[int]] = {}
    for cid, name, platform, key, url, handle, raw_links in rows:
        contact_names[cid] = name
        username = _username(platform, handle or "")
        if username:
            usernames.setdefault(username, set()).add(cid)
        norm = _norm_name(name)
        if len(norm.split()) >= 2 or (norm and not norm.isascii() and len(norm) >= 2):
            names.setdefault(norm, set()).add(cid)
        for own in filter(None, (url, key if platform == Platform.EMAIL else None)):
            owners[own.rstrip("/").lower()] = cid
        for link in json.loads(raw_links) if raw_links else []:
            links.append((cid, link.rstrip("/").lower()))
    pairs: dict[tuple[int, int], Phrase] = {}
    for cid, link in links:
        other = owners.get(link)
        if other is not None and other != cid:
            pairs.setdefault((min(cid, other), max(cid, other)), Phrase(STATUS, QT_TRANSLATE_NOOP("Status", "one profile links to the other ({link})"), {"link": link}))
    for username, ids in usernames.items():
        for a, b in itertools.combinations(sorted(ids), 2):
            pairs.setdefault((a, b), Phrase(STATUS, QT_TRANSLATE_NOOP("Status", "same user name ({name})"), {"name": username}))
    for ids in names.values():
        for a, b in itertools.combinations(sorted(ids), 2):
            pairs.setdefault((a, b), Phrase(STATUS, QT_TRANSLATE_NOOP("Status", "same name ({name})"), {"name": contact_names[a]}))
    out = []
    for (a, b), reason in sorted(pairs.items()):
        if contact_id is not None and contact_id not in (a, b):
            continue
        me, other = (a, b) if contact_id in (None, a) else (b, a)
        out.append(Suggestion(me, other, reason, contact_names.get(other, "")))
    return out[:limit]
