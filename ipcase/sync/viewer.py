"""A way in to a read-only copy (issue 14): the person who holds a 移送/meeting package's passphrase makes a local
查阅人 (Role.VIEWER) account on the opened copy, so that the receiving office — which has no account of the
sending office's — signs in and reads it.

Holding the passphrase is the authority: whoever has it can read every byte of the copy anyway, so an account on
it gives nothing more. The account is made without a user's gesture (no actor), which is what the read-only rule
(`ipcase/sync/read_only.py`) lets through; once signed in, every gesture of the viewer is refused there as any
other's. Role.VIEWER holds no gesture in `ipcase.domain.permissions`, so the window offers nothing to change.

Password expiry is switched off on the copy: a password due for change would make the first login demand a new
one, and writing it is a change the read-only rule refuses — the copy would lock its own readers out (the
meeting package's maker too, whose password may be old)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, select

from ipcase.db.models.admin import Setting, User
from ipcase.domain.enums import Role
from ipcase.domain.passwords import password_problems
from ipcase.errors import ValidationErrors, ValidationFailed
from ipcase.loaders.accounts import PREFIX, load_account_rules
from ipcase.loaders.settings import store_value
from ipcase.services.admin.auth import hash_password
from ipcase.sync.read_only import MARK
from ipcase.uow import uow_factory


def settle_accounts(engine: Engine) -> None:
    """Make the copy readable by its accounts: password expiry off (see the module's docstring)."""
    with uow_factory(engine)() as uow:
        office_id = _copy_office(uow.session)
        if load_account_rules(uow.session, office_id).expiry_days:
            store_value(uow.session, office_id, PREFIX + "expiry_days", 0)
            uow.commit()


def add_viewer(engine: Engine, *, username: str, full_name: str, password: str, now: datetime) -> int:
    """A 查阅人 account on the read-only copy behind `engine`, in the office whose records it holds; its id.
    ValidationErrors (username required/taken, full_name required, the copy's password rules) — nothing written;
    ValidationFailed("database", "not_read_only") on any other database (an office's or a laptop's: accounts
    there are an administrator's business)."""
    settle_accounts(engine)
    with uow_factory(engine)() as uow:
        s = uow.session
        office_id = _copy_office(s)
        username = (username or "").strip()
        errors = []
        if not username:
            errors.append(ValidationFailed("username", "required"))
        elif s.scalar(select(func.count()).select_from(User).where(User.username == username)):
            errors.append(ValidationFailed("username", "taken"))
        if not (full_name or "").strip():
            errors.append(ValidationFailed("full_name", "required"))
        errors += password_problems(password, username=username, rules=load_account_rules(s, office_id))[:1]
        if errors:
            raise ValidationErrors(errors)
        # password_changed_at set: the holder chose this password (not one an administrator set for someone).
        user = User(office_id=office_id, username=username, full_name=full_name.strip(), role=Role.VIEWER.value,
                    password_hash=hash_password(password), active=True, password_changed_at=now)
        s.add(user)
        uow.commit()
        return user.id


@dataclass(frozen=True)
class Viewer:
    username: str
    full_name: str
    password: str


def open_copy(package: str | Path, target: Path, *, passphrase: str, viewer: Viewer | None, now: datetime):
    """A 移送/meeting package → the read-only database `target` (a new file), its accounts readable (expiry off)
    and, with `viewer`, a 查阅人 account on it; the package's header. The command line (`sync open`) and the
    window (外出办案 › 打开案件包) both come here. When the account is refused (ValidationErrors) the file is removed
    again: nothing half made, the package is simply opened again. Package refusals as `extract_database`."""
    from ipcase.sync import package_format as fmt
    from ipcase.sync.copy import open_laptop
    from ipcase.sync.package import extract_database

    header = extract_database(package, target, passphrase=passphrase, expect=fmt.READ_ONLY_KINDS)
    engine = open_laptop(f"sqlite:///{target}", passphrase)
    try:
        settle_accounts(engine)
        if viewer is not None:
            add_viewer(engine, username=viewer.username, full_name=viewer.full_name, password=viewer.password,
                       now=now)
    except BaseException:
        engine.dispose()
        target.unlink(missing_ok=True)
        raise
    engine.dispose()
    return header


def _copy_office(session) -> int:
    """The office whose records the copy holds (the one its read-only mark was written for)."""
    found = session.execute(select(Setting.office_id, Setting.value).where(Setting.key == MARK).limit(1)).first()
    if found is None or not json.loads(found.value):
        raise ValidationFailed("database", "not_read_only")
    return found.office_id


__all__ = ["Viewer", "add_viewer", "open_copy", "settle_accounts"]
