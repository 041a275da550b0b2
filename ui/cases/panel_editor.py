"""合议组 tab: leader, 审理员, 书记员 and an optional 技术调查官, with live checks of the panel rules
(ipcase.domain.cases.panel: 3+ voting members, an odd number, one clerk, nobody twice)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.cases.panel import Seat, panel_problems
from ipcase.domain.enums import PanelRole
from ipcase.domain.permissions import may
from ipcase.dto.admin import UserInfo
from ipcase.dto.cases import CaseDetail, PanelInput
from ipcase.errors import ConcurrentModification
from ipcase.services.cases import actions as case_services
from ui.common import errors, labels
from ui.common.field_errors import FieldErrors
from ui.common.submit import Conflict, submit
from ui.shell.context import AppContext

MAX_MEMBERS = 6


class PanelEditor(QWidget):
    panel_saved = Signal(object)   # CaseRef
    reload_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail: CaseDetail | None = None
        self._users: tuple[UserInfo, ...] = ()
        self._kept: PanelInput | None = None
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("合议组由合议组长和审理员组成，须为三人以上单数；书记员负责记录，技术调查官不参与表决。"))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.form = QFormLayout()
        outer.addLayout(self.form)

        self.leader_combo = QComboBox()
        self.leader_combo.setObjectName("leader_combo")
        self.form.addRow(self.tr("合议组长(&L)："), self.leader_combo)
        self.members_widget = QWidget()
        self.members_layout = QVBoxLayout(self.members_widget)
        self.members_layout.setContentsMargins(0, 0, 0, 0)
        self.member_combos: list[QComboBox] = []
        self.form.addRow(self.tr("审理员："), self.members_widget)
        member_buttons = QHBoxLayout()
        self.add_member_button = QPushButton(self.tr("增加审理员(&A)"))
        self.remove_member_button = QPushButton(self.tr("减少审理员"))
        self.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        self.remove_member_button.clicked.connect(self._on_remove_member_button_clicked)
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.remove_member_button)
        member_buttons.addStretch(1)
        self.form.addRow("", member_buttons)
        self.clerk_combo = QComboBox()
        self.clerk_combo.setObjectName("clerk_combo")
        self.form.addRow(self.tr("书记员(&K)："), self.clerk_combo)
        self.tech_combo = QComboBox()
        self.tech_combo.setObjectName("tech_investigator_combo")
        self.form.addRow(self.tr("技术调查官(&T)："), self.tech_combo)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("panel_problems_label")
        self.problems_label.setWordWrap(True)
        outer.addWidget(self.problems_label)
        self.summary_label = QLabel()
        outer.addWidget(self.summary_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存合议组(&S)"))
        self.save_button.setObjectName("save_panel_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)

        self.field_errors = FieldErrors(self.summary_label)
        self.field_errors.register("panel.leader", self.leader_combo)
        self.field_errors.register("panel.member", self.members_widget)
        self.field_errors.register("panel.clerk", self.clerk_combo)
        self.field_errors.register("panel.tech_investigator", self.tech_combo)
        self.field_errors.register("panel", self.problems_label)
        for combo in (self.leader_combo, self.clerk_combo, self.tech_combo):
            combo.currentIndexChanged.connect(self._on_selection_changed)
        self._set_member_count(2)

    # ---- data
    def set_users(self, users: tuple[UserInfo, ...]) -> None:
        self._users = tuple(u for u in users if may(u.role, "panel.sit") and u.active)
        self._fill_combos()

    def set_detail(self, detail: CaseDetail) -> None:
        self._detail = detail
        self._fill_combos()
        editable = not detail.state.is_terminal and self._ctx.may("case.procedure")
        for w in (self.leader_combo, self.clerk_combo, self.tech_combo, self.add_member_button,
                  self.remove_member_button, self.save_button, *self.member_combos):
            w.setEnabled(editable)
        self.field_errors.clear()

    def _fill_combos(self) -> None:
        detail = self._detail
        seats: dict[PanelRole, list[int]] = {}
        for s in detail.panel if detail else ():
            seats.setdefault(PanelRole(s.role), []).append(s.user_id)
        if self._kept is not None:
            # Reloaded after someone else's change: show the user's own choice again, not theirs.
            kept, self._kept = self._kept, None
            seats = {PanelRole.LEADER: [kept.leader_id], PanelRole.MEMBER: list(kept.member_ids),
                     PanelRole.CLERK: [kept.clerk_id], PanelRole.TECH_INVESTIGATOR: [kept.tech_investigator_id]}
        members = seats.get(PanelRole.MEMBER, [])
        self._set_member_count(max(2, len(members)))
        self._fill(self.leader_combo, self._voters(), (seats.get(PanelRole.LEADER) or [None])[0])
        for combo, uid in zip(self.member_combos, members + [None] * len(self.member_combos), strict=False):
            self._fill(combo, self._voters(), uid)
        clerks = sorted(self._users, key=lambda u: may(u.role, "panel.vote"))   # clerks first
        self._fill(self.clerk_combo, clerks, (seats.get(PanelRole.CLERK) or [None])[0])
        self._fill(self.tech_combo, self._users, (seats.get(PanelRole.TECH_INVESTIGATOR) or [None])[0],
                   empty=self.tr("（不指定）"))
        self._update_problems()

    def _voters(self) -> list[UserInfo]:
        return [u for u in self._users if may(u.role, "panel.vote")]

    def _fill(self, combo: QComboBox, users, selected: int | None, empty: str | None = None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(empty or self.tr("请选择…"), None)
        for u in users:
            combo.addItem(f"{u.full_name}（{labels.role(u.role)}）", u.id)
        index = combo.findData(selected) if selected is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _set_member_count(self, n: int) -> None:
        while len(self.member_combos) < n:
            combo = QComboBox()
            combo.setObjectName(f"member_combo_{len(self.member_combos)}")
            combo.currentIndexChanged.connect(self._on_selection_changed)
            self._fill(combo, self._voters(), None)
            self.member_combos.append(combo)
            self.members_layout.addWidget(combo)
        while len(self.member_combos) > n:
            combo = self.member_combos.pop()
            combo.deleteLater()
        self.remove_member_button.setEnabled(len(self.member_combos) > 2)
        self.add_member_button.setEnabled(len(self.member_combos) < MAX_MEMBERS)

    # ---- checks
    def panel_input(self) -> PanelInput:
        members = tuple(c.currentData() for c in self.member_combos if c.currentData() is not None)
        return PanelInput(leader_id=self.leader_combo.currentData() or 0, member_ids=members,
                          clerk_id=self.clerk_combo.currentData() or 0,
                          tech_investigator_id=self.tech_combo.currentData())

    def seats(self) -> list[Seat]:
        p = self.panel_input()
        out = [Seat(p.leader_id, PanelRole.LEADER)] if p.leader_id else []
        out += [Seat(uid, PanelRole.MEMBER) for uid in p.member_ids]
        if p.clerk_id:
            out.append(Seat(p.clerk_id, PanelRole.CLERK))
        if p.tech_investigator_id:
            out.append(Seat(p.tech_investigator_id, PanelRole.TECH_INVESTIGATOR))
        return out

    def problems(self) -> list[str]:
        return panel_problems(self.seats())

    def _update_problems(self) -> None:
        problems = self.problems()
        if problems:
            lines = "<br>".join(f"• {errors.panel_problem_text(c)}" for c in problems)
            self.problems_label.setText(f'<span style="color:#b71c1c">{lines}</span>')
        else:
            self.problems_label.setText(
                f'<span style="color:#1b5e20">✓ {self.tr("合议组组成符合要求")}</span>')

    def _on_selection_changed(self, *_args) -> None:
        self._update_problems()

    def _on_add_member_button_clicked(self) -> None:
        self._set_member_count(len(self.member_combos) + 1)
        self.member_combos[-1].setFocus()
        self._update_problems()

    def _on_remove_member_button_clicked(self) -> None:
        self._set_member_count(len(self.member_combos) - 1)
        self._update_problems()

    # ---- save
    def _on_save_button_clicked(self) -> None:
        if self._detail is None:
            return
        self.field_errors.clear()
        ctx = self._ctx
        submit(self, ctx.runner,
               ctx.db(case_services.set_panel, actor_id=ctx.user_id, case_id=self._detail.id,
                      expected_version=self._detail.version, panel=self.panel_input(), now=ctx.clock.now()),
               field_errors=self.field_errors, on_success=self.panel_saved.emit, lock=self.save_button,
               conflict=Conflict(self._keep_typed_panel, self.tr("此案件已被他人修改"), self.reload_requested.emit))

    def _keep_typed_panel(self, _exc: ConcurrentModification) -> None:
        """The reload rebuilds the editor from the newer case: what was typed goes back in afterwards."""
        self._kept = self.panel_input()
