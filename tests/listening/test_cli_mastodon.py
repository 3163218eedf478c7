"""Listening end to end through the command line, against the local Mastodon.

The server answers the hashtag timeline and full-text search with Mastodon's
shapes (``desktop_inbox/demo/mastodon_listening.py``); everything else is
the real command line on a real cache and keyring.
"""

from __future__ import annotations

import json
from typing import Any

from tests.helpers.mastodon import World


def _json(cli: Any, *args: str) -> Any:
    result = cli(*args, "--json")
    assert result.code == 0, result
    return json.loads(result.out)


def _add_account(cli: Any, world: World) -> None:
    added = cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n")
    assert added.code == 0, added


def test_heard_posts_are_their_own_conversations_and_a_reply_goes_out_once(cli: Any, world: World) -> None:
    world.server.full_text_search = True
    tagged = world.server.post(world.anna, "My #HappyShoes sandals broke after two days 😢")
    worded = world.server.post(world.bob, "Do zappy sandals run small? Asking for a friend")
    both = world.server.post(world.bob, "@shop is my zappy order on its way?")  # a mention with the term
    _add_account(cli, world)
    tag_id = cli("listening", "add", "#happyshoes")
    word_id = cli("listening", "add", "zappy")
    assert tag_id.code == 0 and tag_id.out.strip().isdigit(), tag_id
    assert word_id.code == 0 and word_id.out.strip().isdigit(), word_id
    listed = _json(cli, "listening", "list")
    assert {(t["id"], t["term"], t["account"]) for t in listed} == {
        (int(tag_id.out), "#happyshoes", 1),
        (int(word_id.out), "zappy", 1),
    }

    synced = cli("sync", "--once")
    assert synced.code == 0, synced
    assert "2 post(s) heard" in synced.out

    heard = _json(cli, "conversations", "--heard")
    assert sorted(c["snippet"] for c in heard) == sorted([tagged.text, worded.text])
    assert {c["state"] for c in heard} == {"heard"} and {c["heard"] for c in heard} == {True}
    # Not in the inbox: not needing a reply, not in "all"; the mention is a mention only.
    needs = _json(cli, "conversations", "--state", "needs_reply")
    assert [(c["snippet"], c["heard"]) for c in needs] == [(both.text, False)]
    assert [c["heard"] for c in _json(cli, "conversations")] == [False]
    # Searchable by kind, and a saved search counts heard posts.
    assert {h["text"] for h in _json(cli, "search", "is:heard")} == {tagged.text, worded.text}
    assert [h["text"] for h in _json(cli, "search", "zappy is:mention")] == [both.text]
    saved = cli("searches", "add", "Heard sandals", "sandals is:heard")
    assert saved.code == 0, saved
    [counted] = _json(cli, "searches")
    assert counted["count"] == 2

    again = cli("sync", "--once")
    assert again.code == 0 and "heard" not in again.out, again
    assert len(_json(cli, "conversations", "--heard")) == 2

    to_anna = next(c for c in heard if c["snippet"] == tagged.text)
    replied = cli("reply", str(to_anna["id"]), "--text", "Anna, that should never happen: we'll replace them.")
    assert replied.code == 0 and replied.out.strip().isdigit(), replied
    assert cli("sync", "--once").code == 0
    assert cli("sync", "--once").code == 0
    [reply] = world.server.replies_by(world.shop)
    assert reply.in_reply_to_id == tagged.id and reply.visibility == "public"
    assert world.anna.id in reply.mentions  # addressed to her, on her timeline
    answered = next(c for c in _json(cli, "conversations") if c["id"] == to_anna["id"])
    assert answered["state"] == "waiting" and answered["heard"] is True
    assert [c["id"] for c in _json(cli, "conversations", "--heard")] != [to_anna["id"]]


def test_removing_a_term_stops_new_heard_posts(cli: Any, world: World) -> None:
    world.server.post(world.anna, "#HappyShoes are the comfiest")
    _add_account(cli, world)
    term = cli("listening", "add", "#happyshoes").out.strip()
    assert cli("sync", "--once").code == 0
    assert len(_json(cli, "conversations", "--heard")) == 1

    removed = cli("listening", "remove", term)
    assert removed.code == 0 and "#happyshoes" in removed.out, removed
    world.server.post(world.bob, "Just bought #HappyShoes for the summer")
    assert cli("sync", "--once").code == 0
    assert len(_json(cli, "conversations", "--heard")) == 1  # the first stays, nothing new
    assert _json(cli, "listening", "list") == []
    assert cli("listening", "remove", term).code == 2


