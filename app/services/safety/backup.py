"""Backups of the database file: automatic copies kept by rotation, a copy to a USB stick, restore.

Every copy goes through SQLite's online backup API (`app.db.backup_file`), is checked with
`PRAGMA integrity_check`, and only then gets its final name (a half-written copy never looks like a
backup). Automatic copies live in `backups/` beside the database, named
`<stem>-AAAAMMJJ-HHMMSS-<reason>.sqlite3`. A backup belongs to a database when its stem is the
database's and it holds the same unique id (`app.db.database_id`; backups made before ids existed
have none and go by the stem): another database's backups in the same folder are never listed,
rotated away or offered for restore. Rotation keeps every backup of today and the newest of
each of the last 7 days, 4 weeks and 12 months. The date of the last copy to an outside folder is
kept in a small JSON file in `backups/`, not in the database, so that restoring an old backup does
not rewind it.
Works on files, not sessions: the caller closes its Database before `restore_backup`.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import glob
import json
import logging
import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from app.config import backup_dir_for
from app.db import (
    BACKUP_STAMP,
    SQLITE_HEADER,
    backup_file,
    backup_path_for,
    current_revision,
    database_id,
    folder_problem,
    integrity_problem,
    read_only_uri,
    set_database_id,
)
from app.i18n import fill, tr

log = logging.getLogger("coopactives.backup")

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
EXTERNAL_WARNING_DAYS = 7
ROTATED_REASONS = ("demarrage", "fermeture", "manuelle")
# One backup at a time: the day's first runs beside the window (`BackupBeside`), and the one at
# closing, a manual one or a restore waits for it instead of working on the same files at once.
_ONE_AT_A_TIME = threading.RLock()


def one_at_a_time(function):
    """`function` waits for a backup or a restore under way (in another thread) to finish."""

    @functools.wraps(function)
    def waiting(*args, **kwargs):
        with _ONE_AT_A_TIME:
            return function(*args, **kwargs)

    return waiting


# No backup is kept longer than this, whatever its reason (the erase dialog promises 12 months).
MAX_AGE_DAYS = 365
STATE_FILE = "etat-sauvegardes.json"
# <stem>-<stamp>[-<n>]-<reason>.sqlite3: n tells apart two backups made in the same second.
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.sqlite3$"
)


class BackupError(Exception):
    """A backup or a restore could not be made; the message says why, for a person.
    Nothing was changed in the current database when this is raised."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size_bytes: int
    number: int = 1  # 2, 3 … for a second backup made in the same second

    @property
    def reason_label(self) -> str:
        labels = {
            "demarrage": tr("au démarrage", "backup"),
            "fermeture": tr("à la fermeture", "backup"),
            "manuelle": tr("demandée", "backup"),
            "avant-mise-a-jour": tr("avant une mise à jour", "backup"),
            "avant-restauration": tr("avant une restauration", "backup"),
            "endommagee": tr("base endommagée mise de côté", "backup"),
            "cle": tr("sur clé USB", "backup"),
        }
        return labels.get(self.reason, self.reason)


@dataclass(frozen=True)
class BackupCheck:
    """What a file offered for restore holds (it passed every check)."""

    path: Path
    revision: str
    counts: dict[str, int]
    database_id: str | None = None


@dataclass(frozen=True)
class ExternalStatus:
    last_at: dt.datetime | None
    folder: str
    age_days: int | None
    warn: bool


# --- naming and listing ------------------------------------------------------------------------
def parse_backup_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match["stamp"], BACKUP_STAMP)
    except ValueError:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupInfo(path, taken_at, match["reason"], size, int(match["n"] or 1))


