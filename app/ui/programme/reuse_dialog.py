""" "Nouvelle cohorte à partir de…" (File menu): choose a previous cohort, a new name and a start
date; the new cohort gets its mornings (moved by whole weeks), targets and evaluation framework in
one unit of work (`app.services.programme.reuse`), becomes the current cohort, and the status bar
says how many mornings were copied. A name already used shows at the name; nothing is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from app.ui.dialogs import FormDialog
from app.ui.style import size_by_font
from app.ui.widgets import combo_box, date_edit


@dataclass(frozen=True)
class ReuseRequest:
    source_id: int | None
    name: str
    start: dt.date


class ReuseDialog(FormDialog):
    def __init__(
        self, database, cohorts: list[tuple[int, str]], current: int | None, today, parent=None
    ):
        super().__init__(lambda request: self._copy(database, request), parent)
        self.setObjectName("reuse_dialog")
        self.setWindowTitle(self.tr("Nouvelle cohorte à partir d'une autre"))
        size_by_font(self, min_width=60)
        explain = QLabel(
            self.tr(
                "La nouvelle cohorte reprend les matinées (mêmes jours de la semaine, à partir "
                "de la nouvelle date), les objectifs et la grille d'évaluation. Pas les membres, "
                "ni les présences, ni les ventes."
            )
        )
        explain.setWordWrap(True)
        self.source = combo_box([(name, cohort_id) for cohort_id, name in cohorts])
        if current is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(current)))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("par exemple : Coopérative 3"))
        size_by_font(self.name, min_width=30)
        self.start = date_edit(today)
        form = self.add_rows(
            QFormLayout(),
            (
                ("source_cohort", self.tr("À partir de"), self.source),
                ("name", self.tr("Nom de la nouvelle cohorte *"), self.name),
                ("start_date", self.tr("Premier jour"), self.start),
            ),
        )
        self.lay_out(explain, form)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Créer la cohorte"))

    @staticmethod
    def _copy(database, request: ReuseRequest):
        from app.services.programme.reuse import copy_cohort  # models load when used

        with database.session() as session:
            return copy_cohort(session, request.source_id, request.name, request.start)

    def typed(self) -> ReuseRequest:
        return ReuseRequest(
            self.source.currentData(), self.name.text(), self.start.date().toPython()
        )
