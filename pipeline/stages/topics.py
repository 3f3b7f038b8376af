"""Topics stage: is a story about the January 2022 unrest in Kazakhstan, and why.

Cues in each language's vocabulary file (`[topics]` in pipeline/case/lexicons/<code>.toml),
as stems and regexes since Russian and Kazakh inflect (Казахстан, Казахстана, Казахстане;
наразылық, наразылыққа):

    place     where and who: Kazakhstan, its regions, cities and leaders (Almaty,
              Zhanaozen, Tokayev, ...; shared with figures: the case, `pipeline/case/`), and
              the names of the events themselves ("январские события", "Қаңтар оқиғасы",
              "Qandy Qantar"), which say both where and what; who was prosecuted over the
              events (Massimov, Bektanov); and what a vocabulary adds ("аким области": only
              Kazakhstan's regions have akims)
    unrest    what happened, one topic tag each: protests and riots, CSTO troops (foreign
              troops sent in or going home), the state of emergency, foreigners flown
              out, national mourning, the fuel-price trigger, a tense situation, the
              internet cut off, the officials' words for the rioters ("terrorists",
              "bandits"); and a court's words ("sentenced", "приговор"), which count
              only beside the name of one prosecuted over the events: a year on, the
              verdict is the news
    incident  what it cost, one topic tag each: detentions, casualties. Every crime or
              disaster report has these, so they add to unrest evidence, never replace it.

Evidence is counted per sentence, and only in sentences that also name a place or actor
("riots in Almaty"), or say "the country" in a story whose title or lede names one (a
title that names none is about the place its lede opens on), or stand in a story written in
the country's own language (the case's `languages`: Kazakh) that names no place abroad there:
protests abroad in a story that mentions Kazakhstan elsewhere do not count, nor does
unrest a place abroad stands beside ("Kyrgyz protesters", "беспорядки в
Каракалпакстане"; not across a comma) or follows as its cause ("протест с флагами Украины",
a vocabulary's `abroad_cause`). The title counts as a sentence of double weight.
Each kind adds its weight per sentence, up to twice its weight, so no story wins on a
single kind repeated:

    score = 0 without unrest evidence, else  sum(unrest kinds) + sum(incident kinds)

Weights: the events' own names 2.0 ("Қаңтар оқиғасы", "январские события", "Bloody
January"), trials 2.0 ("Massimov sentenced"), protests 1.5, CSTO troops 1.5, state of
emergency 1.0 (1.5 in the case's first weeks), evacuation 1.5, mourning 0.75,
militants 0.75, "the situation in Kazakhstan" 1.5 (counted only then), fuel prices 0.5 (0.75
then), tension 0.5, internet blackout 0.75, detentions 0.5, casualties 0.5. So at
the default threshold of 2.0 a headline on the unrest is enough, and so is one sentence like
"police in Almaty detained 200 protesters" (1.5 + 0.5) or one naming the events, while a
passing "unrest in western Kazakhstan" in a story on oil output (1.5) is not. A day of
mourning is declared for a mine's dead too: a headline declaring one (1.5) is the case's
only in its first weeks. "Terrorists" are the case's only then too, and after them any cell
the security services break up, so they count only in a story dated within those weeks, as
does "the situation in Kazakhstan" (and the government's resignation, the Security Council
taken over, solidarity with Kazakhstan, banks and airports shut, a new prime minister),
which then meant the unrest, as protests do, and later means anything; the gas price weighs
more then.

A story about the pandemic says "state of emergency" and counts deaths for other
reasons, so with pandemic cues present those two kinds, and "the situation", are not
counted; a flood, an earthquake or a mine's disaster (`disasters`) declares mourning and
evacuates people too, so with their cues none of the five is. `evidence` lists the phrases
that counted, as written, so a reader can see why a story was tagged.

The case has a time frame (`case_start`, NEWSMON_CASE_START): Kazakhstan had unrest before,
with the same words and places (Zhanaozen 2011, the 2019 post-election protests). A story
published before the case began is not about it, whatever it says; its evidence is the one
line saying so. A sentence that names an earlier year and none of the case's ("in December
2011", "в 2019 году", "2011 жылы") is about that year's events, so its cues do not count,
nor do those of the sentence after it that names no year. A story without a publication date
is dated by a day its title or lede names ("On January 5", "заявил 5 января", in the case's
year unless another is written with it), else judged on its text alone. A story published
long after the case began is judged as any other: a monitor watches live feeds, and new
unrest in the country is what its users want to see. In the case's first weeks (`peak_days`,
NEWSMON_CASE_PEAK_DAYS) a dated story needs half a kind less: one sentence on protests in
Kazakhstan, with nothing of what they cost, is the case then. So does a story with no date
that names no day either, nor only earlier years: the press's undated copies are more often
of those weeks than of any other, though the kinds counted only then are not counted in it.
And a story that names no unrest but counts hundreds killed, hurt or held at once in the
country, as the figures stage reads it ("Over 4,400 People Arrested In Kazakhstan"), is the
case then too (not the pandemic's or a flood's counts).

What the rules leave out, the relevance model may take in (`score_topics`'s
`model_threshold`, NEWSMON_RELEVANCE_MODEL_THRESHOLD): a logistic regression over the
character n-grams of the title and opening, trained on the labelled stories of tests/gold
(`relevance_model`), reads the stories that name the crisis only by what followed it ("a
social upheaval" hitting bitcoin miners, Almaty's new akim). It never reads a story the rules
call relevant, one published before the case's start, nor one too short for it, and its
verdict shows as the topic MODEL_TOPIC with its probability as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Literal, NamedTuple

from pipeline.case import Terms, active_case
from pipeline.case.text import MONTH_NAMES, PANDEMIC, as_read, month_number, sentence_spans, whole_words
from pipeline.case.lexicons import figure_languages, figure_vocabulary
from pipeline.models import publication_day
from pipeline.stages.figures import extract_claims
from pipeline.stages.relevance_model import RelevanceModel, load_model
from pipeline.stages.transliteration import to_cyrillic

TOPIC = "kazakhstan_unrest"
MODEL_TOPIC = "by_model"  # the relevance model's verdict, where the rules found too little
TITLE_WEIGHT = 2.0  # the title counts as this many sentences
KIND_CAP = 2.0  # a kind adds at most this many times its weight
LEDE_CHARS = 400  # datelines and first sentences name the place a story is about
PEAK_DISCOUNT = 0.5  # one incident's weight: what a story at the case's height may lack
# At the case's height, a story that counts this many killed, hurt, hospitalized or held at
# once in the country is the case though it names no unrest, and weighs as protests do.
MASS_COUNT = 100
MASS_WEIGHT = 1.5
_MASS_METRICS = frozenset({"killed", "injured", "hospitalized", "detained"})


@dataclass(frozen=True, slots=True)
class TopicResult:
    relevant: bool
    score: float
    topics: list[str]  # TOPIC, then the kinds seen; empty when not relevant
    evidence: list[str]  # phrases that counted, title first; or why the story is out of the case's time


@dataclass(frozen=True, slots=True)
class _Cues:
    """One kind of cue, as a pattern per script, and the patterns each was made of (so that
    cues join into one search: `_either`)."""

    latin: re.Pattern[str]
    cyrillic: re.Pattern[str]
    words: tuple[tuple[str, ...], tuple[str, ...]]  # the latin and the cyrillic patterns

    def phrases(self, sentence: str, scripts: tuple[str, ...]) -> list[str]:
        return [m.group() for script in scripts for m in getattr(self, script).finditer(sentence)]

    def appear_in(self, text: str, scripts: tuple[str, ...]) -> bool:
        return any(getattr(self, script).search(text) for script in scripts)

    def last_end(self, text: str, scripts: tuple[str, ...]) -> int:
        """Where the last cue in `text` ends; -1 if none is there."""
        return max((m.end() for script in scripts for m in getattr(self, script).finditer(text)), default=-1)


@dataclass(frozen=True, slots=True)
class _Kind:
    tag: str
    role: Literal["unrest", "incident"]
    weight: float
    cues: _Cues
    # Which place abroad says the kind happened abroad: one "beside" it ("беспорядки в
    # Каракалпакстане"); for foreigners flown out, one "after" it says where from ("evacuated
    # from Ukraine") while one before says whose ("Russia evacuated"); the CSTO's troops
    # came from abroad by definition, so "never" ("контингент из России").
    abroad: Literal["beside", "after", "never"] = "beside"
    # Names the kind counts beside instead of any place: a court's words are the case's only
    # beside the name of one prosecuted over the events ("Massimov sentenced").
    anchor: _Cues | None = None
    # Counted only in a story dated within the case's first weeks (`peak_days`): what is the
    # case then is routine news after it.
    peak_only: bool = False
    # What it weighs in those weeks, if more: the internet cut off, the gas price, were the
    # case's then
    peak_weight: float | None = None
    # The vocabulary's cues it reads, where not its own tag's: the dead a leader speaks of
    # are "casualties", a defendant's arrest "detentions"
    reads: str | None = None

    @property
    def vocabulary(self) -> str:
        return self.reads or self.tag


def _cues(latin: Sequence[str], cyrillic: Sequence[str]) -> _Cues:
    # An (?-i:...) group keeps an abbreviation (ЧП, ТЖ) from matching an ordinary word
    # written in another case.
    return _Cues(whole_words(latin), whole_words(cyrillic), (tuple(latin), tuple(cyrillic)))


# The built-in cues: English's read every Latin text, Russian's and Kazakh's every Cyrillic
# one (the two borrow each other's words), each language's from its vocabulary file
# (`[topics]` in pipeline/case/lexicons/<code>.toml).
_BUILT_IN = {"latin": ("en",), "cyrillic": ("ru", "kk")}


def _built_in_patterns(name: str, script: str) -> list[str]:
    found: list[str] = []
    for code in _BUILT_IN[script]:
        cues = figure_vocabulary(code).topics
        value = getattr(cues, name) if cues else []
        found += [value] if isinstance(value, str) else value
    return found


def _built_in(name: str, *case_terms: Terms) -> _Cues:
    """The built-in languages' `name` cues, and the case's `case_terms` in each script."""
    return _cues(
        latin=[*(p for terms in case_terms for p in terms.latin), *_built_in_patterns(name, "latin")],
        cyrillic=[*(p for terms in case_terms for p in terms.cyrillic), *_built_in_patterns(name, "cyrillic")],
    )


def _either(*cues: _Cues) -> _Cues:
    """Cues that find what any of `cues` finds, in one search."""
    return _cues(*([p for c in cues for p in c.words[i]] for i in (0, 1)))


# The country, its regions, cities, leaders and the events' names: what anchors a sentence
# to the case; and the names a vocabulary adds, such as its officials' titles ("акимат").
_CASE = active_case()
_EVENT_NAMES = _built_in("event_name", _CASE.event_names)


def _any_of(named: Mapping[str, Terms]) -> _Cues:
    """The names of any of `named` (none: a case may name nobody, and "(?!)" finds nothing)."""
    return _cues(*(
        [p for terms in named.values() for p in getattr(terms, script)] or ["(?!)"] for script in ("latin", "cyrillic")
    ))  # fmt: skip


# who was prosecuted over the events
_DEFENDANTS = _any_of(_CASE.defendants)
# who leads, or led: the dead a leader speaks of at the case's height are the case's
_LEADERS = _any_of(_CASE.leaders)
_PLACE = _either(
    _built_in("places", _CASE.country, *_CASE.places.values(), *_CASE.leaders.values(), *_CASE.defendants.values()),
    _EVENT_NAMES,
)

# "The country" and its kin, which stand in for the place in a story whose title or lede
# names it (domestic news: "В стране введен режим ЧП", "Елде төтенше жағдай").
_HOME = _built_in("home")

# What makes a story the unrest's, by kind: its role and weight are the engine's, its words
# the vocabularies'.
_KINDS = (
    # The events' own names say what and where at once: one is enough.
    _Kind("event_name", "unrest", 2.0, _EVENT_NAMES),
    # So does the trial of one prosecuted over them: a year on, the verdict is the news.
    _Kind("trials", "unrest", 2.0, _built_in("trials"), anchor=_DEFENDANTS),
    # and so is the arrest of one: "Massimov wurde am 5. Januar 2022 festgenommen"
    _Kind("defendant_held", "unrest", 2.0, _built_in("detentions"), anchor=_DEFENDANTS, reads="detentions"),
    # and so does what they brought down for good: Nazarbayev's law, his family's assets
    _Kind("purge", "unrest", 2.0, _built_in("purge")),
    _Kind("protests", "unrest", 1.5, _built_in("protests")),
    _Kind("csto_troops", "unrest", 1.5, _built_in("csto_troops"), abroad="never"),
    # at the case's height a state of emergency in Kazakhstan was the case's
    _Kind("state_of_emergency", "unrest", 1.0, _built_in("state_of_emergency"), peak_weight=1.5),
    _Kind("evacuation", "unrest", 1.5, _built_in("evacuation"), abroad="after"),
    # Mourning is declared for a mine's or a plane's dead too: on its own it is the case's
    # only at the case's height, where one sentence declaring it is enough.
    _Kind("mourning", "unrest", 0.75, _built_in("mourning"), peak_weight=1.5),
    _Kind("fuel_prices", "unrest", 0.5, _built_in("fuel_prices"), peak_weight=0.75),
    # "the situation in Almaty remains tense": with a count of detainees, the case at its height
    _Kind("tension", "unrest", 0.5, _built_in("tension")),
    # "Кыргыз бийлиги Казакстандагы кырдаалга комментарий берди": in the case's first weeks,
    # "the situation in Kazakhstan" was the unrest, and so were the government's resignation,
    # the Security Council taken over, solidarity with Kazakhstan, banks and airports shut, a
    # new prime minister; one sentence saying so in a story of those weeks is enough, as one on
    # protests is
    _Kind("situation", "unrest", 1.5, _built_in("situation"), peak_only=True),
    # "terrorists", "bandits": what the officials called the rioters, at the case's height;
    # after it, what the security services call any cell they break up
    _Kind("militants", "unrest", 0.75, _built_in("militants"), peak_only=True),
    # the dead and hurt a leader speaks of at the case's height: "Токаев: өлгөндөрдүн арасында
    # күч органдарынын өкүлдөрү бар", condolences sent to Tokayev for the dead
    _Kind("toll_told_by_leader", "unrest", 1.5, _built_in("casualties"), anchor=_LEADERS, peak_only=True, reads="casualties"),
    # the internet cut off: in a crisis, or for a fault; on its own, only in a story without a
    # date whose headline and lede both tell it (Kazakhstan's nationwide cut was the case's)
    _Kind("blackout", "unrest", 0.75, _built_in("blackout")),
    _Kind("detentions", "incident", 0.5, _built_in("detentions")),
    _Kind("casualties", "incident", 0.5, _built_in("casualties")),
)

_PANDEMIC = _cues(PANDEMIC.latin, PANDEMIC.cyrillic)
_DISASTERS = _built_in("disasters")
_ABROAD = _cues(_CASE.abroad.latin, _CASE.abroad.cyrillic)
ABROAD_REACH = 6  # characters between an unrest word and a place abroad that places it there: "in", "в", a space
# or the words that make a place after it the cause's: "протест с флагами Украины", "rally in support of Ukraine"
_ABROAD_CAUSE = _built_in("abroad_cause")
_CLAUSE_END = re.compile(r"[,;:()\[\]—–]")  # what ends a clause: a place beyond it places nothing
# The kinds a story on the pandemic, or on a flood, an earthquake or a mine's disaster, has for itself
_PANDEMIC_BLURS = frozenset({"state_of_emergency", "casualties", "toll_told_by_leader", "situation"})
_DISASTER_BLURS = frozenset({"state_of_emergency", "casualties", "toll_told_by_leader", "mourning", "situation", "evacuation"})
# and a story on military exercises has the CSTO's troops for itself, but at the case's height
_DRILLS = _built_in("drills")
_DRILL_BLURS = frozenset({"csto_troops"})

# A year a sentence names. English writes a count of people with a comma ("1,700"), so a
# bare four-digit number there is a year ("in 2019", "2011's strike"); Russian and Kazakh
# often write "1700 человек", so there a year is one followed by its word ("в 2011 году",
# "2011 жылы"): each vocabulary's `years`.
_YEARS = _built_in("years")

# Russian and Kazakh texts borrow each other's words, so one Cyrillic lexicon serves
# both; a text in any other (or no detected) language is read with every lexicon.
_SCRIPTS: dict[str, tuple[str, ...]] = {"en": ("latin",), "ru": ("cyrillic",), "kk": ("cyrillic",)}
_ALL_SCRIPTS = ("latin", "cyrillic")


class _LanguageCues(NamedTuple):
    places: _Cues
    home: _Cues
    kinds: tuple[_Kind, ...]
    years: _Cues
    disasters: _Cues


@cache
def _other_language(language: str) -> _LanguageCues | None:
    """Places, home, kinds, years and disasters for a language without built-in cues: its own cues
    from its vocabulary file (pipeline/lexicons/<code>.toml, `[topics]`) besides the
    built-in ones, which still read the names and quotes of English, Russian and Kazakh in
    it. None for a language without topic cues of its own."""
    if language in _SCRIPTS or language not in figure_languages():
        return None
    cues = figure_vocabulary(language).topics
    if cues is None:
        return None

    def with_own(built_in: _Cues, patterns: Sequence[str]) -> _Cues:
        return _either(built_in, _cues(patterns, patterns)) if patterns else built_in

    # the figures' metric words are this language's words for what the unrest cost
    metrics = figure_vocabulary(language).metrics
    own = {
        "casualties": [*cues.casualties, *metrics.get("killed", []), *metrics.get("injured", [])],
        "detentions": [*cues.detentions, *metrics.get("detained", [])],
        "csto_troops": [*cues.csto_troops, *metrics.get("troops", [])],
    }
    kinds = tuple(
        replace(
            k,
            cues=with_own(k.cues, own.get(k.vocabulary) or getattr(cues, k.vocabulary, [])),
            anchor=with_own(k.anchor, cues.defendants) if k.anchor is _DEFENDANTS else k.anchor,
        )
        for k in _KINDS
    )
    years = with_own(_YEARS, [cues.years])
    # the events' own names say where as well as what, as the built-in ones do
    places = with_own(_PLACE, [*cues.places, *cues.event_name])
    return _LanguageCues(places, with_own(_HOME, cues.home), kinds, years, with_own(_DISASTERS, cues.disasters))


def score_topics(
    title: str,
    text: str,
    language: str | None,
    *,
    script: str | None = None,
    threshold: float,
    published: str | None = None,
    case_start: str | None = None,
    peak_days: int = 0,
    model_threshold: float | None = None,
    model: RelevanceModel | None = None,
) -> TopicResult:
    """Score how strongly `title` and `text` are about the Kazakhstan unrest.

    `case_start` (an ISO date, YYYY-MM-DD) sets the case's time frame; without it, any
    time is the case's. `published` is the story's ISO 8601 date or datetime, taken as the
    day it names; a story without one, or with one that cannot be read, is judged on its
    text alone. ValueError for a `case_start` that is no ISO date.

    With `model_threshold`, a story the rules leave out, published no earlier than the case
    began, is relevant all the same when the relevance model (`model`, else the case's own if
    it has one) gives it at least that probability: its topics are TOPIC and MODEL_TOPIC,
    its evidence the probability.
    """
    found = _score_by_rules(
        title, text, language, script=script, threshold=threshold, published=published, case_start=case_start, peak_days=peak_days
    )
    if found.relevant or model_threshold is None:
        return found
    start, day = _case_start(case_start), _day(published)
    model = model or load_model()
    if model is None or (start and day and day < start):
        return found
    probability = model.probability(title, text)
    if probability is None or probability < model_threshold:
        return found
    return replace(found, relevant=True, topics=[TOPIC, MODEL_TOPIC], evidence=[*found.evidence, f"relevance model: {probability:.2f}"])


def _score_by_rules(
    title: str,
    text: str,
    language: str | None,
    *,
    script: str | None,
    threshold: float,
    published: str | None,
    case_start: str | None,
    peak_days: int,
) -> TopicResult:
    if language == "kk" and script in ("Latn", "Arab"):  # read as Cyrillic, with one vocabulary
        # (one version read over both: a short title may show no letter that tells it)
        title, text = to_cyrillic(title, script, context=text).text, to_cyrillic(text, script, context=title).text
    else:  # read as the vocabularies are: one alphabet ("пoлiцeйcькi"), "ё" as "е"
        title, text = as_read(title), as_read(text)
    start = _case_start(case_start)
    day = _day(published)
    if start and day and day < start:
        reason = f"published {day.isoformat()}, before the case began on {start.isoformat()}"
        return TopicResult(relevant=False, score=0.0, topics=[], evidence=[reason])
    # a story without a date is dated by a day its title or lede names ("On January 5, amid
    # ongoing protests", "заявил 5 января", "2 қаңтарда басталған")
    named = _named_days(f"{title}\n{text[:LEDE_CHARS]}", start.year) if start and not day else []
    at_peak = bool(start and any(0 <= (d - start).days < peak_days for d in ([day] if day else named)))
    scripts = _SCRIPTS.get(language or "", _ALL_SCRIPTS)
    place_cues, home_cues, all_kinds, year_cues, disasters = _PLACE, _HOME, _KINDS, _YEARS, _DISASTERS
    if other := _other_language(language or ""):  # Kyrgyz, Turkish, Arabic, ...: their own cues too
        place_cues, home_cues, all_kinds, year_cues, disasters = other
    # at the crisis's height, protests in Kazakhstan are the crisis; a story that names no day
    # at all is more likely of those weeks than of any other (its kinds stay as they are),
    # unless the years it names are all earlier ones
    undated = bool(start and not day and not named)
    if at_peak or (undated and not _names_an_earlier_year(f"{title}\n{text}", year_cues, scripts, start.year)):
        threshold -= PEAK_DISCOUNT
    kinds = [k for k in all_kinds if at_peak or not k.peak_only]
    if at_peak:
        kinds = [replace(k, weight=k.peak_weight) if k.peak_weight else k for k in kinds]
    # A story without a word of unrest scores 0 whatever else it says, so most of the news
    # (sport, prices, weather) needs no reading sentence by sentence. (One search for what
    # any kind needs: one per kind would read every story whole once per kind.)
    if threshold > 0 and not _unrest_needs(language or "", at_peak).appear_in(f"{title}\n{text}", scripts):
        return _counted_at_scale(title, text, language, place_cues, disasters, scripts, threshold, start) if at_peak else _not_relevant()
    blurs = [(_PANDEMIC, _PANDEMIC_BLURS), (disasters, _DISASTER_BLURS), *([] if at_peak else [(_DRILLS, _DRILL_BLURS)])]
    blurred = {tag for cues, tags in blurs if cues.appear_in(f"{title}\n{text}", scripts) for tag in tags}
    kinds = [k for k in kinds if k.tag not in blurred]
    totals = dict.fromkeys((k.tag for k in kinds), 0.0)
    evidence: list[str] = []
    anchored = bool(place_cues.phrases(title, scripts) or place_cues.phrases(text[:LEDE_CHARS], scripts))
    # the country's own language places a story that names nowhere else in the country
    at_home = _at_home_by_language(language, f"{title}\n{text[:LEDE_CHARS]}", scripts) or (
        at_peak and _names_no_place(f"{title}\n{text}", place_cues, scripts)
    )
    spans = list(sentence_spans(text))
    sentences = [(TITLE_WEIGHT, title, True), *((1.0, text[a:b], a < LEDE_CHARS) for a, b in spans)]
    # a headline naming no place is about the one its lede opens on ("Bitcoin hashrate collapses
    # due to internet outages" over "... Kazakhstan became quite uneasy")
    opening = text[spans[0][0] : spans[0][1]] if spans else ""
    title_placed = bool(place_cues.phrases(opening, scripts)) and not _ABROAD.appear_in(opening, scripts)
    # without a headline, the lede's opening sentence stands as one: naming no place, it is about
    # the one the sentence after it names ("Kariai šaudo riaušininkus ... . To, kas šią naktį vyko
    # Kazachstane ...")
    second = text[spans[1][0] : spans[1][1]] if len(spans) > 1 and spans[1][0] < LEDE_CHARS else ""
    opening_placed = not title.strip() and bool(place_cues.phrases(second, scripts)) and not _ABROAD.appear_in(second, scripts)
    last, last_placed = "", False  # the sentence before, and whether it named a place of the case
    last_earlier = False  # whether the sentence before named only years before the case's
    for weight, sentence, in_lede in sentences:
        # "the country" stands for the story's place only in a sentence naming no other:
        # "Қарақалпақстан Республикасының ... тәртіпсіздіктер" is not Kazakhstan's
        abroad = _ABROAD.appear_in(sentence, scripts)
        places = place_cues.phrases(sentence, scripts) or (
            home_cues.phrases(sentence, scripts) if anchored and not abroad else []
        )
        # in the lede, a sentence naming no place goes on in the one before it named, or went on
        # in ("The airport in Almaty reopened. It was closed after its seizure by protesters")
        goes_on = not places and not abroad and (
            at_home or (in_lede and (last_placed or (sentence is title and title_placed) or (sentence == opening and opening_placed)))
        )
        with_last = f"{last}\n{sentence}"
        # a sentence naming a place abroad too sets what follows in the case's place if that
        # is the one it names last: "Russia has been pulled into a conflict in Kazakhstan"
        last, last_placed = sentence, (bool(places) or goes_on) and (
            not abroad or place_cues.last_end(sentence, scripts) > _ABROAD.last_end(sentence, scripts)
        )
        # a sentence naming only earlier years is about them, and so is the one after it that
        # names no year ("... on 17 December 1986. Possibly 250 people were killed ...")
        years = _years(sentence, year_cues, scripts) if start else []
        earlier = _only_earlier(_years_of_what_happened(sentence, years, kinds, year_cues, scripts), start.year) if start else False
        if earlier or (last_earlier and not years):
            last_earlier = earlier
            continue
        last_earlier = False
        if not (places or goes_on):
            continue
        # the one a court's words are about, named here or in the sentence before ("Massimov
        # was arrested. He is suspected of treason")
        found = [(k, _at_home(k, sentence, scripts)) for k in kinds if _anchored(k, with_last, scripts)]
        found = [(k, phrases) for k, phrases in found if phrases]
        if not found:
            continue
        evidence += places
        for kind, phrases in found:
            evidence += phrases
            totals[kind.tag] = min(KIND_CAP * kind.weight, totals[kind.tag] + weight * kind.weight)
    unrest = sum(totals[k.tag] for k in kinds if k.role == "unrest")
    if not unrest and at_peak and threshold > 0:
        return _counted_at_scale(title, text, language, place_cues, disasters, scripts, threshold, start)
    score = round(sum(totals.values()), 2) if unrest else 0.0
    relevant = score >= threshold
    evidence = _unique(evidence) if unrest else []
    return TopicResult(
        relevant=relevant,
        score=score,
        topics=[TOPIC, *(tag for tag, total in totals.items() if total)] if relevant else [],
        evidence=evidence,
    )


def _at_home_by_language(language: str | None, text: str, scripts: tuple[str, ...]) -> bool:
    """Whether `text`, in one of the case's own languages, names no place abroad: it is then
    set in the country, as one saying "the country" is."""
    return language in _CASE.languages and not _ABROAD.appear_in(text, scripts)


def _names_no_place(text: str, place_cues: _Cues, scripts: tuple[str, ...]) -> bool:
    """Whether `text` names no place at all, the case's or abroad: at the case's height, a
    story of riots "in the country" is the case's ("Ущерб от беспорядков и мародерства
    составил 44 миллиарда тенге")."""
    return not place_cues.appear_in(text, scripts) and not _ABROAD.appear_in(text, scripts)


