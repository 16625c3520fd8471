"""prlocalize.glossary.wordlike
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A merged team glossary names people, places and brands with forms that are also
pieces of ordinary words in Japanese and Korean: the brand 'スマート' inside
'スマートフォン', the place '京都' inside '東京都', the person '森' inside '森林', a
one-syllable family name '한' that is the determiner 'one' ('한 사람'), the brand '원'
that is the currency won ('89만 원'). Japanese is written without spaces, so the
matcher finds a CJK form anywhere; this module says where such a match is a piece of
a longer word rather than the name, so that it gives no translator hint and no
translation check demands the name's approved form.

Only names (people, places, organisations, brands) are judged: titles and terms are
glued into compounds as a matter of course ('인사본부장', '次世代医療').
"""

from __future__ import annotations

import functools
import re

from prlocalize.glossary.model import Entry, Kind
from prlocalize.glossary.titled import KO_TITLE_WORDS
from prlocalize.hangul import WORD_END_SYLLABLES, is_syllable
from prlocalize.scripts import Script, script_of

NAME_KINDS = frozenset({Kind.PERSON, Kind.PLACE, Kind.ORG, Kind.BRAND})

# kanji that close a place's or a person's name in running text ('大阪市', '中央区',
# '森氏'): a name followed by one is still that name
_HAN_NAME_ENDS = frozenset("都道府県市区町村郡州省氏様君殿")
# kanji that close a place name and may therefore come right before the next place of
# an address written without separators ('東京都中央区日本橋')
_HAN_ADDRESS_ENDS = frozenset("都道府県市区町村郡州")
# a Korean title after a family name, as a word of its own ('한 대표는', '한 사장'): the
# title of a person the sheet may not list
_KO_TITLE_AFTER = re.compile(
    rf" ?{KO_TITLE_WORDS}(?:은|는|이|가|을|를|의|에게|와|과|도|로|으로|께서|이다)?(?![가-힣])"
)
# a court or a prosecutors' office Korean writes against its city ('서울고등법원', '서울중앙
# 지방법원', '부산지법', '수원지검'): the city's name ends there
_KO_COURT_AFTER = re.compile(
    r"(?:중앙)?(?:지방|고등|가정|행정|특허)(?:법원|검찰청)|(?:중앙)?지[법검]|고[법검]"
)
# honorifics written against a Korean name ('한씨', '한님')
_HANGUL_HONORIFICS = frozenset("씨님")


def inside_a_word(
    entry: Entry, text: str, start: int, end: int, neighbours: tuple[int, int] = (-1, -1)
) -> bool:
    """Whether the match of ``entry`` at ``text[start:end]`` is part of a longer word.

    ``neighbours`` are the end of the glossary match just before it and the start of the
    one just after it (-1 where there is none), counted only when that match is longer
    than one character: a title or a name written against it ('森社長', '한 대표')
    marks a boundary, as the sheet itself says, but two one-character names side by
    side are a word ('森林').
    """
    if entry.kind not in NAME_KINDS or start >= end:
        return False
    first, last = script_of(text[start]), script_of(text[end - 1])
    if first not in _CJK and last not in _CJK:
        return False
    before = text[start - 1] if start > 0 and neighbours[0] != start else ""
    after = text[end] if end < len(text) and neighbours[1] != end else ""
    # a katakana word continued by katakana is another, longer word ('スマートフォン')
    if first is Script.KATAKANA and before and script_of(before) is Script.KATAKANA:
        return True
    # (a long vowel mark added after a name is a slip of that name: PR102 reports it)
    if last is Script.KATAKANA and after not in _LONG_VOWEL and script_of(after) is Script.KATAKANA:
        return True
    # '東京都' holds '京都': a name is not preceded by kanji, unless an address runs on
    # (in Japanese, whose particles are kana: Chinese writes a name against the word
    # before it, '与北泽电机签约', '部长广濑彩香表示')
    if first is Script.HAN and _han(before) and before not in _HAN_ADDRESS_ENDS:
        return _japanese(text)
    # one kanji followed by another is a word ('森林'), unless the other ends a name
    if last is Script.HAN and end - start == 1 and _han(after) and after not in _HAN_NAME_ENDS:
        return _japanese(text)
    if first is Script.HANGUL:
        return _hangul_inside_a_word(text, start, end, before, neighbours[1])
    return False


