"""Reading X's JSON: users, posts and direct-message events as records.

X sends ids as numeric strings, escapes & < > in text, shortens links to
t.co (the entities hold the real ones), and puts the people and posts a page
refers to in ``includes``. Nothing here does I/O.

X's OpenAPI description 2.167 renames the vocabulary of 2.166, which the live
API answers with today: ``referenced_tweets``, ``note_tweet`` and
``includes.tweets`` become ``referenced_posts``, ``note_post`` and
``includes.posts``. We keep asking with the 2.166 names and read either
spelling, so a change of answers on X's side loses neither the parent of a
reply nor the end of a long post.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop_inbox.connectors.values import plausible_time
from desktop_inbox.connectors.x.media import best_video
from desktop_inbox.errors import BadRecord
from desktop_inbox.records import (
    Attachment,
    Direction,
    Kind,
    Person,
    Platform,
    Post,
    Skipped,
)
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.connectors.x.connector")

WEB = "https://x.com"

URL = re.compile(r"https?://\S+")
ONE_TO_ONE = re.compile(r"^(\d{1,19})-(\d{1,19})$")


def id_order(remote_id: str) -> tuple[int, str]:
    return (len(remote_id), remote_id)


def newer(a: str, b: str | None) -> bool:
    return b is None or id_order(a) > id_order(b)


def parse_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("time is missing")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return plausible_time(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC))


def x_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.isdigit() or len(value) > 19:
        raise ValueError(f"{what} is not an X id")
    return value


LEADING_MENTIONS = re.compile(r"^(?:@\w{1,15}\s+)+")


def comparable(text: str) -> str:
    """Text as X may hand it back: a reply starts with the @names it answers,
    URLs become t.co links, and & < > are escaped."""
    plain = LEADING_MENTIONS.sub("", html.unescape(text).strip())
    return " ".join(URL.sub("", plain).split())


def either(item: Mapping[str, Any], old: str, new: str) -> Any:
    """A field by its 2.166 name, else by its 2.167 one."""
    value = item.get(old)
    return value if value is not None else item.get(new)


def referenced(item: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The posts a post (or a direct message) refers to: ``{type, id}``."""
    return objects(either(item, "referenced_tweets", "referenced_posts"))


def parent_id(item: Mapping[str, Any]) -> Any:
    """The id of the post this one answers (unchecked: the caller checks it)."""
    return next((r.get("id") for r in referenced(item) if r.get("type") == "replied_to"), None)


