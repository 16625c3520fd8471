"""prlocalize.align.anchors
~~~~~~~~~~~~~~~~~~~~~~~~~

What survives translation and so ties a sentence to its translation whatever the
lengths say: numbers, dates and amounts by value (the comparison PR404 makes,
:mod:`prlocalize.catalog.compare`), URLs and e-mail addresses as written, glossary
entries found on both sides, and Latin-script words kept in CJK text (names, brands,
acronyms: "iPark", "R&D", "CEO").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from prlocalize.catalog import figures
from prlocalize.catalog.compare import Value, links, missing_values, numbers

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatcher

# a Latin word in CJK text: letters, digits and the joiners of names and acronyms
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[&'’.\-][A-Za-z0-9]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# one anchor that agrees is strong evidence; one that disagrees is weaker (a translator
# may spell a number out, drop a URL or write a name in katakana)
MATCH_BONUS = 70.0
MISS_COST = 25.0  # a Latin word or glossary term on one side only
MISS_VALUE_COST = 60.0  # a number or an address on one side only: translators keep those


@dataclass(frozen=True, slots=True)
class Anchors:
    numbers: tuple[Value, ...] = ()
    links: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()  # glossary entry ids
    latin: frozenset[str] = frozenset()  # casefolded Latin words
    cjk: bool = False  # the text is CJK: its Latin words are names kept as written
    # names by reading (readings.name_key): of the proper nouns of a Japanese text, of
    # the capitalised words of a Latin-script one; they only ever count for a pair
    names: frozenset[str] = frozenset()
    # which of ``numbers`` are parts of what official translations leave out as a rule
    # (a dateline's date, a stock code, a time zone's timestamp: see _left_out):
    # they tie a pair where both sides have them, and cost nothing where one side lacks
    # them and has no other figure in their place
    routine: tuple[int, ...] = ()  # per number, the item it is part of (-1: none)
    # whether the text quotes someone's words ('“…,” said Sato.', 「…」と述べています):
    # a translation keeps a quotation, and a sentence without one is not its translation
    speech: bool = False
    # the section a short label opens ('about': 'About Aoba Paper', '会社概要', '회사 소개';
    # 'contact': 'Media contact', 'お問い合わせ先', '문의'): two labels of different
    # sections are never each other's translation
    section: str = ""
    # numbers an English text spells out ('four times a day', 'three years'): a
    # translation writes them in figures (1日4回, 3年間); they tie a pair where the other
    # side has the figure, and cost nothing where it has not ('one of the largest')
    spelled: tuple[Value, ...] = ()
    # whether it only leads in to a quotation that follows ('加藤は次のように述べています。',
    # '김 대표는 다음과 같이 말했다.', 'Kato said:'): a sentence that quotes the words is
    # no translation of it, though it names the same speaker ('“…,” said Kato.')
    lead_in: bool = False
    # whether the text is itself such a label (``section`` is also given to the lines
    # it heads): a label is translated by a label of its section
    label: bool = False
    # the date a text gives and nothing else (a dateline: '2025年11月12日（水）',
    # '2025년 11월 10일'), as (year, month, day): such a line is translated by that date
    date_alone: tuple[int | None, int | None, int | None] | None = None
    # whether the text says "today" (本日, 今日, 오늘, today), and which of ``numbers``
    # are a day said alone ('20日、', '…고 20일 밝혔다'): a Japanese release says 本日
    # where its Korean version says the day, and neither is a figure the other lost
    today: bool = False
    days: tuple[int, ...] = ()

    def __add__(self, other: Anchors) -> Anchors:
        return Anchors(
            self.numbers + other.numbers,
            self.links + other.links,
            self.terms + other.terms,
            self.latin | other.latin,
            self.cjk or other.cjk,
            self.names | other.names,
            (_flags(self) + _flags(other, offset=max(self.routine, default=-1) + 1))
            if self.routine or other.routine
            else (),
            self.speech or other.speech,
            self.section or other.section,
            self.spelled + other.spelled,
            self.lead_in or other.lead_in,
            self.label or other.label,
            None,  # (two lines are no date alone)
            self.today or other.today,
            self.days + tuple(k + len(self.numbers) for k in other.days),
        )

    @property
    def count(self) -> int:
        return len(self.numbers) + len(self.links) + len(self.terms) + self._latin_count

    @property
    def _latin_count(self) -> int:
        return len(self.latin) if self.cjk else 0


EMPTY = Anchors()


_NOT_ADDRESS = re.compile(r"[^\x21-\x7e]")


def addresses(text: str) -> list[tuple[str, int, int]]:
    """URLs and e-mail addresses as :func:`~prlocalize.catalog.compare.links` finds them,
    cut where CJK text runs on without a space ("https://x.krでご確認")."""
    out = []
    for value, start, end in links(text):
        cut = _NOT_ADDRESS.search(value)
        if cut is not None:
            value = value[: cut.start()].rstrip(".,;:!?")
            end = start + len(value)
        if value:
            out.append((value, start, end))
    return out


def extract(
    text: str, matcher: TermMatcher | None = None, *, lang: str = "", readings: bool = False
) -> Anchors:
    """The anchors of one sentence (plain text, no markup); ``readings``: with the
    readings of names (Japanese proper nouns, capitalised Latin words)."""
    found_links = addresses(text)
    cjk = _CJK.search(text) is not None
    if cjk:
        masked = text
        for _, start, end in found_links:
            masked = masked[:start] + " " * (end - start) + masked[end:]
        latin = frozenset(w.casefold() for w in _LATIN_WORD.findall(masked) if len(w) > 1)
    else:
        latin = frozenset(w.casefold() for w in _LATIN_WORD.findall(text))
    terms = tuple(m.entry.id for m in matcher.find(text)) if matcher is not None else ()
    names: frozenset[str] = frozenset()
    if readings:
        names = _names(text, lang, cjk)
    values: tuple[Value, ...] = ()
    routine: tuple[int, ...] = ()
    phases = _phases(text) if "相" in text or "Phase" in text or "phase" in text else ()
    if phases or any(c.isdigit() for c in text):
        values = tuple(sorted((*numbers(text), *phases), key=lambda v: v.start))
        spans = []
        if _MAY_LEAVE_OUT.search(text) is not None:  # most sentences: not worth the scan
            spans = [(i.start, i.end) for i in figures.items(text) if _left_out(i, text)]
        if spans:  # else () : no number of the sentence is one to leave out
            routine = tuple(
                next((k for k, (s, e) in enumerate(spans) if s <= v.start < e), -1) for v in values
            )
    links_found = tuple(t for t, _, _ in found_links)
    speech = _quotes_speech(text, cjk)
    section = _section(text) if len(text) <= _LABEL_LENGTH else ""
    spelled = () if cjk else _spelled_numbers(text)
    lead_in = not speech and _LEAD_IN.search(text) is not None
    date_alone = _date_alone(text) if values and len(text) <= _DATE_LINE_LENGTH else None
    today = _TODAY.search(text) is not None
    days = _days_alone(text, values) if _DAY.search(text) is not None else ()
    return Anchors(
        values,
        links_found,
        terms,
        latin,
        cjk,
        names,
        routine,
        speech,
        section,
        spelled,
        lead_in,
        bool(section),
        date_alone,
        today,
        days,
    )


_TODAY = re.compile(r"本日|今日|오늘|\btoday\b", re.IGNORECASE)
_DAY = re.compile(r"(?<![\d.,])\d{1,2}\s?[日일]")


def _phases(text: str) -> tuple[Value, ...]:
    """A trial's phase in Roman numerals ('第II相', 'Phase III'), by its number: the
    translation writes it in digits as often ('임상 2상', 'Phase 2')."""
    found = []
    for item in figures.items(text):
        if item.kind != "number" or not any(c in "IVⅠⅡⅢⅣ" for c in item.text):
            continue
        for key in item.keys:
            if isinstance(key, Decimal):
                found.append(Value(key, item.text, item.start, item.end))
    return tuple(found)


def _days_alone(text: str, values: tuple[Value, ...]) -> tuple[int, ...]:
    """The indices of ``values`` that are a day said alone, without its month."""
    spans = [
        (i.start, i.end)
        for i in figures.items(text)
        if i.kind == "date" and i.date is not None and i.date[:2] == (None, None)
    ]
    return tuple(k for k, v in enumerate(values) if any(s <= v.start < e for s, e in spans))


_DATE_LINE_LENGTH = 40
# what a dateline adds to its date: a weekday in brackets or alone, punctuation
_DATE_LINE_REST = re.compile(
    r"[\s\W_]*(?:[(（][^()（）]{1,10}[)）]|[月火水木金土日]曜日?|[월화수목금토일]요일"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[\s\W_]*",
    re.IGNORECASE,
)


def _date_alone(text: str) -> tuple[int | None, int | None, int | None] | None:
    """The date of a line that gives a date and nothing else but a weekday, or None."""
    found = figures.items(text)
    if len(found) != 1 or found[0].kind != "date" or found[0].date is None:
        return None
    item = found[0]
    if not all(_DATE_LINE_REST.fullmatch(rest) for rest in (text[: item.start], text[item.end :])):
        return None
    return item.date


_NUMBER_WORDS = """one two three four five six seven eight nine ten eleven twelve"""
_ORDINAL_WORDS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth"""
_SPELLED = {word: Decimal(n) for n, word in enumerate(_NUMBER_WORDS.split(), start=1)}
_SPELLED |= {word: Decimal(n) for n, word in enumerate(_ORDINAL_WORDS.split(), start=1)}
# how often ('twice a day': 1日2回, 'the second flight': 2便目), and the one of a rate that
# Japanese and Korean write as a figure ('500 yen a day': 1日500円; not 'daily use')
_SPELLED |= {"once": Decimal(1), "twice": Decimal(2), "thrice": Decimal(3)}
_SPELLED_WORD = re.compile(
    r"\b(?:" + "|".join(_SPELLED) + r"|(?:a|per) (?:day|week|month|year|person))\b",
    re.IGNORECASE,
)


