"""Reading Bluesky's views: a thread's posts, a post's embeds as
attachments, the time a notification sorts by (shared by the connector's
notification and thread readers)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from desktop_inbox.connectors.bluesky import text as text_rules
from desktop_inbox.records import Attachment, Person


def strong_ref(value: Any) -> dict[str, str] | None:
    """A strong ref ``{uri, cid}``, or None."""
    if isinstance(value, Mapping) and isinstance(value.get("uri"), str) and isinstance(value.get("cid"), str):
        return {"uri": str(value["uri"]), "cid": str(value["cid"])}
    return None


def me_view(me: Person) -> dict[str, Any]:
    return {"did": me.key, "handle": me.handle.lstrip("@"), "displayName": me.name, "avatar": me.avatar_url}


def thread_views(thread: Mapping[str, Any]) -> list[Any]:
    """Every post view in a ``threadViewPost``: the parents, then the replies."""
    views: list[Any] = []
    parent = thread.get("parent")
    depth = 0
    while isinstance(parent, Mapping) and isinstance(parent.get("post"), Mapping) and depth < 200:
        views.append(parent["post"])
        parent = parent.get("parent")
        depth += 1
    views.reverse()
    stack = list(thread.get("replies") or []) if isinstance(thread.get("replies"), list) else []
    while stack and len(views) < 1000:
        node = stack.pop(0)
        if isinstance(node, Mapping) and isinstance(node.get("post"), Mapping):
            views.append(node["post"])
            if isinstance(node.get("replies"), list):
                stack.extend(node["replies"])
    return views


def attachments(embed: Any, author: Person) -> list[Attachment]:
    if not isinstance(embed, Mapping):
        return []
    kind = embed.get("$type")
    out: list[Attachment] = []
    if kind == "app.bsky.embed.recordWithMedia":
        out.extend(attachments(embed.get("media"), author))
        embed = embed.get("record") if isinstance(embed.get("record"), Mapping) else {}
        kind = "app.bsky.embed.record"
    if kind == "app.bsky.embed.record":
        quoted = strong_ref(embed.get("record"))
        if quoted:
            did = quoted["uri"][5:].split("/")[0]
            out.append(Attachment(kind="quote", url=text_rules.post_url(did, quoted["uri"]), name=quoted["uri"][:500]))
    elif kind == "app.bsky.embed.images":
        for image in embed.get("images") or []:
            if isinstance(image, Mapping):
                alt = image.get("alt")
                out.append(
                    Attachment(kind="image", description=alt[:1500] if isinstance(alt, str) else "", **_blob(image.get("image"), author))
                )
    elif kind == "app.bsky.embed.video":
        alt = embed.get("alt")
        out.append(Attachment(kind="video", description=alt[:1500] if isinstance(alt, str) else "", **_blob(embed.get("video"), author)))
    elif kind == "app.bsky.embed.external":
        external = embed.get("external")
        if isinstance(external, Mapping) and isinstance(external.get("uri"), str):
            title = external.get("title")
            out.append(Attachment(kind="link", url=external["uri"][:1000], name=title[:300] if isinstance(title, str) else ""))
    return out


def _blob(blob: Any, author: Person) -> dict[str, Any]:
    """Where a record's blob is fetched: ``blob:<did>:<cid>`` (its author's repo)."""
    if not isinstance(blob, Mapping):
        return {}
    ref = blob.get("ref")
    cid = ref.get("$link") if isinstance(ref, Mapping) else blob.get("cid")  # (legacy blobs name the cid directly)
    if not isinstance(cid, str) or not cid.isalnum() or len(cid) > 200 or not author.key.startswith("did:"):
        return {}
    size = blob.get("size")
    mime = blob.get("mimeType")
    return {
        "source": f"blob:{author.key}:{cid}",
        "content_type": mime[:100] if isinstance(mime, str) else "",
        "size": size if isinstance(size, int) and size >= 0 else None,
    }


def time_key(value: str | None) -> datetime:
    if not value:
        return datetime.min.replace(tzinfo=UTC)
    try:
        return text_rules.parse_time(value)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)


