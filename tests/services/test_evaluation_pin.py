"""The coordinator's PIN: salted scrypt hash, format rules, five wrong tries, idle lock."""

from __future__ import annotations

import hashlib

import pytest

from app.services.errors import ValidationError
from app.services.evaluations import pin
from app.services.settings import get_setting


class FakeClock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_hash_is_salted_scrypt():
    salt = bytes(range(16))
    stored = pin.hash_pin("1234", salt)
    expected = hashlib.scrypt(b"1234", salt=salt, n=2**14, r=8, p=1, dklen=32).hex()
    assert stored["hash"] == expected and stored["salt"] == salt.hex()
    assert pin.pin_matches("1234", stored) and not pin.pin_matches("1235", stored)
    assert pin.hash_pin("1234")["hash"] != pin.hash_pin("1234")["hash"]  # random salts


@pytest.mark.parametrize("bad, words", [("", "Tapez"), ("123", "au moins 4"), ("12a4", "chiffres")])
def test_bad_pins_refused_and_nothing_stored(session, bad, words):
    with pytest.raises(ValidationError, match=words):
        pin.set_pin(session, bad, bad)
    assert not pin.is_pin_set(session)


def test_set_pin_stores_no_clear_text_and_change_needs_old(session):
    with pytest.raises(ValidationError, match="pas les mêmes"):
        pin.set_pin(session, "2468", "2469")
    pin.set_pin(session, "2468", "2468")
    assert "2468" not in str(get_setting(session, pin.PIN_KEY))
    with pytest.raises(ValidationError) as error:
        pin.set_pin(session, "1357", "1357", old_pin="0000")
    assert error.value.field == "old_pin"
    pin.set_pin(session, "1357", "1357", old_pin="2468")
    assert pin.verify_pin(session, "1357").ok


def test_five_wrong_pins_block_for_a_minute(session):
    clock = FakeClock()
    pin.set_pin(session, "2468", "2468")
    for left in (4, 3, 2, 1):
        check = pin.verify_pin(session, "0000", clock)
        assert not check.ok and check.tries_left == left
    check = pin.verify_pin(session, "0000", clock)
    assert check.blocked_seconds == 60
    clock.now += 30
    blocked = pin.verify_pin(session, "2468", clock)  # even the right PIN waits
    assert not blocked.ok and blocked.blocked_seconds == 30
    clock.now += 30
    assert pin.verify_pin(session, "2468", clock).ok
    assert pin.verify_pin(session, "0000", clock).tries_left == 4  # counting starts again


def test_gate_locks_after_five_idle_minutes():
    clock = FakeClock()
    gate = pin.PinGate(clock)
    assert not gate.is_open()
    gate.open()
    clock.now += 299
    assert gate.is_open()
    gate.touch()
    clock.now += 299
    assert gate.is_open()
    clock.now += 1
    assert not gate.is_open()
    gate.touch()  # activity after the lock does not reopen it
    assert not gate.is_open()
    gate.open()
    gate.lock()
    assert not gate.is_open()


# --- issue 15 item 9: parallel tries are all counted; a wrong clock blocks a minute at most -----
def test_a_try_made_during_another_is_counted_or_refused(db_path, monkeypatch):
    """Two copies check a wrong PIN at the same moment: before the fix both read the same count
    and one failure was lost."""
    import sqlalchemy

    from app.db import Database

    first, second = Database.open(db_path), Database.open(db_path)

    @sqlalchemy.event.listens_for(second.engine, "connect")
    def short_wait(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA busy_timeout=200")

    with first.session() as session:
        pin.set_pin(session, "2468", "2468")
    real_matches = pin.pin_matches
    outcomes = []

    def matches_while_another_tries(typed, stored):
        monkeypatch.setattr(pin, "pin_matches", real_matches)
        try:
            with second.session() as other:
                outcomes.append(pin.verify_pin(other, "1111").tries_left)
        except sqlalchemy.exc.OperationalError:
            outcomes.append("waited")  # the other try could not run meanwhile: nothing lost
        return real_matches(typed, stored)

    monkeypatch.setattr(pin, "pin_matches", matches_while_another_tries)
    try:
        with first.session() as session:
            first_left = pin.verify_pin(session, "0000").tries_left
        with first.session() as session:
            failures = pin.get_setting(session, pin.FAILURES_KEY)["count"]
    finally:
        first.close()
        second.close()
    counted = 1 + sum(1 for outcome in outcomes if outcome != "waited")
    assert failures == counted and first_left == pin.MAX_WRONG - counted


def test_a_clock_set_wrong_blocks_a_minute_at_most(session):
    clock = FakeClock(now=4_000_000_000.0)  # the year 2096, by mistake
    pin.set_pin(session, "2468", "2468")
    for _ in range(pin.MAX_WRONG):
        pin.verify_pin(session, "0000", clock)
    assert pin.blocked_for(session, clock) == pin.BLOCK_SECONDS
    clock.now = 1_800_000_000.0  # the clock is put right: back to 2027
    assert pin.blocked_for(session, clock) <= pin.BLOCK_SECONDS
    assert not pin.verify_pin(session, "2468", clock).ok  # still within the minute
    clock.now += pin.BLOCK_SECONDS
    assert pin.blocked_for(session, clock) == 0
    assert pin.verify_pin(session, "2468", clock).ok