def _spelled_numbers(text: str) -> tuple[Value, ...]:
    """The numbers ``text`` writes as words: one to twelve, first to twelfth, once, twice,
    and the one of a rate ('a day', 'per person')."""
    return tuple(
        Value(_SPELLED.get(m.group().lower(), Decimal(1)), m.group(), m.start(), m.end())
        for m in _SPELLED_WORD.finditer(text)
    )


def _with_spelled(one: Anchors, other: Anchors) -> Anchors:
    """``one`` with the numbers it spells out that ``other`` has in figures and ``one``
    has not among its numbers."""
    if not one.spelled or not other.numbers:
        return one
    wanted = Counter(v.value for v in missing_values(other.numbers, one.numbers))
    added = []
    for value in one.spelled:
        if wanted[value.value] > 0:
            wanted[value.value] -= 1
            added.append(value)
    if not added:
        return one
    routine = one.routine + (-1,) * len(added) if one.routine else ()
    return replace(one, numbers=one.numbers + tuple(added), routine=routine)


def _without_days(one: Anchors, other: Anchors) -> Anchors:
    """``one`` without the days it says alone where ``other`` says "today" instead."""
    if not one.days or not other.today or one.today:
        return one
    keep = [k for k in range(len(one.numbers)) if k not in one.days]
    return replace(
        one,
        numbers=tuple(one.numbers[k] for k in keep),
        routine=tuple(one.routine[k] for k in keep) if one.routine else (),
        days=(),
    )


