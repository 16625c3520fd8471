"""prlocalize.rules.capitalised_family
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Japanese names in English written the way the Japanese government asks for, family
name first and in capitals ('KATO Mikio'), for PR104. Either that or the glossary's
order ('Mikio Kato') is a house style; a release that writes its Japanese names both ways
makes readers guess which word is the family name, and names matched their case exactly,
so 'KATO Mikio' matched nothing and the two styles passed side by side.

A person counts as Japanese where the glossary writes the name in kanji in Japanese
('加藤 幹雄'), or where the release itself writes the name in capitals first: 'Marcus
Hale' (マーカス・ヘイル) keeps the order of his own language beside 'KATO Mikio'.

A line of sports results or a line-up sets its names in capitals by the federations'
convention ('1. MIZUSHIMA Ren (JPN) 1:23.45', "Goals: TAKEUCHI Sora 23'") while the
story around it writes 'Ren Mizushima': two registers, not two styles of one text, so
such a line does not count.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from prlocalize.document import Block, BlockKind, Segment
from prlocalize.glossary.matcher import FormKind, TermMatch
from prlocalize.glossary.model import Entry, Glossary, Kind
from prlocalize.lazy_patterns import lazy_compile

# a family name in capitals, then a given name capitalised ('KATO Mikio', 'ONODERA
# Takashi', 'OHNO Ko'): each part one bounded run of letters, so the scan stays linear
_CAPITALISED_FAMILY = lazy_compile(
    r"(?<![A-Za-z'’-])([A-Z][A-Z'’]{1,30}) ([A-Z][a-z'’]{1,30})(?![A-Za-z'’-])"
)
# a figure only a result or a line-up carries: a race time ('1:23.45', '2:08:31'), a
# match minute ("23'", "90+2'"), a score ('2–1', '3-0') or a country code in brackets
_RESULT_FIGURE = lazy_compile(
    r"(?<![\d:.])\d{1,2}:\d{2}[.:]\d{2}(?![\d:])"
    r"|(?<![\d.])\d{1,3}(?:\+\d{1,2})?['’′](?!\w)"
    r"|(?<![\d.,:–-])\d{1,2} ?[–-] ?\d{1,2}(?![\d.,:–-])"
    r"|\([A-Z]{3}\)"
)
_HAN = lazy_compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002a6df]")


class Written(NamedTuple):
    """One glossary person's name in one style at one place of a release."""

    segment: Segment
    start: int
    end: int
    entry: Entry
    capitalised: bool  # 'KATO Mikio' (True) or the glossary's 'Mikio Kato' (False)


class CapitalisedFamilyIndex:
    """The glossary's persons written given name first in Latin letters, by the form
    that puts the family name first in capitals ('KATO Mikio' → Mikio Kato's entry)."""

    def __init__(self, by_capitalised: dict[str, Entry], japanese: frozenset[str]) -> None:
        self.by_capitalised = by_capitalised
        self.japanese = japanese  # ids of the entries written in kanji in Japanese
        self.given_first = {id(e): form for form, e in by_capitalised.items()}

    def __bool__(self) -> bool:
        return bool(self.by_capitalised)

    def capitalised(self, segment: Segment) -> Iterator[Written]:
        """The names of ``segment`` written family name first in capitals."""
        for m in _CAPITALISED_FAMILY.finditer(segment.plain):
            entry = self.by_capitalised.get(m.group())
            if entry is not None:
                yield Written(segment, m.start(), m.end(), entry, True)

    def capitalised_form(self, entry: Entry) -> str:
        return self.given_first[id(entry)]

    def given_first_matches(
        self, segment: Segment, matches: Iterable[TermMatch]
    ) -> Iterator[Written]:
        """The names of ``segment`` the glossary's way ('Mikio Kato')."""
        for m in matches:
            if m.kind is FormKind.APPROVED and id(m.entry) in self.given_first:
                yield Written(segment, m.start, m.end, m.entry, False)


def in_results(written: Iterable[tuple[Block, Written]], blocks: Iterable[Block]) -> set[int]:
    """The ids of the names in ``written`` set in a line of results or a line-up: their
    segment, or the row of the table their cell is in, carries a result's figure."""
    rows: dict[tuple[int, str], list[str]] = {}
    row_of: dict[int, tuple[int, str]] = {}
    table = 0
    in_table = False
    for block in blocks:
        row = block.attr("row") if block.kind is BlockKind.TABLE_CELL else None
        if row is None:
            in_table = False
            continue
        if not in_table:
            table += 1  # cells apart are another table, whose rows count afresh
            in_table = True
        key = (table, row)
        rows.setdefault(key, []).extend(s.plain for s in block.segments)
        row_of[id(block)] = key
    found: set[int] = set()
    for block, w in written:
        at = row_of.get(id(block))
        text = " ".join(rows[at]) if at is not None else w.segment.plain
        if _RESULT_FIGURE.search(text):
            found.add(id(w))
    return found


def outnumbered(written: list[Written], index: CapitalisedFamilyIndex) -> list[Written]:
    """The names written in the style the release uses less for its Japanese names; on a
    tie, those in capitals (the glossary's order decides). [] where it keeps to one."""
    shown = {w.entry.id for w in written if w.capitalised}
    japanese = [w for w in written if w.entry.id in shown or w.entry.id in index.japanese]
    capitalised = [w for w in japanese if w.capitalised]
    given_first = [w for w in japanese if not w.capitalised]
    if not capitalised or not given_first:
        return []
    return capitalised if len(capitalised) <= len(given_first) else given_first


_INDEXES: weakref.WeakKeyDictionary[Glossary, dict[str, CapitalisedFamilyIndex]] = (
    weakref.WeakKeyDictionary()
)


def capitalised_family_index(glossary: Glossary, locale: str) -> CapitalisedFamilyIndex:
    """The index of ``glossary``'s persons in ``locale`` (made once per glossary)."""
    per_locale = _INDEXES.setdefault(glossary, {})
    index = per_locale.get(locale)
    if index is not None:
        return index
    by_capitalised: dict[str, Entry] = {}
    japanese: set[str] = set()
    for entry in glossary:
        if entry.kind is not Kind.PERSON:
            continue
        term = entry.forms.get(locale)
        if term is None or not term.text.isascii() or term.family_first is True:
            continue
        parts = term.name_parts()
        if parts is None:
            continue
        given, _sep, family = parts
        if not (given.isalpha() and family.isalpha() and given.istitle() and family.istitle()):
            continue  # 'KATO Mikio' as the glossary's own form, initials, hyphens
        by_capitalised[f"{family.upper()} {given}"] = entry
        ja = entry.forms.get("ja")
        if ja is not None and _HAN.search(ja.text):
            japanese.add(entry.id)
    index = per_locale[locale] = CapitalisedFamilyIndex(by_capitalised, frozenset(japanese))
    return index
