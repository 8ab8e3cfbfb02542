"""Label sheets: each distinct label is laid out once, as a PDF form XObject, and placed as many
times as needed. Text shrinks to fit its label down to the legal minimum x-height (computed from
DejaVu Sans's metrics); a label that still does not fit is refused with a larger template to try.

`labels_pdf(job)` -> PDF bytes; `calibration_pdf(template)` -> a page with every label outlined.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from app.i18n import (
    doc_tr,
    document_right_to_left,
    fill,
    for_the_interface,
    in_customer_language,
    tr,
)
from app.printing import palette
from app.printing.document import escape, printable
from app.printing.fonts import (
    FIGURE_HEIGHT_EM,
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    FONTS_DIR,
    X_HEIGHT_EM,
    register_fonts,
)
from app.printing.label_value import label_line, label_text
from app.printing.printed_lists import bracketed, printed_list, sentence
from app.services.errors import ValidationError
from app.services.labels.content import LabelContent, LabelJob
from app.services.labels.templates import LabelTemplate

MM = 72 / 25.4
PADDING_X_MM = 2.0
PADDING_Y_MM = 1.6
MAX_BODY_PT = 9.0
# The product's name is printed at one size whatever the length of the list of ingredients (the
# body text shrinks, the name never): large on labels at least 30 mm high, smaller on tiny ones.
NAME_PT = 11.0
SMALL_NAME_PT = 8.0
SMALL_LABEL_HEIGHT_MM = 30.0
# The net quantity, in bold, a third larger than the text (or larger when the directive asks for
# higher figures).
NET_QUANTITY_RATIO = 1.3
# Labels at least this wide get a second column (story, nutrition, barcode) beside the box.
WIDE_LABEL_MM = 90.0
SIDE_COLUMN_RATIO = 0.34
BOX_PADDING_MM = 0.6  # above and below the text in the box
BOX_PADDING_X_MM = 1.0  # on its left and right
HEADER_GAP_MM = 0.5
BOX_GAP_MM = 0.4  # between the paragraphs in the box
BOX_RULE_PT = 0.6
BOX_RADIUS_MM = 1.0
LOGO_HEIGHT_MM = 9.0
LEADING_RATIO = 1.16
GAP_MM = 0.8
# GS1's smallest EAN-13: 80 % of the nominal 0.33 mm module (0.264 mm)
EAN_MODULE_MM = 0.264
# GS1's smallest X-dimension for Code 128 outside retail points of sale
CODE128_MODULE_MM = 0.25
EAN_BAR_HEIGHT_MM = 9.0
QR_SIZE_MM = 15.0


class LabelDoesNotFit(ValidationError):
    """The label's text does not fit its template even at the legal minimum size."""

    def __init__(self, message: str, recipe_id: int):
        super().__init__("template", message)
        self.recipe_id = recipe_id


def min_font_size(x_height_mm: float) -> float:
    """The smallest size (pt, rounded up to 0.01) whose x-height is at least `x_height_mm`."""
    return math.ceil(x_height_mm / X_HEIGHT_EM * MM * 100) / 100


def name_size(label_height_mm: float) -> float:
    """The name's fixed size (pt) on labels of this height."""
    return SMALL_NAME_PT if label_height_mm < SMALL_LABEL_HEIGHT_MM else NAME_PT


def x_height_mm(font_size_pt: float) -> float:
    return font_size_pt * X_HEIGHT_EM / MM


def net_quantity_size(figure_mm: float) -> float:
    """The size (pt, rounded up to 0.01) whose figures are at least `figure_mm` high."""
    return math.ceil(figure_mm / FIGURE_HEIGHT_EM * MM * 100) / 100


