"""prlocalize.rules.lead_investors
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Which of the bodies a funding release names led the round: 'led by Tsukigata Ventures,
with participation from …', '月形ベンチャーズをリード投資家とし', '하늘파트너스가 주도하고'.
A translation that names every investor but gives the lead to a co-investor ('ミレノバ・
キャピタルをリード投資家とし、月形ベンチャーズおよび…') passes every check of names: each
glossary form is there. So does one that makes another of the bodies it names the largest
shareholder ('X will become the largest shareholder, and Y the second largest' as 'Yが
筆頭株主となり'). Here the bodies said to lead are read on both sides, a list of
them joined by 'and', ',' or '、' ('co-led by X and Y') as one lead, and a translation
whose lead is a body the source names but does not say leads is reported.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.translation_support import (
    outermost,
    read_of_source,
    source_matches,
    target_matches,
)

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch
    from prlocalize.rules.base import TranslationContext

# the words that say a lead, right before a body ('led by', 'co-led by', 'lead investor')
_BEFORE = {
    "en": lazy_compile(
        r"(?:\b(?:co-)?led by|\blead investors?(?: (?:is|was|were))?,?)\s(?:the\s)?$",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"リード投資家(?:は|である)?\s?$"),
    "ko": lazy_compile(r"리드\s?투자자(?:는|인|로)?\s?$"),
}
# ... or right after it ('X led the round', 'X as lead investor', 'Xがリードし', 'Xを
# リード投資家とし', 'X主導', 'X가 주도하고', 'X가 리드한', 'X와 Y가 공동 주도')
_AFTER = {
    "en": lazy_compile(
        r"\s(?:(?:co-)?led\b|leads\b|is leading\b|as (?:the )?lead\b)|,? the lead investor\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"\s?(?:が|を|の)?\s?(?:共同で)?(?:リード|主導|筆頭投資家)"),
    "ko": lazy_compile(r"\s?(?:가|이|을|를)?\s?(?:공동\s?)?(?:주도|리드)"),
}
# the largest shareholder, as an alliance or a third-party allotment names it ('X will
# become the largest shareholder', '筆頭株主は X', 'Xが筆頭株主となり', 'X가 최대주주가 된다')
_HOLDER_BEFORE = {
    "en": lazy_compile(
        r"\b(?:largest|principal) shareholders?(?: (?:is|was|will be))?,?\s(?:the\s)?$",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(r"筆頭株主(?:は|である)?\s?$"),
    "ko": lazy_compile(r"최대\s?주주(?:는|인|로)?\s?$"),
}
_HOLDER_AFTER = {
    "en": lazy_compile(
        r"\s(?:will become|became|becomes|is|remains|will remain|as) (?:the )?(?:largest|"
        r"principal) shareholder\b|,? (?:the|its) (?:largest|principal) shareholder\b",
        re.IGNORECASE,
    ),
    # (the company held may stand between: 'Xが星見ロボティクスの筆頭株主', 'X가 Y의 최대주주')
    "ja": lazy_compile(r"\s?(?:が|は)?\s?(?:[^、。がは]{1,25}の)?筆頭株主"),
    "ko": lazy_compile(r"\s?(?:가|이|는|은)?\s?(?:[^,.가이]{1,25}의\s?)?최대\s?주주"),
}
# each role, with what the message says of the body that has it
_ROLES = (("leads", _BEFORE, _AFTER), ("is the largest shareholder", _HOLDER_BEFORE, _HOLDER_AFTER))
# what joins the bodies of one list ('X and Y', 'X, Y', 'X、Y', 'XおよびY', 'X와 Y')
_JOIN = lazy_compile(r"\s?(?:,|、|，)?\s?(?:(?:and|&|および|及び|と|와|과|및)\s?)?", re.IGNORECASE)
_BODIES = frozenset({"org", "brand"})
_Patterns = dict[str, re.Pattern[str]]


def lead_given_to_another(ctx: TranslationContext) -> tuple[str, str, str] | None:
    """(the body the source gives a role, the body the translation gives it instead,
    the role) where the translation gives a round's lead, or the largest holding, to a
    body the source names without giving it that role."""
    # the bodies the msgid gives each role, read once for every catalog of the release
    # (most give none, and the msgstr is then not read)
    ours = read_of_source(
        ctx,
        "lead_investors.leads",
        lambda matches: [
            _leads(ctx.pair.msgid, matches, ctx.source_lang, before, after)
            for _, before, after in _ROLES
        ],
    )
    for (role, before, after), mine in zip(_ROLES, ours, strict=True):
        if not mine:
            continue
        theirs = _leads(ctx.pair.msgstr, target_matches(ctx), ctx.locale, before, after)
        if not theirs:
            continue
        named = {m.entry.id for m in source_matches(ctx)}
        if {m.entry.id for m in mine} & {m.entry.id for m in theirs}:
            continue  # the source's body given the role (with another, maybe)
        other = next((m for m in theirs if m.entry.id in named), None)
        if other is not None:
            return mine[0].text, other.text, role
    return None


def _leads(
    text: str, matches: list[TermMatch], lang: str, befores: _Patterns, afters: _Patterns
) -> list[TermMatch]:
    """The bodies ``text`` gives the role, each list of them whole."""
    key = lang.split("_")[0].split("-")[0].lower()
    before, after = befores.get(key), afters.get(key)
    if before is None or after is None:
        return []
    bodies = outermost([m for m in matches if m.entry.kind in _BODIES])
    out: list[TermMatch] = []
    for i, match in enumerate(bodies):
        if before.search(text, max(0, match.start - 30), match.start) is not None:
            out.extend(_run(text, bodies, i, 1))
        elif after.match(text, match.end) is not None:
            out.extend(_run(text, bodies, i, -1))
    return out


def _run(text: str, bodies: list[TermMatch], i: int, step: int) -> list[TermMatch]:
    """The body ``bodies[i]`` and those joined to it in a list, going ``step``-wise."""
    run = [bodies[i]]
    j = i + step
    while 0 <= j < len(bodies):
        first, second = (run[-1], bodies[j]) if step > 0 else (bodies[j], run[-1])
        if _JOIN.fullmatch(text, first.end, second.start) is None:
            break
        run.append(bodies[j])
        j += step
    return run
