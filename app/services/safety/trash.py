"""The "Corbeille": deleting moves a row to the trash for 30 days, from where it can be restored.

Works for any table without a new column: `move_to_trash(session, "recipe", 12, "Energy balls")`
keeps a JSON snapshot of the row, of the rows the database deletes with it (ON DELETE CASCADE) and
of the links it clears (ON DELETE SET NULL), then deletes it. Restoring re-inserts the rows with
their ids (a new id when the old one was taken meanwhile, the links following it) and sets the
cleared links back where they are still empty. A row that other rows refer to without a cascade
(history, such as sales) is not deleted: the message names what holds it.

A snapshot carries the schema revision it was taken at: restored after a migration, its rows keep
the columns their tables have now and new columns take their defaults (`snapshot_fit`); what still
cannot go back is refused with a clear message, nothing written.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass

from sqlalchemy import JSON, cast, delete, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.i18n import fill, listing, tr, without_isolates
from app.models import load_all
from app.models.safety import TrashItem
from app.services.errors import NotFound, ValidationError
from app.services.safety import row_graph
from app.services.safety.snapshot_fit import LiveTables, SchemaChanged, schema_revision

log = logging.getLogger("coopactives.trash")

TRASH_DAYS = 30


def kind_label(table_name: str) -> str:
    """What a row of this table is called for people (in the trash and in "… en dépendent");
    a new table adds its name here (tests/test_registrations.py names the ones missing)."""
    labels = {
        "person": tr("Personne", "trash"),
        "cohort": tr("Cohorte", "trash"),
        "recipe": tr("Recette", "trash"),
        "ingredient": tr("Ingrédient", "trash"),
        "ingredient_component": tr("Ingrédient d'un ingrédient composé", "trash"),
        "ingredient_nutrition": tr("Valeurs nutritionnelles d'un ingrédient", "trash"),
        "morning": tr("Matinée", "trash"),
        "module": tr("Module", "trash"),
        "membership": tr("Participation à une cohorte", "trash"),
        "outcome_consent": tr("Accord pour le suivi après le programme", "trash"),
        "portfolio_consent": tr("Accord pour le portfolio employeur", "trash"),
        "outcome": tr("Situation après le programme", "trash"),
        "customer_order": tr("Commande", "trash"),
        "sales_event": tr("Journée de vente", "trash"),
        "menu": tr("Menu", "trash"),
        "attendance": tr("Présence", "trash"),
        "order_line": tr("Ligne de commande", "trash"),
        "menu_item": tr("Plat d'un menu", "trash"),
        "tasting": tr("Dégustation", "trash"),
        "sale_line": tr("Ligne de vente", "trash"),
        "sales_event_product": tr("Produit d'une vente", "trash"),
        "profit_share": tr("Partage du résultat", "trash"),
        "rotation_day": tr("Jour de déléguée", "trash"),
        "eval_rating": tr("Évaluation", "trash"),
        "eval_evaluator": tr("Évaluatrice", "trash"),
        "eval_feedback": tr("Retour individuel", "trash"),
        "eval_self_answer": tr("Auto-évaluation", "trash"),
        "eval_adjective_pick": tr("Adjectif choisi", "trash"),
        "unavailability": tr("Indisponibilité", "trash"),
        "circle_member": tr("Cercle", "trash"),
        "rotation_change": tr("Changement de déléguée", "trash"),
        "checklist_tick": tr("Point coché", "trash"),
        "appliance": tr("Frigo ou congélateur", "trash"),
        "temperature_reading": tr("Relevé de température", "trash"),
        "purchase": tr("Achat d'ingrédient", "trash"),
        "production_batch": tr("Lot fabriqué", "trash"),
        "stock_movement": tr("Mouvement de stock", "trash"),
        "handover": tr("Passation", "trash"),
        "task": tr("Tâche", "trash"),
        "cash_movement": tr("Mouvement de caisse", "trash"),
        "expense": tr("Dépense", "trash"),
        "recipe_line": tr("Ligne de recette", "trash"),
        "ingredient_price": tr("Prix d'ingrédient", "trash"),
        "recipe_format_vat": tr("TVA par format", "trash"),
        "tasting_question": tr("Question de dégustation", "trash"),
        "tasting_form": tr("Formulaire de dégustation", "trash"),
        "tasting_reply": tr("Réponse de dégustation", "trash"),
        "closure": tr("Fermeture", "trash"),
        "prerequisite": tr("Prérequis", "trash"),
        "checklist_item": tr("Ligne d'une liste du jour", "trash"),
        "circle": tr("Cercle thématique", "trash"),
        "circle_checklist_item": tr("Point de la liste d'un cercle", "trash"),
        "circle_meeting": tr("Réunion d'un cercle", "trash"),
        "circle_lead_turn": tr("Tour d'animation d'un cercle", "trash"),
        "eval_adjective": tr("Adjectif", "trash"),
        "eval_campaign": tr("Campagne d'évaluation", "trash"),
        "eval_competence": tr("Compétence", "trash"),
        "eval_scale_level": tr("Niveau de l'échelle", "trash"),
        "profit_decision": tr("Décision sur le résultat", "trash"),
        "decision": tr("Décision", "trash"),
        "decision_position": tr("Position dans une décision", "trash"),
        "decision_objection": tr("Objection", "trash"),
        "group_document": tr("Charte ou règlement", "trash"),
        "document_signature": tr("Signature", "trash"),
        "subgroup": tr("Sous-groupe", "trash"),
        "subgroup_member": tr("Membre d'un sous-groupe", "trash"),
        "organisation": tr("Organisation du répertoire", "trash"),
        "contact": tr("Personne du répertoire", "trash"),
        "mentor_pairing": tr("Marrainage d'une membre", "trash"),
    }
    return labels.get(table_name, table_name)


@dataclass(frozen=True)
class TrashEntry:
    id: int
    table_name: str
    row_id: int
    label: str
    deleted_at: dt.datetime
    row_count: int

    @property
    def kind(self) -> str:
        return kind_label(self.table_name)

    @property
    def expires_on(self) -> dt.date:
        return (self.deleted_at + dt.timedelta(days=TRASH_DAYS)).date()


@dataclass(frozen=True)
class Restored:
    table_name: str
    row_id: int
    label: str


def _entry(item: TrashItem) -> TrashEntry:
    rows = json.loads(item.snapshot_json)["rows"]
    return TrashEntry(item.id, item.table_name, item.row_id, item.label, item.deleted_at, len(rows))


def _single_key(table_name: str) -> str:
    if table_name not in load_all().metadata.tables:
        raise ValidationError(
            "table", fill(tr("Type de donnée inconnu : {name}.", "trash"), name=table_name)
        )
    key = row_graph.primary_key(table_name)
    if len(key) != 1:
        raise ValidationError("table", tr("Ce type de donnée ne va pas à la corbeille.", "trash"))
    return key[0]


def move_to_trash(
    session: Session, table_name: str, row_id: int, label: str, now: dt.datetime | None = None
) -> TrashEntry:
    """Delete the row (and what the database deletes with it), keeping it for 30 days."""
    key = _single_key(table_name)
    session.flush()
    group = row_graph.collect(session, table_name, {key: row_id})
    if not group.rows:
        raise NotFound(row_id)
    if group.blocking:
        raise ValidationError(
            "delete",
            fill(
                tr(
                    "« {label} » ne peut pas être supprimée : d'autres données en dépendent "
                    "({where}). "
                    "Désactivez-la plutôt.",
                    "trash",
                ),
                label=label,
                where=listing(kind_label(t) for t in group.blocking),
            ),
        )
    snapshot = {
        "revision": schema_revision(session),
        "rows": [
            [name, {c: row_graph.to_json_value(v) for c, v in row.items()}]
            for name, row in group.rows
        ],
        "cleared": group.cleared,
    }
    row_graph.delete_row(session, table_name, {key: row_id})
    session.expire_all()
    item = TrashItem(
        table_name=table_name,
        row_id=row_id,
        label=without_isolates(label)[:200],  # fill() marks values in Arabic: not stored
        deleted_at=(now or dt.datetime.now()).replace(microsecond=0),
        snapshot_json=json.dumps(snapshot, ensure_ascii=False),
    )
    session.add(item)
    session.flush()
    log.info("moved %s #%s to the trash (%s rows)", table_name, row_id, len(group.rows))
    return _entry(item)


def _snapshot_row_count(session: Session):
    """The number of rows in a snapshot, counted by the database engine itself (per engine: the
    JSON functions differ)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.json_array_length(cast(TrashItem.snapshot_json, JSON)["rows"])
    return func.json_array_length(TrashItem.snapshot_json, "$.rows")


