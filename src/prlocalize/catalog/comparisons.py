"""prlocalize.catalog.comparisons
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a change is measured against: the same period a year before ('year on year',
'前年同期比', '전년 동기 대비'), the quarter or the month before ('quarter on quarter',
'前四半期比', '전 분기 대비', '前月比'), or the end of the year or quarter before ('from
the end of the previous year', '前期末比', '전년 말 대비'). A translation that keeps the
figure but measures it against another period ('up 9.7% year on year' as '前四半期比
9.7%増') states another result; figures.py sees the same figures.

Only a basis said on both sides is judged, and only where the translation says one the
source does not and leaves out one it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.screens import Screened
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

# each basis in English, Japanese and Korean; an end of a period is read before the
# period ('前年末' is no '前年', '전 분기 말' no '전 분기'), and the quarter before only as
# what a figure is compared with ('전 분기 대비'; '전 분기' alone is also 'every quarter')
_BASES: dict[str, re.Pattern[str]] = {
    "year-end": lazy_compile(
        r"\bend of (?:the )?(?:previous|prior|last|preceding) (?:fiscal )?year\b|"
        r"\b(?:previous|prior|last) (?:fiscal )?year[- ]end\b|前(?:年度|期|年)末|"
        r"(?:전년도?|전기|지난해)\s?말",
        re.IGNORECASE,
    ),
    "quarter-end": lazy_compile(
        r"\bend of (?:the )?(?:previous|prior|last|preceding) quarter\b|"
        r"\b(?:previous|prior|last) quarter[- ]end\b|前四半期末|(?:직전|전)\s?분기\s?말",
        re.IGNORECASE,
    ),
    "year": lazy_compile(
        r"\byear[- ]o(?:n|ver)[- ]year\b|\bYoY\b|\b(?:from|than) a year (?:earlier|ago|before)\b|"
        r"\bsame (?:period|quarter|month|time) (?:of |in )?(?:a year (?:earlier|ago)|"
        r"(?:the )?(?:previous|prior|last) year)\b|\bprior[- ]year (?:period|quarter)\b|"
        r"\byear[- ](?:ago|earlier) (?:period|quarter)\b|"
        r"前年(?:同期|同月|同四半期|比|度比)|前期比|"
        r"전년\s?(?:동기|동월|동\s?분기|대비|비|보다)|전년도\s?대비|지난해\s?같은\s?기간",
        re.IGNORECASE,
    ),
    "quarter": lazy_compile(
        r"\bquarter[- ]o(?:n|ver)[- ]quarter\b|\bQoQ\b|\bsequential(?:ly)?\b|"
        r"\b(?:from|than|over) the (?:previous|prior|preceding) quarter\b|"
        r"前四半期(?:比|から|と比べ|に比べ)|(?:직전|전)\s?분기\s?(?:대비|보다|比)",
        re.IGNORECASE,
    ),
    "month": lazy_compile(
        r"\bmonth[- ]o(?:n|ver)[- ]month\b|\bMoM\b|"
        r"\b(?:from|than|over) the (?:previous|prior|preceding) month\b|"
        r"前月比|전월\s?(?:대비|보다)",
        re.IGNORECASE,
    ),
}
# the words every match of each basis holds: "전", "前" and "year" pass the gate in most
# Korean, Japanese and English sentences, and each pattern is tried at every character
_SCREENED_BASES = {
    basis: Screened(_BASES[basis], words)
    for basis, words in (
        ("year-end", ("year", "前", "전", "지난해")),
        ("quarter-end", ("quarter", "前四半期末", "분기")),
        ("year", ("year", "yoy", "前年", "前期比", "전년", "지난해")),
        ("quarter", ("quarter", "qoq", "sequential", "前四半期", "분기")),
        ("month", ("month", "mom", "前月比", "전월")),
    )
}
_GATE = Screened(
    lazy_compile(r"year|quarter|month|YoY|QoQ|MoM|sequential|前|전|지난해", re.IGNORECASE)
)


@dataclass(frozen=True, slots=True)
class BasisChange:
    """A change measured against another period in the translation (or another kind of
    the same thing: another dividend)."""

    source: str  # the basis the source says
    target: str  # ... and the one the translation says instead


def comparison_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[BasisChange]:
    """Bases both texts say where the translation says one the source does not and leaves
    out one it says ('year on year' as '前四半期比')."""
    if silent(memo, "comparisons.comparison_changes"):
        return []
    mine = _bases(source)
    if not mine:
        keep_silent(memo, "comparisons.comparison_changes")
        return []
    return one_said_for_another(mine, _bases(target))


def one_said_for_another(mine: dict[str, str], theirs: dict[str, str]) -> list[BasisChange]:
    """The first kind the source says (kind → as written) that the target leaves out, with
    the first the target says that the source does not; none where either is wanting."""
    added = [kind for kind in theirs if kind not in mine]
    dropped = [kind for kind in mine if kind not in theirs]
    if added and dropped:
        return [BasisChange(mine[dropped[0]], theirs[added[0]])]
    return []


def _bases(text: str) -> dict[str, str]:
    """Each basis ``text`` says, with how it writes it (a period's end hides the period
    it ends)."""
    if _GATE.search(text) is None:
        return {}
    found: dict[str, str] = {}
    for basis, screened in _SCREENED_BASES.items():
        match = screened.search(text)
        if match is not None:
            found[basis] = match[0]
            text = screened.pattern.sub(lambda m: " " * len(m[0]), text)
    return found
