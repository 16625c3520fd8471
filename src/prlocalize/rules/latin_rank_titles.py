"""prlocalize.rules.latin_rank_titles
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary person called by a title and one word of the name ('Minister Hirose') that
is another rung of the office than the title the release gives the full name
('Vice-Minister Naoko Hirose', 'Naoko Hirose, Vice-Minister of …'), for PR105: the
English side of ``rank_titles``. A rung typed for its neighbour makes one person two
officers, and a vice-minister called minister is a diplomatic error.

Rungs of one office differ by a word before the title ('Vice-', 'Deputy', 'Associate',
'Assistant', 'Parliamentary', 'Senior', 'Executive', 'State'): 'Minister',
'Vice-Minister' and 'Parliamentary Vice-Minister' are one ladder, 'Professor' and
'Dean' two, since one person may hold both. A title qualified as another office
('Acting Minister', 'Former Minister', 'then-Minister') leaves the person alone, and so
does a release about changes of office ('appointed', 'succeeds', 'promoted'), which
gives old and new titles on purpose, a word of the name two persons share, and a
mention before the full name's first (a release introduces a person in full, then
calls them by family name: one called so before may be another of the family).
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Iterator

from prlocalize.document import Segment
from prlocalize.glossary.model import Glossary, Kind, name_words
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext
from prlocalize.rules.rank_titles import RankSlip
from prlocalize.rules.support import prose_segments, term_matches

# the words that set a rung apart from the office's title, in front of it
_RUNG_WORDS: tuple[str, ...] = ("Vice-", "Vice ", "Deputy ", "Associate ", "Assistant ")
_RUNG_WORDS += ("Parliamentary ", "Senior ", "Executive ", "State ")
# offices English titles before a name, each the foot of a ladder of rungs
_OFFICES = (
    "Minister",
    "President",
    "Chairman",
    "Chair",
    "Professor",
    "Dean",
    "Director",
    "Governor",
    "Mayor",
    "Secretary",
    "Provost",
    "Chancellor",
)
# a title qualified as another office than its rung ('Acting Minister', 'former')
# the word after a title that may call its holder by one word of the name
_CALLED = lazy_compile(r" ([A-Z][\w-]+)\b")
_QUALIFIED = lazy_compile(r"(?:\b(?:[Aa]cting|[Ff]ormer|[Ii]nterim|then|ex)[ -])$")
# the words of a release about changes of office, where one person has two titles
_CHANGES = lazy_compile(
    # (not a capitalised 'Promotion', an agency's name: the Japan Society for the
    # Promotion of Science; nor 'named' of a thing: 'a gene named ibsK', 'named after')
    r"\b(?:appoint(?:ed|s|ment)|(?:was|were|been|be|is) named"
    r"|(?-i:promot(?:ed|ion)|Promoted)|succeed(?:s|ed)?|successor"
    r"|will become|tak(?:es|ing) office|took office|assum(?:es|ed) the|resign(?:s|ed)"
    r"|retir(?:es|ed)|reshuffle|formerly|previously)\b",
    re.IGNORECASE,
)


def latin_rank_slips(ctx: CheckContext) -> Iterator[RankSlip]:
    """Each title and name word of a glossary person that is another rung of the office
    than the titles of the full name, in a Latin-script release that changes no office."""
    if ctx.glossary is None or language(ctx.document.lang) in ("ja", "ko"):
        return
    segments = [segment for _block, segment in prose_segments(ctx)]
    rank = _rank_pattern(ctx.glossary)
    held: dict[str, set[str]] = {}  # a person's id → the titles of the full name
    words: dict[str, set[str]] = {}  # a word of a name → the persons it names
    spans: dict[str, list[tuple[int, int]]] = {}  # a segment's id → its full names
    qualified: set[str] = set()
    first: dict[str, tuple[int, int]] = {}  # a person's id → where the full name is first
    # a person's id → each title before the full name: (segment, title's start, name's end)
    titled_at: dict[str, list[tuple[Segment, int, int, str]]] = {}
    for number, segment in enumerate(segments):
        text = segment.plain
        for m in term_matches(ctx, segment):
            if m.entry.kind is not Kind.PERSON or not m.text.isascii():
                continue
            spans.setdefault(segment.id, []).append((m.start, m.end))
            for word in name_words(m.text):
                words.setdefault(word, set()).add(m.entry.id)
            first.setdefault(m.entry.id, (number, m.start))
            titled = held.setdefault(m.entry.id, set())
            before = text[max(0, m.start - 48) : m.start].rstrip()
            after = text[m.end : m.end + 48]
            for found in _titles_in(rank, before):
                if found.end() == len(before):
                    titled.add(found.group(1))
                    if _QUALIFIED.search(before, 0, found.start()):
                        qualified.add(m.entry.id)
                    at = max(0, m.start - 48) + found.start()
                    titled_at.setdefault(m.entry.id, []).append(
                        (segment, at, m.end, found.group(1))
                    )
            following = rank.match(after, 2) if after.startswith(", ") else None
            if following is not None:
                titled.add(following.group(1))
    if not any(held.values()):
        return  # no person titled in full: nothing to hold a rung against
    changes: bool | None = None  # whether the release changes offices, read on demand
    for person, mentions in titled_at.items():
        if person in qualified or len({_office(t) for *_, t in mentions}) == len(mentions):
            continue  # one title of each office (the common case)
        if changes is None:
            changes = _CHANGES.search("\n".join(s.plain for s in segments)) is not None
        if changes:
            return
        yield from _two_rungs(mentions)
    for number, segment in enumerate(segments):
        text = segment.plain
        names = spans.get(segment.id, [])
        for found in _titles_in(rank, text):
            called = _CALLED.match(text, found.end())
            if called is None or len(words.get(called.group(1), ())) != 1:
                continue
            if changes is None:
                changes = _CHANGES.search("\n".join(s.plain for s in segments)) is not None
            if changes:
                return
            end = called.end()
            if any(s < end and found.start() < e for s, e in names):
                continue  # the full name, read above
            (person,) = words[called.group(1)]
            title = found.group(1)
            if person in qualified or _QUALIFIED.search(text, 0, found.start()):
                continue
            if (number, found.start()) < first[person]:
                continue  # before the person is introduced: another of the family name
            rungs = [t for t in held.get(person, ()) if _office(t) == _office(title)]
            if rungs and title not in rungs:
                yield RankSlip(segment, found.start(), end, text[found.start() : end], rungs[0])


def _two_rungs(mentions: list[tuple[Segment, int, int, str]]) -> Iterator[RankSlip]:
    """The full name given another rung of one office than elsewhere in the release
    ('Assistant Professor Mika Tanabe' beside 'Associate Professor Mika Tanabe'): the
    rung written fewer times, or, as often as another, given after it, is the slip."""
    counts = Counter(title for *_, title in mentions)
    order = list(dict.fromkeys(title for *_, title in mentions))  # as first given
    for segment, start, end, title in mentions:
        rivals = [
            r
            for r in order
            if r != title
            and _office(r) == _office(title)
            and (counts[r], -order.index(r)) > (counts[title], -order.index(title))
        ]
        if rivals:
            yield RankSlip(segment, start, end, segment.plain[start:end], rivals[0])


def _titles_in(rank: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The titles ``rank`` finds in ``text`` that start a word (none after a letter, a
    digit, '_' or '-'): the pattern is the bare alternation, which the engine skips to
    in C; a title inside a word is looked past one character at a time, as a
    look-behind would have the engine do."""
    at = 0
    while (found := rank.search(text, at)) is not None:
        start = found.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            at = start + 1
            continue
        yield found
        at = found.end()


