"""prlocalize.rules.longer_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary name's wrong form may be the start of another entity's name: 'Meridia Food
Bank' (a charity), 'Lumora Network Foundation' beside the glossary's 'Meridia Foods' and
'Lumora Networks'. Written there, the 'fix' renames the other entity ('Meridia Foods
Bank'). Where the form a name fix replaces runs on into a capitalised word, that fix is
only suggested: a person must say which entity is meant. A legal form after it ('Meridia
Food Co., Ltd.', 'Lumora Network Inc.') is the same company's name, and a word in capitals
('Meridia Food CEO') no other name: their fixes stay safe. A headline in title case
('Meridia Food Opens Hub') cannot be told from a longer name, and gets a suggestion too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from prlocalize.findings import Applicability, Finding
from prlocalize.lazy_patterns import lazy_compile

__all__ = ["suggest_only_inside_longer_names"]

# what may stand between the form and the next word: spaces, inline markup and
# non-breaking spaces as HTML writes them (not a line break: a roster's or a list's next
# line starts with a capital too)
_GAP = lazy_compile(r"(?:[ \t\u00a0]|<[^<>\n]{0,200}>|&nbsp;|&#160;|&#xa0;)+")
_CAPITALISED = lazy_compile(r"[A-Z][A-Za-z'’&-]*\.?")
_LEGAL_FORMS = frozenset(
    {
        "co", "co.", "ltd", "ltd.", "limited", "inc", "inc.", "incorporated", "corp", "corp.",
        "corporation", "company", "llc", "l.l.c.", "llp", "plc", "gmbh", "ag", "sa", "s.a.",
        "k.k.", "kk", "pte", "pte.", "pty", "pty.", "n.v.", "b.v.", "group",
    }
)  # fmt: skip


def suggest_only_inside_longer_names(
    text: str, findings: Iterable[Finding], names_entity: Callable[[Finding], bool]
) -> list[Finding]:
    """``findings``, each safe fix of a finding on an entity's name (``names_entity``: an
    organisation, a brand, a place; a title is followed by its holder's name) whose form
    runs on into another capitalised word of ``text`` made a suggestion."""
    out = []
    for f in findings:
        fix = f.fix
        if fix is not None and fix.safe and _runs_on(text, f.span.end) and names_entity(f):
            suggested = dataclasses.replace(fix, applicability=Applicability.SUGGESTED)
            f = dataclasses.replace(f, fix=suggested)
        out.append(f)
    return out


def _runs_on(text: str, end: int) -> bool:
    """Whether a capitalised word other than a legal form follows ``text[:end]``."""
    gap = _GAP.match(text, end)
    if gap is None:
        return False  # glued to what follows, or punctuation: the name ends here
    word = _CAPITALISED.match(text, gap.end())
    if word is None or word.group().lower() in _LEGAL_FORMS:
        return False
    # an abbreviation or a title in capitals ('Meridia Food CEO', '… USA') names no other
    # entity that the fix would rename
    return not word.group().rstrip(".").isupper()
