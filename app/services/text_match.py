"""Comparing texts as people read them: one folding for every search, filter, duplicate check and
alphabetical order that compares what someone typed with what is stored.

`folded(text)` ignores case and accents: "Oeufs", "œufs" and "ŒUFS" fold alike, "Règlement" and
"reglement", "Straße" and "strasse", "Hằng" and "hang", "ĳs" and "ijs", "أَحْمَد" and "احمد"
(the harakat and the hamza carried by an alef are marks; the tatweel only stretches a word).
The letters that Unicode does not split into a letter and a mark but that people type without
their stroke are written out: œ → oe, æ → ae, ø → o, đ → d, ł → l.

`words_of(typed)` and `has_every_word(words, *fields)` make a search box's rule: every word typed
is found somewhere in the row, in any order.

`caseless(text)` is for telling two names apart (a duplicate, a name looked up): case, spacing
and Unicode forms ignored but accents kept, since "Pâte" and "Pâté" are two things and a refusal
of a name that is not taken would block someone. `named_key(candidates, name)` finds a name there.

`sort_key(text)` puts texts in the order people expect ("éclair" between "eau" and "Ecorces",
not after "Zaalouk"), ties broken by the text itself so that the order is always the same.

Nothing here is locale-specific on purpose: the same text folds the same way whatever the
interface language, so a search finds the same rows for everybody.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from typing import TypeVar

Key = TypeVar("Key")

# letters with a stroke or ligatures that NFKD keeps whole, as people type them without
_WRITTEN_OUT = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ـ": ""})


@functools.lru_cache(maxsize=16384)  # the same names come back for every row, label and sort
def folded(text: str | None) -> str:
    """`text` without accents nor case: a search compares `folded(typed) in folded(stored)`."""
    if not text:
        return ""
    if text.isascii():  # the usual name: its NFKD form is itself, its casefold its lower case
        return text.lower()
    result = _fold_once(text)
    while not result.isascii():  # casefolding can leave marks ("İ") and capitals ("℃" → "°C")
        again = _fold_once(result)
        if again == result:
            break
        result = again
    return result.lower()


def _fold_once(text: str) -> str:
    # decomposed before casefolding too: a mark may casefold to a letter ("ͺ" → "ι")
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_WRITTEN_OUT)


def sort_key(text: str | None) -> tuple[str, str]:
    """Alphabetical order as people expect it: case and accents ignored, then the text itself."""
    return folded(text), text or ""


def words_of(typed: str | None) -> list[str]:
    """The folded words of what someone typed in a search box: a row matches when each is found."""
    return folded(typed).split()


def has_every_word(words: list[str], *fields: str | None) -> bool:
    """Whether each of `words` (from `words_of`) is in one of `fields`, case and accents ignored:
    "oeufs herbes" finds "Œufs brouillés" with "aux herbes" in its notes. No word: every row."""
    haystack = "\n".join(folded(field) for field in fields)
    return all(word in haystack for word in words)


def caseless(text: str | None) -> str:
    """`text` as names are told apart: any case, spacing or Unicode form, the accents kept."""
    normal = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text or "").casefold())
    return " ".join(normal.split())


def named_key(candidates: Iterable[tuple[Key, str | None]], name: str | None) -> Key | None:
    """The key of the first (key, stored name) pair whose name is `name` (`caseless`), or None."""
    wanted = caseless(name)
    return next((key for key, stored in candidates if caseless(stored) == wanted), None)