class Includes:
    """A response's ``includes``: users, posts and media by id."""

    def __init__(self, body: Mapping[str, Any]) -> None:
        inc = body.get("includes") if isinstance(body.get("includes"), Mapping) else {}
        self.users = {u["id"]: u for u in objects(inc.get("users")) if isinstance(u.get("id"), str)}
        posts = [*objects(inc.get("tweets")), *objects(inc.get("posts"))]
        self.tweets = {t["id"]: t for t in posts if isinstance(t.get("id"), str)}
        self.media = {m["media_key"]: m for m in objects(inc.get("media")) if isinstance(m.get("media_key"), str)}

    def merge_users(self, users: Mapping[str, Mapping[str, Any]]) -> None:
        for uid, user in users.items():
            self.users.setdefault(uid, user)


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def objects(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def person(user: Mapping[str, Any]) -> Person:
    """An X user as a Person, keyed by the numeric id (the same for every account)."""
    uid = check_id(user.get("id"), "user id")
    username = user.get("username")
    if not isinstance(username, str) or not username or len(username) > 50:
        raise ValueError("user has no username")
    name = user.get("name")
    avatar = user.get("profile_image_url")
    return Person(
        platform=Platform.X,
        key=uid,
        remote_id=uid,
        handle="@" + username,
        name=name[:200] if isinstance(name, str) else "",
        url=f"{WEB}/{username}",
        avatar_url=avatar[:500] if isinstance(avatar, str) and avatar else None,
    )


def dm_people(event: Mapping[str, Any]) -> set[str]:
    """Who takes part in a one-to-one DM event (by id)."""
    people = set()
    match = ONE_TO_ONE.match(str(event.get("dm_conversation_id") or ""))
    if match:
        people.update(match.groups())
    if isinstance(event.get("sender_id"), str):
        people.add(event["sender_id"])
    return people


def text_of(item: Mapping[str, Any]) -> str:
    """The whole text: a long post's ``text`` is cut at about 280 characters,
    its note holds the rest."""
    note = either(item, "note_tweet", "note_post")
    source: Mapping[str, Any] = note if isinstance(note, Mapping) and isinstance(note.get("text"), str) else item
    raw = source.get("text")
    if not isinstance(raw, str):
        raise ValueError("text is missing")
    # Show the real links instead of t.co (the entities say where they go).
    entities: Any = source.get("entities")
    if not isinstance(entities, Mapping):
        entities = item.get("entities") if isinstance(item.get("entities"), Mapping) else {}
    for url in objects(entities.get("urls")):
        short, full = url.get("url"), url.get("expanded_url")
        if isinstance(short, str) and isinstance(full, str) and short.startswith("https://t.co/"):
            raw = raw.replace(short, full)
    return html.unescape(raw)  # X escapes & < > in v2 text


def media_of(attachments: Any, inc: Includes) -> list[Attachment]:
    keys = attachments.get("media_keys") if isinstance(attachments, Mapping) else None
    out = []
    for key in keys if isinstance(keys, list) else []:
        media = inc.media.get(key) if isinstance(key, str) else None
        if media is None:
            continue
        kind = {"photo": "image", "animated_gif": "gifv"}.get(str(media.get("type")), str(media.get("type") or "file"))
        url = media.get("url") or media.get("preview_image_url")
        alt = media.get("alt_text")
        found = media.get("preview_image_url")
        preview = found if isinstance(found, str) else ""
        source = url if kind == "image" and isinstance(url, str) else best_video(media)
        out.append(
            Attachment(
                kind=kind[:20],
                url=url if isinstance(url, str) else None,
                description=alt if isinstance(alt, str) else "",
                source=source[:1000],
                preview=preview[:1000] if kind != "image" else "",
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class XReader:
    """Turns X's objects into Posts from the point of view of ``me``."""

    me: Person

    def parse_tweet(self, tweet: Any, inc: Includes, *, customer: Person | None = None) -> Post | None:
        """A post as a Post; None when it is ours and addresses nobody we know."""
        if not isinstance(tweet, Mapping):
            raise BadRecord(QT_TRANSLATE_NOOP("Errors", "post is not an object"))
        try:
            return self._parse_tweet(tweet, inc, customer)
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            tid = tweet.get("id")
            raise BadRecord(
                QT_TRANSLATE_NOOP("Errors", "unreadable post: {exc}"),
                exc=exc,
                remote_id=tid if isinstance(tid, str) else None,
            ) from None

    def _parse_tweet(self, tweet: Mapping[str, Any], inc: Includes, customer: Person | None) -> Post | None:
        me = self.me
        tid = check_id(tweet.get("id"), "post id")
        author_id = check_id(tweet.get("author_id"), "author_id")
        if author_id not in inc.users:
            raise ValueError(f"author {author_id} is not in the page")
        author = person(inc.users[author_id])
        text = text_of(tweet)
        conversation = tweet.get("conversation_id")
        root = conversation if isinstance(conversation, str) and conversation.isdigit() else tid
        parent = parent_id(tweet)
        if author_id == me.remote_id:
            direction = Direction.OUT
            if customer is None:
                target = tweet.get("in_reply_to_user_id")
                if isinstance(target, str) and target in inc.users and target != me.remote_id:
                    customer = person(inc.users[target])
            if customer is None:
                return None
        else:
            direction = Direction.IN
            customer = author
        return Post(
            remote_id=tid,
            author=author,
            text=text,
            created_at=parse_time(tweet.get("created_at")),
            kind=Kind.PUBLIC,
            direction=direction,
            customer=customer,
            visibility="public",
            in_reply_to=parent if isinstance(parent, str) and parent.isdigit() else None,
            thread_root=root,
            url=f"{WEB}/{author.handle[1:]}/status/{tid}",
            attachments=tuple(media_of(tweet.get("attachments"), inc)),
            extra={"conversation_id": root},
        )

    def page_posts(self, tweets: list[Mapping[str, Any]], inc: Includes) -> tuple[list[Post], list[Skipped]]:
        """Mentions plus the parents they answer when those are ours or the customer's."""
        me = self.me
        posts: dict[str, Post] = {}
        skipped: list[Skipped] = []
        for tweet in tweets:
            try:
                post = self.parse_tweet(tweet, inc)
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            if post is None:
                continue
            posts[post.remote_id] = post
            parent = inc.tweets.get(post.in_reply_to or "")
            # (ids compared as strings only: a list or object there must not raise)
            if parent is None or post.customer is None or _str_or_none(parent.get("id")) in posts:
                continue
            if _str_or_none(parent.get("author_id")) not in (me.remote_id, post.customer.remote_id):
                continue  # a third party's post: not this conversation
            customer = None
            target = _str_or_none(parent.get("in_reply_to_user_id"))
            if parent.get("author_id") == me.remote_id and (target is None or target not in inc.users):
                customer = post.customer  # ours, to someone the page does not name: assume this customer
            try:
                # Ours belongs to whom we answered (in_reply_to_user_id), theirs to them.
                earlier = self.parse_tweet(parent, inc, customer=customer)
            except BadRecord as exc:
                log.info("skipping the unreadable parent of %s: %s", post.remote_id, exc)
                continue
            if earlier is not None:
                posts[earlier.remote_id] = earlier
        return list(posts.values()), skipped

    def parse_dm(self, event: Any, inc: Includes) -> Post | None:
        """A one-to-one message as a Post; group conversations are left out
        (a reply goes to one person)."""
        if not isinstance(event, Mapping):
            raise BadRecord(QT_TRANSLATE_NOOP("Errors", "direct message is not an object"))
        eid = event.get("id") if isinstance(event.get("id"), str) else None
        try:
            if event.get("event_type") != "MessageCreate":
                return None
            me = self.me
            conv = str(event.get("dm_conversation_id") or "")
            match = ONE_TO_ONE.match(conv)
            if not match:
                log.info("leaving out group direct message %s", eid)
                return None
            other_id = match.group(2) if match.group(1) == me.remote_id else match.group(1)
            sender_id = check_id(event.get("sender_id"), "sender_id")
            if other_id not in inc.users or sender_id not in inc.users:
                raise ValueError("a participant is unknown")
            other = person(inc.users[other_id])
            mine = sender_id == me.remote_id
            return Post(
                remote_id=check_id(eid, "event id"),
                author=person(inc.users[sender_id]) if not mine else me,
                text=text_of(event),
                created_at=parse_time(event.get("created_at")),
                kind=Kind.DIRECT,
                direction=Direction.OUT if mine else Direction.IN,
                customer=other,
                visibility="direct",
                thread_root=f"dm:{conv}",
                url=f"{WEB}/messages/{conv}",
                attachments=tuple(media_of(event.get("attachments"), inc)),
                extra={"dm_conversation_id": conv},
            )
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise BadRecord(
                QT_TRANSLATE_NOOP("Errors", "unreadable direct message: {exc}"), exc=exc, remote_id=eid
            ) from None
