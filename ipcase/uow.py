"""Unit of work: one Session per user gesture, explicit commit, rollback by default."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ipcase.audit import capture as audit_capture
from ipcase.db import aggregates, column_limits, interrupt, office_scope, prepared, serve_waiting
from ipcase.db.engine import READ_ONLY, begin_reading
from ipcase.db.storage import classify
from ipcase.errors import ConcurrentModification, DatabaseBusy, IpcaseError
from ipcase.sync import guard as sync_guard
from ipcase.sync import outbox as sync_outbox
from ipcase.sync import read_only as sync_read_only


class UnitOfWork:
    """With a `viewer_id` (the logged-in user of a window) every read and write of the unit of work is scoped to
    what that user's office may see and change (ipcase.db.office_scope); the user is read again at each unit of
    work, so a deactivated account is refused at its next action (`AccountRevoked`). Without one the unit of work
    is unscoped until a service names its actor; with neither it is system work (start-up, init, demo)."""

    def __init__(self, session_factory: Callable[..., Session], viewer_id: int | None = None, *,
                 read_only: bool = False):
        self._factory = session_factory
        self.viewer_id = viewer_id
        self.read_only = read_only
        self._session: Session | None = None
        self._connection: Connection | None = None   # a read-only unit's lane (connection()) before any Session
        self._offices: tuple | None = None
        self._open = False

    @property
    def session(self) -> Session | None:
        """The unit of work's Session (bound to the viewer). A read-only unit opens it at its first use, on the
        connection its lane already reads in (the same transaction, the same snapshot)."""
        if self._session is None and self._open:
            if self._connection is not None and self._connection.dialect.name == "postgresql":
                # the lane read in autocommit (connection()); the Session's work runs in a transaction as
                # everywhere else (e.g. a server-side cursor needs one): psycopg sends BEGIN before its first
                # statement, the unit's end rolls it back
                self._connection.connection.driver_connection.autocommit = False
            session = self._factory(bind=self._connection) if self._connection is not None else self._factory()
            if self.viewer_id is not None:
                try:
                    office_scope.bind_viewer(session, self.viewer_id)
                except BaseException:
                    session.close()
                    raise
            self._session = session
        return self._session

    def connection(self) -> Connection:
        """The connection the unit of work reads in. A read-only unit (a list's page, count or search) reads on it
        without a Session: opening a Session, its BEGIN and the scope read through it cost more than a rare
        search's index probe (issue 19). A Session opened later joins the same transaction."""
        if self._session is not None or not self.read_only:
            return self.session.connection()
        if self._connection is None:
            connection = self._reader_engine().connect()
            try:
                if connection.dialect.name == "postgresql":
                    # PostgreSQL: the lane reads in autocommit — no BEGIN before its first read, no ROLLBACK at its
                    # end (two of a rare search's six round trips, issue 19, G19b). The rows are the same: under
                    # READ COMMITTED (the server's default, which the application never changes) each statement of
                    # a transaction takes its own snapshot anyway, and the lane never writes. A Session opened later
                    # reads on the same connection. The pool restores the connection's isolation level on return.
                    connection.execution_options(isolation_level="AUTOCOMMIT")
                    connection.begin()
                else:
                    begin_reading(connection)   # SQLite: a deferred BEGIN on the driver (ipcase.db.engine)
            except BaseException:
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def readable_offices(self) -> tuple[int, ...] | None:
        """office_scope.readable_offices of this unit of work (None: every office). A read-only unit without a
        Session reads the viewer in its transaction with the very statement and rule bind_viewer uses — a
        deactivated or removed account is refused here too (AccountRevoked) — once per unit of work."""
        if self._session is not None or not self.read_only or self.viewer_id is None:
            return office_scope.readable_offices(self.session)
        if self._offices is None:
            found = prepared.rows(self.connection(), office_scope.VIEWER_INPUTS, {"viewer_id": self.viewer_id},
                                  keep_plan=True)
            self._offices = (office_scope.readable_from(found, self.viewer_id),)
        return self._offices[0]

    def _reader_engine(self) -> Engine:
        return self._factory.kw["bind"]

    def __enter__(self) -> UnitOfWork:
        self._open = True
        if not self.read_only:
            try:
                self.session  # noqa: B018 — a writing unit binds its viewer at once (AccountRevoked before any work)
            except BaseException:
                self._open = False
                raise
        return self

    def __exit__(self, exc_type, exc, tb):
        session, connection = self._session, self._connection
        bind = session.get_bind() if session is not None else self._reader_engine()
        try:
            if session is not None:
                try:
                    session.rollback()
                finally:
                    session.close()
        finally:
            if connection is not None:
                connection.close()   # its transaction rolls back: a read-only unit wrote nothing
            self._session = self._connection = self._offices = None
            self._open = False
        if self.read_only and isinstance(exc, OperationalError) and "readonly" in str(exc).lower():
            # SQLite's query_only refused a write: a read-only unit of work wrote (a programming error), not a
            # read-only database file (ipcase.db.storage would say so).
            raise ReadOnlyUnitOfWork("a read-only unit of work (uow_factory: read_only=True) does not write") from exc
        if exc is not None and not isinstance(exc, IpcaseError):
            # A full disk, a read-only or damaged file, a server gone: say so, naming the database.
            failed = classify(exc, bind.engine.url.render_as_string(hide_password=True))
            if failed is not None:
                raise failed from exc
        if isinstance(exc, OperationalError) and "locked" in str(exc).lower():
            raise DatabaseBusy() from exc
        if isinstance(exc, StaleDataError):
            # Another writer changed the row between our read and our UPDATE (the version check
            # in the UPDATE's WHERE caught it).
            raise ConcurrentModification("case", None, -1, -1) from exc
        return False

    def interruptible(self, cancel):
        """A context in which this unit of work's statements stop when `cancel` (a CancelToken) is cancelled,
        raising ipcase.progress.Cancelled (ipcase.db.interrupt)."""
        # a read-only unit: its connection (its lane reads without a Session); nothing is opened for no token
        target = None if cancel is None else self.connection() if self.read_only else self.session
        return interrupt.interruptible(target, cancel)

    def commit(self) -> None:
        try:
            self.session.commit()
        except OperationalError as e:
            if "locked" in str(e).lower():
                raise DatabaseBusy() from e
            raise


class ReadOnlyUnitOfWork(RuntimeError):
    """Raised when a read-only unit of work is asked to write: a programming error (see uow_factory)."""


def _refuse_flush(session, _context, _instances):
    raise ReadOnlyUnitOfWork("a read-only unit of work (uow_factory: read_only=True) does not write")


def uow_factory(engine: Engine, viewer_id: int | None = None) -> Callable[..., UnitOfWork]:
    """`new_uow()` opens a unit of work (bound to `viewer_id` when given); `new_uow(viewer_id=…)` binds one.
    `new_uow(read_only=True)`: a unit of work that only reads (a list's page, count or search: ui's
    `ctx.db_query`). On SQLite it begins DEFERRED instead of IMMEDIATE (ipcase.db.engine): it waits for no writer
    (WAL: it reads the last commit beside one) and, reading a consistent snapshot, it behaves as before otherwise;
    its session refuses to flush (on both backends), so it can never need the write lock."""
    factory = sessionmaker(engine, expire_on_commit=False)
    reader = sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
    event.listen(reader, "before_flush", _refuse_flush)
    column_limits.install(factory)  # no over-long or unprintable text reaches either database
    audit_capture.install()  # every change written through a session also goes into the audit chain
    aggregates.install()  # and the dashboard's aggregates follow it in the same transaction (issue 19)
    serve_waiting.install()  # so does 文书 › 待送达 (issue 19, ipcase.db.serve_waiting)
    sync_guard.install()  # a record lent to a field laptop changes only by its check-in (issue 14)
    sync_outbox.install()  # on a laptop copy: local ids, reserved numbers, every command into the outbox (issue 14)
    sync_read_only.install()  # a copy opened from a 移送/meeting package: no user gesture changes it (issue 14)
    return lambda viewer_id=viewer_id, read_only=False: UnitOfWork(reader if read_only else factory, viewer_id,
                                                                   read_only=read_only)


__all__ = ["ReadOnlyUnitOfWork", "UnitOfWork", "uow_factory"]
