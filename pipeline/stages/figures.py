"""Figures: the numbers an article states about the unrest, as claims.

"4,266 people were arrested" becomes Claim(metric="detained", value=4266). The stage is
rule-based and readable top to bottom:

    lexicons      per language, as data (pipeline/lexicons/<code>.toml: en, ru, kk and
                  the region's other languages): metric words, who was counted,
                  qualifiers, number words, the small words that link them; shared
                  tables of places and sources here
    numbers       every way news writes a number: 4,266 / 4 266 / 4.266 / 5.8 thousand /
                  5,8 тыс. / 2K / 26-ти / 142-сі / 4 500-ге / two / a dozen / двенадцати
                  тысячах (every case form, from pymorphy3) / жиырма алты / екеуі;
                  vague amounts ("dozens", "десятки", "ондаған") give value None
    not a count   dates, years, ages, times, money, percentages, temperatures, names
                  ("Khabar 24", "Il-76"), populations, and counts of anything but people
                  or a metric noun ("70 checkpoints", "118 weapons", "2 mins read"); people
                  are the vocabulary's subjects and the nouns it knows name a person
                  (`_Lexicon.names_person`: "20 activists", "400 гвардейцев", "15 студент")
    linking       a number belongs to the metric word next to it: after it ("26 people
                  have been killed", also across an aside: "164 people, including three
                  children, were killed", or shared: "149 civilians and 11 law enforcers
                  died"), or before it with only linking words between ("police detained
                  3,811"), or past a counting phrase or a metric noun and its verb ("the
                  official death toll from the unrest now stands at 230", "число
                  задержанных превысило 5,8 тыс.", "количество погибших силовиков — 16");
                  a change gives its new value and never its old one ("возросло с 164 до
                  227"); a verb before a number wins over a participle noun after it
                  ("в реанимации находятся семь пострадавших"), a verb after it over an
                  attributive participle before it ("Зардап шеккен 7 адам жансақтау
                  бөлімінде жатыр");
                  a number that continues the sentence's previous figure takes its metric
                  ("25 of them", "из них 142", "оның ішінде 19", "and 1,500 in Shymkent",
                  "в Шымкенте — 50", "оның 21-і – полицейлер", and "Among them are 3393
                  ..." at the start of the next sentence); "their number rose to 18"
                  takes the metric of the previous sentence
    attributes    qualifier, subject (people in general: None; doctors, medics, journalists
                  and residents count as civilians; "armed criminals", "вооруженные
                  преступники" as protesters, as the officials who count them call them),
                  location, scope and quoted source. A figure that names no one ("еще 18
                  получили ранения") counts whom the figures of the clause it goes on from
                  count, when they agree: "ликвидированы 26 вооруженных преступников, еще 18
                  получили ранения" are 18 wounded protesters

Metrics read as officials and agencies use the words: "ликвидированы", "liquidated" (shot
dead by the security forces) is killed; "обратились за медицинской помощью", "sought medical
help" is injured, since many who came were treated and sent home, and only "доставлены в
больницы", "admitted to hospital" is hospitalized. `troops` counts the foreign peacekeeping
contingent (CSTO peacekeepers, "миротворческие силы", "десантники", "бітімгерлер"): the
police and soldiers Kazakhstan set to work ("25 мыңнан астам тәртіп сақшысы мен әскери
қызметкер тартылды", 25,000 law enforcers and servicemen) are no troops figure nor any other,
so such a sentence gives no claim, and would otherwise raise the CSTO series to 25,000.

Scope and location: a figure is about the whole country unless its clause names a Kazakh
region or city ("detained in Almaty over the past night"), which makes it `local` with that
`location`; the place or countrywide marker fewest words from the number decides. A place
after a dash belongs to the figure before it ("погибли 164 человека, из них 103 — в Алматы":
164 in the country, 103 in Almaty), and a clause naming no place goes on in the place of the
figures of the clause before ("В Жанаозене погибли 16 человек, более 100 получили ранения":
both in Zhanaozen); a part's place ("103 — в Алматы") is its own and does not carry on. Only
country-scope figures feed the alert series (see alerts): a city's count is no national
figure. A figure about another country or topic ("... COVID-19 infections in Poland") is not
a claim at all and is dropped, so `scope` is "country" or "local": a place abroad nearest
its number, or a sentence set abroad (the case's `elsewhere`: "В Нукусе погибли 18 человек",
"по данным Национальной гвардии Узбекистана") that names no place of the case, and the
sentences after it that name no place ("В ходе протестов задержаны 516 человек"). The CSTO's
contingents came from abroad by definition, and keep their troops figure.

Places and leaders come from the case (`pipeline.case`, NEWSMON_CASE), pandemic words and
sentence boundaries from `pipeline.case.text`; topics reads them too. pipeline.evaluation measures this stage against hand-written gold.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property, lru_cache
from typing import Any, NamedTuple, get_args

from pipeline.case import active_case, towns_abroad
from pipeline.case.text import MONTH_NAMES, PANDEMIC, as_read, by_first_letter, guarded, month_number, sentence_spans, whole_words
from pipeline.case.lexicons import FigureVocabulary, Subject, figure_languages, figure_vocabulary, person_word_list
from pipeline.models import Claim, Qualifier
from pipeline.stages.language import detect_language
from pipeline.stages.transliteration import Transliteration, spaced, to_cyrillic

__all__ = ["SUBJECTS", "extract_claims", "load_vocabularies"]

# Who a claim counts (Claim.subject), besides None for people in general.
SUBJECTS = tuple(subject for subject in get_args(Subject) if subject != "people")


class _Table:
    """Labelled regex patterns compiled into one alternation, and which label a match has.

    Longer patterns are tried first, so "slightly less than" wins over "less than" and
    "Kyzylorda region" over "Kyzylorda"; a lookaround only guards, so "military (?:officers|
    personnel)" still wins over "military(?! planes)". Patterns must not use capturing groups. The
    alternation is dispatched on a word's first letter: a long vocabulary tried branch by
    branch at every word would cost most of the stage's time.
    """

    def __init__(self, entries: Mapping[str | None, Sequence[str]], negated_after: str | None = None) -> None:
        pairs = sorted(
            ((label, pattern) for label, patterns in entries.items() for pattern in patterns),
            key=lambda pair: -_reading_length(pair[1]),
        )
        # each pattern as the alternation tries it, ending where a word ends ("sending", not "send")
        self._pairs = [
            (label, re.compile(rf"(?:{pattern})(?!\w)(?!-\w)", re.IGNORECASE), _LOOKS_AROUND.search(pattern) is None)
            for label, pattern in pairs
        ]
        self._known: dict[str, str | None] = {}  # the label of a match's text, where its pattern reads only it
        patterns = [pattern for _, pattern in pairs]
        body = by_first_letter(patterns)
        # nor the head of a compound: "әскери-көлік"
        # nor one denied right after it or its verb (`negated_after`: "денесі әлі табылған жоқ"; a
        # denial farther on is more often another verb's: "... жалмаған су тасқыны ұмыт бола қойған жоқ")
        denied = rf"(?!(?:\s+[^\W\d_]+){{0,2}}\s+(?:{negated_after})(?!\w))" if negated_after else ""
        self.regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)(?!-\w){denied}", re.IGNORECASE)
        self._at_end = re.compile(rf"(?<!\w)(?:{'|'.join(patterns) or '(?!)'})\s*$", re.IGNORECASE)

    def label(self, match: re.Match[str]) -> str | None:
        """The label of the first (longest) pattern that matches just what `match` matched, where it did."""
        matched = match.group().rstrip()  # an `at_end` match takes the spaces after it
        key = matched.lower()
        if key in self._known:
            return self._known[key]
        end = match.start() + len(matched)
        for label, rx, context_free in self._pairs:
            found = rx.match(match.string, match.start())
            if found and found.end() == end:
                if context_free:
                    self._known[key] = label
                return label
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.regex.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)

    def at_end(self, text: str) -> re.Match[str] | None:
        """A match that ends `text` (trailing spaces aside): what stands right before a number."""
        return self._at_end.search(text, max(0, len(text) - 80))


_LOOKAROUND_OPENING = re.compile(r"\(\?<?[=!]")


def _reading_length(pattern: str) -> int:
    """The length of `pattern` outside its lookarounds: how much of it reads its match."""
    length = depth = i = 0  # depth: how deep inside a lookaround
    while i < len(pattern):
        if opening := (None if depth else _LOOKAROUND_OPENING.match(pattern, i)):
            depth, i = 1, opening.end()
            continue
        step = 2 if pattern[i] == "\\" else 1
        if depth:
            depth += {"(": 1, ")": -1}.get(pattern[i], 0) if step == 1 else 0
        else:
            length += step
        i += step
    return length


_LOOKS_AROUND = re.compile(r"\(\?(?:<?[=!]|-i)")  # a pattern that reads around its match, or case


# --------------------------------------------------------------------------- lexicons
# Each language's words are data (pipeline/lexicons/<code>.toml); the shared tables below
# hold proper names and markers that read the same in any of the languages.

_PLACES = _Table({name: terms.patterns for name, terms in active_case().places.items()})

_SOURCES = _Table({
    "interior ministry": [r"interior ministry", r"ministry of (?:the )?(?:internal affairs|interior)",
                          r"internal affairs ministry", r"МВД", r"министерств\w* внутренних дел",
                          r"ІІМ", r"ішкі істер министрлі\w*"],
    "health ministry": [r"health ministry", r"ministry of health(?:care)?", r"минздрав\w*",
                        r"министерств\w* здравоохранения", r"денсаулық сақтау министрлі\w*"],
    "president's office": [r"president['’]s office", r"presidential (?:administration|office|press service)",
                           r"press service of the president", r"Akorda", r"Акорд\w*", r"Ақорда\w*",
                           r"администраци\w* президента", r"пресс-служб\w* (?:президента|Акорды|главы государства)",
                           r"Президент әкімшілігі\w*", r"Президенттің баспасөз қызметі\w*"],
    "national guard": [r"national guard", r"нацгварди\w*", r"национальн\w* гварди\w*", r"ұлттық ұлан\w*"],
    "prosecutor general's office": [r"prosecutor[- ]general(?:['’]s office)?", r"генпрокуратур\w*",
                                    r"генеральн\w* прокуратур\w*", r"бас прокуратур\w*"],
    "national security committee": [r"national security committee", r"КНБ",
                                    r"комитет\w* национальной безопасности", r"ҰҚК",
                                    r"ұлттық қауіпсіздік комитет\w*"],
    "commandant's office": [r"commandant['’]s office", r"комендатур\w*"],
    "CSTO": [r"CSTO", r"ОДКБ", r"ҰҚШҰ"],
    "government": [r"government", r"правительств\w*", r"үкімет\w*"],
    "officials": [r"officials"],
    **({"president": head.patterns} if (head := active_case().head_of_state) else {}),
})

_MONTH = rf"(?<!\w)(?:{'|'.join(MONTH_NAMES)})(?!\w)"
_MONTHS = re.compile(_MONTH, re.IGNORECASE)
_MONTH_AT_END = re.compile(rf"{_MONTH}\.?[\s,]*$", re.IGNORECASE)
# A day of a month: "3 ақпан", "1-2 шілдеде", "20-шы қыркүйекте", "8 апреля", "February 26–27"
_DAY_OF_MONTH = re.compile(
    rf"(?<![\w.,])\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:-?[^\W\d_]{{1,3}})?\s+(?P<month>{_MONTH})"
    rf"|(?P<month_first>{_MONTH})\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?![\d,.]*\d)",
    re.IGNORECASE,
)
_DATELINE_DASH = re.compile(r"\s*[-–—]")  # "18 АҚПАН – ...": the day of the report
_EVENT_NAMES = whole_words(active_case().event_names.patterns)


def _case_months(start: str, end: str | None) -> frozenset[int] | None:
    """The months of the case's events, by number, from its file's start and end; None
    where it gives no end."""
    if end is None:
        return None
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    count = (last.year - first.year) * 12 + last.month - first.month
    return frozenset((first.month - 1 + i) % 12 + 1 for i in range(count + 1))


_CASE_MONTHS = _case_months(active_case().start, active_case().end)
_WEEKDAYS = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
_WEEKDAY_BRACKET = re.compile(rf"{_WEEKDAYS.pattern}\s*\($", re.IGNORECASE)
_YEARS_AFTER = re.compile(
    r"\s*-?\s*(?:years?|yrs?|лет|летн\w*|год(?:а|ам|ами)?|жаст(?:а|ағы|ар|арда)|жасар\w*|жасында|жас аралығ\w*|жыл\w*"
    # the region's other Turkic languages and Tajik: "22 yoshli", "17 yaşında", "19 ýaşly", "20 жаштагы", "22-сола"
    r"|yosh(?:li|da|ida|dagi|gacha)\w*|ёш(?:ли|да|ида|даги)\w*|yaş(?:ında|ındaki)\w*|yas[iı]nda\w*|ýaş(?:ly|ynda)\w*|жаш(?:тагы|ар\w*|ында)|сола\w*"
    # a term in days: "10 days' detention", "арестованы на 15 суток", "10 тәулікке"
    r"|days?['’]?|суток|тәулік\w*"
    # an age in months: "6-month-old", "шестимесячный", "6 айлық бала"
    r"|months?[- ]old|месячн\w*|айлық)(?!\w)",
    re.IGNORECASE,
)
# A year things are measured from, or that dates the country's independence, is no date of
# the event: "the worst unrest since it gained independence in 1991", "впервые с 1991 года",
# "depuis son indépendance en 1991".
_SINCE = re.compile(
    r"(?:\bsince\b|\bс тех пор\b|\bвпервые с\b|\bсо времен\w*|\bс момента\b|\bdepuis\b|\bdesde\b|\bseit\b|"
    r"\bdal(?:l['’])?|\bod\b|\bekde\b|\bمنذ\b|independen\w*|indépendance|Unabhängigkeit|indipendenza|"
    r"niepodległoś\w*|bağımsızlı\w*|незалежн\w*|независимост\w*|тәуелсіздік\w*)[^.;]{0,40}$",
    re.IGNORECASE,
)
_POPULATION = re.compile(
    guarded(r"(?:(?:city|town|village|population|home|nation) (?:of|to)|населени\w*|халқы)\s*$"), re.IGNORECASE
)
_COUNTRYWIDE = re.compile(
    r"(?:across (?:the country|kazakhstan)|nationwide|countrywide|throughout (?:the country|kazakhstan)|"
    r"in (?:all|every) regions?|in kazakhstan|in the country|all over the country|по всей стране|"
    r"по стране|в казахстане|в республике|по республике|во всех регионах|по всему казахстану|"
    r"елімізде|ел бойынша|республика бойынша|қазақстанда|барлық өңірлерде)"
    r"(?!['’]s\b)",  # "in Kazakhstan's Taraz city" names the city
    re.IGNORECASE,
)
# Places abroad as where something happened (the case's `elsewhere`): "In Nukus, 18 people
# died" is Uzbekistan's figure
_FOREIGN = re.compile(rf"(?<!\w)(?:{by_first_letter(active_case().elsewhere.patterns)})(?!\w)", re.IGNORECASE)
# and disasters the case's country has not had, whose toll is another's where nothing places it
_DISASTER_ELSEWHERE = re.compile(rf"(?<!\w)(?:{'|'.join(active_case().disasters_elsewhere.patterns) or '(?!)'})(?!\w)", re.IGNORECASE)
# and the UN's missions (the case's `missions_elsewhere`), whose troops are not the case's
# (matched as written: "UN" is no Spanish "un")
_MISSION_ELSEWHERE = re.compile(rf"(?<!\w)(?:{'|'.join(active_case().missions_elsewhere.patterns) or '(?!)'})(?!\w)")
# and the case's own mission (its `mission`): "The CSTO sent 2,500 troops to Kazakhstan"
_MISSION_NAMED = re.compile("|".join(active_case().mission.patterns) or "(?!)", re.IGNORECASE)
_ABROAD = "abroad"  # the place `_scope` found nearest a number is abroad
_HOME = "home"  # or the case's country, named as where
# The case's own country named: "Kazakhstan's police", "казахстанские силовики"
_COUNTRY = re.compile(rf"(?<!\w)(?:{'|'.join(active_case().country.patterns) or '(?!)'})", re.IGNORECASE)
# The country itself as where something is, not whose its people are (who may be abroad:
# "граждан Казахстана", "Қазақстанның 4 азаматы"): "in one of Kazakhstan's largest oil
# fields", "в Казахстане", "Қазақстандағы"
_COUNTRY_ITSELF = re.compile(r"(?<!\w)(?:kazakhstan['’]s|казахстане|қазақстанда(?:ғы)?)(?!\w)", re.IGNORECASE)
# A sentence on the pandemic counts its cases and deaths, not the unrest's.
_PANDEMIC = whole_words(PANDEMIC.patterns)
# Where a clause ends: for location and scope, "killed 26 ... hours after Russian forces landed
# in Almaty" is not a figure about Almaty.
# "3,000" and "8:21" break nothing, nor a colon opening a list: "Among the dead are: nine Kazakhs"
_BREAK = r",(?!\d)|:(?<!\bare:)(?<!\bwere:)(?<!\bis:)(?<!\bwas:)(?!\d)|[;()\[\]!?—–،؛]|\s-\s"
_CLAUSE_BREAK = re.compile(
    rf"{_BREAK}|\b(?:after|before|when|while|whereas|although|but|according to|as per|"
    r"после|когда|пока|однако|но|по данным|согласно|кейін|соң|бірақ|алайда)\b",
    re.IGNORECASE,
)
_GAP_BREAK = re.compile(_BREAK)


def _list_closed_by(conjunction: str, flags: int = 0) -> re.Pattern[str]:
    """A list whose commas break no link, closed by `conjunction`: "policemen, soldiers and
    other officers"."""
    return re.compile(rf"[^;:()\[\]!?—–\d]*?,[^;:()\[\]!?—–\d]*?\s(?:{conjunction})\s[^,;:()\[\]!?—–\d]*", flags)


_LIST = _list_closed_by("and|и|және|мен|бен|пен")
_DASH = re.compile(r"\s*[—–-]\s*")
_DASH_OR_COLON = re.compile(r"\s*(?:[—–:~]|\s-)\s*")
_DASH_OR_COLON_AT_END = re.compile(r"\s*(?:[—–:~]|\s-)\s*$")
# "164 people, including three children, were killed": an aside a number may link across; it
# may run up to the verb the two share ("бес адам, оның ішінде үш полицей қаза тапты")
_ASIDE_WORDS = "including|among them|among whom|в том числе|в т\\. ?ч\\.|включая|среди них|среди которых|в числе которых|из них|оның ішінде|соның ішінде|олардың ішінде"


def _aside(opening: str = "(?!)") -> re.Pattern[str]:
    """An aside opened by "including" or its kin, the built-in ones or a language's own
    (`aside_opening`: "dont", "darunter"), quoted or not: ", « dont 2 000 étrangers », ont
    été interpellées", between dashes ("nearly 6,000 — including foreigners — were detained")
    or, up to the verb, with no comma at all ("Eight people including four children were
    injured")."""
    return re.compile(
        # a list for an aside, commas within it: "six people, including two soldiers, one shop
        # assistant and three attackers, were killed"
        rf",\s*(?:{_ASIDE_WORDS}|{opening})(?!\w)(?:[^,;:()]*,){{1,4}}[^,;:()]*\s(?:and|и|және|мен|бен|пен)\s[^,;:()]*,"
        rf"|(?:,|(?<=\w)(?=\s))\s*[«\"“„]?\s*(?:{_ASIDE_WORDS}|{opening})(?!\w)[^,;:()]*(?P<open>$)?,?"
        rf"|\s[—–]\s*(?:{_ASIDE_WORDS}|{opening})(?!\w)[^,;:()—–]*[—–]"
        # one of them or of whom, between commas only: in "два лица, один из которых арестован",
        # "35 people, of whom 25 were injured" the verb is the part's
        rf"|,\s*(?:one of whom|один из которых|одна из которых|of whom)(?!\w)[^,;:()]*,"
        # a part said to be someone, between commas: "30 workers, 21 of them citizens of China, were
        # hospitalized", "четверо человек, трое из которых дети, получили травмы"
        rf"|,\s*(?:\d[\d,. ]*|[^\W\d_]+)\s+(?:of them|of whom|из них|из которых)\s[^,;:()\d]*,"
        # who they are, in brackets after whom it counts: "17 people (11 attackers, 3 soldiers) were
        # killed", "Пять пассажиров (19-22 лет) доставлены"
        # (words and numbers, not a telephone's code, a share, a count's sign or the whole they are
        # of: "(8 714 2)", "(80-100%)", "(of 14 passengers)")
        rf"|(?<=\w)\s\((?=\w)(?!of\s|из\s)(?=[^()]*\d)(?=[^()]*[^\W\d_]{{3}})[^()%+]*\)"
        # who they all are, between dashes: "Пять пассажиров - все граждане Российской Федерации -
        # госпитализированы", "six workers — all of them foreigners — were injured"
        rf"|\s[—–-]\s*(?:all|все)\s[^,;:()—–\d]*?\s[—–-](?=\s)",
        re.IGNORECASE,
    )

