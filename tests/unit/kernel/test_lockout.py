"""Wrong passwords lock an account, each lock in a row twice as long, capped at a day."""
from datetime import datetime, timedelta

from ipcase.domain.lockout import MAX_LOCK, Attempts, after_failure, after_success, is_locked, lock_length

NOW = datetime(2026, 12, 6, 9, 0)


def fail(state, times, now=NOW):
    for _ in range(times):
        state = after_failure(state, now, max_failures=5, lock_minutes=15)
    return state


def test_four_failures_count_the_fifth_locks_for_fifteen_minutes():
    state = fail(Attempts(), 4)
    assert (state.failures, state.locked_until, state.last_failure) == (4, None, NOW)
    state = fail(state, 1)
    assert state == Attempts(0, NOW, NOW + timedelta(minutes=15), 1)
    assert is_locked(state, NOW + timedelta(minutes=14, seconds=59))
    assert not is_locked(state, NOW + timedelta(minutes=15))


def test_repeated_locks_grow_and_stop_at_a_day():
    later = NOW + timedelta(hours=1)
    state = fail(fail(Attempts(), 5), 5, later)
    assert state.lockouts == 2 and state.locked_until == later + timedelta(minutes=30)
    assert lock_length(15, 3) == timedelta(minutes=60)
    assert lock_length(15, 30) == MAX_LOCK
    assert lock_length(15, 0) == timedelta(minutes=15)


def test_success_clears_everything():
    assert after_success() == Attempts()
    assert not is_locked(Attempts(), NOW)