def _office(title: str) -> str:
    """The office a rung belongs to: 'Minister' for 'Parliamentary Vice-Minister'."""
    while True:
        for word in _RUNG_WORDS:
            if title.startswith(word):
                title = title[len(word) :]
                break
        else:
            return title


_PATTERNS: weakref.WeakKeyDictionary[Glossary, re.Pattern[str]] = weakref.WeakKeyDictionary()


def _rank_pattern(glossary: Glossary) -> re.Pattern[str]:
    """The offices and the glossary's English titles that are rungs of one, longest
    first, as one pattern (made once per glossary)."""
    pattern = _PATTERNS.get(glossary)
    if pattern is None:
        titles = sorted(_titles(glossary), key=len, reverse=True)
        # (the alternation alone, so that the engine skips to the titles' first letters;
        # what stands before a title is looked at in Python, for the few it finds)
        alternation = "|".join(map(re.escape, titles))
        pattern = re.compile("(" + alternation + ")")
        _PATTERNS[glossary] = pattern
    return pattern


def _titles(glossary: Glossary) -> set[str]:
    """The offices and the glossary's English titles that are rungs of one."""
    titles = set(_OFFICES)
    for entry in glossary:
        if entry.kind is not Kind.TITLE:
            continue
        for term in entry.forms.values():
            for form in term.accepted:
                if form.isascii() and _office(form) != form and _office(form) in titles:
                    titles.add(form)
    titles |= {word + office for word in _RUNG_WORDS for office in _OFFICES}
    return titles