# who says it, or a parenthesis without a number, between a metric and its count: ", по
# предварительным данным,", ", according to officials,", "(город в Мангистауской области)"
_SAID_ASIDE = re.compile(
    r",\s*(?:according to|по (?:\w+ )?данным|по словам|по информации|по сведениям|согласно)\b[^,;:()\d]*,|\([^()\d]*\)"
    # or when it was so, a date's digits and all: ", по состоянию на утро 8 января,", ", по данным на 18 сентября,"
    r"|,\s*(?:as of|as at|по состоянию на|по данным на)\s[^,;:()]*,"
    # or when those counted were born: ", born in 2016 and 2017,", ", 1992 и 1988 годов рождения,"
    r"|,\s*(?:born\s(?:in\s)?\d{4}|\d{4}(?:\s(?:и|and)\s\d{4})?\s+(?:г\.\s*р\.|гг?\.?\s*рождения|годов?\s+рождения))[^,;:()]*,"
    # or between dashes: "Тағы үш бала – 2016, 2017 және 2023 жылы туғандар – ... жеткізілді"
    r"|\s[—–]\s*(?:born\s(?:in\s)?\d{4}[^—–;:()]*|\d{4}[^—–;:()]*?(?:рождения|г\.\s*р\.|жылы туған\w*))\s*[—–]"
    # or how old they are: "Двоих мужчин, 27 и 40 лет, ... доставили", "четверо детей, 15, 11, 5 и 2 лет, отравились"
    r"|,\s*(?:aged\s+|в возрасте\s+|котор\w+\s+)?\d{1,2}(?:-\w{1,3})?(?:\s+год[а]?)?(?:(?:,\s*|\s+(?:и|and|мен|және)\s+)\d{1,2}(?:-\w{1,3})?)*\s+(?:лет|года?|years?(?: old)?|жаст\w*)\s*,"
    # or, in English, without the unit: "Two workers, aged 30 and 35, died", "two workers in their 30s died"
    r"|,\s*aged\s+\d{1,2}(?:(?:,\s*|\s+(?:and|or|to)\s+|\s*[-–]\s*)\d{1,2})*\s*,"
    r"|(?<=\w)\s+(?:aged\s+\d{1,2}(?:(?:,\s*|\s+(?:and|or|to)\s+|\s*[-–]\s*)\d{1,2})*|in (?:their|his|her) (?:early |mid-?|late )?\d0s)(?=\s+\w)"
    # or a relative clause or a parenthesis of the speaker's: ", which shocked the nation,", ",
    # если я не ошибаюсь,"
    r"|,\s*(?:which|who|как известно|если я не ошибаюсь|насколько известно|as far as (?:I|we) know)\b[^,;:()\d]*,"
    # in Russian, a relative clause or a participle of where they were, a participle after it
    # too: ", которые находились на борту вертолета, разбившегося в Алматинской области,"
    r"|,\s*(?:котор\w+|находивш\w+|находящ\w+|ехавш\w+|следовавш\w+)\s[^,;:()\d]*(?:,\s*(?:разбивш|упавш|следовавш|ехавш|перевернувш|загоревш)\w*\s[^,;:()\d]*)?,"
    # or one or two words between commas: ", however,", ", inoltre,", ", однако,"; not a name
    # (", Zholmurat Ulykpanov,")
    r"|,\s*(?-i:(?![A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,(?=\s)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_QUOTES = "\"'“”«»‘’„"
# a figure starts a word, or follows Arabic "و" (and) written joined to it: "و748 مصابا"
# (a comma right after a letter is no thousands separator: "8 killed,28 injured"); an English
# ordinal counts nothing ("One 11th-grade student")
_DIGITS = (
    r"(?:(?<![\w\-/:.,])|(?<=(?<!\w)و)|(?<=[^\W\d_],))(?:\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3}(?!\d))+|\d+(?:[.,]\d+)*)(?!\d)"
    r"(?!(?:st|nd|rd|th)(?![^\W\d_]))"
)
_CASE_SUFFIX = r"-\s?[а-яёәғқңөұүһі]{1,4}(?!\w|-\w)"  # "26-ти", "142-сі", "225-ке", "7- еуі"
# a number inside a vocabulary's `change` pattern ("с {NUMBER} до {NUMBER}")
_NUMBER_SLOT = (
    r"\d[\d \u00a0\u202f\u2009.,]*(?:-?[а-яёәғқңөұүһі]{1,4})?"
    r"(?:\s*(?:тыс\.|тысяч\w*|thousand|мың\w*|млн\.?))?"
)


@dataclass(frozen=True)
class _Lexicon:
    code: str
    metrics: _Table
    counted: frozenset[str]  # metrics named by the counted noun itself: "125 criminal cases"
    subjects: _Table
    qualifiers_before: _Table
    qualifiers_after: _Table
    reached_after: re.Pattern[str] | None  # "выросло" after "До 28": "up to" is the figure a change reached
    half_after: re.Pattern[str]  # "с половиной": half a thousand more, before "тысячи"
    ordinal_after: re.Pattern[str]  # "тоғызыншы" after "екі мың": the whole is an ordinal
    digit_ordinal: re.Pattern[str]  # "-ші" after digits: "5-ші сынып", the fifth grade
    number_words: tuple[tuple[re.Pattern[str], str, int], ...]
    numbers: re.Pattern[str]
    multipliers: tuple[tuple[re.Pattern[str], int], ...]
    filler: frozenset[str]
    stop: frozenset[str]
    of: frozenset[str]
    count_before: re.Pattern[str]
    count_after: re.Pattern[str]
    continues_before: re.Pattern[str]  # a part or the next in a list
    part_before: re.Pattern[str]
    opening_part: re.Pattern[str]  # a sentence that opens on a part of the one before: "Of them, ..."
    continues_after: re.Pattern[str]  # always a part
    anaphora: re.Pattern[str]
    capitalized_nouns: bool  # German: a capital marks a noun, not a name
    counters: frozenset[str]  # "名": a word that counts people, before whom it counts
    # Chinese, Japanese: the words to set apart before reading (`spaced`); Korean: None, its
    # numbers only; a spaced language: no reading
    words_apart: re.Pattern[str] | None
    spaced: bool
    verb_final: bool  # Kazakh, Korean, Japanese: the verb ends the sentence, after the noun phrase and the counts it joins
    morphology: bool  # pymorphy3 parses the language (it inflects its numerals): it knows which nouns are animate
    person_words: frozenset[str]  # nouns that name people, in their dictionary form ("activist")
    person_forms: tuple[tuple[str, str], ...]  # (ending, replacement): "activists" -> "activist"
    person_patterns: re.Pattern[str]  # endings that make a word a person noun ("жұмысшы")
    date_month_before: re.Pattern[str]  # a month word that makes the number after it a day
    one_of_vague: dict[str, int]  # "тысячи" after a qualifier: "более тысячи" is > 1,000
    one_of: re.Pattern[str]  # "one of": a one that picks, not a count
    whole_before: re.Pattern[str]  # "of 150 people, 20 died": a whole, the part after it
    partition: re.Pattern[str]  # a sentence (or quote) that opens on a whole it splits: "Of seven, four are ..."
    copula: re.Pattern[str]  # "of which 19 were law enforcement officers"
    own_predicate: re.Pattern[str]  # a listed number with a verb of its own is no further item
    auxiliary: re.Pattern[str]  # "были", "were": a passive's auxiliary
    conjunction: str  # joins counts that share a verb
    joined: re.Pattern[str]  # the conjunction alone between two words: "погибших и раненых"
    listing: re.Pattern[str]  # a list closed by the conjunction: "acts, riots and other crimes"
    aside: re.Pattern[str]  # an aside opened by "including" or its kin: ", including three children,"
    modifier_before: re.Pattern[str]  # between a part's marker and its number
    attributive: re.Pattern[str]  # a metric phrase before a number that only describes
    participle: re.Pattern[str]  # "six people detained in January died": "detained" only describes
    finite_verb: re.Pattern[str]  # Korean "사망하고": a verb that closes the count before it
    clause_opening: re.Pattern[str]  # "15 people calling for justice for loved ones killed": others killed
    aboard: re.Pattern[str]  # "20 people on board a domestic flight ... died": who they are
    # "о двоих мужчинах, которых задержали", "13 человек – все они погибли": a clause on them
    relative_at_end: re.Pattern[str]
    relative_opening_at_end: re.Pattern[str]  # "Two children who were": the clause's opening up to its verb
    other_count_after: re.Pattern[str]  # "were released": the number counts something else
    other_count_before: re.Pattern[str]  # "released 1,500 detainees": so does a verb before it
    difference_before: re.Pattern[str]  # "выросло на три человека": by how much, no count
    difference_after: re.Pattern[str]  # "13-ке көбейді" (grew by 13)
    nominal_suffix: re.Pattern[str]  # "142-сі": a number that is its own noun
    nominal_words: re.Pattern[str]  # "екеуі"
    one_more: re.Pattern[str]  # "тағы біреуі": one more, not one of (matched up to the number's end)
    not_numbers: re.Pattern[str]  # "бірден" (at once)
    months: re.Pattern[str]  # "stycznia": a month the language spells its own way
    state_before: re.Pattern[str]  # "состояние" before a count whose state is given
    state_after: re.Pattern[str]  # Kazakh "жағдайы" after its genitive
    number_joiner: re.Pattern[str]  # "and" in "six hundred and seventeen"
    reference_before: re.Pattern[str]  # "статьей 4": a number that names
    reference_after: re.Pattern[str]  # "345-бабы": a number and what it names
    age_before: re.Pattern[str]  # "who was 34": a number that is an age
    ages_aside: re.Pattern[str]  # "(6 и 14 лет)", "aged 5, 8 and 12": ages told after whom they belong to
    ages_after: re.Pattern[str]  # the language's own words of ages alone (`age_aside`): "1952 и 1976 года рождения"
    age_words: re.Pattern[str]  # all an aside of ages holds beside its numbers and names
    pronoun_one_before: re.Pattern[str]  # "no one": a pronoun, not a count
    adverbs: frozenset[str]  # "later": when, between a count no noun follows and its verb
    adjunct: re.Pattern[str]  # "во время протестов": when or how, between a metric and its dash
    dated: re.Pattern[str]  # "on 6 January", "5 января": a day of a month, with its preposition
    # "от рук преступников": a prepositional phrase of up to three words, and its preposition
    prepositional: re.Pattern[str]
    preposition: re.Pattern[str]
    kin_before: re.Pattern[str]  # "a mother of": the number after it counts her children
    kin_after: re.Pattern[str]  # "баланың анасы": the number before it counts her children
    adverbial: re.Pattern[str]  # "жансақтау бөлімінде": yields to a metric verb after it
    condition: re.Pattern[str]  # "in serious condition": the state of the hurt, not a hospital
    counts_elsewhere: re.Pattern[str]  # "Үш облыста": a number of places
    whole_ending: re.Pattern[str]  # "зардап шеккендерден": the whole a count after it is picked from
    after_plural_people: re.Pattern[str]  # "12 activists just days before": a phrase ends before it
    oblique: re.Pattern[str]  # "екі тұрғынмен": people another verb's object
    place_prepositions: frozenset[str]  # "in", "в": they open a place's phrase
    list_joint: re.Pattern[str]  # between a listed count and the next item's place: " адам, ", " человек, в "
    words_before_noun: int  # between a number and whom it counts
    chained: re.Pattern[str]  # a comma after it does not end the clause (Kazakh converbs)
    converb: re.Pattern[str]  # "уланып": how or why, the finite verb after it says what befell
    number_hint: re.Pattern[str]  # where a number in words may start (see _number_hint)
    other_events: re.Pattern[str]  # an explosion, a crash: a sentence about another disaster
    predicate_before: re.Pattern[str]  # "stands at", "составило": a metric phrase's verb
    set_before: re.Pattern[str]  # "raised the", "повысили число": a verb setting a metric noun's value
    set_to: re.Pattern[str]  # "to", "до": the word before the value it sets
    most_of: re.Pattern[str]  # "most of the": a part of a figure said of a metric noun after it
    metric_nouns: re.Pattern[str]  # "death toll", "погибших": metric words that can take a predicate
    event_nouns: re.Pattern[str]  # "deaths", "detentions": what a number right before them counts
    change: re.Pattern[str]  # "from A to B": A is the old value
    by_percent: re.Pattern[str]  # "increased by 12% to 175": the per cent stands in no link's way
    # the same with A in words, split where it stands: "с двух до трех"
    change_around: tuple[re.Pattern[str], re.Pattern[str]] | None
    superseded: re.Pattern[str]  # "the previous death toll": the numbers after it are old values
    reported: re.Pattern[str] | None  # "said", "айтты": a date may be the day a figure was said
    dated_event: re.Pattern[str]  # after a date: the event the figures happened in
    another_clause: re.Pattern[str]  # ", and the captain was": a clause no number before it links across
    # metric words that count only where the sentence says what they are about
    contextual: tuple[_Table, dict[str, re.Pattern[str]]]

    def names_person(self, word: str) -> bool | None:
        """Whether a lower-cased word the subjects table lacks is a noun naming people ("гвардейцев",
        "activists", "студент") or another noun ("регионах"); None where the lexicon cannot tell."""
        if self.morphology:
            return _animacy(word)
        if self.person_patterns.fullmatch(word):
            return True
        if "-" in word.strip("-"):  # a compound by its last word: "lieutenant-colonels", "co-workers"
            return self.names_person(word.rsplit("-", 1)[1])
        stems = (word[: len(word) - len(ending)] + replacement for ending, replacement in self.person_forms if word.endswith(ending))
        return True if word in self.person_words or any(stem in self.person_words for stem in stems) else None

    def is_known_word(self, word: str) -> bool:
        """A capitalised word that may stand right before a number without naming it."""
        tables = (self.metrics, self.qualifiers_before, self.subjects, _PLACES)
        return (
            any(t.fullmatch(word) for t in tables)
            or bool(_MONTHS.fullmatch(word) or _WEEKDAYS.fullmatch(word) or _COUNTRY.fullmatch(word))
            or bool(self.other_events.fullmatch(word))  # "В результате ДТП 5 человек погибли"
            or word.lower() in self.filler
            or word.lower() in self.stop
        )


# an aside in brackets, between dashes or between commas (see `_only_ages`)
_AGES_ASIDE = r"\s*\([^()]*\)|\s[—–-]\s[^—–()]*?\s[—–-](?=\s)|,\s[^,;:()]*?,(?=\s)"


def _vocabulary_words(vocabulary: FigureVocabulary) -> re.Pattern[str]:
    """The words of a vocabulary that a text without spaces is read with set apart: its
    metrics, subjects, qualifiers, number and linking words."""
    tables = [vocabulary.metrics, vocabulary.contextual_metrics, vocabulary.subjects]
    tables += [vocabulary.qualifiers.before, vocabulary.qualifiers.after]
    patterns = [p for table in tables for ps in table.values() for p in ps]
    patterns += [p for p, _, _ in vocabulary.numbers.words] + vocabulary.numbers.vague
    patterns += [re.escape(w) for w in vocabulary.linking.filler + vocabulary.linking.stop]
    patterns += [vocabulary.linking.part_before]
    return re.compile("|".join(sorted(patterns, key=len, reverse=True)))


def _lexicon(vocabulary: FigureVocabulary) -> _Lexicon:
    def alternation(patterns: Iterable[str]) -> str:
        return "|".join(sorted(patterns, key=len, reverse=True)) or "(?!)"

    def ci(pattern: str) -> re.Pattern[str]:
        return re.compile(guarded(pattern), re.IGNORECASE)

    numbers, linking = vocabulary.numbers, vocabulary.linking
    suffix = f"(?:{numbers.word_suffix})?" if numbers.word_suffix else ""
    number_words = [(rf"(?:{p}){suffix}", kind, value) for p, kind, value in numbers.words]
    number_words += [(form, kind, value) for form, kind, value in _numeral_forms(tuple(numbers.lemmas))]
    word = guarded(alternation(p for p, _, _ in number_words))
    multiplier = alternation(f"(?:{p}){suffix}" for ps in numbers.multipliers.values() for p in ps)
    digit_suffix = rf"|{numbers.digit_suffix}" if numbers.digit_suffix else ""
    metrics = {**vocabulary.metrics}
    for metric, patterns in vocabulary.contextual_metrics.items():
        metrics[metric] = [*metrics.get(metric, []), *patterns]
    change_opening, slot, change_closing = linking.change.partition("{NUMBER}")
    ages_after = rf"\s+(?:{linking.age_aside})(?=\s)"  # the language's own words of ages alone
    return _Lexicon(
        code=vocabulary.language,
        metrics=_Table(metrics, None if linking.negated_after == "(?!)" else linking.negated_after),
        contextual=(
            _Table(vocabulary.contextual_metrics),
            {metric: ci(alternation(ps)) for metric, ps in vocabulary.context.items()},
        ),
        counted=_COUNTED,
        subjects=_Table({None if k == "people" else k: v for k, v in vocabulary.subjects.items()}),
        qualifiers_before=_Table(vocabulary.qualifiers.before),
        qualifiers_after=_Table(vocabulary.qualifiers.after),
        reached_after=ci(rf"(?:{vocabulary.qualifiers.reached_after})(?!\w)") if vocabulary.qualifiers.reached_after else None,
        half_after=ci(rf"(?:{numbers.half_after})\s+"),
        ordinal_after=ci(rf"(?:\s+|-)(?:{numbers.ordinal_after})(?!\w)"),
        digit_ordinal=ci(numbers.digit_ordinal),
        number_words=tuple((ci(rf"(?:{p})"), kind, value) for p, kind, value in number_words),
        numbers=ci(
            # (each kind looked for only where it can start: at a digit, at a word)
            rf"(?=\d)(?P<digits>{_DIGITS})(?P<suffix>{_CASE_SUFFIX}{digit_suffix})?"
            # a scale word apart or glued to the digits: "4 mila", "4mila", "5тыс."
            rf"(?:[ \u00a0\u202f\u2009]*(?<![^\W\d])(?P<mult>{multiplier})(?:(?<=\.)|(?!\w))|(?P<kilo>K)(?!\w))?"
            rf"|(?<!\w)(?:(?P<vague>{guarded(alternation(numbers.vague))})(?!\w)"
            rf"|(?P<same>{guarded(alternation(numbers.same))})(?!\w)"
            # a word that only looks like one ends it: "екі бірдей" (two at once) is two
            rf"|(?P<words>(?:{word})(?:(?:\s+|-|{numbers.joiner})(?!(?:{numbers.not_numbers})(?!\w))(?:{word}))*)(?!\w))"
        ),
        multipliers=tuple(
            (ci(rf"(?:{alternation(ps)}){suffix}"), _MULTIPLIERS[name])
            for name, ps in numbers.multipliers.items()
        ),
        filler=frozenset(w.lower() for w in linking.filler),
        stop=frozenset(w.lower() for w in linking.stop),
        of=frozenset(linking.of),
        count_before=ci(linking.count_before),
        count_after=ci(linking.count_after),
        continues_before=ci(rf"(?:{linking.part_before}|{linking.next_before})\s*$"),
        part_before=ci(rf"(?:{linking.part_before})(?:,|\s[—–])?\s*$"),  # "Of these, 19 are ...", "Бұлардың ішінде – 2,8 мыңы"
        aside=_aside(linking.aside_opening),
        opening_part=ci(rf"[\s\"'«“]*(?:{linking.part_before})(?!\w)"),
        continues_after=ci(linking.continues_after),
        anaphora=ci(linking.anaphora),
        capitalized_nouns=vocabulary.capitalized_nouns,
        counters=frozenset(linking.counters),
        words_apart=_vocabulary_words(vocabulary) if vocabulary.spacing == "none" else None,
        spaced=vocabulary.spacing == "spaces",
        verb_final=vocabulary.verb_final,
        morphology=bool(numbers.lemmas),
        person_words=person_word_list(vocabulary.language),
        person_forms=tuple(vocabulary.person_nouns.forms),
        person_patterns=ci(alternation(vocabulary.person_nouns.patterns)),
        number_hint=ci(_number_hint(number_words, numbers.vague)),
        other_events=ci(rf"(?<!\w)(?:{'|'.join(vocabulary.other_events) or '(?!)'})(?!\w)"),
        date_month_before=ci(linking.date_month_before),
        one_of_vague={word.lower(): value for word, value in numbers.after_qualifier.items()},
        one_of=ci(rf"\s+(?:{linking.one_of})\b"),
        whole_before=ci(rf"(?<!\w)(?:{linking.whole_before})\s+$"),
        partition=ci(rf"(?:^|:)[\s\"'«“]*(?:{linking.one_of})\s+"),
        copula=ci(linking.copula),
        own_predicate=ci(linking.own_predicate),
        auxiliary=ci(rf"\s*(?<!\w)(?:{linking.auxiliary})(?!\w)\s*"),
        conjunction=linking.conjunction,
        joined=ci(rf"\s+(?:{linking.conjunction})\s+"),
        listing=_list_closed_by(linking.conjunction, re.IGNORECASE),
        modifier_before=ci(linking.modifier_before),
        attributive=ci(linking.attributive),
        participle=ci(linking.participle),
        finite_verb=ci(linking.finite_verb),
        clause_opening=ci(linking.clause_opening),
        aboard=ci(linking.aboard),
        relative_at_end=ci(
            rf"(?:,\s*(?:{linking.clause_opening})|(?:,|;|\s[—–-])\s*(?:{linking.back_reference})(?:\s+(?:{linking.auxiliary}))?)\s*$"
        ),
        relative_opening_at_end=ci(rf"\s(?:{linking.clause_opening})(?:\s+(?:{linking.auxiliary}))?\s*$"),
        other_count_after=ci(linking.other_count_after),
        # up to two words (a qualifier) between it and the number: "released about 300" (not a
        # conjunction, after which the number is another count's: "84 were convicted and 44 detained")
        other_count_before=ci(
            rf"(?<!\w)(?:{linking.other_count_before})(?!\w)(?:\s+(?!(?:{linking.conjunction})(?!\w))[\w-]+){{0,2}}\s*(?:[—–:]\s*)?$"
        ),  # "осуждены — 97"
        difference_before=ci(rf"(?<!\w)(?:{linking.difference_before})\s*$"),
        difference_after=ci(rf"\W{{0,2}}\s*(?:{linking.difference_after})"),
        nominal_suffix=ci(numbers.nominal_suffix),
        nominal_words=ci(rf"(?:{numbers.nominal_words})$"),
        one_more=ci(rf"(?<!\w)(?:{linking.one_more})$"),
        not_numbers=ci(numbers.not_numbers),
        months=ci(rf"(?:\.\s*)?(?:{numbers.months})(?!\w)"),  # "6. Januar"
        number_joiner=ci(numbers.joiner),
        reference_before=ci(linking.reference_before),
        reference_after=ci(linking.reference_after),
        age_before=ci(rf"(?:{linking.age_before})\s*$"),
        ages_aside=ci(rf"{_AGES_ASIDE}|{ages_after}"),
        ages_after=ci(ages_after),
        age_words=ci(rf"(?:{alternation(linking.age_words)}|[\s,()—–-])*"),
        pronoun_one_before=ci(rf"(?:{linking.pronoun_one_before})\s*$"),
        adverbs=frozenset(linking.adverbs),
        adjunct=ci(linking.adjunct),
        dated=ci(rf"(?:(?<!\w)(?:{linking.date_opening})\s+)?(?:{_DAY_OF_MONTH.pattern})"),
        prepositional=ci(
            rf"(?<!\w)(?:{linking.adjunct_preposition})\s+(?:[^\W\d_][\w-]*)"
            rf"(?:\s+(?!(?:{linking.adjunct_preposition})(?!\w))[^\W\d_][\w-]*){{0,2}}"
            # and the list it may open: "в реках, каналах и озерах"
            rf"(?:\s*,\s*[^\W\d_][\w-]*){{0,4}}(?:\s+(?:{linking.conjunction})\s+[^\W\d_][\w-]*)?"
        ),
        preposition=ci(linking.adjunct_preposition),
        kin_before=ci(rf"(?<!\w)(?:{linking.kin_before})\s+$"),
        kin_after=ci(rf"\s*(?:[^\W\d_]+\s+)??(?:{linking.kin_after})(?!\w)"),
        adverbial=ci(rf"(?:{linking.adverbial})"),
        condition=ci(rf"(?:{linking.condition})"),
        state_before=ci(rf"(?<!\w)(?:{linking.state_before})\s*$"),
        state_after=ci(rf"\s*(?:{linking.state_after})(?!\w)"),
        counts_elsewhere=ci(linking.counts_elsewhere),
        whole_ending=ci(rf"(?:{linking.whole_ending})$"),
        after_plural_people=ci(linking.after_plural_people),
        oblique=ci(linking.oblique),
        place_prepositions=frozenset(w.lower() for w in linking.place_prepositions),
        list_joint=ci(
            rf"\s*(?:[^\W\d_]+\s*)?(?:,|\s(?:{linking.conjunction})\s)\s*"
            rf"(?:(?:{'|'.join(map(re.escape, sorted(w.lower() for w in linking.place_prepositions))) or '(?!)'})\s+)?"
        ),
        words_before_noun=linking.words_before_noun,
        chained=ci(rf"(?:{linking.chained}),"),
        converb=ci(linking.chained),
        predicate_before=ci(rf"(?:{linking.predicate_before})\s*$"),
        set_before=ci(rf"(?<!\w)(?:{linking.set_before})\s+$"),
        set_to=ci(rf"(?<!\w)(?:{linking.set_to})\s*$"),
        most_of=ci(rf"(?<!\w)(?:{linking.most_of})\s+$"),
        metric_nouns=ci(rf"(?:{linking.metric_nouns})"),
        event_nouns=ci(rf"(?:{linking.event_nouns})"),
        change=ci(linking.change.replace("{NUMBER}", _NUMBER_SLOT)),
        by_percent=ci(linking.by_percent),
        change_around=(
            (ci(rf"(?<!\w)(?:{change_opening})$"), ci(change_closing)) if slot and change_opening and change_closing else None
        ),
        superseded=ci(linking.superseded),
        reported=ci(linking.reported) if linking.reported is not None else None,
        dated_event=ci(linking.dated_event),
        another_clause=ci(linking.another_clause),
    )


_MULTIPLIERS = {"thousand": 1000, "million": 1_000_000}
# Police and officers a number names as detained are suspects of the crackdown's abuses ("eight
# NSC officers and one policeman were detained on suspicion of torture"), not the unrest's
# detainees. (Whom the number itself names: "arrested by security forces" names the agents.)
_NO_FIGURE = frozenset({("detained", "security_forces")})
_COUNTED = frozenset({"criminal_cases", "troops"})  # metrics named by the counted noun itself


@cache
def _numeral_forms(lemmas: tuple[tuple[str, str, int], ...]) -> list[tuple[str, str, int]]:
    """Every case form of each Russian numeral lemma, as pymorphy3's dictionary inflects it:
    "двенадцать" -> двенадцати, двенадцатью; "двое" -> двоих, двоим; "тысяча" -> тысячах."""
    if not lemmas:
        return []
    analyzer = _morph_analyzer()
    forms = []
    for lemma, kind, value in lemmas:
        parses = [p for p in analyzer.parse(lemma) if p.normal_form == lemma]
        if not parses:
            raise ValueError(f"pymorphy3 does not know the numeral {lemma!r}")
        # the numeral's own parse: "сто" is also an indeclinable abbreviation, whose lexeme lacks "ста"
        best = max(parses, key=lambda p: ("NUMR" in p.tag, len(p.lexeme)))
        words = sorted({f.word for f in best.lexeme} | {lemma}, key=len, reverse=True)
        pattern = "|".join("".join("[её]" if c in "её" else re.escape(c) for c in w) for w in words)
        forms.append((pattern, kind, value))
    return forms


@cache
def _morph_analyzer() -> Any:
    import pymorphy3  # loaded where Russian numerals are first compiled, not on import

    return pymorphy3.MorphAnalyzer()


@cache
def _lexicon_for(code: str) -> _Lexicon:
    return _lexicon(figure_vocabulary(code))


def load_vocabularies(languages: Iterable[str] = ("en", "ru", "kk")) -> None:
    """Read and compile these languages' vocabularies, and the world's towns, now instead of
    on first use (half a second for the three, pymorphy3's dictionary included): done in the
    pool's fork server, it is done once for all workers."""
    for code in languages:
        _lexicon_for(code)
    towns_abroad()


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True, slots=True)
class _Number:
    """A number as written in a sentence. `end` closes the number, `tail` a qualifier after it."""

    kind: str  # digits, words, vague, same
    start: int
    end: int
    tail: int
    value: int | None
    words: str
    qualifier_after: Qualifier | None
    is_year: bool = False
    nominal: bool = False  # "142-сі", "екеуі": the number is its own noun


