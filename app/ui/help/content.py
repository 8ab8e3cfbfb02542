"""The help content: for each tab (by object name), 3 to 5 short steps and a picture.

Pictures are PNG files in resources/help/, made by `coopactives --demo --screenshot DIR` (the
`help/` sub-folder of DIR), then copied there. Texts go through Qt's translation ("Help" context).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PICTURES = Path(__file__).resolve().parents[3] / "resources" / "help"


def _t(text: str) -> str:
    return QCoreApplication.translate("Help", text)


@dataclass(frozen=True)
class HelpTopic:
    title: str
    steps: tuple[str, ...]
    picture: Path


def _topic(name: str, title: str, *steps: str) -> HelpTopic:
    return HelpTopic(title, steps, PICTURES / f"{name}.png")


def topics() -> dict[str, HelpTopic]:
    """Every tab's help, in the interface language (built on each call, so a language switch shows)."""
    return {
        "today": _topic(
            "today", _t("Ma journée"),
            _t("Regardez qui est la déléguée du jour et ce qui est prévu."),
            _t("Cochez les tâches faites dans la liste."),
            _t("Pour les étiquettes, ouvrez l'onglet Étiquettes (Alt+4)."),
            _t("Pour les ventes, ouvrez l'onglet Ventes (Alt+5)."),
            _t("Le soir, écrivez la passation pour la déléguée de demain."),
        ),
        "schedule": _topic(
            "schedule", _t("L'horaire"),
            _t("Choisissez la vue : semaine, liste ou présences."),
            _t("Double-cliquez sur une matinée pour la modifier."),
            _t("Dans « Présences », cochez les personnes présentes."),
        ),
        "menus": _topic(
            "menus", _t("Menus et recettes"),
            _t("Les ingrédients d'abord : nom, prix, unité."),
            _t("Ensuite les recettes : ingrédients et quantités."),
            _t("Le prix de revient se calcule tout seul."),
            _t("Calculez avant de dépenser : regardez le prix de revient avant de fixer le prix."),
        ),
        "labels": _topic(
            "labels", _t("Imprimer des étiquettes"),
            _t("Cochez le produit dans la liste."),
            _t("Écrivez le nombre d'étiquettes."),
            _t("Vérifiez l'aperçu, puis cliquez sur « Imprimer »."),
        ),
        "sales": _topic(
            "sales", _t("Les ventes du jour"),
            _t("Choisissez la journée de vente."),
            _t("À chaque vente, cliquez sur le bouton du produit."),
            _t("Une erreur ? Annulez avec Ctrl+Z."),
            _t("Le soir, ouvrez « Fin de journée », comptez la caisse et clôturez."),
        ),
        "rotation": _topic(
            "rotation", _t("Les déléguées"),
            _t("La liste montre qui est déléguée chaque jour."),
            _t("Une personne absente ? Notez son indisponibilité."),
            _t("Échangez deux jours si deux personnes sont d'accord."),
        ),
        "evaluations": _topic(
            "evaluations", _t("Les évaluations"),
            _t("Tapez le code PIN pour ouvrir."),
            _t("Choisissez la grille, les regards entre pairs ou les dégustations."),
            _t("Verrouillez avant de quitter l'ordinateur (Ctrl+L)."),
        ),
        "members": _topic(
            "members", _t("Les membres"),
            _t("Cliquez sur « Ajouter » pour une nouvelle personne."),
            _t("Double-cliquez sur un nom pour le modifier."),
            _t("Cherchez un nom dans la case de recherche."),
            _t("Ne notez rien sur les papiers ni le titre de séjour."),
        ),
    }
