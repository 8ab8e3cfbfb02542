"""Sticker sheet templates: the built-in ones (JSON files in resources/labels), the cooperative's
custom ones (a setting), and a printer offset per template (a setting) to correct a printer.

All dimensions are millimetres, measured from the top-left corner of the page, as LibreOffice's
label database gives them: label width × height, first label left/top, pitch x × y.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING

from app.i18n import fill, listing, tr
from app.resources import RESOURCES_DIR
from app.services.errors import ValidationError
from app.services.settings import get_setting, read_settings, set_setting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.tables import Reader

TEMPLATES_DIR = RESOURCES_DIR / "labels"
CUSTOM_KEY = "labels.custom_templates"
OFFSETS_KEY = "labels.printer_offsets"
MAX_OFFSET_MM = 10.0
# A label sheet printer is not more precise than this: a label may touch the page edge within it.
TOLERANCE_MM = 0.05
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,29}$")


@dataclass(frozen=True)
class LabelTemplate:
    id: str
    name: str
    page_width_mm: float
    page_height_mm: float
    label_width_mm: float
    label_height_mm: float
    left_mm: float
    top_mm: float
    pitch_x_mm: float
    pitch_y_mm: float
    columns: int
    rows: int
    corner_radius_mm: float = 0.0
    custom: bool = False

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def label_area_mm2(self) -> float:
        return self.label_width_mm * self.label_height_mm

    def position_mm(self, index: int) -> tuple[float, float]:
        """(left, top) of the label at `index` on its sheet (0 = top left, row by row)."""
        row, column = divmod(index % self.per_sheet, self.columns)
        return self.left_mm + column * self.pitch_x_mm, self.top_mm + row * self.pitch_y_mm

    def display_name(self) -> str:
        if self.per_sheet == 1:
            return fill(
                tr("{name} ({w} × {h} mm)", "labels"),
                name=self.name,
                w=_mm_text(self.label_width_mm),
                h=_mm_text(self.label_height_mm),
            )
        return fill(
            tr("{name} — {n} par feuille ({w} × {h} mm)", "labels"),
            name=self.name,
            n=self.per_sheet,
            w=_mm_text(self.label_width_mm),
            h=_mm_text(self.label_height_mm),
        )


def _mm_text(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


_FIELDS = (
    "page_width_mm",
    "page_height_mm",
    "label_width_mm",
    "label_height_mm",
    "left_mm",
    "top_mm",
    "pitch_x_mm",
    "pitch_y_mm",
)


def _from_dict(data: dict, custom: bool) -> LabelTemplate:
    return LabelTemplate(
        id=str(data["id"]),
        name=str(data.get("name") or data["id"]),
        **{key: float(data[key]) for key in _FIELDS},
        columns=int(data["columns"]),
        rows=int(data["rows"]),
        corner_radius_mm=float(data.get("corner_radius_mm", 0.0)),
        custom=custom,
    )


@cache
def builtin_templates() -> tuple[LabelTemplate, ...]:
    """The templates shipped in resources/labels, largest label count first as in the files."""
    found = [
        _from_dict(json.loads(path.read_text(encoding="utf-8")), custom=False)
        for path in sorted(TEMPLATES_DIR.glob("*.json"))
    ]
    return tuple(sorted(found, key=lambda t: (t.page_width_mm != 210.0, t.id)))


def list_templates(session: Reader) -> list[LabelTemplate]:
    """Built-in templates, then the cooperative's own."""
    return _with_custom(read_settings(session, CUSTOM_KEY)[0])


def _with_custom(stored: list[dict]) -> list[LabelTemplate]:
    return [*builtin_templates(), *(_from_dict(data, custom=True) for data in stored)]


def templates_and_offsets(session: Reader) -> tuple[list[LabelTemplate], dict]:
    """`list_templates` and the printer offsets of every template (for `offset_in`), in one
    statement: what a print job reads."""
    stored, offsets = read_settings(session, CUSTOM_KEY, OFFSETS_KEY)
    return _with_custom(stored), offsets


