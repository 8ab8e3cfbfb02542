"""A person's rights over her data: export everything the app holds about her, or erase her.

Everything about a person is found through the foreign keys to `person` in `Base.metadata`, so
the tables other areas add are covered. Erasure needs to know, for each such table, whether its
rows are personal (deleted: evaluations, observations, adjectives...) or the cooperative's history
(kept, pointing at the anonymous "Ancienne membre": memberships, sales, rotation). Every table that
refers to `person` must be listed in exactly one of the two sets below; a test enforces it.

Evaluation content (ratings, the coordinator's comments, answers) is behind the coordinator's PIN:
exporting or erasing a person who has some raises `PinRequired` unless the caller checked the PIN
first (`evaluations_unlocked=True`, after `app.services.evaluations.pin.verify_pin` in its own
unit of work, so that wrong PINs are counted).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.i18n import fill, format_date, format_datetime, listing, tr
from app.services.errors import NotFound, ValidationError
from app.services.safety import row_graph
from app.services.safety.trash import kind_label

log = logging.getLogger("coopactives.personal_data")

# Rows about the person herself, deleted when she is erased (other areas add their tables).
PERSONAL_TABLES: frozenset[str] = frozenset(
    {
        # Evaluations are about the person herself: erased with her.
        "eval_adjective_pick",
        "eval_evaluator",
        "eval_feedback",
        "eval_rating",
        "eval_self_answer",
        # When she is unavailable (childcare...) and which circles she joined.
        "unavailability",
        "circle_member",
        # After the programme: her consent to the follow-up and what became of her.
        "outcome_consent",
        "outcome",
        # Her consent to an employer portfolio.
        "portfolio_consent",
        # Her mentor and the mentor's notes about her.
        "mentor_pairing",
    }
)
# The evaluation tables among them: their content needs the coordinator's PIN.
EVALUATION_TABLES: frozenset[str] = frozenset(
    {"eval_adjective_pick", "eval_evaluator", "eval_feedback", "eval_rating", "eval_self_answer"}
)


class PinRequired(ValidationError):
    """The person has evaluation content: the coordinator's PIN must be typed first."""

    def __init__(self):
        super().__init__(
            "pin",
            tr(
                "Ses données contiennent des évaluations : tapez le code PIN des évaluations.",
                "personal_data",
            ),
        )


def needs_pin(session: Session, person_id: int) -> bool:
    """True when a PIN is set and some evaluation row refers to her."""
    from app.services.evaluations.pin import is_pin_set

    if not is_pin_set(session):
        return False
    session.flush()
    return any(
        row_graph.select_rows(session, ref.table, dict(zip(ref.columns, [person_id])))
        for ref in row_graph.references_to("person")
        if ref.table in EVALUATION_TABLES
    )


def _check_unlocked(session: Session, person_id: int, evaluations_unlocked: bool) -> None:
    if not evaluations_unlocked and needs_pin(session, person_id):
        raise PinRequired()


# The cooperative's history, kept under "Ancienne membre" (other areas add their tables).
HISTORY_TABLES: frozenset[str] = frozenset(
    {
        "membership",
        "morning",
        "attendance",
        # The rotation and the day's work, as the cohort lived it.
        "rotation_day",
        "rotation_change",
        "checklist_tick",
        "handover",
        "task",
        # A circle keeps who led it and who ticked its checklist.
        "circle_lead_turn",
        "circle_checklist_item",
        # Money: sales, cash, expenses and profit shares are accounts, kept.
        "sales_event",
        "sale_line",
        "cash_movement",
        "expense",
        "profit_share",
        # The group's decisions and the documents members signed: its history.
        "decision_position",
        "decision_objection",
        "document_signature",
        # Which sub-group of the schedule she followed.
        "subgroup_member",
        # Food safety self-checks: who read the fridge is part of the record the agency asks for.
        "temperature_reading",
    }
)