def belongs_to(backup_path: Path, db_id: str | None) -> bool:
    """True when the backup holds the database's id (or either has none: made before ids)."""
    if db_id is None:
        return True
    return database_id(backup_path) in (None, db_id)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of this database (its stem and its id), newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    db_id = database_id(db_path) if db_path.is_file() else None
    found = []
    for path in folder.glob(f"{glob.escape(db_path.stem)}-*.sqlite3"):
        info = parse_backup_name(path)
        if info is None or _NAME.match(path.name)["stem"] != db_path.stem:
            continue
        if belongs_to(path, db_id):
            found.append(info)
    return sorted(found, key=lambda b: (b.taken_at, b.number), reverse=True)


def select_kept(stamps: list[dt.datetime]) -> set[dt.datetime]:
    """Grandfather-father-son: the newest stamp of each of the newest 7 days, 4 ISO weeks and
    12 months that have one."""
    kept: set[dt.datetime] = set()
    for key, count in (
        (lambda s: s.date(), KEEP_DAILY),
        (lambda s: s.isocalendar()[:2], KEEP_WEEKLY),
        (lambda s: (s.year, s.month), KEEP_MONTHLY),
    ):
        seen: list = []
        for stamp in sorted(stamps, reverse=True):
            period = key(stamp)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            kept.add(stamp)
    return kept


def too_old(backup: BackupInfo, now: dt.datetime) -> bool:
    return backup.taken_at < now - dt.timedelta(days=MAX_AGE_DAYS)


def _delete(backups: list[BackupInfo]) -> list[Path]:
    removed = []
    for backup in backups:
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as error:
            log.warning("rotation: cannot delete %s: %s", backup.path.name, error.strerror)
    return removed


