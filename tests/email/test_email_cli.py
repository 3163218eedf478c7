"""``desktop-inbox`` with an e-mail account, as a real process."""

from __future__ import annotations

import json

from desktop_inbox.connectors.email import parse as mailparse
from tests.email.conftest import Mailboxes
from tests.email.messages import plain, with_attachment


def _add(cli_process, boxes: Mailboxes, *extra: str, password: str | None = None):  # type: ignore[no-untyped-def]
    ports = boxes.server.ports
    return cli_process(
        "accounts", "add", "email", "--address", boxes.shop,
        "--imap-host", "127.0.0.1", "--imap-port", str(ports.imap),
        "--smtp-host", "127.0.0.1", "--smtp-port", str(ports.submission),
        "--security", "starttls", "--name", "Zappy Shoes", "--signature", "Zappy Shoes, Athens",
        "--history", "all", "--password-stdin", *extra,
        stdin=(password or boxes.password) + "\n",
    )  # fmt: skip


def test_email_from_the_command_line(cli_process, boxes: Mailboxes) -> None:  # type: ignore[no-untyped-def]
    boxes.deliver(plain(frm=f"Anna <{boxes.anna}>", to=boxes.shop, subject="Sandals in 39?",
                        body="Do you have the sandals in 39?", mid=f"<cli.{boxes.shop}>", minutes=1))
    tested = _add(cli_process, boxes, "--test")
    assert tested.code == 0, tested
    assert "IMAP: signed in" in tested.out and "SMTP: signed in" in tested.out

    added = _add(cli_process, boxes)
    assert added.code == 0, added
    assert f"Added {boxes.shop}" in added.out
    assert boxes.password not in added.out + added.err

    listed = cli_process("accounts", "list", "--json")
    [account] = json.loads(listed.out)
    assert account["platform"] == "email" and account["handle"] == boxes.shop

    synced = cli_process("sync", "--once")
    assert synced.code == 0, synced
    assert "1 new message" in synced.out
    convs = json.loads(cli_process("conversations", "--json").out)
    [conv] = convs
    assert conv["kind"] == "direct"
    shown = cli_process("show", str(conv["id"]))
    assert "[Sandals in 39?]" in shown.out and "Do you have the sandals in 39?" in shown.out

    queued = cli_process("reply", str(conv["id"]), "--text", "Yes, in white and in black.")
    assert queued.code == 0, queued
    assert cli_process("sync", "--once").code == 0
    [reply] = [mailparse.parse_message(m) for m in boxes.messages(boxes.anna)]
    assert reply.full_text == "Yes, in white and in black.\n\n-- \nZappy Shoes, Athens"
    assert reply.subject == "Re: Sandals in 39?" and reply.in_reply_to == [f"<cli.{boxes.shop}>"]
    found = cli_process("search", "sandals")
    assert "Sandals in 39?" in found.out


def test_bad_input_gets_one_clear_line(cli_process, boxes: Mailboxes) -> None:  # type: ignore[no-untyped-def]
    plain_remote = cli_process(
        "accounts", "add", "email", "--address", boxes.shop, "--imap-host", "mail.example.com",
        "--security", "none", "--password-stdin", stdin="whatever\n",
    )  # fmt: skip
    assert plain_remote.code == 2
    assert plain_remote.err.strip().count("\n") == 0
    assert "clear text" in plain_remote.err and "mail.example.com" in plain_remote.err

    wrong = _add(cli_process, boxes, password="not-the-password")
    assert wrong.code != 0
    assert "user name or password" in wrong.err and "not-the-password" not in wrong.err
    assert "Traceback" not in wrong.err

    no_password = _add(cli_process, boxes, password=" ")
    assert no_password.code == 2 and "No password on standard input" in no_password.err


def test_an_attachment_is_saved_when_asked_for(cli_process, boxes: Mailboxes, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 40
    boxes.deliver(with_attachment(frm=f"Chen <{boxes.chen}>", to=boxes.shop, subject="Invoice", body="Attached.",
                                  mid=f"<att.{boxes.shop}>", minutes=1, filename="發票 9012.pdf", data=pdf))
    assert _add(cli_process, boxes).code == 0
    assert cli_process("sync", "--once").code == 0
    [conv] = json.loads(cli_process("conversations", "--json").out)
    [message] = json.loads(cli_process("show", str(conv["id"]), "--json").out)["messages"]
    assert message["attachments"][0]["name"] == "發票 9012.pdf"  # listed, not downloaded
    saved = cli_process("attachment", str(message["id"]), "--output", str(tmp_path / "files"))
    assert saved.code == 0, saved
    assert (tmp_path / "files" / "發票 9012.pdf").read_bytes() == pdf
    missing = cli_process("attachment", str(message["id"]), "--index", "3", "--output", str(tmp_path))
    assert missing.code == 2 and len(missing.err.splitlines()) == 1
