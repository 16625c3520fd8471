"""prlocalize.glossary.homographs
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Korean titles that are also other words of the same sound: 시장 is 市長 "mayor" and
市場 "market", 회장 is 会長 "chairman" and 会場 "venue". In a release the other word is
often the more common one ('글로벌 시장 진출'), so such a match is no proof of a title:
machine translation is not made to write the title there, and a translation that
renders the other word has left no title out.
"""

from __future__ import annotations

# each word, with what Japanese and English translations say for its other sense
KO_TITLE_HOMOGRAPHS: dict[str, tuple[str, ...]] = {
    "시장": ("市場", "マーケット", "market"),
    "회장": ("会場", "venue", "hall"),
    "이사": ("移転", "引っ越", "move", "moving", "relocat"),
    "원장": ("元帳", "ledger"),
    "의장": ("意匠", "design"),
    "대사": ("代謝", "metabol"),
    "고문": ("拷問", "tortur"),
}


def homograph(text: str) -> str | None:
    """``text`` (a glossary match) when it is such a title, as a whole: '대표이사' and
    '부회장' say what they are, '이사' and '회장' may be another word."""
    word = text.strip()
    return word if word in KO_TITLE_HOMOGRAPHS else None


def other_sense_in(text: str, translation: str) -> bool:
    """Whether ``translation`` says the other word that ``text`` (a title) also is."""
    word = homograph(text)
    if word is None:
        return False
    folded = translation.casefold()
    return any(rendering in folded for rendering in KO_TITLE_HOMOGRAPHS[word])
