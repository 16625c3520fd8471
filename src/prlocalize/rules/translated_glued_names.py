"""prlocalize.rules.translated_glued_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Korean translation that writes a glossary person's name in one word with the title,
organisation or place beside it ('윤하은다솔텔레콤 대표이사는', '윤하은대표이사는',
'(대표이사김서연,'): Korean spelling sets them apart, as the translation's release will
be checked for. The name's approved form is in the translation, so the missing-form
check has nothing to say of it. PR101 reads a Korean release with the same function.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from prlocalize.glossary.matcher import FormKind, TermMatch
from prlocalize.glossary.model import Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.name_slips import KO_GLUED_AFTER_NAME, KO_NAME_WORD_ENDS, NameSlipIndex

_HANGUL_SYLLABLE = lazy_compile("[\uac00-\ud7a3]")
_NAME_FORMS = frozenset({FormKind.APPROVED, FormKind.VARIANT})


@dataclass(frozen=True, slots=True)
class GluedName:
    """A name at ``[start, end)`` of the translation run into ``other`` beside it."""

    name: TermMatch
    other: str  # the title, organisation or place, as written
    what: str  # 'its title', 'the organisation', 'the place'
    start: int
    end: int
    spaced: str  # the two set apart


def glued_korean_names(
    text: str, matches: Sequence[TermMatch], index: NameSlipIndex, persons: set[str] | None = None
) -> list[GluedName]:
    """The glossary persons of ``matches`` (``text``'s glossary matches in Korean; only
    those of ``persons``, entry ids, when given) that ``text`` glues to a glossary title
    before or after them, or to an organisation, a place or a title after them."""
    bodies = {t.start: t for t in matches if t.entry.kind in KO_GLUED_AFTER_NAME}
    out: list[GluedName] = []
    for t in matches:
        if t.entry.kind is not Kind.PERSON or t.kind not in _NAME_FORMS:
            continue
        if persons is not None and t.entry.id not in persons:
            continue
        if t.start and _HANGUL_SYLLABLE.match(text[t.start - 1]):
            # a title before the name, in one word with it: '(대표이사김서연,'
            before = index.glued_title_before(text, t.start)
            if before is None or not KO_NAME_WORD_ENDS.match(text, t.end):
                continue  # the name's letters inside a longer word
            start = t.start - len(before)
            out.append(GluedName(t, before, "its title", start, t.end, f"{before} {t.text}"))
            continue
        other = index.glued_title(text, t.end)
        what = "its title"
        if other is None and t.end in bodies and _HANGUL_SYLLABLE.match(text[t.end - 1]):
            body = bodies[t.end]
            other = body.text
            what = KO_GLUED_AFTER_NAME[body.entry.kind]
        if other is None:
            continue
        out.append(GluedName(t, other, what, t.start, t.end + len(other), f"{t.text} {other}"))
    return out
