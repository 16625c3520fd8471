"""prlocalize.align.length
~~~~~~~~~~~~~~~~~~~~~~~~

The Gale–Church length model (Gale & Church 1993, "A program for aligning sentences
in bilingual corpora"): the length of a translation is normally distributed around
``ratio × source length`` with a variance that grows with the source length, so a
bead whose lengths disagree by ``δ = (l2 − c·l1) / √(s²·l1)`` standard deviations
costs ``−100·log P(|δ|)``.

The ``galechurch`` package on PyPI only exposes whole-block alignment with its own
fixed costs (a compiled DP); it can neither return the cost of one bead nor take the
anchor costs prlocalize adds, so the cost itself lives here (it is a few lines).

``ratio`` (c) and ``variance`` (s²) are estimated from the pair being aligned:
English to Japanese is about 0.35–0.5 characters per character, Japanese to Korean
about 1.1, and a fixed constant fits neither.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# −100·log of the bead priors: Gale & Church's Table 5 for 1-1, 1-2 and 2-1; a
# sentence left out is likelier in a press release (a line for one market) than in
# their parliamentary proceedings (0.0099), so 3 %.
PRIOR = {
    (1, 1): -100 * math.log(0.89),
    (1, 2): -100 * math.log(0.089 / 2),
    (2, 1): -100 * math.log(0.089 / 2),
    (1, 0): -100 * math.log(0.03),
    (0, 1): -100 * math.log(0.03),
    # two sentences given as two split elsewhere (Gale & Church's 0.011): only ever made
    # from a merge and a gap beside it (see core._Aligner._two_for_two)
    (2, 2): -100 * math.log(0.011),
}
_MAX_COST = 1000.0  # of a bead whose lengths are hopelessly apart (P underflows)
# Gale & Church's s² for characters, per unit of ratio: the spread of a translation's
# length grows with its expected length
_VARIANCE_PER_RATIO = 6.8
# and a floor under it, in squared target characters: a label or a heading of a few words
# ('Media contact', 本件に関するお問い合わせ先; 'About Hanul Co., Ltd.', 하눌 소개) is off
# by a word's length whichever way it is translated, which a spread in proportion to its
# length calls improbable
_SHORT_SPREAD = 16.0
# characters (source and target averaged) from which a pair is a sentence of prose
_PROSE_LENGTH = 20
# characters per character of the source when the pair says too little (short texts)
_TYPICAL_RATIO = {("en", "ja"): 0.42, ("en", "ko"): 0.45, ("ja", "ko"): 1.1}


def char_length(text: str) -> int:
    """Characters without white space (Japanese does not use spaces, English does)."""
    return len(text) - sum(text.count(c) for c in " \t\n\r\u3000")


@dataclass(frozen=True, slots=True)
class LengthModel:
    ratio: float  # expected target characters per source character
    variance: float  # s²: variance of (l2 − c·l1) per source character

    def cost(self, source_len: int, target_len: int) -> float:
        """−100·log P(δ) of a bead with these lengths (0 when they match exactly)."""
        if source_len == 0 and target_len == 0:
            return 0.0
        # Gale & Church average both sides so that a 0-length side still has a spread
        mean = (source_len + target_len / self.ratio) / 2
        # (the floor is a word of the target's language: an English word is as long as
        # a Japanese or Korean word times the ratio, which English makes above 1)
        floor = _SHORT_SPREAD * max(1.0, self.ratio) ** 2
        spread = math.sqrt(max(mean, 1.0) * self.variance + floor)
        delta = (target_len - source_len * self.ratio) / spread
        p = math.erfc(abs(delta) / math.sqrt(2))  # two-tailed: 2·(1 − Φ(|δ|))
        if p <= 1e-300:
            return _MAX_COST
        return min(-100 * math.log(p), _MAX_COST)


def typical_ratio(source_lang: str, target_lang: str) -> float:
    """Characters of ``target_lang`` per character of ``source_lang`` in ordinary prose."""
    key = (source_lang, target_lang)
    if key in _TYPICAL_RATIO:
        return _TYPICAL_RATIO[key]
    if (target_lang, source_lang) in _TYPICAL_RATIO:
        return 1 / _TYPICAL_RATIO[(target_lang, source_lang)]
    cjk = {"ja", "ko", "zh"}
    if (source_lang in cjk) == (target_lang in cjk):
        return 1.0
    return 0.45 if target_lang in cjk else 1 / 0.45


def estimate(
    source_lengths: Sequence[int], target_lengths: Sequence[int], typical: float
) -> LengthModel:
    """The model of this pair: its own character ratio, pulled towards ``typical`` when short."""
    total_s, total_t = sum(source_lengths), sum(target_lengths)
    if total_s == 0 or total_t == 0:
        return LengthModel(typical, _VARIANCE_PER_RATIO * typical)
    observed = total_t / total_s
    # a few hundred characters say little about the ratio: weigh the pair by its size
    weight = min(1.0, total_s / 2000)
    ratio = math.exp(weight * math.log(observed) + (1 - weight) * math.log(typical))
    return LengthModel(ratio, _VARIANCE_PER_RATIO * ratio)


def refit(model: LengthModel, pairs: Iterable[tuple[int, int]], typical: float) -> LengthModel:
    """Ratio and variance re-estimated from the pairs of a first pass (at least 6 of them)."""
    pairs = [(s, t) for s, t in pairs if s and t]
    if len(pairs) < 6:
        return model
    total_s = sum(s for s, _ in pairs)
    ratio = sum(t for _, t in pairs) / total_s
    weight = min(1.0, total_s / 2000)
    ratio = math.exp(weight * math.log(ratio) + (1 - weight) * math.log(typical))
    model = LengthModel(ratio, _VARIANCE_PER_RATIO * ratio)
    # the spread of prose: a table's cells, a list's items, a date or a label are
    # translated word for word (271億ウォン, 271억 원) and, where a page has many of them,
    # would make every sentence that a translator rewords (a legal form or a title
    # written out on one side only) look improbable
    residuals = [
        (t - s * ratio) ** 2 / mean
        for s, t in pairs
        if (mean := (s + t / ratio) / 2) >= _PROSE_LENGTH
    ]
    if len(residuals) < 12:
        return model
    residuals.sort()
    # the median over 0.455 (the median of a χ² with one degree of freedom) is robust to
    # the few wrong beads a first pass makes
    variance = residuals[len(residuals) // 2] / 0.455
    # a page kept close to its source gives a tight median: a floor of about 60% of
    # Gale and Church's spread keeps a sentence it writes out at length ('(PMDA)' as
    # 'the Pharmaceuticals and Medical Devices Agency (PMDA)') probable
    low, high = 4.0 * model.ratio, 20.0 * model.ratio
    return LengthModel(model.ratio, min(max(variance, low), high))
