"""The command registry: every data-changing service has a stable name, and its inputs survive JSON."""
from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import json
import pkgutil
import re
import types
import typing
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal

import pytest

import ipcase.services
from case_helpers import sample_request
from ipcase import commands
from ipcase.commands import Command, codec
from ipcase.commands.table import NOT_COMMANDS
from ipcase.domain.calendar import YearCalendar
from ipcase.domain.enums import Role
from ipcase.domain.intake.routing import Condition, Fact, RoutingRule, Track
from ipcase.dto.documents import DocumentDraft
from ipcase.dto.evidence import EvidenceInput, FileUpload
from ipcase.dto.mediation import MediationHost

FEATURES = ("admin", "cases", "credit", "documents", "evidence", "hearings", "intake", "ledger", "mediation",
            "publication", "recusal", "satisfaction", "sync")

# The public names: scripts, audit records and replay files use them. A rename must fail here, loudly; add new
# names, never change one.
NAMES = (
    "admin.create_office", "admin.add_sub_office", "admin.update_office", "admin.create_user", "admin.update_user",
    "admin.set_user_active",
    "admin.reset_password", "admin.unlock_user", "admin.change_password", "admin.update_account_rules",
    "admin.save_holiday_year", "admin.import_holiday_text", "admin.delete_holiday_year",
    "admin.update_deadline_settings", "admin.refresh_paused_deadlines",
    "cases.register_request", "cases.update_request", "cases.set_panel", "cases.apply_action",
    "cases.review_approval", "cases.decide_approval", "cases.file_party_correction",
    "cases.decide_party_correction",
    "documents.issue", "documents.issue_batch", "documents.add_attachment", "documents.record_case_file",
    "documents.update_settings", "documents.record_service", "documents.attach_service_proof",
    "documents.record_receipt", "documents.apply_deemed_services", "documents.set_consent",
    "evidence.add_item", "evidence.update_item", "evidence.verify_files", "evidence.decide_admission",
    "evidence.add_investigation_record", "evidence.add_seizure", "evidence.dispose_preservation",
    "evidence.commission_appraisal", "evidence.receive_appraisal_report", "evidence.add_tech_opinion",
    "evidence.extend_period",
    "hearings.schedule", "hearings.reschedule", "hearings.close_session", "hearings.open_record",
    "hearings.save_record", "hearings.close_record", "hearings.record_return_slip", "hearings.file_postponement",
    "hearings.decide_postponement", "hearings.save_room", "hearings.update_settings",
    "intake.register", "intake.update", "intake.add_attachment", "intake.remove_attachment", "intake.decide_track",
    "intake.triage", "intake.record_correction", "intake.extend_decision", "intake.convert_to_request",
    "intake.record_notification", "intake.save_routing",
    "mediation.record_session", "mediation.start_talks", "mediation.end_talks", "mediation.save_agreement",
    "mediation.sign_agreement", "mediation.file_closing", "mediation.withdraw_agreement",
    "mediation.record_confirmation", "mediation.record_payment", "mediation.register_request",
    "mediation.update_request", "mediation.apply_action", "mediation.decide_extension",
    "mediation.assign_mediators", "mediation.update_case_number_pattern", "mediation.issue_document",
    "mediation.save_mediator",
    "recusal.apply", "recusal.decide",
    "publication.file", "publication.decide", "publication.mark_typical", "publication.unmark_typical",
    "publication.record_ruling_change", "publication.record_confidentiality", "publication.remove_confidentiality",
    "credit.record_enforcement_step", "credit.identify", "credit.record_notice_served", "credit.record_statement",
    "credit.propose", "credit.decide", "credit.remove", "credit.apply_repair", "credit.decide_repair",
    "satisfaction.record_survey", "credit.update_settings", "satisfaction.update_target",
    "ledger.import_ledger", "ledger.undo_import",
    "sync.check_out", "sync.decide_conflict", "sync.end_checkout", "sync.update_settings", "sync.void_numbers",
)


