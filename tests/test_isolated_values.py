"""Values inserted into interface sentences keep their own direction in Arabic (issue 16 item 4).

Every message of app/ui, app/services and app/printing takes its values through `app.i18n.fill`,
which wraps each one in first-strong isolates when the interface reads right to left (documents
drop the marks as they shape: `app/printing/shaping.py`). An AST check fails on `.format`, `%` or
an f-string applied to a translated text there; a rendering check fills every
Arabic sentence of the catalogue and finds each inserted value isolated.
"""

from __future__ import annotations

import ast
import re

import pytest

from app import i18n, i18n_catalog
from app.i18n import FIRST_STRONG_ISOLATE as FSI
from app.i18n import POP_DIRECTIONAL_ISOLATE as PDI
from app.i18n import RIGHT_TO_LEFT_MARK as RLM
from app.i18n import fill
from tests.source_trees import ROOT, nodes, parsed, python_files, tree

CHECKED = ("app/ui", "app/services", "app/printing")


def _is_translation(node: ast.AST) -> bool:
    """A call that returns translated text: self.tr, translate(…), tr(…), tr_n(…), doc_tr(…)
    (documents for customers: their isolates are dropped as they are printed)."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name) and func.id == "doc_tr":
        return True
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return True
    return i18n_catalog._translate_call(node) is not None


def _isolates(node: ast.AST) -> bool:
    """A call whose result is isolated: fill(…) or isolate(…)."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("fill", "isolate")
    )


def _translated_names(tree: ast.AST) -> set[str]:
    """Names given a translated text (`title = self.tr("…")`), whose `.format` is as bare as a
    translate call's: per module, which is enough (a name is not reused for other text)."""
    return {
        target.id
        for node in nodes(tree)
        if isinstance(node, ast.Assign) and _is_translation(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def bare_insertions(source: str | ast.Module, filename: str = "<file>") -> list[str]:
    """'file:line: code' for each value put into a translated text without `fill`."""
    found = []
    tree = parsed(source)
    names = _translated_names(tree)

    def translated(node: ast.AST) -> bool:
        return _is_translation(node) or (isinstance(node, ast.Name) and node.id in names)

    for node in nodes(tree):
        bad = (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and translated(node.func.value)
        )
        bad = bad or (
            isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and translated(node.left)
        )
        if isinstance(node, ast.JoinedStr):  # next to translated text, a value is isolated
            parts = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
            bad = bad or (
                any(map(_is_translation, parts))
                and not all(_is_translation(part) or _isolates(part) for part in parts)
            )
        if bad:
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_no_value_is_put_into_a_translated_text_without_fill():
    found = []
    for folder in CHECKED:
        for path in python_files(folder):
            found += bare_insertions(tree(path), str(path.relative_to(ROOT)))
    assert found == []


def test_the_check_catches_each_bare_form():
    bad = (
        "from app.i18n import tr, fill\n"
        "a = tr('Bonjour {name}', 'x').format(name=n)\n"
        "b = self.tr('%s jours') % n\n"
        "c = f\"{self.tr('Total')} : {amount}\"\n"
        "d = fill(tr('Bonjour {name}', 'x'), name=n)\n"
        "e = doc_tr('Lot : {lot}', 'labels').format(lot=lot)\n"
        "f = f\"{self.tr('Total')} :\"\n"
        "g = f\"{self.tr('Total')} : {isolate(amount)}\"\n"
        "title = self.tr('Courses pour {n} fournées')\n"
        "title = title.format(n=n)\n"
    )
    assert [line.split(":")[1] for line in bare_insertions(bad)] == ["2", "3", "4", "6", "10"]


# Joins of values shown to people: an f-string of two values or more whose own text is only
# separators ("{a} → {b}", "{date} — {title}", "{a} · {b}"). In Arabic its Latin values run
# together in one left-to-right stretch and the arrow points the wrong way; they go through
# app.i18n.joined / before_after / listed (or a translated pattern with fill).
JOINING_MARKS = frozenset("→←–—·")


def bare_joins(source: str | ast.Module, filename: str = "<file>") -> list[str]:
    """'file:line: code' for each f-string that joins values with a separator and no words."""
    found = []
    for node in nodes(source):
        if not isinstance(node, ast.JoinedStr):
            continue
        values = [part for part in node.values if isinstance(part, ast.FormattedValue)]
        text = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        if len(values) >= 2 and JOINING_MARKS & set(text) and not any(map(str.isalpha, text)):
            found.append(f"{filename}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_no_values_are_joined_in_an_f_string():
    found = []
    for folder in CHECKED:
        for path in python_files(folder):
            found += bare_joins(tree(path), str(path.relative_to(ROOT)))
    assert found == [], "join values with app.i18n.joined / before_after / listed"


def test_the_join_check_catches_arrows_and_dashes():
    source = (
        'a = f"{before} → {after}"\n'
        'b = f"{day} — {title}"\n'
        'c = f"{who} · {what}"\n'
        'd = f"{name}"\n'
        'e = f"<b>{x}</b> — {y}"\n'  # markup words: not a bare join
        'f = f"L{year}{day}"\n'
    )
    assert [line.split(":")[1] for line in bare_joins(source)] == ["1", "2", "3"]


def test_joined_values_read_in_order_in_arabic(right_to_left):
    from app.i18n import before_after, joined, listed

    # A line of values only starts with a right-to-left mark: without it, it would take the
    # direction of its first value's first letter ("Nour": left to right).
    assert joined("04/10", "Nour") == f"{RLM}{FSI}04/10{PDI} — {FSI}Nour{PDI}"
    assert listed("3", "Autonome") == f"{RLM}{FSI}3{PDI} · {FSI}Autonome{PDI}"
    assert before_after("Nadia", "Amina") == f"{RLM}{FSI}Nadia{PDI} → {FSI}Amina{PDI}"  # French


def _arabic_sentences() -> list[str]:
    catalogue = i18n_catalog.read_ts(i18n_catalog.ts_path("ar"))
    return sorted(
        {form for forms in catalogue.values() for form in forms if re.search(r"\{\w+\}", form)}
    )


@pytest.fixture
def right_to_left():
    i18n.set_right_to_left(True)
    yield
    i18n.set_right_to_left(False)


SAMPLES = ["+32 470 16 26 36", "09:00–12:00", "−1", "-3,50 €", "Amina Haddad", "12", "A12"]


def test_every_arabic_sentence_isolates_each_inserted_value(right_to_left):
    sentences = _arabic_sentences()
    assert len(sentences) > 200
    for index, sentence in enumerate(sentences):
        names = sorted(set(re.findall(r"\{(\w+)\}", sentence)))
        values = {name: SAMPLES[(index + i) % len(SAMPLES)] for i, name in enumerate(names)}
        shown = fill(sentence, **values)
        for value in values.values():
            assert f"{FSI}{value}{PDI}" in shown, sentence
        assert shown.count(FSI) == shown.count(PDI)


def test_outside_arabic_fill_adds_no_mark():
    assert fill("Il manque {n} h ({who}).", n=9, who="Amina") == "Il manque 9 h (Amina)."
    assert fill("{amount}", amount=f"{FSI}2,50 €{PDI}") == f"{FSI}2,50 €{PDI}"


def test_a_change_points_from_before_to_after_in_arabic():
    """Rotation › Changements and the printed rotation: in Arabic the arrow points left, from
    the name before (on the right) to the name after."""
    from app.commands.language import use_language
    from app.i18n import before_after

    use_language("ar")
    assert before_after("Nadia", "Amina") == f"{RLM}{FSI}Nadia{PDI} ← {FSI}Amina{PDI}"
