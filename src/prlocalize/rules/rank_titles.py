"""prlocalize.rules.rank_titles
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary person called by a rank after the family name ('浜崎専務', '하마사키 전무') that
none of the titles the release gives the person's full name holds ('常務執行役員の浜崎
玲子', '하마사키 레이코 상무'), for PR105: Japanese and Korean releases name a person in
full with the title once, then by family name and rank, and a rank typed for its
neighbour (専務 for 常務, 전무 for 상무) makes one person two officers. A title last in
the brackets after the full name is the person's too, as a university's release lists
its researchers ('井上 遥（東都大学大学院理学系研究科 准教授）').

A release about changes of office (役員人事, 임원 인사: '就任', '新任', '（現', '승진',
'선임') gives one person two titles on purpose, the old and the new, and is left alone;
so is a family name the release also gives another given name. A Japanese university's
ranks are read the same way ('森川教授' for the '准教授 森川 悠斗'); Korean calls every
professor 교수. So are the glossary's own titles that are rungs of one office, set apart
by a '副', '准' or '次' before or a '補' or '政務官' after ('副知事' and '知事', '大臣政務官'
and '大臣'; '부지사' and '지사', '차관보' and '차관'): a government's and a university's
offices, which no fixed list holds. The full name is the person's written with its space
or without ('花沢亮太知事' for the glossary's '花沢 亮太'), as Japanese releases write a
name before its title, and a Korean person's name in katakana is read family name first
('パク・ミンジ市長', then 'パク副市長'), as Japanese writes it, unlike a Western name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from prlocalize.document import Segment
from prlocalize.glossary.matcher import FormKind, TermMatch
from prlocalize.glossary.model import Entry, Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.base import CheckContext
from prlocalize.rules.support import prose_segments, term_matches

# the ranks a release calls a company's officers by after the family name, longest first
_RANKS = {
    # a university's ranks too: Japanese keeps 准教授 and 教授 apart after a name, where
    # Korean calls every professor 교수
    "ja": ("副社長", "会長", "社長", "専務", "常務", "准教授", "教授", "助教"),
    "ko": ("부사장", "회장", "사장", "전무", "상무"),
}
# what makes a title another rank of the same office, before it or after it ('副大臣',
# '准教授', '次官補', '大臣政務官' beside '大臣'; '차관보' beside '차관'): the glossary's
# titles one of these sets apart are ranks too, a rung of one ladder each ('부지사' and
# '지사', '부시장' and '시장'): not a professor's, as Korean calls a '부교수' '교수' after
# the name, as every professor
_RUNGS = {
    "ja": (("副", "准", "次"), ("補", "政務官")),
    "ko": (("부",), ("보",)),
}
_NO_RUNGS = {"ko": frozenset({"교수"})}
# what follows a family name in Japanese that is no given name
_NOT_GIVEN = ("研究", "氏")
# a reading in brackets between a name and its title ('森川 悠斗（もりかわ ゆうと）准教授')
_READING = lazy_compile(r"[（(][\u3041-\u3096\u30a1-\u30faー・ \u3000]{1,40}[）)]")
# the words of a release about changes of office, where one person has two titles
_CHANGES = {
    "ja": lazy_compile(r"人事|異動|就任|新任|退任|昇格|昇任|[（(]現|現職|旧役職|新役職|→"),
    "ko": lazy_compile(r"인사|승진|선임|신임|취임|전임|퇴임|[（(]현|현 직|→"),
}
_NAMING = (FormKind.APPROVED, FormKind.VARIANT)
_KATAKANA = lazy_compile("[\u30a1-\u30faー]+")
_KOREAN_NAME = lazy_compile("[\uac00-\ud7a3]{2,4}")
_OFFICES = frozenset({Kind.PLACE, Kind.ORG})
# a name's affiliation in brackets after it, its title last, as a university's release
# lists its researchers ('井上 遥（東都大学大学院理学系研究科 准教授）')
_AFFILIATION = lazy_compile(r"[ \u3000]?[（(]([^（()）\n]{1,60})[）)]")


class RankSlip(NamedTuple):
    segment: Segment
    start: int
    end: int
    written: str  # '浜崎専務'
    titled: str  # how the release titles the full name: '常務執行役員'


class _Person(NamedTuple):
    entry: Entry
    family: str
    titles: set[str]  # the titles the release gives the full name


def rank_slips(ctx: CheckContext) -> Iterator[RankSlip]:
    """Each family name and rank of a glossary person that no title of the full name
    holds, in a Japanese or Korean release that changes no office."""
    lang = ctx.document.lang[:2]
    ranks, changes = _RANKS.get(lang), _CHANGES.get(lang)
    if ranks is None or changes is None or ctx.glossary is None:
        return
    segments = [segment for _block, segment in prose_segments(ctx)]
    release = "\n".join(segment.plain for segment in segments)
    if changes.search(release):
        return
    titles = _title_forms(ctx, lang)
    ranks = _with_rungs(ranks, titles, lang)
    persons = _titled_persons(ctx, segments, titles, lang)
    for person in persons.values():
        if not person.titles or _family_of_another(release, person, lang, ranks):
            continue
        for segment in segments:
            yield from _slips_in(segment, person, ranks, lang)


def korean_changes(release: str) -> bool:
    """Whether a Korean release is about changes of office ('취임', '승진', '선임')."""
    return _CHANGES["ko"].search(release) is not None


def _title_forms(ctx: CheckContext, lang: str) -> list[str]:
    """The glossary's titles in ``lang`` and the ranks, longest first."""
    forms = {
        form
        for entry in ctx.glossary or ()
        if entry.kind is Kind.TITLE
        for term in (entry.forms.get(lang),)
        if term is not None
        for form in term.accepted
    }
    return sorted(forms | set(_RANKS[lang]), key=len, reverse=True)


