"""The demo: Coopérative 2's energy balls tasted in v1, v2 and v3, each version better liked, v3
with one more question (the size); and the seeder uses the Menus' versions when given."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.demo import people as demo_people
from app.demo import tastings as demo_tastings
from app.demo.context import DemoContext
from app.models.menus import Recipe
from app.services.tastings import questions, sessions, summary


def test_demo_tastings_of_three_versions_improve(demo_db):
    with demo_db.session() as s:
        [family] = summary.tasted_families(s)
        assert family.name == demo_tastings.ENERGY_BALLS and family.version == 3
        by_version = summary.tasting_summary(s, family.id)
        assert [(v.recipe.version, v.answers) for v in by_version] == [(1, 8), (2, 16), (3, 12)]
        for key in ("taste", "texture", "look", "price"):
            means = [v.means[key] for v in by_version]
            assert means[0] < means[-1], key
        buy = [v.shares["would_buy"][0] for v in by_version]  # "Oui"
        assert buy[0] < buy[1] < buy[2]
        v3 = questions.list_questions(s, family.id)
        assert "Quelle taille préférez-vous ?" in [q.text for q in v3] and len(v3) == 7
        compared = summary.compare_versions(s, family.id, dt.date(2022, 12, 14))
        assert all(r.cost_cents > 0 and r.price_cents > 0 for r in compared.versions)


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
    demo_tastings.seed(session, context)
    assert session.scalar(select(func.count(Recipe.id))) == 3  # none added
    assert {t.recipe.id for t in sessions.list_tastings(session)} == set(ids)
