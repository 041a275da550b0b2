"""设置 › 期限规则: the deadline lengths and the [U] interpretations of DOMAIN, editable by an administrator.
Saving recomputes every live case's deadlines."""
from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.cases.deadlines import DeadlineSettings
from ipcase.dto.admin import DeadlineRules
from ipcase.errors import ConcurrentModification
from ipcase.queries.admin import deadline_rules as deadline_rule_queries
from ipcase.services.admin import deadline_rules
from ui.common import messages
from ui.common.field_errors import FieldErrors
from ui.common.i18n import tr_ctx
from ui.common.submit import Conflict, submit
from ui.shell.context import AppContext

CTX = "DeadlineSettingsPage"


# (label, unit, basis) per setting; [U] marks an interpretation where the rules are silent or disagree.
SETTINGS = {
    "decision_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "立案审查期限"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "个工作日"), "M25 第二十条"),
    "decision_extension_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "立案审查期限可延长"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "个工作日"), "M25 第二十条"),
    "serve_copy_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "送达请求书副本"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "个工作日"), "M25 第二十二条"),
    "answer_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "答辩期"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "日"), "M25 第二十二条"),
    "answer_days_no_domicile": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "答辩期（在中国境内无住所）"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "日"), "M25 第二十二条"),
    "forward_answer_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "转送答辩书副本"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "个工作日"), "M25 第二十二条"),
    "recusal_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "申请回避期限"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "个工作日"), "M25 第五条"),
    "evidence_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "举证期限（不少于15日）"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "日"), "M25 第五十四条"),
    "closing_months": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "结案期限"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "个月"), "M25 第三十七条"),
    "publish_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "裁决公开期限"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "个工作日"), "M25 第八十三条"),
    "suit_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "起诉期限"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "日"), "专利法第六十五条"),
    "hearing_notice_working_days": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "口头审理通知至少提前"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "个工作日"), QT_TRANSLATE_NOOP("DeadlineSettingsPage", "M25 第二十六条；〔暂定解释〕")),
    "decision_restarts_on_correction": (QT_TRANSLATE_NOOP("DeadlineSettingsPage", "补正后立案审查期限自收到补正材料起重新计算"), "",
                                        QT_TRANSLATE_NOOP("DeadlineSettingsPage", "M25 第十六条未规定；〔暂定解释〕")),
}


class DeadlineSettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._version = 0   # of the settings shown (optimistic locking)
        self._ctx = ctx
        outer = QVBoxLayout(self)
        note = QLabel(self.tr("修改后，所有未结案件的期限将按新规则重新计算。标注“暂定解释”的项目是法规未明确、"
                              "由本机关确定的做法。"))
        note.setWordWrap(True)
        outer.addWidget(note)
        form = QFormLayout()
        outer.addLayout(form)
        self.editors: dict[str, QSpinBox | QCheckBox] = {}
        for f in fields(DeadlineSettings):
            label, unit, basis = (tr_ctx(CTX, text) for text in SETTINGS[f.name])
            if "暂定解释" in SETTINGS[f.name][2]:
                label += self.tr("〔暂定解释〕")
            if f.type in ("bool", bool):
                editor = QCheckBox(label)
                form.addRow("", editor)
            else:
                editor = QSpinBox()
                editor.setRange(1, 366)
                editor.setSuffix(" " + unit)
                form.addRow(label + "：", editor)
            editor.setObjectName(f"{f.name}_edit")
            editor.setToolTip(basis)
            self.editors[f.name] = editor
        self.summary_label = QLabel()
        outer.addWidget(self.summary_label)
        self.field_errors = FieldErrors(self.summary_label)
        for name, editor in self.editors.items():
            self.field_errors.register(name, editor)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存并重新计算(&V)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.defaults_button = QPushButton(self.tr("恢复默认值(&D)"))
        self.defaults_button.clicked.connect(lambda: self._show(DeadlineSettings()))
        row.addWidget(self.save_button)
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def refresh(self) -> None:
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(deadline_rule_queries.deadline_rules, office_id=ctx.user.office_id),
                          on_success=self._on_loaded, owner=self)

    def _on_loaded(self, page: DeadlineRules) -> None:
        self._version = page.version
        self._show(page.settings)

    def _show(self, settings: DeadlineSettings) -> None:
        for name, editor in self.editors.items():
            value = getattr(settings, name)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            else:
                editor.setValue(int(value))

    def settings(self) -> DeadlineSettings:
        values = {name: (e.isChecked() if isinstance(e, QCheckBox) else e.value()) for name, e in self.editors.items()}
        return replace(DeadlineSettings(), **values)

    def _on_save_button_clicked(self) -> None:
        self.field_errors.clear()
        ctx = self._ctx
        submit(self, ctx.runner, ctx.db(deadline_rules.update_deadline_settings, actor_id=ctx.user_id,
                                        settings=self.settings(), expected_version=self._version,
                                        now=ctx.clock.now()),
               field_errors=self.field_errors, lock=self.save_button, on_success=self._on_saved,
               conflict=Conflict(self._keep_newer_version, self.tr("期限规则已被他人修改"), self.refresh, ask=True))

    def _keep_newer_version(self, exc: ConcurrentModification) -> None:
        self._version = exc.actual_version

    def _on_saved(self, result) -> None:
        self._version += 1   # this save counted once (services.setting_locks.claim_group)
        messages.info(self, self.tr("期限规则"), self.tr("已保存。已重新计算 %1 件案件的期限，其中 %2 个期限发生变化。")
                      .replace("%1", str(result.cases)).replace("%2", str(result.deadlines_changed)))
