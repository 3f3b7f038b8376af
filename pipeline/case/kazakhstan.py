"""What newsmon knows about the case, for the stages that read text (topics, figures):
the places of Kazakhstan and its leaders as English, Russian and Kazakh news name them,
the names the events themselves go by, the words of a story about the pandemic instead,
and where a sentence of such news ends.

Vocabularies are regex patterns kept per script, so a stage can read a text with the
lexicon of its language only. Patterns are matched case-insensitively as whole words and
use no capturing groups; `\\w*` takes the endings of Russian and Kazakh ("Алматы",
"Алматыда", "Алматинской"). Each stage compiles them into the regexes it needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = ["ABROAD", "EVENT_NAMES", "LEADERS", "PANDEMIC", "PLACES", "Terms", "sentence_spans", "whole_words"]


@dataclass(frozen=True, slots=True)
class Terms:
    """The patterns for one name or idea, per script."""

    latin: tuple[str, ...]
    cyrillic: tuple[str, ...]

    @property
    def patterns(self) -> tuple[str, ...]:
        return (*self.latin, *self.cyrillic)


def _region(latin: str, russian: str, kazakh: str) -> Terms:
    """A region as named in English ("Almaty region"), Russian ("Алматинская область",
    from the adjective's stem; in a list, the feminine adjective alone: "в Жамбылской - 11",
    as "район" and "город" are not feminine) and Kazakh ("Алматы облысы")."""
    return Terms(
        (rf"{latin} (?:region|oblast)",),
        (rf"{russian}\w* област\w*", rf"(?-i:{russian[0].upper()}){russian[1:]}(?:ая|ой|ую)", rf"{kazakh} облыс\w*"),
    )


_KK_ENDINGS = r"(?:да|дағы|ға|дың|дан)"  # Kazakh case endings of a name: Оралда, Таразға


# Regions and cities, by the name a claim's `location` gives them. A few Cyrillic names
# are also common words, so they match only capitalised, as (?-i:...), and with the
# endings of the name only: Kazakh "ақтау" (to acquit), "таразы" (scales), "оралды"
# (returned), Russian "семей" (of families), "орал" (yelled), "Семейный кодекс".
# Neither "East Turkestan" (Xinjiang) nor Petropavlovsk-Kamchatsky is in Kazakhstan.
PLACES: dict[str, Terms] = {
    "Almaty region": _region("Almaty", "Алматинск", "Алматы"),
    "Kyzylorda region": _region("Kyzylorda", "Кызылординск", "Қызылорда"),
    # no city of that name: "Mangystau" is the region
    "Mangystau region": Terms((r"Mang[iy]?stau(?: region)?",), (r"Манг[иы]стау\w*", r"Маңғыстау\w*")),
    "Aktobe region": _region("Aktobe", "Актюбинск", "Ақтөбе"),
    "Atyrau region": _region("Atyrau", "Атырауск", "Атырау"),
    "Zhambyl region": _region("Zhambyl", "Жамбылск", "Жамбыл"),
    "Turkestan region": _region("Turk[ei]stan", "Туркестанск", "Түркістан"),
    "Karaganda region": _region("Karagand[ay]", "Карагандинск", "Қарағанды"),
    "Almaty": Terms((r"Almaty", r"Alma-?Ata"), (r"Алматы\w*", r"Алма-Ат\w*")),
    "Nur-Sultan": Terms((r"Nur-Sultan", r"Astana"), (r"Нур-Султан\w*", r"Нұр-Сұлтан\w*", r"Астан\w*")),
    "Shymkent": Terms((r"Shymkent",), (r"Шымкент\w*",)),
    "Zhanaozen": Terms((r"Zhanaozen", r"Janaozen"), (r"Жанаозен\w*", r"Жаңаөзен\w*")),
    "Aktau": Terms((r"Aktau",), (r"Актау", r"(?-i:Ақтау)\w*")),
    "Aktobe": Terms((r"Aktobe",), (r"Актобе", r"Ақтөбе\w*")),
    "Atyrau": Terms((r"Atyrau",), (r"Атырау\w*",)),
    "Taraz": Terms((r"Taraz",), (rf"(?-i:Тараз)(?:[аеу]|ом|{_KK_ENDINGS})?",)),
    "Taldykorgan": Terms((r"Taldykorgan",), (r"Талдыкорган\w*", r"Талдықорған\w*")),
    "Kyzylorda": Terms((r"Kyzylorda",), (r"Кызылорд\w*", r"Қызылорда\w*")),
    "Karaganda": Terms((r"Karagand[ay]",), (r"Караганд\w*", r"Қарағанды\w*")),
    "Turkestan": Terms(
        (r"(?<!East )Turk[ei]stan",),
        (r"(?<!Восточный )(?<!Восточного )(?<!Восточном )Туркестан\w*", r"(?<!Шығыс )Түркістан\w*"),
    ),
    "Uralsk": Terms(
        (r"Uralsk",),
        (r"Уральск[аеу]?", rf"(?-i:Орал){_KK_ENDINGS}?"),  # not "уральский", of the Urals
    ),
    "Semey": Terms((r"Semey",), (r"(?-i:Сем(?:ей(?:де|дегі|ге|дің|ден)?|ея|ею|еем|ее))",)),
    "Oskemen": Terms((r"Oskemen", r"Ust-Kamenogorsk"), (r"Усть-Каменогорск\w*", r"Өскемен\w*")),
    "Petropavl": Terms(
        (r"Petropavl", r"Petropavlovsk(?!-Kamchatsk)"),
        (r"Петропавловск\w*(?!-Камчатск)", rf"Петропавл{_KK_ENDINGS}?"),
    ),
    "Kokshetau": Terms((r"Kokshetau",), (r"Кокшетау", r"Көкшетау\w*")),
    "Pavlodar": Terms((r"Pavlodar",), (r"Павлодар\w*",)),
    "Kostanay": Terms((r"Kostana[yi]",), (r"Костана[йяюе]\w*", r"Қостанай\w*")),
}  # fmt: skip

LEADERS: dict[str, Terms] = {
    "Tokayev": Terms((r"Tokay?ev\w*",), (r"Токаев\w*", r"Тоқаев\w*")),
    "Nazarbayev": Terms((r"Nazarbayev\w*",), (r"Назарбаев\w*",)),
    "Massimov": Terms((r"Mass?imov",), (r"Масимов\w*",)),
    "Mamin": Terms((r"Askar Mamin",), (r"Аскар\w* Мамин\w*", r"Асқар\w* Мамин\w*")),  # the prime minister dismissed on 5 January
}

# The names the events go by. Each says where and what, so it anchors a sentence as a
# place does: "В ходе январских событий задержаны...", "Қаңтар оқиғасы кезінде...".
EVENT_NAMES = Terms(
    latin=(
        r"january(?: 2022)? (?:events|tragedy|unrest|riots|violence|protests)", r"bloody january", r"qandy qantar",
        r"qa[nñń]tar",
    ),
    cyrillic=(
        r"январск\w+ (?:событи|трагеди|беспорядк|протест)\w*", r"кровав\w+ январ\w*",
        r"қаңтар\w* (?:айындағы )?(?:қайғылы )?(?:оқиға|қасірет|тәртіпсіздік)\w*", r"қанды қаңтар\w*",
        r"қасіретті қаңтар\w*", r"(?-i:Кантар)\w*",
    ),
)  # fmt: skip

# Neighbours and others whose own unrest the press reports beside Kazakhstan's ("беспорядки в
# Каракалпакстане", "protests in Kyrgyzstan"), stems that take any case ending.
ABROAD = Terms(
    latin=(
        r"karakalpak\w*", r"uzbek\w*", r"kyrgyz\w*", r"tajik\w*", r"turkmen\w*", r"belarus\w*", r"ukrain\w*",
        r"georgia\w*", r"armenia\w*", r"azerbaijan\w*", r"iran\w*", r"russia\w*", r"mongolia\w*", r"afghan\w*",
        r"bishkek", r"tashkent", r"nukus", r"minsk", r"moscow", r"tbilisi", r"yerevan",
    ),
    cyrillic=(
        r"каракалпак\w*", r"қарақалпақ\w*", r"узбек\w*", r"өзбек\w*", r"кыргыз\w*", r"киргиз\w*", r"қырғыз\w*",
        r"таджик\w*", r"тәжік\w*", r"туркмен\w*", r"түрікмен\w*", r"беларус\w*", r"белорус\w*", r"украин\w*",
        r"грузи\w*", r"армени\w*", r"азербайджан\w*", r"иран\w*", r"росси\w*", r"ресей\w*", r"монгол\w*",
        r"бишкек\w*", r"ташкент\w*", r"нукус\w*", r"минск\w*", r"москв\w*", r"тбилиси", r"ереван\w*",
    ),
)  # fmt: skip

# A story or sentence on the pandemic counts deaths and declares emergencies of its own.
PANDEMIC = Terms(
    latin=(r"covid\w*", r"coronavirus\w*", r"pandemic\w*", r"omicron", r"infections?", r"vaccin\w*"),
    cyrillic=(
        r"коронавирус\w*", r"ковид\w*", r"пандеми\w*", r"(?-i:КВИ)", r"омикрон\w*", r"заражени\w*",
        r"заболевш\w*", r"вакцин\w*", r"індет\w*", r"жұқтыр\w*",
    ),
)  # fmt: skip


def whole_words(patterns: Sequence[str]) -> re.Pattern[str]:
    """One case-insensitive regex that finds any of `patterns` as whole words."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})(?!\w)", re.IGNORECASE)


