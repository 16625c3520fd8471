"""prlocalize.catalog.litigation
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

What a court or a regulator decided, as a judgment's, an order's or a company's notice
says it in one word: who won ('勝訴', '승소', 'won the lawsuit', 'in its favor') and who
lost ('敗訴', '패소', 'lost the case'); which side a party was ('原告', '원고', 'plaintiff';
'被告', '피고', 'defendant'); which appeal ('控訴', '항소', an appeal to a High Court; '上告',
'상고', one to the Supreme Court); which order (a cease-and-desist order, '排除措置命令',
'시정명령'; an administrative surcharge, '課徴金', '과징금'; a criminal fine, '罰金',
'벌금'). A translation that keeps every name, figure and date but turns one of these
words into its other says the opposite to every reader, and no figure check sees it.

Each is read as PR410's reversals read theirs: the source says one side only, the
translation the other side only. Who won is read two ways: bound to a party's role
('原告敗訴', '원고 패소', 'ruled against Hanbit, the plaintiff') and bare, of the
sentence's subject ('勝訴', 'wins lawsuit', 'in its favor'); a bare outcome is read only in
a text that names no role, since 'the defendant won' and '원고 패소' say the same.
"""

from __future__ import annotations

import re

from prlocalize.catalog.screens import fold
from prlocalize.lazy_patterns import lazy_compile

# -- who won --------------------------------------------------------------------------

