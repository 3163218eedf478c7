"""The X test server's media: files served from its own address (standing in
for pbs.twimg.com), ``includes.media`` for posts and direct messages, and
the v2 upload (``POST /2/media/upload``, ``POST /2/media/metadata``)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from desktop_inbox.demo.httpbase import Request, Response
from desktop_inbox.demo.mastodon_media import multipart


@dataclass
class XMedia:
    id: str
    key: str
    type: str  # photo, video, animated_gif
    data: bytes
    content_type: str
    alt: str = ""
    uploader: str | None = None


class XMediaRoutes:
    url: str

    def _init_media(self) -> None:
        self.media: dict[str, XMedia] = {}
        self.media_by_id: dict[str, XMedia] = {}
        self.uploads_received: list[XMedia] = []
        self._media_seq = itertools.count(1_700_000_000_000_000_000)
        r = self.route  # type: ignore[attr-defined]
        r("GET", r"/media/(?P<key>[0-9_]+)", self.h_media_file)
        r("POST", r"/2/media/upload", self.h_media_upload)
        r("POST", r"/2/media/metadata", self.h_media_metadata)

    def add_media(self, data: bytes, content_type: str = "image/png", *, alt: str = "", type_: str = "photo",
                  uploader: str | None = None) -> str:
        """A file on X; its media key, for ``post(media_keys=[...])``."""
        media_id = str(next(self._media_seq))
        media = XMedia(media_id, f"3_{media_id}", type_, data, content_type, alt, uploader)
        self.media[media.key] = media
        self.media_by_id[media.id] = media
        return media.key

    def media_json(self, key: str) -> dict[str, Any]:
        media = self.media[key]
        data: dict[str, Any] = {"media_key": media.key, "type": media.type}
        file_url = f"{self.url}/media/{media.key}"
        if media.type == "photo":
            data["url"] = file_url
        else:
            data["preview_image_url"] = file_url
            data["variants"] = [{"bit_rate": 832000, "content_type": "video/mp4", "url": file_url}]
        if media.alt:
            data["alt_text"] = media.alt
        return data

    def h_media_file(self, request: Request) -> Response:
        assert request.match is not None
        media = self.media.get(request.match["key"])
        if media is None:
            return Response(404, {"title": "Not Found"})
        return Response(200, raw=media.data, content_type=media.content_type)

    def h_media_upload(self, request: Request) -> Response:
        token = self._auth(request, "POST /2/media/upload")  # type: ignore[attr-defined]
        if isinstance(token, Response):
            return token
        fields = multipart(request)
        if "media" not in fields or not fields["media"][1]:
            return Response(400, {"title": "Invalid Request", "detail": "media is required", "status": 400})
        category = fields.get("media_category", ("", b"", ""))[1].decode()
        if category not in ("tweet_image", "dm_image"):
            return Response(400, {"title": "Invalid Request", "detail": "media_category is invalid", "status": 400})
        key = self.add_media(fields["media"][1], fields["media"][2], uploader=token.user_id)
        media = self.media[key]
        self.uploads_received.append(media)
        return Response(200, {"data": {"id": media.id, "media_key": media.key, "expires_after_secs": 86400, "size": len(media.data)}})

    def h_media_metadata(self, request: Request) -> Response:
        token = self._auth(request, "POST /2/media/metadata")  # type: ignore[attr-defined]
        if isinstance(token, Response):
            return token
        body = request.json()
        media = self.media_by_id.get(str(body.get("id")))
        if media is None or media.uploader != token.user_id:
            return Response(400, {"title": "Invalid Request", "detail": "unknown media id", "status": 400})
        alt = ((body.get("metadata") or {}).get("alt_text") or {}).get("text")
        if isinstance(alt, str):
            media.alt = alt
        return Response(200, {"data": {"associated_metadata": {"alt_text": {"text": media.alt}}, "id": media.id}})

    def take_media(self, user_id: str, ids: Any) -> list[str] | Response:
        keys = []
        for media_id in ids if isinstance(ids, list) else []:
            media = self.media_by_id.get(str(media_id))
            if media is None or media.uploader != user_id:
                return Response(400, {"title": "Invalid Request", "detail": f"Your media IDs are invalid: {media_id}", "status": 400})
            keys.append(media.key)
        return keys
