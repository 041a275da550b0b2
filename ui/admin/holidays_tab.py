"""设置 › 节假日: per year, where the working-day calendar comes from (built-in package, entered by an
administrator, or provisional = the festivals computed from the 放假办法 plus weekends), its holidays and 调休
workdays, editing, import from a text/CSV file; saving recomputes the open cases' deadlines and says how many
changed. An entry that leaves out a festival keeps the year provisional, and the page names what is missing."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipcase.domain.calendar import YearCalendar
from ipcase.dto.admin import HolidayYearInfo, RecomputeResult
from ipcase.errors import ValidationFailed
from ipcase.queries.admin import holidays as holiday_queries
from ipcase.services.admin import holidays as holiday_services
from ui.admin import labels as admin_labels
from ui.common import errors, messages
from ui.common.fields import date_edit, from_qdate, to_qdate
from ui.common.file_dialogs import open_file
from ui.common.table_utils import compact_rows
from ui.shell.context import AppContext

IMPORT_HELP = QT_TRANSLATE_NOOP(
    "HolidaysPage",
    "导入文件格式（文本或 CSV，UTF-8）：每行一个日期，如\n"
    "2027-01-01,holiday,元旦\n2027-02-07,workday,春节调休\n"
    "类型可写 holiday/假/休 或 workday/班/调休；# 开头为注释。一个文件可包含多个年份。"
)


def festival_spans(days: tuple[tuple[date, str], ...]) -> str:
    """'元旦 01-01；春节 02-05至02-08；…' from (date, festival) pairs in date order."""
    spans: list[list] = []
    for d, name in days:
        if spans and spans[-1][2] == name and spans[-1][1] + timedelta(days=1) == d:
            spans[-1][1] = d
        else:
            spans.append([d, d, name])
    return "；".join(f"{name} {a:%m-%d}" + (f"至{b:%m-%d}" if b != a else "") for a, b, name in spans)


class HolidaysPage(QWidget):
    holidays_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._years: dict[int, HolidayYearInfo] = {}
        self._year: int | None = None
        outer = QHBoxLayout(self)

        left = QWidget()
        left.setFixedWidth(340)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("年份(&Y)：")))
        self.year_list = QListWidget()
        self.year_list.setObjectName("year_list")
        left_layout.itemAt(0).widget().setBuddy(self.year_list)
        self.year_list.currentItemChanged.connect(self._on_year_list_current_changed)
        left_layout.addWidget(self.year_list)
        self.import_button = QPushButton(self.tr("从文件导入(&I)…"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        left_layout.addWidget(self.import_button)
        help_label = QLabel(self.tr(IMPORT_HELP))
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555;")
        left_layout.addWidget(help_label)
        outer.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.source_label = QLabel()
        self.source_label.setObjectName("holiday_source_label")
        self.source_label.setWordWrap(True)
        right_layout.addWidget(self.source_label)
        form = QFormLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("如：国办发明电〔2026〕7号"))
        form.addRow(self.tr("依据（通知文号）(&N)："), self.note_edit)
        right_layout.addLayout(form)

        add_row = QHBoxLayout()
        self.from_edit = date_edit(ctx.clock.today())
        self.to_edit = date_edit(ctx.clock.today())
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("放假"), False)
        self.kind_combo.addItem(self.tr("调休上班"), True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("名称，如 春节"))
        self.add_button = QPushButton(self.tr("添加(&A)"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        add_row.addWidget(QLabel(self.tr("从")))
        add_row.addWidget(self.from_edit)
        add_row.addWidget(QLabel(self.tr("至")))
        add_row.addWidget(self.to_edit)
        add_row.addWidget(self.kind_combo)
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        right_layout.addLayout(add_row)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("holiday_table")
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("星期"), self.tr("类型"), self.tr("名称")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        right_layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("删除所选日期(&R)"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button = QPushButton(self.tr("保存本年(&S)"))
        self.save_button.setObjectName("save_holidays_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delete_year_button = QPushButton(self.tr("删除本年录入(&D)"))
        self.delete_year_button.clicked.connect(self._on_delete_year_button_clicked)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_year_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        self.result_label = QLabel()
        self.result_label.setObjectName("recompute_result_label")
        self.result_label.setWordWrap(True)
        right_layout.addWidget(self.result_label)
        outer.addWidget(right, 1)
        self._rows: dict[date, tuple[bool, str]] = {}

    # ---- loading
    def years(self) -> list[int]:
        this = self._ctx.clock.today().year
        return list(range(this - 1, this + 3))

    def refresh(self) -> None:
        self._ctx.runner.run_db(self._ctx.db(holiday_queries.holiday_years, years=self.years()),
                                on_success=self._on_years_loaded, owner=self)

    def _on_years_loaded(self, infos) -> None:
        self._years = {i.year: i for i in infos}
        keep = self._year
        self.year_list.blockSignals(True)
        self.year_list.clear()
        for info in infos:
            item = QListWidgetItem(f"{info.year}　{admin_labels.holiday_source(info.source)}")
            item.setData(Qt.ItemDataRole.UserRole, info.year)
            if info.source == "provisional":
                item.setForeground(Qt.GlobalColor.darkYellow)
            self.year_list.addItem(item)
        self.year_list.blockSignals(False)
        wanted = keep if keep in self._years else next(
            (i.year for i in infos if i.source == "provisional"), infos[0].year if infos else None)
        for r in range(self.year_list.count()):
            if self.year_list.item(r).data(Qt.ItemDataRole.UserRole) == wanted:
                self.year_list.setCurrentRow(r)
                break

    def _on_year_list_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        self.show_year(current.data(Qt.ItemDataRole.UserRole))

    def show_year(self, year: int) -> None:
        if year != self._year:
            self.result_label.clear()
        self._year = year
        info = self._years[year]
        texts = {
            "package": self.tr("%1 年：使用内置的国务院办公厅放假安排数据。如需更正，可在此修改后保存（保存后以录入数据为准）。"),
            "entered": self.tr("%1 年：使用管理员录入的放假安排。"),
            "provisional": self.tr("%1 年：尚无官方放假安排，期限暂按《全国年节及纪念日放假办法》推算的法定节日"
                                   "和周末计算（调休未知）并标注“暂定”。推算的节日：%2。"
                                   "国务院办公厅通知发布后（通常在上一年 11 月前后），请在此录入或导入全部节日。"),
        }
        text = texts[info.source].replace("%1", str(year)).replace("%2", festival_spans(info.computed))
        if info.source == "provisional" and info.has_entry:
            text += self.tr("已录入的日期尚不完整，缺少：%1；录入全部节日后本年才按录入数据计算。") \
                .replace("%1", "、".join(info.missing))
        self.source_label.setText(text)
        self.note_edit.setText(info.note)
        self._rows = {d: (False, n) for d, n in info.holidays}
        self._rows.update({d: (True, n) for d, n in info.workdays})
        self._fill_table()
        self.delete_year_button.setEnabled(info.has_entry)
        start = QDate(year, 1, 1)
        for edit in (self.from_edit, self.to_edit):
            edit.setDateRange(start, QDate(year, 12, 31))
            edit.setDate(start)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._rows))
        for r, (d, (workday, name)) in enumerate(sorted(self._rows.items())):
            weekday = QLocale().dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)
            values = (d.isoformat(), weekday, self.tr("调休上班") if workday else self.tr("放假"), name)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, d)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    # ---- editing
    def _on_add_button_clicked(self) -> None:
        start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        if end < start:
            end = start
        workday = bool(self.kind_combo.currentData())
        name = self.name_edit.text().strip()
        d = start
        while d <= end:
            self._rows[d] = (workday, name)
            d += timedelta(days=1)
        self._fill_table()
        self.to_edit.setDate(to_qdate(end))

    def _on_remove_button_clicked(self) -> None:
        chosen = {self.table.item(i.row(), 0).data(Qt.ItemDataRole.UserRole)
                  for i in self.table.selectionModel().selectedRows()}
        for d in chosen:
            self._rows.pop(d, None)
        self._fill_table()

    def year_calendar(self) -> YearCalendar:
        return YearCalendar(self._year,
                            {d: n for d, (w, n) in self._rows.items() if not w},
                            {d: n for d, (w, n) in self._rows.items() if w})

    # ---- saving
    def _on_save_button_clicked(self) -> None:
        if self._year is None:
            return
        try:
            calendar = self.year_calendar()
        except ValidationFailed as exc:
            messages.show_error(self, exc)
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(holiday_services.save_holiday_year, actor_id=ctx.user_id, calendar=calendar,
                                 note=self.note_edit.text().strip(), now=ctx.clock.now()),
                          on_success=self._on_saved, on_failure=lambda e: messages.show_error(self, e), owner=self)

    def _on_delete_year_button_clicked(self) -> None:
        if self._year is None or not messages.confirm(
                self, self.tr("删除本年录入"),
                self.tr("删除 %1 年录入的放假安排？相关期限将重新计算。").replace("%1", str(self._year))):
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(holiday_services.delete_holiday_year, actor_id=ctx.user_id, year=self._year,
                                 now=ctx.clock.now()),
                          on_success=self._on_saved, on_failure=lambda e: messages.show_error(self, e), owner=self)

    def _on_import_button_clicked(self) -> None:
        path = open_file(self, self.tr("导入放假安排"),
                         self.tr("文本或 CSV 文件 (*.txt *.csv);;所有文件 (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            messages.info(self, self.tr("导入放假安排"), self.tr("无法读取文件：%1").replace("%1", str(exc)))
            return
        ctx = self._ctx
        ctx.runner.run_db(ctx.db(holiday_services.import_holiday_text, actor_id=ctx.user_id, text=text,
                                 note=self.note_edit.text().strip() or path.name, now=ctx.clock.now()),
                          on_success=self._on_saved, on_failure=self._on_import_failed, owner=self)

    def _on_import_failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationFailed):
            messages.info(self, self.tr("导入放假安排"), self.tr("文件有误：%1").replace("%1", errors.message(exc)))
        else:
            messages.show_error(self, exc)

    def _on_saved(self, result: RecomputeResult) -> None:
        text = self.tr("已保存。已重新计算 %1 个未结案件的期限，其中 %2 个期限发生变化。") \
            .replace("%1", str(result.cases)).replace("%2", str(result.deadlines_changed))
        years = result.extra.get("years") if result.extra else None
        if years:
            text = self.tr("已导入 %1 年。").replace("%1", "、".join(map(str, years))) + text
        self.result_label.setText(text)
        self.holidays_changed.emit()
        self.refresh()
