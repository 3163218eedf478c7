"""E-mail pictures against the real Dovecot: a customer's photo (a part of
the message) is kept for offline reading by the sync, never a remote image
of the HTML; a reply's picture travels in the message with its alt text."""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

from tests.email.conftest import App, Mailboxes
from tests.helpers import pictures


def _mail_with_photo(boxes: Mailboxes, photo: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Anna <{boxes.anna}>"
    msg["To"] = boxes.shop
    msg["Subject"] = "Broken buckle"
    msg["Message-ID"] = f"<photo.{boxes.shop}>"
    msg["Date"] = "Mon, 30 Nov 2026 10:00:00 +0000"
    msg.set_content("The buckle broke, photo attached.")
    msg.add_alternative('<p>The buckle broke.</p><img src="https://tracker.example/open.gif">', subtype="html")
    msg.add_attachment(photo, maintype="image", subtype="jpeg", filename="buckle.jpg")
    return msg.as_bytes(policy=email.policy.SMTP)


async def test_a_photo_is_kept_and_a_reply_carries_a_picture(app: App, boxes: Mailboxes, tmp_path: Path) -> None:
    photo = pictures.jpeg(500, 375)
    boxes.deliver(_mail_with_photo(boxes, photo))
    await app.add_email(boxes)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.media == 1
    [conv] = await app.inbox.page()
    [message] = (await app.inbox.conversation(conv.id)).messages
    [shown] = message.to_json()["attachments"]
    assert shown["kind"] == "image" and shown["name"] == "buckle.jpg"
    assert pictures.kept(shown["path"]) == photo

    file = tmp_path / "new-buckle.png"
    file.write_bytes(pictures.png(240, 160, text="buckle"))
    attached = await app.services.media.attach_file(file)
    await app.replies.send(
        conv.id, "Anna, a new buckle is on its way.", delay=timedelta(0), pictures=[(attached, "A new brass buckle")]
    )
    [sent] = await app.engine.sync_once()
    assert sent.ok and sent.sent == 1, sent.error
    [received] = [email.message_from_bytes(raw, policy=email.policy.default) for raw in boxes.messages(boxes.anna)]
    [part] = list(received.iter_attachments())  # type: ignore[attr-defined]
    assert part.get_content_type() == "image/png"
    assert part["Content-Description"] == "A new brass buckle"
    assert part.get_content() == file.read_bytes()
