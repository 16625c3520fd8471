"""prlocalize.rules.former_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A former name cited as such: '(formerly “Aozora Robotix”)', '（旧社名：北浜運輸株式会社）',
'(구 사명: …)', or told as the change ('Aozora Robotix changed its name to …'). A
glossary lists a company's or a brand's old name as a form not to use, and a release or
its translation that cites it so mentions it; it does not use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prlocalize.glossary.model import Kind
from prlocalize.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatch

# what cites a former name right before it: 'formerly (known as)', 'previously', 'former
# name', 旧社名／旧称／旧, 구 사명／옛 이름／구; quotes, a colon or an English article
# may stand between ('(formerly the Kamiyama Plant)')
_FORMER_NAME = lazy_compile(
    r"(?:\b(?:[Ff]ormerly|[Pp]reviously|[Ff]ormer(?:ly)?\s+(?:name|known\s+as)|"
    r"[Oo]riginally)(?:\s+(?:known\s+as|called|named))?|旧社名|旧商号|旧称|旧名|(?<![\u4e00-\u9fff])旧|"
    r"구\s?사명|구\s?상호|옛\s?이름|(?<![\uac00-\ud7a3])구)"
    r"\s*[:：]?\s*(?:(?<=\s)the\s+)?[\"“'‘「『]?$"
)
# how far before the name such a citation is looked for
_REACH = 40


def cites_former_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` is cited as a former name."""
    return _FORMER_NAME.search(text[max(0, start - _REACH) : start]) is not None


# what is renamed: a company, a place, a brand (a person's forbidden form is a misspelling)
_RENAMED = frozenset({Kind.ORG, Kind.PLACE, Kind.BRAND})


# a word that tells of the change after the old name, before or after the new one
_CHANGE = lazy_compile(
    r"[Cc]hang|[Rr]enam|[Rr]ebrand|[Mm]erg|became|becom|now (?:called|known)|known as|"
    r"変更|改称|改め|となり|になり|統合|변경|바꾸|바꿨|바뀌|개칭|통합|합병",
)


def names_the_change(text: str, match: TermMatch) -> bool:
    """Whether ``text`` goes on to name the entry of ``match`` (a forbidden form of a
    company, place or brand) by an accepted form and tells of the change ('Sorano Denki
    changed its trade name to Sorano Holdings', '上山工場は花村工場となりました'). The new
    name alone after it is no change: 'The Korean Coastal Safety Agency (KCSA)' misnames
    the agency whose short form follows."""
    if match.entry.kind not in _RENAMED:
        return False
    term = match.entry.term(match.locale)
    rest = text[match.end :]
    return (
        term is not None
        and any(form and form in rest for form in term.accepted)
        and _CHANGE.search(rest) is not None
    )
