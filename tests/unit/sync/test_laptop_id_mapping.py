"""Laptop ids (≥ 10**12) in a command's inputs and results (ipcase.sync.idmap, ipcase.sync.results): found wherever
they sit — nested in a draft, in a list, as a dict key written as text — paired with the office's ids by walking the
laptop's and the office's results side by side, and replaced in later inputs."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ipcase.commands import Command
from ipcase.dto.documents import DocumentDraft
from ipcase.sync.idmap import LAPTOP_IDS, is_laptop_id, laptop_ids, pairs, translate
from ipcase.sync.results import dump_result, load_result, plain

L1, L2, L3 = LAPTOP_IDS + 1, LAPTOP_IDS + 2, LAPTOP_IDS + 3


@dataclass(frozen=True)
class Made:
    id: int
    files: tuple[int, ...]
    number: str
    on: date


def test_results_walked_side_by_side_pair_each_laptop_id_with_the_office_id():
    laptop = plain(Made(L1, (L2, L3), "临-笔记本-001", date(2026, 11, 3)))
    office = plain(Made(41, (90, 91), "测试市知收〔2026〕12号", date(2026, 11, 3)))
    assert load_result(dump_result(Made(L1, (L2,), "x", date(2026, 11, 3)))) == {
        "id": L1, "files": [L2], "number": "x", "on": "2026-11-03"}
    assert sorted(pairs(laptop, office)) == [(L1, 41, "id"), (L2, 90, "files[0]"), (L3, 91, "files[1]")]
    # an office id the laptop already knew (copied at check-out) is no pair; shapes that differ are skipped
    assert list(pairs({"id": 7, "parts": [L1]}, {"id": 7, "parts": []})) == []
    assert is_laptop_id(L1) and not is_laptop_id(7) and not is_laptop_id(True)


def test_laptop_ids_in_later_inputs_are_found_and_replaced_wherever_they_sit():
    draft = DocumentDraft("investigation_notice", {"matters": "库存"}, party_id=12, subject_id=L2)
    inputs = Command("documents.issue", {"actor_id": 3, "case_id": 5, "draft": draft,
                                         "now": datetime(2026, 11, 3, 10)}).to_json()["inputs"]
    nested = {**inputs, "extra": [{"item_id": L1}], "by_id": {str(L3): "x", "9": "y"}}
    assert laptop_ids(nested) == {L1, L2, L3}
    out = translate(nested, {L1: 41, L2: 90, L3: 91})
    assert out["draft"]["subject_id"] == 90 and out["draft"]["party_id"] == 12
    assert out["extra"] == [{"item_id": 41}] and out["by_id"] == {"91": "x", "9": "y"}
    assert translate({"item_id": L1}, {}) == {"item_id": L1}     # unmapped: left for the caller to refuse
