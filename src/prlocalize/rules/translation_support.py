"""prlocalize.rules.translation_support
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Helpers the PR4xx rules share: the glossary matches of a message (computed once per
message), the accepted forms of an entry, and scanning a msgstr for words and runs
of words in a given script.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from prlocalize.catalog.compare import mask_tags
from prlocalize.glossary.abbreviations import abbreviated
from prlocalize.glossary.definitions import find_definitions, has_definition
from prlocalize.hangul import WORD_END_SYLLABLES, is_syllable, jamo
from prlocalize.invisible import visible
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import TranslationContext
from prlocalize.rules.defined_words import issuer_word_for_another
from prlocalize.rules.kanji_names import JA_TITLES_AFTER_NAME
from prlocalize.scripts import Script, expected_scripts, script_of

if TYPE_CHECKING:
    from prlocalize.catalog.figures import Difference, Item
    from prlocalize.glossary.matcher import TermMatch
    from prlocalize.glossary.model import Entry

T = TypeVar("T")

# ctx.cache: True where figure_differences found what it found by the pair's two texts
# and languages alone (no figure differed, so no glossary name was looked for)
FIGURES_OF_THE_PAIR_ALONE = "figures_of_the_pair_alone"


def figure_differences(ctx: TranslationContext) -> list[Difference]:
    """The source's figures the msgstr changes or leaves out (computed once per message)."""
    found = ctx.cache.get("figures")
    if found is None:
        from prlocalize.rules.pair_readings import (
            differences,
            english_separators,
            joined_groups,
            lanes,
            may_count_lanes,
        )

        written = mask_tags(ctx.pair.msgid), mask_tags(ctx.pair.msgstr)
        # a figure as its reader sees it: '4,\u00ad200' is 4,200 (PR412 reports the
        # soft hyphen); where each character of what is read stands in the text
        (source, source_at), (target, target_at) = visible(written[0]), visible(written[1])
        # each side's figures as English writes them ('35,1 %' in German is 35.1 %), one
        # character for one: what a finding quotes is taken from the text as written
        source = english_separators(source, ctx.source_lang)
        target = english_separators(target, ctx.locale)
        found = differences(source, target, memo=ctx.source_cache)
        # (with none, the glossary and the catalog were not asked: see NumberMismatch)
        ctx.cache[FIGURES_OF_THE_PAIR_ALONE] = not found
        if found:  # rare: only then is it worth looking for figures that are names
            if source_at is None:
                named = _without_named_figures(ctx, source, target)
            else:  # the glossary's matches are in the msgid as written
                blanked = english_separators(written[0], ctx.source_lang)
                named = visible(_without_named_figures(ctx, blanked, target))[0]
            if named != source:
                found = differences(named, target)
        if found:  # digits grouped by spaces ('1 200'), read as one figure if that fits
            joined = joined_groups(source), joined_groups(target)
            if joined != (source, target):
                again = differences(*joined)
                if len(again) < len(found):
                    found, (source, target) = again, joined
        if found and may_count_lanes(source) and may_count_lanes(target) and lanes(target):
            # a road's lanes counted otherwise ('片側2車線' as '왕복 4차선'): lanes_changed
            # compares them as the lanes in all
            counts = lanes(source)
            found = [
                d
                for d in found
                if not any(c.start <= d.item.start and d.item.end <= c.end for c in counts)
            ]
        if found and language(ctx.locale) not in _FIGURE_WORD_LANGUAGES:
            found = [d for d in found if d.changed_to is not None or _absent(d.item, target)]
        if found and (source, target) != written:
            found = [_as_written(d, *written, source_at, target_at) for d in found]
        ctx.cache["figures"] = found
    return found


# the number of a heading's or list item's marker opening a message ('1．発言要旨', '（１）概要',
# '2) 日程'): a translation may number its outline otherwise, or not at all
_OUTLINE_MARKER = lazy_compile(
    r"\s*(?:[(（]\s*)?(?:\d{1,2}|[０-９]{1,2})\s*(?:[．.](?![0-9０-９])|[)）])"
)


def outline_marker(ctx: TranslationContext, item: Item) -> bool:
    """Whether ``item``, a figure of the msgid, is the number of the marker opening it."""
    marker = _OUTLINE_MARKER.match(ctx.pair.msgid)
    return (
        marker is not None
        and item.kind == "number"
        and marker.start() <= item.start
        and item.end <= marker.end()
    )


# the day a Korean or Japanese release says it announces something ('…다고 8일 밝혔다',
# '…と8日発表しました'), which official translations give as the day of the dateline
_ANNOUNCED_ON = lazy_compile(
    r"\s?(?:에\s?)?(?:밝혔|발표했|전했|공개했|알렸|공시했)|[、,]?\s?(?:に\s?)?(?:発表|公表|明らかに)"
)
_TODAY = lazy_compile(
    r"(?<![A-Za-z])today(?![A-Za-z])|本日|今日|同日|오늘|이날|금일", re.IGNORECASE
)


def announced_today(ctx: TranslationContext, item: Item) -> bool:
    """Whether ``item``, a day of the month alone, is the day the msgid says the release
    announces its news ('…를 연다고 8일 밝혔다') and the msgstr says it as 'today' ('announced
    today', '本日発表しました'): the same day, said as official translations say it."""
    if item.kind != "date" or item.date is None or item.date[:2] != (None, None):
        return False
    msgid = ctx.pair.msgid
    at = msgid.find(item.text)
    while at >= 0:
        if (at == 0 or not msgid[at - 1].isdigit()) and _ANNOUNCED_ON.match(
            msgid, at + len(item.text)
        ):
            return _TODAY.search(ctx.pair.msgstr) is not None or _dateline_day_kept(ctx, item)
        at = msgid.find(item.text, at + 1)
    return False


def _dateline_day_kept(ctx: TranslationContext, item: Item) -> bool:
    """Whether the msgid gives ``item``'s day in full as well, as a wire release's dateline
    opens its lead ('서울--(뉴스와이어)--2027년 3월 4일 -- … 4일 밝혔다'), and the msgstr
    gives that date: the day is said there ('2027年3月4日--…を発表しました')."""
    from prlocalize.catalog.figures import items

    day = item.date[2] if item.date is not None else None
    full = {
        i.date
        for i in items(ctx.pair.msgid)
        if i.kind == "date" and i.date is not None and None not in i.date and i.date[2] == day
    }
    return bool(full) and any(i.date in full for i in items(ctx.pair.msgstr) if i.kind == "date")


# the languages whose words for figures the readers know ('the first quarter', '上半期',
# '3분기', 'five', 'May 10'): a translation into another may say a figure in words they
# cannot read ('im ersten Quartal', '10. Mai 2024')
_FIGURE_WORD_LANGUAGES = frozenset({"en", "ja", "ko"})
_DIGITS = re.compile(r"\d+")


def _absent(item: Item, target: str) -> bool:
    """Whether a figure the readers found no trace of in ``target``, written in a language
    whose words for figures they do not know, is surely not there: it has digits, and
    ``target`` lacks one of them ('first quarter' may be 'ersten Quartal'; 'May 10, 2024'
    is '10. Mai 2024' when 10 and 2024 are there)."""
    digits = _DIGITS.findall(item.text)
    if not digits:
        return False
    present = set(_DIGITS.findall(target))
    return any(run not in present for run in digits)


def _as_written(
    difference: Difference,
    source: str,
    target: str,
    source_at: list[int] | None = None,
    target_at: list[int] | None = None,
) -> Difference:
    """``difference`` quoting its figures as ``source`` and ``target`` write them
    (``*_at``: where each character read stands in them, when some were left out)."""
    from dataclasses import replace

    def written(item: Item, text: str, at: list[int] | None) -> Item:
        start, end = item.start, item.end
        if at is not None:
            start, end = at[start], (at[end - 1] + 1 if end > start else at[start])
        return replace(item, text=text[start:end], start=start, end=end)

    item, other = difference.item, difference.changed_to
    item = written(item, source, source_at)
    if other is not None:
        other = written(other, target, target_at)
    return replace(difference, item=item, changed_to=other)


def _without_named_figures(ctx: TranslationContext, source: str, target: str) -> str:
    """``source`` with the digits of a glossary name blanked where the msgstr renders the
    name by an approved form that has none: "Nikkei 225" is 日経平均株価, and its 225 is
    part of a name, not a figure to keep ("Windows 11" as "Windows 11" is still compared).
    """
    chars: list[str] | None = None
    for match in source_matches(ctx):
        span = source[match.start : match.end]
        if not any(c.isdigit() for c in span):
            continue
        forms = accepted_forms(match, ctx.locale)
        rendered = any(f in target and not any(c.isdigit() for c in f) for f in forms)
        if not rendered and not referred_to_again(ctx, match.entry, forms):
            continue  # (named by the word for it, '本製品', its number is the name's too)
        if chars is None:
            chars = list(source)
        for i in range(match.start, match.end):
            if chars[i].isdigit():
                chars[i] = " "
    return source if chars is None else "".join(chars)


def source_matches(ctx: TranslationContext) -> list[TermMatch]:
    """Glossary matches of the msgid in the source language (computed once per message)."""
    found = ctx.cache.get("source_matches")  # (translation_checking.SOURCE_MATCHES)
    if found is None:
        from prlocalize.glossary.glued_offices import with_offices_after_places

        matcher = ctx.source_matcher
        masked = mask_tags(ctx.pair.msgid)
        found = with_offices_after_places(masked, matcher.find(masked), matcher)
        ctx.cache["source_matches"] = found
    return found


def read_of_source(ctx: TranslationContext, key: str, read: Callable[[list[TermMatch]], T]) -> T:
    """``read(source_matches(ctx))``, kept in the msgid's memo (``ctx.source_cache``)
    beside the matches it was read from: another catalog of the release, whose msgid has
    the same matches, takes it from there, and one whose matches differ (another release
    defines other short forms) reads it again. ``read`` may look at the msgid and its
    language, nothing of the msgstr; ``key`` is its own."""
    matches = source_matches(ctx)
    kept = ctx.source_cache.get(key)
    if kept is not None and kept[0] == matches:
        found: T = kept[1]
        return found
    found = read(matches)
    ctx.source_cache[key] = (list(matches), found)
    return found


def target_matches(ctx: TranslationContext) -> list[TermMatch]:
    """Glossary matches of the msgstr in the catalog's locale."""
    found = ctx.cache.get("target_matches")
    if found is None:
        found = ctx.cache["target_matches"] = ctx.target_matcher.find(mask_tags(ctx.pair.msgstr))
    return found


def outermost(matches: list[TermMatch]) -> list[TermMatch]:
    """The matches not inside a longer one, in the text's order."""
    ordered = sorted(matches, key=lambda m: (m.start, -m.end))
    out: list[TermMatch] = []
    for match in ordered:
        if out and match.start < out[-1].end:
            continue
        out.append(match)
    return out


def accepted_forms(match: TermMatch, locale: str) -> tuple[str, ...]:
    term = match.entry.term(locale)
    forms = term.accepted if term else ()
    approved = match.entry.approved(locale)
    forms = (approved, *forms) if approved and approved not in forms else forms
    if match.entry.kind in ("title", "term") and forms:
        # (its words as English abbreviates them: 'Assoc. Prof.', 'PhD candidate')
        forms = (*forms, *(short for form in forms for short in abbreviated(form)))
    return forms


def outside_longer_names(
    forms: Sequence[str], msgstr: str, in_target: list[TermMatch], entry_id: str
) -> str:
    """``msgstr`` with the longer glossary names of other entries that hold one of
    ``forms`` (a title's approved forms) written over with spaces: '장관' of '한일 디지털
    장관회의', '大臣' of '日韓デジタル大臣会合' name a meeting, not the post the source
    gives, and do not render it. A longer title ('상무집행임원' of '집행임원') is left: it
    is that title of another rank, which the rank checks tell."""
    for t in in_target:
        if t.entry.id == entry_id or t.entry.kind == "title":
            continue
        name = msgstr[t.start : t.end]
        if any(form and len(form) < len(name) and form in name for form in forms):
            msgstr = msgstr[: t.start] + " " * (t.end - t.start) + msgstr[t.end :]
    return msgstr