def _not_relevant() -> TopicResult:
    return TopicResult(relevant=False, score=0.0, topics=[], evidence=[])


def _counted_at_scale(
    title: str, text: str, language: str | None, place_cues: _Cues, disasters: _Cues, scripts: tuple[str, ...],
    threshold: float, start: date | None,
) -> TopicResult:
    """A story that names no unrest, at the case's height: the case if it counts hundreds
    killed, hurt or held at once in the country ("Over 4,400 People Arrested In Kazakhstan",
    "190 человек обратились за медпомощью в Алматы"), as the figures stage reads them; in
    the country's own language, naming no place abroad, the country is where they were
    ("Қазіргі күні 149 азамат қаза тапты")."""
    if _PANDEMIC.appear_in(f"{title}\n{text}", scripts) or disasters.appear_in(f"{title}\n{text}", scripts):
        return _not_relevant()  # the pandemic's and a flood's counts are their own
    since = start.year if start else None
    claims = extract_claims(f"{title}.\n{text}", language=language, since=since)
    at_home = _at_home_by_language(language, f"{title}\n{text}", scripts)
    at_scale = [
        c for c in claims
        if c.metric in _MASS_METRICS and (c.value or 0) >= MASS_COUNT
        and (c.location or at_home or place_cues.appear_in(c.text, scripts))
    ]  # fmt: skip
    if not at_scale or MASS_WEIGHT < threshold:
        return _not_relevant()
    evidence = _unique([p for c in at_scale for p in (*place_cues.phrases(c.text, scripts), c.words)])
    return TopicResult(relevant=True, score=MASS_WEIGHT, topics=[TOPIC, "counted_at_scale"], evidence=evidence)


