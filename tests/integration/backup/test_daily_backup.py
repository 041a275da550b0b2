"""The embedded database's automatic backup: once on the first start of a day, the newest N kept (backups
taken by hand stay), and the warning when the last good backup is too old. "Now" is injected."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ipcase.backup.create import create_backup
from ipcase.backup.daily import BackupPolicy, backup_overdue, daily_backup, load_policy, save_policy
from ipcase.backup.store import AUTOMATIC, MANUAL, backups_dir, list_backups
from ipcase.errors import ValidationFailed


def test_first_start_of_each_day_keeps_the_newest_n(sqlite_engine, tmp_path):
    url, data = sqlite_engine.url.render_as_string(), tmp_path / "data"
    save_policy(data, BackupPolicy(keep=3))
    create_backup(db_url=url, data_dir=data, out_dir=backups_dir(data), now=datetime(2026, 11, 30, 8), kind=MANUAL)

    taken = []
    for day in range(1, 7):
        for hour in (8, 14):  # a second start the same day takes none
            made = daily_backup(db_url=url, data_dir=data, now=datetime(2026, 12, day, hour))
            taken.append(made is not None)

    assert taken == [True, False] * 6
    kept = list_backups(backups_dir(data))
    assert [b.created_at.day for b in kept if b.kind == AUTOMATIC] == [4, 5, 6]
    assert [b.kind for b in kept].count(MANUAL) == 1   # rotation leaves backups taken by hand alone


def test_switched_off_takes_none(sqlite_engine, tmp_path):
    data = tmp_path / "data"
    save_policy(data, BackupPolicy(automatic=False))
    assert daily_backup(db_url=sqlite_engine.url.render_as_string(), data_dir=data,
                        now=datetime(2026, 12, 6, 8)) is None


def test_warns_when_the_last_good_backup_is_too_old(sqlite_engine, tmp_path):
    url, data = sqlite_engine.url.render_as_string(), tmp_path / "data"
    assert backup_overdue(data, datetime(2026, 12, 6)) == timedelta.max   # none at all
    daily_backup(db_url=url, data_dir=data, now=datetime(2026, 12, 1, 9))
    assert backup_overdue(data, datetime(2026, 12, 8, 9)) is None           # 7 days: still fine
    assert backup_overdue(data, datetime(2026, 12, 8, 10)) == timedelta(days=7, hours=1)
    save_policy(data, BackupPolicy(warn_after_days=2))
    assert backup_overdue(data, datetime(2026, 12, 3, 10)) == timedelta(days=2, hours=1)


def test_policy_defaults_and_range(tmp_path):
    assert load_policy(tmp_path) == BackupPolicy(keep=7, warn_after_days=7, automatic=True)
    with pytest.raises(ValidationFailed) as bad:
        save_policy(tmp_path, BackupPolicy(keep=0))
    assert bad.value.field == "keep"
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "policy.json").write_text("{not json")
    assert load_policy(tmp_path) == BackupPolicy()