_LABEL_LENGTH = 40
_SECTIONS = (
    (
        "contact",
        re.compile(
            r"\b(?:contacts?|inquiries|enquiries)\b|問い?合わ?せ|問合せ|連絡先|문의|연락처",
            re.IGNORECASE,
        ),
    ),
    (
        "about",
        re.compile(
            r"^about\b|\b(?:company|corporate) (?:profile|overview)\b|について\Z|会社概要|"
            r"会社案内|회사 ?소개|소개\Z|회사 ?개요",
            re.IGNORECASE,
        ),
    ),
)


def _section(text: str) -> str:
    """The section a short label opens (see :attr:`Anchors.section`), or ''."""
    label = text.strip(" 　【】[]<>＜＞■●◆▼:：")
    return next((name for name, pattern in _SECTIONS if pattern.search(label)), "")


# a quotation of someone's words: longer than a product's or a work's name in quotes
# (「くもスパークリング ゆず」, “Kumo”), in words or in CJK characters
_CJK_SPEECH = re.compile(r"「[^「」]{16,}」|『[^『』]{16,}』|“[^“”]{16,}”|\"[^\"]{16,}\"")
_LATIN_SPEECH = re.compile(r"“(?:[^“”\s]+\s){4}[^“”]*”|\"(?:[^\"\s]+\s){4}[^\"]*\"")
# a quotation of several sentences, which English segments sentence by sentence: its
# first sentence opens the quotation and does not close it ('"Thailand will be …
# Asia.'), its last closes one it did not open ('We will grow …," said Seiji Hasebe.')
_LATIN_SPEECH_OPENED = re.compile(r"\A\s*[“\"](?:[^“”\"\s]+\s+){3}[^“”\"]*\Z")
_LATIN_SPEECH_CLOSED = re.compile(r"\A(?:[^“”\"\s]+\s+){3}[^“”\"]*[”\"][^“”\"]*\Z")
# the same in Korean, which segments inside straight quotation marks too; either way the
# sentence holds that one mark alone (a name in quotation marks, '신작 "에테르 크로니클"을',
# 'launches "Aether Chronicle"', is no quotation cut by a sentence's end)
_CJK_SPEECH_OPENED = re.compile(r"\A\s*[“\"][^“”\"]{16,}\Z")
_CJK_SPEECH_CLOSED = re.compile(r"\A[^“”\"「」『』]{16,}[”\"][^“”\"]*\Z")


