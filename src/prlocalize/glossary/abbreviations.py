"""prlocalize.glossary.abbreviations
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

An English title's words as English abbreviates them: a university's release writes
'Prof. Aoki' and 'Assoc. Prof.' for the sheet's 'Professor' and 'Associate Professor', and
a degree's initials without their full stops ('PhD' for 'Ph.D.'). The matcher looks for
these forms as variants of the title, and the translation checks accept them.
"""

from __future__ import annotations

import re

__all__ = ["abbreviated"]

# the words of an English title its readers know abbreviated ('Prof. Aoki', 'Assoc. Prof.')
_TITLE_ABBREVIATIONS = {"Professor": "Prof.", "Associate": "Assoc.", "Assistant": "Asst."}
_TITLE_ABBREVIABLE = re.compile(r"\b(?:Professor|Associate|Assistant)\b")
# a degree's initials with their full stops ('Ph.D.', 'M.B.A.'), which English writes
# without them as often ('PhD', 'MBA'); not two letters, which would be a word of any
# case ('U.S.' as 'us' in a glossary's terms, which are matched in any case)
_DOTTED_INITIALS = re.compile(r"(?<![A-Za-z.])(?:[A-Z][a-z]?\.){2,}(?![A-Za-z])")


def abbreviated(title: str) -> tuple[str, ...]:
    """An English title with its words abbreviated as English writes them, in any of
    its ways ('Assoc. Prof.', 'Associate Prof.', 'Assoc. Professor'), and its dotted
    initials without the dots ('PhD candidate' for 'Ph.D. candidate'); () when none."""
    if "." not in title and "Professor" not in title and "Ass" not in title:
        return ()  # (most titles: substring tests, no pattern)
    forms: list[str] = []
    pieces = _TITLE_ABBREVIABLE.split(title)  # the text around each abbreviable word
    words = _TITLE_ABBREVIABLE.findall(title)
    if words and len(words) <= 3:
        for mask in range(1, 2 ** len(words)):  # each word written in full or abbreviated
            out = [pieces[0]]
            for i, word in enumerate(words):
                out += (_TITLE_ABBREVIATIONS[word] if mask >> i & 1 else word, pieces[i + 1])
            forms.append("".join(out))
    for form in (title, *forms):
        if "." in form and _DOTTED_INITIALS.search(form):
            bare = _DOTTED_INITIALS.sub(_without_stops, form)
            if bare != form:
                forms.append(bare)
    return tuple(forms)


def _without_stops(initials: re.Match[str]) -> str:
    bare = initials[0].replace(".", "")
    return bare if len(bare) >= 3 else initials[0]
