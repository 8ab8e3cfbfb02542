"""The default checklist lines the app seeds, stored by key and shown in the interface language.

A seeded line keeps its key (`checklist_item.default_key`) until the coordinator rewrites it: from
then on it is her text, shown as she wrote it. Both the ORM service and the first screen's plain
SQL show a line through `checklist_text`.
"""

from __future__ import annotations

from app.i18n import tr


def default_texts() -> dict[str, str]:
    """Each default line's text in the interface language, by key."""
    return {
        "fridge_temperatures": tr("Relever la température des frigos", "checklists"),
        "check_stock": tr("Vérifier le stock", "checklists"),
        "read_handover": tr("Lire la passation d'hier", "checklists"),
        "share_tasks": tr("Répartir les tâches du jour", "checklists"),
        "wash_hands": tr("Se laver les mains, mettre tablier et charlotte", "checklists"),
        "clean_worktops": tr("Nettoyer les plans de travail", "checklists"),
        "print_labels": tr("Imprimer les étiquettes", "checklists"),
        "prepare_float": tr("Préparer le fonds de caisse", "checklists"),
        "check_terminal": tr("Vérifier le terminal de paiement", "checklists"),
        "record_sales": tr("Encoder les ventes", "checklists"),
        "count_till": tr("Compter la caisse", "checklists"),
        "close_day": tr("Clôturer la journée", "checklists"),
        "write_handover": tr("Écrire la passation", "checklists"),
        "make_backup": tr("Faire une sauvegarde", "checklists"),
    }


def checklist_text(default_key: str | None, text: str) -> str:
    """What a checklist line says: the default in the interface language, or her own text."""
    if default_key:
        return default_texts().get(default_key, text)
    return text
