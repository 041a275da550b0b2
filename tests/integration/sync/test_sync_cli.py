"""The field laptop through `python main.py` (issue 14): check-out to a package, unpack on the laptop, an offline
gesture with a photo, pack, check-in at the office — record by record, once (the same package again is refused);
and the direct path (check-out to a laptop database, check-in of that file). The office is a real database on
SQLite and PostgreSQL (`engine`: the command line opens it by its URL), the laptop a real encrypted SQLite file."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from recusal_helpers import case_in_investigation
from sqlalchemy import func, select

import main
from case_helpers import at
from ipcase import commands
from ipcase.db.models.cases import Case
from ipcase.db.models.evidence import EvidenceFile, EvidenceItem
from ipcase.db.models.sync import Checkout, OutboxOperation, SyncPackage
from ipcase.dto.evidence import EvidenceInput, FileUpload
from ipcase.sync.copy import open_laptop
from ipcase.sync.package_format import read_header
from ipcase.uow import uow_factory

DAY = date(2026, 11, 2)
NOW = at(DAY)
OFFLINE = datetime(2026, 11, 3, 14, 5)
PASSPHRASE = "zhanhui-xiamen-2026"
PHOTO = bytes(range(256)) * 64    # 16 KiB: travels as a file of the package, not inside the JSON


@pytest.fixture
def office(engine, new_uow, staff, tmp_path, monkeypatch):
    """A case in investigation at the office, and the command line's view of that database."""
    monkeypatch.setenv("IPCASE_PACKAGE_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("IPCASE_DB_PASSPHRASE", raising=False)
    c = case_in_investigation(new_uow, staff, received=date(2026, 10, 9), registered=date(2026, 10, 15),
                              notice_served=date(2026, 10, 19), copy_served=date(2026, 10, 19),
                              answered=date(2026, 10, 30))
    with new_uow() as uow:
        number = uow.session.get(Case, c.ref.id).case_number
    url = engine.url.render_as_string(hide_password=False)
    common = ["--db", url, "--data-dir", str(tmp_path / "office-data"), "--today", "2026-11-02", "--no-demo"]
    return c.ref.id, number, common


def _offline_photo(laptop_url: str, staff, case_id: int) -> int:
    """What the officer does on the laptop: an evidence item with its photo, through the same command."""
    lap = open_laptop(laptop_url, PASSPHRASE)
    try:
        with uow_factory(lap)() as uow:
            return commands.run("evidence.add_item", uow, actor_id=staff.officer.id, case_id=case_id,
                                data=EvidenceInput("展位现场照片", date(2026, 11, 3), by_office=True,
                                                   purpose="被请求人展位现场销售被诉产品"),
                                files=(FileUpload("展位.jpg", PHOTO),), now=OFFLINE)
    finally:
        lap.dispose()


def _office_photos(new_uow) -> list[bytes]:
    with new_uow() as uow:
        return list(uow.session.scalars(select(EvidenceFile.content).join(EvidenceItem)
                                        .where(EvidenceItem.name == "展位现场照片")))


def test_package_round_trip_through_the_command_line(office, new_uow, staff, tmp_path, capsys, monkeypatch):
    case_id, number, common = office
    out, laptop_url = tmp_path / "外出.ipcpkg", f"sqlite:///{tmp_path / 'laptop' / 'laptop.db'}"
    assert main.main(["checkout", *common, "--user", "zhang", "--case", number, "--until", "2026-11-20",
                      "--laptop", "执法笔记本-01", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "已写出检出包" in said and number in said
    assert read_header(out).kind == "checkout" and b"SQLite" not in out.read_bytes()[:4096]
    assert main.main(["sync", "status", *common]) == 0
    said = capsys.readouterr().out
    assert "执法笔记本-01" in said and number in said and "尚未签入" in said

    laptop_common = ["--data-dir", str(tmp_path / "laptop-data"), "--no-demo"]
    assert main.main(["sync", "unpack", str(out), "--to", laptop_url, *laptop_common]) == 0
    assert main.main(["sync", "unpack", str(out), "--to", laptop_url, *laptop_common]) == 2   # never overwrites
    assert "未覆盖" in capsys.readouterr().err

    _offline_photo(laptop_url, staff, case_id)
    # The laptop database is encrypted under the package's passphrase: opened as any encrypted database.
    monkeypatch.setenv("IPCASE_DB_PASSPHRASE", PASSPHRASE)
    assert main.main(["sync", "status", "--db", laptop_url, *laptop_common]) == 0
    assert "待发送 1 项" in capsys.readouterr().out

    package = tmp_path / "签入.ipcpkg"
    assert main.main(["sync", "pack", "--db", laptop_url, *laptop_common, "--out", str(package)]) == 0
    assert "1 项操作，1 个文件" in capsys.readouterr().out
    assert PHOTO[:64] not in package.read_bytes()     # encrypted

    assert main.main(["checkin", str(package), *common]) == 0
    said = capsys.readouterr().out
    assert "evidence.add_item 已应用" in said
    assert _office_photos(new_uow) == [PHOTO]
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(SyncPackage)) == 1

    assert main.main(["checkin", str(package), *common]) == 2          # the same package again
    assert "已签入过" in capsys.readouterr().err
    assert _office_photos(new_uow) == [PHOTO]

    # The receipt written beside the package tells the laptop; it then has nothing left to send.
    receipt = tmp_path / "签入-回执.ipcpkg"
    assert read_header(receipt).kind == "receipt"
    assert main.main(["sync", "receipt", str(receipt), "--db", laptop_url, *laptop_common]) == 0
    assert "已应用 1 项" in capsys.readouterr().out
    lap = open_laptop(laptop_url, PASSPHRASE)
    try:
        with uow_factory(lap)() as uow:
            assert uow.session.scalars(select(OutboxOperation.state)).all() == ["applied"]
    finally:
        lap.dispose()
    again = tmp_path / "再次签入.ipcpkg"
    assert main.main(["sync", "pack", "--db", laptop_url, *laptop_common, "--out", str(again)]) == 0
    assert "0 项操作" in capsys.readouterr().out

    assert main.main(["sync", "status", *common]) == 0     # everything came back: the check-out is returned
    assert "外出办案 0 起" in capsys.readouterr().out


def test_direct_path_checks_in_the_laptop_file_and_tells_the_laptop(office, new_uow, staff, tmp_path, capsys):
    case_id, number, common = office
    laptop = tmp_path / "laptop.db"
    assert main.main(["checkout", *common, "--user", "zhang", "--case", number, "--to", f"sqlite:///{laptop}"]) == 0
    _offline_photo(f"sqlite:///{laptop}", staff, case_id)

    assert main.main(["checkin", str(laptop), *common]) == 0
    assert "已应用" in capsys.readouterr().out
    assert _office_photos(new_uow) == [PHOTO]
    lap = open_laptop(f"sqlite:///{laptop}", PASSPHRASE)
    try:
        with uow_factory(lap)() as uow:
            assert uow.session.scalars(select(OutboxOperation.state)).all() == ["applied"]
    finally:
        lap.dispose()
    assert main.main(["checkin", str(laptop), *common]) == 0           # nothing left to send: nothing twice
    assert _office_photos(new_uow) == [PHOTO]


def test_refusals_are_said_in_a_sentence_with_exit_code_2(office, new_uow, tmp_path, capsys, monkeypatch):
    _, number, common = office
    out = tmp_path / "外出.ipcpkg"
    assert main.main(["checkout", *common, "--user", "zhang", "--case", number, "--out", str(out)]) == 0
    monkeypatch.setenv("IPCASE_PACKAGE_PASSPHRASE", "not the passphrase")
    assert main.main(["sync", "unpack", str(out), "--to", f"sqlite:///{tmp_path / 'l.db'}", "--no-demo",
                      "--data-dir", str(tmp_path / "l")]) == 2
    assert "口令不正确" in capsys.readouterr().err
    assert main.main(["checkin", str(out), *common]) == 2              # a check-out package is not a check-in
    assert "类型不符" in capsys.readouterr().err
    assert main.main(["checkout", *common, "--user", "zhang", "--case", "没有这个案号", "--out",
                      str(tmp_path / "x.ipcpkg")]) == 2
    assert "没有这个案号" in capsys.readouterr().err
    with new_uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Checkout)) == 1
    assert main.main(["checkout", *common, "--user", "zhang", "--case", number, "--out", str(tmp_path / "z")]) == 2
    assert f"案件 {number} 已由 张伟 检出到" in capsys.readouterr().err      # already out: who has it
    assert main.main(["checkout", *common, "--user", "zhang", "--case", number, "--to", "postgresql://x/y"]) == 2
    assert "not_a_file" in capsys.readouterr().err
    monkeypatch.setenv("IPCASE_PACKAGE_PASSPHRASE", "short")
    assert main.main(["checkout", *common, "--user", "zhang", "--case", number, "--out", str(tmp_path / "y")]) == 2
    assert "口令太短" in capsys.readouterr().err



