"""The demo: one campaign of each format, tastings of energy balls v1 to v3, PIN 1234."""

from __future__ import annotations

from sqlalchemy import func, select

from app.demo import evaluations as demo_evaluations
from app.demo import people as demo_people
from app.demo.context import DemoContext
from app.models.menus import Recipe
from app.services.evaluations import campaigns, grid, pin, tastings
from app.services.people.cohorts import find_cohort


def test_demo_has_both_formats_and_rising_tastings(demo_db):
    with demo_db.session() as s:
        c1, c2 = find_cohort(s, "Coopérative 1").id, find_cohort(s, "Coopérative 2").id
        grids = campaigns.list_campaigns(s, c1, "grid")
        assert len(grids) == 1 and grids[0].finalised and len(grids[0].evaluator_ids) == 2
        assert grid.results(s, grids[0].id).overall.pairs > 0
        assert len(campaigns.list_campaigns(s, c2, "self_peer")) == 1
        family = tastings.tasted_families(s)[0]
        averages = tastings.version_averages(s, family.family_id)
        assert [a.recipe.version for a in averages] == [1, 2, 3]
        assert len(tastings.list_tastings(s, family.family_id)) >= 3
        assert averages[0].taste < averages[-1].taste
        assert pin.verify_pin(s, demo_evaluations.DEMO_PIN).ok


def test_demo_uses_the_menus_energy_balls_when_given(session):
    context = DemoContext()
    demo_people.seed(session, context)
    ids = []
    for version in (1, 2, 3):
        row = Recipe(
            name="Energy balls (Menus)",
            version=version,
            yield_count=24,
            family_id=ids[0] if ids else None,
        )
        session.add(row)
        session.flush()
        if not ids:
            row.family_id = row.id
        ids.append(row.id)
    context.extra["energy_ball_versions"] = ids
    demo_evaluations.seed(session, context)
    assert session.scalar(select(func.count(Recipe.id))) == 3  # none added
    assert {t.recipe.id for t in tastings.list_tastings(session)} == set(ids)