def field_labels() -> dict[str, str]:
    """The name of each column in the readable copy, in the interface language; other areas add
    theirs (fallback: the column)."""
    return {
        "id": tr("Numéro", "personal_data"),
        "uid": tr("Identifiant global", "personal_data"),
        "first_name": tr("Prénom", "personal_data"),
        "last_name": tr("Nom", "personal_data"),
        "role": tr("Rôle", "personal_data"),
        "gender": tr("Genre", "personal_data"),
        "country_code": tr("Pays", "personal_data"),
        "languages": tr("Langues", "personal_data"),
        "phone": tr("Téléphone", "personal_data"),
        "active": tr("Active", "personal_data"),
        "notes": tr("Notes", "personal_data"),
        "cohort_id": tr("Cohorte", "personal_data"),
        "joined_on": tr("Arrivée", "personal_data"),
        "left_on": tr("Départ", "personal_data"),
        "given_on": tr("Accord donné le", "personal_data"),
        "withdrawn_on": tr("Accord retiré le", "personal_data"),
        "checkpoint": tr("Moment du suivi", "personal_data"),
        "situation": tr("Situation", "personal_data"),
        "recorded_on": tr("Noté le", "personal_data"),
        "date": tr("Date", "personal_data"),
        "start_time": tr("Début", "personal_data"),
        "end_time": tr("Fin", "personal_data"),
        "kind": tr("Type", "personal_data"),
        "module_id": tr("Module", "personal_data"),
        "facilitator_id": tr("Animatrice", "personal_data"),
        "place": tr("Lieu", "personal_data"),
        "mentor_id": tr("Marraine / parrain", "personal_data"),
        "host_organisation_id": tr("Lieu de visite", "personal_data"),
        "meeting_point": tr("Point de rendez-vous", "personal_data"),
        # Schedule, rotation and the day's work.
        "status": tr("État", "personal_data"),
        "note": tr("Note", "personal_data"),
        "morning_id": tr("Matinée", "personal_data"),
        "person_id": tr("Personne", "personal_data"),
        "on_date": tr("Le", "personal_data"),
        "weekday": tr("Jour de la semaine", "personal_data"),
        "reason": tr("Raison", "personal_data"),
        "is_sale": tr("Jour de vente", "personal_data"),
        "delegate_id": tr("Déléguée", "personal_data"),
        "deputy_id": tr("Suppléante", "personal_data"),
        "published": tr("Publié", "personal_data"),
        "problem_kind": tr("Problème", "personal_data"),
        "problem_values": tr("Détail du problème", "personal_data"),
        "planned_days": tr("Jours planifiés", "personal_data"),
        "undoes": tr("Annule", "personal_data"),
        "other_date": tr("Autre date", "personal_data"),
        "before_id": tr("Avant", "personal_data"),
        "after_id": tr("Après", "personal_data"),
        "made_at": tr("Fait le", "personal_data"),
        "item_id": tr("Point de la liste", "personal_data"),
        "ticked_by_id": tr("Cochée par", "personal_data"),
        "ticked_at": tr("Cochée le", "personal_data"),
        "appliance_id": tr("Frigo ou congélateur", "personal_data"),
        "value_c": tr("Température (°C)", "personal_data"),
        "corrective_action": tr("Action corrective", "personal_data"),
        "recorded_by_id": tr("Relevée par", "personal_data"),
        "recorded_at": tr("Relevée le", "personal_data"),
        "author_id": tr("Écrit par", "personal_data"),
        "done_text": tr("Fait aujourd'hui", "personal_data"),
        "next_text": tr("À faire ensuite", "personal_data"),
        "written_at": tr("Écrit le", "personal_data"),
        "text": tr("Texte", "personal_data"),
        "assignee_id": tr("Pour", "personal_data"),
        "due_date": tr("Pour le", "personal_data"),
        "circle_id": tr("Cercle", "personal_data"),
        "created_on": tr("Créé le", "personal_data"),
        "done_on": tr("Fait le", "personal_data"),
        "done_by_id": tr("Fait par", "personal_data"),
        "started_on": tr("Anime depuis le", "personal_data"),
        # Sales, cash and expenses.
        "format": tr("Format", "personal_data"),
        "order_ref": tr("Commande", "personal_data"),
        "opening_float_cents": tr("Fonds de caisse", "personal_data"),
        "cash_count_json": tr("Comptage de la caisse", "personal_data"),
        "cash_counted_cents": tr("Caisse comptée", "personal_data"),
        "cash_expected_cents": tr("Caisse attendue", "personal_data"),
        "cash_explanation": tr("Explication de l'écart", "personal_data"),
        "version": tr("Version (nombre d'enregistrements)", "personal_data"),
        "closed_at": tr("Clôturée le", "personal_data"),
        "closed_by_id": tr("Clôturée par", "personal_data"),
        "created_at": tr("Créé le", "personal_data"),
        "created_by_id": tr("Noté par", "personal_data"),
        "event_id": tr("Vente", "personal_data"),
        "product_id": tr("Produit", "personal_data"),
        "payment_method": tr("Paiement", "personal_data"),
        "quantity": tr("Quantité", "personal_data"),
        "unit_price_cents": tr("Prix unitaire", "personal_data"),
        "vat_rate_bp": tr("TVA", "personal_data"),
        "source": tr("Origine", "personal_data"),
        "reverses_id": tr("Corrige la ligne", "personal_data"),
        "amount_cents": tr("Montant", "personal_data"),
        "is_correction": tr("Correction", "personal_data"),
        "supplier": tr("Fournisseur", "personal_data"),
        "category": tr("Catégorie", "personal_data"),
        "paid_by_id": tr("Payé par", "personal_data"),
        "receipt_number": tr("Numéro du ticket", "personal_data"),
        "reimbursed_on": tr("Remboursé le", "personal_data"),
        "decision_id": tr("Décision", "personal_data"),
        "hours": tr("Heures", "personal_data"),
        "share_cents": tr("Part", "personal_data"),
        "position": tr("Position", "personal_data"),
        "objection": tr("Objection", "personal_data"),
        "integration": tr("Intégration", "personal_data"),
        "document_id": tr("Document", "personal_data"),
        "signed_on": tr("Signé le", "personal_data"),
        "subgroup_id": tr("Sous-groupe", "personal_data"),
        # Evaluations.
        "campaign_id": tr("Évaluation", "personal_data"),
        "evaluator_id": tr("Évaluatrice", "personal_data"),
        "member_id": tr("Membre", "personal_data"),
        "competence_id": tr("Compétence", "personal_data"),
        "day": tr("Jour", "personal_data"),
        "level": tr("Niveau", "personal_data"),
        "comment": tr("Commentaire", "personal_data"),
        "has_it": tr("Acquise", "personal_data"),
        "chooser_id": tr("Choisi par", "personal_data"),
        "target_id": tr("Pour", "personal_data"),
        "adjective_id": tr("Adjectif", "personal_data"),
    }


