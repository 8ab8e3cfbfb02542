"""Deferred modules (`app.deferred_modules`): a stand-in until the first use, then the real module,
whatever the first use is. Each check runs in a fresh interpreter, where nothing imported them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FIRST_USES = {
    "sqlalchemy_then_asyncio_run": """
import sqlalchemy, sqlalchemy.orm
from sqlalchemy.util import concurrency
assert type(sys.modules["asyncio"]).__name__ == "_StandIn"

async def answer():
    return 42

coroutine = answer()
assert concurrency.iscoroutine(coroutine)  # the function SQLAlchemy bound at its import
import asyncio
assert asyncio.run(coroutine) == 42
assert type(sys.modules["asyncio"]) is type(sys)
""",
    "a_submodule_before_its_package": """
import asyncio.events
import asyncio
assert asyncio.events is sys.modules["asyncio.events"]
assert asyncio.AbstractEventLoop is asyncio.events.AbstractEventLoop  # imported once
assert asyncio.run(asyncio.sleep(0, "ok")) == "ok"
""",
    "star_import": """
from asyncio import *
assert run(sleep(0, 7)) == 7 and Lock is sys.modules["asyncio"].Lock
""",
    "metadata": """
from importlib import metadata
assert metadata.version("sqlalchemy") == sqlalchemy_version
""",
    "pillow_through_reportlab": """
import io
from PIL import Image as early
from reportlab.lib.utils import ImageReader
buffer = io.BytesIO()
early.new("RGB", (3, 2), "red").save(buffer, "PNG")
assert ImageReader(io.BytesIO(buffer.getvalue())).getSize() == (3, 2)
""",
}


@pytest.mark.parametrize("use", sorted(FIRST_USES))
def test_a_deferred_module_works_at_its_first_use(use):
    import sqlalchemy

    script = (
        "import sys\n"
        f"sqlalchemy_version = {sqlalchemy.__version__!r}\n"
        "from app.deferred_modules import DEFERRED, defer\n"
        "defer()\n"
        "assert all(type(sys.modules[name]).__name__ == '_StandIn' for name in DEFERRED)\n"
        + FIRST_USES[use]
        + "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "ok", result.stderr[-1500:]


def test_a_module_already_imported_is_left_as_it_is():
    script = (
        "import sys, asyncio\n"
        "from app.deferred_modules import defer\n"
        "defer()\n"
        "assert sys.modules['asyncio'] is asyncio\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.strip() == "ok", result.stderr[-1500:]