def _digits_value(raw: str, multiplier: int | None) -> int | None:
    """'4,266', '4 266', '4.266', Swiss '4'266' -> 4266; '5.8' or '5,8' with a multiplier -> 5.8 x it."""
    parts = re.split(r"[\s.,'’]", raw)
    if len(parts) == 1:
        return int(raw) * (multiplier or 1)
    separators = set(re.findall(r"[\s.,'’]", raw))
    if multiplier and len(parts) == 2 and separators <= {".", ","}:
        return round(float(f"{parts[0]}.{parts[1]}") * multiplier)
    if len(separators) == 1 and all(len(p) == 3 for p in parts[1:]):
        return int("".join(parts)) * (multiplier or 1)
    return None  # a decimal without a multiplier ("Taliban 2.0") counts no one


def _words_value(text: str, lex: _Lexicon) -> int | None:
    """'twenty-six' -> 26, 'две тысячи' -> 2000, 'жиырма алты' -> 26, 'a dozen' -> 12."""
    if " " in text:  # a number word of several words: "one and a half hundred"
        whole = next((v for rx, kind, v in lex.number_words if kind == "unit" and rx.fullmatch(text)), None)
        if whole is not None:
            return whole
    total = current = 0
    for token in re.findall(r"(?:a\s+)?[^\s-]+", lex.number_joiner.sub(" ", text), re.IGNORECASE):
        token = re.sub(r"\s+", " ", token)
        entry = next(((kind, v) for rx, kind, v in lex.number_words if rx.fullmatch(token)), None)
        if entry is None:
            return None
        kind, value = entry
        if kind == "unit":
            current += value
        elif kind == "scale":
            current = max(current, 1) * value
        else:
            total += max(current, 1) * value
            current = 0
    return total + current


# the hundreds after a thousand written as a word: "3 тысячи 520 граждан", "2 thousand 300",
# with a Kazakh case suffix on them ("3 мың 400-ден астам"); three digits, so a day ("5 тыс.
# 12 января") or a year stays its own number
_THOUSANDS_REST = re.compile(rf"[ \u00a0]+(\d{{3}})(?![\d.,:\-]?\d)(?:{_CASE_SUFFIX})?")
# and fewer digits after a thousand written out in full, when a word follows that is no day's
# month, no unit of time and no "of them": "2 мың 30 сарбаз", "2 тысячи 15 человек" (not "10
# thousand 24 hours after", "10 тысяч 15 из них иностранцы")
_THOUSANDS_REST_SHORT = re.compile(
    rf"[ \u00a0]+(\d{{1,2}})(?![\d.,:\-]?\d)(?:{_CASE_SUFFIX})?"
    rf"(?=\s+(?!{_MONTH}|(?:hours?|days?|weeks?|months?|years?|minutes?|суток|час\w*|дн\w*|недел\w*|месяц\w*|лет|год\w*|минут\w*|сағат\w*|күн\w*|жыл\w*|ай\w*|из|of|оның)(?!\w))[^\W\d_])",
    re.IGNORECASE,
)


# a telephone number, international or with its area code in brackets: "+7 (926) 861 50 98",
# "8 (7172) 55-66-77"; its groups of digits count nothing
_PHONE = re.compile(r"(?:\+\d{1,3}[\s\-]*\(?\d{2,5}\)?|(?<!\d)8[\s\-]*\(\d{3,5}\))(?:[\s\-]*\d{2,4}){2,4}(?!\d)")
# the same number again in words, as deeds write it: "25 (twenty-five) people", "5 (бес) адам"
_RESTATED = re.compile(r"\s*\(\s*")


def _numbers(sentence: str, lex: _Lexicon) -> list[_Number]:
    found: list[_Number] = []
    phones = [p.span() for p in _PHONE.finditer(sentence)] if "+" in sentence or "(" in sentence else []
    for m in lex.numbers.finditer(sentence):
        if lex.not_numbers.fullmatch(m.group()) or (found and m.start() < found[-1].tail):
            continue  # or a word the number before took in: "четыре с лишним тысячи"
        if any(a <= m.start() < b for a, b in phones):
            continue
        end = m.end()
        kind = next(k for k in ("digits", "vague", "same", "words") if m.group(k))
        if kind == "words" and lex.ordinal_after.match(sentence, end):
            continue  # "екі мың тоғызыншы жылғы", "жиырма бірінші қаңтарда": a year, a day, no count
        if kind == "digits" and m.group("suffix") and lex.digit_ordinal.fullmatch(m.group("suffix")):
            continue  # "5-ші сынып": the fifth grade
        multiplier = None
        if m.group("mult"):
            multiplier = next(v for rx, v in lex.multipliers if rx.fullmatch(m.group("mult")))
        if m.group("kilo"):  # "2K people": a headline's thousand
            multiplier = 1000
        rest = None
        if multiplier == 1000:  # (not after an abbreviation's point, which may end the sentence)
            rest = _THOUSANDS_REST.match(sentence, end) or (_THOUSANDS_REST_SHORT.match(sentence, end) if sentence[end - 1] != "." else None)
        if rest:  # "3 тысячи 520"
            end = rest.end()
        qualifier_after = None
        after = lex.qualifiers_after.match(sentence, _skip_spaces(sentence, end))
        if after:
            qualifier_after = lex.qualifiers_after.label(after)
        tail = after.end() if after else end
        value: int | None = None
        is_year = False
        if kind == "digits":
            value = _digits_value(m.group("digits"), multiplier)
            if value is not None and rest:
                value += int(rest.group(1))
            raw = m.group("digits")
            is_year = raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100 and not multiplier
        elif kind == "words":
            value = _words_value(m.group("words"), lex)
        elif (
            kind == "vague"
            and (one := lex.one_of_vague.get(m.group("vague").lower()))
            and lex.qualifiers_before.at_end(sentence[max(0, m.start() - 40) : m.start()])
        ):
            kind, value = "words", one  # "более тысячи" is more than a thousand, not thousands
        if after and value is not None and (scale := _scale_at(sentence, _skip_spaces(sentence, tail), lex)):
            value, tail = value * scale[0], scale[1]  # "четыре с лишним тысячи": more than 4,000
        half = lex.half_after.match(sentence, _skip_spaces(sentence, tail)) if value is not None else None
        if half and (scale := _scale_at(sentence, half.end(), lex)):
            value, tail = value * scale[0] + scale[0] // 2, scale[1]  # "2 с половиной тысячи": 2,500
        suffix = m.group("suffix") if kind == "digits" else None
        nominal = bool(suffix and lex.nominal_suffix.fullmatch(suffix)) or (
            (kind == "words" or bool(m.group("mult"))) and bool(lex.nominal_words.search(m.group()))
        )  # "142-сі", "екеуі", "7,1 мыңы"
        if is_year:  # "1925 адам", "2030 әскері": a count, as its noun says; else a year ("In 2022 detained ...")
            after = _skip_spaces(sentence, tail)
            noun = lex.metrics.match(sentence, after)
            # and a round hundred after "more than", "about", before what befell them: "več kot 2000
            # ranjenih" (not "около 2000 года", "by about 2000, 40 ...")
            round_count = m.group("digits").endswith("00") and lex.qualifiers_before.at_end(sentence[max(0, m.start() - 30) : m.start()])
            is_year = not (lex.subjects.match(sentence, after) or (noun and (lex.metrics.label(noun) in _COUNTED or round_count)))
        restated = found and found[-1].value == value and _RESTATED.fullmatch(sentence, found[-1].tail, m.start())
        if restated and value is not None:
            continue
        found.append(
            _Number(kind, m.start(), end, tail, value, sentence[m.start() : end], qualifier_after, is_year, nominal)  # type: ignore[arg-type]
        )
    return found


def _scale_at(sentence: str, pos: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The multiplier at `pos` and where it ends, if one stands there as a whole word."""
    for rx, scale in lex.multipliers:
        m = rx.match(sentence, pos)
        if m and (m.group().endswith(".") or not sentence[m.end() : m.end() + 1].isalnum()):
            return scale, m.end()
    return None


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


# --------------------------------------------------------------------------- not a count


def _part_of_others(
    sentence: _Sentence, others: _Number | None, headless: Sequence[_Number], last_read: _Number | None, n: _Number
) -> bool:
    """Whether the count a part `n` goes on from, the last one after the last figure read,
    counts people who are no figure: `others` (read so), or a number no noun follows whose
    verb says so ("and 29 survived, including three children")."""
    after = last_read.start if last_read else -1
    if others and after < others.start:
        return True
    candidates = [x for x in headless if after < x.start < n.start]
    return bool(candidates) and _counts_others(sentence, candidates[-1], sentence.lex)


def _a_difference(sentence: _Sentence, n: _Number, lex: _Lexicon) -> bool:
    """Whether `n` says by how much a count changed ("выросло на три человека", "13-ке
    көбейді"), not the second number of a change from one to the other ("5-тен 13-ке")."""
    s = sentence.text
    if not (lex.difference_before.search(s, max(0, n.start - 40), n.start) or lex.difference_after.match(s, n.end)):
        return False
    return sentence.change_before(n) is None


# the rest of a list of numbers whose last is a percentage: "денесінің 18, 28 және 90% күйік шалды"
_PERCENT_LAST = re.compile(r",?\s+(?:and|и|және|мен|бен|пен|va|ve|və|we)\s+\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|процент\w*|пайыз\w*)", re.IGNORECASE)
_PERCENTS_AFTER = re.compile(r"(?:\s*,\s*\d+(?:[.,]\d+)?)+" + _PERCENT_LAST.pattern, re.IGNORECASE)
_LISTED_BEFORE = re.compile(r"\d\s*,\s*$")  # the item before the last: "18, 28 және 90%"


def _is_percentage(s: str, n: _Number) -> bool:
    """"19%", "19 % күйік алып" (written apart), "18, 28 және 90% күйік" (one of a list of them)."""
    return s[n.end : n.end + 1] == "%" or bool(
        re.match(r"\s%", s[n.end : n.end + 2])
        or _PERCENTS_AFTER.match(s, n.end)
        or (_PERCENT_LAST.match(s, n.end) and _LISTED_BEFORE.search(s, 0, n.start))
    )


_CLOCK_AFTER = re.compile(r":\s?\d")
_LABEL_BEFORE = re.compile(r"(?:^|\n)\W*(?:[^\W\d_]+\s*)?$")  # a line opening on the number or one word


def _counts_something_else(s: str, n: _Number, lex: _Lexicon) -> bool:
    """Dates, years, times, money, percentages, temperatures, names, ages, populations."""
    before, next_char = _before(s, n), s[n.end : n.end + 1]
    if n.kind == "vague":
        return False
    if n.value is None or n.is_year:
        return True
    if next_char in ("-", "%", "°", "/") and not re.match(r"-\s", s[n.end : n.end + 2]) or before[-1:] in ("$", "€", "£", "₸", "#", "№"):
        return True  # "22-year-old", "two-fold", "2022-01-08", "13/ pic.twitter", "38°C" (not "19-ы- балалар")
    if next_char == ":" and (_CLOCK_AFTER.match(s, n.end) or _LABEL_BEFORE.search(before)):
        return True  # "8:21", a list's "2: ...", "Photo 3: ..."; not a headline's source after its figure ("wounded 4,500: prosecutor's office")
    if _is_percentage(s, n):
        return True
    if n.kind == "words" and n.value == 1 and lex.pronoun_one_before.search(before):
        return True  # "no one", "the second one": a pronoun
    if lex.reference_before.search(before) or lex.reference_after.match(s, n.start):
        return True  # "в соответствии со статьей 4", "article 5", "345-бабы"
    if _LAW_WORDING.match(s, n.end) or (n.value in (2, 3) and _LAW_WORDING_PEOPLE.match(s, n.end) and _DEATH_OF.search(before)):
        return True  # "смерть двух или более лиц", "death of two or more persons": a law's words
    if (law := _LAW_NAME.search(before)) and lex.reference_before.search(before[: law.start()]):
        return True  # "article 345 (Violation of traffic rules causing death of two or more persons)": the law's words
    if lex.kin_before.search(before) or lex.kin_after.match(s, n.tail):
        return True  # "a mother of two died", "екі баланың анасы мерт болды": her children
    if _is_age(s, n.end, lex) or lex.age_before.search(before):
        return True  # "a 22 year old protester", "5 years in prison", "17 жастағы", "who was 34"
    if _picks_one_of_something(s, n, lex) or _whose_state(s, n, lex):
        return True
    if _is_date(s, n, lex):
        return True
    qualifier = lex.qualifiers_before.at_end(before)
    if _POPULATION.search(before[: qualifier.start()] if qualifier else before):
        return True  # "a city of around 2 million people"
    return n.kind == "digits" and _names_something(s, n.start, lex)


# a law's words after a number: "повлекшее смерть двух или более лиц"
_LAW_WORDING = re.compile(r"\s+(?:или|и|or|немесе)\s+(?:более|more|одан да көп)\s+(?:лиц|persons|адам)", re.IGNORECASE)
# and "people" in it after a death only: "resulting in the death of two or more people" (not
# "40 or more people were injured")
_LAW_WORDING_PEOPLE = re.compile(r"\s+or\s+more\s+(?:people|individuals)", re.IGNORECASE)
_DEATH_OF = re.compile(r"\bdeath of\s*$", re.IGNORECASE)
# the name of a law after its number, in brackets or quotes, open up to the number
_LAW_NAME = re.compile(r"\d+\s*[(«\"“]+[^()«»\"“”]*$")


def _whose_state(s: str, n: _Number, lex: _Lexicon) -> bool:
    """Whether a number counts only those whose state the sentence gives, no figure of its
    own: "состояние одного из них тяжёлое", "the condition of two of them", "үшеуінің жағдайы
    ауыр", "үш науқастың жағдайы ауыр". A metric word of their own still counts them ("the
    condition of three individuals injured", "жансақтау бөліміндегі 3 науқастың жағдайы")."""
    if not _state_given(s, n, lex):
        return False
    after = _skip_spaces(s, _past_people(s, n.tail, lex))
    word = _WORD_THEN_SPACE.match(s, after)  # an adjective first: "трех других пострадавших"
    own_metric = lex.metrics.match(s, after) or (word and lex.metrics.match(s, word.end()))
    return not (own_metric or _metric_right_before(s, n, lex))


def _state_given(s: str, n: _Number, lex: _Lexicon) -> bool:
    """Whether a state word governs a number: before it ("состояние"), or after it in its
    genitive or its people's ("үшеуінің жағдайы", "үш адамның жағдайы")."""
    if lex.state_before.search(s, max(0, n.start - 40), n.start):
        return True
    if not lex.state_after.search(s, n.end, n.tail + 60):  # most numbers: no state word near
        return False
    if lex.modifier_before.search(n.words):  # the number in the genitive itself
        return bool(lex.state_after.match(s, n.end))
    people_end = _past_people(s, n.tail, lex)
    return people_end > n.tail and _owns(s, n, lex) and bool(lex.state_after.match(s, people_end))


_WORD_THEN_SPACE = re.compile(r"[^\W\d_]+\s+")


def _metric_right_before(s: str, n: _Number, lex: _Lexicon) -> bool:
    """Whether a metric stands right before a number, linking words aside: "жансақтау
    бөліміндегі 3", "Ауруханада жатқан бес"."""
    start = max(0, n.start - 60)
    named = list(lex.metrics.finditer(s, start, n.start))
    if not named:
        return False
    gap = s[named[-1].end() : n.start]
    return not _GAP_BREAK.search(gap) and all(w.lower() in lex.filler for w in _WORD.findall(gap))


def _is_date(s: str, n: _Number, lex: _Lexicon) -> bool:
    """A day of a month: "January 8", "8 January", "5 января"; not "в январе 103 человека
    погибли", "In January, 4,578 people"."""
    if n.value is None:
        return False
    before = _before(s, n)
    month_before = _MONTH_AT_END.search(before, max(0, len(before) - 20))
    people_after = month_before is not None and _past_people(s, n.tail, lex) > n.tail
    if (
        month_before
        # "on 10 June, five militants", "In December, 27 people died": a count after the comma;
        # "In August five workers died": a number in words that people follow, with or without it
        and not ("," in month_before.group() and (n.kind == "words" or people_after))
        and not (n.kind == "words" and people_after)
        and _is_month(month_before.group(), lex)
        and lex.date_month_before.fullmatch(month_before.group().strip(" .,"))
        and 1 <= n.value <= 31
    ):
        return True
    # a day in brackets after its weekday: "in the early hours of Thursday (6)"
    if n.kind == "digits" and n.value <= 31 and _WEEKDAY_BRACKET.search(before) and s.startswith(")", n.end):
        return True
    # the range's second day: "on July 24 and 25", "January 4-5"
    if n.kind == "digits" and n.value <= 31 and (day_before := _MONTH_DAY_TO.search(before, max(0, len(before) - 30))):
        return _is_month(day_before.group("month"), lex)
    after = _skip_spaces(s, n.end)
    if s.startswith("-", after) and n.value <= 31:  # the hyphen of Kazakh dates written apart: "28 -маусым"
        after += 1
    if n.value <= 31 and (to := _RANGE_TO_DAY.match(s, after)):  # "с 5 по 11 января", "from 5 to 11 January"
        after = to.end()
    month_after = _MONTHS.match(s, after)
    return bool(month_after and _is_month(month_after.group(), lex)) or bool(lex.months.match(s, after))


_MONTH_DAY_TO = re.compile(rf"(?P<month>{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|or|to|through|&|и|или|по|до|[-–])\s*$", re.IGNORECASE)
_RANGE_TO_DAY = re.compile(r"(?:по|до|to|until|and|и)\s+\d{1,2}\s+", re.IGNORECASE)


def _is_age(s: str, end: int, lex: _Lexicon) -> bool:
    """Whether the number ending at `end` is an age or a term, alone or the first of a list
    of them: "17 жастағы", "5 и 12 лет", "четырех, одиннадцати и пятнадцати лет"."""
    joint_at = re.compile(rf"\s*(?:[,\-–]|(?:{lex.conjunction}|to|до)(?!\w))\s*", re.IGNORECASE)  # "four to six years"
    while (joint := joint_at.match(s, end)) and (following := lex.numbers.match(s, joint.end())):
        end = following.end()
    return bool(_YEARS_AFTER.match(s, end))


def _picks_one_of_something(s: str, n: _Number, lex: _Lexicon) -> bool:
    """Whether "one of" picks one of something else ("в одном из сел", "one of the"); not
    "один из налётчиков был ранен", one of whom it counts, nor "one of them died", one of those
    counted before, nor one of the hurt or of whom a figure before counts with what befell that
    one in its clause ("один из пострадавших ... скончался", "пострадали трое горняков, один из
    которых скончался")."""
    one_of = lex.one_of.match(s, n.end) if n.value == 1 and n.kind == "words" else None
    if one_of is None:
        return False
    after = _skip_spaces(s, one_of.end())
    if lex.subjects.match(s, after) or lex.continues_after.match(s, n.end):
        return False
    if (people := _head(s, after, lex)) and people.names_people:
        return False  # "один из местных жителей": people, their adjectives before them
    whose = lex.metric_nouns.match(s, after) or lex.clause_opening.match(s, after)
    if whose and lex.clause_opening.fullmatch(whose.group()) and not lex.metrics.search(s[: n.start]):
        return True  # "Подозреваются два лица, один из которых арестован": of no figure
    return not (whose and lex.metrics.search(s[whose.end() : _clause_end(s, whose.end())]))


def _part_in_a_condition(sentence: _Sentence, n: _Number, metric_pos: int, lex: _Lexicon) -> bool:
    """Whether `n` is a part of the hurt said only to be in some condition a few words on,
    the whole named after it ("12 of the 14 injured are in stable condition", "трое из
    пострадавших", "two of the injured are in critical condition") or before it (see
    `_among_the_hurt_in_a_condition`): how some of them are, no count of its own; not a part
    with a metric of its own ("were hospitalized in")."""
    s = sentence.text
    part = lex.one_of.match(s, n.tail)
    if part is None:
        return _among_the_hurt_in_a_condition(sentence, n, metric_pos, lex)
    if metric_pos < part.end():
        return False
    whole = _skip_spaces(s, part.end())
    if (i := sentence.next_number_start(whole)) == whole:
        whole = _skip_spaces(s, next(x.tail for x in sentence.numbers if x.start == i))
    metric = lex.metrics.match(s, metric_pos)
    if metric is None:
        return False
    if metric_pos != whole:  # linked past the whole's noun to the condition itself
        noun = lex.metrics.match(s, whole)
        return bool(
            lex.condition.fullmatch(metric.group())
            and _names_the_hurt(noun, lex)
            and len(_WORD.findall(s, noun.end(), metric_pos)) <= 2
            and not _metric_of_its_own_after(sentence, metric, lex)
        )
    condition = lex.condition.search(s, metric.end(), _clause_end(s, metric.end()))
    return bool(
        condition
        and len(_WORD.findall(s, metric.end(), condition.start())) <= 3
        and not sentence.metrics_near(metric.end(), condition.start() - 1)
    )


def _among_the_hurt_in_a_condition(sentence: _Sentence, n: _Number, metric_pos: int, lex: _Lexicon) -> bool:
    """Whether `n` follows the hurt it is part of ("Среди пострадавших двое — в тяжелом
    состоянии", "among the injured, two are in critical condition") and only a condition
    right after it counts it (not among others: "среди задержанных пятеро в тяжелом
    состоянии" are newly hurt)."""
    s = sentence.text
    condition = lex.condition.match(s, metric_pos)
    if condition is None or len(_WORD.findall(s, n.tail, metric_pos)) > 2 or _metric_of_its_own_after(sentence, condition, lex):
        return False
    for m in sentence.metrics_near(max(0, n.start - 60), n.start):
        if m.end() <= n.start and lex.metric_nouns.fullmatch(m.group()) and not _WORD.search(s, m.end(), n.start):
            # the whole's noun right before the number, after "among"/"среди" and up to three
            # words of its count: "среди более чем 30-ти пострадавших"
            opening = s[max(0, m.start() - 40) : m.start()]
            ends = [*(w.start() for w in list(_WORD.finditer(opening))[-3:]), len(opening)]
            return _names_the_hurt(m, lex) and any(lex.whole_before.search(opening, 0, end) for end in ends)
    return False


def _metric_of_its_own_after(sentence: _Sentence, condition: re.Match[str], lex: _Lexicon) -> bool:
    """Whether a metric other than a condition follows one in its clause: "пять из
    пострадавших – в тяжелом состоянии в реанимации" are in intensive care."""
    s = sentence.text
    return any(
        x.start() >= condition.end() and not lex.condition.fullmatch(x.group())
        for x in sentence.metrics_near(condition.end(), _clause_end(s, condition.end()))
    )


def _names_the_hurt(m: re.Match[str] | None, lex: _Lexicon) -> bool:
    return m is not None and lex.metrics.label(m) in ("injured", "hospitalized")


def _clause_end(s: str, at: int) -> int:
    """Where the clause going on at `at` ends."""
    end = _CLAUSE_BREAK.search(s, at)
    return end.start() if end else len(s)


def _past_people(s: str, at: int, lex: _Lexicon) -> int:
    """Where whom a number counts, right after `at`, ends; `at` if no one is named there."""
    if people := lex.subjects.match(s, _skip_spaces(s, at)):
        return people.end()
    word = _WORD.match(s, _skip_spaces(s, at))
    return word.end() if word and lex.names_person(word.group().lower()) else at


def _before(s: str, n: _Number) -> str:
    """The text just before a number: enough for any rule that looks back, and no more."""
    return s[max(0, n.start - 80) : n.start]


def _is_month(word: str, lex: _Lexicon) -> bool:
    # English months are capitalised; lower-case "may" is the verb ("18 may have died").
    return lex.code != "en" or word[0].isupper()


_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’-]*)[\s«»\"“”]*$")
_SENTENCE_OPENING = re.compile(r"[\s\"'“”«»‘’„(\-—–]*")


