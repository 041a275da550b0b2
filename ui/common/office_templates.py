"""Where an office keeps its own document templates. Every feature that issues a document passes this folder to
the core; it lives in the common kit so that the hearing and recusal dialogs need not import the documents
feature (which itself opens the hearing dialog to postpone a hearing whose notice would come too late)."""
from __future__ import annotations

from pathlib import Path
from typing import Protocol


class _HasDataDir(Protocol):     # the shell's AppContext (the common kit does not import the shell)
    data_dir: Path


def office_template_dir(ctx: _HasDataDir) -> str:
    """An office's own templates (same file names as resources/templates) override the bundled ones."""
    return str(ctx.data_dir / "templates")