def _with_rungs(ranks: tuple[str, ...], titles: list[str], lang: str) -> tuple[str, ...]:
    """``ranks`` and the glossary's titles that are rungs of one ladder ('大臣', '副大臣',
    '大臣政務官'), longest first: a rank typed for its neighbour there makes another
    officer, as 専務 for 常務 does."""
    before, after = _RUNGS[lang]
    known = set(titles) - _NO_RUNGS.get(lang, frozenset())
    rungs = {
        title
        for title in titles
        for base in (title.removeprefix(p) for p in before if title.startswith(p))
        if base in known
    } | {
        title
        for title in titles
        for base in (title.removesuffix(a) for a in after if title.endswith(a))
        if base in known
    }
    bases = {t.removeprefix(p) for t in rungs for p in before if t.startswith(p)}
    bases |= {t.removesuffix(a) for t in rungs for a in after if t.endswith(a)}
    found = (set(ranks) | rungs | (bases & known)) - {""}
    return tuple(sorted(found, key=len, reverse=True))


def _titled_persons(
    ctx: CheckContext, segments: list[Segment], titles: list[str], lang: str
) -> dict[str, _Person]:
    """The glossary persons the release names in full, with the titles beside the name
    ('常務執行役員の浜崎 玲子', '浜崎 玲子常務', '하마사키 레이코 상무')."""
    persons: dict[str, _Person] = {}
    for segment in segments:
        text = segment.plain
        matches = term_matches(ctx, segment)
        for m in matches:
            if m.entry.kind is not Kind.PERSON or m.kind not in _NAMING:
                continue
            family = _family(m.entry.approved(lang) or "", m.entry)
            if family is None:
                continue
            person = persons.setdefault(m.entry.id, _Person(m.entry, family, set()))
            before = text[max(0, m.start - 24) : m.start].rstrip(" \u3000の：:")
            after = text[m.end : m.end + 64].lstrip(" \u3000")
            reading = _READING.match(after)
            after = after[reading.end() if reading else 0 :][:24].lstrip(" \u3000")
            # the longest title on each side: '副社長' holds no '社長'
            person.titles.update(
                next((t for t in titles if side(t)), "")
                for side in (before.endswith, after.startswith)
            )
            # a place or body the person heads between name and title ('하나자와 료타
            # 효고현 지사', '박민지 부산 시장')
            office = _office_after(text, m.end, matches)
            if office is not None:
                rest = text[office : office + 24].lstrip(" \u3000")
                person.titles.add(next((t for t in titles if rest.startswith(t)), ""))
            aside = _AFFILIATION.match(text, m.end)
            if aside is not None and reading is None:
                inner = aside.group(1).rstrip(" \u3000")
                person.titles.add(next((t for t in titles if inner.endswith(t)), ""))
            person.titles.discard("")
    return persons


