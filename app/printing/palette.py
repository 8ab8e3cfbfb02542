"""The colours of the printed documents, in one place (hex strings; the documents wrap them in
reportlab's `colors.HexColor`). The morning kinds' colours are the same on paper and on screen:
app/ui/style.py takes them from here."""

from __future__ import annotations

from app.vocab.schedule import MorningKind

# A morning's kind, as the background of its box on the week sheet and in the week grid.
KIND_BACKGROUNDS: dict[str, str] = {
    MorningKind.THEORY: "#cfe2ff",
    MorningKind.PRACTICE: "#d3f0d8",
    MorningKind.KITCHEN: "#ffdcae",
    MorningKind.VISIT: "#e6d5f7",
    MorningKind.SALE: "#fff09a",
    MorningKind.MENTORING: "#ffd6e0",
    MorningKind.EVALUATION: "#d9e6e6",
    MorningKind.OTHER: "#e8e8e8",
}
TABLE_GRID = "#999999"  # the lines of a document's table
TABLE_HEADER = "#e8e8e8"  # the background of a table's header row
WEEK_GRID = "#555555"  # the lines of the week sheet
WEEK_HEADER = "#eeeeee"  # the background of the week sheet's day names
QUIET_TEXT = "#777777"  # "nothing planned", a frame to sign in
SIGNATURE_RULE = "#333333"  # the line above the signatures
WHO_TEXT = "#1a4d8f"  # who leads a morning, on the week sheet
OBSERVED = "#2f6f9f"  # the evaluators' median in an individual report's chart
SELF_RATED = "#e39b2d"  # the member's own rating in that chart
HOURS_DONE = "#2e7d32"  # the hours done in the cohort summary's chart
HOURS_PLANNED = "#9e9e9e"  # the hours planned, beside them in the programme report's chart
REVENUE = "#1a4d8f"  # the revenue of each sales format in the programme report's chart
ALARM_TEXT = "#b00020"  # a temperature out of its appliance's limits on the monthly sheet
CUT_LINE = "#000000"  # the outline of a label on the test page
CUT_GUIDE = "#888888"  # the cross in its middle
LABEL_RULE = "#000000"  # the rule around a food label's mandatory block
