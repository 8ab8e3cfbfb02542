"""The window with the organisation's server: Fichier › Publier vers le serveur… publishes the
laptop's cohorts (the address typed once, remembered without password; the status bar says when),
and a window opened on the server shows its cohorts and says backups are the server's job."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from app.config import ServerUrl
from app.db import Database
from app.models.people import Cohort
from app.services.settings import get_setting
from app.ui.context import AppContext
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.server
TODAY = dt.date(2022, 12, 14)


def test_publishing_from_the_file_menu(qtbot, server_cluster, demo_db_path, monkeypatch):
    url = server_cluster.url(server_cluster.new_database())
    laptop = Database.open(demo_db_path)
    window = MainWindow(AppContext(laptop, today=lambda: TODAY))
    qtbot.addWidget(window)
    assert window.publish.status.text() == ""  # never published
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (url, True))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    action = window.findChild(type(window.publish.action), "publish_to_server")
    action.trigger()
    assert all(f"Coopérative {n}" in told[-1] for n in (1, 2, 3))
    assert window.publish.status.text().startswith("Publiée sur le serveur le")
    with laptop.session() as session:
        assert get_setting(session, "network.server_url").startswith("postgresql://coop@")
    server = Database.open(ServerUrl(url))
    on_server = MainWindow(AppContext(server, today=lambda: TODAY))  # the organisation's view
    qtbot.addWidget(on_server)
    try:
        with server.session() as session:
            assert session.execute(select(func.count()).select_from(Cohort)).scalar() == 3
        shown = [on_server.cohort_box.itemText(i) for i in range(on_server.cohort_box.count())]
        assert shown == ["Coopérative 3", "Coopérative 2", "Coopérative 1"]  # every one published
        assert on_server.cohort_box.currentText() == "Coopérative 2"  # the one running that day
        assert on_server.publish.status.text().startswith("3 cohortes publiées ici, la dernière")
    finally:
        on_server.close()
        server.close()
        window.close()
        laptop.close()


def test_a_window_on_the_server_says_backups_are_the_servers(
    qtbot, server_cluster, _server_demo_template, monkeypatch
):
    url = server_cluster.url(server_cluster.new_database(template=_server_demo_template))
    server = Database.open(ServerUrl(url))
    window = MainWindow(AppContext(server, today=lambda: TODAY))
    qtbot.addWidget(window)
    try:
        assert window.safety.status.text().startswith("Base sur le serveur postgresql://")
        assert not window.publish.action.isEnabled()  # one publishes from a laptop
        told = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
        window.safety.backup_to_usb()
        assert "pg_dump" in told[-1]
    finally:
        window.close()
        server.close()
