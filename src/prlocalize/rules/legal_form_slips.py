"""prlocalize.rules.legal_form_slips
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary company's legal form written one letter off beside its name in a translation:
'호시미로보틱스 주시회사' for '… 주식회사', '湊川システムズ株式会杜' for '…株式会社' (社 and
杜 look alike), 'Sakuranomiya Holdings Co., Ldt.' for '… Co., Ltd.'. The name without its
legal form is an accepted short form, so the translation passed as naming the company,
and the slip beside it was read by no check. A legal form written otherwise as a style
(a space or none before '주식회사', 'Co. Ltd.', 'Ltd' without its stop) changes no letter
and is not reported; another legal form ('有限会社', 'Inc.') is PR103's and PR105's.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

import ahocorasick

from prlocalize.glossary.model import Glossary, Kind

# legal forms after the name (with what stands between: a space or none) and before it
_CJK_LEGAL = ("株式会社", "有限会社", "合同会社", "주식회사", "유한회사")
_LATIN_LEGAL = (
    " Co., Ltd.", ", Inc.", " Inc.", " Corporation", " Corp.", " Ltd.", " Limited", " K.K.",
    " LLC", " plc",
)  # fmt: skip
_GAPS = ("", " ", "\u3000")
# every legal form, so that another one is never read as a slip of the glossary's
# ('合資会社' beside '合同会社' is another company form: PR103's)
_KNOWN = frozenset(
    (*_CJK_LEGAL, "合資会社", "合名会社", "유한책임회사", "합자회사", "합명회사", *_LATIN_LEGAL)
)


def legal_form_slip(msgstr: str, forms: Iterable[str]) -> tuple[str, str] | None:
    """(the slip as ``msgstr`` writes it, the form it misspells) for the first of
    ``forms`` (a company's accepted forms) whose name ``msgstr`` writes with its legal
    form one letter changed, or two letters swapped; None if there is none."""
    found = legal_form_slip_at(msgstr, forms)
    return None if found is None else (msgstr[found[0] : found[1]], found[2])


def legal_form_glued_at(text: str, forms: Iterable[str]) -> tuple[int, int, str] | None:
    """(start, end, the form) of the first of ``forms`` that ``text`` writes with its
    Latin legal form run on to the name ('Hoshimi RoboticsK.K.', 'Kiyose DevicesCo.,
    Ltd.'), as a pasted line loses the space; None if there is none."""
    for form in forms:
        split = _split(form)
        if split is None or not split[1].startswith(" "):
            continue
        name, legal, _after_it = split
        glued = legal[1:]
        at = text.find(name + glued)
        while at >= 0:
            stop = at + len(name) + len(glued)
            if not (at and text[at - 1].isalnum()) and not (
                stop < len(text) and text[stop].isalnum()
            ):
                return at, stop, form
            at = text.find(name + glued, at + 1)
    return None


def legal_form_slip_at(text: str, forms: Iterable[str]) -> tuple[int, int, str] | None:
    """(start, end, the form it misspells) of the first slip :func:`legal_form_slip`
    reads in ``text``: the name and its misspelt legal form."""
    for form in forms:
        split = _split(form)
        if split is None:
            continue
        name, legal, after = split
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            slip = _after(text, end, legal) if after else _before(text, at, legal)
            if slip is not None:
                return (at, slip, form) if after else (slip, end, form)
            at = text.find(name, end)
    return None


class LegalFormIndex:
    """The glossary's company forms in one locale that have a legal form, by the name
    they write before or after it ('湊川システムズ' → '湊川システムズ株式会社'): a sheet
    may give the short form a row of its own, or none, so the name a release writes
    alone need not be a form of the entry that has the legal form."""

    def __init__(self, forms: dict[str, tuple[str, ...]]) -> None:
        self._forms = forms
        self._automaton: ahocorasick.Automaton | None = None
        if forms:
            self._automaton = ahocorasick.Automaton()
            for name in forms:
                self._automaton.add_word(name, name)
            self._automaton.make_automaton()

    def slips(self, text: str) -> list[tuple[int, int, str, bool]]:
        """(start, end, the form it misspells, whether the legal form is glued on) of
        each company in ``text`` whose legal form it writes one letter off, or run on to
        its name (the first such place of each)."""
        if self._automaton is None:
            return []
        seen: set[str] = set()
        out: list[tuple[int, int, str, bool]] = []
        for _end, name in self._automaton.iter(text):
            if name in seen:
                continue
            seen.add(name)
            found = legal_form_slip_at(text, self._forms[name])
            if found is not None:
                out.append((*found, False))
                continue
            glued = legal_form_glued_at(text, self._forms[name])
            if glued is not None:
                out.append((*glued, True))
        return out


_INDEXES: weakref.WeakKeyDictionary[Glossary, dict[str, LegalFormIndex]] = (
    weakref.WeakKeyDictionary()
)


def legal_form_index(glossary: Glossary, locale: str) -> LegalFormIndex:
    """The :class:`LegalFormIndex` of ``glossary`` in ``locale`` (made once)."""
    per_locale = _INDEXES.setdefault(glossary, {})
    index = per_locale.get(locale)
    if index is not None:
        return index
    found: dict[str, list[str]] = {}
    for entry in glossary:
        term = entry.term(locale)
        if entry.kind != Kind.ORG or term is None:
            continue
        for form in term.accepted:
            split = _split(form)
            if split is not None:
                found.setdefault(split[0], []).append(form)
    index = LegalFormIndex({name: tuple(forms) for name, forms in found.items()})
    per_locale[locale] = index
    return index


def _split(form: str) -> tuple[str, str, bool] | None:
    """(name, legal form, whether the legal form comes after the name)."""
    for legal in _LATIN_LEGAL:
        if form.endswith(legal) and len(form) > len(legal) + 1:
            return form[: -len(legal)], legal, True
    for legal in _CJK_LEGAL:
        if form.endswith(legal) and len(form) > len(legal) + 1:
            return form[: -len(legal)].rstrip(" \u3000"), legal, True
        if form.startswith(legal) and len(form) > len(legal) + 1:
            return form[len(legal) :].lstrip(" \u3000"), legal, False
    return None


def _after(text: str, end: int, legal: str) -> int | None:
    """Where the slip of ``legal`` written at ``end`` of a name ends, if one is there."""
    gaps = ("",) if legal[0] in " ," else _GAPS
    for gap in gaps:
        start = end + len(gap)
        if text[end:start] != gap:
            continue
        run = text[start : start + len(legal)]
        if _one_letter_off(run, legal):
            stop = start + len(legal)
            if legal.isascii() and stop < len(text) and text[stop].isalnum():
                return None  # a longer word: not the legal form
            return stop
    return None


def _before(text: str, start: int, legal: str) -> int | None:
    """Where the slip of ``legal`` written before a name at ``start`` begins, if one is."""
    for gap in _GAPS:
        end = start - len(gap)
        if end < len(legal) or text[end:start] != gap:
            continue
        if _one_letter_off(text[end - len(legal) : end], legal):
            return end - len(legal)
    return None


def _one_letter_off(run: str, legal: str) -> bool:
    """Whether ``run`` is ``legal`` with one letter changed or two next to each other
    swapped (a letter, not a stop, a comma, a space or a capital: those are the form's
    style)."""
    if len(run) != len(legal) or run.lower() == legal.lower() or run in _KNOWN:
        return False
    differ = [i for i, (a, b) in enumerate(zip(run, legal, strict=True)) if a != b]
    if not all(run[i].isalpha() and legal[i].isalpha() for i in differ):
        return False
    if any(run[i].lower() == legal[i].lower() for i in differ):
        return False  # a capital written small ('Co., LTD.'): a style
    if len(differ) == 1:
        return True
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and run[differ[0]] == legal[differ[1]]
        and run[differ[1]] == legal[differ[0]]
    )
