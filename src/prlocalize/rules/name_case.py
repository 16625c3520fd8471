"""prlocalize.rules.name_case
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary name of two words or more (an organisation, brand or place) written with a
word lower-cased that the glossary capitalises (for PR102): 'Sakuragawa bank Ltd.' for
'Sakuragawa Bank Ltd.', 'Nebula desk' for 'Nebula Desk'. Names match their case exactly,
so such a slip matched nothing and passed.

Only a name whose first word keeps the glossary's capital is read as the name ('a
digital agency' is a phrase, 'Digital agency' the name 'Digital Agency' slipped), and
only a lower-cased word counts: a headline's title case and capitals ('SAKURAGAWA BANK')
are a style, not a slip.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator

from prlocalize.glossary.model import Glossary, Kind, without_legal_form
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip

_KINDS = frozenset({Kind.ORG, Kind.BRAND, Kind.PLACE})
_WORD = lazy_compile(r"[A-Za-z][A-Za-z'’\-]*")
_OPENING = " \t\"'“‘(「*•-–—"  # what may stand before a sentence's first word


class NameCaseIndex:
    """The glossary's Latin names of two words or more, by their first word case-folded."""

    def __init__(self, by_first: dict[str, list[str]], exact: frozenset[str]) -> None:
        self.by_first = by_first  # first word, case-folded → forms, longest first
        self.exact = exact  # every accepted form as written

    def __bool__(self) -> bool:
        return bool(self.by_first)

    def slips(self, text: str, release: str) -> Iterator[Slip]:
        """The names of ``text`` (a sentence of ``release``) written with a word lower-cased.
        At a sentence's start, where any word takes a capital ('Digital agency services
        grew'), only a name the release also writes as the glossary does."""
        at = 0
        for word in _WORD.finditer(text):
            if word.start() < at:
                continue
            for form in self.by_first.get(word.group().casefold(), ()):
                end = word.start() + len(form)
                written = text[word.start() : end]
                if written.casefold() != form.casefold() or written == form:
                    continue
                if text[end : end + 1].isalnum() or not _lowered(written, form):
                    continue
                if written in self.exact:
                    continue  # another entry's own form
                if not text[: word.start()].strip(_OPENING) and form not in release:
                    continue
                yield Slip(word.start(), end, written, (form,))
                at = end
                break


def _lowered(written: str, form: str) -> bool:
    """Whether ``written`` is ``form`` with a capital lower-cased, its first letter kept,
    and no letter raised."""
    if written[0] != form[0]:
        return False
    lowered = False
    for a, b in zip(written, form, strict=True):
        if a == b:
            continue
        if a.isupper():
            return False  # title case or capitals: a style
        lowered = True
    return lowered


_INDEXES: weakref.WeakKeyDictionary[Glossary, dict[str, NameCaseIndex]] = (
    weakref.WeakKeyDictionary()
)


def name_case_index(glossary: Glossary, locale: str) -> NameCaseIndex:
    """The index of ``glossary``'s names in ``locale`` (made once per glossary)."""
    per_locale = _INDEXES.setdefault(glossary, {})
    index = per_locale.get(locale)
    if index is not None:
        return index
    by_first: dict[str, set[str]] = {}
    exact: set[str] = set()
    for entry in glossary:
        term = entry.term(locale)
        if term is None:
            continue
        exact.update(term.accepted)
        if entry.kind not in _KINDS:
            continue
        for form in (*term.accepted, *without_legal_form(term.accepted)):
            words = _WORD.findall(form)
            if len(words) < 2 or not form.isascii() or not form[:1].isupper():
                continue
            if form.isupper():
                continue  # an acronym's words ('NHK WORLD'): any case is a style
            by_first.setdefault(words[0].casefold(), set()).add(form)
    index = per_locale[locale] = NameCaseIndex(
        {k: sorted(v, key=lambda f: (-len(f), f)) for k, v in by_first.items()}, frozenset(exact)
    )
    return index


