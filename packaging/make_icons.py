"""Renders the app icon (resources/icons/desktop-inbox.svg) into every format a
platform wants, into packaging/:

- linux/icons/hicolor/NxN/apps/APP_ID.png (16-512) and scalable/apps/APP_ID.svg
- windows/desktop-inbox.ico (16-256, PNG-compressed entries)
- macos/desktop-inbox.icns (16-1024)

The outputs are committed: a build needs no renderer, and a review sees the
icons. Run again after changing the SVG, with the build venv (PySide6 renders
the SVG, Pillow writes .ico and .icns):

    build/venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "desktop-inbox.svg"
APP_ID = "io.github.desktop_inbox.DesktopInbox"  # desktop_inbox.DESKTOP_ID
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG as a PNG of ``size`` pixels square."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])  # QPainter needs one (offscreen is fine)
    pngs = {size: render(size) for size in sorted(set(HICOLOR_SIZES + ICO_SIZES + ICNS_SIZES))}

    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)

    # Pillow takes the largest image and the sizes wanted; hand it our own
    # renderings so that small sizes are drawn from the SVG, not downscaled.
    images = {size: Image.open(io.BytesIO(pngs[size])) for size in pngs}
    ico = ROOT / "packaging" / "windows" / "desktop-inbox.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    images[256].save(ico, sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES])
    icns = ROOT / "packaging" / "macos" / "desktop-inbox.icns"
    icns.parent.mkdir(parents=True, exist_ok=True)
    images[1024].save(icns, append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    print(f"make_icons: {len(HICOLOR_SIZES)} PNGs + SVG in {hicolor.relative_to(ROOT)}, {ico.relative_to(ROOT)}, {icns.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