def list_trash(session: Session, limit: int | None = None, offset: int = 0) -> list[TrashEntry]:
    """Newest first; `limit` items from the `offset`-th when given (a page of a long trash). The
    row counts are read by the database from the snapshots (no snapshot is loaded into Python)."""
    query = (
        select(
            TrashItem.id,
            TrashItem.table_name,
            TrashItem.row_id,
            TrashItem.label,
            TrashItem.deleted_at,
            _snapshot_row_count(session),
        )
        .order_by(TrashItem.deleted_at.desc(), TrashItem.id.desc())
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    return [TrashEntry(*row) for row in session.execute(query)]


def _remap(table_name: str, row: dict, new_ids: dict[tuple[str, object], object]) -> dict:
    for constraint in row_graph.table(table_name).foreign_key_constraints:
        if len(constraint.columns) != 1:
            continue
        column = next(iter(constraint.columns)).name
        parent = constraint.referred_table.name
        if (parent, row.get(column)) in new_ids:
            row[column] = new_ids[(parent, row[column])]
    return row


def _schema_changed(label: str) -> ValidationError:
    return ValidationError(
        "trash",
        fill(
            tr(
                "« {label} » ne peut pas être restaurée : l'application a été mise à jour depuis "
                "sa "
                "suppression et ne peut plus la remettre en place.",
                "trash",
            ),
            label=label,
        ),
    )


def _put_rows_back(session: Session, snapshot: dict, live: LiveTables) -> dict:
    """Insert the snapshot's rows and set its cleared links back; returns the ids that changed."""
    new_ids: dict[tuple[str, object], object] = {}
    for table_name, stored in snapshot["rows"]:
        if not live.has_table(table_name):
            continue  # a table a later migration removed: its rows have nowhere to go
        decoded = {c: row_graph.from_json_value(v) for c, v in stored.items()}
        row = _remap(table_name, live.fit(table_name, decoded), new_ids)
        keys = row_graph.primary_key(table_name)
        key = keys[0] if len(keys) == 1 and keys[0] in row else None
        if key is not None and row_graph.select_rows(session, table_name, {key: row[key]}):
            old = row.pop(key)
            new_ids[(table_name, old)] = row_graph.insert_row(session, table_name, row)
        else:
            row_graph.insert_row(session, table_name, row)
    for link in snapshot["cleared"]:
        if not live.has_table(link["table"]):
            continue
        link_key = live.fit_columns(link["table"], link["key"])
        values = live.fit_columns(link["table"], link["values"])
        if len(link_key) != len(link["key"]) or not values:
            continue  # the link's columns are gone
        current = row_graph.select_rows(session, link["table"], link_key)
        if current and all(current[0][c] is None for c in values):
            values = _remap(link["table"], dict(values), new_ids)
            row_graph.update_row(session, link["table"], link_key, values)
    return new_ids


def restore_from_trash(session: Session, item_id: int) -> Restored:
    """Put the rows back; refused (nothing written) when something they need is gone."""
    item = session.get(TrashItem, item_id)
    if item is None:
        raise NotFound(item_id)
    snapshot = json.loads(item.snapshot_json)
    session.flush()
    live = LiveTables(session)
    taken_at, now_at = snapshot.get("revision"), schema_revision(session)
    if taken_at != now_at:
        log.info("restoring a snapshot of revision %s into revision %s", taken_at, now_at)
    if not live.has_table(item.table_name):
        raise _schema_changed(item.label)
    try:
        with session.begin_nested():
            new_ids = _put_rows_back(session, snapshot, live)
            session.flush()
    except IntegrityError as error:
        raise ValidationError(
            "trash",
            fill(
                tr(
                    "« {label} » ne peut pas être restaurée : une donnée dont elle a besoin a été "
                    "supprimée, ou une autre porte le même nom.",
                    "trash",
                ),
                label=item.label,
            ),
        ) from error
    except (SchemaChanged, DBAPIError) as error:
        log.warning("trash item %s (revision %s) not restored: %s", item.id, taken_at, error)
        raise _schema_changed(item.label) from error
    row_id = new_ids.get((item.table_name, item.row_id), item.row_id)
    label = item.label
    session.delete(item)
    session.flush()
    session.expire_all()
    log.info("restored %s #%s from the trash", item.table_name, row_id)
    return Restored(item.table_name, int(row_id), label)


def delete_forever(session: Session, item_id: int) -> None:
    item = session.get(TrashItem, item_id)
    if item is None:
        raise NotFound(item_id)
    session.delete(item)
    session.flush()


def purge_expired(session: Session, now: dt.datetime | None = None) -> int:
    """Empty what has been in the trash for more than 30 days; returns how many items."""
    limit = (now or dt.datetime.now()) - dt.timedelta(days=TRASH_DAYS)
    result = session.execute(delete(TrashItem).where(TrashItem.deleted_at < limit))
    return result.rowcount or 0
