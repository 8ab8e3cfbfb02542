"""The template databases are kept between runs only for the same inputs
(tests/template_cache.py)."""

from __future__ import annotations

import os
import time

import pytest

from tests import template_cache


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """A source tree of its own and a folder of kept files of its own."""
    root = tmp_path / "checkout"
    for name, text in {
        "app/demo/seed.py": "SEED = 1\n",
        "app/ui/window.py": "TITLE = 'a'\n",
        "migrations/versions/0001_start.py": "revision = '0001'\n",
        "resources/sheet.json": "{}\n",
        "uv.lock": "version = 1\n",
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    monkeypatch.setattr(template_cache, "ROOT", root)
    monkeypatch.setattr(template_cache, "folder", lambda: tmp_path / "kept")
    template_cache.inputs_key.cache_clear()
    yield root
    template_cache.inputs_key.cache_clear()


def _key() -> str:
    template_cache.inputs_key.cache_clear()
    return template_cache.inputs_key()


def test_a_template_is_built_once_and_copied_in_the_next_run(tree, tmp_path):
    builds = []

    def build(path):
        builds.append(path)
        path.write_bytes(b"demo " + str(len(builds)).encode())

    first, second = tmp_path / "run1.sqlite3", tmp_path / "run2.sqlite3"
    template_cache.kept_between_runs("demo.sqlite3", build)(first)
    template_cache.kept_between_runs("demo.sqlite3", build)(second)
    assert builds == [first]
    assert second.read_bytes() == b"demo 1"
    kept = sorted(p.name for p in (tmp_path / "kept").iterdir())
    assert kept == [f"demo-{template_cache.inputs_key()}.sqlite3"]  # no partial file left


def test_the_key_follows_the_code_the_migrations_resources_and_libraries(tree):
    start = _key()
    for name in ("app/demo/seed.py", "migrations/versions/0001_start.py", "resources/sheet.json"):
        (tree / name).write_text((tree / name).read_text() + "# changed\n")
        changed = _key()
        assert changed != start, name
        start = changed
    (tree / "uv.lock").write_text("version = 2\n")
    assert _key() != start


def test_the_interface_and_compiled_files_are_not_inputs(tree):
    start = _key()
    (tree / "app/ui/window.py").write_text("TITLE = 'b'\n")
    (tree / "app/demo/__pycache__").mkdir()
    (tree / "app/demo/__pycache__/seed.cpython-311.pyc").write_bytes(b"\0")
    assert _key() == start


def test_a_new_day_makes_a_new_key(tree, monkeypatch):
    import datetime as dt

    class Tomorrow(dt.date):
        @classmethod
        def today(cls):
            return dt.date(2099, 1, 2)

    start = _key()
    monkeypatch.setattr(template_cache, "date", Tomorrow)
    assert _key() != start


def test_files_older_than_two_days_are_removed_when_a_template_is_kept(tree, tmp_path):
    kept = tmp_path / "kept"
    kept.mkdir()
    old, recent = kept / "demo-old.sqlite3", kept / "empty-recent.sqlite3"
    old.write_bytes(b"old")
    recent.write_bytes(b"recent")
    three_days_ago = time.time() - 3 * 86400
    os.utime(old, (three_days_ago, three_days_ago))
    template_cache.kept_between_runs("demo.sqlite3", lambda path: path.write_bytes(b"new"))(
        tmp_path / "run.sqlite3"
    )
    assert not old.exists() and recent.exists()