# a surname's ending, Russian and Kazakh, in Cyrillic and in Latin
_SURNAME = re.compile(r"\w{3,}(?:ов|ев|ёв|ова|ева|ин|ина|ұлы|қызы|ov|ev|ova|eva|uly|qyzy)$")


def _names_something(s: str, pos: int, lex: _Lexicon) -> bool:
    """A capitalised word glued before a number names a thing: "Khabar 24", "Channel 31"."""
    if lex.capitalized_nouns:
        return False
    m = _PREVIOUS_WORD.search(s, max(0, pos - 40), pos)
    if not m or not m.group(1)[0].isupper():
        return False
    if _SENTENCE_OPENING.match(s).end() >= m.start():
        return False  # the sentence's first word: "Over 3,800 ..."
    abbreviation, _, ending = m.group(1).rpartition("-")
    if len(abbreviation) > 1 and abbreviation.isupper() and ending.islower():
        return False  # an abbreviation in a case is a noun, no name: "ЖКО-нан 10 адам" (ten, hurt in the crash)
    if lex.predicate_before.search(s, m.start(), pos):
        return False  # a headline's capitals: "Death Toll Reaches 225"
    if _SURNAME.search(m.group(1)):
        return False  # who says it, before what they say: "Жанат Әбдірахманов 8 адам қаза тауып ... айтты"
    if lex.modifier_before.search(s, m.start(), pos):
        return False  # whose they are, in the genitive: "Өзбекстанның 29 азаматын"
    if any(x.end() == m.end(1) for x in lex.metrics.regex.finditer(s, max(0, m.start() - 60), m.end(1))):
        return False  # the end of a metric phrase: "доставлено в ОВД 100 человек"
    return not lex.is_known_word(m.group(1))


@dataclass(frozen=True, slots=True)
class _Head:
    """What the words after a number say it counts."""

    names_people: bool = False
    subject: str | None = None
    noun: int | None = None  # where a counted noun it names starts: "nine most important cases"


_PHRASE_CHARS = 80  # how far a Russian noun phrase's genitives may run after its noun


def _head(s: str, pos: int, lex: _Lexicon, counted_at: Container[int] = ()) -> _Head | None:
    """People, a metric noun, or nothing before the verb: a count. Anything else: None.
    `counted_at`: where a noun that is its metric stands in its context, though it names people
    too ("2,500 soldiers" in a sentence on the peacekeeping mission)."""
    unknown = 0
    people: bool | None = None  # whether the noun the vocabulary lacks names people: "400 гвардейцев", "20 activists"
    complement = False  # past an "of" after a person: the words after it are no head
    previous = ""  # the word before the one read
    i = pos
    while unknown <= lex.words_before_noun:
        while i < len(s) and (s[i].isspace() or s[i] in _QUOTES):
            i += 1
        if i >= len(s) or not s[i].isalpha():
            return None if unknown and not people else _Head()
        # (not a noun that owns them: "150 родственников военнослужащих" counts relatives)
        if i in counted_at and not complement and not (lex.morphology and unknown and _tag(previous).POS == "NOUN"):
            return _Head(noun=i)
        if subject := lex.subjects.match(s, i):
            if lex.oblique.fullmatch(subject.group().split()[-1]):
                return None  # "екі тұрғынмен тілдескен": talked with two residents
            if people is False and lex.morphology:
                return None  # "два сарая местных жителей": the people own what is counted
            label = lex.subjects.label(subject)
            if subject.group() in lex.counters and (whom := lex.subjects.match(s, _skip_spaces(s, subject.end()))):
                label = lex.subjects.label(whom)  # a counter, then whom it counts: "19 名 警察"
            return _Head(names_people=True, subject=label)
        if metric := lex.metrics.match(s, i):
            # adjectives may precede a metric noun ("125 new criminal cases"), not a verb
            if lex.metrics.label(metric) in lex.counted or lex.event_nouns.fullmatch(metric.group()):
                return _Head(noun=metric.start())  # "125 criminal cases", "четыре случая утопления"
            # a participle on things: "300 пострадавших бизнесов" counts businesses (not "По 53
            # погибшим обстоятельства смерти выясняются": the noun starts another phrase)
            thing = _WORD.match(s, _skip_spaces(s, metric.end()))
            if thing and lex.counts_elsewhere.fullmatch(thing.group().lower()):
                return None  # "10 реанимациялық төсек", "20 reanimation beds": the kind of what is counted
            if lex.morphology and thing and _animacy(thing.group().lower()) is False and _agree(metric.group(), thing.group()):
                return None
            # "14 burnt bodies", "10 apparent killings": an adjective before a metric noun; in
            # Russian one agreeing with it ("трое других пострадавших")
            if unknown == 1 and not people and lex.metric_nouns.fullmatch(metric.group()) and (
                not lex.morphology or (_tag(previous).POS == "ADJF" and _agree(previous, metric.group()))
            ):
                return _Head(noun=metric.start())
            # "25 родственников погибших": the relatives of the dead
            return None if unknown and not (people and not (lex.morphology and _genitive(metric.group()))) else _Head()
        word = _WORD.match(s, i)
        assert word is not None  # s[i] is a letter
        lowered = previous = word.group().lower()
        if lex.counts_elsewhere.fullmatch(lowered) and not people:
            return None  # "Үш облыста": three regions; "four military planes": planes (not "28 членов группировки")
        if lowered in lex.stop:
            return None if unknown and not people else _Head()
        if people is None and not unknown and _adverb_before_verb(s, word, lex):
            i = word.end()  # "Двое впоследствии скончались", "Two later died": when, before the verb
            continue
        if lex.morphology and not unknown and people is None and _is_verb(lowered):
            return _Head()  # "Двоих пришлось госпитализировать": a verb of their own, no noun
        if lex.morphology and not unknown and people is None and _COLLECTIVE_BEFORE.search(s, max(0, pos - 20), pos) and _stands_for_its_noun(s, word, lex):
            return _Head(names_people=True)  # "двое патрульных получили ранения"
        if lowered in lex.of and unknown:
            return None  # "500 vehicles of the police": the number counts the vehicles
        complement = complement or bool(people and lowered in lex.of)
        if lowered not in lex.of:  # "dozens of people"
            # Russian: the first word pymorphy3 reads as a noun (adjectives are none); elsewhere
            # the last word heads the phrase ("Russian planes", "Russian paratroopers"), up to
            # an "of" after a person ("67 members of drug structures")
            if people and lex.verb_final and not lex.names_person(lowered):
                # a noun phrase ends on its noun where the verb comes last: "Жеті оқушы облыстық
                # ауруханаға жеткізілді" (seven pupils were taken to the regional hospital)
                return _Head(names_people=True)
            # Russian: past its noun naming people, the phrase's genitives are no words too many
            # ("шестерых приверженцев деструктивных религиозных течений")
            complements = bool(people and lex.morphology)
            if people is None or not (lex.morphology or complement):
                people = lex.names_person(lowered)
            if people and lowered.endswith("s") and (after := _WORD.match(s, _skip_spaces(s, word.end()))) and lex.after_plural_people.fullmatch(after.group()):
                # a plural naming people before a word that opens no noun of theirs ends the
                # phrase: "detained 12 activists just days before" (not "400 villagers clashed")
                return _Head(names_people=True)
            # whom it counts is no word too many: "91 есірткі таратушы" (91 drug dealers)
            unknown += not (people and not lex.morphology) and not (complements and i - pos < _PHRASE_CHARS)
        i = word.end()
    return None  # "70 checkpoints", "118 weapons", "four other former Soviet republics"


# a Russian collective numeral, which counts only people: "двое", "троих", "четверым"
_COLLECTIVE_BEFORE = re.compile(r"(?<!\w)(?:дво|тро|четвер|пятер|шестер|семер|восьмер|девятер|десятер)(?:е|о|их|ым|ыми|ых)\s*$", re.IGNORECASE)


def _stands_for_its_noun(s: str, word: re.Match[str], lex: _Lexicon) -> bool:
    """Whether a Russian adjective after a collective numeral stands for the noun it lacks, a
    metric verb right after it: "двое патрульных получили ранения", "трое дежурных
    госпитализированы" (not "трое остальных смогли покинуть": what they did is no figure; nor
    "два служебных получили повреждения": cars)."""
    verb = lex.metrics.match(s, _skip_spaces(s, word.end()))
    return verb is not None and _is_verb(verb.group().split()[0].lower()) and _tag(word.group().lower()).POS == "ADJF"


def _adverb_before_verb(s: str, word: re.Match[str], lex: _Lexicon) -> bool:
    """Whether `word` is an adverb right before a metric verb, or the ward they are in: "Two
    later died", "трое сейчас госпитализированы", "62 сейчас в реанимации" (not "100
    «необоснованно задержанных» человек", "шестеро сейчас в тяжелом состоянии")."""
    lowered = word.group().lower()
    if not (lowered in lex.adverbs or (lex.morphology and _is_adverb(lowered))):
        return False
    after = _skip_spaces(s, word.end())
    verb = lex.metrics.match(s, after)
    if not verb or not lex.morphology:
        return bool(verb)
    first = verb.group().split()[0].lower()
    ward = lex.metrics.label(verb) == "hospitalized" and _tag(first).POS == "PREP" and not lex.condition.match(s, after)
    return ward or _is_verb(first)


@cache
def _tag(word: str) -> Any:
    """pymorphy3's first reading of a lower-cased Russian word."""
    return _morph_analyzer().parse(word)[0].tag


def _animacy(word: str) -> bool | None:
    """Whether pymorphy3 reads a Russian word first as an animate noun ("гвардейцев", "члена")
    or an inanimate one ("регионах", "десятка", "блокпостов"); None if it is no noun."""
    tag = _tag(word)
    return "anim" in tag if "NOUN" in tag else None


def _agree(phrase: str, noun: str) -> bool:
    """Whether a Russian phrase's last word and the noun after it read first in one case and
    number, as an adjective and its noun do: "пострадавших бизнесов"."""
    first, second = (_tag(w.lower()) for w in (phrase.split()[-1], noun))
    return first.case == second.case and first.number == second.number


