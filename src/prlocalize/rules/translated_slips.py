"""A glossary form a translation writes right once and one letter off elsewhere.

A source that names a drug twice ('ostravimod 150 μg, ostravimod 300 μg') is often
translated with the name typed right once and wrong once ('오스트라비모드 150 μg군,
오스트라비모트 300 μg군'): the approved form is there, so PR401's question, whether the
translation renders the term, is answered yes, and the slip would go unreported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from prlocalize.lazy_patterns import lazy_compile


def slip_beside_form(msgstr: str, forms: Sequence[str], others: Iterable[str]) -> str | None:
    """The run of ``msgstr`` that writes one of ``forms`` (written right elsewhere in it)
    with one letter changed, outside every right occurrence: a form of four letters or
    more in Japanese or Korean letters (in Latin letters a letter changed is often a
    word: 'Form' beside 'From'). A run that is a form of ``others`` (another glossary
    name of the translation) is that name, not a slip."""
    other_forms = set(others)
    for form in forms:
        size = len(form)
        if size < 4 or form.isascii() or form not in msgstr:
            continue
        taken = _occurrences(msgstr, form)
        for start in _starts(msgstr, form):
            run = msgstr[start : start + size]
            if any(a < start + size and start < b for a, b in taken):
                continue
            if _one_letter_off(run, form) and run not in other_forms:
                return run
    return None


def name_slip(msgstr: str, forms: Sequence[str], others: Iterable[str]) -> str | None:
    """The run of ``msgstr`` that writes one of ``forms``, a person's name of four letters
    or more in Japanese or Korean letters, with one letter changed where the name itself
    is nowhere in it ('水野あかね' for '水野あかり', '사토 유이지' for '사토 유이치'): the
    family name is right, so the run is that person's name misspelt, not the family name
    alone before a particle. A run that is a form of ``others`` is that name."""
    other_forms = set(others)
    for form in forms:
        size = len(form)
        if size < 4 or form.isascii() or form in msgstr:
            continue
        for start in _starts(msgstr, form):
            run = msgstr[start : start + size]
            if run[:2] != form[:2] or not _one_letter_off(run, form):
                continue
            if _KATAKANA.match(form[-1]) and _KATAKANA.match(msgstr, start + size):
                continue  # 'チェ・ミンソク' for 'チェ・ミンス': another given name, whole
            if run not in other_forms:
                return run
    return None


def long_mark_added(msgstr: str, forms: Sequence[str], others: Iterable[str]) -> str | None:
    """The run of ``msgstr`` that writes one of ``forms``, ending in katakana, with a long
    vowel mark after it and no more katakana ('コルバクサー' for the brand 'コルバクサ'):
    the name spelt with a long vowel it has not, though the form itself is in the run,
    which PR401's question answers yes to. A run that is a form of ``others`` or of
    ``forms`` (a name that ends so) is that name."""
    known = {*forms, *others}
    for form in forms:
        if form.isascii() or not _KATAKANA.match(form[-1]) or form[-1] == "ー":
            continue
        for _, end in _occurrences(msgstr, form):
            if msgstr[end : end + 1] != "ー" or _KATAKANA.match(msgstr, end + 1):
                continue
            run = msgstr[end - len(form) : end + 1]
            if run not in known:
                return run
    return None


def _one_letter_off(run: str, form: str) -> bool:
    """Whether ``run`` writes ``form`` with one letter changed for another letter (a
    '・', a space or a digit changed is the form written otherwise, not misspelt)."""
    changed = [x for x, y in zip(run, form, strict=True) if x != y]
    return len(changed) == 1 and changed[0].isalpha()


_KATAKANA = lazy_compile("[\u30a1-\u30fa\u30fc]")


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    spans = []
    at = text.find(form)
    while at >= 0:
        spans.append((at, at + len(form)))
        at = text.find(form, at + 1)
    return spans


def _starts(text: str, form: str) -> list[int]:
    """Where in ``text`` a run of ``form``'s length may write it one letter off, in text
    order: it keeps the form's first letter or its last. Found by ``str.find`` rather than
    by trying every offset, which cost a translation's length in steps for every form."""
    size, last = len(form), len(text) - len(form)
    starts = set(_found(text, form[0], 0, last + 1))
    starts.update(at - size + 1 for at in _found(text, form[-1], size - 1, len(text)))
    return sorted(starts)


def _found(text: str, char: str, begin: int, end: int) -> Iterator[int]:
    """Every offset of ``char`` in ``text[begin:end]``."""
    at = text.find(char, begin, end)
    while at >= 0:
        yield at
        at = text.find(char, at + 1, end)