# --------------------------------------------------------------------------- sentences

# What may open a sentence: a capital, or a letter of a script without capitals (Arabic, Georgian)
_UPPER = "A-ZÀ-ÖØ-ÞŞĞİŒŠŽǴŃŪĪƏА-ЯЁӘҒҚҢӨҰҮҺІЎЄЇҐ\u0600-\u06ff\u10d0-\u10ff"
_BOUNDARY = re.compile(rf"(?P<end>[.!?…]+[\"'”»’)]*)(?=\s+[\"'“«‘(]*[{_UPPER}0-9])|\n")
_LAST_WORD = re.compile(r"\w+$")
_ABBREVIATIONS = frozenset(["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "jr", "no", "vs",
                            "ул", "им", "г", "гг", "ж", "обл", "проф"])  # fmt: skip


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text`, whitespace trimmed. Lines never join.

    A sentence ends at . ! ? or … before a capital letter or a digit, not after an
    initial or an abbreviation ("U.S.", "г. Алматы", "Mr. Tokayev").
    """
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group("end"):
            word = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
            if word and (len(word.group()) == 1 and word.group().isalpha() or word.group().lower() in _ABBREVIATIONS):
                continue
            end = m.end("end")
        else:
            end = m.start()
        yield from _trimmed(text, start, end)
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
