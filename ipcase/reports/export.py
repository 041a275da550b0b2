"""Writing a report to the file the user or the scheduled command asked for, by its suffix."""
from __future__ import annotations

from pathlib import Path

from ipcase.dto.statistics import StatsReport
from ipcase.errors import ValidationFailed
from ipcase.reports.csv_export import write_csv
from ipcase.reports.excel import write_xlsx
from ipcase.reports.pdf import write_pdf

WRITERS = {".xlsx": write_xlsx, ".pdf": write_pdf, ".csv": write_csv}


def check_target(path: Path | str) -> Path:
    """The file can be written by one of the writers (checked before the figures are computed)."""
    path = Path(path)
    if not str(path).strip() or path.name == "":
        raise ValidationFailed("out", "required")
    if path.suffix.lower() not in WRITERS:
        raise ValidationFailed("out", "file_type", ", ".join(WRITERS), value=str(path))
    if not path.parent.is_dir():
        raise ValidationFailed("out", "no_folder", str(path.parent), value=str(path))
    return path


def export_report(report: StatsReport, path: Path | str) -> Path:
    path = check_target(path)
    return WRITERS[path.suffix.lower()](report, path)
