"""prlocalize.rules.korean_spacing
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Korean glossary name the release writes closed ('아사기리상사', '신해남변전소') and, in
another place, with a space inside it ('아사기리 상사', '신해남 변전소'): one entity written
two ways, for PR105. Korean spacing of a compound name is the slip a draft edited by
several hands most often leaves, and the release's own closed form (the glossary's) says
which way it is written. Only a form the release itself writes closed is looked for, with
one space between two parts of two syllables or more, and not where the spaced words are
a glossary form of their own.

The other way round too: a name the glossary and the release write with spaces, as a
ministry names its programmes and centres ('청년 주거 디딤돌 사업', '청년 주거 거점 센터'),
written elsewhere with one of those spaces dropped ('청년주거 디딤돌 사업').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from prlocalize.document import Segment
from prlocalize.glossary.matcher import FormKind
from prlocalize.glossary.model import Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext
from prlocalize.rules.consistency import entity_occurrences
from prlocalize.rules.support import prose_segments, term_matches

_HANGUL_NAME = lazy_compile("[\uac00-\ud7a3]{4,}")
_KINDS = frozenset({Kind.ORG, Kind.PLACE, Kind.BRAND})
# ... and a name or a term in Hangul closed on a Latin designation, as cosmetics and
# devices name an ingredient or a model ('세라마이드NP', '비타민C', '나이아신아마이드B3'),
# written elsewhere with a space before it ('세라마이드 NP')
_HANGUL_LATIN_NAME = lazy_compile("[\uac00-\ud7a3]{2,}[A-Z][A-Za-z0-9]{0,3}")
_LATIN_KINDS = _KINDS | {Kind.TERM}
# ... and the kind a spaced name is read for: a programme's or a law's ('청년 주거 디딤돌
# 사업'), not a company's, whose closed form may name another body ('한빛바이오 연구소')
_SPACED_KINDS = frozenset({Kind.TERM})
# the particles a name may take ('센터를', '센터에서'); any other syllable after it makes
# it the start of a longer word ('청년주거비' is no '청년 주거')
_PARTICLES = (
    "에서|으로|까지|에게|부터|보다|처럼|이며|이다|이나|에는|에도|와의|과의|만의|"
    "은|는|이|가|을|를|의|에|도|와|과|로|만"
)
_SPACED_HANGUL_NAME = lazy_compile("[\uac00-\ud7a3]{2,}(?: [\uac00-\ud7a3]{2,})+")
_NAMING = frozenset({FormKind.APPROVED, FormKind.VARIANT})


@dataclass(frozen=True, slots=True)
class SpacedName:
    segment: Segment
    start: int
    end: int
    closed: str  # the form as the release writes it elsewhere (closed, or spaced)


def spaced_korean_names(ctx: CheckContext) -> Iterator[SpacedName]:
    """The places a Korean release writes with a space a glossary name it writes closed."""
    if language(ctx.document.lang) != "ko" or ctx.matcher is None:
        return
    closed = {
        o.match.text
        for o in entity_occurrences(ctx)
        if (o.match.entry.kind in _KINDS and _HANGUL_NAME.fullmatch(o.match.text))
        or (o.match.entry.kind in _LATIN_KINDS and _HANGUL_LATIN_NAME.fullmatch(o.match.text))
    }
    if not closed:
        return
    spaced = {f"{form[:i]} {form[i:]}": form for form in closed for i in _splits(form)}
    pattern = re.compile(
        "(?<![\uac00-\ud7a3])(?:"
        + "|".join(re.escape(s) for s in sorted(spaced, key=len, reverse=True))
        + ")"
    )
    for _block, segment in prose_segments(ctx):
        text = segment.plain
        if " " not in text:
            continue
        for m in pattern.finditer(text):
            if _named_so(ctx, segment, m.start(), m.end()):
                continue  # '한결 전력' is a form of its own in the glossary
            yield SpacedName(segment, m.start(), m.end(), spaced[m.group()])


def _named_so(ctx: CheckContext, segment: Segment, start: int, end: int) -> bool:
    return any(
        t.kind in _NAMING and t.start <= start and end <= t.end for t in term_matches(ctx, segment)
    )


def _splits(form: str) -> set[int]:
    """Where a space may slip into ``form``: between two parts of two letters or more, and
    before its Latin designation ('비타민 C' for '비타민C')."""
    at = set(range(2, len(form) - 1))
    latin = next((i for i, c in enumerate(form) if c.isascii()), None)
    if latin is not None and latin >= 2:
        at.add(latin)
    return at


def joined_korean_names(ctx: CheckContext) -> Iterator[SpacedName]:
    """The places a Korean release writes with one space dropped a glossary name it writes
    with spaces ('청년주거 디딤돌 사업' beside '청년 주거 디딤돌 사업')."""
    if language(ctx.document.lang) != "ko" or ctx.matcher is None:
        return
    spaced = {
        o.match.text
        for o in entity_occurrences(ctx)
        if o.match.entry.kind in _SPACED_KINDS and _SPACED_HANGUL_NAME.fullmatch(o.match.text)
    }
    if not spaced:
        return
    joined = {
        f"{form[:i]}{form[i + 1 :]}": form
        for form in spaced
        for i, char in enumerate(form)
        if char == " "
    }
    pattern = re.compile(
        "(?<![\uac00-\ud7a3])(?:"
        + "|".join(re.escape(s) for s in sorted(joined, key=len, reverse=True))
        + f")(?=[^\uac00-\ud7a3]|$|(?:{_PARTICLES})(?![\uac00-\ud7a3]))"
    )
    for _block, segment in prose_segments(ctx):
        text = segment.plain
        for m in pattern.finditer(text):
            if _named_so(ctx, segment, m.start(), m.end()):
                continue  # a form of its own in the glossary
            yield SpacedName(segment, m.start(), m.end(), joined[m.group()])