def _is_adverb(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word first as an adverb ("дополнительно", "вчера")."""
    return _tag(word).POS == "ADVB"


def _is_verb(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word first as a verb or a short participle
    ("перенесли", "отпущены")."""
    return _tag(word).POS in ("VERB", "PRTS")


def _is_participle(word: str) -> bool:
    """Whether pymorphy3 reads a Russian word first as a full participle ("находившиеся")."""
    return _tag(word).POS == "PRTF"


def _case_of(word: str) -> str | None:
    """The case pymorphy3 reads a Russian word in first, if it is a noun or an adjective."""
    tag = _tag(word)
    return tag.case if tag.POS in ("NOUN", "ADJF") else None


@cache
def _reads_in(word: str, cases: tuple[str, ...]) -> bool:
    """Whether a Russian word reads first in one of `cases`, or is an adjective that may:
    "неизвестным" is first a dative, and an instrumental before "веществом"."""
    if _case_of(word) in cases:
        return True
    return any(p.tag.POS == "ADJF" and p.tag.case in cases for p in _morph_analyzer().parse(word))


def _genitive(phrase: str) -> bool:
    """Whether a Russian phrase's first word reads first as a genitive: "погибших"."""
    return "gent" in _tag(phrase.split()[0].lower())


# --------------------------------------------------------------------------- linking


class _Sentence:
    """A sentence, its numbers and metric words, and what all its claims share: clauses,
    topic, source. Worked out once; positions are kept sorted for bisection."""

    def __init__(
        self,
        text: str,
        lex: _Lexicon,
        earlier: str = "",
        metrics: Sequence[re.Match[str]] | None = None,
        case_only: bool = False,
        numbers: list[_Number] | None = None,
    ) -> None:
        self.text = text
        self.lex = lex
        self.numbers = _numbers(text, lex) if numbers is None else numbers
        # the sentence before may say what the mission is: "...отправить войска в Казахстан.
        # Отмечается, что страна направит около 200 военных."
        found = lex.metrics.finditer(text) if metrics is None else metrics
        self.metrics = [m for m in found if _in_context(m, f"{earlier} {text}", lex)]
        # "возросло с 164 до 227": a change's pattern spans its old value, and the new one
        # follows it
        self.changes = [(c.start(), c.end()) for c in lex.change.finditer(text)]
        if lex.change_around:  # and one whose old value is in words: "увеличилось с двух до трех"
            opening, closing = lex.change_around
            for n in self.numbers:
                if n.kind == "words" and (a := opening.search(text, max(0, n.start - 20), n.start)) and (b := closing.match(text, n.end)):
                    self.changes.append((a.start(), b.end()))
        self.old = {n.start for a, b in self.changes for n in self.numbers if a <= n.start < b}
        self.by_percent = [(m.start(), m.end()) for m in lex.by_percent.finditer(text)]
        # "8 of the 17 passengers died", "12 из 32 пострадавших – военные": the whole a part is
        # taken from stands in no link's way, and is a figure only where a metric noun says what
        # befell it (the 32 hurt; not the 17 on board, nor the eight of "шестеро из восьми погибли")
        # (whom the part counts may stand before "of": "Six miners out of eight were killed")
        picked = [
            (a, b)
            for a, b in zip(self.numbers, self.numbers[1:])
            if (of := lex.one_of.match(text, _past_people(text, a.tail, lex))) and not text[of.end() : b.start].strip()
        ]
        self.whole_of = {a.start: b for a, b in picked}  # a part's start: the whole's count
        self.part_of = {b.start: a for a, b in picked}  # and the other way round
        wholes = [b for _, b in picked]
        # and one named first, at the sentence's opening, with no metric of its own: "Из 15
        # нападавших, по имеющимся данным, задержаны только трое", "Of the 150 passengers, 20
        # died" (not "Out of the 238 people killed, about a dozen were police officials")
        breaks = list(_CLAUSE_BREAK.finditer(text))
        if len(self.numbers) > 1 and (opening := lex.whole_before.search(text, 0, self.numbers[0].start)):
            first, second = self.numbers[:2]
            phrase_end = next((b.start() for b in breaks if first.end <= b.start() < second.start), second.start)
            if not _WORD.search(text, 0, opening.start()) and not any(first.end <= m.start() < phrase_end for m in self.metrics):
                wholes.append(first)
        self.wholes = {b.start for b in wholes}
        self.old |= {
            b.start for b in wholes
            if not ((m := lex.metrics.match(text, _skip_spaces(text, b.tail))) and lex.metric_nouns.fullmatch(m.group()))
        }  # fmt: skip
        self._number_starts = [n.start for n in self.numbers]
        self._metric_starts = [m.start() for m in self.metrics]
        # "The previous official death toll was 164, including 19 police": what follows a
        # replaced count is old, up to a clause that is no part of it ("Былтыр ... 12 адам көз
        # жұмса, биыл 20 адам ...": this year's 20 is not)
        for replaced in lex.superseded.finditer(text):
            ends = (b.start() for b in breaks if b.start() > replaced.end() and not lex.opening_part.match(text, b.end()))
            end = next(ends, len(text))
            self.old |= {n.start for n in self.numbers if replaced.start() < n.start < end}
        self._clause_starts = [0, *(b.end() for b in breaks)]
        self._clause_ends = [*(b.start() for b in breaks), len(text)]
        self.on_pandemic = bool(_PANDEMIC.search(text))
        self.on_other_events = bool(case_only and (lex.other_events.search(text) or _dated_elsewhere(text, lex)))

    def number_right_before(self, pos: int) -> bool:
        """Whether a number ends right before `pos`, only spaces between."""
        i = bisect_left(self._number_starts, pos)
        return i > 0 and not self.text[self.numbers[i - 1].tail : pos].strip()

    def number_between(self, a: int, b: int, outside: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether a number stands between `a` and `b`; not one in `outside`, nor a day of a
        month ("the death toll since 5 January has risen to 225"), a year ("two children born
        2014 and 2016 are among those injured"), an age or a number that names ("Екі ересек №
        1 қалалық ауруханада жатыр")."""
        between = self.numbers[bisect_left(self._number_starts, a) : bisect_left(self._number_starts, b)]
        return any(
            not any(i <= x.start < j for i, j in outside)
            and not x.is_year
            and x.start not in self.wholes
            and not _is_date(self.text, x, self.lex)
            and not _is_age(self.text, x.end, self.lex)  # "Екі адам – 69 жастағы әйел мен 11 жастағы бала"
            and not self.lex.age_before.search(self.text, max(0, x.start - 40), x.start)  # "aged 30 and 35"
            and not self.lex.reference_before.search(_before(self.text, x))
            for x in between
        )

    def next_number_start(self, pos: int) -> int | None:
        """Where the first number at or after `pos` starts, if any."""
        i = bisect_left(self._number_starts, pos)
        return self._number_starts[i] if i < len(self._number_starts) else None

    def metrics_near(self, a: int, b: int) -> list[re.Match[str]]:
        return self.metrics[bisect_left(self._metric_starts, a) : bisect_right(self._metric_starts, b)]

    def clause_index(self, pos: int) -> int:
        return bisect_right(self._clause_starts, pos) - 1

    def clause(self, pos: int) -> tuple[int, int]:
        i = self.clause_index(pos)
        return self._clause_starts[i], self._clause_ends[i]

    def after_dash(self, pos: int) -> tuple[int, int] | None:
        """The clause after a dash that ends `pos`'s clause, if it has no number or metric word
        of its own: it says where that clause's figure was ("из них 103 — в Алматы")."""
        i = self.clause_index(pos) + 1
        if i == len(self._clause_starts):
            return None
        if not _DASH.fullmatch(self.text, self._clause_ends[i - 1], self._clause_starts[i]):
            return None
        span = self._clause_starts[i], self._clause_ends[i]
        return None if self.number_between(*span) or self.metrics_near(*span) else span

    def change_before(self, n: _Number) -> tuple[int, int] | None:
        """The change whose new value `n` is ("from 13 to 18": 18), if any."""
        return next(((a, b) for a, b in self.changes if b <= n.start and not self.text[b : n.start].strip()), None)

    @cached_property
    def source(self) -> str | None:
        return _source(self.text)


def _about_something_else(text: str, lex: _Lexicon) -> bool:
    """A sentence on the pandemic, on another disaster, or dated out of the case's events."""
    return bool(_PANDEMIC.search(text) or lex.other_events.search(text) or _dated_elsewhere(text, lex))


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _before_the_case(text: str, since: int, lex: _Lexicon) -> bool:
    """A sentence on another disaster, or one dated only in years before the case's, that
    does not name the case's events: the sentence after it, naming no year, goes on about it.
    Not one dated in the year just before the case's that goes on to a day of the case's month
    with no year of its own ("In the autumn of 2021, Armenia took the chair ... and announced
    the dispatch on the night of January 6"): that reaches into the case's days."""
    if _EVENT_NAMES.search(text):
        return False
    years = [y for y in _YEAR.finditer(text) if not _SINCE.search(text[max(0, y.start() - 80) : y.start()])]
    if not years:
        return bool(lex.other_events.search(text))
    latest = max(int(y.group()) for y in years)
    return latest < since and not (latest == since - 1 and _a_day_of_the_case_after(text, years[-1].end(), lex))


_YEAR_AFTER_DAY = re.compile(r",?\s*(?:19|20)\d\d(?!\d)")


def _a_day_of_the_case_after(text: str, pos: int, lex: _Lexicon) -> bool:
    """Whether text[pos:] names a day of the case's months with no year of its own."""
    if _CASE_MONTHS is None:
        return False
    return any(
        _is_month(month := d.group("month") or d.group("month_first"), lex)
        and month_number(month) in _CASE_MONTHS
        and not _YEAR_AFTER_DAY.match(text, d.end())
        for d in _DAY_OF_MONTH.finditer(text, pos)
    )


def _dated_elsewhere(text: str, lex: _Lexicon) -> bool:
    """A sentence that dates what it counts to a month the case's events did not take: it
    names neither them nor a month of theirs, and has a day of another month that no one is
    said to have stated it on ("Ал 3 ақпан күні ... 8 адам жүгінген", on 3 February 8 people
    sought help), or that dates the event the figures happened in ("22 ақпан күні ... болған
    митингілер барысында 53 адамның ұсталғанын мәлім етті"). A dateline ("18 АҚПАН – ...")
    dates the report, not what it counts."""
    if lex.reported is None or _CASE_MONTHS is None or not _DAY_OF_MONTH.search(text):
        return False
    if _EVENT_NAMES.search(text) or any(month_number(m.group()) in _CASE_MONTHS for m in _MONTHS.finditer(text)):
        return False
    days = [
        d for d in _DAY_OF_MONTH.finditer(text)
        if _is_month(d.group("month") or d.group("month_first"), lex) and not _DATELINE_DASH.match(text, d.end())
    ]  # fmt: skip
    return bool(days) and (not lex.reported.search(text) or any(lex.dated_event.match(text, d.end()) for d in days))


def _in_context(metric: re.Match[str], text: str, lex: _Lexicon) -> bool:
    """A contextual metric word ("sent 100 soldiers") counts only in a sentence on its
    subject (the peacekeeping mission); every other metric word counts anywhere."""
    table, context = lex.contextual
    own = table.regex.match(metric.string, metric.start())
    if own is None or own.end() != metric.end():
        return True
    label = table.label(own)
    return label not in context or bool(context[label].search(text))


def _gap_ok(
    sentence: _Sentence,
    a: int,
    b: int,
    max_words: int,
    allowed: frozenset[str] | None = None,
    outside: Sequence[tuple[int, int]] = (),
    cut: tuple[int, int] | None = None,
) -> int | None:
    """Words between a number and a metric, if they may link them; None if they may not.
    `outside`: spans whose numbers do not stand in the way (a change's old value); `cut`: a
    span that neither stands in the way nor takes words (a parenthesis that splits the count,
    see `_breakdown`; the comma closing a metric's clause, see `_clause_closed`)."""
    gap = sentence.text[a:b]
    # an aside with a metric of its own is a clause, not an aside: ", из них 265 продолжают лечение,"
    spans = [
        m for m in sentence.lex.aside.finditer(gap)
        if not sentence.metrics_near(a + m.start(), a + m.end() - 1)
        # one up to the verb is a part of the count right before it: "бес адам, оның ішінде үш",
        # or names who are among them: "52 адам, оның ішінде балалар да"; not one up to the
        # part's own metric noun: "пострадавших — 9, из них 3 погибших"
        and (m.group("open") is None or (
            # (not "из них" right before the verb, which is then the part's alone: "205 человек,
            # из них 18 обратились за медицинской помощью"; not "семь человек, из них пятеро
            # несовершеннолетних, все они скончались")
            not (_PART_WITH_ITS_OWN_VERB.match(m.group()) and not _COMMA_NEXT.match(sentence.text, a + m.end()))
            and (sentence.number_between(a + m.start(), a + m.end()) or _names_only_people(m.group(), sentence.lex))
            and _only_people(gap[: m.start()], sentence.lex)
            and not (sentence.lex.metric_nouns.match(sentence.text, b) and sentence.number_right_before(b))
        ))
    ]  # fmt: skip
    said = [m for m in _SAID_ASIDE.finditer(gap) if not sentence.metrics_near(a + m.start(), a + m.end() - 1)]
    if sentence.lex.morphology:  # a participle or a relative clause that is a metric only says
        # who they are too: "Пятеро мужчин, пострадавших при пожаре, госпитализированы", "Шесть
        # человек, которые получили травмы, были доставлены в больницу"
        said += [
            m for m in _participle_asides(gap)
            if m.group(1).lower().startswith("котор")
            or all(x.start() == a + m.start(1) for x in sentence.metrics_near(a + m.start(), a + m.end() - 1))
        ]  # fmt: skip
    # so does an English relative clause between commas: "One of the four workers, who suffered
    # burns in the fire, died in hospital"
    said += list(_WHO_ASIDE.finditer(gap))
    if said and sentence.lex.listing.fullmatch(gap):
        said = []  # the commas of a list: "acts, mass riots, robberies and other crimes"
    asides = [(a + m.start(), a + m.end()) for m in spans] + list(outside) + ([cut] if cut else [])
    # a listed count's comma and number (see `_coordinated`) neither break the link nor take words
    listed = [(i - a, j - a) for i, j in outside if a <= i < j <= b and sentence.text[i] == ","]
    # and neither does by how many per cent a count changed: "выросла на 62,8%, до 26,1 тыс."
    listed += [(i - a, j - a) for i, j in sentence.by_percent if a <= i < j <= b]
    # and neither does a parenthesis, a pair of dashes or of commas of their ages: "двое детей
    # (6 и 14 лет) скончались", "двое детей - 6 и 14 лет - скончались", "двое детей, шести и 14
    # лет, скончались"
    # (and who has them counted: "трое рабочих - двое 18-летних и 38-летний -")
    ages = [(m.start(), m.end()) for m in sentence.lex.ages_aside.finditer(gap) if _only_ages(gap[m.start() : m.end()], a + m.start(), sentence)]
    # nor who they are, between commas or dashes, or after a dash up to the verb: "Two people,
    # the driver and a passenger, were taken to hospital", "үш адам – екі ересек және бір бала
    # жеткізілді"
    who = _people_named_after(gap, sentence.lex)
    listed += ages + who
    cuts = sorted([(m.start(), m.end()) for m in [*spans, *said]] + ([(cut[0] - a, cut[1] - a)] if cut else []) + listed)
    rest = "".join(gap[i:j] for i, j in zip([0, *(j for _, j in cuts)], [*(i for i, _ in cuts), len(gap)]))
    rest = sentence.lex.chained.sub(lambda m: m.group()[:-1], rest)  # "анықталып, ... жеткізілді"
    listing = bool(_GAP_BREAK.search(rest))
    if listing and not (_LIST.fullmatch(rest) or sentence.lex.listing.fullmatch(rest)):
        return None  # a list closed by the language's own "and" too: "Polizisten, Soldaten und weitere"
    if sentence.number_between(a, b, outside=[*asides, *((a + i, a + j) for i, j in ages + who)]):
        return None
    if allowed is not None:  # where, when or why it happened may stand between: "задержала в Алматы
        # 300 человек", "задержаны по подозрению в участии в беспорядках 120 человек"
        rest = sentence.lex.dated.sub(lambda m: " " if _is_month(m.group("month") or m.group("month_first"), sentence.lex) else m.group(), rest)
        rest = sentence.lex.prepositional.sub(lambda m: _adjunct_phrase(m.group(), allowed, sentence.lex), rest)
        if sentence.lex.morphology:
            rest = _without_agent(rest, allowed)
        rest = sentence.lex.adjunct.sub(" ", _PLACES.regex.sub(" ", rest))
    words = [w.lower() for w in _WORD.findall(rest)]
    if listing:  # a list takes words: "participants in illegal actions, looting and other crimes"
        max_words += 8
    # an adverb links as a filler does: "в Жанаозене задержаны дополнительно около 60 человек"
    if len(words) > max_words or (
        allowed is not None and any(w not in allowed and not (sentence.lex.morphology and _is_adverb(w)) for w in words)
    ):
        return None
    # an aside up to the verb is no shorter a link than its words: a verb before the number wins
    # ("пострадали свыше тысячи человек, из них почти 400 госпитализированы")
    return len(words) + sum(len(_WORD.findall(m.group())) for m in spans if m.group("open") is not None)


_WHO_ASIDE = re.compile(r",\s*who\s[^,;:()]*,")
_PART_WITH_ITS_OWN_VERB = re.compile(r"[\s,«\"“„]*из них(?!\w)", re.IGNORECASE)
_COMMA_NEXT = re.compile(r"\s*,")
_COMMA_ASIDE = re.compile(r",\s*([^\W\d_]+)[^,;:()]*,")  # its numbers are checked as any between: "18 июля" is a day


# an apposition right after whom a count counts: between commas or dashes, or from a dash to the
# end of the gap (the verb)
_APPOSITION = re.compile(r",\s*(?P<body>[^,;:()—–\-\d][^,;:()—–]*?)\s*,|\s[—–-]\s*(?P<dashed>[^,;:()—–\-\d][^,;:()—–]*?)\s*(?:[—–-](?=\s)|$)")


def _people_named_after(gap: str, lex: _Lexicon) -> list[tuple[int, int]]:
    """The apposition in `gap`, right after the people counted, that names who they are and
    nothing else, each of its parts a person with at most a number and one word before
    ("the driver and a passenger", "екі ересек және бір бала", "Audi жүргізушісі мен Hongqi
    жолаушысы")."""
    m = _APPOSITION.search(gap)
    if m is None or not _only_people(gap[: m.start()], lex) or lex.conjunction == "(?!)":
        return []
    for part in re.split(rf"\s+(?:{lex.conjunction})\s+", m.group("body") or m.group("dashed"), flags=re.IGNORECASE):
        words = _WORD.findall(part)
        if number := lex.numbers.match(part):
            words = _WORD.findall(part[number.end() :])
        if not words or len(words) > 2 or not (lex.subjects.fullmatch(words[-1]) or lex.names_person(words[-1].lower())):
            return []
    return [(m.start(), m.end())]


def _only_ages(aside: str, at: int, sentence: _Sentence) -> bool:
    """Whether an aside holds nothing but ages or years of birth, and who has them: "(6 и 14
    лет)", "- 30 and 35 years old -", ", шести и 14 лет," (the last number's unit is the
    others' too), ", мужчины 1971 и 1978 годов рождения,", "— пациент 1991 года рождения и
    девочка 2018 года рождения —"."""
    numbers = [x for x in sentence.numbers if at <= x.start < at + len(aside)]
    last = numbers[-1] if numbers else None
    if last is None or not (
        last.is_year
        or _is_age(sentence.text, last.end, sentence.lex)
        or sentence.lex.age_before.search(sentence.text, max(0, last.start - 40), last.start)  # "aged 5, 8 and 12"
    ):
        return False
    rest = "".join(ch for i, ch in enumerate(aside) if not any(x.start <= at + i < x.end for x in numbers))
    rest = _WORD.sub(lambda m: " " if sentence.lex.names_person(m.group().lower()) else m.group(), rest)
    return bool(sentence.lex.age_words.fullmatch(rest))


_ASIDE_OPENING = re.compile(rf"[\s,«\"“„—–]*(?:{_ASIDE_WORDS})\s+", re.IGNORECASE)
_ALSO = re.compile(r"\s+(?:да|де|та|те|also|too|тоже|также)\s*$", re.IGNORECASE)


def _names_only_people(aside: str, lex: _Lexicon) -> bool:
    """Whether an aside names only who are among those counted: ", оның ішінде балалар да"."""
    opening = _ASIDE_OPENING.match(aside)
    return bool(opening) and _only_people(_ALSO.sub("", aside[opening.end() :]), lex) and bool(aside[opening.end() :].strip())


def _participle_asides(gap: str) -> list[re.Match[str]]:
    """Asides between commas that open on a full participle or on "который", which only
    say who the people counted are: "Около сотни человек, пришедших на митинги, задержаны",
    "Тринадцать экстремистов, которые организовали теракт, убиты" (Russian, where pymorphy3
    tells a participle). One aside's closing comma may open the next: "13 военнослужащих,
    находившихся на борту вертолета, разбившегося 27 марта, погибли"."""
    asides, at = [], 0
    while m := _COMMA_ASIDE.search(gap, at):
        if _is_participle(m.group(1).lower()) or m.group(1).lower().startswith("котор"):
            asides.append(m)
        at = m.end() - 1
    return asides


def _without_agent(text: str, fillers: frozenset[str]) -> str:
    """`text` without a passive's agent (words in the instrumental and the genitives after
    them: "о задержании правоохранительными органами Казахстана 5 кыргызстанцев") and
    without participles, which only describe those counted ("погибли все находившиеся на
    борту 13 военнослужащих"). Russian, where pymorphy3 tells case and part of speech."""
    words = [w for w in _WORD.findall(text) if not _is_participle(w.lower())]  # "все находившиеся на борту 13"
    kept: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and j - i < 4 and words[j].lower() not in fillers and _reads_in(
            words[j].lower(), ("ablt",) if j == i else ("ablt", "gent")
        ):
            j += 1
        if j > i and any(_case_of(w.lower()) == "ablt" for w in words[i:j]) and _is_noun_phrase(words[i:j]):
            i = j
        else:
            kept.append(words[i])
            i += 1
    return " ".join(kept)


def _is_noun_phrase(words: Sequence[str]) -> bool:
    """Whether the words hold a noun (not only adjectives)."""
    return any(_tag(w.lower()).POS == "NOUN" for w in words)


def _adjunct_phrase(phrase: str, fillers: frozenset[str], lex: _Lexicon) -> str:
    """What is left of a prepositional phrase in a verb's gap to its count: the phrase's words
    up to a filler or a verb go ("от рук преступников"), the rest stays to be judged ("в
    больнице более": "более")."""
    words = _WORD.findall(phrase)
    taken = 1
    while (
        taken < len(words)
        and words[taken].lower() not in fillers
        and not lex.preposition.fullmatch(words[taken])  # "на срок от 10 до 20 суток": a term's
        and not (lex.morphology and _is_verb(words[taken].lower()))
    ):
        taken += 1
    return " " + " ".join(words[taken:]) + " " if taken > 1 else phrase


def _bridge(text: str, lex: _Lexicon) -> str:
    """`text` without the asides, ages and the passive's auxiliary that may stand between whom
    a count counts and its verb: ", в том числе ребенок, ", " 1952 и 1976 года рождения ", " были "."""
    return lex.auxiliary.sub(" ", lex.ages_after.sub(" ", lex.aside.sub(" ", text)))


def _only_people(text: str, lex: _Lexicon) -> bool:
    """Whether `text` names whom a count counts and nothing else ("адам", "people")."""
    return not text.strip() or bool(lex.subjects.fullmatch(text.strip()))


# a metric noun that says with what those counted are: "five with various injuries were taken
# to hospital", "6 мужчин с ранениями госпитализированы"
_WITH_WHAT = re.compile(r"(?<!\w)(?:with|с|со)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


def _link(sentence: _Sentence, n: _Number, lex: _Lexicon, head_at: int | None = None) -> re.Match[str] | None:
    """The metric word a number belongs to, or None. `head_at`: where the counted noun the
    words after the number name starts ("nine most important cases")."""
    s = sentence.text
    change = sentence.change_before(n)
    # the old value of a change, and by how many per cent, may stand between a metric and its
    # new value
    outside = [*([change] if change else []), *(span for span in sentence.by_percent if span[1] <= n.start)]
    before_number = change[0] if change else n.start
    # metric, words between, side, a flag (after the number, a participle noun; before it, an
    # attributive phrase) and whether it is a participle before the people it describes
    candidates: list[tuple[re.Match[str], int, int, bool, bool]] = []
    # whom it counts names no metric: "748 employees of the internal affairs bodies were injured"
    people = lex.subjects.match(s, _skip_spaces(s, n.tail))
    whole = _partitive_whole(sentence, n, lex)
    own_verb = _verb_of_their_own(s, n, lex)
    # "Восемь человек из 16 пострадавших госпитализированы", "eight of the 16 injured were
    # hospitalized": the verb and its clause are the part's, not the whole's
    part = sentence.part_of.get(n.start)
    part_verb = _link(sentence, part, lex) if part else None
    part_span = (part_verb.start(), sentence.clause(part_verb.start())[1]) if part_verb and part_verb.start() > n.tail else None
    for m in sentence.metrics_near(n.start - 250, n.tail + 250):  # any linking gap is shorter
        if people and n.tail <= m.start() < people.end() and m.start() != head_at:
            continue
        if m.start() >= n.tail and m.start() != head_at and lex.metrics.label(m) in lex.counted and lex.subjects.match(s, m.start()):
            continue  # soldiers counted are the count's own noun: "150 родственников военнослужащих" counts relatives
        if part_span and part_span[0] <= m.start() < part_span[1] and not _metric_names_them(s, n.tail, m, lex):
            continue
        if (
            lex.participle.fullmatch(m.group())
            and lex.clause_opening.search(s, n.tail, m.start())
            and not lex.own_predicate.search(s, n.tail, m.start())
        ):
            continue  # "15 people calling for justice for loved ones killed": a bare participle of others
        if m.start() >= n.tail and _in_a_clause_of_theirs(s, n, m, lex):
            continue  # "3 психолога, которые оказывают помощь родственникам погибших": others killed
        if m.start() >= n.tail and _counted_after(sentence, m) not in (None, n.start):
            continue  # "more than fifty million workers ... to mourn the death of three": the noun has its own count
        next_ones = m.start() >= n.tail and _opens_next_count(sentence, m)
        if next_ones and (s[n.tail : m.start()].strip() or m.group()[0] == "و"):
            # "Погибли 18 человек, ранены 748", "بمقتل 13 وإصابة 353" (and the injury of 353):
            # the metric right before the next number is that one's (not the noun right after
            # a number: "Из десяти погибших трое")
            continue
        if m.start() >= n.tail:  # "26 people have been killed"
            if lex.another_clause.search(s, n.tail, m.start()):
                continue  # "93 passengers and five crew, and the captain was among those killed"
            clause_of_theirs = None
            if (
                _DASH_OR_COLON.fullmatch(s, n.tail, m.start())
                or (whole and _DASH_OR_COLON.fullmatch(s, whole.end(), m.start()))
                or (people and _DASH_OR_COLON.fullmatch(s, _past_quotes(s, people.end()), m.start()))
            ):  # "из них 4 353 — ранены", "пятеро из пострадавших — в реанимации", "18 террористов - ранены"
                words: int | None = 0
            elif (clause_of_theirs := _participle_of(sentence, n, m)) is not None:
                words = clause_of_theirs  # "тела пятерых шахтёров, погибших на шахте"; it describes them
            else:
                joined = _coordinated(sentence, n, lex) if not _noun_right_after(sentence, n, lex) else []
                if people:  # a number inside whom it counts is no count: "four members of one group"
                    joined.append((people.start(), people.end()))
                # a relative clause's verb counts them: "о двоих мужчинах, которых задержали"
                relative = lex.relative_at_end.search(s, n.tail, m.start())
                gap_end = relative.start() if relative else m.start()
                # whom it counts may take words: "33 police officers and members of the National Guard were injured"
                words = _gap_ok(
                    sentence, n.tail, gap_end, 8 + _people_words(s, n.tail, m.start(), lex), outside=joined, cut=_breakdown(sentence, n, gap_end)
                )
            if words is not None:
                # "в реанимации находятся семь пострадавших": the noun says whom, the verb before
                # what; "7 зардап шеккен адам жансақтау бөлімінде": the participle says whom, the
                # words after them what
                noun = bool(lex.metric_nouns.fullmatch(m.group()))
                describes = bool(
                    (whole is not None and m.start() == whole.start())
                    or (lex.attributive.fullmatch(m.group()) and lex.subjects.match(s, _skip_spaces(s, m.end())))
                    # "six people detained in January died": a participle right after its people
                    or (not noun and lex.participle.fullmatch(m.group()) and _only_people(s[n.tail : m.start()], lex))
                    # and one that is a noun too, or in a relative clause of theirs, when what
                    # befell them follows with no one else named between: "six people injured in
                    # the accident remain at the district hospital", "two children who were
                    # injured ... are in intensive care" (not "six people injured as police detain
                    # protesters")
                    or (
                        lex.participle.fullmatch(m.group())
                        and bool(s[n.tail : m.start()].strip())
                        and _only_people(_without_relative_opening(s[n.tail : m.start()], lex), lex)
                        and _what_befell_them_follows(sentence, m, lex)
                    )
                    or clause_of_theirs is not None
                    # a noun right after the count, when what befell them follows however far:
                    # "Шестеро задержанных в ходе январских беспорядков ... скончались в СИЗО"
                    or (noun and not s[n.tail : m.start()].strip() and _what_befell_them_follows(sentence, m, lex))
                )
                candidates.append((m, words, 0, noun, describes))
        elif m.end() <= n.start and not own_verb and not lex.other_count_before.search(s, m.end(), before_number) and not _closes_a_count_before(sentence, m, n):
            # "police detained 3,811", "число задержанных превысило 5,8 тыс."; not "расследование в
            # отношении троих" (whom it concerns), "из пострадавших выписали 48" (discharged)
            if (_dash_link(s, m.end(), before_number, lex) and not _told_again(sentence, m, n)) or _most_of_them(s, m, before_number, lex):  # "Погибло – 8", "количество погибших силовиков — 16"
                words = 0
            elif n.nominal and (owner := _possessor(s, n.start, lex)) and not s[m.end() : n.start - len(owner.group())].strip():
                words = 0  # "Қаза тапқан адамдардың 10-ы – бала": a part of the people the participle names
            else:
                words = _gap_after_metric(sentence, m, before_number, outside, lex)
            if words is not None:
                candidates.append((m, words, 1, bool(lex.attributive.fullmatch(m.group())), False))
    # and the noun after the whole's count names the whole: the part takes it only when no
    # verb of its own follows ("четверо из 13 погибших были иностранцами")
    if whole_count := sentence.whole_of.get(n.start):
        own = [c for c in candidates if not (whole_count.tail <= c[0].start() and _metric_names_them(s, whole_count.tail, c[0], lex))]
        if any(c[0].start() > whole_count.tail for c in own):
            candidates = own
    verb_before = any(side == 1 and not flag for _, _, side, flag, _ in candidates)
    verb_after = any(side == 0 for _, _, side, _, _ in candidates)
    best: tuple[tuple[bool, bool, bool, int, int], re.Match[str]] | None = None
    for m, words, side, flag, describes in candidates:
        label = lex.metrics.label(m)
        # A count of cases is never a count of dead: "200 criminal cases related to the
        # deaths", nor one of deaths a count of detainees: "six deaths in custody". Events
        # before nouns ("2 troops were killed"). A participle noun right after
        # the number yields to a verb before it or right after it, an attributive phrase before it to a verb after,
        # and one after it, before its people, to a metric after them.
        head_noun = (
            (label == "criminal_cases" or bool(lex.event_nouns.fullmatch(m.group())))
            and side == 0
            and (words == 0 or m.start() == head_at)
        )
        if side == 0:
            # "ещё двое пострадавших скончались": the noun says whom, the verb right after it
            # what, past a passive's auxiliary or an aside ("54 пострадавших были
            # госпитализированы", "девять пострадавших, в том числе ребенок, госпитализированы";
            # not "14 injured are in serious condition": the injured, and their state)
            verb_after_noun = any(
                c[2] == 0 and not c[3] and c[0].start() > m.end() and (
                    _only_people(_bridge(s[m.end() : c[0].start()], lex), lex)
                    # "четверо пострадавших с различными травмами госпитализировали", "двое
                    # пострадавших с ожогами скончались": the hurt taken to hospital, or who
                    # died, are counted as that
                    or (label == "injured" and _befalls_the_hurt(c[0], lex))
                )
                for c in candidates
            )
            # a later metric of another number ("over 200 people killed and thousands
            # detained") says nothing of this one
            later = [c for c in candidates if c[0].start() > m.end() and not sentence.number_between(m.end(), c[0].start())]
            demoted = (
                (flag and (words == 0 or m.start() == head_at or _WITH_WHAT.search(s, n.tail, m.start())) and (verb_before or verb_after_noun))
                or (describes and bool(later))
                or bool(lex.adverbial.fullmatch(m.group()) and any(not c[3] for c in later))
                # "16 адам зардап шегіп, ауруханаларға жеткізілді": hurt, then taken to hospital;
                # "бір жолаушы ауруханаға жеткізіліп, ... қайтыс болды": taken there, then dead
                or (not flag and label == "injured" and any(not c[3] and _befalls_the_hurt(c[0], lex) for c in later))
                or (not flag and label == "hospitalized" and any(not c[3] and lex.metrics.label(c[0]) == "killed" for c in later))
            )
        else:
            # whom a number that is its own noun is part of, in the genitive right before it,
            # yields to the verb after: "жараланғандардың біреуі қайтыс болды" (one of the
            # wounded died)
            owner = n.nominal and not s[m.end() : n.start].strip() and bool(lex.modifier_before.search(f"{m.group()} "))
            # a converb before the count says how, a finite verb after it what befell them:
            # "уланып екі мұнайшы көз жұмды" (two oil workers died, poisoned), "Жарақат алып
            # 3 адам ауруханаға жеткізілді" (three were taken to hospital, hurt)
            how = bool(lex.converb.fullmatch(m.group().rsplit(None, 1)[-1])) and any(
                c[2] == 0 and not c[3] for c in candidates
            )
            # a place in hospital before the count yields to a metric verb after it too:
            # "Медициналық ұйымдарда 177 адам қайтыс болды" (177 died in medical facilities)
            # the whole a count is picked from, in the ablative, yields to the verb after it:
            # "Зардап шеккендерден 3 адам ауруханаға жатқызылды"
            picked_from = bool(lex.whole_ending.search(m.group()))
            demoted = ((flag or owner or picked_from or bool(lex.adverbial.fullmatch(m.group()))) and verb_after) or how
        rank = (not head_noun, label in lex.counted, demoted, words, side)
        if best is None or rank < best[0]:
            best = (rank, m)
    return best[1] if best else None


def _what_befell_them_follows(sentence: _Sentence, m: re.Match[str], lex: _Lexicon) -> bool:
    """Whether a later metric of the clause says the hurt were taken to hospital or died,
    no one else named between."""
    s = sentence.text
    return any(
        x.start() >= m.end() and _befalls_the_hurt(x, lex) and not lex.subjects.search(s[m.end() : x.start()])
        for x in sentence.metrics_near(m.end(), _clause_end(s, m.end()))
    )


def _without_relative_opening(gap: str, lex: _Lexicon) -> str:
    """The words between a number and a participle, without a relative clause's opening at
    their end: " children who were " -> " children"."""
    opening = lex.relative_opening_at_end.search(gap)
    return gap[: opening.start()] if opening else gap


def _counted_after(sentence: _Sentence, m: re.Match[str]) -> int | None:
    """Where the count a metric noun takes by "of" starts ("the death of three miners"), if any."""
    if not (sentence.lex.of and sentence.lex.metric_nouns.fullmatch(m.group())):
        return None
    at = sentence.next_number_start(m.end())
    words = _WORD.findall(sentence.text[m.end() : at]) if at is not None else []
    joined = bool(words) and not re.search(r"[^\w\s]", sentence.text[m.end() : at])
    return at if joined and all(w.lower() in sentence.lex.of for w in words) else None


def _among_their_ages(sentence: _Sentence, n: _Number, lex: _Lexicon) -> bool:
    """Whether `n` stands in an aside of the ages of the people the number before it counts,
    right after them, so that it tells their ages and no figure: "Трое дорожных рабочих -
    двое 18-летних и 38-летний - получили травмы"."""
    s = sentence.text
    whole = next((x for x in reversed(sentence.numbers) if x.tail <= n.start and not x.is_year and not _is_age(s, x.end, lex)), None)
    if whole is None:
        return False
    aside = next((m for m in lex.ages_aside.finditer(s, whole.tail) if m.start() <= n.start < m.end()), None)
    # whom the number counts stands between: a noun and its words ("дорожных рабочих")
    return bool(
        aside
        and len(_WORD.findall(s, whole.tail, aside.start())) <= 3
        and not sentence.metrics_near(whole.tail, aside.start())
        and _only_ages(aside.group(), aside.start(), sentence)
    )


def _in_a_clause_of_theirs(s: str, n: _Number, m: re.Match[str], lex: _Lexicon) -> bool:
    """Whether metric noun `m` stands in a relative clause on the people a number counts, after
    the clause's own verb, so that it names others: "3 психолога, которые оказывают помощь
    родственникам погибших" (Russian, where pymorphy3 tells a verb; not "пять человек,
    которые ехали в машине, погибли", past the clause's end, nor "трое, которые получили
    ранения", whose verb is the metric's)."""
    if not (lex.morphology and lex.metric_nouns.fullmatch(m.group())):
        return False
    opening = lex.clause_opening.search(s, n.tail, m.start())
    if opening is None or "," in s[opening.end() : m.start()] or lex.own_predicate.search(s, opening.end(), m.start()):
        return False
    return any(_is_verb(w.lower()) for w in _WORD.findall(s[opening.end() : m.start()]))


def _participle_of(sentence: _Sentence, n: _Number, m: re.Match[str]) -> int | None:
    """The words naming whom a number counts, if metric `m` is a participle opening a clause
    right after them and a comma, in their case and number: "тела пятерых шахтёров, погибших
    на шахте" (Russian, where pymorphy3 tells a participle, a person noun and their case)."""
    s, lex = sentence.text, sentence.lex
    named = _NAMED_THEN_COMMA.fullmatch(s, n.tail, m.start()) if lex.morphology else None
    if not named:
        return None
    phrase, participle = named.group(1), m.group().split()[0].lower()
    noun = _WORD.findall(phrase)[-1].lower()
    if not (lex.subjects.fullmatch(phrase) or lex.names_person(noun)) or not _is_participle(participle):
        return None
    # it opens a clause of its own words, not the next count ("пострадавших — до 28") nor a
    # verb's object ("вытащили шесть человек, пострадавших доставили в больницу")
    word = _CLAUSE_WORD.match(s, m.end())
    if not word or _is_verb(word.group(1).lower()) or sentence.number_between(m.end(), _clause_end(s, m.end())):
        return None
    tag = _tag(participle)
    return len(_WORD.findall(phrase)) if any(
        p.tag.case == tag.case and p.tag.number == tag.number for p in _morph_analyzer().parse(noun)
    ) else None


_NAMED_THEN_COMMA = re.compile(r"\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*,\s*")
_CLAUSE_WORD = re.compile(r"\s+([^\W\d_]+)")


def _befalls_the_hurt(m: re.Match[str], lex: _Lexicon) -> bool:
    """Whether metric `m` says the hurt were taken to hospital or died, which is what they
    are then counted as (their state, "in serious condition", is no hospital)."""
    return lex.metrics.label(m) in ("hospitalized", "killed") and not lex.condition.fullmatch(m.group())


def _verb_of_their_own(s: str, n: _Number, lex: _Lexicon) -> bool:
    """Whether a verb other than a metric's follows a number and whom it counts, so that it
    says what they did: "задержано 5135 участников беспорядков, 300 человек пытались перейти
    госграницу" (Russian, where pymorphy3 tells a verb)."""
    if not lex.morphology:
        return False
    people = lex.subjects.match(s, _skip_spaces(s, n.tail))
    after = _skip_spaces(s, people.end() if people else n.tail)
    if lex.copula.match(s, after):
        return False  # who they are: "среди задержанных 19 человек являются иностранцами"
    verb = None if lex.metrics.match(s, after) else _WORD.match(s, after)
    return bool(verb and _is_verb(verb.group().lower()))


def _opens_next_count(sentence: _Sentence, m: re.Match[str]) -> bool:
    """Whether the next number stands right after metric `m`, past a qualifier at most (not
    a finite verb that ends its clause, which closes the count before it: "32명이 사망하고
    14명이 실종돼")."""
    if sentence.lex.finite_verb.fullmatch(m.group()):
        return False
    start = sentence.next_number_start(m.end())
    if start is None:
        return False
    number = next(x for x in sentence.numbers if x.start == start)
    if _is_date(sentence.text, number, sentence.lex) or _is_percentage(sentence.text, number):
        return False  # "погибли 23 октября": when they died; "получили ожоги 65% тела": how badly
    noun = _WORD.match(sentence.text, _skip_spaces(sentence.text, number.tail))
    if noun and sentence.lex.counts_elsewhere.fullmatch(noun.group().lower()):
        return False  # "700 protesters detained over two days": how long, not whom
    gap = sentence.text[m.end() : start]
    qualifier = sentence.lex.qualifiers_before.at_end(gap)
    return not (gap[: qualifier.start()] if qualifier else gap).strip()


def _closes_a_count_before(sentence: _Sentence, m: re.Match[str], n: _Number) -> bool:
    """Whether `m`, before `n`, is a finite verb that ends the clause of a count right before
    it: "거의 8,000명이 체포되고 수십 명이 사망했다" (8,000 held, dozens dead)."""
    lex = sentence.lex
    return bool(lex.finite_verb.fullmatch(m.group())) and any(
        x.tail <= m.start()
        and m.start() - x.tail <= _CLOSING_REACH
        and not _CLAUSE_MARK.search(sentence.text, x.tail, m.start())
        and not lex.reference_before.search(_before(sentence.text, x))
        for x in sentence.numbers
        if x.start != n.start
    )


_CLAUSE_MARK = re.compile(rf"{_BREAK}|[·・、]")  # a clause's marks, and the ones a headline's list takes
_CLOSING_REACH = 12  # characters between a count and the verb that closes it: "명이 "


def _metric_names_them(s: str, tail: int, m: re.Match[str], lex: _Lexicon) -> bool:
    """Whether metric `m`, a noun or participle right after a count's people, names whom the
    count counts ("16 пострадавших", "40 people detained")."""
    return _only_people(s[tail : m.start()], lex) and bool(lex.metric_nouns.fullmatch(m.group()) or lex.participle.fullmatch(m.group()))


def _partitive_whole(sentence: _Sentence, n: _Number, lex: _Lexicon) -> re.Match[str] | None:
    """The metric noun of a whole a number picks its part from: "пятеро из пострадавших",
    "two of the injured". It names whom; what befell the part is said after it ("... died",
    "— в реанимации")."""
    one_of = lex.one_of.match(sentence.text, n.tail)
    if one_of is None:
        return None
    noun = lex.metrics.match(sentence.text, _skip_spaces(sentence.text, one_of.end()))
    # people a participle names, not events: "dozens of deaths" is the count's own noun
    people = noun and lex.metric_nouns.fullmatch(noun.group()) and (
        lex.participle.fullmatch(noun.group()) or lex.attributive.fullmatch(noun.group())
    )
    return noun if people else None


def _combined(sentence: _Sentence, link: re.Match[str], n: _Number, lex: _Lexicon) -> bool:
    """Whether the metric before a number is joined to one of another metric, so that the
    number counts both: "Число погибших и раненых перевалило за тысячу" is no death toll."""
    if link.end() > n.start:
        return False
    label = lex.metrics.label(link)
    for other in sentence.metrics_near(link.start() - 40, n.start):
        first, second = (link, other) if link.start() < other.start() else (other, link)
        if (
            other.end() <= n.start
            and lex.metrics.label(other) != label
            and lex.joined.fullmatch(sentence.text, first.end(), second.start())
            and not _counted_right_before(sentence, first)
        ):
            return True
    return False


def _counted_right_before(sentence: _Sentence, m: re.Match[str]) -> bool:
    """Whether a number of its own stands right before metric `m`, at most two words before it:
    "возбудила 113 уголовных дел и задержала 22 человека", "claimed 25 lives and injured 181"
    count each its own."""
    return any(
        x.end <= m.start() and len(_WORD.findall(sentence.text[x.tail : m.start()])) <= 2 for x in sentence.numbers
    )


def _people_words(s: str, a: int, b: int, lex: _Lexicon) -> int:
    """How many words of `s[a:b]` name people (police officers, the National Guard) or where
    they were (on board a flight)."""
    return sum(len(_WORD.findall(m.group())) for m in [*lex.subjects.finditer(s, a, b), *lex.aboard.finditer(s, a, b)])


def _noun_right_after(sentence: _Sentence, n: _Number, lex: _Lexicon) -> bool:
    """A metric noun right after the number: "о 4578 пострадавших и 225 погибших"."""
    at = _skip_spaces(sentence.text, n.tail)
    return any(m.start() == at for m in sentence.metrics_near(at, at))


def _told_again(sentence: _Sentence, m: re.Match[str], n: _Number) -> bool:
    """Whether a metric that has its own number in its clause ("There are 29 injured:",
    "Twenty-nine were injured:") opens a colon whose number has a metric of its own in its
    clause ("27 people were taken to the hospital"), which then says what they are, as a
    list's lines without one do not ("29 injured: 27 in Almaty")."""
    s = sentence.text
    if not any(x.end <= m.start() and not _CLAUSE_BREAK.search(s, x.end, m.start()) for x in sentence.numbers):
        return False
    end = _CLAUSE_BREAK.search(s, n.tail)
    return any(x.start() >= n.tail for x in sentence.metrics_near(n.tail, end.start() if end else len(s)))


def _dash_link(s: str, a: int, b: int, lex: _Lexicon) -> bool:
    """A dash or colon joins a metric to its number, past whom or where it counts and a
    qualifier: "Погибло – 8", "Detained: 9,900", "количество погибших силовиков — 16",
    "погибло в Алматы – 139 человек", "Общее количество пострадавших - более 4,5 тыс."."""
    gap = s[a:b]
    qualifier = lex.qualifiers_before.at_end(gap)
    if qualifier:
        gap = gap[: qualifier.start()]
    dash = _DASH_OR_COLON_AT_END.search(gap)
    if not dash:
        return False
    lead = gap[: dash.start()].strip()
    if not lead or lex.count_after.fullmatch(f" {lead}"):  # "Құрбан болғандар саны – төртеу"
        return True
    if lex.adjunct.fullmatch(lead):  # "Среди пострадавших во время протестов – 137 полицейских"
        return True
    named = lex.subjects.fullmatch(lead) or _PLACES.regex.fullmatch(re.sub(r"^(?:in|в|во)\s+(?:(?:the )?city of |городе )?", "", lead, flags=re.IGNORECASE))
    return bool(named)


def _most_of_them(s: str, m: re.Match[str], b: int, lex: _Lexicon) -> bool:
    """A metric noun that most of a figure is said of, its number set off by a comma or a
    parenthesis: "most of the deaths (103 people) occurred in Almaty", "Most of the deaths,
    103, were in Almaty"."""
    return bool(
        lex.most_of.search(s, max(0, m.start() - 30), m.start())
        and _COMMA_OR_PARENTHESIS.fullmatch(s, m.end(), b)
        and lex.metric_nouns.fullmatch(m.group())
    )


_COMMA_OR_PARENTHESIS = re.compile(r"\s*[,(]\s*")


def _past_quotes(s: str, pos: int) -> int:
    """Where the text goes on after any quotation marks at `pos`."""
    while pos < len(s) and s[pos] in _QUOTES:
        pos += 1
    return pos


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _possessor(s: str, pos: int, lex: _Lexicon, table: _Table | None = None) -> re.Match[str] | None:
    """The people a number that is its own noun is part of, named in the genitive right
    before it: Kazakh "жауынгерлердің бірі" (one of the soldiers); with `table` the metrics,
    the metric noun that names them: "жараланғандардың біреуі" (one of the wounded)."""
    before = s[max(0, pos - 60) : pos]
    if not lex.modifier_before.search(before):
        return None
    if (named := (table or lex.subjects).at_end(before)) or table:
        return named
    # a noun naming people the subjects lack: "үш жігіттің бірі суға кеткен"
    last = _LAST_WORD.search(before)
    return last if last and lex.names_person(last.group(1).lower()) else None


def _one_of_people_counted(sentence: _Sentence, n: _Number) -> bool:
    """Whether a number that is its own noun picks one of people counted before it in the
    sentence, a figure or not: "үш экипаж мүшесі болған, олардың біреуі қайтыс болды" (three
    crew were on board, one of them died), "екі жұмысшы биіктен құлап, біреуі көз жұмған"."""
    s, lex = sentence.text, sentence.lex
    if not any(
        x.end <= n.start and (head := _head(s, x.tail, lex)) is not None and head.names_people and not _owns(s, x, lex)
        for x in sentence.numbers
    ):
        return False
    between = s[max(0, n.start - 30) : n.start]
    return bool(lex.part_before.search(between) or _ENDS_ON_COMMA.search(between))


_ONE_AND_THE_OTHER = re.compile(r"(?<!\w)(?:бірі|біреуі|екіншісі|biri|bireýi|ekinshisi)(?!\w)", re.IGNORECASE)


# an opening word or two and a comma: "Өкінішке қарай, бірі ..." (unfortunately, one of them ...)
_OPENING_WORDS = re.compile(r"[\s\"'«“]*(?:(?:[^\W\d_]+\s+){0,2}[^\W\d_]+,\s*)?")


def _one_of_people_before(sentence: _Sentence, n: _Number) -> bool:
    """Whether a sentence opening on "of them", or on the one itself, picks one of people told
    of before it: "Тікұшақ бортында 3 адам болған. Олардың біреуі қайтыс болды." (three were on
    board; one of them died), "Екі бала зардап шекті. Өкінішке қарай, бірі жан тапсырды."; not
    one and the other, who they are ("Оның бірі ер адам, екіншісі - әйел")."""
    opens = sentence.lex.opening_part.match(sentence.text) or _OPENING_WORDS.fullmatch(sentence.text[: n.start])
    return bool(opens) and len(_ONE_AND_THE_OTHER.findall(sentence.text)) < 2


def _owns(s: str, n: _Number, lex: _Lexicon) -> bool:
    """Whether whom a number counts stands in the genitive, owning the noun after it: "үш
    науқастың жағдайы ауыр" (three patients' condition is serious)."""
    word = _WORD.match(s, _skip_spaces(s, n.tail))
    return bool(word and lex.modifier_before.search(s[n.tail : word.end()]))


def _counting_phrase(s: str, metric_start: int, lex: _Lexicon) -> re.Match[str] | None:
    """The people a counting phrase names right before its metric word ("the number of
    security officers killed"), if it does. Without "number of" the people before a verb are
    its agents, not whom it counts ("police detained 3,811")."""
    before = s[max(0, metric_start - 60) : metric_start]
    if lex.morphology and (comma := _ENDS_ON_COMMA.search(before)):
        before = before[: comma.start()]  # a participle's clause: "число людей, погибших в ..."
    people = lex.subjects.at_end(before)
    if not people or not people.group().strip():
        return None
    end = max(0, metric_start - 60) + people.start()
    return people if lex.count_before.search(s, max(0, end - 30), end) else None


_PARENTHESIS = re.compile(r"\([^()]*\)")
_ENDS_ON_COMMA = re.compile(r",\s*$")


def _breakdown(sentence: _Sentence, n: _Number, end: int) -> tuple[int, int] | None:
    """A parenthesis between `n` and `end` that splits `n`: numbers that add up to it, or one
    part of it that says who ("Nine children (six in intensive care, three in the surgical
    ward) are under treatment", "12 человек (восемь мужчин и четыре женщины) задержаны", "12
    адам (біреуі - бала) жеткізілді", "Nine people (two of them children)"), not another count."""
    if n.value is None:
        return None
    # or between commas or dashes, when they add up to it: "Almost 20 people, five crew members
    # and 15 passengers, died"
    for p in _PARTS_BETWEEN.finditer(sentence.text, n.tail, end):
        values = [x.value for x in sentence.numbers if p.start() < x.start < p.end()]
        if len(values) > 1 and None not in values and sum(values) == n.value:  # type: ignore[arg-type]
            return p.span()
    for p in _PARENTHESIS.finditer(sentence.text, n.tail, end):
        inside = [x for x in sentence.numbers if p.start() < x.start < p.end()]
        values = [x.value for x in inside]
        if None in values or not values:
            continue
        if len(values) > 1 and sum(values) == n.value:  # type: ignore[arg-type]
            return p.span()
        part = inside[0]
        of_them = sentence.lex.continues_after.match(sentence.text, part.tail)  # "two of them children", "біреуі - бала"
        at = of_them.end() if of_them else part.tail
        if len(inside) == 1 and values[0] < n.value and _said_to_be_people(sentence.text, at, sentence.lex, copula_optional=True):  # type: ignore[operator]
            return p.span()
    return None


_PARTS_BETWEEN = re.compile(r",\s[^,;:()—–]+,|\s[—–]\s[^,;:()—–]+\s[—–]")


def _coordinated(sentence: _Sentence, n: _Number, lex: _Lexicon) -> list[tuple[int, int]]:
    """The next numbers joined to `n` to share its verb: "149 civilians and 11 law enforcers
    died", "26 protesters and 18 police officers had died", "3 policemen, 2 soldiers and 5
    civilians were killed" (a listed one with the comma before it)."""
    s = sentence.text
    # where modifiers come first, the second count's own may stand after the conjunction: "Toyota
    # көлігінде болған 3 жолаушы және Lada Granta автокөлігіндегі 2 жолаушы қаза тапты"
    own = 3 if lex.verb_final else 0
    joined: list[tuple[int, int]] = []
    current = n
    while (following := next((x for x in sentence.numbers if x.start >= current.tail), None)) is not None:
        # a name in quotes is a name all the same: 26 "armed criminals" and 16 policemen
        raw = _SCARE_QUOTES.sub(lambda m: f" {m.group(1)} ", s[current.tail : following.start])
        # an aside of the first stands between them too: "164 civilians, including children, and 16 police dead"
        gap = lex.aside.sub(" ", raw)
        if qualifier := lex.qualifiers_before.at_end(gap):  # "two police officers and at least three other people are dead"
            gap = gap[: qualifier.start()]
        if re.fullmatch(rf"\s*(?:[^\W\d_]+\s+){{0,3}}(?:{lex.conjunction})\s+(?:[^\W\d_]+\s+){{0,{own}}}", gap, re.IGNORECASE):
            joined.append((following.start, following.end))
        # a comma in a list of counts before the verb they share; not where the first has its own
        # metric ("5 died, 10 were hurt") or is the whole the next is part of ("of 150 people, 20")
        elif (
            _LISTED_COUNT.fullmatch(raw)
            and not lex.metrics.search(raw)
            and not lex.whole_before.search(s, max(0, n.start - 12), n.start)
        ):
            joined.append((current.tail + raw.rindex(","), following.end))
        else:
            break
        current = following
    # a list is closed by its conjunction: "35 people, three of them hospitalized" lists nothing
    while joined and s[joined[-1][0]] == ",":
        joined.pop()
    return joined


_LISTED_COUNT = re.compile(r"\s*(?:[^\W\d_]+\s*){1,3},\s*")
# a name in quotes, both of them between the counts (not a quotation's close: "... for 5 men" and
# 16 protesters were killed; nor an apostrophe: "people's")
_SCARE_QUOTES = re.compile(rf"(?<!\w)[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}](?!\w)")


_WHOM_CHARS = 60  # how far whom a metric describes may run before the word for their number


def _people_then_count(s: str, at: int, lex: _Lexicon) -> bool:
    """Whether whom a metric describes, right after it, is followed by the word for their
    number: "Қаза тапқан полиция қызметкерлерінің саны", "Уланған оқушылар саны"."""
    if not lex.count_after.search(s, at, at + _WHOM_CHARS):
        return False  # most metrics have no such word after them: no need to read whom
    people_end = _past_people(s, at, lex)
    return people_end > at and bool(lex.count_after.match(s, people_end))


def _gap_after_metric(
    sentence: _Sentence, m: re.Match[str], end: int, outside: Sequence[tuple[int, int]], lex: _Lexicon
) -> int | None:
    """Words between a metric word and the number after it, if they may link them.

    Only linking words ("detained more than 4,000"), or any few words after a counting
    phrase ("the number of people killed during the riots was 230", "число погибших в
    Алматы превысило 100", "жараланғандар саны 4 500-ге жетті"), or, when a verb of
    being or reaching stands right before the number, a longer stretch after a metric noun
    ("the official death toll from the unrest now stands at 230").
    """
    s = sentence.text
    start = m.start()
    counting = bool(
        _counting_phrase(s, start, lex)  # "the number of people killed"
        or lex.count_before.search(s, max(0, start - 30), start)
        or lex.count_after.match(s, m.end())
        or _people_then_count(s, m.end(), lex)
    )
    gap = s[m.end() : end]
    for a, b in sorted(outside, reverse=True):  # the predicate is read as if they were not there
        if m.end() <= a and b <= end:
            gap = f"{gap[: a - m.end()].rstrip()} {gap[b - m.end() :].lstrip()}"
    if _qualifier_aside(gap, lex):
        return 0  # "Погибли, по меньшей мере, 22 человека"
    qualifier = lex.qualifiers_before.at_end(gap)
    predicate = (
        lex.predicate_before.search(gap)
        or (qualifier and lex.predicate_before.search(gap[: qualifier.start()]))
        or (lex.set_before.search(s, max(0, start - 60), start) and lex.set_to.search(gap[: qualifier.start()] if qualifier else gap))
    )
    if predicate and (counting or lex.metric_nouns.fullmatch(m.group())):
        return _gap_ok(sentence, m.end(), end, 20, outside=outside, cut=_clause_closed(sentence, m, predicate))
    if (joined := re.fullmatch(rf"\s*([^\W\d_]+)\s+(?:{lex.conjunction})\s+", gap, re.IGNORECASE)) and (
        lex.subjects.fullmatch(joined.group(1)) or lex.names_person(joined.group(1).lower())
    ):
        return 1  # someone it names besides them: "погибли водитель и 14 пассажиров"
    allowed = None if counting else lex.filler
    return _gap_ok(sentence, m.end(), end, 8 if counting else 4, allowed, outside=outside)


def _clause_closed(sentence: _Sentence, m: re.Match[str], predicate: re.Match[str]) -> tuple[int, int] | None:
    """The comma that closes the participle's clause a metric opens after a comma, before the
    counting phrase's verb: "Число людей, погибших в результате беспорядков, возросло до 225"
    (`predicate` was found in the gap after `m`)."""
    s = sentence.text
    if not (sentence.lex.morphology and _ENDS_ON_COMMA.search(s, max(0, m.start() - 3), m.start())):
        return None
    comma = s.find(",", m.end(), m.end() + predicate.start())
    return (comma, comma + 1) if comma >= 0 and not s[m.end() : comma].count(",") else None


# --------------------------------------------------------------------------- attributes


def _scope(
    sentence: _Sentence, n: _Number, metric: str, metric_pos: int, continued: Sequence[Claim]
) -> tuple[str, str | None]:
    """("other", None) for another country or topic, ("local", place), or ("country", None).
    A sentence on the pandemic counts its own cases and dead, but criminal cases opened over
    it are the prosecutors' ("дезинформации о COVID-19, открыты восемь уголовных дел").

    Looks in the clauses of the number and of its metric word, in an opening phrase
    without a number ("In Almaty, ..."), and in a place after a dash ("103 — в Алматы").
    Of the places (a place abroad among them: "other") and countrywide markers there, the
    one fewest words from the number decides (a place's own preposition aside), one after it
    on a tie: "3,000 in Almaty and 1,500 in Shymkent", "В Алматы задержаны 100 человек", "In
    Bishkek, 40 were detained, while in Almaty 200". Where there is none, the clause continues the figures before it
    (`continued`) and takes their place when they agree on one: "В Жанаозене погибли 16
    человек, более 100 получили ранения".
    """
    text = sentence.text
    spans = {sentence.clause(n.start), sentence.clause(metric_pos)}
    opening = sentence.clause(0)
    if not sentence.number_between(*opening):
        spans.add(opening)
    if after := sentence.after_dash(n.start):
        spans.add(after)
    if sentence.on_other_events or (sentence.on_pandemic and metric != "criminal_cases"):
        return "other", None
    found: list[tuple[tuple[int, bool], str | None]] = []  # (words from the number, before it), place
    for a, b in spans:
        home = [m for m in _COUNTRY_ITSELF.finditer(text, a, b) if _past_people(text, m.end(), sentence.lex) == m.end()]
        for m in [*_PLACES.finditer(text, a, b), *_COUNTRYWIDE.finditer(text, a, b), *home, *_places_abroad(text, a, b)]:
            if _WEB_ADDRESS_AFTER.match(text, m.end()):
                continue  # "..., деп хабарлайды Almaty.tv": who passes it on
            before = m.end() <= n.start
            between = text[m.end() : n.start] if before else text[n.end : m.start()]
            words = _WORD.findall(between)
            if not before and words and words[-1].lower() in sentence.lex.place_prepositions:
                words.pop()  # "21 in Kyzylorda region": the place's own preposition
            place = _PLACES.label(m) if m.re is _PLACES.regex else _ABROAD if m.re in (_FOREIGN, _TOWN, _TOWN_UNMARKED) else _HOME if m.re is _COUNTRY_ITSELF else None
            found.append(((len(words), before), place))
    nearest = min(found, default=None, key=lambda item: item[0])
    if nearest and nearest[1] is _ABROAD and metric != "troops":  # the contingents came from abroad
        return "other", None
    if nearest and nearest[1] is _HOME:  # the country named outweighs a place abroad, not one of its own
        nearest = min((item for item in found if item[1] not in (_HOME, _ABROAD)), default=None, key=lambda item: item[0])
    place = nearest[1] if nearest else _shared(c.location for c in continued)
    return ("local", place) if place else ("country", None)


def _places_abroad(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The places abroad in text[start:end], but for one that holds a place of the case's own
    ("Актюбинской области" is no other country's region) or one misspelt by a letter too many
    ("Мангиустауской области", "Karraganda province"): the case's and the world's (`_FOREIGN`),
    and the towns of the world the case does not name (`_TOWN`)."""
    end = len(text) if end is None else end
    for m in _FOREIGN.finditer(text, start, end):
        if not _reads_as_home(m.group()):
            yield m
    for m in _TOWN.finditer(text, start, end):
        if _town_abroad(m.group("en") or "", m.group("ru") or "", m.group("kk") or "") and not _reads_as_home(m.group()):
            yield m
    for m in _TOWN_UNMARKED.finditer(text, start, end):
        if _town_abroad(m.group("name") or m.group("capitals") or m.group("named"), "", "") and not _reads_as_home(m.group()):
            yield m


# A town named as where something happened, capitalised as a name is: "in Vladikavkaz", "at
# Vanadzor station", "в Нальчике", "под Самарой", "в центральной части Кабула", "Нальчикте",
# "Хорогтағы", "Гуанчжоу қаласының" (of the city of). Whether it is a town abroad is for
# `_town_abroad` to say.
_TOWN = re.compile(
    r"(?<!\w)(?:(?:(?:in|near|outside|at|In|Near|Outside)\s+(?:the\s+(?:city|town|village|district)\s+of\s+)?|(?:region|province|city|town|village|district|outskirts|suburbs?)\s+of\s+)"
    r"(?P<en>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
    r"|(?:в|во|под|около|близ|В|Под|Около|Близ)\s+(?:(?:городе|городке|селе|поселке|посёлке|деревне)\s+|(?:[а-яё]+[оеа]й\s+)?(?:части|центре|пригороде|окрестностях)\s+)?"
    r"(?P<ru>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)"
    r"|(?P<kk>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{3,}?)(?:-?(?:нда|нде|да|де|та|те)(?:ғы|гі)?| қала(?:сы|сының|сында|сындағы)))(?!\w)"
)


# A town named where no preposition places it: a wire story's dateline ("Peshawar (KP), Jul 2
# (PTI)", "PESHAWAR -", "13 декабря, Минск /Корр. БЕЛТА/", "МОСКВА, 13 декабря. /ТАСС/"), and
# its own county, district and services ("Baltimore County Police", "in neighbouring Etah
# district", "Baltimore's Shock Trauma Center"). Whether it is abroad is for `_town_abroad`.
_TOWN_UNMARKED = re.compile(
    r"^(?:\d{1,2} [а-яё]+,? )?(?:(?P<name>[A-ZА-ЯЁ][a-zа-яё]+(?:[ -][A-ZА-ЯЁ][a-zа-яё]+)?)|(?P<capitals>[A-ZА-ЯЁ]{4,}(?: [A-ZА-ЯЁ]{3,})?))"
    r"(?=(?: \([\w .]{1,20}\))?, (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|\d{1,2} [а-яё]+\b)| /(?=[А-ЯЁA-Z])|(?(capitals),? ?[-–—(]|(?!)))"
    r"|(?<![\w.-])(?P<named>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?= (?:County|[Dd]istrict)\b|[’\x27]s (?:[A-Z][\w-]* ){0,3}(?:Hospital|Center|Centre|Police|police|[Aa]uthorities|[Mm]ayor)\b)"
)


@lru_cache(maxsize=4096)
def _town_abroad(english: str, russian: str, kazakh: str) -> bool:
    """Whether the name `_TOWN` found is of a town in world_towns.tsv: English (or any name
    `_TOWN_UNMARKED` found) as written or without its last words ("Makhachkala Airport"),
    Russian in a case of place (pymorphy3's lemmas: "Хороге" -> "хорог"), Kazakh without its
    locative ending."""
    towns = towns_abroad()
    if english:
        words = english.replace("-", " - ").split()
        return any(" ".join(words[:n]).replace(" - ", "-").lower() in towns for n in range(len(words), 0, -1))
    if russian:  # where, not whither: "в Хороге", "под Самарой", but not "едут в Токмак"
        return any(p.normal_form in towns and p.tag.case in _WHERE for p in _morph_analyzer().parse(russian.lower()))
    return kazakh.lower() in towns


_WHERE = {"loct", "loc2", "ablt", "gent", "datv"}  # the cases a Russian preposition of place governs


@lru_cache(maxsize=4096)  # the press names the same few places abroad again and again
def _reads_as_home(name: str) -> bool:
    return any(_PLACES.regex.search(read) for read in (name, *(name[:i] + name[i + 1 :] for i in range(len(name)))))


def _source(text: str) -> str | None:
    found = _SOURCES.search(text)
    return _SOURCES.label(found) if found else None


# --------------------------------------------------------------------------- claims


def _language(text: str, language: str | None) -> _Lexicon:
    known = figure_languages()
    code = language if language in known else detect_language(text)
    if code not in known:
        latin = sum(ch.isascii() and ch.isalpha() for ch in text)
        code = "en" if latin * 2 >= sum(ch.isalpha() for ch in text) else "ru"
    return _lexicon_for(code)


def extract_claims(
    text: str, *, language: str | None = None, script: str | None = None, since: int | None = None
) -> list[Claim]:
    """Every figure `text` states about the unrest, in text order. No I/O but reading a
    language's vocabulary once per process; safe in a process pool.

    `language` (ISO 639-1: en, ru, kk, ...) picks the lexicon; when it is missing or has
    none, the text's own language is detected. Kazakh in the Latin or Arabic `script` is
    read through its Cyrillic transliteration, and a word that mixes Latin and Cyrillic
    look-alike letters in one alphabet, with "ё" as "е"; the claims quote the text as written.
    `since`, the year the case began, reads for the case only: a sentence that names only
    earlier years ("in June 2016 ... 8 people were killed"), another disaster (an explosion,
    a crash, a poisoning: the vocabulary's `other_events`) or a day of a month the case's
    events did not take ("3 ақпан күні ... 8 адам жүгінген") gives no claim.
    """
    if language == "kk" and script in ("Latn", "Arab"):
        reading = to_cyrillic(text, script)
        return [_as_written(claim, reading) for claim in _claims(reading.text, _lexicon_for("kk"), since)]
    reading = as_read(text)
    lex = _language(reading, language)
    if not lex.spaced:
        apart = spaced(text, lex.words_apart)
        return [_as_written(claim, apart) for claim in _claims(apart.text, lex, since)]
    reading = _vague_unquoted(reading, lex)
    claims = _claims(reading, lex, since)
    return claims if reading == text else [_as_written_in(claim, text) for claim in claims]


def _vague_unquoted(text: str, lex: _Lexicon) -> str:
    """`text` with the quotes around a vague amount as spaces: the officials' "dozens" counts as
    dozens do (not a name in quotes: the film "Thousands"). The text keeps its length, so
    offsets hold."""
    pieces: list[str] = []
    done = 0
    for m in _QUOTED_WORD.finditer(text):
        word = m.group("word")
        if word[0].isupper() or not lex.number_hint.match(word) or not _AFTER_A_WORD.search(text, max(0, m.start() - 3), m.start()):
            continue  # a name; no amount; or one that opens a sentence, which keeps its quote and so its start
        # the word and what follows it, as they would read unquoted ("tens" needs its "of")
        n = lex.numbers.match(f"{word} {text[m.end() : m.end() + 30]}")
        if n and n.group("vague") and n.end() == len(word):
            pieces += [text[done : m.start()], f" {word} "]
            done = m.end()
    return "".join([*pieces, text[done:]]) if pieces else text


_QUOTED_WORD = re.compile(rf"[{_QUOTES}](?P<word>[^\W\d_]+)[{_QUOTES}](?!\w)")
_AFTER_A_WORD = re.compile(rf"[^\W\d_][{_QUOTES}]? $")  # inside a sentence


def _as_written_in(claim: Claim, original: str) -> Claim:
    """A claim found in `original` read in one alphabet (the same length), its sentence and
    number as the original writes them."""
    at = _words_start(claim)
    return dataclasses.replace(claim, text=original[claim.start : claim.end], words=original[at : at + len(claim.words)])


def _as_written(claim: Claim, reading: Transliteration) -> Claim:
    """A claim found in a transliteration, its sentence and number as the original writes them."""
    start, end = reading.source_span(claim.start, claim.end)
    at = _words_start(claim)
    words = reading.original[slice(*reading.source_span(at, at + len(claim.words)))]
    return dataclasses.replace(claim, text=reading.original[start:end], start=start, end=end, words=words)


def _words_start(claim: Claim) -> int:
    """Where the claim's number stands in the text it was read from."""
    return claim.start + max(0, claim.text.find(claim.words))


def _claims(text: str, lex: _Lexicon, since: int | None = None) -> list[Claim]:
    # A claim has a number, and names its metric in its own sentence or, by anaphora ("their
    # number rose to 18"), in the one before: most sentences, and most articles, need no
    # parsing at all. An article without a metric word is left at once; in one with, a
    # sentence is looked at only when it has a digit or the opening of a number word.
    if not lex.metrics.search(text):
        return []
    claims: list[Claim] = []
    spans = list(sentence_spans(text))
    found: dict[int, list[re.Match[str]]] = {}  # metric words of the sentences looked at, by index

    def metrics_of(i: int) -> list[re.Match[str]]:
        if i not in found:
            found[i] = list(lex.metrics.finditer(text[spans[i][0] : spans[i][1]]))
        return found[i]

    header: tuple[int, int] | None = None  # the sentence a list of lines opens on, up to its colon
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        list_line = (sentence[:1].isspace() or sentence[:1] in _BULLETS) and bool(_LIST_LINE.match(sentence))
        if not list_line:
            header = (start, end) if sentence.rstrip().endswith(":") else None
        if not (_DIGIT.search(sentence) or lex.number_hint.search(sentence)):
            continue
        previous = spans[i - 1] if i else None
        # "Among them are 3393 law enforcement officers", "в Таразе – 17" go on from the
        # sentence before
        carried = claims[-1] if claims and previous and claims[-1].start == previous[0] else None
        if metrics_of(i) or (i and metrics_of(i - 1)) or carried:
            # a list's line reads on from the sentence the list opens on: "Deployment of the CSTO
            # units in Kazakhstan:" / "- Kyrgyzstan - 200" / "- Armenia - 70"
            context = header if header and list_line else previous
            found_here = _sentence_claims(text, start, end, context, carried, lex, since, metrics_of(i))
            # the CSTO's contingents came from abroad, and count in the case all the same
            if found_here and _set_abroad(text, spans, i, lex):
                found_here = [c for c in found_here if c.metric == "troops"]
            # the UN's peacekeepers, named in this sentence or in the one it goes on from where
            # this one names no mission of the case's own
            if found_here and (
                _MISSION_ELSEWHERE.search(text, start, end)
                or (previous and _MISSION_ELSEWHERE.search(text, *previous) and not _MISSION_NAMED.search(text, start, end))
            ):
                found_here = [c for c in found_here if c.metric != "troops"]
            claims.extend(found_here)
    return claims


_BULLETS = "-–—•*·"
_LIST_LINE = re.compile(rf"\s*[{_BULLETS}]\s")  # a line of a list, by its bullet or dash

ABROAD_REACH = 2  # sentences after one set abroad that, naming no place, go on there


def _set_abroad(text: str, spans: Sequence[tuple[int, int]], i: int, lex: _Lexicon) -> bool:
    """Whether sentence `i` is set abroad: it places what it tells in another country and
    names no place of the case's ("In Nukus, 18 people died"), or goes on from such a
    sentence at most ABROAD_REACH before it, naming no place ("Also, 516 people were
    detained"). A sentence naming a place of the case, or the country, ends it. Where none
    of them places it, a disaster the case's country has not had (the case's
    `disasters_elsewhere`: an earthquake) sets it abroad, or the sentence after it may, by
    saying who abroad gave its figures. (Looked at only for sentences with claims: most have
    none. No further back: the figures stage reads the stories about the case, whose wire
    copies open abroad, "MOSCOW, Jan 6 (Reuters) -", and count the case's toll after it.)"""
    window = spans[max(0, i - ABROAD_REACH) : i + 1]
    for start, end in reversed(window):
        if (abroad := _placed_abroad(text[start:end], lex)) is not None:
            return abroad
    # "Зілзала салдарынан 86 адам қаза тауып"
    if any(_DISASTER_ELSEWHERE.search(text, start, end) for start, end in window):
        return True
    following = spans[i + 1] if i + 1 < len(spans) else None
    return bool(following and _SOURCE_AFTER.match(text, *following) and _placed_abroad(text[slice(*following)], lex))


def _placed_abroad(sentence: str, lex: _Lexicon) -> bool | None:
    """False for a sentence naming a place of the case or the country, True for one naming
    only a place abroad, None for one naming no place."""
    if any(not _WEB_ADDRESS_AFTER.match(sentence, m.end()) for m in _PLACES.regex.finditer(sentence)) or _COUNTRYWIDE.search(sentence):
        return False
    # the country named as whose people they are does not bring them home: "a bus with Kazakh
    # tourists collided ... in the Turkish city", "Погибли трое граждан Казахстана"
    if any(not _names_an_outlet(sentence, m) and not _names_its_people(sentence, m, lex) for m in _COUNTRY.finditer(sentence)):
        return False
    return True if next(_places_abroad(sentence), None) else None


def _names_its_people(sentence: str, m: re.Match[str], lex: _Lexicon) -> bool:
    """Whether the country is named as whose people they are ("Kazakh tourists", "граждан
    Казахстана", "казахстанцы"), but for its own forces, who serve at home ("Kazakh security
    forces", "қазақстандық полицейлер"), and the country as where ("в Казахстане")."""
    if _COUNTRY_ITSELF.match(sentence, m.start()):
        return False
    after = lex.subjects.match(sentence, _skip_spaces(sentence, m.end()))
    if after and lex.subjects.label(after) == "security_forces":
        return False
    if _DEMONYM.fullmatch(m.group()) or _past_people(sentence, m.end(), lex) > m.end():
        return True
    # last, as the dearest: a search back through every subject's pattern
    before = sentence[max(0, m.start() - 60) : m.start()]
    before = before[: _OF_THE_REPUBLIC.search(before).start()]
    whose = lex.subjects.at_end(before)  # "граждан Казахстана", "citizens of the Republic of Kazakhstan"
    return bool(whose and lex.subjects.label(whose) != "security_forces")


# the country's people by its name (the case's `people`): "казахстанцы", "Kazakhs"
_DEMONYM = re.compile(rf"(?:{'|'.join(active_case().people.patterns) or '(?!)'})", re.IGNORECASE)
# what may stand between people and their country's name: "citizens of the Republic of", "граждан Республики"
_OF_THE_REPUBLIC = re.compile(r"(?:\s+of)?(?:\s+the)?(?:\s+Republic\s+of|\s+Республики)?\s*$", re.IGNORECASE)


# The country in the name of who passes the news on places nothing: "погибли двое граждан
# Таджикистана, ..., передает KAZAKHSTAN TODAY" (a city may be who reports as well as where:
# "сообщает Алма-Атинский оперативный штаб")
_NAMES_THE_OUTLET = re.compile(
    r"(?<!\w)(?:переда[её]т|сообщает|пишет|reports?|хабарлайды|жазады)\s+(?:[^\W\d_][\w.-]*\s+)?$", re.IGNORECASE
)
# nor does a place's name as an outlet's: in its web address ("деп хабарлайды Almaty.tv") or
# its name ("передает Astana TV", "Atyrau News")
_WEB_ADDRESS_AFTER = re.compile(r"(?:\.|\s(?=(?-i:TV|ТВ|News)\b))(?:tv|тв|kz|com|ru|org|info|news|media)\b", re.IGNORECASE)


def _names_an_outlet(sentence: str, m: re.Match[str]) -> bool:
    return bool(_NAMES_THE_OUTLET.search(sentence, max(0, m.start() - 40), m.start()) or _WEB_ADDRESS_AFTER.match(sentence, m.end()))


# A sentence after the figures that only names who gave them: "Бұл туралы Газа секторындағы
# Денсаулық сақтау министрлігі хабарлады", "Об этом сообщил Минздрав Киргизии"
_SOURCE_AFTER = re.compile(r"\W*(?:бұл туралы|об этом|this was (?:reported|announced|stated)|it was reported by)\b", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


def _number_hint(number_words: Sequence[tuple[str, str, int]], vague: Sequence[str]) -> str:
    """A cheap pattern for where a number in words may start: the literal opening of each
    number word's pattern ("две" of every case form of "двенадцать", "doz" of "dozens"), and of
    each spelling it alternates between ("ikki|икки": Uzbek in both its alphabets).
    It only tells which sentences need the full number pattern, so it may say yes too often.
    ("the same number" needs a number before it, which the test finds.)"""
    openings = set()
    for whole in [*(p for p, _, _ in number_words), *vague]:
        spellings = _spellings(whole)
        for pattern in [whole, *spellings] if len(spellings) > 1 else [whole]:
            literal = re.match(r"(?:an? )?((?:\[её\]|[^\W\d_])+)", pattern.replace("(?:", ""))
            # three letters, "[её]" one of them: "тр[её]" opens "трёх" as well as "трех"
            letters = re.findall(r"\[её\]|[^\W\d_]", literal.group(1)) if literal else []
            openings.add("".join(letters[:3]) or pattern)
    return rf"(?<!\w)(?:{by_first_letter(sorted(openings))})"


def _spellings(pattern: str) -> list[str]:
    """The alternatives a pattern opens with, at its top level or in the group it starts with:
    "ikki|икки" and "(?:ikki|икки)(?:dan)?" -> ["ikki", "икки"]; "a(?:b|c)" -> [itself]."""
    bars, group_end, depth, escaped = [], None, 0, False
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth == 0 and group_end is None:
                group_end = i
        elif char == "|" and depth == 0:
            bars.append(i)
    if bars:
        return [pattern[a + 1 : b] for a, b in itertools.pairwise([-1, *bars, len(pattern)])]
    if pattern.startswith("(?:") and group_end is not None:
        return _spellings(pattern[3:group_end])
    return [pattern]


def _sentence_claims(
    text: str,
    start: int,
    end: int,
    previous: tuple[int, int] | None,
    carried: Claim | None,
    lex: _Lexicon,
    since: int | None = None,
    metrics: Sequence[re.Match[str]] | None = None,
) -> list[Claim]:
    earlier = text[previous[0] : previous[1]] if previous else ""
    numbers = _numbers(text[start:end], lex)
    # dates, years, ages, money: most sentences' numbers count something else, and one with
    # nothing else needs no more reading
    elsewhere = {n.start for n in numbers if n.kind != "same" and _counts_something_else(text[start:end], n, lex)}
    if len(elsewhere) == len(numbers):
        return []
    sentence = _Sentence(text[start:end], lex, earlier, metrics, case_only=since is not None, numbers=numbers)
    years = [n.value for n in sentence.numbers if n.is_year and n.value and not _SINCE.search(_before(sentence.text, n))]
    if since and years and max(years) < since:
        return []  # "2016 жылы маусымда Ақтөбеде ... 8 адам құрбан болды"
    if since and earlier and lex.opening_part.match(sentence.text) and _about_something_else(earlier, lex):
        return []  # "9 адам дене мүшелерін үсітіп алған. Олардың төртеуі ауруханаға жатқызылды."
    if since and earlier and not years and not _EVENT_NAMES.search(sentence.text) and _before_the_case(earlier, since, lex):
        return []  # "2013 жылы ... ұшағы апатқа ұшырады. 16 жолаушы ... қайтыс болды.": the crash's dead
    found: list[_Found] = []
    read: list[tuple[_Number, Claim]] = []  # the numbers read as claims, with their claims
    others: _Number | None = None  # the last count of people who are no figure ("29 survived")
    headless: list[_Number] = []  # numbers no noun follows, which may be such a count too
    counted_at = {m.start() for m in sentence.metrics if lex.metrics.label(m) in lex.counted}
    for n in sentence.numbers:
        same = n.kind == "same"
        if same:  # "and a similar number in Almaty": the figure before, not a date before it
            n = dataclasses.replace(n, value=found[-1].claim.value if found else None)
        if n.start in sentence.old or (_counts_something_else(sentence.text, n, lex) if same else n.start in elsewhere):
            continue
        if _a_difference(sentence, n, lex):
            continue
        head = _head(sentence.text, n.tail, lex, counted_at)
        one_more = lex.one_more.search(sentence.text, max(0, n.start - 30), n.end)  # "тағы біреуі қайтыс болған"
        if head is None and n.nominal:
            head = _Head()  # "4-і басқа қылмыстарды жасау кезінде қайтыс болды"
        if n.nominal and n.value == 1:
            of_counted = _possessor(sentence.text, n.start, lex, lex.metrics)
            if of_counted and lex.copula.match(sentence.text, n.tail):
                continue  # "Қаза тапқандардың бірі — бортсерік": who one of the dead was, as "Один из погибших — ..."
            if not (
                _possessor(sentence.text, n.start, lex) or of_counted or one_more or found
                or _one_of_people_counted(sentence, n) or _one_of_people_before(sentence, n)
            ):
                # "бірі ..., бірі ...": one and the other; "жауынгерлердің бірі": one of the soldiers;
                # one of a figure read before it ("екі жұмысшы күйіп қалып, біреуі қайтыс болды")
                continue
        if head is None:
            headless.append(n)
            continue
        if _part_of_things(sentence, n, lex):
            continue
        if _counts_others(sentence, n, lex):
            others = n
            continue
        continued = _continued(found, sentence.clause_index(n.start))
        last, last_part = (found[-1].claim, found[-1].part) if found else (None, False)
        reading = _read(sentence, n, head, last, continued, earlier, lex, carried, last_part)
        if reading is None or (reading.metric, head.subject) in _NO_FIGURE:
            continue
        if reading.metric == "criminal_cases" and head.names_people and head.subject in (None, "foreigners"):
            # "prosecution against 254 individuals", "дела в отношении 12 человек": whom, not how
            # many cases (a subject that only describes the cases is not whom: "2 террористік қылмыс")
            continue
        if reading.part and _part_of_others(sentence, others, headless, read[-1][0] if read else None, n):
            continue  # "38 died, and 29 survived, including three children": a part of the survivors
        of_them = lex.continues_after.match(sentence.text, n.end)
        if of_them and (
            lex.condition.match(sentence.text, reading.metric_pos)
            or lex.condition.match(sentence.text, _skip_spaces(sentence.text, of_them.end()))
        ):
            continue  # "три пациента, один из них в тяжелом состоянии", "nine injured, two of them in
            # critical condition", "28 ... доставлены в больницу, шесть из них в крайне тяжелом
            # состоянии": how those counted are, no count
        if _part_in_a_condition(sentence, n, reading.metric_pos, lex):
            continue  # "12 of the 14 injured are in stable condition": how some are, no count
        if n.value == 1 and of_them and _names_whom(sentence.text, of_them.end(), lex):
            continue  # "Двое соседей, один из которых десятилетний ребенок, ...": who one of them is
        scope, location = _scope(sentence, n, reading.metric, reading.metric_pos, continued)
        if scope == "other":
            continue
        if (item := _place_item(sentence.text, n, lex)) is not None and item.place:
            scope, location = "local", item.place
        claim_start = previous[0] if previous and reading.spans_previous else start
        claim_text = text[claim_start:end]
        claim = Claim(
            metric=reading.metric,  # type: ignore[arg-type]
            value=n.value if n.kind != "vague" else None,
            # "dozens", "сотни": a count with no value to qualify
            qualifier="vague" if n.kind == "vague" else _qualifier(sentence, n, lex),
            subject=None if reading.metric in lex.counted else reading.subject,
            location=location,
            text=claim_text,
            start=claim_start,
            end=end,
            words=n.words,
            quoted_source=_source(claim_text) if reading.spans_previous else sentence.source,
            scope=scope,
        )
        found.append(_Found(claim, sentence.clause_index(n.start), reading.part))
        read.append((n, claim))
    if read:
        return _with_listed_items(sentence, read, lex)
    return [f.claim for f in found]


def _with_listed_items(sentence: _Sentence, read: Sequence[tuple[_Number, Claim]], lex: _Lexicon) -> list[Claim]:
    """The claims of a sentence, and before each the items of the list it closes:
    "Маңғыстау облысында 10 адам, Жетісу облысында 10 адам, Қарағанды облысында 5 адам қаза
    тапқан" reads 5 in Karaganda region, and so 10 in each of the two regions listed before
    it: each item a place and a count, joined by a comma or a conjunction (Kazakh puts the
    verb last, Russian may: "В Алматы 19 человек, в Шымкенте шесть человек получили травмы")."""
    taken = {n.start for n, _ in read}
    claims: list[Claim] = []
    for n, claim in read:
        items: list[Claim] = []
        place = _item_place(sentence.text, n)
        while place is not None and claim.scope == "local":
            p = next((x for x in reversed(sentence.numbers) if x.end <= place[0]), None)
            if p is None or p.start in taken or p.start in sentence.old or p.kind == "vague":
                break
            if not lex.list_joint.fullmatch(sentence.text, p.tail, place[0]):
                break
            if _counts_something_else(sentence.text, p, lex) or (place := _item_place(sentence.text, p)) is None:
                break
            qualifier = _qualifier(sentence, p, lex)
            items.append(dataclasses.replace(claim, value=p.value, words=p.words, qualifier=qualifier, location=place[1]))
        claims += [*reversed(items), claim]
    return claims


def _item_place(s: str, n: _Number) -> tuple[int, str] | None:
    """Where the place a list item opens on starts, and its name: the last place before `n`
    in its stretch of the list, at most three words before it ("Жамбыл облысында - 138",
    "Маңғыстау облысында жол апатынан 10 адам")."""
    stretch = re.split(r"[,;:()]", s[max(0, n.start - 80) : n.start])[-1]
    offset = n.start - len(stretch)
    places = list(_PLACES.finditer(stretch))
    place = places[-1] if places else None
    if place is None or len(_WORD.findall(stretch[place.end() :])) > 3:
        return None
    return offset + place.start(), _PLACES.label(place)


NAMED_AFTER = 10  # characters after a number within which a metric noun names whom it counts: "300 of those detained"


def _part_of_things(sentence: _Sentence, n: _Number, lex: _Lexicon) -> bool:
    """Whether `n` is a part of a number that counts things, and so counts them too: "2911
    орын бар, оның ішінде 139-ы реанимациялық" (2,911 beds, 139 of them in intensive care)."""
    before = _before(sentence.text, n)
    if (marker := lex.part_before.search(before)) is None:
        return False
    wholes = [x for x in sentence.numbers if x.tail <= n.start - len(before) + marker.start()]
    noun = _WORD.match(sentence.text, _skip_spaces(sentence.text, wholes[-1].tail)) if wholes else None
    return bool(noun and lex.counts_elsewhere.fullmatch(noun.group().lower()))


def _counts_others(sentence: _Sentence, n: _Number, lex: _Lexicon) -> bool:
    """Whether the words after a number, before any metric word and within its clause, say
    it counts something else of those people: "676 адам қамаудан босатылған" (released), or
    the words before it do where a metric noun only names them ("released 1,500 detainees");
    not where they only describe them before a passive ("2,700 people suspected of taking
    part were detained"). "5 people were killed as security forces freed the hostages"
    counts the dead. A metric in a relative clause only describes them, and the verb after
    it says what: "1,500 people who were arrested during the clashes will now be released"."""
    clause_start, clause_end = sentence.clause(n.start)
    if dash := _DASH_OR_COLON.match(sentence.text, n.tail):  # "из них 8 – привлечены к ответственности"
        clause_end = max(clause_end, sentence.clause(dash.end())[1])
    clause_end = min(clause_end, n.tail + 80)
    next_start = sentence.next_number_start(n.end)
    # and past an aside on who they are: "28 survivors, including 2 children, have been taken to hospitals"
    if (
        (aside := lex.aside.match(sentence.text, clause_end))
        and aside.group("open") is None
        and _ASIDE_OPENING.match(aside.group())
        and not sentence.metrics_near(aside.start(), aside.end())
        and not lex.other_count_after.search(aside.group())
    ):
        clause_end = max(clause_end, sentence.clause(aside.end())[1])
        if next_start is not None and next_start < aside.end():
            next_start = sentence.next_number_start(aside.end())
    if next_start is not None:
        clause_end = min(clause_end, next_start)  # "35 cases were opened and 31 policemen were convicted": 31's
    noun = _skip_spaces(sentence.text, n.tail)  # a counted noun ("1653 іс ... айыппұл") is no verb
    named = sentence.metrics_near(noun, min(clause_end, noun + NAMED_AFTER))
    lead = sentence.text[max(clause_start, n.start - 40) : n.start]
    if named and lex.other_count_before.search(lead):
        return True  # "выписали 48 пострадавших", "released 1,500 detainees": their verb is before
    following = [m for m in sentence.metrics_near(n.tail, clause_end) if m.start() > noun]
    end = following[0].start() if following else clause_end
    other = lex.other_count_after.search(sentence.text, n.tail, end)
    if other is None and following and lex.clause_opening.search(sentence.text, n.tail, following[0].start()):
        after = following[1].start() if len(following) > 1 else min(sentence.clause(n.start)[1], following[0].end() + 80)
        if lex.other_count_after.search(sentence.text, following[0].end(), after):
            return True
    # "38 нарушителей привлечены к ответственности и арестованы": that too, and the metric
    if other is None:
        return False
    # "detained 1,237 people who are accused of ...", "detained 10 suspects accused of ...": a
    # verb before, and who they are (a clause of theirs, or a participle by their noun with no
    # auxiliary; not the participle as their noun, "the cases of 400 accused", nor where the
    # verb ends the sentence and a metric before is a participle that describes them)
    clause_of_theirs = lex.clause_opening.search(sentence.text, n.tail, other.start())
    participle_of_theirs = (
        not lex.verb_final
        and not lex.auxiliary.search(sentence.text, n.tail, other.start())
        and (
            bool(_WORD.search(sentence.text, n.tail, other.start()))  # "10 suspects accused"
            or bool(
                (noun := _WORD.match(sentence.text, _skip_spaces(sentence.text, other.end())))
                and lex.names_person(noun.group().lower())
            )  # "nine suspected militants"
        )
    )
    before = sentence.metrics_near(clause_start, n.start - 1)
    # (a verb after a count of its own, and parted by a conjunction, is that count's: "38 people
    # were killed and 29 others survived", not "detained 5 men and 10 suspects accused of")
    if (
        before
        and sentence.number_between(clause_start, before[-1].start())
        and re.search(rf"(?<!\w)(?:{lex.conjunction})(?!\w)", sentence.text[before[-1].end() : n.start], re.IGNORECASE)
    ):
        before = []
    if (clause_of_theirs or participle_of_theirs) and before:
        return False
    if next_start is not None and not sentence.text[other.end() : next_start].strip():
        return False  # "задержаны 83 и осуждены 97 граждан": the next number's verb
    # "were rescued from the rubble and taken to hospital": a metric verb joined to it holds too
    joint = sentence.text[other.end() : end]
    # the other word as whom it counts, and a metric verb right after it: "Two of the survivors
    # suffered burns" (what befell them since)
    if following and not joint.strip() and all(w.lower() in lex.of for w in _WORD.findall(sentence.text[n.tail : other.start()])):
        return False
    if following and re.fullmatch(rf"(?:\s+[\w-]+){{0,4}}\s*(?:{lex.conjunction})\s+", joint, re.IGNORECASE):
        return False
    # "2,700 people suspected of taking part were detained": the other word only describes
    # them, and the passive after it says what befell them
    describes = not lex.own_predicate.search(sentence.text, n.tail, other.start())
    return not (following and describes and re.search(rf"(?:{lex.auxiliary.pattern})$", joint, re.IGNORECASE))


class _Found(NamedTuple):
    """A claim of the sentence so far, the clause its number is in, and whether it is a part
    of the figure before it ("including 142 foreigners")."""

    claim: Claim
    clause: int
    part: bool


def _continued(found: Sequence[_Found], clause: int) -> list[Claim]:
    """The figures a number's clause goes on from: those of the last clause up to it with one
    that is no part of another. "Ликвидированы 26 преступников, еще 18 получили ранения" goes
    on from the 26; "погибли 103 человека, из них трое детей, еще 2 000 ..." from the 103."""
    wholes = [f for f in found if f.clause <= clause and not f.part]
    return [f.claim for f in wholes if f.clause == wholes[-1].clause] if wholes else []


def _shared(values: Iterable[str | None]) -> str | None:
    """The one value all of `values` have, else None."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


class _Reading(NamedTuple):
    """What a number counts: the metric, who, where the metric word is."""

    metric: str
    subject: str | None
    metric_pos: int
    spans_previous: bool = False  # the metric is named in the previous sentence
    part: bool = False  # a part of the figure before it: "из них 142", "25 of them"


def _read(
    sentence: _Sentence,
    n: _Number,
    head: _Head,
    last: Claim | None,
    continued: Sequence[Claim],
    earlier: str,
    lex: _Lexicon,
    carried: Claim | None = None,
    last_part: bool = False,
) -> _Reading | None:
    s = sentence.text
    if last and _after_a_dash_splitting(sentence, n, last):
        # "в больницах остаются трое пострадавших — двое взрослых и один ребёнок": the parts
        # of the figure before the dash, whatever noun that figure's count named
        return _Reading(last.metric, head.subject, n.start, part=True)
    if link := _link(sentence, n, lex, head.noun):
        if _combined(sentence, link, n, lex):
            return None
        metric, subject = str(lex.metrics.label(link)), head.subject
        if not head.names_people:
            # not in an aside, which names a part: "at least 238, among them 19 officers, died"
            between = lex.subjects.search(lex.aside.sub(" ", s[min(n.end, link.end()) : max(n.start, link.start())]))
            if between:  # "число погибших мирных жителей возросло до 26-ти"
                subject = lex.subjects.label(between)
            elif not s[n.tail : link.start()].strip() and (
                described := lex.subjects.match(s, _skip_spaces(s, link.end()))
            ):  # "о 18 погибших силовиках": the participle, and whom it describes
                subject = lex.subjects.label(described)
            elif counted := _counting_phrase(s, link.start(), lex):  # "the number of police killed rose to 18"
                subject = lex.subjects.label(counted)
            elif n.nominal and (owner := _possessor(s, n.start, lex)):  # "жауынгерлердің бірі қаза тапты"
                subject = lex.subjects.label(owner)
            elif said := _subject_after_dash(s, n.tail, lex):  # "погибших четверо были иностранцами"
                subject = said
            elif not continued and lex.continues_after.match(s, n.tail):
                # "The demonstrators headed to ..., and over 20 of them were detained": whom "them" names
                named = list(lex.subjects.finditer(s, 0, n.start))
                subject = lex.subjects.label(named[-1]) if named else None
            else:  # "748 security officers have been wounded and 18 killed"
                subject = _shared(c.subject for c in continued)
        return _Reading(metric, subject, link.start())
    before = _before(s, n)
    origin = n.start - len(before)  # where `before` starts in the sentence, however it is cut
    qualifier = lex.qualifiers_before.at_end(before)  # "thousands of protesters, as many as 10,100"
    if qualifier:
        before = before[: qualifier.start()]
    if modifier := lex.modifier_before.search(before):  # "оның ішінде құқық қорғау органдарының 3393"
        if lex.continues_before.search(before[: modifier.start()]):
            before = before[: modifier.start()]
    marker = lex.continues_before.search(before)
    of_them = lex.continues_after.match(s, n.tail)
    opening_part = lex.part_before.search(before)
    if last is None and (
        (opening_part and not s[: origin + opening_part.start()].strip(" \"'«“"))
        # "35 из них – дети", "42 of them are children": a part said to be someone
        or (of_them and not s[:origin].strip(" \"'«“") and _said_to_be_people(s, of_them.end(), lex))
    ):
        last = carried  # the sentence opens on a part of the figure the sentence before ended on
    if (
        of_them and (dash := _DASH.match(s, of_them.end()))
        and (own := lex.metrics.match(s, dash.end())) and not lex.condition.match(s, dash.end())
    ):
        # "20 из них – госпитализированы", "2 из которых – погибшие": a part with a metric of its
        # own (not how they are: "83 из них – в тяжёлом состоянии" stays a part of the figure)
        return _Reading(str(lex.metrics.label(own)), head.subject if head.names_people else None, own.start(), part=True)
    if last is None and carried and n.nominal and not s[:origin].strip(" \"'«“") and _said_to_be_people(s, n.tail, lex):
        # "Бес жолаушы қайтыс болды. Үшеуі – балалар": a number that is its own noun opens the
        # sentence, said to be someone: a part of the figure the sentence before ended on
        return _Reading(carried.metric, _subject_after_dash(s, n.tail, lex), n.start, part=True)
    if last and (marker or of_them) and not lex.other_count_before.search(before) and not _among_their_ages(sentence, n, lex):
        # (not "а осуждены — 97", nor a part told by age: "трое рабочих - двое 18-летних и 38-летний -")
        # "из них 142 иностранца", "25 of them", "and 1,500 in Shymkent": the metric of the
        # sentence's previous figure; its place may stand before the marker ("в Шымкенте — 50")
        # "20 человек госпитализировано, 14 из них перенесли операции": what else befell those
        # people (a verb on cases says how they are qualified: "44 из них квалифицированы ...")
        # (not a copula that says who they are: "6 из них были сотрудниками полиции")
        if of_them and lex.morphology and last.metric not in lex.counted and not _said_to_be_people(s, of_them.end(), lex) and any(
            _is_verb(w.lower()) for w in _WORD.findall(s[of_them.end() : sentence.clause(n.start)[1]])
        ):
            return None
        marker_pos = origin + marker.start() if marker else n.start
        # "Of the 225 dead, 206 were civilians": the comma after the whole opens its parts
        part = bool(of_them or lex.part_before.search(before)) or _splits(sentence, n, last, lex)
        # "Of them, 219 are civilians, and 19 are employees of ...": the copula of the part before
        parallel = last_part and lex.copula.match(s, n.tail)
        if not part and not parallel and (
            lex.own_predicate.search(s, n.tail, sentence.clause(n.start)[1]) or _verb_of_their_own(s, n, lex)
        ):
            return None  # "..., 21 persons were released on bail": a clause of its own
        subject = head.subject if head.names_people else _subject_after_dash(s, n.tail, lex) or last.subject
        return _Reading(last.metric, subject, marker_pos, part=part)
    if (whole := last or carried) and _splits(sentence, n, whole, lex):
        # "Of seven, four are police officers", "Из тринадцати погибших в пожаре четверо были
        # иностранцами": a part of the figure the sentence opens on
        subject = head.subject if head.names_people else _subject_after_dash(s, n.tail, lex)
        return _Reading(whole.metric, subject, n.start, part=True)
    if place_item := _place_item(s, n, lex):
        # A breakdown by place: "погибших в Алматы (139 человек), Таразе (17)", "в Таразе –
        # 17" after "Всего погибли 225 человек.": the metric named before it in the sentence,
        # else the figure it goes on from, in this sentence or, for a list that opens the
        # sentence, the one before.
        subject = head.subject if head.names_people else None
        named = [m for m in sentence.metrics if m.end() <= place_item.start]
        if named:
            return _Reading(str(lex.metrics.label(named[-1])), subject, named[-1].start(), part=True)
        listed = bool(_LIST_LINE_OPENING.fullmatch(s, 0, place_item.start))
        whole = last or (carried if listed else None)
        if whole:
            return _Reading(whole.metric, subject or whole.subject, n.start, part=True)
        if listed and (announced := _announced_metric(earlier, lex)):
            # the first line of a list the sentence before announced: "Больше всего погибших
            # зафиксировано в:" then "• Алматинской области - 379 человек;"
            return _Reading(announced, subject, n.start, part=True)
        # the list's verb after its last item: "Алматы қаласында – 19 адам, Жамбыл облысында – 11
        # адам зардап шекті"
        items = [x for x in sentence.numbers if x.start > n.start]
        if items and all(_place_item(s, x, lex) for x in items[:-1]) and (
            verb := _link(sentence, items[-1], lex)
        ) and verb.start() > items[-1].tail and not sentence.metrics_near(n.tail, items[-1].start):
            return _Reading(str(lex.metrics.label(verb)), subject, verb.start(), part=True)
    if earlier and lex.anaphora.search(s):
        # "Their number increased to 18": the metric is in the previous sentence
        named = [m for m in lex.metrics.finditer(earlier) if _in_context(m, f"{earlier} {s}", lex)]
        if not named:
            return None
        subject = head.subject
        if not head.names_people:
            named_subjects = (lex.subjects.label(m) for m in lex.subjects.finditer(earlier))
            subject = next((label for label in named_subjects if label), None)
        return _Reading(str(lex.metrics.label(named[-1])), subject, n.start, spans_previous=True)
    return None


def _said_to_be_people(s: str, at: int, lex: _Lexicon, copula_optional: bool = False) -> bool:
    """Whether whom a part counts follows `at` after a copula (" are children", " – дети") or,
    where `copula_optional`, without one ("two of them children")."""
    copula = lex.copula.match(s, at)
    if copula is None and not copula_optional:
        return False
    return bool(lex.subjects.match(s, copula.end() if copula else _skip_spaces(s, at)))


def _names_whom(s: str, at: int, lex: _Lexicon) -> bool:
    """Whether the words at `at`, past a copula if any, name people, their adjectives
    allowed: "десятилетний ребенок", " — полицейский"."""
    copula = lex.copula.match(s, at)
    head = _head(s, copula.end() if copula else at, lex)
    return head is not None and head.names_people


def _after_a_dash_splitting(sentence: _Sentence, n: _Number, whole: Claim) -> bool:
    """Whether `n` opens a list after a dash that follows the count of `whole` and its noun, and
    the list's numbers add up to it: "трое пострадавших — двое взрослых и один ребёнок"."""
    numbers = sentence.numbers
    i = numbers.index(n) if n in numbers else 0
    if whole.value is None or not i or numbers[i - 1].value != whole.value or not _DASH_AFTER_NOUN.fullmatch(sentence.text, numbers[i - 1].tail, n.start):
        return False
    total = 0
    for x in numbers[i:]:
        total += x.value or 0
        if x.value is None or total >= whole.value:  # type: ignore[operator]
            break
    return total == whole.value


_DASH_AFTER_NOUN = re.compile(r"\s*(?:[^\W\d_]+\s+){1,2}[—–-]\s+")


def _splits(sentence: _Sentence, n: _Number, whole: Claim, lex: _Lexicon) -> bool:
    """Whether the sentence, or a quote after its colon, opens on "of"/"из" and the figure
    `whole` ("Of seven, ..."), and `n` is the next number after it, said to be someone with a
    copula ("four are police officers"; not "Of 190, paramedics rushed 150 people to ..."); or
    whom `n`, its own noun, is part of is that figure in the genitive right before it, and a
    copula follows: "Уланған сегіз адамның екеуі — бала" (two of the eight poisoned are children)."""
    if not lex.copula.match(sentence.text, n.tail):
        return False
    numbers = sentence.numbers
    if n.nominal and (i := numbers.index(n)) and numbers[i - 1].value == whole.value:
        return bool(lex.modifier_before.match(sentence.text[numbers[i - 1].end : n.start].lstrip()))
    opening = lex.partition.search(sentence.text)
    if opening is None:
        return False
    i = next((i for i, x in enumerate(numbers) if x.start >= opening.end()), len(numbers))
    return (
        i + 1 < len(numbers)
        and numbers[i].start == opening.end()
        and numbers[i].value == whole.value
        and numbers[i + 1] is n
    )


# What may open a breakdown line before its place: bullets, "in", "в".
_LIST_LINE_OPENING = re.compile(r"[\s\-–—•*·;,.:]*(?:(?:in|в|во|на)\s+)?", re.IGNORECASE)
_OPEN_PAREN_AT_END = re.compile(r"\s*\(\s*$")
_CLOSE_PAREN_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s*)?\)")  # "(151 адам)", "(17)"
_CITY_AT_END = re.compile(r"\s+(?:city|қаласында)\s*$", re.IGNORECASE)  # "Алматы қаласында – 19 адам"


class _PlaceItem(NamedTuple):
    start: int  # where the place's name starts in the sentence
    place: str | None  # its label


def _announced_metric(earlier: str, lex: _Lexicon) -> str | None:
    """The metric a sentence ending on a colon names last: it announces a list of them (not
    of things a metric describes: "Больше всего пострадавших от паводка домов в:")."""
    if not earlier.rstrip().endswith(":"):
        return None
    named = [m for m in lex.metrics.finditer(earlier) if _in_context(m, earlier, lex)]
    if not named or any(lex.counts_elsewhere.fullmatch(w.lower()) for w in _WORD.findall(earlier, named[-1].end())):
        return None
    return str(lex.metrics.label(named[-1]))


def _place_item(s: str, n: _Number, lex: _Lexicon) -> _PlaceItem | None:
    """The place `n` is the figure of in a breakdown: "в Таразе – 17", "Almaty: 103",
    "Алматыда (151 адам)", "Taraz (17)". None otherwise."""
    before = s[max(0, n.start - 80) : n.start]
    if qualifier := lex.qualifiers_before.at_end(before):  # "Almaty – about 100"
        before = before[: qualifier.start()]
    joint = _DASH_OR_COLON_AT_END.search(before)
    if joint is None:
        joint = _OPEN_PAREN_AT_END.search(before)
        if joint is None or not _CLOSE_PAREN_AFTER.match(s, n.end):
            return None
    lead = before[: joint.start()]
    place = _PLACES.at_end(_CITY_AT_END.sub("", lead))
    if place is None:
        return None
    return _PlaceItem(n.start - len(before) + place.start(), _PLACES.label(place))


def _subject_after_dash(s: str, pos: int, lex: _Lexicon) -> str | None:
    """Whom a part counts when a dash or a copula names them: "оның 21-і – құқық қорғау
    органдарының қызметкерлері", "of which 19 were law enforcement officers", "19 of them
    were members of law enforcement"."""
    if of_them := lex.continues_after.match(s, pos):
        pos = of_them.end()
    link = lex.copula.match(s, pos)
    if not link or link.end() == pos:
        return None
    found = lex.subjects.match(s, link.end())
    return lex.subjects.label(found) if found else None


def _qualifier(sentence: _Sentence, n: _Number, lex: _Lexicon) -> Qualifier:
    """`n`'s qualifier: the one after it, else the one before; "up to" with a change's verb
    after it is the figure the change reached ("До 28 выросло число погибших", "саны 28-ге
    дейін өсті")."""
    qualifier = n.qualifier_after or _qualifier_before(sentence, n, lex)
    if qualifier == "up_to" and lex.reached_after and lex.reached_after.match(sentence.text, _skip_spaces(sentence.text, n.tail)):
        return "exact"
    return qualifier


_COMMA_AT_END = re.compile(r",\s*$")


def _qualifier_aside(gap: str, lex: _Lexicon) -> re.Match[str] | None:
    """The qualifier a gap holds between commas, and nothing else: ", по меньшей мере, "."""
    inner = re.fullmatch(r"\s*,\s*(.+?),\s*", gap)
    found = lex.qualifiers_before.at_end(inner.group(1)) if inner else None
    return found if found and inner and not inner.group(1)[: found.start()].strip() else None


def _qualifier_before(sentence: _Sentence, n: _Number, lex: _Lexicon) -> Qualifier:
    change = sentence.change_before(n)  # "rose from 164 to 227": 227 as stated
    before = sentence.text[max(0, change[0] - 80) : change[0]] if change else _before(sentence.text, n)
    # or set off by commas: "Погибли, по меньшей мере, 22 человека" (not a clause's end before
    # the comma: "When the shooting was over, 22 bodies were found")
    found = lex.qualifiers_before.at_end(before)
    if found is None and (comma := _COMMA_AT_END.search(before)):
        found = _qualifier_aside(before[before.rfind(",", 0, comma.start()) :], lex)
    return lex.qualifiers_before.label(found) if found else "exact"  # type: ignore[return-value]
