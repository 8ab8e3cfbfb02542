"""The areas of data a write can change, announced with `ctx.changed(Area.SALES, ...)` and listened
for by pages in `refresh_on`. One vocabulary, checked by tests: an area listened for must be
announced by some write, and every write in the UI announces what it changed.

Kept free of Qt so the checks (and anything else) can import it without a display.
"""

from __future__ import annotations

from enum import StrEnum


class Area(StrEnum):
    COOPERATIVE = "cooperative"  # the cooperative's name, address, settings dialog
    SETTINGS = "settings"  # the cooperative's settings for menus and costs
    COHORTS = "cohorts"  # cohorts: created, edited, trashed
    PEOPLE = "people"  # members and their active state
    DIRECTORY = "directory"  # organisations and outside people, mentors paired with members
    SCHEDULE = "schedule"  # mornings, attendance, closures, modules, prerequisites
    TODAY = "today"  # the day's checklist and today's records
    ROTATION = "rotation"  # the delegate of the day, handovers, unavailabilities, tasks
    CIRCLES = "circles"  # a cohort's thematic circles: mandate, members, checklist, meetings
    MENUS = "menus"  # recipes, ingredients, menus, customer orders
    LABELS = "labels"  # label templates
    SALES = "sales"  # sale days, taps, counts, expenses, closings
    EVALUATIONS = "evaluations"  # grids, peer and self evaluations, frameworks, reports
    TASTINGS = "tastings"  # tastings: a recipe version's questions, customers' forms
    DECISIONS = "decisions"  # the register of decisions, the charter and house rules, signatures