def more_specific_title(
    match: TermMatch,
    in_target: list[TermMatch],
    source_lang: str,
    in_source: Sequence[TermMatch] = (),
) -> bool:
    """Whether the translation uses a more specific title that contains this one.

    "Minister" is 大臣 in general, but "Minister, Ministry of SMEs and Startups" is
    長官; a translation using the latter renders the former correctly. But where the
    source gives the specific title as often itself (``in_source``: the msgid's
    matches), it renders that one, and a glossary title the source does not give at all
    is what this one became: 'Minister for Internal Affairs and Communications … and
    Minister of Science and ICT …' as '총무대신 … 과학기술정보통신부 차관' makes the second
    minister a vice minister.
    """
    if match.entry.kind != "title":
        return False
    said_ids = {m.entry.id for m in in_source}
    another_rank = any(
        t.entry.kind == "title" and t.kind in {"approved", "variant"} and t.entry.id not in said_ids
        for t in in_target
    )
    word = match.text.casefold()
    for other in in_target:
        if other.entry.kind != "title" or other.entry.id == match.entry.id:
            continue
        if other.kind not in {"approved", "variant"}:
            continue
        said = sum(1 for m in in_source if m.entry.id == other.entry.id) if another_rank else 0
        if said and said >= sum(1 for m in in_target if m.entry.id == other.entry.id):
            continue
        source_form = (other.entry.approved(source_lang) or "").casefold()
        if word in source_form and not _of_another_rank(source_form, word):
            return True
    return False


# a word before a title that makes it another rank: a vice minister is no minister
_RANKS = frozenset(
    {"vice", "deputy", "assistant", "associate", "acting", "senior", "junior", "former",
     "honorary", "sub", "under", "state", "parliamentary", "副", "부"}
)  # fmt: skip


def _of_another_rank(title: str, word: str) -> bool:
    """Whether every ``word`` in ``title`` (both folded) follows a word of rank ('vice
    minister', 'deputy director', 'under-secretary')."""
    start = title.find(word)
    while start != -1:
        before = re.split(r"[\s-]+", title[:start].rstrip(" -"))[-1]
        if before not in _RANKS:
            return False
        start = title.find(word, start + 1)
    return True


# A word of rank right before a title in the translation makes it another office, one the
# source does not name: 상무집행임원 (managing) is no plain 집행임원, 'Vice Minister' no
# minister, 副社長 no 社長 (a Korean 부 only where it starts the word: 본부 is no rank)
_RANK_WORDS_EN = (
    "[Vv]ice|[Dd]eputy|[Aa]ssistant|[Aa]ssociate|[Ss]enior|[Jj]unior|[Mm]anaging|[Ss]ub|[Uu]nder"
)
_RANK_WORDS_CJK = "副|常務|専務|상무 ?|전무 ?"
# ... and a professor's: 准教授 (associate), 客員 (visiting), 特任 (specially appointed),
# 名誉 (emeritus) are other posts than 教授; so are 객원, 특임 and 명예 교수
_ACADEMIC_RANKS = "准|客員|特任|名誉|객원 ?|특임 ?|명예 ?"
_RANK_BEFORE = lazy_compile(
    rf"(?:(?<![A-Za-z])(?:{_RANK_WORDS_EN})[ -]|{_RANK_WORDS_CJK}|{_ACADEMIC_RANKS}"
    r"|(?<![\uac00-\ud7a3])부)\Z"
)
# ... unless the source says a rank there itself, this one or another the glossary's title
# leaves out ('上席執行役員' is rightly 'Senior Executive Officer', '前社長' 'former President')
_RANK_IN_SOURCE = lazy_compile(
    rf"(?:(?<![A-Za-z])(?:{_RANK_WORDS_EN}|[Aa]cting|[Ff]ormer|[Cc]hief|[Ee]xecutive|"
    rf"[Hh]onorary|[Vv]isiting|[Ee]meritus)[ -]|{_RANK_WORDS_CJK}|{_ACADEMIC_RANKS}|上席|主席|"
    r"首席|前|元|代行|수석 ?|선임 ?|전 |부)\Z"
)


def title_of_another_rank(
    ctx: TranslationContext, match: TermMatch, accepted: tuple[str, ...]
) -> str | None:
    """The title as the msgstr writes it ('Vice Minister of Science and ICT',
    '상무집행임원') where every accepted form of ``match``, a title, follows a word of rank
    the msgid does not say before it; None otherwise."""
    msgid = ctx.pair.msgid
    if _RANK_IN_SOURCE.search(msgid[max(0, match.start - 12) : match.start]):
        return None
    msgstr = ctx.pair.msgstr
    ranked: str | None = None
    for form in accepted:
        start = msgstr.find(form) if form else -1
        while start != -1:
            rank = _RANK_BEFORE.search(msgstr[max(0, start - 12) : start])
            if rank is None:
                return None
            ranked = ranked or msgstr[start - len(rank[0]) : start + len(form)]
            start = msgstr.find(form, start + 1)
    return ranked


def misdefined_short_forms(ctx: TranslationContext) -> Iterator[tuple[str, TermMatch]]:
    """(short form, the name it is defined for) where the msgstr defines as the short form
    of a glossary name the msgid does not give the glossary's name of one it does give:
    '고토부키홀딩스 주식회사(이하 '고토부키코리아')' for '寿コリア株式会社（以下「寿コリア」）',
    the translator's slip of the company, which the short form then hides."""
    msgstr = mask_tags(ctx.pair.msgstr)
    if not has_definition(msgstr):
        return  # (nearly every message)
    in_source = {match.entry.id for match in source_matches(ctx)}
    in_target = target_matches(ctx)
    for definition in find_definitions(msgstr):
        named = _named_just_before(msgstr, definition.start, in_target)
        if named is None or named.entry.id in in_source:
            continue
        for match in ctx.target_matcher.find(definition.form):
            whole = match.start == 0 and match.end == len(definition.form)
            if whole and match.kind in {"approved", "variant"} and match.entry.id in in_source:
                if not _one_name_in_another(match.entry, named.entry, ctx.locale):
                    yield definition.form, named
                break


def short_forms_of_another(ctx: TranslationContext) -> Iterator[tuple[str, TermMatch, str]]:
    """(short form, the name it is defined for, the name it shortens) where the msgstr
    defines for a body the msgid names the short form of another body the msgid also
    names: '기요세푸드 주식회사(도쿄증권거래소 스탠더드: 2931, 이하 '노스게이트')' in a
    sentence that names Kiyose Foods and Northgate Capital Partners, a slip that makes
    every later '노스게이트' mean the other company."""
    msgstr = mask_tags(ctx.pair.msgstr)
    if not has_definition(msgstr):
        return  # (nearly every message)
    in_source = {match.entry.id: match.entry for match in source_matches(ctx)}
    in_target = target_matches(ctx)
    for definition in find_definitions(msgstr):
        named = _named_before_bracket(msgstr, definition.start, in_target)
        if named is None or named.entry.id not in in_source or len(definition.form) < 3:
            continue
        own = named.entry.approved(ctx.locale) or ""
        if definition.form in own:
            continue  # its own name or a part of it ('Kiyose Foods', '기요세푸드')
        for entry in in_source.values():
            other = entry.approved(ctx.locale) or ""
            if (
                entry.id != named.entry.id
                and other.startswith(definition.form)
                and not _one_name_in_another(entry, named.entry, ctx.locale)
            ):
                yield definition.form, named, other
                break


def _named_before_bracket(text: str, start: int, matches: list[TermMatch]) -> TermMatch | None:
    """The glossary name right before the bracket that holds ``start`` (a definition
    after a listing or a profile: '기요세푸드 주식회사(도쿄증권거래소 …, 이하 '…')')."""
    opening = max(text.rfind("(", 0, start), text.rfind("（", 0, start))
    if opening < 0 or any(c in text[opening:start] for c in ")）"):
        return None
    before = [m for m in matches if m.end <= opening and not text[m.end : opening].strip()]
    return max(before, key=lambda m: m.end) if before else None


def _named_just_before(text: str, start: int, matches: list[TermMatch]) -> TermMatch | None:
    """The glossary name right before the bracket that holds a definition at ``start``."""
    before = [m for m in matches if m.end <= start]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    gap = text[last.end : start]
    return last if len(gap) <= 16 and gap.lstrip()[:1] in {"(", "（"} else None


def _one_name_in_another(a: Entry, b: Entry, locale: str) -> bool:
    """Whether two glossary entries name one body, the one's name inside the other's
    ('고토부키코리아' in '고토부키코리아 주식회사')."""
    x, y = a.approved(locale) or "", b.approved(locale) or ""
    return bool(x and y) and (x in y or y in x)


def written_in(form: str, text: str) -> bool:
    """Whether ``text`` holds ``form``, a form ending in a Latin letter as a whole word:
    'Sewon Displays' is no 'Sewon Display' (an affiliate named in a form of its own),
    while Japanese and Korean run a name into the words after it ('Sewon Displayの')."""
    start = text.find(form)
    if start < 0 or not ("A" <= form[-1] <= "Z" or "a" <= form[-1] <= "z"):
        return start >= 0
    while start >= 0:
        after = text[start + len(form) : start + len(form) + 1]
        if not ("A" <= after <= "Z" or "a" <= after <= "z"):
            return True
        start = text.find(form, start + 1)
    return False


def opening_a_misspelt_name(form: str, text: str, names: Sequence[str]) -> bool:
    """Whether ``text`` writes the short form ``form`` only as the opening of a name one
    letter off one of ``names`` (the full names it shortens): 'ダオンバイオロジックス' for
    'ダオンバイオロジクス', 'Aoba Denkou' for 'Aoba Denko', '아오바전기' for '아오바전공'
    hold the short forms 'ダオン', 'Aoba', '아오바', but are the full name misspelt."""
    longer = [n for n in names if len(n) > len(form) + 1 and n.startswith(form)]
    start = text.find(form)
    if not longer or start < 0:
        return False
    from rapidfuzz.distance import OSA  # here: most translations never get this far

    while start >= 0:
        if not _opens_near_miss(text, start, longer, OSA.distance):
            return False
        start = text.find(form, start + 1)
    return True


def _opens_near_miss(
    text: str, start: int, names: Sequence[str], distance: Callable[[str, str], int]
) -> bool:
    for name in names:
        for end in range(start + len(name) - 1, min(start + len(name) + 1, len(text)) + 1):
            written = text[start:end]
            if _latin(written[-1]) and end < len(text) and _latin(text[end]):
                continue  # not the end of a word: 'Aoba Denko' of 'Aoba Denkou'
            if written.casefold() == name.casefold():
                return False  # the name itself ('Hanbit energy' is a word after it)
            if distance(written, name) <= 1:
                return True
    return False


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """Maximal runs of letters of one script (so "Ueno氏" is two words)."""
    start = None
    current = None
    for i, char in enumerate([*text, " "]):
        script = script_of(char) if char.isalpha() else None
        if start is not None and script != current:
            yield text[start:i], start, i
            start = None
        if script is not None and start is None:
            start, current = i, script


def is_foreign(char: str, locale: str) -> bool:
    return script_of(char) not in expected_scripts(locale)


def runs(text: str, scripts: frozenset[Script]) -> Iterator[tuple[int, int, int]]:
    """Runs of words written in ``scripts`` with only spaces, digits or punctuation between.
    Latin letters joined by a hyphen or digits with no space are one word ('t-CO2e',
    'COVID-19-related'), as a unit or a designation is."""
    run_start = run_end = -1
    count = 0
    for word, start, end in words(text):
        if all(script_of(c) in scripts for c in word):
            gap = text[run_end:start]
            if count and gap.strip(" ,.;:&'’\"-/()0123456789") == "":
                joined = gap.strip("-0123456789") == "" and word.isascii()
                run_end, count = end, count + (0 if joined and text[run_end - 1].isascii() else 1)
                continue
            if count:
                yield run_start, run_end, count
            run_start, run_end, count = start, end, 1
        else:
            if count:
                yield run_start, run_end, count
            count = 0
    if count:
        yield run_start, run_end, count


