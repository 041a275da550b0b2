"""签发人 choices for the 文书 dialog (ipcase/queries/documents/signatories.py)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SignatoryChoice:
    """Who may sign a document the 文书 dialog is about to issue: the approver named by the decision it carries
    out (`fixed`), else the leaders of the case's office to choose from; `needed` is False for forms and records."""
    needed: bool
    fixed: tuple[int, str] | None
    choices: tuple[tuple[int, str], ...]
