"""A number and its unit stay together in Arabic (issue #16, review: "h 90" in Schedule › Hours).

An isolated number beside a unit outside its isolate ("⁨90⁩ h") is laid out apart from it in a
right-to-left line: "h 90", "% 75", "°C 4". The interface writes a number with its unit through
`app.i18n.measure` (`with_percent`, `with_celsius`, the schedule's hours), which isolates the
two as one run. An AST check over app/ui refuses a unit put after a value any other way: in a
text with a placeholder ("{n} %"), by `+ " h"`, or in an f-string.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app import i18n
from app.i18n import FIRST_STRONG_ISOLATE as FSI
from app.i18n import POP_DIRECTIONAL_ISOLATE as PDI
from app.i18n import measure, with_celsius, with_percent
from tests import source_trees
from tests.source_trees import nodes, parsed, python_files

ROOT = Path(__file__).resolve().parent.parent
UNIT = r"(?:h|min|kg|g|mm|%|€|°C)"
UNIT_AFTER_PLACEHOLDER = re.compile(r"\}\s?" + UNIT + r"(?!\w)")
UNIT_ALONE = re.compile(r"\s?" + UNIT + r"(?!\w)")


def _measured_literals(tree: ast.AST) -> set[int]:
    """ids of the string constants inside `measure(…)` calls: the unit sentences."""
    return {
        id(inner)
        for node in nodes(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "measure"
        for argument in node.args[:1]
        for inner in ast.walk(argument)
        if isinstance(inner, ast.Constant)
    }


def units_apart(source: str | ast.Module) -> list[int]:
    """The lines of `source` that put a unit after a value outside `measure`."""
    tree = parsed(source)
    measured = _measured_literals(tree)
    found = []
    for node in nodes(tree):
        text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if text and id(node) not in measured and UNIT_AFTER_PLACEHOLDER.search(node.value):
            found.append(node.lineno)
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Add)
            and isinstance(node.right, ast.Constant)
            and isinstance(node.right.value, str)
            and UNIT_ALONE.fullmatch(node.right.value)
        ):
            found.append(node.lineno)
        if isinstance(node, ast.JoinedStr):
            for value, after in zip(node.values, node.values[1:]):
                if (
                    isinstance(value, ast.FormattedValue)
                    and isinstance(after, ast.Constant)
                    and UNIT_ALONE.match(after.value)
                ):
                    found.append(node.lineno)
    return sorted(set(found))


@pytest.mark.parametrize(
    "code",
    [
        'fill(self.tr("Il manque {n} h."), n=x)',
        'text = hours + " h"',
        'text = f"{rate} %"',
        'fill(tr("de {low} à {high} °C", "kitchen"), low=a, high=b)',
    ],
)
def test_the_check_finds_a_unit_apart(code):
    assert units_apart(code) == [1]


def test_the_check_lets_measure_through():
    assert units_apart('measure(tr("{hours} h", "units"), hours=x)\nf"{a} hommes"') == []


def test_no_unit_apart_from_its_value_in_the_interface():
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in python_files("app/ui")
        for line in units_apart(source_trees.tree(path))
    ]
    assert not found, "write the value with its unit through app.i18n.measure: " + str(found)


@pytest.fixture
def right_to_left():
    i18n.set_right_to_left(True)
    yield
    i18n.set_right_to_left(False)


def test_a_value_and_its_unit_are_one_isolated_run(right_to_left):
    assert with_percent("75") == f"{FSI}75 %{PDI}"
    assert with_celsius("-18,5") == f"{FSI}-18,5 °C{PDI}"
    assert measure("{hours} h", hours="90") == f"{FSI}90 h{PDI}"  # not "⁨90⁩ h"


def test_no_marks_left_to_right():
    assert with_percent("75") == "75 %"
    assert measure("{hours} h", hours="2,5") == "2,5 h"
