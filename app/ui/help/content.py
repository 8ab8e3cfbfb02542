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


def _t(text: str) -> str:
    return QCoreApplication.translate("Help", text)


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
            ("Ctrl+Shift+H", _t("Écrire la passation")),
            ("Ctrl+Shift+A", _t("Nouvelle tâche")),
        ),
        "labels": (
            ("Ctrl+P", _t("Aperçu et impression")),
            (_t("Entrée"), _t("Changer le nombre d'étiquettes")),
        ),
        "sales": (
            ("Ctrl+N", _t("Nouvelle vente")),
            ("F1 … F9", _t("Un produit vendu de plus")),
            (_t("Maj+F1 … Maj+F9"), _t("Un produit de moins")),
            ("Ctrl+1 … Ctrl+5", _t("Mode de paiement")),
            ("Ctrl+Z / Ctrl+Y", _t("Annuler / rétablir le dernier appui")),
            ("Ctrl+F1", _t("Comment faire ?")),
        ),
        "evaluations": (("Ctrl+L", _t("Verrouiller les évaluations")),),
    }


def topics() -> dict[str, HelpTopic]:
    """Every tab's help in the interface language (built on each call: a language switch shows)."""
    return {
        "today": _topic(
            "today",
            _t("Ma journée"),
            _t("Regardez qui est la déléguée du jour et ce qui est prévu."),
            _t("Cochez les tâches faites dans la liste."),
            _t("Étiquettes : cliquez sur « Imprimer les étiquettes »."),
            _t("Le soir : « Ouvrir les ventes », puis « Clôturer la journée » avec la caisse."),
            _t("Écrivez la passation pour la déléguée de demain."),
        ),
        "schedule": _topic(
            "schedule",
            _t("L'horaire"),
            _t("Choisissez la vue : semaine, liste ou présences."),
            _t("Double-cliquez sur une matinée pour la modifier."),
            _t("Dans « Présences », cochez les personnes présentes."),
        ),
        "menus": _topic(
            "menus",
            _t("Menus et recettes"),
            _t("Les ingrédients d'abord : nom, prix, unité."),
            _t("Ensuite les recettes : ingrédients et quantités."),
            _t("Le prix de revient se calcule tout seul."),
            _t("Calculez avant de dépenser : regardez le prix de revient avant de fixer le prix."),
        ),
        "labels": _topic(
            "labels",
            _t("Imprimer des étiquettes"),
            _t("Cliquez sur le produit, puis tapez le nombre d'étiquettes."),
            _t("Choisissez la feuille d'étiquettes que vous avez."),
            _t("Cliquez sur « Aperçu et impression… » (Ctrl+P), puis « Imprimer »."),
        ),
        "sales": _topic(
            "sales",
            _t("Les ventes du jour"),
            _t("Choisissez la journée de vente."),
            _t("À chaque vente, cliquez sur le bouton du produit."),
            _t("Une erreur ? Annulez avec Ctrl+Z."),
            _t("Le soir, ouvrez « Fin de journée », comptez la caisse et clôturez."),
        ),
        "rotation": _topic(
            "rotation",
            _t("Les déléguées"),
            _t("La liste montre qui est déléguée chaque jour."),
            _t("Une personne absente ? Notez son indisponibilité."),
            _t("Échangez deux jours si deux personnes sont d'accord."),
        ),
        "evaluations": _topic(
            "evaluations",
            _t("Les évaluations"),
            _t("Tapez le code PIN pour ouvrir."),
            _t("Choisissez la grille, les regards entre pairs ou les dégustations."),
            _t("Verrouillez avant de quitter l'ordinateur (Ctrl+L)."),
        ),
        "coop_life": _topic(
            "coop_life",
            _t("La vie coopérative"),
            _t("« Nouvelle décision » : écrivez la proposition, puis les tours."),
            _t("Pour chaque membre, choisissez sa position."),
            _t("Une objection : écrivez qui la fait et comment elle est intégrée."),
            _t("« Charte et règlement » : chaque membre signe la version en cours."),
        ),
        "members": _topic(
            "members",
            _t("Les membres"),
            _t("Cliquez sur « Ajouter » pour une nouvelle personne."),
            _t("Double-cliquez sur un nom pour le modifier."),
            _t("Cherchez un nom dans la case de recherche."),
            _t("Ne notez rien sur les papiers ni le titre de séjour."),
        ),
    }
