"""Belgian Dutch words in the Dutch catalogue (issue #16, review): the person dialog said
"Gender", understood but not the word people use; Belgian Dutch says "Geslacht". A word listed
here may not appear in any Dutch translation (placeholders such as {gender} aside); its usual
word is said beside it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

DUTCH = Path(__file__).resolve().parent.parent / "resources/translations/coopactives_nl.ts"
AVOIDED = {"gender": "geslacht"}  # word to avoid: the usual Belgian Dutch word


def translations(path: Path) -> list[str]:
    texts = []
    for message in ET.parse(path).getroot().iter("message"):
        texts += [node.text or "" for node in message.iter("translation")]
        texts += [node.text or "" for node in message.iter("numerusform")]
    return texts


def test_no_avoided_word_in_dutch():
    found = [
        f"{text!r}: say {usual!r}"
        for text in translations(DUTCH)
        for word, usual in AVOIDED.items()
        if re.search(rf"\b{word}\b", re.sub(r"\{\w*\}", "", text), re.IGNORECASE)
    ]
    assert not found, found