# Japanese text: kana and kanji together (one quantifier: linear)
_JAPANESE_TEXT = lazy_compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆ー]+")
_HIRAGANA = lazy_compile("[\u3041-\u309f]")


def japanese_runs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of Japanese sentence text in ``text``: a run of kana and kanji with two
    hiragana letters or more (its particles and endings), or two kanji words joined by
    the particle の ('新会社の資本金'), which no Korean text writes; a kanji word ('日
    정부') or a katakana name alone is not one, nor a name in brackets
    ('홋토히토이키(ほっとひといき)': the original beside the translator's reading)."""
    if _HIRAGANA.search(text) is None:
        return
    for match in _JAPANESE_TEXT.finditer(text):
        start, end = match.span()
        quoted = text[start - 1 : start] in _OPENERS and text[end : end + 1] in _CLOSERS
        if quoted:
            continue
        if len(_HIRAGANA.findall(match[0])) >= 2 or _KANJI_NO_KANJI.search(match[0]):
            yield start, end


# two kanji words joined by the particle の: Japanese, which Korean never writes
_KANJI_NO_KANJI = lazy_compile("[\u4e00-\u9fff々]の[\u4e00-\u9fff]")


# Korean text: Hangul words with the spaces between them (each space before a word: linear)
_KOREAN_TEXT = lazy_compile("[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)*")


def korean_runs(text: str, written: str | None = None) -> Iterator[tuple[int, int]]:
    """Spans of Korean text in ``text``, a Japanese translation (``written`` as it is
    written, before names were blanked out of it): Japanese writes no Hangul, so a run of
    two syllables or more is Korean left untranslated ('자세한 내용은 公式サイトで'), and so
    is one syllable written onto a Japanese word or a name ('院長님は', 'イ・ミンジュン씨',
    an honorific or a particle left); a name in brackets beside its reading ('ハンビット
    （한빛）') is not."""
    written = text if written is None else written
    for match in _KOREAN_TEXT.finditer(text):
        start, end = match.span()
        quoted = text[start - 1 : start] in _OPENERS and text[end : end + 1] in _CLOSERS
        if quoted:
            continue
        onto = written[start - 1 : start] + written[end : end + 1]
        if end - start >= 2 or any(_japanese_letter(char) for char in onto):
            yield start, end


def _japanese_letter(char: str) -> bool:
    """Whether ``char`` is a kana or a kanji (a Japanese word's letter)."""
    return bool(char) and script_of(char) in {Script.HIRAGANA, Script.KATAKANA, Script.HAN}


_OPENERS = frozenset("(（「『'\"‘“")
_CLOSERS = frozenset(")）」』'\"’”")


# a name in brackets or quotes: 「…」, 『…』, （…）, (…), “…”, "…"
# (or in the single quotes a Korean release sets a title in: 'Neurology Open', ‘Nature’)
_BRACKETED = lazy_compile(
    r"[「『（(“\"]([^「」『』（）()“”\"]{2,160})[」』）)”\"]|['‘]([^'‘’\n]{2,160})['’]"
)


# a title set in italics or as a citation, as the source sets it ('<em>Journal of
# Cardiac Rhythm</em>'): a journal's, a book's or a film's name, which stays in English
_EMPHASISED = lazy_compile(r"<(em|i|cite)>([^<>]{2,160})</\1>")
# a web address written without its scheme ('kestrel-robotics.example/news'), as a
# link's text often is: a host name of two labels or more, and its path
_BARE_ADDRESS = lazy_compile(
    r"(?<![\w.@/-])(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63})*"
    r"\.[A-Za-z]{2,24}(?:/[\w/.%~+-]*)?"
)


def kept_names(msgid: str, msgstr: str) -> list[tuple[int, int]]:
    """Spans of ``msgstr`` holding an English name kept as the source writes it: in
    brackets (「Takeda Innovation Program for Startups」) or italics (a journal's title),
    or a web address without its scheme: official names and addresses are not
    translated."""
    spans = []
    for match in _BRACKETED.finditer(msgstr):
        group = 1 if match.group(1) is not None else 2
        inner = match.group(group).strip()
        if group == 2 and not _title_cased(inner):
            continue  # a sentence in single quotes is a quotation left in English
        if inner[:1].isascii() and inner[:1].isupper() and inner in msgid:
            spans.append((match.start(group), match.end(group)))
    if "(" in msgid:
        for name in _expanded_acronyms(msgid):
            start = msgstr.find(name)
            if start >= 0:
                spans.append((start, start + len(name)))
    if "</" in msgstr:
        for match in _EMPHASISED.finditer(msgstr):
            if match[0] in msgid and match[2][:1].isascii() and match[2][:1].isupper():
                spans.append((match.start(2), match.end(2)))
    if "." in msgstr:
        for match in _BARE_ADDRESS.finditer(msgstr):
            if match[0] in msgid:
                spans.append(match.span())
        for match in _INITIALLED_NAME.finditer(msgstr):
            if match[0] in msgid:
                spans.append(match.span())
    if ", " in msgstr:
        spans += _kept_postal_addresses(msgid, msgstr)
    return spans


# a company's legal form in Latin letters after its name ('Carrow Semiconductor Inc.',
# 'Brennan & Holt LLP', 'Whitcombe Advisory LLC'): a foreign company has no Japanese or
# Korean name, and a career line or a partner's mention keeps the name it registered
_LATIN_LEGAL_FORM = lazy_compile(
    r",? (?:Co\., ?Ltd|Inc|LLC|LLP|L\.P|LP|Ltd|Limited|Corp|Corporation|GmbH|AG|SE|AB|AS|"
    r"ASA|plc|PLC|S\.A|SA|SAS|N\.V|B\.V|K\.K|Pte\.? Ltd|Pty\.? Ltd)(?![A-Za-z0-9])\.?"
)
# the words that may join a company name's capitalised words ('Brennan & Holt LLP')
_NAME_JOINING_WORDS = frozenset({"&", "and", "of"})
_NAME_LETTERS = frozenset("&'’.-")


def kept_company_names(msgid: str, msgstr: str) -> list[tuple[int, int]]:
    """Spans of ``msgstr`` holding a company's name in Latin letters with its legal
    form, as the source writes it: the name's capitalised words (up to eight, '&',
    'and' or 'of' between them) back from the legal form. Only words of the source
    left (PR408) are judged so: a glossary company kept in English is a name the
    translation did not give in its approved form (PR401)."""
    spans = []
    for match in _LATIN_LEGAL_FORM.finditer(msgstr):
        start = i = match.start()
        for _ in range(8):
            j = i
            while (
                j > 0
                and msgstr[j - 1].isascii()
                and (msgstr[j - 1].isalnum() or msgstr[j - 1] in _NAME_LETTERS)
            ):
                j -= 1
            word = msgstr[j:i]
            if word[:1].isupper() or word[:1].isdigit():
                start = j
            elif word not in _NAME_JOINING_WORDS:
                break
            if j == 0 or msgstr[j - 1] != " ":
                break
            i = j - 1
        if start < match.start() and msgstr[start : match.end()] in msgid:
            spans.append((start, match.end()))
    return spans


# a postal address in Latin letters, as a release gives an office abroad ('350 Fifth
# Avenue, Suite 1200, New York, NY 10118, USA'): parts between commas, one of them a
# street number with its street; a translation keeps it for the post to read. Parts are
# whole words, each taken once, so a long run is not scanned again from each letter
_ADDRESS_PART = r"[A-Za-z0-9#][A-Za-z0-9.#'’&/-]*+(?: [A-Za-z0-9#][A-Za-z0-9.#'’&/-]*+)*+"
# (a part opens nowhere inside a run of words either: each word of a long English run
# would be a start, each scanning the rest of the run)
_POSTAL_ADDRESS = lazy_compile(
    rf"(?<![A-Za-z0-9_.#'’&/-])(?<![A-Za-z0-9.] ){_ADDRESS_PART}(?:, {_ADDRESS_PART}){{2,}}"
)
_STREET_PART = lazy_compile(
    r"(?<![0-9-])[0-9]++(?:-[0-9]++)*+[A-Za-z]? [A-Z][a-z]|(?:Suite|Unit|Floor|Room) [0-9]"
)


def _kept_postal_addresses(msgid: str, msgstr: str) -> list[tuple[int, int]]:
    """Spans of ``msgstr`` holding a Latin postal address whose every part the source
    writes too (in its order or another: 'Suite 1200' before or after the street)."""
    spans = []
    for match in _POSTAL_ADDRESS.finditer(msgstr):
        parts = match[0].split(", ")
        if any(_STREET_PART.match(part) for part in parts) and all(part in msgid for part in parts):
            spans.append(match.span())
    return spans


# a person named with initials, as an author list or a citation writes them ('R. K.
# Mensah', 'Daniel P. Oyelaran', 'J.-W. Seo'): a name a translation keeps as written, no
# English words left; initials are never words of a sentence
_INITIALLED_NAME = lazy_compile(
    r"(?<![\w.])(?:[A-Z][a-z]+ )?(?:[A-Z]\.(?:-[A-Z]\.)? )+"
    r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?![A-Za-z])"
)


# a name the source spells out before its acronym: 'the Science Based Targets initiative
# (SBTi)', 'Task Force on Climate-related Financial Disclosures (TCFD)'. Tried from a word's
# start only, each word taken whole: a long run of letters is not scanned again from each
# of its letters (test_linear_time)
_BEFORE_ACRONYM = lazy_compile(
    r"(?<![\w'’&-])((?:[A-Za-z][\w'’&-]*+\s++){1,8}?)[(（]([A-Z][A-Za-z0-9]{1,9})[)）]"
)


def _expanded_acronyms(msgid: str) -> list[str]:
    """The names ``msgid`` spells out before their acronyms in brackets, and each of their
    openings of two or more words ('Science Based Targets' of 'Science Based Targets
    initiative (SBTi)'): an official English name a translation may keep as it is
    ('SBTi（Science Based Targetsイニシアティブ）')."""
    names: list[str] = []
    for match in _BEFORE_ACRONYM.finditer(msgid):
        words = match[1].split()
        letters = list(match[2].casefold())
        first = _acronym_start(words, letters)
        if first is None:
            continue
        name = words[first:]
        for k in range(len(name), 1, -1):
            if all(w[:1].isupper() or w.casefold() in _MINOR_WORDS for w in name[:k]):
                names.append(" ".join(name[:k]))
    return names


def _acronym_start(words: list[str], letters: list[str]) -> int | None:
    """Where the name that ``letters`` abbreviates starts among ``words`` (the nearest word
    from which the initials of the significant words hold the letters in order, the first
    its own, with at most two words the acronym skips: 'Task Force on Climate-related
    Financial Disclosures' for TCFD), else None."""
    significant = [i for i, w in enumerate(words) if w.casefold() not in _MINOR_WORDS]
    for n in range(len(letters), min(len(letters) + 2, len(significant)) + 1):
        start = significant[-n]
        initials = iter(words[i][0].casefold() for i in significant[-n:])
        if words[start][0].casefold() == letters[0] and all(c in initials for c in letters):
            return start
    return None


def _title_cased(text: str) -> bool:
    """Whether every word of ``text`` but the minor ones opens with a capital or a digit,
    as a title does ('Neurology Open', 'Journal of Cardiac Rhythm')."""
    words = text.split()
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _MINOR_WORDS for w in words)


def acronym_kept(term: str, msgstr: str) -> bool:
    """Whether ``msgstr`` keeps the English acronym of ``term`` as a word of its own ('CEO'
    for 'Chief Executive Officer', 'SVP' for 'Senior Vice President'), as official
    Japanese and Korean releases write titles as often as they translate them. Only a
    term of three or more significant words: a two-letter acronym is too often another
    word's."""
    words = [w for w in _TERM_WORD.findall(term) if w.casefold() not in _MINOR_WORDS]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return False
    acronym = "".join(w[0] for w in words)
    return re.search(rf"(?<![A-Za-z]){acronym}(?![A-Za-z])", msgstr) is not None


