"""The "mis en avant" box of a recipe line: whether the product's name emphasises the line's
ingredient, so that its percentage is printed on the label (QUID).

Three states: half-ticked when the app suggests it from the product's name and nobody decided
yet; ticked when a person confirmed it; empty when she refused it (or nothing suggests it). A
click always decides: ticked or empty, never back to the half-ticked suggestion.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from app.vocab.menus import Emphasis


class EmphasisBox(QCheckBox):
    def __init__(self, emphasis: str = Emphasis.AUTO, parent=None):
        super().__init__(parent)
        self.decided = emphasis != Emphasis.AUTO
        self._suggested = False
        self.setCheckState(
            Qt.CheckState.Checked if emphasis == Emphasis.YES else Qt.CheckState.Unchecked
        )
        self._show_tooltip()

    def nextCheckState(self) -> None:  # a click: the person decides
        self.decided = True
        checked = self.checkState() == Qt.CheckState.Checked
        self.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self._show_tooltip()

    def suggest(self, suggested: bool) -> None:
        """Show the app's suggestion while nobody has decided."""
        self._suggested = suggested
        if not self.decided:
            self.setCheckState(
                Qt.CheckState.PartiallyChecked if suggested else Qt.CheckState.Unchecked
            )
        self._show_tooltip()

    def emphasis(self) -> str:
        if not self.decided:
            return Emphasis.AUTO
        return Emphasis.YES if self.checkState() == Qt.CheckState.Checked else Emphasis.NO

    def _show_tooltip(self) -> None:
        if not self.decided and self._suggested:
            self.setToolTip(
                self.tr(
                    "Le nom du produit évoque cet ingrédient : son pourcentage sera imprimé. "
                    "Cliquez pour confirmer (coché) ou refuser (vide)."
                )
            )
        else:
            self.setToolTip(
                self.tr(
                    "Coché : le nom du produit met cet ingrédient en avant, son pourcentage "
                    "est imprimé sur l'étiquette."
                )
            )
