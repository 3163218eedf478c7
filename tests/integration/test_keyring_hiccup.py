"""A keyring that fails for a moment costs nothing; one that keeps failing
costs only its own account's sync, and says so.

A CI run saw gnome-keyring answer that its default collection "does not
exist" while two accounts' sign-ins were read at once; secretstorage raised
its own ``ItemNotFoundException`` (not a ``keyring.errors`` error), which
went through the sync of every account. A later run saw the same answer
about the collection itself, which keyring wraps as ``InitError``. The
backends below are the real Secret Service of the test run with those
failures put in front of it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backends import SecretService
from secretstorage.exceptions import ItemNotFoundException

from desktop_inbox.errors import KeyringUnavailable
from desktop_inbox.secrets import Secrets
from tests.helpers.mastodon import World
from tests.integration.conftest import App


class Hiccups(SecretService.Keyring):
    """The real keyring, whose reads of ``refs`` fail ``times`` times each
    the way gnome-keyring's vanished collection does."""

    def __init__(self, refs: set[str], times: int) -> None:
        super().__init__()
        self.left = dict.fromkeys(refs, times)
        self.failed = 0

    def get_password(self, service: str, username: str) -> str | None:
        if self.left.get(username, 0) > 0:
            self.left[username] -= 1
            self.failed += 1
            raise ItemNotFoundException("Item does not exist!")
        return super().get_password(service, username)


class VanishingCollection(SecretService.Keyring):
    """The real keyring, whose reads of ``refs`` find, ``times`` times each,
    that the collection is not there: the daemon is asked for a collection
    it does not have, and keyring wraps its answer as it does in use."""

    def __init__(self, refs: set[str], times: int) -> None:
        super().__init__()
        self.left = dict.fromkeys(refs, times)
        self.failed = 0
        self._reading = threading.local()

    def get_password(self, service: str, username: str) -> str | None:
        self._reading.vanished = self.left.get(username, 0) > 0
        if self._reading.vanished:
            self.left[username] -= 1
            self.failed += 1
        return super().get_password(service, username)

    def __getattr__(self, name: str) -> str:
        # keyring opens ``preferred_collection`` where the backend has one,
        # else the default collection.
        if name == "preferred_collection" and getattr(self._reading, "vanished", False):
            return "/org/freedesktop/secrets/collection/vanished"
        raise AttributeError(name)


@pytest.fixture
def hiccups() -> Iterator[Callable[[set[str], int], Hiccups]]:
    before = keyring.get_keyring()

    def install(refs: set[str], times: int) -> Hiccups:
        backend = Hiccups(refs, times)
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(before)


def test_a_failure_of_the_backend_is_asked_again(hiccups) -> None:
    secrets = Secrets()
    secrets.save("mastodon:hiccup", {"token": "tok-hiccup-1"})
    try:
        backend = hiccups({"mastodon:hiccup"}, 2)
        assert secrets.load("mastodon:hiccup") == {"token": "tok-hiccup-1"}
        assert backend.failed == 2
    finally:
        secrets.delete("mastodon:hiccup")


def test_a_backend_that_keeps_failing_is_a_clear_keyring_error(hiccups) -> None:
    secrets = Secrets()
    secrets.save("mastodon:broken", {"token": "tok-broken-secret"})
    try:
        hiccups({"mastodon:broken"}, 99)
        with pytest.raises(KeyringUnavailable) as caught:
            secrets.load("mastodon:broken")
        assert str(caught.value) == "The keyring could not be read (ItemNotFoundException)."
    finally:
        secrets.delete("mastodon:broken")


