"""Near-duplicate documents: word-shingle MinHash sketches and LSH band keys.

A syndicated copy with a new headline, a re-published page or the body alone without its
headline and caption share most of their word 4-grams with the original. Each document gets
a 128-value MinHash: SHA-1 of each shingle, 128 universal hash permutations modulo the
Mersenne prime 2^61-1 with a fixed seed, so sketches agree across processes and runs. The
values equal ``datasketch.MinHash(128, seed=20231007, scheme="legacy")`` (a test checks it);
it is written here with numpy because importing datasketch pulls in scipy, a second and a
half at every start of the command line
and 32 band keys of 4 values; documents sharing a band key are candidates (an estimated
Jaccard of about 0.4 already gives a candidate with high probability), and a candidate is a
near-duplicate when its estimated Jaccard, or the containment of the shorter text in the
longer, is high (``NearDupRules``). The band keys live in the store, so lookup scales with
the corpus and works across processes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

__all__ = ["NearDupRules", "Sketch", "band_keys", "containment", "jaccard", "shingles", "sketch"]

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 4
_SEED = 20231007
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class NearDupRules:
    """When a candidate counts as a near-duplicate (user-tunable)."""

    # Jaccard of word 4-grams; different reports of one event by different outlets stay far below.
    min_jaccard: float = 0.7
    # Share of the shorter text's shingles found in the longer one (body-only vs full page).
    min_containment: float = 0.85
    # Containment alone is trusted only for texts long enough not to be boilerplate.
    min_shingles_for_containment: int = 30


@dataclass(frozen=True)
class Sketch:
    """A document's MinHash signature and its number of distinct shingles."""

    hashvalues: np.ndarray
    n_shingles: int

    def to_bytes(self) -> bytes:
        """The signature as little-endian uint64 bytes, for the store."""
        return self.hashvalues.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, n_shingles: int) -> Sketch:
        """The inverse of :meth:`to_bytes`."""
        return cls(np.frombuffer(data, dtype="<u8").astype(np.uint64), n_shingles)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The distinct word n-grams of ``text``, case-folded; short texts give one shingle of all words."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_rng = np.random.RandomState(_SEED)
# Drawn in datasketch's order (a, b pairs), so the values equal its legacy scheme's.
_A, _B = np.array([(_rng.randint(1, int(_PRIME), dtype=np.uint64), _rng.randint(0, int(_PRIME), dtype=np.uint64))
                   for _ in range(NUM_PERM)], dtype=np.uint64).T


def sketch(text: str) -> Sketch:
    """The MinHash sketch of ``text``."""
    grams = shingles(text)
    if not grams:
        return Sketch(np.full(NUM_PERM, _MAX_HASH, dtype=np.uint64), 0)
    hv = np.fromiter((int.from_bytes(hashlib.sha1(g.encode("utf-8")).digest()[:4], "little") for g in grams),
                     dtype=np.uint64, count=len(grams))
    # (a * h + b) mod p, truncated to 32 bits; uint64 products wrap exactly as in datasketch.
    phv = ((np.outer(hv, _A) + _B) % _PRIME) & _MAX_HASH
    return Sketch(phv.min(axis=0).astype(np.uint64), len(grams))


def band_keys(sk: Sketch) -> list[str]:
    """The LSH band keys of a sketch: ``"<band>:<digest of its rows>"``."""
    if sk.n_shingles == 0:
        return []
    keys = []
    raw = sk.hashvalues.astype("<u8")
    for band in range(BANDS):
        digest = hashlib.blake2b(raw[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=10).hexdigest()
        keys.append(f"{band}:{digest}")
    return keys


def jaccard(a: Sketch, b: Sketch) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    if a.n_shingles == 0 or b.n_shingles == 0:
        return 0.0
    return float(np.mean(a.hashvalues == b.hashvalues))


def containment(a: Sketch, b: Sketch) -> float:
    """Estimated share of the smaller shingle set contained in the larger one."""
    j = jaccard(a, b)
    if j == 0.0:
        return 0.0
    # |A n B| = J (|A| + |B|) / (1 + J)
    inter = j * (a.n_shingles + b.n_shingles) / (1.0 + j)
    return min(1.0, inter / min(a.n_shingles, b.n_shingles))
