"""Kazakh in the Latin and Arabic alphabets, read as Cyrillic; Chinese, Japanese and Korean
read with spaces between their words.

Kazakh is written in three scripts: Cyrillic in Kazakhstan; the Latin alphabet of the
reform on official and news sites moving to it; the Arabic script (töte jazu) among Kazakhs
in China and on the agencies' Arabic-script editions. The letters map onto Cyrillic nearly
one to one, so the stages that read Kazakh (topics, figures) keep one vocabulary, in
Cyrillic, and read the other scripts through `to_cyrillic`. `Transliteration.source_span`
maps a span of the Cyrillic reading back to the text as written, so a claim quotes the
sentence as the outlet wrote it.

The Latin alphabet has had several versions, and the press writes each, so a text is read
by the convention its letters show (`_convention`). Most letters are the same in all; four
are not:

    version                           ы     і     и, й    ұ     у
    2017 apostrophes, 2018 acutes     y     i     ı       u     ý (y')
    2021 (ä ö ü ğ ş ñ ū)              y     ı     i       ū     u
    Turkish-style (Qazaq Times)       ı     i     y (й)   w     u
    digraphs (Abai.kz's converter)    y     i     iy; y, i ú    u     (ү as ý)

The letter for и and й is й after a vowel ("qaıtys", "keıin", "aıyndaǵy": қайтыс, кейін,
айындағы; Kazakh has no vowel before и) and, with a after it, я ("aıaq", "saıası": аяқ,
саяси). The digraph version writes ң and ғ as "ng" and "gh" ("Qazaqstannyng", "oqighasy"),
keeps the Cyrillic ә, writes ү as ý and й as y or i after a vowel ("qaytys", "boyynsha",
"aitty": қайтыс, бойынша, айтты; after у they are ы and і: "juyq", "tórteui"), and и as iy
("preziydenti", "jariyalady": президенті, жариялады).

In the Arabic script a word's vowels are back unless it is marked front: by the hamza
(ٴ) before it, or by one of the letters only front words have (ە, ك, گ; not the е of the
comitative -мен, -бен, -пен, which no word's vowels change). Then ا, و, ۇ, ى
are ә, ө, ү, і instead of а, о, ұ, ы. A vowel beside қ or ғ (ق, ع, غ) is back and one
beside к or г (ك, گ) front whatever the word's mark: Kazakh pairs those consonants with
those vowels, so a loanword of mixed vowels ("قاسىرەت", қасірет) is read as it is spoken.

Chinese and Japanese write no spaces between words, and Korean, which does, glues a number
to its counter ("164명이"); the figures stage's rules are written for words set apart.
`spaced` reads such a text with a space around each number and each vocabulary word it is
given, its full-width signs as their ASCII twins, and a line break after each sentence
(their sentences open on no capital letter). The same `Transliteration` maps a span back.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["Transliteration", "spaced", "to_cyrillic"]

# Longest first: a digraph or an apostrophe form before its first letter. The letters
# every version writes alike; `_CONVENTIONS` has the rest.
_LATIN: dict[str, str] = {
    "sh": "ш", "ch": "ч", "gh": "ғ",  # (the last in ASCII-only writing: "oqighasy", оқиғасы)
    "a'": "ә", "g'": "ғ", "n'": "ң", "o'": "ө", "u'": "ү", "y'": "у", "i'": "и", "s'": "ш", "c'": "ч",
    "á": "ә", "ä": "ә", "ǵ": "ғ", "ğ": "ғ", "ǧ": "ғ", "ŋ": "ң", "ń": "ң", "ñ": "ң", "ó": "ө", "ö": "ө", "ú": "ү", "ü": "ү",
    "ý": "у", "ī": "и", "í": "и", "ş": "ш", "ç": "ч",
    "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "j": "ж",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
    "v": "в", "x": "х", "z": "з",
}  # fmt: skip
_AND_I = "и"  # the letter of и and й (module docstring)
_CONVENTIONS: dict[str, dict[str, str]] = {
    "2018": {"y": "ы", "i": "і", "ı": _AND_I, "u": "ұ", "ū": "у", "w": "у"},
    "2021": {"y": "ы", "ı": "і", "i": _AND_I, "u": "у", "ū": "ұ", "w": "у"},
    "turkish": {"ı": "ы", "i": "і", "y": "й", "u": "у", "ū": "ұ", "w": "ұ"},
    "digraphs": {"y": "ы", "i": "і", "iy": _AND_I, "ng": "ң", "u": "у", "ú": "ұ", "ý": "ү", "ū": "ұ", "w": "у"},
}


def _units(letters: dict[str, str]) -> re.Pattern[str]:
    """What one letter of `letters`' version is written as: longest first."""
    written = sorted([*_LATIN, *letters], key=len, reverse=True)
    pattern = "|".join(re.escape(k) for k in written).replace("'", "['’ʼ]")
    return re.compile(pattern.replace("ng", "ng(?!h)"), re.IGNORECASE)  # "jariyalanghan": н, ғ


