"""Sub-groups through the Schedule tab: a sub-group with nobody ticked is refused at the list, then
saved with its members; a morning is put in it through the morning's form; undo takes the
sub-group back. The database is read afterwards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app.models.schedule import Morning, Subgroup
from app.services.schedule.expected import expected_members_of_morning
from tests.ui.helpers import type_text, when_dialog_opens
from tests.ui.test_schedule_tab import window  # noqa: F401 (the fixture)


def save(qtbot, dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_sub_group_is_made_used_by_a_morning_and_undone(qtbot, window):  # noqa: F811
    main, tab, database, (cohort_id, diane, _rania) = window
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.name, "Informatique A")
        save(qtbot, dialog)
        seen["members"] = dialog.findChild(QLabel, "error_members").text()
        for row in range(dialog.members.count()):
            item = dialog.members.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == diane:
                item.setCheckState(Qt.CheckState.Checked)
        save(qtbot, dialog)

    errors = when_dialog_opens(fill, "subgroup_dialog")
    tab.subgroup_action.trigger()
    assert not errors, errors
    assert seen["members"] == "Choisissez au moins une membre du sous-groupe."
    with database.session() as session:
        (subgroup,) = session.query(Subgroup).all()
        assert [m.person_id for m in subgroup.members] == [diane]
        subgroup_id = subgroup.id

    def put_in_subgroup(dialog):
        dialog.subgroup.setCurrentIndex(dialog.subgroup.findData(subgroup_id))
        save(qtbot, dialog)

    errors = when_dialog_opens(put_in_subgroup, "morning_dialog")
    tab.add_morning(dt.date(2022, 10, 12))
    assert not errors, errors
    with database.session() as session:
        morning = session.query(Morning).filter_by(subgroup_id=subgroup_id).one()
        assert [m.id for m in expected_members_of_morning(session, morning.id)] == [diane]
    main.undo_action.trigger()  # the morning
    main.undo_action.trigger()  # the sub-group
    with database.session() as session:
        assert session.query(Subgroup).count() == 0
