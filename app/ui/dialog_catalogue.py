"""Every dialog of the interface, built on the open cooperative the way the application opens it:
for the screenshots (`--screenshot`) and for the test that every dialog fits the laptop.

`DIALOGS` maps each QDialog subclass defined under app/ui (by its class name) to the tab it
belongs to and a function of the main window that returns the dialog, built but not shown. A flow
that opens the dialog itself (`captured`) runs with `exec` replaced, so the dialog is handed back
instead of waiting for a click. `dialog_classes()` finds the classes by importing every module of
app/ui: a dialog added without an entry here makes tests/ui/test_dialog_fit.py fail.
"""

from __future__ import annotations

import importlib
import io
import pkgutil
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

import app.ui

Opener = Callable[[object], QDialog]
Entry = tuple[str, Opener]  # (the tab it belongs to, how to build it)
ABSTRACT = {"FormDialog"}  # bases that are never shown alone


def dialog_classes() -> dict[str, type[QDialog]]:
    """Each QDialog subclass defined in a module of app/ui, by class name."""
    found: dict[str, type[QDialog]] = {}
    for module_info in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, QDialog)
                and value.__module__ == module.__name__
                and value.__name__ not in ABSTRACT
            ):
                found[value.__name__] = value
    return found


def captured(action: Callable[[], object]) -> QDialog:
    """The dialog that `action()` opens, returned instead of run (its `exec` answers Cancel)."""
    opened: list[QDialog] = []

    def fake_exec(dialog, *args, **kwargs):
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    real_exec = QDialog.exec
    QDialog.exec = fake_exec
    try:
        action()
    finally:
        QDialog.exec = real_exec
    if not opened:
        raise LookupError("the action opened no dialog")
    return opened[-1]


def show_as_on_the_laptop(dialog: QDialog) -> None:
    """Show `dialog` at the size it opens at on the kitchen laptop: the size it asked for (its
    `resize`, or else its size hint), within the screen, never under its minimum."""
    from PySide6.QtCore import Qt

    from app.ui.widgets import SMALL_SCREEN

    asked = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else None
    dialog.show()
    needs = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    dialog.resize((asked or dialog.sizeHint()).boundedTo(SMALL_SCREEN).expandedTo(needs))


def _keep(data):
    return data


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Coopér'Actives")
    page.save()
    return buffer.getvalue()


def _sale_event(window):
    from app.services.sales import events

    with window.ctx.db.session() as session:
        return events.list_events(session, window.ctx.cohort_id)[0]


def _page(window, name: str):
    window.open_tab(name)
    return window.page(name)


def _tastings(window):
    """The Tastings page of the Menus tab on the first tasted product (its latest tasting)."""
    from app.services.tastings.summary import tasted_families
    from app.ui.table_view import select_row

    tab = _page(window, "menus")
    tab.pages.setCurrentWidget(tab.tastings)
    tab.tastings.refresh()
    with window.ctx.db.session() as session:
        tasted = tasted_families(session)
    if tasted:
        tab.tastings.show_recipe(tasted[0].id)
    page = tab.tastings
    if page.selected_tasting() is None and page.tastings_model.rowCount():
        select_row(page.tastings_table, page.tastings_model.rowCount() - 1)  # its latest tasting
    return page


def _form_entry(window) -> QDialog:
    """Saisir les formulaires… for the demo's latest tasting (built from the data, whatever the
    Tastings page shows at that moment)."""
    from app.services.tastings import questions, sessions
    from app.ui.tastings.entry_dialog import FormEntryDialog

    page = _tastings(window)
    with window.ctx.db.session() as session:
        tastings = sessions.list_tastings(session)
        if not tastings:
            raise LookupError("the demo has no tasting")
        tasting = tastings[-1]
        asked = questions.list_questions(session, tasting.recipe.id)
    return FormEntryDialog(window.ctx, tasting, asked, page)


def _sales(window):
    page = _page(window, "sales")
    page.open_item(_sale_event(window).id)
    return page


