"""prlocalize.glossary.titled
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A person's cell that holds the person's title with the name, as a press team's sheet
copies it from a release's byline: 'Minister Haruto Kimura', '環境副大臣　木村 陽翔',
'기무라 하루토 환경부 차관'. Read as one form, the name is found only where a text writes
that very title beside it: a release that says 'Kimura' or '木村陽翔副大臣' never matches
it (no defect in the name is caught) and every translation is reported. The title is
told from the name by how titles end ('…大臣', '…部長', '…장관', 'Chief … Officer'),
not by a list of offices; the name beside it must look like a name (one or two words).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# English words a title is made of before a name ('State Minister', 'Vice President',
# 'Chief Sustainability Officer', 'CEO'); a name's own words are capitalised too, so
# every word before the name must be one of these
_EN_TITLE_WORDS = frozenset((
    "president", "vice", "chairman", "chairwoman", "chairperson", "chair", "minister",
    "secretary", "state", "deputy", "parliamentary", "senior", "executive", "managing",
    "general", "director", "manager", "head", "chief", "officer", "ceo", "cfo", "coo", "cto",
    "cso", "cio", "cmo", "founder", "cofounder", "co-founder", "mayor", "governor",
    "professor", "associate", "assistant", "ambassador", "commissioner", "superintendent",
    "chancellor", "prime", "premier", "senator", "councillor", "councilor", "representative",
))  # fmt: skip
_EN_OFFICES = frozenset((
    "president", "chairman", "chairwoman", "chairperson", "chair", "minister", "secretary",
    "director", "manager", "officer", "ceo", "cfo", "coo", "cto", "cso", "cio", "cmo",
    "founder", "cofounder", "co-founder", "mayor", "governor", "professor", "ambassador",
    "commissioner", "superintendent", "chancellor", "premier", "senator", "councillor",
    "councilor", "representative",
))  # fmt: skip
_EN_NAME = re.compile(r"[A-Z][a-z'’\-]+(?: [A-Z]\.?)?(?: [A-Z][a-z'’\-]+){1,2}")

# how a Japanese or Korean title ends ('環境副大臣', '執行役員', '事業本部長'; '환경부 차관',
# '대표이사', '센터장'); '長' alone ends family names too ('福長'), so only with the office
_JA_TITLE_END = re.compile(
    r"(?:大臣|長官|次官|政務官|[社会部局市所室学総館院署町村区課店校議知本]長|委員長|理事長"
    r"|センター長|取締役|執行役|監査役|役員|理事|監事|委員|顧問|参与|教授|講師|助教|研究員"
    r"|代表|責任者|担当|主任|知事|議員|大使|総裁|頭取|首相|フェロー|ディレクター"
    r"|マネージャー|マネジャー|オフィサー|C[EFOTSIM]O)$"
)
KO_TITLE_WORDS = (
    r"(?:장관|차관|차관보|대표|대표이사|사장|회장|이사|이사장|상무|전무|부장|국장|본부장|팀장"
    r"|실장|원장|청장|처장|시장|지사|의원|교수|위원|위원장|총장|센터장|소장|책임자|연구원|대사"
    r"|총재|행장|고문|매니저|디렉터|C[EFOTSIM]O)"
)
_KO_TITLE_END = re.compile(KO_TITLE_WORDS + "$")
# a word naming an institution before a Korean title ('환경부 차관', '한빛은행 부행장'): the
# name before it is then one word ('박미나 환경부 국장')
_KO_INSTITUTION_END = re.compile(
    r"(?:부|청|처|원|위원회|공사|공단|재단|은행|대학교?|그룹|센터|연구소)$"
)
_CJK_NAME_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3・･ー]{1,8}")


class Titled(NamedTuple):
    name: str
    title: str


def split_title(cell: str, language: str) -> Titled | None:
    """The name and the title of a person's cell that holds both, else None."""
    words = cell.split()
    if len(words) < 2:
        return None
    if language == "en":
        return _english(words)
    if language in {"ja", "ko"}:
        return _cjk(words, _JA_TITLE_END if language == "ja" else _KO_TITLE_END, language)
    return None


def _english(words: list[str]) -> Titled | None:
    # 'Minister Haruto Kimura', 'Chief Sustainability Officer Tomoko Ishida': the title
    # words first, then a name of two or three words
    for cut in range(len(words) - 2, 0, -1):
        head, rest = words[:cut], " ".join(words[cut:])
        if _is_english_title(head) and _EN_NAME.fullmatch(rest):
            return Titled(rest, " ".join(head))
    return None


def _is_english_title(words: list[str]) -> bool:
    lowered = [w.casefold().strip(".,") for w in words]
    if all(w in _EN_TITLE_WORDS for w in lowered):
        # ending in an office ('State Minister'), not a word that only qualifies one
        # ('General Electric Hitachi')
        return lowered[-1] in _EN_OFFICES
    # 'Chief Sustainability Officer': any function between 'Chief' and 'Officer'
    return len(lowered) >= 3 and lowered[0] == "chief" and lowered[-1] == "officer"


def _cjk(words: list[str], title_end: re.Pattern[str], language: str) -> Titled | None:
    if not all(_CJK_NAME_WORD.fullmatch(w) or title_end.search(w) for w in words):
        return None
    # the title first ('環境副大臣 木村 陽翔'): up to its last word that ends as a title does
    for cut in range(len(words) - 1, 0, -1):
        if title_end.search(words[cut - 1]):
            name = words[cut:]
            if _name_words(name):
                return Titled(" ".join(name), " ".join(words[:cut]))
            break
    # the title last ('기무라 하루토 환경부 차관', '木村 陽翔 環境副大臣')
    if not title_end.search(words[-1]):
        return None
    size = 1 if len(words) == 2 else 2
    if language == "ko" and size == 2 and _KO_INSTITUTION_END.search(words[1]):
        size = 1
    name = words[:size]
    if any(title_end.search(word) for word in name) or not _name_words(name):
        return None
    return Titled(" ".join(name), " ".join(words[size:]))


def _name_words(words: list[str]) -> bool:
    """Whether ``words`` can be a Japanese or Korean name: one or two words of letters,
    two letters at least ('林 健', '한서연')."""
    return 1 <= len(words) <= 2 and sum(map(len, words)) >= 2