def rotate(db_path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps (every backup of today is kept,
    so the morning's copy survives the evening's), and every backup older than 12 months whatever
    its reason (before an update, before a restore, a damaged file set aside); returns the
    deleted files."""
    now = now or dt.datetime.now()
    backups = list_backups(db_path)
    rotated = [b for b in backups if b.reason in ROTATED_REASONS]
    kept = select_kept([b.taken_at for b in rotated])
    doomed = [b for b in rotated if b.taken_at not in kept and b.taken_at.date() != now.date()]
    doomed += [b for b in backups if too_old(b, now) and b not in doomed]
    return _delete(doomed)


def rotate_copies_in(folder: Path, db_path: Path, now: dt.datetime) -> list[Path]:
    """Delete this database's copies older than 12 months in an outside folder (a USB key)."""
    db_id = database_id(db_path) if db_path.is_file() else None
    old = []
    for path in Path(folder).glob(f"{glob.escape(db_path.stem)}-*.sqlite3"):
        info = parse_backup_name(path)
        if info is None or _NAME.match(path.name)["stem"] != db_path.stem:
            continue
        if too_old(info, now) and belongs_to(path, db_id):
            old.append(info)
    return _delete(old)


def backups_holding(db_path: Path, person_id: int) -> list[BackupInfo]:
    """This database's backups (in `backups/`, and on the last USB key if it is plugged in) that
    still hold the person's name, oldest first."""
    current = _person_name(db_path, person_id)
    if current is None:
        return []
    found = list_backups(db_path)
    folder = external_status(db_path).folder
    if folder and Path(folder).is_dir():
        found += [
            b
            for b in (parse_backup_name(p) for p in Path(folder).glob("*-cle.sqlite3"))
            if b is not None and belongs_to(b.path, database_id(db_path))
        ]
    holding = [b for b in found if _person_name(b.path, person_id) == current]
    return sorted(holding, key=lambda b: (b.taken_at, b.number))


def _person_name(path: Path, person_id: int) -> tuple[str, str] | None:
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(
            "SELECT first_name, last_name FROM person WHERE id = ?", (person_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def delete_backups(backups: list[BackupInfo]) -> list[Path]:
    """Delete the given backups (the person asked for it, e.g. after erasing someone)."""
    return _delete(backups)


# --- making copies -----------------------------------------------------------------------------
def _failure_message(folder: Path, error: BaseException) -> str:
    full = (isinstance(error, OSError) and error.errno == errno.ENOSPC) or "full" in str(error)
    if full:
        return fill(
            tr(
                "Le disque de « {folder} » est plein : la sauvegarde n'a pas pu être écrite. "
                "Libérez de la place ou choisissez un autre dossier.",
                "backup",
            ),
            folder=folder,
        )
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return fill(
        tr(
            "Impossible d'écrire la sauvegarde dans « {folder} » ({reason}). "
            "Choisissez un autre dossier.",
            "backup",
        ),
        folder=folder,
        reason=reason,
    )


def unused_name(target: Path) -> Path:
    """`target`, or `<stem>-<stamp>-2-<reason>.sqlite3` (3, 4 …) when a backup of the same second
    already has its name: a backup never replaces another."""
    match = _NAME.match(target.name)
    candidate, number = target, 2
    while candidate.exists() or candidate.with_name(candidate.name + ".partiel").exists():
        if match is None:
            candidate = target.with_name(f"{target.stem}-{number}{target.suffix}")
        else:
            name = f"{match['stem']}-{match['stamp']}-{number}-{match['reason']}.sqlite3"
            candidate = target.with_name(name)
        number += 1
    return candidate


def copy_checked(db_path: Path, target: Path) -> Path:
    """Copy the database to `target` (online backup API), check the copy, then name it."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise BackupError(tr("Il n'y a encore rien à sauvegarder.", "backup"))
    folder = target.parent
    problem = folder_problem(folder)
    if problem is not None:
        raise BackupError(_failure_message(folder, OSError(errno.EROFS, problem)))
    damage = integrity_problem(db_path)
    if damage is not None:
        raise BackupError(
            fill(
                tr(
                    "La base de données est endommagée ({detail}) : aucune sauvegarde n'a été "
                    "faite. "
                    "Restaurez la dernière bonne sauvegarde (Fichier › Restaurer une sauvegarde).",
                    "backup",
                ),
                detail=damage,
            )
        )
    target = unused_name(target)
    partial = target.with_name(target.name + ".partiel")
    try:
        backup_file(db_path, partial)
        damage = integrity_problem(partial, full=True)
        if damage is not None:
            raise BackupError(
                fill(
                    tr(
                        "La copie n'est pas saine ({detail}) : la base actuelle est peut-être "
                        "endommagée. Aucune sauvegarde n'a été enregistrée.",
                        "backup",
                    ),
                    detail=damage,
                )
            )
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(_failure_message(folder, error)) from error
    finally:
        for leftover in (
            partial,
            *(partial.with_name(partial.name + end) for end in ("-wal", "-shm")),
        ):
            leftover.unlink(missing_ok=True)
    log.info("backup written: %s (%s)", target.name, folder.name)
    return target


@one_at_a_time
def make_backup(
    db_path: Path, reason: str = "manuelle", now: dt.datetime | None = None
) -> BackupInfo:
    """An automatic or requested backup in `backups/`, then rotation."""
    target = copy_checked(db_path, backup_path_for(db_path, reason, now))
    if reason in ROTATED_REASONS:
        rotate(db_path, now)
    info = parse_backup_name(target)
    assert info is not None
    return info


@one_at_a_time
def backup_if_first_start_today(db_path: Path, now: dt.datetime | None = None) -> BackupInfo | None:
    """At start: a backup if none was made today (the first start of the day)."""
    now = now or dt.datetime.now()
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    for backup in list_backups(db_path):
        if backup.reason in ROTATED_REASONS and backup.taken_at.date() == now.date():
            return None
    return make_backup(db_path, "demarrage", now)


class BackupBeside:
    """The day's first backup in a thread, so that the window answers while it is made (the
    checks and the copy of ten years of data take seconds; SQLite works without Python's lock).
    `done()` says when it has finished; `problem` is then the BackupError's message, if any."""

    def __init__(self, db_path: Path, now: dt.datetime | None = None):
        self.problem: str | None = None
        self._thread = threading.Thread(
            target=self._run, args=(Path(db_path), now), name="backup-at-start", daemon=True
        )
        self._thread.start()

    def _run(self, db_path: Path, now: dt.datetime | None) -> None:
        try:
            backup_if_first_start_today(db_path, now)
        except BackupError as error:
            self.problem = str(error)
        except Exception as error:  # noqa: BLE001 (said to the person, never lost in a thread)
            log.exception("automatic backup at start failed")
            self.problem = str(error) or type(error).__name__

    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self, seconds: float | None = None) -> bool:
        self._thread.join(seconds)
        return self.done()


def backup_at_closing(db_path: Path, now: dt.datetime | None = None) -> BackupInfo:
    return make_backup(db_path, "fermeture", now)


def _state_path(db_path: Path) -> Path:
    return backup_dir_for(db_path) / STATE_FILE


def _read_state(db_path: Path) -> dict:
    try:
        return json.loads(_state_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@one_at_a_time
def external_backup(db_path: Path, folder: Path, now: dt.datetime | None = None) -> Path:
    """A copy in a chosen folder (a USB stick); remembered for the status bar."""
    now = now or dt.datetime.now()
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupError(
            fill(
                tr("Le dossier « {folder} » n'existe pas. Branchez la clé et réessayez.", "backup"),
                folder=folder,
            )
        )
    name = f"{db_path.stem}-{now.strftime(BACKUP_STAMP)}-cle.sqlite3"
    target = copy_checked(db_path, folder / name)
    rotate_copies_in(folder, db_path, now)
    state = _read_state(db_path) | {
        "last_external": now.isoformat(timespec="seconds"),
        "external_folder": str(folder),
    }
    try:
        _state_path(db_path).parent.mkdir(parents=True, exist_ok=True)
        _state_path(db_path).write_text(json.dumps(state), encoding="utf-8")
    except OSError as error:
        log.warning("cannot record the external backup: %s", error.strerror)
    return target


def external_status(db_path: Path, now: dt.datetime | None = None) -> ExternalStatus:
    now = now or dt.datetime.now()
    state = _read_state(db_path)
    try:
        last = dt.datetime.fromisoformat(state["last_external"])
    except (KeyError, TypeError, ValueError):
        return ExternalStatus(None, "", None, True)
    age = max(0, (now.date() - last.date()).days)
    return ExternalStatus(
        last, str(state.get("external_folder", "")), age, age > EXTERNAL_WARNING_DAYS
    )


# --- restore -----------------------------------------------------------------------------------
def _not_a_backup(path: Path) -> BackupError:
    return BackupError(
        fill(tr("« {name} » n'est pas une sauvegarde de Coopér'Actives.", "backup"), name=path.name)
    )


def check_backup(path: Path) -> BackupCheck:
    """Refuse anything but a sound backup made by this or an older version of the app."""
    from alembic.script import ScriptDirectory

    from app.db import alembic_config

    path = Path(path)
    if path.is_dir():
        raise BackupError(
            fill(
                tr("« {name} » est un dossier : choisissez un fichier de sauvegarde.", "backup"),
                name=path.name,
            )
        )
    if not path.is_file():
        raise BackupError(fill(tr("« {name} » n'existe pas.", "backup"), name=path.name))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise BackupError(str(error.strerror)) from error
    if header != SQLITE_HEADER:
        raise _not_a_backup(path)
    damage = integrity_problem(path, full=True)
    if damage is not None:
        raise BackupError(
            fill(
                tr("La sauvegarde « {name} » est endommagée ({detail}).", "backup"),
                name=path.name,
                detail=damage,
            )
        )
    try:
        revision = current_revision(path)
    except sqlite3.Error as error:
        raise _not_a_backup(path) from error
    if revision is None:
        raise _not_a_backup(path)
    try:
        ScriptDirectory.from_config(alembic_config(path)).get_revision(revision)
    except Exception as error:  # alembic raises several kinds for an unknown revision
        raise BackupError(
            fill(
                tr(
                    "La sauvegarde « {name} » vient d'une version plus récente de Coopér'Actives. "
                    "Installez la dernière version pour la restaurer.",
                    "backup",
                ),
                name=path.name,
            )
        ) from error
    return BackupCheck(path, revision, _counts(path), database_id(path))


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        tables = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in ("cohort", "person")
            if name in tables
        }
    finally:
        connection.close()


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of this database that passes `check_backup`."""
    for backup in list_backups(db_path):
        try:
            check_backup(backup.path)
        except BackupError:
            continue
        return backup
    return None


def _set_aside_current(db_path: Path, now: dt.datetime) -> Path | None:
    """Keep the current file before it is replaced: a checked backup, or a raw copy if damaged."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    if integrity_problem(db_path) is None:
        return copy_checked(db_path, backup_path_for(db_path, "avant-restauration", now))
    target = backup_path_for(db_path, "endommagee", now)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(db_path, target)
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                shutil.copy2(side, target.with_name(target.name + suffix))
    except OSError as error:
        raise BackupError(_failure_message(target.parent, error)) from error
    return target


def is_other_database(db_path: Path, check: BackupCheck) -> bool:
    """True when the backup holds another database's id than the file at `db_path`."""
    current = database_id(db_path) if Path(db_path).is_file() else None
    return None not in (current, check.database_id) and current != check.database_id


@one_at_a_time
def restore_backup(
    db_path: Path,
    backup_path: Path,
    now: dt.datetime | None = None,
    other_database: bool = False,
) -> Path | None:
    """Replace the database by a backup. The backup is checked, the current file is kept in
    `backups/` first (its path is returned), and the swap is one rename. The schema is brought up
    to date when the database is next opened. The app's Database must be closed (and its lock
    held by the caller). A backup of another database (another id) is refused unless
    `other_database` says the person chose it knowingly; the restored file keeps the id of the
    file it replaces, so this database's backups stay its own."""
    now = now or dt.datetime.now()
    db_path, backup_path = Path(db_path), Path(backup_path)
    if backup_path.resolve() == db_path.resolve():
        raise BackupError(tr("Ce fichier est la base de données ouverte.", "backup"))
    check = check_backup(backup_path)
    if is_other_database(db_path, check) and not other_database:
        raise BackupError(
            fill(
                tr(
                    "« {name} » est la sauvegarde d'une autre base de données. Rien n'a été "
                    "modifié.",
                    "backup",
                ),
                name=backup_path.name,
            )
        )
    current_id = database_id(db_path) if db_path.is_file() else None
    problem = folder_problem(db_path.parent)
    if problem is not None:
        raise BackupError(
            fill(
                tr(
                    "Impossible d'écrire dans le dossier de la base de données ({reason}). "
                    "Rien n'a été modifié.",
                    "backup",
                ),
                reason=problem,
            )
        )
    kept = _set_aside_current(db_path, now)
    incoming = db_path.with_name(db_path.name + ".restauration")
    try:
        backup_file(backup_path, incoming)
        if integrity_problem(incoming, full=True) is not None:
            raise BackupError(tr("La copie de la sauvegarde n'est pas saine.", "backup"))
        if current_id is not None:
            set_database_id(incoming, current_id)
        _checkpoint_and_drop_journal(db_path)
        os.replace(incoming, db_path)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(_failure_message(db_path.parent, error)) from error
    finally:
        incoming.unlink(missing_ok=True)
    log.info("restored %s (current kept as %s)", backup_path.name, kept.name if kept else "-")
    return kept


def _checkpoint_and_drop_journal(db_path: Path) -> None:
    """Fold the WAL into the old file, then remove it: a stale -wal must never meet the new file."""
    if db_path.exists():
        try:
            connection = sqlite3.connect(db_path)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        except sqlite3.Error:
            pass  # a damaged file: it was copied raw with its -wal in _set_aside_current
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
