"""The checks a reply passes before it goes out, in one place: the composer
shows them as the reply is written, and queueing a reply (from the app or
the command line) refuses what cannot or must not be sent.

* the platform's counting rule and limit (its descriptor);
* unfilled ``{placeholders}`` of a saved reply;
* personal data in a public reply (refused unless the caller says to send it
  publicly anyway, or answers by direct message);
* "sounds canned": a warning only;
* a promise for later ("I'll check tomorrow"): not a warning, an offer of a
  follow-up reminder (``text.promises``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from desktop_inbox.connectors.platforms import MediaLimits, descriptor
from desktop_inbox.errors import BadInput
from desktop_inbox.records import Platform
from desktop_inbox.text import canned, placeholders, privacy, promises
from desktop_inbox.text.canned import CannedReport
from desktop_inbox.text.privacy import Finding
from desktop_inbox.text.promises import Promise
from desktop_inbox.words import ERRORS, PLATFORMS, QT_TRANSLATE_NOOP, Phrase, term


@dataclass(frozen=True, slots=True)
class Checks:
    length: int
    limit: int  # 0: no limit
    missing: tuple[str, ...]  # unfilled placeholders
    private: list[Finding]  # personal data in the draft or the customer's message (public replies)
    canned: CannedReport
    platform: Platform = Platform.MASTODON
    private_in_reply: tuple[Finding, ...] = ()  # of ``private``, those in the reply itself
    promise: Promise | None = None  # what the reply promises for later (a reminder is offered)

    @property
    def over_limit(self) -> bool:
        return bool(self.limit) and self.length > self.limit

    @property
    def blocking(self) -> str:
        """Why the reply cannot be sent as it is ('' if it can)."""
        if self.missing:
            return "Fill in " + ", ".join("{" + m + "}" for m in self.missing) + " first."
        if self.over_limit:
            return f"{self.length - self.limit} characters too long for this platform."
        return ""


class Unsendable(BadInput):
    """The reply cannot go out as it is written."""


class PlaceholdersLeft(Unsendable):
    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Fill in {fields} first."), fields=", ".join("{" + m + "}" for m in self.missing)
        )


class TooLong(Unsendable):
    def __init__(self, checks: Checks) -> None:
        self.length = checks.length
        self.limit = checks.limit
        name = descriptor(checks.platform).name
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The reply is {length} characters as {name} counts them; {name} takes {limit} here."),
            length=checks.length,
            name=name,
            limit=checks.limit,
        )


class PersonalInPublic(Unsendable):
    """A public reply holds personal data: answer by direct message, or say
    that it may go out in public anyway."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This public reply shows personal data — {found}: answer by direct message, or send it publicly anyway.",
            ),
            found=found(self.findings),
        )


def describe(findings: Iterable[Finding]) -> str:
    """What was found, e.g. "card number (4111…11), e-mail address (anna…om)"."""
    return str(found(findings))


def found(findings: Iterable[Finding]) -> Phrase:
    """``describe`` as a phrase, each kind a term the interface translates."""
    shown: dict[str, str] = {}
    for finding in findings:
        shown.setdefault(finding.kind, _masked(finding.text))
    template = ", ".join(f"{{kind{n}}} ({{text{n}}})" for n in range(len(shown)))
    values: dict[str, object] = {}
    for n, (kind, text) in enumerate(shown.items()):
        values[f"kind{n}"] = _NAMES.get(kind) or term(kind)
        values[f"text{n}"] = text
    return Phrase(ERRORS, template, values)


_NAMES = {
    privacy.EMAIL: term(QT_TRANSLATE_NOOP("Errors", "e-mail address")),
    privacy.PHONE: term(QT_TRANSLATE_NOOP("Errors", "phone number")),
    privacy.ORDER: term(QT_TRANSLATE_NOOP("Errors", "order number")),
    privacy.CARD: term(QT_TRANSLATE_NOOP("Errors", "card number")),
    privacy.ADDRESS: term(QT_TRANSLATE_NOOP("Errors", "street address")),
}


def _masked(text: str) -> str:
    """Enough to recognise it, not all of it (the line may land in a log)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 6 else f"{flat[:4]}…{flat[-2:]}"


def run(
    text: str,
    *,
    platform: Platform,
    public: bool,
    char_limit: int,
    url_length: int,
    contact_id: int | None,
    earlier: Iterable[tuple[int | None, str]],
    customer_text: str = "",
    names: tuple[str, ...] = (),
) -> Checks:
    """Every check of ``text`` as a reply on ``platform``; ``earlier`` are our
    latest replies with the customer each went to (the canned check)."""
    platform_ = descriptor(platform)
    in_reply = tuple(privacy.detect(text)) if public else ()
    private = [*in_reply, *privacy.detect(customer_text)] if public else []
    return Checks(
        length=platform_.length(text, url_length=url_length, direct=not public),
        limit=platform_.limit(direct=not public, char_limit=char_limit),
        missing=placeholders.unfilled(text),
        private=private,
        canned=canned.check(text, earlier, contact_id=contact_id, names=names),
        platform=platform_.platform,
        private_in_reply=in_reply,
        promise=promises.find(text),
    )


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture attached to a reply, as read from its bytes (``services.media``)."""

    name: str
    content_type: str
    size: int
    width: int
    height: int
    alt: str = ""


