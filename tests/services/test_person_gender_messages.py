"""Messages about one named person take her or his gender: French marks it ("n'est pas
déléguée" / "délégué", "désactivez-la" / "-le"), and Arabic marks it where French does not
("غير متاحة" / "غير متاح"). Amina is a woman, Karim a man; each sentence is read in French and
in Arabic for both, through the service that says it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.delegate import person_messages, rotation
from app.services.errors import ValidationError
from app.services.evaluations import campaigns, framework, grid
from app.services.evaluations.report import member_report
from app.services.outcomes import consent
from app.services.people import cohorts, members
from app.services.programme.portfolio import member_portfolio
from app.services.schedule import attendance
from app.services.schedule import mornings as schedule
from app.services.schedule.mornings import MorningInput
from app.services.today.first_screen import day_of
from app.vocab.outcomes import ConsentPurpose

START = dt.date(2022, 9, 12)  # a Monday
TUESDAY = dt.date(2022, 9, 13)
NAMES = {"woman": "Amina", "man": "Karim"}


@pytest.fixture
def cohort(session):
    """A cohort of two members, Amina (a woman) and Karim (a man)."""
    cohort = cohorts.create_cohort(
        session, cohorts.CohortInput("Coopérative 2", START, dt.date(2022, 9, 30))
    )
    ids = {
        gender: members.create_person(
            session, members.PersonInput(name, gender=gender), cohort.id
        ).id
        for gender, name in NAMES.items()
    }
    return cohort.id, ids


def refusal(action) -> str:
    with pytest.raises(ValidationError) as error:
        action()
    return error.value.message


def both_languages(read_in, say) -> tuple[str, str]:
    """What `say()` returns in French, then in Arabic."""
    french = say()
    read_in("ar")
    return french, say()


WOMAN_MAN = pytest.mark.parametrize("gender", ["woman", "man"])


@pytest.mark.parametrize(
    "gender, french, arabic",
    [
        ("woman", "Amina n'est pas disponible ce jour-là.", "Amina غير متاحة في ذلك اليوم."),
        ("man", "Karim n'est pas disponible ce jour-là.", "Karim غير متاح في ذلك اليوم."),
    ],
)
def test_a_delegate_chosen_by_hand_on_a_day_off(session, cohort, read_in, gender, french, arabic):
    cohort_id, ids = cohort
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1))
    rotation.add_unavailability(session, cohort_id, ids[gender], on_date=TUESDAY)
    said = both_languages(
        read_in,
        lambda: refusal(
            lambda: rotation.set_delegate(session, cohort_id, TUESDAY, ids[gender], "", START)
        ),
    )
    assert said == (french, arabic)


@pytest.mark.parametrize(
    "gender, french, arabic",
    [
        ("woman", "Ce jour-là, Amina n'est pas déléguée.", "في ذلك اليوم، Amina ليست المندوبة."),
        ("man", "Ce jour-là, Karim n'est pas délégué.", "في ذلك اليوم، Karim ليس المندوب."),
    ],
)
def test_a_swap_with_a_day_that_is_not_hers_or_his(
    session, cohort, read_in, gender, french, arabic
):
    cohort_id, ids = cohort
    info = rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1))
    not_theirs = [d.date for d in info.days if d.delegate_id != ids[gender]]
    said = both_languages(
        read_in,
        lambda: refusal(
            lambda: rotation.swap_days(
                session, cohort_id, not_theirs[0], ids[gender], "", START, not_theirs[1]
            )
        ),
    )
    assert said == (french, arabic)


@pytest.mark.parametrize(
    "gender, french, arabic",
    [
        (
            "woman",
            "Amina n'est plus disponible ce jour-là : remplacez-la (Absente…).",
            "Amina لم تعد متاحة في ذلك اليوم: ضعي واحدة مكانها (غائبة…).",
        ),
        (
            "man",
            "Karim n'est plus disponible ce jour-là : remplacez-le (Absente…).",
            "Karim لم يعد متاحًا في ذلك اليوم: ضعي أحدًا مكانه (غائبة…).",
        ),
    ],
)
def test_the_warning_on_a_day_whose_delegate_left_on_both_paths(
    session, cohort, read_in, gender, french, arabic
):
    """The Rotation tab (ORM) and the Today screen (plain SQL) say the same."""
    cohort_id, ids = cohort
    info = rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1))
    day = next(d.date for d in info.days if d.delegate_id == ids[gender] and d.date > START)
    members.set_active(session, ids[gender], False)

    def warnings():
        planned = next(d for d in rotation.get_rotation(session, cohort_id).days if d.date == day)
        return planned.warning, day_of(session, cohort_id, day).warning

    assert both_languages(read_in, warnings) == ((french, french), (arabic, arabic))


@pytest.mark.parametrize(
    "say, woman, man",
    [
        (
            lambda name, gender: person_messages.no_day_to_swap(name, gender),
            ("Amina n'a pas de jour à venir à échanger.", "Amina ليس لديها يوم قادم للتبديل."),
            ("Karim n'a pas de jour à venir à échanger.", "Karim ليس لديه يوم قادم للتبديل."),
        ),
        (
            lambda name, gender: person_messages.not_available_on(name, gender, TUESDAY),
            ("Amina n'est pas disponible le 13/09.", "Amina غير متاحة يوم 13/09."),
            ("Karim n'est pas disponible le 13/09.", "Karim غير متاح يوم 13/09."),
        ),
    ],
)
def test_the_rotation_s_other_sentences_about_a_member(read_in, say, woman, man):
    assert both_languages(read_in, lambda: (say("Amina", "woman"), say("Karim", "man"))) == (
        (woman[0], man[0]),
        (woman[1], man[1]),
    )


def test_an_unstated_gender_reads_as_the_feminine():
    assert person_messages.not_delegate_that_day("Sam", "unstated") == (
        "Ce jour-là, Sam n'est pas déléguée."
    )


@pytest.mark.parametrize(
    "gender, french, arabic",
    [
        (
            "woman",
            "Amina fait déjà partie de cette cohorte.",
            "Amina موجودة في هذه المجموعة بالفعل.",
        ),
        ("man", "Karim fait déjà partie de cette cohorte.", "Karim موجود في هذه المجموعة بالفعل."),
    ],
)
def test_a_name_written_twice_in_a_cohort(session, cohort, read_in, gender, french, arabic):
    cohort_id, _ids = cohort
    again = members.PersonInput(NAMES[gender])
    said = both_languages(
        read_in, lambda: refusal(lambda: members.create_person(session, again, cohort_id))
    )
    assert said == (french, arabic)


@pytest.mark.parametrize(
    "gender, french, arabic",
    [
        (
            "woman",
            "Amina a déjà un historique dans l'application : désactivez-la plutôt.",
            "Amina لها تاريخ في التطبيق بالفعل: الأفضل أن تجعليها غير نشيطة.",
        ),
        (
            "man",
            "Karim a déjà un historique dans l'application : désactivez-le plutôt.",
            "Karim له تاريخ في التطبيق بالفعل: الأفضل أن تجعليه غير نشيط.",
        ),
    ],
)
def test_deleting_someone_with_a_history(session, cohort, read_in, gender, french, arabic):
    cohort_id, ids = cohort
    rotation.plan_cohort(session, cohort_id, START, weekdays=(0, 1))  # her days are history
    said = both_languages(
        read_in, lambda: refusal(lambda: members.delete_person(session, ids[gender]))
    )
    assert said == (french, arabic)


def _grid(session, cohort_id):
    return campaigns.create_campaign(session, cohort_id, "grid", "Bilan", START).id


@pytest.mark.parametrize(
    "gender, french, arabic",
    [
        (
            "woman",
            "Amina est évaluée : elle ne peut pas être évaluatrice.",
            "Amina يتم تقييمها: لا يمكن أن تكون مُقيِّمة.",
        ),
        (
            "man",
            "Karim est évalué : il ne peut pas être évaluateur.",
            "Karim يتم تقييمه: لا يمكن أن يكون مُقيِّمًا.",
        ),
    ],
)
def test_an_evaluated_member_as_evaluator(session, cohort, read_in, gender, french, arabic):
    cohort_id, ids = cohort
    campaign_id = _grid(session, cohort_id)
    said = both_languages(
        read_in,
        lambda: refusal(lambda: campaigns.set_evaluators(session, campaign_id, [ids[gender]])),
    )
    assert said == (french, arabic)


@pytest.mark.parametrize(
    "gender, french, arabic",
    [
        (
            "woman",
            "Lina a déjà noté des membres : elle reste évaluatrice.",
            "Lina قيّمت عضوات بالفعل: تبقى مُقيِّمة.",
        ),
        (
            "man",
            "Omar a déjà noté des membres : il reste évaluateur.",
            "Omar قيّم عضوات بالفعل: يبقى مُقيِّمًا.",
        ),
    ],
)
def test_an_evaluator_who_already_scored(session, cohort, read_in, gender, french, arabic):
    cohort_id, ids = cohort
    name = {"woman": "Lina", "man": "Omar"}[gender]
    evaluator = members.create_person(
        session, members.PersonInput(name, role="facilitator", gender=gender), cohort_id
    ).id
    campaign_id = _grid(session, cohort_id)
    campaigns.set_evaluators(session, campaign_id, [evaluator])
    competence = framework.get_framework(session, cohort_id).competences[0].id
    rating = [grid.RatingInput(competence, 2)]
    grid.save_sheet(session, campaign_id, evaluator, ids["woman"], 1, rating)
    said = both_languages(
        read_in, lambda: refusal(lambda: campaigns.set_evaluators(session, campaign_id, []))
    )
    assert said == (french, arabic)


@pytest.mark.parametrize(
    "gender, french, arabic",
    [
        (
            "woman",
            "Lina n'est pas membre de « Coopérative 2 ».",
            "Lina ليست عضوة في «Coopérative 2».",
        ),
        ("man", "Omar n'est pas membre de « Coopérative 2 ».", "Omar ليس عضوًا في «Coopérative 2»."),
    ],
)
def test_the_report_of_someone_who_is_not_a_member(
    session, cohort, read_in, gender, french, arabic
):
    cohort_id, _ids = cohort
    name = {"woman": "Lina", "man": "Omar"}[gender]
    facilitator = members.create_person(
        session, members.PersonInput(name, role="facilitator", gender=gender), cohort_id
    ).id
    said = both_languages(
        read_in, lambda: refusal(lambda: member_report(session, facilitator, cohort_id))
    )
    assert said == (french, arabic)


@pytest.mark.parametrize(
    "gender, french, arabic",
    [
        (
            "woman",
            "Amina n'a pas fait partie de cette cohorte.",
            "Amina لم تكن في هذه المجموعة.",
        ),
        ("man", "Karim n'a pas fait partie de cette cohorte.", "Karim لم يكن في هذه المجموعة."),
    ],
)
def test_a_portfolio_for_a_cohort_she_or_he_was_not_in(
    session, cohort, read_in, gender, french, arabic
):
    _cohort_id, ids = cohort
    other = cohorts.create_cohort(
        session, cohorts.CohortInput("Autre", START, dt.date(2022, 9, 30))
    ).id
    consent.give_consent(session, ids[gender], START, purpose=ConsentPurpose.PORTFOLIO)
    said = both_languages(
        read_in,
        lambda: refusal(lambda: member_portfolio(session, ids[gender], START, cohort_id=other)),
    )
    assert said == (french, arabic)


def test_the_follow_up_alert_speaks_of_her_or_of_him(session, cohort, read_in):
    cohort_id, ids = cohort
    for day in (12, 13, 14):
        morning = schedule.create_morning(
            session, cohort_id, MorningInput(dt.date(2022, 9, day), kind="theory")
        )
        for person_id in ids.values():
            attendance.set_attendance(session, morning.id, person_id, "absent")
    assert both_languages(read_in, lambda: attendance.follow_up_alerts(session, cohort_id)) == (
        [
            "Amina a manqué 3 matinées de suite : prenez de ses nouvelles.",
            "Karim a manqué 3 matinées de suite : prenez de ses nouvelles.",
        ],
        [
            "Amina غابت عن 3 فترات صباحية متتالية: اسألي عن أحوالها.",
            "Karim غاب عن 3 فترات صباحية متتالية: اسألي عن أحواله.",
        ],
    )


def _in_arabic(read_in):
    """The Arabic catalogue, its plurals and its list comma, as the command line's `--lang ar`
    sets them (the conftest puts French back)."""
    from app.commands.language import use_language

    use_language("ar")


def _plain(text: str) -> str:
    from app.i18n import without_isolates

    return without_isolates(text)


def test_a_circle_suggestion_in_her_or_his_gender_with_arabic_commas(read_in):
    from app.services.circles.suggestions import Suggestion

    counts = (("purchasing", 4), ("cash", 2))
    amina, karim = Suggestion(1, "Amina", 6, counts), Suggestion(2, "Karim", 6, counts, "man")
    assert amina.explanation() == ("suggérée : a fait les achats 4 fois, a tenu la caisse 2 fois")
    assert karim.explanation() == "suggéré : a fait les achats 4 fois, a tenu la caisse 2 fois"
    _in_arabic(read_in)
    assert _plain(amina.explanation()) == "مقترحة: قامت بالمشتريات 4 مرات، مسكت الصندوق مرتين"
    assert _plain(karim.explanation()) == "مقترح: قام بالمشتريات 4 مرات، مسك الصندوق مرتين"


def test_a_day_nobody_can_take_lists_its_reasons_with_the_arabic_comma(read_in):
    import json

    from app.services.delegate.rotation_problem import problem_text

    values = json.dumps(
        {
            "reasons": [
                {"name": "Amina", "why": "left"},
                {"name": "Karim", "why": "left", "gender": "man"},
            ]
        }
    )
    assert "Amina (partie), Karim (parti)." in problem_text("nobody", values)
    _in_arabic(read_in)
    assert "Amina (غادرت)، Karim (غادر)." in _plain(problem_text("nobody", values))
