"""prlocalize.rules.latin_glosses
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary name in Hangul or Japanese script glossed in brackets in Latin letters, as
Korean and Japanese releases introduce a product, a brand or a company ('달모리 세라마이드
배리어 크림(DALMORI Ceramide Barrier Cream)', '하람뷰티(Haram Beauty)'): the gloss is the
entry's English form, so one written a letter or two off it ('(DALMORI Ceramid Barrier
Cream)', '(Haram Beuty)') is misspelt, for PR102. A gloss that is any glossary's English
form, or the form in other capitals, spacing or hyphens, or another name altogether (two
edits or more in a short one), is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA

from prlocalize.glossary.matcher import FormKind, TermMatch
from prlocalize.glossary.model import Glossary
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip

# the bracket right after the name, in Latin letters ('(Cica Barrier)', '（Haram Beauty）')
_GLOSS = lazy_compile(r" ?[(（]([A-Za-z][A-Za-z0-9 .,&'’+%-]{2,80})[)）]")
_NAMING = frozenset({FormKind.APPROVED, FormKind.VARIANT})
# the shortest English form whose gloss is judged, and the edits it may be off by
_SHORTEST = 6
_LONG = 16


def gloss_slips(text: str, matches: Sequence[TermMatch], glossary: Glossary) -> list[Slip]:
    """The Latin glosses in ``text`` of the names ``matches`` found that are one edit off
    their entry's English form (two in a form of sixteen letters or more; two letters
    swapped are one)."""
    if "(" not in text and "（" not in text:
        return []
    found: list[Slip] = []
    for match in matches:
        if match.kind not in _NAMING:
            continue
        gloss = _GLOSS.match(text, match.end)
        if gloss is None:
            continue
        written = gloss[1].strip()
        english = match.entry.forms.get("en")
        forms = english.accepted if english is not None else ()
        wanted = _nearest(written, forms)
        if wanted is None or _known(written, glossary):
            continue
        start = gloss.start(1)
        found.append(Slip(start, start + len(written), written, (wanted,)))
    return found


def _nearest(written: str, forms: Iterable[str]) -> str | None:
    """The form ``written`` misspells, else None (written as it, or as another name)."""
    best: tuple[int, str] | None = None
    for form in forms:
        if _plain(form) == _plain(written):
            return None  # the form itself, in other capitals or spacing
        if len(form) < _SHORTEST:
            continue
        edits = OSA.distance(written, form, score_cutoff=2)
        if edits <= (2 if len(form) >= _LONG else 1) and (best is None or edits < best[0]):
            best = (edits, form)
    return best[1] if best is not None else None


def _plain(form: str) -> str:
    return "".join(c for c in form.casefold() if c.isalnum())


def _known(written: str, glossary: Glossary) -> bool:
    """Whether ``written`` is an English form of any glossary entry (a longer name's)."""
    plain = _plain(written)
    return any(
        _plain(form) == plain
        for entry in glossary
        if (term := entry.forms.get("en")) is not None
        for form in term.accepted
    )
