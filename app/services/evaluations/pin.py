"""The coordinator's PIN that guards evaluations on the shared laptop.

The PIN is stored as a salted scrypt hash (hashlib.scrypt, random 16-byte salt) in the settings
table, set at first use. Five wrong PINs in a row block any try for a minute; the count, the time
of the last failure and the length of the block are stored too, so the command line and the window
share them. A check takes the database's write lock before it reads the count (`_lock_failures`),
so parallel tries are counted one after the other, never lost. The block is a duration from the
last failure, never more than `BLOCK_SECONDS` from now: a clock set wrong cannot block for years.
`PinGate` keeps the unlocked state of one screen and locks it again after 5 minutes without
activity. Every function that needs the time takes a `clock` (seconds, like time.time) so tests
can move time by hand.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.i18n import fill, tr, tr_n
from app.models.settings import Setting
from app.services.errors import ValidationError
from app.services.settings import get_setting, set_setting

PIN_KEY = "evaluations.pin"
FAILURES_KEY = "evaluations.pin_failures"
MIN_DIGITS, MAX_DIGITS = 4, 12
MAX_WRONG = 5
BLOCK_SECONDS = 60
IDLE_LOCK_SECONDS = 5 * 60
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1

Clock = Callable[[], float]


def check_pin_format(pin: str | None, field: str = "pin") -> str:
    """A PIN of 4 to 12 digits, else a clear message."""
    text = (pin or "").strip()
    if not text:
        raise ValidationError(field, tr("Tapez le code PIN.", "evaluation"))
    if not text.isdigit() or not text.isascii():
        raise ValidationError(field, tr("Le code PIN ne contient que des chiffres.", "evaluation"))
    if len(text) < MIN_DIGITS:
        raise ValidationError(
            field, fill(tr("Le code PIN a au moins {n} chiffres.", "evaluation"), n=MIN_DIGITS)
        )
    if len(text) > MAX_DIGITS:
        raise ValidationError(
            field, fill(tr("Le code PIN a au plus {n} chiffres.", "evaluation"), n=MAX_DIGITS)
        )
    return text


def hash_pin(pin: str, salt: bytes | None = None) -> dict:
    """The stored form of a PIN: salt and scrypt hash in hex, with scrypt's parameters."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return {"salt": salt.hex(), "hash": digest.hex(), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}


def pin_matches(pin: str, stored: dict) -> bool:
    digest = hashlib.scrypt(
        pin.encode("utf-8"),
        salt=bytes.fromhex(stored["salt"]),
        n=int(stored["n"]),
        r=int(stored["r"]),
        p=int(stored["p"]),
        dklen=len(bytes.fromhex(stored["hash"])),
    )
    return hmac.compare_digest(digest.hex(), stored["hash"])


def is_pin_set(session: Session) -> bool:
    return bool(get_setting(session, PIN_KEY))


def set_pin(session: Session, new_pin: str, repeat: str, old_pin: str | None = None) -> None:
    """Choose the PIN (first use) or change it (the old PIN is asked then)."""
    if is_pin_set(session):
        stored = get_setting(session, PIN_KEY)
        if not old_pin or not pin_matches(old_pin.strip(), stored):
            raise ValidationError(
                "old_pin", tr("L'ancien code PIN n'est pas correct.", "evaluation")
            )
    clean = check_pin_format(new_pin, "pin")
    if (repeat or "").strip() != clean:
        raise ValidationError("repeat", tr("Les deux codes ne sont pas les mêmes.", "evaluation"))
    set_setting(session, PIN_KEY, hash_pin(clean))


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    message: str = ""
    blocked_seconds: int = 0  # > 0: no try is accepted for this long
    tries_left: int = MAX_WRONG


