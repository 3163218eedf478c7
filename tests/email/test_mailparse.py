"""Parsing, folding and threading rules, without a server."""

from __future__ import annotations

import pytest

from desktop_inbox.connectors.email import parse as mailparse
from desktop_inbox.connectors.email.config import (
    Endpoint,
    MailConfig,
    check_endpoint,
    guess_settings,
    with_overrides,
)
from desktop_inbox.connectors.email.thread import (
    ancestors,
    normalize_subject,
    parent_of,
    root_of,
)
from desktop_inbox.errors import BadInput


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thanks, that works!\n\nOn Mon, 3 Nov 2025 at 10:00, Zappy <s@z.test> wrote:\n> Hello Anna,\n> shipped.\n", "Thanks, that works!"),
        ("Perfect.\n\nOn Mon, 3 Nov 2025 at 10:00, Zappy Shoes <\nshop@zappy.test> wrote:\n> Hello\n", "Perfect."),
        ("Ευχαριστώ πολύ!\n\nΣτις Δευ 3 Νοε 2025 στις 10:00, ο/η Zappy <s@z.test> έγραψε:\n> Hello\n", "Ευχαριστώ πολύ!"),
        ("好的，谢谢！\n\n在 2025年11月3日 10:00，Zappy <s@z.test> 写道：\n> Hello\n", "好的，谢谢！"),
        ("See below.\n\nFrom: Zappy <s@z.test>\nSent: Monday, 3 November 2025 10:00\nTo: Anna\nSubject: Re: order\n\nHello\n", "See below."),
        ("Yes please.\n\n-- \nAnna Lambrou\nAthens\n", "Yes please."),
        ("Please send:\n- two pairs\n- one belt\nthanks", "Please send:\n- two pairs\n- one belt\nthanks"),
        ("> only a quote\n> nothing else", "> only a quote\n> nothing else"),
        ("Sent from my iPhone", "Sent from my iPhone"),
        ("I said:\n> something\nand then more text after the quote.", "I said:\n> something\nand then more text after the quote."),
    ],
    ids=["gmail", "wrapped-attribution", "greek", "chinese", "outlook", "signature", "hyphen-list", "all-quote", "only-sig", "inline-quote"],
)
def test_fold_keeps_what_the_message_adds(text: str, expected: str) -> None:
    new, _ = mailparse.fold(text)
    assert new == expected


def test_a_long_signature_like_block_is_not_cut() -> None:
    body = "Hi,\nThanks, I got the shoes.\n" + "\n".join(f"Line {i} of my long complaint about the sole." for i in range(12))
    new, _ = mailparse.fold(body)
    assert "Line 11 of my long complaint" in new