_LATIN_UNITS = {name: _units(letters) for name, letters in _CONVENTIONS.items()}
# 2018's acute letters, the later versions' umlauts and breves, and how each of those two
# writes ұ and ы
_ACUTE = re.compile("[áǵńóúý]", re.IGNORECASE)
_UMLAUT = re.compile("[äöüğǧşñŋū]", re.IGNORECASE)
_2021_U = re.compile("ū", re.IGNORECASE)
_TURKISH_U = re.compile(r"(?<![aeiouıäöüyw])w(?=[^\W\daeiouıäöüyw])", re.IGNORECASE)  # "bwl", "wlttıq"
_Y_AS_VOWEL = re.compile(r"(?<=[^\W\daeiouıäöüyw])y(?=[^\W\daeiouıäöüyw])", re.IGNORECASE)  # "jyl", "qyz"
_I_AS_VOWEL = re.compile(r"(?<=[^\W\daeiouıäöüyw])ı(?=[^\W\daeiouıäöüyw])", re.IGNORECASE)  # "jıl", "qız"
# ң and ғ as two letters, where no other version has them: "gh", and "ng" closing a syllable;
# or у as u beside a vowel ("auru", "tórteui"), where 2018 writes ý and ұ seldom stands
_DIGRAPH = re.compile(r"gh|ng(?![aeiouyә])|(?<=[aeoiyә])u|u(?=[aeoiyә])", re.IGNORECASE)
_NOT_DIGRAPHS = re.compile("[ıǵńäöüğǧşñŋǴŃÄÖÜĞǦŞÑŊ]")  # not IGNORECASE: that takes i for ı

_ARABIC: dict[str, str] = {
    "ب": "б", "پ": "п", "ت": "т", "ج": "ж", "چ": "ч", "ح": "х", "خ": "х", "د": "д", "ر": "р", "ز": "з",
    "س": "с", "ش": "ш", "ع": "ғ", "غ": "ғ", "ف": "ф", "ق": "қ", "ك": "к", "ک": "к", "گ": "г", "ڭ": "ң",
    "ل": "л", "م": "м", "ن": "н", "ھ": "һ", "ه": "һ", "ۋ": "у", "ۆ": "в", "ي": "и", "ی": "и", "ە": "е", "ة": "е",
    "،": ",", "؛": ";", "؟": "?", "٪": "%",
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Extended Arabic-Indic digits
}  # fmt: skip
_ARABIC_VOWELS = {"ا": ("а", "ә"), "و": ("о", "ө"), "ۇ": ("ұ", "ү"), "ى": ("ы", "і")}
_HAMZA = "\u0674\u0621"  # ٴ ء: the word's vowels are front
_FRONT_LETTERS = set("ەكکگ")
# the comitative -мен/-бен/-пен keeps its е after back words too ("شامامەن", шамамен): no mark
_INVARIANT_ENDING = re.compile("[مبپ]ەن$")
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff\u0750-\u077f]+")


