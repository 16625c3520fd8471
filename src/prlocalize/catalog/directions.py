"""prlocalize.catalog.directions
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Which way a change goes, as a release says it beside a percentage: '3.2%減', '3.2%の
増加', '3.2% 감소', '3.2%p 상승', 'rose 3.2%', 'an increase of 3.2%', 'a 3.2% decline'.
A translation that keeps the figure but turns the change around ('前年同期比3.2%減' as
'rose 3.2%') misstates the result as surely as a changed figure; figures.py compares the
figure only.

A percentage whose change is said on neither side, or in two ways on one side (the same
figure rising in one clause and falling in another), is not judged.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from prlocalize.catalog.alert_kinds import alert_kinds_turned
from prlocalize.catalog.days_off import EXCLUDED as _DAYS_CLOSED
from prlocalize.catalog.days_off import INCLUDED as _DAYS_OPEN
from prlocalize.catalog.figures import Item, items, normal_text, spelled_counts
from prlocalize.catalog.frequencies import frequencies_turned
from prlocalize.catalog.litigation import verdict_reversals
from prlocalize.catalog.screens import Screened, first_digit
from prlocalize.catalog.source_readings import keep_silent, remembered, silent
from prlocalize.catalog.vehicle_sides import sides_turned
from prlocalize.lazy_patterns import lazy_compile

_PERCENT = lazy_compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?"
    r"(?:%\s?(?:포인트|ポイント)|%p|%|％|percent(?:age points?)?|per cent|"
    r"パーセント(?:ポイント)?|ポイント|퍼센트(?:포인트)?|포인트|"
    # English results say a margin's change in bare points too ('up 0.8 points', '0.8pt')
    r"(?:points?|pts?|pp|ppts?)(?![A-Za-z]))"
)
_UP_EN = (
    r"ros[e]|risen|rises?|rising|up|increased?|increases|increasing|grew|grown|grows?|growth|"
    r"gain(?:ed|s)?|climb(?:ed|s)?|jump(?:ed|s)?|higher|surged?|surges|soared?|advanced?|"
    r"raised?|raises|lift(?:ed|s)?|boost(?:ed|s)?|extend(?:ed|s)?|add(?:ed|s|ing)?"
)
_DOWN_EN = (
    r"fell|falls?|fallen|falling|down|decreased?|decreases|decreasing|declined?|declines|"
    r"declining|drop(?:ped|s)?|lower|shrank|shrunk|shrinks?|slipped|slid|plunged?|contracted|"
    r"reduced|reduction|dipped|lowered|cut|cuts|shortened|trimmed|slashed"
)
# the word that says the change, at most three words before the figure ('rose 3.2%',
# 'an increase of 3.2%', 'declined by 3.2%') or right after it ('a 3.2% increase')
_EN_BEFORE = lazy_compile(
    rf"\b(?:(?P<up>{_UP_EN})|(?P<down>{_DOWN_EN}))\b(?:\s{{1,3}}(?:by|of|some|about|around|"
    r"nearly|almost|approximately|roughly|more than|over|an average of|on average|a|an|"
    r"the|just|only|up to|as much as)){0,3}\s{0,3}$",
    re.IGNORECASE,
)
# ... or before what it changes and 'by' ('reduced HbA1c by 1.3 percentage points', 'cut
# costs by 12%', 'raise the share of exports by 5 points'): up to seven words between (a
# place after the object: 'cut forklift traffic on the shop floor by 35%'), and an aside
# in brackets after them ('reducing its greenhouse gas emissions (Scope 1 and 2)
# by 46%', as emission targets name their scope)
# ('up' and 'down' there are a verb's particle: 'set up a new office by 38%' says no rise)
_EN_OBJECT_BY = lazy_compile(
    rf"\b(?:(?P<up>{_UP_EN.replace('|up|', '|')})|(?P<down>{_DOWN_EN.replace('|down|', '|')}))"
    r"\b(?: [A-Za-z0-9][\w.'’-]*){1,7}(?: [(（][^()（）\n]{1,30}[)）])? by "
    r"(?:(?:about|around|approximately|nearly|almost|roughly|some|more than|over|up to|"
    r"as much as|just|only) )?$",
    re.IGNORECASE,
)
# ... 'by' with the change's limit after it ('will lower its deposit rates by up to 0.25
# percentage points', 'raise fees by as much as 5%') or its approximation ('cut the
# journey by about 25 minutes')
_BY_END = lazy_compile(
    r"\bby (?:(?:up to|as much as|about|around|approximately|nearly|almost|roughly|some|"
    r"more than|over|just|only) )?$",
    re.IGNORECASE,
)
# ('a 12% increase', '12% longer', '50% less energy')
_EN_AFTER = lazy_compile(
    r"\s{0,3}(?:(?P<up>increase|rise|gain|growth|higher|jump|longer|larger|bigger|"
    r"more|greater|faster|wider|heavier)|"
    r"(?P<down>decrease|decline|drop|fall|lower|reduction|contraction|shorter|smaller|less|"
    r"fewer|slower|narrower|lighter|cheaper))\b",
    re.IGNORECASE,
)
# Japanese and Korean say it after the figure ('3.2%減', '3.2%の増加', '3.2%に上昇',
# '1.5ポイント引き上げ', '3.2% 증가한', '3.2% 늘어난', '3.2%p 하락', '0.5%포인트 인하'), or
# the level it goes to ('40%へ引き上げ', '40%まで拡大', '40%로 높인다', '40%까지 확대')
_CJK_AFTER = lazy_compile(
    r"\s?(?:の|に|と|へ|まで|로|으로|까지)?\s?(?:(?P<up>増|上昇|伸び|アップ|拡大|引き上げ|引上げ|증가|상승|늘|확대|성장|"
    r"높|인상|증액|올라|올랐|올린|올려|↑|延長|延び|長く|연장|길어)|"
    r"(?P<down>減|低下|下落|ダウン|縮小|引き下げ|引下げ|削減|低減|감소|하락|줄|축소|낮|인하|감액|"
    r"내려|내린|내렸|떨어|↓|短縮|短く|단축))"
)


# Whether a change is for the better or the worse is said apart from which way the figure
# went: a cost ratio that 'improved 0.8 points' fell, a margin that '0.8ポイント改善' rose.
# So better and worse are compared only with better and worse ('0.8ポイント改善' as '0.8%포인트
# 악화'), never with up and down
_BETTER_EN = r"improv(?:e|ed|es|ing|ement)|better"
_WORSE_EN = r"worsen(?:ed|s|ing)?|deteriorat(?:e|ed|es|ing|ion)|worse"
_QUALITY_EN_BEFORE = lazy_compile(
    rf"\b(?:(?P<up>{_BETTER_EN})|(?P<down>{_WORSE_EN}))\b(?:\s{{1,3}}(?:by|of|some|about|"
    r"around|nearly|almost|approximately|roughly|more than|over|a|an|the|just|only)){0,3}"
    r"\s{0,3}$",
    re.IGNORECASE,
)
_QUALITY_EN_AFTER = lazy_compile(
    r"[\s-]{0,3}(?:(?P<up>improvement|better)|(?P<down>deterioration|worsening|worse))\b",
    re.IGNORECASE,
)
_QUALITY_CJK_AFTER = lazy_compile(
    r"\s?(?:の|に|と|로|으로)?\s?(?:(?P<up>改善|好転|良化|向上|개선|호전|향상)|(?P<down>悪化|악화))"
)
_QUALITY_GATE = lazy_compile(
    "改善|好転|良化|向上|悪化|개선|호전|향상|악화|improv|better|worse|deteriorat", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Flip:
    """A percentage whose change goes one way in the source and the other in the target
    (or, with ``quality``, is for the better in one and the worse in the other)."""

    source: str  # the figure and its direction word as the source writes them
    target: str
    source_up: bool
    quality: bool = False


# An amount of money with no scale word after it ('an increase of ¥6', '6円の減配', '6엔
# 늘린다', '$3 higher'): compared as a percentage is, by its digits
_AMOUNT = lazy_compile(
    r"(?:[¥$₩]|US\$|(?:KRW|JPY|USD)\s?)(\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
    r"(?!\d|[.,]\d|\s?(?:thousand|million|billion|trillion|mn|bn)\b)"
    r"|(?<![\d.,万億兆만억조])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(?:円|엔|원|ドル|ウォン|달러|yen\b|won\b)"
)
_AMOUNT_GATE = lazy_compile("[¥$₩円엔원ドル달]|ウォン|yen|won|KRW|JPY|USD")
# A count or an amount with its scale word ('31万人の増加', '4만 명 감소', 'a decrease of
# 1.2 million', '12億円の減少', 'down ¥1.2 billion'), or in thousands with separators ('an
# increase of 310,000'), as statistics releases give the change from a year before:
# compared by its value, whichever way each language scales it
_SCALES = {
    "万": 10**4, "萬": 10**4, "만": 10**4, "億": 10**8, "억": 10**8, "兆": 10**12, "조": 10**12,
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}  # fmt: skip
_SCALED = lazy_compile(
    r"(?<![\d.,])(?:[¥$₩]\s?|(?:KRW|JPY|USD)\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s?(万|萬|만|億|억|兆|조|thousand|million|billion|trillion)(?![A-Za-z]))?"
    r"(?!\s?[%％]|[\d.,]\d|\s?(?:年|년|月|월|日|일|時|시|percent|per cent|ポイント|포인트|p\b|pt))"
)
_SCALED_GATE = lazy_compile(r"\d\s?(?:[万萬만億억兆조]|thousand|million|billion|trillion)|\d,\d{3}")


# What every match of _PERCENT and _UNIT holds: a digit, a space or none, and the first
# letter of a unit, in the text as given (the patterns read it with full-width letters
# folded, so their full-width forms are here too). A sentence without one is not read:
# most sentences, where a test for the units' letters alone passed nearly every English
# sentence (any 'p') and their patterns then cost some 40 µs a sentence
_UNIT_GATE = lazy_compile(r"\d\s?[%％pｐパポ퍼포bベ베]")


def directions(text: str) -> dict[Decimal, tuple[bool, str]]:
    """Each percentage of ``text`` whose change is said once: value → (up, as written)."""
    if _UNIT_GATE.search(text) is None:
        return {}
    return _directions(text, _PERCENT)


def amount_directions(text: str) -> dict[Decimal, tuple[bool, str]]:
    """Each amount of money of ``text`` whose change is said once."""
    # (every match of _AMOUNT holds a digit; normal_text only folds full-width digits,
    # which are digits already)
    if first_digit(text) < 0 or _AMOUNT_GATE.search(text) is None:
        return {}
    return _directions(text, _AMOUNT)


def scaled_directions(text: str) -> dict[Decimal, tuple[bool, str]]:
    """Each count or amount of ``text`` given with a scale word or in thousands whose
    change is said once: its value → (up, as written)."""
    if first_digit(text) < 0 or _SCALED_GATE.search(text) is None:
        return {}
    plain = normal_text(text)
    return _said_once(text, plain, _scaled_figures(plain), _said)


def _scaled_figures(plain: str) -> Iterator[tuple[Decimal, int, int]]:
    """(value, start, end past its counter) of each count or amount with a scale word or
    in thousands."""
    for match in _SCALED.finditer(plain):
        if match[2] is None and "," not in match[1]:
            continue  # no scale and no thousands: a percentage's or a small count's
        try:
            value = Decimal(match[1].replace(",", "")) * _SCALES.get(match[2] or "", 1)
        except InvalidOperation:
            continue
        yield value, match.start(), _past_counter(plain, match.end())


# what follows a count as its counter or unit before the word for its change: '31万人の
# 増加', '4만 명 감소', '12億円の減少', '5,000件増'
_COUNTER = lazy_compile(
    r"(?:\s?(?:人|名|件|社|世帯|戸|台|円|ドル|ウォン|명|건|곳|가구|대|원|달러|엔|"
    r"people|persons|households|cases|yen|won|dollars))?"
)


def _past_counter(text: str, end: int) -> int:
    found = _COUNTER.match(text, end)
    return found.end() if found is not None else end


# a multiple ('1.5倍に増え', '1.5배로 늘고', 'grew 1.5 times'), whose change a translation
# may turn round as it may a percentage's ('1.5배로 줄고')
_TIMES = lazy_compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)\s?(?:倍|배|times(?![A-Za-z])|-fold)")
_TIMES_GATE = lazy_compile(r"\d\s?(?:倍|배|times|-fold)")


def times_directions(text: str) -> dict[Decimal, tuple[bool, str]]:
    """Each multiple of ``text`` whose change is said once: value → (up, as written)."""
    if _TIMES_GATE.search(text) is None:
        return {}
    return _directions(text, _TIMES)


# A span of time with its change ('所要時間を約25分短縮', '약 15분 단축', 'cut by about 25
# minutes', 'add about 10 minutes', '25 minutes shorter'), as a railway's, a road's or a
# bridge's release gives the time it saves: compared in minutes ('分' before 'の' is a
# fraction, '분' before '기' a quarter; a clock's minutes, '10時15分', are no span)
_SPAN = lazy_compile(
    r"(?<![\d.,:])(?<!時)(?<!時 )(?<!시)(?<!시 )(\d{1,3}(?:\.\d+)?)\s?"
    r"(?:(?:分|분)(?![の기])|minutes?(?![A-Za-z])|mins?(?![A-Za-z])"
    r"|(時間|시간|hours?(?![A-Za-z])|hrs?(?![A-Za-z])))"
)
_SPAN_GATE = lazy_compile(r"\d\s?(?:分|분|時間|시간|[Mm]in|[Hh]ours?|[Hh]rs?)")
# (a span is shortened by going faster: 'faster' of a percentage is a rise)
_SPAN_EN_AFTER = lazy_compile(
    r"\s{0,3}(?:(?P<up>longer|more|extra|slower)|(?P<down>shorter|less|faster|quicker|"
    r"saved))\b",
    re.IGNORECASE,
)


def duration_directions(text: str) -> dict[Decimal, tuple[bool, str]]:
    """Each span of time of ``text`` whose change is said once: its minutes → (up, as
    written)."""
    if first_digit(text) < 0 or _SPAN_GATE.search(text) is None:
        return {}
    plain = normal_text(text)
    spans = (
        (Decimal(match[1]) * (60 if match[2] else 1), match.start(), match.end())
        for match in _SPAN.finditer(plain)
    )
    return _said_once(text, plain, spans, _duration_said)


def _duration_said(text: str, start: int, end: int) -> tuple[bool, int, int] | None:
    after = _SPAN_EN_AFTER.match(text, end)
    if after is not None:
        return after["up"] is not None, start, after.end()
    return _said(text, start, end)


def quality_directions(text: str) -> dict[Decimal, tuple[bool, str]]:
    """Each percentage or figure in points of ``text`` whose change is said once to be for
    the better or the worse: value → (better, as written)."""
    if _UNIT_GATE.search(text) is None or _QUALITY_GATE.search(text) is None:
        return {}
    return _directions(text, _PERCENT, _quality_said)


def _directions(
    text: str,
    figure: re.Pattern[str],
    said_of: Callable[[str, int, int], tuple[bool, int, int] | None] | None = None,
) -> dict[Decimal, tuple[bool, str]]:
    plain = normal_text(text)
    return _said_once(text, plain, _figures(plain, figure), said_of or _said)


def _figures(plain: str, figure: re.Pattern[str]) -> Iterator[tuple[Decimal, int, int]]:
    for match in figure.finditer(plain):
        try:
            value = Decimal((match[1] or match[2]).replace(",", ""))
        except InvalidOperation:
            continue
        yield value, match.start(), match.end()


def _said_once(
    text: str,
    plain: str,
    figures: Iterable[tuple[Decimal, int, int]],
    said_of: Callable[[str, int, int], tuple[bool, int, int] | None],
) -> dict[Decimal, tuple[bool, str]]:
    """Each of ``figures`` (value, start, end in ``plain``) whose change ``said_of``
    finds said, and said one way only: value → (up or better, as written in ``text``)."""
    found: dict[Decimal, tuple[bool, str]] = {}
    doubtful: set[Decimal] = set()
    for value, start, end in figures:
        said = said_of(plain, start, end)
        if said is None:
            continue
        up, first, last = said
        if value in found and found[value][0] != up:
            doubtful.add(value)
        found[value] = (up, text[first:last])
    for value in doubtful:
        del found[value]
    return found


_MINUS_MARK = lazy_compile(r"[△▲▼▽]\s?$")
_HANGUL = lazy_compile("[\uac00-\ud7a3]")


def _said(text: str, start: int, end: int) -> tuple[bool, int, int] | None:
    """(up, start, end of what says it) for the figure at [start, end), or None."""
    after = _CJK_AFTER.match(text, end) or _EN_AFTER.match(text, end)
    if after is not None:
        return after["up"] is not None, start, after.end()
    mark = _MINUS_MARK.search(text, max(0, start - 2), start)
    if mark is not None and (mark[0] != "▲" or _HANGUL.search(text) is None):
        # '前年同期比△3.4%': a fall, as Japanese results tables write it ('▲' is a rise in
        # Korean market reports)
        return False, mark.start(), end
    low = max(0, start - 80)
    window = text[low:start]
    before = _EN_BEFORE.search(window)
    if before is None and (window.endswith(" ") and _BY_END.search(window) is not None):
        before = _EN_OBJECT_BY.search(window)
    if before is None and window.endswith(" to "):
        before = _EN_TO_LEVEL.search(window)
    if before is not None:
        return before["up"] is not None, low + before.start(), end
    return None


# education: a change said from the level it left to the level it reaches ('the share rose
# from 58% to 71%'), whose Japanese and Korean say the change after the level reached
# ('71%に上昇', '71%로 낮아졌다'); a level alone ('rose to 3.2% of revenue') is not read,
# nor 'up to' or 'down to', a limit
_EN_TO_LEVEL = lazy_compile(
    r"\b(?:(?P<up>ros[e]|risen|rises?|rising|increased?|increases|increasing|grew|grown|grows?|"
    r"climb(?:ed|s)?|jump(?:ed|s)?|surged?|surges|soared?|raised?|raises|lift(?:ed|s)?|"
    r"boost(?:ed|s)?)|(?P<down>fell|falls?|fallen|falling|decreased?|decreases|decreasing|"
    r"declined?|declines|declining|drop(?:ped|s)?|shrank|shrunk|shrinks?|slipped|slid|"
    r"plunged?|reduced|dipped|lowered|cut|cuts|trimmed|slashed))"
    r"\sfrom(?:\s[^\s]{1,15}){1,3}\sto\s$",
    re.IGNORECASE,
)


def _quality_said(text: str, start: int, end: int) -> tuple[bool, int, int] | None:
    """(better, start, end of what says it) for the figure at [start, end), or None."""
    after = _QUALITY_CJK_AFTER.match(text, end) or _QUALITY_EN_AFTER.match(text, end)
    if after is not None:
        return after["up"] is not None, start, after.end()
    low = max(0, start - 60)
    window = text[low:start]
    before = _QUALITY_EN_BEFORE.search(window)
    if before is not None:
        return before["up"] is not None, low + before.start(), end
    return None


def flips(source: str, target: str, *, memo: dict[str, Any] | None = None) -> list[Flip]:
    """The percentages, amounts, multiples and spans of time both texts give whose change
    goes the other way in ``target``, and the percentages whose change is for the better
    in one and the worse in the other."""
    if silent(memo, "directions.flips"):
        return []
    out: list[Flip] = []
    read_any = False
    for read, quality in (
        (directions, False),
        (amount_directions, False),
        (scaled_directions, False),
        (times_directions, False),
        (duration_directions, False),
        (quality_directions, True),
    ):
        mine = read(source)
        if not mine:
            continue
        read_any = True
        theirs = read(target)
        out.extend(
            Flip(written, theirs[value][1], up, quality)
            for value, (up, written) in mine.items()
            if value in theirs and theirs[value][0] != up
        )
    if not read_any:
        keep_silent(memo, "directions.flips")
    return out


# A figure in percentage points ('1.5 percentage points', '1.5ポイント', '1.5%ポイント',
# '0.6%p', '0.6%포인트') or in percent; the units with a '%' in them come first
_UNIT = lazy_compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(?:(?P<bp>basis\spoints?(?![A-Za-z])|"
    r"bps?(?![A-Za-z])|ベーシス・?ポイント|베이시스\s?포인트)|(?P<points>"
    r"percentage[\s-]points?|points?(?![A-Za-z])|pts?(?![A-Za-z])|pp(?![A-Za-z])|"
    r"%\s?(?:p(?![A-Za-z])|포인트|ポイント)|パーセントポイント|퍼센트\s?포인트|ポイント|포인트)"
    r"|(?P<percent>%|percent(?![A-Za-z])|per\scent|パーセント|퍼센트))"
)


@dataclass(frozen=True, slots=True)
class PointsAsPercent:
    """A change in percentage points that the translation gives as a change in percent
    (or one in percent given in points)."""

    source: str  # the figure and its unit as the source writes them
    target: str


def points_as_percent(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[PointsAsPercent]:
    """The source's figures in points ('rose 0.6 percentage points', '0.6%p 하락') that the
    target gives in percent alone ('rose 0.6%'): a share up from 17.2% to 17.8% has not
    risen 0.6%. A value the target also gives in points is not judged."""
    if silent(memo, "directions.points_as_percent"):
        return []
    mine = _units(source, "points")
    if not mine:
        keep_silent(memo, "directions.points_as_percent")
        return []
    points, percents = _units(target, "points"), _units(target, "percent")
    return [
        PointsAsPercent(written, percents[value])
        for value, written in mine.items()
        if value in percents and value not in points
    ]


# a change of a rate, which English often gives in percent where it means points ('the
# margin improved 1.3%'): a translation in points there is right, so it is not judged.
# The rate is named before its figure, in its clause: a sentence that speaks of shares
# (stock) or a 'corporate' anything elsewhere still says a holding of '19.8%' in percent
_RATE_WORDS = lazy_compile(
    r"\b(?:margins?|ratios?|rates?|share(?!s|hold)|yields?)\b|率|比率|割合|シェア|利回り|"
    r"비율|률|율|비중|점유",
    re.IGNORECASE,
)
_RATE_REACH = 40  # characters before a figure its rate's name may stand (or after, in its clause)
_CLAUSE_END = lazy_compile(r"[,;、。，；]")
# points a shop gives back, not a unit of a change ('5%ポイント還元', '5%포인트 적립')
_REWARD_POINTS = lazy_compile(
    r"\s?(?:還元|付与|プレゼント|적립|환급|지급|back|reward)", re.IGNORECASE
)


def percent_as_points(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[PointsAsPercent]:
    """The source's figures in percent ('up 18.9%', '42.44%のプレミアム') that the target
    gives in points alone ('18.9%p 증가'): the reverse of points_as_percent. A sentence
    whose source speaks of a rate (a margin, a ratio, a share) is not judged, as English
    gives a rate's change in percent loosely; nor is a value the target also gives in
    percent."""
    if silent(memo, "directions.percent_as_points"):
        return []
    mine = _units(source, "percent")
    if not mine:
        keep_silent(memo, "directions.percent_as_points")
        return []
    points, percents = _units(target, "points"), _units(target, "percent")
    changed = [
        value
        for value in mine
        if value in points and value not in percents and value not in _units(source, "points")
    ]
    if not changed:
        return []
    of_a_rate = _of_a_rate(source)
    return [PointsAsPercent(mine[v], points[v]) for v in changed if v not in of_a_rate]


def _of_a_rate(text: str) -> set[Decimal]:
    """The values ``text`` gives in percent with a rate named shortly before them, or
    after them in their clause ('a 0.4% rise in the jobless rate')."""
    plain = normal_text(text)
    found = set()
    for match in _UNIT.finditer(plain):
        if match["percent"] is None:
            continue
        after = _CLAUSE_END.split(plain[match.end() : match.end() + _RATE_REACH], maxsplit=1)[0]
        before = plain[max(0, match.start() - _RATE_REACH) : match.start()]
        if _RATE_WORDS.search(before) or _RATE_WORDS.search(after):
            try:
                found.add(Decimal(match[1].replace(",", "")))
            except InvalidOperation:
                continue
    return found


def _units(text: str, unit: str) -> dict[Decimal, str]:
    """Each value of ``text`` said in ``unit`` ('points' or 'percent'), as written."""
    points, percents = _units_read(text)
    return points if unit == "points" else percents


# a survey's margin of error, which every language gives in percent or in points alike
# ('±3.1%', '±3.1 percentage points', '표본오차 ±3.1%p', '標本誤差は最大3.1ポイント'):
# the sign right before the figure, or the margin's name before it in its clause
_A_MARGIN = lazy_compile(
    r"(?:±|\+/-|\+-|plus\sor\sminus)\s?$|"
    r"(?:margin\sof\s(?:sampling\s)?error|標本誤差|誤差|표본\s?오차|오차)[^,;、。，；\d]{0,20}$",
    re.IGNORECASE,
)
_MARGIN_REACH = 40


# points_as_percent and percent_as_points ask for a text's values in both units, up to
# six times a message pair: they are read in one pass, kept for the few texts last read
# (callers never change what is kept)
@functools.lru_cache(maxsize=16)
def _units_read(text: str) -> tuple[dict[Decimal, str], dict[Decimal, str]]:
    """(values in points, values in percent) of ``text``, each as written."""
    points: dict[Decimal, str] = {}
    percents: dict[Decimal, str] = {}
    if _UNIT_GATE.search(text) is None:
        return points, percents
    plain = normal_text(text)
    for match in _UNIT.finditer(plain):
        basis = match["bp"] is not None
        if match["points"] is not None or basis:
            if _REWARD_POINTS.match(plain, match.end()) is not None:
                continue
            found = points
        elif match["percent"] is not None:
            found = percents
        else:
            continue
        if _A_MARGIN.search(plain, max(0, match.start() - _MARGIN_REACH), match.start()):
            continue  # '±3.1%p' as '±3.1%': a survey's margin, in either unit
        try:
            value = Decimal(match[1].replace(",", ""))
        except InvalidOperation:
            continue
        if basis:
            value /= 100  # '220 basis points' are 2.2 points
        found.setdefault(value, text[match.start() : match.end()])
    return points, percents


# A forecast revised up or down, said without a figure beside it ('revised upward its
# full-year forecast', '通期業績予想を上方修正', '연간 실적 전망을 상향 조정', 'raised its
# guidance', 'lowered its revenue target'): a results notice's headline news
_REVISED = (
    r"revis(?:ed|es|e|ing)\s(?:[\w-]+\s){{0,5}}?{way}wards?\b|{way}ward(?:ly)?\s(?:revision|"
    r"revised)|revised\s{way}\b"
)
# (a headline says it without 'its', in capitals: 'Raises Full-Year Revenue Guidance')
_FORECAST = (
    r"(?:(?:its|the|our)\s(?:[\w-]+\s){0,3}?|(?-i:(?:[A-Z][\w-]*\s){0,3}))"
    r"(?:forecasts?|guidance|outlook|projections?|targets?|estimates?)\b"
)
_REVISION_UP = lazy_compile(
    rf"上方修正|上方に修正|상향\s?(?:조정|수정)|{_REVISED.format(way='up')}|"
    rf"(?:rais|lift)(?:ed|es|e|ing|s)?\s{_FORECAST}",
    re.IGNORECASE,
)
_REVISION_DOWN = lazy_compile(
    rf"下方修正|下方に修正|하향\s?(?:조정|수정)|{_REVISED.format(way='down')}|"
    rf"(?:lower(?:ed|s|ing)?|cut(?:s|ting)?|reduc(?:ed|es|e|ing))\s{_FORECAST}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RevisionFlip:
    """A forecast revised one way in the source and the other way in the target."""

    source: str
    target: str


def revision_flip(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> RevisionFlip | None:
    """The revision the target turns around, where each side revises one way only."""
    if silent(memo, "directions.revision_flip"):
        return None
    mine = _revision(source)
    if mine is None:
        keep_silent(memo, "directions.revision_flip")
        return None
    theirs = _revision(target)
    if theirs is None or theirs[0] == mine[0]:
        return None
    return RevisionFlip(mine[1], theirs[1])


# a word every match of _REVISION_UP or _REVISION_DOWN holds, looked for first: the two
# patterns cost some 70 µs a sentence, and few sentences revise anything
_REVISION_GATE = Screened(
    lazy_compile("修正|상향|하향|revis|rais|lift|lower|cut|reduc", re.IGNORECASE)
)


def _revision(text: str) -> tuple[bool, str] | None:
    """(up, as written) of the one way ``text`` revises a forecast, else None."""
    if _REVISION_GATE.search(text) is None:
        return None
    up, down = _REVISION_UP.search(text), _REVISION_DOWN.search(text)
    if (up is None) == (down is None):
        return None  # neither, or both ('sales revised up, profit down'): not judged
    found = up or down
    assert found is not None
    return up is not None, found[0]


# A bound said of a figure: at least ('40%以上', '2,500人超', '40% 이상', 'more than 40%',
# '40% or more', '19 or older', '最低', '최소') or at most ('40%以下', '1%未満', '30日以内',
# '이하', '미만', 'up to', 'less than', 'or less', 'or younger', '最大', '上限', '최대'), an
# English figure with its scale word ('at least 7 million'); a version said to be the
# lowest or highest supported ('iOS 16以降', 'Android 11 이상', 'or later', 'or earlier',
# '以前', '이전'). Strict or not is told apart
# only where both words say it exactly (group names ending in x: excluding the figure,
# in l: loosely either): Japanese and Korean keep 以上/超, 以下/未満 apart as law does,
# and 'or more', 'at least', 'up to' include the figure; 'more than', 'over', 'under'
# are as often written for 以上 and 以下 as for 超 and 未満
_NUMBER = r"(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
_BOUND_CJK_AFTER = lazy_compile(
    rf"(?<![\d.,]){_NUMBER}(?P<scale>万|億|만|억)?\s?(?:[^\s\d、。,.()（）]{{0,4}}?)\s?"
    r"(?:(?P<min>以上|以降|以後|이상|이후)|(?P<minx>超|を超え|より後|초과|넘)"
    r"|(?P<max>以下|以内|以前|이하|이내|이전)|(?P<maxx>未満|より前|미만))"
)
# (after the word, maybe its topic particle: '下限は742万株', '하한은 742만 주'; and the
# figure's scale: '최소 420만 주'; the shortest and the longest, '最短3秒', '최장 35년', bound
# a time as the least and the most bound an amount)
_BOUND_CJK_BEFORE = lazy_compile(
    r"(?:(?P<min>最低|最小|下限|最短|최소|최저|하한|최단)"
    r"|(?P<max>最大|最高|上限|最長|최대|최고|상한|최장))"
    r"\s?(?:[:：]|は|が|은|는|이|가)?\s?"
    rf"(?:[¥$₩]|US\$)?{_NUMBER}(?P<scale>万|億|만|억)?"
)
_BOUND_EN_BEFORE = lazy_compile(
    r"\b(?:(?P<max>no more than|not more than|no greater than|up to|at most|a maximum of|"
    r"capped at|a cap of)|(?P<maxl>less than|fewer than|under|below|within)"
    r"|(?P<min>no less than|not less than|no fewer than|at least|a minimum of)"
    r"|(?P<minl>more than|greater than|over|above|exceeding|upwards of))"
    rf"\s(?:[¥$₩€£]|US\$|KRW\s|JPY\s)?{_NUMBER}(?:\s(?P<scale>thousand|million|billion)\b)?",
    re.IGNORECASE,
)
# ... and a notice's bound named as its subject ('The minimum number of shares to be
# purchased is 6,120,000', 'maximum number of shares to be acquired: 3,000,000'), as
# Japanese writes '下限は' and Korean '하한은'
_BOUND_EN_NAMED = lazy_compile(
    r"\b(?:(?P<max>maximum|upper\slimit)|(?P<min>minimum|lower\slimit))\s"
    r"(?:(?:number|amount|price)\s)?(?:of\s[A-Za-z]+(?:\s[A-Za-z]+){0,8})?\s?"
    r"(?:(?:is|will\sbe|shall\sbe)\b|[:：])\s?"
    rf"(?:[¥$₩€£]|US\$|KRW\s|JPY\s)?{_NUMBER}(?:\s(?P<scale>thousand|million|billion)\b)?",
    re.IGNORECASE,
)
_BOUND_EN_AFTER = lazy_compile(
    rf"(?<![\d.,]){_NUMBER}\s?(?:%|[A-Za-z]+\s)?\s?(?:(?P<min>or more|or higher|or above|"
    r"or over|or greater|and above|and over|or older|and older|or later|and later|or newer|"
    r"and newer)|(?P<max>or less|or lower|or below|or fewer|or under|or younger|and younger|"
    r"or earlier|and earlier|or prior|and prior|and below|and under))\b",
    re.IGNORECASE,
)
# ... and a sign of comparison before its figure, as a trial's results write p-values
# ('p<0.001', 'P < .05', 'p≤0.01', '＞65歳'); not an arrow ('->', '=>')
_BOUND_SIGN = lazy_compile(
    r"(?<![-=<>])(?:(?P<max>≤|<=)|(?P<min>≥|>=)|(?P<maxx><)|(?P<minx>>))(?![<>=])\s?"
    r"(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
)
# ... and a date bounded by the words before it, as a launch or a shipping notice says
# '9月18日以降に発送' and '9월 18일 이전': 'from September 18', 'after Sept. 18', 'before
# Friday, 18 September', 'until October 4' (fashion: pre-orders shipped 'before' the
# release date for '以降' told customers the opposite). The month is needed: 'from 18' or
# 'by 18' say no date
_MONTH_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATE_BOUND_WORD = (
    r"\b(?:(?P<maxl>before|prior\sto|until|till|no\slater\sthan|by)|"
    r"(?P<minl>after|from|since|starting|beginning|as\sof))\s(?:(?:on\s)?"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?"
)
_BOUND_EN_DATE = lazy_compile(rf"{_DATE_BOUND_WORD}{_MONTH_EN}\s(?P<n>\d{{1,2}})\b")
_BOUND_EN_DATE_DAY_FIRST = lazy_compile(
    rf"{_DATE_BOUND_WORD}(?P<n>\d{{1,2}})\s{_MONTH_EN}(?![a-z])"
)
_MONTH_SCREEN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# the words each pattern's every match holds (its English ones as str.lower() writes
# them: the two are IGNORECASE), looked for in the text first: a pattern runs only where
# its words are, and most sentences have none of any
_BOUND_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        _BOUND_CJK_AFTER,
        ("以上", "超", "以下", "未満", "以内", "이상", "초과", "넘", "이하", "미만", "이내", "以降",
         "以前", "이후", "이전", "以後", "より後", "より前"),
    ),
    (
        _BOUND_CJK_BEFORE,
        ("最低", "最小", "下限", "最短", "최소", "최저", "하한", "최단", "最大", "最高", "上限",
         "最長", "최대", "최고", "상한", "최장"),
    ),
    (
        _BOUND_EN_BEFORE,
        ("than", "up to", "at most", "under", "below", "maximum", "capped", "cap of", "within",
         "least", "over", "above", "exceeding", "minimum", "upwards"),
    ),
    (_BOUND_SIGN, ("<", ">", "≤", "≥")),
    (_BOUND_EN_NAMED, ("maximum", "minimum", "upper limit", "lower limit")),
    (
        _BOUND_EN_AFTER,
        ("or more", "or higher", "or above", "or over", "or greater", "and above", "and over",
         "or less", "or lower", "or below", "or fewer", "or under", "older", "younger",
         "or later", "and later", "or earlier", "and earlier", "newer", "prior", "and below",
         "and under"),
    ),
    (_BOUND_EN_DATE, _MONTH_SCREEN),
    (_BOUND_EN_DATE_DAY_FIRST, _MONTH_SCREEN),
)  # fmt: skip
# each pattern's words as one search of literals (a Python loop over the words cost
# some 10 µs a text)
_BOUND_SCREENS = tuple(
    (pattern, re.compile("|".join(re.escape(word) for word in words)))
    for pattern, words in _BOUND_PATTERNS
)


@dataclass(frozen=True, slots=True)
class BoundFlip:
    """A figure said to be a lower bound on one side and an upper bound on the other."""

    source: str
    target: str


@dataclass(frozen=True, slots=True)
class Bound:
    """How a text bounds a figure: from below or above, excluding it or not (None: loosely)."""

    low: bool
    strict: bool | None
    written: str


def bound_flips(source: str, target: str, *, memo: dict[str, Any] | None = None) -> list[BoundFlip]:
    """The figures both texts bound, the one from below and the other from above ('配当性向
    40%以上' as '40% 이하', 'at least 30 days' as '30日以内'). ``memo``: a dict kept with
    ``source`` (see :mod:`prlocalize.catalog.source_readings`)."""
    mine = remembered(memo, "directions.bounds", _bounds, source)
    if not mine:
        return []
    theirs = _target_bounds(target)
    return [
        BoundFlip(bound.written, theirs[value].written)
        for value, bound in mine.items()
        if value in theirs and theirs[value].low != bound.low
    ]


def strictness_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[BoundFlip]:
    """The figures both texts bound the same way, the one with the figure and the other
    without it, each saying so exactly ('5개 이하' as '5個未満', 'Grade 3 or higher' as
    'グレード3を超える'); 'more than $100,000' as '10万ドル以上' is loose usage, not judged."""
    mine = remembered(memo, "directions.bounds", _bounds, source)
    if not mine:
        return []
    theirs = _target_bounds(target)
    return [
        BoundFlip(bound.written, theirs[value].written)
        for value, bound in mine.items()
        if value in theirs
        and theirs[value].low == bound.low
        and bound.strict is not None
        and theirs[value].strict is not None
        and theirs[value].strict != bound.strict
    ]


def _bounds(text: str) -> dict[Decimal, Bound]:
    """Each figure of ``text`` bounded one way only, by its value."""
    plain = normal_text(text)
    lowered = plain.lower()
    patterns = [p for p, words in _BOUND_SCREENS if words.search(lowered) is not None]
    return _bounds_read(text, plain, patterns) if patterns else {}


# A translation's bounds are read by bound_flips and strictness_changes, one after the
# other: kept for the few texts last read (callers only read what they are given).
_target_bounds = functools.lru_cache(maxsize=16)(_bounds)


# a bound on an amount with a scale word ('10만 달러 이하', '500万円超') bounds it whole
_SCALES = {
    "万": 10_000, "만": 10_000, "億": 100_000_000, "억": 100_000_000,
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip


def _bounds_read(text: str, plain: str, patterns: list[re.Pattern[str]]) -> dict[Decimal, Bound]:
    found: dict[Decimal, Bound] = {}
    doubtful: set[Decimal] = set()
    for pattern in patterns:
        for match in pattern.finditer(plain):
            try:
                value = Decimal(match["n"].replace(",", ""))
            except InvalidOperation:
                continue
            groups = match.groupdict()
            if groups.get("scale"):
                value *= _SCALES[groups["scale"].lower()]
            bound = Bound(_is_lower(groups), _is_strict(groups), text[match.start() : match.end()])
            if value in found and found[value].low != bound.low:
                doubtful.add(value)
            elif value in found and found[value].strict != bound.strict:
                bound = Bound(bound.low, None, bound.written)  # said both ways: not judged
            found[value] = bound
    for value in doubtful:
        del found[value]
    return found


def _is_lower(groups: dict[str, str | None]) -> bool:
    return any(groups.get(name) for name in ("min", "minx", "minl"))


def _is_strict(groups: dict[str, str | None]) -> bool | None:
    """True where the bound leaves its figure out, False where it takes it in, None where
    the words are used either way."""
    if groups.get("minl") or groups.get("maxl"):
        return None
    return bool(groups.get("minx") or groups.get("maxx"))


# Negation. The source's is read narrowly, as a predicate said not to hold ('will not be
# accepted', 'has no plans', '受け付けません', '使用していません', '호환되지 않는다', '계획은
# 없다'); idioms that say something positive are left out ('no later than', 'not only',
# 'なければならない' (must), 'かもしれません' (may), '欠かせない' (essential), '뿐만 아니라',
# '끊임없이', '틀림없'). The translation's is read broadly (any negative word, prefix or
# particle), so that a negation said otherwise ('未定', '対象外', 'free of', 'unchanged')
# counts: only a translation with no negative word at all is reported.
_EN_NEGATION = lazy_compile(
    r"\b(?:not|never|cannot|none|nor|neither)\b|n't\b|\bno\b(?!\.|\s?\d)",
    re.IGNORECASE,
)
_EN_NOT_NEGATION = lazy_compile(
    r"\b(?:no|not)\s(?:later|more|less|sooner|fewer|longer\s(?:than)|other\s+than)\b|"
    r"\bnot\s(?:only|just|merely|least)\b|\bor\snot\b|\bnone\sother\b|\bnothing\sbut\b|"
    r"\bcannot\s(?:be\s)?(?:overstate|underestimate)|\bno\s(?:doubt|matter)\b|"
    r"\bnot\s(?:to\s)?mention\b",
    re.IGNORECASE,
)
# ('対象外とします', '適用外です': not eligible, not covered, said of what is outside them;
# 'できない', '信じない', '落ちない', '足りない': a verb of the i-row, a negative too)
_JA_NEGATION = lazy_compile(
    r"ません|(?:[てでしせけれ]|[かがさたなばまらわ]|[きぎじちみりび])ない|なかった|ずに|せず|ず[、。]|"
    # an adjective said not to hold ('大きくない', '高くなかった', '多くなく')
    r"(?<=[一-鿿ぁ-ゖ])くな(?:い|かった|く)|"
    r"なし|無し|"
    # there is none of a thing ('影響はない', '差はなく', '変更もない'): a noun and its
    # particle, then the adjective ない
    r"(?<=[一-鿿゠-ヿ])[はがも](?:ない|なく|なかった)|"
    r"(?:対象|適用)外(?=と|で|に|。)|"
    # not needed, not allowed, said as the predicate ('申請は不要です', '持ち込み不可'),
    # not as a word before a noun ('不要不急の外出')
    r"(?:不要|不可能?)(?=です|でした|だ|で[すあ、]|と(?:な|し|す)|[。、）)]|$)"
)
_JA_NOT_NEGATION = lazy_compile(
    r"(?:なければ(?:なり|なら)|なくては(?:なり|なら)?|かもしれ|欠かせ|違いな|他なら|他なり|"
    r"ほかなら|ほかなり|にすぎ|過ぎな|やむを得|少なくな|少な|危な|遠くな|限りな|絶え間な|わけにはいか|とは限ら|"
    # ('申し訳ございません', 'we are sorry', said in the politer ございません too)
    r"とは限り|ざるを得|差し支え(?:は)?(?:あり|ござい)?|申し訳(?:あり|ござい)?|"
    r"問題(?:は)?(?:あり|ござい)?|かま[いわ]|"
    r"構[いわ]|しか(?:あり)?)(?:ません|ない|なく|ず)?|"
    r"ないし|だけでなく|のみならず|ばかりでなく|ことなく|ませんか|欠かすことのでき|惜しみな|尽きな|"
    r"間もな|程なく|ほどなく|"
    # stock that runs out ('なくなり次第終了', 'while supplies last'; '在庫がなくなるまで'):
    # a verb of its own, which English and Korean say with none ('run out', '소진')
    r"(?:なく|無く)なり次第|(?:なく|無く)なる(?:まで|と)|"
    # adverbs and particles ending in ず: 'first', 'be sure to', 'despite', 'regardless
    # of', 'constantly' ('休まず', 'せず' are negations)
    r"(?:^|(?<=[、。「\s]))まず|必ず|(?:かかわ|関わ|拘わ|拘)らず|問わず|相変わらず|少なからず|"
    r"絶えず|思わず|とりあえず|"
    # cosmetics: the note Japan's advertising rules ask beside a test's result, which a
    # translator adds where the source has none ('パッチテスト済み（すべての方に皮膚刺激が
    # 起きないというわけではありません）'): a caveat, no claim negated
    r"(?:すべて|全て)の(?:方|人|お客様)に[^。（）()]{1,24}?(?:ない|ません)(?:という|って)?"
    r"(?:わけ|こと)では(?:ありません|ない|ございません)"
)
# ('하지 말 것', '사용하지 마십시오': do not, as a request says it; '대상이 아닙니다',
# '해당 아님': the copula's polite and noun forms, whose syllables '닙' and '님' hold the
# ending, so that '아니' is not in them)
_KO_NEGATION = lazy_compile(
    r"않|없(?:다|는|고|으며|었|습|어|을|음)|못(?:하|했|한|할)|아니(?:다|며|고|었|라|에요|오)|아닌|"
    r"아닙|아님|(?<![가-힣])안\s(?:된|되|한|하)"
    r"|지\s?(?:말(?:\s?것|고|아|라|도록|기)|마(?:십시오|세요|시오|라|요))"
    # government: the prefix 무- of a person or a household without a thing ('무주택 청년'
    # young people who do not own a home, '무자녀 가구', '무소득'), which every translation
    # negates ('non-homeowners', 'without children', '住宅を所有していない', '無所得')
    r"|(?<![가-힣])무(?:주택|자녀|소득)"
)
_KO_NOT_NEGATION = lazy_compile(
    r"(?:끊임|아낌|어김|틀림|변함|관계|상관|다름|빠짐|거침|여지|쉴\s?새|하염|꼼짝|못지|남김|"
    r"문제|차질|손색|어쩔\s?수|할\s?수밖에)\s?없|뿐(?:만)?\s?아니|지\s?않으면\s?안|"
    r"않을\s?수\s?없|못지않|잘못|아닐\s?수\s?없|"
    # cosmetics: a test's caveat ('모든 분에게 피부 자극이 없는 것은 아닙니다')
    r"모든\s?(?:분|사람|고객)(?:에게|께|이)\s?[^.()（）]{1,24}?(?:없|않)(?:는|은)\s?(?:것은|건)\s?아닙니다"
)
_NEGATION = {"en": (_EN_NEGATION, _EN_NOT_NEGATION), "ja": (_JA_NEGATION, _JA_NOT_NEGATION),
             "ko": (_KO_NEGATION, _KO_NOT_NEGATION)}  # fmt: skip
# an end as a negative word ('ended the service', 'ending production'), not as a time
# ('year-end', 'the fiscal year ending March 31, 2026', 'quarter ended', 'by the end of
# May'), which financial English says in every other sentence, nor a word that starts
# so ('endpoint', which every trial release names, 'endorsed', 'endeavor')
_ENDING = (
    r"(?<!-)(?<!year )(?<!period )(?<!quarter )(?<!half )(?<!month )(?<!week )(?<!the )"
    r"(?<!an )end(?:s|ed|ing)?(?![\w-])"
)
# the prefix un- ('unchanged', 'unpaid', 'unable'), not a word that only starts so
# ('under Article 796', 'until May', 'university', 'units', 'united', 'unveiling')
_UN = r"un(?!der|til|it|iv|ion|iqu|if|veil|lock|leash)"
# Korean '만' as 'only' after its noun ('이번 분기만'), not a full age '만 65세' or '1만 원',
# nor the end of the conjunction '다만' (ただし, 'however') or of a clause in '지만'
# ('있지만', '하지만': 'although', 'but'), which say nothing is left out
_KO_ONLY = r"(?<=[가-힣])(?<![다지])만\s"
# any negative word of the translation (a word, not one that starts so: 'bank', 'Denmark')
_ANY_NEGATION = {
    "en": lazy_compile(
        r"\b(?:not|no|never|none|nor|neither|without|cannot|nothing|nobody|unless|zero|free|"
        r"lack\w*|fail\w*|absen\w+|exclud\w+|except\w*|instead|avoid\w*|prevent\w*|prohibit\w*|"
        # a contrast that says 'not the other' ('in minutes rather than days' as
        # '며칠이 아닌 몇 분 만에', 'as opposed to', 'in place of')
        r"rather\sthan|as\sopposed\sto|in\splace\sof|"
        r"ban(?:s|ned|ning)?|refrain\w*|declin\w+|reject\w*|den(?:y|ies|ied|ying|ial)|{un}\w+|irr(?!igat|itat)\w+|"
        r"in(?:ability|capable|eligible|compatible|valid|sufficient|accessible)|"
        r"imposs\w+|impractic\w+|"
        r"non\w*|only|minor|outside|neither|maintain\w*|remain\w*|same|flat|stay\w*|kept|keep\w*|"
        # a degree next to none ('had little effect', 'a limited impact', 'negligible')
        # for '크지 않았다', '大きくなかった' ('a little' says some; 'Limited' is a company)
        r"(?<!\ba\s)little|(?-i:limited)|hardly|barely|scarcely|negligibl\w*|marginal\w*|"
        r"retain\w*|{end}|discontinu\w*|ceas\w+|stop\w*|terminat\w*|exclusive\w*|"
        r"halt\w*|suspen\w+|cancel\w*)\b|"
        r"n't\b|-free\b|less\b".replace("{end}", _ENDING).replace("{un}", _UN),
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"な[いくかしけ]|ません|ず|ぬ|無|不|非|未|否|禁|除|控え|見送|ゼロ|止|据え?置|維持|横ばい|"
        # outside a scope ('対象外', '想定外'), not abroad or outside the company ('海外', '社外')
        r"(?:対象|想定|範囲|予定|計画|規定|保証|適用|圏|枠|問題|論|以|例)外|"
        r"変わら|終了|終わ|廃|のみ|だけ|限定|限り|"
        # a degree next to none ('影響は軽微', for '크지 않다', 'not large')
        r"軽微|軽度|僅少|"
        # a service, a shop or a flight not running ('運休となります' for 'will not operate')
        r"運休|休業|休館|休園|休診|欠航"
    ),
    "ko": lazy_compile(
        r"않|없|못|아니|아닌|아닙|아님|(?<![가-힣])안\s|미(?:정|만|달|포함|실시|반영|공개|정)|"
        r"불(?:가|허|참|포함|필요|허용)|비(?:공개|대상|포함)|무(?:관|료|상)|금지|제외|말고|지\s?말|지\s?마|"
        # a word the prefix 무- or 비- says is without a thing ('무약정' a no-contract plan,
        # '무제한' unlimited, '무이자' interest-free, '비회원' non-members, '비과세' tax-free),
        # not '무선' (wireless), '무역' (trade), '비용' (cost)
        r"무(?:약정|제한|이자|수수료|첨가|설탕|사고|기한|인)|"
        r"비(?:회원|과세|대면|영리|상장|정규)|"
        # government: a person or a household without a thing, or not yet in a state
        # ('무주택 청년', '무자녀', '미취업', '미성년', '비수도권', '불법', '부적합')
        r"무(?:주택|자녀|소득|직|단|허가|면허|보험|연고)|"
        r"미(?:취업|취학|성년|혼|가입|신고|납|지급|등록|이행|충족|접종|수령|확인|해결)|"
        r"비(?:수도권|공식|정상|급여)|불(?:법|이익|공정|충분|완전|투명|명확|확실)|"
        r"부(?:적합|적절|정확|족|당)|"
        r"배제|중단|보류|삼가|유지|동결|종료|폐지|{only}|뿐|한정|이외|(?<![가-힣])외에|"
        r"운휴|휴업|휴관|휴장|휴진|결항|"
        # a degree next to none ('영향은 미미', for '大きくない', 'not large')
        r"미미|경미|제한적|"
        # the verb 모르다, 'not know' ('잘 모르겠다': 'not sure', 'don't know'), one
        # word where English and Japanese say a negation ('わからない')
        r"모르(?:[겠는고며지면]|다|기)|모른|몰라|몰랐|"
        # the verb 막다 (prevent), not a word that holds 막 ('막차' the last train, '개막',
        # '막대한', '자막')
        r"(?<![가-힣])막(?:[다는고았기지혀히]|아[야서도]?|을\s?수)".replace("{only}", _KO_ONLY)
    ),
    # Simplified and Traditional Chinese: a negative word ('不', '没有', '未', '无需',
    # '非'), a prohibition ('禁止', '勿'), a stop or a cancellation ('停', '终止', '取消',
    # '暂缓'), a level kept ('维持', '保持', '持平'), something left out or not settled
    # ('除外', '仅', '待定'), a bound ('以内': 'not exceed'), free of it ('免费'), or a
    # degree next to none ('轻微')
    "zh": lazy_compile(
        r"不|没|沒|未|无|無|非|否|别|別|勿|禁|免|拒|缺|零|停|止|终|終|结束|結束|取消|撤|"
        r"暂缓|暫緩|搁置|擱置|延期|推迟|推遲|维持|維持|保持|持平|照旧|照舊|仍|"
        r"仅|僅|只|唯|除|(?:以|之|例)外|(?:以|之)内|(?:以|之)內|以下|待定|尚待|有待|轻微|輕微|微|休"
    ),
}


def negation_dropped(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's negation ('will not be accepted') where the translation has no negative
    word at all ('受け付けます'), else None."""
    rules = _NEGATION.get(source_lang)
    anywhere = _ANY_NEGATION.get(target_lang)
    if rules is None or anywhere is None:
        return None
    negation, idiom = rules
    plain = idiom.sub(" ", source)
    found = negation.search(plain)
    if found is not None and _said_otherwise(plain, target, negation, source_lang, target_lang):
        return None
    if found is None or anywhere.search(target) is None:
        return found[0] if found is not None else None
    if _only_the_sources_own_words(plain, target, source_lang, target_lang, anywhere):
        return found[0]
    return None


# 'no difference' said as likeness ('차이가 없었다' as 'were similar', 'did not differ' as
# '同程度でした'): the one negation a results release routinely turns into a positive word
_NO_DIFFERENCE = {
    "en": lazy_compile(
        r"\b(?:did|do|does|was|were|is|are)\s(?:not|n't)\s(?:significantly\s)?differ\w*|"
        r"\bno\s(?:(?:statistically\s)?significant\s|notable\s|meaningful\s)?differences?\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"(?:差|違い)(?:は|が|も)?(?:ない|なく|なかった|ありません|認められ(?:ない|ず|ません))"
    ),
    "ko": lazy_compile(r"차이(?:가|는|도)?\s?(?:없|나지\s?않|보이지\s?않)"),
}
_ALIKE = {
    "en": lazy_compile(
        r"\b(?:similar\w*|comparabl[ey]|same|equivalent|consistent|in line)\b", re.IGNORECASE
    ),
    "ja": lazy_compile("同程度|同等|同様|類似|ほぼ同じ"),
    "ko": lazy_compile("유사|비슷|동등|같은|같았"),
}


# 'cannot' said as 'it is difficult' ('visitors who cannot travel' as '방문이 어려운 분',
# '来場が難しい方'; 'cannot accept' as '受け付けることが困難です'): the polite way Japanese
# and Korean notices say that something cannot be done
_INABILITY = {
    "en": lazy_compile(
        r"\b(?:cannot|can\s?not|can't|could\s?not|couldn't|(?:not|un)able\sto)\b", re.IGNORECASE
    ),
}
_DIFFICULT = {
    "ja": lazy_compile("難し|困難|かねます|かねる"),
    "ko": lazy_compile("어렵|어려운|어려울|힘들|힘든|곤란"),
}


# 'not many' said as 'few' ('곳은 많지 않다' as 'there are few places', '多くありません' as
# 'only a handful'): a small number said by its own word
_NOT_MANY = {
    "en": lazy_compile(r"\bnot\s(?:very\s)?(?:many|much|a\slot|numerous)\b", re.IGNORECASE),
    "ja": lazy_compile("多く(?:は|も)?(?:ない|なく|なかった|ありません)"),
    "ko": lazy_compile(r"많지\s?(?:는|도)?\s?않"),
}
_FEW = {
    "en": lazy_compile(
        r"\b(?:few|fewer|little|scarce|rare|rarely|handful|limited)\b", re.IGNORECASE
    ),
    "ja": lazy_compile("少な|わずか|僅か|限られ|少数|まれ|稀"),
    "ko": lazy_compile(r"적(?:다|은|어|었|고|지|을)|드물|소수|몇\s?안\s?되|손에\s?꼽"),
}


# 'not restricted' said as allowed ('어선 통항은 제한하지 않을 계획' as 'fishing vessels
# will still be allowed to sail through', '制限しない' as 'remain free to pass'): energy
# utilities' promises to fishers and neighbours of a site are said either way
_RESTRICT_EN = (
    r"(?:restrict\w*|limit\w*|prohibit\w*|ban(?:s|ned|ning)?\b|forbid\w*|bar(?:s|red|ring)?\b)"
)
_NOT_RESTRICTED = {
    "en": lazy_compile(
        rf"\b(?:not|n't)\s(?:\w+\s){{0,3}}?{_RESTRICT_EN}|"
        r"\bno\s(?:restrictions?|limits?|bans?)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("(?:制限|禁止|規制)(?:は|を|も)?(?:し|され|いたし)?(?:ない|ず|ません)"),
    "ko": lazy_compile(r"(?:제한|금지|통제|규제)(?:하|되|받)?지\s?(?:는|도)?\s?않"),
}
_ALLOWED = {
    "en": lazy_compile(
        r"\b(?:allow\w*|permit\w*|free(?:ly)?\sto|freely|unrestricted|unimpeded)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("認め|許可|自由|可能"),
    "ko": lazy_compile(r"허용|허가|자유롭게|가능"),
}
# ... where the translation restricts nothing itself ('restricted, but some allowed')
_RESTRICTED = {
    "en": lazy_compile(rf"\b{_RESTRICT_EN}", re.IGNORECASE),
    "ja": lazy_compile("制限|禁止|規制"),
    "ko": lazy_compile("제한|금지|통제|규제"),
}


# government: a person without a home of their own ('무주택 청년') said as a renter
# ('young tenants', 'renters', '賃借人'): the household that rents is the one that owns none
_WITHOUT_A_HOME = {"ko": re.compile(r"(?<![가-힣])무주택")}
_RENTING = {
    "en": lazy_compile(
        r"\b(?:renters?|tenants?|first-time\s(?:home\s?)?(?:buyers?|purchasers?))\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("賃借人|借家人|借家住まい|賃貸住まい|賃貸住宅に住む|初めて住宅を購入"),
}


def _said_otherwise(
    plain: str, target: str, negation: re.Pattern[str], source_lang: str, target_lang: str
) -> bool:
    """Whether every negation of the source says there is no difference, the target
    saying the two are alike instead; leaves a tax or a fee out, the target saying so
    with a word of its own ('do not include sales tax' as '税別', '별도'); says
    something cannot be done, the target that it is difficult ('来場が難しい方'); says
    there are not many, the target that there are few ('많지 않다' as 'few'); or says
    something is not restricted, the target that it is allowed and restricts nothing
    ('제한하지 않을' as 'will still be allowed')."""
    if any(
        _negations_said_as(plain, target, negation, said.get(source_lang), other.get(target_lang))
        for said, other in (
            (_NO_DIFFERENCE, _ALIKE),
            (_EXCLUDED, _EXCLUDED),
            (_INABILITY, _DIFFICULT),
            (_NOT_MANY, _FEW),
            (_WITHOUT_A_HOME, _RENTING),
        )
    ):
        return True
    restricts = _RESTRICTED.get(target_lang)
    return (
        restricts is not None
        and restricts.search(target) is None
        and _negations_said_as(
            plain, target, negation, _NOT_RESTRICTED.get(source_lang), _ALLOWED.get(target_lang)
        )
    )


def _negations_said_as(
    plain: str,
    target: str,
    negation: re.Pattern[str],
    said: re.Pattern[str] | None,
    other: re.Pattern[str] | None,
) -> bool:
    """Whether every negation of ``plain`` lies in a phrase ``said`` finds and ``target``
    holds what ``other`` finds."""
    if said is None or other is None or other.search(target) is None:
        return False
    spans = [m.span() for m in said.finditer(plain)]
    if not spans:
        return False
    return all(any(a <= m.start() < b for a, b in spans) for m in negation.finditer(plain))


# words of stopping, keeping, minor degree, sole scope and leaving out: negative words a
# translation has for the source's own ('使用を中止し' as 'stop using', '軽度の' as 'minor',
# '유지' as 'maintain'), which then stand for no negation the source says besides (a
# listing or a plan ended: 'will not be delisted' as '上場廃止となる', '상장 폐지된다',
# says the opposite)
_LEXICAL_NEGATIVES = (
    {
        "en": r"\b(?:stop\w*|halt\w*|suspen\w+|discontinu\w*|ceas\w+|terminat\w*|delist\w*|"
        r"end(?:s|ed|ing)?|abolish\w*|withdr[ae]w\w*|cancel\w*|revo[kc]\w*)\b",
        "ja": "中止|停止|中断|休止|廃止|終了|撤回|撤退|取りやめ|取り?止め|取り?消|"
        "運休|休業|休館|休園|休診|欠航",
        "ko": "중단|중지|정지|폐지|종료|철회|철수|취소|운휴|휴업|휴관|휴장|휴진|결항",
    },
    {"en": r"\bminor\b", "ja": "軽度|軽微|軽傷|僅少", "ko": "경미|경상|미미"},
    {
        "en": r"\b(?:maintain\w*|remain\w*|kept|keep\w*|retain\w*|unchanged)\b",
        "ja": "維持|据え?置|横ばい|変わら",
        "ko": "유지|동결",
    },
    {"en": r"\bonly\b", "ja": "のみ|だけ", "ko": _KO_ONLY + "|뿐"},
    {"en": r"\bexclud\w+|\bexcept\w*", "ja": "除[きくい]|除外", "ko": "제외"},
    # a limited edition or offer ('限定色', '数量限定', '한정 색상'): the source's own word
    {"en": r"\blimited\b", "ja": "限定", "ko": "한정"},
    # a fall the source speaks of ('환율 하락이 … 크지 않았다': 'the decline in exchange
    # rates did not …'), which leaves the translation's 'decline' no negation of its own
    {"en": r"\bdeclin\w+", "ja": "下落|減少|低下", "ko": "하락|감소|하회"},
    # a bound below a figure ('2% 미만' as '2％未満', 'less than 2%'): 未 and 'less' are
    # negative words
    {"en": r"\b(?:less|fewer)\s+than\b|\bunder\b|\bbelow\b", "ja": "未満", "ko": "미만"},
)
_LEXICAL = [
    {lang: re.compile(p, re.IGNORECASE) for lang, p in c.items()} for c in _LEXICAL_NEGATIVES
]


def _only_the_sources_own_words(
    source: str, target: str, source_lang: str, target_lang: str, anywhere: re.Pattern[str]
) -> bool:
    """Whether every negative word of ``target`` is one of the source's own words of
    stopping, keeping, degree, scope or leaving out said in the translation's language,
    so none is left for the source's negation."""
    negatives = [m.span() for m in anywhere.finditer(target)]
    for kind in _LEXICAL:
        said, as_target = kind.get(source_lang), kind.get(target_lang)
        if said is None or as_target is None:
            continue
        if said.search(source) is None:
            continue
        # (every such word: one source word may take two, 'kept unchanged' for '동결')
        for m in as_target.finditer(target):
            negatives = [n for n in negatives if not (n[0] < m.end() and m.start() < n[1])]
    return not negatives


@dataclass(frozen=True)
class Reversal:
    """A word of the source ('無料', 'including tax') the translation says the opposite of
    ('paid', '税別'), with nothing for the source's word."""

    said: str
    as_opposite: str


# a price said to be free or paid, a tax or fee included or left out: one word that turns
# a sum around while every figure stays. The source's word is read narrowly ('free of
# charge', 'is free', not 'sugar-free' or 'feel free'), so is the translation's opposite.
# A game or an app that is free to start with paid items ('is free-to-play', '基本プレイ
# 無料', '부분 유료', 'freemium') is a business model named, free and paid at once: no price
# said free, and Korean's '부분 유료' (partly paid) is its usual name, no price said paid
_FREE = {
    "en": lazy_compile(
        r"\bfree of charge\b|\bfor free\b|\b(?:is|are|be|remains?|remain) free\b(?!-to-)|"
        r"\bfree (?:admission|entry|shipping|replacement|repairs?|trial)\b|"
        r"\bat no (?:cost|charge)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("無料|無償"),
    "ko": lazy_compile("무료|무상"),
}
_PAID = {
    "en": lazy_compile(r"\bpaid\b|\bfor a fee\b|\bfee-based\b|\bchargeable\b|\bat (?:a )?cost\b"),
    "ja": lazy_compile("有料|有償"),
    "ko": lazy_compile("(?<!부분)(?<!부분 )유료|유상"),
}
_TAXES = r"(?:tax(?:es)?|VAT|fees?|charges|(?:fuel )?surcharges?|shipping)"
_INCLUDED = {
    "en": lazy_compile(
        rf"\b(?:including|inclusive of|incl\.|(?<!not )includes?)(?: [\w-]+){{0,2}}? {_TAXES}\b|"
        rf"\b{_TAXES} (?:is |are )?included\b|"
        r"\btax-inclusive\b",
        re.IGNORECASE,
    ),
    # (a fare's surcharge, '燃油サーチャージ込み', is a fee)
    "ja": lazy_compile("(?:税|料|費|税金|チャージ)込み?"),
    # (not '포함되지 않는다', '포함돼 있지 않다': not included)
    "ko": lazy_compile(r"(?<![불미])포함(?![가-힣]{0,3}(?:\s?있)?지\s?않)"),
}
_EXCLUDED = {
    "en": lazy_compile(
        rf"\b(?:excluding|exclusive of|plus|before|excludes?|do not include|does not include)"
        rf"(?: [\w-]+){{0,2}}? {_TAXES}\b|"
        rf"\b{_TAXES} (?:is |are )?(?:not included|excluded|extra|charged separately)\b|"
        r"\btax-exclusive\b",
        re.IGNORECASE,
    ),
    # (本体価格, the price of the thing itself, is the price before tax in a price list)
    "ja": lazy_compile(
        "税別|税抜|(?:税|料|費|税金|チャージ)別|別途|本体価格"
        # (aviation: a fare's '燃油特別付加運賃、空港使用料および諸税は含まれません')
        "|(?:税|料|費|税金|チャージ|運賃)(?:等|など)?(?:は|も)?(?:一切)?"
        "含(?:まれ(?:ません|ない|ず)|みません|まない|まず)"
    ),
    "ko": lazy_compile("별도|불포함|미포함"),
}
# a result said to exceed a forecast or a plan, or to fall short of it ('前回予想を上回る',
# '전망을 웃돌', 'exceed the previous forecast'; '下回る', '밑돌', 'fall short of'): a
# forecast revision's reason, which one word turns around ('above' and 'below' are left
# out: 'the above forecasts', 'as described below')
_EXCEEDS = {
    "en": lazy_compile(
        r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?)\b"
    ),
    "ja": lazy_compile("上回|上振れ"),
    "ko": lazy_compile("웃돌|웃도|상회"),
}
_FALLS_SHORT = {
    "en": lazy_compile(r"\b(?:f(?:all|alls|alling|ell|allen) short|undershoot\w*)\b"),
    "ja": lazy_compile("下回|下振れ"),
    "ko": lazy_compile("밑돌|밑도|하회"),
}
# all of something or a part of it ('調達資金は全額', '전액', 'all of the proceeds'; '一部',
# '일부', 'part of'): a sum or a stock said whole or in part, which one word turns around
_ALL = {
    "en": lazy_compile(r"\b(?:all|entire|entirely|whole|in full|in its entirety)\b", re.IGNORECASE),
    "ja": lazy_compile("全額|全量|全数|全株|全部|全て|すべて"),
    "ko": lazy_compile("전액|전량|전부|모두"),
}
_PART = {
    "en": lazy_compile(
        r"\b(?:part of|a portion of|some of|partial|partially|in part)\b", re.IGNORECASE
    ),
    "ja": lazy_compile("一部"),
    # (not a date's day before 부터: '9월 4일부터', from September 4)
    "ko": lazy_compile("일부(?!터)"),
}
# a rate, a price or a forecast raised or cut ('Raises Policy Rate', '利上げ', '금리 인상';
# 'cuts its forecast', '引き下げ', '인하'), read where one word turns a decision around:
# English by its verb before what it moves (not 'cut costs', 'raise funds'), Korean 인상
# not as an impression ('인상적', '인상 깊은')
_MOVED = (
    r"(?:[\w-]+ ){0,3}?(?:rates?|prices?|fees?|fares?|dividends?|forecasts?|guidance|targets?)\b"
)
# ... or in the passive, after what moves ('the tariff ... will be raised every year'):
# energy utilities' tariffs and unit prices are mostly said so
_PASSIVE_OF = (
    r"\b(?:rates?|prices?|fees?|fares?|tariffs?|charges?|premiums?)\b[^.;]{0,80}?"
    r"\b(?:be|been|being|is|are|was|were)\s(?:\w+ly\s)?"
)
_RAISED = {
    "en": lazy_compile(
        rf"\b(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)) {_MOVED}|"
        rf"{_PASSIVE_OF}(?P<passive>raised|hiked)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("利上げ|値上げ|引き上げ|引上げ"),
    "ko": lazy_compile("인상(?!적|\\s?깊)"),
}
_CUT = {
    "en": lazy_compile(
        rf"\b(?:cut(?:s|ting)?|lower(?:s|ed|ing)) {_MOVED}|{_PASSIVE_OF}(?P<passive>lowered|cut)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("利下げ|値下げ|引き下げ|引下げ"),
    "ko": lazy_compile("인하(?!대)"),
}
# a change said with no figure ('said their workload had increased', '업무량이 늘었다',
# '順位を上げた', 'rose one place'): a translation that says the other way only has
# turned it round, and the figure check has nothing to compare (a change with a figure
# near it, '3.2% 증가', 'rose to 3.2% of revenue', is the figure check's to judge)
_FIGURE_NEAR = 20
_DIGIT = lazy_compile(r"\d")
_ROSE = {
    "en": lazy_compile(
        # (a rating's upgrade is its rise: 'upgraded' beside 'rising losses' is no rise
        # turned by '格下げ', which the source's own 'downgraded' says)
        r"\b(?:increas(?:e|ed|es|ing)|rose|risen|rising|climb(?:s|ed|ing)?|"
        r"(?:went|gone|goes|moved|go) up|upgrad(?:e|ed|es|ing))\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("増加|増え|上昇|上が(?:っ|り|る)|上げ|高ま"),
    "ko": lazy_compile(r"증가|늘(?:었|어|고|며|린|난|면)|상승|올랐|올라|오른|높아"),
}
_FELL = {
    "en": lazy_compile(
        r"\b(?:decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|fell|fallen|falling|"
        r"dropp(?:ed|ing)|(?:went|gone|goes|moved|go) down|slipp(?:ed|ing)|shr[au]nk|"
        r"downgrad(?:e|ed|es|ing))\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("減少|減っ|減り|低下|下が(?:っ|り|る)|下げ|下落"),
    "ko": lazy_compile(r"감소|줄(?:었|어|고|며|인|면|여)|하락|떨어|내려|낮아"),
}
# above ground and below it ('地上38階', '지상 38층', '38 floors above ground'; '地下3階',
# '지하 3층', 'three basement floors'): a building said the other way up
_ABOVE_GROUND = {
    "en": lazy_compile(r"\babove[- ]?ground\b", re.IGNORECASE),
    "ja": lazy_compile("地上(?=\\s?\\d|\\s?[一二三四五六七八九十])"),
    "ko": lazy_compile("지상(?=\\s?\\d)"),
}
_BELOW_GROUND = {
    "en": lazy_compile(r"\b(?:below[- ]?ground|underground|basement)\b", re.IGNORECASE),
    "ja": lazy_compile("地下(?=\\s?\\d|\\s?[一二三四五六七八九十])"),
    "ko": lazy_compile("지하(?=\\s?\\d)"),
}
# a price set above a market price or below it ('a premium of 38.6%', 'プレミアム',
# '프리미엄', '할증'; 'a discount of 5%', 'ディスカウント', '할인'): a tender offer's or an
# allotment's price, which one word turns around
_PREMIUM = {
    "en": lazy_compile(r"\bpremium\b", re.IGNORECASE),
    "ja": lazy_compile("プレミアム"),
    "ko": lazy_compile("프리미엄|할증"),
}
_DISCOUNT = {
    "en": lazy_compile(r"\bdiscount(?:s|ed)?\b", re.IGNORECASE),
    "ja": lazy_compile("ディスカウント|割引"),
    "ko": lazy_compile("할인|디스카운트"),
}
# a post held now or before, as a personnel notice gives it in brackets after the new one
# ('（現 常務執行役員）', '(현 상무)', '(currently Managing Executive Officer)'; '（前 …）',
# '(전 …)', '(formerly …)'): one word that gives the person another career
_IN_BRACKET = r"(?:(?<=[(（])|(?<=[(（]\s))"
_NOW_HELD = {
    "en": lazy_compile(rf"{_IN_BRACKET}(?:currently|current|now)\b", re.IGNORECASE),
    "ja": lazy_compile(rf"{_IN_BRACKET}現(?:職)?(?=[\s：:]|[一-鿿])(?![在地場行状金物代])"),
    "ko": lazy_compile(rf"{_IN_BRACKET}현(?=\s|직)"),
}
_HELD_BEFORE = {
    "en": lazy_compile(rf"{_IN_BRACKET}(?:formerly|former|previously)\b", re.IGNORECASE),
    "ja": lazy_compile(rf"{_IN_BRACKET}(?:前|元)(?:職)?(?=[\s：:]|[一-鿿])(?![年月日回期述記])"),
    "ko": lazy_compile(rf"{_IN_BRACKET}전(?=\s|직)"),
}
# a listing kept or ended, as a merger, spin-off or tender-offer notice says of a
# company's shares ('remain listed on the KOSPI', '上場は維持される', '상장은 유지된다';
# 'will be delisted', '上場廃止となる', '상장 폐지된다'): one word that says the opposite to
# every shareholder. A delisting said not to happen ('will not be delisted', '上場廃止とは
# なりません', '상장 폐지되지 않는다') is the listing kept, not ended
_LISTING_KEPT = {
    "en": lazy_compile(
        r"\b(?:remain|stay|continue\sto\sbe)(?:s|ed)?\slisted\b|"
        r"\blisting\b[^.;]{0,40}\b(?:maintained|retained|kept)\b|"
        r"\b(?:maintain|retain|keep)(?:s|ed)?\s(?:its|their|the)\slisting\b|"
        # ('are not expected to be delisted', 'no delisting is planned')
        r"(?:\b(?:not|never|no)|n't)(?:\s[\w-]+){0,4}?\s(?:be\s)?delist(?:ed|ing)\b|"
        r"\bno\sdelisting\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        "上場(?:は|を|が|も)?(?:維持|継続)|上場廃止[^。、]{0,15}?(?:ない|ず|ません)"
    ),
    "ko": lazy_compile(r"상장(?:은|을|이|도)?\s?(?:유지|계속)|상장\s?폐지[^.,]{0,15}?(?:않|없)"),
}
_DELISTED = {
    "en": lazy_compile(
        r"(?<!\bnot\s)(?<!\bnot\sbe\s)(?<!\bno\s)(?<!n't\sbe\s)\bdelist(?:s|ed|ing)?\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        "上場廃止(?!(?:と|に)?(?:は|も)?(?:なら|なり|され|せ|し)(?:ない|ず|ません))"
    ),
    "ko": lazy_compile(r"상장\s?폐지(?!(?:는|가|되지|하지)\s?(?:않|없))"),
}
# a result said as a loss or as a profit ('영업손실', '営業赤字', 'operating loss'; '영업이익',
# '黒字', 'operating profit'): one word that turns a quarter's result around while its
# figure stays. A sentence that names both (a loss narrowed against last year's profit,
# '영업이익률') is left alone
_LOSS = {
    "en": lazy_compile(r"\b(?:loss|losses|loss-making|deficit|in\sthe\sred)\b", re.IGNORECASE),
    "ja": lazy_compile("損失|赤字|純損"),
    "ko": lazy_compile("손실|적자|순손"),
}
_PROFIT = {
    "en": lazy_compile(
        r"(?<!non-)\b(?:profit|profits|profitable|income|in\sthe\sblack)\b", re.IGNORECASE
    ),
    "ja": lazy_compile("利益|黒字|純益"),
    "ko": lazy_compile("이익|흑자|순익"),
}
# a loss or a deficit that narrowed or widened ('the net loss narrowed', '赤字幅が縮小',
# '순손실은 … 줄었다'; 'widened', '損失が拡大', '적자 폭이 늘었다'): one word that turns a
# quarter's result around while both its figures stay ('from 58億円 to 32億円'). Read only
# where both sides speak of a loss, the source's word narrowly (a word of its own, not
# '증가' or 'rose', which a sentence says of its sales beside the loss), the translation's
# broadly: a loss said to be reduced, improved or smaller ('감소', '改善', 'lower') is no
# widening, so such a translation stays silent
_GAP_NARROWED = {
    "en": lazy_compile(r"\b(?:narrow(?:ed|s|ing)?|shr[aiu]nk|shrinks?|shrinking)\b", re.IGNORECASE),
    "ja": lazy_compile("縮小|縮ま|圧縮"),
    "ko": lazy_compile("축소|줄(?:었|어|고|며|면|인|이|여|은)|좁혀|좁아"),
}
_GAP_WIDENED = {
    "en": lazy_compile(
        r"\b(?:widen(?:ed|s|ing)?|deepen(?:ed|s|ing)?|balloon(?:ed|s|ing)?)\b", re.IGNORECASE
    ),
    "ja": lazy_compile("拡大|膨ら|広が"),
    "ko": lazy_compile("확대|늘(?:었|어|고|며|면|린|리|려|난)|커졌|커지|불어"),
}
_GAP_NARROWED_BROADLY = {
    "en": lazy_compile(
        r"\b(?:narrow\w*|shr[aiu]nk\w*|reduc\w*|decreas\w*|declin\w*|improv\w*|lower|smaller|"
        r"fell|cut|trimmed|contract\w*)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("縮|減|改善|圧縮"),
    "ko": lazy_compile("축소|줄|좁|감소|개선|작아|낮"),
}
_GAP_WIDENED_BROADLY = {
    "en": lazy_compile(
        r"\b(?:widen\w*|deepen\w*|balloon\w*|increas\w*|grew|rose|larger|bigger|worsen\w*|"
        r"deteriorat\w*|expand\w*)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("拡大|膨ら|広が|増|悪化"),
    "ko": lazy_compile("확대|늘|커|불어|증가|악화"),
}
_GAPS = (
    (_GAP_NARROWED, _GAP_WIDENED, _GAP_NARROWED_BROADLY),
    (_GAP_WIDENED, _GAP_NARROWED, _GAP_WIDENED_BROADLY),
)
# an apology ('深くお詫び申し上げます', '깊이 사과드립니다', 'we apologize') said as mere
# regret ('遺憾に思います', '유감스럽게 생각합니다', 'we regret'): the company no longer
# owns the fault. (Korean 사과 is also an apple: only the verb and '사과문')
_APOLOGY = {
    "en": lazy_compile(r"\b(?:apologi[sz]\w*|apology|sorry)\b", re.IGNORECASE),
    "ja": lazy_compile("詫び|わび|謝罪|申し訳"),
    "ko": lazy_compile(r"사과(?:드|하|했|합|한|문|의\s?말씀)|사죄|죄송|송구"),
}
_REGRET = {
    "en": lazy_compile(r"\bregret\w*", re.IGNORECASE),
    "ja": lazy_compile("遺憾|残念"),
    "ko": lazy_compile("유감|안타깝"),
}
# what an incident touched and what it did not ('カード情報は含まれておりません', '결제
# 정보는 포함되지 않았습니다', 'was not included'): a notice's most read line, which one
# lost negation turns around while the sentence keeps another ('not held ... but was
# included'). Read as a predicate, not a price's tax ('税込み', '세금 포함')
_NOT_CONTAINED = {
    "en": lazy_compile(
        r"\b(?:not|never)\s(?:been\s|be\s)?(?:included|contained)\b|"
        # ('no card data was included', 'none was included')
        r"\b(?:no|none|nothing|neither)\b(?:\s[\w-]+){0,5}?\s(?:was|were|is|are|has\sbeen|"
        r"have\sbeen)\s(?:included|contained)\b|"
        r"n't\s(?:been\s|be\s)?(?:included|contained)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("含まれ(?:て(?:おり|い)?(?:ませ|な)|ず|な)|含みませ|含まな"),
    "ko": lazy_compile(r"포함(?:되지|돼\s?있지|되어\s?있지|하지)\s?않"),
}
_CONTAINED = {
    "en": lazy_compile(
        r"\b(?:was|were|is|are|been)\s(?:also\s)?(?:included|contained)\b", re.IGNORECASE
    ),
    "ja": lazy_compile("含まれ(?:て(?:おり|い)(?:ま(?!せ)|る|た)|る|ま(?!せ)|た)"),
    "ko": lazy_compile(r"포함(?:됐|되었|돼\s?있(?!지)|되어\s?있(?!지)|된다|됩니다|되며|되고)"),
}
# summer and winter: a schedule's season ('from the 2027 summer schedule', '夏ダイヤ',
# '하계 스케줄'; '冬ダイヤ', '동계'), a season's campaign or opening, which one word turns to
# the other half of the year
_SUMMER = {
    "en": lazy_compile(r"\bsummer\b", re.IGNORECASE),
    "ja": lazy_compile("夏(?!目)"),
    "ko": lazy_compile("하계|여름"),
}
_WINTER = {
    "en": lazy_compile(r"\bwinter\b", re.IGNORECASE),
    "ja": lazy_compile("冬"),
    "ko": lazy_compile("동계|겨울"),
}
# a round trip and one way: a fare's or a timetable's ('round-trip fare', '往復', '왕복';
# 'one-way', '片道', '편도'), which one word halves or doubles ('a return flight' is one leg)
_ROUND_TRIP = {
    "en": lazy_compile(r"\bround[- ]trips?\b|\breturn (?:fares?|tickets?)\b", re.IGNORECASE),
    "ja": lazy_compile("往復"),
    "ko": lazy_compile("왕복"),
}
_ONE_WAY = {
    "en": lazy_compile(r"\bone[- ]way\b|\bsingle (?:fares?|tickets?)\b", re.IGNORECASE),
    "ja": lazy_compile("片道"),
    "ko": lazy_compile("편도"),
}
# a launch, an event or a meeting put off to a later date ('postponed to January 17',
# '1月17日に延期', '1월 17일로 연기됐다') said as called off ('cancelled', '中止', '취소'): the
# reader takes the date for gone; and the other way round, but not from Japanese (see
# _NOT_FROM). (Korean '연기' is also acting and smoke: only as the verb)
_POSTPONED = {
    "en": lazy_compile(
        r"\bpostpon\w*|\bresched\w*|\bpushed back\b|\bdelay(?:s|ed)?\b(?! in\b)",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("延期|順延|繰り?延べ|先送り"),
    "ko": lazy_compile(r"연기(?:되|됐|돼|하|했|한|할|키|시키|\s?결정|\s?됨)|순연|미뤄|미루"),
}
_CALLED_OFF = {
    "en": lazy_compile(r"\bcancel\w*|\bcalled off\b|\bscrapped\b", re.IGNORECASE),
    "ja": lazy_compile("中止|取りやめ|取り?止め|キャンセル"),
    "ko": lazy_compile("취소|무산|백지화"),
}
# a launch, a test or a trial said to have succeeded ('was a success', '打ち上げに成功',
# '발사에 성공') said as failed ('failed', '失敗', '실패'), or the other way round: the
# release's news turned round while every name and figure stays
_SUCCEEDED = {
    "en": lazy_compile(r"\bsuccess\w*|\bsucceed\w*", re.IGNORECASE),
    "ja": lazy_compile("成功"),
    "ko": lazy_compile("성공"),
}
_FAILED = {
    "en": lazy_compile(
        r"(?<!not )(?<!n't )(?<!never )\bfail(?:s|ed|ing|ures?)?\b|\bunsuccessful\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("失敗|不成功"),
    "ko": lazy_compile("실패"),
}
# a span after or before an event ('about 16 minutes after liftoff', '打ち上げ約16分後',
# '발사 16분 후'; 'two hours before', '2時間前', '2시간 전'): a separation, a deadline or
# a countdown that one word moves to the other side of the event while every figure
# stays. Read only right after a span's figure and unit, not '前後', '전후' (about)
_SPAN_WORDS_EN = (
    r"\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"
    r"[ -](?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)"
)
# (from a figure's first digit only: a long run of digits is read once)
_SPAN_JA = r"(?<![\d.,])\d+(?:\.\d+)?\s?(?:秒|分|時間|日|週間|か月|カ月|ヶ月|年)(?:間)?"
_SPAN_KO = r"(?<![\d.,])\d+(?:\.\d+)?\s?(?:초|분|시간|일|주|개월|년)"
# ... not before a clause or a gerund ('15 hours before it lands', 'before landing'): the
# sentence turned round on its other event, '15時間後に到着' said from the departure
_NOT_A_CLAUSE = r"(?!\s(?:it|they|we|he|she|you|I|its|their|our|his|her)\b|\s\w+ing\b)"
# (not 'a year earlier', 'ago': a comparison's or a history's, beside which a plan's
# '3年後' is no span turned round)
_SPAN_AFTER = {
    "en": lazy_compile(_SPAN_WORDS_EN + r"\s(?:after|later)\b" + _NOT_A_CLAUSE, re.IGNORECASE),
    "ja": lazy_compile(_SPAN_JA + "後(?![半期継任者払])"),  # (not '2027年後半', a half year)
    "ko": lazy_compile(
        _SPAN_KO + r"\s?(?:후|뒤)(?:(?![가-힣])|(?=에|부터|까지|의|인|으로|로|이다|입니다))"
    ),
}
_SPAN_BEFORE = {
    "en": lazy_compile(
        _SPAN_WORDS_EN + r"\s(?:before|prior to|ahead of)\b" + _NOT_A_CLAUSE, re.IGNORECASE
    ),
    "ja": lazy_compile(_SPAN_JA + "前(?![後半期年日月週回払売夜])"),
    "ko": lazy_compile(
        _SPAN_KO + r"\s?전(?:(?![가-힣])|(?=에|부터|까지|의|인|으로|로|이다|입니다))"
    ),
}
# a service's or a count's period, a day or a week ('a daily service', '14 weekly
# frequencies'; '毎日', '1日14便', '매일', '하루 14회'; '毎週', '週3便', '매주', '주 3회'): one
# word multiplies or divides it by seven while the figure stays (a date's '1日' is none)
_PER_DAY = {
    # (not '24 hours a day', a service that never stops: every hour, not a day's count)
    "en": lazy_compile(
        r"\b(?:daily|per day|(?<!24 hours )a day|each day|every day)\b", re.IGNORECASE
    ),
    # ('1日当たりの利用者', '하루 이용객', a railway's riders a day: the rate said by its word
    # before what it counts)
    "ja": lazy_compile(
        "毎日|(?<![月\\d０-９/.])(?<!月 )(?:1|１|一)日(?:あたり|当たり|に)?\\s?[0-9０-９]+"
        "|(?<![月\\d０-９/.])(?<!月 )(?:1|１|一)日(?:あたり|当たり|平均)"
    ),
    "ko": lazy_compile(
        r"매일|하루\s?(?:평균\s?)?\d+|(?<![월\d./])(?<!월 )1일\s?(?:평균\s?)?\d+"
        r"|하루\s?(?:평균\s?)?(?:이용객|이용자|승객|방문객|관람객|통행량|교통량)"
    ),
}
_PER_WEEK = {
    # (not 'seven days a week', which is every day: a service line's hours, '毎日')
    "en": lazy_compile(
        r"\b(?:weekly|per week|(?<!seven days )(?<!7 days )a week|each week|every week)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("毎週|週\\s?[0-9０-９一二三四五六七]+|週(?:あたり|当たり)"),
    "ko": lazy_compile(r"매주|주\s?\d+\s?(?:회|편|일|차례)"),
}
# a rate's or an amount's period, a year or a month ('3.25% per annum', '年0.30%', '연
# 3.50%', '年会費'; '30,000 won a month', '月最大5,000円', '월 최대 3만 원'): one word
# multiplies or divides it by twelve while the figure stays. Read only beside a figure or
# in the words of a rate or a fee: a date's '3月', '4월', a span's '35年', '10년간', '3か月'
# and 'a year earlier' are no period of a rate
_EN_AMOUNT_BEFORE_PERIOD = r"(?:[\d%]|\b(?:won|yen|dollars?|euros?|million|billion|trillion))"
# a fee or a premium a Korean text gives a period before it, as a word of its own ('월
# 보험료', '연 납입액', '월납'; not '3월 보험료', March's)
_FEE_KO = (
    r"(?:보험료|납입\s?(?:보험료|액|금)?|납(?![가-힣])|요금|이용료|구독료|사용료|임대료|렌탈료)"
)
_RATE_PER_YEAR = {
    "en": lazy_compile(
        r"\bper\s(?:annum|year)\b|\bp\.a\.|\byearly\b|\bannually\b|"
        r"\bannual\s(?:(?:interest|percentage)\s)?(?:fees?|rates?|yields?|premiums?|caps?)\b|"
        rf"{_EN_AMOUNT_BEFORE_PERIOD}\s?(?:a|each|every)\syear\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        "年(?:利|率|額|会費|払)|毎年|(?<![0-9０-９〇一二三四五六七八九十百数何])年間|"
        "(?<![0-9０-９〇一二三四五六七八九十百数何前昨今来同翌毎〜～-])年\\s?(?:最大|最高|上限)?"
        "\\s?[0-9０-９][0-9０-９,.]*\\s?(?:[%％]|[万億]?円|回)"
    ),
    "ko": lazy_compile(
        r"연리|연이율|연회비|매년|(?<![가-힣\d])연간|"
        r"(?<![가-힣\d])연\s?(?:최대\s?|최고\s?)?\d[\d,.]*\s?(?:%|[~∼～]|[만억]|원|회)|"
        f"(?<![가-힣\\d])연\\s?{_FEE_KO}"
    ),
}
_RATE_PER_MONTH = {
    "en": lazy_compile(
        r"\bper\smonth\b|\bmonthly\b|\bevery\smonth\b|"
        rf"{_EN_AMOUNT_BEFORE_PERIOD}\s?(?:a|each)\smonth\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        "月(?:利|率|額|会費|払)|毎月|月々|(?<![0-9０-９〇一二三四五六七八九十数何かヶヵケ箇])月間|"
        "(?<![0-9０-９〇一二三四五六七八九十数何か今先来前翌同当毎ヶヵケ箇〜～-])月\\s?(?:最大|最高|上限)?"
        "\\s?[0-9０-９][0-9０-９,.]*\\s?(?:[%％]|[万億]?円|回)"
    ),
    "ko": lazy_compile(
        # (a plan's monthly charge, '월정액', '월 요금', '월 이용료', said without its sum)
        r"월리|월이율|월회비|월정액|(?<![가-힣\d])월\s?(?:요금|이용료|사용료|구독료)|매월|다달이|"
        r"(?<![가-힣\d])월간|"
        r"(?<![가-힣\d])월\s?(?:최대\s?|최고\s?)?\d[\d,.]*\s?(?:%|[~∼～]|[만억]|원|회)|"
        f"(?<![가-힣\\d])월\\s?{_FEE_KO}"
    ),
}
# a loan's or a deposit's rate, fixed or variable ('a fixed rate of 1.85%', '固定金利',
# '고정금리'; 'variable', 'floating' or 'adjustable rate', '変動金利', '변동금리'): one word
# turns the borrower's risk around while every figure stays
_FIXED_RATE = {
    "en": lazy_compile(
        r"\bfixed(?:[- ](?:interest[- ])?rates?\b|-rate\b|(?=\s(?:or|and)\s))", re.IGNORECASE
    ),
    "ja": lazy_compile("固定(?:金利|型|期間|特約)|全期間固定"),
    "ko": lazy_compile(r"고정\s?금리|고정형"),
}
_VARIABLE_RATE = {
    "en": lazy_compile(
        r"\b(?:variable|floating|adjustable)(?:[- ](?:interest[- ])?rates?\b|-rate\b|"
        r"(?=\s(?:or|and)\s))",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("変動(?:金利|型)"),
    "ko": lazy_compile(r"변동\s?금리|변동형"),
}
# a policy's term, renewed every few years or for life ('renewable type', '更新型', '갱신형';
# 'whole-life', '終身型', '종신형'): one word changes what a customer buys and what the
# premium quoted buys, while every figure stays. Term insurance ('term life', '定期保険',
# '정기보험') is on the renewable side: neither covers for life
_RENEWABLE = {
    "en": lazy_compile(
        r"\b(?:renewable|term[\s-](?:life|insurance|policy|policies|type|plan|plans))\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("更新(?:型|タイプ|プラン)|定期(?:型|保険|タイプ)"),
    "ko": lazy_compile(r"갱신\s?형|정기\s?(?:형|보험)"),
}
_WHOLE_LIFE = {
    "en": lazy_compile(
        r"\b(?:whole[\s-]life|lifetime\s(?:type|plan|policy|coverage|cover))\b", re.I
    ),
    "ja": lazy_compile("終身(?:型|タイプ|プラン|保険|医療|保障)"),
    "ko": lazy_compile(r"종신\s?(?:형|보험|보장)"),
}
# a capacity's or a rate's period, a month or a year ('100,000 wafers a month', '月産10万枚',
# '월 10만 장'; '40 GWh a year', '年産40GWh', '연산 40GWh'): one word multiplies or divides it
# by twelve while the figure stays. A span ('for a month', '5年間', '3개월'), a date ('12月',
# '2028년') and 'a year earlier' are no period of a rate
_NOT_A_RATE_BEFORE = r"(?<!\bwithin )(?<!\bin )(?<!\bfor )(?<!\bover )(?<!\bthan )(?<!\bonly )"
_NOT_A_RATE_AFTER = r"(?! (?:earlier|ago|later|before|after|of|from|or|and a half))"
_CAPACITY_PER_MONTH = {
    "en": lazy_compile(
        rf"\b(?:monthly|per month|each month|every month|{_NOT_A_RATE_BEFORE}a month"
        rf"{_NOT_A_RATE_AFTER})\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("月産|毎月|(?<![0-9０-９かカヶケヵ〇一二三四五六七八九十今来先前翌同当各])"
                     "月(?:間|あたり|当たり|平均)"),
    "ko": lazy_compile(r"매월|월간|월평균|(?<![가-힣\d])월산?(?=\s?(?:최대\s?|약\s?)?\d)"),
}  # fmt: skip
_CAPACITY_PER_YEAR = {
    "en": lazy_compile(
        rf"\b(?:annual(?:ly)?|yearly|per year|per annum|each year|every year|"
        rf"{_NOT_A_RATE_BEFORE}a year{_NOT_A_RATE_AFTER})\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("年産|毎年|(?<![0-9０-９〇一二三四五六七八九十数今来昨前翌同当各])"
                     "年(?:間|あたり|当たり|平均)"),
    "ko": lazy_compile(r"매년|연간|연평균|(?<![가-힣\d])연산?(?=\s?(?:최대\s?|약\s?)?\d)"),
}  # fmt: skip
# a fee's or a pass's period a day ('980 yen a day', '1日980円', '日額980円', '하루
# 1만1000원'), which a roaming or a rental release gives beside a month's: one word
# multiplies it by thirty. Read beside its sum only, not a count a day ('1日8便') nor a
# date's first ('12月1日980円' is none)
_FEE_PER_DAY = {
    "en": lazy_compile(
        rf"{_EN_AMOUNT_BEFORE_PERIOD}\s?(?:a|per|each)\sday\b|"
        r"\bdaily\s(?:fees?|rates?|charges?|caps?|passes?)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"日額|(?<![0-9０-９.,月])(?<!月\s)[1１]日(?:あたり|当たり)?\s?(?:最大)?\s?"
        r"[0-9０-９][0-9０-９,.]*\s?[万億]?(?:円|ドル|ユーロ|ウォン)"
    ),
    "ko": lazy_compile(
        r"(?:하루|(?<![월\d.,])(?<!월\s)1일)\s?(?:최대\s?)?\d[\d,.]*\s?(?:만\s?(?:\d[\d,]*)?\s?)?(?:원|엔|달러|유로)"
    ),
}
# what a text that says a period holds (a pair without one skips the searches)
_PERIOD_HINTS = {
    "en": ("month", "year", "annual", "annum", "p.a.", "a day", "per day", "each day", "daily"),
    "ja": ("月", "年", "1日", "１日", "日額"),
    "ko": ("월", "연", "매", "다달", "하루", "1일"),
}


def _either(
    one: dict[str, re.Pattern[str]], other: dict[str, re.Pattern[str]]
) -> dict[str, re.Pattern[str]]:
    """Per language, a pattern that finds what either finds."""
    return {
        lang: re.compile(f"(?:{one[lang].pattern})|(?:{other[lang].pattern})", one[lang].flags)
        for lang in one
    }


# a period of a rate or a fee, or of a capacity: either reading finds it
_PER_YEAR = _either(_RATE_PER_YEAR, _CAPACITY_PER_YEAR)
_PER_MONTH = _either(_RATE_PER_MONTH, _CAPACITY_PER_MONTH)
# ... or a week or a month ('three sailings a week', '週3便', '주 3회'; 'three sailings a
# month', '月3便', '월 3회'): a service's frequency said a month runs a quarter of it. Read
# in Japanese and Korean before a count of sailings, flights or runs only ('3月3日', '월
# 3일' are dates), and in English by the capacity's words ('within a month' is a span)
_SERVICE_PER_MONTH = {
    "en": lazy_compile(
        rf"\b(?:monthly|per month|each month|every month|{_NOT_A_RATE_BEFORE}a month"
        rf"{_NOT_A_RATE_AFTER})\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("毎月|(?<![0-9０-９〇一二三四五六七八九十数か今来先前翌同当各])"
                     "月(?:に)?\\s?[0-9０-９一二三四五六七八九十]+\\s?(?:便|回|本|往復|航海|度)"),
    "ko": lazy_compile(r"매월|매달|(?<![가-힣\d])월\s?\d+\s?(?:회|편|차례|번|항차)"),
}  # fmt: skip
# a parcel's delivery on the day of the order or on the next ('same-day delivery', '当日
# お届け', '당일 배송'; 'next-day', '翌日配送', '익일 배송', '다음 날'): one word moves the
# promise a day while every figure (the cut-off hour) stays
_SAME_DAY = {
    "en": lazy_compile(r"\bsame[- ](?:business[- ])?day\b", re.IGNORECASE),
    # (not '該当日', '配当日', '해당일', '배당일': an applicable or a dividend's date)
    "ja": lazy_compile("(?<![該配相担])当日|即日"),
    "ko": lazy_compile("(?<![해배상])당일|즉일"),
}
_NEXT_DAY = {
    "en": lazy_compile(
        r"\b(?:next|following)[- ](?:business[- ]|working[- ])?day\b|\bday after\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("翌日|翌営業日"),
    "ko": lazy_compile(r"(?<![이수손])익일|다음\s?날|이튿날|다음\s?영업일"),
}
# a building's construction started and finished ('着工', '착공', 'broke ground'; '竣工',
# '준공', 'completion'): a release's two dates, which one word puts at the other end of
# the works while the date stays (a completion due in March 2029 as ground broken then)
WORKS_START = {
    "en": lazy_compile(
        r"\b(?:ground[- ]?breaking|br(?:oke|eaks?|eaking|oken)\sground|"
        r"ground\s(?:was|is|will\sbe|has\sbeen)\sbroken|construction\s"
        r"(?:(?:work\s)?(?:began|begins|begin|started|starts?|commence[sd]?)|start)|"
        r"(?:start|beginning|commencement)\sof\s(?:the\s)?construction|"
        # 'Construction will begin in April 2027', 'construction is to start'
        r"construction\s(?:will|is\s(?:(?:set|scheduled|due)\s)?to)\s(?:begin|start|commence)|"
        r"(?:began|begin|begins|start(?:ed|s)?|commence[sd]?)\s(?:the\s)?construction|"
        # 'construction of the tower is to begin', '... will start'
        r"construction\sof\s[^.;]{1,60}?\s(?:is|are|will)\s(?:(?:set|scheduled|due)\s)?"
        r"(?:to\s)?(?:begin|start|commence))\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("着工|起工|(?:工事|建設)(?:に|を)?着手"),
    "ko": lazy_compile("착공|기공"),
}
WORKS_DONE = {
    "en": lazy_compile(r"\bcomplet(?:ion|ed|es?)\b", re.IGNORECASE),
    "ja": lazy_compile("竣工|竣功|完工|完成"),
    "ko": lazy_compile("준공|완공|완성"),
}
# ... and either end said in any words: a source that says the other end too ('will begin
# after the completion of demolition') or a translation that says the source's end too
# ('解体完了後に着工') is not one end turned into the other
_WORKS_BEGUN_BROADLY = {
    "en": lazy_compile(r"\b(?:begin|began|begun|begins|start\w*|commenc\w*|ground)\b", re.I),
    "ja": lazy_compile("着工|起工|着手|開始|始ま|始め|スタート"),
    "ko": lazy_compile("착공|기공|착수|시작|개시"),
}
_WORKS_ENDED_BROADLY = {
    "en": lazy_compile(r"\b(?:complet\w*|finish\w*|conclu\w*|done)\b", re.IGNORECASE),
    "ja": lazy_compile("竣|完工|完成|完了|終了|終え"),
    "ko": lazy_compile("준공|완공|완성|완료|마무리|끝"),
}
_BROADLY = {id(WORKS_START): _WORKS_BEGUN_BROADLY, id(WORKS_DONE): _WORKS_ENDED_BROADLY}
# ... but a plant's or a line's start of operation is another milestone than the works'
# ('2030年12月の商業運転開始', '상업운전을 시작', 'commercial operation to start'): a text
# that says it does not say the works begun (energy utilities: '착공' as '竣工' beside it)
_OPERATION_START = {
    "en": lazy_compile(
        r"\b(?:start\w*|begin\w*|began|begun|commenc\w*)\s(?:of\s)?(?:commercial\s|full\s)?"
        r"(?:operations?|operating|service)\b|\b(?:operations?|service)\s(?:(?:is|are)\s)?"
        r"(?:to\s|will\s)?(?:start\w*|begin\w*|began|begun|commenc\w*)",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("(?:運転|運用|稼働|操業|営業|サービス)(?:を|が|の)?(?:開始|始め|始ま)"),
    "ko": lazy_compile(r"(?:운전|운영|가동|영업|서비스)(?:을|를|이|가)?\s?(?:시작|개시)"),
}


def _words(found: re.Match[str]) -> str:
    """What a match says, without the subject a passive one reads before its verb."""
    passive = found.groupdict().get("passive")
    return passive if passive is not None else found[0]


def _without_operation_start(text: str, lang: str) -> str:
    pattern = _OPERATION_START.get(lang)
    return text if pattern is None else pattern.sub(" ", text)


# a network's direction a speed is given for, the download or the upload ('下り最大
# 2.1Gbps', '다운로드 최대 2.1Gbps', 'downlink speeds of up to 2.1 Gbps'): one word moves
# the top speed to the other direction while the figure stays. Read beside a speed only,
# not a train's '上り線' or an app's '다운로드 1000만 건' (its downloads)
_DOWNLINK = {
    "en": lazy_compile(
        r"\bdownlink\b|\bdownload(?=\s(?:speeds?|rates?|throughput)\b)|(?<=bps\s)download\b",
        re.I,
    ),
    "ja": lazy_compile(r"下り(?=\s?(?:最大|最高|速度|通信速度|平均|[0-9０-９]))"),
    "ko": lazy_compile(r"(?:다운로드|다운링크)(?=\s?(?:최대|최고|속도|평균|\d))"),
}
_UPLINK = {
    "en": lazy_compile(
        r"\buplink\b|\bupload(?=\s(?:speeds?|rates?|throughput)\b)|(?<=bps\s)upload\b",
        re.I,
    ),
    "ja": lazy_compile(r"上り(?=\s?(?:最大|最高|速度|通信速度|平均|[0-9０-９]))"),
    "ko": lazy_compile(r"(?:업로드|업링크)(?=\s?(?:최대|최고|속도|평균|\d))"),
}
# a network's coverage by its people or by its land ('人口カバー率95%', '인구 커버리지',
# '95% population coverage', 'covers 95% of the population'; '面積カバー率', '면적 커버리지',
# 'area coverage', '70% of the land area'): carriers report both, far apart for the same
# network, and one word moves the figure from the one to the other. English names the
# people by 'population' alone, which the pair's other side must then not say
_POPULATION_COVERAGE = {
    "en": lazy_compile(r"\bpopulation\b", re.I),
    "ja": lazy_compile(r"人口(?:カバー|比|の(?:約|およそ)?\d)"),
    "ko": lazy_compile(r"인구\s?(?:대비\s?)?(?:커버|비율)|인구의\s?(?:약\s?)?\d"),
}
_AREA_COVERAGE = {
    "en": lazy_compile(
        r"\b(?:area|geographic(?:al)?|land|territorial)[- ]coverage\b|"
        r"\bof (?:the|its) (?:country's |nation's )?(?:land(?: area)?|territory)\b",
        re.I,
    ),
    "ja": lazy_compile(r"面積カバー|国土(?:面積)?の(?:約|およそ)?\d"),
    "ko": lazy_compile(r"(?:면적|국토)\s?(?:대비\s?)?(?:커버|비율)|(?:면적|국토)의\s?(?:약\s?)?\d"),
}
# a 5G network standalone or not ('5G SA', 'スタンドアローン', '스탠드얼론', '단독모드'; '5G
# NSA', 'non-standalone', 'ノンスタンドアローン', '비단독모드'): the one runs on its own 5G core,
# the other on 4G's, and a launch's news is which; the figure '5' stays either way
_STANDALONE = {
    "en": lazy_compile(r"\b5G\s?SA\b|(?<!non-)(?<!non )\bstandalone\b", re.I),
    "ja": lazy_compile(r"5G\s?SA(?![A-Za-z])|(?<!ノン)(?<!ノン・)スタンドアロー?ン"),
    "ko": lazy_compile(r"5G\s?SA(?![A-Za-z])|(?<!논)(?<!논\s)스탠드얼론|(?<!비)단독\s?모드"),
}
_NON_STANDALONE = {
    "en": lazy_compile(r"\b5G\s?NSA\b|\bnon[- ]?standalone\b", re.I),
    "ja": lazy_compile(r"5G\s?NSA(?![A-Za-z])|ノン・?スタンドアロー?ン"),
    "ko": lazy_compile(r"5G\s?NSA(?![A-Za-z])|논\s?스탠드얼론|비단독\s?모드"),
}
# ... and the ceremony of either end ('起工式', '기공식', 'groundbreaking ceremony'; '竣工式',
# '준공식', 'completion ceremony'), a day of its own: a release that tells of a tunnel
# completed and its completion ceremony held says both of the works' end, so a
# 'groundbreaking ceremony' beside 'completed' in the translation hid from the works' words
_CEREMONY_START = {
    "en": lazy_compile(
        r"\bground[- ]?breaking ceremon(?:y|ies)\b|\bceremon(?:y|ies) to break ground\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("起工式|着工式|地鎮祭|鍬入れ式"),
    "ko": lazy_compile("기공식|착공식"),
}
_CEREMONY_DONE = {
    "en": lazy_compile(r"\bcompletion ceremon(?:y|ies)\b", re.IGNORECASE),
    "ja": lazy_compile("竣工式|竣功式|完工式|落成式"),
    "ko": lazy_compile("준공식|완공식|낙성식"),
}
_CEREMONY_GATE = ("eremon", "式", "식", "地鎮祭")
# (where the works' words turn the message round already, its ceremony says it again)
_AFTER_THE_WORKS = frozenset((id(_CEREMONY_START), id(_CEREMONY_DONE)))
# education: the school a pupil is at, elementary, middle or high ('26 elementary schools'
# as '中学校26校', 'High school students' as '중학생'): one word moves every figure of the
# sentence to other pupils. 'junior high' is a middle school; '中学受験' (an elementary
# pupil's exam) names a middle school still, as 'middle school entrance exams' does
_ELEMENTARY = {
    "en": lazy_compile(
        r"\belementary(?:[\s-]school)?\b|\bprimary[\s-]school|\bgrade[\s-]schoolers?\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("小学"),
    "ko": lazy_compile("초등"),
}
_MIDDLE_SCHOOL = {
    "en": lazy_compile(r"\bmiddle[\s-]school|\bjunior[\s-]high\b", re.IGNORECASE),
    "ja": lazy_compile("中学"),
    "ko": lazy_compile("중학"),
}
_HIGH_SCHOOL = {
    "en": lazy_compile(r"(?<!junior\s)(?<!junior-)\bhigh[\s-]school|\bsenior[\s-]high\b", re.I),
    "ja": lazy_compile("高校|高等学校"),
    "ko": lazy_compile("고등학|고교"),
}
# education: an application window's opening and its close ('Applications close on March
# 31' as '申込受付は3月31日に開始', 'Registration opens on May 12' as '접수는 5월 12일
# 마감'): the date stays, and applicants miss it. Read only of what a window takes in
# (registration, applications, '申込', '受付', '접수', '신청')
_WINDOW_EN = r"\b(?:registration|applications?|enrol?lments?|entries|submissions|sign-?ups?)\b"
_WINDOW_JA = "(?:申込|申し込み|受付|募集|出願|登録|エントリー)"
_WINDOW_KO = "(?:접수|신청|등록|모집|원서)"
_WINDOW_OPENS = {
    "en": lazy_compile(
        _WINDOW_EN + r"[^.;]{0,40}?\b(?:opens?|opened|begins?|began|starts?|started)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(_WINDOW_JA + "[^。]{0,20}?(?:開始|始ま|始め)"),
    "ko": lazy_compile(_WINDOW_KO + r"[^.]{0,20}?(?:시작|개시)"),
}
_WINDOW_CLOSES = {
    "en": lazy_compile(
        _WINDOW_EN + r"[^.;]{0,40}?\b(?:closes?|closed|ends?|ended|deadline)\b"
        r"|\bdeadline\s(?:for|of)\s(?:registration|applications?|entries|submissions)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(_WINDOW_JA + "[^。]{0,20}?(?:締め切|締切|〆切|終了)|(?:締め切|締切)"),
    "ko": lazy_compile(_WINDOW_KO + r"[^.]{0,20}?(?:마감|종료)|마감"),
}
_WINDOW_GATE = (
    "egistration", "pplication", "nrol", "ntries", "ubmission", "ign-up", "ign up", "ignup",
    "申込", "申し込み", "受付", "募集", "出願", "登録", "エントリー",
    "접수", "신청", "등록", "모집", "원서",
)  # fmt: skip
_SCHOOL_GATE = (
    "lementary", "rimary", "rade school", "rade-school", "iddle", "unior", "igh school",
    "igh-school", "IGH SCHOOL", "enior high", "小学", "中学", "高校", "高等学校", "초등", "중학",
    "고등학", "고교",
)  # fmt: skip
# energy utilities: an outage or a maintenance brought forward ('앞당겨 실시', '前倒し',
# 'brought forward') said as put off ('延期', 'postponed'), and the other way round: one
# word moves the window while its dates stay
_BROUGHT_FORWARD = {
    "en": lazy_compile(
        r"\b(?:br(?:ing|ings|inging|ought)|mov(?:e|es|ed|ing)|pull(?:s|ed|ing)?)\s"
        r"(?:[\w-]+\s){0,4}?forward\b|\bahead of (?:schedule|plan)\b|"
        r"\bearlier than (?:planned|scheduled|originally planned)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("前倒し|繰り?上げ(?!当選)|早め(?:て|た|る)"),
    "ko": lazy_compile(r"앞당(?:겨|기|긴|길|겼)|조기\s?(?:실시|시행|착공|준공|개최|가동|도입)"),
}
# ... and demand at its peak ('피크', '첨두부하', '最大電力需要', 'peak demand') said as the
# base load or the hours off the peak ('기저부하', 'ベースロード', 'off-peak'): another part of
# the load curve, which a plant's or a tariff's role turns on
_PEAK_LOAD = {
    "en": lazy_compile(r"(?<!off-)(?<!off )\bpeak(?:s|ing)?\b(?!-to)", re.IGNORECASE),
    "ja": lazy_compile("(?<!オフ)(?<!オフ・)ピーク(?!アウト)|尖頭|最大(?:電力)?需要|最大負荷"),
    "ko": lazy_compile(r"(?<!오프)(?<!오프\s)피크|첨두|최대\s?전력\s?수요|최대\s?부하"),
}
_BASE_LOAD = {
    "en": lazy_compile(r"\bbase[- ]?load\b|\boff[- ]peak\b", re.IGNORECASE),
    "ja": lazy_compile("ベースロード|ベース電源|基底負荷|オフピーク|軽負荷"),
    "ko": lazy_compile(r"기저\s?부하|기저\s?전원|베이스\s?로드|오프\s?피크|경부하"),
}
# a law's promulgation and its entry into force (not its enforcement decree or rules,
# '시행령', '施行規則', nor a date the law is merely said to be 'effective' for)
LAW_PROMULGATED = {
    "en": lazy_compile(r"\bpromulgat\w*", re.IGNORECASE),
    "ja": lazy_compile("公布"),
    "ko": lazy_compile(r"공포(?=[되된됨돼하한할했일에,\s])"),
}
LAW_IN_FORCE = {
    "en": lazy_compile(
        r"\b(?:tak(?:e|es|ing)|took|taken)\seffect\b|"
        r"\b(?:enter(?:s|ed|ing)?|c(?:o|a)me(?:s)?|coming)\sinto\s(?:force|effect)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("施行(?!令|規則|細則|計画)|発効"),
    "ko": lazy_compile("시행(?!령|규칙|계획|세칙)|발효"),
}


# hotels: a pool, a bath, a terrace or a venue indoors said as one outdoors ('a 20-meter
# indoor pool' as '20m 실외 수영장', '露天風呂' as 'indoor bath'), and a bar on the rooftop
# said as one in the lobby ('a rooftop bar' as 'ロビーバー'): what the guest finds where
_INDOOR = {
    "en": lazy_compile(r"\bindoors?\b", re.IGNORECASE),
    "ja": lazy_compile("屋内|室内|内湯|インドア"),
    "ko": lazy_compile(r"실내|옥내|인도어"),
}
_OUTDOOR = {
    "en": lazy_compile(r"\boutdoors?\b|\bopen[- ]air\b|\bal ?fresco\b", re.IGNORECASE),
    "ja": lazy_compile("屋外|室外|野外|露天|アウトドア|オープンエア"),
    "ko": lazy_compile(r"실외|옥외|야외|노천|아웃도어"),
}
_ROOFTOP = {
    "en": lazy_compile(r"\broof[- ]?tops?\b|\bon the roof\b", re.IGNORECASE),
    "ja": lazy_compile("ルーフトップ|屋上"),
    "ko": lazy_compile(r"루프\s?[톱탑]|옥상"),
}
_LOBBY = {
    "en": lazy_compile(r"\blobby\b", re.IGNORECASE),
    "ja": lazy_compile("ロビー"),
    "ko": lazy_compile("로비"),
}
_OPPOSITES = (
    (_LOSS, _PROFIT),
    (_PROFIT, _LOSS),
    (_LISTING_KEPT, _DELISTED),
    (_DELISTED, _LISTING_KEPT),
    (_NOW_HELD, _HELD_BEFORE),
    (_HELD_BEFORE, _NOW_HELD),
    (_PREMIUM, _DISCOUNT),
    (_DISCOUNT, _PREMIUM),
    (_RAISED, _CUT),
    (_CUT, _RAISED),
    (_ABOVE_GROUND, _BELOW_GROUND),
    (_BELOW_GROUND, _ABOVE_GROUND),
    (_ALL, _PART),
    (_PART, _ALL),
    (_FREE, _PAID),
    (_PAID, _FREE),
    (_INCLUDED, _EXCLUDED),
    (_EXCLUDED, _INCLUDED),
    (_EXCEEDS, _FALLS_SHORT),
    (_FALLS_SHORT, _EXCEEDS),
    (_APOLOGY, _REGRET),
    (_NOT_CONTAINED, _CONTAINED),
    (_CONTAINED, _NOT_CONTAINED),
    (_DAYS_CLOSED, _DAYS_OPEN),
    (_DAYS_OPEN, _DAYS_CLOSED),
    (_SUMMER, _WINTER),
    (_WINTER, _SUMMER),
    (_ROUND_TRIP, _ONE_WAY),
    (_ONE_WAY, _ROUND_TRIP),
    (_PER_DAY, _PER_WEEK),
    (_PER_WEEK, _PER_DAY),
    (_PER_WEEK, _SERVICE_PER_MONTH),
    (_SERVICE_PER_MONTH, _PER_WEEK),
    (_SAME_DAY, _NEXT_DAY),
    (_NEXT_DAY, _SAME_DAY),
    (_FIXED_RATE, _VARIABLE_RATE),
    (_VARIABLE_RATE, _FIXED_RATE),
    (_RENEWABLE, _WHOLE_LIFE),
    (_WHOLE_LIFE, _RENEWABLE),
    (WORKS_START, WORKS_DONE),
    (WORKS_DONE, WORKS_START),
    (_POSTPONED, _CALLED_OFF),
    (_CALLED_OFF, _POSTPONED),
    (_SPAN_AFTER, _SPAN_BEFORE),
    (_SPAN_BEFORE, _SPAN_AFTER),
    (_SUCCEEDED, _FAILED),
    (_FAILED, _SUCCEEDED),
    (_DOWNLINK, _UPLINK),
    (_UPLINK, _DOWNLINK),
    (_POPULATION_COVERAGE, _AREA_COVERAGE),
    (_AREA_COVERAGE, _POPULATION_COVERAGE),
    (_STANDALONE, _NON_STANDALONE),
    (_NON_STANDALONE, _STANDALONE),
    (_CEREMONY_START, _CEREMONY_DONE),
    (_CEREMONY_DONE, _CEREMONY_START),
    # education: a pupil's school
    (_ELEMENTARY, _MIDDLE_SCHOOL),
    (_MIDDLE_SCHOOL, _ELEMENTARY),
    (_MIDDLE_SCHOOL, _HIGH_SCHOOL),
    (_HIGH_SCHOOL, _MIDDLE_SCHOOL),
    (_ELEMENTARY, _HIGH_SCHOOL),
    (_HIGH_SCHOOL, _ELEMENTARY),
    (_WINDOW_OPENS, _WINDOW_CLOSES),
    (_WINDOW_CLOSES, _WINDOW_OPENS),
    # energy utilities
    (_BROUGHT_FORWARD, _POSTPONED),
    (_POSTPONED, _BROUGHT_FORWARD),
    (_PEAK_LOAD, _BASE_LOAD),
    (_BASE_LOAD, _PEAK_LOAD),
    # government: a law's promulgation said as its entry into force, or the other way
    (LAW_PROMULGATED, LAW_IN_FORCE),
    (LAW_IN_FORCE, LAW_PROMULGATED),
    # hotels
    (_INDOOR, _OUTDOOR),
    (_OUTDOOR, _INDOOR),
    (_ROOFTOP, _LOBBY),
    (_LOBBY, _ROOFTOP),
)
# the sources a side is not read in: Japanese '中止' is also a launch scrubbed for the day,
# which English may say as 'postponed' once a new date is set
_NOT_FROM: dict[int, frozenset[str]] = {id(_CALLED_OFF): frozenset({"ja"})}
# substrings a source says one side of these with, in any case: a pair without any skips
# the side's pattern (build's gate asks every pair of every catalog)
_SOURCE_GATES: dict[int, tuple[str, ...]] = {
    id(_POSTPONED): (
        "ostpon", "esched", "ushed back", "elay", "延期", "順延", "延べ", "先送り", "연기",
        "순연", "미뤄", "미루",
    ),
    id(_SPAN_AFTER): ("fter", "ater", "後", "후", "뒤"),
    id(_SPAN_BEFORE): ("efore", "rior to", "head of", "前", "전"),
    id(_CALLED_OFF): ("ancel", "alled off", "crapped", "취소", "무산", "백지화"),
    id(_SUCCEEDED): ("uccess", "ucceed", "成功", "성공"),
    id(_FAILED): ("ail", "uccessful", "失敗", "成功", "실패"),
    id(_RENEWABLE): ("enewable", "erm", "更新", "定期", "갱신", "정기"),
    id(_WHOLE_LIFE): ("hole", "ifetime", "終身", "종신"),
    id(_DOWNLINK): ("ownl", "下り", "다운"),
    id(_STANDALONE): ("SA", "tandalone", "スタンドアロ", "스탠드얼론", "단독"),
    id(_NON_STANDALONE): ("NSA", "on-standalone", "on standalone", "ノン", "논", "비단독"),
    id(_POPULATION_COVERAGE): ("opulation", "人口", "인구"),
    id(_AREA_COVERAGE): ("overage", "land", "territor", "面積", "国土", "면적", "국토"),
    id(_UPLINK): ("plink", "pload", "上り", "업로드", "업링크"),
    id(_CEREMONY_START): _CEREMONY_GATE,
    id(_CEREMONY_DONE): _CEREMONY_GATE,
    id(_ELEMENTARY): _SCHOOL_GATE,
    id(_MIDDLE_SCHOOL): _SCHOOL_GATE,
    id(_HIGH_SCHOOL): _SCHOOL_GATE,
    id(_WINDOW_OPENS): _WINDOW_GATE,
    id(_WINDOW_CLOSES): _WINDOW_GATE,
    # energy utilities
    id(_BROUGHT_FORWARD): ("orward", "head of", "arlier than", "前倒し", "上げ", "早め", "앞당",
                           "조기"),
    id(_PEAK_LOAD): ("eak", "EAK", "ピーク", "尖頭", "最大", "피크", "첨두", "최대"),
    # (a rate or a price raised or cut: every form of _RAISED and _CUT holds one of these,
    # its passive too, which energy utilities added)
    id(_RAISED): ("ais", "AIS", "ik", "IK", "上げ", "인상"),
    id(_CUT): ("cut", "Cut", "CUT", "ower", "OWER", "下げ", "인하"),
    id(_BASE_LOAD): ("ase", "ASE", "ff-peak", "ff peak", "ベース", "基底", "オフピーク",
                     "軽負荷", "기저", "베이스", "오프", "경부하"),
    # government
    id(LAW_PROMULGATED): ("romulgat", "公布", "공포"),
    id(LAW_IN_FORCE): ("effect", "force", "施行", "発効", "시행", "발효"),
    # hotels
    id(_INDOOR): ("ndoor", "NDOOR", "屋内", "室内", "内湯", "インドア", "실내", "옥내", "인도어"),
    id(_OUTDOOR): ("utdoor", "UTDOOR", "pen-air", "pen air", "PEN-AIR", "fresco", "FRESCO",
                   "屋外", "室外", "野外", "露天", "アウトドア", "オープンエア", "실외", "옥외",
                   "야외", "노천", "아웃도어"),
    id(_ROOFTOP): ("oof", "OOF", "ルーフ", "屋上", "루프", "옥상"),
    id(_LOBBY): ("obby", "OBBY", "ロビー", "로비"),
}  # fmt: skip


# a chart's or a ranking's period ('the Oricon weekly album chart', 'オリコン週間ランキング',
# 'デイリーランキング', '멜론 일간 차트', '월간 차트'): a record on a daily chart is not one on a
# weekly chart, though the rank is the same. Read only where a chart is named, and not as
# a span ('3日間', '2週間で', '3개월간', '3주간')
_NO_SPAN_BEFORE = r"(?<![0-9０-９〇一二三四五六七八九十数かカヶケヵ가-힣])"
_CHART_DAILY = {
    "en": lazy_compile(r"\bdaily\b", re.IGNORECASE),
    "ja": lazy_compile(f"デイリー|{_NO_SPAN_BEFORE}日間(?!で|に|の間)"),
    "ko": lazy_compile(rf"데일리|{_NO_SPAN_BEFORE}일간(?!지)"),
}
_CHART_WEEKLY = {
    "en": lazy_compile(r"\bweekly\b", re.IGNORECASE),
    "ja": lazy_compile(f"ウィークリー|{_NO_SPAN_BEFORE}週間(?!で|に|の間|後|前)"),
    "ko": lazy_compile(rf"위클리|{_NO_SPAN_BEFORE}주간(?!\s?근무)"),
}
_CHART_MONTHLY = {
    "en": lazy_compile(r"\bmonthly\b", re.IGNORECASE),
    "ja": lazy_compile(f"マンスリー|{_NO_SPAN_BEFORE}月間(?!で|に|の間|後|前)"),
    "ko": lazy_compile(rf"먼슬리|{_NO_SPAN_BEFORE}월간"),
}
_CHART_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("chart", "ranking"),
    "ja": ("ランキング", "チャート"),
    "ko": ("차트", "랭킹"),
}
_CHART_PERIODS = (_CHART_DAILY, _CHART_WEEKLY, _CHART_MONTHLY)


# an album's kind, a mini album (an EP) or a full-length one ('3rd mini album', 'ミニアルバム',
# '미니 3집'; 'full-length album', 'フルアルバム', '정규 1집'): a label counts each kind apart, so
# 'its third mini album' as '정규 3집' names another record while every figure stays
_MINI_ALBUM = {
    "en": lazy_compile(r"\bmini[- ]?albums?\b|\bEPs?\b", re.IGNORECASE),
    "ja": lazy_compile(r"ミニ・?アルバム|(?<![A-Za-z])EP(?![A-Za-z])"),
    "ko": lazy_compile(r"미니\s?(?:앨범|\d+\s?집)|(?<![A-Za-z])EP(?![A-Za-z])"),
}
_FULL_ALBUM = {
    "en": lazy_compile(r"\bfull[- ]length\b|\bfull albums?\b|\bregular albums?\b", re.IGNORECASE),
    "ja": lazy_compile("フル・?アルバム"),
    "ko": lazy_compile(r"정규\s?(?:앨범|\d+\s?집|첫)"),
}
_ALBUM_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("lbum", "EP", "ength"),
    "ja": ("アルバム", "EP"),
    "ko": ("앨범", "집", "EP"),
}
_ALBUM_KINDS = (_MINI_ALBUM, _FULL_ALBUM)


# a vaccination's kind, routine (the programme the law sets, paid for in part or whole by
# the state: '定期接種', '정기접종', '국가예방접종') or voluntary ('任意接種', '임의접종'): who
# may have it and who pays turn on it, while every age and price stays
_VACCINE = r"(?:[A-Za-z0-9-]+ ){0,2}?(?:vaccinations?|immuni[sz]ations?|shots?|jabs?)\b"
_ROUTINE_SHOT = {
    "en": lazy_compile(rf"\broutine(?:ly)? {_VACCINE}", re.IGNORECASE),
    "ja": lazy_compile("定期(?:の予防|予防)?接種"),
    "ko": lazy_compile(r"정기\s?(?:예방\s?)?접종|국가\s?예방\s?접종"),
}
_VOLUNTARY_SHOT = {
    "en": lazy_compile(rf"\b(?:voluntary|optional|elective) {_VACCINE}", re.IGNORECASE),
    "ja": lazy_compile("任意(?:の予防|予防)?接種"),
    "ko": lazy_compile(r"임의\s?(?:예방\s?)?접종"),
}
_SHOT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("vaccin", "immuni", "shot", "jab"),
    "ja": ("接種",),
    "ko": ("접종",),
}
_SHOT_KINDS = (_ROUTINE_SHOT, _VOLUNTARY_SHOT)


def _chart_period_reversals(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[Reversal]:
    """A chart the source names by one period that the translation names by another
    only: 'the Oricon weekly album chart' as 'オリコンデイリーアルバムランキング'."""
    return _kind_reversals(_CHART_WORDS, _CHART_PERIODS, source, target, source_lang, target_lang)


def _album_kind_reversals(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[Reversal]:
    """An album the source calls a mini or a full-length one that the translation calls
    the other only: 'its third mini album' as '정규 3집'."""
    return _kind_reversals(_ALBUM_WORDS, _ALBUM_KINDS, source, target, source_lang, target_lang)


def _vaccination_kind_reversals(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[Reversal]:
    """A vaccination the source calls routine or voluntary that the translation calls
    the other only: 'routine vaccination for people aged 65 and over' as '任意接種'."""
    return _kind_reversals(_SHOT_WORDS, _SHOT_KINDS, source, target, source_lang, target_lang)


def _kind_reversals(
    hints: dict[str, tuple[str, ...]],
    kinds: tuple[dict[str, re.Pattern[str]], ...],
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
) -> list[Reversal]:
    """The one kind of ``kinds`` the source says that the translation says as another
    one only; a text without any of its language's ``hints`` (substrings) says none."""
    words = hints.get(source_lang), hints.get(target_lang)
    if words[0] is None or words[1] is None:
        return []
    folded = source.lower() if source_lang == "en" else source
    if not any(w in folded or w in source for w in words[0]):
        return []
    folded = target.lower() if target_lang == "en" else target
    if not any(w in folded or w in target for w in words[1]):
        return []
    said = [k for k in kinds if k[source_lang].search(source) is not None]
    if len(said) != 1:
        return []
    other = [k for k in kinds if k[target_lang].search(target) is not None]
    if len(other) != 1 or other[0] is said[0]:
        return []
    found = said[0][source_lang].search(source)
    turned = other[0][target_lang].search(target)
    assert found is not None and turned is not None
    return [Reversal(found[0], turned[0])]


def reversals(source: str, target: str, source_lang: str, target_lang: str) -> list[Reversal]:
    """Each word of the source the translation turns into its opposite: the source says
    one side only, the translation the other side only."""
    out = []
    works_turned = False
    for said, opposite in _OPPOSITES:
        ours, theirs = said.get(source_lang), opposite.get(target_lang)
        if ours is None or theirs is None:
            continue
        if works_turned and id(said) in _AFTER_THE_WORKS:
            continue
        if source_lang in _NOT_FROM.get(id(said), ()):
            continue
        gate = _SOURCE_GATES.get(id(said))
        if gate is not None and not any(word in source for word in gate):
            continue
        found = ours.search(source)
        if found is None or opposite[source_lang].search(source) is not None:
            continue
        broadly = _BROADLY.get(id(opposite)), _BROADLY.get(id(said))
        if broadly[0] is not None and broadly[0][source_lang].search(
            _without_operation_start(source, source_lang)
        ):
            continue
        if broadly[1] is not None and broadly[1][target_lang].search(
            _without_operation_start(target, target_lang)
        ):
            continue
        other = theirs.search(target)
        if other is not None and said[target_lang].search(target) is None:
            out.append(Reversal(_words(found), _words(other)))
            works_turned = works_turned or said is WORKS_START or said is WORKS_DONE
    out.extend(_gap_reversals(source, target, source_lang, target_lang))
    out.extend(_bare_change_reversals(source, target, source_lang, target_lang))
    out.extend(_period_reversals(source, target, source_lang, target_lang))
    out.extend(_chart_period_reversals(source, target, source_lang, target_lang))
    out.extend(_album_kind_reversals(source, target, source_lang, target_lang))
    out.extend(_vaccination_kind_reversals(source, target, source_lang, target_lang))
    out.extend(
        Reversal(*turned) for turned in alert_kinds_turned(source, target, source_lang, target_lang)
    )
    out.extend(
        Reversal(*turned) for turned in verdict_reversals(source, target, source_lang, target_lang)
    )
    # aviation: a count a day given a week where the source says both periods
    out.extend(
        Reversal(*turned) for turned in frequencies_turned(source, target, source_lang, target_lang)
    )
    # automotive recalls: a part's side turned (left / right, front / rear, driver /
    # passenger, upper / lower)
    out.extend(
        Reversal(*turned) for turned in sides_turned(source, target, source_lang, target_lang)
    )
    return out


# a month's sum said a year's, a day's said a month's or a year's, and the other way round
_PERIODS_TURNED = (
    (_PER_MONTH, _PER_YEAR),
    (_PER_YEAR, _PER_MONTH),
    (_FEE_PER_DAY, _PER_MONTH),
    (_FEE_PER_DAY, _PER_YEAR),
    (_PER_MONTH, _FEE_PER_DAY),
    (_PER_YEAR, _FEE_PER_DAY),
)


def _period_reversals(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[Reversal]:
    """A rate the source gives a month (or a year) that the translation gives a year (or
    a month) only: '月産10万枚' as '100,000 wafers a year'."""
    hints = _PERIOD_HINTS.get(source_lang), _PERIOD_HINTS.get(target_lang)
    if hints[0] is None or hints[1] is None:
        return []
    folded = source.lower() if source_lang == "en" else source
    if not any(hint in folded for hint in hints[0]):
        return []
    for n, (said, opposite) in enumerate(_PERIODS_TURNED):
        found = said[source_lang].search(source)
        if found is None or opposite[source_lang].search(source) is not None:
            continue
        other = opposite[target_lang].search(target)
        if other is None:
            continue
        # a year's or a month's said once of several ('연간 3.5TWh … 연간 160만 톤' as '3.5
        # TWh a year … 1.6 million tonnes a month'): the translation says the source's
        # period fewer times than the source does, and the other one where it never does
        kept = said[target_lang].search(target) is not None
        if not kept or (
            n < _MONTH_OR_YEAR
            and len(said[target_lang].findall(target)) < len(said[source_lang].findall(source))
        ):
            return [Reversal(_period_words(found[0]), _period_words(other[0]))]
    return []


# the pairs of _PERIODS_TURNED that are a month and a year, read by their counts too
_MONTH_OR_YEAR = 2


# the amount an English period is read after ('¥98,000 a year', '30,000 won a month'):
# the period's words are what a finding quotes, not the amount's last character
_AMOUNT_BEFORE_PERIOD = lazy_compile(
    r"^(?:[\d%]|(?:won|yen|dollars?|euros?|million|billion|trillion)\b)\s?", re.IGNORECASE
)


def _period_words(found: str) -> str:
    return _AMOUNT_BEFORE_PERIOD.sub("", found, count=1)


def _bare_change_reversals(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[Reversal]:
    """A rise or a fall the source says with no figure near it that the translation says
    the other way only."""
    for said, opposite in ((_ROSE, _FELL), (_FELL, _ROSE)):
        ours, theirs = said.get(source_lang), opposite.get(target_lang)
        if ours is None or theirs is None or opposite[source_lang].search(source):
            continue
        found = list(ours.finditer(source))
        if not found or any(
            _DIGIT.search(source, max(0, m.start() - _FIGURE_NEAR), m.end() + _FIGURE_NEAR)
            for m in found
        ):
            continue
        other = theirs.search(target)
        if other is not None and said[target_lang].search(target) is None:
            return [Reversal(found[0][0], other[0])]
    return []


def _gap_reversals(source: str, target: str, source_lang: str, target_lang: str) -> list[Reversal]:
    """A loss the source says narrowed (or widened) that the translation says widened
    (or narrowed), and nowhere the source's way."""
    loss = _LOSS.get(source_lang), _LOSS.get(target_lang)
    if loss[0] is None or loss[1] is None:
        return []
    mine, theirs = _near_a_loss(source, loss[0]), _near_a_loss(target, loss[1])
    if not mine or not theirs:
        return []
    for said, opposite, broadly in _GAPS:
        found = said[source_lang].search(mine)
        if found is None or opposite[source_lang].search(mine) is not None:
            continue
        other = opposite[target_lang].search(theirs)
        if other is not None and broadly[target_lang].search(theirs) is None:
            return [Reversal(found[0], other[0])]
    return []


# how far from a loss its change is said: after it ('the net loss narrowed', '純損失は、
# 前年同期の58億円から32億円に縮小'), or just before it in its clause ('narrowed its net
# loss'); a sentence's sales said falling or rising further off are not the loss's
_LOSS_BEFORE, _LOSS_AFTER = 24, 60
_SENTENCE_END = lazy_compile(r"[。!?！？]|\.(?:\s|$)")
_CLAUSE_OR_SENTENCE_END = lazy_compile(r"[。!?！？,;、，；]|\.(?:\s|$)")


def _near_a_loss(text: str, loss: re.Pattern[str]) -> str:
    """The text around each loss ``text`` names, within its sentence, joined by lines."""
    spans = []
    for found in loss.finditer(text):
        start, end = max(0, found.start() - _LOSS_BEFORE), found.end() + _LOSS_AFTER
        before = text[start : found.start()]
        ends = list(_CLAUSE_OR_SENTENCE_END.finditer(before))
        if ends:
            start += ends[-1].end()
        stop = _SENTENCE_END.search(text, found.end(), end)
        spans.append(text[start : stop.start() if stop else end])
    return "\n".join(spans)


# the side a spec sheet's dimension gives before its figure ('約W310×D190×H220mm', '約幅
# 31cm', '약 가로 350mm'): the approximation before it is the figure's
_DIMENSION_JA = "(?:[WDHＷＤＨ]|幅|奥行き?|高さ|直径|長さ|厚さ)"
_DIMENSION_KO = "(?:[WDH]|가로|세로|높이|폭|깊이|지름|길이|두께)"
# a figure said to be approximate: a word right before it ('about 80,000', '約4万台',
# '약 72억 엔') or right after it ('2030年頃', '80万人程度', '1만여 명', '300명 가량')
# a figure's myriads with what follows each ('9万8,000', '1億2,000万', '9만8000', '1억
# 2000만'): read whole, as figures.py reads it ('約9万' alone is 90,000); at most three
# (兆, 億, 万), so that a long run of them is not read again from each of its figures
_MYRIADS_JA = r"(?:[万億兆]\d[\d,.]*){0,3}[万億兆]?"
_MYRIADS_KO = r"(?:[만억조]\s?\d[\d,.]*){0,3}[만억조]?"
_APPROX_FIGURE = {
    "en": lazy_compile(
        r"\b(?:about|approximately|approx\.|around|roughly|some|an estimated|circa) "
        r"(?:US|HK)?[$¥₩€£]?\d[\d,.]*(?![A-Za-z\d])(?: (?:million|billion|trillion)\b)?",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        # a clock's time whole ('午前3時12分ごろ'), so that it is compared as a time
        r"(?:午前|午後)?\s?(?<![\d,.])\d{1,2}\s?時(?:\s?\d{1,2}\s?分|半)?\s?(?:頃|ごろ)|"
        rf"(?:約|およそ|概ね|おおよそ)\s?(?:{_DIMENSION_JA}\s?)?[$¥₩€£]?\d[\d,.]*{_MYRIADS_JA}"
        rf"|(?<![\d,.])\d[\d,.]*{_MYRIADS_JA}\S{{0,3}}?(?:程度|前後|頃|ごろ)"
    ),
    "ko": lazy_compile(
        # ... and '오전 3시 12분께', '오후 9시경' ('경' not the start of another word)
        r"(?:오전|오후)?\s?(?<![\d,.])\d{1,2}\s?시(?:\s?\d{1,2}\s?분|\s?반)?\s?"
        r"(?:께|쯤|경(?![가-힣])|경(?=에|부터|까지|으로|의|인|이))|"
        rf"(?:(?<![가-힣])약|대략)\s?(?:{_DIMENSION_KO}\s?)?[$¥₩€£]?\d[\d,.]*{_MYRIADS_KO}"
        rf"|(?<![\d,.])\d[\d,.]*{_MYRIADS_KO}여?\s?\S{{0,2}}?\s?(?:가량|정도|쯤|안팎|내외|남짓)"
        r"|(?<![\d,.])\d[\d,.]*[만억조]?여\s?(?:명|개|곳|건|대|원|톤|년|가지)"
    ),
}
# ... and anything that keeps a figure from being exact, read broadly in a translation:
# its approximation said another way, or a bound ('more than', '以上', '넘는')
_NOT_EXACT = {
    "en": lazy_compile(
        r"\b(?:about|approximately|approx|around|roughly|some|estimated|nearly|almost|close to|"
        r"or so|up to|more than|over|under|less than|fewer than|at least|at most|"
        r"exceed\w*|surpass\w*|top(?:s|ped)?|pass(?:es|ed)?)\b",
        re.IGNORECASE,
    ),
    # (each as the word it is beside a figure, not inside another: '契約', '予約', 'このほど'
    # (recently), '余震', '強い雨', '強風', '近くの避難所'; '계약', '예약', '여러', '여행')
    "ja": lazy_compile(
        rf"約(?=\s*(?:{_DIMENSION_JA})?\s?[\d０-９一二三四五六七八九十百千半$¥₩€£])|"
        r"およそ|概ね|程度|前後|(?<!この)(?<!先)ほど|"
        r"余(?![震裕地白暇])|頃|ごろ|くらい|ぐらい|(?:弱|強)(?![いくかまめさ\u4e00-\u9fff])|"
        r"(?:\A|(?<=[\d万億兆人件台名個社円%％年日分点倍]))近く|超|以上|以下|未満|上回|下回|突破"
    ),
    "ko": lazy_compile(
        r"(?<![가-힣])약(?![가-힣])|대략|가량|정도|(?<=[\d만억조])여|\A여(?=\s|[명개곳건대원톤년])|"
        r"쯤|께|안팎|내외|남짓|이상|이하|미만|넘|가까이|달해|초과|돌파|웃돌|"
        # 'around' after a time or a date ('2시 15분경부터', '2030년경'), not '경영', '경우'
        r"(?<=[\d시분일월년순])경(?![가-힣])|(?<=[\d시분일월년순])경(?=에|부터|까지|으로|의|인|이)"
    ),
}


def approximation_dropped(
    source: str, target: str, source_lang: str, target_lang: str
) -> str | None:
    """The source's approximate figure ('about 80,000') where the translation has no word
    that keeps any figure from being exact ('80,000 fireworks'), else None."""
    approx, loose = _APPROX_FIGURE.get(source_lang), _NOT_EXACT.get(target_lang)
    if approx is None or loose is None:
        return None
    if loose.search(target) is None:
        found = approx.search(source)
        if found is None:
            return None
        # only a figure the translation states: a conversion it leaves out is not stated
        # exact
        said = items(found[0])
        stated = items(target)
        if not said or not any(_said_alike(a, b) for a in said for b in stated):
            return None
        return found[0]
    # a word of the translation keeps a figure from being exact: the one beside it ('up
    # to 30,000 wafers … worth ¥240 billion' for '最大で月産3万枚…約2,400億円' rounds none)
    for found in approx.finditer(source):
        said = items(found[0])
        stated = [b for b in items(target) if any(_said_alike(a, b) for a in said)]
        if stated and not any(_loosely_said(target, b, loose) for b in stated):
            return found[0]
    return None


_CLOCK_KINDS = frozenset({"time", "timestamp"})  # a time of day, with its zone or not


def _said_alike(said: Item, stated: Item) -> bool:
    """Whether ``stated`` gives the figure of ``said``, a clock's time by its hour too: a
    Japanese time is read as its hour and its minutes apart ('午前3時' and '12' of
    '午前3時12分ごろ'), an English one whole ('3:12 a.m.')."""
    if said.fits(stated):
        return True
    if said.kind != "time" or stated.kind not in _CLOCK_KINDS or said.parts or not stated.parts:
        return False
    if said.half and stated.half and said.half != stated.half:
        return False
    return Decimal(stated.parts[0]) in said.keys


# what ends a figure's clause ('approx. 310' has a stop of an abbreviation)
_CLAUSE_MARK = lazy_compile(r"[。!?！？,;、，；]")


def _loosely_said(target: str, figure: Item, loose: re.Pattern[str]) -> bool:
    """Whether a word of ``loose`` stands beside ``figure`` in ``target``: before it in
    its clause, or right after it ('80万人程度', '¥240 billion or so')."""
    start = max(0, figure.start - _NEAR_BEFORE)
    ends = list(_CLAUSE_MARK.finditer(target, start, figure.start))
    if ends:
        start = ends[-1].end()
    # (read with the figure: '約' is the word only before a figure)
    if any(m.start() < figure.start for m in loose.finditer(target[: figure.end], start)):
        return True
    stop = min(len(target), figure.end + _NEAR_AFTER)
    end = _CLAUSE_MARK.search(target, figure.end, stop)
    # (read from the figure on: '2시경' is 'around 2 o'clock' only after its hour)
    return loose.search(target, figure.end, end.start() if end else stop) is not None


# a figure said to be a limit: 'up to 5 Mbps', 'at least 7,000 steps', '最大80席', '최대
# 월 1만1000원', '최소 3년' (the English IGNORECASE)
# a sign of comparison before a figure ('p<0.001', 'P < .05', 'p＜0.01'), not an arrow
_SIGN_BOUND = r"(?<![-=<>＜＞])[<>≤≥＜＞](?![<>=])\s?\.?\d[\d,.]*"
# a price's or a premium's least said with 'from' in English: after words that start a
# price ('premiums start from', 'starting at', 'priced from'; not 'priced at', the price)
# or before a price's period
# ('from 480 yen a month'); 'up from 1,850 yen' (a comparison) and 'from 1,000 yen to 3,000
# yen' (a range) are neither
_MONEY_EN = (
    r"(?:(?:US|HK)?[$¥₩€£]|KRW |JPY )\d[\d,.]*(?<![,.])(?: (?:million|billion))?|"
    r"\d[\d,.]*(?<![,.])(?: (?:million|billion))? (?:yen|won|dollars?|euros?)\b"
)
_PRICE_FROM_EN = (
    r"\b(?:start(?:s|ing|ed)? (?:from|at)|from)"
    rf" (?:{_MONEY_EN})(?! (?:to|through)\b)(?=[^.;\d]{{0,20}}?\b(?:a|per|each) "
    # (not a year before, the change's start: 'narrowed to ¥42 billion from ¥61 billion
    # a year earlier')
    r"(?:month|year|night|person|user|day)\b(?! (?:earlier|ago|before|prior)\b))"
    r"|\b(?:start(?:s|ing|ed)? (?:from|at)|(?:priced|available) from)"
    rf" (?:{_MONEY_EN})(?! (?:to|through)\b)"
)
_BOUNDED_FIGURE = {
    "en": lazy_compile(
        r"\b(?:up to|at most|at least|a maximum of|a minimum of|no more than|no less than|"
        r"as many as|as much as) (?:(?:approximately|about|around|roughly|some) )?"
        r"(?:US|HK)?[$¥₩€£]?(?:KRW |JPY )?\d[\d,.]*(?![A-Za-z\d])"
        r"(?: (?:million|billion|trillion)\b)?"
        # ... or after it, past a unit or a word: '50 or more', 'iOS 17 or later',
        # 'SecureGate 7.2.4 and later', '4.8 and earlier'
        r"|(?<![\d,.])\d[\d,.]*(?<![,.])\s?(?:%|[A-Za-z]{1,8}\s)?\s?"
        r"(?:or|and) (?:more|less|fewer|higher|lower|above|below|greater|over|under|older|"
        r"younger|later|earlier|newer|prior)\b(?! than)"
        rf"|{_SIGN_BOUND}"
        # ... or a price's or a premium's least, said with 'from' ('premiums start from
        # 1,850 yen', 'from $9.99 a month'): an amount of money only, and not a range's
        # first end ('from 1,000 yen to 3,000 yen')
        rf"|{_PRICE_FROM_EN}",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        rf"{_SIGN_BOUND}|"
        # (a figure in ten-thousands whole: '最大約12万3,000件')
        # ... past a particle and a rate's period: '最大で月産3万枚', '最大年間50万台'
        r"(?:最大|最高|上限|最低|最小|下限|最長|最短)(?:で|に)?\s?(?:[月年日]産|[月年]間)?\s?"
        r"(?:約|およそ)?\s?[$¥₩€£]?\d[\d,.]*"
        r"(?:[万億兆]\d[\d,.]*)*[万億兆]?"
        # ... or with its bound after it, past a unit or a counter: '15％以上', '3年以上'
        # (a figure from its first digit: see _FROM_TO)
        r"|(?<![\d,.])\d[\d,.]*\s?(?:[%％]|[a-zA-Z]{1,3}|[\u4e00-\u9fffぁ-んァ-ン]{1,2})?\s?"
        r"(?:以上|以下|未満)"
        # ... or said to be passed: '120万人を超え', '1万台を突破'
        r"|(?<![\d,.])\d[\d,.]*[万億兆]?\s?(?:[a-zA-Z]{1,3}|[\u4e00-\u9fffァ-ン]{1,2})?"
        r"を(?:超え|突破|上回)"
        # ... or a notice's limit after its figure: '300万株（上限）', '50億円を上限として'
        r"|(?<![\d,.])\d[\d,.]*(?:[万億兆]\d[\d,.]*)*[万億兆]?\s?"
        r"(?:[a-zA-Z]{1,3}|[\u4e00-\u9fffァ-ン]{1,2})?\s?(?:[（(]\s?(?:上限|限度)\s?[）)]|を(?:上限|限度))"
        # ... or a price's least, '月額1,850円から', '980円～' (not a range: '1,000円から
        # 3,000円まで', '1,000円～3,000円')
        r"|(?<![\d,.])\d[\d,.]*(?:[万億]\d[\d,.]*)*[万億]?\s?(?:円|ドル|ウォン)"
        r"(?:から(?=[でと。、（(」）)\s]|$|ご|お|の(?![\d０-９]))|[〜～](?!\s?[\d０-９]))"
    ),
    "ko": lazy_compile(
        rf"{_SIGN_BOUND}|"
        r"(?:최대|최고|최소|최저|상한|하한|최장|최단)\s?(?:약\s?)?(?:[월연]\s|[월연]산\s?|[월연]간\s)?"
        r"[$¥₩€£]?\d[\d,.]*"
        r"(?:[만억조]\s?\d[\d,.]*)*[만억조]?"
        # ... or '15% 이상', '2,000명 이상의' ('2건의 이상반응' is an adverse event)
        # ('50만 명 이상', '45ms 이하로'), or said to be passed ('120만 명을 넘어섰다', '돌파')
        r"|(?<![\d,.])\d[\d,.]*[만억조]?\s?(?:%|[a-zA-Z]{1,3}|[가-힣])?\s?(?:이상|이하|미만)"
        # ... or as the predicate, with the copula ('2% 미만이었다', '5건 이하였으며')
        r"(?=(?:으로|로|[의은을이인가는를에도])?(?![가-힣])|이(?:었|다|며|고|나|지|어|라)|였|입니"
        # ('3,000m 이하다': the copula run on)
        r"|다(?![가-힣]))"
        r"|(?<![\d,.])\d[\d,.]*[만억조]?\s?(?:[a-zA-Z]{1,3}|[가-힣])?\s?[을를]\s?(?:넘|돌파|웃돌)"
        # ... or a notice's limit after its figure: '300만 주(상한)', '50억 원을 상한으로'
        r"|(?<![\d,.])\d[\d,.]*(?:[만억조]\s?\d[\d,.]*)*[만억조]?\s?(?:[a-zA-Z]{1,3}|[가-힣])?\s?"
        r"(?:[（(]\s?상한\s?[）)]|[을를]\s?상한)"
        # ... or a price's least, '월 1만8500원부터' (not a range: '1만 원부터 3만 원까지')
        r"|(?<![\d,.])\d[\d,.]*(?:[만억]\s?\d[\d,.]*)*[만억]?\s?(?:원|엔|달러)\s?부터"
        r"(?=다|이며|이다|입니다|이고|로|으로|\s?(?:시작|책정)|[.,)]|$)"
    ),
}
# ... and the words that keep a limit in a translation, besides those of _NOT_EXACT
_LIMIT_KEPT = {
    "en": lazy_compile(
        r"\b(?:maximum|minimum|max|peak|surge|limit|cap|capped|ceiling|within|from|starting|"
        r"starts?|"
        # ('최단 5분' as 'in as little as five minutes', '最短3営業日' as 'as few as three')
        r"as (?:many|much|long|high|late|few|little|short|soon|early|fast|quickly) as|"
        # (not a height's reference, 'above ground level', '30 m below sea level', which
        # the words after a figure may cut short: 'above the gro')
        r"no more|no less|top|(?:below|above)(?! (?:the )?(?:gro|sea|surf|earth)| th?e? ?$)|"
        # a bound after its figure, either way ('19 or younger' for '19세 이상' is PR404's)
        r"or (?:more|less|fewer|higher|lower|above|below|greater|smaller|larger|longer|"
        r"shorter|over|under|older|younger|earlier|later)|"
        r"and (?:above|over|up|older|younger|below|under|higher|lower|more|less|greater|"
        r"later|earlier|newer|prior))\b"
        r"|[<>≤≥＜＞]",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        "最大|最高|上限|限度|最低|最小|下限|最長|最短|早ければ|まで|以内|から|以降|以前|[<>≤≥＜＞〜～]"
    ),
    # (a version's '이후', '이전 버전' as words of their own: not inside '에이전트' (agent)
    # nor the verb '이전하다' (to move))
    "ko": lazy_compile(
        "최대|최고|상한|최소|최저|하한|최장|최단|빠르면|까지|이내|부터|한도|(?<![가-힣])이후"
        "|(?<![가-힣])이전(?=\\s|버전|[의은는,.)]|$)|[<>≤≥＜＞]"
    ),
}


def limit_dropped(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The first of the source's figures said to be a limit ('최대 5Mbps') that the
    translation states with no word of a limit, an approximation or a bound ('speeds of 5
    Mbps'), else None."""
    bounded, loose = _BOUNDED_FIGURE.get(source_lang), _NOT_EXACT.get(target_lang)
    kept = _LIMIT_KEPT.get(target_lang)
    if bounded is None or loose is None or kept is None:
        return None
    # every limit, not the first only: a loan's amount and its term ('最大1億円、最長35年')
    # are two, and the translation may keep one and drop the other
    for found in bounded.finditer(source):
        if _limit_stated_exact(found[0], target, target_lang, loose, kept):
            return found[0]
    return None


def _limit_stated_exact(
    limit: str, target: str, target_lang: str, loose: re.Pattern[str], kept: re.Pattern[str]
) -> bool:
    """Whether ``target`` gives the figure of the source's ``limit`` with no word of a
    limit, an approximation or a bound beside it."""
    near_before = _NEAR_BEFORE
    if _APPROX_INSIDE.search(limit) is not None:
        # a limit of an approximate figure ('最大約12万件', 'up to approximately'): the
        # translation's approximation keeps only half of it ('약 12만 건'), and stands
        # between the figure and its limit ('a maximum of approximately')
        loose = _BOUND_WORD[target_lang]
        near_before += len("approximately ")
    said = items(limit)
    stated = [b for b in items(target) if any(a.fits(b) for a in said)]
    if not stated and target_lang == "en":
        # a small count English spells out ('at least two months' for '2か月以上')
        stated = [b for b in spelled_counts(target) if any(a.fits(b) for a in said)]
    if not stated:
        return False
    for figure in stated:
        # the words beside the figure: a date range's 'まで' or '까지' elsewhere in the
        # sentence bounds the dates, not the figure
        before = target[max(0, figure.start - near_before) : figure.start]
        if target_lang == "en" and "of " in before:
            # ... past the level the figure is named as ('exceeded the advisory threshold
            # of 10'): the verb before it bounds the level
            wide = target[max(0, figure.start - _LEVEL_REACH) : figure.start]
            named = _LEVEL_NAMED.search(wide)
            if named is not None:
                reach = near_before + len(wide) - named.start()
                before = target[max(0, figure.start - reach) : figure.start]
        # ... past a bracket restating the figure in another unit ('2 cm (0.8 in.) and
        # higher', '40°C (104°F) or below'): the bound stands after it
        rest = target[figure.end : figure.end + _NEAR_AFTER + _RESTATED_REACH]
        restated = _RESTATED.match(rest)
        if restated is not None:
            rest = restated[1] + rest[restated.end() :]
        after = rest[:_NEAR_AFTER]
        # ... less the words that open the list's next item before its figure, which
        # bound that figure ('50mmの強い雨と最大瞬間風速35m', '50 mm of rain and gusts of
        # up to 35'); a limit after both is theirs ('300万株、総額150億円を上限として')
        after = _without_next_items_words(after)
        if loose.search(after) is not None or kept.search(after) is not None:
            return False
        if any(_CLOSES_A_FIGURE.fullmatch(m[0]) is None for m in kept.finditer(before)):
            return False
        if loose.search(before) is not None:
            return False
    return True


# an approximation inside a limit the source gives ('最大約', '최대 약', 'up to about'),
# and the words of _NOT_EXACT that bound a figure rather than round it
_APPROX_INSIDE = lazy_compile(
    r"約|およそ|(?<![가-힣])약|\b(?:approximately|about|around|roughly|some)\b", re.IGNORECASE
)
_BOUND_WORD = {
    "en": lazy_compile(
        r"\b(?:up to|more than|over|under|less than|fewer than|at least|at most|"
        r"exceed\w*|surpass\w*|top(?:s|ped)?|pass(?:es|ed)?)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("超|以上|以下|未満|上回|下回|突破"),
    "ko": lazy_compile("이상|이하|미만|넘|초과|돌파|웃돌"),
}
# how far from the figure a word that keeps its limit may stand: before it ('最大',
# '최대', 'capped at', 'as much as KRW 250 billion') and after it, past its unit
# ('80名まで', '150億円を上限として', '5,000명 이내')
_NEAR_BEFORE = 24
# the level an English figure is named as, right before it ('the advisory threshold of ',
# 'the epidemic level of '), a few words at most (bounded: linear)
_LEVEL_NAMED = lazy_compile(
    r"\b(?:the|a|an|its) (?:[A-Za-z-]+ ){0,3}?(?:threshold|level|mark|milestone|benchmark) "
    r"of $",
    re.IGNORECASE,
)
_LEVEL_REACH = 64
_NEAR_AFTER = 16
# ... of which these close a figure, after it, and before it belong to another
_CLOSES_A_FIGURE = lazy_compile("まで|から|以内|까지|부터|이내|以降|以前|이후|이전")
# a figure's unit and a bracket restating it that opens with a figure: '(0.8 in.)',
# '（約3.9インチ）'
_RESTATED_REACH = 32
_RESTATED = lazy_compile(
    # (the restatement may say what it is first: '(소비세 제외 490만 엔)', '(excl. tax ¥4,900)')
    r"(\s?[^\s\d()（）]{0,8}?)\s?[(（][^()（）\d]{0,10}[-−$¥₩€£]?\d[^()（）]{0,24}[)）]"
)
_NEXT_FIGURE = lazy_compile(r"\d")
_NEXT_ITEM = lazy_compile(
    r"(?:[、,，;；]|\s(?:and|or|with)\s|と|や|及び|および|및|(?<=[가-힣])[과와]\s)"
    # ... not the join of a version's bound to its figure ('2.2 및 이전 버전', '2.2および
    # それ以前', 'or later'): that says the figure's own limit
    r"(?!\s?(?:(?:그|それ|その)\s?)?(?:이전|이후|以前|以降)|(?:later|earlier|newer|prior)\b)"
)


def _without_next_items_words(after: str) -> str:
    """The words after a figure less those from the list's next item to its figure."""
    digit = _NEXT_FIGURE.search(after)
    if digit is None:
        return after
    openings = [m.start() for m in _NEXT_ITEM.finditer(after, 0, digit.start())]
    if not openings:
        return after
    return after[: openings[-1]] + after[digit.start() :]


# words that leave a figure of the source less than exact though they are no
# approximation: a scale, a level or a worth ('1억 엔 규모', '4,250万円相当', '47조 원 수준',
# '47兆ウォン水準', 'worth')
_NOT_EXACT_EITHER = lazy_compile(
    "規模|相当|水準|규모|상당|수준|worth|in the region of", re.IGNORECASE
)


def approximation_added(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The translation's approximate figure ('約812人') where the source states it exact
    and has no word that keeps any figure from being exact ('812 patients'), else None."""
    if _NOT_EXACT_EITHER.search(source) is not None:
        return None
    return approximation_dropped(target, source, target_lang, source_lang)


@dataclass(frozen=True)
class FromTo:
    """A change from one percentage (span of time, count or amount) to another the
    translation gives the other way round."""

    source: str
    target: str


# a change from one percentage to another: 'from 42% to 50%', 'to 50% from 42%',
# '42%から50%に', '42%에서 50%로'
_FROM_TO = {
    "en": lazy_compile(
        r"\bfrom (?:[^\d,;.]{1,40} )?(\d[\d,.]*) ?(?:%|percent) (?:up |down )?to "
        r"(\d[\d,.]*) ?(?:%|percent)"
        r"|\bto (\d[\d,.]*) ?(?:%|percent) from (\d[\d,.]*) ?(?:%|percent)",
        re.IGNORECASE,
    ),
    # (each figure read from its first digit: from each digit of a long run, the search
    # read the rest of it again)
    "ja": lazy_compile(r"(?<![\d,.])(\d[\d,.]*) ?[%％]から(\d[\d,.]*) ?[%％](?:に|へ)"),
    "ko": lazy_compile(r"(?<![\d,.])(\d[\d,.]*) ?%에서 ?(\d[\d,.]*) ?%(?:로|으로)"),
}


def from_to_reversed(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    memo: dict[str, Any] | None = None,
) -> list[FromTo]:
    """The source's changes from one percentage to another ('from 42% to 50%') the target
    gives from the second to the first ('50%에서 42%로') and never as the source does."""
    if silent(memo, "directions.from_to_reversed"):
        return []
    mine = _changes(source, source_lang)
    if not mine:
        keep_silent(memo, "directions.from_to_reversed")
        return []
    theirs = _changes(target, target_lang)
    return [
        FromTo(written, theirs[(after, before)])
        for (before, after), written in mine.items()
        if before != after and (after, before) in theirs and (before, after) not in theirs
    ]


# ... and a span of time cut or lengthened from one length to another, as a railway's or
# a road's release gives its journey ('from 40 minutes to 15', '40分から15分に', '40분에서
# 15분으로'): the later figure is the span it now takes
_SPAN_FROM_TO = {
    "en": lazy_compile(
        r"\bfrom (\d{1,3}) ?(?:minutes?|mins?|hours?) (?:down |up )?to (\d{1,3})(?!\d|[.,]\d)",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"(?<![\d,.:])(?<!時)(\d{1,3}) ?(?:分|時間)から ?(\d{1,3}) ?(?:分|時間)(?:に|へ|まで)"
    ),
    "ko": lazy_compile(
        r"(?<![\d,.:])(?<!시 )(\d{1,3}) ?(?:분|시간)에서 ?(\d{1,3}) ?(?:분|시간)(?:으로|로|까지)"
    ),
}
_SPAN_FROM_TO_GATE = ("分", "時間", "분", "시간", "min", "hour")


# ... and a count or an amount changed from one figure to another, as a ministry gives its
# targets ('12만 3천 명에서 15만 명으로', '月20万ウォンから月25万ウォンに', 'from 123,000 to
# 150,000 people', 'from KRW 200,000 to KRW 250,000'): what lies between the two figures
# (the first's unit, the word for from or to, the second's currency) and what follows
# the second (its unit, the word for to); a range ('から…まで', '에서…까지') is no change.
# Each is matched on a short slice of the text around two figures read by figures.items.
_FIGURES_FROM_TO: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]] = {
    "ko": (
        lazy_compile(r"[^\d.,]{0,8}?에서\s?[^\d.,]{0,6}"),
        lazy_compile(r"\s?[^\d\s.,]{0,5}?\s?(?:으로|로)(?!\s?(?:구성|이루어|나뉘|나누))"),
        None,
    ),
    "ja": (
        lazy_compile(r"[^\d.,、。]{0,8}?から[^\d.,、。]{0,6}"),
        lazy_compile(r"[^\d.,、。でま]{0,6}?(?:に|へ)(?!よ)"),
        None,
    ),
    "en": (
        lazy_compile(r"[^\d;]{0,14}? (?:up |down )?to [^\d;]{0,8}", re.IGNORECASE),
        lazy_compile(r""),
        lazy_compile(r"\bfrom (?:[^\s\d]{1,10} ){0,2}$", re.IGNORECASE),
    ),
}
_FIGURES_FROM_TO_GATE = {"ko": "에서", "ja": "から", "en": "from"}


def _figure_changes(text: str, lang: str) -> dict[tuple[Decimal, Decimal], str]:
    """The changes from one count or amount to another of ``text`` (see _FIGURES_FROM_TO)."""
    patterns = _FIGURES_FROM_TO.get(lang)
    if patterns is None or _FIGURES_FROM_TO_GATE[lang] not in text.lower():
        return {}
    between, after, before = patterns
    figures = [i for i in items(text) if i.kind == "number" and not i.percent and i.keys]
    found: dict[tuple[Decimal, Decimal], str] = {}
    for first, second in itertools.pairwise(figures):
        if between.fullmatch(text, first.end, second.start) is None:
            continue
        if after.match(text, second.end, second.end + 8) is None:
            continue
        if (
            before is not None
            and before.search(text, max(0, first.start - 24), first.start) is None
        ):
            continue
        key = (_value_of(first), _value_of(second))
        found.setdefault(key, text[first.start : second.end])
    return found


def _value_of(figure: Item) -> Decimal:
    """The largest value a figure's keys give ('1.2 million': 1,200,000)."""
    return max((k for k in figure.keys if isinstance(k, Decimal)), default=Decimal(-1))


def _changes(text: str, lang: str) -> dict[tuple[Decimal, Decimal], str]:
    found: dict[tuple[Decimal, Decimal], str] = {}
    for key, written in _figure_changes(text, lang).items():
        found.setdefault(key, written)
    span = _SPAN_FROM_TO.get(lang)
    if span is not None and any(word in text for word in _SPAN_FROM_TO_GATE):
        for match in span.finditer(normal_text(text)):
            found.setdefault((Decimal(match[1]), Decimal(match[2])), match[0])
    pattern = _FROM_TO.get(lang)
    if pattern is None or ("%" not in text and "％" not in text and "percent" not in text):
        return found
    for match in pattern.finditer(normal_text(text) if lang != "ja" else text):
        before, after = (match[1], match[2]) if match[1] else (match[4], match[3])
        try:
            key = (
                Decimal(before.replace(",", "").rstrip(".")),
                Decimal(after.replace(",", "").rstrip(".")),
            )
        except InvalidOperation:
            continue
        found.setdefault(key, match[0])
    return found


# A price said with tax in or out of it: '4,180円（税込）', '税抜価格は3,800円', '3만 8,000원
# (부가세 포함)', '세금 별도 가격은 3,800엔', 'KRW 38,000 including VAT', '3,800 yen before tax'
# (a Japanese price in Korean says its 소비세, consumption tax: '소비세 포함 539만 엔')
_KO_TAX = r"(?:부가세|부가가치세|세금|소비세)(?:를|을)?\s?"
# ('including consumption tax', 'excluding the 3.5% individual consumption tax and VAT')
_EN_TAXES = (
    r"(?:the )?(?:\d+(?:\.\d+)?% )?(?:(?:individual|consumption|sales|value-added|reduced) ){0,2}"
    r"(?:tax|VAT|GST)"
)
_TAX_IN = (
    rf"税込み?|消費税込み?|内税|{_KO_TAX}포함|"
    rf"including {_EN_TAXES}|incl\.? (?:tax|VAT)|tax[- ]inclusive|"
    r"(?:tax|VAT) included"
)
_TAX_OUT = (
    rf"税抜き?|税別|外税|{_KO_TAX}(?:별도|제외)|"
    rf"excluding {_EN_TAXES}|excl\.? (?:tax|VAT)|before (?:tax|VAT)|"
    r"plus (?:tax|VAT)|tax[- ]exclusive|(?:tax|VAT) excluded"
)
_TAX_WORDS = ("税", "세", "tax", "VAT", "GST")  # every tax label and word holds one
_TAX_GATE = Screened(re.compile("|".join(_TAX_WORDS), re.IGNORECASE))
# the label right before the amount, with at most the word for price between ('税込3,800
# 円', '税抜価格は3,800円', '세금 별도 가격은 3,800엔'), or else right after it, its unit and a
# bracket between ('4,180円（税込）', '3,800 yen before tax'); never across a clause break.
# (Before first: in '税込3,800円（税抜3,455円）' the 税抜 after 3,800 is 3,455's.)
_TAX_AFTER = lazy_compile(
    rf"[^\d、。,;；]{{0,6}}?(?:(?P<inside>{_TAX_IN})|(?P<outside>{_TAX_OUT}))", re.IGNORECASE
)
# (a Japanese price list's 本体価格, the price of the thing itself, is the price before
# tax: '本体価格398円（税込429円）'; read only before the amount, as 本体 after one is a device)
# ... and a plan's period or a copula between ('税抜価格は月額2,700円', '부가세 포함 가격은
# 월 5만5000원', 'the price excluding tax is 2,700 yen')
_TAX_BEFORE = lazy_compile(
    rf"(?:(?P<inside>{_TAX_IN})|(?P<outside>{_TAX_OUT}|本体価格))"
    r" ?(?:価格|料金|가격|요금|price)?(?:は|은|는|:|：| of| at| is| are)?"
    r" ?(?:月額|年額|日額|月|年|월|연|monthly)? ?(?:[¥$₩]|US\$|KRW |JPY |USD )?$",
    re.IGNORECASE,
)


# a label followed by an amount of its own, as _TAX_BEFORE reads it ('6600엔(세금 별도
# 6000엔)', '¥6,600 (¥6,000 before tax)' is not one): that amount's, not the one before
_TAX_LABEL_OF_NEXT = lazy_compile(
    r" ?(?:価格|料金|가격|요금|price)?(?:は|은|는|:|：| of| at| is| are)?"
    r" ?(?:月額|年額|日額|月|年|월|연|monthly)? ?(?:[¥$₩￥]|US\$|KRW |JPY |USD )?\d",
    re.IGNORECASE,
)


# ... or a bracket that closes the amount's clause, with no other figure before it: a
# list of prices says its basis once, after the last ('¥9,800 for adults and ¥4,900 for
# children (tax included)'), which that last one is read with
_TAX_CLAUSE_END = lazy_compile(
    rf"[^\d、。,;；()（）]{{0,40}}?[(（](?:(?P<inside>{_TAX_IN})|(?P<outside>{_TAX_OUT}))[)）]",
    re.IGNORECASE,
)


def tax_basis_flips(source: str, target: str) -> list[BoundFlip]:
    """The prices both texts give, the one with tax in it and the other without ('4,180엔
    (세금 포함)' as '4,180円（税抜）', '3,800엔' said 세금 별도 as '3,800 yen including tax')."""
    if _TAX_GATE.search(source) is None or _TAX_GATE.search(target) is None:
        return []
    flips = _tax_flips(_tax_bases(source, whole=False), _tax_bases(target, whole=False))
    if flips:
        return flips
    # a tax said once for the sentence is one label, however many prices it covers
    return _tax_flips(_tax_bases(source), _tax_bases(target))[:1]


def _tax_flips(
    mine: dict[Decimal, tuple[bool, str]], theirs: dict[Decimal, tuple[bool, str]]
) -> list[BoundFlip]:
    return [
        BoundFlip(written, theirs[value][1])
        for value, (inside, written) in mine.items()
        if value in theirs and theirs[value][0] != inside
    ]


_TAX_LABEL = Screened(re.compile(f"{_TAX_IN}|{_TAX_OUT}", re.IGNORECASE), _TAX_WORDS)
_TAX_SAID = Screened(
    lazy_compile(f"{_TAX_IN}|{_TAX_OUT}|税|VAT|GST|\\btax", re.IGNORECASE), _TAX_WORDS
)


def tax_basis_dropped(source: str, target: str) -> BoundFlip | None:
    """The first price the source says with tax in or out of it ('598万円（税込）') that the
    translation gives with the same amount and no word of tax anywhere ('598만 엔'), else
    None: a Japanese reader takes a bare price to include tax, others may not."""
    if _TAX_LABEL.search(source) is None or _TAX_SAID.search(target) is not None:
        return None  # (a source that says no tax basis: most, and every other Korean one)
    if any(word in target for word in ("부가세", "세금", "세후", "세전")):
        return None
    mine = _tax_bases(source)
    if not mine:
        return None
    amounts = {k: item.text for item in items(target) for k in item.keys if isinstance(k, Decimal)}
    for value, (_, written) in mine.items():
        if value in amounts:
            return BoundFlip(written, amounts[value])
    return None


def price_list_tax(sources: Sequence[str]) -> bool | None:
    """What a release's notes on its prices say of tax for all of them, in words with no
    amount ('출시 제품 및 가격(일본 판매가는 세금 포함)', '価格はすべて税込です', 'All prices
    include tax'): in (True), out (False); None where none says, or they differ."""
    said: set[bool] = set()
    for text in sources:
        if _TAX_GATE.search(text) is None or any(c.isdigit() for c in text):
            continue
        once = _tax_said_once(text)
        if once is not None:
            said.add(once)
    return said.pop() if len(said) == 1 else None


def tax_basis_against_the_list(
    source: str, target: str, listed: Callable[[], bool | None]
) -> tuple[BoundFlip, bool] | None:
    """The first amount of the translation said with tax in or out of it ('税抜3,850円')
    where the source gives it with no word of tax ('3850엔') and the release says the
    other of all its prices (``listed()``, :func:`price_list_tax`, asked last), with what
    the release says; else None."""
    if _TAX_LABEL.search(target) is None or _TAX_SAID.search(source) is not None:
        return None
    said = listed()
    if said is None:
        return None
    amounts = {k: item.text for item in items(source) for k in item.keys if isinstance(k, Decimal)}
    for value, (inside, written) in _tax_bases(target, whole=False).items():
        if inside != said and value in amounts:
            return BoundFlip(amounts[value], written), said
    return None


def _tax_bases(text: str, *, whole: bool = True) -> dict[Decimal, tuple[bool, str]]:
    """Each amount of ``text`` said with tax in (True) or out (False) of it, by its value
    (by a label beside it, or, with ``whole``, one the sentence says once for all its
    prices, where no price has a label of its own: 'KRW 18,000 (KRW 16,364 excluding
    VAT)' says nothing of the first); an amount said both ways is left out."""
    found: dict[Decimal, tuple[bool, str]] = {}
    doubtful: set[Decimal] = set()
    labelled: list[tuple[Item, bool | None]] = [
        (item, _tax_label(text, item.start, item.end))
        for item in items(text)
        if item.kind == "number" and item.currency
    ]
    once: bool | None = None
    if whole and labelled and all(inside is None for _, inside in labelled):
        once = _tax_said_once(text)
    for item, label in labelled:
        inside = once if label is None else label
        if inside is None:
            continue
        for value in (k for k in item.keys if isinstance(k, Decimal)):
            if value in found and found[value][0] != inside:
                doubtful.add(value)
            found[value] = (inside, item.text)
    return {v: said for v, said in found.items() if v not in doubtful}


def _tax_said_once(text: str) -> bool | None:
    """Whether ``text`` says its prices' tax once for all of them, away from any ('Prices,
    including VAT, are 46.5 million won for …', '가격은 부가세를 포함해 에센셜 4,650만 원,
    …'): in (True), out (False); None where it says both or neither."""
    said = {m["inside"] is not None for m in _TAX_SENTENCE.finditer(text)}
    return said.pop() if len(said) == 1 else None


_TAX_SENTENCE = lazy_compile(
    f"(?P<inside>{_TAX_IN})|(?P<outside>{_TAX_OUT}|本体価格)", re.IGNORECASE
)


def _tax_label(text: str, start: int, end: int) -> bool | None:
    """Whether the amount at ``start:end`` is said with tax in it (True), out of it
    (False), or neither; a label right before the figure ('税込3,800円') wins over one
    after it ('（税抜3,455円）' follows)."""
    before = _TAX_BEFORE.search(text, max(0, start - 24), start)
    after = _TAX_AFTER.match(text, end, min(len(text), end + 30))
    if after is not None and _TAX_LABEL_OF_NEXT.match(text, after.end()) is not None:
        after = None  # ('6,600円（税抜6,000円）': the label opens the next amount)
    found = before or after or _TAX_CLAUSE_END.match(text, end, min(len(text), end + 50))
    if found is None:
        return None
    return found["inside"] is not None


# a span of time by its unit: '9.4 months' = '9.4カ月' = '9.4개월', '12 weeks' = '12週間'
# = '12주' (not 주식, 주주, 주당: shares), '20 hours' = '20時間' = '20시간' (a battery's
# '10 days' as '10시간' is the slip); a bare Japanese 日 or Korean 일 is as often a
# date's day, and is left out, save before a word no date takes: a bound, 'after', 'before',
# 'every' ('4日以上', '4日後', '4일 이내', '4일마다'; not '12月4日', '12월 4일 이후')
# ... and years: '7 years', '7年間', '7년간', and '7年', '7년' of one or two digits (not a
# calendar year's four, nor an era's '令和7年', a fiscal '年度', a date's '7年3月', a decade
# '年代', a grade '年生', an anniversary '年目'); and an English span whose small number is
# spelt out ('seven months'), as a translation often writes it
_EN_SMALL = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip
_DURATION = lazy_compile(
    # (a clock's minutes, '10時15分', '10시 15분', are no span of time)
    r"(?<![\d.,])(?<!時)(?<!時 )(?<!시)(?<!시 )"
    r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\b(?:" + "|".join(_EN_SMALL) + r"))[ 　-]?"
    r"(?:(?P<year>years?\b|年間|년간|(?<![\d.,]\d\d)(?<=\d)(?:年|년)"
    r"(?![度代生目0-9０-９]|\s?[0-9０-９]{1,2}\s?[月월])(?<!令和\d年)(?<!平成\d年)"
    r"(?<!令和\d\d年)(?<!平成\d\d年)(?<!昭和\d\d年))"
    r"|(?P<month>months?\b|[カヶケか]月|개월)|(?P<week>weeks?\b|週間|주(?:간|일)?(?![식주당요]))"
    r"|(?P<day>days?\b|日間|일간|(?<=\d)日(?=以上|以内|未満|以下|ごと|おき|[後前](?![\u4e00-\u9fff]))"
    # ('4일 전국', '4일 후보': the 4th's nationwide, candidates)
    r"|(?<=\d)\s?일(?=\s?(?:이상|이내|미만|이하|마다|간격|(?:후|뒤|전)(?:에|부터|까지|로)?(?![가-힣]))))"
    r"|(?P<hour>hours?\b|hrs?\b|時間|시간)"
    # minutes and seconds: a timetable's interval, a journey's or a transfer's time ('every
    # 15 minutes' as '15時間ごと', '10 minutes' as '10초')
    r"|(?P<minute>minutes?\b|mins?\b|分間?|분)|(?P<second>seconds?\b|secs?\b|秒|초))",
    re.IGNORECASE,
)
_DURATION_WORDS = (
    "year", "month", "week", "day", "hour", "hr", "min", "sec", "年", "년", "月", "週",
    "개월", "주", "일간", "日間", "時間", "시간", "分", "분", "秒", "초", "日以", "日未",
    "日後", "日前", "日ごと", "日おき", "일이", "일미", "일후", "일뒤", "일전", "일마다",
    "일간격", "일 이", "일 미", "일 후", "일 뒤", "일 전", "일 마다", "일 간격",
)  # fmt: skip
_DURATION_GATE = Screened(
    lazy_compile(
        "year|month|week|day|hour|hr|min|sec|年|년|月|週|개월|주|일간|日間|時間|시간|分|분|秒|초|"
        # (a bare day's count before its bound, 'after' or 'every': '4日以上', '4일 이내')
        r"日(?:以|未|後|前|ごと|おき)|일\s?(?:이|미|후|뒤|전|마다|간격)",
        re.IGNORECASE,
    ),
    _DURATION_WORDS,
)


def duration_unit_changes(
    source: str, target: str, *, memo: dict[str, Any] | None = None
) -> list[BoundFlip]:
    """The spans of time the translation gives with the same number in another unit only
    ('9.4 months' as '9.4주', '12週間' as '12 days')."""
    # every span of time has its figure: a side without a digit has none to compare
    if silent(memo, "directions.duration_unit_changes"):
        return []
    if (first_digit(source) < 0 and not _spelled_span(source)) or _DURATION_GATE.search(
        source
    ) is None:
        keep_silent(memo, "directions.duration_unit_changes")
        return []
    if (first_digit(target) < 0 and not _spelled_span(target)) or _DURATION_GATE.search(
        target
    ) is None:
        return []
    mine, theirs = _durations(source), _durations(target)
    out: list[BoundFlip] = []
    for (value, unit), written in mine.items():
        if (value, unit) in theirs:
            continue
        other = next((w for (v, u), w in theirs.items() if v == value and u != unit), None)
        if other is not None:
            out.append(BoundFlip(written, other))
    return out


_SPELLED_SPAN = lazy_compile(
    r"\b(?:" + "|".join(_EN_SMALL) + r")[ -](?:year|month|week|day|hour|minute|second)",
    re.IGNORECASE,
)


def _spelled_span(text: str) -> bool:
    """Whether an English ``text`` gives a span with its small number spelt out."""
    return text.isascii() and _SPELLED_SPAN.search(text) is not None


_AFTER_A_MONTH = lazy_compile(r"[月월]\s?$")


def _durations(text: str) -> dict[tuple[Decimal, str], str]:
    found: dict[tuple[Decimal, str], str] = {}
    for match in _DURATION.finditer(text):
        unit = match.lastgroup or ""
        bare_day = unit == "day" and match[0][-1] in "日일"
        if bare_day and _AFTER_A_MONTH.search(text, max(0, match.start() - 2), match.start()):
            continue  # ('12月4日以前', '12월 4일 전': a date's day)
        figure = match[1].casefold()
        value = (
            Decimal(_EN_SMALL.index(figure) + 1)
            if figure in _EN_SMALL
            else Decimal(figure.replace(",", ""))
        )
        found.setdefault((value, unit), match[0])
    return found
