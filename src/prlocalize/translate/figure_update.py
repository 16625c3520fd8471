"""prlocalize.translate.figure_update
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A fuzzy memory match whose source differs from the text in its figures only is most of
a translation: last year's "The plant will employ 250 people from March 2026" answers
this year's "… 300 people from June 2027" once 250 and 2026年3月 become 300 and
2027年6月. CAT tools do this for numbers and dates (Trados' auto-localisation, memoQ's
auto-translatables), and a translator expects it: without it the draft says the old
figures, which the translation checks rightly reject, so no draft is offered at all.

:func:`update_figures` makes that change where it is certain, and only there:

* the memory's source and the text differ in their figures only (their other words
  are the same), which are of the same kinds in the same order, each changed one
  written with the same number of values (a date's year, month and day; a number's);
* each changed figure is said exactly once in the memory's translation, which writes
  its values in digits (or, in English, its month by name);
* nothing else is touched, and the result says every figure of the text (the figure
  checks' own reading, :func:`~prlocalize.catalog.figures.differences`).

Anything less certain gives None, and the draft is the memory's translation as it was.
The draft stays fuzzy either way: a person reviews it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prlocalize.catalog.figures import Item

# a number as written: digits with thousands separators or a decimal part ('1,250', '12.5')
_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])")
_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH_WORD = re.compile(
    r"\b(" + "|".join(m for name in _MONTHS for m in (name, name[:3] + r"\.?")) + r")\b"
)


@dataclass(frozen=True)
class FigureUpdate:
    """A memory translation with its figures brought up to the text's, and what changed."""

    text: str
    changes: tuple[tuple[str, str], ...]  # (as the memory's translation wrote it, now)


def update_figures(text: str, memory_source: str, memory_target: str) -> FigureUpdate | None:
    """``memory_target`` with the figures in which ``text`` differs from ``memory_source``
    changed to the text's, or None when that cannot be done for certain (see the module)."""
    from prlocalize.catalog.figures import differences, items

    old, new = items(memory_source), items(text)
    if len(old) != len(new) or any(a.kind != b.kind for a, b in zip(old, new, strict=True)):
        return None
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a.text != b.text]
    if not changed or _words(memory_source, old) != _words(text, new):
        return None  # the same figures, or other words too: not only the figures changed
    said = items(memory_target)
    edits: list[tuple[int, int, str]] = []
    for before, after in changed:
        rendering = [item for item in said if before.fits(item)]
        if not rendering and (spelt := _spelt_out(memory_target, before, after)) is not None:
            edits.append(spelt)  # 'in seven countries' for '7개국': 'in eight countries'
            continue
        if len(rendering) != 1 or after.fits(rendering[0]):
            return None  # said twice, not at all, or already what the text says
        grouped = bool(_GROUPED.search(after.text))
        was, now = _values(before), _values(after)
        if _year_carried(rendering[0], before, after, new):
            was, now = was[1:], now[1:]  # '3月5日' of 'March 5, 2026': its year said before
        # (a time of the 12-hour clock is written anew: '12:05 p.m.' for 12:05 → 16:35
        # is '4:35 p.m.', not its digits changed)
        written = _on_the_twelve_hour_clock(rendering[0], before, after)
        if written is None and not _past_the_twelve_hour_clock(rendering[0], after):
            written = _rewritten(rendering[0].text, was, now, grouped)
        if written is None:
            written = _rescaled(rendering[0], before, after)
        if written is None:
            written = _in_myriads(rendering[0], before, after)
        if written is None:
            written = _in_shared_scales(rendering[0], before, after, _cjk_of(memory_target))
        if written is None:
            return None
        start, end = rendering[0].start, rendering[0].end
        suffix = _SUFFIX.match(memory_target, end)
        if suffix is not None:  # 'the 1st quarter': the item is '1', its suffix follows
            written, end = _with_suffix(written), suffix.end()
        edits.append((start, end, written))
    edits.sort()
    if any(a[1] > b[0] for a, b in itertools.pairwise(edits)):
        return None  # two figures of the text said by one of the translation
    result = memory_target
    for start, end, written in reversed(edits):
        result = result[:start] + written + result[end:]
    if differences(text, result):
        return None
    changes = tuple((memory_target[s:e], w) for s, e, w in edits)
    return FigureUpdate(result, changes)


