"""The one undo base: a step pushed after its change does nothing on the push, then each undo or
redo runs one unit of work and announces its area; a refusal is handed to `_refused`; `drop_steps`
takes chosen steps out of a stack without running anything."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from app.services.errors import ValidationError
from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.undo import DoneCommand, drop_steps


class Step(DoneCommand):
    area = Area.MENUS

    def __init__(self, ctx, name: str, log: list):
        super().__init__(ctx, name)
        self.name, self.log = name, log

    def _apply(self, session) -> None:
        self.log.append(f"redo {self.name}")

    def _revert(self, session) -> None:
        self.log.append(f"undo {self.name}")


class Refused(Step):
    def _revert(self, session) -> None:
        raise ValidationError("x", "non")

    def _refused(self, error) -> None:
        self.log.append(f"refused: {error.message}")


@pytest.fixture
def ctx(db):
    return AppContext(db).for_tab("menus")


def test_push_runs_nothing_then_undo_and_redo_run_and_announce(ctx):
    log, heard = [], []
    ctx.bus.data_changed.connect(heard.append)
    ctx.undo_stack.push(Step(ctx, "a", log))
    assert log == [] and heard == []
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    assert log == ["undo a", "redo a"]
    assert heard == [frozenset({Area.MENUS})] * 2


def test_a_refusal_is_handed_to_the_step_and_still_announced(ctx):
    log, heard = [], []
    ctx.bus.data_changed.connect(heard.append)
    ctx.undo_stack.push(Refused(ctx, "a", log))
    ctx.undo_stack.undo()
    assert log == ["refused: non"] and heard == [frozenset({Area.MENUS})]


def test_drop_steps_keeps_the_others_in_order_and_runs_nothing(ctx):
    log = []
    stack: QUndoStack = ctx.undo_stack
    for name in ("a", "b", "c", "d"):
        stack.push(Step(ctx, name, log))
    stack.undo()  # d waits for Rétablir
    log.clear()
    drop_steps(stack, lambda step: step.name == "b")
    assert log == []
    assert [stack.command(i).text() for i in range(stack.count())] == ["a", "c"]
    assert stack.index() == 2 and not stack.canRedo()
    stack.undo()
    stack.undo()
    assert log == ["undo c", "undo a"]


def test_drop_steps_leaves_a_stack_without_such_steps_alone(ctx):
    log = []
    stack = ctx.undo_stack
    stack.push(Step(ctx, "a", log))
    stack.push(Step(ctx, "b", log))
    stack.undo()
    drop_steps(stack, lambda step: False)
    assert stack.count() == 2 and stack.index() == 1 and stack.canRedo()


def test_each_tab_has_its_own_stack_in_one_group(db):
    app_ctx = AppContext(db)
    sales, members = app_ctx.for_tab("sales"), app_ctx.for_tab("members")
    assert sales.undo_stack is not members.undo_stack
    assert app_ctx.for_tab("sales") is sales
    assert set(app_ctx.undo_group.stacks()) == {sales.undo_stack, members.undo_stack}
    app_ctx.set_cohort(3)
    assert sales.cohort_id == 3 and members.cohort_id == 3
    assert not hasattr(app_ctx, "undo_stack")  # the application's context pushes nowhere
