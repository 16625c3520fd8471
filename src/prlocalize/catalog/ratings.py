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
from prlocalize.lazy_patterns import lazy_compile

_RATING_WORDS = lazy_compile(r"[Rr]at(?:ed|ing)|格付|신용\s?등급|등급")


# both readers ask it of the same msgid, one after the other (most say no rating)
@functools.lru_cache(maxsize=16)
def _names_a_rating(text: str) -> bool:
    return _RATING_WORDS.search(text) is not None


_RATING = lazy_compile(
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
_FROM_BEFORE = lazy_compile(r"\bfrom\s?[\"'“‘]?$")
_TO_BEFORE = lazy_compile(r"\bto\s?[\"'“‘]?$")
_FROM_AFTER = lazy_compile(r"[」』'\"’”)）]?\s?(?:から|에서)")
_TO_AFTER = lazy_compile(r"[」』'\"’”)）]?\s?(?:へ|に|으로|로)")


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
_GRADE = lazy_compile(
    r"(?<![A-Za-z0-9])([A-Z]{2,6})[ \u00a0]([A-Z](?:\d{1,2})?\+?)(?![A-Za-z0-9+])"
)


# a sunscreen's protection grades, as labels in every language write them ('SPF50+',
# 'SPF 30', 'PA++++'): PA's grade is its plus signs and SPF's a number with a plus or
# without ('SPF50+' claims more than 50, 'SPF50' 50), neither of them a figure figures.py
# tells apart (it reads 'SPF50' as a designation, the same with its plus or without)
_SUN_GRADE = lazy_compile(
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


# What a rating action does to a rating: raises it, lowers it or keeps it ('upgraded',
# '格上げ', '상향'; 'downgraded', '格下げ', '하향'; 'affirmed', '据え置き', '유지'). The
# ratings themselves stay in a translation that turns the action ('upgraded from A+ to
# AA-' as '…A+からAA-に格下げ'), so rating_changes sees nothing. Japanese '引き上げ' and
# Korean '상향' are read only in a text that names a rating, as every action is.
_ACTIONS: dict[str, dict[str, re.Pattern[str]]] = {
    "upgrade": {
        "en": lazy_compile(r"\bupgrad(?:e|ed|es|ing)\b", re.IGNORECASE),
        "ja": lazy_compile("格上げ|引き?上げ"),
        "ko": lazy_compile(r"상향"),
    },
    "downgrade": {
        "en": lazy_compile(r"\bdowngrad(?:e|ed|es|ing)\b", re.IGNORECASE),
        "ja": lazy_compile("格下げ|引き?下げ"),
        "ko": lazy_compile(r"하향"),
    },
    "affirmation": {
        "en": lazy_compile(
            r"\b(?:re)?affirm(?:s|ed|ing)?\b|\bmaintain(?:s|ed|ing)?\b|\bunchanged\b",
            re.IGNORECASE,
        ),
        "ja": lazy_compile("据え?置|維持"),
        "ko": lazy_compile(r"유지|재확인"),
    },
}
# A rating's outlook ('outlook stable', '見通しは「安定的」', "등급 전망은 '안정적'"): the
# direction the agency expects the rating to move in, read only in a text that speaks of
# an outlook. 'Stable' as 'positive' tells investors of an upgrade to come.
_OUTLOOK_WORDS = lazy_compile(r"outlook|見通し|アウトルック|전망", re.IGNORECASE)
_OUTLOOKS: dict[str, dict[str, re.Pattern[str]]] = {
    "stable": {
        "en": lazy_compile(r"\bstable\b", re.IGNORECASE),
        "ja": lazy_compile("安定的?"),
        "ko": lazy_compile(r"안정적"),
    },
    "positive": {
        "en": lazy_compile(r"\bpositive\b", re.IGNORECASE),
        "ja": lazy_compile("ポジティブ|positive", re.IGNORECASE),
        "ko": lazy_compile(r"긍정적"),
    },
    "negative": {
        "en": lazy_compile(r"\bnegative\b", re.IGNORECASE),
        "ja": lazy_compile("ネガティブ|negative", re.IGNORECASE),
        "ko": lazy_compile(r"부정적"),
    },
    "developing": {
        "en": lazy_compile(r"\b(?:developing|evolving)\b", re.IGNORECASE),
        "ja": lazy_compile("方向性不確定|ディベロッピング|developing", re.IGNORECASE),
        "ko": lazy_compile(r"유동적|불확실|미확정"),
    },
}


# (not 'operating', 'generated': a rating is a word of its own; an action's word names
# one too)
_RATED = lazy_compile(r"\b[Rr]at(?:ed|ings?)\b|\b(?:up|down)grad|格付|格上げ|格下げ|등급")


# a substring every text _RATED or _OUTLOOK_WORDS finds holds, in one pattern without
# case folding (a third of the time of the two patterns, half that of nine 'in' tests)
_ACTION_OR_OUTLOOK_KEYS = lazy_compile("ating|ated|grad|格|등급|utlook|見通し|アウトルック|전망")


def _names_a_rating_strictly(text: str) -> bool:
    return _RATED.search(text) is not None


def _kinds(kinds: dict[str, dict[str, re.Pattern[str]]], text: str, lang: str) -> dict[str, str]:
    """Each kind ``text`` says, with its words as written."""
    found: dict[str, str] = {}
    for kind, said in kinds.items():
        pattern = said.get(lang)
        match = pattern.search(text) if pattern is not None else None
        if match is not None:
            found[kind] = match[0]
    return found


def rating_action_turned(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> list[tuple[str, str, str]]:
    """(what is turned, the source's words, the translation's words instead) for a
    rating action or
    an outlook the translation gives as another ('upgraded' as '格下げ', 'stable' as
    '긍정적'): the source says one action (one outlook) only, the translation another and
    not the source's."""
    if silent(memo, "ratings.rating_action_turned"):
        return []
    if _ACTION_OR_OUTLOOK_KEYS.search(source) is None:
        keep_silent(memo, "ratings.rating_action_turned")
        return []  # (most pairs: one pattern of substrings)
    rated = _names_a_rating_strictly(source)
    outlook = _OUTLOOK_WORDS.search(source) is not None
    if not rated and not outlook:
        keep_silent(memo, "ratings.rating_action_turned")
        return []
    turned: list[tuple[str, str, str]] = []
    for read, what, kinds in ((rated, "rating action", _ACTIONS), (outlook, "outlook", _OUTLOOKS)):
        if not read:
            continue
        mine = _kinds(kinds, source, source_lang)
        if len(mine) == 2 and kinds is _OUTLOOKS:
            # an outlook moved from one to another ('from stable to positive') said the
            # other way round ('to stable from positive', '「ポジティブ」から「安定的」に')
            moved, back = _outlook_move(source, source_lang), _outlook_move(target, target_lang)
            if moved is not None and back is not None and moved == back[::-1]:
                turned.append((what, " → ".join(moved), " → ".join(back)))
            continue
        if len(mine) != 1:
            continue
        if kinds is _ACTIONS and not _names_a_rating_strictly(target):
            continue
        if kinds is _OUTLOOKS and _OUTLOOK_WORDS.search(target) is None:
            continue
        theirs = _kinds(kinds, target, target_lang)
        if theirs and not mine.keys() & theirs.keys():
            turned.append((what, next(iter(mine.values())), next(iter(theirs.values()))))
    return turned


def _outlook_move(text: str, lang: str) -> tuple[str, str] | None:
    """(from, to) of the outlook ``text`` moves, by the words that mark each end ('from
    stable', 'to positive'; '「安定的」から', '「ポジティブ」に'; "'안정적'에서",
    "'긍정적'으로")."""
    plain = _plain(text)
    start = end = None
    for kind, said in _OUTLOOKS.items():
        pattern = said.get(lang)
        for match in pattern.finditer(plain) if pattern is not None else ():
            before = plain[max(0, match.start() - 8) : match.start()]
            if _FROM_BEFORE.search(before) or _FROM_AFTER.match(plain, match.end()):
                start = kind
            elif _TO_BEFORE.search(before) or _TO_AFTER.match(plain, match.end()):
                end = kind
    return (start, end) if start and end and start != end else None
