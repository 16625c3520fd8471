"""prlocalize.rules.edition_numbers
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The edition of a recurring event that a release announces, given two numbers (for
PR105): 'The 29th Haewon Film Festival' in the headline and 'The 28th Haewon Film
Festival will open' in the body, '第29回…' and '第28回…は', '제29회…' and '제30회…는'.
A release copied from last year's with one number left, or a number mistyped, tells
readers two events.

A release names past editions too ('won at the 27th Haewon Film Festival', '第27回の
同映画祭で'), so only the mentions that say which edition the release is about are
compared: a heading's, and one that opens its sentence as its subject (English) or is
its topic or subject ('…映画祭は', '…영화제는'), unless the sentence points to the past
('last year', '昨年', '지난해'), the next ('next year', '来年') or a year other than the
release's own (its dateline's or date line's; with none, any year). Where those mentions
give two numbers, the heading's (or, with none, the one given most) is the release's, and
the others are reported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from prlocalize.document import Block, BlockKind, Segment
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext
from prlocalize.rules.support import prose_segments

# 'the 29th Haewon Film Festival': an ordinal, then a name of capitalised words; its first
# two words are the event's key, as a heading in title case runs on into other words
_EN = lazy_compile(
    r"(?<![\w.,])(\d{1,3})(st|nd|rd|th) ([A-Z][\w'’&-]*(?: (?:of |and |for |the |on )*"
    r"[A-Z][\w'’&-]*)+)"
)
# '第29回海苑国際映画祭' (a name of kanji, katakana or Latin letters, up to a kana or a mark)
_JA = lazy_compile(r"(第(\d{1,3})回) ?([\u3400-\u9fff々\u30a1-\u30fa\u30fc・A-Za-z0-9&]{2,})")
# '제29회 해원국제영화제는', '제12회 미나토 재즈 페스티벌은': the name's words, up to four, the
# last with its particle
_KO = lazy_compile(r"(제 ?(\d{1,3}) ?회) ?((?:[가-힣A-Za-z0-9&]+ ){0,3}[가-힣A-Za-z0-9&]{2,})")
_KO_PARTICLES = (
    "에서는",
    "에서",
    "으로",
    "는",
    "은",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "와",
    "과",
    "로",
    "도",
)
_KO_SUBJECT = frozenset({"는", "은", "이", "가"})
_JA_SUBJECT = frozenset("はが")
# a sentence about a past edition: 'last year', 'previous', '昨年', '前回', '지난해'
# (or the next: 'next year', '来年', '내년')
_PAST = {
    "en": lazy_compile(
        r"\b(?:last|previous|past|prior|former|next|upcoming|following)\b|\bago\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("昨年|前回|前年|過去|昨年度|かつて|これまで|来年|次回|翌年"),
    "ko": lazy_compile("지난|작년|전년|이전|과거|역대|내년|다음|차기"),
}
# a year: a sentence that names another than the release's is about another edition
_YEAR = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DIGIT = lazy_compile(r"\d")
# a Japanese or Korean sentence ending in the past ('…開催でした。', '…열렸다.') is about a
# past edition, unless its verb is the announcement's own ('発表しました', '밝혔다')
_JA_PAST_END = lazy_compile(r"(?:ました|でした|だった|した|った)[。．.]?[」』）)]*\s*$")
_KO_PAST_END = lazy_compile(r"[\uac00-\ud7a3]다[.。]?[\"”’')]*\s*$")
_ANNOUNCED = {
    "ja": lazy_compile("発表|公表|お知らせ|決定|明らかに|知らせ"),
    "ko": lazy_compile("밝혔|발표했|전했|알렸|공개했"),
}
# an English subject's verb in the past ('The 10th … was', '… drew 52,000 visitors')
# or a participle set off after it ('The 104th …, held in Ulsan in 2026,'), a common noun
# between them or not ('The 36th … ceremony was held'); not 'is scheduled', 'will be held'
_PAST_VERB = lazy_compile(
    r",?(?: (?!(?:is|are|will|be|to|has|have)\b)[a-z]+)?"
    r" (?:was|were|had|drew|saw|won|took|became|brought|sold|made|held|ran|gave|began"
    r"|[a-z]+ed)\b"
)
# what may stand before an English sentence's subject: a dateline ('BUSAN, August 20,
# 2027 — '), an opening quote
_DATELINE = lazy_compile(r"^[A-Z][\w .,'’-]*?\d{4} ?[—–-]+ ?|^[A-Z]{2,}[A-Z ,.]* [—–-]+ ?")


class Mention(NamedTuple):
    segment: Segment
    start: int  # of the edition's number and its ordinal ('29th', '第29回', '제29회')
    end: int
    number: int
    key: str  # the event's name ('haewon film festival ', '海苑国際映画祭'): a heading's may
    # run on into other words, so a name and one that opens with it are one event's
    heading: bool


class EditionConflict(NamedTuple):
    segment: Segment
    start: int
    end: int
    written: str
    fixed: str


def edition_conflicts(ctx: CheckContext) -> Iterator[EditionConflict]:
    """The mentions of an event that give another edition than the release's."""
    lang = language(ctx.document.lang)[:2]
    find = {"en": _english, "ja": _japanese, "ko": _korean}.get(lang)
    if find is None:
        return
    found: list[Mention] = []
    segments = prose_segments(ctx)
    this_year = _release_year(segments)
    for block, segment in segments:
        text = segment.plain
        if _DIGIT.search(text) is None:
            continue  # (a search in C: a generator over every letter was most of the rule)
        heading = block.kind is BlockKind.HEADING or block is ctx.document.blocks[0]
        if not heading and (
            _PAST[lang].search(text)
            or _told_in_past(text, lang)
            or any(y != this_year for y in _YEAR.findall(_DATELINE.sub("", text)))
        ):
            continue
        found.extend(find(segment, heading))
    for mentions in _events(found):
        numbers = Counter(m.number for m in mentions)
        if len(numbers) < 2:
            continue
        headed = [m.number for m in mentions if m.heading]
        if len(set(headed)) > 1:
            continue  # the headings disagree: no edition to hold to
        own = headed[0] if headed else numbers.most_common(1)[0][0]
        if not headed and list(numbers.values()).count(numbers[own]) > 1:
            continue  # a tie: which is the release's is unknown
        for m in mentions:
            if m.number != own:
                written = m.segment.plain[m.start : m.end]
                yield EditionConflict(
                    m.segment, m.start, m.end, written, _renumbered(written, m.number, own)
                )


