"""The tabs of the main window, in order. Each is a TabPage subclass taking the AppContext."""
from __future__ import annotations

from app.ui.context import AppContext
from app.ui.tab_page import TabPage


def create_tabs(ctx: AppContext) -> list[TabPage]:
    from app.ui.labels.tab import LabelsTab
    from app.ui.members.tab import MembersTab

    factories = [MembersTab, LabelsTab]
    return [factory(ctx) for factory in factories]
