"""Language stage: an ISO 639-1 code for an article's text, Kazakh told apart from Russian.

Statistical detectors alone get Kazakh wrong: langdetect has no Kazakh model and calls
it Russian, and on a short headline any n-gram model may confuse Russian, Kazakh,
Kyrgyz, Bulgarian or Ukrainian. But Cyrillic alphabets differ in letters, and letters
are hard evidence: Kazakh writes ә ғ қ ұ һ, Kyrgyz ң ө ү but none of those, Ukrainian
ї є ґ and never ы э ё ъ, Belarusian ў and never и щ. So for Cyrillic text the letters
pick the languages that could have written it, and py3langid (which knows all of
them) ranks only those. Names are spelled in their own language ("Нұр Отан" in a
Russian sentence), so a capitalised word inside a sentence may show a language's
letters but cannot rule a language out.

Other scripts go to py3langid, whose answer stands when it is sure; only an uncertain
text (a short or mixed one) is asked of langdetect too (seeded, so the same text always
gets the same answer): its character n-grams are the better second opinion there, but
its pure-Python sampling costs four times py3langid's on a full article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from langdetect import DetectorFactory, LangDetectException, detect_langs
from langdetect.detector_factory import init_factory
from py3langid.langid import MODEL_FILE, LanguageIdentifier

__all__ = ["detect_language", "load_models"]

DetectorFactory.seed = 0  # langdetect samples n-grams at random; a fixed seed makes it repeatable

MIN_LETTERS = 10  # below this no detector is better than a guess
SAMPLE_CHARS = 2000  # an article's opening (a few paragraphs) decides as well as its whole, and faster
MISFIT_TOLERANCE = 0.05  # share of words an alphabet may fail to write (quotes, stray names)
SURE_CONFIDENCE = 0.9  # py3langid's probability above which langdetect is not asked


@dataclass(frozen=True, slots=True)
class _Alphabet:
    """How one Cyrillic language is written.

    `never` matches what its spelling cannot contain. `signs` are letters the text must
    show before the language is considered at all: alphabets that extend Russian's
    (Kazakh, Kyrgyz, ...) can write any Russian word, so fitting alone proves nothing.
    """

    code: str
    never: re.Pattern[str]
    signs: str = ""


_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def _alphabet(code: str, letters: str, *, signs: str = "", also_never: str = "") -> _Alphabet:
    pattern = f"[^{letters}]" + (f"|{also_never}" if also_never else "")
    return _Alphabet(code, re.compile(pattern), signs)


def _without(letters: str, dropped: str) -> str:
    return "".join(c for c in letters if c not in dropped)


_ALPHABETS = (
    # Russian ъ only ever precedes е ё ю я ("объявил"); Bulgarian's is a vowel ("държава").
    _alphabet("ru", _RU, also_never="ъ(?![еёюя])"),
    _alphabet("bg", _without(_RU, "ёыэ")),
    _alphabet("uk", _without(_RU, "ёъыэ") + "ґєії"),
    _alphabet("be", _without(_RU, "ищъ") + "іў", signs="іў"),
    _alphabet("mk", "абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
    _alphabet("sr", "абвгдђежзијклљмнњопрстћуфхцчџш"),
    _alphabet("kk", _RU + "әғқңөұүһі", signs="әғқұһ"),
    _alphabet("ky", _RU + "ңөү", signs="ңөү"),
    _alphabet("mn", _RU + "өү", signs="өү"),
    _alphabet("tt", _RU + "әөүҗңһ", signs="әөүҗңһ"),
    _alphabet("ba", _RU + "әөүғҡҙҫңһ", signs="әөүғҡҙҫңһ"),
    _alphabet("az", "абвгғдеәжзиыјкҝлмноөпрстуүфхһчҹш", signs="әғјҝөүһҹ"),
    _alphabet("tg", _without(_RU, "цщыь") + "ғӣқӯҳҷ", signs="ӣӯҳҷ"),
    _alphabet("uz", _without(_RU, "щы") + "ўқғҳ", signs="ўҳ"),
)

_URL = re.compile(r"\S*(?:://|www\.)\S*")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SENTENCE_END = re.compile(r"[.!?…\n]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is written in; None when there is too little text."""
    sample = _URL.sub(" ", text[:SAMPLE_CHARS])
    words = _WORD.findall(sample)
    letters = sum(len(w) for w in words)
    if letters < MIN_LETTERS:
        return None
    if sum(len(w) for w in words if _CYRILLIC.match(w)) * 2 >= letters:
        return _cyrillic_language(sample)
    return _other_script_language(sample)


def _cyrillic_language(sample: str) -> str:
    words, evidence = _cyrillic_words(sample)
    misfit = {a.code: sum(1 for w in evidence if a.never.search(w)) / len(evidence) for a in _ALPHABETS}
    shown = set("".join(words))
    candidates = {
        a.code for a in _ALPHABETS if misfit[a.code] <= MISFIT_TOLERANCE and (not a.signs or shown & set(a.signs))
    }
    if not candidates:  # unusual spelling: keep the alphabets that fit it best
        best = min(misfit.values())
        candidates = {code for code, share in misfit.items() if share == best}
    if len(candidates) == 1:
        return candidates.pop()
    return next(lang for lang, _ in _identifier().rank(sample) if lang in candidates)


def _cyrillic_words(sample: str) -> tuple[list[str], list[str]]:
    """All Cyrillic words, lower-cased, and those that show how the writer spells.

    A capitalised word inside a sentence is most likely a name, spelled in its own
    language ("Нұр Отан" in Russian text): it may show letters, but cannot rule an
    alphabet out. The first word of a sentence and words in capitals can.
    """
    words, evidence = [], []
    previous_end = 0
    for match in _WORD.finditer(sample):
        word = match.group()
        sentence_start = previous_end == 0 or _SENTENCE_END.search(sample, previous_end, match.start())
        if _CYRILLIC.match(word):
            words.append(word.lower())
            if sentence_start or not word[0].isupper() or word.isupper():
                evidence.append(word.lower())
        previous_end = match.end()
    return words, evidence if len(evidence) >= 3 else words


def _other_script_language(sample: str) -> str | None:
    lang, confidence = _identifier().classify(sample)
    if confidence >= SURE_CONFIDENCE:
        return lang if len(lang) == 2 else None
    try:
        return detect_langs(sample)[0].lang.split("-")[0]  # zh-cn -> zh
    except LangDetectException:  # nothing langdetect can use (symbols, digits)
        return lang if len(lang) == 2 else None


@cache
def _identifier() -> LanguageIdentifier:
    # Loaded on first use, once per process (see load_models).
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_models() -> None:
    """Load py3langid's model now instead of on first use (half a second, 70 MB).

    Done in the process pool's fork server, it is done once: the workers forked from it
    start with the model in memory and share its pages. langdetect's profiles load on
    first use: a full article seldom leaves py3langid unsure.
    """
    _identifier()
