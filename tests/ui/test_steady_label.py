"""A label in `steady(...)` (app/ui/steady_label.py): a new text that fits lays nothing out again
above it; one that needs more room makes the page give it that room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.ui.steady_label import steady
from tests.ui.test_sales_tab import LEFT, create_day, open_sales


class LayoutRequests(QObject):
    def __init__(self, widget: QWidget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def page_with(label: QLabel, qtbot) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(steady(label))
    button = QPushButton("+1")  # as the tally's: it takes the height the label leaves
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    layout.addWidget(button, 1)
    qtbot.addWidget(page)
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)  # the first layout done
    return page


def test_a_text_that_fits_lays_out_nothing_above_the_label(qtbot):
    label = QLabel("+1 Tajine (Espèces)")
    label.setWordWrap(True)
    page = page_with(label, qtbot)
    requests = LayoutRequests(page)
    for text in ("+1 Soupe (Carte)", "−1 Pain (Espèces)", "+1 Tajine"):
        label.setText(text)
        qtbot.wait(10)
    assert requests.count == 0
    plain = QLabel("+1 Tajine")
    plain.setWordWrap(True)
    control = page_with(plain, qtbot)
    control.layout().itemAt(0).widget().deleteLater()  # the same label, without a holder
    control.layout().insertWidget(0, plain)
    qtbot.wait(10)
    control_requests = LayoutRequests(control)
    plain.setText("+1 Soupe (Carte)")
    qtbot.wait(10)
    assert control_requests.count == 1  # what the holder saves: a QLabel alone asks each time


def test_a_longer_text_gets_the_room_it_needs(qtbot):
    label = QLabel("+1 Tajine")
    label.setWordWrap(True)
    page = page_with(label, qtbot)
    one_line = label.height()
    label.setText("Ce produit n'est pas dans la vente du jour : ajoutez-le d'abord. " * 3)
    qtbot.waitUntil(lambda: label.height() > one_line)
    assert label.height() >= label.heightForWidth(label.width())
    assert page.layout().itemAt(1).widget().y() > label.height()  # the button moved down


def test_a_tap_lays_out_nothing_above_the_tally(qtbot, db_path):
    window, tab, database = open_sales(qtbot, db_path)
    create_day(qtbot, tab)
    tally = tab.tally
    for _ in range(2):  # the first taps show the message, the totals, the undo button
        qtbot.mouseClick(tally.plus_buttons[0], LEFT)
        qtbot.wait(50)
    requests = LayoutRequests(tally)
    for _ in range(5):
        qtbot.mouseClick(tally.plus_buttons[0], LEFT)
        qtbot.wait(10)
    assert [label.text() for label in tally.count_labels][:1] == ["7"]
    assert requests.count == 0
    window.close()
    database.close()