@cache
def _unrest_needs(language: str, at_peak: bool) -> _Cues:
    """What a story in `language` must say for a kind of unrest to count in it: a kind's
    words, or its anchor where it has one (a court's words are everywhere, the names of the
    prosecuted are not)."""
    other = _other_language(language)
    kinds = other.kinds if other else _KINDS
    return _either(*(k.anchor or k.cues for k in kinds if k.role == "unrest" and (at_peak or not k.peak_only)))


def _anchored(kind: _Kind, sentence: str, scripts: tuple[str, ...]) -> bool:
    return kind.anchor is None or kind.anchor.appear_in(sentence, scripts)


def _at_home(kind: _Kind, sentence: str, scripts: tuple[str, ...]) -> list[str]:
    """The kind's phrases in `sentence`, but unrest placed abroad: "беспорядки в
    Каракалпакстане", "Kyrgyz protesters", "Өзбекстандағы наразылық"."""
    found = [m for script in scripts for m in getattr(kind.cues, script).finditer(sentence)]
    if kind.role != "unrest" or kind.abroad == "never" or not found:
        return [m.group() for m in found]
    abroad = [a for script in scripts for a in getattr(_ABROAD, script).finditer(sentence)]

    def placed_by(a: re.Match[str], m: re.Match[str]) -> bool:
        # words between, not a clause's end: "the riots, Kyrgyz musician ..." places nothing
        after = a.start() >= m.end()
        gap = sentence[m.end() : a.start()] if after else sentence[a.end() : m.start()]
        if _CLAUSE_END.search(gap):
            return False
        if kind.abroad == "after":  # not whither, past whence: "россиян из Алма-Аты в Москву"
            return after and not _PLACE.appear_in(gap, scripts)
        # beside it, or after it as the cause: "протест с флагами Украины"
        cause = after and any(getattr(_ABROAD_CAUSE, script).fullmatch(gap.strip()) for script in scripts)
        return len(gap) <= ABROAD_REACH or cause

    # a phrase that names the case's own place is placed by it: "Немцы в Германии - о ситуации в Казахстане"
    return [m.group() for m in found if _PLACE.appear_in(m.group(), scripts) or not any(placed_by(a, m) for a in abroad)]


