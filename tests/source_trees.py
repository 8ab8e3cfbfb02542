"""The app's Python modules, read and parsed once per test process, for the source checks.

Eight checks walk the app's source (translations, layers, isolated values, units beside values,
dates for people, row selection, list separators, the announcement check), and each read and
parsed every module of app/ (or of app/ui) again: about 1 s of CPU a parse of app/, ten parses
in a run. Here each file is read and parsed at most once per process and the trees are shared;
a check walks a tree and never changes it. The checks' functions still take source text too
(`parsed`), for the small sources their own tests write.

Walking a tree costs about as much as parsing it (`ast.walk` visits 1.3 million nodes of app/
through Python code): `nodes` walks each tree once per process and hands every check the same
sequence, in `ast.walk`'s order.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"


def python_files(folder: Path | str) -> tuple[Path, ...]:
    """The .py files under `folder` (a path, or one relative to the checkout), sorted."""
    return _python_files(_absolute(folder))


def source(path: Path) -> str:
    return _source(_absolute(path))


def tree(path: Path) -> ast.Module:
    """`path`'s module, parsed once per process (shared: walk it, do not change it)."""
    return _tree(_absolute(path))


def parsed(source_or_tree: str | ast.Module) -> ast.Module:
    """A tree from `tree()`, or a small source a check's own test wrote, parsed."""
    if isinstance(source_or_tree, ast.Module):
        return source_or_tree
    return ast.parse(source_or_tree)


def nodes(source_or_tree: str | ast.Module) -> tuple[ast.AST, ...]:
    """Every node of `source_or_tree`, in `ast.walk`'s order; a tree is walked once (the cache
    keeps it, so its identity stays its own)."""
    if isinstance(source_or_tree, ast.Module):
        return _walked(source_or_tree)
    return tuple(ast.walk(ast.parse(source_or_tree)))


def _absolute(path: Path | str) -> Path:
    path = Path(path)
    return path if path.is_absolute() else ROOT / path


@cache
def _python_files(folder: Path) -> tuple[Path, ...]:
    return tuple(sorted(folder.rglob("*.py")))


@cache
def _source(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(_source(path), filename=str(path))


@cache
def _walked(module: ast.Module) -> tuple[ast.AST, ...]:
    return tuple(ast.walk(module))
