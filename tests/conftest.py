import os

# Before anything can import Qt: without a display Qt aborts the whole process (TECH_NOTES).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import glob  # noqa: E402
import pwd  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

# --- PostgreSQL server for the test session -------------------------------------------------------
# IPCASE_TEST_PG_URL (any PostgreSQL URL whose user may CREATE DATABASE) wins; otherwise a throwaway
# cluster is started with the local initdb/pg_ctl and deleted at the end. No PostgreSQL: skip the
# pg-parametrized tests on a developer machine, fail them in CI (CI=... set).

PG_URL_ENV = "IPCASE_TEST_PG_URL"


def _pg_unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


def _find_pg_bin() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).resolve().parent
    versions = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    versions.sort(key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0, reverse=True)
    return Path(versions[0]).parent if versions else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _psycopg_url(url: str) -> str:
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


class _Cluster:
    """initdb + pg_ctl in a temp dir, as the postgres user when we are root (initdb refuses root)."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.base = Path(tempfile.mkdtemp(prefix="ipcase-pg-"))  # not under pytest's 0700 tmp tree
        self.data = self.base / "data"
        self.log = self.base / "server.log"
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                self.cleanup()
                raise RuntimeError("running as root and there is no 'postgres' user to run initdb") from None
            if not shutil.which("runuser"):
                self.cleanup()
                raise RuntimeError("running as root and runuser is missing")
            os.chown(self.base, pw.pw_uid, pw.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self.port = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.prefix, *args], cwd=self.base, capture_output=True, text=True,
                              timeout=120, check=False)

    def start(self) -> str:
        initdb = str(self.bin_dir / "initdb")
        common = [initdb, "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8"]
        done = self._run(*common, "--locale=C.UTF-8")
        if done.returncode != 0:  # a system without the C.UTF-8 locale
            shutil.rmtree(self.data, ignore_errors=True)
            done = self._run(*common, "--locale=C")
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{done.stdout}\n{done.stderr}")
        for _attempt in range(3):  # the free port can be taken between probing and binding
            self.port = _free_port()
            options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off"
            done = self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                             "-w", "-t", "60", "-o", options, "start")
            if done.returncode == 0:
                return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
        log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
        raise RuntimeError(f"pg_ctl start failed:\n{done.stdout}\n{done.stderr}\n{log}")

    def stop(self) -> None:
        if self.data.exists():
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self.cleanup()

    def cleanup(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """URL of the maintenance database ("postgres") of a server the tests may create databases on."""
    if url := os.environ.get(PG_URL_ENV):
        url = _psycopg_url(url)
        try:
            engine = sa.create_engine(url, poolclass=NullPool)
            with engine.connect() as conn:
                conn.execute(sa.text("select 1"))
            engine.dispose()
        except Exception as exc:  # an explicit URL that does not work is an error, never a skip
            pytest.fail(f"{PG_URL_ENV}={url!r} does not connect: {exc}", pytrace=False)
        yield url
        return
    bin_dir = _find_pg_bin()
    if bin_dir is None:
        _pg_unavailable("no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin, "
                        f"and {PG_URL_ENV} is not set")
    try:
        cluster = _Cluster(bin_dir)
    except RuntimeError as exc:
        _pg_unavailable(str(exc))
    try:
        url = cluster.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        cluster.stop()
        _pg_unavailable(str(exc))
    try:
        yield url
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_admin_engine(pg_server_url: str) -> Iterator[sa.Engine]:
    engine = sa.create_engine(pg_server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    yield engine
    engine.dispose()


def _create_pg_database(admin: sa.Engine) -> str:
    name = f"t_{uuid.uuid4().hex}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    return name


def _drop_pg_database(admin: sa.Engine, name: str) -> None:
    with admin.connect() as conn:
        conn.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})
        force = " WITH (FORCE)" if conn.dialect.server_version_info >= (13,) else ""
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"{force}'))


# --- database URLs -------------------------------------------------------------------------------
# These give an empty database; the schema is created by the application fixtures below.


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/ipcase.db"


@pytest.fixture(params=[
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="pg", marks=pytest.mark.pg),
])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend: a SQLite file in tmp_path, or a fresh PostgreSQL database
    (dropped afterwards). `pytest -m "not pg"` runs only the SQLite half."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/ipcase.db"
        return
    admin: sa.Engine = request.getfixturevalue("pg_admin_engine")
    name = _create_pg_database(admin)
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_pg_database(admin, name)


# --- application fixtures (lead) -----------------------------------------------------------------

from dataclasses import dataclass  # noqa: E402
from datetime import datetime  # noqa: E402

from argon2 import PasswordHasher  # noqa: E402

NOW = datetime(2026, 11, 2, 9, 30)  # a Monday; 2027 (no official data yet) is three months ahead


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing():
    """Argon2 with its production cost makes every user creation ~50 ms; tests only need it to work."""
    from ipcase.services.admin import auth
    saved = auth._hasher
    auth._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    auth._hasher = saved


def _migrated(url: str):
    from ipcase.db.engine import make_engine
    from ipcase.db.migrate import upgrade_to_head
    engine = make_engine(url)
    upgrade_to_head(engine)
    return engine


# Every test database starts as a copy of one migrated per worker: running the 30-odd migrations for each test
# cost most of the suite's database time (the migrations themselves are tested on empty databases, from db_url).
@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "ipcase.db"
    _migrated(f"sqlite:///{path}").dispose()   # the last connection closed checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists() or \
        path.with_name(path.name + "-wal").stat().st_size == 0, "the template's WAL was not checkpointed"
    return path


@pytest.fixture(scope="session")
def _pg_template(pg_admin_engine) -> Iterator[str]:
    name = _create_pg_database(pg_admin_engine)
    e = _migrated(pg_admin_engine.url.set(database=name).render_as_string(hide_password=False))
    e.dispose()
    yield name
    _drop_pg_database(pg_admin_engine, name)


def _from_template(request: pytest.FixtureRequest, url: str):
    """A migrated database at `url` (whose database db_url/sqlite_url made empty), copied from the template."""
    from ipcase.db.engine import make_engine
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
    else:
        template = request.getfixturevalue("_pg_template")
        admin: sa.Engine = request.getfixturevalue("pg_admin_engine")
        name = sa.engine.make_url(url).database
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE "{name}"'))
            conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    return make_engine(url)


@pytest.fixture
def engine(request, db_url):
    """A migrated database on each backend (SQLite file, PostgreSQL)."""
    e = _from_template(request, db_url)
    yield e
    e.dispose()


@pytest.fixture
def sqlite_engine(request, sqlite_url):
    e = _from_template(request, sqlite_url)
    yield e
    e.dispose()


@pytest.fixture
def new_uow(engine):
    from ipcase.uow import uow_factory
    return uow_factory(engine)


@dataclass
class Staff:
    office: object
    admin: object
    officer: object
    officer2: object
    officer3: object
    clerk: object
    section_head: object
    dept_head: object


def make_staff(new_uow) -> Staff:
    from ipcase.domain.enums import Role
    from ipcase.services.admin import auth, setup
    with new_uow() as uow:
        office, admin = setup.create_office(uow, name="测试市市场监督管理局", short_name="测试市",
                                            admin_username="admin", admin_password="password1")
    people = {}
    for key, username, name, role in [("officer", "zhang", "张伟", Role.OFFICER),
                                      ("officer2", "li", "李娜", Role.OFFICER),
                                      ("officer3", "zhao", "赵敏", Role.OFFICER),
                                      ("clerk", "sun", "孙丽", Role.CLERK),
                                      ("section_head", "wang", "王芳", Role.SECTION_HEAD),
                                      ("dept_head", "liu", "刘洋", Role.DEPT_HEAD)]:
        with new_uow() as uow:
            people[key] = auth.create_user(uow, actor_id=admin.id, username=username, full_name=name, role=role,
                                           password="password1")
    return Staff(office=office, admin=admin, **people)


@pytest.fixture
def staff(new_uow) -> Staff:
    return make_staff(new_uow)


# --- the demo office (H1, issue 16) --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory) -> Path:
    """The demo office built ONCE per test session (per xdist worker) on demo_helpers.DEMO_TODAY; never open it
    directly — take `demo_copy`, so no test sees another's writes."""
    from demo_helpers import build_demo_file
    return build_demo_file(tmp_path_factory.mktemp("demo-built") / "demo.db")


@pytest.fixture
def demo_copy(demo_database, tmp_path) -> Path:
    """A fresh copy of the session's demo database for one test (the file's path)."""
    from demo_helpers import copy_demo_file
    return copy_demo_file(demo_database, tmp_path / "demo.db")
