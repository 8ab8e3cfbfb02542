"""Withdrawing a consent is confirmed without "she": the question names no gender in any
language (it was "Elle retire son accord", Arabic "تسحب موافقتها", asked about men too)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.language import apply_language
from app.ui.outcomes.dialog import OutcomesDialog
from app.ui.programme.portfolio_dialog import PortfolioDialog


@pytest.mark.parametrize("dialog", [PortfolioDialog, OutcomesDialog])
def test_the_withdrawal_question_is_the_same_for_a_woman_and_a_man(
    qtbot, qapp, monkeypatch, dialog
):
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.No,
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not dialog.confirm_withdrawal(parent)
    apply_language(qapp, "ar")
    try:
        assert not dialog.confirm_withdrawal(parent)
    finally:
        apply_language(qapp, "fr")
    french, arabic = asked
    assert french.startswith("Retirer l'accord ?") and "Elle" not in french
    assert arabic.startswith("سحب الموافقة؟") and "موافقتها" not in arabic
