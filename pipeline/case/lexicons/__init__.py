"""The figures stage's vocabularies, as data: one TOML file per language, beside this module.

A linguist adds a phrasing by editing `ru.toml`, not the engine. Each file says, for its
language, which words name a metric, whom a figure counts, the qualifiers before and after
a number, how numbers are written in words, and the small words that link a number to its
metric. Patterns are case-insensitive regular expressions matched as whole words, without
capturing groups; `\\w*` takes inflected endings. `FigureVocabulary` is the typed shape
every file is checked against when it is loaded: an unknown key, metric, subject or
qualifier, or a pattern that does not compile, is a `VocabularyError` naming the file and
the entry.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from pipeline.case import without_yo
from pipeline.errors import NewsmonError
from pipeline.models import Metric, Qualifier

__all__ = [
    "FigureVocabulary",
    "Subject",
    "TopicCues",
    "VocabularyError",
    "figure_languages",
    "figure_vocabulary",
    "person_word_list",
]

_HERE = Path(__file__).parent

# whom a figure counts; "people" is people in general (a claim's subject None)
Subject = Literal["security_forces", "protesters", "civilians", "foreigners", "children", "people"]
NumberKind = Literal["unit", "scale", "big"]


class VocabularyError(NewsmonError, ValueError):
    """A vocabulary file that cannot be read or does not fit its shape."""


def _compiles(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from None
        if re.compile(pattern).groups:
            raise ValueError(f"pattern {pattern!r} has a capturing group; use (?:...)")
    return patterns


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Qualifiers(_Strict):
    before: dict[Qualifier, list[str]] = {}  # "more than 200", "около 200"
    after: dict[Qualifier, list[str]] = {}  # "200 or more", "200-ден астам"
    # a change's verb right after the count (or its "up to"), which makes "up to" the figure
    # the change reached: "До 28 выросло", "28-ге дейін өсті"
    reached_after: str = ""

    @field_validator("before", "after")
    @classmethod
    def _patterns(cls, table: dict[str, list[str]]) -> dict[str, list[str]]:
        for patterns in table.values():
            _compiles(patterns)
        return table

    @field_validator("reached_after")
    @classmethod
    def _pattern(cls, pattern: str) -> str:
        _compiles([pattern] if pattern else [])
        return pattern


class Numbers(_Strict):
    # (pattern, kind, value): a unit adds ("twenty" "six"), a scale multiplies what is before
    # it ("two hundred"), a big one closes a group ("two thousand three hundred")
    words: list[tuple[str, NumberKind, int]] = []
    # Russian: numeral lemmas whose every case form pymorphy3 generates ("двенадцать" ->
    # "двенадцати", "двенадцатью"); the same (lemma, kind, value) shape as `words`
    lemmas: list[tuple[str, NumberKind, int]] = []
    # an ending any number word or figure may carry: Kazakh "бесеуі", "4 500-ге", "мыңнан"
    word_suffix: str = ""
    digit_suffix: str = ""
    vague: list[str] = []  # "dozens", "десятки": a count without a value
    same: list[str] = []  # "the same number": the value of the figure before
    multipliers: dict[Literal["thousand", "million"], list[str]] = {}

    @model_validator(mode="after")
    def _patterns(self) -> Numbers:
        _compiles([p for p, _, _ in self.words] + self.vague + self.same)
        _compiles([p for ps in self.multipliers.values() for p in ps])
        _compiles([
            self.word_suffix, self.digit_suffix, self.nominal_suffix, self.nominal_words, self.not_numbers, self.half_after,
            self.joiner, self.ordinal_after, self.digit_ordinal, self.months,
        ])  # fmt: skip
        return self
    # a vague word that is a number after a qualifier: Russian "более тысячи" (genitive
    # singular: more than a thousand) against "тысячи людей" (thousands of people)
    after_qualifier: dict[str, int] = {}
    # a number that is itself the noun, whom its suffix or form says: Kazakh "142-сі" (142 of
    # them), "екеуі" (the two of them); it needs no counted noun after it
    nominal_suffix: str = "(?!)"  # on figures, after the digits
    nominal_words: str = "(?!)"  # at the end of a number in words
    not_numbers: str = "(?!)"  # words that read as numbers and are not: Kazakh "бірден" (at once)
    # the months' names where the language spells them otherwise than English, Russian and
    # Kazakh, which every vocabulary reads: a number right before one is a day of it ("6
    # stycznia", "6 yanvar kuni"), never a count
    months: str = "(?!)"
    # what joins number words besides a space or a hyphen: English "and" after a hundred
    # ("six hundred and seventeen")
    joiner: str = "(?!)"
    # a half between a number and its thousand: "2 с половиной тысячи", "two and a half
    # thousand", "екі жарым мың" (2,500)
    half_after: str = "(?!)"
    # an ordinal a number in words opens, which makes the whole one ordinal, a year, a day or
    # an article: Kazakh "екі мың тоғызыншы жылғы" (of the year 2009), "жиырма екінші ақпан"
    # (22 February), Russian "двадцать первого января"
    ordinal_after: str = "(?!)"
    # an ending that makes digits an ordinal, which counts nothing: Kazakh "5-ші сынып" (fifth grade)
    digit_ordinal: str = "(?!)"


class Linking(_Strict):
    filler: list[str] = []  # words that may stand between a metric and the number after it
    stop: list[str] = []  # words that end the phrase after a number
    of: list[str] = []  # "dozens of people"
    count_before: str = "(?!)"  # "the number of" before a metric word
    count_after: str = "(?!)"  # Kazakh "саны" after it
    part_before: str = "(?!)"  # "including", "из них", "оның"
    next_before: str = "(?!)"  # "and", a comma, a dash: the next item of a list
    continues_after: str = "(?!)"  # "25 of them"
    anaphora: str = "(?!)"  # "their number": the metric of the sentence before
    # "stands at", "составило", "жетті": what joins a metric noun phrase to its figure
    predicate_before: str = "(?!)"
    # a verb before a metric noun that sets its value, and the word that then gives it: "raised
    # the death toll from the unrest to 238", "повысили число погибших в Алматы до 103"
    set_before: str = "(?!)"
    set_to: str = "(?!)"
    # most of a figure, said of a metric noun after it: "most of the deaths (103 people)"
    most_of: str = "(?!)"
    # metric words that are nouns ("death toll", "погибших"), which a predicate may follow
    metric_nouns: str = "(?!)"
    # metric nouns that name the events counted, not people: right after a number they are
    # what it counts, whatever verb follows ("six deaths in custody", "8,000 detentions")
    event_nouns: str = "(?!)"
    # a month word before a number that makes it a day: English "January 8", Kazakh
    # "қаңтардың 5-і"; Russian writes "8 января", and "в январе 103 человека" is a count
    date_month_before: str = "(?!)"
    one_of: str = "(?!)"  # after "one": it picks one of several ("one of the villages")
    # before a number, the whole a part is then picked from: "of 150 people, 20 died"
    whole_before: str = "(?!)"
    # what joins a part to whom it counts: "of which 19 were law enforcement officers",
    # "оның 21-і – полицейлер"
    copula: str = "(?!)"
    # a verb of its own after a listed number: "21 persons were released on bail" is no
    # further item of the detentions before it
    own_predicate: str = "(?!)"
    # the auxiliary of a passive, which may stand between a participle noun and the verb
    # that says what befell them: "54 пострадавших были госпитализированы"
    auxiliary: str = "(?!)"
    conjunction: str = "(?!)"  # "149 civilians and 11 law enforcers died": both died
    # words that open an aside a count links across to its verb, besides English, Russian and
    # Kazakh ones ("including", "в том числе"): "5 800 personnes, dont 2 000 étrangers, ont
    # été interpellées"
    aside_opening: str = "(?!)"
    # words that may stand between a part's marker and its number: Kazakh genitives, "оның
    # ішінде құқық қорғау органдарының 3393 қызметкері"
    modifier_before: str = "(?!)"
    # a metric phrase before a number that only describes whom it counts, the verb after the
    # number saying what: Kazakh "Зардап шеккен 7 адам жансақтау бөлімінде жатыр"
    attributive: str = "(?!)"
    # metric words that, right after whom they count, are participles that only describe them
    # when another metric follows: English "six people detained in January died" (killed)
    participle: str = "(?!)"
    # a metric word that is a finite verb ending its clause, where the verb ends it: Korean
    # "32명이 사망하고 14명이 실종돼" (32 died, 14 missing) closes the count before it and
    # opens none after, while a label before its count ("사망 225명 부상 4,353명") does not
    finite_verb: str = "(?!)"
    # words between whom a number counts and such a participle after them that open a clause
    # on others, whom the bare participle describes: "15 people calling for justice for loved
    # ones killed" counts no dead
    clause_opening: str = "(?!)"
    # a pronoun after a comma or a dash that takes up whom a number just counted, its clause's
    # verb saying what befell them: "тринадцать человек – все они погибли", "13 people on
    # board, all of them died"
    back_reference: str = "(?!)"
    # where those a number counts were, which says who they are as a noun does: "All 20 people
    # on board a domestic flight in Kazakhstan operated by the SCAT airline died"
    aboard: str = "(?!)"
    # a number that is its own noun and names one, with what makes it one more counted rather
    # than one of something: Kazakh "тағы біреуі қайтыс болған" (the people's collective form;
    # not "тағы бірі ұшағы", one more plane)
    one_more: str = "(?!)"
    # a word after a metric that denies it: Kazakh "денесі табылған жоқ" (has not been found),
    # "қаза тапқан жоқ" (no one died)
    negated_after: str = "(?!)"
    # words after a number that say it counts something else of those people: "676 адам
    # қамаудан босатылған" (released), "21 persons were released on bail"
    other_count_after: str = "(?!)"
    # a verb before a number whose metric noun only names whom it counts, saying what else
    # befell them: "released 1,500 detainees", "выписали 48 пострадавших" (discharged)
    other_count_before: str = "(?!)"
    # by how much a count changed, no count itself: before the number ("выросло на три
    # человека", "increased by 133") or after it (Kazakh "13-ке көбейді", grew by 13); the
    # second number of a change from one to the other ("5-тен 13-ке көбейді") is no difference
    difference_before: str = "(?!)"
    difference_after: str = "(?!)"
    reference_before: str = "(?!)"  # "статьей 4", "article 5": a number that names, not counts
    # a number and what it names after it, matched from the number's start: "345-бабы" (article 345)
    reference_after: str = "(?!)"
    age_before: str = "(?!)"  # "who was 34 when he was killed": a number that is an age
    # ages told after whom they belong to with no bracket, dash or comma round them: "three
    # children aged 5, 8 and 12 died" (the numbers included)
    age_aside: str = "(?!)"
    # the words an aside of ages may hold beside its numbers and names: "(6 и 14 лет)",
    # "- 30 and 35 years old -", ", 1971 и 1978 годов рождения,"
    age_words: list[str] = []
    # words of when or how that may stand between a count no noun follows and its verb: "Two
    # later died" (Russian's adverbs pymorphy3 knows: "Двое впоследствии скончались")
    adverbs: list[str] = []
    # words that count people and stand between a number and whom it counts: "19名警察"
    counters: list[str] = []
    # words before the number word for one that make it a pronoun: "no one", "the second one"
    pronoun_one_before: str = "(?!)"
    # when or how, which may stand between a metric and the dash before its number:
    # "Среди пострадавших во время протестов – 137 полицейских"
    adjunct: str = "(?!)"
    # a preposition that opens a day of a month ("on 6 January", "с 5 января"): the date
    # and it may stand between a verb and its count, as an adjunct does ("Police detained
    # on 6 January 2,000 people")
    date_opening: str = "(?!)"
    # prepositions that open a phrase of where, how or at whose hands, which may stand between
    # a verb and its count: "погибли от рук преступников 16 человек", "умерло в
    # медорганизациях 177 пациентов" (a phrase of up to three words, none of them a verb)
    adjunct_preposition: str = "(?!)"
    # whose children a number counts, not the dead or hurt: a parent before it ("a mother of
    # two died", "мать троих детей") or, where the possessor comes first, after its noun in
    # the genitive ("екі баланың анасы мерт болды")
    kin_before: str = "(?!)"
    kin_after: str = "(?!)"
    # metric phrases of a place or state that yield to a metric verb after them: Kazakh
    # "екі адам жансақтау бөлімінде көз жұмды" (two died in intensive care) counts the dead
    adverbial: str = "(?!)"
    # a hospital metric that tells the state of the hurt, not where they are: "14 injured
    # are in serious condition" still counts the injured
    condition: str = "(?!)"
    # a count whose state a sentence gives is how they are, no figure of its own: "Состояние
    # шестерых пострадавших тяжёлое" (the state word before it), Kazakh "үшеуінің жағдайы
    # ауыр" (after it and its genitive)
    state_before: str = "(?!)"
    state_after: str = "(?!)"
    # the word right after a number that shows it counts places or times, not people:
    # Kazakh locatives, "Үш облыста" (in three regions)
    counts_elsewhere: str = "(?!)"
    # the ending of a metric noun that names the whole a count after it is picked from, whose
    # verb then says what befell the part: the Turkic ablative, "Зардап шеккендерден 3 адам
    # ауруханаға жатқызылды" (of the hurt, 3 were taken to hospital)
    whole_ending: str = "(?!)"
    # a word after a plural naming people that shows their noun phrase ended there (English:
    # an adverb, a participle, a preposition): "detained 12 activists just days before",
    # "three passengers travelling in the bus were killed"
    after_plural_people: str = "(?!)"
    # a case ending on the people a number counts that makes them another verb's object, not
    # those the metric befell: Kazakh comitative, "ауруханаға түскен екі тұрғынмен
    # тілдескен" (talked with two residents who were taken to hospital)
    oblique: str = "(?!)"
    # prepositions that open a place's phrase ("in", "в"): a place after a number is as near
    # as one before it without them ("103 in Almaty, 21 in Kyzylorda region": 21's is Kyzylorda)
    place_prepositions: list[str] = []
    # words that may stand between a number and the people it counts ("27 қарулы
    # қылмыскер", "twenty-six armed criminals"); more, and the number counts something else
    words_before_noun: int = 3
    # a word before a comma that goes on to the verb after it: Kazakh converbs ("497 адам
    # анықталып, ішкі істер органдарына жеткізілді")
    chained: str = "(?!)"
    # "с 164 до 227", "from 13 to 18", "164-тен 227-ге дейін": the first is the old value
    change: str = "(?!)"
    # by how many per cent a count changed, which may stand between a counting phrase and its
    # new value: "increased by 12% to 175", "выросла на 62,8%, до 26,1 тыс.", "19,1% - ға"
    by_percent: str = "(?!)"
    # a count the sentence calls replaced: the numbers after it are old values ("The previous
    # official death toll was 164", "up from a previous figure of 40")
    superseded: str = "(?!)"
    # words of someone stating a figure ("said", "сообщил", "айтты", "according to", "as of"):
    # a date in such a sentence may be the day it was said, not that of what it counts. None:
    # the language's dates are not read against the case's days
    reported: str | None = None
    # what follows a date that names the event the figures happened in, said by whomever:
    # Kazakh "22 ақпан күні ... болған митингілер барысында" (during the rallies of 22 February)
    dated_event: str = "(?!)"
    # a clause of another subject between a number and a metric after it, whose verb is its
    # own: "carrying 93 passengers, and the ministry said the captain was among those killed"
    another_clause: str = "(?!)"

    @field_validator(
        "count_before", "count_after", "part_before", "next_before", "continues_after", "anaphora",
        "predicate_before", "set_before", "set_to", "most_of", "change", "by_percent", "superseded", "metric_nouns", "event_nouns", "date_month_before",
        "one_of", "whole_before", "copula", "own_predicate", "auxiliary", "conjunction", "modifier_before", "attributive", "participle", "finite_verb",
        "clause_opening", "back_reference", "aboard", "one_more", "negated_after", "other_count_after", "other_count_before", "difference_before", "difference_after", "aside_opening", "reference_before", "reference_after", "age_before", "age_aside", "pronoun_one_before", "adverbial", "condition", "state_before", "state_after", "adjunct",
        "date_opening", "adjunct_preposition", "kin_before", "kin_after",
        "counts_elsewhere", "whole_ending", "after_plural_people", "chained", "dated_event", "oblique", "another_clause",
    )
    @classmethod
    def _pattern(cls, pattern: str) -> str:
        _compiles([pattern.replace("{NUMBER}", "0")])
        return pattern

    @field_validator("age_words")
    @classmethod
    def _patterns(cls, patterns: list[str]) -> list[str]:
        return _compiles(patterns)

    @field_validator("reported")
    @classmethod
    def _optional_pattern(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            _compiles([pattern])
        return pattern


class PersonNouns(_Strict):
    """Nouns that name people beyond `subjects`: a number right before one counts people,
    though the vocabulary cannot say which ("Police detained 20 activists", "15 студент
    ұсталды"). Russian needs none: pymorphy3 knows which of its nouns are animate."""

    # a file beside the vocabulary, one noun per line in its dictionary form ("#" comments)
    word_list: str | None = None
    # (ending, replacement): how a listed form's other forms end ("activists" -> "activist")
    forms: list[tuple[str, str]] = []
    patterns: list[str] = []  # whole words: endings that make a noun a person's ("жұмысшы")

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, patterns: list[str]) -> list[str]:
        return _compiles(patterns)


