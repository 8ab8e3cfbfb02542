"""The bundled DejaVu Sans family, registered once with reportlab as a family so <b> and <i> work.

reportlab's built-in Helvetica draws black boxes for "ệ", Cyrillic or Arabic; DejaVu Sans covers
them. Use FONT ("DejaVuSans") and FONT_BOLD in every document.
"""

from __future__ import annotations

from functools import cache

from app.resources import RESOURCES_DIR

FONTS_DIR = RESOURCES_DIR / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
# DejaVu Sans's x-height as a fraction of the em (from the font's OS/2 table: 1120 / 2048).
X_HEIGHT_EM = 0.547
# The height of its flat-topped figures (1, 4, 5, 7; the round ones overshoot), 1493 / 2048.
FIGURE_HEIGHT_EM = 0.729


@cache
def register_fonts() -> str:
    """Register the family with reportlab (once) and return its regular font name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from app.printing.font_faces import true_type_font

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        if name not in registered:  # `print labels` may have registered two already
            pdfmetrics.registerFont(true_type_font(name, FONTS_DIR / f"{name}.ttf"))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    # charts start in this font, not Helvetica (which would be referenced and never drawn)
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT
    return FONT
