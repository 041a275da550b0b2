"""The restore drill on both backends: back up, change, restore, compare every table row by row; and a
damaged or altered backup refused before anything is replaced."""
from __future__ import annotations

import tarfile
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, table, text

from case_helpers import Driver, at
from ipcase.backup.create import create_backup
from ipcase.backup.restore import restore_backup, verify_backup
from ipcase.backup.store import MAGIC, latest_good_backup, read_header
from ipcase.errors import BackupRefused

NOW = datetime(2026, 12, 6, 9, 30)
LATER = datetime(2026, 12, 6, 11, 0)


def all_rows(engine) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    rows = {}
    with engine.connect() as conn:
        insp = inspect(conn)
        for name in sorted(insp.get_table_names()):
            keys = insp.get_pk_constraint(name)["constrained_columns"] or [
                c["name"] for c in insp.get_columns(name)]
            t = table(name, *(sa_column(k) for k in keys))
            order = [t.c[k] for k in keys]
            rows[name] = [tuple(r) for r in conn.execute(select(text("*")).select_from(t).order_by(*order))]
    return rows


def sa_column(name):
    from sqlalchemy import column
    return column(name)


@pytest.fixture
def office_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "templates").mkdir(parents=True)
    (data / "templates" / "补正通知书.docx").write_bytes(b"PK\x03\x04 template bytes")
    (data / "drafts").mkdir()
    (data / "drafts" / "case-new.json").write_text("{}")
    return data


def two_cases(new_uow, staff):
    a = Driver.new(new_uow, staff, at(date(2026, 11, 2)), received=date(2026, 11, 2))
    a.panel(at(date(2026, 11, 2)))
    Driver.new(new_uow, staff, at(date(2026, 11, 3)), received=date(2026, 11, 3))


def test_restore_drill_row_by_row(engine, new_uow, staff, office_data, tmp_path):
    two_cases(new_uow, staff)
    before = all_rows(engine)
    url = engine.url.render_as_string(hide_password=False)

    made = create_backup(db_url=url, data_dir=office_data, out_dir=tmp_path / "out", now=NOW)
    assert made.recovery_code is None and made.files == 1  # the template; drafts stay out
    with tarfile.open(fileobj=_payload(made.path), mode="r:gz") as tar:
        assert "files/drafts/case-new.json" not in tar.getnames()

    # Change: a new case, a removed row, a changed template, a new file.
    Driver.new(new_uow, staff, at(date(2026, 11, 4)), received=date(2026, 11, 4))
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM timeline WHERE id = (SELECT min(id) FROM timeline)"))
    (office_data / "templates" / "补正通知书.docx").write_bytes(b"changed")
    assert all_rows(engine) != before
    engine.dispose()

    report = restore_backup(made.path, db_url=url, data_dir=office_data, now=LATER)

    assert all_rows(engine) == before
    assert (office_data / "templates" / "补正通知书.docx").read_bytes() == b"PK\x03\x04 template bytes"
    assert report.files == ("templates/补正通知书.docx",)
    assert report.counts["cases"] == 2 and report.counts["users"] == len(before["users"])
    # What was there is kept aside, restorable by the same command.
    assert report.aside is not None and report.aside.exists()
    assert read_header(report.aside)[0]["backend"] == report.backend
    if report.backend == "sqlite":
        assert report.renamed.name == "ipcase.before-restore-20261206-110000.db"
    engine.dispose()
    restore_backup(report.aside, db_url=url, data_dir=office_data, now=datetime(2026, 12, 6, 12, 0))
    assert len(all_rows(engine)["cases"]) == 3


def _payload(path: Path):
    import io
    header, offset = read_header(path)
    return io.BytesIO(path.read_bytes()[offset:])


def _rewrite_payload(path: Path, change) -> None:
    """Unpack a clear backup, let `change` edit the content folder, pack it again under the same header."""
    import io
    raw = path.read_bytes()
    _, offset = read_header(path)
    members = {}
    with tarfile.open(fileobj=io.BytesIO(raw[offset:]), mode="r:gz") as tar:
        for m in tar.getmembers():
            members[m.name] = tar.extractfile(m).read()
    change(members)
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    path.write_bytes(raw[:offset] + out.getvalue())


@pytest.mark.parametrize("change, detail", [
    (lambda m: m.__setitem__("files/templates/补正通知书.docx", b"PK\x03\x04 other"), "altered"),
    (lambda m: m.pop("files/templates/补正通知书.docx"), "missing"),
    (lambda m: m.__setitem__("files/templates/extra.docx", b"x"), "not in the manifest"),
    (lambda m: m.__setitem__("database.sqlite", m["database.sqlite"][:-1] + b"\x01"), "altered"),
])
def test_altered_backup_is_refused_before_anything_is_replaced(sqlite_engine, office_data, tmp_path,
                                                              change, detail):
    url = sqlite_engine.url.render_as_string()
    made = create_backup(db_url=url, data_dir=office_data, out_dir=tmp_path / "out", now=NOW)
    _rewrite_payload(made.path, change)
    with sqlite_engine.begin() as conn:
        conn.execute(text("CREATE TABLE marker (x INTEGER)"))
    sqlite_engine.dispose()
    db_file = Path(sqlite_engine.url.database)
    before = db_file.read_bytes()

    with pytest.raises(BackupRefused) as refused:
        restore_backup(made.path, db_url=url, data_dir=office_data, now=LATER)

    assert refused.value.code == "damaged" and detail in refused.value.detail
    assert db_file.read_bytes() == before
    with sqlite_engine.connect() as conn:
        assert "marker" in inspect(conn).get_table_names()
    assert not list((office_data / "backups").glob("before-restore-*")) if (office_data / "backups").exists() else True


def test_truncated_or_foreign_file_is_refused(sqlite_engine, office_data, tmp_path):
    url = sqlite_engine.url.render_as_string()
    made = create_backup(db_url=url, data_dir=office_data, out_dir=tmp_path / "out", now=NOW)
    raw = made.path.read_bytes()
    made.path.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(BackupRefused) as truncated:
        verify_backup(made.path)
    assert truncated.value.code == "damaged"

    other = tmp_path / "notes.ipcbak"
    other.write_bytes(b"hello")
    with pytest.raises(BackupRefused) as foreign:
        verify_backup(other)
    assert foreign.value.code == "not_a_backup"


def test_sqlite_backup_into_postgresql_is_refused(sqlite_engine, office_data, tmp_path):
    made = create_backup(db_url=sqlite_engine.url.render_as_string(), data_dir=office_data,
                         out_dir=tmp_path / "out", now=NOW)
    with pytest.raises(BackupRefused) as refused:
        restore_backup(made.path, db_url="postgresql+psycopg://nobody@127.0.0.1:1/none", data_dir=office_data,
                       now=LATER)
    assert refused.value.code == "backend_mismatch"


def test_latest_good_backup_is_the_newest_complete_one(sqlite_engine, office_data):
    url = sqlite_engine.url.render_as_string()
    assert latest_good_backup(office_data) is None
    out = office_data / "backups"
    create_backup(db_url=url, data_dir=office_data, out_dir=out, now=NOW)
    newest = create_backup(db_url=url, data_dir=office_data, out_dir=out, now=LATER)
    (out / "ipcase-20261207-080000.ipcbak.part").write_bytes(MAGIC + b"{")  # an interrupted one
    (out / "broken-20261208-080000.ipcbak").write_bytes(b"not a backup")

    latest = latest_good_backup(office_data)

    assert latest.path == newest.path and latest.created_at == LATER
    assert latest.backend == "sqlite" and not latest.encrypted