class TopicCues(_Strict):
    """The topics stage's cues in one language: whether a story is about the unrest. Each is
    a list of patterns; the engine adds the case's places, leaders and event names in the
    text's script. English's cues read every Latin text and Russian's and Kazakh's every
    Cyrillic one, besides a language's own (Kyrgyz, Turkish, Arabic, ...)."""

    places: list[str] = []  # the country, its people and names the case's tables lack
    event_name: list[str] = []  # the events' own names: "yanvar voqealari", "أحداث يناير"
    home: list[str] = []  # "the country", standing in for the place in a story that names it
    protests: list[str] = []
    csto_troops: list[str] = []
    state_of_emergency: list[str] = []
    evacuation: list[str] = []  # foreigners flown out by their own state
    mourning: list[str] = []  # a day of national mourning declared (condolences are for any disaster)
    fuel_prices: list[str] = []
    tension: list[str] = []  # "the situation remains tense"
    situation: list[str] = []  # "the situation in Kazakhstan", what a story at the case's height is on
    militants: list[str] = []  # the officials' words for the rioters: "terrorists", "bandits"
    blackout: list[str] = []  # the internet cut off
    trials: list[str] = []  # a court's words: they count beside the name of one prosecuted over the events
    # what the events brought down for good: the first president's own law annulled, his family's
    # assets handed back to the state
    purge: list[str] = []
    # the names of those prosecuted, in a script the case file does not write: "马西莫夫", "ماسيموف"
    defendants: list[str] = []
    disasters: list[str] = []  # floods, earthquakes, mine blasts: their emergencies and mourning are their own
    drills: list[str] = []  # military exercises: the CSTO's troops in them are no mission (after the case's height)
    abroad_cause: list[str] = []  # what makes a place abroad after a protest its cause: "in support of"
    detentions: list[str] = []
    casualties: list[str] = []
    years: str = "(?!)"  # a year a sentence names: "2011 yılında"

    @field_validator("years")
    @classmethod
    def _year_pattern(cls, pattern: str) -> str:
        _compiles([pattern])
        return pattern

    @field_validator(
        "places", "event_name", "home", "protests", "csto_troops", "state_of_emergency", "evacuation", "mourning",
        "fuel_prices", "tension", "situation", "militants", "blackout", "trials", "purge", "disasters", "drills", "abroad_cause",
        "detentions",
        "casualties",
    )
    @classmethod
    def _patterns(cls, patterns: list[str]) -> list[str]:
        return _compiles(patterns)