def _case_start(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"case_start {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _day(published: str | None) -> date | None:
    return publication_day(published)


_MONTH = rf"(?<!\w)(?P<month>{'|'.join(MONTH_NAMES)})(?!\w)"
_YEAR = r"(?:19|20)\d\d"
# a day of a month and the year written with it: "5 января (2022 года)", "(2022 жылғы) 2
# қаңтарда", "January 5(, 2022)"
_NAMED_DAYS = (
    re.compile(
        rf"(?:(?P<year_before>{_YEAR})\W{{0,2}}\s*[^\W\d_]+\s+)?(?<![\w.,])(?P<day>\d{{1,2}})(?:-?[^\W\d_]{{1,3}})?\s+"
        rf"{_MONTH}(?:\s+(?P<year>{_YEAR}))?",
        re.IGNORECASE,
    ),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?!\d)(?:,?\s+(?P<year>{_YEAR}))?", re.IGNORECASE),
    # Chinese and Japanese "(2022年)1月13日", Korean "1월 13일": the month by its number
    re.compile(rf"(?:(?P<year>{_YEAR})\s*[年년]\s*)?(?<!\d)(?P<month>1[0-2]|0?[1-9])\s*[月월]\s*(?P<day>\d{{1,2}})\s*[日일]"),
    # a month with its year and no day, its first: "in the first weeks of January 2022"
    re.compile(rf"(?<!\d\s){_MONTH}\s+(?P<year>{_YEAR})(?P<day>)", re.IGNORECASE),
)


