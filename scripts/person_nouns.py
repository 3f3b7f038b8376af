"""Write pipeline/case/lexicons/en.people.txt: English nouns whose first sense names a person.

The figures stage counts a number before people it has no subject pattern for ("Police
detained 20 activists", "14 parachutists were killed") when the noun names a person. For
English that list comes from WordNet 3.0 (Debian's `wordnet-base`, /usr/share/wordnet):
every one-word common noun whose most frequent sense is in the lexicographer file
noun.person (18). Only the first sense counts, so "plant", "case" and "head" (a person in a
rare sense) stay out; so does a word read more often as an adjective or a verb than as a
noun ("major", "heavy", "have"), by WordNet's tagged-sense counts, but for the people a
figure often counts (`_PEOPLE_ANYWAY`: "volunteer", "resident", "suspect"). Capitalised
nouns are kept only where the sense is a people's member ("Uzbek", "Russian"), not a
person's name.

    apt-get install wordnet-base && python scripts/person_nouns.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "pipeline/case/lexicons/en.people.txt"
NOUN_PERSON = 18  # lexicographer file noun.person
# glosses of a capitalised person noun that names a people's member, not one person
_DEMONYM = re.compile(r"\b(?:native|inhabitant|citizen|member|resident)s? of\b")
_PEOPLE_ANYWAY = frozenset(
    "associate advocate combatant conscript convert criminal delegate graduate judge juvenile militant"
    " native newborn official pilot recruit resident suspect teen volunteer".split()
)


def tagged_senses(wordnet: Path, pos: str) -> dict[str, int]:
    """How many of each lemma's senses the semantic concordance tagged: how often it is read so."""
    counts = {}
    for line in (wordnet / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            counts[fields[0]] = int(fields[5 + int(fields[3])])
    return counts


def person_nouns(wordnet: Path) -> list[str]:
    synsets: dict[str, tuple[int, dict[str, str], str]] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence
        fields = line.split()
        offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
        words = {w.split("(")[0].lower(): w.split("(")[0] for w in fields[4 : 4 + 2 * count : 2]}
        synsets[offset] = (lexfile, words, line.partition(" | ")[2])
    as_noun = tagged_senses(wordnet, "noun")
    otherwise = [tagged_senses(wordnet, pos) for pos in ("adj", "verb", "adv")]
    nouns = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, senses = fields[0], int(fields[2])
        if not lemma.isalpha():
            continue  # multi-word and hyphenated entries: the engine reads one word
        lexfile, words, gloss = synsets[fields[-senses]]  # offsets come most frequent first
        if lexfile != NOUN_PERSON:
            continue
        written = words.get(lemma, lemma)
        if written[0].isupper() and not _DEMONYM.search(gloss):
            continue  # "Stuart", "Hathaway": a name
        demonym = written[0].isupper()
        if not demonym and lemma not in _PEOPLE_ANYWAY and any(c.get(lemma, 0) > as_noun[lemma] for c in otherwise):
            continue
        nouns.append(lemma)
    return sorted(set(nouns))


def main() -> int:
    if not (WORDNET / "index.noun").exists():
        print(f"{WORDNET}: no WordNet here (apt-get install wordnet-base)", file=sys.stderr)
        return 1
    nouns = person_nouns(WORDNET)
    header = [
        "# English nouns whose first sense names a person: WordNet 3.0, noun.person (see",
        "# scripts/person_nouns.py, which writes this file). WordNet 3.0 Copyright 2006 by",
        "# Princeton University; used under its licence, which allows copying and distribution.",
    ]
    OUT.write_text("\n".join([*header, *nouns]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(nouns)} nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
