"""Kazakh in the Latin and Arabic alphabets, read as Cyrillic.

Kazakh is written in three scripts: Cyrillic in Kazakhstan; the Latin alphabet of the
reform (2017's apostrophes, 2018's acute accents and digraphs, 2021's á ǵ ı ń ó ú ý ş,
and its umlaut draft ä ğ ñ ö ü ū ī) on official and news sites moving to it; the Arabic
script (töte jazu) among Kazakhs in China and on the agencies' Arabic-script editions.
The letters map onto Cyrillic nearly one to one, so the stages that read Kazakh (topics,
figures) keep one vocabulary, in Cyrillic, and read the other scripts through
`to_cyrillic`. `Transliteration.source_span` maps a span of the Cyrillic reading back to
the text as written, so a claim quotes the sentence as the outlet wrote it.

In the Arabic script a word's vowels are back unless it is marked front: by the hamza
(ٴ) before it, or by one of the letters only front words have (ە, ك, گ). Then ا, و, ۇ, ى
are ә, ө, ү, і instead of а, о, ұ, ы.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["Transliteration", "to_cyrillic"]

# Longest first: a digraph or an apostrophe form before its first letter.
_LATIN: dict[str, str] = {
    "sh": "ш", "ch": "ч",
    "a'": "ә", "g'": "ғ", "n'": "ң", "o'": "ө", "u'": "ү", "y'": "у", "i'": "и", "s'": "ш", "c'": "ч",
    "á": "ә", "ä": "ә", "ǵ": "ғ", "ğ": "ғ", "ǧ": "ғ", "ŋ": "ң", "ń": "ң", "ñ": "ң", "ó": "ө", "ö": "ө", "ú": "ү", "ü": "ү",
    "ý": "у", "ū": "у", "ı": "и", "ī": "и", "í": "и", "ş": "ш", "ç": "ч",
    "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "і", "j": "ж",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
    "u": "ұ", "v": "в", "w": "у", "x": "х", "y": "ы", "z": "з",
}  # fmt: skip
_LATIN_UNIT = re.compile(
    "|".join(re.escape(k) for k in sorted(_LATIN, key=len, reverse=True)).replace("'", "['’ʼ]"), re.IGNORECASE
)

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
def to_cyrillic(text: str, script: str) -> Transliteration:
    """`text`, Kazakh written in `script` ("Latn" or "Arab"), in the Cyrillic alphabet.
    Any other script is returned as it is."""
    if script == "Latn":
        return _from_latin(text)
    if script == "Arab":
        return _from_arabic(text)
    return Transliteration(text, text, tuple(range(len(text))))


_VOWELS = set("аәеиоөұүыіэюяАӘЕИОӨҰҮЫІЭЮЯ")


def _from_latin(text: str) -> Transliteration:
    out: list[str] = []
    origins: list[int] = []
    i = 0
    while i < len(text):
        # The reformed alphabet writes both и and й as ı: й after a vowel and before no vowel
        # ("qaıtys" қайтыс, "aıtty" айтты), и elsewhere ("oqıǵa" оқиға)
        if text[i] == "ı" and out and out[-1] in _VOWELS:
            following = _LATIN_UNIT.match(text, i + 1)
            if not (following and _latin_letter(following.group()) in _VOWELS):
                out.append("й")
                origins.append(i)
                i += 1
                continue
        unit = _LATIN_UNIT.match(text, i)
        if unit is None:
            out.append(text[i])
            origins.append(i)
            i += 1
            continue
        written = unit.group()
        letter = _latin_letter(written)
        out.append(letter.upper() if written[0].isupper() else letter)
        origins.append(i)
        i = unit.end()
    return Transliteration("".join(out), text, tuple(origins))


def _latin_letter(written: str) -> str:
    """The Cyrillic letter a Latin unit stands for ("ǵ" -> "ғ", "sh" -> "ш")."""
    key = written.lower().replace("’", "'").replace("ʼ", "'")
    return _LATIN.get(key) or _LATIN.get(key[:1], written)  # Turkish İ lowers to i and a dot


def _from_arabic(text: str) -> Transliteration:
    out: list[str] = []
    origins: list[int] = []
    last = 0
    for word in _ARABIC_WORD.finditer(text):
        for i in range(last, word.start()):
            out.append(_ARABIC.get(text[i], text[i]))
            origins.append(i)
        front = bool(_FRONT_LETTERS & set(word.group())) or any(h in word.group() for h in _HAMZA)
        mark: int | None = None
        for i in range(word.start(), word.end()):
            char = text[i]
            if char in _HAMZA:
                mark = i  # a mark, not a letter: it is read with the letter after it
                continue
            if char in _ARABIC_VOWELS:
                out.append(_ARABIC_VOWELS[char][front])
            elif char in "يی" and out and out[-1] in _VOWELS and not _vowel_follows(word.group(), i - word.start()):
                out.append("й")  # "قايتىس" қайтыс: ي after a vowel and before none is й
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


def _vowel_follows(word: str, i: int) -> bool:
    return i + 1 < len(word) and (word[i + 1] in _ARABIC_VOWELS or word[i + 1] in "ەيی")


def _capital(match: re.Match[str]) -> str:
    upper = match.group().upper()
    return upper if len(upper) == 1 else match.group()  # one letter for one: offsets hold


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?]\s))\w")