class _WordCaseIndex:
    """One-word Latin names by their letters case-folded; a word found in another case is
    the name slipped, unless :meth:`_styled` says the case is a style."""

    def __init__(self, forms: dict[str, str]) -> None:
        self.forms = forms  # case-folded → the glossary's form

    def __bool__(self) -> bool:
        return bool(self.forms)

    def slips(self, text: str) -> Iterator[Slip]:
        for word in _LATIN_RUN.finditer(text):
            written = word.group()
            form = self.forms.get(written.casefold())
            if form is None or written == form or self._styled(text, word.start(), written, form):
                continue
            yield Slip(word.start(), word.end(), written, (form,))

    def _styled(self, text: str, start: int, written: str, form: str) -> bool:
        return written.isupper()


class LatinWordCaseIndex(_WordCaseIndex):
    """The glossary's names of one Latin word (a player's handle, a brand, a stage name),
    by their letters case-folded, for a Japanese or Korean release: there a Latin word is
    a name, never a word of the sentence, so 'tempest' for the glossary's 'Tempest' (or
    'Kuroha' for a handle written 'kuroha') is the name slipped. Capitals ('TEMPEST')
    are a style."""

    def _styled(self, text: str, start: int, written: str, form: str) -> bool:
        return written.isupper() and len(written) > 1


# a Latin word standing alone: no letter, digit or joining mark beside it, nor a
# hashtag's sign ('#tempest': tags are often in lower case)
_LATIN_RUN = lazy_compile(
    r"(?<![A-Za-z0-9'’\-.@/_#＃])[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9'’\-@/_]|\.[A-Za-z0-9])"
)
_LATIN_KINDS = frozenset({Kind.ORG, Kind.BRAND, Kind.PLACE, Kind.PERSON})
_LATIN_INDEXES: weakref.WeakKeyDictionary[Glossary, dict[str, LatinWordCaseIndex]] = (
    weakref.WeakKeyDictionary()
)


def latin_word_case_index(glossary: Glossary, locale: str) -> LatinWordCaseIndex:
    """The index of ``glossary``'s one-word Latin names that a ``locale`` release may
    write (its own column and the English one), made once per glossary; a word two
    entries write in two cases is left out."""
    per_locale = _LATIN_INDEXES.setdefault(glossary, {})
    index = per_locale.get(locale)
    if index is not None:
        return index
    cases: dict[str, set[str]] = {}
    for entry in glossary:
        for code in {locale, "en"}:
            term = entry.term(code)
            if term is None:
                continue
            for form in term.accepted:
                if _LATIN_RUN.fullmatch(form) and form.isascii():
                    folded = cases.setdefault(form.casefold(), set())
                    folded.add(form if entry.kind in _LATIN_KINDS else "")
    forms = {k: next(iter(v)) for k, v in cases.items() if len(v) == 1 and "" not in v}
    index = per_locale[locale] = LatinWordCaseIndex(forms)
    return index


class CamelWordIndex(_WordCaseIndex):
    """The glossary's brand and company words cased inside ('AirLoop', 'eSlate', 'iPark'),
    by their letters case-folded. The case inside such a word is the brand's own, so
    'Airloop' or 'the ESlate 11' is the name slipped, in any language's release;
    capitals ('AIRLOOP') are a style, and so is the first letter raised where a sentence
    starts ('ESlate 11 ships in May.', as news style capitalises 'eBay'). A brand word
    the glossary writes plain ('Biolumen') is here too: a capital put inside it
    ('BioLumen') restyles the brand."""

    def _styled(self, text: str, start: int, written: str, form: str) -> bool:
        if written.isupper():
            return True
        if not _CAMEL.search(form):
            # a brand the glossary writes plain ('Biolumen') is slipped only by a capital
            # put inside it ('BioLumen'); other cases are prose's or a style's
            return not _CAMEL.search(written) or _NAME_PARTICLE.match(written) is not None
        raised = written[0] == form[0].upper() and written[1:] == form[1:]
        return raised and _sentence_start(text, start)


