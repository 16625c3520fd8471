"""prlocalize.catalog.compare
~~~~~~~~~~~~~~~~~~~~~~~~~~~

What must survive translation, pulled out of a msgid or msgstr so that the two can
be compared: numbers and dates by value, URLs and e-mail addresses as written, and
inline markup (the canonical HTML fragments of segments with links or emphasis).

Dates reduce to the numbers they are made of, English month names to their number,
so "May 10, 2024", "2024年5月10日" and "2024년 5월 10일" all give {2024, 5, 10}; digit
grouping is ignored ("2,500" = "2500"), 万/만/億/억 and English scale words multiply
("$1.5 million" = "150万ドル", "6億1000万" = "610 million", "1만 2000" = "12,000"), and
times may drop ":00" or use the 24-hour clock.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from lxml import etree

from prlocalize.lazy_patterns import lazy_compile

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        1,
    )
    for name in names
}
# a month name only counts next to a day or year: "May 10", "10 May", "May 2024"
_MONTH_RE = lazy_compile(
    r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?(?=\s+\d)"
    r"|(?<=\d\s)(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b"
)
_NUMBER_RE = lazy_compile(r"\d+(?:[,，]\d{3})*(?:\.\d+)?")
_NUMBER_WORDS = frozenset("十百千万萬億兆십백천만억조")
# Chinese number words Japanese writes otherwise, to Japanese's form: '1.2亿元' is
# '1.2億', '3萬' '3万' (figures are read with these folded, one character for one)
CHINESE_NUMBER_WORDS = {"亿": "億", "萬": "万"}
_NUMBER_FOLD = str.maketrans(CHINESE_NUMBER_WORDS)
_HUNDREDTHS_RE = lazy_compile(r"(\d)分")
_SCALE_RE = lazy_compile(r"\s?(thousand|million|billion|trillion)\b", re.IGNORECASE)
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# The e-mail alternative starts only where its local part can start (not inside a run of
# local-part characters): tried at every position, a 100,000-character run of Japanese
# text with no '@' was scanned to its end from each of them (quadratic, 90 s).
# ASCII classes only: a Japanese or Korean sentence glues an address to its particles
# ("https://example.com/newsをご覧ください", "pr@example.com으로"), and the address ends
# where that text starts (an address written in another script is percent-encoded).
# A site written with neither scheme nor 'www.' ('island.haewoon.co.kr', 'example.com/news'),
# as releases give their sites, is read by its top-level domain: one of those common in
# releases, which no word of prose ends in after a dot. It starts only where a host can
# (not inside a longer run of its characters, nor after '@', '/' or '.': one start a run).
_BARE_TLDS = (
    "com|org|net|jp|kr|co|io|info|biz|gov|edu|int|ly|gl|tv|ai|app|dev|uk|cn|eu|sg|hk|tw|news"
)
URL_RE = lazy_compile(
    r"(?:https?://|www\.)[!#-&*-;=?-~]+"  # nor quotes, brackets or parentheses
    r"|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    rf"|(?<![A-Za-z0-9._%+@/-])(?:[A-Za-z0-9-]+\.)+(?:{_BARE_TLDS})(?![A-Za-z0-9-])"
    r"(?:/[!#-&*-;=?-~]*)?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?。、"
_WWW = lazy_compile(rf"www\.|\.(?:{_BARE_TLDS})(?![A-Za-z0-9-])", re.IGNORECASE)
_TAG_RE = lazy_compile(r"<[^<>]*>")
# "10:00", "3 p.m.", "9:30 a.m.": whole hours may lose their ":00" in ja/ko (10時, 10시),
# and afternoon hours may be written on the 24-hour clock (15時); a colon after a label
# ('受付時間：9:00', NFKC makes it ':') may open a time, one after a digit is inside a time
# ('12:30:45')
_TIME_RE = lazy_compile(
    r"(?<![\d.])(?<!\d:)(\d{1,2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?(?![\d:])", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Value:
    """A number found in a text: its value and what the text says."""

    value: Decimal
    text: str
    start: int
    end: int
    also: tuple[Decimal, ...] = ()  # other values that say the same (3 p.m. is also 15時)


def links(text: str) -> list[tuple[str, int, int]]:
    """URLs and e-mail addresses of ``text`` as (text, start, end), trailing punctuation cut."""
    found: list[tuple[str, int, int]] = []
    if "@" not in text and "://" not in text and _WWW.search(text) is None:
        return found  # what every match holds (most sentences: one pass in C, not a scan)
    for match in URL_RE.finditer(text):
        value = match.group().rstrip(_TRAILING)
        found.append((value, match.start(), match.start() + len(value)))
    return found


def numbers(text: str) -> list[Value]:
    """Every number and date part of ``text``, by value (URLs, e-mails and tags left out)."""
    masked = _mask(text, [(s, e) for _, s, e in links(text)])
    masked = _TAG_RE.sub(lambda m: " " * len(m.group()), masked)
    normal = "".join(
        unicodedata.normalize("NFKC", c) if "０" <= c <= "９" or c in "，．" else c for c in masked
    ).translate(_NUMBER_FOLD)
    out: list[Value] = []
    for match in _MONTH_RE.finditer(normal):
        name = match.group(1) or match.group(2)
        out.append(Value(Decimal(_MONTHS[name]), match.group(), match.start(), match.end()))
    for match in _NUMBER_RE.finditer(normal):
        raw = match.group().replace(",", "").replace("，", "")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            continue
        end = match.end()
        also: tuple[Decimal, ...] = ()
        scale = _SCALE_RE.match(normal, end)
        if scale:  # "1.5 million" is 150万 / 150만, or still 1.5 in "1.5百万"
            also = (value,)
            value *= _SCALES[scale.group(1).lower()]
            end = scale.end()
        elif normal.startswith("割", end) and value < 10 and "." not in raw:
            # a share in tenths ('約2割', 20%), which a translation may say loosely (two
            # in ten)
            also = (value,)
            value *= 10
            end += 1
            rest = _HUNDREDTHS_RE.match(normal, end)  # '2割5分', 25%
            if rest is not None:
                value, also, end = value + int(rest[1]), (), rest.end()
        elif end < len(normal) and normal[end] in _NUMBER_WORDS:
            # "6億1000万", "1만 2000", "3千万": one value, read as the figures are
            from prlocalize.catalog.figures import read_number  # (figures imports this module)

            run = read_number(normal, match.start())
            if run is not None:
                value, end = run
        out.append(Value(value, text[match.start() : end], match.start(), end, also))
    out.sort(key=lambda v: v.start)
    return _with_times(normal, _merge_myriads(out))


def _with_times(normal: str, values: list[Value]) -> list[Value]:
    zero_minutes: set[int] = set()
    hours: dict[int, tuple[Decimal, ...]] = {}
    for match in _TIME_RE.finditer(normal):
        hour, minutes, half = match.group(1), match.group(2), match.group(3)
        if minutes is None and half is None:
            continue  # a plain number
        if minutes == "00":
            zero_minutes.add(match.start(2))
        if half and half.lower() == "p" and int(hour) < 12:
            hours[match.start(1)] = (Decimal(int(hour) + 12),)
        elif half and half.lower() == "a" and int(hour) == 12:
            hours[match.start(1)] = (Decimal(0),)
    return [
        Value(v.value, v.text, v.start, v.end, v.also + hours.get(v.start, ()))
        for v in values
        if v.start not in zero_minutes
    ]


def _merge_myriads(values: list[Value]) -> list[Value]:
    # "2万5000" was read as one value; drop the tail that was also read on its own
    kept: list[Value] = []
    for value in values:
        if kept and value.start < kept[-1].end:
            continue
        kept.append(value)
    return kept


def missing_numbers(source: str, target: str) -> list[Value]:
    """Numbers of ``source`` (by value, with multiplicity) that ``target`` lacks."""
    return missing_values(numbers(source), numbers(target))


def missing_values(source: Iterable[Value], target: Iterable[Value]) -> list[Value]:
    """:func:`missing_numbers` on values already extracted (the aligner compares many pairs)."""
    have = Counter(v.value for v in target)
    missing = []
    for value in source:
        found = next((x for x in (value.value, *value.also) if have[x] > 0), None)
        if found is None:
            missing.append(value)
        else:
            have[found] -= 1
    return missing


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# -- markup ------------------------------------------------------------------------


class MarkupError(ValueError):
    """A text that should be an inline HTML fragment is not well formed."""


def markup_elements(fragment: str) -> Counter[str] | None:
    """The inline elements of a canonical fragment (``<a href="x">``) with their attributes.

    None when ``fragment`` holds no element at all (plain text, even with a literal
    ``<Japan>``); :class:`MarkupError` when it looks like markup but does not parse.
    """
    if "<" not in fragment:
        return None
    try:
        root = etree.fromstring(f"<root>{fragment}</root>")
    except etree.XMLSyntaxError as exc:
        raise MarkupError(str(exc)) from None
    found: Counter[str] = Counter()
    for element in root.iter():
        if element is root or not isinstance(element.tag, str):
            continue
        attrs = "".join(f' {k}="{v}"' for k, v in sorted(element.attrib.items()))
        found[f"<{element.tag}{attrs}>"] += 1
    return found or None


_TAG_NAME = lazy_compile(r"</?([A-Za-z][A-Za-z0-9-]*)")


def tags_added_to_plain(msgid: str, msgstr: str) -> list[str]:
    """The HTML tags (``<script``, ``<br``) that ``msgstr`` writes and ``msgid``, a
    sentence without markup, does not: what build refuses to publish. A bracketed label
    ('<Japan>', '<日本>') names no HTML element and is text."""
    if "<" not in msgstr:
        return []
    from lxml.html import defs  # (lxml is loaded for the markup comparisons already)

    source = msgid.lower()
    added: dict[str, str] = {}  # each element once, by its opening tag where it has one
    for match in _TAG_NAME.finditer(msgstr):
        name = match[1].lower()
        if name not in defs.tags or match[0].lower() in source:
            continue
        if name not in added or added[name].startswith("</"):
            added[name] = match[0]
    return list(added.values())


def is_markup(fragment: str) -> bool:
    try:
        return markup_elements(fragment) is not None
    except MarkupError:
        return False


def mask_tags(text: str) -> str:
    """``text`` with the tags of an inline fragment blanked out (offsets unchanged)."""
    if "<" not in text:
        return text  # (no tag: the usual message, asked of some ten times a pair)
    if not is_markup(text):
        return text
    return _TAG_RE.sub(lambda m: " " * len(m.group()), text)
