"""A possibility of the source stated as a fact in a translation.

An incident notice says what *may* have happened ('漏えいした可能性があります', '유출
가능성', 'may have been accessed'): a translation that drops the hedge ('the data was
leaked') states as established what the company has not found. The source's hedge is
read narrowly, as something said possibly to be so (not '新たな可能性を切り拓く', new
possibilities, nor 'as soon as possible'); the translation's broadly, as any word of
possibility, risk, suspicion or estimate, so that a hedge said otherwise counts.
"""

from __future__ import annotations

import re

from prlocalize.lazy_patterns import lazy_compile

_HEDGED = {
    "en": lazy_compile(
        r"\b(?:may|might|could)\s(?:possibly\s)?have\s(?:been\s)?\w+(?:ed|en|wn)\b|\bpossibly\b|"
        r"\bsuspected\b|"
        # 'a possible leak', not 'as soon as possible', 'if possible', 'possible to'
        r"(?<!\bas\s)(?<!\bif\s)(?<!\bwhere\s)(?<!\bwhenever\s)\bpossible\b(?!\s(?:to|for)\b)|"
        # a recall's defect: what a part may do ('may rupture', 'may not deploy'), no
        # permission ('may open', 'may return' are left out)
        r"\b(?:may|might|could)\s(?:not\s)?(?:fail|rupture|deploy|break|crack|loosen|detach|"
        r"separate|leak|stall|overheat|short[- ]circuit|corrode|fracture|malfunction|"
        r"catch\sfire|ignite|illuminate|display|activate|engage|increase\sthe\srisk)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"可能性(?:が|は|も)?(?:あ[るりっ]|ござ|高|否定|考え|濃厚|大き)|"
        r"の可能性(?:に(?:関|つ)|を(?:調|含|否))|"
        r"(?:おそれ|恐れ|虞|疑い)(?:が|も)?(?:あ[るりっ]|ござ|持)|疑われ|かもしれ"
    ),
    "ko": lazy_compile(
        r"가능성(?:이|은|도)?\s?(?:있|높|크|배제|제기|상당)|가능성(?:에|과)\s?(?:관한|대한|관련)|"
        r"우려(?:가|도)?\s?(?:있|크|높)|의심(?:되|된|돼|스러)|수도\s?있|지도\s?모르"
    ),
}
# ... and any word that keeps a statement from being a fact in a translation
_NOT_A_FACT = {
    "en": lazy_compile(
        r"\b(?:may|might|could|can|possib\w*|potential\w*|suspect\w*|likely|unlikely|"
        r"probabl[ey]|perhaps|risks?|fears?|feared|concerns?|appears?|seems?|believed?|"
        r"estimated?|presumed|alleged\w*|unconfirmed|ruled?\sout|sometimes|occasionally)\b|"
        r"\bin\ssome\scases\b|\bat\stimes\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile(
        r"可能|おそれ|恐れ|虞|懸念|疑|かもしれ|(?:と|も)(?:み|見)られ|推定|思われ|得る|うる|"
        r"予想|見込|リスク|危険|"
        # 'there are cases where …': a recall's 'may not display' ('表示されない場合がある')
        r"場合が(?:あ|ござ)|ことが(?:あ|ござ)|場合も(?:あ|ござ)|ことも(?:あ|ござ)"
    ),
    "ko": lazy_compile(
        r"가능|우려|의심|수\s?있|수도|추정|보인다|보이|것으로\s?보|듯|모르|염려|예상|전망|"
        r"위험|리스크|경우가\s?있|경우도\s?있|때가\s?있"
    ),
}


def possibility_dropped(source: str, target: str, source_lang: str, target_lang: str) -> str | None:
    """The source's hedge ('可能性があります') where the translation has no word of
    possibility at all ('was leaked'), else None."""
    hedged, loose = _HEDGED.get(source_lang), _NOT_A_FACT.get(target_lang)
    if hedged is None or loose is None:
        return None
    found = hedged.search(source)
    if found is None or loose.search(target) is not None:
        return None
    return found[0]


# automotive recalls: a defect an English translation says a part *will* have ('the
# housing will rupture') beside the source's possibility, while another clause keeps a
# 'may' ('may degrade … and will rupture'): the failure is stated as certain
_WILL_FAIL = lazy_compile(
    r"\bwill\s(?:not\s)?(?:fail|rupture|break|crack|loosen|detach|separate|leak|stall|"
    r"overheat|short[- ]circuit|corrode|fracture|malfunction|catch\sfire|ignite|burst|"
    r"shatter|scatter)\b",
    re.IGNORECASE,
)


def failure_stated_certain(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[str, str] | None:
    """(the source's hedge, the English translation's 'will …') where the source says a
    failure may happen and the translation says a part will fail, else None (the hedge
    dropped altogether is possibility_dropped's)."""
    if target_lang != "en" or "will" not in target.casefold():
        return None
    hedged = _HEDGED.get(source_lang)
    if hedged is None:
        return None
    found = hedged.search(source)
    if found is None:
        return None
    will = _WILL_FAIL.search(target)
    if will is None or _NOT_A_FACT["en"].search(target) is None:
        return None  # (no hedge left at all: possibility_dropped reports it)
    return found[0], will[0]