def test_legacy_charsets_and_encoded_headers() -> None:
    raw = (
        "From: =?iso-8859-7?q?=C1=ED=ED=E1?= <anna@example.test>\r\nTo: shop@zappy.test\r\n"
        "Subject: =?gb2312?b?ztK1xLaptaXU2sTEwO+jvw==?=\r\nMessage-ID: <x@y>\r\n"
        "Content-Type: text/plain; charset=iso-8859-7\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode("ascii") + "Καλημέρα".encode("iso-8859-7")
    mail = mailparse.parse_message(raw)
    assert mail.sender == mailparse.Address("Αννα", "anna@example.test")
    assert mail.subject == "我的订单在哪里？"
    assert mail.text == "Καλημέρα"


def test_unknown_charset_and_raw_8bit_headers_do_not_fail() -> None:
    raw = (
        "From: Zoë <zoe@example.test>\r\nSubject: Größe 38\r\nMessage-ID: <z@y>\r\n"
        "Content-Type: text/plain; charset=x-unknown-charset\r\n\r\nHallo Grüße\r\n"
    ).encode()
    mail = mailparse.parse_message(raw)
    assert mail.subject == "Größe 38"
    assert "Hallo Gr" in mail.text


def test_html_is_sanitised_and_flattened() -> None:
    raw = (
        b"From: a@example.test\r\nMessage-ID: <h@y>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b'<html><head><title>t</title><style>p{}</style></head><body><p>Hello <a href="javascript:alert(1)">x</a> '
        b'<a href="https://shop.example/o/1">order</a></p><img src="https://t.example/p.gif" alt="logo">'
        b'<iframe src="https://evil.example"></iframe></body></html>'
    )
    mail = mailparse.parse_message(raw)
    assert "javascript" not in mail.html and "<img" not in mail.html and "iframe" not in mail.html
    assert 'href="https://shop.example/o/1"' in mail.html
    assert mail.text.startswith("Hello x order")


def test_missing_message_id_gets_a_stable_stand_in() -> None:
    raw = b"From: a@example.test\r\nSubject: hi\r\nDate: Mon, 3 Nov 2025 10:00:00 +0000\r\n\r\nbody\r\n"
    first, second = mailparse.parse_message(raw), mailparse.parse_message(raw)
    assert first.message_id == second.message_id and first.message_id.endswith("@no-message-id.invalid>")


def test_attachments_are_listed_with_imap_sections() -> None:
    raw = (
        b'From: a@example.test\r\nMessage-ID: <m@y>\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b'--b\r\nContent-Type: multipart/alternative; boundary="c"\r\n\r\n'
        b"--c\r\nContent-Type: text/plain\r\n\r\nplain body\r\n--c\r\nContent-Type: text/html\r\n\r\n<p>html body</p>\r\n--c--\r\n"
        b"--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename*=utf-8''%CF%86%CF%89%CF%84%CE%BF.png\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        b"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@y\r\nSubject: inner\r\n\r\ninner body\r\n--b--\r\n"
    )
    mail = mailparse.parse_message(raw)
    assert mail.text == "plain body"
    assert [(a.section, a.name, a.content_type) for a in mail.attachments] == [
        ("2", "φωτο.png", "image/png"),
        ("3", "forwarded message.eml", "message/rfc822"),
    ]


def test_bodystructure_leaves() -> None:
    # As imapclient parses Dovecot's BODYSTRUCTURE of a mixed message.
    text = (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"8bit", 12, 1, None, None, None, None)
    html = (b"text", b"html", (b"charset", b"utf-8"), None, None, b"8bit", 30, 1, None, None, None, None)
    pdf = (b"application", b"pdf", (b"name", b"=?UTF-8?B?55m856WoLnBkZg==?="), None, None, b"base64", 4000, None,
           (b"attachment", (b"filename", b"invoice.pdf")), None, None)  # fmt: skip
    structure = ([([text, html], b"alternative"), pdf], b"mixed")
    leaves = mailparse.leaves_from_bodystructure(structure)
    assert [(lf.section, lf.content_type, lf.filename, lf.disposition) for lf in leaves] == [
        ("1.1", "text/plain", "", ""),
        ("1.2", "text/html", "", ""),
        ("2", "application/pdf", "invoice.pdf", "attachment"),
    ]
    assert mailparse.text_sections(leaves) == ["1.1", "1.2"]


@pytest.mark.parametrize(
    ("subject", "base", "reply", "forward"),
    [
        ("Re: Order 12", "order 12", True, False),
        ("RE: re: Order 12", "order 12", True, False),
        ("AW: Bestellung", "bestellung", True, False),
        ("Απ: Παραγγελία", "παραγγελία", True, False),
        ("回复：我的订单", "我的订单", True, False),
        ("Re[2]: Order", "order", True, False),
        ("[shop-list] Re: Order", "order", True, False),
        ("Fwd: Re: Order", "order", False, True),
        ("Order 12", "order 12", False, False),
        ("Regarding: prices", "regarding: prices", False, False),
    ],
)
def test_subjects(subject: str, base: str, reply: bool, forward: bool) -> None:
    got = normalize_subject(subject)
    assert (got.base, got.is_reply, got.is_forward) == (base, reply, forward)


def test_parent_and_root() -> None:
    assert parent_of(["<p>"], ["<r>", "<q>"]) == "<p>"
    assert parent_of([], ["<r>", "<q>"]) == "<q>"
    assert root_of(["<r>", "<q>"]) == "<r>" and root_of([]) is None
    assert ancestors(["<p>"], ["<r>"]) == ["<r>", "<p>"]


def test_references_are_trimmed_keeping_the_root() -> None:
    refs = [f"<{i}@x>" for i in range(100)]
    trimmed = mailparse.trim_references(refs)
    assert trimmed[0] == "<0@x>" and trimmed[-1] == "<99@x>" and len(trimmed) == mailparse.MAX_REFERENCES


def test_security_none_only_for_this_computer() -> None:
    check_endpoint(Endpoint("127.0.0.1", 143, "none"), "IMAP")
    check_endpoint(Endpoint("localhost", 143, "none"), "IMAP")
    for host in ("mail.example.com", "192.168.1.10", "10.0.0.1"):
        with pytest.raises(BadInput, match="clear text"):
            check_endpoint(Endpoint(host, 143, "none"), "IMAP")
    with pytest.raises(BadInput, match="clear text"):
        MailConfig("a@b.test", Endpoint("127.0.0.1", 143, "none"), Endpoint("smtp.b.test", 587, "none"), "a@b.test").checked()


def test_guesses() -> None:
    gmail = guess_settings("someone@gmail.com")
    assert (gmail.config.imap.host, gmail.config.imap.port, gmail.config.smtp.port) == ("imap.gmail.com", 993, 465)
    assert gmail.config.files_sent is True and "app password" in gmail.note
    other = guess_settings("info@my-shop.gr")
    assert (other.config.imap.host, other.config.smtp.host) == ("imap.my-shop.gr", "smtp.my-shop.gr")
    assert other.config.files_sent is None and not other.known_provider
    starttls = with_overrides(other.config, security="starttls")
    assert (starttls.imap.port, starttls.smtp.port) == (143, 587)
    custom = with_overrides(other.config, imap_host="Mail.My-Shop.gr", imap_port=10993, username="info")
    assert (custom.imap.host, custom.imap.port, custom.username) == ("mail.my-shop.gr", 10993, "info")
    with pytest.raises(BadInput):
        guess_settings("not an address")
