"""prlocalize.catalog.fee_categories
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A list of prices by category (admission by age or school, tickets by seat: 'Adults
¥1,800; university students ¥1,200', '一般1,600円、大学生1,000円', 'R석 12만 원, S석 9만
원') whose translation gives two categories each other's price ('一般1,200円、大学生
1,800円'). Every figure is still there, so the figures match; only the category each
price is paired with tells it.

A price is paired with the category written right before it (a colon, a space or a
currency sign between them); categories are known by a few words of each language, a
seat class by its letters.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from prlocalize.catalog.figures import normal_text, read_number
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

# each category's words, by language; the key is the same across languages
_CATEGORIES: dict[str, dict[str, str]] = {
    "adult": {
        "en": r"[Aa]dults?|[Gg]eneral(?: admission)?",
        "ja": r"一般|大人|おとな",
        "ko": r"성인|일반|어른",
    },
    "university": {
        "en": r"(?:[Uu]niversity|[Cc]ollege) students?",
        "ja": r"大学生|大学・専門学校生",
        "ko": r"대학생",
    },
    "high-school": {
        "en": r"[Hh]igh school students?|[Hh]igh schoolers",
        "ja": r"高校生",
        "ko": r"고등학생|고교생",
    },
    "junior-high": {
        "en": r"[Jj]unior high (?:school )?students?",
        "ja": r"中学生",
        "ko": r"중학생",
    },
    "child": {
        "en": r"[Cc]hildren|[Cc]hild|[Kk]ids|[Ee]lementary (?:school )?students?",
        "ja": r"小学生|子ども|子供|小人",
        "ko": r"어린이|초등학생|아동",
    },
    "senior": {"en": r"[Ss]eniors?", "ja": r"シニア", "ko": r"경로|어르신"},
    "youth": {"en": r"[Tt]eenagers|[Yy]ouths?", "ja": r"青少年", "ko": r"청소년"},
}
_SEAT = {
    "en": r"(?<![A-Za-z])(?P<seat>[A-Z]{1,2}) seats?",
    "ja": r"(?<![A-Za-z])(?P<seat>[A-Z]{1,2})席",
    "ko": r"(?<![A-Za-z])(?P<seat>[A-Z]{1,2})석",
}
# what may stand between a category and its price
_GAP = lazy_compile(r"[ \t:：]{0,3}(?:US\$|[$¥₩€£])?\s?(?=\d)")
_DIGIT = lazy_compile(r"\d")


def _pattern(lang: str) -> re.Pattern[str] | None:
    if lang not in _SEAT:
        return None
    names = "|".join(
        f"(?P<{key.replace('-', '_')}>{words[lang]})" for key, words in _CATEGORIES.items()
    )
    return re.compile(f"{_SEAT[lang]}|{names}")


_PATTERNS = {lang: _pattern(lang) for lang in _SEAT}


def _prices(text: str, lang: str) -> dict[str, tuple[Decimal, str]]:
    """Each category of ``text`` with the price written right after it (a category given
    twice with two prices is no list of prices: none)."""
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return {}
    work = normal_text(text)
    if _DIGIT.search(work) is None:
        return {}  # (every price is a figure after its category: see _GAP)
    out: dict[str, tuple[Decimal, str]] = {}
    for match in pattern.finditer(work):
        gap = _GAP.match(work, match.end())
        if gap is None:
            continue
        read = read_number(work, gap.end())
        if read is None:
            continue
        key = f"seat:{match['seat']}" if match["seat"] else match.lastgroup or ""
        if key in out and out[key][0] != read[0]:
            return {}
        out[key] = read[0], match[0]
    return out


def categories_swapped(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> tuple[str, str] | None:
    """Two categories (the source's words) whose prices the translation gives each other,
    every price of the list still there; None otherwise."""
    if silent(memo, "fee_categories.categories_swapped"):
        return None
    ours = _prices(source, source_lang)
    if len(ours) < 2:
        keep_silent(memo, "fee_categories.categories_swapped")
        return None  # (a list of prices has two at least: the translation is not read)
    theirs = _prices(target, target_lang)
    shared = [key for key in ours if key in theirs]
    if len(shared) < 2:
        return None
    if sorted(ours[k][0] for k in shared) != sorted(theirs[k][0] for k in shared):
        return None  # a price changed: the figures say it
    moved = [ours[key][1] for key in shared if ours[key][0] != theirs[key][0]]
    return (moved[0], moved[1]) if len(moved) >= 2 else None
