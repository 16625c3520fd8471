"""prlocalize.catalog.ratings
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A credit rating a release gives ('rated AA- (stable)', '信用格付けはAA-', '신용등급은
A+'): a notch ('AA-' as 'AA', 'A+' for 'AA-') changes what investors are told, and no
figure of it is a number figures.py reads.

Only a sentence that speaks of a rating is read, and only ratings with a sign or of two
letters or more ('A+', 'AA', 'Baa1'): a bare 'A' or 'B' is a word or a class of shares.

A grade a board gives, written after the board's name in capitals ('CERO B', 'ESRB T',
'ESRB E10+', a game's age rating), is read wherever the translation writes the same board:
its one letter is no rating of the kind above and no figure, so 'CERO C' for 'CERO B'
went unseen.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.source_readings import keep_silent, silent

_RATING_WORDS = re.compile(r"[Rr]at(?:ed|ing)|格付|신용\s?등급|등급")


# both readers ask it of the same msgid, one after the other (most say no rating)
@functools.lru_cache(maxsize=16)
def _names_a_rating(text: str) -> bool:
    return _RATING_WORDS.search(text) is not None


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


def rating_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[RatingChange]:
    """The source's ratings missing from the target where the target gives another."""
    if silent(memo, "ratings.rating_changes"):
        return []
    mine = _ratings(source) if _names_a_rating(source) else []
    if not mine:
        keep_silent(memo, "ratings.rating_changes")
        return []
    theirs = _ratings(target)
    others = [r for r in theirs if r not in mine]
    missing = [r for r in mine if r not in theirs]
    return [RatingChange(said, other) for said, other in zip(missing, others, strict=False)]


def rating_reversed(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> RatingChange | None:
    """A move from one rating to another that the target gives the other way round ('from
    A+ to AA-' as '「AA-」から「A+」へ', an upgrade told as a downgrade), else None."""
    if silent(memo, "ratings.rating_reversed"):
        return None
    if not _names_a_rating(source):
        keep_silent(memo, "ratings.rating_reversed")
        return None
    mine, theirs = _from_to(source), _from_to(target)
    if mine is None or theirs is None or mine != theirs[::-1]:
        return None
    return RatingChange(" → ".join(mine), " → ".join(theirs))


# what marks the rating a move starts from and the one it ends at: 'from A+', 'to AA-'
# (before it, in English); 'A+から', 'AA-へ', "'A+'에서", "'AA-'로" (after it)
_FROM_BEFORE = re.compile(r"\bfrom\s?[\"'“‘]?$")
_TO_BEFORE = re.compile(r"\bto\s?[\"'“‘]?$")
_FROM_AFTER = re.compile(r"[」』'\"’”)）]?\s?(?:から|에서)")
_TO_AFTER = re.compile(r"[」』'\"’”)）]?\s?(?:へ|に|으로|로)")


def _from_to(text: str) -> tuple[str, str] | None:
    """(from, to) of the move between two ratings ``text`` says, else None."""
    plain = _plain(text)
    start = end = None
    for match in _RATING.finditer(plain):
        before = plain[max(0, match.start() - 8) : match.start()]
        if _FROM_BEFORE.search(before) or _FROM_AFTER.match(plain, match.end()):
            start = match[1]
        elif _TO_BEFORE.search(before) or _TO_AFTER.match(plain, match.end()):
            end = match[1]
    return (start, end) if start and end and start != end else None


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("−", "-").replace("–", "-")


def _ratings(text: str) -> list[str]:
    """The ratings of ``text`` in order, each once ('ＡＡ－' and 'AA−' are 'AA-')."""
    plain = _plain(text)
    found: list[str] = []
    for match in _RATING.finditer(plain):
        if match[1] not in found:
            found.append(match[1])
    return found


# a board's name in capitals, a space and its grade: one capital letter, perhaps an age
# and a plus ('CERO B', 'ESRB T', 'ESRB E10+'); not a word in capitals ('TOKYO A') since
# the same name must stand in the translation, nor a model number ('H100': three digits)
_GRADE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,6})[ \u00a0]([A-Z](?:\d{1,2})?\+?)(?![A-Za-z0-9+])")


# a sunscreen's protection grades, as labels in every language write them ('SPF50+',
# 'SPF 30', 'PA++++'): PA's grade is its plus signs and SPF's a number with a plus or
# without ('SPF50+' claims more than 50, 'SPF50' 50), neither of them a figure figures.py
# tells apart (it reads 'SPF50' as a designation, the same with its plus or without)
_SUN_GRADE = re.compile(
    r"(?<![A-Za-z0-9])(?:(SPF)\s?(\d{1,3}\+?)|(PA)\s?(\+{1,4}))(?![A-Za-z0-9+])"
)


def grade_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[RatingChange]:
    """The grades a board's name in the source is given ('CERO B', 'PA++++') that the
    translation gives the same board otherwise ('CERO C', 'PA+++')."""
    if silent(memo, "ratings.grade_changes"):
        return []
    sun = ("SPF" in source or "PA" in source) and _SUN_GRADE.search(_plain(source)) is not None
    if not sun and _GRADE.search(source) is None:
        keep_silent(memo, "ratings.grade_changes")
        return []
    mine, theirs = _grades(source, sun=sun), _grades(target, sun=sun)
    changes: list[RatingChange] = []
    for board, grades in mine.items():
        others = [g for g in theirs.get(board, []) if g not in grades]
        missing = [g for g in grades if g not in theirs.get(board, [])]
        changes.extend(
            RatingChange(f"{board}{said}", f"{board}{other}")
            if board in _SUN_BOARDS
            else RatingChange(f"{board} {said}", f"{board} {other}")
            for said, other in zip(missing, others, strict=False)
            # (another SPF number is a figure changed, which PR404 reports already)
            if board != "SPF" or said.rstrip("+") == other.rstrip("+")
        )
    return changes


_SUN_BOARDS = frozenset({"SPF", "PA"})


def _grades(text: str, *, sun: bool = False) -> dict[str, list[str]]:
    """Each board's grades in ``text``, in order ('ＣＥＲＯ　Ｂ' is 'CERO B'); with ``sun``,
    a sunscreen's too ('SPF 50+' is SPF's '50+', 'PA++++' PA's '++++')."""
    found: dict[str, list[str]] = {}
    plain = _plain(text)
    for match in _GRADE.finditer(plain):
        grades = found.setdefault(match[1], [])
        if match[2] not in grades:
            grades.append(match[2])
    if sun:
        for match in _SUN_GRADE.finditer(plain):
            board, grade = (match[1], match[2]) if match[1] else (match[3], match[4])
            grades = found.setdefault(board, [])
            if grade not in grades:
                grades.append(grade)
    return found
