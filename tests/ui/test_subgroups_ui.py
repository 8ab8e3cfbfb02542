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


def two_subgroups(database, cohort_id, diane, rania):
    from app.services.schedule.subgroups import create_subgroup

    with database.session() as session:
        first = create_subgroup(session, cohort_id, "Informatique", [diane]).id
        second = create_subgroup(session, cohort_id, "Comptabilité", [rania]).id
    return first, second


def names(database, cohort_id):
    from app.services.schedule.subgroups import list_subgroups

    with database.session() as session:
        return {g.name: g.member_ids for g in list_subgroups(session, cohort_id)}


def test_a_sub_group_is_renamed_after_refusals_and_the_name_comes_back_on_undo(
    qtbot,
    window,  # noqa: F811
):
    main, tab, database, (cohort_id, diane, rania) = window
    first, _second = two_subgroups(database, cohort_id, diane, rania)
    seen = {}

    def fill(dialog):
        dialog.subgroup.setCurrentIndex(dialog.subgroup.findData(first))
        seen["prefilled"] = dialog.name.text()
        error = dialog.findChild(QLabel, "error_name")
        dialog.name.clear()
        save(qtbot, dialog)
        seen["empty"] = error.text()
        type_text(qtbot, dialog.name, "comptabilité")
        save(qtbot, dialog)
        seen["twin"] = error.text()
        dialog.name.clear()
        type_text(qtbot, dialog.name, "Informatique A")
        save(qtbot, dialog)

    errors = when_dialog_opens(fill, "subgroup_choice_dialog")
    tab.rename_subgroup_action.trigger()
    assert not errors, errors
    assert seen["prefilled"] == "Informatique"
    assert seen["empty"] and seen["twin"] == "Ce sous-groupe existe déjà."
    assert names(database, cohort_id) == {"Informatique A": (diane,), "Comptabilité": (rania,)}
    assert main.undo_action.text() == "Annuler : sous-groupe renommé Informatique A"
    main.undo_action.trigger()
    assert names(database, cohort_id) == {"Informatique": (diane,), "Comptabilité": (rania,)}


def test_a_sub_group_with_a_morning_is_refused_then_deleted_to_the_trash_and_undone(
    qtbot,
    window,  # noqa: F811
    monkeypatch,
):
    from PySide6.QtWidgets import QMessageBox

    from app.services.schedule import mornings
    from app.services.schedule.mornings import MorningInput

    main, tab, database, (cohort_id, diane, rania) = window
    first, _second = two_subgroups(database, cohort_id, diane, rania)
    with database.session() as session:
        morning = mornings.create_morning(
            session, cohort_id, MorningInput(dt.date(2022, 10, 12), subgroup_id=first)
        )
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    seen = {}

    def refused(dialog):
        dialog.subgroup.setCurrentIndex(dialog.subgroup.findData(first))
        save(qtbot, dialog)
        seen["refusal"] = dialog.findChild(QLabel, "error_subgroup_id").text()
        dialog.reject()

    errors = when_dialog_opens(refused, "subgroup_choice_dialog")
    tab.delete_subgroup_action.trigger()
    assert not errors, errors
    assert seen["refusal"].startswith("Ce sous-groupe a encore des matinées au programme : 1.")
    assert asked == [] and set(names(database, cohort_id)) == {"Informatique", "Comptabilité"}

    with database.session() as session:
        mornings.delete_morning(session, morning.id)

    def chosen(dialog):
        dialog.subgroup.setCurrentIndex(dialog.subgroup.findData(first))
        save(qtbot, dialog)

    errors = when_dialog_opens(chosen, "subgroup_choice_dialog")
    tab.delete_subgroup_action.trigger()
    assert not errors, errors
    assert len(asked) == 1 and "Informatique" in asked[0]
    assert names(database, cohort_id) == {"Comptabilité": (rania,)}
    main.undo_action.trigger()
    assert names(database, cohort_id) == {"Informatique": (diane,), "Comptabilité": (rania,)}
