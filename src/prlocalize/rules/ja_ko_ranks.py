"""prlocalize.rules.ja_ko_ranks
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A person's rank between Japanese and Korean, for PR401. The two languages call officers
and office holders by the same ranks, written with the same Chinese characters (社長
사장, 会長 회장, 専務 전무, 部長 부장, 市長 시장), after the family or the full name
('加藤社長', '가토 사장') or before it ('代表取締役社長：加藤幹夫', '대표이사 사장 가토
미키오'). A translation that gives a glossary person another rank of the table ('가토
회장' for '加藤社長', 'ユン・ソジン会長' for '윤서진 사장') makes the president the
chairman; a team sheet seldom has a row for every rank, so the glossary cannot say it.

Only the ranks that map one to one are in the table: Korean '대표' is rendered '社長' or
'代表' as often as not, and '이사' is both 理事 and 取締役, so neither is. A message that
says the translation's rank somewhere in the source, or the source's rank somewhere in
the translation (a personnel change: '常務の加藤が社長に就任'), is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.scripts import script_of

if TYPE_CHECKING:
    from prlocalize.glossary.model import Entry

# (Japanese, Korean): the same rank
_PAIRS = (
    ("会長", "회장"),
    ("副会長", "부회장"),
    ("社長", "사장"),
    ("副社長", "부사장"),
    ("専務", "전무"),
    ("常務", "상무"),
    ("本部長", "본부장"),
    ("部長", "부장"),
    ("次長", "차장"),
    ("課長", "과장"),
    ("室長", "실장"),
    ("支店長", "지점장"),
    ("所長", "소장"),
    ("局長", "국장"),
    ("院長", "원장"),
    ("理事長", "이사장"),
    ("議長", "의장"),
    ("市長", "시장"),
    ("副市長", "부시장"),
    ("知事", "지사"),
)
_OTHER = {**dict(_PAIRS), **{ko: ja for ja, ko in _PAIRS}}
_RANKS = {
    "ja": "|".join(sorted((ja for ja, _ in _PAIRS), key=len, reverse=True)),
    "ko": "|".join(sorted((ko for _, ko in _PAIRS), key=len, reverse=True)),
}
_ANYWHERE = {lang: re.compile(alternatives) for lang, alternatives in _RANKS.items()}
# a rank right after a name ('加藤社長', '가토 사장'), or right before it ('社長：加藤',
# '社長の加藤', '대표이사 사장 가토')
_AFTER = {lang: re.compile(rf"[ \u3000]?({alts})") for lang, alts in _RANKS.items()}
_BEFORE = {
    "ja": lazy_compile(rf"({_RANKS['ja']})[ \u3000:：・]*の?$"),
    "ko": lazy_compile(rf"({_RANKS['ko']})[ :：]*$"),
}


@dataclass(frozen=True)
class RankChange:
    """A rank the source gives a person, and the other rank the translation gives them."""

    name: str  # the person, as the source writes the name
    said: str  # the source's rank
    as_rank: str  # the translation's
    equivalent: str  # the source's rank in the translation's language


def rank_changes(
    msgid: str,
    msgstr: str,
    source_lang: str,
    target_lang: str,
    persons: Sequence[Entry],
    glossary_titles: frozenset[str] = frozenset(),
) -> Iterator[RankChange]:
    """The ranks ``msgstr`` gives ``persons`` (glossary persons the msgid names) that are
    another rank than the one ``msgid`` gives them, between Japanese and Korean. A rank
    inside a title of the glossary the msgid holds (``glossary_titles``: '代表取締役社長')
    is left to the glossary's own check."""
    source, target = language(source_lang), language(target_lang)
    if {source, target} != {"ja", "ko"} or not persons:
        return
    in_source = set(_ANYWHERE[source].findall(msgid))
    if not in_source:
        return  # (nearly every message)
    in_target = set(_ANYWHERE[target].findall(msgstr))
    for entry in persons:
        said = _ranks_beside(msgid, _forms(entry, source_lang), source)
        said = {rank for rank in said if not any(rank in title for title in glossary_titles)}
        if not said:
            continue
        given = _ranks_beside(msgstr, _forms(entry, target_lang), target)
        if not given or any(_OTHER[rank] in given for rank in said):
            continue
        if any(_OTHER[rank] in in_target for rank in said):
            continue  # the source's rank is in the translation, given elsewhere
        for rank in sorted(given):
            if _OTHER[rank] not in in_source:
                first = sorted(said)[0]
                name = _forms(entry, source_lang)[0]
                yield RankChange(name, first, rank, _OTHER[first])
                break


def _forms(entry: Entry, locale: str) -> list[str]:
    """The forms of ``entry``'s name in ``locale`` a rank may stand beside: the approved
    one and its variants, and the family name alone ('加藤', '가토', 'ユン', '윤')."""
    from prlocalize.rules.translation_support import person_name_parts

    term = entry.term(locale)
    if term is None or not term.text:
        return []
    forms = [term.text, *term.accepted]
    forms += person_name_parts(entry, locale)
    if language(locale) == "ko" and len(term.text) == 3 and " " not in term.text:
        forms.append(term.text[0])  # '윤서진': '윤 사장'
    return list(dict.fromkeys(form for form in forms if form))


def _ranks_beside(text: str, forms: list[str], lang: str) -> set[str]:
    """The ranks of the table ``text`` gives right after or right before one of
    ``forms`` (a name standing as a word of its own: not inside another name)."""
    found: set[str] = set()
    after, before = _AFTER[lang], _BEFORE[lang]
    for form in forms:
        start = text.find(form)
        while start != -1:
            end = start + len(form)
            ahead = text[start - 1] if start else ""
            if not (ahead and script_of(ahead) is script_of(form[0]) and lang == "ko"):
                rank = after.match(text, end)
                if rank is not None:
                    found.add(rank[1])
                rank = before.search(text[max(0, start - 12) : start])
                if rank is not None:
                    found.add(rank[1])
            start = text.find(form, start + 1)
    return found
