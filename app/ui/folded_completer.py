"""The type-ahead of an editable combo box (an ingredient on a recipe line, a customer from the
directory), finding entries as the search boxes do: case and accents ignored, so "creme" or
"CRÈME" pops "Crème fraîche" and "oeuf" pops "Œufs" (app/services/text_match.py).

Qt's own case-insensitive matching folds case only: it would not find "Crème" for "creme". The
completer here matches the typed text, folded, inside each entry's folded text, read through a
proxy of the combo's own model; the combo maps a pick back to its row itself."""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from app.services.text_match import folded

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 40


class _FoldedEntries(QIdentityProxyModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == FOLDED_ROLE:
            return folded(super().data(index, Qt.ItemDataRole.DisplayRole))
        return super().data(index, role)


class FoldedCompleter(QCompleter):
    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        return [folded(path)]

    def pathFromIndex(self, index) -> str:  # noqa: N802
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


def find_as_you_type(combo: QComboBox) -> FoldedCompleter:
    """Give the editable `combo` a completer that pops the entries containing what is typed."""
    entries = _FoldedEntries(combo)
    entries.setSourceModel(combo.model())
    completer = FoldedCompleter(combo)
    completer.setModel(entries)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides folded
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    return completer
