"""Check-out to a laptop database (issue 14): the keys, the check-out service, the copy and the laptop's state, as
one step for the command line (`python main.py checkout … --to URL`, and `--out FILE`, which packs the file this
writes) and the 检出 dialog.

The laptop gets a new Ed25519 key pair (the office keeps the public half with the check-out and verifies every
check-in package with it) and the check-out's AES-256 package key. The check-out is committed only once the laptop
file is written: the copy reads the office database inside the check-out's own transaction, so a copy that fails
(a full disk, a wrong path) leaves no record marked 外出办案 and no 文号 reserved, and a half-written laptop file
is removed."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine

from ipcase import commands
from ipcase.db.engine import make_engine
from ipcase.dto.sync import CheckoutManifest, CheckoutResult
from ipcase.sync.copy import Selection, copy_records, sqlite_path
from ipcase.sync.outbox import Deferred
from ipcase.sync.package_format import new_signing_key
from ipcase.uow import uow_factory


def check_out_to(office: str | Engine, laptop_url: str, *, actor_id: int, user_id: int,
                 cases: tuple[int, ...] = (), intake: tuple[int, ...] = (), mediation: tuple[int, ...] = (),
                 mine: bool = False, laptop_name: str, until: date | None = None,
                 numbers: dict[str, int] | None = None, now: datetime, passphrase: str | None = None,
                 office_url: str | None = None) -> CheckoutResult:
    """Check the records out to `user_id`'s laptop and write the laptop database at `laptop_url` (a new SQLite
    file; SQLCipher-encrypted with `passphrase`). `office` is the office database (a URL, or an engine — an
    encrypted office file is opened by the caller). `office_url` is what the laptop keeps for the direct
    check-in (default: the office URL; "" for a package check-out)."""
    engine = make_engine(office) if isinstance(office, str) else office
    path = sqlite_path(laptop_url)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(path)
    private_key, public_key = new_signing_key()
    new_uow = uow_factory(engine)
    try:
        with new_uow() as uow:
            manifest: CheckoutManifest = commands.run(
                "sync.check_out", Deferred(uow), actor_id=actor_id, user_id=user_id, cases=tuple(cases),
                intake=tuple(intake), mediation=tuple(mediation), mine=mine, laptop_name=laptop_name,
                until=until, numbers=dict(numbers or {}), laptop_public_key=public_key, now=now)
            selection = Selection(office_id=manifest.office_id, cases=manifest.ids("case"),
                                  intake=manifest.ids("intake"), mediation=manifest.ids("mediation"),
                                  user_id=manifest.user_id, checkout_id=manifest.checkout_id)
            state = {"checkout_id": manifest.checkout_id, "office_id": manifest.office_id,
                     "office_name": manifest.office_name,
                     "office_url": _kept_url(engine) if office_url is None else office_url,
                     "user_id": manifest.user_id, "laptop_name": manifest.laptop_name, "private_key": private_key,
                     "package_key": manifest.package_key, "checked_out_at": now, "until": manifest.until,
                     "last_checkin_at": None}
            copy_records(uow.session.connection(), laptop_url, selection, passphrase=passphrase, state=state)
            uow.commit()
    except BaseException:
        _remove(path)
        raise
    finally:
        if isinstance(office, str):
            engine.dispose()
    return CheckoutResult(manifest, laptop_url, str(path), bool(passphrase), public_key)


def _kept_url(engine: Engine) -> str:
    """The office URL the laptop keeps: an encrypted office file as a plain sqlite URL (its raw key never leaves
    the office; the passphrase is asked at check-in), a server URL as it is (in the laptop file, itself meant to
    be encrypted)."""
    url = engine.url
    if url.drivername.startswith("sqlite"):
        return f"sqlite:///{Path(url.database).resolve().as_posix()}" if url.database else ""
    return url.render_as_string(hide_password=False)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = ["check_out_to"]
