"""Unit of work: one Session per user gesture, explicit commit, rollback by default."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ipcase.audit import capture as audit_capture
from ipcase.db import column_limits
from ipcase.errors import ConcurrentModification, DatabaseBusy


class UnitOfWork:
    def __init__(self, session_factory: Callable[[], Session]):
        self._factory = session_factory
        self.session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            self.session.rollback()
        finally:
            self.session.close()
            self.session = None
        if isinstance(exc, OperationalError) and "locked" in str(exc).lower():
            raise DatabaseBusy() from exc
        if isinstance(exc, StaleDataError):
            # Another writer changed the row between our read and our UPDATE (the version check
            # in the UPDATE's WHERE caught it).
            raise ConcurrentModification("case", None, -1, -1) from exc
        return False

    def commit(self) -> None:
        try:
            self.session.commit()
        except OperationalError as e:
            if "locked" in str(e).lower():
                raise DatabaseBusy() from e
            raise


def uow_factory(engine: Engine) -> Callable[[], UnitOfWork]:
    factory = sessionmaker(engine, expire_on_commit=False)
    column_limits.install(factory)  # no over-long or unprintable text reaches either database
    audit_capture.install()  # every change written through a session also goes into the audit chain
    return lambda: UnitOfWork(factory)


__all__ = ["UnitOfWork", "uow_factory"]