def _label_fonts(italic: bool) -> None:
    """Register the faces a label uses (regular and bold; italic for a story) with the family
    mapping that makes <b> work, without parsing the faces labels never use: each TTF costs tens
    of milliseconds, and `print labels` should start fast. register_fonts() may still run later."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from app.printing.font_faces import true_type_font

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in (FONT, FONT_BOLD, FONT_ITALIC) if italic else (FONT, FONT_BOLD):
        if name not in registered:
            pdfmetrics.registerFont(true_type_font(name, FONTS_DIR / f"{name}.ttf"))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)


# --- laying one label out ---------------------------------------------------------------------
def _ingredients_markup(content: LabelContent) -> str:
    """The list of ingredients, allergens in bold; after the food's name in French when the
    product's name does not describe it ("Boules énergétiques aux dattes. Ingrédients : …")."""
    parts = []
    for entry in content.ingredients:
        percent = escape(entry.percent).replace(" ", "&nbsp;") if entry.percent else ""
        if entry.components:
            # a compound ingredient: its percentage after its name, its ingredients in brackets
            name = _named(entry) + (f" {percent}" if percent else "")
            name += bracketed([_named(part) for part in entry.components])
        else:
            name = _named(entry, (percent,) if percent else ())
        parts.append(name)
    food = (
        f"<b>{sentence(escape(content.descriptive_name))}</b> " if content.descriptive_name else ""
    )
    ingredients = label_line(doc_tr("Ingrédients", "labels"), for_customers=True)
    return sentence(f"{food}{ingredients} " + printed_list(parts))


def _named(entry, extra: tuple[str, ...] = ()) -> str:
    """An ingredient's (or a compound ingredient's ingredient's) name, in bold when it names an
    allergen, followed in brackets by the allergens it does not name, in bold, and `extra` (its
    percentage)."""
    name = escape(entry.name)
    if entry.allergens:
        name = f"<b>{name}</b>"
    inside = [f"<b>{escape(word)}</b>" for word in entry.added_words] + list(extra)
    return name + bracketed(inside) if inside else name


def _allergens_markup(content: LabelContent) -> str:
    """The reduced label's allergens line: the allergenic ingredients' names, in bold."""
    names = []
    for entry in content.ingredients:
        for item in (entry, *entry.components):
            if item.allergens:
                names.append(f"<b>{escape(item.name)}</b>")
            names += [f"<b>{escape(word)}</b>" for word in item.added_words]
    if not names:
        return ""
    contains = escape(label_text(doc_tr("Contient", "labels"), for_customers=True))
    return sentence(f"{contains} {printed_list(names)}")


# Regulation 1169/2011, art. 16(2): on a package whose largest face is under 10 cm², only the
# name, the allergens, the net quantity and the date are due (the lot stays, by Directive
# 2011/91); the list of ingredients is given by other means.
REDUCED_SET_MAX_AREA_MM2 = 1000.0


@dataclass
class _Placed:
    flowable: object
    x: float
    y: float  # bottom, in points from the label's bottom-left corner


@dataclass
class _Layout:
    size: float
    placed: list[_Placed]
    barcode: tuple[object, float, float] | None  # (drawing, x, y)
    logo: tuple[object, float, float, float, float] | None  # (reader, x, y, w, h)
    box: tuple[float, float, float, float]  # the mandatory block's rule: (x, y, w, h)
    width: float = 0.0  # the label's inner width, the x positions' span


def _barcode_drawing(content: LabelContent):
    if content.barcode is None:
        return None  # reportlab.graphics is not even imported
    from reportlab.graphics.shapes import Drawing

    if content.barcode.kind == "ean13":
        from reportlab.graphics.barcode.eanbc import Ean13BarcodeWidget

        widget = Ean13BarcodeWidget(
            content.barcode.value[:12],
            barWidth=EAN_MODULE_MM * MM,
            barHeight=EAN_BAR_HEIGHT_MM * MM,
            fontName=FONT,
            fontSize=6.5,
        )
    elif content.barcode.kind == "code128":
        from reportlab.graphics.barcode.widgets import BarcodeCode128

        widget = BarcodeCode128(
            value=content.barcode.value,
            barWidth=CODE128_MODULE_MM * MM,
            barHeight=EAN_BAR_HEIGHT_MM * MM,
            humanReadable=True,
            fontName=FONT,
            fontSize=6.5,
            quiet=True,
        )
    else:
        from reportlab.graphics.barcode.qr import QrCodeWidget

        widget = QrCodeWidget(
            content.barcode.value, barWidth=QR_SIZE_MM * MM, barHeight=QR_SIZE_MM * MM, barBorder=2
        )
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(x1 - x0, y1 - y0)
    widget.x, widget.y = -x0, -y0
    drawing.add(widget)
    return drawing