def _takes_a_unit_of_work(fn) -> bool:
    """The mark of a user gesture: the first parameter is a unit of work (or a factory of them, for a batch).
    Helpers that join the caller's transaction take a Session instead and are not gestures."""
    params = list(inspect.signature(fn).parameters.values())
    return bool(params) and (params[0].name in ("uow", "new_uow") or "UnitOfWork" in str(params[0].annotation))


def _service_gestures() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(ipcase.services.__path__, "ipcase.services."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (inspect.isfunction(obj) and obj.__module__ == module.__name__ and not name.startswith("_")
                    and _takes_a_unit_of_work(obj)):
                found.add(f"{module.__name__}:{name}")
    return found


def test_every_data_changing_service_is_a_command():
    registered = {s.target for s in commands.specs()}
    gestures = _service_gestures()
    missing = sorted(gestures - registered - set(NOT_COMMANDS))
    assert not missing, f"services without a command name (add them to ipcase/commands/table.py): {missing}"
    stale = sorted(registered - gestures)
    assert not stale, f"commands whose service moved or is gone (fix the target, keep the name): {stale}"
    gone = sorted(set(NOT_COMMANDS) - gestures)
    assert not gone, f"NOT_COMMANDS names functions that no longer exist: {gone}"
    assert not registered & set(NOT_COMMANDS)


def test_names_are_stable_unique_and_feature_first():
    assert commands.names() == NAMES
    assert len(set(NAMES)) == len(NAMES)
    pattern = re.compile(rf"^({'|'.join(FEATURES)})\.[a-z][a-z_]*$")
    assert [n for n in NAMES if not pattern.match(n)] == []


def test_every_command_resolves_with_keyword_inputs_that_travel_as_json():
    for s in commands.specs():
        assert callable(s.function), s.name
        names = [p.name for p in s.params]
        assert len(names) == len(set(names)), s.name
        assert s.summary and " / " in s.summary, s.name


def test_who_and_when_are_inputs():
    """The audit and the replay need who acted and when; here are the commands that take no actor or no time
    (none reads the clock itself)."""
    without_actor = {s.name for s in commands.specs() if "actor_id" not in [p.name for p in s.params]}
    assert without_actor == {"admin.create_office",  # the first run: no user exists yet
                             # the system, at start-up
                             "admin.refresh_paused_deadlines", "documents.apply_deemed_services"}
    without_now = {s.name for s in commands.specs() if "now" not in [p.name for p in s.params]}
    assert without_now == {"admin.create_office", "admin.add_sub_office", "admin.create_user", "admin.update_user",
                           "admin.set_user_active",
                           "admin.reset_password",
                           "admin.unlock_user", "admin.update_account_rules",
                           "admin.update_office", "documents.update_settings", "documents.attach_service_proof",
                           "hearings.save_room", "hearings.update_settings", "intake.save_routing",
                           "mediation.update_case_number_pattern", "mediation.save_mediator",
                           "credit.update_settings", "satisfaction.update_target", "sync.update_settings"}


def test_passwords_are_marked_secret_and_redacted():
    secret = {(s.name, p.name) for s in commands.specs() for p in s.params if p.secret}
    assert secret == {("admin.create_office", "admin_password"), ("admin.add_sub_office", "admin_password"),
                      ("admin.create_user", "password"),
                      ("admin.reset_password", "password"), ("admin.change_password", "old_password"),
                      ("admin.change_password", "new_password")}
    cmd = Command("admin.reset_password", {"actor_id": 1, "user_id": 2, "password": "s3cret-pw"})
    assert "s3cret-pw" not in json.dumps(cmd.to_json(redact=True))
    assert cmd.to_json()["inputs"]["password"] == "s3cret-pw"
    with pytest.raises(ValueError, match="redacted"):
        Command.from_json(cmd.to_json(redact=True))


def test_only_a_batch_takes_the_unit_of_work_factory():
    assert [s.name for s in commands.specs() if s.takes_uow_factory] == ["documents.issue_batch"]
    assert "progress" not in [p.name for p in commands.spec("documents.issue_batch").params]


# ---- JSON round trip ----------------------------------------------------------------------------

def _roundtrip(cmd: Command) -> Command:
    return Command.from_json(json.loads(json.dumps(cmd.to_json(), ensure_ascii=False)))


def test_a_request_for_adjudication_survives_json():
    cmd = Command("cases.register_request",
                  {"actor_id": 7, "data": sample_request(), "now": datetime(2026, 11, 2, 9, 30)})
    back = _roundtrip(cmd)
    assert back == cmd
    assert isinstance(back.inputs["data"].requesters, tuple)
    assert type(back.inputs["data"].requesters[0].kind) is type(cmd.inputs["data"].requesters[0].kind)


def test_an_action_payload_keeps_its_dates_party_keys_and_tuples():
    payload = {"decided_date": date(2026, 11, 3), "at": datetime(2026, 11, 3, 14, 0), "count": 2,
               "served": {11: date(2026, 11, 4), 12: date(2026, 11, 5)}, "parties": (11, 12), "flag": True,
               "amount": Decimal("12000.50"), "note": "说明", "$odd": "a key that looks like a tag", "none": None}
    cmd = Command("cases.apply_action", {"actor_id": 1, "case_id": 3, "expected_version": 4,
                                         "action": "register", "payload": payload, "now": datetime(2026, 11, 3, 9)})
    back = _roundtrip(cmd)
    assert back == cmd
    assert type(back.inputs["payload"]["parties"]) is tuple
    assert type(back.inputs["payload"]["decided_date"]) is date
    assert type(back.inputs["payload"]["at"]) is datetime


def test_mappings_with_date_keys_enums_bytes_and_unions_survive_json():
    calendar = YearCalendar(2027, {date(2027, 1, 1): "元旦"}, {date(2027, 2, 7): "春节调休"})
    cases = [
        Command("admin.save_holiday_year",
                {"actor_id": 1, "calendar": calendar, "note": "", "now": datetime(2026, 12, 1)}),
        Command("admin.create_user", {"actor_id": 1, "username": "li", "full_name": "李娜", "role": Role.CLERK,
                                      "password": "password1"}),
        Command("evidence.add_item", {"actor_id": 1, "case_id": 2, "now": datetime(2026, 11, 3, 9),
                                      "data": EvidenceInput("购买公证书", date(2026, 11, 1), party_id=5),
                                      "files": (FileUpload("公证书.pdf", b"%PDF-1.4\x00\xff"),)}),
        Command("intake.save_routing", {"actor_id": 1, "complaint_needs_request": True, "expected_version": 3, "rules": (
            RoutingRule("外观设计", Track.FAST, (Condition(Fact.PATENT_TYPE, "in", ("design",)),
                                                 Condition(Fact.RESPONDENT_COUNT, "max", 1))),)}),
        Command("mediation.record_payment", {"actor_id": 1, "instalment_id": 9, "paid_on": None, "amount": "",
                                             "now": datetime(2026, 11, 3, 9)}),
        Command("mediation.record_payment", {"actor_id": 1, "instalment_id": 9, "paid_on": date(2026, 11, 3),
                                             "amount": Decimal("3000"), "now": datetime(2026, 11, 3, 9)}),
        Command("mediation.save_agreement", {"actor_id": 1, "host": MediationHost.case(4), "agreement_id": None,
                                             "data": _generated(commands.spec("mediation.save_agreement")
                                                                .param("data").type),
                                             "now": datetime(2026, 11, 3, 9)}),
        Command("documents.issue_batch", {"actor_id": 1, "now": datetime(2026, 11, 3, 9), "items": [
            (3, DocumentDraft("hearing_notice", {"note": "请携带身份证件"}, party_id=11))]}),
    ]
    for cmd in cases:
        assert _roundtrip(cmd) == cmd, cmd.name


def _generated(hint, depth=0):
    """A value of `hint` with every field filled, to push each command's whole input type through JSON."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return _generated(next(a for a in args if a is not type(None)), depth)
    if hint in (object, typing.Any, dict, Mapping):
        return {"day": date(2026, 11, 2), 3: ("x", Decimal("1.5"))}
    simple = {bool: True, int: 3, float: 1.5, str: "文字", bytes: b"\x00\x01", Decimal: Decimal("2.50"),
              date: date(2026, 11, 2), datetime: datetime(2026, 11, 2, 9, 30), time: time(9, 30)}
    if hint in simple:
        return simple[hint]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return list(hint)[-1]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return hint(**{f.name: _generated(hints[f.name], depth + 1) for f in dataclasses.fields(hint) if f.init})
    if origin is tuple and args and args[-1] is not Ellipsis:
        return tuple(_generated(a, depth + 1) for a in args)
    if origin in (tuple, list, Sequence):
        item = _generated(args[0], depth + 1)
        return [item] if origin is list else (item,)
    if origin in (frozenset, set):
        return origin({_generated(args[0], depth + 1)})
    if origin in (dict, Mapping):
        return {}  # keyed mappings are covered above (a holiday year); generated keys would break invariants
    raise AssertionError(f"no sample for {hint!r}")


@pytest.mark.parametrize("name", NAMES)
def test_every_commands_inputs_survive_json(name):
    s = commands.spec(name)
    cmd = Command(name, {p.name: _generated(p.type) for p in s.params})
    assert _roundtrip(cmd) == cmd


# ---- the codec's own rules ------------------------------------------------------------------------

def test_codec_reads_what_the_hint_says():
    assert codec.dump(date(2026, 1, 2), date | None) == "2026-01-02"
    assert codec.dump(datetime(2026, 1, 2, 3, 4), date | datetime) == "2026-01-02T03:04:00"
    assert codec.load("2026-01-02", date | None) == date(2026, 1, 2)
    assert codec.load(None, date | None) is None
    assert codec.load(3, float) == 3.0
    assert codec.load("officer", Role | str) is Role.OFFICER
    with pytest.raises(TypeError, match="is not int"):
        codec.load(True, int)
    with pytest.raises(TypeError, match="null"):
        codec.load(None, int)
    with pytest.raises(TypeError, match="has no field"):
        codec.load({"name": "x", "data": "", "size": 3}, FileUpload)


def test_codec_fills_missing_fields_with_their_defaults():
    assert codec.load({"doc_type": "hearing_notice"}, DocumentDraft) == DocumentDraft("hearing_notice")


def test_codec_refuses_what_cannot_travel():
    with pytest.raises(TypeError, match="cannot carry"):
        codec.check(typing.Callable[[], int])
    with pytest.raises(TypeError, match="no type hint"):
        codec.dump({"x": FileUpload("a", b"")}, dict)


# ---- run: arguments checked before anything runs -------------------------------------------------

class _Unit:
    """Stands for an entered unit of work; nothing may reach it in these tests."""
    session = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def commit(self):
        raise AssertionError("no service should have run")


def test_run_names_what_is_wrong_before_the_service_runs():
    with pytest.raises(commands.UnknownCommand, match="cases.register"):
        commands.run("cases.register", _Unit(), actor_id=1)
    with pytest.raises(TypeError, match="no input 'officer'"):
        commands.run("cases.register_request", _Unit(), actor_id=1, officer=2, data=None, now=None)
    with pytest.raises(TypeError, match="needs data, now"):
        commands.run("cases.register_request", _Unit(), actor_id=1)
    with pytest.raises(TypeError, match="takes its inputs from the command"):
        commands.run(Command("cases.register_request", {}), _Unit(), actor_id=1)
    with pytest.raises(TypeError, match="pass the unit-of-work factory"):
        commands.run("documents.issue_batch", _Unit(), actor_id=1, items=[], now=datetime(2026, 1, 2))
    with pytest.raises(commands.UnknownCommand):
        Command.from_json({"command": "cases.no_such_thing", "inputs": {}})
