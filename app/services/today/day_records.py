"""The records the delegate's day is shown with: a rotation day, a checklist line, a task, a
morning, a handover, and the whole day for the Today screen (the checklist's kinds of list are
`app.vocab.delegate.ChecklistKind`). Plain data: no database here.

`app.services.today.first_screen` reads them for the Today screen; the services that write (tasks,
checklists, delegates, delegate_day) return them too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from app.services.kitchen.limits import out_of_limits
from app.services.kitchen.stock_rules import SoonOutOfDate


@dataclass(frozen=True)
class RotationDayInfo:
    date: dt.date
    is_sale: bool
    delegate_id: int | None
    delegate_name: str
    deputy_id: int | None
    deputy_name: str
    published: bool
    problem: str  # in words, in the language of the read (rotation_problem.problem_text)
    warning: str = ""  # e.g. the delegate left or was deactivated since the plan was made
    delegate_gender: str = "unstated"  # app.vocab.people.Gender: her role's word in her gender
    deputy_gender: str = "unstated"
    problem_kind: str | None = None  # as stored (app.vocab.delegate.RotationProblem), for undo
    problem_values: str = ""

    @property
    def needs_attention(self) -> bool:
        return self.delegate_id is None or bool(self.warning)


@dataclass(frozen=True)
class CheckItem:
    item_id: int
    day_kind: str
    text: str
    done: bool
    ticked_by: str
    ticked_at: dt.datetime | None
    default_key: str | None = None  # the seeded line it is ("fridge_temperatures"), if any


@dataclass(frozen=True)
class TemperatureLine:
    """A fridge or freezer on the day: its limits and the value read (None: not yet)."""

    appliance_id: int
    name: str
    min_c: Decimal
    max_c: Decimal
    value_c: Decimal | None
    corrective_action: str = ""

    @property
    def out_of_limits(self) -> bool:
        return out_of_limits(self.value_c, self.min_c, self.max_c)

    @property
    def needs_action(self) -> bool:
        return self.out_of_limits and not self.corrective_action


@dataclass(frozen=True)
class TaskInfo:
    id: int
    text: str
    assignee_id: int | None
    assignee_name: str
    due_date: dt.date | None
    circle_id: int | None
    circle_name: str
    created_on: dt.date
    done_on: dt.date | None
    done_by_name: str

    def is_late(self, today: dt.date) -> bool:
        return self.done_on is None and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class MorningLine:
    start: dt.time
    end: dt.time
    kind: str
    title: str
    place: str


@dataclass(frozen=True)
class HandoverInfo:
    date: dt.date
    author_id: int | None
    author_name: str
    done_text: str
    next_text: str


@dataclass(frozen=True)
class TodayInfo:
    date: dt.date
    cohort_id: int
    working_day: bool
    delegate_id: int | None
    delegate_name: str
    deputy_name: str
    problem: str
    is_sale: bool
    delegate_gender: str = "unstated"  # app.vocab.people.Gender
    deputy_gender: str = "unstated"
    warning: str = ""  # the day's delegate can no longer do it (as the Rotation tab warns)
    schedule: list[MorningLine] = field(default_factory=list)
    checklist: list[CheckItem] = field(default_factory=list)
    open_tasks: list[TaskInfo] = field(default_factory=list)
    previous_handover: HandoverInfo | None = None
    own_handover: HandoverInfo | None = None
    next_day: RotationDayInfo | None = None
    has_plan: bool = False
    follow_ups_due: int = 0  # follow-ups after the programme that have come (all cohorts)
    temperatures: list[TemperatureLine] = field(default_factory=list)
    soon_out_of_date: list[SoonOutOfDate] = field(default_factory=list)  # lots on hand
    # Read only when the rotation names no delegate: the one named on the day's sale (a stand on
    # a day without a morning), who is then the delegate of the day and signs its handover.
    sale_delegate_id: int | None = None
    sale_delegate_name: str = ""
    sale_delegate_gender: str = "unstated"

    @property
    def day_delegate(self) -> tuple[int | None, str, str]:
        """(id, first name, gender) of the delegate of the day: the rotation's, else the sale's."""
        if self.delegate_id is None and self.sale_delegate_id is not None:
            return self.sale_delegate_id, self.sale_delegate_name, self.sale_delegate_gender
        return self.delegate_id, self.delegate_name, self.delegate_gender

    @property
    def temperature_alarm(self) -> bool:
        """A reading out of limits without its corrective action: the checklist shows red."""
        return any(line.needs_action for line in self.temperatures)
