"""Reading news text, whatever the case: where a sentence ends, whole-word patterns (their
alternatives grouped by first letter, which makes a long vocabulary cheap to search), words
that mix two alphabets' look-alike letters, and the words of a story about the pandemic
instead (which counts deaths and declares emergencies of its own)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pipeline.case import Terms, without_yo

__all__ = ["MONTH_NAMES", "PANDEMIC", "as_read", "by_first_letter", "month_number", "one_alphabet", "sentence_spans", "whole_words"]

# A story or sentence on the pandemic counts deaths and declares emergencies of its own.
# ("көрөнәвирус": Kazakh in the Arabic script, read in Cyrillic, may come out with front vowels.)
PANDEMIC = Terms(
    latin=(r"covid\w*", r"coronavirus\w*", r"pandemic\w*", r"omicron", r"infections?", r"vaccin\w*"),
    cyrillic=(
        r"к[оө]р[оө]н[аә]вирус\w*", r"ковид\w*", r"пандеми\w*", r"(?-i:КВИ)", r"омикрон\w*", r"заражени\w*",
        r"заболевш\w*", r"вакцин\w*", r"індет\w*", r"жұқтыр\w*",
        r"дерттен",  # "Дерттен көз жұмғандар саны ... жетті": those the disease killed
    ),
)  # fmt: skip


# Each month as English, Russian and Kazakh name it, January first.
MONTH_NAMES = (
    r"January|Jan|январ\w*|қаңтар\w*", r"February|Feb|феврал\w*|ақпан\w*", r"March|Mar|март\w*|наурыз\w*",
    r"April|Apr|апрел\w*|сәуір\w*", r"May|ма[яй]|мамыр\w*", r"June|Jun|июн\w*|маусым\w*",
    r"July|Jul|июл\w*|шілде\w*", r"August|Aug|август\w*|тамыз\w*", r"September|Sept?|сентябр\w*|қыркүйек\w*",
    r"October|Oct|октябр\w*|қазан\w*", r"November|Nov|ноябр\w*|қараша\w*", r"December|Dec|декабр\w*|желтоқсан\w*",
)  # fmt: skip
_MONTH_NUMBERS = tuple(re.compile(rf"(?:{names})", re.IGNORECASE) for names in MONTH_NAMES)


def month_number(name: str) -> int:
    """The month `name`, one of the spellings in `MONTH_NAMES`, names, by number (January: 1)."""
    return next(i for i, names in enumerate(_MONTH_NUMBERS, 1) if names.fullmatch(name))


# Chinese, Japanese and Thai write words without spaces between them: next to one of their
# characters, a word may end or begin.
_UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def whole_words(patterns: Sequence[str]) -> re.Pattern[str]:
    """One case-insensitive regex that finds any of `patterns` as whole words (beside a
    Chinese or Japanese character, any word is whole). The alternation is dispatched on a
    word's first letter (`by_first_letter`): a long vocabulary tried pattern by pattern at
    every word costs several times more."""
    return re.compile(
        rf"(?<![^\W{_UNSPACED}])(?:{by_first_letter(patterns)})(?![^\W{_UNSPACED}])", re.IGNORECASE
    )


# --------------------------------------------------------------------------- alternations


def _top_level(pattern: str) -> tuple[list[str], dict[int, int]]:
    """`pattern`'s alternatives outside any group, and where each of its groups closes (by
    the index of its opening parenthesis); escapes and character classes read as they are."""
    alternatives, closes, opened = [], {}, []
    start = i = 0
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + (pattern[i + 1 : i + 2] == "]")  # "[]...]": a bracket first is a member
            continue
        elif char == "(":
            opened.append(i)
        elif char == ")" and opened:
            closes[opened.pop()] = i
        elif char == "|" and not opened:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*alternatives, pattern[start:]], closes


def _first_letters(pattern: str) -> frozenset[str] | None:
    """The letters, lower-cased, one of which every match of `pattern` starts with, where
    that is plain to see: each alternative starts with a letter that is not optional, or
    with a group of such alternatives ("(?:погиб|умер)\\w*": п, у), an optional group and
    what follows it ("(?:перв\\w+ )?медпомощь": п, м), or a lookaround and what follows it
    ("(?<=\\d )іс": і); None otherwise."""
    letters: set[str] = set()
    for alternative in _top_level(pattern)[0]:
        opening = _opening_letters(alternative)
        if opening is None:
            return None
        letters |= opening
    return frozenset(letters)


_LOOKAROUND_ONLY = re.compile(r"(?:\(\?<?[=!](?:[^()\\]|\\.)*\))+")  # "(?<=\d )", "(?<=of )(?!x)"


def _opening_letters(alternative: str) -> frozenset[str] | None:
    """`_first_letters` of one alternative."""
    if alternative.startswith("\\b"):  # a word's edge matches nothing: what follows opens
        return _opening_letters(alternative[2:])
    if alternative.startswith(("(?:", "(?-i:", "(?=", "(?!", "(?<=", "(?<!")):
        end = _top_level(alternative)[1].get(0)
        if end is None:
            return None
        if not alternative.startswith(("(?:", "(?-i:")):  # a lookaround matches nothing: what follows opens
            return _opening_letters(alternative[end + 1 :])
        # a group, or one that keeps its case ("(?-i:TASHKENT|BISHKEK)"): its letters lower-cased;
        # a group of lookarounds only matches nothing, and what follows opens: "(?:(?<=\\d )|(?<=of ))lives"
        body = alternative[alternative.index(":") + 1 : end]
        if all(_LOOKAROUND_ONLY.fullmatch(a) for a in _top_level(body)[0]):
            return _opening_letters(alternative[end + 1 :])
        inner = _first_letters(body)
        after = alternative[end + 1 : end + 2]
        if inner is None or after in ("*", "{"):
            return None
        if after == "?":
            rest = _opening_letters(alternative[end + 2 :])
            return None if rest is None else inner | rest
        return inner
    if (
        alternative[:1].isalnum()  # a letter, or a digit: "(?:2|3|4) ?-"
        and alternative[1:2] not in ("?", "*", "{")
        and len(alternative[0].lower()) == 1  # (Turkish İ lowers to two characters)
    ):
        return frozenset(_folded(alternative[0]))
    # a class of letters: "[A-Z]", "[А-ЯЁӘҒ]"; and a bracket: "\((?:Andorra|...)"
    if (letters := _CLASS_OF_LETTERS.match(alternative)) and alternative[letters.end() : letters.end() + 1] not in ("?", "*", "{"):
        members = letters.group(1)
        found = {_folded(member) for a, b in _RANGE.findall(members) for member in map(chr, range(ord(a), ord(b or a) + 1))}
        return frozenset(found) if all(len(letter) == 1 for letter in found) else None
    if alternative[:2] == "\\(" and alternative[2:3] not in ("?", "*", "{"):
        return frozenset("(")
    if alternative[:1] in _PLAIN_MARKS and alternative[1:2] not in ("?", "*", "{"):
        return frozenset(alternative[0])  # a mark that stands for itself: "#", "№"
    return None


# letters that a case-insensitive match takes for others, each as the one it is taken for, so
# that no two groups are keyed by letters a text's one letter could enter both of
_FOLDS = str.maketrans("ıſςϐϵϑϰϖϱϕµι", "isσβεθκπρφμι")


def _folded(letters: str) -> str:
    return letters.lower().translate(_FOLDS)


_PLAIN_MARKS = frozenset("#№%&@\"'«»“”„,;:!-–—/<>=~`")


_CLASS_OF_LETTERS = re.compile(r"\[((?:[^\W\d_](?:-[^\W\d_])?)+)\]")
_RANGE = re.compile(r"([^\W\d_])(?:-([^\W\d_]))?")


def by_first_letter(patterns: Sequence[str]) -> str:
    """`patterns` as one alternation, in their order, grouped by the letter each must start
    with: "(?=d)(?:detained|detain...)|(?=k)(?:killed|...)|...", a pattern of several first
    letters in each of theirs. A pattern whose first letters this cannot tell (a class, an
    optional opening) goes into every group."""
    patterns = list(dict.fromkeys(patterns))  # a pattern said twice matches only where its first does
    firsts: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for pattern in patterns:
        letters = _first_letters(pattern)
        for letter in letters or ():
            firsts.setdefault(letter, []).append(pattern)
        if not letters:
            anywhere.append(pattern)
    if not firsts:
        return "|".join(patterns) or "(?!)"
    order = {pattern: i for i, pattern in enumerate(patterns)}
    groups = [
        (letter, f"(?={re.escape(letter)})(?:{_by_second_letter(letter, sorted([*group, *anywhere], key=order.__getitem__))})")
        for letter, group in sorted(firsts.items())
    ]
    if anywhere:
        return "|".join([_halved(groups), *anywhere])
    # one look at a word's first letter turns away most words before any group is tried
    return f"(?=[{''.join(re.escape(letter) for letter in sorted(firsts))}])(?:{_halved(groups)})"


def _halved(groups: Sequence[tuple[str, str]]) -> str:
    """Letter groups as one alternation that a look at which half of the letters a word's
    first is in splits, and splits again: a few looks instead of one per letter before it."""
    if len(groups) <= 4:
        return "|".join(group for _, group in groups)
    left, right = groups[: len(groups) // 2], groups[len(groups) // 2 :]
    return f"(?=[{''.join(re.escape(letter) for letter, _ in left)}])(?:{_halved(left)})|{_halved(right)}"


def guarded(pattern: str) -> str:
    """`pattern`, searched for, tried in full only where it can open: its alternatives
    grouped by their first letters (`by_first_letter`), or one alone behind a look at the
    letters it opens on; as it is where those cannot be told."""
    alternatives = _top_level(pattern)[0]
    if "" in alternatives:  # one that matches nothing matches everywhere
        return pattern
    if len(alternatives) > 1:
        return by_first_letter(alternatives)
    letters = _first_letters(pattern)
    return f"(?=[{''.join(re.escape(letter) for letter in sorted(letters))}])(?:{pattern})" if letters else pattern


_SECOND_LETTER_GROUP = 8  # a group of fewer patterns is tried as it is


def _by_second_letter(first: str, patterns: Sequence[str]) -> str:
    """The patterns of one first letter as one alternation, in their order, grouped again
    by their second letter where each alternative plainly opens on two letters; a pattern
    whose second letter this cannot tell goes into every group, and alone after them (for
    words whose second letter opens no group)."""
    if len(patterns) < _SECOND_LETTER_GROUP:
        return "|".join(patterns)
    seconds: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for pattern in patterns:
        letters = {opening[1] for opening in _two_letter_openings(pattern) or () if opening[0] == first}
        if not letters:
            anywhere.append(pattern)
        for letter in letters:
            seconds.setdefault(letter, []).append(pattern)
    order = {pattern: i for i, pattern in enumerate(patterns)}
    groups = [
        f"(?=.{re.escape(letter)})(?:{'|'.join(sorted([*group, *anywhere], key=order.__getitem__))})"
        for letter, group in sorted(seconds.items())
    ]
    return "|".join([*groups, *anywhere]) or "(?!)"


def _two_letter_openings(pattern: str) -> frozenset[str] | None:
    """The two letters, lower-cased, every match of `pattern` opens on, where each
    alternative plainly starts with two letters, or with a group of such alternatives
    ("(?:погиб|умер)\\w*": по, ум); None otherwise."""
    openings: set[str] = set()
    for alternative in _top_level(pattern)[0]:
        if alternative.startswith(("(?:", "(?-i:")):
            end = _top_level(alternative)[1].get(0)
            if end is None or alternative[end + 1 : end + 2] in ("?", "*", "{", "+"):
                return None
            inner = _two_letter_openings(alternative[alternative.index(":") + 1 : end])
            if inner is None:
                return None
            openings |= inner
        elif (
            alternative[:2].isalpha()
            and alternative[2:3] not in ("?", "*", "{", "+")
            and alternative[1:2] not in ("?", "*", "{", "+")
            and len(alternative[:2].lower()) == 2
        ):
            openings.add(_folded(alternative[:2]))
        else:
            return None
    return frozenset(openings)


# --------------------------------------------------------------------------- sentences

# What may open a sentence: a capital, or a letter of a script without capitals (Arabic, Georgian)
_UPPER = "A-ZÀ-ÖØ-ÞŞĞİŒŠŽǴŃŪĪƏА-ЯЁӘҒҚҢӨҰҮҺІЎЄЇҐ\u0600-\u06ff\u10d0-\u10ff"
_BOUNDARY = re.compile(rf"(?P<end>[.!?…]+[\"'”»’)]*)(?=\s+[\"'“«‘(]*[{_UPPER}0-9])|\n")
_LAST_WORD = re.compile(r"\w+$")
_LINE_OPENING = re.compile(r"[ \t]*(\w)")
# German writes a day as an ordinal: "am 6. Januar" ends no sentence
_GERMAN_MONTH = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)
# nor does an English month cut short before its day: "Jan. 6 (UPI) --"
_MONTH_ABBREVIATIONS = frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
_DAY_NEXT = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?(?=\s*[(–—-]|,(?!\d)|\s+\d{4}\b|[ \t]*(?:\n|$))")  # "Jan. 6 (UPI)", "Jan. 6, 2022"
# and those before a number: "approx. 450 people", "прибл. 300"
_ABBREVIATIONS = frozenset(["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "jr", "no", "vs", "approx", "appr", "ca",
                            "ул", "им", "г", "гг", "ж", "обл", "проф", "прибл", "тыс", "млн", "млрд"])  # fmt: skip


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text`, whitespace trimmed.

    A sentence ends at . ! ? or … before a capital letter or a digit, not after an
    initial or an abbreviation ("U.S.", "г. Алматы", "Mr. Tokayev"), nor in a German date
    ("am 6. Januar") or an English one cut short before its day ("Jan. 6 (UPI) --"), and at
    the end of a line, unless a word breaks there and the next line goes on in lower case
    ("ауруханада ем\nалып жатыр": a page's hard wrap).
    """
    start = 0
    for m in _BOUNDARY.finditer(text):
        if not m.group("end") and m.start() and text[m.start() - 1].isalnum() and _goes_on(text, m.end()):
            continue
        if m.group("end"):
            found = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
            word = found.group() if found else ""
            lowered = word.lower()
            if len(word) == 1 and word.isalpha() or lowered in _ABBREVIATIONS:
                continue
            if len(word) <= 2 and word.isdigit() and _GERMAN_MONTH.match(text, m.end("end")):
                continue
            if lowered in _MONTH_ABBREVIATIONS and _DAY_NEXT.match(text, m.end("end")):
                continue  # a wire's dateline: "Jan. 6 (UPI) --"
            end = m.end("end")
        else:
            end = m.start()
        yield from _trimmed(text, start, end)
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _goes_on(text: str, pos: int) -> bool:
    """Whether the line at `pos` opens in lower case."""
    m = _LINE_OPENING.match(text, pos)
    return bool(m and m.group(1).islower())


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


