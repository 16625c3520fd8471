"""prlocalize.rules.dateline_dates
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The date a Markdown release's front matter gives its page (``date: 2027-02-10``, Hugo's
``date = 2027-02-10T10:00:00+09:00``, ``publishDate``) and the date of its dateline
('OSAKA, Japan, February 10, 2027 –', '東京、2027年2月10日 –', '[서울=뉴스와이어] 2027년 2월
10일 --'). A newsroom makes a release's page from the last one's copy: a dateline or a
front matter left as it was dates the page one day and the release another.

A dateline is a place and a comma (or a bracketed credit) before a full date, then a
dash, a slash or the end of its segment: a lead that names a date ('will open on April
15, 2027') has none. A front matter date with its time of day may fall on the day before
or after in another time zone, so one day apart is allowed there.
"""

from __future__ import annotations

import datetime as dt
import re

from prlocalize.catalog.weekdays import _EN_MONTH, _month
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.readers.front_matter import FRONT_MATTER

# a key of the front matter that dates the page, with its date and whether a time follows
_DATE_KEY = lazy_compile(
    r"^(?:date|publish_?[Dd]ate|pubDate)[ \t]*[:=][ \t]*[\"']?((?:19|20)\d\d)-(\d\d)-(\d\d)"
    r"([T ]\d)?",
    re.M,
)
# the place a dateline opens with, up to the date: a place (and its country) and a comma,
# or a credit in brackets ('【東京】', '[서울=뉴스와이어]')
_PLACE = r"(?:[^\d.!?。\n]{1,40}?[,、，]\s?|[【\[][^】\]\n]{1,30}[】\]]\s?)"
# what follows a dateline's date: the end of the segment, a dash, a wire's slash, a colon
_AFTER = r"\s?(?:</strong>|\*\*|\))?\s?(?=$|[-–—/:：]|\()"
_EN_DATE = lazy_compile(rf"^(?P<place>{_PLACE}){_EN_MONTH}\s(\d{{1,2}}),\s((?:19|20)\d\d){_AFTER}")
_EN_DAY_FIRST = lazy_compile(
    rf"^(?P<place>{_PLACE})(\d{{1,2}})\s{_EN_MONTH}\s((?:19|20)\d\d){_AFTER}"
)
_CJK_DATE = lazy_compile(
    rf"^(?P<place>{_PLACE})((?:19|20)\d\d)\s?[年년]\s?(\d{{1,2}})\s?[月월]\s?(\d{{1,2}})\s?[日일]"
    rf"(?:\s?[（(][^)）]{{1,4}}[)）])?{_AFTER}"
)


# a dateline set in bold ('**OSAKA, Japan, February 10, 2027** –')
_EMPHASIS = lazy_compile(r"(?:\*\*|<strong>|<b>|\s)*")


def front_matter_dates(text: str) -> list[tuple[dt.date, bool]]:
    """The dates the front matter at the start of ``text`` gives its page, each with
    whether a time of day follows it."""
    front = FRONT_MATTER.match(text)
    if front is None:
        return []
    found = []
    for match in _DATE_KEY.finditer(front["body"]):
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
        found.append((day, match[4] is not None))
    return found


def dateline_date(text: str) -> tuple[dt.date, int, int] | None:
    """The date of the dateline ``text`` opens with, and where it is written, or None."""
    offset = _EMPHASIS.match(text).end()  # type: ignore[union-attr]
    plain = text[offset:]
    if (match := _EN_DATE.match(plain)) is not None:
        year, month, day = int(match[4]), _month(match[2]), int(match[3])
        span = match.start(2), match.end(4)
    elif (match := _EN_DAY_FIRST.match(plain)) is not None:
        year, month, day = int(match[4]), _month(match[3]), int(match[2])
        span = match.start(2), match.end(4)
    elif (match := _CJK_DATE.match(plain)) is not None:
        year, month, day = int(match[2]), int(match[3]), int(match[4])
        span = match.start(2), match.end(4) + 1
    else:
        return None
    try:
        return dt.date(year, month, day), span[0] + offset, span[1] + offset
    except ValueError:
        return None


def dated_otherwise(dateline: dt.date, dates: list[tuple[dt.date, bool]]) -> bool:
    """Whether ``dateline`` is none of the front matter's ``dates`` (a day either side of
    one given with its time)."""
    return all(abs((dateline - day).days) > (1 if timed else 0) for day, timed in dates)