class _LabelLayouter:
    """Lays one label content out on one label size, the body text at a given size: the name on
    top at its fixed size (and the logo beside it), the mandatory block in a ruled box (its date,
    lot and net quantity at its foot), and what the law does not ask for (story, nutrition when no
    claim makes it due, barcode) in a column on the right of a wide label, below the box or beside
    its foot on a narrow one."""

    def __init__(
        self, content: LabelContent, width_mm: float, height_mm: float, reduced: bool = False
    ):
        self.content = content
        self.reduced = reduced
        self.inner_w = (width_mm - 2 * PADDING_X_MM) * MM
        self.inner_h = (height_mm - 2 * PADDING_Y_MM) * MM
        self.name_size = name_size(height_mm)
        self.wide = width_mm >= WIDE_LABEL_MM
        self.barcode = _barcode_drawing(content)
        self.logo = None
        if content.logo_png:
            from reportlab.lib.utils import ImageReader

            self.logo = ImageReader(io.BytesIO(content.logo_png))

    def _style(self, size: float, bold=False, italic=False, leading_size=None, right=False):
        from reportlab.lib.enums import TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        font = FONT_BOLD if bold else FONT_ITALIC if italic else FONT
        return ParagraphStyle(
            "label",
            fontName=font,
            fontSize=size,
            leading=(leading_size or size) * LEADING_RATIO,
            splitLongWords=False,
            alignment=TA_RIGHT if right else TA_LEFT,
        )

    def _para(self, markup: str, size: float, width: float, **style):
        from app.printing.bidi_paragraph import Paragraph

        paragraph = Paragraph(markup, self._style(size, **style))
        _w, height = paragraph.wrap(width, self.inner_h * 10)
        if paragraph.minWidth() > width + 0.01:
            return None, 0.0  # a word wider than the label: never clip it
        return paragraph, height

    def _paras(self, texts, size: float, width: float):
        """The paragraphs of `texts` at `size`, with their heights; None if a word is too wide."""
        laid = []
        for markup, style in texts:
            paragraph, height = self._para(markup, size, width, **style)
            if paragraph is None:
                return None
            laid.append((paragraph, height))
        return laid

    def _logo(self, right: float, width: float):
        """The logo at the top right of a column ending at `right`, at most `width` wide:
        (reader, x, y, w, h)."""
        if self.logo is None:
            return None
        logo_h = min(LOGO_HEIGHT_MM * MM, self.inner_h * 0.2)
        iw, ih = self.logo.getSize()
        logo_w = min(logo_h * iw / ih, width)
        logo_h = logo_w * ih / iw
        return (self.logo, right - logo_w, self.inner_h - logo_h, logo_w, logo_h)

    def header(self, width: float, with_logo: bool):
        """The name at its fixed size over `width`, the logo at its right when `with_logo`:
        (paragraph, logo, height), or None when a word of the name is wider than the label."""
        logo = self._logo(width, width * 0.3) if with_logo else None
        name_w = width - (logo[3] + GAP_MM * MM if logo else 0.0)
        paragraph, height = self._para(escape(self.content.name), self.name_size, name_w, bold=True)
        if paragraph is None:
            return None
        return paragraph, logo, max(height, logo[4] if logo else 0.0)

    def _mandatory_texts(self) -> list[tuple[str, dict]]:
        """What goes in the box above its foot: ingredients (and the food's name), traces,
        nutrition when due or when there is no side column, storage and producer; on a reduced
        label, the allergens alone."""
        c = self.content
        if self.reduced:
            allergens = _allergens_markup(c)
            return [(allergens, {})] if allergens else []
        texts = [(_ingredients_markup(c), {})]
        if c.traces:
            traces = fill(
                doc_tr("Peut contenir des traces de : {allergens}.", "labels"),
                allergens=printed_list(c.traces),
            )
            texts.append((escape(traces), {}))
        if c.nutrition and (c.nutrition_required or not self.wide):
            texts.append((escape(c.nutrition), {}))
        if c.storage:
            texts.append((escape(c.storage), {}))
        texts.append((escape(c.producer), {}))
        return texts

    def _optional_texts(self) -> list[tuple[str, dict]]:
        """What the law does not ask for: the story (in italics), and on a wide label the
        nutrition declaration no claim makes due."""
        c = self.content
        texts = []
        if self.wide and c.nutrition and not c.nutrition_required and not self.reduced:
            texts.append((escape(c.nutrition), {}))
        if c.story and not self.reduced:
            texts.append((escape(c.story), {"italic": True}))
        return texts

    def _foot(self, size: float, width: float):
        """The box's foot: the date, then the lot with the net quantity at its right, in bold and
        a third larger than the text (never below the directive's figure height), the price
        beside it; the lot and the quantity on two lines when one is too narrow for both.
        A list of rows (height, [(paragraph, x)]), top first, or None when a word does not fit."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c = self.content
        net_size = max(size * NET_QUANTITY_RATIO, net_quantity_size(c.net_figure_mm))
        net_line = f'<font size="{net_size:.2f}"><b>{escape(c.net_quantity)}</b></font>' + (
            f" &nbsp; <b>{escape(c.price)}</b>" if c.price else ""
        )
        date, date_h = self._para(
            f"<b>{escape(c.date_wording)} {escape(c.date_text)}</b>", size, width
        )
        lot = escape(fill(doc_tr("Lot : {lot}", "labels"), lot=c.lot))
        net_w = stringWidth(c.net_quantity, FONT_BOLD, net_size)
        if c.price:
            net_w += stringWidth(f"   {c.price}", FONT_BOLD, size)
        if date is None:
            return None
        rows = [(date_h, [(date, 0.0)])]
        lot_w = width - net_w - 2 * GAP_MM * MM
        lot_para, lot_h = self._para(lot, size, lot_w) if lot_w > 0 else (None, 0.0)
        if lot_para is not None and len(lot_para.blPara.lines) == 1:
            net, net_h = self._para(net_line, size, width, leading_size=net_size, right=True)
            if net is None:
                return None
            rows.append((max(lot_h, net_h), [(lot_para, 0.0), (net, 0.0)]))
            return rows
        lot_para, lot_h = self._para(lot, size, width)
        net, net_h = self._para(net_line, size, width, leading_size=net_size)
        if lot_para is None or net is None:
            return None
        return rows + [(lot_h, [(lot_para, 0.0)]), (net_h, [(net, 0.0)])]

    def _side_width(self, optional_texts) -> float:
        """The right column of a wide label, a third of its width (or the barcode's), when there
        is a story or a nutrition declaration to put in it; none on a narrow label."""
        if not self.wide or not optional_texts:
            return 0.0
        return max(self.inner_w * SIDE_COLUMN_RATIO, self.barcode.width if self.barcode else 0.0)

    def try_size(self, size: float) -> _Layout | None:
        gap, pad, pad_x = GAP_MM * MM, BOX_PADDING_MM * MM, BOX_PADDING_X_MM * MM
        optional_texts = self._optional_texts()
        side_w = self._side_width(optional_texts)
        box_w = self.inner_w - (side_w + gap if side_w else 0.0)
        header = self.header(box_w, with_logo=not side_w)
        if header is None:
            return None
        name, logo, header_h = header
        body_h = self.inner_h - header_h - HEADER_GAP_MM * MM
        bc_w = bc_h = 0.0
        if self.barcode is not None:
            bc_w, bc_h = self.barcode.width, self.barcode.height
        text_w = box_w - 2 * pad_x
        foot_w = text_w
        barcode_in_box = self.barcode is not None and not side_w
        if barcode_in_box:
            foot_w = text_w - bc_w - 2 * gap
        if foot_w < 12 * MM or bc_h > body_h:
            return None
        mandatory = self._paras(self._mandatory_texts(), size, text_w)
        foot = self._foot(size, foot_w)
        optional = self._paras(optional_texts, size, side_w or self.inner_w)
        if mandatory is None or foot is None or optional is None:
            return None
        foot_h = sum(h for h, _row in foot)
        block_h = max(foot_h, bc_h if barcode_in_box else 0.0)
        inner_gap = BOX_GAP_MM * MM
        needed = sum(h for _p, h in mandatory) + inner_gap * len(mandatory) + block_h + 2 * pad
        optional_h = sum(h for _p, h in optional) + gap * len(optional)
        side_top = self.inner_h
        if side_w:
            # the right column from the top: logo, story and nutrition; the barcode at its foot
            logo = self._logo(self.inner_w, side_w)
            if logo is not None:
                side_top -= logo[4] + gap
            if optional_h + bc_h > side_top + 0.01:
                return None
            box_h = body_h
        else:
            side_top = None
            box_h = body_h - optional_h
        if needed > box_h + 0.01:
            return None
        placed = [_Placed(name, 0.0, self.inner_h - name.height)]
        y = body_h - pad
        for paragraph, height in mandatory:
            y -= height
            placed.append(_Placed(paragraph, pad_x, y))
            y -= inner_gap
        box_bottom = body_h - box_h
        y = box_bottom + pad + foot_h + (block_h - foot_h) / 2
        for height, row in foot:
            y -= height
            placed += [_Placed(paragraph, pad_x + x, y) for paragraph, x in row]
        side_x = box_w + gap if side_w else 0.0
        y = side_top if side_w else box_bottom - gap
        for paragraph, height in optional:
            y -= height
            placed.append(_Placed(paragraph, side_x, y))
            y -= gap
        barcode = None
        if barcode_in_box:
            barcode = (self.barcode, box_w - pad_x - bc_w, box_bottom + pad + (block_h - bc_h) / 2)
        elif self.barcode is not None:
            barcode = (self.barcode, side_x + (side_w - bc_w) / 2, 0.0)
        box = (0.0, box_bottom, box_w, box_h)
        return _Layout(size, placed, barcode, logo, box, self.inner_w)

    def best(self) -> _Layout | None:
        """The largest size (0.1 pt steps) from the legal minimum up to MAX_BODY_PT that fits."""
        largest = self.try_size(MAX_BODY_PT)
        if largest is not None:
            return largest
        low = min_font_size(self.content.min_x_height_mm)
        layout = self.try_size(low)
        if layout is None:
            return None
        steps = int((MAX_BODY_PT - low) * 10)
        lo, hi = 0, steps  # lo fits; find the largest step that fits
        while lo < hi:
            mid = (lo + hi + 1) // 2
            attempt = self.try_size(low + mid / 10)
            if attempt is not None:
                lo, layout = mid, attempt
            else:
                hi = mid - 1
        return layout


def fit_label(content: LabelContent, template: LabelTemplate) -> _Layout | None:
    """The full label at the largest size that fits; on a small package's label under 10 cm²
    that cannot hold it, the reduced set of art. 16(2)."""
    _label_fonts(italic=bool(content.story))
    size = (template.label_width_mm, template.label_height_mm)
    layout = _LabelLayouter(content, *size).best()
    if layout is None and content.nutrition and not content.nutrition_required:
        # the declaration no claim makes due is printed when the label has room for it
        from dataclasses import replace

        layout = _LabelLayouter(replace(content, nutrition=""), *size).best()
    if (
        layout is None
        and content.small_package
        and template.label_area_mm2 < REDUCED_SET_MAX_AREA_MM2
    ):
        layout = _LabelLayouter(content, *size, reduced=True).best()
    return layout


def _draw_layout(canvas, layout: _Layout, right_to_left: bool = False) -> None:
    """Draw a label laid out from its left; `right_to_left` (a label in Arabic), its mirror
    image: the name at the right and the logo at the left, the lot at the right of the box's foot
    and the net quantity at its left, the side column on the left (the paragraphs align to the
    right themselves, `bidi_paragraph`)."""
    from reportlab.lib import colors

    ox, oy = PADDING_X_MM * MM, PADDING_Y_MM * MM

    def left(x: float, width: float) -> float:
        return ox + (layout.width - x - width if right_to_left else x)

    x, y, w, h = layout.box
    canvas.setStrokeColor(colors.HexColor(palette.LABEL_RULE))
    canvas.setLineWidth(BOX_RULE_PT)
    canvas.roundRect(left(x, w), oy + y, w, h, BOX_RADIUS_MM * MM)
    for item in layout.placed:
        item.flowable.drawOn(canvas, left(item.x, item.flowable.width), oy + item.y)
    if layout.logo is not None:
        reader, x, y, w, h = layout.logo
        canvas.drawImage(reader, left(x, w), oy + y, w, h, mask="auto")
    if layout.barcode is not None:
        from reportlab.graphics import renderPDF

        drawing, x, y = layout.barcode
        renderPDF.draw(drawing, canvas, left(x, drawing.width), oy + y)


def _fits(content: LabelContent, template: LabelTemplate) -> bool:
    return (
        _LabelLayouter(content, template.label_width_mm, template.label_height_mm).best()
        is not None
    )


def _what_does_not_fit(content: LabelContent, template: LabelTemplate, culprit: str) -> str:
    """Names the part that does not fit (`culprit`): the story, the barcode, or the legal text
    itself."""
    values = {
        "name": content.name,
        "template": template.name,
        "x": f"{content.min_x_height_mm:.1f}".replace(".", ","),
    }
    if culprit == "story":
        return fill(
            tr(
                "L'histoire de « {name} » ne tient pas sur le modèle {template} à côté des "
                "mentions obligatoires : imprimez sans l'histoire.",
                "labels",
            ),
            **values,
        )
    if culprit == "barcode":
        return fill(
            tr(
                "Le code-barres de « {name} » ne tient pas sur le modèle {template} à côté des "
                "mentions obligatoires : imprimez sans code-barres.",
                "labels",
            ),
            **values,
        )
    return fill(
        tr(
            "Les mentions obligatoires de « {name} » (ingrédients, conservation, producteur, date, "
            "lot, quantité) ne tiennent pas sur le modèle {template}, même en lettres de {x} mm, "
            "le minimum de la loi.",
            "labels",
        ),
        **values,
    )


def _refuse(content: LabelContent, template: LabelTemplate, alternatives) -> LabelDoesNotFit:
    """The refusal of a label that does not fit: what to leave out or which template to take,
    measured in the label's language, said in the interface's."""
    from dataclasses import replace

    suggestion = next((t for t in alternatives if _fits(content, t)), None)
    culprit = "text"
    if content.story and _fits(replace(content, story=""), template):
        culprit = "story"
    elif content.barcode is not None and _fits(replace(content, barcode=None), template):
        culprit = "barcode"
    with for_the_interface():
        return _refusal(content, template, suggestion, culprit)


def _refusal(content: LabelContent, template, suggestion, culprit: str) -> LabelDoesNotFit:
    message = _what_does_not_fit(content, template, culprit)
    if suggestion is not None:
        message += " " + fill(
            tr("Ou prenez un modèle plus grand, par exemple {name}.", "labels"),
            name=suggestion.display_name(),
        )
    else:
        message += " " + tr("Raccourcissez les textes de la recette.", "labels")
    return LabelDoesNotFit(message, content.recipe_id)


def check_job_fits(job: LabelJob) -> list[_Layout]:
    """One layout per distinct label, or LabelDoesNotFit for the first that does not fit."""
    layouts = []
    for content, _count in job.labels:
        layout = fit_label(content, job.template)
        if layout is None:
            raise _refuse(content, job.template, job.alternatives)
        layouts.append(layout)
    return layouts


def labels_pdf(job: LabelJob) -> bytes:
    """The sheets of a print job: skip the first `job.skip` places, then every label in order,
    every word in the job's label language."""
    with in_customer_language(job.language):
        return _labels_pdf(job)


def _labels_pdf(job: LabelJob) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    layouts = check_job_fits(job)
    template = job.template
    page_w, page_h = template.page_width_mm * MM, template.page_height_mm * MM
    label_w, label_h = template.label_width_mm * MM, template.label_height_mm * MM
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page_w, page_h), pageCompression=1)
    canvas.setTitle(doc_tr("Étiquettes", "labels"))
    canvas.setCreator("Coopér'Actives Cuisine")
    canvas.setAuthor(job.maker or "Coopér'Actives Cuisine")
    canvas.setSubject(doc_tr("Étiquettes alimentaires, à imprimer à taille réelle", "labels"))
    _print_at_actual_size(canvas)
    names = []
    for index, layout in enumerate(layouts):
        name = f"label{index}"
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=label_w, uppery=label_h)
        _draw_layout(canvas, layout, document_right_to_left())
        canvas.endForm()
        names.append(name)
    place = job.skip
    per_sheet = template.per_sheet
    # The same places repeat on every sheet: write each one's "save state, move" operator once.
    moves = []
    for index in range(per_sheet):
        left, top = template.position_mm(index)
        moves.append(f"q 1 0 0 1 {left * MM:.3f} {page_h - top * MM - label_h:.3f} cm")
    for (_content, count), name in zip(job.labels, names, strict=True):
        for _ in range(count):
            slot = place % per_sheet
            if place and slot == 0:
                canvas.showPage()
            canvas.addLiteral(moves[slot])
            canvas.doForm(name)
            canvas.addLiteral("Q")
            place += 1
    canvas.showPage()
    _save_binary(canvas)
    return buffer.getvalue()


