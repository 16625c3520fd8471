"""prlocalize.articles
~~~~~~~~~~~~~~~~~~~~

English 'a' and 'an', chosen by the sound the next word starts with. A name that
reaches an English sentence from elsewhere (a glossary's approved form put in place of
a machine translation's placeholder) keeps the article the engine chose without knowing
it, and 'a Aoba Robotics spokesperson' reads as a typo beside the name.

Only what the spelling tells for sure is judged: a word starting with a, e, i or o takes
'an' and one starting with a consonant other than h takes 'a' (but 'one', 'once' and
'eu-'); an acronym read letter by letter takes the article of its first letter's name
('an NHK program', 'a KDDI plan'), and one that may be read as a word ('NASA', 'SONY')
is judged only where both readings agree. A word starting with u or h ('a university',
'an umbrella', 'an hour', 'a Honda'), or with a digit, is left as the engine wrote it.
"""

from __future__ import annotations

import re

_VOWEL_LETTERS = frozenset("aeio")
# the consonant letters whose names start with a vowel sound: 'an SK unit', 'an NHK crew'
_VOWEL_NAMED_LETTERS = frozenset("FHLMNRSX")
_CONSONANT_SOUND_OPENINGS = ("one", "once", "eu", "ewe")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+(?![a-z])")
# what may stand before a capital 'A' that opens a sentence (nothing, at the text's start)
_SENTENCE_OPENERS = frozenset(("", ".", "!", "?", ":", '"', "“", "(", "「"))
# the article right before an offset: one plain space between them
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s\"'(“‘]))(an?|An?|AN?) $")


def article_for(word: str) -> str | None:
    """'a' or 'an' for ``word`` (lower case), or None when its spelling does not say."""
    if not word or not word[0].isascii() or not word[0].isalpha():
        return None
    acronym = _ACRONYM.match(word)
    if acronym:
        return _acronym_article(acronym.group())
    lower = word.lower()
    if lower.startswith(_CONSONANT_SOUND_OPENINGS):
        return "a"
    first = lower[0]
    if first in _VOWEL_LETTERS:
        return "an"
    if first in "uh":
        return None
    return "a"


def _acronym_article(acronym: str) -> str | None:
    """Read letter by letter ('NHK') or as a word ('NASA'): the article is sure when both
    readings start alike, or when the acronym cannot be a word (no vowel, or short)."""
    first = acronym[0]
    if first in "AEIO":
        return "an"
    if first not in _VOWEL_NAMED_LETTERS:
        return None if first == "U" else "a"
    spelt = len(acronym) <= 3 or not any(c in "AEIOUY" for c in acronym)
    return "an" if spelt else None


def fix_articles(text: str, words: list[tuple[str, int]]) -> str:
    """``text`` with the article before each (word, start offset) made to fit the word."""
    edits: list[tuple[int, int, str]] = []
    for word, start in words:
        proper = article_for(word)
        found = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
        if proper is None or found is None:
            continue
        written = found.group(1)
        if written.lower() == proper:
            continue
        if written[0].isupper():
            # a capital 'A' elsewhere than where a sentence starts is a label ('Class A')
            if text[: found.start(1)].rstrip()[-1:] not in _SENTENCE_OPENERS:
                continue
            cased = proper.upper() if len(written) > 1 and written.isupper() else proper.title()
        else:
            cased = proper
        edits.append((found.start(1), found.end(1), cased))
    for begin, end, replacement in sorted(edits, reverse=True):
        text = text[:begin] + replacement + text[end:]
    return text