class PicturesRefused(Unsendable):
    """The reply's pictures cannot go out as they are (count, size, type, alt text)."""


def media_limits(platform: Platform, picture_limit: int | None = None) -> MediaLimits:
    """The pictures a reply may carry through an account on ``platform``:
    the platform's limits, with a picture's size the smaller of the
    platform's and the account's server's (``Account.picture_limit``, None
    where it said none: accounts added before it was asked). Mastodon takes
    a picture *less than* its ``image_size_limit`` (its validation's
    ``less_than``): one byte fewer is asked of it."""
    limits = descriptor(platform).media
    if picture_limit is None or picture_limit <= 1:
        return limits
    taken = picture_limit - 1
    if limits.max_bytes and taken >= limits.max_bytes:
        return limits
    return replace(limits, max_bytes=taken)


def pictures_problem(
    platform: Platform,
    pictures: Sequence[Picture],
    *,
    direct: bool,
    need_alt: bool = True,
    picture_limit: int | None = None,
) -> Phrase:
    """Why these pictures cannot go with a reply on ``platform`` (an empty
    phrase if they can): checked as each is attached (``need_alt`` False: the
    alt text is written after) and again when the reply is queued.
    ``picture_limit``: the account's server's (``media_limits``)."""
    if not pictures:
        return _FINE
    platform_ = descriptor(platform)
    name = platform_.name
    limits = media_limits(platform, picture_limit)
    allowed = limits.allowed(direct=direct)
    if allowed == 0:
        if limits.why_none:
            return Phrase(PLATFORMS, limits.why_none)
        return _say(QT_TRANSLATE_NOOP("Errors", "{platform} replies cannot carry pictures."), platform=name)
    if len(pictures) > allowed:
        if allowed == 1:
            return _say(QT_TRANSLATE_NOOP("Errors", "{platform} takes one picture per reply here."), platform=name)
        return _say(
            QT_TRANSLATE_NOOP("Errors", "{platform} takes at most {n} pictures per reply here."), platform=name, n=allowed
        )
    for p in pictures:
        if p.content_type not in limits.types:
            kinds = ", ".join(t.removeprefix("image/").upper() for t in limits.types)
            return _say(
                QT_TRANSLATE_NOOP("Errors", "{picture}: {platform} takes {kinds} pictures only."),
                picture=p.name, platform=name, kinds=kinds,
            )
        if p.size > limits.max_bytes:
            return _say(
                QT_TRANSLATE_NOOP("Errors", "{picture} is {size}; {platform} takes pictures up to {limit}."),
                picture=p.name, size=_mb(p.size), platform=name, limit=_mb(limits.max_bytes),
            )
        if need_alt and not p.alt.strip():
            return _say(
                QT_TRANSLATE_NOOP("Errors", "Describe {picture} before sending (alt text): customers who cannot see it read it."),
                picture=p.name,
            )
        if len(p.alt) > limits.alt_limit:
            return _say(
                QT_TRANSLATE_NOOP("Errors", "The description of {picture} is {length} characters; {platform} takes {limit}."),
                picture=p.name, length=len(p.alt), platform=name, limit=limits.alt_limit,
            )
    return _FINE


_FINE = Phrase(ERRORS, "")


def _say(template: str, /, **values: object) -> Phrase:
    return Phrase(ERRORS, template, values)


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size // 1024} KB"


def refuse_pictures(
    platform: Platform, pictures: Sequence[Picture], *, direct: bool, picture_limit: int | None = None
) -> None:
    problem = pictures_problem(platform, pictures, direct=direct, picture_limit=picture_limit)
    if problem:
        raise PicturesRefused(problem)


def refuse_unsendable(checks: Checks, *, public_anyway: bool = False) -> None:
    """Raise what stops a reply from going out as it is."""
    if checks.missing:
        raise PlaceholdersLeft(checks.missing)
    if checks.over_limit:
        raise TooLong(checks)
    if checks.private_in_reply and not public_anyway:
        raise PersonalInPublic(checks.private_in_reply)


@dataclass(frozen=True, slots=True)
class OtherMember:
    """Another member at the same customer: writing now, or replied lately."""

    name: str
    writing: bool
    minutes_ago: int = 0

    def describe(self) -> str:
        if self.writing:
            return f"{self.name} is replying to this customer now"
        when = "just now" if self.minutes_ago < 1 else f"{self.minutes_ago} min ago"
        return f"{self.name} replied to this customer {when}"


class OthersReplying(Unsendable):
    """In a team: someone else is answering this customer, or just did. Sent
    only when the caller says so (the app asks; the command line takes a flag)."""

    def __init__(self, others: Sequence[OtherMember]) -> None:
        self.others = tuple(others)
        said = "; ".join(o.describe() for o in self.others)
        super().__init__(f"{said[:1].upper()}{said[1:]}: the customer may get two answers.")
