"""Tokens live in the operating system's keyring and nowhere else.

Nothing here returns a secret in an error message, and every secret read or
written is registered with the log scrubber (``logging_setup``), so that a
token can never reach a log even by accident. With no secure backend we refuse
to store anything rather than fall back to a plain-text file.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_inbox.errors import KeyringUnavailable
from desktop_inbox.text import redact
from desktop_inbox.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import keyring.backend


def _keyring() -> Any:
    # Imported when first used, after the window shows: keyring finds its
    # backends through entry points, ~50 ms the start-up need not wait for.
    import keyring
    import keyring.errors

    return keyring


log = logging.getLogger("desktop_inbox.secrets")

SERVICE = "desktop-inbox"

# Backends that do not protect what they store.
_INSECURE = ("keyrings.alt.file.PlaintextKeyring", "keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")

# Waits before asking the backend again after a failure of its own (see
# ``Secrets._ask``); the last one long enough for a daemon that died to be
# started again.
_AGAIN_AFTER = (0.05, 0.25, 1.0)

# One keyring call at a time in this process. gnome-keyring-daemon 42
# (Debian 12's) aborts when calls from several connections overlap: GLib's
# "assertion failed: (error != NULL)" in invoke_get_property_in_idle_cb after
# its own "gkd_secret_service_get_pkcs11_session: assertion 'client' failed".
# Four threads saving and reading sign-ins killed it within seconds; one
# thread made 2,884 calls in 150 s without a fault. The daemon D-Bus starts
# next has the login collection locked and asks for its password again. The
# calls are rare (a sign-in is read once per account and session), so queueing
# them costs nothing a user sees; one waiting on an unlock prompt holds back
# the others, which would have met the same prompt.
_ONE_AT_A_TIME = threading.Lock()

T = TypeVar("T")


async def off_thread(fn: Callable[..., T], *args: Any) -> T:
    """Run a keyring call without blocking the event loop, in a daemon thread.

    A locked keyring asks the user to unlock it and waits for the answer as
    long as it likes (Secret Service prompts have no timeout). A pool thread
    (``asyncio.to_thread``) is joined when the event loop closes and when
    Python exits, so one unanswered prompt kept a quitting app alive for
    good; a daemon thread is simply left behind. Where nobody is there to
    answer (the sync), callers bound the wait with ``asyncio.wait_for``.
    """
    import asyncio  # (not at the top: the app paints its first page before asyncio loads)

    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(ok: bool, value: Any) -> None:
        if not future.done():  # the caller may have stopped waiting
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def run() -> None:
        outcome: tuple[bool, Any]
        try:
            outcome = (True, fn(*args))
        except BaseException as exc:
            outcome = (False, exc)
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody is waiting
            loop.call_soon_threadsafe(settle, *outcome)

    threading.Thread(target=run, name="keyring", daemon=True).start()
    return await future


def register_secret(value: str) -> None:
    """Remember a secret so the log filter (and every message) can scrub it."""
    redact.remember(value)


def known_secrets() -> frozenset[str]:
    return redact.known()


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def check_backend() -> str:
    """The usable backend's name, or KeyringUnavailable saying what to do."""
    backend = _keyring().get_keyring()
    name = _backend_name(backend)
    chained = getattr(backend, "backends", None)
    if chained is not None:
        usable = [b for b in chained if _backend_name(b) not in _INSECURE]
        if not usable:
            name = "keyring.backends.fail.Keyring"
    try:
        # (Secret Service's priority asks D-Bus whether the daemon is there:
        # a RuntimeError when it has gone since keyring chose it.)
        priority = getattr(backend, "priority", 1)
    except Exception:
        priority = 0
    if name in _INSECURE or priority <= 0:
        raise KeyringUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No secure keyring is available, so the sign-in cannot be stored. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); on macOS and Windows the system keychain is used. Desktop Inbox never stores tokens in plain text.",
            )
        )
    return name


class Secrets:
    """The keyring, keyed by an account's ``secret_ref``.

    Values are small JSON objects (a token, a refresh token and its expiry,
    an app's client secret), so that a connector can keep what it needs.
    """

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def check(self) -> str:
        """The backend in use, or KeyringUnavailable (see ``check_backend``)."""
        return check_backend()

    @staticmethod
    def _ask(call: Callable[..., T], *args: Any) -> T:
        """``call`` (a keyring call, off the UI thread), asked again after a
        failure of the backend's own.

        Such failures are not ``keyring.errors``: a Secret Service daemon
        sometimes answers that the collection it has just named as the
        default does not exist (gnome-keyring reloading its file while
        another call writes it; secretstorage's ``ItemNotFoundException``,
        seen in CI), and a second ask a moment later finds it. When the
        daemon says so of the collection rather than of an item, keyring
        wraps it as ``InitError`` (also seen in CI), which is asked again
        too. The keyring's other errors (locked, no backend, nothing to
        delete) are answers, not accidents, and are not asked again.
        """
        errors = _keyring().errors
        for wait in _AGAIN_AFTER:
            try:
                with _ONE_AT_A_TIME:
                    return call(*args)
            except errors.InitError:
                log.info("the keyring could not open its collection; asking again in %.2f s", wait)
                time.sleep(wait)
            except errors.KeyringError:
                raise
            except Exception as exc:
                log.info("the keyring failed (%s); asking again in %.2f s", type(exc).__name__, wait)
                time.sleep(wait)
        with _ONE_AT_A_TIME:
            return call(*args)

    def save(self, ref: str, value: dict[str, Any]) -> None:
        self.check()
        for item in value.values():
            if isinstance(item, str):
                register_secret(item)
        keyring = _keyring()
        try:
            self._ask(keyring.set_password, self.service, ref, json.dumps(value))
        except Exception as exc:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The keyring refused to store the sign-in ({name})."),
                name=type(exc).__name__,
            ) from None

    def load(self, ref: str) -> dict[str, Any] | None:
        keyring = _keyring()
        try:
            raw = self._ask(keyring.get_password, self.service, ref)
        except Exception as exc:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP("Errors", "The keyring could not be read ({name})."), name=type(exc).__name__
            ) from None
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            value = {"token": raw}
        for item in value.values():
            if isinstance(item, str):
                register_secret(item)
        return value if isinstance(value, dict) else None

    def delete(self, ref: str) -> None:
        keyring = _keyring()
        try:
            self._ask(keyring.delete_password, self.service, ref)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:
            log.warning("could not delete keyring entry %s: %s", ref, type(exc).__name__)


class SandboxSecrets(Secrets):
    """Credentials of the demo workspace's local sandbox server, in memory.

    They open nothing but a throwaway server on 127.0.0.1 that lives as long
    as the demo; real accounts always use the keyring.
    """

    def __init__(self) -> None:
        super().__init__(service=SERVICE + "-demo")
        self._values: dict[str, dict[str, Any]] = {}

    def check(self) -> str:
        return "sandbox (memory)"

    def save(self, ref: str, value: dict[str, Any]) -> None:
        self._values[ref] = dict(value)

    def load(self, ref: str) -> dict[str, Any] | None:
        value = self._values.get(ref)
        return dict(value) if value is not None else None

    def delete(self, ref: str) -> None:
        self._values.pop(ref, None)