def blocked_for(session: Session, clock: Clock = time.time) -> int:
    """Seconds left before the PIN may be tried again (0: it may be tried now), at most
    BLOCK_SECONDS whatever the clock says."""
    failures = get_setting(session, FAILURES_KEY)
    block = min(float(failures.get("block_seconds", 0)), BLOCK_SECONDS)
    elapsed = max(0.0, clock() - float(failures.get("last_failure", 0)))
    return max(0, int(block - elapsed + 0.999))


def _lock_failures(session: Session) -> None:
    """Take the write lock before reading the count (an UPDATE that changes nothing: SQLite's
    write lock, PostgreSQL's row lock), then read the count afresh: parallel tries wait for each
    other and each one is counted."""
    session.execute(
        update(Setting)
        .where(Setting.key == FAILURES_KEY)
        .values(value_json=Setting.value_json)
        .execution_options(synchronize_session=False)
    )
    if session.get(Setting, FAILURES_KEY, populate_existing=True) is None:
        set_setting(session, FAILURES_KEY, {"count": 0})


def _rebase_if_clock_went_back(session: Session, clock: Clock) -> None:
    """A last failure "in the future" means the clock was put back: the block restarts from now
    (so it still ends BLOCK_SECONDS later, not when the clock reaches the old time)."""
    failures = dict(get_setting(session, FAILURES_KEY))
    if float(failures.get("last_failure", 0)) > clock():
        set_setting(session, FAILURES_KEY, failures | {"last_failure": clock()})


def verify_pin(session: Session, pin: str | None, clock: Clock = time.time) -> PinCheck:
    """Check a typed PIN; counts wrong ones, and blocks tries for a minute after five."""
    if not is_pin_set(session):
        return PinCheck(False, tr("Aucun code PIN n'est encore choisi.", "evaluation"))
    _lock_failures(session)
    _rebase_if_clock_went_back(session, clock)
    wait = blocked_for(session, clock)
    if wait:
        return PinCheck(False, _blocked_message(wait), wait, 0)
    try:
        clean = check_pin_format(pin)
    except ValidationError as error:
        return PinCheck(False, error.message)
    failures = dict(get_setting(session, FAILURES_KEY))
    if pin_matches(clean, get_setting(session, PIN_KEY)):
        set_setting(session, FAILURES_KEY, {"count": 0})
        return PinCheck(True)
    count = int(failures.get("count", 0)) + 1
    if count >= MAX_WRONG:
        set_setting(
            session,
            FAILURES_KEY,
            {"count": 0, "last_failure": clock(), "block_seconds": BLOCK_SECONDS},
        )
        return PinCheck(False, _blocked_message(BLOCK_SECONDS), BLOCK_SECONDS, 0)
    set_setting(session, FAILURES_KEY, {"count": count, "last_failure": clock()})
    left = MAX_WRONG - count
    return PinCheck(
        False,
        tr_n("Code PIN faux. Encore %n essai(s).", "evaluation", left),
        tries_left=left,
    )


def _blocked_message(seconds: int) -> str:
    return fill(
        tr("Trop d'essais faux. Attendez {n} secondes avant de réessayer.", "evaluation"), n=seconds
    )


class PinGate:
    """The unlocked state of the Evaluations screen: open after a good PIN, closed again after
    `idle_seconds` without `touch()`, or when `lock()` is called (e.g. leaving the tab)."""

    def __init__(self, clock: Clock = time.monotonic, idle_seconds: float = IDLE_LOCK_SECONDS):
        self.clock = clock
        self.idle_seconds = idle_seconds
        self._unlocked_at: float | None = None
        self._last_activity = 0.0

    def open(self) -> None:
        self._unlocked_at = self._last_activity = self.clock()

    def lock(self) -> None:
        self._unlocked_at = None

    def touch(self) -> None:
        if self.is_open():
            self._last_activity = self.clock()

    def is_open(self) -> bool:
        if self._unlocked_at is None:
            return False
        if self.clock() - self._last_activity >= self.idle_seconds:
            self._unlocked_at = None
            return False
        return True
