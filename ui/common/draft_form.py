"""Drafts of a form dialog, the same way in every dialog that takes long typing: each change of an edited form is
written to its draft file (ui/common/drafts.py), cancelling an edited form asks whether to keep the draft, and the next
dialog with the same key offers it back (offer_draft, or has_draft / draft_saved_at / restore_draft / discard_draft)."""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ui.common import messages
from ui.common.drafts import drafts_for
from ui.common.i18n import tr


class DraftPlace(Protocol):
    """What keep_drafts needs of the application context (ui.shell.context.AppContext is one): the common kit
    sits below the shell and does not import it."""
    data_dir: Path
    clock: object
    files_key: bytes | None   # drafts sealed under the encrypted database's key (ui/common/drafts.py)


class DraftFormMixin:
    """Listed before QDialog. The dialog calls keep_drafts() first, sets `_initial` to the form as loaded and has a
    `draft_label`; it gives form_data()/set_form_data(), sets `_saved` once the service has saved, and holds
    `_loading` while it fills the form itself (those changes are not edits). Connect each field to
    _on_form_changed."""

    _loading = False
    _saved = False

    def keep_drafts(self, ctx: DraftPlace, key: str) -> None:
        self._drafts = drafts_for(ctx)
        self._draft_clock = ctx.clock
        self.draft_key = key

    def is_dirty(self) -> bool:
        return not self._saved and self.form_data() != self._initial

    def _on_form_changed(self, *_args) -> None:
        if not self._loading and self.is_dirty():
            self._save_draft()

    def _save_draft(self) -> None:
        self._drafts.save(self.draft_key, self.form_data(), saved_at=self._draft_clock.now())

    def has_draft(self) -> bool:
        return self._drafts.exists(self.draft_key)

    def draft_saved_at(self) -> str:
        found = self._drafts.load(self.draft_key)
        return found[1] if found else ""

    def restore_draft(self) -> bool:
        found = self._drafts.load(self.draft_key)
        if found is None:
            return False
        self._loading, was_loading = True, self._loading
        try:
            self.set_form_data(found[0])
        finally:
            self._loading = was_loading
        self.draft_label.setText(tr("已恢复 %1 保存的草稿。").replace("%1", found[1].replace("T", " ")))
        return True

    def discard_draft(self) -> None:
        self._drafts.clear(self.draft_key)

    def offer_draft(self, parent, *, discard_declined: bool = False) -> None:
        """Before the dialog opens: a draft of this form is offered back (asked over `parent`) and restored when
        the user wants it. A declined draft stays unless `discard_declined` (the new-record forms drop it)."""
        if not self.has_draft():
            return
        if messages.ask_restore_draft(parent, self.draft_saved_at()):
            self.restore_draft()
        elif discard_declined:
            self.discard_draft()

    def reject(self) -> None:
        if self.is_dirty():
            answer = messages.ask_keep_draft(self)
            if answer == "cancel":
                return
            if answer == "discard":
                self.discard_draft()
            else:
                self._save_draft()
        super().reject()