# a sentence that announces a quotation: it ends in a colon, or says the words follow
# ('次のように述べています', '以下のとおりコメントしています', '다음과 같이 말했다')
_LEAD_IN = re.compile(
    r"[:：]\s*\Z|(?:次|以下)の(?:よう|とおり|通り)|(?:다음|아래)과\s*같이|이렇게\s*(?:말|밝)"
)


def _quotes_speech(text: str, cjk: bool) -> bool:
    if not any(q in text for q in '「『“"'):
        return False  # (most sentences: no pattern run)
    if cjk:
        return (
            _CJK_SPEECH.search(text) is not None
            or _CJK_SPEECH_OPENED.match(text) is not None
            or _CJK_SPEECH_CLOSED.match(text) is not None
        )
    return (
        _LATIN_SPEECH.search(text) is not None
        or _LATIN_SPEECH_OPENED.match(text) is not None
        or _LATIN_SPEECH_CLOSED.match(text) is not None
    )


# what follows a dateline's date: a dash, or a wire's "/PRNewswire/"
_DATELINE_END = re.compile(r"\s*(?:\(\w+\)\s*)?(?:[—–―]|--?\s|/)")
_KEPT_KINDS = frozenset({"date"})  # in the body, a date is what ties a pair best
# what a sentence holds if it has an item _left_out is true of: a dateline's dash or
# slash, a bracket (a conversion, a stock code), an exchange, a zone, a designation
_MAY_LEAVE_OUT = re.compile(
    r"\A\D{0,60}?\d{1,2}[^—–―/\d]{0,20}\d*\s*(?:\(\w+\)\s*)?(?:[—–―]|--|/)"  # a dateline
    rf"|{figures._EXCHANGES}|(?<![A-Za-z])(?:{figures._ZONES})(?![A-Za-z])"
    r"|[（(](?:approx|about|around|roughly|some|c\.|約|약)|[（(]\s?(?:US|S|HK|NT|A|C)?[$¥₩€£]"
    r"|[A-Z][A-Za-z]*-\d"
)


def _left_out(item: figures.Item, text: str) -> bool:
    """Whether official translations leave ``item`` out as a rule: a stock code, a
    timestamp with its zone, a conversion, a designation, or the date of a dateline
    ("TOKYO, November 5, 2026 —"), which a Japanese or Korean release puts on a line of
    its own or drops."""
    if not item.routine:
        return False
    if item.kind not in _KEPT_KINDS:
        return True
    head = text[: item.start]
    return (
        len(head) <= 60
        and not any(c.isdigit() for c in head)
        and _DATELINE_END.match(text, item.end) is not None
    )


def _flags(one: Anchors, offset: int = 0) -> tuple[int, ...]:
    if not one.numbers:
        return ()
    if not one.routine:
        return (-1,) * len(one.numbers)
    return tuple(k + offset if k >= 0 else -1 for k in one.routine)


