"""Whole-word patterns grouped by first letter find exactly what the plain alternation finds:
the same matches, in the same places, with the same text, case folds included."""

from __future__ import annotations

import re

import pytest

from pipeline.case.lexicons import figure_languages, figure_vocabulary
from pipeline.case.text import _first_letters, as_read, by_first_letter, guarded, one_alphabet, sentence_spans, whole_words


def plain(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})(?!\w)", re.IGNORECASE)


PATTERNS = [
    r"protest\w*", r"riots?|rioters?", r"(?:troops|soldiers)(?: \w+){0,2} (?:sent|arrived)", r"(?-i:ЧП)",
    r"(?<=\d )lives", r"\w+(?:шы|ші)", r"[Ss]tate of emergency", r"(?:погиб|умер)\w*", r"casualt(?:y|ies)",
    r"İstanbul", r"kelvin", r"στάση", r"unrest", r"unrest in \w+",
]  # fmt: skip
TEXTS = [
    "Protests and RIOTS: troops were sent, soldiers arrived; 230 lives lost.",
    "В стране ЧП, чп не то; погибли 5, умерли двое. Жұмысшы, сөндіруші.",
    "State of emergency in İstanbul and istanbul; ſtate; the KELVIN scale; ΣΤΆΣΗ, στάσης.",
    "unrest in Almaty and unrest; casualty and casualties.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_grouped_alternation_finds_what_the_plain_one_finds(text):
    found = [(m.start(), m.group()) for m in whole_words(PATTERNS).finditer(text)]
    assert found == [(m.start(), m.group()) for m in plain(PATTERNS).finditer(text)]
    assert found  # the texts hold matches, so a pattern that finds nothing cannot pass


def test_every_vocabularys_metric_words_are_grouped_the_same():
    for code in figure_languages():
        vocabulary = figure_vocabulary(code)
        patterns = [p for ps in vocabulary.metrics.values() for p in ps]
        text = " ".join(p.replace("\\w*", "ами").replace("\\w+", "ами") for p in patterns)
        grouped = [(m.start(), m.group()) for m in whole_words(patterns).finditer(text)]
        assert grouped == [(m.start(), m.group()) for m in plain(patterns).finditer(text)], code


def test_a_pattern_of_no_plain_first_letter_is_tried_everywhere():
    assert by_first_letter([r"\d+ killed", "dead"]) == r"(?=d)(?:\d+ killed|dead)|\d+ killed"
    # without a pattern of any letter, a word whose first letter none has is turned away at once
    assert by_first_letter(["killed", "dead"]) == r"(?=[dk])(?:(?=d)(?:dead)|(?=k)(?:killed))"


def test_a_long_group_of_one_first_letter_is_grouped_again_on_the_second():
    patterns = ["killed", "kids", "kin", "kit", "(?:knife|knives)", "kind", "king", "kiosk", r"k\w+s"]
    grouped = by_first_letter(patterns)
    # the pattern whose second letter cannot be told is tried in every group, and alone after them
    assert grouped == (r"(?=[k])(?:(?=k)(?:(?=.i)(?:killed|kids|kin|kit|kind|king|kiosk|k\w+s)|(?=.n)(?:(?:knife|knives)|k\w+s)|k\w+s))")
    text = "killed kids knives kinship kiosks kayaks kin"
    found = [(m.start(), m.group()) for m in whole_words(patterns).finditer(text)]
    assert found == [(m.start(), m.group()) for m in plain(patterns).finditer(text)]
    assert ("kayaks" in dict(found).values()) and ("kin" in dict(found).values())


def test_a_class_of_letters_and_a_bracket_open_on_their_letters():
    assert _first_letters("(?<![\\w-])(?=(?-i:[A-C]))(?!(?:Central)\\b)(?-i:[A-C])[a-z]+ [Oo]blast") == frozenset("abc")
    assert _first_letters("[А-ВЁ]x") == frozenset("абвё")
    assert _first_letters("\\((?:Andorra|Albania)") == frozenset("(")
    # a class of anything else, an optional one and a negated one say nothing
    assert _first_letters("[\\w-]+\\.uz") is None
    assert _first_letters("[A-Z]?x") is None
    assert _first_letters("[^A-Z]x") is None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bearlier (?:toll|figure)s?\b|\bprevious (?:toll|count)|initial reports?", "Earlier tolls and an initial report, a previous count"),
        (r"(?:(?:city|town) (?:of|to)|населени\w*)\s*$", "a town of "),
        (r"(?:(?<!\w)(?:article|part)|#)\s*$", "under article "),
        (r"\s+(?:of|из)\b", "three of them, трое из них"),
    ],
)
def test_a_pattern_searched_for_is_tried_only_where_it_can_open_and_finds_the_same(pattern, text):
    found = [m.span() for m in re.finditer(guarded(pattern), text, re.IGNORECASE)]
    assert found == [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert found


def test_how_a_pattern_is_guarded():
    assert guarded("population of|населени\\w*") == by_first_letter(["population of", "населени\\w*"])
    assert guarded(r"\bearlier (?:toll|figure)") == r"(?=[e])(?:\bearlier (?:toll|figure))"
    assert guarded(r"\s+of") == r"\s+of"  # where it may open cannot be told


def test_many_first_letters_are_looked_at_by_halves():
    patterns = ["able", "bold", "calm", "dark", "even", "fair"]
    assert by_first_letter(patterns) == (
        "(?=[abcdef])(?:(?=[abc])(?:(?=a)(?:able)|(?=b)(?:bold)|(?=c)(?:calm))|(?=d)(?:dark)|(?=e)(?:even)|(?=f)(?:fair))"
    )
    text = "a calm, fair and even dark fable"
    assert [m.group() for m in whole_words(patterns).finditer(text)] == [m.group() for m in plain(patterns).finditer(text)]


def test_letters_a_case_insensitive_match_takes_for_each_other_share_a_group():
    # "ı" and "i" match each other without case: in two groups, the later pattern would win
    patterns = ["kıbc", "ki", "kaa", "kab", "kac", "kad", "kae", "kaf"]
    assert re.match(by_first_letter(patterns), "kibc", re.IGNORECASE).group() == "kibc"
    assert re.match(guarded("ıbc|ib"), "ibc", re.IGNORECASE).group() == "ibc"
    assert guarded("|a") == "|a"  # an empty alternative matches everywhere: left as it is


def test_beside_a_chinese_or_japanese_character_a_word_is_whole():
    cues = whole_words(["哈萨克斯坦", "骚乱", "riot"])
    assert cues.findall("发生骚乱的哈萨克斯坦首都") == ["骚乱", "哈萨克斯坦"]
    assert cues.findall("rioters riot") == ["riot"]


def test_a_german_date_ends_no_sentence():
    text = "Massimow wurde am 6. Januar verhaftet. Die Zahl stieg auf 164. Behörden bestätigten das."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Massimow wurde am 6. Januar verhaftet.", "Die Zahl stieg auf 164.", "Behörden bestätigten das."
    ]