@dataclass(frozen=True, slots=True)
class Transliteration:
    """A text read as Cyrillic, and where each of its characters came from."""

    text: str
    original: str
    _origins: tuple[int, ...]  # for each character of `text`, its offset in `original`

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of `original` that the span `start:end` of `text` was read from."""
        if start >= end:
            at = self._origin(start)
            return at, at
        return self._origin(start), self._origin(end - 1) + self._width(end - 1)

    def _origin(self, i: int) -> int:
        return self._origins[i] if i < len(self._origins) else len(self.original)

    def _width(self, i: int) -> int:
        """How many characters of `original` the i-th character of `text` was read from."""
        following = self._origins[i + 1] if i + 1 < len(self._origins) else len(self.original)
        return max(1, following - self._origins[i])


# Topics and figures both read an article's text: the second reading is the first's.
@functools.lru_cache(maxsize=16)
def to_cyrillic(text: str, script: str, context: str = "") -> Transliteration:
    """`text`, Kazakh written in `script` ("Latn" or "Arab"), in the Cyrillic alphabet.
    Any other script is returned as it is. `context`, the rest of the story (a title's body),
    helps tell which Latin version both are written in."""
    if script == "Latn":
        return _from_latin(text, _convention(f"{text}\n{context}"))
    if script == "Arab":
        return _from_arabic(text)
    return Transliteration(text, text, tuple(range(len(text))))


_VOWELS = set("аәеиоөұүыіэюяАӘЕИОӨҰҮЫІЭЮЯ")


def _convention(text: str) -> str:
    """The Latin version `text` is written in (module docstring)."""
    if _DIGRAPH.search(text) and not _NOT_DIGRAPHS.search(text):
        return "digraphs"
    if len(_ACUTE.findall(text)) >= len(_UMLAUT.findall(text)):
        return "2018"  # and 2017's apostrophes, and plain letters
    u_2021, u_turkish = len(_2021_U.findall(text)), len(_TURKISH_U.findall(text))
    if u_2021 != u_turkish:
        return "2021" if u_2021 > u_turkish else "turkish"
    # ы between consonants is common: whichever letter stands there is ы
    return "turkish" if len(_I_AS_VOWEL.findall(text)) > len(_Y_AS_VOWEL.findall(text)) else "2021"


def _from_latin(text: str, convention: str) -> Transliteration:
    letters, units = _CONVENTIONS[convention], _LATIN_UNITS[convention]
    digraphs = convention == "digraphs"
    out: list[str] = []
    origins: list[int] = []
    i = 0
    while i < len(text):
        unit = units.match(text, i)
        if unit is None:
            out.append(text[i])
            origins.append(i)
            i += 1
            continue
        written, end = unit.group(), unit.end()
        letter = _latin_letter(written, letters)
        if digraphs and written.lower() == "iy" and (following := units.match(text, end)) and following.group().lower() == "a":
            out.append(letter.upper() if written[0].isupper() else letter)  # "Konstitusiya": и, then я
            origins.append(i)
            i, written, end, letter = following.start(), following.group(), following.end(), "я"
        elif letter in (_AND_I, "й"):
            after_vowel = bool(out) and out[-1] in _VOWELS
            following = units.match(text, end)
            glides = letter == "й" or after_vowel or not out or not out[-1].isalpha()
            if glides and following and following.group().lower() == "a":
                letter, end = "я", following.end()  # "aıaq" аяқ, "ıadrolyq" ядролық; not "qıa" қия
            elif after_vowel:
                letter = "й"
        elif (letter == "ы" or (digraphs and letter == "і")) and out and out[-1] in _VOWELS and out[-1] not in "уУиИ":
            # Kazakh puts no vowel before ы or і but у and и ("juyq", "bıyl", "tórteui"): after
            # another, the letter is й, as texts that write й so have it ("qaytys", "aitty")
            letter = "й"
        out.append(letter.upper() if written[0].isupper() else letter)
        origins.append(i)
        i = end
    return Transliteration("".join(out), text, tuple(origins))


def _latin_letter(written: str, letters: dict[str, str]) -> str:
    """The Cyrillic letter a Latin unit stands for ("ǵ" -> "ғ", "sh" -> "ш")."""
    key = written.lower().replace("’", "'").replace("ʼ", "'")
    for key in (key, key[:1]):  # Turkish İ lowers to i and a dot
        if key in letters or key in _LATIN:
            return letters.get(key) or _LATIN[key]
    return written


def _from_arabic(text: str) -> Transliteration:
    out: list[str] = []
    origins: list[int] = []
    last = 0
    for word in _ARABIC_WORD.finditer(text):
        for i in range(last, word.start()):
            out.append(_ARABIC.get(text[i], text[i]))
            origins.append(i)
        stem = _INVARIANT_ENDING.sub("", word.group()) or word.group()
        front = bool(_FRONT_LETTERS & set(stem)) or any(h in word.group() for h in _HAMZA)
        mark: int | None = None
        for i in range(word.start(), word.end()):
            char = text[i]
            if char in _HAMZA:
                mark = i  # a mark, not a letter: it is read with the letter after it
                continue
            if char in _ARABIC_VOWELS:
                vowel = _ARABIC_VOWELS[char][_front_vowel(word.group(), i - word.start(), front)]
                if vowel == "а" and out and out[-1] == "й":  # "ايازدار" аяздар
                    out[-1] = "я"
                    continue
                out.append(vowel)
            elif char in "يی" and out and out[-1] in _VOWELS:
                out.append("й")  # "قايتىس" қайтыс, "بويىنشا" бойынша: Kazakh has no vowel before и
            else:
                out.append(_ARABIC.get(char, char))
            origins.append(i if mark is None else mark)
            mark = None
        last = word.end()
    for i in range(last, len(text)):
        out.append(_ARABIC.get(text[i], text[i]))
        origins.append(i)
    # The Arabic script has no capitals; sentences and names begin with one in Cyrillic.
    reading = _SENTENCE_START.sub(_capital, "".join(out))
    return Transliteration(reading, text, tuple(origins))


_BACK_CONSONANTS = set("قعغ")  # қ, ғ
_FRONT_CONSONANTS = set("كکگ")  # к, г


def _front_vowel(word: str, i: int, front_word: bool) -> bool:
    """Whether the vowel letter word[i] is front: as the consonant beside it says, else as
    the word is marked."""
    beside = {word[j] for j in (i - 1, i + 1) if 0 <= j < len(word)}
    if beside & _BACK_CONSONANTS:
        return False
    if beside & _FRONT_CONSONANTS:
        return True
    return front_word


def _capital(match: re.Match[str]) -> str:
    upper = match.group().upper()
    return upper if len(upper) == 1 else match.group()  # one letter for one: offsets hold


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?]\s))\w")


# CJK ideographs, kana and Hangul: the letters a number may be glued to
_GLUED_LETTER = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_GLUED = re.compile(rf"(?<=\d)(?=[{_GLUED_LETTER}])|(?<=[{_GLUED_LETTER}])(?=\d)")
_FULL_WIDTH = str.maketrans("，。：；！？（）、", ",.:;!?(),")
_SENTENCE_END = frozenset("。！？")
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CJK_POWERS = {"十": 10, "百": 100, "백": 100, "千": 1000, "천": 1000, "万": 10000, "萬": 10000, "만": 10000}
# A number written with the powers of ten as characters: digits and powers ("7천989",
# "2천5백", "約6千人") or, before a counter of people or bodies, numerals all through
# ("十余名", "两名", "二十五人"); not after "several" ("数十人": dozens, a vague count)
_CJK_NUMERAL = re.compile(
    r"(?<![\d,.])\d[\d,]*(?:[十百千万萬천백만]\d*)+"
    r"|(?<![数數几幾])[〇零一二两兩三四五六七八九十百千万萬]+(?=[余多]?[名人具])"
)


def _numeral_value(numeral: str) -> int:
    """The value of a `_CJK_NUMERAL`: "2천5백" 2500, "1万2千" 12000, "二十五" 25."""
    total = section = 0
    current: int | None = None
    for token in re.findall(r"[0-9]+|\S", numeral.replace(",", "")):
        if token.isascii():
            current = int(token)
        elif token in _CJK_DIGITS:
            current = _CJK_DIGITS[token]
        elif (power := _CJK_POWERS[token]) >= 10000:
            total += (section + (current or 0) or 1) * power
            section, current = 0, None
        else:
            section += (1 if current is None else current) * power
            current = None
    return total + section + (current or 0)


def spaced(text: str, words: re.Pattern[str] | None = None) -> Transliteration:
    """`text` with a space between a number and a CJK or Hangul letter it touches and, when
    `words` is given, around each of its matches; numbers written with characters as digits,
    full-width signs as ASCII and a line break after each sentence's end (module docstring)."""
    cuts = {m.start() for m in _GLUED.finditer(text)}
    numerals = {m.start(): m for m in _CJK_NUMERAL.finditer(text)}
    for m in numerals.values():
        cuts.update((m.start(), m.end()))
    if words is not None:
        for m in words.finditer(text):
            cuts.update((m.start(), m.end()))
    out: list[str] = []
    origins: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if i in cuts and out and out[-1].isalnum() and ch.isalnum():
            out.append(" ")
            origins.append(i)
        if numeral := numerals.get(i):
            digits = str(_numeral_value(numeral.group()))
            out.extend(digits)  # each digit from the numeral's start, the last from its end
            origins.extend([i] * (len(digits) - 1) + [numeral.end() - 1])
            i = numeral.end()
            continue
        if ch.isspace() and out and out[-1] in ".!?":
            ch = "\n"  # Korean: ". " before a word in Hangul
        out.append(ch.translate(_FULL_WIDTH))
        origins.append(i)
        if ch in _SENTENCE_END:
            out.append("\n")
            origins.append(i + 1)
        i += 1
    return Transliteration("".join(out), text, tuple(origins))
