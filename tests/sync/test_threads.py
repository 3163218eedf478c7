"""Threading posts: Post.rooted keeps every field (it spells them out for speed)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from desktop_inbox.records import Attachment, Direction, Kind, Person, Platform, Post

ANNA = Person(Platform.MASTODON, "https://a.example/@anna", "2", "@anna@a.example", "Anna")
SHOP = Person(Platform.MASTODON, "https://s.example/@shop", "1", "@shop@s.example", "Shop")


def test_rooted_is_replace_of_the_thread_root_and_keeps_every_field() -> None:
    post = Post(
        "11", SHOP, "text", datetime(2026, 3, 1, tzinfo=UTC), Kind.DIRECT, Direction.OUT, ANNA,
        visibility="direct", html="<p>text</p>", in_reply_to="10", thread_root=None, url="https://s.example/11",
        edited_at=datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=1),
        attachments=(Attachment("image", "https://s.example/m.png"),), extra={"cid": "x"},
    )  # fmt: skip
    # Every field set to something other than its default: a field added to
    # Post and not to rooted() fails here.
    defaults = Post("0", ANNA, "", datetime(2020, 1, 1, tzinfo=UTC), Kind.PUBLIC, Direction.IN, None)
    for f in dataclasses.fields(Post):
        if f.name != "thread_root":
            assert getattr(post, f.name) != getattr(defaults, f.name), f"set {f.name} in this test"
    rooted = post.rooted("7")
    assert rooted == dataclasses.replace(post, thread_root="7")
    assert all(getattr(rooted, f.name) is getattr(post, f.name) for f in dataclasses.fields(Post) if f.name != "thread_root")
    assert rooted.thread_root == "7" and post.thread_root is None
