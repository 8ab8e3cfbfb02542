"""The support log: a rotating file in the user log directory, with no personal data.

Messages name what happened with ids, table names and file names only, never a person's name,
phone or notes. Uncaught errors are logged by type and code location without their message
(a database error's message can quote the values it refused).
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.config import log_dir

LOG_FILE = "coopactives.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 5
_handler: RotatingFileHandler | None = None


def setup_logging() -> Path | None:
    """Log the app's own loggers ("coopactives.*") to the rotating file; returns its path.
    Logging never stops the app: an unwritable folder only means no log."""
    global _handler
    logger = logging.getLogger("coopactives")
    if _handler is not None:
        return Path(_handler.baseFilename)
    try:
        path = log_dir() / LOG_FILE
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler = handler
    sys.excepthook = _log_uncaught
    return path


def close_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger("coopactives").removeHandler(_handler)
        _handler.close()
        _handler = None
        sys.excepthook = sys.__excepthook__


def log_crash(kind: type, tb, what: str = "uncaught") -> None:
    """Log where an exception happened: places only (no source line, no message), so that no
    personal data reaches the log."""
    frames = traceback.extract_tb(tb)[-8:]
    where = "\n".join(f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames)
    logging.getLogger("coopactives.crash").error("%s %s\n%s", what, kind.__name__, where)


def _log_uncaught(kind, error, tb) -> None:
    log_crash(kind, tb)
    sys.__excepthook__(kind, error, tb)