_TERM_WORD = lazy_compile(r"[A-Za-z][A-Za-z'’-]*")
# an acronym in brackets right after a name: '미국 식품의약국(FDA)', '欧州医薬品庁（EMA）'
_ACRONYM_AFTER = lazy_compile(r"\s?[(（]([A-Z][A-Za-z0-9&]{1,9})[)）]")


def source_acronym_kept(msgid: str, end: int, msgstr: str) -> bool:
    """Whether the msgid gives the name ending at ``end`` its acronym in brackets
    ('미국 식품의약국(FDA)') and ``msgstr`` names it by that acronym alone ('FDA
    approval'), as official English writes a body known by its letters. An acronym the
    msgstr defines in brackets after a name of its own ('アジア災害救援ネットワーク(ADRN)'
    in a Korean msgstr) names the body by that name, which is not the approved one."""
    found = _ACRONYM_AFTER.match(msgid, end)
    if found is None:
        return False
    for kept in re.finditer(rf"(?<![A-Za-z]){found[1]}(?![A-Za-z])", msgstr):
        if _DEFINED_AFTER_A_NAME.search(msgstr, 0, kept.start()) is None:
            return True
    return False


# a bracket opened right after a word, at the end of what comes before an acronym
_DEFINED_AFTER_A_NAME = lazy_compile(r"[^\s(（][(（]\s?$")


_MINOR_WORDS = frozenset({"of", "and", "the", "for", "&", "in", "on", "at", "to"})


_MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "OSAKA, Japan, April 22, 2024 /PRNewswire/ --", "TOKYO and CAMBRIDGE, Mass., May 10, 2024 -"
_DATELINE = lazy_compile(
    rf"^\s*[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.'’ -]*)*(?:\s+and\s+[A-Z][A-Z.'’ -]+"
    rf"(?:,\s*[A-Z][\w.'’ -]*)*)?,\s*{_MONTH_NAMES}\s+\d{{1,2}},\s*\d{{4}}"
    r"(?:\s*/[^/\n]{1,40}/)?\s*(?:--|[-–—])?"
)


# a Japanese or Korean release's dateline: its place (one or two words of Hangul, kana or
# kanji) and the date, bracketed as Korean releases and wires set it ('[서울=2026년 12월 8일]',
# '【東京、2026年12月8日】', '(서울=2026.12.8)') or followed by a dash ('東京、2026年12月8日――')
_CJK_PLACE = r"[\uac00-\ud7a3\u30a0-\u30ff\u4e00-\u9fff]{1,12}(?: [\uac00-\ud7a3]{1,8})?"
_CJK_DATE = (
    r"(?:\d{4}\s?[년年]\s?)?\d{1,2}\s?[월月]\s?\d{1,2}\s?[일日]"
    r"(?:\s?[(（][월화수목금토일月火水木金土日][)）])?"
    r"|\d{4}[./]\s?\d{1,2}[./]\s?\d{1,2}\.?"
)
_CJK_DATELINE = lazy_compile(
    rf"^\s*(?:[\[【(（]\s*{_CJK_PLACE}\s*[=＝,，、]\s*(?:{_CJK_DATE})\s*[\]】)）]"
    rf"|{_CJK_PLACE}\s*[,，、]\s*(?:{_CJK_DATE})\s*(?:--|[-–—―─]{{1,2}}))"
)


def dateline_end(msgid: str) -> int:
    """Where the dateline opening ``msgid`` ends (0 without one), in English ('TOKYO,
    December 8, 2026 —'), Japanese or Korean ('[서울=2026년 12월 8일]'), set in bold or not."""
    masked = mask_tags(msgid) if "<" in msgid[:40] else msgid
    found = _DATELINE.match(masked) or _CJK_DATELINE.match(masked)
    return found.end() if found else 0


def in_listing(ctx: TranslationContext, match: TermMatch) -> bool:
    """Whether ``match`` is part of a stock listing of the msgid ('(코스닥시장: 123456)',
    '(Tokyo Stock Exchange: 9517)'): translations routinely drop the listing or give it in
    their own words; figure-left-out reports what it left out."""
    spans = ctx.cache.get("listings")
    if spans is None:
        from prlocalize.catalog.figures import items

        found = (
            items(mask_tags(ctx.pair.msgid))
            if "(" in ctx.pair.msgid or "（" in ctx.pair.msgid
            else []
        )
        spans = ctx.cache["listings"] = [(i.start, i.end) for i in found if i.kind == "stock"]
    return any(start <= match.start and match.end <= end for start, end in spans)


# A company's profile in a bracket after its name, as Japanese and Korean releases open:
# '（本社：横浜市、代表取締役社長：佐藤健二、以下「ノースウィンド」）', '(대표 김민준, 이하
# 노스윈드)', '(본사: 서울, 대표이사: 김민준)'. Official translations drop it but for the
# short form it defines. A bracket counts when one of its parts opens with a field label.
_ASIDE = lazy_compile(r"[（(]([^()（）]{1,300})[)）]")
_ASIDE_PART = lazy_compile(r"[、，,;；]\s*")
_PROFILE_LABEL = lazy_compile(
    # a label and a colon ('本社：', 'Headquarters:'); in Korean the colon may be left out
    # ('대표 김민준'); never a bracket that only says what someone is ('(President and CEO)')
    r"(?:本社|本社所在地|所在地|本店|代表者?|代表取締役[^\s：:、]{0,12}|社長|会長|理事長|学長|"
    r"設立|資本金|従業員数|URL|본사|본점|대표(?:이사)?(?:\s?(?:사장|회장))?|회장|사장|설립|"
    r"Headquarters|HQ|President|CEO|Representative|"
    # any head's title: 頭取, 学長, 理事長 ('（頭取：山田太郎）')
    r"[\u4e00-\u9fff]{0,6}(?:長|頭取))\s*[：:]"
    r"|(?:본사|대표(?:이사)?(?:\s?(?:사장|회장))?|회장|사장)\s[\uac00-\ud7a3]"
    # a head's title and a name of two to four syllables: '(은행장 이서연', '(총장 김철수'
    r"|[\uac00-\ud7a3]{0,6}장\s[\uac00-\ud7a3]{1,4}(?:\s[\uac00-\ud7a3]{1,4})?$"
)


_DEFINING = lazy_compile(r"以下|略称|通称|이하|약칭|here(?:in)?after", re.IGNORECASE)


def _defining_from(aside: re.Match[str]) -> int:
    """Where the definition of a short form starts in a profile bracket (its end if none)."""
    found = _DEFINING.search(aside.group(1))
    return aside.start(1) + found.start() if found else aside.end(1)


def in_profile_aside(ctx: TranslationContext, match: TermMatch) -> bool:
    """Whether ``match`` is in a company profile bracket of the msgid (its head office,
    its representative: '（本社：横浜市、代表：佐藤健二）') that the translation leaves out
    as a whole: no glossary term in the bracket is rendered in the msgstr. A translation
    that keeps the bracket and renders one of its terms is still checked for the others."""
    asides = _profile_asides(ctx)
    for start, end, defining in asides:
        if start <= match.start and match.end <= end:
            # the short form the bracket defines is the company the translation names
            # ('이하 "하나은행"'): not a part of the profile it keeps
            inside = [m for m in source_matches(ctx) if start <= m.start and m.end <= defining]
            msgstr = ctx.pair.msgstr
            if any(form in msgstr for m in inside for form in accepted_forms(m, ctx.locale)):
                return False
            return not _a_profile_kept(mask_tags(ctx.pair.msgid), msgstr, asides)
    return False


def _profile_asides(ctx: TranslationContext) -> list[tuple[int, int, int]]:
    """The msgid's company profile brackets: each one's span and where a short form's
    definition in it starts."""
    asides: list[tuple[int, int, int]] | None = ctx.cache.get("profile_asides")
    if asides is None:
        source = mask_tags(ctx.pair.msgid)
        asides = ctx.cache["profile_asides"] = [
            (*aside.span(1), _defining_from(aside))
            for aside in (_ASIDE.finditer(source) if "(" in source or "（" in source else ())
            if any(_PROFILE_LABEL.match(part) for part in _ASIDE_PART.split(aside.group(1).strip()))
        ]
    return asides


def figure_in_dropped_profile(ctx: TranslationContext, item: Item) -> bool:
    """Whether ``item``, a figure of the msgid the translation does not have, is in a
    company profile bracket the translation leaves out as a whole ('（本社：東京都千代田区
    丸の内1-2-3、資本金：12億円）' dropped, as official translations drop it): its address,
    capital or staff are not figures the translation lost. A translation that keeps a
    figure of the bracket, or a bracket of its own, kept the profile."""
    asides = _profile_asides(ctx)
    for start, end, _ in asides:
        if start <= item.start and item.end <= end:
            msgid = mask_tags(ctx.pair.msgid)
            if _a_profile_kept(msgid, ctx.pair.msgstr, asides):
                return False
            from prlocalize.catalog.figures import items

            missing = {
                (d.item.start, d.item.end) for d in figure_differences(ctx) if d.changed_to is None
            }
            inside = [i for i in items(msgid) if start <= i.start and i.end <= end]
            return all((i.start, i.end) in missing for i in inside)
    return False


def _a_profile_kept(msgid: str, msgstr: str, asides: list[tuple[int, int, int]]) -> bool:
    """Whether ``msgstr`` has a bracket that may be a profile of the msgid kept: more
    such brackets than the msgid has brackets besides its profiles, which the translation
    gives as brackets of its own ('（開発コード：SK-4471）' as '(development code:
    SK-4471)')."""
    kept = sum(1 for bracket in _ASIDE.finditer(msgstr) if _a_profile(bracket.group(1)))
    others = sum(
        1
        for bracket in _ASIDE.finditer(msgid)
        if _a_profile(bracket.group(1))
        and not any(start <= bracket.start(1) < end for start, end, _ in asides)
    )
    return kept > others


_LISTING_ONLY = lazy_compile(r"[:：]\s*[0-9A-Z]{1,6}\s*$")


def _a_profile(bracket: str) -> bool:
    """Whether a bracket of the translation may be the source's profile, kept with its
    terms rendered otherwise ('(CEO Kim Min-jun)'): not a short form it defines alone
    ('("Hana")', '(hereinafter "Hana")') nor a stock listing ('(TSE: 1234)')."""
    text = _ARTICLE.sub("", bracket.strip())  # '(the "Company")' defines a short form too
    if text[:1] in _QUOTES or _DEFINING.search(text) or _LISTING_ONLY.search(text):
        return False
    if _NO_PROFILE.fullmatch(text):
        return False  # '(KST)', '(AMED)', '(日本時間)': a time zone or an acronym
    return len(text) > 2


# a bracket that holds no profile: an acronym or a code alone, or a time zone
_NO_PROFILE = lazy_compile(
    r"[A-Z][A-Z0-9&.\-]{1,9}|(?:日本|韓国|현지|한국|일본|現地)\s?(?:時間|시간|時刻|시각)"
)


_QUOTES = "\"“'‘「『"
_ARTICLE = lazy_compile(r"^(?:the|a|an)\s+(?=[\"“'‘])", re.IGNORECASE)


def other_sense(match: TermMatch, msgstr: str, source_lang: str) -> bool:
    """Whether the msgstr renders ``match`` (a Korean title) as the other word it also
    is: '글로벌 시장' as 'グローバル市場' or 'global market' is no mayor left out."""
    from prlocalize.glossary.homographs import other_sense_in

    return source_lang.startswith("ko") and other_sense_in(match.text, msgstr)


def as_a_common_word(msgstr: str, accepted: Sequence[str]) -> bool:
    """Whether the msgstr writes a one-word name of the sheet ('Cloud', 'Smart') in lower
    case, as the word it is named after: 'クラウド型' as 'cloud-based', '스마트 충전' as
    'smart charging'. The translator read the source's word, not the brand, in it; a
    capitalised form at a sentence's start says nothing and still counts as missing."""
    for form in accepted:
        if not (form.isascii() and form.isalpha() and form[0].isupper() and form[1:].islower()):
            continue
        word = form.lower()
        for found in re.finditer(rf"(?<![A-Za-z]){word}(?![A-Za-z])", msgstr):
            if found.start() > 0:
                return True
    return False


