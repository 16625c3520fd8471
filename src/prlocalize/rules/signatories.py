"""prlocalize.rules.signatories
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Who signed for which side, and who only looked on, in a release on a signing ceremony,
a visit or an attendee list. A translation that gives every name and every body the
glossary's form passes every check of names, yet may have the two signatories swapped
('水瀬県を代表してパク・ジェウォン市長が' for 'Governor Haruka Kitayama signed for Minase
Prefecture'), a mayor given the other city ('Mayor Kenji Morozumi of Seowon City'), or
the witness made a third signatory ('…カン・ミンソク閣下とともに署名しました' for 'in the
presence of H.E. Kang Min-seok').

Each glossary person is paired with the body (a glossary organisation or place, inside
a title or not) the text sets beside it: in English after the name ('Haruka Kitayama,
Governor of Minase Prefecture', 'signed for Minase Prefecture', 'Mayor Yoon Ha-na of
Seowon City'); in Japanese and Korean before it ('水瀬県を代表して北山 遥', '瑞園市の
ユン・ハナ', '대성광역시를 대표해 박재원') or right after it ('両角 健司朝比奈市長', '최은지
대성광역시 경제부시장'). A translation that pairs a person with the body the source pairs
with another of its persons, and not with the person's own, has given the office to the
other side. A source that says someone witnessed the signing ('in the presence of',
'立会い', '입회') and a translation that says no such thing of anyone has made the witness
a signatory, or dropped the witness.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from prlocalize.catalog.source_readings import remembered
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.translation_support import outermost, source_matches, target_matches

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch, TermMatcher
    from prlocalize.rules.base import TranslationContext

_BODIES = frozenset({"org", "place"})
# how far a body may stand from the person it goes with, and what may not stand between
# (a list's or a clause's separator: the next item is another person's)
_EN_GAP = lazy_compile(r"[^;.!?]{0,45}")
_EN_NOT_BETWEEN = lazy_compile(r"\band\b|[;.]|,\s(?:and|while|with)\b")
_CJK_BEFORE_GAP = lazy_compile(r"[^、。，,；;！？!?「」“”\"]{0,15}")
_CJK_AFTER_GAP = lazy_compile(r"\s?")

# a witness, as the source says it: a narrow list, each a witness and nothing else
_WITNESS_SAID = {
    "en": lazy_compile(
        r"\bin the presence of\b|\bwitnessed by\b|\bas (?:a |the )?witness(?:es)?\b|"
        r"\bwitnessed the\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"立会|立ち会|臨席のもと|陪席"),
    "ko": lazy_compile(r"입회|배석|임석"),
}
# ... and any word a translation may say it with (attending, looking on)
_WITNESS_GIVEN = {
    "en": lazy_compile(
        r"presence|witness|attend|looked on|looking on|observ|\bpresent\b", re.IGNORECASE
    ),
    "ja": lazy_compile(r"立会|立ち会|臨席|列席|陪席|同席|出席|見守|参列"),
    "ko": lazy_compile(r"입회|배석|임석|참석|참관|지켜|동석"),
}


def _lang(locale: str) -> str:
    return locale.split("_")[0].split("-")[0].lower()


def witness_dropped(ctx: TranslationContext) -> str | None:
    """The source's words for a witness where the translation says no one witnessed or
    attended the signing."""
    said = _WITNESS_SAID.get(_lang(ctx.source_lang))
    given = _WITNESS_GIVEN.get(_lang(ctx.locale))
    if said is None or given is None:
        return None
    # (the msgid's words read once for every catalog of the release: most have none)
    found = remembered(ctx.source_cache, "signatories.witness_said", said.search, ctx.pair.msgid)
    if found is None or given.search(ctx.pair.msgstr) is not None:
        return None
    if not any(m.entry.kind == "person" for m in source_matches(ctx)):
        return None  # (a witness of no one the glossary knows: a clause about law)
    return found.group()


def office_given_to_another(ctx: TranslationContext) -> tuple[str, str, str] | None:
    """(the person, the body the translation pairs it with, the person the source pairs
    that body with) where a translation gives a person the other side's body."""
    mine = _pairs(ctx.pair.msgid, source_matches(ctx), _lang(ctx.source_lang), ctx.source_matcher)
    if len({body.entry.id for body in mine.values()}) < 2:
        return None  # one side only: nothing to swap
    theirs = _pairs(ctx.pair.msgstr, target_matches(ctx), _lang(ctx.locale), ctx.target_matcher)
    owners: dict[str, TermMatch] = {}
    persons = {m.entry.id: m for m in source_matches(ctx) if m.entry.kind == "person"}
    for person, body in mine.items():
        if body.entry.id not in owners and person in persons:
            owners[body.entry.id] = persons[person]
    names = {m.entry.id: m.text for m in target_matches(ctx) if m.entry.kind == "person"}
    for person, body in theirs.items():
        own = mine.get(person)
        owner = owners.get(body.entry.id)
        if own is None or own.entry.id == body.entry.id or owner is None:
            continue
        if owner.entry.id == person:
            continue
        return names.get(person, person), body.text, owner.text
    return None