def test_work_after_an_ended_checkout_goes_to_the_conflict_queue_and_the_exit_code_says_so(
        office, new_uow, staff, tmp_path, capsys):
    """A supervisor ended the check-out while the officer was away: the package is not refused (nothing is
    lost), each of its operations waits in the conflict queue, and `checkin` exits 1."""
    case_id, number, common = office
    laptop = tmp_path / "laptop.db"
    assert main.main(["checkout", *common, "--user", "zhang", "--case", number, "--to", f"sqlite:///{laptop}"]) == 0
    _offline_photo(f"sqlite:///{laptop}", staff, case_id)
    with new_uow() as uow:
        checkout_id = uow.session.scalar(select(Checkout.id))
        commands.run("sync.end_checkout", uow, actor_id=staff.dept_head.id, checkout_id=checkout_id,
                     reason="笔记本遗失", now=OFFLINE)
    package = tmp_path / "签入.ipcpkg"
    assert main.main(["sync", "pack", "--db", f"sqlite:///{laptop}", "--data-dir", str(tmp_path / "l"),
                      "--out", str(package)]) == 0
    capsys.readouterr()
    assert main.main(["checkin", str(package), *common]) == 1
    said = capsys.readouterr().out
    assert "evidence.add_item 转入冲突队列：checkout_ended" in said and "冲突 1 项" in said
    assert _office_photos(new_uow) == []