def a_word_of_the_release(ctx: TranslationContext, match: TermMatch) -> bool:
    """Whether ``match`` (a one-word name of the sheet: 'Next', 'Hope') is a word the
    release also writes in lower case, capitalised here only because it opens a sentence or
    stands in a heading in title case: 'Next steps include …' names no brand 'Next'."""
    from prlocalize.glossary.wordlike import capitalised_by_position, lower_case_words

    form = match.text
    if not (form.isascii() and form.isalpha() and form[0].isupper() and form[1:].islower()):
        return False
    msgid = mask_tags(ctx.pair.msgid)
    if not capitalised_by_position(msgid, match.start):
        return False
    words = ctx.catalog_cache.get("lower_case_words")
    if words is None:
        texts = [pair.msgid for pair in ctx.catalog] or [msgid]
        words = ctx.catalog_cache["lower_case_words"] = lower_case_words(texts)
    return form.lower() in words


# What follows a family name used alone: an honorific or title, a particle, punctuation.
# Never more letters, next to it or after a space, which would be a given name ('森本健治',
# '모리모토 켄지').
_JA_AFTER_FAMILY = lazy_compile(
    rf"\s?(?:{JA_TITLES_AFTER_NAME}|さん|CEO|CFO|COO|CTO)|[\u3040-\u309f]|[^\w\s]|\s*$"
)
_KO_PARTICLE = r"(?:은|는|이|가|을|를|의|에게|와|과|도|로|으로|께서|이다)"
_KO_AFTER_FAMILY = lazy_compile(
    r"\s?(?:씨|사장|회장|부회장|부사장|대표|대표이사|이사|전무|상무|본부장|부장|교수|박사|"
    r"총장|원장|장관|차관|청장|시장|지사|의원|위원장|이사장|CEO|CFO|COO|CTO)"
    rf"{_KO_PARTICLE}?(?![\uac00-\ud7a3])"
    rf"|{_KO_PARTICLE}(?![\uac00-\ud7a3])|[^\w\s]|\s*$"
)


_JA_TITLE_AFTER_SYLLABLE = lazy_compile(rf"\s?(?:{JA_TITLES_AFTER_NAME}|さん|CEO|CFO|COO|CTO)")


def _after_family(locale: str, part: str) -> re.Pattern[str]:
    """What may follow ``part`` of a name standing alone in a Japanese or Korean text."""
    if locale.startswith("ko"):
        return _KO_AFTER_FAMILY
    return _JA_TITLE_AFTER_SYLLABLE if len(part) == 1 else _JA_AFTER_FAMILY


def named_by_family_name(ctx: TranslationContext, entry: Entry, accepted: tuple[str, ...]) -> bool:
    """Whether ``ctx``'s msgstr names a person by a part of the name alone ('森本社長',
    '森本は', '모리모토 사장은', 'President Park', 'Park said') in a catalog that names them
    in full elsewhere: official Japanese and Korean releases give a name in full once,
    then the family name with a title or honorific, where the English repeats the whole
    name; and English gives it in full once, where Korean repeats it. A part followed by
    other letters of its script is another name ('森本健治' is not '森本 健司')."""
    latin = language(ctx.locale) not in {"ja", "ko"}
    if latin and not all(part.isascii() for part in accepted):
        return False
    parts = _name_parts(entry, ctx.locale)
    if not parts:
        return False
    msgstr = ctx.pair.msgstr
    if not any(part in msgstr for part in parts):
        return False
    if not _named_in_full(ctx, entry.id, accepted):
        return False
    if latin:
        return any(_alone_in_latin(msgstr, part) for part in parts)
    term = entry.term(ctx.locale)
    split = term.name_parts() if term is not None else None
    whole = (split[0], split[2]) if split is not None else ()
    for part in parts:
        after = _after_family(ctx.locale, part)
        start = msgstr.find(part)
        while start != -1:
            end = start + len(part)
            before = msgstr[start - 1] if start else ""
            if (
                not (before and _same_script(before, part[0]))
                and after.match(msgstr, end)
                and not _beside_its_other_part(msgstr, start, end, part, whole)
                and not _joined_to_another_part(msgstr, end, part)
                and not _after_another_first_part(msgstr, start, part, whole)
            ):
                return True
            start = msgstr.find(part, start + 1)
    return False


def _beside_its_other_part(
    msgstr: str, start: int, end: int, part: str, whole: tuple[str, ...]
) -> bool:
    """Whether the name's other part stands right before or after ``part`` (a space or a
    middle dot between): the whole name, written in the other order ('유키코 기타미가' for
    '기타미 유키코'), not its family name alone."""
    for other in whole:
        if other == part or not other:
            continue
        if msgstr[:start].rstrip(" ・･·").endswith(other):
            return True
        if msgstr[end:].lstrip(" ・･·").startswith(other):
            return True
    return False


# what joins the parts of a name written in katakana or Hangul ('ユン・ソジン', 'キム＝ミンジュン')
_NAME_JOINERS = "・･·＝="


def _after_another_first_part(msgstr: str, start: int, part: str, whole: tuple[str, ...]) -> bool:
    """Whether ``part``, the second word of the name as the glossary writes it (the given
    name of '森重 健太', the family name of 'ダニエル・ウィットコム'), stands after another
    word of its script, a space or a middle dot between: '森繁 健太' or 'デビッド・
    ウィットコム' is a whole name, another person's or this one's misspelt, not the person
    named by one part."""
    if len(whole) != 2 or part != whole[1] or not whole[0]:
        return False
    before = msgstr[:start]
    gap = before.rstrip(" \u3000" + _NAME_JOINERS)
    return len(gap) < len(before) and bool(gap) and _same_script(gap[-1], part[0])


def _joined_to_another_part(msgstr: str, end: int, part: str) -> bool:
    """Whether ``part`` (ending at ``end``) is joined by a middle dot or an equals sign to
    more letters of its own script: 'ユン・ソンジン' is the family name with another given
    name, not 'ユン' alone followed by punctuation. Kanji names take no joiner ('高橋・松浜
    市長' is the name, then the post)."""
    if msgstr[end : end + 1] not in tuple(_NAME_JOINERS) or end + 1 >= len(msgstr):
        return False
    script = script_of(part[-1])
    return script in {Script.KATAKANA, Script.HANGUL} and script_of(msgstr[end + 1]) is script


# A title or honorific before a family name used alone in English ('President Park',
# 'Mr. Sato', 'Minister Kim'); other capitalised words before it would make it part of
# another name ('Minjun Park'), and so would a hyphenated given name, whose second
# syllable is no lower-case word ('Ji-seok Han': the whole name reversed)
_LATIN_TITLE_BEFORE = lazy_compile(
    r"(?:^|\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|President|Chairman|Chairwoman|Chair|CEO|CFO|"
    r"COO|CTO|Minister|Vice|Director|Governor|Mayor|Ambassador|Secretary|Commissioner|Dean|"
    r"Chief|Senator|Representative|Speaker|Administrator|Superintendent|Manager|Head)\.?|"
    r"(?<![A-Za-z'’-])[a-z][A-Za-z'’-]*|[^A-Za-z\s])\s*$"
)


def _alone_in_latin(msgstr: str, part: str) -> bool:
    """Whether ``msgstr`` writes ``part`` of a name as a word of its own, after a title,
    a lower-case word or nothing ('said President Park', 'Park added'), not beside
    another capitalised word ('Park Min-jun', 'Minjun Park': another person)."""
    start = msgstr.find(part)
    while start != -1:
        end = start + len(part)
        before, after = msgstr[max(0, start - 40) : start], msgstr[end : end + 3]
        if (
            not (before[-1:].isalpha() or before[-1:] == "-")
            and not (after[:1].isalpha() or after[:1] == "-")
            and re.match(r"\s[A-Z]", after) is None
            and _LATIN_TITLE_BEFORE.search(before) is not None
        ):
            return True
        start = msgstr.find(part, start + 1)
    return False


# the words an official translation uses for a company or a person it has named
# already, where the source repeats the name: 同社 ('the said company'), 当社 and 弊社
# (the issuer's own), 同省 (a ministry), 同氏; Korean 동사, 당사, 회사, 그는; English
# 'the Company', 'he'. Korean and English need a word boundary: 주식회사 and 자회사
# are no 회사, 'the companies' no 'the company'
_HANGUL = "\uac00-\ud7a3"
_ANAPHORS: dict[tuple[str, str], re.Pattern[str]] = {
    ("ja", "org"): lazy_compile(
        "(?:同|当|弊)(?:社|グループ|行|省|庁|機構|法人|協会|財団|大学|研究所|センター|団体|組合)"
    ),
    ("ja", "person"): lazy_compile("同氏"),
    ("ko", "org"): lazy_compile(
        f"(?<![{_HANGUL}])(?:동사|당사|폐사|회사|그룹|기업|은행|부처|기관|재단|협회|법인)"
        f"(?:{_KO_PARTICLE}|측)?(?![{_HANGUL}])"
    ),
    ("ko", "person"): lazy_compile(f"(?<![{_HANGUL}])그녀?(?:는|가|의|도|를|에게)(?![{_HANGUL}])"),
    ("en", "org"): lazy_compile(
        r"\b[Tt]he (?:[Cc]ompany|[Ff]irm|[Gg]roup|[Mm]inistry|[Bb]ank|[Aa]gency|[Ii]nstitute|"
        r"[Ff]oundation|[Aa]ssociation|[Oo]rgani[sz]ation|[Cc]orporation|[Uu]niversity)\b(?!-)"
        # ... not the opening of a name: 'the Ministry of Strategy and Finance', 'the Bank
        # of Korea', 'the Agency for Cultural Affairs' name a body, maybe the wrong one
        r"(?!\s(?:of|for|on)\s[A-Z])"
    ),
    ("en", "person"): lazy_compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b"),
    # a product or service named already: 本製品, 同モデル, 이 제품, 신제품, 'the new model'
    ("ja", "brand"): lazy_compile(
        "(?:本|同|当|新|両)(?:製品|商品|サービス|モデル|機種|機|シリーズ|アプリ|ブランド|システム)"
    ),
    ("ko", "brand"): lazy_compile(
        f"(?<![{_HANGUL}])(?:이|해당|동|신|본|이번)\\s?(?:제품|상품|서비스|모델|기기|차량|시리즈|"
        f"앱|브랜드|시스템)(?:{_KO_PARTICLE})?(?![{_HANGUL}])"
    ),
    ("en", "brand"): lazy_compile(
        r"\b[Tt]he (?:new )?(?:[Pp]roduct|[Mm]odel|[Dd]evice|[Ss]ervice|[Vv]ehicle|[Ss]eries|"
        r"[Aa]pp|[Bb]rand|[Ss]ystem)s?\b"
    ),
}


# the words for a body named already, by (language, kind), for other modules
ANAPHORS = _ANAPHORS


def referred_to_again(ctx: TranslationContext, entry: Entry, accepted: tuple[str, ...]) -> bool:
    """Whether ``ctx``'s msgstr refers to a company or a person by the word for one it has
    named ('同社は', '회사는', 'the Company', '同氏') in a catalog that names them in full
    elsewhere: official releases name a company once and then say 'the company', where
    the English repeats the name."""
    lang = language(ctx.locale)
    pattern = _ANAPHORS.get((lang, entry.kind))
    if pattern is None or pattern.search(ctx.pair.msgstr) is None:
        return False
    if not any(pattern.search(part) for part in _outside_definitions(ctx.pair.msgstr)):
        return False  # "(이하 '회사')" defines the word for the company it follows
    if entry.kind == "org" and issuer_word_for_another(ctx, entry, pattern):
        return False  # 'the Company' of a release that defines it for the buyer: not the target
    return _named_in_full(ctx, entry.id, accepted)


