"""prlocalize.catalog.deadlines
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Whether a deadline or the end of a period takes its own day in: '5月4日まで', '5월 4일까지',
'until May 4', 'by May 4' and 'to May 4' do; '5月4日の前日まで', '5月4日より前', '5월 4일
전까지' and 'before May 4' do not. A translation that turns one into the other moves the
last day of an application window by one while the date's figures match, so figures.py
sees nothing.

Only a date given with such a word on both sides is judged; '이전까지', read either way,
is not judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from prlocalize.catalog.screens import Screened, first_digit
from prlocalize.catalog.source_readings import keep_silent, silent
from prlocalize.lazy_patterns import lazy_compile

_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_EN_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?"
# the word before an English date: the day taken in, or left out
_EN_DEADLINE = lazy_compile(
    r"\b(?:(?P<incl>until|till|through|thru|by|to|no later than)|(?P<excl>before|prior to))"
    rf"\s{_EN_WEEKDAY}"
    rf"(?:(?P<month>{_EN_MONTH})\s(?P<day>\d{{1,2}})(?!\d)|(?P<day2>\d{{1,2}})\s(?P<month2>{_EN_MONTH}))",
    re.IGNORECASE,
)
# the words after a Japanese or Korean date, past its weekday: 'まで', 'までに', '까지'; the
# day before or earlier ('の前日まで', 'より前', '前に', '전까지', '전날까지', '전에')
_CJK_DEADLINE = lazy_compile(
    r"(?:(?P<month>\d{1,2})\s?[月월]\s?)?(?P<day>\d{1,2})\s?[日일]"
    r"(?:\s?[（(][^）)\d]{1,4}[）)])?\s?"
    r"(?:(?P<excl>の?前日まで|の?前まで|より前|の?前に|전날까지|전일까지|전까지|전에)|"
    r"(?P<incl>まで|까지))"
)
# (every match of both patterns holds a day's figure: a text without a digit is not read)
# _EN_DEADLINE is tried at every character (some 10 µs a sentence); each of its matches
# names a month, whose first three letters are looked for first
_EN_DEADLINE_SCREENED = Screened(_EN_DEADLINE, _EN_MONTHS)


@dataclass(frozen=True, slots=True)
class DeadlineChange:
    """A date the source takes in as a deadline and the translation leaves out, or the
    other way round."""

    source: str  # the date with its word, as the source writes it
    target: str  # ... and as the translation does
    included: bool  # whether the source takes the day in


def deadline_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[DeadlineChange]:
    """The dates both texts give with a word of a deadline where one takes the day in and
    the other leaves it out."""
    if silent(memo, "deadlines.deadline_changes"):
        return []
    mine = _deadlines(source)
    if not mine:
        keep_silent(memo, "deadlines.deadline_changes")
        return []
    theirs = _deadlines(target)
    changes = []
    for (month, day), (included, written) in mine.items():
        # (a day given without its month is the one the sentence gives, '26일까지')
        for (other_month, other_day), (taken_in, said) in theirs.items():
            same_month = month is None or other_month is None or month == other_month
            if other_day == day and same_month and taken_in != included:
                changes.append(DeadlineChange(written, said, included))
                break
    return changes


def _deadlines(text: str) -> dict[tuple[int | None, int], tuple[bool, str]]:
    """(month or None, day) → (the day taken in, as written) for each date of ``text``
    given with a word of a deadline; a date given both ways is left out."""
    found: dict[tuple[int | None, int], tuple[bool, str]] = {}
    if first_digit(text) < 0:
        return found
    clashes: set[tuple[int | None, int]] = set()

    def add(key: tuple[int | None, int], included: bool, written: str) -> None:
        if key in found and found[key][0] != included:
            clashes.add(key)
        found.setdefault(key, (included, written))

    if "まで" in text or "前" in text or "까지" in text or "전" in text:
        for match in _CJK_DEADLINE.finditer(text):
            month = int(match["month"]) if match["month"] else None
            add((month, int(match["day"])), match["incl"] is not None, match[0])
    for match in _EN_DEADLINE.finditer(text) if _EN_DEADLINE_SCREENED.passes(text) else ():
        name = match["month"] or match["month2"]
        month = _EN_MONTHS.index(name[:3].casefold()) + 1
        day = int(match["day"] or match["day2"])
        add((month, day), match["incl"] is not None, match[0])
    return {key: value for key, value in found.items() if key not in clashes}


# the day a period starts on ('1月20日より', '2027年1月20日（水）10:00（日本時間）より', '1월
# 20일부터', 'from January 20', 'starting Wednesday, January 20'): a sale's, a campaign's or
# an application window's start said as its end ('until January 20', '1월 20일까지') moves
# the whole period while the date's figures match (aviation: a fare's sales start)
_CJK_START = lazy_compile(
    r"(?:(?P<month>\d{1,2})\s?[月월]\s?)?(?P<day>\d{1,2})\s?[日일]"
    r"(?:\s?[（(][^）)\d]{1,4}[）)])?"
    r"(?:\s?(?:午前|午後|오전|오후)?\s?\d{1,2}(?:[:：]\d{2}|\s?[時시](?:\s?\d{1,2}\s?[分분])?)"
    r"(?:\s?[（(][^（）()]{1,8}[）)])?)?"
    r"\s?(?:から|より|부터)"
)
_EN_START = lazy_compile(
    r"\b(?:from|starting(?:\son|\sfrom)?|beginning(?:\son)?|as\sof|effective)"
    rf"\s{_EN_WEEKDAY}"
    rf"(?:(?P<month>{_EN_MONTH})\s(?P<day>\d{{1,2}})(?!\d)|(?P<day2>\d{{1,2}})\s(?P<month2>{_EN_MONTH}))",
    re.IGNORECASE,
)
_EN_START_SCREENED = Screened(_EN_START, _EN_MONTHS)


@dataclass(frozen=True, slots=True)
class StartAsEnd:
    """A date the source gives as a period's start and the translation as its end, or
    the other way round."""

    source: str  # the date with its word, as the source writes it
    target: str  # ... and as the translation does


def starts_said_as_ends(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[StartAsEnd]:
    """The dates the source gives with a word of a start ('より', 'from') that the
    translation gives with a word of an end only ('until', '까지'), and the other way
    round; a date either text gives both ways is not judged."""
    if silent(memo, "deadlines.starts_said_as_ends"):
        return []
    starts, ends = _starts(source), _ends(source)
    if not starts and not ends:
        keep_silent(memo, "deadlines.starts_said_as_ends")
        return []
    their_starts, their_ends = _starts(target), _ends(target)
    out: list[StartAsEnd] = []
    for mine, other, theirs, their_other in (
        (starts, ends, their_ends, their_starts),
        (ends, starts, their_starts, their_ends),
    ):
        for key, written in mine.items():
            said = _same_day(key, theirs)
            if key in other or said is None or _same_day(key, their_other) is not None:
                continue
            out.append(StartAsEnd(written, said))
    return out


def _same_day(key: tuple[int | None, int], found: dict[tuple[int | None, int], str]) -> str | None:
    """How ``found`` writes the day of ``key`` (a day without its month is any month's)."""
    month, day = key
    for (other_month, other_day), written in found.items():
        if other_day == day and (month is None or other_month is None or month == other_month):
            return written
    return None


def _ends(text: str) -> dict[tuple[int | None, int], str]:
    """(month or None, day) → the date with its word, for each date ``text`` ends a
    period or a window on (taking the day in or not)."""
    return {key: written for key, (_included, written) in _deadlines(text).items()}


def _starts(text: str) -> dict[tuple[int | None, int], str]:
    """(month or None, day) → the date with its word, for each date ``text`` starts a
    period on."""
    found: dict[tuple[int | None, int], str] = {}
    if first_digit(text) < 0:
        return found
    if "から" in text or "より" in text or "부터" in text:
        for match in _CJK_START.finditer(text):
            month = int(match["month"]) if match["month"] else None
            found.setdefault((month, int(match["day"])), match[0])
    for match in _EN_START.finditer(text) if _EN_START_SCREENED.passes(text) else ():
        name = match["month"] or match["month2"]
        month = _EN_MONTHS.index(name[:3].casefold()) + 1
        found.setdefault((month, int(match["day"] or match["day2"])), match[0])
    return found