def opened_with_demo_pin(page) -> bool:
    """Open the Evaluations tab when its PIN is the demo's (checked without counting a wrong
    try): the screenshots never show a real cooperative's evaluations."""
    from app.demo.evaluations import DEMO_PIN
    from app.services.evaluations.pin import PIN_KEY, pin_matches
    from app.services.settings import get_setting

    if page.is_locked():
        with page.ctx.db.session() as session:
            stored = get_setting(session, PIN_KEY)
        if not stored or not pin_matches(DEMO_PIN, stored):
            return False
        page.unlock()
    return True


def _unlocked_evaluations(window):
    page = _page(window, "evaluations")
    if not opened_with_demo_pin(page):
        raise LookupError("the evaluations are locked by a PIN that is not the demo's")
    return page


def _cohort_dialog(window):
    from app.ui.cohort_dialog import CohortDialog

    return CohortDialog(_keep, window.ctx.today(), parent=window)


def _template_dialog(window):
    from app.ui.labels.template_dialog import TemplateDialog

    return TemplateDialog(_keep, _page(window, "labels").current_template(), window)


def _other_day(window):
    from app.services.sales.events import days_to_close
    from app.ui.today.closing_choice import OtherDayDialog

    with window.ctx.db.session() as session:
        days = days_to_close(session, window.ctx.cohort_id, window.ctx.today())
    return OtherDayDialog(window.ctx.today(), days.still_open, window)


def _first_run(window):
    from app.ui.first_run.wizard import FirstRunWizard

    return FirstRunWizard(_keep, window.ctx.today(), window)


def _restore(window):
    from app.ui.safety.restore_dialog import RestoreDialog

    return RestoreDialog(window.ctx.db.path, window)


def _pdf_preview(window):
    from app.ui.pdf_preview import PdfPreviewDialog

    return PdfPreviewDialog(_pdf(), "Étiquettes", "etiquettes.pdf", window)


def _pin(window):
    from app.ui.safety.pin_dialog import EvaluationPinDialog

    return EvaluationPinDialog(_keep, window)


def _change_pin(window):
    from app.ui.evaluations.tab import ChangePinDialog

    return ChangePinDialog(_keep, window)


def _campaign(window):
    from app.ui.evaluations.common import CampaignDialog

    return CampaignDialog(_keep, QDate(window.ctx.today()), "grid", window)


def _evaluators(window):
    from app.services.evaluations import campaigns
    from app.ui.evaluations.grid_page import EvaluatorsDialog

    with window.ctx.db.session() as session:
        possible = campaigns.possible_evaluators(session, window.ctx.cohort_id)
    return EvaluatorsDialog(_keep, possible, {possible[0].id}, window)


def _fields(window):
    page = _unlocked_evaluations(window).framework_page
    return captured(page.add_competence)


def _delegate(flow: str) -> Opener:
    return lambda window: captured(getattr(_page(window, "rotation"), flow))


def _schedule(flow: str) -> Opener:
    return lambda window: captured(getattr(_page(window, "schedule"), flow))


def _subgroup_choice(window):
    """Renaming (the longer form) one of the demo's sub-groups, in whichever cohort has them."""
    from app.services.people.cohorts import list_cohorts
    from app.services.schedule.subgroups import list_subgroups
    from app.ui.schedule.subgroup_dialog import SubgroupChoiceDialog

    with window.ctx.db.session() as session:
        choices = [
            (g.id, g.name) for c in list_cohorts(session) for g in list_subgroups(session, c.id)
        ]
    return SubgroupChoiceDialog(_keep, choices, renaming=True, parent=window)


def _morning_move(window):
    page = _page(window, "schedule")
    morning = page.selected_morning() or _first_morning(page)
    from app.ui.schedule.dialogs import MoveDialog

    return MoveDialog(_keep, morning, window)


def _components(window):
    from app.services.menus.components import ComponentInput
    from app.ui.menus.components_editor import ComponentsDialog

    return ComponentsDialog((ComponentInput("Arachides", ("peanuts",)),), window)


def _nutrition(window):
    from app.ui.menus.nutrition_editor import NutritionDialog

    return NutritionDialog(None, window)