# a capital after a lower-case letter, or a lower-case letter opening a word that has a
# capital: the brand's own casing ('AirLoop', 'eSlate')
_CAMEL = lazy_compile(r"[a-z][A-Z]|^[a-z]+[A-Z]")
# a family name's particle cased so ('McAllister', 'DeMarco', 'MacArthur'): another
# family writes it otherwise ('Macarthur'), so such a word is left alone
_NAME_PARTICLE = lazy_compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z]")
_CAMEL_KINDS = frozenset({Kind.BRAND, Kind.ORG})
# a brand's or company's word of one capital and five lower-case letters or more
# ('Biolumen'): written with a capital inside ('BioLumen') it is restyled, not the name
_PLAIN_BRAND_WORD = lazy_compile(r"[A-Z][a-z]{5,}")
_CAMEL_INDEXES: weakref.WeakKeyDictionary[Glossary, CamelWordIndex] = weakref.WeakKeyDictionary()


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(_OPENING)
    return not before or before[-1] in ".!?:;。！？："


def camel_word_index(glossary: Glossary) -> CamelWordIndex:
    """The index of ``glossary``'s camel-cased brand and company words in every locale
    (made once per glossary); a word two entries write in two cases is left out."""
    index = _CAMEL_INDEXES.get(glossary)
    if index is not None:
        return index
    cases: dict[str, set[str]] = {}
    camel: set[str] = set()
    for entry in glossary:
        for term in entry.forms.values():
            for form in term.accepted:
                for word in _LATIN_RUN.findall(form):
                    cases.setdefault(word.casefold(), set()).add(word)
                    if entry.kind in _CAMEL_KINDS and (
                        (_CAMEL.search(word) and not _NAME_PARTICLE.match(word))
                        or _PLAIN_BRAND_WORD.fullmatch(word)
                    ):
                        camel.add(word.casefold())
    forms = {k: next(iter(cases[k])) for k in camel if len(cases[k]) == 1}
    index = _CAMEL_INDEXES[glossary] = CamelWordIndex(forms)
    return index


class LatinNameCaseIndex(NameCaseIndex):
    """The glossary's Latin names of two words or more (a brand, a label, a product line)
    for a Japanese or Korean release, by their first word case-folded: there the words
    are the name, never a sentence's, so any other case is the name restyled ('KAZENE
    Leather loafer', 'Kazene Leather Loafer', 'Seoyoon Han Studio' for 'SEOYOON HAN
    STUDIO'); the whole name in capitals ('KAZENE LEATHER LOAFER') is a style."""

    def slips(self, text: str, release: str) -> Iterator[Slip]:
        at = 0
        for word in _WORD.finditer(text):
            if word.start() < at:
                continue
            for form in self.by_first.get(word.group().casefold(), ()):
                end = word.start() + len(form)
                written = text[word.start() : end]
                if written == form or written.casefold() != form.casefold():
                    continue
                after = text[end : end + 1]  # (a particle may follow: 'Studioが')
                if (after.isascii() and after.isalnum()) or written.isupper():
                    continue
                if written in self.exact:
                    continue
                yield Slip(word.start(), end, written, (form,))
                at = end
                break


_LATIN_NAME_INDEXES: weakref.WeakKeyDictionary[Glossary, dict[str, LatinNameCaseIndex]] = (
    weakref.WeakKeyDictionary()
)


def latin_name_case_index(glossary: Glossary, locale: str) -> LatinNameCaseIndex:
    """The index of ``glossary``'s Latin names of two words or more that a ``locale``
    (Japanese or Korean) release writes as they are (its own column), made once per
    glossary; a name two entries write in two cases is left out."""
    per_locale = _LATIN_NAME_INDEXES.setdefault(glossary, {})
    index = per_locale.get(locale)
    if index is not None:
        return index
    cases: dict[str, set[str]] = {}
    exact: set[str] = set()
    for entry in glossary:
        term = entry.term(locale)
        if term is None:
            continue
        exact.update(term.accepted)
        if entry.kind not in _KINDS:
            continue
        for form in term.accepted:
            if len(_WORD.findall(form)) >= 2 and form.isascii() and form[:1].isalpha():
                cases.setdefault(form.casefold(), set()).add(form)
    by_first: dict[str, list[str]] = {}
    for forms in cases.values():
        if len(forms) == 1:
            form = next(iter(forms))
            by_first.setdefault(_WORD.findall(form)[0].casefold(), []).append(form)
    index = per_locale[locale] = LatinNameCaseIndex(
        {k: sorted(v, key=lambda f: (-len(f), f)) for k, v in by_first.items()}, frozenset(exact)
    )
    return index
