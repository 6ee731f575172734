"""Render the app icon's SVG to the PNG sizes desktops and bundles ask for.

Run ``.venv/bin/python tools/render_icons.py`` after editing
``resources/catneuron.svg``; it rewrites ``resources/icons/catneuron-<size>.png``.
Qt's own SVG renderer draws them, offscreen, so no display or Inkscape is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "catneuron.svg"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int, folder: Path = ICONS) -> Path:
    """Where the ``size``-pixel render lives."""
    return folder / f"catneuron-{size}.png"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn antialiased on a transparent ``size`` × ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write every size next to the others and list what was written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts, plugins
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        path = png_path(size)
        if not render(SVG, size).save(str(path), "PNG"):
            print(f"error: cannot write {path}", file=sys.stderr)
            return 1
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
