"""Bluesky direct messages: ``chat.bsky.convo.*``, mixed into the connector.

Chat is not served by the PDS itself: in production every call goes to the
PDS with ``atproto-proxy: did:web:api.bsky.chat#bsky_chat`` and the PDS
forwards it; the service URL can also be set directly (a self-hosted or test
chat service). Only app passwords with DM access may use it.

* ``chat``: incremental sync with ``getLog`` and its cursor; each
  ``logCreateMessage`` carries the message, the convo (its other member) is
  looked up once with ``getConvo``;
* ``chat_history``: ``listConvos`` page by page (requests included), and
  each conversation's ``getMessages`` pages, newest first, back to the chosen
  date or the first message: a page ends a walk only when it has no
  ``cursor``, however short it is (services cap pages differently);
* incoming requests are messages like any other (``Post.extra`` says
  ``convo_status: request``); answering one accepts it, as the Bluesky app
  does, and ``accept_convo`` accepts without answering;
* ``sendMessage`` has no idempotency key: after a lost response,
  ``find_sent_message`` looks for the same text among the latest messages.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop_inbox.connectors.bluesky import text as text_rules
from desktop_inbox.errors import BadRecord, MalformedResponse, Rejected
from desktop_inbox.records import (
    Direction,
    Kind,
    OutgoingReply,
    Page,
    Person,
    Post,
    Skipped,
)
from desktop_inbox.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_inbox.connectors.bluesky.xrpc import Xrpc

log = logging.getLogger("desktop_inbox.connectors.bluesky.connector")

CONVO = "chat.bsky.convo"
CONVOS_PAGE = 20
MESSAGES_PAGE = 100


class ChatMixin:
    xrpc: Xrpc
    me: Person | None

    def __init__(self) -> None:
        self._convos: dict[str, Mapping[str, Any]] = {}

    def person(self, profile: Mapping[str, Any]) -> Person:
        raise NotImplementedError

    # -- convos ----------------------------------------------------------------

    async def _convo(self, convo_id: str, *, fresh: bool = False) -> Mapping[str, Any]:
        if fresh or convo_id not in self._convos:
            data = await self.xrpc.query(f"{CONVO}.getConvo", {"convoId": convo_id}, chat=True)
            if not isinstance(data.get("convo"), Mapping):
                raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Bluesky chat sent a conversation we cannot read."))
            self._convos[convo_id] = data["convo"]
        return self._convos[convo_id]

    def _customer_of(self, convo: Mapping[str, Any]) -> Person:
        assert self.me is not None
        members = convo.get("members")
        others = (
            [m for m in members if isinstance(m, Mapping) and m.get("did") != self.me.key]
            if isinstance(members, list)
            else []
        )
        if len(others) != 1:
            raise BadRecord(
                QT_TRANSLATE_NOOP("Errors", "not a one-to-one conversation"), remote_id=str(convo.get("id"))
            )
        return self.person(others[0])

    async def accept_convo(self, convo_id: str) -> None:
        """Accept a message request without answering it."""
        await self.xrpc.procedure(f"{CONVO}.acceptConvo", {"convoId": convo_id}, chat=True)
        self._convos.pop(convo_id, None)

    # -- messages ----------------------------------------------------------------

    def parse_message(self, message: Any, convo: Mapping[str, Any]) -> Post | None:
        """A chat message as a Post; None for deleted and system messages."""
        if not isinstance(message, Mapping):
            raise BadRecord(QT_TRANSLATE_NOOP("Errors", "message is not an object"))
        kind = message.get("$type")
        if kind not in (None, f"{CONVO}.defs#messageView"):
            return None
        try:
            return self._parse_message(message, convo)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            mid = message.get("id")
            raise BadRecord(
                QT_TRANSLATE_NOOP("Errors", "unreadable message: {exc}"),
                exc=exc,
                remote_id=mid if isinstance(mid, str) else None,
            ) from None

    def _parse_message(self, message: Mapping[str, Any], convo: Mapping[str, Any]) -> Post:
        assert self.me is not None
        mid = message["id"]
        convo_id = convo["id"]
        if not isinstance(mid, str) or not mid or not isinstance(convo_id, str):
            raise ValueError("message or convo id is not a string")
        customer = self._customer_of(convo)
        sender = message["sender"]["did"]
        text = message.get("text", "")
        if not isinstance(text, str):
            raise ValueError("text is not a string")
        if sender == self.me.key:
            author, direction = self.me, Direction.OUT
        elif sender == customer.key:
            author, direction = customer, Direction.IN
        else:
            raise ValueError("sender is not a member")
        status = convo.get("status")
        reply_to = message.get("replyTo")
        return Post(
            remote_id=f"chat:{mid}",
            author=author,
            text=text[:10000],
            html=text_rules.to_html(text[:10000], message.get("facets")),
            created_at=text_rules.parse_time(message["sentAt"]),
            kind=Kind.DIRECT,
            direction=direction,
            customer=customer,
            visibility="direct",
            in_reply_to=f"chat:{reply_to['id']}"
            if isinstance(reply_to, Mapping) and isinstance(reply_to.get("id"), str)
            else None,
            thread_root=f"convo:{convo_id}",
            extra={"convo_id": convo_id, "message_id": mid, "convo_status": status if isinstance(status, str) else ""},
        )

    # -- streams -------------------------------------------------------------------

    async def chat_new(self, cursor: str | None) -> Page:
        """One page of ``getLog`` after ``cursor``: new messages in any convo."""
        params = {"cursor": cursor} if cursor else None
        data = await self.xrpc.query(f"{CONVO}.getLog", params, chat=True)
        logs = data.get("logs")
        if not isinstance(logs, list):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Bluesky chat sent a log that is not a list."))
        posts: list[Post] = []
        skipped: list[Skipped] = []
        for entry in logs:
            if not isinstance(entry, Mapping):
                continue
            kind = entry.get("$type")
            convo_id = entry.get("convoId")
            if not isinstance(convo_id, str):
                continue
            if kind in (f"{CONVO}.defs#logAcceptConvo", f"{CONVO}.defs#logBeginConvo"):
                self._convos.pop(convo_id, None)  # its status changed
            if kind != f"{CONVO}.defs#logCreateMessage":
                continue
            try:
                convo = await self._convo(convo_id)
                post = self.parse_message(entry.get("message"), convo)
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            except Rejected as exc:  # the convo was left or deleted meanwhile
                skipped.append(Skipped(f"conversation not readable: {exc}", convo_id))
                continue
            if post is not None:
                posts.append(post)
        new_cursor = data.get("cursor") if isinstance(data.get("cursor"), str) and data.get("cursor") else cursor
        exhausted = not logs or new_cursor == cursor
        return Page(posts, new_cursor, exhausted=exhausted, skipped=skipped)

    async def chat_history(self, cursor: str | None, since: datetime | None) -> Page:
        """One page of conversations with their recent messages."""
        params: dict[str, Any] = {"limit": CONVOS_PAGE}
        if cursor:
            params["cursor"] = cursor
        data = await self.xrpc.query(f"{CONVO}.listConvos", params, chat=True)
        convos = data.get("convos")
        if not isinstance(convos, list):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Bluesky chat sent conversations that are not a list."))
        posts: list[Post] = []
        skipped: list[Skipped] = []
        for convo in convos:
            if not isinstance(convo, Mapping) or not isinstance(convo.get("id"), str):
                skipped.append(Skipped("unreadable conversation"))
                continue
            self._convos[convo["id"]] = convo
            try:
                posts.extend(await self._convo_messages(convo, since, skipped))
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
        next_cursor = data.get("cursor") if isinstance(data.get("cursor"), str) and data.get("cursor") else None
        return Page(posts, next_cursor or cursor, exhausted=next_cursor is None or not convos, skipped=skipped)

    async def _convo_messages(
        self, convo: Mapping[str, Any], since: datetime | None, skipped: list[Skipped]
    ) -> list[Post]:
        posts: list[Post] = []
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"convoId": convo["id"], "limit": MESSAGES_PAGE}
            if cursor:
                params["cursor"] = cursor
            data = await self.xrpc.query(f"{CONVO}.getMessages", params, chat=True)
            found = data.get("messages")
            messages: list[Any] = found if isinstance(found, list) else []
            for message in messages:
                try:
                    post = self.parse_message(message, convo)
                except BadRecord as exc:
                    skipped.append(Skipped(str(exc), exc.remote_id))
                    continue
                if post is not None:
                    posts.append(post)
            following = data.get("cursor") if isinstance(data.get("cursor"), str) and data.get("cursor") else None
            reached_since = since is not None and posts and min(p.created_at for p in posts) < since
            # A cursor that does not move would loop for ever.
            if following is None or following == cursor or not messages or reached_since:
                return posts
            cursor = following

    # -- sending -------------------------------------------------------------------

    async def _convo_for(self, reply: OutgoingReply) -> str:
        convo_id = reply.extra.get("convo_id")
        if convo_id:
            return convo_id
        # Going private from a public thread: get or create the 1:1 convo.
        data = await self.xrpc.query(f"{CONVO}.getConvoForMembers", {"members": [reply.customer.key]}, chat=True)
        convo = data.get("convo")
        if not isinstance(convo, Mapping) or not isinstance(convo.get("id"), str):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Bluesky chat sent a conversation we cannot read."))
        self._convos[convo["id"]] = convo
        return str(convo["id"])

    async def send_message(self, reply: OutgoingReply) -> Post:
        problem = text_rules.too_long(
            reply.text, max_graphemes=text_rules.MESSAGE_GRAPHEMES, max_bytes=text_rules.MESSAGE_BYTES
        )
        if problem:
            raise Rejected(problem)
        convo_id = await self._convo_for(reply)
        convo = await self._convo(convo_id)
        if convo.get("status") == "request":
            await self.accept_convo(convo_id)  # answering a request accepts it
            convo = await self._convo(convo_id)
        message: dict[str, Any] = {"text": reply.text}
        facets = text_rules.detect_facets(reply.text, await self._mention_dids(reply.text, reply.customer))
        if facets:
            message["facets"] = facets
        sent = await self.xrpc.procedure(f"{CONVO}.sendMessage", {"convoId": convo_id, "message": message}, chat=True)
        post = self.parse_message(sent, convo)
        if post is None:
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Bluesky chat accepted the message but sent back something we cannot read.")
            )
        return post

    async def find_sent_message(self, reply: OutgoingReply) -> Post | None:
        convo_id = reply.extra.get("convo_id")
        if not convo_id:
            try:
                convo_id = await self._convo_for(reply)
            except Rejected:
                return None
        convo = await self._convo(convo_id)
        data = await self.xrpc.query(f"{CONVO}.getMessages", {"convoId": convo_id, "limit": 50}, chat=True)
        wanted = " ".join(reply.text.split())
        earliest = reply.queued_at - timedelta(minutes=5)
        messages = data.get("messages")
        for message in messages if isinstance(messages, list) else []:
            try:
                post = self.parse_message(message, convo)
            except BadRecord:
                continue
            if (
                post is not None
                and post.direction == Direction.OUT
                and post.created_at >= earliest
                and " ".join(post.text.split()) == wanted
            ):
                return replace(post)
        return None

    async def _mention_dids(self, text: str, customer: Person) -> dict[str, str]:
        raise NotImplementedError
