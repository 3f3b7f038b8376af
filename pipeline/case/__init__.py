"""The case newsmon watches, as data, and what the stages take from it.

A case is a TOML file (`kazakhstan.toml`, shipped, is the default): its name, the day it
begins and the last day of its events, the country as the press names it, its regions and
cities, its leaders, who was prosecuted over its events, the names its events go by, and
the places abroad whose own unrest is not the case's, and where figures abroad are counted
(the neighbours by hand; with the country's ISO code, every other country of `world.toml`,
CLDR's names written out by scripts/world_countries.py, and the world's towns of
`world_towns.tsv`, GeoNames' names written out by scripts/world_towns.py). Watching another crisis is writing
another such file and naming it in NEWSMON_CASE (a path, or the name of a case shipped
here); the engine is the same. Each language's words for figures and topics are in
`lexicons/`. A case may name the weights of a relevance model trained on its own labelled
stories (`relevance_model`, written by scripts/train_relevance_model.py), which the topics
stage reads for what its rules leave out.

Patterns are kept per script (`Terms`), so a stage reads a text with the lexicon of its
language only. The stages compile them when they are first imported, from the case
NEWSMON_CASE names then.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.errors import NewsmonError

__all__ = ["Case", "CaseError", "Terms", "active_case", "load_case", "towns_abroad", "without_yo"]

DEFAULT_CASE = "kazakhstan"
_HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Terms:
    """The patterns for one name or idea, per script."""

    latin: tuple[str, ...]
    cyrillic: tuple[str, ...]

    @property
    def patterns(self) -> tuple[str, ...]:
        return (*self.latin, *self.cyrillic)


class CaseError(NewsmonError, ValueError):
    """A case file that cannot be read or does not fit; names the file."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Terms(_Strict):
    latin: tuple[str, ...] = ()
    cyrillic: tuple[str, ...] = ()


class _Region(_Strict):
    latin: str  # the name's pattern in English: "Almaty" -> "Almaty region", "Almaty oblast"
    russian: str  # the adjective's stem: "Алматинск" -> "Алматинская область", "Алматинской"
    kazakh: str  # "Алматы" -> "Алматы облысы"
    also: _Terms = _Terms()  # its other names in full: the Soviet "Джамбульская область"


class _CaseFile(_Strict):
    name: str
    start: str
    end: str | None = None  # the last day of the events themselves (see kazakhstan.toml)
    head_of_state: str | None = None  # the leader a quote from "the president" means
    country: _Terms
    people: _Terms = _Terms()  # its people by its name: "Kazakhs", "казахстанцы"
    country_code: str | None = None
    languages: tuple[str, ...] = ()  # the country's own languages (ISO 639-1; see kazakhstan.toml)
    regions: dict[str, _Region] = {}
    places: dict[str, _Terms] = {}
    leaders: dict[str, _Terms] = {}
    defendants: dict[str, _Terms] = {}  # who was prosecuted over the events
    event_names: _Terms = _Terms()
    abroad: _Terms = _Terms()
    elsewhere: _Terms = _Terms()
    disasters_elsewhere: _Terms = _Terms()
    missions_elsewhere: _Terms = _Terms()
    mission: _Terms = _Terms()
    relevance_model: str | None = None  # the topics stage's second reader, beside the case file


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    start: str  # ISO date
    country: Terms
    places: dict[str, Terms]  # regions and cities, by the name a claim's `location` gives them
    leaders: dict[str, Terms]
    head_of_state: Terms | None
    event_names: Terms
    abroad: Terms
    # places abroad as where something happened ("in Bishkek", "в Нукусе", "Тәжікстанда"):
    # a figure counted there is that country's, not the case's
    elsewhere: Terms = Terms((), ())
    # disasters whose toll, where no place of the case is named, is another country's
    disasters_elsewhere: Terms = Terms((), ())
    # other forces' missions abroad: a sentence naming one counts their troops, not the case's
    missions_elsewhere: Terms = Terms((), ())
    # the case's own foreign mission named: a sentence naming it reads its troops as the case's,
    # whatever a sentence before it names
    mission: Terms = Terms((), ())
    end: str | None = None  # ISO date: the last day of the events themselves, not of their aftermath
    defendants: dict[str, Terms] = field(default_factory=dict)  # who was prosecuted over the events
    country_code: str | None = None  # ISO 3166: every other country is abroad
    # languages written in the country alone: a story in one is set there unless it says otherwise
    languages: tuple[str, ...] = ()
    # its people by its name, who may be abroad: "Kazakhs", "казахстанцы", "қазақстандықтар"
    people: Terms = Terms((), ())
    # the weights of the relevance model trained on its labelled stories (None: the rules alone)
    relevance_model: Path | None = None


def without_yo(text: str) -> str:
    """`text` with "ё" written "е", as most Russian writing has it: the vocabularies and the
    text they read both fold it, so "унёсший" is read as "унесший". (Two replaces: a
    translation table walks the text letter by letter in Python's slow path.)"""
    return text.replace("ё", "е").replace("Ё", "Е")


