"""prlocalize.rules.doubled_words
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Words typed twice in a row, for PR308: an English word that is never doubled on
purpose ('the the', 'a a', 'will will'), the first or last word of a glossary
name of two words or more doubled ('Hanbit Hanbit Robotics', '한빛로보틱스 한빛로보틱스는'),
and any Korean word of two syllables or more going on with a particle only ('어선 어선
통항은'), but for the words a sentence repeats on purpose ('하나 하나').

A word a sentence may double on purpose is left alone: a preposition left at the end
of a clause before one that opens the next ('what we waited for for years', 'the
town we went to to film'), 'had had', 'that that', 'is is', and reduplicated names
('Bora Bora', 'Lang Lang', 'Tokyo Tokyo Festival'), where no longer glossary name
starts or ends with the word; so is a glossary place before a venue named after it
('Osaka Osaka Castle Hall', '서울 서울시청').

A Japanese glossary place's suffix typed twice after it ('論山市市の', '栃木県県と') is
doubled too, before what opens no word with it ('市川市市民', '横浜市市場' go on with one),
and so is a Japanese or Korean legal form typed twice ('株式会社株式会社', '주식회사 주식회사').

An honorific typed twice after a name ('ユン・ハナ様様', '정태민 총장님님은', '北山 遥殿殿'),
as an attendee list retyped or merged from two drafts leaves it: Korean never doubles
'님', so it is doubled after any word; the others only after a glossary person or title,
as '様様' is also an old spelling of 'さまざま' and a colloquial 'thanks to' ('社長様様').
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from prlocalize.glossary.matcher import TermMatch
from prlocalize.glossary.model import Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.name_slips import KO_PARTICLE_END

# English words that no sentence doubles: articles, conjunctions, auxiliaries,
# possessives, the personal pronouns a clause neither ends nor starts with twice ('We we
# asked', as a quotation's first word retyped); not the prepositions a clause may end
# with, nor 'had', 'that', 'is', nor 'it', 'you', 'he' ('call it it', 'he he')
_NEVER_DOUBLED = frozenset(
    {
        *("a", "an", "the", "and", "or", "but", "nor", "of", "than", "also"),
        # a comparison's 'as' ('twice as much as as those': a line rejoined after an edit;
        # 'as AS Roma', an acronym in capitals, is no second 'as')
        "as",
        *("are", "was", "were", "be", "been", "being", "has", "have"),
        *("will", "would", "can", "could", "should", "shall", "must"),
        *("its", "their", "our", "his", "your", "my", "this", "these", "those"),
        *("which", "who", "whom", "whose"),
        *("we", "they", "she", "us", "them"),
    }
)
# two words of letters (Latin, or Hangul with its particle) with only spaces between;
# the second may be longer (a particle on it: '한빛로보틱스 한빛로보틱스는')
# (case aside, for 'The the' opening a sentence)
_PAIR = lazy_compile(r"\b([A-Za-z]+|[\uac00-\ud7a3]{2,})[ \t\u00a0]+(?=(\1))", re.IGNORECASE)


_HANGUL_RUN = lazy_compile("[\uac00-\ud7a3]+")


# an honorific, a space or none, and the same honorific again (Korean '씨씨' only after
# a glossary name: a company's initials in Hangul are often spelt so, '케이씨씨')
_HONORIFIC_TWICE = lazy_compile(r"(様|さま|殿|氏|さん|先生|님|씨)[ \u3000]?(\1)")
_HANGUL = lazy_compile("[\uac00-\ud7a3]")


# A Japanese case particle typed twice, as an edit that retypes a word's ending leaves it
# ('ケアミのの主な機能', 'ケアミの の主な機能'): after a kanji, katakana or Latin word and
# before a kanji or katakana one, where no word starts with the particle (before
# hiragana it may open one: 'ケアミののぼり旗', the robot's banner), or with a space
# between, which Japanese never sets there; not 'のの字' (the letter の's shape); 'を'
# opens no word, so before hiragana too ('MNS-204ををより早く')
_JA_PARTICLE_TWICE = lazy_compile(
    "(?<=[\u30a1-\u30fa\u30fc\u4e00-\u9fffA-Za-z0-9）」』])(の|を|が|に|は|で|と|へ)(\\1)"
    "(?=[\u30a1-\u30fa\u4e00-\u9fff]|(?<=をを)[\u3041-\u3096])"
    "|(?<=[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff])(の|を|が|に|は|で|と|へ)"
    "[ \u3000]+(\\3)(?=[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff])"
)
# ... and a Korean particle no word starts with typed twice after a word ('소라노는는',
# '계획를를'): other particles may open the next word when a space is left out
# ('서울에에너지', '소라노가가장'), which is another slip with another fix
_KO_PARTICLE_TWICE = lazy_compile("(?<=[\uac00-\ud7a3])(는|를)(\\1)")


class Doubled(NamedTuple):
    start: int  # the second word and the spaces before it: what the fix removes
    end: int
    word: str
    label: str = "Word"


def doubled_words(text: str, matches: Sequence[TermMatch]) -> Iterator[Doubled]:
    """Words of ``text`` typed twice in a row; ``matches`` are its glossary matches."""
    for m in _PAIR.finditer(text):
        word, again = m.group(1), m.group(2)
        second = m.start(2)
        end = m.end(2)
        if word.isascii() and text[end : end + 1].isalpha():
            continue  # 'the theme': the second is a longer word
        if word.isascii() and again.islower() and again in _NEVER_DOUBLED:
            yield Doubled(m.end(1), end, again)  # 'the the', 'The the'
        elif again == word and (
            _at_a_name(m.start(1), m.end(1), second, end, matches, whole=_particle_only(text, end))
            or _korean_word_doubled(text, m.start(1), word, end, matches)
        ):
            yield Doubled(m.end(1), end, word)


# Korean words a sentence repeats on purpose, spaced as often as closed ('하나 하나',
# '조금 조금', '차례 차례', '곳곳'), and the mimetic words that are said twice ('반짝 반짝')
_KO_REPEATED = frozenset({
    "하나", "조금", "가끔", "따로", "서로", "차례", "하루", "여기", "저기", "구석", "군데",
    "얼른", "어서", "자꾸", "점점", "천천히", "빨리", "살살", "반짝", "두근", "빙글", "살짝",
    "쿵쿵", "대대", "다시", "계속", "또", "더", "아주", "정말", "많이", "잘", "한번", "함께",
})  # fmt: skip


def _korean_word_doubled(
    text: str, start: int, word: str, end: int, matches: Sequence[TermMatch]
) -> bool:
    """Whether a Korean word of two syllables or more is typed twice ('어선 어선 통항은',
    '계획을 계획을'), the second going on with a particle only, in no glossary form that
    takes in both: an edit that retyped the word beside it. A word a sentence repeats on
    purpose ('하나 하나') is left alone."""
    if word.isascii() or not _HANGUL.match(word) or word in _KO_REPEATED:
        return False
    if any(o.start <= start and o.end >= end for o in matches):
        return False  # the doubled words are a glossary form
    return _particle_only(text, end)


def _particle_only(text: str, end: int) -> bool:
    """Whether the Hangul word ending at ``end`` goes on only with a particle, or not at
    all ('한빛로보틱스는'; not '서울시청에서', another name made of it)."""
    if not "\uac00" <= text[end - 1 : end] <= "\ud7a3":
        return False
    rest = _HANGUL_RUN.match(text, end)
    tail = rest.group() if rest else ""
    return not tail or KO_PARTICLE_END.fullmatch(tail) is not None


def _at_a_name(
    first: int,
    first_end: int,
    second: int,
    second_end: int,
    matches: Sequence[TermMatch],
    *,
    whole: bool,
) -> bool:
    """Whether a glossary name of more words starts at the second word or ends at the
    first ('Hanbit Hanbit Robotics', 'Meridia Foods Foods'), where no glossary form
    takes in both; with ``whole``, a name of one word too ('한빛로보틱스 한빛로보틱스는')."""
    if any(o.start <= first and o.end >= second_end for o in matches):
        return False  # the doubled words are a glossary form ('Lang Lang')
    if any(o.start == first and o.end == first_end and o.entry.kind is Kind.PLACE for o in matches):
        return False  # a city before a venue named after it ('Osaka Osaka Castle Hall')
    # a name of one word doubled may be so on purpose ('Tokyo Tokyo Festival'); a
    # Korean one (``whole``) is not, and takes its particle on the second
    return any(
        (t.start == second and (t.end > second_end or (whole and t.end == second_end)))
        or (t.end == first_end and t.start < first)
        for t in matches
    )


def has_particle_twice(text: str) -> bool:
    """Whether ``text`` may type a Japanese or Korean particle twice (the rule's gate)."""
    return not text.isascii() and (
        _JA_PARTICLE_TWICE.search(text) is not None or _KO_PARTICLE_TWICE.search(text) is not None
    )


def doubled_particles(text: str) -> Iterator[Doubled]:
    """Japanese and Korean particles of ``text`` typed twice in a row ('ケアミのの主な',
    'ケアミの の主な', '소라노는는')."""
    for m in _JA_PARTICLE_TWICE.finditer(text):
        first, second = (1, 2) if m[1] is not None else (3, 4)
        if m[first] == "の" and text[m.end() : m.end() + 1] == "字":
            continue  # 'のの字': the letter's shape
        yield Doubled(m.end(first), m.end(second), m[second], "Particle")
    for m in _KO_PARTICLE_TWICE.finditer(text):
        yield Doubled(m.end(1), m.end(2), m[2], "Particle")


# a Japanese place's suffix typed twice ('論山市市の', '栃木県県と'), before what opens no
# word with it: kana, a bracket, punctuation or the end ('市川市市民' and '横浜市市場' go on
# with a word that starts with the suffix)
_SUFFIX_TWICE = lazy_compile("([市県区町村都府道])(\\1)(?![\u3400-\u9fff\u3005])")


# a Japanese or Korean legal form typed twice ('巴精密工業株式会社株式会社', '주식회사 주식회사
# 대양'), which no company's name does
_LEGAL_FORMS = "株式会社|有限会社|合同会社|주식회사|유한회사|\\(株\\)|（株）|㈱|㈜"
_LEGAL_FORM_TWICE = lazy_compile(f"({_LEGAL_FORMS})[ \u3000]?(\\1)")


# ... or on both sides of a glossary company's name ('株式会社ミナセ創薬株式会社'), one of
# them outside the sheet's form
_LEGAL_FORM = lazy_compile(_LEGAL_FORMS)
_LEGAL_FORM_BEFORE = lazy_compile(f"(?:{_LEGAL_FORMS})\\Z")


def has_suffix_twice(text: str) -> bool:
    """Whether ``text`` may type a place's suffix or a legal form twice (the rule's gate)."""
    # (a legal form typed twice is two legal forms: the count screens both readings)
    return not text.isascii() and (
        _SUFFIX_TWICE.search(text) is not None or len(_LEGAL_FORM.findall(text)) > 1
    )


def doubled_suffixes(text: str, matches: Sequence[TermMatch]) -> Iterator[Doubled]:
    """A glossary place's suffix typed twice after it ('論山市市の', '栃木県県と'), and a
    legal form typed twice ('株式会社株式会社', '㈜㈜')."""
    for m in _SUFFIX_TWICE.finditer(text):
        if any(t.end == m.end(1) and t.entry.kind is Kind.PLACE for t in matches):
            yield Doubled(m.end(1), m.end(2), m[2], "Suffix")
    for m in _LEGAL_FORM_TWICE.finditer(text):
        yield Doubled(m.end(1), m.end(2), m[2], "Legal form")
    for t in matches:
        if t.entry.kind is not Kind.ORG:
            continue
        inside = _LEGAL_FORM.search(t.text)
        if inside is None:
            continue
        if inside.start() == 0:  # the sheet's form opens with it: a second one after
            after = _LEGAL_FORM.match(text, t.end)
            if after is not None:
                yield Doubled(after.start(), after.end(), after[0], "Legal form")
        elif inside.end() == len(t.text):  # ... or closes with it: a second one before
            before = _LEGAL_FORM_BEFORE.search(text, 0, t.start)
            if before is not None:
                yield Doubled(before.start(), before.end(), before[0], "Legal form")


def has_honorific_twice(text: str) -> bool:
    """Whether ``text`` writes an honorific twice in a row anywhere (the rule's gate)."""
    return not text.isascii() and _HONORIFIC_TWICE.search(text) is not None


def doubled_honorifics(text: str, matches: Sequence[TermMatch]) -> Iterator[Doubled]:
    """Honorifics of ``text`` typed twice after a name ('ユン・ハナ様様', '총장님님은');
    ``matches`` are its glossary matches."""
    if len(text) < 3:
        return
    for m in _HONORIFIC_TWICE.finditer(text):
        start = m.start()
        if m[1] == "님" and start > 0 and _HANGUL.match(text, start - 1) is not None:
            yield Doubled(m.end(1), m.end(2), m[2], "Honorific")
            continue
        before = start - 1 if text[start - 1 : start] in (" ", "\u3000") else start
        if any(t.end == before and t.entry.kind in (Kind.PERSON, Kind.TITLE) for t in matches):
            yield Doubled(m.end(1), m.end(2), m[2], "Honorific")