# Latin and Cyrillic letters that look alike. Some pages mix them inside a word, by a
# keyboard's slip or to keep scrapers out ("пoлiцeйcькi" with Latin o, e, c, i; "Оrda" with a
# Cyrillic О), which no pattern of either alphabet then matches.
_LATIN_LOOKALIKES = "aceiopxyABCEHIKMOPTX"
_CYRILLIC_LOOKALIKES = "асеіорхуАВСЕНІКМОРТХ"
# and Cyrillic letters a spinner puts into Latin words ("һave" with a Kazakh һ, "ѕ", "ј"):
# read as Latin there, but h, s and j stay Latin's own, so "shор" is "shop" and "жиhаз" is left
_INTO_LATIN = "һѕј"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES + _INTO_LATIN, _LATIN_LOOKALIKES + "hsj")
_MIXED_WORD = re.compile(r"\b(?=[^\W\d_]*[a-zA-Z])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]+")
# a Latin letter right beside a Cyrillic one: where a mixed word is, if anywhere (the pattern
# opens on a plain letter class, which the engine scans for quickly)
_SEAM = re.compile(r"[a-zA-Z](?:(?=[\u0400-\u04ff])|(?<=[\u0400-\u04ff][a-zA-Z]))")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[a-zA-Z]")


# Greek letters that look like Cyrillic ones, which text spinners put inside Cyrillic words
# ("челοвеκа" with an omicron and a kappa)
_GREEK_LOOKALIKES = str.maketrans("οκαερτυχΟΚΑΕΡΤΧΜΗΒ", "окаертухОКАЕРТХМНВ")
_GREEK_IN_CYRILLIC = re.compile(r"\b(?=[^\W\d_]*[\u0370-\u03ff])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]+")
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff]")


