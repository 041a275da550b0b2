"""收案登记 quick entry: everything that reaches the office, typed as fast as a person speaks at the counter or a
fair booth. Keyboard only (Tab through one column of fields, Ctrl+S saves, Ctrl+Enter saves and starts the next
one with the same kind and channel); every change is written to a draft file at once, so a crash or a closed
lid loses nothing; records about the same patent and respondent are shown while typing."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ipcase.dto.intake import AttachmentInput, IntakeDetail, IntakeRef
from ipcase.errors import ConcurrentModification
from ipcase.files import read_upload
from ipcase.queries.admin import users as user_queries
from ipcase.queries.intake import register as intake_queries
from ipcase.services.intake import items as intake_services
from ipcase.services.intake.validation import MAX_ATTACHMENT_BYTES
from ui.common import labels
from ui.common.draft_form import DraftFormMixin
from ui.common.field_errors import FieldErrors
from ui.common.screen_fit import form_scrolling
from ui.common.submit import Conflict, submit
from ui.intake import labels as intake_labels
from ui.intake.form import IntakeForm, split_patent_numbers
from ui.shell.context import AppContext

NEW_DRAFT_KEY = "intake_new"
MATCH_DELAY_MS = 500


class IntakeEntryDialog(DraftFormMixin, QDialog):
    item_saved = Signal(object)   # IntakeRef

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, detail: IntakeDetail | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self._expected_version = detail.version if detail else None
        self.keep_drafts(ctx, f"intake_item_{detail.id}" if detail else NEW_DRAFT_KEY)
        self._saved = False
        self.matches = ()
        self.setObjectName("intake_entry_dialog")
        self.setWindowTitle(self.tr("修改收案登记 — %1").replace("%1", detail.number) if detail
                            else self.tr("收案登记"))
        self.resize(760, 760)

        outer = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.field_errors = FieldErrors(self.summary_label)
        self.form = IntakeForm(ctx.clock.now(), self.field_errors, with_attachments=detail is None)
        outer.addWidget(form_scrolling(self.form, framed=True), 1)
        self.matches_label = QLabel()
        self.matches_label.setObjectName("matches_label")
        self.matches_label.setWordWrap(True)
        self.matches_label.hide()
        outer.addWidget(self.matches_label)
        outer.addWidget(self.summary_label)
        self.draft_label = QLabel()
        self.draft_label.setStyleSheet("color: #616161;")
        outer.addWidget(self.draft_label)
        self.button_box = QDialogButtonBox()
        self.save_button = self.button_box.addButton(self.tr("保存(&S)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save_button")
        self.save_next_button = self.button_box.addButton(self.tr("保存并登记下一件(&W)"),
                                                          QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_next_button.setVisible(detail is None)
        self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self.save(next_one=False))
        self.save_next_button.clicked.connect(lambda: self.save(next_one=True))
        self.button_box.rejected.connect(self.reject)
        outer.addWidget(self.button_box)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save(next_one=False))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self.save(next_one=detail is None))

        self.match_timer = QTimer(self)
        self.match_timer.setSingleShot(True)
        self.match_timer.setInterval(MATCH_DELAY_MS)
        self.match_timer.timeout.connect(self.check_same_matter)
        if detail:
            self.form.fill_from_detail(detail)
        else:
            self.form.targets.add_target({})
        self.form.update_visibility()
        self.form.loading = False
        self.form.changed.connect(self._on_form_changed)
        self.form.matter_changed.connect(self.match_timer.start)
        self._initial = self.form.form_data()
        self._load_handlers()
        self.form.kind_combo.setFocus()

    # ---- handlers list
    def _load_handlers(self) -> None:
        self._ctx.runner.run_db(self._ctx.db(user_queries.list_users), on_success=self._on_users_loaded, owner=self)

    def _on_users_loaded(self, users) -> None:
        me = self._ctx.user
        default = self._detail.handler_id if self._detail else (
            me.id if me is not None and self._ctx.may("registration.self_assign") else None)
        was_clean = not self.is_dirty()
        self.form.set_handlers(users, default)
        if was_clean:
            self._initial = self.form.form_data()   # filling the list is not an edit: no draft

    # ---- the form as data (drafts)
    def form_data(self) -> dict:
        return self.form.form_data()

    def set_form_data(self, data: dict) -> None:
        self.form.set_form_data(data)

    # ---- the same matter, while typing
    def check_same_matter(self) -> None:
        numbers = tuple(split_patent_numbers(self.form.patents_edit.text()))
        targets = self.form.targets.inputs()
        if not numbers or not any(t.name or t.credit_code for t in targets):
            self._on_matches_loaded(())
            return
        self._ctx.runner.run_db(
            self._ctx.db(intake_queries.check_same_matter, patent_numbers=numbers, targets=targets,
                         exclude_item_id=self._detail.id if self._detail else None),
            on_success=self._on_matches_loaded, on_failure=lambda exc: None, owner=self)

    def _on_matches_loaded(self, matches) -> None:
        self.matches = tuple(matches)
        if not self.matches:
            self.matches_label.hide()
            return
        repeat = [m for m in self.matches if m.repeat]
        lines = [self.tr("同一专利、同一被请求人已有 %1 件记录：").replace("%1", str(len(self.matches)))]
        for m in self.matches[:5]:
            what = labels.case_state(m.state) if m.source == "case" else intake_labels.intake_state(m.state)
            lines.append(f"· {m.reference or self.tr('未立案案件')}　{m.party_name}　{what}")
        if repeat:
            lines.insert(0, self.tr("⚠ 重复侵权：被请求人已被裁决认定侵犯同一专利权（%1）")
                         .replace("%1", repeat[0].reference))
        self.matches_label.setStyleSheet("color: #b71c1c;" if repeat else "color: #6d4c00;")
        self.matches_label.setText("\n".join(lines))
        self.matches_label.show()

    # ---- saving
    def save(self, *, next_one: bool) -> None:
        self.field_errors.clear()
        data, paths, ctx = self.form.intake_input(), list(self.form.attachment_paths), self._ctx
        detail, version = self._detail, self._expected_version

        def task():
            with ctx.new_uow() as uow:
                if detail is not None:
                    return intake_services.update_item(uow, actor_id=ctx.user_id, item_id=detail.id,
                                                       expected_version=version, data=data, now=ctx.clock.now())
                files = tuple(AttachmentInput(*read_upload(p, field=f"attachments[{i}]", limit=MAX_ATTACHMENT_BYTES))
                              for i, p in enumerate(paths))
                return intake_services.register_item(uow, actor_id=ctx.user_id, now=ctx.clock.now(),
                                                     data=replace(data, attachments=files))

        submit(self, ctx.runner, task, field_errors=self.field_errors,
               on_success=lambda ref: self._on_saved(ref, next_one), lock=self.button_box,
               conflict=Conflict(self._keep_newer_version, self.tr("此登记已被他人修改")))

    def _keep_newer_version(self, exc: ConcurrentModification) -> None:
        self._expected_version = exc.actual_version

    def _on_saved(self, ref: IntakeRef, next_one: bool) -> None:
        self.discard_draft()
        self.item_saved.emit(ref)
        if next_one:
            self._start_next(ref)
            return
        self._saved = True
        self.accept()

    def _start_next(self, ref: IntakeRef) -> None:
        """Same kind, channel and handler (the booth or the hotline goes on); everything else empty."""
        keep = {k: v for k, v in self.form.form_data().items() if k in ("kind", "channel", "handler_id")}
        now = self._ctx.clock.now()
        self.form.set_form_data({**keep, "received_at": now.replace(second=0, microsecond=0).isoformat(),
                                 "targets": [{}], "attachments": []})
        self._on_matches_loaded(())
        self._initial = self.form.form_data()
        self.draft_label.setText(self.tr("已登记 %1，请继续登记下一件。").replace("%1", ref.number))
        self.form.submitter_edit.setFocus()
