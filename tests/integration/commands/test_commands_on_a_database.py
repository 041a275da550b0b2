"""Commands on a real database: a script's whole path, a recorded command replayed elsewhere, refusals."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from case_helpers import sample_request
from ipcase import commands
from ipcase.commands import Command
from ipcase.db.engine import make_engine
from ipcase.db.migrate import upgrade_to_head
from ipcase.domain.enums import CaseState, Role
from ipcase.errors import ValidationErrors
from ipcase.queries.cases.register import case_detail
from ipcase.services.admin.auth import login
from ipcase.uow import uow_factory

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "register_request.py"
NOW = datetime(2026, 11, 2, 9, 30)


def test_the_readme_shows_the_example_script_as_it_is():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Scripting ipcase (commands)", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block, "the README's scripting section lost its example"
    assert block.group(1) == EXAMPLE.read_text(encoding="utf-8")


def test_the_example_script_registers_a_request_and_reads_it_back(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, str(EXAMPLE), str(tmp_path / "example.sqlite")], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    recorded, read_back = done.stdout.strip().splitlines()
    assert json.loads(recorded)["command"] == "cases.register_request"
    assert read_back.split()[1] == CaseState.RECEIVED.value
    assert "宁波华辰科技有限公司" in read_back and "义乌市鼎盛贸易商行" in read_back


def _database(path: Path):
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    return engine


def test_commands_recorded_on_one_database_replay_on_another(tmp_path):
    """The field laptop's path: record each command as JSON, replay the file elsewhere, get the same case."""
    first, second = _database(tmp_path / "office.sqlite"), _database(tmp_path / "laptop.sqlite")
    try:
        new_uow, log = uow_factory(first), []

        def record(name, /, **inputs):
            cmd = Command(name, inputs)
            log.append(json.dumps(cmd.to_json(), ensure_ascii=False))
            return commands.run(cmd, new_uow)

        _, admin = record("admin.create_office", name="测试市市场监督管理局", short_name="测试市",
                          admin_username="admin", admin_password="password1")
        officer = record("admin.create_user", actor_id=admin.id, username="zhang", full_name="张伟",
                         role=Role.OFFICER, password="password1")
        ref = record("cases.register_request", actor_id=officer.id, data=sample_request(), now=NOW)

        replay_uow = uow_factory(second)
        for line in log:
            commands.run(Command.from_json(json.loads(line)), replay_uow)

        details = []
        for factory in (new_uow, replay_uow):
            with factory() as uow:
                me = login(uow, username="zhang", password="password1")
                details.append(case_detail(uow, ref.id, viewer_id=me.id, today=NOW.date()))
        assert details[0].state == CaseState.RECEIVED
        assert details[0] == details[1]
    finally:
        first.dispose()
        second.dispose()


def test_a_command_in_the_callers_transaction_and_a_refused_one(new_uow, staff):
    with new_uow() as uow:
        ref = commands.run("cases.register_request", uow, actor_id=staff.officer.id, data=sample_request(), now=NOW)
    with new_uow() as uow:
        assert case_detail(uow, ref.id, viewer_id=staff.officer.id, today=NOW.date()).version == ref.version
    with pytest.raises(ValidationErrors):
        commands.run("cases.register_request", new_uow, actor_id=staff.officer.id,
                     data=sample_request(respondents=0), now=NOW)
    with new_uow() as uow:  # the refused one wrote nothing: the next case is the second
        again = commands.run("cases.register_request", uow, actor_id=staff.officer.id, data=sample_request(),
                             now=NOW)
    assert again.id == ref.id + 1
