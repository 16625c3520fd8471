"""prlocalize.rules.kanji_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary person's Japanese name written with other kanji of the same reading: the slip
an input method makes (森本健治 for 森本 健司, both Morimoto Kenji), which an edit distance
cannot tell from another person's name but the reading can. The family name must be the
glossary's as written and the given name must read as the glossary's does (UniDic,
through :mod:`prlocalize.glossary.readings`); a given name that reads otherwise is
another person, and is left alone.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from prlocalize.glossary.model import Entry, Glossary, Kind, Term

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff々"
_KANJI_RUN = re.compile(f"[{_KANJI}]+(?:[ \u3000][{_KANJI}]+)?")
_ALL_KANJI = re.compile(f"[{_KANJI}]+")


@dataclass(frozen=True, slots=True)
class _Name:
    entry: Entry
    given: str
    reading: str  # the given name's, in romaji


@dataclass(frozen=True, slots=True)
class Slip:
    """A name written ``written`` at [start, end) that should be one of ``approved`` (the
    glossary's persons of that family name whose given name reads the same)."""

    start: int
    end: int
    written: str
    approved: tuple[str, ...]


class KanjiNameIndex:
    """The glossary's Japanese persons written in kanji, by family name."""

    def __init__(self, by_family: dict[str, list[_Name]]) -> None:
        self.by_family = by_family
        self.longest = max((len(family) for family in by_family), default=0)

    def __bool__(self) -> bool:
        return bool(self.by_family)

    def slips(self, text: str) -> Iterator[Slip]:
        """Each name in ``text`` that has a glossary person's family name and, in other
        kanji, a given name of the same reading ('森本健治', '森本 健治')."""
        for run in _KANJI_RUN.finditer(text):
            start, end = run.span()
            while start < end - 1:  # a name may follow a title in one run ('社長森本健治')
                slip = None
                for size in range(min(self.longest, end - start - 1), 0, -1):
                    names = self.by_family.get(text[start : start + size])
                    if names:
                        slip = self._slip(text, start, start + size, end, names)
                        if slip is not None:
                            break
                if slip is not None:
                    yield slip
                    start = slip.end
                else:
                    start += 1

    @staticmethod
    def _slip(text: str, start: int, at: int, end: int, names: list[_Name]) -> Slip | None:
        if at < end and text[at] in " \u3000":
            at += 1
        if any(text.startswith(name.given, at) for name in names):
            return None  # a glossary person of that family name, as written
        found: list[str] = []
        stop = at
        for name in names:
            given = text[at : at + len(name.given)]
            if len(given) < len(name.given) or not _ALL_KANJI.fullmatch(given):
                continue
            if _reading(given) != name.reading:
                continue  # another given name: another person
            after = at + len(given)
            if after < end and not _ends_a_word(text[at : min(end, after + 3)], given):
                continue  # the start of a longer given name ('森本健二郎')
            approved = name.entry.approved("ja") or ""
            if approved not in found:
                found.append(approved)
            stop = max(stop, after)
        if not found:
            return None
        return Slip(start, stop, text[start:stop], tuple(found))


def _ends_a_word(text: str, word: str) -> bool:
    """Whether UniDic reads ``word`` as a word of its own at the start of ``text``."""
    from prlocalize.glossary import readings

    tokens = readings.japanese_tokens(text)
    return bool(tokens) and tokens[0].surface == word


@lru_cache(maxsize=4096)
def _reading(kanji: str) -> str:
    from prlocalize.glossary import readings

    return "".join(token.romaji for token in readings.japanese_tokens(kanji))


def _family_and_given(term: Term) -> tuple[str, str] | None:
    """(family, given) of a Japanese name in kanji: from the name parts, else from a form
    of two parts (family name first, as a name in kanji is written), else as UniDic
    tags the parts of a name written without a space."""
    if term.name is not None and term.name.family and term.name.given:
        family, given = term.name.family, term.name.given
    else:
        split = term.name_parts()
        if split is not None:
            family, given = split[0], split[2]
        else:
            from prlocalize.glossary import readings

            tokens = readings.japanese_tokens(term.text)
            if len(tokens) != 2 or tokens[0].name != "family":
                return None
            family, given = tokens[0].surface, tokens[1].surface
    if not (_ALL_KANJI.fullmatch(family) and _ALL_KANJI.fullmatch(given)):
        return None
    return family, given


_INDEXES: weakref.WeakKeyDictionary[Glossary, KanjiNameIndex] = weakref.WeakKeyDictionary()


def kanji_name_index(glossary: Glossary) -> KanjiNameIndex:
    """The index of ``glossary``'s Japanese persons (made once per glossary; readings are
    looked up only for glossaries that have such persons)."""
    index = _INDEXES.get(glossary)
    if index is None:
        by_family: dict[str, list[_Name]] = {}
        for entry in glossary:
            if entry.kind is not Kind.PERSON:
                continue
            term = entry.term("ja")
            if term is None or not term.text or not _ALL_KANJI.search(term.text):
                continue
            parts = _family_and_given(term)
            if parts is None:
                continue
            family, given = parts
            by_family.setdefault(family, []).append(_Name(entry, given, _reading(given)))
        index = _INDEXES[glossary] = KanjiNameIndex(by_family)
    return index