def test_a_line_ends_a_sentence_unless_a_word_breaks_there_and_goes_on_in_lower_case():
    def sentences(text):
        return [text[a:b] for a, b in sentence_spans(text)]

    assert sentences("жарақат алған 6 жолаушы ауруханада ем\nалып жатыр.") == ["жарақат алған 6 жолаушы ауруханада ем\nалып жатыр."]
    assert sentences("Clashes in Almaty\nThe police said 8 people died.") == ["Clashes in Almaty", "The police said 8 people died."]
    assert sentences("In Almaty – 103 people;\nin Kyzylorda – 21 people.") == ["In Almaty – 103 people;", "in Kyzylorda – 21 people."]
    assert sentences("The toll climbed to\n13 on Friday.") == ["The toll climbed to", "13 on Friday."]


@pytest.mark.parametrize(
    ("pattern", "letters"),
    [
        (r"(?<=\d )іс(?:тер|ті)?", {"і"}),  # a lookaround matches nothing: what follows opens
        (r"(?:перв\w+ )?медпомощь", {"п", "м"}),  # an optional group, or what follows it
        (r"(?<!to )kills?", {"k"}),
        (r"(?-i:TASHKENT|BISHKEK) (?:said)", {"t", "b"}),  # a group that keeps its case
        (r"(?:2|3|4) ?[-–—] ?(?:5|6) января", {"2", "3", "4"}),  # digits open as letters do
        (r"(?:(?<=\d )|(?<=of ))lives", {"l"}),  # a group of lookarounds matches nothing
        (r"(?:(?=x)|y)z", None),
        (r"(?:a|b)*c", None),
        (r"\w+ing", None),
    ],
)
def test_the_letters_a_pattern_opens_on(pattern, letters):
    found = _first_letters(pattern)
    assert (set(found) if found is not None else None) == letters


def test_an_abbreviation_before_a_number_ends_no_sentence():
    text = "In 2018 approx. 450 people were detained. Около прибл. 300 человек задержаны. Others fled."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "In 2018 approx. 450 people were detained.", "Около прибл. 300 человек задержаны.", "Others fled."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Latin o, e, c, i inside Ukrainian words, as a page writes them to keep scrapers out
        ("на яких пoлiцeйcькi у мicтi Актобе", "на яких поліцейські у місті Актобе"),
        ("Оrda.kz", "Orda.kz"),  # a Cyrillic О in a Latin name
        ("АSTANА", "ASTANA"),  # S and N are Latin's own
        ("бacынaн бeрi бec", "басынан бері бес"),
        # Kazakh in the Latin alphabet with a Cyrillic ә: both alphabets' own letters, left alone
        ("mәlimetinshe Tәjikstan", "mәlimetinshe Tәjikstan"),
        ("Kazakhstan Казахстан", "Kazakhstan Казахстан"),
        # a spinner's Kazakh һ in an English word; h and s stay Latin's own, in English and in
        # Latin-script Kazakh with Cyrillic і
        ("thousands һave been detained", "thousands have been detained"),
        ("shор sрасе саsh", "shop space cash"),
        ("іshі jaсу", "ishi jacy"),
    ],
)
def test_a_word_mixing_look_alike_letters_is_read_in_one_alphabet(text, expected):
    assert one_alphabet(text) == expected
    assert len(one_alphabet(text)) == len(text)


def test_text_is_read_without_yo_and_in_one_alphabet_at_its_length():
    assert as_read("Ещё погибли пoлицeйские, Ёлкин ранен") == "Еще погибли полицейские, Елкин ранен"


def test_greek_look_alikes_a_spinner_put_in_cyrillic_words_are_read_as_cyrillic_and_greek_is_left():
    assert as_read("вοсемь челοвеκ были убиты в Αθήνα") == "восемь человек были убиты в Αθήνα"


def test_an_english_month_cut_short_before_its_day_ends_no_sentence():
    text = "Jan. 6 (UPI) -- Protesters were killed. It began on Jan. 2, 2022. The unrest began in Jan. 3 people were held."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Jan. 6 (UPI) -- Protesters were killed.", "It began on Jan. 2, 2022.", "The unrest began in Jan.", "3 people were held."
    ]
    # a count with a thousands separator opens a sentence, and a dateline's day ends its line
    text = "The protests erupted in Jan. 2,000 people were detained. ALMATY, Jan. 6\nFive died."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The protests erupted in Jan.", "2,000 people were detained.", "ALMATY, Jan. 6", "Five died."
    ]
