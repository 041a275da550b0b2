"""导出 Excel and 打印 for a register's list, as it is filtered: every matching row (not only the page shown),
the columns the table shows, in the table's order, with the texts the table shows.

The section hands over how to read all its rows (a database task, so the GUI thread never waits) and a line saying
what the list was filtered by; the workbook is written by ipcase.reports.list_export off the GUI thread, printing
goes through QPrinter (a real printer or a PDF file)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QWidget

from ipcase.reports.list_export import write_list_xlsx
from ipcase.services.audit import outputs
from ui.common import messages
from ui.common.file_dialogs import announce_saved, save_file
from ui.common.labels import fmt_date
from ui.common.table_model import RAW_ROLE

Cells = tuple[list[str], list[list[object]]]
Collect = Callable[[QWidget, Callable[[Cells], None]], None]   # gathers a list's cells, then hands them on
ALL_ROWS = 100_000   # the limit a section's export query asks for: the whole filtered list, not the page


def table_cells(table: QTableView, model) -> Cells:
    """The headers and rows of `model` in the columns `table` shows (hidden ones left out, moved ones in their
    place; `model` is of the table's kind); a date column keeps the date itself so Excel can sort by it."""
    header = table.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not table.isColumnHidden(c)]
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    rows = []
    for r in range(model.rowCount()):
        line = []
        for c in columns:
            index = model.index(r, c)
            raw = model.data(index, RAW_ROLE)
            shown = model.data(index, Qt.ItemDataRole.DisplayRole)
            line.append(raw if isinstance(raw, date) and shown else ("" if shown is None else str(shown)))
        rows.append(line)
    return titles, rows


def table_html(title: str, subtitle: str, cells: Cells) -> str:
    titles, rows = cells
    head = "".join(f"<th>{escape(t)}</th>" for t in titles)
    body = "".join("<tr>" + "".join(f"<td>{escape(_text(v))}</td>" for v in row) + "</tr>" for row in rows)
    return (f"<h3 style='text-align:center'>{escape(title)}</h3><p style='font-size:8pt'>{escape(subtitle)}</p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size:8pt;"
            f"border-collapse:collapse'><thead><tr style='background:#dde7f3'>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>")


def _text(value: object) -> str:
    return fmt_date(value) if isinstance(value, date) else str(value)   # one format: 2026-11-02 (10:00)


def print_cells(printer: QPrinter, title: str, subtitle: str, cells: Cells) -> None:
    """The list on A4 landscape pages, headers repeated on each page (QTextDocument repeats a <thead>)."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.setHtml(table_html(title, subtitle, cells))
    doc.print_(printer)


def all_rows(ctx, table: QTableView, load_all: Callable[[], Callable]) -> Collect:
    """For a paged list: read every row as filtered now (`load_all()` returns the database task, ctx.db(...)),
    then lay them out in a fresh model of the table's kind, in the columns the table shows."""
    def collect(owner: QWidget, then: Callable[[Cells], None]) -> None:
        def laid_out(rows) -> None:
            model = type(table.model())()
            model.set_rows(getattr(rows, "rows", rows))   # a query's Page or a plain tuple
            then(table_cells(table, model))
        ctx.runner.run_db(load_all(), on_success=laid_out, owner=owner)
    return collect


def shown_rows(table: QTableView) -> Collect:
    """For a list that already holds every row it has (no pages): what the table shows."""
    return lambda _owner, then: then(table_cells(table, table.model()))


class ListOutput(QWidget):
    """The two buttons of a list: 导出 Excel… and 打印…, of what `collect` gathers (all_rows or shown_rows)."""

    def __init__(self, ctx, collect: Collect, *, title: Callable[[], str], subtitle: Callable[[], str],
                 file_stem: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self._collect = ctx, collect
        self._title, self._subtitle, self._file_stem = title, subtitle, file_stem
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setObjectName("export_list_button")
        self.export_button.setToolTip(self.tr("按当前筛选条件导出全部结果（不只当前页）"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("print_list_button")
        self.print_button.setToolTip(self.tr("按当前筛选条件打印全部结果（不只当前页）"))
        layout.addWidget(self.export_button)
        layout.addWidget(self.print_button)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.last_path: Path | None = None

    # ---- the work (public so tests drive it without the file and print dialogs)
    def export_to(self, path: Path) -> None:
        title, subtitle = self._title(), self._subtitle()

        def written(done: Path, rows: int) -> None:
            self._record("export", title, subtitle, rows, str(done))
            self._on_exported(done)

        def write(cells: Cells) -> None:
            self._ctx.runner.run_render(
                lambda: write_list_xlsx(path, title=title, subtitle=subtitle, headers=cells[0], rows=cells[1]),
                on_success=lambda done: written(done, len(cells[1])),
                on_failure=lambda exc: messages.show_error(self, exc), owner=self)
        self._collect(self, write)

    def print_to(self, printer: QPrinter) -> None:
        title, subtitle = self._title(), self._subtitle()

        def print_them(cells: Cells) -> None:
            print_cells(printer, title, subtitle, cells)
            self._record("print", title, subtitle, len(cells[1]), printer.outputFileName())
        self._collect(self, print_them)

    def _record(self, how: str, title: str, subtitle: str, rows: int, target: str) -> None:
        """Every export and print is an audit entry (issue 13), written on the database lane."""
        ctx = self._ctx
        if getattr(ctx, "user", None) is None:
            return   # no one logged in: nothing to record against
        ctx.runner.run_db(ctx.db(outputs.record_list_output, actor_id=ctx.user_id, how=how, title=title,
                                 filters=subtitle, rows=rows, target=target, now=ctx.clock.now()),
                          on_failure=lambda exc: None)

    # ---- slots
    def _on_export_button_clicked(self) -> None:
        # the folder used last time and a safe proposed name (ui.common.file_dialogs), as every 另存为
        path = save_file(self, self.tr("导出 Excel"), f"{self._file_stem()}_{self._ctx.clock.today():%Y%m%d}.xlsx",
                         self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _on_exported(self, path: Path) -> None:
        self.last_path = path
        announce_saved(self, self.tr("导出 Excel"), path)   # where it went, and its folder opened on request
