"""The error vocabulary shared by every layer.

Known errors (the network is down, a token expired, the disk is full) are
shown to the user as calm, actionable messages; anything else is a bug and is
logged with its traceback. No error text may ever contain a secret.
"""

from __future__ import annotations

from datetime import datetime

from desktop_inbox.words import ERRORS, Phrase, fill


class InboxError(Exception):
    """A known, explainable failure. ``str(e)`` is fit to show to the user.

    The message is a template (marked with ``words.QT_TRANSLATE_NOOP``) and
    its values: ``str(e)`` is the English sentence, and the interface
    translates ``template`` before filling it with ``values``.
    """

    def __init__(self, template: str | Phrase = "", /, **values: object) -> None:
        self.context = ERRORS
        if isinstance(template, Phrase):  # a sentence said elsewhere first
            self.context, values = template.context, {**template.values, **values}
            template = template.template
        super().__init__(template)
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return fill(self.template, self.values)

    @property
    def phrase(self) -> Phrase:
        """The sentence itself, to say elsewhere (a report, a status)."""
        return Phrase(self.context, self.template, self.values)


class BadInput(InboxError):
    """The user gave us something we cannot use (a bad URL, an unknown id)."""


class NotFound(BadInput):
    pass


class ReplyNotAllowed(BadInput):
    """The platform would refuse this reply (e.g. Meta's 24-hour window), so it
    is not queued at all; the message says why and what the user can do."""


class StoreError(InboxError):
    """The local cache cannot be read or written (disk full, damaged file)."""


class DiskFull(StoreError):
    pass


class CacheDamaged(StoreError):
    """The cache file is corrupt (or encrypted with a key we do not have);
    the app offers to restore the latest automatic backup."""


class CacheBusy(StoreError):
    """Another Desktop Inbox works on this data folder right now."""


class KeyringUnavailable(InboxError):
    """No secure credential store: we refuse to keep tokens in plain text."""


class ConnectorError(InboxError):
    """Something went wrong talking to a platform."""


class NeedsSignIn(ConnectorError):
    """The platform rejected our credentials (401, revoked or expired)."""


class TransientError(ConnectorError):
    """Worth retrying later: network down, timeout, 5xx.

    ``maybe_done`` is set when a write may have reached the server before the
    failure (a lost response), so the caller must check before repeating it.
    """

    def __init__(self, message: str | Phrase, /, *, maybe_done: bool = False, **values: object) -> None:
        super().__init__(message, **values)
        self.maybe_done = maybe_done


class Offline(TransientError):
    """The server could not be reached at all."""


class RateLimited(TransientError):
    """The platform asked us to wait until ``retry_at``."""

    def __init__(self, message: str | Phrase, /, *, retry_at: datetime, **values: object) -> None:
        super().__init__(message)
        self.values = {**self.values, **values}
        self.retry_at = retry_at


class Rejected(ConnectorError):
    """The platform refused this request for good (e.g. 422 validation).

    Retrying the same request will not help; the user has to change it.
    """


class MalformedResponse(ConnectorError):
    """The server answered with something we cannot parse at all."""


class BadRecord(ConnectorError):
    """One record in an otherwise good page could not be parsed.

    The sync keeps the rest of the page and reports this one.
    """

    def __init__(self, message: str | Phrase, /, *, remote_id: str | None = None, **values: object) -> None:
        super().__init__(message, **values)
        self.remote_id = remote_id


class TeamUnreachable(StoreError):
    """The team's database server cannot be reached (down, or the network):
    nothing written is lost (each write is one transaction); reading and
    writing resume when it is back. At start, the app reads this computer's
    copy of the team's inbox instead (``services.team_copy``)."""
