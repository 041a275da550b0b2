"""Which offices a user may see and change: the rule of one database shared by a city office and its
sub-offices (issue 12). Pure: it takes the office tree and answers with office ids.

- A user writes only in their own office: cases, documents, settings, users, rooms … of another office are
  never changed, not even by a supervising office.
- A user reads their own office and, when their office supervises others (`offices.supervision` = "read", the
  default, a setting of the supervising office), every office below it, transitively: the city looks into its
  counties' cases, documents, evidence, hearings, mediation and statistics for drill-down, and decides nothing
  there. With "none" the supervising office sees only itself.
- A sub-office never sees its parent's or a sibling's anything.
- Sub-offices are added by an administrator of a top-level office, under that office (设置 › 机关 › 新增下级单位,
  or `init --parent`); a sub-office adds none (`may_add_sub_office`).
- A new sub-office starts with its parent's settings (a county set up under its city works by the city's time
  limits, document settings, routing, hearing and account rules until its administrator changes them), not with
  the program's defaults; a number pattern is taken over only when it names the office by its placeholder.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from ipcase.domain.numbering import PLACEHOLDERS, validate_pattern
from ipcase.domain.passwords import AccountRules, check_password
from ipcase.errors import ValidationFailed

SUPERVISION_KEY = "offices.supervision"   # the setting (of the supervising office) that says how far it reads


class Supervision(StrEnum):
    READ = "read"    # read the sub-offices' records (drill-down, statistics); change nothing there
    NONE = "none"    # see only one's own office


DEFAULT_SUPERVISION = Supervision.READ

Tree = Mapping[int, int | None]   # office id → parent office id (None: a top-level office)


def below(tree: Tree, office_id: int) -> frozenset[int]:
    """Every office under `office_id`, transitively (not itself). A cycle in the data cannot loop forever."""
    children: dict[int, list[int]] = {}
    for child, parent in tree.items():
        if parent is not None:
            children.setdefault(parent, []).append(child)
    found: set[int] = set()
    todo = list(children.get(office_id, ()))
    while todo:
        o = todo.pop()
        if o in found or o == office_id:
            continue
        found.add(o)
        todo.extend(children.get(o, ()))
    return frozenset(found)


def is_top_level(tree: Tree, office_id: int) -> bool:
    """An office with no parent (the one whose administrator keeps the national holiday table)."""
    return office_id in tree and tree[office_id] is None


def may_add_sub_office(tree: Tree, office_id: int) -> bool:
    """Only a top-level office (a city) has sub-offices added under it; a county adds none."""
    return is_top_level(tree, office_id)


def new_office_problems(*, name: str, short_name: str, pattern: str, admin_username: str, admin_password: str,
                        rules: AccountRules) -> list[ValidationFailed]:
    """What is wrong with a new office and its first administrator, before the database is asked (names taken):
    the rules `init`, the first-run wizard and 新增下级单位 share. Every problem, one per field."""
    problems = []
    for field, value in (("name", name), ("short_name", short_name), ("admin_username", admin_username)):
        if not value.strip():
            problems.append(ValidationFailed(field, "required"))
    try:
        validate_pattern(pattern)
    except ValidationFailed as exc:
        problems.append(exc)
    try:
        check_password(admin_password, username=admin_username.strip(), rules=rules, field="admin_password")
    except ValidationFailed as exc:
        problems.append(exc)
    return problems


@dataclass(frozen=True)
class OfficeScope:
    """What a user of `office_id` may touch: `readable` offices (always including their own) and the one office
    they may change."""
    office_id: int
    readable: frozenset[int]

    @property
    def writable(self) -> int:
        return self.office_id

    def may_read(self, office_id: int | None) -> bool:
        return office_id in self.readable

    def may_write(self, office_id: int | None) -> bool:
        return office_id == self.office_id

    def refusal(self, office_id: int | None) -> str | None:
        """Why a change in `office_id` is refused: None (allowed), "read_only" (a supervising office looking at
        a sub-office's record: it may know the record exists) or "invisible" (it must not learn it exists)."""
        if self.may_write(office_id):
            return None
        return "read_only" if self.may_read(office_id) else "invisible"


def scope_of(tree: Tree, office_id: int, supervision: Supervision | str = DEFAULT_SUPERVISION) -> OfficeScope:
    """The scope of a user of `office_id`, under their office's supervision setting."""
    try:
        mode = Supervision(supervision)
    except ValueError:
        mode = DEFAULT_SUPERVISION   # a hand-edited value that means nothing: the documented default
    readable = {office_id} | (below(tree, office_id) if mode == Supervision.READ else set())
    return OfficeScope(office_id, frozenset(readable))


def inherits_pattern(pattern: str) -> bool:
    """Whether a sub-office starts with its parent's number pattern (案号, 调解案号, 文号): only when it names the
    office by the {机关简称} placeholder. A pattern with the parent's name typed in would number the sub-office's
    cases with the parent's name; the sub-office gets the default pattern instead."""
    return PLACEHOLDERS[0] in (pattern or "")
