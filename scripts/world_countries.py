"""Write pipeline/case/world.toml: every country's names in English, Russian and Kazakh.

A figure counted in another country is that country's, not the case's: "the bus crash had
killed 20 people ... in Saudi Arabia", "Сауд Арабиясында ... 20 адам көз жұмып". The
case file lists the neighbours by hand, with the cities and authorities the region's press
names them by; this file adds the rest of the world, so that a crash in Saudi Arabia is as
far away as one in Bishkek. The names are CLDR's, as babel ships them (the `airflow` extra
brings babel; `pip install babel` otherwise), with what is in brackets left out ("Myanmar
(Burma)") and the countries whose names are common words in a language left out of it
(Russian "Того", "that"). The case loader makes the patterns from the names.

    python scripts/world_countries.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "pipeline/case/world.toml"
LANGUAGES = ("en", "ru", "kk")
# the press's names besides CLDR's own: "Turkey" for "Türkiye"
_ALSO = {
    "en": {"TR": ["Turkey"], "US": ["USA", "America"], "GB": ["UK", "Britain"], "CZ": ["Czech Republic"], "RU": ["Russian Federation"]},
    "ru": {
        "KR": ["Южная Корея"], "KP": ["Северная Корея"], "US": ["США"], "GB": ["Британия", "Англия"],
        "AE": ["Объединенные Арабские Эмираты"], "MD": ["Молдавия"], "BY": ["Белоруссия"], "KG": ["Кыргызстан", "Кыргызская Республика", "Киргизская Республика"], "CN": ["КНР"],
    },
    "kk": {"US": ["АҚШ"], "AE": ["БАӘ"], "CN": ["ҚХР"], "KR": ["Корея"], "KG": ["Қырғыз Республикасы"]},
}
# CLDR's territories that are no country where something happens: unknown, pseudo-locales,
# the United Nations, the eurozone ("в неизвестном регионе" is no figure abroad)
_NOT_PLACES = {"ZZ", "XA", "XB", "UN", "EZ"}
# names that are common words too: Russian "того" (of that), "чад" (fumes)
_COMMON_WORDS = {"ru": {"Того", "Чад"}, "kk": {"Того", "Чад"}, "en": {"Chad", "Jersey", "Guernsey", "Man", "Georgia"}}
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ ’'-](?=[^\W\d_]))*")


def _name(raw: str, language: str) -> str | None:
    """The name without what is in brackets, if it is letters, spaces, hyphens and apostrophes only."""
    name = raw.split(" (")[0].strip()
    if not _NAME.fullmatch(name) or name in _COMMON_WORDS[language]:
        return None
    return name


def main() -> None:
    names = {language: Locale(language).territories for language in LANGUAGES}
    codes = sorted(code for code in names["en"] if len(code) == 2 and code.isalpha() and code.isupper() and code not in _NOT_PLACES)
    lines = [
        "# Every country's name in English, Russian and Kazakh, from CLDR (babel): where a figure",
        "# counted there is that country's. Written by scripts/world_countries.py; do not edit.",
        "",
    ]
    for code in codes:
        entry = {language: _name(names[language].get(code, ""), language) for language in LANGUAGES}
        if not any(entry.values()):
            continue
        lines.append(f"[{code}]")
        for language, name in entry.items():
            written = [*([name] if name else []), *_ALSO.get(language, {}).get(code, [])]
            if written:
                lines.append(f"{language} = {json.dumps(written, ensure_ascii=False)}")
        lines.append("")
    OUT.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
