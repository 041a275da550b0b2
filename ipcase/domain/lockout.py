"""Wrong passwords lock an account for a while, longer each time it happens again.

The state is stored on the account (ipcase.db.models.admin.User), so another window or machine sees the same
count; these pure functions say what the next state is. A correct password clears everything.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

MAX_LOCK = timedelta(days=1)   # a lock grows no further than this: the administrator can still unlock sooner


@dataclass(frozen=True)
class Attempts:
    failures: int = 0                      # wrong passwords since the last success or lock
    last_failure: datetime | None = None
    locked_until: datetime | None = None
    lockouts: int = 0                      # locks in a row without a successful login between them


def is_locked(state: Attempts, now: datetime) -> bool:
    return state.locked_until is not None and now < state.locked_until


def lock_length(lock_minutes: int, lockouts: int) -> timedelta:
    """The `lockouts`-th lock in a row lasts lock_minutes × 2^(lockouts-1), at most a day."""
    return min(timedelta(minutes=lock_minutes) * 2 ** max(lockouts - 1, 0), MAX_LOCK)


def after_failure(state: Attempts, now: datetime, *, max_failures: int, lock_minutes: int) -> Attempts:
    """The state after one more wrong password. Reaching `max_failures` locks the account and starts the count
    again, so the next lock needs as many failures again (and lasts twice as long)."""
    failures = state.failures + 1
    if failures >= max_failures:
        lockouts = state.lockouts + 1
        return Attempts(0, now, now + lock_length(lock_minutes, lockouts), lockouts)
    return Attempts(failures, now, state.locked_until, state.lockouts)


def after_success() -> Attempts:
    return Attempts()
