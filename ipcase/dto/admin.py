"""Frozen data the services and queries return, and the inputs the UI hands to services.
No ORM object ever leaves ipcase/; the UI works only with these."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ipcase.domain.cases.deadlines import DeadlineSettings
from ipcase.domain.enums import Role
from ipcase.domain.passwords import AccountRules


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    office_id: int
    office_name: str
    active: bool = True
    locked_until: datetime | None = None     # wrong passwords locked the account until then (if still ahead)
    must_change_password: bool = False      # set by login: the office's rules say the password has expired


@dataclass(frozen=True)
class HolidayYearInfo:
    year: int
    source: str           # 'entered' | 'package' | 'provisional'
    note: str             # e.g. the State Council notice
    holidays: tuple[tuple[date, str], ...] = ()   # provisional year: only what the administrator entered
    workdays: tuple[tuple[date, str], ...] = ()
    # provisional year: the festivals the entry still lacks, and the rest days computed from the 放假办法
    missing: tuple[str, ...] = ()
    computed: tuple[tuple[date, str], ...] = ()
    has_entry: bool = False                        # an administrator's entry exists (complete or not)


@dataclass(frozen=True)
class OfficeInfo:
    id: int
    name: str
    short_name: str
    case_number_pattern: str
    address: str
    phone: str
    postcode: str
    higher_office: str
    version: int = 0   # as loaded (optimistic locking: update_office's expected_version); ignored on input


@dataclass(frozen=True)
class SubOfficeRow:
    """A sub-office on its parent's 机关 page, with the usernames of its administrators."""
    id: int
    name: str
    short_name: str
    case_number_pattern: str
    admins: str


@dataclass(frozen=True)
class SubOffices:
    """设置 › 机关 › 下级单位: whether this office may add sub-offices (a top-level office) and those it has."""
    may_add: bool
    offices: tuple[SubOfficeRow, ...]
    new_pattern: str = ""                          # the 案号 pattern a new sub-office starts with
    rules: AccountRules = field(default_factory=AccountRules)   # its first administrator's password rules


@dataclass(frozen=True)
class AccountRulesPage:
    """登录与密码规则: the office's account rules and the version its save names (expected_version)."""
    rules: AccountRules
    version: int
    audit_separation: bool = True   # 三员分立 ("audit.separation"): the administrator does not read the audit trail


@dataclass(frozen=True)
class DeadlineRules:
    """The 期限规则 page: the office's deadline settings and the version its save names (expected_version)."""
    settings: DeadlineSettings
    version: int


@dataclass(frozen=True)
class RecomputeResult:
    cases: int
    deadlines_changed: int = 0
    extra: dict = field(default_factory=dict)