_SUIT = (
    r"(?:lawsuits?|suits?|cases?|litigation|appeals?|trials?|actions?|judge?ments?|rulings?|"
    r"verdicts?|disputes?|arbitrations?|claims?)"
)
# ('won the lawsuit', 'wins patent infringement lawsuit', 'lost its appeal'; not 'lost
# profits in the lawsuit', where the words between say what was lost)
_OBJECT = (
    r"\s(?:(?:a|an|the|its|their|our|his|her|this|that)\s)?"
    r"(?:(?!(?:in|of|for|from|on|at|to|with|by|over|after|before|and|or)\s)[\w-]+\s){0,3}?"
)
_WON_BARE = {
    "en": lazy_compile(
        rf"\b(?:won|wins?|winning){_OBJECT}{_SUIT}\b|\bprevail(?:s|ed|ing)?\b|"
        r"\bin\s(?:its|our|their|his|her)\s(?:\w+\s)?favou?r\b|"
        r"\bfavou?rable\s(?:ruling|judge?ment|decision|verdict|outcome)",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("勝訴"),
    "ko": lazy_compile("승소"),
}
_LOST_BARE = {
    "en": lazy_compile(
        rf"\b(?:lost|los(?:e|es|ing)){_OBJECT}{_SUIT}\b|"
        r"\bruled\sagainst\s(?:it|us|them|him|her)\b|"
        r"\bunfavou?rable\s(?:ruling|judge?ment|decision|verdict|outcome)",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("敗訴"),
    "ko": lazy_compile("패소"),
}
# a party's role, which makes a bare outcome someone's: read where no role is named
_ROLE = {
    "en": lazy_compile(r"\b(?:plaintiffs?|claimants?|defendants?)\b", re.IGNORECASE),
    "ja": lazy_compile("原告|被告"),
    "ko": lazy_compile("원고|피고"),
}

# an outcome bound to a role: the plaintiff won ('原告勝訴', '被告の敗訴', '원고 일부 승소',
# 'ruled in favor of the plaintiff', 'ruled against Minato, the defendant') or lost
_JA_HOW = "(?:側)?(?:の)?(?:全面|一部|逆転)?(?:的)?"
_KO_HOW = r"\s?(?:측\s?)?(?:의\s?)?(?:일부\s?|전부\s?|전면\s?|최종\s?|역전\s?)?"
_RULED = (
    r"\b(?:rul(?:ed|es|ing)|f(?:ound|inds|inding)|decid(?:ed|es|ing)|decisions?|judge?ments?|"
    r"verdicts?|held)\s(?:[\w'’-]+\s){0,2}?"
)
_PARTY = r"\s(?:[^,.;()]{1,60}?,\s)?(?:the\s)?"


def _bound(party_won: bool) -> dict[str, re.Pattern[str]]:
    winner, loser = ("plaintiff", "defendant") if party_won else ("defendant", "plaintiff")
    ja = ("原告", "被告") if party_won else ("被告", "原告")
    ko = ("원고", "피고") if party_won else ("피고", "원고")
    return {
        "en": re.compile(
            rf"{_RULED}(?:in\sfavou?r\sof{_PARTY}{winner}s?\b|against{_PARTY}{loser}s?\b)|"
            rf"\b{winner}s?\s(?:won|prevailed|wins|prevails)\b",
            re.IGNORECASE,
        ),
        "ja": re.compile(f"{ja[0]}{_JA_HOW}勝訴|{ja[1]}{_JA_HOW}敗訴"),
        "ko": re.compile(f"{ko[0]}{_KO_HOW}승소|{ko[1]}{_KO_HOW}패소"),
    }


_PLAINTIFF_WON = _bound(True)
_PLAINTIFF_LOST = _bound(False)

# -- which side -----------------------------------------------------------------------

_PLAINTIFF = {
    "en": lazy_compile(r"\b(?:plaintiffs?|claimants?)\b", re.IGNORECASE),
    "ja": lazy_compile("原告"),
    "ko": lazy_compile("원고"),
}
_DEFENDANT = {
    "en": lazy_compile(r"\bdefendants?\b", re.IGNORECASE),
    "ja": lazy_compile("被告"),
    "ko": lazy_compile("피고"),
}

# -- which appeal ---------------------------------------------------------------------

# an appeal to a High Court or an appellate court (控訴, 항소) and one to the Supreme
# Court (上告, 상고); English says 'appeal' of both, so its level is the court it names
_APPELLATE = r"(?:High\sCourt|appellate\scourt|courts?\sof\sappeals?)"
# (an appeal to the High Court, or one the High Court hears; an appeal against the High
# Court's ruling goes to the Supreme Court: 'will appeal the High Court's decision')
_NOT_ITS = r"(?!['’]s)"
_FIRST_APPEAL = {
    "en": lazy_compile(
        rf"\bappeal\w*\b[^.;]{{0,60}}?\b(?:to|with|before|at|in)\s(?:the\s)?(?:[\w-]+\s){{0,4}}?"
        rf"{_APPELLATE}\b{_NOT_ITS}|\b{_APPELLATE}\b{_NOT_ITS}[^.;]{{0,80}}?\bappeal",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("控訴"),
    "ko": lazy_compile("(?<![저대반])항소"),
}
_FINAL_APPEAL = {
    "en": lazy_compile(
        r"\bfinal\sappeal|\bappeal\w*\b[^.;]{0,80}?\bSupreme\sCourt|"
        r"\bSupreme\sCourt\b[^.;]{0,80}?\bappeal|"
        rf"\bappeal\w*\s(?:against\s)?the\s(?:[\w-]+\s){{0,4}}?{_APPELLATE}['’]s\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("上告"),
    "ko": lazy_compile("(?<![가-힣])상고(?!대)|상고심"),
}

# -- what was decided of a claim or an appeal -----------------------------------------

# a claim, a request or an appeal upheld ('認容', '인용', 'upheld the claims', 'the appeal
# was allowed') or dismissed ('棄却', '却下', '기각', '각하', 'dismissed the appeal'); an
# English verb is read with what it decides on ('upheld the lower court's ruling' is the
# appeal dismissed, and is read as neither)
_ASKED = (
    r"(?:claims?|requests?|appeals?|petitions?|motions?|demands?|applications?|complaints?|"
    r"lawsuits?|suits?|actions?|objections?)"
)
_BETWEEN = r"(?:(?!(?:and|but|or)\s)[\w'’-]+\s){0,4}?"
_BEEN = r"\s(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen|will\sbe)\s(?:\w+ly\s)?"


def _decided(verb: str, past: str) -> re.Pattern[str]:
    return re.compile(rf"\b{verb}\s{_BETWEEN}{_ASKED}\b|\b{_ASKED}{_BEEN}{past}\b", re.IGNORECASE)


_UPHELD = {
    "en": _decided(
        r"(?:upheld|uphold(?:s|ing)?|grant(?:ed|s|ing)?|accept(?:ed|s|ing)?|allow(?:ed|s|ing)?|"
        r"sustain(?:ed|s|ing)?)",
        r"(?:upheld|granted|accepted|allowed|sustained)",
    ),
    "ja": lazy_compile("認容"),
    "ko": lazy_compile(r"인용(?:하|했|한|됐|되|판결|\s?결정)"),
}
_DISMISSED = {
    "en": _decided(
        r"(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|den(?:y|ied|ies|ying)|overrul(?:ed|es|ing))",
        r"(?:dismissed|rejected|denied|overruled)",
    ),
    "ja": lazy_compile("棄却|却下"),
    "ko": lazy_compile("기각|각하"),
}

# -- which order ----------------------------------------------------------------------

_CEASE = {
    "en": lazy_compile(
        r"\bcease[- ]and[- ]desist\b|\bcorrective\s(?:orders?|measures?)\b", re.IGNORECASE
    ),
    "ja": lazy_compile("排除措置"),
    "ko": lazy_compile(r"시정\s?(?:명령|조치)"),
}
# an administrative surcharge (English 'fine' alone says either it or a court's fine,
# so it is read as neither)
_SURCHARGE = {
    "en": lazy_compile(
        r"\bsurcharges?\b|\badministrative\s(?:monetary\s)?(?:fines?|penalt(?:y|ies))\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("課徴金"),
    "ko": lazy_compile("과징금"),
}
_CRIMINAL_FINE = {
    "en": lazy_compile(r"\bcriminal\s(?:fines?|penalt(?:y|ies))\b", re.IGNORECASE),
    "ja": lazy_compile("罰金|刑事罰"),
    "ko": lazy_compile(r"벌금|형사\s?처벌"),
}

# a decision said in any words: a role is compared only in a text that says none, since
# the plaintiff's loss is the defendant's win ('原告敗訴' as 'ruled in favor of the
# defendant', '原告の請求を棄却' as 'found for the defendant')
_DECISION = {
    "en": lazy_compile(
        r"\b(?:won|wins?|winning|lost|los(?:e|es|ing)|prevail\w*|dismiss\w*|upheld|uphold\w*|"
        r"favou?r\w*|(?:ruled|found|decided)\s(?:for|against)|reject\w*|den(?:y|ied|ies|ying)|"
        r"grant\w*)\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("勝訴|敗訴|棄却|認容|却下"),
    "ko": lazy_compile(r"승소|패소|기각|인용|각하|손을\s?들어"),
}

_PAIRS = (
    (_PLAINTIFF_WON, _PLAINTIFF_LOST),
    (_PLAINTIFF_LOST, _PLAINTIFF_WON),
    (_FIRST_APPEAL, _FINAL_APPEAL),
    (_FINAL_APPEAL, _FIRST_APPEAL),
    (_UPHELD, _DISMISSED),
    (_DISMISSED, _UPHELD),
    (_CEASE, _SURCHARGE),
    (_SURCHARGE, _CEASE),
    (_SURCHARGE, _CRIMINAL_FINE),
    (_CRIMINAL_FINE, _SURCHARGE),
)
_BARE_PAIRS = ((_WON_BARE, _LOST_BARE), (_LOST_BARE, _WON_BARE))
_ROLE_PAIRS = ((_PLAINTIFF, _DEFENDANT), (_DEFENDANT, _PLAINTIFF))

# the words every English match of a pattern holds (a substring test on the lower-cased
# text, a microsecond, lets a pattern that cannot match go unsearched: an English pattern
# of several openings, case-insensitive, is tried at every character); Japanese and
# Korean patterns are plain alternations of words, which re skips to
_EN_WORDS: dict[int, tuple[str, ...]] = {
    id(_WON_BARE): ("won", "win", "prevail", "favo"),
    id(_LOST_BARE): ("lost", "lose", "losing", "ruled against", "unfavo"),
    id(_ROLE): ("plaintiff", "claimant", "defendant"),
    id(_PLAINTIFF_WON): ("plaintiff", "defendant"),
    id(_PLAINTIFF_LOST): ("plaintiff", "defendant"),
    id(_PLAINTIFF): ("plaintiff", "claimant"),
    id(_DEFENDANT): ("defendant",),
    id(_FIRST_APPEAL): ("appeal",),
    id(_FINAL_APPEAL): ("appeal",),
    id(_UPHELD): ("upheld", "uphold", "grant", "accept", "allow", "sustain"),
    id(_DISMISSED): ("dismiss", "reject", "deni", "deny", "overrul"),
    id(_CEASE): ("cease", "corrective"),
    id(_SURCHARGE): ("surcharge", "administrative"),
    id(_CRIMINAL_FINE): ("criminal",),
    id(_DECISION): (
        "won", "win", "lost", "lose", "losing", "prevail", "dismiss", "upheld", "uphold",
        "favo", "ruled", "found", "decided", "reject", "deni", "deny", "grant",
    ),
}  # fmt: skip
# ... and a text that says none of them is read no further (one alternation of literals,
# which re skips through)
_GATE = {
    "en": lazy_compile(
        "|".join(sorted({re.escape(word) for words in _EN_WORDS.values() for word in words}))
    ),
    "ja": lazy_compile("訴|告|認容|棄却|却下|排除措置|課徴金|罰金|刑事罰"),
    "ko": lazy_compile("승소|패소|원고|피고|항소|상고|인용|기각|각하|시정|과징금|벌금|형사"),
}


def _may_say(text: str, lang: str) -> bool:
    gate = _GATE.get(lang)
    return gate is not None and gate.search(text) is not None


def _search(
    patterns: dict[str, re.Pattern[str]], lang: str, text: str, folded: str
) -> re.Match[str] | None:
    """``patterns``' ``lang`` searched in ``text`` (``folded``: the text lower-cased, for
    English's screen)."""
    if lang == "en" and not any(word in folded for word in _EN_WORDS[id(patterns)]):
        return None
    return patterns[lang].search(text)


def verdict_reversals(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[tuple[str, str]]:
    """Each word of a judgment or an order the source says (who won, which side, which
    appeal, which order) that the translation says as its other only: the word as the
    source says it and as the translation does."""
    mine = fold(source) if source_lang == "en" else source
    theirs = fold(target) if target_lang == "en" else target
    if not _may_say(mine, source_lang) or not _may_say(theirs, target_lang):
        return []
    out = []
    pairs: list[tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]] = list(_PAIRS)
    if (
        _search(_ROLE, source_lang, source, mine) is None
        and _search(_ROLE, target_lang, target, theirs) is None
    ):
        pairs.extend(_BARE_PAIRS)
    if (
        _search(_DECISION, source_lang, source, mine) is None
        and _search(_DECISION, target_lang, target, theirs) is None
    ):
        pairs.extend(_ROLE_PAIRS)
    for said, other in pairs:
        found = _search(said, source_lang, source, mine)
        if found is None or _search(other, source_lang, source, mine) is not None:
            continue
        turned = _search(other, target_lang, target, theirs)
        if turned is not None and _search(said, target_lang, target, theirs) is None:
            out.append((found[0], turned[0]))
    return out


# -- a decision in part ---------------------------------------------------------------

# a claim upheld, a suit won or a decision revoked in part ('一部認容', '一部勝訴', '원고 일부
# 승소', '일부 인용', 'partially upheld', 'upheld in part', 'partly in favor of'): said
# whole, the court gave the plaintiff everything. The source's is read narrowly, beside
# the decision it qualifies; the translation's broadly, any word of a part
_IN_PART = {
    "en": lazy_compile(
        r"\b(?:partial(?:ly)?|partly)\s(?:[\w'’-]+\s){0,2}?(?:upheld|uphold\w*|grant\w*|"
        r"allow\w*|accept\w*|dismiss\w*|reject\w*|revok\w*|won|wins?|winning|victory|"
        r"in\sfavou?r)|\b(?:upheld|granted|allowed|accepted|dismissed|rejected|revoked)\s"
        r"(?:[\w'’-]+\s){0,4}?in\spart\b",
        re.IGNORECASE,
    ),
    "ja": lazy_compile("一部(?:の)?(?:認容|勝訴|敗訴|棄却|取り?消|認め)"),
    "ko": lazy_compile(r"일부\s?(?:인용|승소|패소|기각|취소|받아들)"),
}
_ANY_PART = {
    "en": lazy_compile(r"\b(?:part|parts|partial\w*|partly|portion|some|certain)\b", re.IGNORECASE),
    "ja": lazy_compile("一部|部分|一定|うち"),
    "ko": lazy_compile("일부|부분|중\\s"),
}
_IN_PART_WORDS = {"en": ("partial", "partly", "in part"), "ja": ("一部",), "ko": ("일부",)}


def partial_decision_dropped(
    source: str, target: str, source_lang: str, target_lang: str
) -> str | None:
    """The words of a decision the source says was made in part ('一部認容', 'partially
    upheld') where the translation says no part of anything, else None."""
    words = _IN_PART_WORDS.get(source_lang)
    if words is None or target_lang not in _ANY_PART:
        return None
    if not any(word in (fold(source) if source_lang == "en" else source) for word in words):
        return None
    found = _IN_PART[source_lang].search(source)
    if found is None or _ANY_PART[target_lang].search(target) is not None:
        return None
    return found[0]
