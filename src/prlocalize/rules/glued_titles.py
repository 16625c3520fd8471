"""prlocalize.rules.glued_titles
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A title in Latin letters run into the glossary person's name after it ('MinisterAoyagi',
'Vice-MinisterIshiguro', 'ChairmanGo Myung-hwan'), for PR101: an edit that dropped the
space between the two, as a glued name drops the one inside it.

The title is a glossary title's last word whose words are all capitalised ('Minister' of
'Vice-Minister', 'Officer' of 'Executive Officer'; not 'Hospital' of 'Director of the
Hospital', which no name follows), or an honorific or a title English sets before a
name ('Mr', 'Prof', 'President'). The name is a word of a glossary person's Latin
form. Both must be whole: the title starts a word and the name ends one, so a camel-cased
brand or handle whose inside merely reads so is another word. Addresses, hashtags and
handles are spelt as they work and are left alone.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import NamedTuple

from prlocalize.glossary.model import Glossary, Kind, name_words
from prlocalize.lazy_patterns import lazy_compile

# honorifics and titles English writes before a name, as words of their own (no stop:
# 'Mr.Aoyagi' is a missing space after punctuation, PR302's)
_TITLES_BEFORE_NAME = frozenset(
    {
        "Mr",
        "Mrs",
        "Ms",
        "Mx",
        "Dr",
        "Prof",
        "Sir",
        "Dame",
        "Professor",
        "President",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Minister",
        "Mayor",
        "Governor",
        "Ambassador",
        "Senator",
        "Director",
        "Secretary",
        "Dean",
        "Judge",
        "Justice",
        "Captain",
        "Coach",
        "Chancellor",
        "Provost",
        "Commissioner",
        "Superintendent",
    }
)
# a lower-case letter then a capital: where two words may have been run together
_CASE_STEP = lazy_compile(r"[a-z](?=[A-Z])")
_WORD_BEFORE = lazy_compile(r"[A-Za-z]+$")
_WORD_AFTER = lazy_compile(r"[A-Z][a-z]*")
# what marks the word as an address, a hashtag or a handle ('@MinisterAoyagi')
_NOT_PROSE = frozenset("@#/.:_=\\&?%~")


class GluedTitle(NamedTuple):
    start: int
    end: int  # the end of the name's word
    title: str  # 'Minister'
    name: str  # 'Aoyagi'


class GluedTitleIndex:
    """The titles and the words of persons' names of a glossary, in Latin letters."""

    def __init__(self, titles: frozenset[str], names: frozenset[str]) -> None:
        self.titles = titles
        self.names = names

    def glued(self, text: str) -> Iterator[GluedTitle]:
        """Each title of ``text`` run into the name after it, in text order."""
        if not self.names:
            return
        for step in _CASE_STEP.finditer(text):
            at = step.end()
            before = _WORD_BEFORE.search(text, 0, at)
            after = _WORD_AFTER.match(text, at)
            if before is None or after is None:
                continue
            title, name = before.group(), after.group()
            if title not in self.titles or name not in self.names:
                continue
            start = before.start()
            # the title's word starts there: not the tail of a hyphenated compound's or
            # an address's word ('mail.MinisterAoyagi', '@MinisterAoyagi')
            lead = text[start - 1 : start]
            if lead and lead in _NOT_PROSE:
                continue
            if start and lead == "-" and not text[:start].rstrip("-")[-1:].isalpha():
                continue
            tail = text[after.end() : after.end() + 1]
            if tail and (tail.isalnum() or tail in "@_"):
                continue  # the name's word goes on ('ChairmanGoodwin', 'DeanLee2')
            yield GluedTitle(start, after.end(), text[start:at], name)


_INDEXES: weakref.WeakKeyDictionary[Glossary, GluedTitleIndex] = weakref.WeakKeyDictionary()


def glued_title_index(glossary: Glossary) -> GluedTitleIndex:
    """The index of ``glossary``'s Latin titles and name words (made once per glossary)."""
    index = _INDEXES.get(glossary)
    if index is not None:
        return index
    titles = set(_TITLES_BEFORE_NAME)
    names: set[str] = set()
    for entry in glossary:
        if entry.kind not in (Kind.PERSON, Kind.TITLE):
            continue
        for term in entry.forms.values():
            for form in term.accepted:
                if not form.isascii():
                    continue
                words = name_words(form)
                if entry.kind is Kind.PERSON:
                    names.update(w for w in words if len(w) > 1 and w[:1].isupper() and w.isalpha())
                elif words and all(w[:1].isupper() for w in words):
                    # the last word of a title set before a name: 'Vice-Minister' ends
                    # 'Minister', which the title's first part may precede
                    last = words[-1]
                    titles.add(last)
                    titles.add(last.rsplit("-", 1)[-1])
    index = GluedTitleIndex(frozenset(t for t in titles if t.isalpha()), frozenset(names))
    _INDEXES[glossary] = index
    return index