def load_case(source: str | Path) -> Case:
    """The case in the TOML file `source`, or the shipped case of that name."""
    path = Path(source)
    if path.suffix != ".toml":
        path = _HERE / f"{source}.toml"
    try:
        data = _CaseFile.model_validate(tomllib.loads(without_yo(path.read_text(encoding="utf-8"))))  # as text is read
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise CaseError(f"{path}: {exc}") from None
    places = {label: _region(region) for label, region in data.regions.items()}
    places.update({label: _terms(terms) for label, terms in data.places.items()})
    leaders = {label: _terms(terms) for label, terms in data.leaders.items()}
    if data.head_of_state is not None and data.head_of_state not in leaders:
        raise CaseError(f"{path}: head_of_state {data.head_of_state!r} is none of its leaders")
    return Case(
        name=data.name, start=data.start, country=_terms(data.country), places=places, leaders=leaders,
        head_of_state=leaders.get(data.head_of_state or ""), event_names=_terms(data.event_names),
        abroad=_abroad_with_the_world(_terms(data.abroad), data.country_code), elsewhere=_with_the_world(_terms(data.elsewhere), data.country_code),
        disasters_elsewhere=_terms(data.disasters_elsewhere), missions_elsewhere=_terms(data.missions_elsewhere), mission=_terms(data.mission), end=data.end,
        defendants={label: _terms(terms) for label, terms in data.defendants.items()}, country_code=data.country_code,
        languages=data.languages, people=_terms(data.people),
        relevance_model=path.parent / data.relevance_model if data.relevance_model else None,
    )  # fmt: skip


@cache
def active_case() -> Case:
    """The case NEWSMON_CASE names (default: the shipped Kazakhstan case), read once."""
    return load_case(os.environ.get("NEWSMON_CASE") or DEFAULT_CASE)


def _world_names(country_code: str | None) -> tuple[list[str], list[str], list[str]] | None:
    """Every other country of world.toml, as patterns: English names, Russian stems (any
    case), Kazakh names; None for a case that names no country code."""
    if country_code is None:
        return None
    countries = [names for code, names in _world().items() if code != country_code]
    english = [re.escape(name) for names in countries for name in names.get("en", [])]
    russian = [_russian_stems(name) for names in countries for name in names.get("ru", [])]
    return english, russian, [re.escape(name) for names in countries for name in names.get("kk", [])]


def _with_the_world(elsewhere: Terms, country_code: str | None) -> Terms:
    """A case's places abroad and every other country as the press places an event there:
    "in Saudi Arabia", "в Саудовской Аравии", "Сауд Арабиясында"."""
    if (world := _world_names(country_code)) is None:
        return elsewhere
    english, russian, kazakh = world
    genitive = "(?:ның|нің|дың|дің|тың|тің)"  # Kazakh: "Ресейдің", "Түркияның"
    latin = [
        # and two of its parts at once: "in north and northwest Pakistan"
        rf"(?:in|near|across|throughout|inside) (?:the )?(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)? (?:and (?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)? )?)?(?:{'|'.join(english)})",
        # its own services, who count its dead: "Pakistan's National Disaster Management Authority"
        rf"(?-i:{'|'.join(english)})[’\x27]s (?:[\w-]+ ){{0,4}}?(?:Authority|Ministry|ministry|police|Police|rescuers|emergency services)(?!\w)",
        rf"\((?:{'|'.join(english)})\)",  # after a place of its own: "in the Orenburg region (Russia)"
        # a fight of two others: "Fighting between the border guards of Tajikistan and Kyrgyzstan"
        rf"between (?:the )?(?:[\w-]+ ){{0,4}}?(?:of )?(?:the )?(?:{'|'.join(english)}) and (?:the )?(?:{'|'.join(english)})",
    ]
    # the names capitalised as names are: "на самом деле" is no Samoa's, "самолёт" no "Самоа"
    named = f"(?-i:{'|'.join(russian)})"
    cyrillic = [
        rf"(?:в|во|на) (?:(?!казахстан)[\w-]+ (?:и )?){{0,2}}{named}",
        rf"по (?:всей )?{named}",  # across it: "всего по России более 3000 задержанных"
        # its own police, authorities and land: "Полиция Франции задержала", "на территории Пакистана"
        # (capitalised as a name is: "Полиция мал ұрлығына" is no Mali's)
        rf"(?:полици|власт|правительств|министерств|МВД|МЧС|спасател|минздрав|территори)\w* {named}(?!\w)",
        *(rf"{name}(?: Республикасы)?-?(?:нда|нде|да|де|та|те)(?:ғы|гі)?" for name in kazakh),  # "Сауд Арабиясында", "АҚШ-та", "Түркиядағы", "Түркия Республикасында"
        # a part of it: "Непалдың солтүстік-шығысындағы", "Ауғанстанның солтүстігінде", "Ресейдің
        # Орынбор облысында", "Түркияның әртүрлі аймақтарында" (the Latin script's "ts" comes
        # transliterated: "провинтсиясындағы")
        *(
            rf"{name}{genitive} (?:(?:(?:солтүсті[кг]|оңтүсті[кг]|шығыс|батыс|орталы[қғ])[\w-]* (?:мен|және) )?(?:солтүсті[кг]|оңтүсті[кг]|шығыс|батыс|орталы[қғ])[\w-]*(?:ында|інде|сында|сінде)|(?:[^\W\d_]+ )?(?:облысында|өлкесінде|аймағында|аймақтарында|провин(?:ц|тс)иясында|штатында|қаласында))(?:ғы|гі)?"
            for name in kazakh
        ),
        # its own flood and air strikes: "Пәкістанның жойқын су тасқынынан", "Израйлдің әуе соққылары"
        # (its earthquake is one the case's `disasters_elsewhere` knows)
        *(
            rf"{name}{genitive} (?:(?:күшті|қуатты|ірі|жойқын|соңғы) )?(?:су тасқын|әуе)\w*"
            for name in kazakh
        ),
        rf"\((?:{'|'.join([*russian, *kazakh])})\)",  # "В Оренбургской области (Россия)"
        rf"между (?:[\w-]+ ){{0,4}}?{named} и {named}",
        # its leaders and authorities, who speak of their own: "деді Түркия президенті", "Қырғызстан
        # ұлттық қауіпсіздік жөніндегі мемлекеттік комитеті"
        # (and the Federation's or Republic's: "Ресей Федерациясының Тергеу комитеті")
        *(
            rf"{name}(?: Федерациясы| Республикасы)?{genitive}? (?:президент|премьер-министр|үкімет|билі|денсаулық сақтау министрлі|тергеу комитет|ішкі істер министрлі|төтенше жағдайлар министрлі|бас прокуратура|парламент|ұлттық қауіпсіздік)\w*"
            for name in kazakh
        ),
        # and any of its departments, ministries and committees by their full names: "Қырғыз
        # Республикасының Аурулардың алдын алу ... қадағалау департаменті"
        *(rf"{name}{genitive} (?:[\w-]+ ){{1,8}}?(?:департамент|министрлі|комитет)\w*" for name in kazakh),
    ]
    return Terms((*elsewhere.latin, *latin), (*elsewhere.cyrillic, *cyrillic))