def test_words_on_a_server_without_full_text_search_say_so(cli: Any, world: World) -> None:
    world.server.post(world.shop, "Summer sandals are in the shop now")  # something of ours to probe with
    world.server.post(world.anna, "zappy sandals are great")
    _add_account(cli, world)
    cli("listening", "add", "zappy")
    synced = cli("sync", "--once")
    assert synced.code == 0, synced  # the inbox syncs on
    assert "offers no full-text search" in synced.out
    [term] = _json(cli, "listening", "list")
    assert term["note"].startswith("Not heard:") and "#hashtags instead" in term["note"]
    assert _json(cli, "conversations", "--heard") == []


def test_dismissing_a_heard_post_and_muting_its_author(cli: Any, world: World) -> None:
    first = world.server.post(world.bob, "#HappyShoes giveaway!!! click here")
    world.server.post(world.bob, "#HappyShoes giveaway again")
    keep = world.server.post(world.anna, "Love my #HappyShoes")
    _add_account(cli, world)
    cli("listening", "add", "#HappyShoes")
    assert cli("sync", "--once").code == 0
    heard = {c["snippet"]: c["id"] for c in _json(cli, "conversations", "--heard")}
    assert len(heard) == 3

    dismissed = _json(cli, "listening", "dismiss", str(heard[first.text]), "--mute-author")
    assert len(dismissed["dismissed"]) == 2 and dismissed["muted_author"].startswith("@bob")
    world.server.post(world.bob, "#HappyShoes third giveaway")
    assert cli("sync", "--once").code == 0
    assert [c["snippet"] for c in _json(cli, "conversations", "--heard")] == [keep.text]
    assert _json(cli, "listening", "mutes")["authors"] == [dismissed["muted_author"].lower()]
    # Only heard posts are dismissed; a second time is refused in one line.
    again = cli("listening", "dismiss", str(heard[first.text]))
    assert again.code == 2 and "no conversation" in again.err.lower()


def test_command_line_refuses_what_cannot_listen(cli: Any, world: World) -> None:
    assert cli("listening", "add", "#shoes").code == 2  # no account yet
    _add_account(cli, world)
    bad = cli("listening", "add", "#two words")
    assert bad.code == 2 and "not a hashtag" in bad.err and len(bad.err.strip().splitlines()) == 1
    assert cli("listening", "add", "shoes", "--lang", "english").code == 2
    assert cli("listening", "add", "shoes", "--account", "99").code == 2
    first = cli("listening", "add", "shoes")
    dup = cli("listening", "add", "Shoes")
    assert first.code == 0 and dup.code == 2 and f"term {first.out.strip()}" in dup.err


def test_accounts_that_cannot_listen_say_why(cli: Any, world: World, data_dir: Any) -> None:
    from desktop_inbox.records import AccountInfo, Person, Platform
    from desktop_inbox.store import accounts
    from desktop_inbox.store.db import Cache

    _add_account(cli, world)
    with Cache(data_dir) as cache:
        for platform, handle in ((Platform.EMAIL, "shop@example.com"), (Platform.INSTAGRAM, "@shop")):
            me = Person(platform, handle, handle, handle)
            cache.call_write(
                accounts.create, platform=platform, base_url=f"https://{platform}.example", info=AccountInfo(me=me, char_limit=0),
                secret_ref=f"{platform}:test",
            )
    mail = cli("listening", "add", "sandals", "--account", "2")
    assert mail.code == 2 and "E-mail has no listening" in mail.err, mail
    instagram = cli("listening", "add", "#sandals", "--account", "3")
    assert instagram.code == 2 and "Not available on Instagram" in instagram.err and "App Review" in instagram.err
    only = cli("listening", "add", "sandals")  # the one account that can listen
    assert only.code == 0, only
    assert [t["account"] for t in _json(cli, "listening", "list")] == [1]