@dataclass(frozen=True)
class LinkedRows:
    table: str
    label: str
    person_columns: tuple[str, ...]
    rows: list[dict]


@dataclass(frozen=True)
class PersonalData:
    person_id: int
    full_name: str
    exported_at: dt.datetime
    person: dict
    linked: list[LinkedRows]


@dataclass(frozen=True)
class Erasure:
    person_id: int
    deleted: dict[str, int]
    kept: dict[str, int]


def field_label(column: str) -> str:
    labels = field_labels()
    if column in labels:
        return labels[column]
    return column.replace("_id", "").replace("_", " ").capitalize()


def _readable(session: Session, table_name: str, row: dict) -> dict:
    """The row with each link shown as what it points at: a person's name, a cohort's or a
    product's name, a morning's or a day's date (never a bare number)."""
    result = dict(row)
    for constraint in row_graph.table(table_name).foreign_key_constraints:
        if len(constraint.columns) != 1:
            continue
        column = next(iter(constraint.columns)).name
        if row.get(column) is None:
            continue
        parent = constraint.referred_table
        (key,) = row_graph.primary_key(parent.name)
        found = row_graph.select_rows(session, parent.name, {key: row[column]})
        if found:
            result[column] = _what_it_is(parent.name, found[0], result[column])
    return result


def _what_it_is(table_name: str, row: dict, fallback):
    """How a linked row is named for a person: name, title, or date."""
    if table_name == "person":
        return f"{row['first_name']} {row['last_name']}".strip()
    for column in ("name", "title", "text", "date", "on_date"):
        if row.get(column) not in (None, ""):
            return readable_value(column, row[column])
    return fallback


def _vocabulary_labels() -> dict[tuple[str, str], object]:
    """(table, column) -> the label function of the vocabulary stored there."""
    from app.vocab.decisions import position_label
    from app.vocab.delegate import change_kind_label
    from app.vocab.menus import fulfilment_label, order_status_label
    from app.vocab.people import gender_label
    from app.vocab.sales import expense_category_label, payment_method_label, sale_format_label
    from app.vocab.schedule import (
        attendance_status_label,
        morning_kind_label,
        morning_status_label,
    )

    return {
        ("person", "gender"): gender_label,
        ("attendance", "status"): attendance_status_label,
        ("morning", "kind"): morning_kind_label,
        ("morning", "status"): morning_status_label,
        ("sales_event", "format"): sale_format_label,
        ("sale_line", "payment_method"): payment_method_label,
        ("expense", "category"): expense_category_label,
        ("rotation_change", "kind"): change_kind_label,
        ("customer_order", "status"): order_status_label,
        ("customer_order", "fulfilment"): fulfilment_label,
        ("decision_position", "position"): position_label,
    }


YES_NO_COLUMNS = frozenset({"active", "is_sale", "published", "has_it", "is_correction"})