# the last word of a body's English name, which 'the …' refers back to ('the store' for
# 'Hoshino Department Store', 'the hospital' for 'Hangyeol Hospital'): a kind of place, not
# any last word ('the cosmetics' of 'Lumiel Cosmetics' are its products)
_HEAD_NOUN = lazy_compile(r"(?<![A-Za-z])([A-Z]?[a-z]{3,})$")
_PLACE_KINDS = frozenset(
    {
        "store", "shop", "mall", "hospital", "clinic", "hotel", "resort", "inn", "museum",
        "gallery", "library", "theater", "theatre", "stadium", "arena", "school", "academy",
        "college", "airport", "station", "port", "plant", "factory", "center", "centre",
        "park", "zoo", "aquarium", "restaurant", "cafe", "hall",
    }
)  # fmt: skip
_KANJI_TAIL = lazy_compile(r"[\u4e00-\u9fff]{1,3}$")
_HANGUL_TAIL = lazy_compile(f"[{_HANGUL}]{{2,3}}$")


def referred_to_by_its_kind(
    ctx: TranslationContext, entry: Entry, accepted: tuple[str, ...]
) -> bool:
    """Whether the msgstr refers to a body by the kind of place its name ends with ('the
    store's second floor' for 'Hoshino Department Store', '同店', '同病院', '이 백화점') in a
    catalog that names it in full elsewhere: the official translation names it once."""
    lang = language(ctx.locale)
    msgstr = ctx.pair.msgstr
    patterns: list[str] = []
    for form in accepted:
        if lang == "en":
            head = _HEAD_NOUN.search(form)
            noun = head[1].casefold() if head is not None else ""
            if noun in _PLACE_KINDS:
                first = f"[{noun[0].upper()}{noun[0]}]"
                patterns.append(rf"\b[Tt]he (?:[a-z]+ )?{first}{noun[1:]}\b(?!\s(?:of|in)\s[A-Z])")
        elif lang == "ja":
            tail = _KANJI_TAIL.search(form)
            if tail is not None:
                patterns += [f"同{tail[0][i:]}" for i in range(len(tail[0]))]
        elif lang == "ko":
            tail = _HANGUL_TAIL.search(form)
            if tail is not None:
                patterns.append(f"(?<![{_HANGUL}])(?:이|해당|동|같은)\\s?{tail[0]}")
    if not patterns:
        return False
    pattern = re.compile("|".join(patterns))
    if not any(pattern.search(part) for part in _outside_definitions(msgstr)):
        return False
    return _named_in_full(ctx, entry.id, accepted)


def _outside_definitions(text: str) -> list[str]:
    """The parts of ``text`` around the short forms it defines ('회사' of "(이하 '회사')")."""
    parts, at = [], 0
    for definition in find_definitions(text):
        parts.append(text[at : definition.start])
        at = definition.end
    parts.append(text[at:])
    return parts


# the first word of a company's English name, as a translation shortens it after naming
# it in full ('Hangyeol' for 'Hangyeol Heavy Industries'): a word of its own, not one
# many names open with
_SHORT_FORM_OPENER = lazy_compile(r"[A-Z][a-z]{3,}")
_GENERIC_OPENERS = frozenset({
    "The", "National", "Central", "Korea", "Korean", "Japan", "Japanese", "Asia", "Asian",
    "Global", "International", "United", "General", "First", "New", "Royal", "State", "City",
    "Federal", "American", "World", "Pacific", "Eastern", "Western", "Northern", "Southern",
    "Ministry", "Department", "Office", "Agency", "Association", "University", "Institute",
    "Policy", "Board", "Committee", "Council", "Museum", "Bureau", "Bank", "Group", "Holdings",
})  # fmt: skip


def named_by_its_short_form(
    ctx: TranslationContext, entry: Entry, accepted: tuple[str, ...]
) -> bool:
    """Whether an English msgstr names a company by the first word of its English name
    ("Hangyeol's orders" for 'Hangyeol Heavy Industries') in a catalog that names it in
    full elsewhere: official translations shorten a name once the reader knows it. The
    word is alone: it opens no longer name ('Hangyeol Heavy Industry') and is not the
    short form the msgstr defines ('("Hangyeol")'), which follows the name it shortens."""
    if language(ctx.locale) != "en":
        return False
    for form in accepted:
        first = form.split(" ", 1)[0]
        if " " not in form or not _SHORT_FORM_OPENER.fullmatch(first):
            continue
        if first in _GENERIC_OPENERS:
            continue
        alone = re.compile(rf"(?<![A-Za-z-]){first}(?![A-Za-z-])(?! [A-Z])")
        if any(alone.search(part) for part in _outside_definitions(ctx.pair.msgstr)):
            return _named_in_full(ctx, entry.id, accepted)
    return False


# what follows a company that is its sentence's subject in English: a verb, maybe after
# an adverb ('Brightfold expects', 'Brightfold today announced'); not a possessive, a
# list or a longer name ('Brightfold and', "Brightfold's")
_SUBJECT_VERB = lazy_compile(
    r"\s(?:(?:today|also|now|further|recently|currently|officially)\s)?"
    r"(?!(?:and|or|of|to|in|for|with|on|at|by|from|as|is|was)\b)[a-z]{3,}"
)


# a phrase that opens the sentence before its subject: 'For the fourth quarter, '
_OPENING_PHRASE = lazy_compile(r"[A-Z][^.;:!?\n]{0,80},\s")


def subject_left_unsaid(
    ctx: TranslationContext, entry: Entry, match: TermMatch, accepted: tuple[str, ...]
) -> bool:
    """Whether a company that is an English sentence's subject at its start ('Brightfold
    expects …', 'For the fourth quarter, Brightfold expects …') is left unsaid in a
    Japanese or Korean translation of a catalog that names it in full elsewhere: those
    languages drop a subject the reader knows, as official translations of a company's
    own releases do."""
    source, target = language(ctx.source_lang), language(ctx.locale)
    if target not in {"ja", "ko"} or source not in {"en", "ja", "ko"} or source == target:
        return False
    msgid = ctx.pair.msgid
    head = msgid[: match.start]
    if source == "en":
        if head.strip() and not _OPENING_PHRASE.fullmatch(head):
            return False
        if not _SUBJECT_VERB.match(msgid, match.end):
            return False
    elif head.strip() or not _cjk_subject(msgid, match.end):
        return False  # ('하람뷰티는 …', 'ハラムは、…': the sentence's topic, from its start)
    if _named_subject(ctx.pair.msgstr, accepted):
        return False
    if _another_as_subject(ctx, entry):
        return False  # '本契約に基づき、ダオンは…' for '…, Tsukishiro will': the partner instead
    if _written_one_letter_off(ctx.pair.msgstr, accepted):
        return False  # '본 계약에 따라 쓰키시로는' for '츠키시로': named, and misspelt
    return _named_in_full(ctx, entry.id, accepted)


# a Korean or Japanese subject's particle after the company's name, and what may follow
# it ('하람뷰티는 출시에 앞서', 'ハラムビューティーは、'; not '하람뷰티는커녕')
_CJK_SUBJECT = lazy_compile(r"(?:은|는|이|가|は|が)(?:[\s,、，]|$)")


def _cjk_subject(msgid: str, end: int) -> bool:
    """Whether the name ending at ``end`` of a Korean or Japanese msgid is its subject."""
    return _CJK_SUBJECT.match(msgid, end) is not None


def _written_one_letter_off(msgstr: str, forms: Sequence[str]) -> bool:
    """Whether ``msgstr`` writes one of ``forms`` (of four letters or more, not in Latin
    letters: 'ダウン' is a word beside 'ダオン') with one letter changed, added or dropped
    ('할시온 호텔 앤드 리조트' for '할시온 호텔 앤 리조트'): the company is named there, not
    left unsaid."""
    candidates = [f for f in forms if len(f) >= 4 and not f.isascii()]
    if not candidates:
        return False
    from rapidfuzz.distance import OSA  # here: most translations never get this far

    for form in candidates:
        size = len(form)
        for start in range(len(msgstr) - size + 2):
            for end in range(start + size - 1, min(start + size + 1, len(msgstr)) + 1):
                if OSA.distance(msgstr[start:end], form, score_cutoff=1) == 1:
                    return True
    return False


def _another_as_subject(ctx: TranslationContext, entry: Entry) -> bool:
    """Whether the msgstr makes another body the catalog names the subject, by a glossary
    form or a short form the catalog defines for it ('ダオンは', '다온은'): in a joint
    release the company left unsaid would then be the partner."""
    msgstr = ctx.pair.msgstr
    forms = [f for other, fs in ctx.defined.items() if other != entry.id for f in fs]
    forms += [
        t.text
        for t in target_matches(ctx)
        if t.entry.id != entry.id and t.entry.kind in {"org", "person"}
    ]
    for form in forms:
        at = msgstr.find(form)
        while at >= 0:
            if msgstr[at + len(form) : at + len(form) + 1] in _SUBJECT_PARTICLES:
                return True
            at = msgstr.find(form, at + 1)
    return False


_SUBJECT_PARTICLES = frozenset("はが은는이가")


# the subject a Japanese sentence opens with, before its first clause ends ('花園自動車は',
# '同氏が'); a Korean sentence's first word with a subject particle ('자회사는')
_JA_SUBJECT = lazy_compile(r"([^、。,，\s]{1,12}?)[はが]")
_KO_SUBJECT = lazy_compile(r"(\S{1,12}?)[은는이가](?:\s|$)")


# the last letters of a quantity a release reports, made a Japanese or Korean sentence's
# subject where English makes the company the subject of a verb ('Kisaragi plans a
# dividend of ¥48' as '期末配当は48円を予定', 'expects sales of' as '売上高は…を見込む',
# '배당금은', '매출액은', '영업이익률은'): a thing, not someone in the company's place
_QUANTITY_END = lazy_compile(
    r"(?:高|益|額|率|数|量|金|費|価|配当|予想|見通し|計画|業績|残高|実績|規模|目標|水準|"
    r"액|률|율|익|금|량|비|배당|전망|계획|실적|목표|규모|수준)$"
)
_HAN_OR_HANGUL = lazy_compile(r"[\u4e00-\u9fff\uac00-\ud7a3々]+")
# a period written with its figures ('2028年3月期', '第4四半期', '2027회계연도에', '3분기에')
_PERIOD = lazy_compile(r"[\u4e00-\u9fff\uac00-\ud7a3々]*\d[\d\u4e00-\u9fff\uac00-\ud7a3々～~\-]*")


def _named_subject(msgstr: str, accepted: tuple[str, ...]) -> bool:
    """Whether a translation opens with a subject of its own that names someone ('花園自動車は',
    '同氏は', '자회사는'), not a phrase that describes a thing ('第4四半期の売上高は'): the
    company is then replaced, not left unsaid. A subject in kanji or Hangul that shares no
    letter with the company's forms and is a quantity ('期末配当は', '売上高', '배당금') is a
    thing too."""
    text = msgstr.lstrip()
    found = _JA_SUBJECT.match(text) or _KO_SUBJECT.match(text)
    if found is None or any(mark in found.group(1) for mark in "の의"):
        return False
    word = found.group(1)
    if _PERIOD.fullmatch(word) is not None:
        return False  # '2028年3月期は', '2027회계연도에는': a time the sentence speaks of
    if _HAN_OR_HANGUL.fullmatch(word) is None or any(c in form for form in accepted for c in word):
        return True  # a name in kana or Latin letters, or a form of the company's own
    return _QUANTITY_END.search(word) is None


def person_name_parts(entry: Entry, locale: str) -> tuple[str, ...]:
    """The parts of a person's approved form in ``locale`` that may stand alone before a
    title (see :func:`_name_parts`)."""
    return _name_parts(entry, locale)


