"""Render the application icon (resources/icons/ipcase.svg) to the raster files installers want:
`python packaging/make_icon.py OUT.ico|OUT.png [SIZE]`. Uses Qt's own SVG renderer and image writers (PySide6 is
already installed to build the bundle), so no image tool is needed on the build machine: Windows' installer and
executable take the .ico (16–256 px in one file), Linux menus a 256 px PNG besides the SVG."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "ipcase.svg"


def render(out: Path, size: int = 256) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["make_icon", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out} (Qt image format plug-in for {out.suffix} missing?)")
    del app
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "ipcase.ico"
    print(render(target, int(sys.argv[2]) if len(sys.argv) > 2 else 256))