def _required(one: Anchors, lost: list[Value]) -> int:
    """How many of ``lost`` (numbers of ``one`` the other side lacks) count as missing: not
    those of an item left out whole (a dateline's date, a stock code), which official
    translations drop; a date of which a part is there ("2025" but not "March 4") is
    not left out but changed."""
    if not one.routine:
        return len(lost)
    gone = {id(v) for v in lost}
    kept_items = {
        k
        for v, k in zip(one.numbers, one.routine, strict=True)
        if id(v) not in gone and not _day_of(v, k, one)
    }
    return sum(
        1
        for v, k in zip(one.numbers, one.routine, strict=True)
        if id(v) in gone and (k < 0 or k in kept_items)
    )


def _day_of(value: Value, item: int, one: Anchors) -> bool:
    """Whether ``value`` is the day of a dateline's date ('SEOUL, November 20, 2026 —'):
    a Korean or Japanese version says the day alone ('…고 20일 밝혔다', '20日、発表しました'),
    and the rest of the date is left out, not changed (the year alone kept is)."""
    if item < 0 or not value.text.isdigit() or len(value.text) > 2 or not 1 <= value.value <= 31:
        return False
    parts = [v for v, k in zip(one.numbers, one.routine, strict=True) if k == item]
    if len(parts) != 3 or not any(v is value for v in parts):
        return False
    if any(not v.text.isdigit() for v in parts):  # the month in words: the other short one
        return all(v is value or not v.text.isdigit() or len(v.text) > 2 for v in parts)
    return len(parts[0].text) == 4 and parts[2] is value  # year first ('2026年11月20日')


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\b")


def _names(text: str, lang: str, cjk: bool) -> frozenset[str]:
    from prlocalize.glossary import readings

    if not cjk:
        return frozenset(readings.name_key(w) for w in _CAPITALISED.findall(text))
    if lang == "ko":
        return _korean_words(text)
    if lang != "ja":
        return frozenset()
    return frozenset(
        key
        for t in readings.japanese_tokens(text)
        if t.name and len(key := readings.japanese_key(t.romaji)) >= 2
    )


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{2,}")
# what a Korean name may have after it: a particle, or an honorific ('게이코는', '에미가', '씨')
_PARTICLE = re.compile(r"(?:으로|에게|께서|은|는|이|가|을|를|의|와|과|도|로|씨|님)\Z")


def _korean_words(text: str) -> frozenset[str]:
    """The readings of the Hangul words of a Korean text (with and without a particle),
    to meet the Japanese names it writes by their sound ('다카다 게이코는' for 高田 恵子):
    they count only where the Japanese side reads a name alike."""
    from prlocalize.glossary import readings

    keys = set()
    for word in _HANGUL_WORD.findall(text):
        for form in {word, _PARTICLE.sub("", word)}:
            if len(form) >= 2 and len(key := readings.name_key(readings.korean_romaji(form))) >= 3:
                keys.add(key)
    return frozenset(keys)


def agreement(source: Anchors, target: Anchors) -> tuple[int, int, int]:
    """(anchors on both sides, numbers and addresses on one side only, other anchors on one
    side only)."""
    matched = missed = 0
    if source.spelled or target.spelled:
        source, target = _with_spelled(source, target), _with_spelled(target, source)
    if source.today != target.today:
        source, target = _without_days(source, target), _without_days(target, source)
    if source.numbers or target.numbers:
        lost = missing_values(source.numbers, target.numbers)
        both = len(source.numbers) - len(lost)
        matched += both
        extra = max(len(target.numbers) - both, 0)
        if lost and extra:  # changed, not left out: every difference counts
            missed += len(lost) + extra
        elif lost:
            missed += _required(source, lost)
        elif extra:
            if target.routine:
                extra = _required(target, missing_values(target.numbers, source.numbers))
            missed += extra
    if source.links or target.links:
        common = Counter(source.links) & Counter(target.links)
        both = sum(common.values())
        if both < min(len(source.links), len(target.links)):
            both += _localized(
                list((Counter(source.links) - common).elements()),
                list((Counter(target.links) - common).elements()),
            )
        matched += both
        missed += len(source.links) + len(target.links) - 2 * both
    values_missed, missed = missed, 0
    if source.terms or target.terms:
        s, t = set(source.terms), set(target.terms)
        matched += len(s & t)
        missed += len(s ^ t)
    # Latin words of a CJK side must reappear on the other side; the words of an
    # English side are mostly ordinary words and prove nothing by their absence
    for one, other in ((source, target), (target, source)):
        if one.cjk and one.latin:
            both = len(one.latin & other.latin)
            matched += both
            missed += len(one.latin) - both
    if source.cjk and target.cjk:  # each side counted the words both have
        matched -= len(source.latin & target.latin)
    if source.names and target.names:
        matched += len(source.names & target.names)
    return matched, values_missed, missed