def _pairs(
    text: str, matches: list[TermMatch], lang: str, matcher: TermMatcher
) -> dict[str, TermMatch]:
    """Each glossary person of ``text`` (by entry id) and the body set beside it."""
    if lang not in ("en", "ja", "ko"):
        return {}
    persons = outermost([m for m in matches if m.entry.kind == "person"])
    if len(persons) < 2:
        return {}
    bodies = outermost(
        [m for m in matches if m.entry.kind in _BODIES] + _bodies_in_titles(text, matches, matcher)
    )
    if not bodies:
        return {}
    pairs: dict[str, TermMatch] = {}
    for i, person in enumerate(persons):
        nxt = persons[i + 1].start if i + 1 < len(persons) else len(text)
        prev = persons[i - 1].end if i > 0 else 0
        body = (
            _en_body(text, person, bodies, nxt)
            if lang == "en"
            else _cjk_body(text, person, bodies, prev, nxt)
        )
        if body is not None and person.entry.id not in pairs:
            pairs[person.entry.id] = body
    return pairs


def _bodies_in_titles(
    text: str, matches: list[TermMatch], matcher: TermMatcher, depth: int = 0
) -> list[TermMatch]:
    """The bodies inside the glossary titles of ``text`` that head them ('朝比奈市' of
    '朝比奈市長', 'Minase Prefecture' of 'Vice Governor of Minase Prefecture'), which the
    matcher gives as the title alone: each title read again less its first or last
    letter (a title inside, 'Governor of Minase Prefecture', read again in turn)."""
    found: list[TermMatch] = []
    for title in matches:
        if title.entry.kind != "title" or title.end - title.start < 3:
            continue
        for start, end in ((title.start, title.end - 1), (title.start + 1, title.end)):
            inner = [
                m._replace(start=m.start + start, end=m.end + start)
                for m in matcher.find(text[start:end])
            ]
            found.extend(m for m in inner if m.entry.kind in _BODIES)
            if depth < 2:
                found.extend(_bodies_in_titles(text, inner, matcher, depth + 1))
    return found


def _en_body(text: str, person: TermMatch, bodies: list[TermMatch], nxt: int) -> TermMatch | None:
    """The first body after ``person`` in its clause ('Haruka Kitayama, Governor of Minase
    Prefecture', 'Park Jae-won signed for Daeseong Metropolitan City')."""
    for body in bodies:
        if body.start < person.end:
            continue
        if body.start > nxt:
            return None
        between = text[person.end : body.start]
        if _EN_GAP.fullmatch(between) is None or _EN_NOT_BETWEEN.search(between):
            return None
        return body
    return None


def _cjk_body(
    text: str, person: TermMatch, bodies: list[TermMatch], prev: int, nxt: int
) -> TermMatch | None:
    """The body right after ``person`` ('両角 健司朝比奈市長'), else the nearest before it
    in its clause ('水瀬県を代表して北山 遥', '瑞園市のユン・ハナ')."""
    for body in bodies:
        if body.start >= person.end and body.start <= nxt:
            if _CJK_AFTER_GAP.fullmatch(text, person.end, body.start) is not None:
                return body
            break
    before = [b for b in bodies if prev <= b.start and b.end <= person.start]
    if before:
        body = before[-1]
        if _CJK_BEFORE_GAP.fullmatch(text, body.end, person.start) is not None:
            return body
    return None
