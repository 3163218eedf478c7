"""E-mail (IMAP + SMTP submission): the customer's mailbox as conversations.

How e-mail maps onto the inbox:

* **A conversation is one thread with one customer, and it is private**
  (``Kind.DIRECT``). Unlike a chat, a customer's e-mails are separate
  matters: an order question and, a month later, a complaint about another
  order are two threads with two subjects, each answered, closed and timed on
  its own; one conversation per address would mix them up and lose the
  subject each reply must carry. So an e-mail thread is keyed by its root
  Message-ID and the customer (``store.ingest.thread_key``: e-mail is the
  platform whose direct messages come in threads). Someone else writing in
  the same thread (a colleague in Cc) is a conversation of their own, as in
  a public thread. All of one customer's threads meet in the customer panel,
  through the contact.
* **The customer is the address** (``Person.key`` is the lower-cased address;
  the display name comes from the header): for a message from someone else,
  the sender; for ours (in Sent), the first other recipient. An e-mail
  identity merges with the same person's social identities like any other.
* **Ids**: a message's ``remote_id`` is its Message-ID (UIDs change when a
  folder's UIDVALIDITY does; a Message-ID is the same in INBOX and in Sent);
  a message without one gets a stable hash of its headers. Threads follow
  ``mailthread`` (JWZ by References/In-Reply-To, subject as a fallback).
* **Streams**: ``mail`` (new mail since the stored UID of each folder) and
  ``mail_history`` (older mail, newest first, back to the chosen date). The
  opaque cursor holds, per folder, UIDVALIDITY and a UID; when UIDVALIDITY
  changes, every UID we knew is void: the folder is read again from a day
  before the newest mail we had, and Message-IDs keep the cache free of
  duplicates. A poll first asks STATUS (UIDNEXT) and skips unchanged folders.
  With CONDSTORE enabled the server reports HIGHESTMODSEQ; flag changes and
  expunges (what CONDSTORE/QRESYNC are for) have no place in the cache yet:
  a message deleted on the server stays in the local history.
* **Push**: ``wait_for_new`` waits on IMAP IDLE for INBOX on a connection of
  its own, renewed every few minutes (servers drop idle clients after as
  little as 5 minutes); the sync engine uses it between cycles.
* **Text**: plain text preferred, HTML sanitised; quoted replies and
  signatures folded away (``Post.text``); the whole message stays available as
  safe HTML (``Post.html``). The subject opens the text of the message that
  starts a thread ("[subject]", as Mastodon's content warnings do), so it is
  searchable and shows in the list. Attachments are listed (name, size) and
  fetched only on request (``fetch_attachment``); large messages are read by
  BODYSTRUCTURE and text parts only.
* **Replies**: In-Reply-To and References of the message answered, "Re:" on
  its subject, the account's signature, a Message-ID chosen in
  ``prepare_send``; sent by SMTP submission, then appended to Sent unless the
  server filed it itself. After a lost answer to DATA, Sent is searched for
  the Message-ID; if it is not there the reply *may have been sent* and is
  never sent again by itself: the user resends it or marks it as sent.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from functools import partial
from typing import Any

from imapclient import IMAPClient
from imapclient.imapclient import SENT

from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.base import FetchedMedia, MediaSource, StreamSpec
from desktop_inbox.connectors.email import media as email_media
from desktop_inbox.connectors.email import parse as mailparse
from desktop_inbox.connectors.email import thread as mailthread
from desktop_inbox.connectors.email.config import MailConfig
from desktop_inbox.connectors.email.idle import wait_in_inbox
from desktop_inbox.connectors.email.imap import ImapSession
from desktop_inbox.connectors.email.reading import Fetched, fetch_uids, person, to_post
from desktop_inbox.connectors.email.smtp import check_login, submit
from desktop_inbox.errors import (
    BadInput,
    ConnectorError,
    NeedsSignIn,
    NotFound,
)
from desktop_inbox.records import (
    AccountInfo,
    OutgoingMedia,
    OutgoingReply,
    Page,
    Platform,
    Post,
    Skipped,
)
from desktop_inbox.secrets import register_secret
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.connectors.email")

NEW = "mail"
HISTORY = "mail_history"
PAGE = 50  # messages per page
FIRST_PAGE = 50  # how much the first "new" pull takes before history takes over
SEARCH_IDS = 12  # ancestors searched for per thread fetch


def _encode(state: dict[str, list[Any]]) -> str:
    return json.dumps(state, separators=(",", ":"), sort_keys=True)


def _decode(cursor: str | None) -> dict[str, list[Any]]:
    if not cursor:
        return {}
    try:
        value = json.loads(cursor)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _or_criteria(ids: list[str]) -> list[Any]:
    """SEARCH criteria matching any of the Message-IDs."""
    criteria: list[Any] = ["HEADER", "Message-ID", ids[-1]]
    for mid in reversed(ids[:-1]):
        criteria = ["OR", "HEADER", "Message-ID", mid, *criteria]
    return criteria


class EmailConnector:
    platform = Platform.EMAIL
    # SMTP has no idempotency, and a copy missing from Sent proves nothing
    # (we file it there only after the server confirmed the message).
    resend_is_safe = False
    streams: tuple[StreamSpec, ...] = (
        StreamSpec(NEW, StreamDirection.NEW),
        StreamSpec(HISTORY, StreamDirection.HISTORY),
    )

    def __init__(
        self, config: MailConfig, password: str, *, signature: str = "", sent_folder: str | None = None
    ) -> None:
        self.config = config.checked()
        if not password:
            raise NeedsSignIn(QT_TRANSLATE_NOOP("Errors", "The password for {address} is missing. Please sign in again."), address=config.address)
        register_secret(password)  # the log scrubber hides it, should it ever get near a log
        self._password = password
        self.signature = signature.strip()
        self.me = person(mailparse.Address(config.name, config.address))
        self.my_addresses = {config.address.lower()}
        self.imap = ImapSession(config.imap, config.username, password, name="imap")
        self._idle: ImapSession | None = None
        self.sent_folder = sent_folder
        self._sent_known = sent_folder is not None
        self._inbox_uidnext: int | None = None

    async def aclose(self) -> None:
        if self._idle is not None:
            await self._idle.aclose()
        await self.imap.aclose()

    def next_poll(self, stream: str) -> datetime | None:
        return None

    # -- account ------------------------------------------------------------------

    async def verify(self) -> AccountInfo:
        """Sign in to IMAP and SMTP (the "test connection" of the dialog)."""
        await self.imap.call(lambda c: c.noop())
        sent = await self._sent()
        await check_login(self.config.smtp, self.config.username, self._password)
        extra = self.config.to_extra()
        if sent:
            extra["sent_folder"] = sent
        return AccountInfo(me=self.me, char_limit=0, url_length=0, extra=extra)

    async def _sent(self) -> str | None:
        if not self._sent_known:
            self.sent_folder = await self.imap.call(lambda c: c.find_special_folder(SENT))
            self._sent_known = True
        return self.sent_folder

    async def _folders(self) -> list[str]:
        folders = list(dict.fromkeys(self.config.folders))
        sent = await self._sent()
        if sent and sent not in folders:
            folders.append(sent)
        return folders

    # -- reading -------------------------------------------------------------------

    def to_post(self, item: Fetched) -> Post | Skipped | None:
        """A fetched message as a Post; None when it involves no customer."""
        return to_post(item, self.my_addresses)

    def _page(self, fetched: list[Fetched]) -> tuple[list[Post], list[Skipped]]:
        posts: list[Post] = []
        skipped: list[Skipped] = []
        for item in fetched:
            result = self.to_post(item)
            if isinstance(result, Skipped):
                skipped.append(result)
            elif result is not None:
                posts.append(result)
        return posts, skipped

    async def fetch(self, stream: str, cursor: str | None, *, since: datetime | None) -> Page:
        if stream == NEW:
            page = await self._fetch_new(cursor)
        elif stream == HISTORY:
            page = await self._fetch_history(cursor, since)
        else:
            raise ValueError(f"unknown e-mail stream {stream!r}")
        page.posts = await self._subject_fallback(page.posts)
        return page

    async def _fetch_new(self, cursor: str | None) -> Page:
        state = _decode(cursor)
        budget = PAGE
        fetched: list[Fetched] = []
        exhausted = True
        for folder in await self._folders():
            if budget <= 0:
                exhausted = False
                break
            old = state.get(folder)
            result = await self.imap.call(partial(self._new_in_folder, folder=folder, old=old, limit=budget))
            if result is None:
                continue  # the folder is gone
            new_state, items, more = result
            state[folder] = new_state
            fetched.extend(items)
            budget -= len(items)
            exhausted = exhausted and not more
        posts, skipped = self._page(fetched)
        return Page(posts, _encode(state), exhausted=exhausted, skipped=skipped)

    def _new_in_folder(
        self, c: IMAPClient, folder: str, old: list[Any] | None, limit: int
    ) -> tuple[list[Any], list[Fetched], bool] | None:
        """State [uidvalidity, last uid, newest date], fetched messages, more left."""
        try:
            status = c.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT"])
        except Exception as exc:
            if "NONEXISTENT" in str(exc).upper() or "doesn't exist" in str(exc).lower():
                log.warning("folder %s does not exist; skipping it", folder)
                return None
            raise
        validity, uidnext = status.get(b"UIDVALIDITY"), status.get(b"UIDNEXT")
        if folder.upper() == "INBOX":
            self._inbox_uidnext = uidnext
        valid = old is not None and len(old) == 3 and old[0] == validity
        if valid and old is not None and uidnext is not None and uidnext <= old[1] + 1:
            return old, [], False  # nothing new: no SELECT, no SEARCH
        c.select_folder(folder, readonly=True)
        newest = old[2] if old is not None and len(old) == 3 else ""
        if old is None:
            # First sync: the newest mail now; history brings the rest.
            uids = sorted(c.search("ALL"))
            chosen, last, more = uids[-FIRST_PAGE:], (uids[-1] if uids else 0), False
        else:
            if not valid:
                # UIDVALIDITY changed: every UID we knew is void. Read again
                # from a day before the newest mail we had; Message-IDs keep
                # the cache free of duplicates.
                log.info("UIDVALIDITY of %s changed; rebuilding it by Message-ID", folder)
                since = date.fromisoformat(newest) - timedelta(days=1) if newest else None
                uids = sorted(c.search(["SINCE", since] if since else "ALL"))
                if since is None:
                    uids = uids[-FIRST_PAGE:]
            else:
                uids = sorted(u for u in c.search(["UID", f"{old[1] + 1}:*"]) if u > old[1])
            chosen, more = uids[:limit], len(uids) > limit
            if valid:
                last = chosen[-1] if chosen else old[1]
            else:
                # Rebuilt: what is older than the re-read window is known.
                last = chosen[-1] if more else max([(uidnext or 1) - 1, *chosen])
        items = fetch_uids(c, folder, chosen)
        dates = [i.internaldate.date().isoformat() for i in items if i.internaldate]
        newest = max([newest, *dates]) if dates or newest else ""
        return [validity, last, newest], items, more

    async def _fetch_history(self, cursor: str | None, since: datetime | None) -> Page:
        state = _decode(cursor)
        budget = PAGE
        fetched: list[Fetched] = []
        exhausted = True
        for folder in await self._folders():
            old = state.get(folder)
            if old is not None and len(old) == 3 and old[2]:
                continue  # this folder's history is done
            if budget <= 0:
                exhausted = False
                break
            result = await self.imap.call(
                partial(self._history_in_folder, folder=folder, old=old, since=since, limit=budget)
            )
            if result is None:
                continue
            new_state, items = result
            state[folder] = new_state
            fetched.extend(items)
            budget -= len(items)
            exhausted = exhausted and bool(new_state[2])
        posts, skipped = self._page(fetched)
        return Page(posts, _encode(state), exhausted=exhausted, skipped=skipped)

    def _history_in_folder(
        self, c: IMAPClient, folder: str, old: list[Any] | None, since: datetime | None, limit: int
    ) -> tuple[list[Any], list[Fetched]] | None:
        """State [uidvalidity, below this uid, done] and the next older messages."""
        try:
            info = c.select_folder(folder, readonly=True)
        except Exception as exc:
            if "NONEXISTENT" in str(exc).upper() or "doesn't exist" in str(exc).lower():
                return None
            raise
        validity, uidnext = info.get(b"UIDVALIDITY"), info.get(b"UIDNEXT") or 2**32 - 1
        below = old[1] if old is not None and len(old) == 3 and old[0] == validity else uidnext
        # SINCE compares dates only; the engine cuts at the exact time.
        uids = sorted(u for u in c.search(["SINCE", since.date()] if since else "ALL") if u < below)
        chosen = uids[-limit:]
        done = len(uids) <= limit
        items = fetch_uids(c, folder, chosen)
        return [validity, chosen[0] if chosen else below, 1 if done else 0], items

    # -- threads --------------------------------------------------------------------

    def _search_ids(self, c: IMAPClient, folders: list[str], ids: list[str]) -> dict[str, Fetched]:
        found: dict[str, Fetched] = {}
        wanted = list(dict.fromkeys(ids))[-SEARCH_IDS:]
        if not wanted:
            return found
        for folder in folders:
            try:
                c.select_folder(folder, readonly=True)
            except Exception:
                continue
            uids = sorted(c.search(_or_criteria(wanted)))
            for item in fetch_uids(c, folder, uids[:SEARCH_IDS]):
                # SEARCH HEADER matches substrings: check the id itself.
                if item.mail is not None and item.mail.message_id in wanted and item.mail.message_id not in found:
                    found[item.mail.message_id] = item
        return found

    async def find_messages(self, ids: list[str]) -> dict[str, Fetched]:
        folders = await self._folders()
        return await self.imap.call(lambda c: self._search_ids(c, folders, ids))

    async def fetch_thread(self, post: Post) -> list[Post]:
        """The earlier messages of ``post``'s thread in our folders, and its root."""
        named = mailthread.ancestors(
            [post.in_reply_to] if post.in_reply_to else [], post.extra.get("references", "").split()
        )
        found = await self.find_messages(named)
        # Set from References when it had them; else the parent's root.
        root = post.thread_root
        cursor = post.in_reply_to
        depth = 0
        while root is None and cursor is not None:
            item = found.get(cursor)
            if item is None and depth > 0:
                found.update(await self.find_messages([cursor]))
                item = found.get(cursor)
            if item is None or item.mail is None:
                root = cursor  # the oldest message we can name
                break
            root = mailthread.root_of(item.mail.references)
            parent = mailthread.parent_of(item.mail.in_reply_to, item.mail.references)
            if root is None and (parent is None or depth >= 8):
                root = cursor
            cursor = parent
            depth += 1
        root = root or post.remote_id
        result = [replace(post, thread_root=root)]
        for item in found.values():
            other = self.to_post(item)
            if isinstance(other, Post) and other.customer and post.customer and other.customer.key == post.customer.key:
                result.append(replace(other, thread_root=root))
        return result

    async def _subject_fallback(self, posts: list[Post]) -> list[Post]:
        """JWZ's last resort: a "Re:" without References joins the earliest
        earlier message with the same subject and customer."""
        orphans = [
            p for p in posts
            if p.in_reply_to is None and p.customer is not None
            and mailthread.normalize_subject(p.extra.get("subject", "")).is_reply
        ]  # fmt: skip
        if not orphans:
            return posts
        by_id = {p.remote_id: p for p in posts}
        for post in orphans:
            base = mailthread.normalize_subject(post.extra.get("subject", "")).base
            assert post.customer is not None
            candidates = [
                p for p in posts
                if p is not post and p.customer is not None and p.customer.key == post.customer.key
                and p.created_at < post.created_at
                and mailthread.normalize_subject(p.extra.get("subject", "")).base == base
            ]  # fmt: skip
            if not candidates and base:
                candidates = await self._search_subject(post, base)
            if candidates:
                earliest = min(candidates, key=lambda p: p.created_at)
                text = post.text
                prefix = f"[{post.extra.get('subject', '')}]\n"
                text = text.removeprefix(prefix)  # not a thread's start after all
                by_id[post.remote_id] = replace(post, in_reply_to=earliest.remote_id, thread_root=None, text=text)
        return list(by_id.values())

    async def _search_subject(self, post: Post, base: str) -> list[Post]:
        assert post.customer is not None
        address = post.customer.key
        folders = await self._folders()
        sent = await self._sent()

        def search(c: IMAPClient) -> list[Fetched]:
            out: list[Fetched] = []
            for folder in folders:
                try:
                    c.select_folder(folder, readonly=True)
                    who = "TO" if folder == sent else "FROM"
                    uids = sorted(c.search([who, address, "SUBJECT", base], charset="UTF-8"))
                except Exception:
                    continue
                out.extend(fetch_uids(c, folder, uids[:10]))
            return out

        results = []
        for item in await self.imap.call(search):
            other = self.to_post(item)
            if (
                isinstance(other, Post)
                and other.remote_id != post.remote_id
                and other.created_at < post.created_at
                and other.customer is not None
                and other.customer.key == address
                and mailthread.normalize_subject(other.extra.get("subject", "")).base == base
            ):
                results.append(other)
        return results

    # -- attachments ------------------------------------------------------------------

    async def fetch_attachment(self, message_id: str, section: str) -> tuple[str, str, bytes]:
        """(file name, content type, bytes) of one attachment, on request."""
        folders = await self._folders()

        def get(c: IMAPClient) -> tuple[str, str, bytes]:
            for folder in folders:
                c.select_folder(folder, readonly=True)
                uids = c.search(["HEADER", "Message-ID", message_id])
                for uid in uids:
                    if section == "1":
                        data = c.fetch([uid], ["BODY.PEEK[]"])[uid]
                        raw = bytes(data[b"BODY[]"])
                    else:
                        data = c.fetch([uid], [f"BODY.PEEK[{section}.MIME]", f"BODY.PEEK[{section}]"])[uid]
                        raw = bytes(data.get(f"BODY[{section}.MIME]".encode()) or b"") + bytes(
                            data.get(f"BODY[{section}]".encode()) or b""
                        )
                    part = mailparse.parse_bytes(raw)
                    payload = part.get_payload(decode=True)
                    name = part.get_filename() or f"attachment-{section}"
                    if isinstance(payload, bytes):
                        return mailparse.clean(name), part.get_content_type(), payload
                    return mailparse.clean(name), part.get_content_type(), part.as_bytes()
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The message {message_id} is no longer on the server."), message_id=message_id)

        return await self.imap.call(get)

    # -- push -----------------------------------------------------------------------

    async def wait_for_new(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for new mail in INBOX (IMAP IDLE).

        True as soon as the server reports a new message (or one arrived
        since the last fetch), False when the time is up. Raises
        ConnectorError when the server cannot IDLE.
        """
        if self._idle is None:
            self._idle = ImapSession(self.config.imap, self.config.username, self._password, name="imap-idle")
        idle = self._idle
        known = self._inbox_uidnext
        stop = idle.stopping
        host = self.config.imap.host

        def wait(c: IMAPClient) -> bool:
            return wait_in_inbox(c, known_uidnext=known, timeout=timeout, stop=stop, host=host)

        return await idle.call(wait)

    # -- replies -------------------------------------------------------------------

    def prepare_send(self, reply: OutgoingReply) -> dict[str, str]:
        # Chosen once, kept with the outbox item: every attempt carries it.
        return {
            "send_message_id": make_msgid(domain=self.config.domain),
            "send_date": format_datetime(datetime.now(UTC)),
        }

    def build_message(self, reply: OutgoingReply) -> EmailMessage:
        extra = reply.extra
        message_id = extra.get("send_message_id")
        if not message_id:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "This reply has no Message-ID yet; it must be prepared before sending.")
            )
        msg = EmailMessage()
        msg["From"] = formataddr((self.config.name, self.config.address)) if self.config.name else self.config.address
        to = extra.get("reply_to") or reply.customer.handle
        msg["To"] = formataddr((reply.customer.name, to)) if reply.customer.name and to == reply.customer.handle else to
        subject = extra.get("subject", "")
        if reply.in_reply_to is None and not subject:
            # A new thread we start (answering a customer met elsewhere).
            subject = f"A message from {self.config.name}" if self.config.name else "A message for you"
        elif not mailthread.normalize_subject(subject).is_reply:
            subject = f"Re: {subject}" if subject else "Re: your message"
        msg["Subject"] = subject
        msg["Date"] = extra.get("send_date") or format_datetime(datetime.now(UTC))
        msg["Message-ID"] = message_id
        if reply.in_reply_to:
            refs = mailparse.trim_references([*extra.get("references", "").split(), reply.in_reply_to])
            msg["In-Reply-To"] = reply.in_reply_to
            msg["References"] = " ".join(refs)
        body = reply.text.rstrip()
        if self.signature:
            body += "\n\n-- \n" + self.signature
        msg.set_content(body + "\n")
        return msg

    async def fetch_media(self, item: MediaSource) -> FetchedMedia:
        return await email_media.fetch(self, item)

    async def upload_media(self, picture: OutgoingMedia, *, direct: bool) -> dict[str, Any]:
        return {"attached": True}  # nothing to upload: the message itself carries it (send)

    async def send(self, reply: OutgoingReply) -> Post:
        msg = self.build_message(reply)
        await email_media.attach(msg, reply.media)
        data = msg.as_bytes(policy=mailparse.POLICY.clone(linesep="\r\n"))
        recipients = [a.address for a in mailparse.addresses(msg, "To")]
        await submit(
            self.config.smtp,
            self.config.username,
            self._password,
            sender=self.config.address,
            recipients=recipients,
            data=data,
        )
        try:
            await self._file_in_sent(msg["Message-ID"], data)
        except (ConnectorError, OSError) as exc:
            # The customer has the reply; only our copy in Sent is missing.
            log.warning("sent %s but could not file it in Sent: %s", msg["Message-ID"], exc)
        return self._sent_post(reply, data)

    async def _file_in_sent(self, message_id: str, data: bytes) -> None:
        sent = await self._sent()
        if sent is None or self.config.files_sent:
            return

        def append(c: IMAPClient) -> None:
            c.select_folder(sent, readonly=True)
            if c.search(["HEADER", "Message-ID", message_id]):
                return  # the server filed it itself
            c.append(sent, data, flags=[b"\\Seen"])

        await self.imap.call(append)

    def _sent_post(self, reply: OutgoingReply, data: bytes) -> Post:
        post = self.to_post(Fetched("", 0, datetime.now(UTC), mailparse.parse_message(data)))
        if not isinstance(post, Post):
            raise ConnectorError(QT_TRANSLATE_NOOP("Errors", "The reply was sent but cannot be read back."))
        return replace(post, customer=reply.customer, thread_root=None)

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        message_id = reply.extra.get("send_message_id")
        sent = await self._sent()
        if not message_id or sent is None:
            return None

        def look(c: IMAPClient) -> bytes | None:
            c.select_folder(sent, readonly=True)
            for uid in c.search(["HEADER", "Message-ID", message_id]):
                raw = c.fetch([uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]")
                if isinstance(raw, bytes) and mailparse.parse_message(raw).message_id == message_id:
                    return raw
            return None

        raw = await self.imap.call(look)
        return self._sent_post(reply, raw) if raw is not None else None


def build(settings: Any) -> EmailConnector:
    """The registry's entry point (``settings`` is a ConnectorSettings)."""
    password = settings.credentials.get("password")
    if not isinstance(password, str) or not password:
        raise NeedsSignIn(QT_TRANSLATE_NOOP("Errors", "The e-mail password is missing from the keyring. Please sign in again.") )
    extra = dict(settings.extra)
    config = MailConfig.from_extra(extra, name=settings.me.name if settings.me else "")
    return EmailConnector(
        config, password, signature=extra.get("signature", ""), sent_folder=extra.get("sent_folder") or None
    )
