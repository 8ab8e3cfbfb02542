"""Draw the application icon (resources/app-icon/coopactives.svg) at every size the systems ask
for, into packaging/icons/: PNGs for Linux (hicolor theme sizes), coopactives.ico for Windows
and coopactives.icns for macOS. Run again after changing the SVG, and commit what it writes:

    uv run python scripts/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "app-icon" / "coopactives.svg"
OUTPUT = ROOT / "packaging" / "icons"
# freedesktop's hicolor sizes; Windows asks up to 256, macOS up to 1024 (512 @2x).
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_SIZES = (16, 24, 32, 48, 64, 128, 256)
MACOS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    """The SVG drawn at `size` × `size` pixels, as PNG bytes (Qt's SVG renderer)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    pngs = {size: render_png(size) for size in sorted({*LINUX_SIZES, *MACOS_SIZES})}
    for size in LINUX_SIZES:
        target = OUTPUT / "hicolor" / f"{size}x{size}" / "apps" / "coopactives.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    largest = Image.open(io.BytesIO(pngs[1024]))
    largest.save(OUTPUT / "coopactives.ico", sizes=[(s, s) for s in WINDOWS_SIZES])
    largest.save(OUTPUT / "coopactives.icns", sizes=[(s, s) for s in MACOS_SIZES])
    print(f"icons written to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
