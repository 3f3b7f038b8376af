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

from langdetect import LangDetectException
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline.stages.transliteration import to_cyrillic

__all__ = ["detect_language", "detect_language_and_script", "load_models"]

MIN_LETTERS = 10  # below this no detector is better than a guess
SAMPLE_CHARS = 2000  # an article's opening (a few paragraphs) decides as well as its whole, and faster
MISFIT_TOLERANCE = 0.05  # share of words an alphabet may fail to write (quotes, stray names)
SURE_CONFIDENCE = 0.9  # py3langid's probability above which langdetect is not asked
SHORT_LETTERS = 400  # a text this short may show none of its alphabet's own letters


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
    # Uzbek and Tajik write қ and ғ too: a text showing only those may be either, or Kazakh
    _alphabet("tg", _without(_RU, "цщыь") + "ғӣқӯҳҷ", signs="ӣӯҳҷқғ"),
    _alphabet("uz", _without(_RU, "щы") + "ўқғҳ", signs="ўҳқғ"),
    _alphabet("ug", _RU + "әөүҗңһқғ", signs="җ"),  # Uyghur in Cyrillic (Kazakhstan's Uyghurs)
    # Abkhaz and Ossetian, which no detector knows, have letters no other language writes:
    # Abkhaz ҧ ҭ ӡ ҩ ҵ ҽ ҿ, Ossetian æ (the Latin letter, or Cyrillic ӕ)
    _alphabet("ab", _RU + "ҧҭӡҩҵҽҿџәҳқҟғҷ", signs="ҧҭӡҩҵҽҿ"),
    _alphabet("os", _RU + "æӕ", signs="æӕ"),
)