def _named_days(text: str, default_year: int) -> list[date]:
    """The days of a month `text` names, in the year written with each (else `default_year`)."""
    days = []
    for pattern in _NAMED_DAYS:
        for m in pattern.finditer(text):
            year = int(m.groupdict().get("year_before") or m["year"] or default_year)
            try:
                month = int(m["month"]) if m["month"].isdigit() else month_number(m["month"])
                days.append(date(year, month, int(m["day"] or 1)))
            except ValueError:  # "31 February"
                continue
    return days


def _years(sentence: str, year_cues: _Cues, scripts: tuple[str, ...]) -> list[int]:
    return [int(phrase[:4]) for phrase in year_cues.phrases(sentence, scripts)]  # each starts with the year


def _years_of_what_happened(
    sentence: str, years: list[int], kinds: Sequence[_Kind], year_cues: _Cues, scripts: tuple[str, ...]
) -> list[int]:
    """The years of the clauses that tell what happened, where the sentence tells it in some:
    "Umarowa, w 2018 roku uznana za ..., szefowa komisji do wyjaśnienia przyczyn gwałtownych
    demonstracji" dates the woman's award, not the demonstrations."""
    if not years:
        return years
    told = [c for c in _CLAUSE_END.split(sentence) if any(k.cues.appear_in(c, scripts) for k in kinds)]
    return [y for c in told for y in _years(c, year_cues, scripts)] if told else years


def _only_earlier(years: list[int], case_year: int) -> bool:
    return bool(years) and max(years) < case_year


def _names_an_earlier_year(sentence: str, year_cues: _Cues, scripts: tuple[str, ...], case_year: int) -> bool:
    return _only_earlier(_years(sentence, year_cues, scripts), case_year)


def _unique(phrases: list[str]) -> list[str]:
    seen: set[str] = set()
    unique = []
    for phrase in phrases:
        if phrase.casefold() not in seen:
            seen.add(phrase.casefold())
            unique.append(phrase)
    return unique