def _pairing(window) -> QDialog:
    """The pairing dialog for the demo's first mentor (the button needs a mentor chosen)."""
    from app.ui.people.directory_dialogs import PairingDialog

    return PairingDialog(lambda typed: None, "Patricia", [(1, "Amina Lukusa")], window)


def _programme_report(window):
    from app.ui.programme.report_dialog import ProgrammeReportDialog

    ctx = window.ctx
    name = window.cohort_box.currentText()
    return ProgrammeReportDialog(ctx.db, ctx.cohort_id, name, ctx.today(), window)


def _outcomes(window):
    from app.services.people import members
    from app.ui.outcomes.dialog import OutcomesDialog

    with window.ctx.db.session() as session:
        person = members.find_person(session, "Amina")
    return OutcomesDialog(window.ctx, person, window)


def _portfolio(window):
    from app.services.people import members
    from app.ui.programme.portfolio_dialog import PortfolioDialog

    with window.ctx.db.session() as session:
        person = members.find_person(session, "Amina")
    return PortfolioDialog(window.ctx, person, window)


def _sign(window):
    from app.ui.decisions.documents_page import SignDialog

    page = _page(window, "coop_life").documents_page
    people = [(1, "Amina Lukusa"), (2, "Fatou Diop")]
    return SignDialog(lambda typed: typed, people, window.ctx.today(), parent=page)


def _circle(window):
    """A new circle's form, a member suggested for two reasons (the longest line it shows)."""
    from app.services.circles.suggestions import Suggestion
    from app.ui.decisions.circle_dialog import CircleDialog

    page = _page(window, "coop_life").circles_page
    people = [(1, "Amina Lukusa"), (2, "Fatou Diop"), (3, "Nguyễn Thị Hằng")]
    hint = Suggestion(1, "Amina", 6, (("purchasing", 4), ("cash", 2)))
    return CircleDialog(_keep, 1, people, lambda *_typed: [hint], parent=page)


def _meeting(window):
    from app.ui.decisions.meeting_dialog import MeetingDialog

    page = _page(window, "coop_life").circles_page
    return MeetingDialog(lambda *typed: typed, window.ctx.today(), parent=page)


def _appliances(window):
    from app.ui.kitchen.appliances_dialog import AppliancesDialog

    return AppliancesDialog(window.ctx, _page(window, "rotation"))


def _stock_form(window, action: str):
    """The purchase, batch or count form, opened from the stock dialog of Today."""
    from app.ui.kitchen.stock_dialog import StockDialog

    stock = StockDialog(window.ctx, _page(window, "today"))
    return captured(getattr(stock, action))


def _first_morning(page):
    from app.services.schedule import mornings

    with page.ctx.db.session() as session:
        return mornings.list_mornings(session, page.ctx.cohort_id)[0]


