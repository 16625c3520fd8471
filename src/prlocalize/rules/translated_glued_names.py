"""prlocalize.rules.translated_glued_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Korean translation that writes a glossary person's name in one word with the title,
organisation or place beside it ('윤하은다솔텔레콤 대표이사는', '윤하은대표이사는',
'(대표이사김서연,'): Korean spelling sets them apart, as the translation's release will
be checked for (PR101 reports the same in a Korean release). The name's approved form
is in the translation, so the missing-form check has nothing to say of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from prlocalize.glossary.matcher import FormKind, TermMatch
from prlocalize.glossary.model import Glossary, Kind
from prlocalize.rules.name_slips import KO_GLUED_AFTER_NAME, KO_NAME_WORD_ENDS, name_slip_index

_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")
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
    msgstr: str, in_target: list[TermMatch], persons: set[str], glossary: Glossary
) -> list[GluedName]:
    """The names of ``persons`` (entry ids the source names) that ``msgstr``, a Korean
    translation whose glossary matches are ``in_target``, glues to a title of the
    glossary before or after them or to an organisation or a place after them."""
    index = None
    bodies = {t.start: t for t in in_target if t.entry.kind in KO_GLUED_AFTER_NAME}
    out: list[GluedName] = []
    for t in in_target:
        if t.entry.kind is not Kind.PERSON or t.kind not in _NAME_FORMS:
            continue
        if t.entry.id not in persons:
            continue
        if index is None:
            index = name_slip_index(glossary, "ko")
        if t.start and _HANGUL_SYLLABLE.match(msgstr[t.start - 1]):
            before = index.glued_title_before(msgstr, t.start)
            if before is None or not KO_NAME_WORD_ENDS.match(msgstr, t.end):
                continue  # the name's letters inside a longer word
            start = t.start - len(before)
            out.append(GluedName(t, before, "its title", start, t.end, f"{before} {t.text}"))
            continue
        other = index.glued_title(msgstr, t.end)
        what = "its title"
        if other is None and t.end in bodies and _HANGUL_SYLLABLE.match(msgstr[t.end - 1]):
            body = bodies[t.end]
            other = body.text
            what = KO_GLUED_AFTER_NAME[body.entry.kind]
        if other is None:
            continue
        out.append(GluedName(t, other, what, t.start, t.end + len(other), f"{t.text} {other}"))
    return out
