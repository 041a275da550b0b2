"""指定调解员: tick one or more mediators of the office's pool for a case, the list filtered by a field of
expertise (or a name, an organisation) as one types."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.dto.mediation import MediationCaseDetail, MediatorInfo
from ipcase.queries.mediation import cases as mediation_queries
from ipcase.services.mediation import cases as mediation_services
from ui.common.field_errors import FieldErrors
from ui.common.submit import submit
from ui.shell.context import AppContext


def mediator_text(m: MediatorInfo) -> str:
    who = m.organization or ("本局" if m.user_id else "")
    fields = "、".join(m.expertise)
    return "　".join(x for x in (m.name, who, fields and f"［{fields}］", f"在办 {m.open_cases} 件") if x)


class MediatorPickDialog(QDialog):
    saved = Signal(object)   # MediationCaseRef

    def __init__(self, ctx: AppContext, detail: MediationCaseDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self._chosen = {m.id for m in detail.mediators}
        self.setWindowTitle(self.tr("指定调解员 — %1").replace("%1", detail.case_number or self.tr("未立案")))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("expertise_filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("按专业领域、姓名或单位筛选，如：机械、职务发明"))
        self.filter_edit.textChanged.connect(lambda _t: self.load())
        layout.addWidget(self.filter_edit)
        self.list = QListWidget()
        self.list.setObjectName("mediator_list")
        self.list.itemChanged.connect(self._on_item_changed)
        layout.addWidget(self.list, 1)
        self.summary_label = QLabel()
        self.field_errors = FieldErrors(self.summary_label)
        self.field_errors.register("mediators", self.list)
        layout.addWidget(self.summary_label)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.submit)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.button_box = box
        self.load()

    def load(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(mediation_queries.mediators, office_id=ctx.user.office_id,
                                 expertise=self.filter_edit.text(), active_only=True),
                          on_success=self._on_loaded, owner=self)

    def _on_loaded(self, pool: tuple[MediatorInfo, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for m in pool:
            item = QListWidgetItem(mediator_text(m))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in self._chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        mid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen.add(mid)
        else:
            self._chosen.discard(mid)

    def chosen(self) -> tuple[int, ...]:
        return tuple(sorted(self._chosen))

    def submit(self) -> None:
        ctx, d = self._ctx, self._detail
        submit(self, ctx.runner, ctx.db(mediation_services.assign_mediators, actor_id=ctx.user_id, case_id=d.id,
                                        expected_version=d.version, mediator_ids=self.chosen(), now=ctx.clock.now()),
               field_errors=self.field_errors, lock=self.button_box, on_success=self._on_saved)

    def _on_saved(self, ref) -> None:
        self.saved.emit(ref)
        self.accept()