def as_read(text: str) -> str:
    """`text` as the vocabularies read it: in one alphabet (`one_alphabet`, and Greek look-alikes
    inside a Cyrillic word as Cyrillic), without "ё", its Unicode hyphens as the ASCII one
    ("5‑қабатынан" with a non-breaking hyphen is a floor). The text keeps its length, so
    offsets hold."""
    if _GREEK_LETTER.search(text) and _CYRILLIC_LETTER.search(text):
        text = _GREEK_IN_CYRILLIC.sub(lambda m: m.group().translate(_GREEK_LOOKALIKES), text)
    return without_yo(one_alphabet(text)).replace("\u2011", "-").replace("\u2010", "-")


def one_alphabet(text: str) -> str:
    """`text` with each word that mixes Latin and Cyrillic letters written in one alphabet:
    the one whose own letters (those without a look-alike) it has ("мepeжi" -> "мережі",
    "АSTANА" -> "ASTANA"), else the one most of its letters are in. A word with letters of
    both alphabets' own stays as it is: Kazakh in the Latin alphabet with a Cyrillic "ә"
    ("mәlimetinshe"). The text keeps its length, so offsets hold."""

    def unmixed(m: re.Match[str]) -> str:
        word = m.group()
        cyrillic = _CYRILLIC_LETTER.findall(word)
        own_cyrillic = any(c not in _CYRILLIC_LOOKALIKES and c not in _INTO_LATIN for c in cyrillic)
        own_latin = any(c not in _LATIN_LOOKALIKES for c in _LATIN_LETTER.findall(word))
        if own_cyrillic and own_latin:
            return word
        to_cyrillic = own_cyrillic or (not own_latin and 2 * len(cyrillic) >= len(word))
        return word.translate(_TO_CYRILLIC if to_cyrillic else _TO_LATIN)

    mixes = _CYRILLIC_LETTER.search(text) and _SEAM.search(text)  # most texts: one quick look
    return _MIXED_WORD.sub(unmixed, text) if mixes else text
