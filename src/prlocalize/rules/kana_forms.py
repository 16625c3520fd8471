"""prlocalize.rules.kana_forms
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary term written in Japanese with its kana in the other script or its long mark
typed as a dash (for PR102), which the glossary matcher does not find (it compares the
forms as written) and the one-kana slip readers do not either (a dash cuts a katakana
word in two; a whole word in the other script is no one-kana slip):

- a company's or a brand's name whose kana part is written in katakana where the name
  has hiragana, or the other way ('ミナト電機' for 'みなと電機', 'ヒカリ通信' for
  'ひかり通信'): a company writes its own name in one script, as 'キヤノン' is never
  'キャノン'. Only a name with letters of another kind around its kana (kanji, Latin
  letters, digits) is judged: a name of kana alone ('さくら') is also a common word in
  the other script, and a person's name in the other script may be another person;
- a katakana term with a hyphen, a minus, a full-width dash or the kanji '一' typed for
  its long mark 'ー' ('パワ－マックス' for 'パワーマックス', 'MHパワ-ソリューションズ'),
  where the typography check leaves the mark alone because it reads as two katakana
  words joined (it has no glossary to tell); where it reports the mark itself, this
  check says nothing more.

Both compare the text and the glossary's forms folded the same way, letter for letter
(katakana as hiragana, a dash between two kana as 'ー'), so a span of the text maps to
itself; a span whose text is one of the glossary's own forms is no slip.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator

import ahocorasick

from prlocalize.glossary.model import Glossary, Kind, without_legal_form
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip
from prlocalize.scripts import KATAKANA_TO_HIRAGANA

_KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc"
# what an input method or a hand puts for 'ー' between two kana
_DASHES = "-\u2010\u2011\u2012\u2013\u2212\uff0d\uff70\u4e00"
_DASH_IN_KANA = lazy_compile(f"(?<=[{_KANA}])[{_DASHES}](?=[{_KANA}])")
_HIRAGANA = lazy_compile("[\u3041-\u3096]")
_KATAKANA = lazy_compile("[\u30a1-\u30fa]")
_OTHER_LETTERS = lazy_compile(f"[^{_KANA}\u30fb\\s]")
_KANA_CHAR = lazy_compile(f"[{_KANA}]")
MIN_KANA = 2  # kana in a name judged for its script: one kana ('の') is no spelling
MIN_LONG = 4  # letters of a term judged for a dash: 'ヨ-ヨ' is a toy written so


def fold(text: str) -> str:
    """``text`` with katakana as hiragana and a dash between two kana as 'ー' (as long as
    ``text``: a span of the folded text is the same span of ``text``)."""
    return _DASH_IN_KANA.sub("ー", text).translate(KATAKANA_TO_HIRAGANA)


class KanaFormIndex:
    """The glossary's Japanese forms with kana in them, folded."""

    def __init__(self, forms: dict[str, tuple[str, bool] | None], every: frozenset[str]) -> None:
        # folded form → (approved form, judged for its script), None where two entries
        # fold alike; every form of every entry (another entry's form is no slip)
        self.forms = forms
        self.every = every
        self.automaton: ahocorasick.Automaton | None = None
        if any(forms.values()):
            automaton = ahocorasick.Automaton()
            for key, value in forms.items():
                if value is not None:
                    automaton.add_word(key, key)
            automaton.make_automaton()
            self.automaton = automaton

    def __bool__(self) -> bool:
        return self.automaton is not None

    def slips(self, text: str) -> Iterator[tuple[Slip, str]]:
        """Each glossary form written with its kana in the other script or a dash for its
        long mark, with what was wrong: the script written ('katakana', 'hiragana') or the
        dash typed."""
        if self.automaton is None or not _KANA_CHAR.search(text):
            return
        folded = fold(text)
        found = sorted(
            ((last + 1 - len(key), last + 1, key) for last, key in self.automaton.iter(folded)),
            key=lambda f: (f[0], -f[1]),  # leftmost, then longest
        )
        done = 0
        for start, end, key in found:
            value = self.forms[key]
            written = text[start:end]
            if start < done or value is None or written in self.every:
                continue
            approved, scripted = value
            if not _whole(text, start, end):
                continue
            dash = _dash(written, approved)
            if dash is None and not (scripted and _script_only(written, approved)):
                continue
            done = end
            script = "katakana" if _KATAKANA.search(written) else "hiragana"
            yield Slip(start, end, written, (approved,)), dash or script


def _dash(written: str, approved: str) -> str | None:
    """The dash ``written`` has where ``approved`` has 'ー', when all else is the same."""
    typed = None
    for mine, theirs in zip(written, approved, strict=True):
        if mine == theirs:
            continue
        if theirs == "ー" and mine in _DASHES:
            typed = mine
            continue
        return None
    return typed


def _script_only(written: str, approved: str) -> bool:
    """Whether ``written`` differs from ``approved`` only in the script of its kana."""
    return written.translate(KATAKANA_TO_HIRAGANA) == approved.translate(KATAKANA_TO_HIRAGANA)


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is no piece of a longer kana word ('みなと' of
    'よこはまみなと'): no kana of its first (last) letter's script runs into it."""
    for at, inside in ((start - 1, start), (end, end - 1)):
        if 0 <= at < len(text):
            if _HIRAGANA.match(text[at]) and _HIRAGANA.match(text[inside]):
                return False
            if (_KATAKANA.match(text[at]) or text[at] == "ー") and (
                _KATAKANA.match(text[inside]) or text[inside] == "ー"
            ):
                return False
    return True


_INDEXES: weakref.WeakKeyDictionary[Glossary, KanaFormIndex] = weakref.WeakKeyDictionary()


def kana_form_index(glossary: Glossary) -> KanaFormIndex:
    """The index of ``glossary``'s Japanese forms (made once per glossary)."""
    index = _INDEXES.get(glossary)
    if index is not None:
        return index
    forms: dict[str, tuple[str, bool] | None] = {}
    every: set[str] = set()
    for entry in glossary:
        term = entry.term("ja")
        if term is None:
            continue
        every.update(term.accepted)
        every.update(term.forbidden)
        if not term.text:
            continue
        approved = term.text
        accepted = [(form, approved) for form in term.accepted]
        if entry.kind is Kind.ORG:  # the name as running text gives it, without 株式会社
            bare = without_legal_form((approved,))
            short = bare[0] if bare and bare[0] != approved else None
            every.update(without_legal_form(term.accepted))
            if short:
                accepted += [(form, short) for form in without_legal_form(term.accepted)]
        for form, approved in accepted:
            if len(_KANA_CHAR.findall(form)) < MIN_KANA:
                continue
            judged = entry.kind in _SCRIPTED and _OTHER_LETTERS.search(form) is not None
            if not judged and ("ー" not in form or len(form) < MIN_LONG):
                continue  # no script judged, no long mark to be typed as a dash
            key = fold(form)
            if key in forms and (forms[key] or (approved,))[0] != approved:
                forms[key] = None  # two entries fold alike: neither is the other's slip
                continue
            forms[key] = (approved, judged)
    index = KanaFormIndex(forms, frozenset(every))
    _INDEXES[glossary] = index
    return index


# a company, a brand or a place writes its own name in one script ('さいたま市')
_SCRIPTED = frozenset({Kind.ORG, Kind.BRAND, Kind.PLACE})