# a count English spells out (as its style guides do below ten); 'one' is left out: it is
# also a pronoun and an article's word ('one of the', 'no one')
_COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNT_WORD = re.compile(r"(?<![A-Za-z-])(" + "|".join(_COUNT_WORDS) + r")(?![A-Za-z-])", re.I)


def _spelt_out(target: str, before: Item, after: Item) -> tuple[int, int, str] | None:
    """The edit that says ``after``'s count where an English ``target`` spells ``before``'s
    out ('seven countries' for 7 → 'eight countries', 'Seven' → 'Eight'; one of ten or more
    in digits, as English style writes it: 'nine' for 9 → '12'), when the count is a whole
    number from two to ten spelt exactly once; else None."""
    old, new = _count(before), _count(after)
    if old is None or new is None or not 2 <= old <= 10 or new < 2:
        return None
    found = [m for m in _COUNT_WORD.finditer(target) if _COUNT_WORDS.index(m[1].lower()) + 2 == old]
    if len(found) != 1:
        return None
    word = found[0][1]
    written = _COUNT_WORDS[new - 2] if new <= 10 else str(new)
    if word[0].isupper() and written.isalpha():
        written = written.capitalize()
    return found[0].start(), found[0].end(), written


def _count(item: Item) -> int | None:
    """A plain number's whole value ('7', '8개'), else None."""
    if item.kind != "number" or item.date is not None:
        return None
    values = [key for key in item.keys if isinstance(key, Decimal)]
    if len(values) != 1 or values[0] != values[0].to_integral_value():
        return None
    return int(values[0])


def _year_carried(said: Item, before: Item, after: Item, new: Sequence[Item]) -> bool:
    """Whether the translation gives a date of the text without its year ('2月20日から3月5日
    まで' for 'February 20, 2026 … March 5, 2026'), the year a date before it in the text
    says too: only the month and day are then rewritten, the year with that other date."""
    if said.date is None or before.date is None or after.date is None:
        return False
    if before.date[0] is None or after.date[0] is None:
        return False
    if said.date[0] is not None and str(said.date[0]) in said.text:
        return False  # (a date after a range's 'から' is read with the year it carries)
    return any(
        item.date is not None and item.date[0] == after.date[0] and item.end <= after.start
        for item in new
    )


def _words(text: str, figures: Sequence[Item]) -> str:
    """``text`` with its figures taken out and its spacing made even."""
    return words_around(text, [(item.start, item.end) for item in figures])