async def test_the_sync_reads_sign_ins_through_a_hiccup_and_one_broken_keyring_entry_stops_only_its_account(
    app: App, hiccups, two_shops: tuple[World, World]
) -> None:
    a, b = two_shops
    acc_a = await app.add(a)
    acc_b = await app.add(b)
    for account in (acc_a, acc_b):
        await app.engine.forget_connector(account.id)

    # Both sign-ins read at once, each failing once: both accounts sync.
    backend = hiccups({acc_a.secret_ref, acc_b.secret_ref}, 1)
    results = {r.account_id: r for r in await app.engine.sync_once()}
    assert backend.failed == 2
    assert results[acc_a.id].ok and results[acc_a.id].added == 1
    assert results[acc_b.id].ok and results[acc_b.id].added == 1

    # One entry that keeps failing: that account says why, keeps its
    # sign-in (nothing asks to sign in again), and the other goes on.
    for account in (acc_a, acc_b):
        await app.engine.forget_connector(account.id)
    a.server.post(a.anna, "@shopa still there?")
    b.server.post(b.anna, "@shopb and again")
    hiccups({acc_a.secret_ref}, 99)
    results = {r.account_id: r for r in await app.engine.sync_once()}
    assert not results[acc_a.id].ok and not results[acc_a.id].needs_sign_in
    assert results[acc_a.id].error == "The keyring could not be read (ItemNotFoundException)."
    assert results[acc_b.id].ok and results[acc_b.id].added == 1
    accounts = {x.id: x for x in await app.accounts.list()}
    assert accounts[acc_a.id].state != "needs_sign_in"


def test_a_collection_that_is_not_there_for_a_moment_is_asked_again() -> None:
    secrets = Secrets()
    secrets.save("mastodon:vanishing", {"token": "tok-vanishing-1"})
    before = keyring.get_keyring()
    try:
        backend = VanishingCollection({"mastodon:vanishing"}, 2)
        keyring.set_keyring(backend)
        assert secrets.load("mastodon:vanishing") == {"token": "tok-vanishing-1"}
        assert backend.failed == 2

        backend = VanishingCollection({"mastodon:vanishing"}, 99)
        keyring.set_keyring(backend)
        with pytest.raises(KeyringUnavailable) as caught:
            secrets.load("mastodon:vanishing")
        assert str(caught.value) == "The keyring could not be read (InitError)."
        assert backend.failed == 4  # asked four times, then said why
    finally:
        keyring.set_keyring(before)
        secrets.delete("mastodon:vanishing")


class Overlaps(SecretService.Keyring):
    """The real keyring, counting the calls that are in it at once."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = 0
        self.most = 0
        self._count = threading.Lock()

    def _enter(self) -> None:
        with self._count:
            self.inside += 1
            self.most = max(self.most, self.inside)
        time.sleep(0.005)  # (a window wide enough for a second call to walk in)

    def _leave(self) -> None:
        with self._count:
            self.inside -= 1

    def get_password(self, service: str, username: str) -> str | None:
        self._enter()
        try:
            return super().get_password(service, username)
        finally:
            self._leave()

    def set_password(self, service: str, username: str, password: str) -> None:
        self._enter()
        try:
            super().set_password(service, username, password)
        finally:
            self._leave()


def test_sign_ins_read_and_saved_from_several_threads_reach_the_daemon_one_at_a_time(keyring_session) -> None:
    """gnome-keyring 42 dies when calls overlap (tests/helpers/keyring_session.py),
    as when a sync reads every account's sign-in at once."""
    secrets = Secrets()
    backend = Overlaps()
    before = keyring.get_keyring()
    daemon = keyring_session.daemon_pid()
    failures: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(8):
                secrets.save(f"mastodon:overlap-{n}", {"token": f"tok-overlap-{n}-{i}"})
                assert secrets.load(f"mastodon:overlap-{n}") == {"token": f"tok-overlap-{n}-{i}"}
        except BaseException as exc:  # (reported below, from the test's thread)
            failures.append(exc)

    keyring.set_keyring(backend)
    try:
        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        keyring.set_keyring(before)
        for n in range(4):
            secrets.delete(f"mastodon:overlap-{n}")
    assert not failures
    assert backend.most == 1
    assert keyring_session.daemon_pid() == daemon



def test_a_keyring_whose_daemon_has_gone_is_a_clear_keyring_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring chose the Secret Service while it answered; asked again for
    its priority once its D-Bus has gone, it raises its own RuntimeError."""
    before = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/desktop-inbox-test-bus")
    try:
        with pytest.raises(KeyringUnavailable) as caught:
            Secrets().save("mastodon:gone", {"token": "tok-gone-secret"})
    finally:
        keyring.set_keyring(before)
    assert "No secure keyring is available" in str(caught.value)
    assert "tok-gone-secret" not in str(caught.value)