_LONG_VOWEL = frozenset({"", "ー", "ｰ"})
_CJK = frozenset({Script.HAN, Script.KATAKANA, Script.HIRAGANA, Script.HANGUL})


_KANA = re.compile("[\u3041-\u309f\u30a1-\u30fa]")


def _japanese(text: str) -> bool:
    """Whether ``text`` is Japanese rather than Chinese: it has kana."""
    return _KANA.search(text) is not None


def _han(char: str) -> bool:
    return bool(char) and script_of(char) is Script.HAN


def _hangul_inside_a_word(text: str, start: int, end: int, before: str, next_start: int) -> bool:
    # Korean writes a space between words: a name begins its word ('행사장' holds no '사장')
    if before and script_of(before) is Script.HANGUL:
        return True
    if end - start > 2:
        return False
    # a short form continued by a syllable that neither ends a word nor starts a
    # particle is the head of another word ('중앙아시아', '한국')
    after = text[end] if end < len(text) and next_start != end else ""
    if is_syllable(after) and after not in WORD_END_SYLLABLES | _HANGUL_HONORIFICS:
        return _KO_COURT_AFTER.match(text, end) is None
    if end - start > 1:
        return False
    # One syllable alone ('한', '원', '봄') is far more often a word ('한 사람', '89만 원')
    # than a family name or a brand: it names one only beside a title or another name
    # the glossary gives, or with an honorific written against it.
    at = end
    while at < len(text) and text[at] == " ":
        at += 1
    if next_start == at and at > end:
        return False
    if end < len(text) and text[end] in _HANGUL_HONORIFICS:
        return False
    return next_start != end and _KO_TITLE_AFTER.match(text, end) is None


# what may stand between a sentence's start and its first word: quotes, brackets, bullets
_OPENING = re.compile(r"[\s\"'“‘(\[「『*•·\-–—]*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def capitalised_by_position(text: str, start: int) -> bool:
    """Whether the word at ``text[start]`` is capitalised by where it stands, not by what
    it is: the first word of the text or of a sentence in it ('Next steps include …'), or
    a word of a heading in title case ('Fresh Bread and Hope for Reading Week')."""
    if _OPENING.fullmatch(text, 0, start) is not None:
        return True
    return _after_a_sentence_end(text, start) or _title_case(text)


def _after_a_sentence_end(text: str, start: int) -> bool:
    """Whether a sentence ends right before ``start``: a stop, its closing quotes, white
    space and opening quotes ('… ends. “Next'), read backwards from ``start``."""
    at = start
    while at and text[at - 1] in "\"'“‘(":
        at -= 1
    space = at
    while space and text[space - 1].isspace():
        space -= 1
    if space == at:
        return False
    while space and text[space - 1] in "'\"’”)":
        space -= 1
    return bool(space) and text[space - 1] in ".!?:;"


@functools.lru_cache(maxsize=256)
def _title_case(text: str) -> bool:
    """Whether ``text`` is a heading in title case: three words of four letters or more,
    each capitalised (asked of each of its matches: read once)."""
    # read up to the first long word in lower case, where a sentence of prose stops: its
    # words were all listed first, a sentence's worth for each name it holds
    capitalised = 0
    for word in _WORD.finditer(text):
        if word.end() - word.start() > 3:
            if not text[word.start()].isupper():
                return False
            capitalised += 1
    return capitalised >= 3


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (lower case) as a word of its own: one of
    :func:`lower_case_words`, looked for alone."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        # a word of _WORD runs on through letters, apostrophes and hyphens after a letter
        joiner = at
        while joiner and text[joiner - 1] in _JOINERS:
            joiner -= 1
        starts = not (joiner and _LETTER.match(text[joiner - 1]))
        if starts and not (end < len(text) and (_LETTER.match(text[end]) or text[end] in _JOINERS)):
            return True
        at = text.find(word, at + 1)
    return False


_LETTER = re.compile("[A-Za-z]")
_JOINERS = "'’-"


def lower_case_words(texts: list[str]) -> frozenset[str]:
    """The words ``texts`` write in lower case ('next', 'hope'): a release that writes a
    word so uses it as a word, and the same word capitalised at a sentence's start is
    that word, not the brand or the place of the sheet spelt like it."""
    return frozenset(w for text in texts for w in _WORD.findall(text) if w.islower())