def _localized(source: list[str], target: list[str]) -> int:
    """How many of ``source``'s links ``target`` has localised: the same page in another
    language (``/en/news`` and ``/jp/news``, ``?lang=ko``), as official translations link."""
    from prlocalize.urls import language_markers, localized_link

    found = 0
    left = list(target)
    for link in source:
        for other in left:
            if any(localized_link(link, other, code) for code in language_markers(other)):
                left.remove(other)
                found += 1
                break
    return found


SPEECH_BONUS = 30.0  # both sides quote someone (less than a shared name or figure)
SECTION_BONUS = 30.0  # two labels of one section ('Media contact' and 'お問い合わせ先')
SECTION_CONFLICT = 5 * MISS_VALUE_COST  # never a pair: 'About Aoba Paper' and 'お問い合わせ先'
# never a pair: a lead-in and the quotation it announces ('加藤は次のように述べています。'
# and '“…,” said Mikio Kato.'), however much they share (the speaker's name, title and
# company: more than any gap costs, so that the lead-in is left unpaired instead)
LEAD_IN_CONFLICT = 20 * MISS_VALUE_COST


def cost(source: Anchors, target: Anchors) -> float:
    speech = _speech_cost(source, target)
    if not (source.count or target.count or source.names or target.names):
        return speech
    matched, values_missed, missed = agreement(source, target)
    return MISS_VALUE_COST * values_missed + MISS_COST * missed - MATCH_BONUS * matched + speech


def disowned(source: Anchors, target: Anchors) -> bool:
    """Whether a pair keeps nothing of what ties a translation to its source while one
    side's figures or addresses (two or more) are all lost: a translator keeps those, so
    whatever the lengths say the two sentences are not each other's translation (an
    English summary's sentence beside a paragraph it left out)."""
    if source.date_alone and target.date_alone:
        # two datelines of other dates: a translation published days after its original
        # gives its own date, which is no translation of the original's
        return _other_dates(source.date_alone, target.date_alone)
    if len(source.numbers) + len(source.links) < 2 and len(target.numbers) + len(target.links) < 2:
        return False  # (most pairs: nothing to lose)
    matched, values_missed, _ = agreement(source, target)
    return matched == 0 and values_missed >= 2


def only_new_figures(one: Anchors, other: Anchors) -> bool:
    """Whether ``one`` (a sentence) has figures and ``other`` has none of them (those an
    official translation leaves out as a rule aside), both written in CJK, which write
    their figures in digits."""
    if not one.numbers or not (one.cjk and other.cjk):
        # (English says a month or a number in words: 'ship in June' has the 6 of 6月)
        return False
    lost = missing_values(one.numbers, other.numbers)
    return len(lost) == len(one.numbers) and _required(one, lost) > 0


def _other_dates(
    one: tuple[int | None, int | None, int | None], other: tuple[int | None, int | None, int | None]
) -> bool:
    """Whether two dates differ in a part both give (a line without the year is the same
    day of any year)."""
    return any(a is not None and b is not None and a != b for a, b in zip(one, other, strict=True))


def _speech_cost(source: Anchors, target: Anchors) -> float:
    section = 0.0
    if source.section and target.section:
        if source.section != target.section:
            section = SECTION_CONFLICT
        elif source.label and target.label:
            section = -SECTION_BONUS
    if source.speech and target.speech:
        return section - SPEECH_BONUS
    if (source.lead_in and target.speech) or (target.lead_in and source.speech):
        return section + LEAD_IN_CONFLICT
    return section + (MISS_COST if source.speech != target.speech else 0.0)


def gap_cost(one: Anchors) -> float:
    """What leaving a unit unpaired loses: its anchors find no counterpart."""
    values = _required(one, list(one.numbers)) + len(one.links)
    return MISS_VALUE_COST * values + MISS_COST * (one.count - len(one.numbers) - len(one.links))