def _abroad_with_the_world(abroad: Terms, country_code: str | None) -> Terms:
    """A case's places whose unrest is not its own and every other country, by its name in
    any case form: "unrest in Turkey", "беспорядки в Турции", "Түркиядағы наразылық"."""
    if (world := _world_names(country_code)) is None:
        return abroad
    english, russian, kazakh = world
    return Terms((*abroad.latin, *english), (*abroad.cyrillic, *russian, *(rf"{name}\w*" for name in kazakh)))


@cache
def towns_abroad() -> dict[str, frozenset[str]]:
    """The world's towns outside the active case's country, lower-cased name -> ISO codes
    (world_towns.tsv, written without the names of the country's own places by
    scripts/world_towns.py); read when first asked for, as most texts name no place abroad."""
    if (home := active_case().country_code) is None:
        return {}
    towns = {}
    with (_HERE / "world_towns.tsv").open(encoding="utf-8") as file:
        for line in file:
            if not line.startswith("#"):
                name, codes = line.rstrip("\n").split("\t")
                if countries := frozenset(codes.split(",")) - {home}:
                    towns[without_yo(name.lower())] = countries
    return towns


@cache
def _world() -> dict[str, dict[str, list[str]]]:
    return tomllib.loads(without_yo((_HERE / "world.toml").read_text(encoding="utf-8")))


_RUSSIAN_ENDING = re.compile(r"(?:ая|ое|ые|ий|ый|ой|[аяоеиыйь])$")
_FLEETING_VOWEL = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])е[бвгджзклмнпрстфхцчшщ]$")


def _russian_stems(name: str) -> str:
    r"""A Russian country name in any case: each word's stem and up to three letters
    ("Саудовская Аравия": "Саудовск\w{0,3} Арави\w{0,3}"), a vowel that drops out of its
    last syllable optional ("Египет": "в Египте"); abbreviations and "и" as written."""
    words = []
    for word in name.split():
        stem = _RUSSIAN_ENDING.sub("", word)
        if word.isupper() or word == "и" or len(stem) < 3:
            words.append(re.escape(word))
        elif _FLEETING_VOWEL.search(stem):
            words.append(rf"{re.escape(stem[:-2])}{stem[-2]}?{re.escape(stem[-1])}\w{{0,3}}")
        else:
            words.append(rf"{re.escape(stem)}\w{{0,3}}")
    return " ".join(words)


def _terms(terms: _Terms) -> Terms:
    return Terms(tuple(terms.latin), tuple(terms.cyrillic))


def _region(region: _Region) -> Terms:
    """A region in English ("Zhambyl region", "oblast", "province"), Russian (in a list, the
    feminine adjective alone: "в Жамбылской - 11", as "район" and "город" are not feminine) and
    Kazakh."""
    russian = region.russian
    return Terms(
        (rf"{region.latin} (?:region|oblast|province)", *region.also.latin),
        (rf"{russian}\w* област\w*", rf"(?-i:{russian[0].upper()}){russian[1:]}(?:ая|ой|ую)", rf"{region.kazakh} облыс\w*",
         *region.also.cyrillic),
    )  # fmt: skip