def _print_at_actual_size(canvas) -> None:
    """Ask PDF readers to print at 100 %: "fit to page" would shrink the letters below the legal
    size and move every label off its place on the sheet."""
    canvas.setViewerPreference("PrintScaling", "None")


def _save_binary(canvas) -> None:
    """Save with compressed binary streams (no ASCII85 text encoding: smaller, faster)."""
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = before


def calibration_pdf(template: LabelTemplate, offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """One page with every label outlined and numbered, the printer offset applied."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    page_w, page_h = template.page_width_mm * MM, template.page_height_mm * MM
    label_w, label_h = template.label_width_mm * MM, template.label_height_mm * MM
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page_w, page_h))
    canvas.setTitle(tr("Page de réglage", "labels"))
    _print_at_actual_size(canvas)
    right, down = offset_mm
    canvas.setLineWidth(0.4)
    for index in range(template.per_sheet):
        left, top = template.position_mm(index)
        x, y = (left + right) * MM, page_h - (top + down) * MM - label_h
        canvas.setStrokeColor(colors.HexColor(palette.CUT_LINE))
        canvas.roundRect(x, y, label_w, label_h, template.corner_radius_mm * MM)
        canvas.setStrokeColor(colors.HexColor(palette.CUT_GUIDE))
        cx, cy = x + label_w / 2, y + label_h / 2
        canvas.line(cx - 2 * MM, cy, cx + 2 * MM, cy)
        canvas.line(cx, cy - 2 * MM, cx, cy + 2 * MM)
        canvas.setFont(FONT_BOLD, 7)
        canvas.drawString(x + 1.5 * MM, y + label_h - 3.5 * MM, str(index + 1))
    lines = [
        fill(tr("Page de réglage : {name}", "labels"), name=template.display_name()),
        tr(
            "Imprimez-la sur du papier normal, posez-la sur une feuille d'étiquettes et "
            "regardez à la lumière.",
            "labels",
        ),
        fill(
            tr(
                "Décalage de l'imprimante : {right} mm vers la droite, {down} mm vers le bas.",
                "labels",
            ),
            right=f"{right:g}".replace(".", ","),
            down=f"{down:g}".replace(".", ","),
        ),
    ]
    size = 7.5
    if template.top_mm >= len(lines) * size * 1.3 / MM + 2:
        canvas.setFont(FONT, size)
        y = page_h - 3 * MM - size
        for line in lines:
            canvas.drawString(max(template.left_mm, 3) * MM, y, printable(line))
            y -= size * 1.3
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
