"""prlocalize.rules.rank_titles
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary person called by a rank after the family name ('浜崎専務', '하마사키 전무') that
none of the titles the release gives the person's full name holds ('常務執行役員の浜崎
玲子', '하마사키 레이코 상무'), for PR105: Japanese and Korean releases name a person in
full with the title once, then by family name and rank, and a rank typed for its
neighbour (専務 for 常務, 전무 for 상무) makes one person two officers.

A release about changes of office (役員人事, 임원 인사: '就任', '新任', '（現', '승진',
'선임') gives one person two titles on purpose, the old and the new, and is left alone;
so is a family name the release also gives another given name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from prlocalize.document import Segment
from prlocalize.glossary.matcher import FormKind
from prlocalize.glossary.model import Entry, Kind
from prlocalize.rules.base import CheckContext
from prlocalize.rules.support import prose_segments, term_matches

# the ranks a release calls a company's officers by after the family name, longest first
_RANKS = {
    "ja": ("副社長", "会長", "社長", "専務", "常務"),
    "ko": ("부사장", "회장", "사장", "전무", "상무"),
}
# the words of a release about changes of office, where one person has two titles
_CHANGES = {
    "ja": re.compile(r"人事|異動|就任|新任|退任|昇格|昇任|[（(]現|現職|旧役職|新役職|→"),
    "ko": re.compile(r"인사|승진|선임|신임|취임|전임|퇴임|[（(]현|현 직|→"),
}
_NAMING = (FormKind.APPROVED, FormKind.VARIANT)


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
    persons = _titled_persons(ctx, segments, titles, lang)
    for person in persons.values():
        if not person.titles or _family_of_another(release, person, lang, ranks):
            continue
        for segment in segments:
            yield from _slips_in(segment, person, ranks, lang)


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


def _titled_persons(
    ctx: CheckContext, segments: list[Segment], titles: list[str], lang: str
) -> dict[str, _Person]:
    """The glossary persons the release names in full, with the titles beside the name
    ('常務執行役員の浜崎 玲子', '浜崎 玲子常務', '하마사키 레이코 상무')."""
    persons: dict[str, _Person] = {}
    for segment in segments:
        text = segment.plain
        for m in term_matches(ctx, segment):
            if m.entry.kind is not Kind.PERSON or m.kind not in _NAMING:
                continue
            family = _family(m.entry.approved(lang) or "")
            if family is None:
                continue
            person = persons.setdefault(m.entry.id, _Person(m.entry, family, set()))
            before = text[max(0, m.start - 24) : m.start].rstrip(" \u3000の：:")
            after = text[m.end : m.end + 24].lstrip(" \u3000")
            for title in titles:
                if before.endswith(title) or after.startswith(title):
                    person.titles.add(title)
    return persons


def _family(name: str) -> str | None:
    """The family name of a name the glossary writes in two parts, family name first
    ('浜崎 玲子', '하마사키 레이코'); None for a name of one word or in Latin letters."""
    family, space, given = name.replace("\u3000", " ").partition(" ")
    if not space or not given or " " in given or family.isascii():
        return None
    return family


def _family_of_another(release: str, person: _Person, lang: str, ranks: tuple[str, ...]) -> bool:
    """Whether the release writes the family name before another given name too ('浜崎
    健'), so that family name and rank may be another person's."""
    term = person.entry.forms.get(lang)
    own = term.accepted if term is not None else ()
    word = "[\uac00-\ud7a3]" if lang == "ko" else "[\u4e00-\u9fff々]"
    for m in re.finditer(re.escape(person.family) + rf"[ \u3000]?({word}+)", release):
        rest = m.group(1)
        if any(m.group().replace("\u3000", " ") in form or form in m.group() for form in own):
            continue
        if rest.startswith(ranks) or any(rest.startswith(t) for t in person.titles):
            continue
        if lang == "ko" and len(rest) == 1:
            continue  # a particle ('하마사키는')
        return True
    return False


def _slips_in(
    segment: Segment, person: _Person, ranks: tuple[str, ...], lang: str
) -> Iterator[RankSlip]:
    """The family name and rank of ``person`` in ``segment`` that its titles do not hold."""
    text = segment.plain
    space, letter = (" ?", "\uac00-\ud7a3") if lang == "ko" else ("", "\u4e00-\u9fff々")
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
        if any(rank in title for title in person.titles):
            continue
        ranked = [t for t in person.titles if any(r in t for r in ranks)]
        if not ranked:
            continue  # titled by function only ('最高経営責任者'): any rank may go with it
        titled = sorted(ranked, key=len, reverse=True)[0]
        yield RankSlip(segment, m.start(), m.end(), m.group(), titled)
