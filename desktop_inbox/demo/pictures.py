"""The demo's customer photo, drawn here (no binary file in the repository):
a navy loafer on a light floor, as a phone would send it (JPEG)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw


def navy_loafer() -> bytes:
    image = Image.new("RGB", (720, 480), (232, 226, 214))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 360, 720, 480), fill=(196, 178, 150))  # the floor
    draw.ellipse((120, 330, 640, 390), fill=(150, 132, 108))  # its shadow
    draw.rounded_rectangle((140, 250, 620, 360), radius=60, fill=(28, 40, 82))  # the shoe
    draw.ellipse((420, 190, 640, 360), fill=(28, 40, 82))  # the toe
    draw.rounded_rectangle((150, 345, 625, 368), radius=10, fill=(70, 46, 30))  # the sole
    draw.ellipse((250, 250, 440, 300), fill=(20, 28, 60))  # the opening
    draw.rounded_rectangle((430, 240, 560, 262), radius=8, fill=(160, 130, 70))  # the strap
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()
