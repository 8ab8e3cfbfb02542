"""The test run keeps compiled Python outside the checkout when the environment forbids writing
it beside the sources (tests/bytecode_cache.py)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.bytecode_cache import keep_compiled_files_outside_the_tree


def _state():
    return sys.dont_write_bytecode, sys.pycache_prefix


def test_forbidden_bytecode_goes_to_a_folder_outside_the_tree(monkeypatch):
    before = _state()
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.delenv("PYTHONPYCACHEPREFIX", raising=False)
    try:
        keep_compiled_files_outside_the_tree()
        prefix = Path(os.environ["PYTHONPYCACHEPREFIX"])
        assert "PYTHONDONTWRITEBYTECODE" not in os.environ  # the child processes write it too
        assert sys.dont_write_bytecode is False and sys.pycache_prefix == str(prefix)
        assert prefix.parent == Path(tempfile.gettempdir())
        assert not prefix.is_relative_to(Path(__file__).resolve().parents[1])
    finally:
        sys.dont_write_bytecode, sys.pycache_prefix = before


def test_a_chosen_folder_or_the_usual_bytecode_is_left_alone(monkeypatch):
    before = _state()
    try:
        monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
        monkeypatch.setenv("PYTHONPYCACHEPREFIX", "/somewhere/chosen")
        keep_compiled_files_outside_the_tree()
        assert os.environ["PYTHONPYCACHEPREFIX"] == "/somewhere/chosen"
        assert os.environ["PYTHONDONTWRITEBYTECODE"] == "1"
        monkeypatch.delenv("PYTHONDONTWRITEBYTECODE")
        monkeypatch.delenv("PYTHONPYCACHEPREFIX")
        keep_compiled_files_outside_the_tree()
        assert "PYTHONPYCACHEPREFIX" not in os.environ
        assert _state() == before
    finally:
        sys.dont_write_bytecode, sys.pycache_prefix = before
