"""prlocalize.catalog.ratings
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A credit rating a release gives ('rated AA- (stable)', '信用格付けはAA-', '신용등급은
A+'): a notch ('AA-' as 'AA', 'A+' for 'AA-') changes what investors are told, and no
figure of it is a number figures.py reads.

Only a sentence that speaks of a rating is read, and only ratings with a sign or of two
letters or more ('A+', 'AA', 'Baa1'): a bare 'A' or 'B' is a word or a class of shares.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_RATING_WORDS = re.compile(r"[Rr]at(?:ed|ing)|格付|신용\s?등급|등급")
_RATING = re.compile(
    r"(?<![A-Za-z0-9+\-])"
    r"(AAA|AA[+\-]?|A[+\-]|BBB[+\-]?|BB[+\-]?|B[+\-]|CCC[+\-]?|"
    r"Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])"
    r"(?![A-Za-z0-9+])"
)


@dataclass(frozen=True, slots=True)
class RatingChange:
    """A rating of the source the translation gives as another."""

    source: str
    target: str


def rating_changes(source: str, target: str) -> list[RatingChange]:
    """The source's ratings missing from the target where the target gives another."""
    if _RATING_WORDS.search(source) is None:
        return []
    mine = _ratings(source)
    if not mine:
        return []
    theirs = _ratings(target)
    others = [r for r in theirs if r not in mine]
    missing = [r for r in mine if r not in theirs]
    return [RatingChange(said, other) for said, other in zip(missing, others, strict=False)]


def _ratings(text: str) -> list[str]:
    """The ratings of ``text`` in order, each once ('ＡＡ－' and 'AA−' are 'AA-')."""
    plain = unicodedata.normalize("NFKC", text).replace("−", "-").replace("–", "-")
    found: list[str] = []
    for match in _RATING.finditer(plain):
        if match[1] not in found:
            found.append(match[1])
    return found
