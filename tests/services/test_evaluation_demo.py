"""The demo: one campaign of each format, PIN 1234."""

from __future__ import annotations

from app.demo import evaluations as demo_evaluations
from app.services.evaluations import campaigns, grid, pin
from app.services.people.cohorts import find_cohort


def test_demo_has_both_formats_and_a_pin(demo_db):
    with demo_db.session() as s:
        c1, c2 = find_cohort(s, "Coopérative 1").id, find_cohort(s, "Coopérative 2").id
        grids = campaigns.list_campaigns(s, c1, "grid")
        assert len(grids) == 1 and grids[0].finalised and len(grids[0].evaluator_ids) == 2
        assert grid.results(s, grids[0].id).overall.pairs > 0
        assert len(campaigns.list_campaigns(s, c2, "self_peer")) == 1
        assert pin.verify_pin(s, demo_evaluations.DEMO_PIN).ok
