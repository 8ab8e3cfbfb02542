"""The message catalogue for translators: find every translatable string in the code and keep the
Qt `.ts` files in `resources/translations` in step with it; compile them to `.qm` with lrelease.

Run `uv run python -m app.i18n_catalog` after changing user-visible text, translate the new
entries (Qt Linguist, or by hand in the XML), then run it again to compile.

Recognised calls (literal strings only):
- `self.tr("texte")`, `self.tr("%n texte(s)", "", n)` inside a class: context = that class's name
  (`other.tr("texte")` is refused: its context is the class of `other`, known only at run time);
- `QCoreApplication.translate("Contexte", "texte")`, or an alias `t("Contexte", "texte")`;
- `tr("texte", "contexte")` from app.i18n (context "coopactives" when omitted), and
  `tr_n("%n texte(s)", "contexte", n)` for a text with plural forms;
Variables are never extracted: `non_literal_calls()` lists every call whose text is not a literal
(a test fails on any). A one-argument helper (`def _t(text): return translate("Ctx", text)` or the
same as a lambda) is such a call: write `translate("Contexte", "texte")` at each place instead, so
that every tool reading the code (lupdate, editors, the catalogue) sees the context and the text.
Only the translation functions themselves, whose context and text are both parameters, forward.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "app"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "nl", "ar")  # French is the source language
DEFAULT_CONTEXT = "coopactives"
TRANSLATE_NAMES = {"translate", "t", "_translate"}


@dataclass
class Message:
    context: str
    source: str
    plural: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _translate_call(node: ast.AST) -> tuple[ast.AST, ast.AST] | None:
    """(context node, text node) of a translate/tr call, or None."""
    if not isinstance(node, ast.Call):
        return None
    name, args = _call_name(node), node.args
    if name in TRANSLATE_NAMES and len(args) >= 2:
        return args[0], args[1]
    if isinstance(node.func, ast.Name) and name == "tr_n" and len(args) >= 2:
        return args[1], args[0]
    if isinstance(node.func, ast.Name) and name in ("tr", "doc_tr") and args:
        context = args[1] if len(args) >= 2 else ast.Constant(DEFAULT_CONTEXT)
        return context, args[0]
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self, filename: str):
        self.filename = filename
        self.classes: list[str] = []
        self.forwarder_bodies: set[int] = set()
        self.found: list[tuple[str, str, bool, int]] = []
        self.non_literal: list[tuple[int, str]] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 (ast's name)
        self._skip_forwarder(node.args, node.body[-1] if node.body else None)
        self.generic_visit(node)

    def visit_Lambda(self, node: ast.Lambda) -> None:  # noqa: N802
        self._skip_forwarder(node.args, node.body)
        self.generic_visit(node)

    def _skip_forwarder(self, arguments: ast.arguments, body: ast.AST | None) -> None:
        """The translation functions themselves pass their context and text parameters on."""
        body = body.value if isinstance(body, ast.Return) else body
        found = _translate_call(body)
        parameters = {argument.arg for argument in arguments.args}
        if found is not None and all(
            isinstance(node, ast.Name) and node.id in parameters for node in found
        ):
            self.forwarder_bodies.add(id(body))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context, source, plural: bool, node: ast.Call) -> None:
        if context is None or source is None:
            self.non_literal.append((node.lineno, ast.unparse(node)))
        else:
            self.found.append((context, source, plural, node.lineno))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        func = node.func
        args = node.args
        name = _call_name(node)
        if id(node) in self.forwarder_bodies:
            pass
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and args:
            receiver_is_self = isinstance(func.value, ast.Name) and func.value.id == "self"
            if receiver_is_self and self.classes:
                self._add(self.classes[-1], _literal(args[0]), len(args) >= 3, node)
            elif not receiver_is_self:
                # `dialog.tr("…")`: its context is the class of an object known only at run time,
                # so the text never reaches the catalogue (and stays French in every language).
                self.non_literal.append((node.lineno, ast.unparse(node)))
        elif (found := _translate_call(node)) is not None:
            context, text = found
            plural = len(args) >= 4 or (isinstance(func, ast.Name) and name == "tr_n")
            self._add(_literal(context), _literal(text), plural, node)
        self.generic_visit(node)


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


@dataclass
class Scan:
    """What one reading of the code finds: the translatable texts and the calls whose context
    or text is not a literal ("file:line: call")."""

    messages: list[Message]
    non_literal: list[str]


def scan(app_dir: Path = APP_DIR, parse: Callable[[Path], ast.Module] = _parse) -> Scan:
    """Every translatable (context, source) in the code, in a stable order, and every call that
    is not literal, from one walk of each module (`parse` reads a file: the tests share one
    parse of each file between their source checks)."""
    messages: dict[tuple[str, str], Message] = {}
    calls = []
    for path in sorted(app_dir.rglob("*.py")):
        finder = _Finder(str(path.relative_to(app_dir.parent)))
        finder.visit(parse(path))
        for context, source, plural, line in finder.found:
            message = messages.setdefault((context, source), Message(context, source, plural))
            message.plural = message.plural or plural
            message.locations.append((finder.filename, line))
        calls += [f"{finder.filename}:{line}: {call}" for line, call in finder.non_literal]
    return Scan(sorted(messages.values(), key=lambda m: (m.context, m.source)), calls)


def extract(app_dir: Path = APP_DIR, parse: Callable[[Path], ast.Module] = _parse) -> list[Message]:
    """Every translatable (context, source) in the code, in a stable order."""
    return scan(app_dir, parse).messages


def non_literal_calls(
    app_dir: Path = APP_DIR, parse: Callable[[Path], ast.Module] = _parse
) -> list[str]:
    """ "file:line: call" for every translation call whose context or text is not a literal."""
    return scan(app_dir, parse).non_literal


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"coopactives_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"coopactives_{language}.qm"


def read_ts(path: Path) -> dict[tuple[str, str], list[str]]:
    """{(context, source): [translation] or [plural forms]} for finished entries."""
    if not path.exists():
        return {}
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            result[(name, source)] = forms or [translation.text or ""]
    return result


def write_ts(path: Path, language: str, messages: list[Message], known) -> int:
    """Write the .ts with every message; keep known translations. Returns the unfinished count."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="fr")
    unfinished = 0
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context_name, items in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for item in items:
            element = ET.SubElement(context, "message")
            if item.plural:
                element.set("numerus", "yes")
            for filename, line in item.locations[:3]:
                ET.SubElement(element, "location", filename=f"../../{filename}", line=str(line))
            ET.SubElement(element, "source").text = item.source
            translation = ET.SubElement(element, "translation")
            forms = known.get((item.context, item.source))
            if not forms or not all(forms):
                translation.set("type", "unfinished")
                unfinished += 1
                forms = forms or [""]
            if item.plural:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return unfinished


def lrelease(ts: Path, qm: Path) -> None:
    executable = Path(sys.executable).with_name("pyside6-lrelease")
    command = [
        str(executable) if executable.exists() else "pyside6-lrelease",
        "-silent",
        str(ts),
        "-qm",
        str(qm),
    ]
    subprocess.run(command, check=True)


def update_all() -> dict[str, int]:
    messages = extract()
    counts = {}
    for language in LANGUAGES:
        counts[language] = write_ts(
            ts_path(language), language, messages, read_ts(ts_path(language))
        )
        lrelease(ts_path(language), qm_path(language))
    return counts


if __name__ == "__main__":
    for language, missing in update_all().items():
        print(f"{language}: {missing} untranslated")