def get_template(session: Reader, template_id: str, field: str = "template") -> LabelTemplate:
    return find_template(list_templates(session), template_id, field)


def find_template(
    templates: list[LabelTemplate], template_id: str, field: str = "template"
) -> LabelTemplate:
    """The template `template_id` (case ignored) among `templates`, else ValidationError."""
    wanted = (template_id or "").strip().casefold()
    for template in templates:
        if template.id.casefold() == wanted:
            return template
    known = listing(t.id for t in templates)
    raise ValidationError(
        field,
        fill(
            tr("Modèle d'étiquettes inconnu : « {id} ». Modèles connus : {known}.", "labels"),
            id=template_id,
            known=known,
        ),
    )


def check_fits(template: LabelTemplate, field: str = "template") -> None:
    """Refuse a template whose dimensions make no sense or whose labels leave the page."""
    for key in _FIELDS:
        value = getattr(template, key)
        if key in ("left_mm", "top_mm"):
            if value < 0:
                raise ValidationError(key, tr("Une marge ne peut pas être négative.", "labels"))
        elif value <= 0:
            raise ValidationError(key, tr("Indiquez une dimension plus grande que zéro.", "labels"))
    if not 1 <= template.columns <= 50:
        raise ValidationError("columns", tr("Entre 1 et 50 colonnes.", "labels"))
    if not 1 <= template.rows <= 100:
        raise ValidationError("rows", tr("Entre 1 et 100 rangées.", "labels"))
    if template.label_width_mm < 15 or template.label_height_mm < 10:
        raise ValidationError(
            "label_width_mm", tr("Une étiquette mesure au moins 15 × 10 mm.", "labels")
        )
    if template.columns > 1 and template.pitch_x_mm + TOLERANCE_MM < template.label_width_mm:
        raise ValidationError(
            "pitch_x_mm",
            tr("Le pas horizontal doit être au moins la largeur d'une étiquette.", "labels"),
        )
    if template.rows > 1 and template.pitch_y_mm + TOLERANCE_MM < template.label_height_mm:
        raise ValidationError(
            "pitch_y_mm",
            tr("Le pas vertical doit être au moins la hauteur d'une étiquette.", "labels"),
        )
    right = (
        template.left_mm + (template.columns - 1) * template.pitch_x_mm + template.label_width_mm
    )
    bottom = template.top_mm + (template.rows - 1) * template.pitch_y_mm + template.label_height_mm
    if right > template.page_width_mm + TOLERANCE_MM:
        raise ValidationError(
            "columns",
            fill(
                tr(
                    "Les étiquettes sortent de la page à droite ({right} mm pour une page de "
                    "{width} mm). Réduisez les colonnes, la marge ou le pas.",
                    "labels",
                ),
                right=_mm_text(right),
                width=_mm_text(template.page_width_mm),
            ),
        )
    if bottom > template.page_height_mm + TOLERANCE_MM:
        raise ValidationError(
            "rows",
            fill(
                tr(
                    "Les étiquettes sortent de la page en bas ({bottom} mm pour une page de "
                    "{height} mm). Réduisez les rangées, la marge ou le pas.",
                    "labels",
                ),
                bottom=_mm_text(bottom),
                height=_mm_text(template.page_height_mm),
            ),
        )


@dataclass(frozen=True)
class TemplateInput:
    """What a person types in the custom template form (text, so "63,5" works)."""

    id: str
    name: str
    page_width_mm: str = "210"
    page_height_mm: str = "297"
    label_width_mm: str = ""
    label_height_mm: str = ""
    left_mm: str = ""
    top_mm: str = ""
    pitch_x_mm: str = ""
    pitch_y_mm: str = ""
    columns: str = ""
    rows: str = ""


