"""The help content: for each tab (by object name), 3 to 5 short steps and a picture.

Pictures are PNG files in resources/help/, made by `coopactives --demo --screenshot DIR` (the
`help/` sub-folder of DIR), then copied there. Texts go through Qt's translation ("Help" context).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.resources import RESOURCES_DIR

PICTURES = RESOURCES_DIR / "help"


@dataclass(frozen=True)
class HelpTopic:
    title: str
    steps: tuple[str, ...]
    picture: Path
    keys: tuple[tuple[str, str], ...] = ()  # this tab's own shortcuts: (keys, what)


def _topic(name: str, title: str, *steps: str) -> HelpTopic:
    return HelpTopic(title, steps, PICTURES / f"{name}.png", TAB_KEYS().get(name, ()))


def TAB_KEYS() -> dict[str, tuple[tuple[str, str], ...]]:
    """Shortcuts that belong to one tab (QShortcut on the page, not window actions)."""
    return {
        "today": (
            ("Ctrl+Shift+H", QCoreApplication.translate("Help", "Écrire la passation")),
            ("Ctrl+Shift+A", QCoreApplication.translate("Help", "Nouvelle tâche")),
        ),
        "labels": (
            ("Ctrl+P", QCoreApplication.translate("Help", "Aperçu et impression")),
            (
                QCoreApplication.translate("Help", "Entrée"),
                QCoreApplication.translate("Help", "Changer le nombre d'étiquettes"),
            ),
        ),
        "sales": (
            ("Ctrl+N", QCoreApplication.translate("Help", "Nouvelle vente")),
            ("F1 … F9", QCoreApplication.translate("Help", "Un produit vendu de plus")),
            (
                QCoreApplication.translate("Help", "Maj+F1 … Maj+F9"),
                QCoreApplication.translate("Help", "Un produit de moins"),
            ),
            ("Ctrl+1 … Ctrl+5", QCoreApplication.translate("Help", "Mode de paiement")),
            (
                "Ctrl+Z / Ctrl+Y",
                QCoreApplication.translate("Help", "Annuler / rétablir le dernier appui"),
            ),
            ("Ctrl+F1", QCoreApplication.translate("Help", "Comment faire ?")),
        ),
        "evaluations": (
            ("Ctrl+L", QCoreApplication.translate("Help", "Verrouiller les évaluations")),
        ),
    }


def topics() -> dict[str, HelpTopic]:
    """Every tab's help in the interface language (built on each call: a language switch shows)."""
    return {
        "today": _topic(
            "today",
            QCoreApplication.translate("Help", "Ma journée"),
            QCoreApplication.translate(
                "Help", "Regardez qui est la déléguée du jour et ce qui est prévu."
            ),
            QCoreApplication.translate("Help", "Cochez les tâches faites dans la liste."),
            QCoreApplication.translate(
                "Help", "Étiquettes : cliquez sur « Imprimer les étiquettes »."
            ),
            QCoreApplication.translate(
                "Help",
                "Le soir : « Ouvrir les ventes », puis « Clôturer la journée » avec la caisse.",
            ),
            QCoreApplication.translate("Help", "Écrivez la passation pour la déléguée de demain."),
        ),
        "schedule": _topic(
            "schedule",
            QCoreApplication.translate("Help", "L'horaire"),
            QCoreApplication.translate("Help", "Choisissez la vue : semaine, liste ou présences."),
            QCoreApplication.translate("Help", "Double-cliquez sur une matinée pour la modifier."),
            QCoreApplication.translate(
                "Help", "Dans « Présences », cochez les personnes présentes."
            ),
        ),
        "menus": _topic(
            "menus",
            QCoreApplication.translate("Help", "Menus et recettes"),
            QCoreApplication.translate("Help", "Les ingrédients d'abord : nom, prix, unité."),
            QCoreApplication.translate("Help", "Ensuite les recettes : ingrédients et quantités."),
            QCoreApplication.translate("Help", "Le prix de revient se calcule tout seul."),
            QCoreApplication.translate(
                "Help",
                "Calculez avant de dépenser : regardez le prix de revient avant de fixer le prix.",
            ),
        ),
        "labels": _topic(
            "labels",
            QCoreApplication.translate("Help", "Imprimer des étiquettes"),
            QCoreApplication.translate(
                "Help", "Cliquez sur le produit, puis tapez le nombre d'étiquettes."
            ),
            QCoreApplication.translate("Help", "Choisissez la feuille d'étiquettes que vous avez."),
            QCoreApplication.translate(
                "Help", "Cliquez sur « Aperçu et impression… » (Ctrl+P), puis « Imprimer »."
            ),
        ),
        "sales": _topic(
            "sales",
            QCoreApplication.translate("Help", "Les ventes du jour"),
            QCoreApplication.translate("Help", "Choisissez la journée de vente."),
            QCoreApplication.translate("Help", "À chaque vente, cliquez sur le bouton du produit."),
            QCoreApplication.translate("Help", "Une erreur ? Annulez avec Ctrl+Z."),
            QCoreApplication.translate(
                "Help", "Le soir, ouvrez « Fin de journée », comptez la caisse et clôturez."
            ),
        ),
        "rotation": _topic(
            "rotation",
            QCoreApplication.translate("Help", "Les déléguées"),
            QCoreApplication.translate("Help", "La liste montre qui est déléguée chaque jour."),
            QCoreApplication.translate("Help", "Une personne absente ? Notez son indisponibilité."),
            QCoreApplication.translate(
                "Help", "Échangez deux jours si deux personnes sont d'accord."
            ),
        ),
        "evaluations": _topic(
            "evaluations",
            QCoreApplication.translate("Help", "Les évaluations"),
            QCoreApplication.translate("Help", "Tapez le code PIN pour ouvrir."),
            QCoreApplication.translate(
                "Help", "Choisissez la grille, les regards entre pairs ou les bilans."
            ),
            QCoreApplication.translate(
                "Help", "Verrouillez avant de quitter l'ordinateur (Ctrl+L)."
            ),
        ),
        "coop_life": _topic(
            "coop_life",
            QCoreApplication.translate("Help", "La vie coopérative"),
            QCoreApplication.translate(
                "Help", "« Nouvelle décision » : écrivez la proposition, puis les tours."
            ),
            QCoreApplication.translate("Help", "Pour chaque membre, choisissez sa position."),
            QCoreApplication.translate(
                "Help", "Une objection : écrivez qui la fait et comment elle est intégrée."
            ),
            QCoreApplication.translate(
                "Help", "« Charte et règlement » : chaque membre signe la version en cours."
            ),
            QCoreApplication.translate(
                "Help", "« Cercles » : un petit groupe, son mandat, ses membres, ses tâches."
            ),
        ),
        "members": _topic(
            "members",
            QCoreApplication.translate("Help", "Les membres"),
            QCoreApplication.translate(
                "Help", "Cliquez sur « Ajouter » pour une nouvelle personne."
            ),
            QCoreApplication.translate("Help", "Double-cliquez sur un nom pour le modifier."),
            QCoreApplication.translate("Help", "Cherchez un nom dans la case de recherche."),
            QCoreApplication.translate(
                "Help", "Ne notez rien sur les papiers ni le titre de séjour."
            ),
        ),
    }
