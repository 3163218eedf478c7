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


# Mastodon's ``MediaAttachment::IMAGE_LIMIT`` (16 MB since 4.2).
IMAGE_SIZE_LIMIT = 16 * 1024 * 1024
IMAGE_MATRIX_LIMIT = 8_294_400  # 3840×2160
IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/heic", "image/heif", "image/webp", "image/avif"]


def human_size(size: int) -> str:
    """A size as Rails' ``number_to_human_size`` says it (in Mastodon's
    errors): powers of 1024, three significant digits, "16 MB", "7.63 MB"."""
    units = ("Bytes", "KB", "MB", "GB", "TB")
    value, unit = float(size), 0
    while value >= 1024 and unit < len(units) - 1:
        value, unit = value / 1024, unit + 1
    if unit == 0:
        return f"{size} Bytes"
    digits = max(0, 3 - len(str(int(value))))
    text = f"{round(value, digits):.{digits}f}"
    return f"{text.rstrip('0').rstrip('.') if '.' in text else text} {units[unit]}"


def media_configuration(image_size_limit: Any) -> dict[str, Any]:
    """``configuration.media_attachments`` of the instance answers (v2 and
    v1 alike); ``image_size_limit`` None leaves it out (as some servers do)."""
    config: dict[str, Any] = {
        "supported_mime_types": IMAGE_TYPES,
        "image_matrix_limit": IMAGE_MATRIX_LIMIT,
        "video_size_limit": 99 * 1024 * 1024,
        "video_frame_rate_limit": 120,
        "video_matrix_limit": 8_294_400,
    }
    if image_size_limit is not None:
        config["image_size_limit"] = image_size_limit
    return config


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
    # The largest image taken, in bytes (Mastodon's default; the instance
    # answers say it); anything but a positive whole number takes any size.
    image_size_limit: Any
    _media_ids: itertools.count[int]
    uploads_received: list[MediaFile]

    def _init_media(self) -> None:
        self.image_size_limit = IMAGE_SIZE_LIMIT
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
        limit = self.image_size_limit
        if kind == "image" and isinstance(limit, int) and not isinstance(limit, bool) and 0 < limit <= len(data):
            # As Mastodon's validation says it (Paperclip's ``less_than``: the limit itself is too big).
            too_big = f"must be less than {human_size(limit)}"
            return Response(422, {"error": f"Validation failed: File {too_big}, File file size {too_big}"})
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
