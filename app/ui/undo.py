"""Undo: the one shape of every undoable change, and the Édition › Annuler / Rétablir actions.

A change is made through a service first, then pushed on the tab's undo stack as a `DoneCommand`:
the push (which calls `redo`) does nothing the first time; every later undo or redo runs one unit
of work and tells the other screens which data area changed. Subclasses write `_apply(session)`
(do the change again) and `_revert(session)` (take it back), and may handle a refusal in
`_refused(error)`. `drop_steps` takes chosen steps out of a stack (a closed sale day's taps).

The menu actions follow the visible tab's stack (a `QUndoGroup`) and name the action:
"Annuler : ajout de Khadija Benali".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoCommand, QUndoGroup, QUndoStack

from app.services.errors import NotFound, ValidationError
from app.ui.areas import Area
from app.ui.context import AppContext


class DoneCommand(QUndoCommand):
    """Subclasses set `area` (or pass it) and implement `_apply(session)` and `_revert(session)`."""

    area: Area

    def __init__(self, ctx: AppContext, text: str, area: Area | None = None):
        super().__init__(text)
        self.ctx = ctx
        if area is not None:
            self.area = area
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo: the change is already made
            self._pushed = True
            return
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._revert)

    def _run(self, step: Callable) -> bool:
        """One unit of work, then the announcement; False when the service refused."""
        try:
            with self.ctx.db.session() as session:
                step(session)
        except (NotFound, ValidationError) as error:
            self._refused(error)
            return False
        finally:
            self.ctx.changed(self.area)
        return True

    def copy(self) -> DoneCommand:
        """The same step (its state copied), to push again on a rebuilt stack."""
        twin = type(self).__new__(type(self))
        QUndoCommand.__init__(twin, self.text())
        twin.__dict__.update(self.__dict__)
        twin._pushed = False
        return twin

    def _refused(self, error: NotFound | ValidationError) -> None:
        """The service refused to undo or redo (nothing was written); by default, a bug: raise."""
        raise error

    def _apply(self, session) -> None:
        raise NotImplementedError

    def _revert(self, session) -> None:
        raise NotImplementedError


class FieldsSaved(DoneCommand):
    """A record saved field by field through `write(session, data, seen)` (as `SeenRecord`
    saves, app/ui/stale.py): undo writes `before` over what the save wrote (`after`), redo
    writes `after` again, each only the fields that differ between them; either is refused,
    nothing written, when those fields changed since, and `refusal` (a title and a sentence)
    is said."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        area: Area,
        write: Callable,
        before,
        after,
        refusal: tuple[str, str],
    ):
        super().__init__(ctx, text, area)
        self.write, self.before, self.after, self.refusal = write, before, after, refusal

    def _apply(self, session) -> None:
        self.write(session, self.after, self.before)

    def _revert(self, session) -> None:
        self.write(session, self.before, self.after)

    def _refused(self, error: NotFound | ValidationError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, *self.refusal)


class ServiceCommand(DoneCommand):
    """`apply(session)` was already run when pushed; undo runs `revert(session)`, redo `apply`."""

    def __init__(self, ctx: AppContext, text: str, apply: Callable, revert: Callable, area: Area):
        super().__init__(ctx, text, area)
        self._apply, self._revert = apply, revert


def drop_steps(stack: QUndoStack, unwanted: Callable[[QUndoCommand], bool]) -> None:
    """Take the steps `unwanted` picks out of `stack`; nothing is run, the data stays as it is.

    A QUndoStack cannot remove one step, so the other steps already done are copied, in order,
    into the emptied stack; the steps waiting for Rétablir go, as after any new action.
    """
    steps = [stack.command(index) for index in range(stack.count())]
    if not any(unwanted(step) for step in steps):
        return
    kept = [step for step in steps[: stack.index()] if not unwanted(step)]
    if not all(isinstance(step, DoneCommand) for step in kept):
        stack.clear()  # a step that cannot be copied: the history goes rather than lies
        return
    copies = [step.copy() for step in kept]
    stack.clear()
    for step in copies:
        stack.push(step)


class _GroupAction(QAction):
    """Annuler or Rétablir on the active stack of `group`, its text naming the action."""

    def __init__(self, group: QUndoGroup, parent, undo: bool):
        super().__init__(parent)
        self._group, self._undo = group, undo
        self.setObjectName("undo" if undo else "redo")
        self.triggered.connect(group.undo if undo else group.redo)
        for signal in (
            (group.canUndoChanged, group.undoTextChanged)
            if undo
            else (group.canRedoChanged, group.redoTextChanged)
        ):
            signal.connect(self.update_state)
        group.activeStackChanged.connect(self.update_state)
        self.update_state()

    def update_state(self, *_args) -> None:
        group, t = self._group, QCoreApplication.translate
        if self._undo:
            enabled, action = group.canUndo(), group.undoText()
            text = t("Undo", "Annuler : {action}") if action else t("Undo", "Annuler")
        else:
            enabled, action = group.canRedo(), group.redoText()
            text = t("Undo", "Rétablir : {action}") if action else t("Undo", "Rétablir")
        self.setEnabled(enabled)
        self.setText(text.format(action=action))


def undo_actions(group: QUndoGroup, parent) -> tuple[QAction, QAction]:
    """The Édition menu's Annuler and Rétablir actions on the visible tab's undo stack."""
    return _GroupAction(group, parent, undo=True), _GroupAction(group, parent, undo=False)
