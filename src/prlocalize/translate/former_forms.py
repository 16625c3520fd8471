"""prlocalize.translate.former_forms
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A memory filled from years of past releases translates the company, its plants and
its departments by the names they had then: '空野電機' where the glossary now says
'空野ホールディングス' and lists the old name as a form not to use. Such a match is the
translation a team wants with the name brought up to date; left as it is, it puts the
old name into the catalog (an exact match) or is refused as a whole (a fuzzy one).

:func:`update_former_forms` puts the glossary's approved form where the stored
translation uses a forbidden form of an entry the text names in an accepted form, and
the text's form where the memory's source uses one (so that the figures can be
compared next). A former name cited as such ('（旧社名：空野電機）') stays, and so does
one the text itself says ('Sorano Denki changed its name to Sorano Holdings'). The result
says each change; a translation with no such form gives None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prlocalize.glossary.matcher import FormKind
from prlocalize.rules.former_names import cites_former_name
from prlocalize.translate.term_update import TermUpdate, _fitted

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch, TermMatcher


def update_former_forms(
    text: str,
    memory_source: str,
    memory_target: str,
    source_terms: TermMatcher,
    target_terms: TermMatcher,
) -> TermUpdate | None:
    """``memory_target`` with the forbidden forms of the entries ``text`` names made
    their approved forms, and ``memory_source`` with its forbidden forms of them made
    the text's (see the module), or None when the stored translation has none."""
    said: dict[str, str] = {}  # entry id → the text's own form of it
    old: set[str] = set()  # entries the text names by a former name itself
    for m in source_terms.find(text):
        if m.kind is FormKind.FORBIDDEN:
            old.add(m.entry.id)
        else:
            said.setdefault(m.entry.id, m.text)
    # a text that names an entry by its old name too ('X changed its name to Y') speaks
    # of the old name: its translation says it as well
    said = {entry: form for entry, form in said.items() if entry not in old}
    if not said:
        return None
    edits: list[tuple[int, int, str]] = []
    for m in _stale(target_terms.find(memory_target), memory_target, said):
        form = m.entry.approved(target_terms.locale)
        if form and form != m.text:
            edits.append((m.start, m.end, form))
    if not edits:
        return None
    source_edits = [
        (m.start, m.end, said[m.entry.id])
        for m in _stale(source_terms.find(memory_source), memory_source, said)
    ]
    target = _edited(memory_target, edits, target_terms.locale)
    source = _edited(memory_source, source_edits, source_terms.locale)
    changes = tuple((memory_target[start:end], form) for start, end, form in edits)
    return TermUpdate(target, source, changes)


def _stale(matches: list[TermMatch], text: str, said: dict[str, str]) -> list[TermMatch]:
    """The forbidden forms among ``matches`` of entries in ``said``, not cited as former
    names, none overlapping another."""
    out: list[TermMatch] = []
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.kind is not FormKind.FORBIDDEN or m.entry.id not in said:
            continue
        if cites_former_name(text, m.start) or (out and m.start < out[-1].end):
            continue
        out.append(m)
    return out


def _edited(text: str, edits: list[tuple[int, int, str]], locale: str) -> str:
    """``text`` with each (start, end, form) put in, a Korean particle or an English
    article beside each made to fit it."""
    out: list[str] = []
    put: list[tuple[str, int]] = []
    size = pos = 0
    for start, end, form in sorted(edits):
        out += [text[pos:start], form]
        size += start - pos
        put.append((form, size))
        size += len(form)
        pos = end
    out.append(text[pos:])
    return _fitted("".join(out), put, locale) if put else text
