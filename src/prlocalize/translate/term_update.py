"""prlocalize.translate.term_update
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A fuzzy memory match that names other glossary entries than the text is not used as
it is: "Kim Minjun, CEO of Hanbit, said …" is close to "Park Jihoon, CEO of Hanbit,
said …" as characters go, and a draft with the wrong person in it is worse than none.
But when the two differ in those names only, the stored translation with the text's
names in their approved forms is the draft a translator wants; CAT tools replace terms
in such matches the same way.

:func:`update_terms` does it where it is certain:

* the memory's source and the text name entries of the same kinds in the same order,
  and their other words are the same (figures aside, which are changed next, see
  :mod:`~prlocalize.translate.figure_update`);
* each entry replaced is said in the stored translation (in any accepted form) as
  often as its source says it, and is not also one that stays;
* the new entry has an approved form in the target language.

In Korean the particle after each name put in is made to fit it ('박지훈은' where the
stored translation had '김민준은' … '김민수는'), in English the article before it. The
result says each new entry and none of those replaced. Anything less certain gives None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from prlocalize.glossary.matcher import FormKind
from prlocalize.locales import language

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch, TermMatcher


@dataclass(frozen=True)
class TermUpdate:
    """A stored translation with the text's glossary entries put in, and what changed."""

    text: str
    source: str  # the memory's source with the text's names in it (for the figures next)
    changes: tuple[tuple[str, str], ...]  # (as the stored translation said it, now)


def update_terms(
    text: str,
    memory_source: str,
    memory_target: str,
    source_terms: TermMatcher,
    target_terms: TermMatcher,
) -> TermUpdate | None:
    """``memory_target`` with the glossary entries in which ``text`` differs from
    ``memory_source`` changed to the text's (see the module), or None."""
    new, old = _named(source_terms, text), _named(source_terms, memory_source)
    if not old or len(old) != len(new):
        return None
    pairs = list(zip(old, new, strict=True))
    if any(a.entry.kind is not b.entry.kind for a, b in pairs):
        return None
    lang = language(source_terms.locale)
    if _words(memory_source, old, lang) != _words(text, new, lang):
        return None  # other words differ too: the draft's words may be wrong
    replaced: dict[str, TermMatch] = {}
    for a, b in pairs:
        if a.entry.id == b.entry.id:
            continue
        if replaced.get(a.entry.id, b).entry.id != b.entry.id:
            return None  # one entry of the memory becoming two of the text
        replaced[a.entry.id] = b
    kept = {a.entry.id for a, b in pairs if a.entry.id == b.entry.id}
    if not replaced or kept & replaced.keys():
        return None  # nothing to replace, or an entry both replaced and kept
    said = _named(target_terms, memory_target)
    edits: list[tuple[int, int, str]] = []
    for old_id, match in replaced.items():
        at = [m for m in said if m.entry.id == old_id]
        if len(at) != sum(1 for a in old if a.entry.id == old_id):
            return None  # said more or less often than the source says it
        form = match.entry.approved(target_terms.locale)
        if not form:
            return None
        edits += [(m.start, m.end, form) for m in at]
    edits.sort()
    out: list[str] = []
    put: list[tuple[str, int]] = []  # each form put in and its offset in the result
    size = pos = 0
    for start, end, form in edits:
        out += [memory_target[pos:start], form]
        size += start - pos
        put.append((form, size))
        size += len(form)
        pos = end
    out.append(memory_target[pos:])
    result = _fitted("".join(out), put, target_terms.locale)
    ids = {m.entry.id for m in _named(target_terms, result)}
    if not {m.entry.id for m in replaced.values()} <= ids or ids & replaced.keys():
        return None
    changes = tuple((memory_target[s:e], form) for s, e, form in edits)
    return TermUpdate(result, _with_names(memory_source, old, new, lang), changes)


def _named(terms: TermMatcher, text: str) -> list[TermMatch]:
    """The glossary entries ``text`` names, as it names them (no forbidden forms)."""
    return [m for m in terms.find(text) if m.kind is not FormKind.FORBIDDEN]


def _words(text: str, matches: list[TermMatch], lang: str) -> str:
    """``text`` without its names and its figures (which :func:`~prlocalize.translate.
    figure_update.update_figures` changes next), its spacing made even; a name and a
    figure that overlap ('Mobility 2030') leave it as it is. In Korean the particle after
    a name is the one its name takes ('윤서진은', '모리 하루카는'): one form stands for
    both, so that two sentences differing in the name only are alike."""
    from prlocalize.catalog.figures import items
    from prlocalize.translate.figure_update import words_around

    spans = sorted([(m.start, m.end) for m in matches] + [(i.start, i.end) for i in items(text)])
    words = words_around(text, spans)
    if lang == "ko":
        words = _KO_PARTICLE_AFTER.sub(lambda m: m[1] + _KO_PARTICLE_FORM[m[2]], words)
    return words


# a particle right after a name taken out ('\x00은'), closing quotes between
_KO_PARTICLE_FORM = {
    "은": "은", "는": "은", "이": "이", "가": "이", "을": "을", "를": "을",
    "과": "과", "와": "과", "으로": "로", "로": "로",
}  # fmt: skip
_KO_PARTICLE_AFTER = re.compile("(\x00['\"’”」』]{0,2})(으로|[은는이가을를과와로])")


def _with_names(memory_source: str, old: list[TermMatch], new: list[TermMatch], lang: str) -> str:
    """The memory's source with the text's names where its own were (in Korean, with the
    particle after each made to fit it)."""
    out: list[str] = []
    put: list[tuple[str, int]] = []
    at = size = 0
    for a, b in zip(old, new, strict=True):
        out += [memory_source[at : a.start], b.text]
        size += a.start - at
        put.append((b.text, size))
        size += len(b.text)
        at = a.end
    out.append(memory_source[at:])
    return _fitted("".join(out), put, lang) if lang == "ko" else "".join(out)


def _fitted(text: str, put: list[tuple[str, int]], locale: str) -> str:
    """``text`` with the Korean particle after, or the English article before, each form
    put in made to fit it."""
    if language(locale) == "ko":
        from prlocalize.hangul import fix_particles

        return fix_particles(text, [(form, start + len(form)) for form, start in put])
    if language(locale) == "en":
        from prlocalize.articles import fix_articles

        return fix_articles(text, put)
    return text