_URL = re.compile(r"\S*(?:://|www\.)\S*")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SENTENCE_END = re.compile(r"[.!?…\n]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is written in; None when there is too little text."""
    return detect_language_and_script(text)[0]


def detect_language_and_script(text: str) -> tuple[str | None, str | None]:
    """The language (ISO 639-1) `text` is written in and its script (ISO 15924: Cyrl,
    Latn, Arab, ...); None for what there is too little text to tell."""
    sample = _URL.sub(" ", text[:SAMPLE_CHARS])
    words = _WORD.findall(sample)
    letters = sum(len(w) for w in words)
    script = _script(sample)
    if letters < MIN_LETTERS:
        return None, script
    if script == "Cyrl":
        return _cyrillic_language(sample), script
    if script == "Latn" and _kazakh_latin_evidence(sample, words) >= KAZAKH_LATIN_EVIDENCE and _maybe_turkic(sample):
        if _cyrillic_language(to_cyrillic(sample, "Latn").text) == "kk":
            return "kk", script
    if script == "Arab" and _is_kazakh_arabic(sample):
        return "kk", script
    if script == "Latn" and _BELARUSIAN_LATIN.search(sample) and not _ESPERANTO.search(sample):
        return "be", script
    language = _other_script_language(sample)
    if script == "Hani" and language not in ("zh", "ja"):
        # the detectors take some traditional Chinese for Korean: Chinese characters with
        # Japanese kana are Japanese, without them Chinese
        language = "ja" if _KANA.search(sample) else "zh"
    if script == "Latn" and language in _SERBO_CROATIAN:
        language = _serbian_or_croatian(words, language)
    return language, script


_KANA = re.compile("[\u3040-\u30ff]")

# Belarusian in its Latin alphabet (łacinka) shares ć ł ń ś ź with Polish, but writes ŭ,
# which no other Slavic alphabet has; Esperanto's ŭ comes with ĉ ĝ ĥ ĵ ŝ.
_BELARUSIAN_LATIN = re.compile("ŭ", re.IGNORECASE)
_ESPERANTO = re.compile("[ĉĝĥĵŝ]", re.IGNORECASE)

# Serbian, Croatian and Bosnian in the Latin alphabet differ in a few words only, which
# the detectors mix up: Serbian is ekavian ("vreme", "pre", "bezbednost") and has its own
# words ("hiljada", "januar", "učešće"); Croatian and Bosnian are ijekavian ("vrijeme",
# "prije") and Croatian has its own ("tisuća", "siječanj", "sudjelovanje").
_SERBO_CROATIAN = frozenset({"sr", "hr", "bs"})
_SERBIAN_WORDS = re.compile(
    r"vreme|mest[aoue]|pre|posle|uvek|deca|dece|reč\w*|takođe|nedelj\w*|beogra\w*|"
    r"bezbedn\w*|hiljad\w*|januar\w*|februar\w*|opštin\w*|saopšt\w*|izveštaj\w*|učešć\w*|učestvova\w*|"
    r"vaspitan\w*|hleb\w*|vazduh\w*|posmatra\w*|povređ\w*",
)
_CROATIAN_WORDS = re.compile(
    r"vrijeme|mjest\w*|prije|poslije|uvijek|djec\w*|riječ\w*|također|tjed\w*|"
    r"bezbjedn\w*|tisuć\w*|siječ\w*|veljač\w*|općin\w*|priopć\w*|izvješ\w*|sudjelova\w*|sudjelovan\w*|"
    r"odgoj\w*|kruh\w*|zrak\w*|promatra\w*|povrijeđ\w*|ozlijeđ\w*|ozljed\w*",
)


def _serbian_or_croatian(words: list[str], detected: str) -> str:
    lowered = [w.lower() for w in words]
    serbian = sum(1 for w in lowered if _SERBIAN_WORDS.fullmatch(w))
    croatian = sum(1 for w in lowered if _CROATIAN_WORDS.fullmatch(w))
    if serbian > croatian:
        return "sr"
    return "hr" if croatian > serbian and detected == "sr" else detected


# Letters by script, for the scripts whose languages newsmon reads or should name.
_SCRIPTS = (
    ("Cyrl", re.compile(r"[\u0400-\u04ff\u0500-\u052f]")),
    ("Arab", re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("Grek", re.compile(r"[\u0370-\u03ff]")),
    ("Geor", re.compile(r"[\u10a0-\u10ff]")),
    ("Armn", re.compile(r"[\u0530-\u058f]")),
    ("Hebr", re.compile(r"[\u0590-\u05ff]")),
    ("Deva", re.compile(r"[\u0900-\u097f]")),
    ("Beng", re.compile(r"[\u0980-\u09ff]")),
    ("Taml", re.compile(r"[\u0b80-\u0bff]")),
    ("Thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("Hang", re.compile(r"[\uac00-\ud7af]")),
    ("Hani", re.compile(r"[\u4e00-\u9fff]")),
    ("Latn", re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")),
)


def _script(sample: str) -> str | None:
    """The script most of the letters of `sample` are written in."""
    counts = {name: len(letters.findall(sample)) for name, letters in _SCRIPTS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else None


# Kazakh in the Latin alphabet: its own letters (2018-2021 acute forms, the umlaut draft's
# ñ ū ī) and its commonest words. Turkish, Azerbaijani, Uzbek and
# Spanish share some of the letters but none of the words; `to_cyrillic` and the Cyrillic
# alphabets then confirm it.
KAZAKH_LATIN_EVIDENCE = 3
# (2017's apostrophes are not counted: Turkish writes one before every suffix of a name)
_KAZAKH_LATIN_LETTERS = re.compile(r"[ǵńýūīñǧŋ]", re.IGNORECASE)
_TURKMEN_LETTERS = re.compile(r"[ňž]", re.IGNORECASE)  # Turkmen writes ý and ä too, but ň and ž
# Kazakh writes ý (у) with 2018's acutes (á ó ú) and umlauts with 2021's letters, which have no
# ý: ý beside ä ö ü ş is Turkmen ("ýaralandy", "bidüzgünçilik")
_Y_ACUTE = re.compile("ý", re.IGNORECASE)
_UMLAUTS = re.compile("[äöüş]", re.IGNORECASE)
_KAZAKH_LATIN_WORDS = frozenset(
    "jáne jane zhane men ben pen bul búl osy degen dep bolyp boldy bolady bolǵan úshin ushin üşin "
    "boıynsha boiynsha boyinsha týraly turaly tūraly adam sondaı sondai jyl jyly jylǵy kezinde arqyly "
    "qazaqstan qazaqstannyń qazaq qala qalasy sany tapty edi joq olar búgin qańtar qantar memlekettik "
    "respýblıka respublika elimizde aıtty aitty degen jáne "
    # the 2021 letters (ū ı ş ä) and the Turkish-style ones (w ı y ş ä)
    "jäne būl bwl üşin boiynşa boyınşa turalı bolyp bolıp bolǧan bolğan jylǧy jılğı jılı osı qaŋtar qañtar".split()
)


_TURKIC = frozenset({"tr", "az", "uz", "kk", "ky", "tk", "tt", "ug", "ba", "crh"})


def _maybe_turkic(sample: str) -> bool:
    """Not a text py3langid is sure is in a language outside the Turkic family (Italian
    writes q too)."""
    lang, confidence = _identifier().classify(sample)
    return lang in _TURKIC or confidence < SURE_CONFIDENCE


def _kazakh_latin_evidence(sample: str, words: list[str]) -> int:
    if _TURKMEN_LETTERS.search(sample) or (_Y_ACUTE.search(sample) and _UMLAUTS.search(sample)):
        return 0
    letters = len(_KAZAKH_LATIN_LETTERS.findall(sample))
    known = len({w.lower() for w in words} & _KAZAKH_LATIN_WORDS)
    # q stands for қ, the commonest of Kazakh's own letters; of the languages that write q,
    # Azerbaijani also writes ə and Uzbek o‘ and g‘
    q_words = 0 if _AZERBAIJANI_OR_UZBEK.search(sample) else len(_Q_WORDS.findall(sample))
    return letters + 2 * known + q_words // 3


_AZERBAIJANI_OR_UZBEK = re.compile(r"ə|[og][ʻ'‘’`]", re.IGNORECASE)
_Q_WORDS = re.compile(r"[^\W\d_]*q[^\W\d_]*", re.IGNORECASE)


# Kazakh and Uyghur both extend the Arabic alphabet with ۇ ۋ ڭ ە ى; Uyghur alone writes
# ې ۈ and opens every vowel-initial word with ئ, Kazakh marks front words with ٴ. Arabic
# itself writes ى too, but only at a word's end ("على", "مستوى").
_KAZAKH_ARABIC = re.compile("[\u06c7\u06cb\u06ad\u06d5\u0674]|\u0649(?=[\u0600-\u06ff])")
_UYGHUR_ARABIC = re.compile("[\u06d0\u06c8\u0626]")


def _is_kazakh_arabic(sample: str) -> bool:
    kazakh = len(_KAZAKH_ARABIC.findall(sample))
    return kazakh >= 5 and len(_UYGHUR_ARABIC.findall(sample)) <= max(1, sample.count("\u0674"))


def _cyrillic_language(sample: str) -> str | None:
    words, evidence = _cyrillic_words(sample)
    if not evidence:  # a transliterated Latin text may have no Cyrillic word at all
        return None
    misfit = {a.code: sum(1 for w in evidence if a.never.search(w)) / len(evidence) for a in _ALPHABETS}
    shown = set("".join(words))
    candidates = {
        a.code for a in _ALPHABETS if misfit[a.code] <= MISFIT_TOLERANCE and (not a.signs or shown & set(a.signs))
    }
    if not candidates:  # unusual spelling: keep the alphabets that fit it best
        best = min(misfit.values())
        candidates = {code for code, share in misfit.items() if share == best}
    if "ru" in candidates and sum(map(len, words)) < SHORT_LETTERS:
        # A short passage may show none of its alphabet's own letters ("Алматы комендатурасы
        # антитеррордук операция башталганын билдирди" is Kyrgyz): py3langid's sure word
        # names an alphabet the spelling fits.
        lang, confidence = _identifier().classify(sample)
        if confidence >= SURE_CONFIDENCE and lang not in candidates and misfit.get(lang, 1.0) <= MISFIT_TOLERANCE:
            return lang
    if len(candidates) == 1:
        return candidates.pop()
    # py3langid ranks the languages it knows; of two it does not (ab, os), either will do
    return next((lang for lang, _ in _identifier().rank(sample) if lang in candidates), min(candidates))


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
        detector = _langdetect().create()
        detector.append(sample)
        return detector.get_probabilities()[0].lang.split("-")[0]  # zh-cn -> zh
    except LangDetectException:  # nothing langdetect can use (symbols, digits)
        return lang if len(lang) == 2 else None


@cache
def _identifier() -> LanguageIdentifier:
    # Loaded on first use, once per process (see load_models).
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _langdetect() -> DetectorFactory:
    """langdetect's detector, a factory of newsmon's own: it samples n-grams at random, and a
    fixed seed makes it repeatable without setting langdetect's global one for everyone."""
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = 0
    return factory


def load_models() -> None:
    """Load py3langid's model now instead of on first use (half a second, 70 MB).

    Done in the process pool's fork server, it is done once: the workers forked from it
    start with the model in memory and share its pages. langdetect's profiles load on
    first use: a full article seldom leaves py3langid unsure.
    """
    _identifier()