def _name_parts(entry: Entry, locale: str) -> tuple[str, ...]:
    """The parts of a person's approved form in ``locale`` that may stand alone: the
    family name where the glossary gives it, else either part of a two-part form (its
    order unknown), if at least two letters long."""
    term = entry.term(locale)
    if term is None:
        return ()
    if term.name is not None and term.name.family:
        family = term.name.family
        return (family,) if len(family) >= 2 or _katakana_syllable(family) else ()
    split = term.name_parts()
    if split is None:
        if locale.startswith("ja"):
            return _japanese_family_name(term.text)
        return _either_end(term.text, language(locale))
    if _katakana_syllable(split[0]) and split[1].strip() in _MIDDLE_DOTS:
        return (split[0], split[2])  # 'ソ・ミンジェ': a Korean family name first, 'ソ代表'
    return tuple(part for part in (split[0], split[2]) if len(part) >= 2)


# A Korean family name in katakana of one letter ('ソ', 'イ', 'ペ', 'オ'): Japanese writes
# it alone before a title ('ソ代表', 'イ社長'), never before a particle, where it would
# be any word's letter
_MIDDLE_DOTS = frozenset("・･·")


def _katakana_syllable(part: str) -> bool:
    return len(part) == 1 and "\u30a1" <= part <= "\u30fa"


def _japanese_family_name(text: str) -> tuple[str, ...]:
    """The family name of a Japanese name written without a space ('星野健二' → 星野), if
    at least two letters long; () when it does not read as a family and a given name."""
    from prlocalize.rules.kanji_names import japanese_name_split

    split = japanese_name_split(text)
    return (split[0],) if split is not None and len(split[0]) >= 2 else ()


def _named_in_full(ctx: TranslationContext, entry_id: str, accepted: tuple[str, ...]) -> bool:
    """Whether a msgstr of the catalog holds an accepted form of the entry (worked out once
    per catalog and entry)."""
    key = f"named-in-full:{entry_id}"
    known = ctx.catalog_cache.get(key)
    if known is None:
        # spaced or not between the parts: '森本健司' names '森本 健司' in full too
        forms = {_unspaced(form) for form in accepted}
        known = ctx.catalog_cache[key] = any(
            form in _unspaced(pair.msgstr) for pair in ctx.catalog for form in forms
        )
    return bool(known)


def _unspaced(text: str) -> str:
    return text.replace(" ", "").replace("　", "")


def _same_script(a: str, b: str) -> bool:
    return script_of(a) == script_of(b) and script_of(a) is not Script.COMMON


# A word after a family name that makes it the subject of a sentence in English ('Sato
# added', 'Mori has served', "Sato's"): with a title before it, or one of these after
# it, a capitalised word is a person's name, not the first word of a sentence ('Park
# visitors')
_LATIN_AFTER_SUBJECT = lazy_compile(
    r"(?:'s|’s|\s(?:said|says|added|adds|noted|notes|explained|stated|states|commented|"
    r"emphasi[sz]ed|stressed|told|remarked|concluded|announced|has|have|had|is|was|will|"
    r"would|joined|joins|served|serves|leads|led|became|becomes|holds|held|also|previously|"
    r"currently|then|and|who))\b"
)
# a Korean family name of one syllable stands alone only before a title, after a space
# ('최 사장은', '정 대표는'): with a particle it is a word ('정은', '이는')
_KO_TITLE_AFTER_SYLLABLE = lazy_compile(
    r" (?:사장|회장|부회장|부사장|대표|대표이사|전무|상무|본부장|부장|교수|박사|총장|원장|"
    rf"장관|차관|청장|시장|지사|의원|위원장|이사장|씨){_KO_PARTICLE}?(?![{_HANGUL}])"
)


def family_names_alone(ctx: TranslationContext) -> Iterator[tuple[str, list[Entry]]]:
    """The parts of persons' names the msgid uses alone ('Sato added', '佐藤社長は',
    '최 사장은'), with the glossary persons each may be, among those the catalog's msgids
    name in full: official releases give a name in full once and the family name after."""
    persons = _person_parts_in_source(ctx)
    if persons is None:
        return
    msgid = mask_tags(ctx.pair.msgid)
    written = set(persons.pattern.findall(msgid))
    if not written:
        return  # (nearly every message: no part of those names in it)
    here = {match.entry.id for match in source_matches(ctx)}
    by_part: dict[str, list[Entry]] = {}
    for part in sorted(written):
        if not _source_part_alone(msgid, part, ctx.source_lang):
            continue
        for entry in persons.by_part[part]:
            if entry.id not in here:  # (named in full in this message: PR401's usual check)
                by_part.setdefault(part, []).append(entry)
    yield from by_part.items()


def family_name_rendered(
    ctx: TranslationContext, entries: list[Entry], source_part: str | None = None
) -> bool:
    """Whether the msgstr names one of ``entries`` by a part of its name in the catalog's
    locale, in full or by a short form the catalog defines, or refers to the person by
    the word for one ('同氏', 'he'); True where none has a form in that locale.
    ``source_part``: the word of the source's form the msgid names the person by."""
    msgstr = ctx.pair.msgstr
    lang = language(ctx.locale)
    anaphor = _ANAPHORS.get((lang, "person"))
    if anaphor is not None and anaphor.search(msgstr):
        return True
    judged = False
    for entry in entries:
        term = entry.term(ctx.locale)
        if term is None or not term.text:
            continue
        judged = True
        forms = {*(term.accepted or ()), term.text, *ctx.defined.get(entry.id, ())}
        if any(_unspaced(form) in _unspaced(msgstr) for form in forms if form):
            return True
        for part in _target_parts(term.text, term.name_parts(), lang):
            if lang in {"ja", "ko"} or not part.isascii():
                if part in msgstr:
                    return True
            elif re.search(rf"(?<![A-Za-z]){re.escape(part)}(?![a-z])", msgstr):
                return True
        if lang == "ja" and _one_kanji_family_named(msgstr, entry, term.text):
            return True
        if (
            lang == "ja"
            and term.name_parts() is None
            and _family_name_first(entry, ctx.source_lang, source_part)
            and _art_name_named(msgstr, term.text)
        ):
            return True
    return not judged


# the Latin letters a Hangul initial may stand for in a Japanese name's transcription
# ('가쓰시카' Katsushika, '후지' Fuji, '쓰' tsu, '치' chi)
_INITIAL_LETTERS = (
    "gk", "gk", "n", "dt", "t", "rl", "m", "b", "p", "s", "st", "aeiouyw", "jzc", "jtc",
    "ct", "k", "t", "pf", "hf",
)  # fmt: skip


def _family_name_first(entry: Entry, source_lang: str, part: str | None) -> bool:
    """Whether the source's form of a person of two words gives the family name first
    ('Katsushika Hokusai'), as the Korean form, which sets a Japanese name family name
    first ('가쓰시카 호쿠사이'), shows word by word by the sounds they open with, and
    ``part`` is its second word, the given name; False where that cannot be told
    ('Kenji Hoshino' beside '호시노 겐지' is given name first)."""
    source, korean = entry.term(source_lang), entry.term("ko")
    if source is None or korean is None:
        return False
    words, hangul = source.text.split(), korean.text.split()
    if len(words) != 2 or len(hangul) != 2 or not all(w.isascii() for w in words):
        return False
    if part is not None and part != words[1]:
        return False  # ('Fujisawa' of 'Fujisawa Naoko' is the family name)

    def fits(word: str, syllables: str) -> bool:
        if not is_syllable(syllables[0]):
            return False
        return word[0].lower() in _INITIAL_LETTERS[jamo(syllables[0])[0]]

    in_order = fits(words[0], hangul[0]) and fits(words[1], hangul[1])
    return in_order and not (fits(words[0], hangul[1]) and fits(words[1], hangul[0]))


def _art_name_named(msgstr: str, text: str) -> bool:
    """Whether ``msgstr`` holds the given name of a Japanese name the glossary writes in
    kanji as one word ('北斎' of '葛飾北斎'): with no name parts, which word of the source's
    form ('Katsushika Hokusai') is the family name cannot be told, and an artist of the
    past is named by the given name, his art name ('Hokusai', '北斎'), as a family name
    alone names a living person."""
    from prlocalize.rules.kanji_names import japanese_name_split

    split = japanese_name_split(text)
    if split is None or len(split[1]) < 2:
        return False
    start = msgstr.find(split[1])
    # the name alone, not the end of another one ('葛飾北斎' is named in full elsewhere)
    return start != -1 and not (start and script_of(msgstr[start - 1]) is Script.HAN)


def title_left_to_the_first_mention(ctx: TranslationContext, match: TermMatch) -> bool:
    """Whether the msgid gives ``match``, a title, right after a person's family name
    alone ('이 전무는', '佐藤社長は', a catalog naming them in full elsewhere) and the
    msgstr, in a language written in Latin letters, names that person by the family name
    with no capitalised word before it ('Rhee said', 'said Rhee', 'he added'): English
    gives the title with the full name once and the family name alone after. 'Vice
    President Rhee' is judged as a title."""
    if language(ctx.locale) in {"ja", "ko", "zh"}:
        return False
    before = mask_tags(ctx.pair.msgid)[: match.start].rstrip(" ")
    msgstr = ctx.pair.msgstr
    for part, persons in family_names_alone(ctx):
        start = len(before) - len(part)
        if not before.endswith(part) or (start and _same_script(before[start - 1], part[0])):
            continue
        anaphor = _ANAPHORS.get((language(ctx.locale), "person"))
        if anaphor is not None and anaphor.search(msgstr):
            return True
        for entry in persons:
            term = entry.term(ctx.locale)
            if term is None or not term.text:
                continue
            parts = _target_parts(term.text, term.name_parts(), language(ctx.locale))
            if any(_bare_in_latin(msgstr, p) for p in parts):
                return True
    return False


def _bare_in_latin(msgstr: str, part: str) -> bool:
    """Whether ``msgstr`` writes ``part`` as a word with no capitalised word right before
    it ('Rhee said', '“…,” Rhee added'; not 'Vice President Rhee')."""
    for found in re.finditer(rf"(?<![A-Za-z'’-]){re.escape(part)}(?![A-Za-z'’-])", msgstr):
        previous = re.search(r"([A-Za-z][A-Za-z.'’-]*) +$", msgstr[: found.start()])
        if previous is None or not previous[1][0].isupper():
            return True
    return False


def _one_kanji_family_named(msgstr: str, entry: Entry, text: str) -> bool:
    """Whether ``msgstr`` names by the family name alone, with a title or honorific after
    it ('李氏', '黄社長'), a Korean or Chinese person the glossary writes in kanji as one
    word ('李敏浩'): a family name of one letter, which the person's Korean form of one
    word says ('이민호', '황즈밍'; Korean spaces a Japanese name, '다카다 게이코')."""
    korean = entry.term("ko")
    if (
        korean is None
        or not 2 <= len(korean.text) <= 4
        or not all("\uac00" <= c <= "\ud7a3" for c in korean.text)
        or not 2 <= len(text) <= 3
        or not all(script_of(c) is Script.HAN for c in text)
    ):
        return False
    start = msgstr.find(text[0])
    while start != -1:
        # the letter alone, not inside a word ('李下', '黄金')
        if not (start and script_of(msgstr[start - 1]) is Script.HAN) and (
            _JA_TITLE_AFTER_SYLLABLE.match(msgstr, start + 1)
        ):
            return True
        start = msgstr.find(text[0], start + 1)
    return False


def _target_parts(text: str, split: tuple[str, str, str] | None, lang: str) -> tuple[str, ...]:
    if split is not None:
        return (split[0], split[2])
    if lang == "ja":
        return _japanese_family_name(text)
    if lang == "ko" and _korean_one_word_name(text):
        return (text[0],)
    return _either_end(text, lang)


def _either_end(text: str, lang: str) -> tuple[str, ...]:
    """The first and last words of a name of three words or more in Latin letters, with
    no name parts: a given name of two words ('Min Jae Kang', 'Kim Min Jun') puts the
    family name at one end or the other, as the person writes it."""
    words = text.split()
    if lang in {"ja", "ko", "zh"} or len(words) < 3:
        return ()
    return tuple(word for word in (words[0], words[-1]) if len(word) >= 2)


def _korean_one_word_name(text: str) -> bool:
    """A Korean name written as one word of three syllables ('최유나'): a family name of
    one syllable and a given name of two, as nearly every Korean name is."""
    return len(text) == 3 and all("\uac00" <= c <= "\ud7a3" for c in text)