def readable_value(column: str, value, table: str = "") -> str:
    """A stored value as a person reads it: role and country names, Oui/Non, dates dd/mm/yyyy,
    the words of a vocabulary in the interface language; nothing for an empty value."""
    from app.services.people.countries import country_name
    from app.vocab.people import role_label

    if value is None or value in ("", "{}", "[]"):
        return ""
    label = _vocabulary_labels().get((table, column))
    if label is not None and isinstance(value, str):
        return label(value)
    if isinstance(value, bytes):
        return fill(tr("(image, {n} octets)", "personal_data"), n=len(value))
    if column == "role":
        return role_label(str(value))
    if column == "country_code":
        return country_name(str(value), "fr")
    if column in YES_NO_COLUMNS:
        return tr("Oui", "personal_data") if value else tr("Non", "personal_data")
    if column.endswith("_cents") and isinstance(value, int):
        from app.services.money import format_amount

        return format_amount(value)
    if column.endswith("_bp") and isinstance(value, int):
        return f"{value / 100:g} %".replace(".", ",")
    text = str(value)
    try:
        if len(text) == 10:
            return format_date(dt.date.fromisoformat(text))
        if len(text) >= 19 and text[10] == " ":
            return format_datetime(dt.datetime.fromisoformat(text))
        if len(text) >= 8 and text[2] == ":" and text[5] == ":":
            return text[:5]
    except ValueError:
        pass
    return text


def _linked_rows(session: Session, person_id: int) -> list[LinkedRows]:
    """One entry per table, with the rows of every link to her (a table may link to a person
    twice: who rated and who was rated); a row that links to her twice is listed once."""
    by_table: dict[str, tuple[list[str], dict]] = {}
    for ref in row_graph.references_to("person"):
        rows = row_graph.select_rows(session, ref.table, dict(zip(ref.columns, [person_id])))
        if not rows:
            continue
        columns, found = by_table.setdefault(ref.table, ([], {}))
        columns.extend(c for c in ref.columns if c not in columns)
        for row in rows:
            found.setdefault(tuple(row_graph.key_of(ref.table, row).values()), row)
    return [
        LinkedRows(
            table,
            kind_label(table),
            tuple(columns),
            [_readable(session, table, row) for row in found.values()],
        )
        for table, (columns, found) in by_table.items()
    ]


def collect_person_data(
    session: Session,
    person_id: int,
    now: dt.datetime | None = None,
    evaluations_unlocked: bool = False,
) -> PersonalData:
    """The person's row and every row of any table that refers to her (PinRequired when some are
    evaluations and the PIN was not checked)."""
    session.flush()
    _check_unlocked(session, person_id, evaluations_unlocked)
    found = row_graph.select_rows(session, "person", {"id": person_id})
    if not found:
        raise NotFound(person_id)
    person = found[0]
    linked = _linked_rows(session, person_id)
    name = f"{person['first_name']} {person['last_name']}".strip()
    return PersonalData(
        person_id, name, (now or dt.datetime.now()).replace(microsecond=0), person, linked
    )


def export_json(data: PersonalData) -> str:
    def clean(row: dict) -> dict:
        return {c: row_graph.to_json_value(v) for c, v in row.items()}

    document = {
        "format": "coopactives-personal-data-1",
        "exported_at": data.exported_at.isoformat(),
        "person": clean(data.person),
        "linked": {link.table: [clean(r) for r in link.rows] for link in data.linked},
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def unclassified_tables() -> list[str]:
    """Tables referring to `person` that are in neither PERSONAL_TABLES nor HISTORY_TABLES."""
    tables = {ref.table for ref in row_graph.references_to("person")}
    return sorted(tables - PERSONAL_TABLES - HISTORY_TABLES)


def erase_person(session: Session, person_id: int, evaluations_unlocked: bool = False) -> Erasure:
    """Remove name and contact, delete her personal rows, keep history under "Ancienne membre"
    (PinRequired when she has evaluations and the PIN was not checked)."""
    session.flush()
    _check_unlocked(session, person_id, evaluations_unlocked)
    if not row_graph.select_rows(session, "person", {"id": person_id}):
        raise NotFound(person_id)
    unknown = unclassified_tables()
    if unknown:
        raise ValidationError(
            "person",
            fill(
                tr("L'effacement ne sait pas encore traiter : {tables}.", "personal_data"),
                tables=listing(unknown),
            ),
        )
    deleted: dict[str, int] = {}
    kept: dict[str, int] = {}
    for ref in row_graph.references_to("person"):
        where = dict(zip(ref.columns, [person_id]))
        rows = row_graph.select_rows(session, ref.table, where)
        if not rows:
            continue
        if ref.table in PERSONAL_TABLES:
            for row in rows:
                row_graph.delete_row(session, ref.table, row_graph.key_of(ref.table, row))
            deleted[ref.table] = deleted.get(ref.table, 0) + len(rows)
        else:
            kept[ref.table] = kept.get(ref.table, 0) + len(rows)
    row_graph.update_row(
        session,
        "person",
        {"id": person_id},
        {
            "first_name": tr("Ancienne membre", "personal_data"),
            "last_name": f"n° {person_id}",
            "country_code": None,
            "gender": "unstated",
            "languages": "",
            "phone": "",
            "notes": "",
            "active": 0,
        },
    )
    session.expire_all()
    log.info("erased person #%s (deleted %s, kept %s)", person_id, deleted, kept)
    return Erasure(person_id, deleted, kept)