def _office_after(text: str, end: int, matches: Sequence[TermMatch]) -> int | None:
    """The end of a glossary place or organisation written right after a name that ends
    at ``end`` (a space between them or not), or None."""
    start = end + (len(text[end:]) - len(text[end:].lstrip(" \u3000")))
    return next(
        (m.end for m in matches if m.start == start and m.entry.kind in _OFFICES),
        None,
    )


def _family(name: str, entry: Entry) -> str | None:
    """The family name of a name the glossary writes in two parts, family name first
    ('浜崎 玲子', '하마사키 레이코'), or of a Korean person's name in katakana ('パク・ミンジ'
    for '박민지', which keeps Korean order where a Western name's katakana does not);
    None for a name of one word or in Latin letters."""
    family, space, given = name.replace("\u3000", " ").partition(" ")
    if not space:
        family, space, given = name.partition("・")
        if not space or not _KATAKANA.fullmatch(family) or not _korean_name(entry):
            return None
    if not given or " " in given or family.isascii():
        return None
    return family


def _korean_name(entry: Entry) -> bool:
    """Whether ``entry``'s Korean form is a Korean name: one word of two to four syllables."""
    ko = entry.forms.get("ko")
    return ko is not None and _KOREAN_NAME.fullmatch(ko.text) is not None


def _family_of_another(release: str, person: _Person, lang: str, ranks: tuple[str, ...]) -> bool:
    """Whether the release writes the family name before another given name too ('浜崎
    健'), so that family name and rank may be another person's."""
    term = person.entry.forms.get(lang)
    # the person's own name, written with its space or without ('花沢亮太知事', as
    # Japanese releases often write a name before its title)
    own = [_unspaced(form) for form in term.accepted] if term is not None else []
    word = "[\uac00-\ud7a3]" if lang == "ko" else "[\u4e00-\u9fff々]"
    if _KATAKANA.fullmatch(person.family):
        word = "[\u30a1-\u30faー\u4e00-\u9fff々]"
    for m in re.finditer(re.escape(person.family) + rf"[ \u3000・]?({word}+)", release):
        rest = m.group(1)
        written = _unspaced(m.group())
        if any(written in form or form in written for form in own):
            continue
        if rest.startswith(ranks) or any(rest.startswith(t) for t in person.titles):
            continue
        if lang == "ja" and rest.startswith(_NOT_GIVEN):
            continue  # the person's laboratory ('森川研究室'), or the person ('森川氏')
        if lang == "ko" and len(rest) == 1:
            continue  # a particle ('하마사키는')
        return True
    return False


def _unspaced(name: str) -> str:
    return name.replace(" ", "").replace("\u3000", "")


def _slips_in(
    segment: Segment, person: _Person, ranks: tuple[str, ...], lang: str
) -> Iterator[RankSlip]:
    """The family name and rank of ``person`` in ``segment`` that its titles do not hold."""
    text = segment.plain
    space, letter = (" ?", "\uac00-\ud7a3") if lang == "ko" else ("", "\u4e00-\u9fff々")
    if _KATAKANA.fullmatch(person.family):
        letter += "\u30a1-\u30faー・"  # not the end of a longer katakana name
    # the family name as a word of its own: not the end of another ('小川専務' for '川')
    pattern = (
        f"(?<![{letter}])"
        + re.escape(person.family)
        + space
        + "("
        + "|".join(map(re.escape, ranks))
        + ")"
    )
    for m in re.finditer(pattern, text):
        rank = m.group(1)
        after = text[m.end() : m.end() + 1]
        if lang == "ja" and "\u4e00" <= after <= "\u9fff":
            continue  # a longer title glued on ('浜崎専務執行役員')
        held = {r for title in person.titles for r in _ranks_held(title, ranks)}
        if rank in held:
            continue
        ranked = [t for t in person.titles if _ranks_held(title=t, ranks=ranks)]
        if not ranked:
            continue  # titled by function only ('最高経営責任者'): any rank may go with it
        titled = sorted(ranked, key=len, reverse=True)[0]
        yield RankSlip(segment, m.start(), m.end(), m.group(), titled)


def _ranks_held(title: str, ranks: tuple[str, ...]) -> set[str]:
    """The ranks a title holds, each read as the longest rank there: '専務' in
    '専務執行役員', '准教授' and not '教授' in '准教授', '副社長' and not '社長' in '副社長'."""
    pattern = "|".join(map(re.escape, sorted(ranks, key=len, reverse=True)))
    return set(re.findall(pattern, title))
