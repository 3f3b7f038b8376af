"""Dedup stage: fold reposts, cut-down copies and lightly edited copies into one story.

Two steps, split so the expensive one runs in worker processes:

    fingerprint  pure: content hash of the normalized text (case, whitespace and
                 punctuation folded), a MinHash signature of its word shingles, and
                 LSH band keys cut from that signature.
    Deduplicator looks in the store: an article with the same content hash, or a
                 candidate sharing a band key whose signature says it holds most of the
                 same shingles, makes this article a duplicate of that story.

All state lives in the store (each article carries its packed signature and band keys),
so it survives restarts and every worker sees the same index. A lookup reads only the
articles sharing a band key with this one (few: different stories almost never do) and
compares signatures, so its cost does not grow with the store.

Similarity is containment, not Jaccard: the share of the *shorter* text's shingles that
the longer one also has. A copy cut down to its first half has Jaccard 0.5 with the
original but containment 1.0. It is estimated from the MinHash Jaccard J and the two
shingle-set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import struct
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from pipeline.models import Article, stable_id
from pipeline.settings import Settings
from pipeline.store.base import Articles

if TYPE_CHECKING:
    from datasketch import MinHash

# Four-word shingles: same-event stories share names and figures ("3,811 people",
# "Kassym-Jomart Tokayev") but rarely four words in a row, while a light edit breaks
# only the shingles it touches. Measured on the seeds and their variants: different
# stories share at most 5% of shingles (containment), copies and edited copies 85%+.
SHINGLE_WORDS = 4

# Three signature values per band, num_perm // 3 bands (42 at 128 permutations). The
# chance that a pair shares at least one band is 1 - (1 - J**3) ** bands: 0.996 at
# Jaccard 0.5 (a first-half copy), 0.94 at 0.4, 0.79 at 0.33; under 0.001 for
# different stories on the same event (J <= 0.02), so candidates stay few.
ROWS_PER_BAND = 3

# datasketch's default permutation scheme has changed between releases; stored
# signatures must stay comparable with new ones, so the scheme is fixed here.
_SCHEME = "affine32"
_SEED = 1

_SIZE = struct.Struct("<I")  # packed signature: shingle-set size, then the hash values
_WORD = re.compile(r"\w+")


def fingerprint(article: Article, settings: Settings) -> Article:
    """A copy of `article` with `content_hash`, `minhash` and `band_keys` set.

    An article without a single word gets none of them: it can be nobody's copy.
    """
    words = _normalized_words(article.text)
    if not words:
        return dataclasses.replace(article, content_hash="", minhash=b"", band_keys=())
    shingles = _shingles(words)
    signature = _empty_minhash(settings.dedup_num_perm).copy()
    signature.update_batch(shingles)
    hashvalues = signature.hashvalues.astype("<u4")
    return dataclasses.replace(
        article,
        content_hash=stable_id("content", " ".join(words), length=32),
        minhash=_SIZE.pack(len(shingles)) + hashvalues.tobytes(),
        band_keys=_band_keys(hashvalues),
    )


class Deduplicator:
    """Assigns each fingerprinted article of a batch to a story (cluster) using the store's index.

    The batch's exact copies are looked up at once; store each article
    (`store.put_articles`) before assigning the next one, so that near copies within the
    batch find each other, and exact ones are found in the batch itself.
    """

    def __init__(self, store: Articles, settings: Settings, batch: Sequence[Article] = ()) -> None:
        self.store = store
        self.threshold = settings.dedup_threshold
        hashes = [article.content_hash for article in batch if article.content_hash]
        # content hash -> the first article stored with it; articles assigned since join it
        self._first_with: dict[str, str] = self.store.find_by_content_hashes(hashes) if hashes else {}
        self._looked_up = set(hashes)

    def assign(self, article: Article) -> Article:
        """Set `duplicate_of` and `cluster_id` on `article` (in place) and return it.

        A copy gets the id of its story's first article (the cluster root) in both
        fields; a first-seen article gets `duplicate_of=None, cluster_id=article.id`.
        A near-copy that states a figure its match does not ("4 404 detained" in a flash
        otherwise word for word the earlier "3 811 detained") is an update of the story,
        not a repost: it joins the cluster but is no duplicate, so its figure counts.
        """
        match = self._copy_of(article)
        if article.content_hash:
            self._first_with.setdefault(article.content_hash, article.id)
        if match is None:
            article.duplicate_of, article.cluster_id = None, article.id
            return article
        root, matched_id, same_text = match
        article.cluster_id = root
        article.duplicate_of = root
        if not same_text and _states_new_figures(article, self.store.get_article(matched_id)):
            article.duplicate_of = None
        return article

    def _copy_of(self, article: Article) -> tuple[str, str, bool] | None:
        """(cluster root, matched article id, same text) of the stored story `article` copies."""
        if not article.content_hash:
            return None
        same_text = self._first_with.get(article.content_hash)
        if same_text is None and article.content_hash not in self._looked_up:
            same_text = self.store.find_by_content_hashes([article.content_hash]).get(article.content_hash)
        if same_text is not None:
            stored = self.store.get_article(same_text)
            if stored is not None and _other_story(article, stored.id, stored.cluster_id):
                return stored.cluster_id, stored.id, True
        size, values = _unpack(article.minhash, f"article {article.id}")
        best: tuple[str, str, bool] | None = None
        best_score = 0.0
        for candidate in self.store.find_near_duplicates(article.band_keys):
            other_size, other_values = _unpack(candidate.minhash, f"stored article {candidate.article_id}")
            # Signatures made with another `dedup_num_perm` cannot be compared.
            if len(other_values) != len(values) or not _other_story(
                article, candidate.article_id, candidate.cluster_id
            ):
                continue
            score = _containment(size, values, other_size, other_values)
            if score >= self.threshold and score > best_score:  # ties: the store's first
                best, best_score = (candidate.cluster_id, candidate.article_id, False), score
        return best


def _states_new_figures(article: Article, stored: Article | None) -> bool:
    known = {(c.metric, c.value) for c in stored.figures} if stored else set()
    return any(c.value is not None and (c.metric, c.value) not in known for c in article.figures)


def _other_story(article: Article, other_id: str, other_cluster: str) -> bool:
    """False for the article's own stored version and for stored copies of it: an
    article whose text changed must not become a copy of itself."""
    return article.id not in (other_id, other_cluster)


def _normalized_words(text: str) -> list[str]:
    """The words of `text`, case-folded, with punctuation and whitespace dropped."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _shingles(words: list[str]) -> list[bytes]:
    last = max(1, len(words) - SHINGLE_WORDS + 1)
    return list({" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(last)})


@lru_cache(maxsize=4)
def _empty_minhash(num_perm: int) -> MinHash:
    # Building the permutations is the costly part; each worker process does it once.
    # datasketch is imported here, not above: it imports scipy (for its LSH index, unused
    # here), a good part of a second at the start of every process that makes no
    # signature (the runner's main process, `newsmon search`).
    from datasketch import MinHash

    if num_perm < ROWS_PER_BAND:
        raise ValueError(f"dedup_num_perm={num_perm}: need at least {ROWS_PER_BAND} permutations")
    return MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME)


def _band_keys(hashvalues: np.ndarray) -> tuple[str, ...]:
    """LSH band keys "b{band}:{hex}": a digest of each band, the same in every process."""
    keys = []
    for band in range(len(hashvalues) // ROWS_PER_BAND):
        rows = hashvalues[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
        keys.append(f"b{band}:{hashlib.blake2b(rows.tobytes(), digest_size=6).hexdigest()}")
    return tuple(keys)


def _unpack(packed: bytes, owner: str) -> tuple[int, np.ndarray]:
    """(shingle-set size, hash values) from `Article.minhash`; `owner` names it in errors."""
    if len(packed) < _SIZE.size + 4 or (len(packed) - _SIZE.size) % 4:
        raise ValueError(f"{owner}: minhash is not a packed MinHash signature ({len(packed)} bytes)")
    (size,) = _SIZE.unpack_from(packed)
    return size, np.frombuffer(packed, dtype="<u4", offset=_SIZE.size)


def _containment(size_a: int, values_a: np.ndarray, size_b: int, values_b: np.ndarray) -> float:
    """Estimated share of the smaller shingle set that the other set also holds."""
    jaccard = float(np.count_nonzero(values_a == values_b)) / len(values_a)
    shared = jaccard * (size_a + size_b) / (1.0 + jaccard)
    return min(1.0, shared / min(size_a, size_b))
