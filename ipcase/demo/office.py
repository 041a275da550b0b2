"""The demo office a first start fills an empty default database with: the office, one user per role (the
README lists them), then every feature's demo data, built through the real services so every row obeys the
rules. The large generated register for load tests is ipcase/demo/bulk.py."""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import partial

from sqlalchemy import Engine, event

from ipcase.db import aggregates, serve_waiting
from ipcase.demo.builder import DemoBuilder
from ipcase.demo.cases import build_cases
from ipcase.demo.evidence import build_evidence
from ipcase.demo.hearings import build_hearings, build_todays_hearing_record
from ipcase.demo.intake import build_intake
from ipcase.demo.mediation import build_mediation
from ipcase.demo.mediation_cases import build_mediation_cases
from ipcase.demo.past_cases import openings as past_cases
from ipcase.demo.publication import build_publications
from ipcase.demo.recusal import build_recusals
from ipcase.demo.showcase import documented_case, showcase_received
from ipcase.domain.enums import Role
from ipcase.loaders.settings import one_calendar_per_build
from ipcase.progress import Progress
from ipcase.services.admin import auth, setup

DEMO_PASSWORD = "ipcase2026"
# (username, full name, role) — one per role first; the README lists these.
DEMO_USERS = [
    ("admin", "系统管理员", Role.ADMIN),
    ("zhangwei", "张伟", Role.OFFICER),
    ("sunli", "孙丽", Role.CLERK),
    ("wangfang", "王芳", Role.SECTION_HEAD),
    ("liuyang", "刘洋", Role.DEPT_HEAD),
    ("lina", "李娜", Role.OFFICER),
    ("zhaomin", "赵敏", Role.OFFICER),
    ("chengang", "陈刚", Role.OFFICER),
    ("zhoujie", "周杰", Role.CLERK),
    ("huanglei", "黄磊", Role.OFFICER),  # 技术调查官 on some panels
]


def build_demo_office(b: DemoBuilder) -> None:
    # The order matters: each feature's builder picks among what the ones before it made, and all of them
    # draw from the one seeded random source, so the same seed and day give the same demo.
    _office, admin = b.run(setup.create_office, name="某市市场监督管理局（知识产权局）", short_name="某市",
                           admin_username="admin", admin_password=DEMO_PASSWORD,
                           address="某市人民路88号", phone="0571-12345678", postcode="310000",
                           higher_office="某省知识产权局")
    b.users["admin"] = admin
    for username, full_name, role in DEMO_USERS[1:]:
        b.users[username] = b.run(auth.create_user, actor_id=admin.id, username=username,
                                  full_name=full_name, role=role, password=DEMO_PASSWORD)
    features = [
        build_intake,   # the intake register, after the cases it refers to
        build_evidence,   # evidence registers and investigation records of open cases
        build_mediation,   # settlement talks, agreements (signed, pending, reneged), D21 and instalments
        build_hearings,   # hearing rooms; the scheduled hearings entered in the register, today's hearings
        build_mediation_cases,   # stand-alone mediation cases and the pool of mediators
        build_recusals,   # recusal applications (granted, rejected, pending)
        build_todays_hearing_record,   # the record of today's first hearing being written
        build_publications,   # one ruling published with its masks, the newest with its D13 open (publication)
    ]
    b.progress.plan(FEATURE_UNITS * len(features))
    # the register's cases, the one finished case with its whole paper trail and the year's finished cases
    # (written as rows: past_cases), 案号 in the order of 立案
    build_cases(b, more=[(showcase_received(b), partial(documented_case, b)), *past_cases(b)])
    for build in features:
        build(b)
        b.progress.advance(FEATURE_UNITS, text=build.__name__.removeprefix("build_"))


# What one feature's builder weighs on the progress bar against one case's half (BuildProgress): together they
# took ≈ 15 % of a build whose ≈ 200 cases took the rest.
FEATURE_UNITS = 8


def ensure_demo_database(new_uow: Callable, *, today: date, now: datetime | None = None,
                         seed: int = 20261121, progress: Progress | None = None) -> bool:
    """Fill an empty database with the demo office, users and cases; False if it already had data.
    `progress(done, total, text)` hears of the build's steps, a few dozen times in all (BuildProgress)."""
    with new_uow() as uow:
        if setup.is_initialised(uow):
            return False
        engine = uow.session.get_bind()
    # the ten demo accounts share DEMO_PASSWORD (published in the README): one argon2 hash for all of them
    # (auth.one_hash_per_password says why this is for the demo only)
    # ≈ 700 commits: the dashboard aggregates (13 % of the build) and the 待送达 rows (5 %) are built once at the
    # end, not refreshed at each; the holidays (the demo writes none) are read once, not per unit of work (3 %)
    with unhurried_commits(engine), auth.one_hash_per_password(), aggregates.deferred(engine, now=now), \
            serve_waiting.deferred(engine), one_calendar_per_build(), fewer_collections():
        b = DemoBuilder(new_uow, today, seed, now, progress)
        build_demo_office(b)
        b.pending.commit()
    return True


@contextmanager
def fewer_collections() -> Iterator[None]:
    """The cyclic garbage collector's young generation collected every 50,000 allocations instead of every 700
    while the demo is built, the previous thresholds back after it. The build makes millions of short-lived ORM
    and SQL objects, few of them in cycles: the frequent passes cost ≈ 5–10 % of its CPU (alternating runs on this
    machine: 27.0 s against 28.9 s), for ≈ 11 MB more at its peak. Nothing is kept: what a pass would free is freed
    by a later one. Process-wide while it lasts (the demo is built at a first start, before any window works)."""
    old = gc.get_threshold()
    gc.set_threshold(BUILD_GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


BUILD_GC_THRESHOLD = 50_000


@contextmanager
def unhurried_commits(engine: Engine) -> Iterator[None]:
    """SQLite in WAL mode with `synchronous=NORMAL` while the demo is built: a commit no longer waits for the
    disk (about 800 of them), and the database stays consistent if the machine stops — at worst the last
    commits are lost, and a demo is rebuilt in a new database anyway. Each connection gets its own setting
    back when it returns to the pool; other databases are left as they are."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        yield
        return

    def relax(dbapi_conn, record, _proxy) -> None:
        cur = dbapi_conn.cursor()
        record.info.setdefault(_SYNC, cur.execute("PRAGMA synchronous").fetchone()[0])
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    def restore(dbapi_conn, record) -> None:
        if dbapi_conn is not None and _SYNC in record.info:
            dbapi_conn.execute(f"PRAGMA synchronous={int(record.info.pop(_SYNC))}")

    event.listen(engine, "checkout", relax)
    event.listen(engine, "checkin", restore)
    try:
        yield
    finally:
        event.remove(engine, "checkout", relax)
        event.remove(engine, "checkin", restore)


_SYNC = "ipcase.demo.synchronous"
