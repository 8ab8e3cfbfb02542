"""The message catalogue for translators: find every translatable string in the code and keep the
Qt `.ts` files in `resources/translations` in step with it; compile them to `.qm` with lrelease.

Run `uv run python -m app.i18n_catalog` after changing user-visible text, translate the new
entries (Qt Linguist, or by hand in the XML), then run it again to compile.

Recognised calls (literal strings only):
- `self.tr("texte")`, `self.tr("%n texte(s)", "", n)` inside a class: context = that class's name;
- `QCoreApplication.translate("Contexte", "texte")`, or an alias `t("Contexte", "texte")`;
- `tr("texte", "contexte")` from app.i18n (context "coopactives" when omitted).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
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


class _Finder(ast.NodeVisitor):
    def __init__(self, filename: str):
        self.filename = filename
        self.classes: list[str] = []
        self.found: list[tuple[str, str, bool, int]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 (ast's name)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        func = node.func
        args = node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr" and args:
            source = _literal(args[0])
            receiver_is_self = isinstance(func.value, ast.Name) and func.value.id == "self"
            if source is not None and receiver_is_self and self.classes:
                self.found.append((self.classes[-1], source, len(args) >= 3, node.lineno))
        elif (
            (isinstance(func, ast.Attribute) and func.attr in TRANSLATE_NAMES)
            or (isinstance(func, ast.Name) and func.id in TRANSLATE_NAMES)
        ) and len(args) >= 2:
            context, source = _literal(args[0]), _literal(args[1])
            if context is not None and source is not None:
                self.found.append((context, source, len(args) >= 4, node.lineno))
        elif isinstance(func, ast.Name) and func.id in ("tr", "doc_tr") and args:
            source = _literal(args[0])
            context = _literal(args[1]) if len(args) >= 2 else DEFAULT_CONTEXT
            if source is not None and context is not None:
                self.found.append((context, source, False, node.lineno))
        self.generic_visit(node)


def extract(app_dir: Path = APP_DIR) -> list[Message]:
    """Every translatable (context, source) in the code, in a stable order."""
    messages: dict[tuple[str, str], Message] = {}
    for path in sorted(app_dir.rglob("*.py")):
        finder = _Finder(str(path.relative_to(app_dir.parent)))
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
        for context, source, plural, line in finder.found:
            message = messages.setdefault((context, source), Message(context, source, plural))
            message.plural = message.plural or plural
            message.locations.append((finder.filename, line))
    return sorted(messages.values(), key=lambda m: (m.context, m.source))


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
