"""prlocalize.catalog.match_scores
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A match's score as a club's release gives it ('won 2-1', '2–1', '2対1で勝利', '2대1 승리',
'2:1로 이겼다'). A translation that gives the score the other way round ('1-2') keeps
both numbers, so the figure checks pass, and says the club scored fewer goals than it
conceded in a match it won.

Every language writes a win with the winner's goals first, so a score turned round in a
sentence that speaks of a win or of no result at all is reported. A loss is written
both ways (the club's own goals first in Japanese and Korean, '1-2で敗れた', '1대2로
패했다'; the winner's first in English, 'lost 2-1'), and so is a deficit ('1-2からの逆転',
'from 2-1 down'), so a pair either of whose sides speaks of a loss or a deficit is not
read. A draw ('1-1') has no order, and a score is read only in
a sentence with a word of a match, so a range ('2-3 days') or a section ('2-1') is not.
"""

from __future__ import annotations

import re
from collections import Counter

from prlocalize.lazy_patterns import lazy_compile

__all__ = ["score_reversed"]

# a cheap exact pre-test: a score has one of these separators between two digits
_SEPARATORS = ("-", "–", "—", "対", "대", ":", "：")
_SCORE = lazy_compile(
    r"(?<![\d.,:/\-–—])(\d{1,2})\s?(?:-|–|—|対|대|:|：)\s?(\d{1,2})(?![\d.,:/\-–—%])"
    r"(?!\s?(?:%|月|日|年|時|分|월|일|년|시|분|a\.m|p\.m|am\b|pm\b))"
)
# the words of a match, one of which a sentence with a score has
_MATCH_WORDS = lazy_compile(
    r"勝利|勝ち|勝っ|白星|下し|破っ|引き分け|ドロー|得点|試合|戦|節|ゴール|"
    r"승리|이겼|이기|꺾|제압|무승부|경기|골|득점|전반|후반|"
    r"\b(?:beat|beats|won|wins?|winning|victory|draw|drew|match|game|final|score[sd]?|"
    r"goals?|defeated|edged|thrashed|routed|overcame|triumph\w*)\b",
    re.IGNORECASE,
)
# a loss, which one language writes with the club's own goals first and another with
# the winner's: a pair that speaks of one is not read ('연패' is a run, of titles too)
_LOSS_WORDS = lazy_compile(
    r"敗|負け|黒星|(?<!연)패|졌|지고|\b(?:lost|lose|loses|losing|loss|defeat|fell|"
    r"beaten|went\sdown|succumbed)\b"
    # ... and a deficit, written the same two ways ('1-2からの逆転', 'from 2-1 down')
    r"|逆転|リードされ|追う|역전|뒤지|뒤졌|끌려|\b(?:down|trail(?:ed|ing)?|behind|comeback|came\sback)\b",
    re.IGNORECASE,
)


def _scores(text: str) -> Counter[tuple[int, int]]:
    if not any(sep in text for sep in _SEPARATORS):
        return Counter()
    return Counter((int(m[1]), int(m[2])) for m in _SCORE.finditer(text))


def score_reversed(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """A score of the source given the other way round in the translation ('2-1' as
    '1-2'), in a pair that speaks of a match and of no loss: ('2-1', '1-2'), else None."""
    del source_lang, target_lang  # every language writes a win the same way round
    said = _scores(source)
    if not said or _MATCH_WORDS.search(source) is None:
        return None
    given = _scores(target)
    if not given:
        return None
    if _LOSS_WORDS.search(source) is not None or _LOSS_WORDS.search(target) is not None:
        return None
    for (home, away), n in said.items():
        if home == away or given[(home, away)] >= n or not given[(away, home)]:
            continue
        return f"{home}-{away}", f"{away}-{home}"
    return None
