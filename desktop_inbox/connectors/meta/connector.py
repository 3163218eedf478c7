"""Direct messages through Meta's Conversations and Send APIs (both platforms).

* Conversations are listed newest first by ``updated_time``
  (``/me/conversations?platform=instagram``, ``/<PAGE_ID>/conversations
  ?platform=messenger``). New messages: the conversations updated since the
  last poll. The first poll only notes where "now" is; the history import
  pages back through the rest.
* Meta gives the content of only the **20 newest** messages of a conversation
  (older ids answer that the message was deleted), and leaves out message
  requests idle for 30 days: the history import says so where it stops.
* Sending: ``POST …/messages`` with ``recipient.id`` (a direct message) or
  ``recipient.comment_id`` (a private reply to a comment), within the
  messaging window (``window``): checked when queued, and again here in case
  the reply waited offline past it.
* No idempotency key exists: after a lost answer, ``find_sent`` looks in the
  conversation for our message with the same text before anything is resent.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.base import StreamSpec
from desktop_inbox.connectors.meta import limits, window
from desktop_inbox.connectors.meta.errors import WindowClosed
from desktop_inbox.connectors.meta.graph import GraphApi
from desktop_inbox.connectors.meta.parse import (
    graph_id,
    graph_time,
    iso,
    parse_message,
    same_text,
)
from desktop_inbox.connectors.meta.tokens import TokenKeeper
from desktop_inbox.errors import BadRecord, MalformedResponse, Rejected
from desktop_inbox.records import Direction, Kind, OutgoingReply, Page, Person, Post, Skipped

log = logging.getLogger("desktop_inbox.connectors.meta")

DIRECT_MESSAGES = "direct_messages"
DM_HISTORY = "dm_history"
COMMENTS = "comments"
COMMENT_HISTORY = "comment_history"

DETAILS = 20  # Meta: content of the 20 newest messages of a conversation only
PAGE_SIZE = 25
FIND_SLACK = timedelta(minutes=2)  # clocks differ: a lost attempt may look a little older
SAME_SECOND_GRACE = timedelta(minutes=5)


def load_state(cursor: str | None) -> dict[str, Any]:
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def dump_state(state: Mapping[str, Any]) -> str:
    return json.dumps({k: v for k, v in state.items() if v is not None}, sort_keys=True, separators=(",", ":"))


class GraphConnector:
    """What the Instagram and Messenger connectors share; they add the
    platform's people, comments and paths."""

    platform: Any
    name = "Meta"
    message_fields = "id,created_time,from,to,message,attachments,shares"
    dm_note = ""
    dm_streams = (
        StreamSpec(DIRECT_MESSAGES, StreamDirection.NEW),
        StreamSpec(DM_HISTORY, StreamDirection.HISTORY),
    )

    def __init__(
        self,
        *,
        api: GraphApi,
        keeper: TokenKeeper,
        me: Person | None,
        extra: Mapping[str, str],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.api = api
        self.keeper = keeper
        self.me = me
        self.extra = dict(extra)
        self.clock = clock
        self.page_size = PAGE_SIZE
        self._last_poll: dict[str, datetime] = {}
        self.history_notes: dict[str, str] = {}

    # -- to be given by each platform ---------------------------------------------

    @property
    def conversations_path(self) -> str:
        raise NotImplementedError

    @property
    def send_path(self) -> str:
        raise NotImplementedError

    def person(self, data: Mapping[str, Any]) -> Person:
        raise NotImplementedError

    def send_extras(self, reply: OutgoingReply, tag: bool) -> dict[str, Any]:
        """Body fields besides recipient and message (messaging type, tag)."""
        if tag:
            return {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}
        return {"messaging_type": "RESPONSE"}

    # -- plumbing ---------------------------------------------------------------------

    async def aclose(self) -> None:
        await self.api.aclose()

    def _me(self) -> Person:
        if self.me is None:
            raise RuntimeError("verify() first")
        return self.me

    async def get(self, path: str, **params: str) -> Mapping[str, Any]:
        await self.keeper.fresh()
        return await self.api.call("GET", path, params=params)

    async def post(self, path: str, *, json_body: Any = None, params: Mapping[str, str] | None = None) -> Mapping[str, Any]:
        await self.keeper.fresh()
        return await self.api.call("POST", path, json_body=json_body, params=dict(params or {}))

    def next_poll(self, stream: str) -> datetime | None:
        """Spaced out as Meta's usage headers approach the limit."""
        now = self.clock()
        blocked = self.api.usage.blocked_until(now)
        if blocked is not None:
            return blocked
        spacing = self.api.usage.spacing()
        last = self._last_poll.get(stream)
        if spacing and last is not None:
            return last + spacing
        return None

    def note_poll(self, stream: str) -> None:
        self._last_poll[stream] = self.clock()

    # -- direct messages --------------------------------------------------------------

    async def _conversations(self, after: str | None, limit: int, **filters: str) -> tuple[list[Mapping[str, Any]], str | None]:
        params = {"platform": self.platform.value, "fields": "id,updated_time", "limit": str(limit), **filters}
        if after:
            params["after"] = after
        await self.keeper.fresh()
        listing = await self.api.listing(self.conversations_path, params)
        return listing.data, listing.after

    async def _messages(self, conversation_id: str) -> tuple[list[Post], list[Skipped], bool]:
        """The newest messages of one conversation (at most 20, Meta's cap),
        and whether older ones exist that Meta will not give."""
        posts: list[Post] = []
        skipped: list[Skipped] = []
        seen = 0
        after: str | None = None
        while seen < DETAILS:
            params = {"fields": self.message_fields, "limit": str(DETAILS - seen)}
            if after:
                params["after"] = after
            await self.keeper.fresh()
            listing = await self.api.listing(f"/{conversation_id}/messages", params)
            for item in listing.data[: DETAILS - seen]:
                try:
                    posts.append(
                        parse_message(item, me=self._me(), conversation_id=conversation_id, person=self.person)
                    )
                except BadRecord as exc:
                    skipped.append(Skipped(str(exc), exc.remote_id))
            seen += len(listing.data)
            after = listing.after
            if after is None or not listing.data:
                return posts, skipped, False
        return posts, skipped, True

    @staticmethod
    def _updated(conversation: Mapping[str, Any]) -> datetime | None:
        try:
            return graph_time(conversation.get("updated_time"))
        except ValueError:
            return None

    async def dms_new(self, cursor: str | None) -> Page:
        self.note_poll(DIRECT_MESSAGES)
        state = load_state(cursor)
        since = state.get("since")
        if cursor is None:
            # First poll: only note where "now" is; the history import reads the rest.
            convs, _ = await self._conversations(None, 1)
            newest = [(u, c["id"]) for c in convs if (u := self._updated(c)) is not None and isinstance(c.get("id"), str)]
            if not newest:
                return Page([], dump_state({"at_top": []}), exhausted=True)
            top, top_id = max(newest)
            return Page([], dump_state({"since": iso(top), "at_top": [top_id]}), exhausted=True)
        boundary = graph_time(since) if since else None
        at_top = set(state.get("at_top") or [])
        posts: list[Post] = []
        skipped: list[Skipped] = []
        top = graph_time(state["top"]) if state.get("top") else boundary
        top_ids = set(state.get("top_ids") or ([] if state.get("top") else at_top))
        # Times have whole seconds: a message in the second of the last poll's
        # newest one changes nothing in the list. Shortly after, such
        # conversations are read again; later, no new message can carry that time.
        settled = boundary is None or self.clock() - boundary > SAME_SECOND_GRACE
        convs, after = await self._conversations(state.get("after"), self.page_size)
        reached = False
        for conv in convs:
            try:
                conv_id = graph_id(conv.get("id"), "conversation id")
            except ValueError as exc:
                skipped.append(Skipped(f"unreadable conversation: {exc}"))
                continue
            updated = self._updated(conv)
            if updated is None:
                skipped.append(Skipped("conversation without a time", conv_id))
                continue
            seen = updated == boundary and conv_id in at_top and settled
            if boundary is not None and (updated < boundary or seen):
                reached = True
                break
            got, bad, _ = await self._messages(conv_id)
            posts.extend(got)
            skipped.extend(bad)
            if top is None or updated > top:
                top, top_ids = updated, {conv_id}
            elif updated == top:
                top_ids.add(conv_id)
        if not reached and after is not None:
            # Older conversations of this catch-up remain: keep our place.
            keep = {"since": since, "at_top": sorted(at_top), "after": after, "top": iso(top) if top else None,
                    "top_ids": sorted(top_ids)}
            return Page(posts, dump_state(keep), exhausted=False, skipped=skipped)
        if top is not None and (boundary is None or top > boundary):
            new_state = {"since": iso(top), "at_top": sorted(top_ids)}
        else:
            new_state = {"since": since, "at_top": sorted(at_top | top_ids)}
        return Page(posts, dump_state(new_state), exhausted=True, skipped=skipped)

    async def dms_history(self, cursor: str | None, since: datetime | None) -> Page:
        self.note_poll(DM_HISTORY)
        state = load_state(cursor)
        convs, after = await self._conversations(state.get("after"), self.page_size)
        posts: list[Post] = []
        skipped: list[Skipped] = []
        truncated = int(state.get("truncated") or 0)
        done = after is None
        for conv in convs:
            try:
                conv_id = graph_id(conv.get("id"), "conversation id")
            except ValueError as exc:
                skipped.append(Skipped(f"unreadable conversation: {exc}"))
                continue
            updated = self._updated(conv)
            if since is not None and updated is not None and updated < since:
                done = True
                break
            got, bad, more = await self._messages(conv_id)
            posts.extend(got)
            skipped.extend(bad)
            truncated += int(more)
        page = Page(posts, dump_state({"after": after or state.get("after"), "truncated": truncated, "done": done}),
                    exhausted=done, skipped=skipped)
        if done:
            cut = f" ({truncated} conversation(s) here had older messages)" if truncated else ""
            self.history_notes[DM_HISTORY] = self.dm_note.format(cut=cut)
            page.history_limit_reached = True
        return page

    # -- sending ----------------------------------------------------------------------

    def prepare_send(self, reply: OutgoingReply) -> dict[str, str]:
        return {}  # Graph takes no client-chosen id; find_sent looks for the text instead

    def _check_length(self, reply: OutgoingReply) -> None:
        reason = limits.too_long(self.platform.value, reply.text, direct=reply.kind == Kind.DIRECT)
        if reason:
            raise Rejected(reason)

    def _tag_needed(self, reply: OutgoingReply) -> bool:
        """Whether the message needs the HUMAN_AGENT tag; refuses one that
        waited past every window (queued in time, sent too late)."""
        at = reply.extra.get("at")
        if not at:
            return False
        age = self.clock() - graph_time(at)
        if age <= window.STANDARD_WINDOW:
            return False
        if window.has_human_agent(self.extra) and age <= window.HUMAN_AGENT_WINDOW:
            return True
        raise WindowClosed(
            f"The reply waited too long: {self.name} takes answers only within "
            f"{'7 days' if window.has_human_agent(self.extra) else '24 hours'} of the customer's last message, "
            "and that time has passed. It was not sent."
        )

    def is_private_reply(self, reply: OutgoingReply) -> bool:
        return reply.kind == Kind.DIRECT and reply.extra.get("comment") == "1" and bool(reply.in_reply_to)

    async def send_direct(self, reply: OutgoingReply) -> Post:
        me = self._me()
        private = self.is_private_reply(reply)
        if private:
            recipient: dict[str, str] = {"comment_id": graph_id(reply.in_reply_to, "comment id")}
            extras = self.send_extras(reply, False)
        else:
            recipient = {"id": graph_id(reply.customer.remote_id, "customer id")}
            extras = self.send_extras(reply, self._tag_needed(reply))
        answer = await self.post(self.send_path, json_body={"recipient": recipient, "message": {"text": reply.text}, **extras})
        message_id = answer.get("message_id")
        if not isinstance(message_id, str) or not message_id:
            raise MalformedResponse(f"{self.name} accepted the message but sent back no message id.")
        conversation = reply.extra.get("conversation", "")
        now = self.clock()
        extra = {"conversation": conversation, "at": iso(now)} if conversation else {"at": iso(now)}
        if private:
            extra["private_reply_to"] = reply.in_reply_to or ""
        return Post(
            remote_id=message_id,
            author=me,
            text=reply.text,
            created_at=now,
            kind=Kind.DIRECT,
            direction=Direction.OUT,
            customer=reply.customer,
            visibility="direct",
            thread_root=f"dm:{conversation}" if conversation else f"dm:{reply.customer.key}",
            extra=extra,
        )

    async def find_direct(self, reply: OutgoingReply) -> Post | None:
        """Our message with this text in the conversation with the customer,
        sent since the reply was queued (a lost attempt that arrived)."""
        conversation = reply.extra.get("conversation")
        if not conversation:
            convs, _ = await self._conversations(None, 1, user_id=graph_id(reply.customer.remote_id, "customer id"))
            ids = [c.get("id") for c in convs if isinstance(c.get("id"), str)]
            if not ids:
                return None
            conversation = ids[0]
        posts, _, _ = await self._messages(conversation)
        earliest = reply.queued_at - FIND_SLACK
        for post in posts:
            if post.direction == Direction.OUT and same_text(post.text, reply.text) and post.created_at >= earliest:
                return replace(post, customer=reply.customer)
        return None
