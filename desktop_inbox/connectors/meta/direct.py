"""Direct messages through Meta's Conversations API (both platforms).

* Conversations are listed newest first by ``updated_time``
  (``/me/conversations?platform=instagram``, ``/<PAGE_ID>/conversations
  ?platform=messenger``). New messages: the conversations updated since the
  last poll. The first poll only notes where "now" is; the history import
  pages back through the rest.
* Meta gives the content of only the **20 newest** messages of a conversation
  (older ids answer that the message was deleted), and leaves out message
  requests idle for 30 days: the history import says so where it stops.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop_inbox.connectors.meta.graph import dump_state, load_state
from desktop_inbox.connectors.meta.parse import graph_id, graph_time, iso, parse_message
from desktop_inbox.errors import BadRecord
from desktop_inbox.records import Page, Post, Skipped

if TYPE_CHECKING:
    from desktop_inbox.connectors.meta.connector import GraphConnector

DIRECT_MESSAGES = "direct_messages"
DM_HISTORY = "dm_history"
DETAILS = 20  # Meta: content of the 20 newest messages of a conversation only
# Times have whole seconds: a message in the second of the last poll's newest
# one changes nothing in the list. Shortly after, such conversations are read
# again; later, no new message can carry that time.
SAME_SECOND_GRACE = timedelta(minutes=5)


async def conversations(
    source: GraphConnector, after: str | None, limit: int, **filters: str
) -> tuple[list[Mapping[str, Any]], str | None]:
    params = {"platform": source.platform.value, "fields": "id,updated_time", "limit": str(limit), **filters}
    listing = await source.page(source.conversations_path, params, after)
    return listing.data, listing.after


def readable(convs: list[Mapping[str, Any]], skipped: list[Skipped]) -> Iterator[tuple[str, datetime | None]]:
    """(id, updated time) of each conversation; unreadable ones are skipped."""
    for conv in convs:
        try:
            conv_id = graph_id(conv.get("id"), "conversation id")
        except ValueError as exc:
            skipped.append(Skipped(f"unreadable conversation: {exc}"))
            continue
        try:
            updated: datetime | None = graph_time(conv.get("updated_time"))
        except ValueError:
            updated = None
        yield conv_id, updated


async def messages(source: GraphConnector, conversation_id: str) -> tuple[list[Post], list[Skipped], bool]:
    """The newest messages of one conversation (at most 20, Meta's cap),
    and whether older ones exist that Meta will not give."""
    posts: list[Post] = []
    skipped: list[Skipped] = []
    seen = 0
    after: str | None = None
    while seen < DETAILS:
        params = {"fields": source.message_fields, "limit": str(DETAILS - seen)}
        listing = await source.page(f"/{conversation_id}/messages", params, after)
        for item in listing.data[: DETAILS - seen]:
            try:
                posts.append(parse_message(item, me=source.myself(), conversation_id=conversation_id,
                                           person=source.person))
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
        seen += len(listing.data)
        after = listing.after
        if after is None or not listing.data:
            return posts, skipped, False
    return posts, skipped, True


async def dms_new(source: GraphConnector, cursor: str | None) -> Page:
    state = load_state(cursor)
    since = state.get("since")
    if cursor is None:
        # First poll: only note where "now" is; the history import reads the rest.
        convs, _ = await conversations(source, None, 1)
        newest = [(u, c) for c, u in readable(convs, []) if u is not None]
        if not newest:
            return Page([], dump_state({"at_top": []}), exhausted=True)
        newest_at, newest_id = max(newest)
        return Page([], dump_state({"since": iso(newest_at), "at_top": [newest_id]}), exhausted=True)
    boundary = graph_time(since) if since else None
    at_top = set(state.get("at_top") or [])
    posts: list[Post] = []
    skipped: list[Skipped] = []
    top: datetime | None = graph_time(state["top"]) if state.get("top") else boundary
    top_ids = set(state.get("top_ids") or ([] if state.get("top") else at_top))
    settled = boundary is None or source.clock() - boundary > SAME_SECOND_GRACE
    convs, after = await conversations(source, state.get("after"), source.page_size)
    reached = False
    for conv_id, updated in readable(convs, skipped):
        if updated is None:
            skipped.append(Skipped("conversation without a time", conv_id))
            continue
        seen = updated == boundary and conv_id in at_top and settled
        if boundary is not None and (updated < boundary or seen):
            reached = True
            break
        got, bad, _ = await messages(source, conv_id)
        posts.extend(got)
        skipped.extend(bad)
        if top is None or updated > top:
            top, top_ids = updated, {conv_id}
        elif updated == top:
            top_ids.add(conv_id)
    if not reached and after is not None:
        # Older conversations of this catch-up remain: keep our place.
        keep: dict[str, Any] = {"since": since, "at_top": sorted(at_top), "after": after, "top": iso(top) if top else None,
                "top_ids": sorted(top_ids)}
        return Page(posts, dump_state(keep), exhausted=False, skipped=skipped)
    new_state: dict[str, Any]
    if top is not None and (boundary is None or top > boundary):
        new_state = {"since": iso(top), "at_top": sorted(top_ids)}
    else:
        new_state = {"since": since, "at_top": sorted(at_top | top_ids)}
    return Page(posts, dump_state(new_state), exhausted=True, skipped=skipped)


async def dms_history(source: GraphConnector, cursor: str | None, since: datetime | None) -> Page:
    state = load_state(cursor)
    convs, after = await conversations(source, state.get("after"), source.page_size)
    posts: list[Post] = []
    skipped: list[Skipped] = []
    truncated = int(state.get("truncated") or 0)
    done = after is None
    for conv_id, updated in readable(convs, skipped):
        if since is not None and updated is not None and updated < since:
            done = True
            break
        got, bad, more = await messages(source, conv_id)
        posts.extend(got)
        skipped.extend(bad)
        truncated += int(more)
    page = Page(posts, dump_state({"after": after or state.get("after"), "truncated": truncated, "done": done}),
                exhausted=done, skipped=skipped)
    if done:
        cut = f" ({truncated} conversation(s) here had older messages)" if truncated else ""
        source.history_notes[DM_HISTORY] = source.dm_note.format(cut=cut)
        page.history_limit_reached = True
    return page
