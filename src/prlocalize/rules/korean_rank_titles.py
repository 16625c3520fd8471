"""prlocalize.rules.korean_rank_titles
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary person with a Korean name of one word ('서지안') called by another rung of
an office than the release gives the full name, for PR105: Korean releases name a
person in full with the title ('서지안 차관', '(장관 권태현)'), then by family name and
title ('서 차관은'); a rung typed for its neighbour ('서 장관은' for the vice minister,
'한승우 부총장은' for the '총장 한승우' written twice) makes one person two officers.
``rank_titles`` reads names written in two words ('하마사키 레이코'); a Korean name of
three syllables is read here, its first syllable the family name.

The title may follow the person's company, a glossary body ('박도윤 한결전력 사장은').
Rungs of one office differ by '부' before the title or '보' after it ('총장' and
'부총장', '차관' and '차관보'), and a ministry's '장관', '차관' and '차관보' are one
ladder; other titles of the same person ('교수' and '병원장') are other offices. A family
syllable is also a word ('한 회장' is 'a chairman', '고 회장' 'the late chairman'), so
a title after it is judged only after the person is named in full, where no other
person of the release has that family syllable, and only against a rung of an office
the person holds. Of two rungs given the full name, the one written fewer times is
reported. A release about changes of office ('취임', '승진', '선임') is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from prlocalize.document import Segment
from prlocalize.glossary.matcher import FormKind
from prlocalize.glossary.model import Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext
from prlocalize.rules.name_slips import KO_PARTICLE_END
from prlocalize.rules.rank_titles import RankSlip, korean_changes
from prlocalize.rules.support import prose_segments, term_matches

_NAME = lazy_compile("[\uac00-\ud7a3]{3}")
_HANGUL_RUN = lazy_compile("[\uac00-\ud7a3]+")
# the rungs of offices Korean releases title people with, beside the glossary's own
_RUNGS: tuple[str, ...] = (
    "장관",
    "차관",
    "차관보",
    "총장",
    "부총장",
    "사장",
    "부사장",
    "회장",
    "부회장",
)
_RUNGS += ("시장", "부시장", "지사", "부지사", "원장", "부원장", "병원장", "부병원장")
# a ministry's rungs have words of their own
_OFFICE_OF = {"차관": "장관", "차관보": "장관"}
_NAMING = (FormKind.APPROVED, FormKind.VARIANT)


class _Titled(NamedTuple):
    title: str
    segment: Segment
    start: int
    end: int


def korean_rank_slips(ctx: CheckContext) -> Iterator[RankSlip]:
    """Each full name or family name of a glossary person with a Korean name of one
    word, titled with another rung of an office than the release gives the full name."""
    if ctx.glossary is None or language(ctx.document.lang) != "ko":
        return
    segments = [segment for _block, segment in prose_segments(ctx)]
    if korean_changes("\n".join(s.plain for s in segments)):
        return
    rungs = _rungs(ctx)
    pattern = "|".join(map(re.escape, sorted(rungs, key=len, reverse=True)))
    after, before = re.compile(f" ({pattern})"), re.compile(f"({pattern}) $")
    beyond = re.compile(f" [^ ]+ ({pattern})")
    titled: dict[str, list[_Titled]] = {}
    named: dict[str, tuple[str, tuple[int, int]]] = {}  # person → name, where first named
    families: dict[str, set[str]] = {}
    for number, segment in enumerate(segments):
        text = segment.plain
        for m in term_matches(ctx, segment):
            if m.entry.kind is not Kind.PERSON or m.kind not in _NAMING:
                continue
            if not _NAME.fullmatch(m.text) or _HANGUL_RUN.match(text, m.end):
                continue
            families.setdefault(m.text[0], set()).add(m.entry.id)
            named.setdefault(m.entry.id, (m.text, (number, m.start)))
            found = titled.setdefault(m.entry.id, [])
            rung = after.match(text, m.end) or _after_the_body(ctx, segment, m.end, beyond)
            if rung is not None and _word_ends(text, rung.end()):
                title = rung.group(1)
                found.append(_Titled(title, segment, m.start, rung.end()))
            lead = before.search(text, max(0, m.start - 8), m.start)
            if lead is not None and not _HANGUL_RUN.match(text[lead.start() - 1 : lead.start()]):
                found.append(_Titled(lead.group(1), segment, lead.start(), m.end))
    for person, found in titled.items():
        counts = Counter(t.title for t in found)
        offices = {_office(title): title for title in counts}
        if len(offices) != len(counts):
            # two rungs of one office given the full name: the rarer one is the slip
            for t in found:
                rivals = [r for r in counts if r != t.title and _office(r) == _office(t.title)]
                if all(counts[t.title] < counts[r] for r in rivals):
                    written = t.segment.plain[t.start : t.end]
                    yield RankSlip(t.segment, t.start, t.end, written, rivals[0])
            continue
        name, first = named[person]
        if not offices or len(families[name[0]]) > 1:
            continue  # untitled, or a family syllable two persons share
        family = re.compile(f"(?<![\uac00-\ud7a3]){re.escape(name[0])} ({pattern})")
        for number, segment in enumerate(segments):
            for called in family.finditer(segment.plain):
                title = called.group(1)
                held = offices.get(_office(title))
                if held is None or held == title or (number, called.start()) < first:
                    continue
                if _word_ends(segment.plain, called.end()):
                    yield RankSlip(segment, called.start(), called.end(), called.group(), held)


def _after_the_body(
    ctx: CheckContext, segment: Segment, end: int, beyond: re.Pattern[str]
) -> re.Match[str] | None:
    """The title after a glossary body between it and the name ending at ``end``
    ('박도윤 한결전력 사장은'), as Korean releases title a person in a quote's lead."""
    rung = beyond.match(segment.plain, end)
    if rung is None:
        return None
    body_end = rung.start(1) - 1
    if any(
        t.entry.kind is Kind.ORG and t.kind in _NAMING and t.start == end + 1 and t.end == body_end
        for t in term_matches(ctx, segment)
    ):
        return rung
    return None


def _word_ends(text: str, at: int) -> bool:
    """Whether the title's word ends at ``at``, a particle after it or not."""
    run = _HANGUL_RUN.match(text, at)
    return run is None or KO_PARTICLE_END.fullmatch(run.group()) is not None


def _office(title: str) -> str:
    """The office a rung belongs to: '총장' for '부총장', '장관' for '차관보'."""
    if title in _OFFICE_OF:
        return _OFFICE_OF[title]
    if title.startswith("부") and len(title) > 2:
        title = title[1:]
    if title.endswith("보") and len(title) > 2:
        title = title[:-1]
    return _OFFICE_OF.get(title, title)


def _rungs(ctx: CheckContext) -> set[str]:
    """The rungs above and the glossary's Korean titles that are rungs of one of them."""
    rungs = set(_RUNGS)
    for entry in ctx.glossary or ():
        term = entry.term("ko") if entry.kind is Kind.TITLE else None
        for form in term.accepted if term is not None else ():
            if _HANGUL_RUN.fullmatch(form) and _office(form) in rungs:
                rungs.add(form)
    return rungs