def words_around(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (sorted) taken out and its spacing made even: what
    two texts must share to differ in those spans only. Spans that overlap leave ``text``
    as it is."""
    parts: list[str] = []
    at = 0
    for start, end in spans:
        if start < at:
            return text
        parts += [text[at:start], "\x00"]
        at = end
    parts.append(text[at:])
    return " ".join("".join(parts).split())


def _values(item: Item) -> list[str]:
    """The values a figure is written with, in order: a date's year, month and day; the
    numbers of its text ('1,250' → '1250'); else its one numeric key ('third' → '3')."""
    if item.date is not None:
        return [str(part) for part in item.date if part is not None]
    numbers = [_plain(m[0]) for m in _NUMBER.finditer(item.text)]
    if numbers:
        return numbers
    keys = [str(key) for key in item.keys if isinstance(key, Decimal | int)]
    return keys if len(keys) == 1 else []


def _plain(number: str) -> str:
    """A number without its thousands separators ('1,250' → '1250'; '12.5' stays)."""
    return number.replace(",", "")


def _rewritten(said: str, before: Sequence[str], after: Sequence[str], grouped: bool) -> str | None:
    """``said`` (the translation's figure) with each of ``before``'s values that changed
    written as in ``after``, in ``said``'s own style (separators, zero padding, English
    month names; ``grouped``: the text writes thousands separators, for a number too
    short to show the translation's); None when a value is missing, said twice or cannot
    be told apart."""
    if not before or len(before) != len(after):
        return None
    mapping: dict[str, str] = {}
    for old, new in zip(before, after, strict=True):
        if old == new:
            continue
        if mapping.get(old, new) != new:
            return None  # one value becoming two ('3 March' → '6 April' of a 3rd)
        mapping[old] = new
    if any(value in mapping for value in before if before.count(value) > 1):
        return None  # a changed value written twice in the figure: which one is which?
    out: list[str] = []
    done: set[str] = set()
    at = 0
    for match in _NUMBER.finditer(said):
        value = _plain(match[0])
        if value not in mapping:
            continue
        if value in done:
            return None
        done.add(value)
        out += [said[at : match.start()], _styled(mapping[value], match[0], grouped)]
        at = match.end()
        suffix = _SUFFIX.match(said, at)
        if suffix is not None:  # 'March 1st' → 'March 2nd'
            out[-1] = _with_suffix(out[-1])
            at = suffix.end()
    out.append(said[at:])
    result = "".join(out)
    for old, new in mapping.items():
        if old in done:
            continue
        # an English translation names the month: 'March 2026' → 'June 2027'
        month = _month_rewritten(result, old, new, before, after)
        if month is None:
            return None
        result = month
        done.add(old)
    return result


# a time as the 12-hour clock writes it ('9:30 a.m.', '2 PM', '12:05pm'): its hour, its
# minutes, the space before its half of the day and the half as written
_TWELVE_HOUR = re.compile(r"(\d{1,2})(?::(\d{2}))?(\s?)([AaPp])(\.?\s?[Mm]\.?)")
_CLOCKS = frozenset({"time", "timestamp"})


def _on_the_twelve_hour_clock(said: Item, before: Item, after: Item) -> str | None:
    """``said``, a time of the 12-hour clock ('9:30 a.m.'), as the text's changed time on
    the 24-hour clock ('09:30' → '14:00': '2:00 p.m.'), in its own style; None where
    ``said`` is no such time or not the memory source's."""
    if said.kind not in _CLOCKS or before.kind not in _CLOCKS or after.kind not in _CLOCKS:
        return None
    if not said.half or said.parts != before.parts or len(after.parts) != 2:
        return None
    written = _TWELVE_HOUR.fullmatch(said.text)
    if written is None:
        return None
    hour, minute = after.parts
    half = ("p" if hour >= 12 else "a") if written[4].islower() else ("P" if hour >= 12 else "A")
    minutes = f":{minute:02d}" if written[2] is not None or minute else ""
    return f"{hour % 12 or 12}{minutes}{written[3]}{half}{written[5]}"


def _past_the_twelve_hour_clock(said: Item, after: Item) -> bool:
    """Whether ``said`` is a time of the 12-hour clock and ``after`` an hour it cannot
    write by its digits ('16:35', '0:10')."""
    if not said.half:
        return False
    hours = after.parts[:1] or [int(k) for k in after.keys if isinstance(k, Decimal)]
    return any(not 1 <= hour <= 12 for hour in hours)


def _rescaled(said: Item, before: Item, after: Item) -> str | None:
    """``said`` (the translation's amount, one number and its scale: '2,547億', '254.7
    billion') with the amount ``after`` in place of ``before``, in the same scale ('¥254.7
    billion' → '¥286.3 billion' makes '2,547億' '2,863億'); None where it is no such
    amount or the new one needs more decimals than it shows. Only scales one place apart
    are so converted (billion and 億 or 억, as earnings releases convert them: the same
    digits, the point moved); further apart ('4,800万ドル' for '$48 million') the draft
    keeps the memory's figure."""
    numbers = list(_NUMBER.finditer(said.text))
    written = list(_NUMBER.finditer(before.text))
    old, new, now = _full_value(before), _full_value(after), _full_value(said)
    if len(numbers) != 1 or len(written) != 1 or old is None or new is None or now != old:
        return None
    shown = Decimal(_plain(numbers[0][0]))
    if not shown or shown / Decimal(_plain(written[0][0])) not in _ONE_PLACE:
        return None
    scaled = (new * shown / old).normalize()
    if _decimals(scaled) > _decimals(shown):
        return None  # '417.5億' for '¥41.75 billion': Japanese says '417億5,000万'
    whole, _, fraction = format(scaled, "f").partition(".")
    if len(whole) > 3:  # an amount in any of these scales is grouped: '1,012억', '1,286.3 billion'
        whole = f"{int(whole):,}"
    value = whole + ("." + fraction if fraction else "")
    return said.text[: numbers[0].start()] + value + said.text[numbers[0].end() :]


_ONE_PLACE = frozenset({Decimal(10), Decimal("0.1")})
# an amount in ten thousands and the rest, as Japanese and Korean write prices: '13만 9,800',
# '678万9,000', '598万'
_MYRIADS = re.compile(r"(\d{1,3}(?:,\d{3})*)([万만])(\s?)(\d{1,3}(?:,\d{3})?)?")


def _in_myriads(said: Item, before: Item, after: Item) -> str | None:
    """``said`` (the translation's amount in ten thousands and the rest, '13만 9,800')
    with the amount ``after`` in place of ``before``, written the same way ('14만 9,800'
    for '¥149,800'); None where it is no such amount, the new one is not whole or the
    source writes it with a scale word of its own."""
    found = _MYRIADS.fullmatch(said.text)
    old, new = _full_value(before), _full_value(after)
    if found is None or old is None or new is None or _full_value(said) != old:
        return None
    if new != new.to_integral_value() or new < 10000:
        return None
    written = [Decimal(_plain(m[0])) for m in _NUMBER.finditer(before.text)]
    if written != [old]:
        return None  # '$48 million' for '4,800万ドル': a scale converted, left as it is
    myriads, rest = divmod(int(new), 10000)
    tail = f"{found[3]}{rest:,}" if rest else ""
    return f"{myriads:,}{found[2]}{tail}"


# an amount in the scale words Japanese and Korean share (兆 조, 億 억, 万 만), or in
# digits alone: '1億2000万', '1억 2,000만', '8000만', '9500'
_SCALE_WORDS = {"兆": 10**12, "億": 10**8, "万": 10**4, "조": 10**12, "억": 10**8, "만": 10**4}
_GROUP = r"(?:\d{1,3}(?:,\d{3})+|\d{1,4})"
_SHARED_SCALES = re.compile(rf"(?:{_GROUP}\s?[兆億万조억만]\s?)*{_GROUP}?")


def _in_shared_scales(said: Item, before: Item, after: Item, cjk: str | None) -> str | None:
    """``said`` (the translation's amount, in 兆/億/万 or 조/억/만, or in digits) with the
    amount ``after`` in place of ``before``, where the source writes both in those scale
    words or in digits and the new amount needs another set of them ('8000万' →
    '1億2000万' makes '8000만' '1억 2000만'): written in the translation's scale words,
    with its spacing between them and its thousands separators. A translation in digits
    alone takes the scale words where the source does, in its language (``cjk``: 'ja',
    'ko'; '9500' → '1万2000' makes '9500명' '1만 2000명'), else stays in digits ('12,000
    people'). None for anything else: a scale word of another language ('$48 million'),
    a decimal, '1억2천만'."""
    texts = (said.text.strip(), before.text.strip(), after.text.strip())
    if any(not text or _SHARED_SCALES.fullmatch(text) is None for text in texts):
        return None
    old, new = _full_value(before), _full_value(after)
    if old is None or new is None or _full_value(said) != old or new != new.to_integral_value():
        return None
    words = [c for c in said.text if c in _SCALE_WORDS]
    grouped = "," in said.text
    if not words and (cjk is None or not any(c in _SCALE_WORDS for c in after.text)):
        return f"{int(new):,}" if grouped else str(int(new))
    korean = words[0] in "조억만" if words else cjk == "ko"
    scales = ("조", "억", "만") if korean else ("兆", "億", "万")
    # Korean spaces the parts of an amount ('1억 2000만'), Japanese does not ('1億2000万')
    spaced = re.search(r"[兆億万조억만]\s\d", said.text) is not None or (korean and len(words) <= 1)
    parts: list[str] = []
    rest = int(new)
    for word in scales:
        count, rest = divmod(rest, _SCALE_WORDS[word])
        if count:
            parts.append(f"{count:,}{word}" if grouped else f"{count}{word}")
    if rest:
        parts.append(f"{rest:,}" if grouped else str(rest))
    return (" " if spaced else "").join(parts)


def _cjk_of(text: str) -> str | None:
    """'ko' for a text in Hangul, 'ja' for one with kana, else None."""
    if re.search("[\uac00-\ud7a3]", text):
        return "ko"
    return "ja" if re.search("[\u3041-\u30ff]", text) else None


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _full_value(item: Item) -> Decimal | None:
    """The value an amount says in full ('254.7 billion': 254,700,000,000)."""
    values = [key for key in item.keys if isinstance(key, Decimal)]
    return max(values, key=abs) if item.kind == "number" and values else None


def _month_rewritten(
    said: str, old: str, new: str, before: Sequence[str], after: Sequence[str]
) -> str | None:
    """``said`` with the month ``old`` named in English changed to ``new``; only a date's
    month can be named: its second value after a year ('2026', '3'; '2026', '3', '5'), its
    first in a date given without one ('9월 16일': '9', '16')."""
    if len(before) < 2 or len(before) != len(after):
        return None
    month_at = 0 if len(before) == 2 and len(before[0]) <= 2 else 1
    if before[month_at] != old or after[month_at] != new:
        return None
    if not (old.isdigit() and new.isdigit() and 1 <= int(old) <= 12 and 1 <= int(new) <= 12):
        return None
    names = list(_MONTH_WORD.finditer(said))
    if len(names) != 1:
        return None
    written = names[0][0]
    if _month_number(written) != int(old):
        return None
    name = _MONTHS[int(new) - 1]
    if len(written.rstrip(".")) == 3:  # 'Mar.' → 'Jun.'
        name = name[:3] + ("." if written.endswith(".") else "")
    return said[: names[0].start()] + name + said[names[0].end() :]


def _month_number(word: str) -> int:
    head = word.rstrip(".")[:3].lower()
    return next(i for i, name in enumerate(_MONTHS, 1) if name[:3].lower() == head)


def _with_suffix(written: str) -> str:
    """``written`` with the English ordinal suffix of the number it ends with ('1' →
    '1st', 'March 12' → 'March 12th')."""
    digits = re.search(r"\d+$", written)
    if digits is None:
        return written
    value = int(digits[0])
    if value % 100 in (11, 12, 13):
        return written + "th"
    return written + {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def _styled(value: str, like: str, grouped: bool) -> str:
    """``value`` written as ``like`` is: with thousands separators if it has them (or,
    too short to have any, if the text has them), zero-padded to its width ('03' → '06')."""
    if not value.isdigit():
        return value
    if "," in like and "." not in like:
        return f"{int(value):,}"
    if like.isdigit() and len(like) > 1 and like.startswith("0"):
        return value.zfill(len(like))
    if like.isdigit() and len(like) <= 3 and grouped:
        return f"{int(value):,}"
    return value