# a line that is the release's date alone ('2027年5月2日', '2027년 5월 2일', 'May 2, 2027')
_DATE_LINE = lazy_compile(
    r"^\W*(?:[A-Z][a-z]+\.? \d{1,2}, )?((?:19|20)\d\d)(?:[年년./-][^。.]{0,12})?\W*$"
)


def _release_year(segments: list[tuple[Block, Segment]]) -> str | None:
    """The year of the release's dateline or date line, if it gives one."""
    for _block, segment in segments:
        text = segment.plain
        dateline = _DATELINE.match(text)
        if dateline is not None:
            years = _YEAR.findall(dateline.group())
            if years:
                return str(years[-1])
        date = _DATE_LINE.match(text)
        if date is not None:
            return str(date.group(1))
    return None


def _told_in_past(text: str, lang: str) -> bool:
    """Whether a Japanese or Korean sentence ends in the past with no announcing verb."""
    if lang == "ja":
        past = _JA_PAST_END.search(text) is not None
    elif lang == "ko":
        end = _KO_PAST_END.search(text)
        # a past ending has ㅆ under the syllable before 다 ('열렸다', '찾았다')
        past = end is not None and (ord(text[end.start()]) - 0xAC00) % 28 == 20
    else:
        return False
    return past and _ANNOUNCED[lang].search(text) is None


def _events(found: list[Mention]) -> list[list[Mention]]:
    """``found`` grouped by event: a name and one that opens with it are one event's."""
    groups: list[list[Mention]] = []
    for mention in sorted(found, key=lambda m: len(m.key)):
        for group in groups:
            if mention.key.startswith(group[0].key):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return groups


def _renumbered(written: str, number: int, own: int) -> str:
    fixed = written.replace(str(number), str(own), 1)
    if written[-2:] in ("st", "nd", "rd", "th"):
        fixed = fixed[:-2] + _suffix(own)
    return fixed


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _english(segment: Segment, heading: bool) -> Iterator[Mention]:
    text = segment.plain
    for m in _EN.finditer(text):
        before = _DATELINE.sub("", text[: m.start()]).strip(" \"'“‘")
        subject = before in ("", "The", "the")
        if not heading and (not subject or _PAST_VERB.match(text, m.end())):
            continue
        key = m.group(3).casefold() + " "
        yield Mention(segment, m.start(1), m.end(2), int(m.group(1)), key, heading)


def _japanese(segment: Segment, heading: bool) -> Iterator[Mention]:
    text = segment.plain
    for m in _JA.finditer(text):
        after = text[m.end() : m.end() + 1]
        if not (heading or after in _JA_SUBJECT):
            continue
        yield Mention(segment, m.start(1), m.end(1), int(m.group(2)), m.group(3), heading)


def _korean(segment: Segment, heading: bool) -> Iterator[Mention]:
    text = segment.plain
    for m in _KO.finditer(text):
        words: list[str] = []
        particle = ""
        for word in m.group(3).split(" "):
            particle = next(
                (p for p in _KO_PARTICLES if word.endswith(p) and len(word) > len(p) + 1), ""
            )
            words.append(word[: len(word) - len(particle)])
            if particle:
                break  # the name ends at its particle
        if not (heading or particle in _KO_SUBJECT):
            continue
        key = "".join(words)
        yield Mention(segment, m.start(1), m.end(1), int(m.group(2)), key, heading)
