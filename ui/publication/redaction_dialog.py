"""案件 › 公开 › 编辑公开版本: the redaction editor of a ruling (M25 art 83).

Left, every proposal (names, ID numbers, addresses below the city, phones, accounts, amounts) with a tick to
accept it and its replacement, editable; below, 隐去所选文字 masks whatever is selected in the text. Right, the
published text as it will read — every accepted mask applied everywhere by the core's one rule
(`domain.publication.redaction.apply`), so what the officer sees is what the public will read. Filing without
any mask asks a second time. The core checks everything again (ipcase.services.publication.rulings)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.publication import redaction
from ipcase.domain.publication.redaction import Mask, MaskKind
from ipcase.dto.publication import MaskItem, PublicationInput, RedactionDraft
from ipcase.services.publication import rulings
from ui.common.form_dialog import FormDialog
from ui.common.i18n import tr, tr_ctx
from ui.common.messages import confirm
from ui.common.submit import submit
from ui.publication.labels import MASK_KIND
from ui.shell.context import AppContext


class RedactionDialog(FormDialog):
    saved = Signal(object)   # PublicationRef

    COL_ACCEPT, COL_ORIGINAL, COL_REPLACEMENT, COL_KIND = range(4)

    def __init__(self, ctx: AppContext, draft: RedactionDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.resize(1300, 740)   # wide for two texts side by side; ui.common.screen_fit caps it to the screen
        self._ctx, self._draft = ctx, draft
        self.setObjectName("redaction_dialog")
        self.setWindowTitle(self.tr("编辑公开版本 — %1").replace("%1", draft.case_number))
        intro = self.tr("勾选要隐去的内容并核对替换文字；同一内容在正文、标题、文件名和文档属性中一律替换。"
                        "右侧即公开后的文本。")
        if draft.latest_published_version:
            intro += self.tr("已公开第%1版：本次为更正，须写明理由。").replace(
                "%1", str(draft.latest_published_version))
        note = QLabel(intro)
        note.setWordWrap(True)
        self.add_above(note)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("masks_table")
        self.table.setHorizontalHeaderLabels([self.tr("隐去"), self.tr("原文"), self.tr("替换为"), self.tr("类别")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        lv.addWidget(self.table)
        self.source_text = QPlainTextEdit(draft.text)
        self.source_text.setObjectName("source_text")
        self.source_text.setReadOnly(True)
        lv.addWidget(QLabel(self.tr("裁决书原文（选中文字后可隐去）：")))
        lv.addWidget(self.source_text)
        row = QHBoxLayout()
        self.manual_edit = QLineEdit()
        self.manual_edit.setObjectName("manual_replacement_edit")
        self.manual_edit.setPlaceholderText(self.tr("替换为（默认 ××）"))
        self.mask_button = QPushButton(self.tr("隐去所选文字(&M)"))
        self.mask_button.setObjectName("mask_selection_button")
        row.addWidget(self.manual_edit)
        row.addWidget(self.mask_button)
        lv.addLayout(row)
        split.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel()
        rv.addWidget(self.preview_label)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview_text")
        self.preview.setReadOnly(True)
        rv.addWidget(self.preview)
        split.addWidget(right)
        split.setSizes([560, 520])
        self.add_above(split)
        self.body.setStretchFactor(split, 1)   # the texts take the height; the intro and the rows keep theirs

        self.place_edit = self.add_row(self.tr("公开网址或地点(&P)："), QLineEdit(), "place")
        self.place_edit.setObjectName("place_edit")
        self.reason_edit = self.add_row(self.tr("更正理由(&R)："), QLineEdit(), "reason")
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setEnabled(bool(draft.latest_published_id))
        self.add_buttons(self._on_button_box_accepted)

        for m in draft.proposals:
            self._add(m)
        self.table.resizeColumnsToContents()
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.mask_button.clicked.connect(self._on_mask_button_clicked)
        self._refresh()

    # ---- the masks ----
    def _add(self, m: MaskItem) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        tick.setCheckState(Qt.CheckState.Checked if m.accepted else Qt.CheckState.Unchecked)
        tick.setData(Qt.ItemDataRole.UserRole, (m.kind, m.source))
        original = QTableWidgetItem(m.original)
        original.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        kind = QTableWidgetItem(tr_ctx("labels", MASK_KIND.get(m.kind, m.kind)) + (f"（{m.source}）" if m.source else ""))
        kind.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for col, item in ((self.COL_ACCEPT, tick), (self.COL_ORIGINAL, original),
                          (self.COL_REPLACEMENT, QTableWidgetItem(m.replacement)), (self.COL_KIND, kind)):
            self.table.setItem(r, col, item)

    def masks(self) -> tuple[MaskItem, ...]:
        out = []
        for r in range(self.table.rowCount()):
            tick = self.table.item(r, self.COL_ACCEPT)
            kind, source = tick.data(Qt.ItemDataRole.UserRole)
            out.append(MaskItem(self.table.item(r, self.COL_ORIGINAL).text(),
                                self.table.item(r, self.COL_REPLACEMENT).text(), kind,
                                tick.checkState() == Qt.CheckState.Checked, source))
        return tuple(out)

    def _domain_masks(self) -> list[Mask]:
        return [Mask(m.original, m.replacement, MaskKind(m.kind), m.accepted, m.source) for m in self.masks()]

    def _refresh(self) -> None:
        masks = self._domain_masks()
        self.preview.setPlainText(redaction.apply(self._draft.text, masks))
        accepted = len(redaction.accepted(masks))
        self.preview_label.setText(tr("公开后的文本（已隐去 %1 项）：").replace("%1", str(accepted)))

    def _on_table_item_changed(self, _item) -> None:
        self._refresh()

    def _on_mask_button_clicked(self) -> None:
        selected = self.source_text.textCursor().selectedText().strip()
        if not selected:
            return
        existing = {self.table.item(r, self.COL_ORIGINAL).text(): r for r in range(self.table.rowCount())}
        if selected in existing:
            self.table.item(existing[selected], self.COL_ACCEPT).setCheckState(Qt.CheckState.Checked)
        else:
            m = redaction.manual(selected, self.manual_edit.text())
            self.table.blockSignals(True)
            self._add(MaskItem(m.original, m.replacement, m.kind.value, True, m.source))
            self.table.blockSignals(False)
        self._refresh()

    # ---- filing ----
    def values(self, confirmed: bool = False) -> PublicationInput:
        return PublicationInput(self._draft.case_id, self.masks(), place=self.place_edit.text(),
                                confirm_unredacted=confirmed, replaces_id=self._draft.latest_published_id,
                                reason=self.reason_edit.text())

    def _on_button_box_accepted(self) -> None:
        self.field_errors.clear()
        confirmed = False
        if not redaction.accepted(self._domain_masks()):
            if not confirm(self, self.tr("未隐去任何内容"),
                           self.tr("公开版本未隐去任何内容。确认裁决书中没有个人隐私、商业秘密和当事人申请不予公开的"
                                   "内容，按原文报请公开吗？")):
                return
            confirmed = True
        ctx = self._ctx
        task = ctx.db(rulings.file_publication, actor_id=ctx.user_id, data=self.values(confirmed),
                      now=ctx.clock.now())
        submit(self, ctx.runner, task, field_errors=self.field_errors, on_success=self._on_filed,
               lock=self.button_box)

    def _on_filed(self, ref) -> None:
        self.saved.emit(ref)
        self.accept()
