"""Who ticked a line of the day's checklist, in Arabic: said without a gendered verb (it was
"أشّرت عليها {name}", "she ticked it", for a man too), since the list keeps only the first name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.i18n import without_isolates
from app.ui.areas import Area
from app.ui.language import apply_language
from tests.ui.test_today import DAY, open_on, page


def test_the_tick_s_tooltip_names_who_without_she(qtbot, qapp, demo_db_path):
    window, database = open_on(qtbot, demo_db_path, DAY)
    today = page(window, "today")
    rows = [today.checklist.item(i) for i in range(today.checklist.count())]
    row = next(
        r
        for r in rows
        if r.data(Qt.ItemDataRole.UserRole) is not None
        and r.checkState() == Qt.CheckState.Unchecked
    )
    text = row.text()
    row.setCheckState(Qt.CheckState.Checked)
    name = today.delegate_label.text()
    apply_language(qapp, "ar")
    try:
        window.ctx.changed(Area.TODAY)
        today.refresh()
        ticked = next(
            today.checklist.item(i)
            for i in range(today.checklist.count())
            if today.checklist.item(i).text() == text
        )
        tip = without_isolates(ticked.toolTip())
    finally:
        apply_language(qapp, "fr")
        window.close()
        database.close()
    assert tip.startswith(f"تمّ التأشير من طرف {name}") and "أشّرت" not in tip
