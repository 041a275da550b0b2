"""Where the application's bundled resources live (fonts, templates, translations, icons)."""
from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
FONTS = RESOURCES / "fonts"
TEMPLATES = RESOURCES / "templates"
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
BUNDLED_FONT = FONTS / "wqy-microhei.ttc"
