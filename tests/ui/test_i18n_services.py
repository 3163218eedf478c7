"""What the services, the store and the connectors say and the interface
shows (account statuses, listening notes, merge reasons, a backup's
description, the e-mail sign-in's report) reads in the user's language,
while ``str()`` (the command line's words) stays English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_inbox.connectors.base import ListeningUnavailable
from desktop_inbox.errors import NeedsSignIn, Rejected
from desktop_inbox.records import (
    DIRECT_MESSAGES,
    UNAVAILABLE,
    AccountState,
    Connection,
    Direction,
    Kind,
    Person,
    Platform,
    Post,
    TermKind,
)
from desktop_inbox.services import status as account_status
from desktop_inbox.services.signin.email import EmailSignIn
from desktop_inbox.store import ingest, merges
from desktop_inbox.store import listening as store_listening
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.backup import BackupInfo
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.status import status_for
from desktop_inbox.ui.i18n import platform_text, say
from desktop_inbox.words import QT_TRANSLATE_NOOP, STATUS, Phrase
from tests.helpers.shop import T0, shop_cache
from tests.ui.test_i18n_words import greek  # noqa: F401  (the fixture)

pytestmark = pytest.mark.usefixtures("greek")


def latin_words(shown: str, *kept: str) -> list[str]:
    """Words in Latin letters left in ``shown`` once ``kept`` (names, a server's words) are taken out."""
    for text in kept:
        shown = shown.replace(text, " ")
    return [w for w in shown.split() if any("a" <= ch.lower() <= "z" for ch in w)]


@pytest.fixture
def cache(data_dir: Path) -> Iterator[Cache]:
    yield from shop_cache(data_dir)


def account(**changes: object) -> Account:
    fields: dict[str, object] = {
        "id": 1, "platform": Platform.BLUESKY, "base_url": "https://bsky.social", "remote_id": "did:plc:shop", "handle": "shop.bsky.social",
        "display_name": "Shop", "state": AccountState.OK, "state_detail": "", "char_limit": 300, "url_length": 0, "extra": {},
        "secret_ref": "b:1", "history_since": None, "created_at": T0, "last_sync_at": None, "signature": "",
    }  # fmt: skip
    fields.update(changes)
    return Account(**fields)  # type: ignore[arg-type]


def test_an_accounts_status_and_its_unreachable_part_read_in_the_users_language() -> None:
    refused = account_status.account_status(account(state=AccountState.NEEDS_SIGN_IN), None)
    assert str(refused.reason) == "The account needs you to sign in again."
    assert say(refused.reason) == "Ο λογαριασμός χρειάζεται να συνδεθείτε ξανά."
    why = "Bluesky's chat service cannot be reached (502)"
    partly = account(extra={UNAVAILABLE + DIRECT_MESSAGES: why}).unavailable_note
    assert str(partly) == f"direct messages unavailable: {why}"  # the command line's words
    assert say(partly) == f"προσωπικά μηνύματα μη διαθέσιμα: {why}"
    assert not account().unavailable_note and say(account().unavailable_note) == ""


def test_what_a_sync_failure_says_is_kept_as_a_sentence_the_interface_translates() -> None:
    failed = status_for(NeedsSignIn(QT_TRANSLATE_NOOP("Errors", "Please sign in to Bluesky again with an app password.")))
    assert failed.state == Connection.NEEDS_SIGN_IN
    assert say(failed.reason) == "Συνδεθείτε ξανά στο Bluesky με κωδικό εφαρμογής."
    slow = status_for(TimeoutError())
    assert str(slow.reason) == "The keyring did not answer in time (is it locked?)." and not latin_words(say(slow.reason))
    # A message that is not one short line is made one, and stays as it was said.
    assert status_for(Rejected("two\nlines")).reason == "two lines"


def test_a_backup_describes_itself_in_the_users_language() -> None:
    taken = datetime(2026, 12, 6, 9, 30, tzinfo=UTC)
    info = BackupInfo(
        Path("inbox.backup"), 10, accounts=2, conversations=14, messages=120, outbox_waiting=1, size=3_500_000,
        encrypted=True, taken_at=taken, media_files=4, media_bytes=2_000_000,
    )  # fmt: skip
    when = taken.astimezone().strftime("%Y-%m-%d %H:%M")
    assert str(info.describe()) == (
        f"inbox.backup ({when}, 120 messages in 14 conversations, 2 account(s), 1 repl(y/ies) waiting, 3.5 MB, "
        "with 4 media files (2.0 MB), encrypted)"
    )
    shown = say(info.describe())
    assert "μηνύματα: 120" in shown and "αρχεία πολυμέσων: 4 (2.0 MB)" in shown and "κρυπτογραφημένο" in shown
    assert latin_words(shown, "inbox.backup", "MB") == []


def test_a_merge_suggestions_reason_reads_in_the_users_language(cache: Cache) -> None:
    anna_m = Person(Platform.MASTODON, "https://m.example/@anna", "a1", "@anna@m.example", "Anna Lambrou")
    anna_e = Person(Platform.EMAIL, "anna@example.com", "anna@example.com", "anna@example.com", "Anna Lambrou")
    posts = [
        Post(str(n), who, f"text {n}", T0, Kind.DIRECT, Direction.IN, who, thread_root=str(n))
        for n, who in enumerate((anna_m, anna_e))
    ]
    cache.call_write(ingest.store_page, 1, "s", posts, cursor="x", exhausted=True, unread=True)
    [suggestion] = cache.call_read(merges.suggestions, None)
    assert str(suggestion.reason) == "same name (Anna Lambrou)"
    assert say(suggestion.reason) == "ίδιο όνομα (Anna Lambrou)"


def test_a_listening_note_is_kept_as_a_sentence_and_says_whether_the_term_is_refused(cache: Cache) -> None:
    refused = cache.call_write(store_listening.add_term, 1, TermKind.WORD, "shoes")
    noted = cache.call_write(store_listening.add_term, 1, TermKind.HASHTAG, "sale")
    server = Rejected("Bluesky refused it: \x1b[31mBadQuery\nnext line")  # a server's words: one line in the cache
    unavailable = ListeningUnavailable(
        QT_TRANSLATE_NOOP("Errors", "Not heard: Bluesky's search refused {term} ({why})."), term=refused.label, why=server.phrase
    )
    cache.call_write(store_listening.set_note, [refused.id], unavailable.phrase, refused=True, now=T0)
    said = Phrase(STATUS, QT_TRANSLATE_NOOP("Status", "same name ({name})"), {"name": "Anna"})  # any sentence
    cache.call_write(store_listening.set_note, [noted.id], said, now=T0)
    terms = {t.id: t for t in cache.call_read(store_listening.terms, 1)}
    kept = terms[refused.id]
    assert kept.refused and not terms[noted.id].refused  # a typed value, not text to match
    assert say(terms[noted.id].note) == "ίδιο όνομα (Anna)"
    assert str(kept.note).startswith("Not heard: Bluesky's search refused shoes (") and "\n" not in str(kept.note)
    shown = say(kept.note)
    assert shown.startswith("Δεν ακούγεται: η αναζήτηση του Bluesky απέρριψε το shoes (") and "BadQuery" in shown
    assert kept.to_json()["note"] == str(kept.note)  # the command line's words
    # A note kept as plain text before notes were kept as sentences: shown as written, not refused.
    cache.call_write(store_listening.set_note, [noted.id], "{not json", now=T0)
    old = next(t for t in cache.call_read(store_listening.terms, 1) if t.id == noted.id)
    assert say(old.note) == "{not json" and not old.refused


async def test_the_email_sign_in_says_its_provider_note_and_report_in_the_users_language() -> None:
    guess = EmailSignIn.guess("shop@gmail.com")
    assert "app password" in guess.note
    assert "κωδικό εφαρμογής" in platform_text(guess.note) and "needs" not in platform_text(guess.note)
    config = EmailSignIn.servers("shop@example.com", imap=("127.0.0.1", 1, "tls"), smtp=("127.0.0.1", 1, "tls"))
    report = await EmailSignIn.test_connection(config, "secret")
    assert not report.imap_ok and not report.smtp_ok
    assert say(report.imap_message) != str(report.imap_message) and "127.0.0.1" in say(report.imap_message)
