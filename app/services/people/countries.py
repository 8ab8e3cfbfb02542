"""Countries of origin: ISO 3166 alpha-2 codes, shown by their name in the interface language.

The names are Babel's (CLDR), read once and kept in the cache folder (app/services/kept_babel.py):
the Members list shows them without loading Babel's locale data.
"""

from __future__ import annotations

from functools import lru_cache

from app.i18n import fill, tr
from app.services.errors import ValidationError
from app.services.kept_babel import kept

# Babel's territory list also holds regions ("150" Europe) and pseudo-codes; keep real countries.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"}


@lru_cache(maxsize=8)
def country_names(locale: str = "fr") -> dict[str, str]:
    """{code: localized name} for every country, e.g. {'CD': 'Congo-Kinshasa', ...}."""
    return kept(locale, "countries", lambda: countries_from_babel(locale), _checked)


def countries_from_babel(locale: str) -> dict[str, str]:
    from babel import Locale

    territories = Locale.parse(locale).territories
    return {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


def _checked(names: dict) -> dict[str, str]:
    """The kept names; ValueError when they are not a list of countries with names."""
    if (
        not isinstance(names, dict)
        or len(names) < 200
        or not all(
            isinstance(code, str) and len(code) == 2 and isinstance(name, str) and name
            for code, name in names.items()
        )
    ):
        raise ValueError("not a list of countries")
    return names


def country_name(code: str | None, locale: str = "fr") -> str:
    if not code:
        return ""
    return country_names(locale).get(code, code)


def normalise_country(text: str | None, field: str = "country_code") -> str | None:
    """A valid upper-case code, None for empty; refuses an unknown code with a clear message."""
    code = (text or "").strip().upper()
    if not code:
        return None
    if code not in country_names("fr"):
        raise ValidationError(
            field, fill(tr("« {code} » n'est pas un code de pays connu.", "people"), code=code)
        )
    return code
