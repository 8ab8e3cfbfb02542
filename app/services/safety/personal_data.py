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

from app.i18n import tr
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
        # Money: sales, cash, expenses and profit shares are accounts, kept.
        "sales_event",
        "sale_line",
        "cash_movement",
        "expense",
        "profit_share",
    }
)

# French names of columns for the readable copy; other areas add theirs (fallback: the column).
FIELD_LABELS = {
    "id": "Numéro",
    "first_name": "Prénom",
    "last_name": "Nom",
    "role": "Rôle",
    "country_code": "Pays",
    "languages": "Langues",
    "phone": "Téléphone",
    "active": "Active",
    "notes": "Notes",
    "cohort_id": "Cohorte",
    "joined_on": "Arrivée",
    "left_on": "Départ",
    "date": "Date",
    "start_time": "Début",
    "end_time": "Fin",
    "kind": "Type",
    "module_id": "Module",
    "facilitator_id": "Animatrice",
    "place": "Lieu",
    # Schedule, rotation and the day's work.
    "status": "État",
    "note": "Note",
    "morning_id": "Matinée",
    "person_id": "Personne",
    "on_date": "Le",
    "weekday": "Jour de la semaine",
    "reason": "Raison",
    "is_sale": "Jour de vente",
    "delegate_id": "Déléguée",
    "deputy_id": "Suppléante",
    "published": "Publié",
    "problem": "Problème",
    "other_date": "Autre date",
    "before_id": "Avant",
    "after_id": "Après",
    "made_at": "Fait le",
    "item_id": "Point de la liste",
    "ticked_by_id": "Cochée par",
    "ticked_at": "Cochée le",
    "author_id": "Écrit par",
    "done_text": "Fait aujourd'hui",
    "next_text": "À faire ensuite",
    "written_at": "Écrit le",
    "text": "Texte",
    "assignee_id": "Pour",
    "due_date": "Pour le",
    "circle_id": "Cercle",
    "created_on": "Créé le",
    "done_on": "Fait le",
    "done_by_id": "Fait par",
    # Sales, cash and expenses.
    "format": "Format",
    "order_ref": "Commande",
    "opening_float_cents": "Fond de caisse",
    "cash_count_json": "Comptage de la caisse",
    "cash_counted_cents": "Caisse comptée",
    "cash_expected_cents": "Caisse attendue",
    "cash_explanation": "Explication de l'écart",
    "closed_at": "Clôturée le",
    "closed_by_id": "Clôturée par",
    "created_at": "Créé le",
    "created_by_id": "Noté par",
    "event_id": "Vente",
    "product_id": "Produit",
    "payment_method": "Paiement",
    "quantity": "Quantité",
    "unit_price_cents": "Prix unitaire",
    "vat_rate_bp": "TVA",
    "source": "Origine",
    "reverses_id": "Corrige la ligne",
    "amount_cents": "Montant",
    "is_correction": "Correction",
    "supplier": "Fournisseur",
    "category": "Catégorie",
    "paid_by_id": "Payé par",
    "receipt_number": "Numéro du ticket",
    "reimbursed_on": "Remboursé le",
    "decision_id": "Décision",
    "hours": "Heures",
    "share_cents": "Part",
    "took_part": "A participé",
    # Evaluations.
    "campaign_id": "Évaluation",
    "evaluator_id": "Évaluatrice",
    "member_id": "Membre",
    "competence_id": "Compétence",
    "day": "Jour",
    "level": "Niveau",
    "comment": "Commentaire",
    "has_it": "Acquise",
    "chooser_id": "Choisi par",
    "target_id": "Pour",
    "adjective_id": "Adjectif",
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
    if column in FIELD_LABELS:
        return tr(FIELD_LABELS[column], "personal_data")
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
    from app.services.delegate.rotation import change_kind_label
    from app.services.menus.orders import fulfilment_label, status_label
    from app.services.sales.events import format_label, method_label
    from app.services.sales.expenses import category_label
    from app.services.schedule.attendance import attendance_label
    from app.services.schedule.mornings import kind_label
    from app.services.schedule.mornings import status_label as morning_status_label

    return {
        ("attendance", "status"): attendance_label,
        ("morning", "kind"): kind_label,
        ("morning", "status"): morning_status_label,
        ("sales_event", "format"): format_label,
        ("sale_line", "payment_method"): method_label,
        ("expense", "category"): category_label,
        ("rotation_change", "kind"): change_kind_label,
        ("customer_order", "status"): status_label,
        ("customer_order", "fulfilment"): fulfilment_label,
    }


YES_NO_COLUMNS = frozenset(
    {"active", "is_sale", "published", "took_part", "has_it", "is_correction"}
)


def readable_value(column: str, value, table: str = "") -> str:
    """A stored value as a person reads it: role and country names, Oui/Non, dates dd/mm/yyyy,
    the words of a vocabulary in the interface language; nothing for an empty value."""
    from app.services.people.countries import country_name
    from app.services.people.members import role_label

    if value is None or value in ("", "{}", "[]"):
        return ""
    label = _vocabulary_labels().get((table, column))
    if label is not None and isinstance(value, str):
        return label(value)
    if isinstance(value, bytes):
        return tr("(image, {n} octets)", "personal_data").format(n=len(value))
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
            return dt.date.fromisoformat(text).strftime("%d/%m/%Y")
        if len(text) >= 19 and text[10] == " ":
            return dt.datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M")
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
            tr("L'effacement ne sait pas encore traiter : {tables}.", "personal_data").format(
                tables=", ".join(unknown)
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
            "languages": "",
            "phone": "",
            "notes": "",
            "active": 0,
        },
    )
    session.expire_all()
    log.info("erased person #%s (deleted %s, kept %s)", person_id, deleted, kept)
    return Erasure(person_id, deleted, kept)
