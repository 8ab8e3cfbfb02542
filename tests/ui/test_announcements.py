"""Typed changes, checked: every write in the UI announces the areas it changed, every area a page
listens for is announced somewhere, and `ctx.changed` takes `Area` members only. Each check is
also run on a small fake module, to prove it fails on a real omission."""

from __future__ import annotations

import importlib

import pytest

from app.ui.areas import Area
from app.ui.context import AppContext
from app.ui.tabs import TABS
from tests.ui.announcements import (
    Module,
    areas_listened_and_announced,
    ui_modules,
    unannounced_writes,
)

# Writes that change nothing a page shows, each with its reason ("module:function").
CHANGE_NOTHING_SHOWN = {
    "app.ui.app:purge_trash": "empties the Corbeille of items past 30 days, before any page",
    "app.ui.first_run.wizard:run_first_run": "runs before the main window exists",
    "app.ui.evaluations.pin_panel:PinPanel.submit": "the PIN and its tries, shown nowhere",
    "app.ui.evaluations.tab:EvaluationsTab.change_pin": "the PIN, shown nowhere",
    "app.ui.safety.pin_dialog:unlock_evaluations": "a wrong PIN try is counted, shown nowhere",
    "app.ui.programme.report_dialog:make_report": "a wrong PIN try is counted, shown nowhere",
    "app.ui.labels.tab:LabelsTab.build_pdf": "remembers the last sheet and date for next time",
    "app.ui.safety.trash_dialog:TrashDialog.delete_selected": "a trashed item, shown nowhere else",
    "app.ui.sales.summary:SummaryPage.export": "writes a CSV file: the database is only read",
    "app.ui.network.publish_action:PublishAction.publish": (
        "the server's address and the publication's date: the status bar it updates itself"
    ),
    "app.ui.sales.day_view:SaleDayView.refresh": (
        "only reads: each page's draw(session) redraws the day"
    ),
    "app.ui.stale:SeenRecord.reload": "only reads the record anew, after a refused save",
}

FAKE_SERVICE = """
def save_thing(session, name):
    thing = session.get(Thing, 1)
    thing.name = name

def read_thing(session):
    return session.get(Thing, 1).name

def add_via_helper(session):
    _helper(session)

def _helper(session):
    session.add(Thing())
"""

FAKE_PAGE = """
from app.services.fake import save_thing, read_thing, add_via_helper
from app.ui.areas import Area


class Page:
    def forgets(self):
        with self.ctx.db.session() as session:
            save_thing(session, "x")

    def announces(self):
        with self.ctx.db.session() as session:
            save_thing(session, "x")
        self.ctx.changed(Area.PEOPLE)

    def reads(self):
        with self.ctx.db.session() as session:
            return read_thing(session)

    def forgets_deeper(self):
        with self.ctx.db.session() as session:
            add_via_helper(session)

    def callback(self):
        with self.ctx.db.session() as session:
            add_via_helper(session)

    def opens_dialog(self):
        self.callback()
        self.ctx.changed(Area.SALES)


class Unknown:
    def runs_a_callable(self, action):
        with self.ctx.db.session() as s:
            action(s)
"""


@pytest.fixture(scope="module")
def silent_writes() -> list:
    """The UI's writes that announce nothing (the whole source is read once for the module)."""
    return unannounced_writes(ui_modules())


@pytest.fixture
def fake_service(monkeypatch):
    from tests.ui import announcements

    fake = Module.parse("app.services.fake", FAKE_SERVICE)
    real_load = announcements.load.__wrapped__
    monkeypatch.setattr(
        announcements, "load", lambda name: fake if name == "app.services.fake" else real_load(name)
    )
    announcements.writes.cache_clear()


def test_every_write_in_the_ui_announces_what_it_changed(silent_writes):
    found = [
        str(u) for u in silent_writes if f"{u.module}:{u.function}" not in CHANGE_NOTHING_SHOWN
    ]
    assert found == []


def test_each_allowed_silent_write_still_exists(silent_writes):
    """An allowance for a write that is gone (or now announced) goes too."""
    silent = {f"{u.module}:{u.function}" for u in silent_writes}
    assert set(CHANGE_NOTHING_SHOWN) <= silent


def test_the_check_fails_on_a_write_that_announces_nothing(fake_service):
    found = unannounced_writes([Module.parse("app.ui.fake_page", FAKE_PAGE)])
    assert sorted(u.function for u in found) == [
        "Page.forgets",
        "Page.forgets_deeper",
        "Unknown.runs_a_callable",  # a callable it cannot follow counts as a write
    ]


def test_every_area_listened_for_is_announced():
    listened, announced = areas_listened_and_announced(ui_modules())
    assert listened - announced == set()
    assert announced <= set(Area.__members__)


def test_the_check_fails_on_an_area_listened_for_and_never_announced():
    page = Module.parse(
        "app.ui.fake_tab",
        "class Tab:\n"
        "    refresh_on = frozenset({Area.SALES, Area.TASTINGS})\n"
        "    def save(self):\n"
        "        self.ctx.changed(Area.SALES)\n"
        "    def on_change(self, areas):\n"
        "        if Area.LABELS in areas:\n"
        "            pass\n",
    )
    listened, announced = areas_listened_and_announced([page])
    assert listened - announced == {"TASTINGS", "LABELS"}


def test_every_tab_listens_with_typed_areas():
    for spec in TABS:
        page_class = getattr(importlib.import_module(spec.module), spec.class_name)
        assert isinstance(page_class.refresh_on, frozenset), spec.name
        assert all(isinstance(area, Area) for area in page_class.refresh_on), spec.name


def test_changed_takes_areas_only(db):
    ctx = AppContext(db)
    heard = []
    ctx.bus.data_changed.connect(heard.append)
    ctx.changed(Area.SALES, Area.MENUS)
    assert heard == [frozenset({Area.SALES, Area.MENUS})]
    with pytest.raises(TypeError):
        ctx.changed("sales")
    with pytest.raises(TypeError):
        ctx.changed()