DIALOGS: dict[str, Entry] = {
    "CooperativeDialog": ("today", lambda w: captured(w.edit_cooperative)),
    "CohortDialog": ("today", _cohort_dialog),
    "ReuseDialog": ("today", lambda w: captured(w.reuse.open)),
    "PersonDialog": ("members", lambda w: captured(_page(w, "members").add_person)),
    "OrganisationDialog": (
        "members",
        lambda w: captured(_page(w, "members").directory.add_organisation),
    ),
    "ContactDialog": ("members", lambda w: captured(_page(w, "members").directory.add_contact)),
    "PairingDialog": ("members", lambda w: _pairing(w)),
    "EventDialog": ("sales", lambda w: captured(_page(w, "sales").new_event)),
    "CorrectionDialog": ("sales", lambda w: captured(_sales(w).closing.correct)),
    "CashCorrectionDialog": ("sales", lambda w: captured(_sales(w).closing.correct_cash)),
    "ExpenseDialog": ("sales", lambda w: captured(_sales(w).expenses.add_expense)),
    "SharingDialog": ("sales", lambda w: captured(_sales(w).summary.decide_sharing)),
    "RecipeDialog": ("menus", lambda w: _page(w, "menus").recipes.make_dialog(None)),
    "IngredientDialog": ("menus", lambda w: captured(_page(w, "menus").ingredients.open_dialog)),
    "MenuDialog": ("menus", lambda w: _page(w, "menus").menus._dialog(None)),
    "OrderDialog": ("menus", lambda w: _page(w, "menus").orders.make_dialog(None)),
    "CostingSettingsDialog": ("menus", lambda w: captured(_page(w, "menus").edit_settings)),
    "TastingDialog": ("menus", lambda w: captured(_tastings(w).new_tasting)),
    "QuestionDialog": ("menus", lambda w: captured(_tastings(w).add_question)),
    "FormEntryDialog": ("menus", lambda w: _form_entry(w)),
    "TemplateDialog": ("labels", _template_dialog),
    "EvaluationPinDialog": ("evaluations", _pin),
    "TrashDialog": ("today", lambda w: captured(w.safety.open_trash)),
    "RestoreDialog": ("today", _restore),
    "PdfPreviewDialog": ("labels", _pdf_preview),
    "MorningDialog": ("schedule", _schedule("add_morning")),
    "MoveDialog": ("schedule", _morning_move),
    "CopyWeekDialog": ("schedule", _schedule("copy_week")),
    "TermDialog": ("schedule", _schedule("generate_term")),
    "ClosureDialog": ("schedule", _schedule("add_closure")),
    "PrerequisiteDialog": (
        "schedule",
        lambda w: captured(_page(w, "schedule").rules_page.add_rule),
    ),
    "ModuleDialog": ("schedule", lambda w: captured(_page(w, "schedule").rules_page.add_module)),
    "OtherDayDialog": ("today", _other_day),
    "ChecklistTemplatesDialog": ("rotation", _delegate("edit_checklists")),
    "TaskDialog": ("today", lambda w: captured(_page(w, "today").add_task)),
    "HandoverDialog": ("today", lambda w: captured(_page(w, "today").write_handover)),
    "PlanDialog": ("rotation", _delegate("plan")),
    "ChangeDialog": ("rotation", _delegate("leave")),  # the one with a person and a date
    "UnavailabilityDialog": ("rotation", _delegate("add_unavailability")),
    "FirstRunWizard": ("today", _first_run),
    "CampaignDialog": ("evaluations", _campaign),
    "FieldsDialog": ("evaluations", _fields),
    "EvaluatorsDialog": ("evaluations", _evaluators),
    "ChangePinDialog": ("evaluations", _change_pin),
    "ComponentsDialog": ("menus", lambda w: _components(w)),
    "NutritionDialog": ("menus", lambda w: _nutrition(w)),
    "ProgrammeReportDialog": ("today", lambda w: _programme_report(w)),
    "OutcomesDialog": ("members", lambda w: _outcomes(w)),
    "PortfolioDialog": ("members", lambda w: _portfolio(w)),
    "DecisionDialog": (
        "coop_life",
        lambda w: captured(_page(w, "coop_life").decisions_page.add_decision),
    ),
    "VersionDialog": (
        "coop_life",
        lambda w: captured(_page(w, "coop_life").documents_page.add_version),
    ),
    "SignDialog": ("coop_life", lambda w: _sign(w)),
    "CircleDialog": ("coop_life", _circle),
    "MeetingDialog": ("coop_life", _meeting),
    "SubgroupDialog": ("schedule", _schedule("add_subgroup")),
    "SubgroupChoiceDialog": ("schedule", _subgroup_choice),
    "TemperatureDialog": ("today", lambda w: captured(_page(w, "today").record_temperatures)),
    "AppliancesDialog": ("rotation", lambda w: _appliances(w)),
    "StockDialog": ("today", lambda w: captured(_page(w, "today").open_stock)),
    "PurchaseDialog": ("today", lambda w: _stock_form(w, "new_purchase")),
    "BatchDialog": ("today", lambda w: _stock_form(w, "new_batch")),
    "CountDialog": ("today", lambda w: _stock_form(w, "count_stock")),
}
