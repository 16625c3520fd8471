"""prlocalize.rules.lead_investors
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Which of the bodies a funding release names led the round: 'led by Tsukigata Ventures,
with participation from …', '月形ベンチャーズをリード投資家とし', '하늘파트너스가 주도하고'.
A translation that names every investor but gives the lead to a co-investor ('ミレノバ・
キャピタルをリード投資家とし、月形ベンチャーズおよび…') passes every check of names: each
glossary form is there. Here the bodies said to lead are read on both sides, a list of
them joined by 'and', ',' or '、' ('co-led by X and Y') as one lead, and a translation
whose lead is a body the source names but does not say leads is reported.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from prlocalize.rules.translation_support import source_matches, target_matches

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch
    from prlocalize.rules.base import TranslationContext

# the words that say a lead, right before a body ('led by', 'co-led by', 'lead investor')
_BEFORE = {
    "en": re.compile(
        r"(?:\b(?:co-)?led by|\blead investors?(?: (?:is|was|were))?,?)\s(?:the\s)?$",
        re.IGNORECASE,
    ),
    "ja": re.compile(r"リード投資家(?:は|である)?\s?$"),
    "ko": re.compile(r"리드\s?투자자(?:는|인|로)?\s?$"),
}
# ... or right after it ('X led the round', 'X as lead investor', 'Xがリードし', 'Xを
# リード投資家とし', 'X主導', 'X가 주도하고', 'X가 리드한', 'X와 Y가 공동 주도')
_AFTER = {
    "en": re.compile(
        r"\s(?:(?:co-)?led\b|leads\b|is leading\b|as (?:the )?lead\b)|,? the lead investor\b",
        re.IGNORECASE,
    ),
    "ja": re.compile(r"\s?(?:が|を|の)?\s?(?:共同で)?(?:リード|主導|筆頭投資家)"),
    "ko": re.compile(r"\s?(?:가|이|을|를)?\s?(?:공동\s?)?(?:주도|리드)"),
}
# what joins the bodies of one list ('X and Y', 'X, Y', 'X、Y', 'XおよびY', 'X와 Y')
_JOIN = re.compile(r"\s?(?:,|、|，)?\s?(?:(?:and|&|および|及び|と|와|과|및)\s?)?", re.IGNORECASE)
_BODIES = frozenset({"org", "brand"})


def lead_given_to_another(ctx: TranslationContext) -> tuple[str, str] | None:
    """(the body the source says leads, the body the translation says leads instead)
    where the translation's lead is a body the source names without saying it leads."""
    mine = _leads(ctx.pair.msgid, source_matches(ctx), ctx.source_lang)
    if not mine:
        return None
    theirs = _leads(ctx.pair.msgstr, target_matches(ctx), ctx.locale)
    if not theirs:
        return None
    named = {m.entry.id for m in source_matches(ctx)}
    lead_ids = {m.entry.id for m in mine}
    their_ids = {m.entry.id for m in theirs}
    if lead_ids & their_ids:
        return None  # the source's lead said to lead (with another, maybe)
    other = next((m for m in theirs if m.entry.id in named), None)
    if other is None:
        return None
    return mine[0].text, other.text


def _leads(text: str, matches: list[TermMatch], lang: str) -> list[TermMatch]:
    """The bodies ``text`` says lead, each list of them whole."""
    key = lang.split("_")[0].split("-")[0].lower()
    before, after = _BEFORE.get(key), _AFTER.get(key)
    if before is None or after is None:
        return []
    bodies = _outermost([m for m in matches if m.entry.kind in _BODIES])
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


def _outermost(matches: list[TermMatch]) -> list[TermMatch]:
    """The matches not inside a longer one, in the text's order."""
    ordered = sorted(matches, key=lambda m: (m.start, -m.end))
    out: list[TermMatch] = []
    for match in ordered:
        if out and match.start < out[-1].end:
            continue
        out.append(match)
    return out