def _number(text: str, field: str) -> float:
    cleaned = (text or "").strip().replace(",", ".").removesuffix("mm").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValidationError(
            field,
            fill(tr("« {text} » n'est pas un nombre (exemple : 63,5).", "labels"), text=text),
        ) from error
    if not value.is_finite():
        raise ValidationError(field, tr("Indiquez un nombre (exemple : 63,5).", "labels"))
    return float(value)


def _whole(text: str, field: str) -> int:
    value = _number(text, field)
    if value != int(value):
        raise ValidationError(field, tr("Indiquez un nombre entier.", "labels"))
    return int(value)


def save_custom_template(session: Session, data: TemplateInput) -> LabelTemplate:
    """Create or replace the cooperative's template `data.id`; built-in ids are refused."""
    template_id = (data.id or "").strip()
    if not _ID.match(template_id):
        raise ValidationError(
            "id",
            tr(
                "Le code du modèle : lettres, chiffres, tirets, 30 signes au plus (ex. MON-60x40).",
                "labels",
            ),
        )
    if any(t.id.casefold() == template_id.casefold() for t in builtin_templates()):
        raise ValidationError(
            "id", tr("Ce code est celui d'un modèle fourni : choisissez-en un autre.", "labels")
        )
    name = " ".join((data.name or "").split())[:60] or template_id
    template = LabelTemplate(
        id=template_id,
        name=name,
        **{key: _number(getattr(data, key), key) for key in _FIELDS},
        columns=_whole(data.columns, "columns"),
        rows=_whole(data.rows, "rows"),
        custom=True,
    )
    check_fits(template)
    stored = [
        d for d in get_setting(session, CUSTOM_KEY) if d["id"].casefold() != template_id.casefold()
    ]
    record = asdict(template)
    record.pop("custom")
    stored.append(record)
    set_setting(session, CUSTOM_KEY, stored)
    return template


def delete_custom_template(session: Session, template_id: str) -> None:
    stored = get_setting(session, CUSTOM_KEY)
    kept = [d for d in stored if d["id"] != template_id]
    if len(kept) == len(stored):
        raise ValidationError(
            "template", tr("Ce modèle n'est pas un modèle personnalisé.", "labels")
        )
    set_setting(session, CUSTOM_KEY, kept)


def template_input(template: LabelTemplate) -> TemplateInput:
    """The form's text for an existing template (to edit a copy of it)."""
    values = {key: _mm_text(getattr(template, key)) for key in _FIELDS}
    return TemplateInput(
        id=template.id,
        name=template.name,
        columns=str(template.columns),
        rows=str(template.rows),
        **values,
    )


def printer_offset(session: Reader, template_id: str) -> tuple[float, float]:
    """(right, down) in mm that this cooperative's printer needs for this template."""
    return offset_in(read_settings(session, OFFSETS_KEY)[0], template_id)


def offset_in(offsets: dict, template_id: str) -> tuple[float, float]:
    """(right, down) of `template_id` in the stored printer offsets."""
    right, down = offsets.get(template_id, (0.0, 0.0))
    return float(right), float(down)


def set_printer_offset(session: Session, template_id: str, right_mm: float, down_mm: float) -> None:
    for value, field in ((right_mm, "offset_x"), (down_mm, "offset_y")):
        if abs(value) > MAX_OFFSET_MM:
            raise ValidationError(
                field,
                fill(
                    tr("Un décalage d'imprimante est de {max} mm au plus.", "labels"),
                    max=int(MAX_OFFSET_MM),
                ),
            )
    get_template(session, template_id)
    offsets = dict(get_setting(session, OFFSETS_KEY))
    offsets[template_id] = [round(float(right_mm), 2), round(float(down_mm), 2)]
    set_setting(session, OFFSETS_KEY, offsets)


def with_offset(template: LabelTemplate, right_mm: float, down_mm: float) -> LabelTemplate:
    """The template moved by the printer offset (the page stays where it is)."""
    return replace(template, left_mm=template.left_mm + right_mm, top_mm=template.top_mm + down_mm)