def _persons_named_in_source(ctx: TranslationContext) -> list[Entry]:
    """The glossary persons the catalog's msgids name in full (worked out once per
    catalog)."""
    known = ctx.catalog_cache.get("persons-named-in-source")
    if known is None:
        # (translation_checking.CATALOG_SOURCE_MATCHES: each msgid's, found already)
        every = ctx.catalog_cache.get("catalog_source_matches")
        if every is None:
            text = "\n\n".join(mask_tags(pair.msgid) for pair in ctx.catalog)
            matches = ctx.source_matcher.find(text)
        else:
            matches = [match for found in every.values() for match in found]
        found: dict[str, Entry] = {}
        for match in matches:
            if match.entry.kind == "person" and match.kind in {"approved", "variant"}:
                found.setdefault(match.entry.id, match.entry)
        known = ctx.catalog_cache["persons-named-in-source"] = list(found.values())
    return list(known)


@dataclass(frozen=True)
class _PersonParts:
    """The parts of the names of the persons a catalog's msgids name in full that may
    stand alone, each with the persons it may be, and one pattern that finds them all."""

    by_part: dict[str, list[Entry]]
    pattern: re.Pattern[str]


def _person_parts_in_source(ctx: TranslationContext) -> _PersonParts | None:
    """:class:`_PersonParts` of the catalog (worked out once per catalog; None when it
    names no such person). A Korean name of one word stands alone by its family syllable."""
    if "person-parts-in-source" not in ctx.catalog_cache:
        persons = tuple(_persons_named_in_source(ctx))
        ctx.catalog_cache["person-parts-in-source"] = _person_parts(persons, ctx.source_lang)
    found: _PersonParts | None = ctx.catalog_cache["person-parts-in-source"]
    return found


def _person_parts(persons: tuple[Entry, ...], source_lang: str) -> _PersonParts | None:
    lang = language(source_lang)
    by_part: dict[str, list[Entry]] = {}
    for entry in persons:
        parts = _name_parts(entry, source_lang)
        term = entry.term(source_lang)
        if lang == "ko" and not parts and term is not None:
            parts = (term.text[0],) if _korean_one_word_name(term.text) else ()
        for part in parts:
            by_part.setdefault(part, []).append(entry)
    # longest first, so that a part inside another is still found where it stands
    alternatives = "|".join(re.escape(p) for p in sorted(by_part, key=len, reverse=True))
    return _PersonParts(by_part, re.compile(f"(?=({alternatives}))")) if by_part else None


def _source_part_alone(msgid: str, part: str, source_lang: str) -> bool:
    """Whether ``msgid`` names a person by ``part`` of the name alone."""
    lang = language(source_lang)
    if lang == "ja":
        return _alone_in_cjk(msgid, part, _after_family(source_lang, part))
    if lang == "ko":
        after = _KO_TITLE_AFTER_SYLLABLE if len(part) == 1 else _KO_AFTER_FAMILY
        return _alone_in_cjk(msgid, part, after)
    return part.isascii() and _subject_in_latin(msgid, part)


def _alone_in_cjk(text: str, part: str, after: re.Pattern[str]) -> bool:
    start = text.find(part)
    while start != -1:
        end = start + len(part)
        before = text[start - 1] if start else ""
        if not (before and _same_script(before, part[0])) and after.match(text, end):
            return True
        start = text.find(part, start + 1)
    return False


def _subject_in_latin(text: str, part: str) -> bool:
    """Whether ``text`` names a person by ``part`` alone: after a title ('President
    Sato'), or as the subject of a verb ('Sato added'), and beside no other capitalised
    word ('Sato Kogyo', 'Kenji Sato')."""
    start = text.find(part)
    while start != -1:
        end = start + len(part)
        before, after = text[max(0, start - 40) : start], text[end:]
        if (
            not (before[-1:].isalpha() or before[-1:] == "-")
            and not (after[:1].isalpha() or after[:1] == "-")
            and re.match(r"\s[A-Z]", after) is None
        ):
            titled = _TITLE_JUST_BEFORE.search(before) is not None
            bare = _LATIN_TITLE_BEFORE.search(before) is not None
            if titled or (bare and _LATIN_AFTER_SUBJECT.match(after) is not None):
                return True
        start = text.find(part, start + 1)
    return False


_TITLE_JUST_BEFORE = lazy_compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|President|Chairman|Chairwoman|Chair|CEO|CFO|COO|"
    r"CTO|Minister|Director|Governor|Mayor|Ambassador|Secretary|Commissioner|Dean|Senator)"
    r"\.? $"
)


# A title that is part of a longer word: another title made with it ('대표이사', '代表取締役':
# the representative director, whom English often calls the CEO; '사외이사', '副社長',
# '명예회장') or the body it sits on ('이사회', '取締役会': the board). A Korean word's first
# letters must start the word: '중기부장관' is the ministry's 장관
_TITLE_PREFIX = {
    "ko": lazy_compile(
        rf"(?<![{_HANGUL}])(?:대표|사외|사내|상임|비상임|등기|부|명예|수석|공동|선임|전무|상무)\Z"
    ),
    "ja": lazy_compile(r"(?:代表|社外|社内|常勤|非常勤|副|名誉|筆頭)\Z"),
}
_BOARD = {"ko": ("이사", "회"), "ja": ("取締役", "会")}
# a title before a word for a meeting names the meeting of those who hold the office, no
# person ('日韓環境大臣会合', '한일 환경장관회의': 'the Environment Ministers' Meeting')
_MEETING_AFTER = {
    "ja": lazy_compile(r"会合|会議|会談|懇談会|サミット"),
    "ko": lazy_compile(r" ?(?:회의|회담|회동|간담회)"),
}
# Korean places whose last syllables spell a title: '행사장' (a venue) holds 사장, '전시장' (an
# exhibition hall) 시장, '공사장' (a building site) 사장
_KO_PLACES_WITH_TITLES = ("행사장", "전시장", "공사장")


def in_compound_title(ctx: TranslationContext, match: TermMatch) -> bool:
    """Whether ``match``, a title in a Japanese or Korean msgid, is part of a longer word
    that is no such title ('대표이사', '代表取締役' are no plain director, as 'CEO' renders
    them; '이사회', '取締役会' are the board; '행사장' is a venue; '環境大臣会合' is a
    meeting of ministers)."""
    lang = language(ctx.source_lang)
    prefix = _TITLE_PREFIX.get(lang)
    if prefix is None or match.entry.kind != "title":
        return False
    msgid = mask_tags(ctx.pair.msgid)
    if prefix.search(msgid[max(0, match.start - 4) : match.start]):
        return True
    if lang == "ko" and msgid[max(0, match.start - 1) : match.end] in _KO_PLACES_WITH_TITLES:
        return True
    if lang == "ko" and _ko_word_runs_on(msgid, match.end):
        return True
    if _MEETING_AFTER[lang].match(msgid, match.end):
        return True
    title, body = _BOARD[lang]
    return match.text.endswith(title) and msgid.startswith(body, match.end)


# what may follow a Korean title in its own word: a particle or a word's ending, an
# honorific ('사장님'), a student of its course ('박사과정생') or the plural ('이사들')
_KO_TITLE_ENDS = WORD_END_SYLLABLES | frozenset("님생들")


def _ko_word_runs_on(msgid: str, end: int) -> bool:
    """Whether a Korean title ending at ``end`` runs on into a longer word, by a syllable
    that is neither a particle nor a word's ending: '사장교' (a cable-stayed bridge, 斜張橋)
    holds no 사장, '부장판사' (a presiding judge) no 부장, '시장경제' no mayor."""
    after = msgid[end : end + 1]
    return is_syllable(after) and after not in _KO_TITLE_ENDS


_OPEN_BRACKETS = frozenset("(（")
_CLOSE_BRACKETS = frozenset(")）")


def titles_swapped_in_brackets(ctx: TranslationContext) -> tuple[str, str] | None:
    """(the source's title outside brackets, its title inside) where the translation
    gives the first in brackets and the second outside: a personnel line's new post and
    its current one ('取締役 専務執行役員 藤村 和樹（現 常務執行役員）' as 'Managing Executive
    Officer: Kazuki Fujimura (currently Senior Managing Executive Officer)'). Only two
    titles each given once on both sides, one moved into the brackets and the other out,
    are judged: a translation that brackets or unbrackets both restyles the line."""
    source = mask_tags(ctx.pair.msgid)
    if not any(c in source for c in _OPEN_BRACKETS):
        return None
    mine = _titles_bracketed(source, source_matches(ctx))
    if len(mine) < 2:
        return None
    target = mask_tags(ctx.pair.msgstr)
    theirs = _titles_bracketed(target, target_matches(ctx))
    moved_in = [m for key, (m, inside) in mine.items() if not inside and _inside(theirs, key)]
    moved_out = [m for key, (m, inside) in mine.items() if inside and _inside(theirs, key) is False]
    if len(moved_in) != 1 or len(moved_out) != 1:
        return None
    return moved_in[0].text, moved_out[0].text


def title_given_another_rank(ctx: TranslationContext) -> tuple[TermMatch, TermMatch] | None:
    """(a title of the source, the title the translation gives for one of its
    occurrences) where the translation writes a glossary title fewer times than the source
    and another glossary title more times: one of two people's posts given the other's
    rank ('윤태경 전무가 부사장으로, 강민호 상무가 전무로 승진' with 'Executive Vice
    President' twice and 'Senior Vice President' once). A title dropped with nothing in its
    place is a repetition left out; one missing everywhere is reported as missing."""
    source = _title_counts(source_matches(ctx))
    if sum(count for _, count in source.values()) < 2:
        return None  # (nearly every message: one title or none)
    target = _title_counts(target_matches(ctx))
    fewer = [m for key, (m, n) in source.items() if 0 < target.get(key, (m, 0))[1] < n]
    more = [m for key, (m, n) in target.items() if n > source.get(key, (m, 0))[1]]
    if len(fewer) != 1 or len(more) != 1:
        return None
    return fewer[0], more[0]


def _title_counts(matches: list[TermMatch]) -> dict[str, tuple[TermMatch, int]]:
    """Each title entry's first match and how many times it is written (the longest match
    where two overlap: 'Vice President' of 'Senior Vice President' is not counted)."""
    titles = [m for m in matches if m.entry.kind == "title" and m.kind in {"approved", "variant"}]
    counts: dict[str, tuple[TermMatch, int]] = {}
    for m in titles:
        if any(_within(m, other) for other in titles):
            continue
        first, n = counts.get(m.entry.id, (m, 0))
        counts[m.entry.id] = (first, n + 1)
    return counts


def _inside(found: dict[str, tuple[TermMatch, bool]], key: str) -> bool | None:
    return found[key][1] if key in found else None


def _titles_bracketed(text: str, matches: list[TermMatch]) -> dict[str, tuple[TermMatch, bool]]:
    """Each title given once in ``text`` (the longest match where two overlap), by its
    entry's id → the match and whether it stands in brackets."""
    titles = [m for m in matches if m.entry.kind == "title" and m.kind in {"approved", "variant"}]
    titles = [m for m in titles if not any(_within(m, other) for other in titles)]
    counts: dict[str, int] = {}
    for m in titles:
        counts[m.entry.id] = counts.get(m.entry.id, 0) + 1
    return {m.entry.id: (m, _in_brackets(text, m.start)) for m in titles if counts[m.entry.id] == 1}


def _within(match: TermMatch, other: TermMatch) -> bool:
    """Whether ``match`` is part of a longer match ('Managing Executive Officer' of
    'Senior Managing Executive Officer')."""
    longer = other.end - other.start > match.end - match.start
    return longer and other.start <= match.start and match.end <= other.end


def _in_brackets(text: str, at: int) -> bool:
    depth = 0
    for c in text[:at]:
        if c in _OPEN_BRACKETS:
            depth += 1
        elif c in _CLOSE_BRACKETS and depth:
            depth -= 1
    return depth > 0
