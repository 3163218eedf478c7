"""Meta's messaging windows, judged when a reply is queued (never queued to fail).

* A direct message may answer a customer only within 24 hours of their last
  message (``instagram-api-with-instagram-login/messaging-api``;
  ``messenger-platform/reference/send-api``: ``messaging_type=RESPONSE``).
* With the Human Agent feature approved for the app, a person (never an
  automation) may answer up to 7 days after it, with the ``HUMAN_AGENT`` tag.
* A private reply to a comment: one message, within 7 days of the comment
  (``instagram-platform/private-replies``).
* Public replies to comments have no window.

``reply_allowed`` is what the reply use case calls; ``window_ends`` is for the
composer ("answerable for 3 h more"). Both read only stored facts.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop_inbox.records import Kind, ReplyFacts

STANDARD_WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
PRIVATE_REPLY_WINDOW = timedelta(days=7)
HUMAN_AGENT = "human_agent"  # account extra: "1" when the app has the feature

NAMES = {"instagram": "Instagram", "messenger": "Messenger"}


def has_human_agent(account_extra: dict[str, str]) -> bool:
    return account_extra.get(HUMAN_AGENT) == "1"


def is_private_reply(facts: ReplyFacts) -> bool:
    """A private answer to a comment (``reply --direct`` on a comment)."""
    return facts.direct and facts.conversation_kind == Kind.PUBLIC


def window_ends(facts: ReplyFacts) -> datetime | None:
    """Until when this reply may go out; None when no window applies (or
    nothing to answer is known, which ``reply_allowed`` refuses itself)."""
    if is_private_reply(facts):
        return facts.answering_at + PRIVATE_REPLY_WINDOW if facts.answering_at else None
    if not facts.direct:
        return None
    if facts.last_inbound_at is None:
        return None
    span = HUMAN_AGENT_WINDOW if has_human_agent(facts.account_extra) else STANDARD_WINDOW
    return facts.last_inbound_at + span


def _ago(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    return f"{hours // 24} days" if hours >= 48 else f"{hours} hours"


def reply_allowed(facts: ReplyFacts, now: datetime) -> str | None:
    """None when Meta will take this reply, else why not (for the user)."""
    name = NAMES.get(facts.platform, facts.platform)
    if is_private_reply(facts):
        if facts.answering_at is None or facts.answering_extra.get("comment") != "1":
            return (
                f"Only a comment can be answered privately on {name}; this conversation has no comment of the "
                "customer's to answer. Answer publicly instead."
            )
        if facts.earlier_private_replies > 0:
            return (
                f"{name} allows one private reply per comment, and this comment already has one. "
                "Answer in your direct-message conversation with them instead."
            )
        if now - facts.answering_at > PRIVATE_REPLY_WINDOW:
            return (
                f"{name} allows a private reply only within 7 days of the comment; this one is "
                f"{_ago(now - facts.answering_at)} old. Answer publicly instead."
            )
        return None
    if not facts.direct:
        return None
    if facts.last_inbound_at is None:
        return f"{name} lets a business write only to people who wrote to it first; this customer has not."
    ends = window_ends(facts)
    if ends is not None and now > ends:
        age = _ago(now - facts.last_inbound_at)
        if has_human_agent(facts.account_extra):
            return (
                f"{name} allows answers up to 7 days after the customer's last message (Human Agent); their last "
                f"message is {age} old. You can answer when they write again."
            )
        return (
            f"{name} allows answers only within 24 hours of the customer's last message; theirs is {age} old. "
            "You can answer when they write again. (With the Human Agent feature approved for your Meta app, a "
            "person may answer for 7 days: add the account again with --human-agent once Meta approved it.)"
        )
    return None