class FigureVocabulary(_Strict):
    """What the figures stage knows of one language (see the module docstring), and its
    `topics` cues."""

    language: str
    metrics: dict[Metric, list[str]]
    # other disasters a sentence may count the dead and hurt of: an explosion, a crash, a
    # poisoning, ice; such a sentence's figures are not the unrest's (fires are left out:
    # the riots set buildings on fire)
    other_events: list[str] = []
    # words that say a figure was corrected ("revised", "уточнили"): a lower figure an
    # official source states with one of them revises the series (see pipeline.stages.alerts)
    revisions: list[str] = []
    # metric words that count only when the sentence also matches `context`: "sent 100
    # soldiers" is a troops figure only in a sentence on the peacekeeping mission
    contextual_metrics: dict[Metric, list[str]] = {}
    context: dict[Metric, list[str]] = {}
    subjects: dict[Subject, list[str]]
    person_nouns: PersonNouns = PersonNouns()
    qualifiers: Qualifiers = Qualifiers()
    numbers: Numbers = Numbers()
    linking: Linking = Linking()
    script: Literal["Latn", "Cyrl", "Arab", "Geor", "Armn", "Grek", "Hebr", "Deva", "Beng", "Taml", "Thai", "Hani", "Jpan", "Hang"] = "Latn"  # how the language is written (its main script)
    # how the language sets its words apart: by spaces; by spaces, but a number glued to its
    # counter (Korean "164명이"); or not at all (Chinese, Japanese). Figures read the other two
    # with a space put around each number and, without spaces, each of the vocabulary's words
    spacing: Literal["spaces", "glued_numbers", "none"] = "spaces"
    # German capitalises every noun: a capitalised word before a number is no name there
    capitalized_nouns: bool = False
    # the verb ends the sentence (Kazakh): a noun phrase ends on its noun, and a count's own
    # words may stand after a conjunction ("3 жолаушы және Lada Granta автокөлігіндегі 2 жолаушы")
    verb_final: bool = False
    topics: TopicCues | None = None

    @field_validator("other_events", "revisions")
    @classmethod
    def _event_patterns(cls, patterns: list[str]) -> list[str]:
        return _compiles(patterns)

    @field_validator("metrics", "subjects", "contextual_metrics", "context")
    @classmethod
    def _patterns(cls, table: dict[str, list[str]]) -> dict[str, list[str]]:
        for patterns in table.values():
            _compiles(patterns)
        return table

    @model_validator(mode="after")
    def _context_for_each_contextual_metric(self) -> FigureVocabulary:
        missing = set(self.contextual_metrics) - set(self.context)
        if missing:
            raise ValueError(f"contextual_metrics {sorted(missing)} have no context patterns")
        return self


@cache
def figure_languages() -> tuple[str, ...]:
    """The languages that have a vocabulary file, as ISO 639-1 codes."""
    return tuple(sorted(p.stem for p in _HERE.glob("*.toml")))


@cache
def figure_vocabulary(language: str) -> FigureVocabulary:
    """The vocabulary of `language` (ISO 639-1), read and checked once per process."""
    path = _HERE / f"{language}.toml"
    try:
        data = tomllib.loads(without_yo(path.read_text(encoding="utf-8")))  # as the text is read
        vocabulary = FigureVocabulary.model_validate(data)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise VocabularyError(f"{path}: {exc}") from None
    except ValidationError as exc:
        raise VocabularyError(f"{path}: {exc}") from None
    if vocabulary.language != language:
        raise VocabularyError(f"{path}: says language {vocabulary.language!r}")
    return vocabulary


@cache
def person_word_list(language: str) -> frozenset[str]:
    """The nouns of `language`'s `person_nouns.word_list` file, lower-cased; empty without one."""
    name = figure_vocabulary(language).person_nouns.word_list
    if name is None:
        return frozenset()
    path = _HERE / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise VocabularyError(f"{path}: {exc}") from None
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))
