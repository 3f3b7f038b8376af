"""Figure claims: hand-written gold for the seeds and for Russian/Kazakh agency-style
sentences, and the number, qualifier, place and not-a-claim rules one sentence at a time.
The scoring against gold is tested in test_evaluation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.evaluation import evaluate
from pipeline.stages.figures import _Table, extract_claims

GOLD = Path(__file__).resolve().parent / "gold"


def claims(text: str, language: str | None = "en") -> list[tuple]:
    return [(c.metric, c.value, c.qualifier, c.subject) for c in extract_claims(text, language=language)]


@pytest.mark.parametrize("gold", ["seed_claims.json", "ru_kk_claims.json"])
def test_every_gold_claim_is_found_with_its_attributes_and_nothing_else(gold):
    report = evaluate(GOLD / gold)
    assert report.missed == []
    assert report.mismatches == []
    assert report.forbidden == []
    assert report.false_positives == []
    assert report.recall == 1.0


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Police said 4,266 people were detained.", 4266),
        ("Police said 4 266 people were detained.", 4266),
        ("Police said 4\u00a0266 people were detained.", 4266),
        ("Police said 4\u2009266 people were detained.", 4266),
        ("Police said 4.266 people were detained.", 4266),
        ("Police said 1,234,567 people were detained.", 1234567),
        ("Police said 5.8 thousand people were detained.", 5800),
        ("Police said two people were detained.", 2),
        ("Police said twenty-six people were detained.", 26),
        ("Police said a dozen people were detained.", 12),
        ("Police said two dozen people were detained.", 24),
        ("Police said two hundred people were detained.", 200),
        ("Police said a thousand people were detained.", 1000),
    ],
)
def test_numbers_are_read_however_they_are_written(sentence, value):
    assert claims(sentence) == [("detained", value, "exact", None)]


@pytest.mark.parametrize("vague", ["dozens", "hundreds", "thousands", "scores"])
def test_a_vague_amount_is_a_claim_without_a_value_with_its_words_kept(vague):
    [claim] = extract_claims(f"Police said {vague} of protesters were detained.", language="en")
    assert (claim.metric, claim.value, claim.words, claim.subject) == ("detained", None, vague, "protesters")


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        ("more than 40", "more_than"),
        ("over 40", "more_than"),
        ("at least 40", "at_least"),
        ("about 40", "about"),
        ("around 40", "about"),
        ("nearly 40", "about"),
        ("less than 40", "less_than"),
        ("slightly less than 40", "less_than"),
        ("up to 40", "up_to"),
        ("40 or more", "at_least"),
        ("a total of 40", "exact"),
    ],
)
def test_qualifiers(before, qualifier):
    assert claims(f"Officials said {before} people were injured.") == [("injured", 40, qualifier, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 22-year-old protester was killed.",
        "A 22 year old protester was killed.",
        "Protesters rallied on January 8 and were arrested.",
        "In 2022 detained protesters were released.",
        "He said no one was killed.",
        "Security forces set up 70 checkpoints and seized 118 weapons after the arrests.",
        "The city of 2 million people was hurt by the unrest.",
        "Police detained 3% of the crowd.",
        "The officer was killed at 8:21 in the morning.",
        "Photo 3: Injured protesters in a hospital in Almaty.",
        "The officer was killed at 8: 21 in the morning.",
        "Taliban 2.0 fighters were killed.",
        "The prices rose two-fold and protesters were detained.",
        "Five TV channels were hurt by the blackout.",
        "Over 11,902 new COVID-19 infections were recorded and 45 people died.",
        "In Poland, 45 people died in the floods.",
        "Journalists of Channel 31 were injured.",
    ],
)
def test_numbers_that_are_not_claims(sentence):
    assert claims(sentence) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a headline's source after its figures (Al Mayadeen, after Reuters), a list after a count's colon
        ("Kazakhstan turmoil killed 225, wounded 4,500: prosecutor's office", "en", [("killed", 225), ("injured", 4500)]),
        ("Почти 200 человек пострадали, погибли четверо: двое военнослужащих и двое детей.", "ru",
         [("injured", 200), ("killed", 4), ("killed", 2), ("killed", 2)]),
        # a list's own numbers after its colon are no counts
        ("Protesters were detained:\n2: 5 were killed.", "en", [("killed", 5)]),
    ],
)  # fmt: skip
def test_a_colon_after_a_count_is_no_clock(text, language, expected):
    assert [(c.metric, c.value) for c in extract_claims(text, language=language)] == expected


def test_a_day_in_brackets_after_its_weekday_is_a_date():
    # as AFP wrote from Almaty (paraphrased)
    text = "Police killed “dozens” of protesters in the early hours of Thursday (6), as they tried to storm the mayor's office."
    assert [(c.metric, c.value, c.words) for c in extract_claims(text, language="en")] == [("killed", None, "dozens")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # officials' vague word in quotes (AP, Asharq Al-Awsat; paraphrased) counts as the word does
        ('The official death toll stood at 13 security officers and "dozens" of protesters.', "en",
         [("killed", 13, "13"), ("killed", None, "dozens")]),
        ("The government confirmed the killing of “tens” of protesters.", "en", [("killed", None, "tens")]),
        # a name in quotes stays one
        ('The film "Thousands" was banned and 5 people were detained.', "en", [("detained", 5, "5")]),
    ],
)  # fmt: skip
def test_a_vague_amount_in_quotes_counts(text, language, expected):
    assert [(c.metric, c.value, c.words) for c in extract_claims(text, language=language)] == expected


def test_one_sentence_can_carry_several_claims_sharing_a_subject():
    assert claims("Officials claim that 748 security officers have been wounded and 18 killed.") == [
        ("injured", 748, "exact", "security_forces"),
        ("killed", 18, "exact", "security_forces"),
    ]


def test_a_part_of_a_figure_inherits_its_metric():
    assert claims("Police detained 5,800 people, including 142 foreigners.") == [
        ("detained", 5800, "exact", None),
        ("detained", 142, "exact", "foreigners"),
    ]


def test_a_figure_links_to_its_metric_across_an_aside():
    assert claims("At least 164 people, including three children, were killed.") == [
        ("killed", 164, "at_least", None),
        ("killed", 3, "exact", "children"),
    ]


def test_each_item_of_a_list_of_figures_has_its_own_place():
    found = extract_claims("Police arrested 3,000 people in Almaty and 1,500 in Shymkent.", language="en")
    assert [(c.metric, c.value, c.location, c.scope) for c in found] == [
        ("detained", 3000, "Almaty", "local"),
        ("detained", 1500, "Shymkent", "local"),
    ]
    found = extract_claims("Police arrested 3,000 people across the country and 1,500 in Shymkent.", language="en")
    assert [(c.value, c.location, c.scope) for c in found] == [(3000, None, "country"), (1500, "Shymkent", "local")]


def test_claims_carry_their_sentence_and_its_offsets_in_the_text():
    text = "Calm returned.\n\nThe Interior Ministry said 4,266 people were arrested. Shops reopened."
    [claim] = extract_claims(text, language="en")
    assert claim.text == "The Interior Ministry said 4,266 people were arrested."
    assert text[claim.start : claim.end] == claim.text
    assert (claim.words, claim.quoted_source) == ("4,266", "interior ministry")


def test_a_figure_named_for_a_city_is_local_and_one_named_elsewhere_in_the_sentence_is_not():
    [local] = extract_claims("Slightly less than 100 looters were detained in Almaty overnight.", language="en")
    assert (local.scope, local.location, local.subject) == ("local", "Almaty", "protesters")
    [national] = extract_claims(
        "Security forces killed 26 protesters hours after Russian troops landed in Almaty.", language="en"
    )
    assert (national.scope, national.location) == ("country", None)
    [opening] = extract_claims("In Almaty, 100 people were detained.", language="en")
    assert (opening.scope, opening.location) == ("local", "Almaty")


@pytest.mark.parametrize(
    ("sentence", "language", "location"),
    [
        ("Police detained 40 people in Taraz.", "en", "Taraz"),
        ("Police detained 40 protesters in Mangystau.", "en", "Mangystau region"),
        ("В Семее задержаны 40 человек.", "ru", "Semey"),
        ("В Усть-Каменогорске задержаны 40 человек.", "ru", "Oskemen"),
        ("Семейде 40 адам ұсталды.", "kk", "Semey"),
        ("Задержаны 40 человек из семей протестующих.", "ru", None),  # "of families"
        ("Полиция задержала 40 человек в Петропавловске-Камчатском.", "ru", None),
    ],
    ids=["taraz", "mangystau", "semey-ru", "oskemen-ru", "semey-kk", "families-ru", "kamchatka-ru"],
)
def test_a_city_is_known_by_its_names_in_each_language_and_not_by_words_like_them(sentence, language, location):
    [claim] = extract_claims(sentence, language=language)
    assert (claim.metric, claim.value, claim.location) == ("detained", 40, location)
    assert claim.scope == ("local" if location else "country")


def test_the_quoted_source_is_named_when_the_sentence_cites_one():
    [held] = extract_claims("About 12,000 people were held, the prosecutor general said.", language="en")
    assert (held.metric, held.value, held.qualifier) == ("detained", 12000, "about")
    assert held.quoted_source == "prosecutor general's office"
    [said] = extract_claims("Tokayev said 2,500 CSTO peacekeepers had arrived.", language="en")
    assert (said.metric, said.value, said.quoted_source) == ("troops", 2500, "president")


def test_an_abbreviation_does_not_end_the_sentence():
    text = "Mr. Tokayev said 2,500 peacekeepers had arrived. Gen. Smith said nothing."
    [claim] = extract_claims(text, language="en")
    assert claim.text == "Mr. Tokayev said 2,500 peacekeepers had arrived."
    assert claim.quoted_source == "president"


def test_the_language_is_detected_when_not_given():
    assert claims("В Казахстане в ходе беспорядков задержаны 4 266 человек.", language=None) == [
        ("detained", 4266, "exact", None)
    ]
    assert claims("Елімізде болған тәртіпсіздіктер кезінде 4 мыңнан астам адам ұсталды.", language=None) == [
        ("detained", 4000, "more_than", None)
    ]


def test_officials_words_for_the_dead_and_the_hurt():
    assert claims("During the operation, 26 armed criminals were liquidated, the Interior Ministry said.") == [
        ("killed", 26, "exact", "protesters")
    ]
    assert claims("More than 2,200 people sought medical help.") == [("injured", 2200, "more_than", None)]


def test_a_figure_naming_no_one_counts_whom_the_clause_before_counts_if_that_is_clear():
    assert claims("26 armed criminals were liquidated, another 18 were wounded.") == [
        ("killed", 26, "exact", "protesters"),
        ("injured", 18, "exact", "protesters"),
    ]
    # a part ("including three children") is not whom the next clause goes on counting
    assert claims("164 people were killed, including three children, another 2,200 were injured.") == [
        ("killed", 164, "exact", None),
        ("killed", 3, "exact", "children"),
        ("injured", 2200, "exact", None),
    ]


def test_kazakhstans_own_forces_set_to_work_are_no_troops_figure():
    assert claims("More than 25,000 law enforcement officers and servicemen were involved in the operation.") == []
    russian = "К операции были привлечены более 25 тыс. сотрудников правоохранительных органов и военнослужащих."
    assert claims(russian, language="ru") == []
    assert claims("В Казахстан прибыли 2 030 военнослужащих миротворческих сил ОДКБ.", language="ru") == [
        ("troops", 2030, "exact", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "language", "places"),
    [
        ("16 people were killed in Zhanaozen, more than 100 were injured.", "en", ["Zhanaozen", "Zhanaozen"]),
        ("164 people were killed, 103 of them in Almaty.", "en", [None, "Almaty"]),
        ("Погибли 164 человека, из них 103 — в Алматы.", "ru", [None, "Almaty"]),
        ("Погибли 164 человека, из них 103 — в Алматы, еще 2 200 получили ранения.", "ru", [None, "Almaty", None]),
        ("В Алматы погибли 103 человека, из них трое детей, еще 2 000 получили ранения.", "ru",
         ["Almaty", "Almaty", "Almaty"]),
        ("Алматыда 103 адам қаза тапты, 2 мыңнан астам адам жараланды.", "kk", ["Almaty", "Almaty"]),
    ],
    ids=["carries-en", "part-en", "after-dash-ru", "part-stays-ru", "past-a-part-ru", "carries-kk"],
)  # fmt: skip
def test_a_place_goes_on_to_the_clause_after_it_and_a_parts_place_stays_its_own(sentence, language, places):
    found = extract_claims(sentence, language=language)
    assert [c.location for c in found] == places
    assert [c.scope for c in found] == ["local" if p else "country" for p in places]


def test_a_vocabulary_table_finds_what_its_plain_alternation_finds():
    # The table tries only the patterns a word's first letter allows: patterns opening on a
    # group of alternatives, a class, an optional letter or several alternatives must still
    # be tried where they can match.
    patterns = ["(?:погиб|умер)\\w*", "оста[её]тся|остаются", "[её]лки", "(?:a|b)?cd", "x?yz", "(?:в|во) СИЗО", "killed"]
    text = "Умерли двое, погибших 5, остаётся 3, остаются 4, ёлки, acd, cd, yz, во СИЗО 7, были killed"
    table = _Table({"label": patterns})
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})(?!\w)(?!-\w)", re.IGNORECASE)
    assert [m.group() for m in table.finditer(text)] == [m.group() for m in plain.finditer(text)]
    assert [m.group() for m in table.finditer(text)] == [
        "Умерли", "погибших", "остаётся", "остаются", "ёлки", "acd", "cd", "yz", "во СИЗО", "killed",
    ]
