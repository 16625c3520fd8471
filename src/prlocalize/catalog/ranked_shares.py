"""prlocalize.catalog.ranked_shares
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A survey's ranking told by its places, with no glossary name to tie them to (the answers
are the survey's own words: 'Full remote work came second at 27.5%, and full-time office
work third at 18.9%'). Two things can change while every figure stays:

- the shares given to each other's place ('3위는 …(27.5%), 2위는 …(18.9%)'): a place is
  paired with the share written after it in its clause ('2位は「…」（24.1%）', 'second at
  27.5%', 'in third (15.7%)');
- a place the English source says only in words ('ranked first') given another place
  in figures in the translation ('2位'), where no place of the one is among the other's:
  the figure check reads no number in 'first', so it saw none changed.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from prlocalize.catalog.party_values import EN_PLACE, EN_PLACES
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

__all__ = ["place_said_otherwise", "shares_of_places_swapped", "values_traded"]

K = TypeVar("K", bound=Hashable)

# a place and the share after it in its clause: '2位は「…」（24.1%）', "3위는 '…'(27.5%)"
_CJK_PAIR = lazy_compile(
    r"(?<![\d.])(?P<place>\d{1,2})\s?(?:位|위)(?![가-힣]{2})(?P<gap>[^、,，。;；\d%％]{0,30}?)"
    r"(?P<share>\d{1,3}(?:\.\d+)?)\s?[%％]"
)
_EN_PAIR = lazy_compile(
    rf"(?<![A-Za-z])(?P<place>{'|'.join(EN_PLACES)}|No\.\s?\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th))"
    r"(?![A-Za-z])(?P<gap>[^,;.\d%]{0,20}?)(?P<share>\d{1,3}(?:\.\d+)?)\s?%",
    re.IGNORECASE,
)
# a place in figures: '2位', '3위' ('위원회', '위해' are other words)
_CJK_PLACE = lazy_compile(r"(?<![\d.])(\d{1,2})\s?(?:位|위(?=[를는가에로와과였이의도]|[^가-힣]|$))")
# a word of a ranking in the English source: its ordinals are places
_RANKING = lazy_compile(
    r"(?<![A-Za-z])(?:rank\w*|plac(?:e|ed|es|ing)|came|comes|finish\w*|spot|position)(?![A-Za-z])",
    re.IGNORECASE,
)
_OPENING = lazy_compile(r"(?:^|[.!?:;]\s{1,3})$")
_FIGURED_PLACE = lazy_compile(r"No\.\s?\d|#\d|\d(?:st|nd|rd|th)\b")


def _place(word: str) -> int:
    word = word.casefold()
    if word in EN_PLACES:
        return EN_PLACES.index(word) + 1
    return int("".join(ch for ch in word if ch.isdigit()) or 0)


def _shares(text: str, lang: str) -> dict[int, tuple[Decimal, str]]:
    """Each place of ``text`` with the share written after it in its clause (a place given
    two shares is no list of places: none)."""
    pattern = _EN_PAIR if lang == "en" else _CJK_PAIR if lang in ("ja", "ko") else None
    if pattern is None:
        return {}
    out: dict[int, tuple[Decimal, str]] = {}
    for match in pattern.finditer(text):
        if (
            lang == "en"
            and EN_PLACE.match(text, match.start()) is None
            and (match["place"].casefold() in EN_PLACES)
        ):
            continue  # 'the third consecutive year': a run, no place
        place, share = _place(match["place"]), Decimal(match["share"])
        if place in out and out[place][0] != share:
            return {}
        out[place] = share, match["place"]
    return out


def shares_of_places_swapped(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> tuple[str, str] | None:
    """Two places (as the source writes them) whose shares the translation gives each
    other, every share still there; None otherwise."""
    if silent(memo, "ranked_shares.shares_of_places_swapped"):
        return None
    ours = _shares(source, source_lang)
    if len(ours) < 2:
        # (two shared places at least: the translation's are not needed)
        keep_silent(memo, "ranked_shares.shares_of_places_swapped")
        return None
    return values_traded(ours, theirs=_shares(target, target_lang))


def values_traded(
    ours: Mapping[K, tuple[Decimal, str]], theirs: Mapping[K, tuple[Decimal, str]]
) -> tuple[str, str] | None:
    """Two keys both texts give (a place, a country) whose values the second gives each
    other, every value of them still there: (each as ``ours`` writes it); else None."""
    shared = [key for key in ours if key in theirs]
    if len(shared) < 2:
        return None
    if sorted(ours[k][0] for k in shared) != sorted(theirs[k][0] for k in shared):
        return None  # a value changed: the figures say it
    moved = [ours[k][1] for k in shared if ours[k][0] != theirs[k][0]]
    return (moved[0], moved[1]) if len(moved) >= 2 else None


def place_said_otherwise(source: str, target: str) -> tuple[str, str] | None:
    """A place the English ``source`` says only in words ('ranked first') where the
    Japanese or Korean ``target`` gives places in figures, none of them the source's:
    (the source's word, the target's first place), else None."""
    if "位" not in target and "위" not in target:
        return None
    if _FIGURED_PLACE.search(source) is not None:
        return None  # a place the source writes in figures is the figure check's
    if _RANKING.search(source) is None:
        return None  # ('First, …', 'the first company to …': no ranking)
    said = {
        EN_PLACES.index(m[1].casefold()) + 1: m[0]
        for m in EN_PLACE.finditer(source)
        if not _OPENING.search(source, 0, m.start())  # 'First, …', '… Second, …'
    }
    if not said:
        return None
    given = {int(m[1]): m[0] for m in _CJK_PLACE.finditer(target)}
    if not given or said.keys() & given.keys():
        return None
    return next(iter(said.values())), next(iter(given.values()))
