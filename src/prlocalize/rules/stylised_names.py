"""prlocalize.rules.stylised_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Brand and group names whose case is their own stylisation (for PR102): a word all in
capitals that is the name, not an acronym's style ('STELLAR*', '&WAVE', 'NOVA7'), or all
in lower case ('lumora'). Written in ordinary title case ('the group Stellar', '&Wave',
'Lumora' inside a sentence) the stylisation is lost, and the name matched nothing.

Such a name is also often an English word ('stellar'), so a word without the name's symbols
is judged only where the release also writes the name as the glossary does ('&Wave' is
the name anywhere), and only in title case: a capital
opening a sentence, a heading's title case and a headline in capitals are styles. A word
beside another capitalised word belongs to another name ('the show "Music Wave"'), and
one alone in quotation marks is a title or a mention ('the 1998 hit "Stellar"'), unless
it carries the name's symbols ('&Wave').
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator

from prlocalize.glossary.model import Glossary, Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip

_KINDS = frozenset({Kind.BRAND, Kind.ORG})
# a form of one word: letters and digits, with a group's symbols around them ('&WAVE',
# 'STELLAR*', 'n.SIGN' is two words and left to the other indexes)
_STYLISED = lazy_compile(r"([^\sA-Za-z0-9]*)([A-Za-z][A-Za-z0-9]*)([^\sA-Za-z0-9]*)")
# a word standing alone, or with a possessive's 's ("Velmo's show")
_WORD = lazy_compile(
    r"(?<![A-Za-z0-9'’\-.@/_#＃])[A-Za-z][A-Za-z0-9]*"
    r"(?![A-Za-z0-9\-@/_]|['’](?![sS](?![A-Za-z]))[A-Za-z])"
)
_OPENING = " \t\"'“‘(「『《〈*•-–—"
_TITLED = lazy_compile(r"[A-Z][a-z]")


class StylisedCaseIndex:
    """The glossary's stylised one-word names, by their letters case-folded."""

    def __init__(self, forms: dict[str, tuple[str, str, str]]) -> None:
        # case-folded letters → (the symbols before, the letters as styled, the symbols after)
        self.forms = forms

    def __bool__(self) -> bool:
        return bool(self.forms)

    def slips(self, text: str, release: str) -> Iterator[Slip]:
        """The stylised names of ``text`` (a sentence of ``release``) written in title case."""
        for word in _WORD.finditer(text):
            written = word.group()
            found = self.forms.get(written.casefold())
            if found is None or written == found[1]:
                continue
            before, letters, after = found
            if not _TITLED.match(written) or not written[1:].islower():
                continue  # capitals or another casing: a headline's style, not the name
            if _sentence_start(text, word.start()) or _title_cased(text):
                continue
            start, end = word.start(), word.end()
            marked = False  # '&Wave', 'Stellar*': the name's own symbols kept
            if before and text[max(0, start - len(before)) : start] == before:
                start, marked = start - len(before), True
            if after and text[end : end + len(after)] == after:
                end, marked = end + len(after), True
            if not marked:
                if _quoted(text, word.start(), word.end()):
                    continue  # '"Stellar"': a song's or a film's title, or a mention
                if not _written_as(release, letters):
                    continue  # the word may be the English word the name was made of
                if _in_proper_name(text, word.start(), word.end()):
                    continue  # 'Music Wave', 'Stellar Nights': another name holds the word
            yield Slip(start, end, text[start:end], (before + letters + after,))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(_OPENING + "&")
    return not before or before[-1] in ".!?:;。！？："


_OPEN_QUOTES = "\"'“‘「『《〈"
_CLOSE_QUOTES = "\"'”’」』》〉"


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) stands alone in quotation marks."""
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 2].lstrip(",.")[:1]  # '"Stellar,"' as American style sets it
    return bool(before and after) and before in _OPEN_QUOTES and after in _CLOSE_QUOTES


def _in_proper_name(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) has a capitalised word right before or after it."""
    before = re.search(r"([A-Za-z]+)[ \u00a0]$", text[:start])
    after = re.match(r"[ \u00a0]([A-Za-z]+)", text[end:])
    return any(m is not None and m.group(1)[0].isupper() for m in (before, after))


def _title_cased(text: str) -> bool:
    """Whether ``text`` is a heading in title case: most words of four letters or more
    capitalised."""
    words = re.findall(r"[A-Za-z]{4,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


def _written_as(release: str, letters: str) -> bool:
    pattern = r"(?<![A-Za-z0-9])" + re.escape(letters) + r"(?![A-Za-z0-9])"
    return re.search(pattern, release) is not None


_INDEXES: weakref.WeakKeyDictionary[Glossary, StylisedCaseIndex] = weakref.WeakKeyDictionary()


def stylised_case_index(glossary: Glossary) -> StylisedCaseIndex:
    """The index of ``glossary``'s stylised brand and company names in every locale (made
    once per glossary); a word the glossary writes in two cases anywhere is left out."""
    index = _INDEXES.get(glossary)
    if index is not None:
        return index
    cases: dict[str, set[str]] = {}
    stylised: dict[str, tuple[str, str, str]] = {}
    for entry in glossary:
        for term in entry.forms.values():
            for form in term.accepted:
                for word in re.findall(r"[A-Za-z][A-Za-z0-9]*", form):
                    cases.setdefault(word.casefold(), set()).add(word)
                if entry.kind not in _KINDS or not form.isascii():
                    continue
                m = _STYLISED.fullmatch(form)
                if m is None:
                    continue
                letters = m.group(2)
                shaped = letters.isupper() or letters.islower()
                if shaped and sum(c.isalpha() for c in letters) >= 3:
                    stylised[letters.casefold()] = (m.group(1), letters, m.group(3))
    forms = {k: v for k, v in stylised.items() if len(cases[k]) == 1}
    index = _INDEXES[glossary] = StylisedCaseIndex(forms)
    return index
