"""The local Mastodon server's JSON: accounts, statuses (with Mastodon's
HTML) and notifications, in the shapes Mastodon's API documents (mixed
into ``MastodonServer``)."""

from __future__ import annotations

import html
import re
from typing import Any

from desktop_inbox.demo.mastodon_model import HASHTAG, Account, Notification, Status, iso_time


class JsonShapes:
    """What the API answers; the server keeps the state."""

    url: str
    accounts: dict[str, Account]
    statuses: dict[str, Status]
    _children: dict[str, list[Status]]

    def account_json(self, account: Account) -> dict[str, Any]:
        home = f"https://{account.domain}" if account.domain else self.url
        url = f"{home}/@{account.username}"
        return {
            "id": account.id,
            "username": account.username,
            "acct": account.acct(),
            "display_name": account.display_name,
            "locked": False,
            "bot": False,
            "created_at": iso_time(account.created_at),
            "note": "",
            "url": url,
            "uri": f"{home}/users/{account.username}",
            "avatar": f"{self.url}/avatars/{account.id}.png",
            "avatar_static": f"{self.url}/avatars/{account.id}.png",
            "header": "",
            "header_static": "",
            "followers_count": 0,
            "following_count": len(account.follows),
            "statuses_count": 0,
            "emojis": [],
            "fields": [],
        }

    def status_json(self, status: Status) -> dict[str, Any]:
        author = self.accounts[status.account_id]
        reply_account = None
        if status.in_reply_to_id and status.in_reply_to_id in self.statuses:
            reply_account = self.statuses[status.in_reply_to_id].account_id
        return {
            "id": status.id,
            "uri": f"{self.url}/users/{author.username}/statuses/{status.id}",
            "url": f"{self.url}/@{author.username}/{status.id}",
            "created_at": iso_time(status.created_at),
            "account": self.account_json(author),
            "content": status.html if status.html is not None else self._render(status.text),
            "visibility": status.visibility,
            "sensitive": False,
            "spoiler_text": "",
            "media_attachments": status.media,
            "mentions": [
                {
                    "id": a,
                    "username": self.accounts[a].username,
                    "acct": self.accounts[a].acct(),
                    "url": self.account_json(self.accounts[a])["url"],
                }
                for a in status.mentions
            ],
            "tags": [{"name": tag, "url": f"{self.url}/tags/{tag}"} for tag in status.tags],
            "emojis": [],
            "reblogs_count": 0,
            "favourites_count": 0,
            "replies_count": len(self._children.get(status.id, ())),
            "in_reply_to_id": status.in_reply_to_id,
            "in_reply_to_account_id": reply_account,
            "reblog": None,
            "language": status.language,
            "edited_at": None,
        }

    def _render(self, text: str) -> str:
        def mention(match: re.Match[str]) -> str:
            name = match.group(1)
            return (
                f'<span class="h-card"><a href="{self.url}/@{name}" class="u-url mention">'
                f"@<span>{name}</span></a></span>"
            )

        def hashtag(match: re.Match[str]) -> str:
            tag = match.group(1)
            return (
                f'<a href="{self.url}/tags/{tag.lower()}" class="mention hashtag" rel="tag">#<span>{tag}</span></a>'
            )

        def link(match: re.Match[str]) -> str:
            url = match.group(0)
            return f'<a href="{url}" rel="nofollow noopener" target="_blank">{url}</a>'

        paragraphs = []
        for para in text.split("\n\n"):
            escaped = html.escape(para, quote=False)
            escaped = re.sub(r"https?://[^\s<]+", link, escaped)
            escaped = re.sub(r"(?<![\w/])@([A-Za-z0-9_]+)(?:@[\w.:-]+)?", mention, escaped)
            escaped = HASHTAG.sub(hashtag, escaped)
            paragraphs.append("<p>" + escaped.replace("\n", "<br>") + "</p>")
        return "".join(paragraphs)

    def notification_json(self, n: Notification) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": n.id,
            "type": n.type,
            "created_at": iso_time(n.created_at),
            "group_key": f"ungrouped-{n.id}",
            "account": self.account_json(self.accounts[n.from_account_id]),
        }
        if n.status_id:
            data["status"] = self.status_json(self.statuses[n.status_id])
        return data

