"""The local Mastodon server's media: uploads (``POST /api/v2/media`` with a
description, ``GET /api/v1/media/:id``) and the files themselves, served
from its own media path as Mastodon serves them from its storage (mixed
into ``MastodonServer``)."""

from __future__ import annotations

import email.parser
import email.policy
import itertools
from dataclasses import dataclass
from typing import Any

from desktop_inbox.demo.httpbase import Request, Response


@dataclass
class MediaFile:
    id: str
    owner_id: str | None
    data: bytes
    content_type: str
    kind: str
    description: str
    status_id: str | None = None
    preview_id: str | None = None  # a video's still picture (its poster frame)


def multipart(request: Request) -> dict[str, tuple[str, bytes, str]]:
    """Form fields of a multipart body: name -> (file name, bytes, type)."""
    head = f"Content-Type: {request.headers.get('content-type', '')}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    fields = {}
    for part in message.iter_parts() if message.is_multipart() else ():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            payload = part.get_payload(decode=True)
            fields[name] = (part.get_filename() or "", payload if isinstance(payload, bytes) else b"", part.get_content_type())
    return fields


class MediaRoutes:
    """Needs ``url``, ``lock``, ``route`` and ``_viewer`` from the server."""

    url: str
    media_files: dict[str, MediaFile]
    _media_ids: itertools.count[int]
    uploads_received: list[MediaFile]

    def _init_media(self) -> None:
        self.media_files = {}
        self._media_ids = itertools.count(700_000)
        self.uploads_received = []
        r = self.route  # type: ignore[attr-defined]
        r("POST", r"/api/v2/media", self.h_upload)
        r("GET", r"/api/v1/media/(?P<id>[0-9]+)", self.h_media)
        r("GET", r"/system/media/(?P<id>[0-9]+)/original", self.h_file)

    def add_media(self, data: bytes, content_type: str = "image/png", *, description: str = "", kind: str = "image",
                  owner_id: str | None = None, preview: bytes | None = None) -> dict[str, Any]:
        """A file on the server; the attachment JSON to give ``post(media=[...])``.
        ``preview``: a video's poster frame (PNG), served as its ``preview_url``."""
        with self.lock:  # type: ignore[attr-defined]
            media = MediaFile(str(next(self._media_ids)), owner_id, data, content_type, kind, description)
            if preview is not None:
                still = MediaFile(str(next(self._media_ids)), owner_id, preview, "image/png", "image", "")
                self.media_files[still.id] = still
                media.preview_id = still.id
            self.media_files[media.id] = media
            return self.media_json(media)

    def media_json(self, media: MediaFile) -> dict[str, Any]:
        url = f"{self.url}/system/media/{media.id}/original"
        # Mastodon's preview is a still picture: the image itself (scaled), a
        # video's poster frame, none for a sound without cover art.
        preview = url if media.kind == "image" else None
        if media.preview_id is not None:
            preview = f"{self.url}/system/media/{media.preview_id}/original"
        return {
            "id": media.id,
            "type": media.kind,
            "url": url,
            "preview_url": preview,
            "remote_url": None,
            "description": media.description or None,
            "blurhash": None,
            "meta": {},
        }

    def h_upload(self, request: Request) -> Response:
        viewer = self._viewer(request)  # type: ignore[attr-defined]
        if isinstance(viewer, Response):
            return viewer
        fields = multipart(request)
        if "file" not in fields or not fields["file"][1]:
            return Response(422, {"error": "Validation failed: File can't be blank"})
        _, data, content_type = fields["file"]
        description = fields.get("description", ("", b"", ""))[1].decode("utf-8", "replace")
        if len(description) > 1500:
            return Response(422, {"error": "Validation failed: Description is too long (maximum is 1500 characters)"})
        kind = "image" if content_type.startswith("image/") else content_type.partition("/")[0]
        json_ = self.add_media(data, content_type, description=description, kind=kind, owner_id=viewer.id)
        self.uploads_received.append(self.media_files[json_["id"]])
        return Response(200, json_)

    def h_media(self, request: Request) -> Response:
        assert request.match is not None
        media = self.media_files.get(request.match["id"])
        if media is None:
            return Response(404, {"error": "Record not found"})
        return Response(200, self.media_json(media))

    def h_file(self, request: Request) -> Response:
        assert request.match is not None
        media = self.media_files.get(request.match["id"])
        if media is None:
            return Response(404, {"error": "Record not found"})
        return Response(200, raw=media.data, content_type=media.content_type)

    def attach_media(self, owner_id: str, ids: Any) -> list[dict[str, Any]] | Response:
        """The attachments ``media_ids[]`` name (the uploader's, not yet used)."""
        found = []
        for media_id in ids if isinstance(ids, list) else []:
            media = self.media_files.get(str(media_id))
            if media is None or media.owner_id != owner_id or media.status_id is not None:
                return Response(422, {"error": "Validation failed: Media attachments are invalid"})
            found.append(media)
        if len(found) > 4:
            return Response(422, {"error": "Validation failed: Media attachments are too many"})
        return [self.media_json(m) for m in found]
