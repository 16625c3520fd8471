"""prlocalize.rules.hangul_title_slips
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary title written in Korean with one letter (jamo) slipped, for PR102: '대표이시'
for '대표이사', '프로듀셔' for '프로듀서', '잠장' for '점장'. A Korean title is a short word
with many neighbours among Korean words, so it is judged only where it stands as a
title: right after a glossary person's name, the organisations, places and titles the
glossary knows between them or not ('김민준 하늘플레이 프로듀셔는', '와타세 쇼타
구레나이게임스 대표이시 사장은'), written on the place it heads ('강태우 동구청정은' for
'구청장'), or right before the name ('프로듀셔 김민준은'); in a title of several words,
the word after its first ('다카미네 료 수석 큐레이타는' for '수석 큐레이터'), after a glossary
organisation too ('도모에정밀공업 대표이사 사징은': the name before it may be slipped). A title
that opens with a shorter glossary title is judged whole ('차관부는' for '차관보', not
'차관' and more). A
word that is itself a title ('시장' beside '사장', '부시장' beside '부사장'), an office's
administration ('박도현 시정 2년') or a word of the glossary's Korean forms is never a
slip, nor is a two-syllable word bare before another word ('모리사와 감동 데뷔골').
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Iterator

from prlocalize.glossary.matcher import TermMatch
from prlocalize.glossary.model import Glossary, Kind
from prlocalize.hangul import one_letter_apart
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip
from prlocalize.rules.name_slips import KO_PARTICLE_END

_HANGUL_RUN = lazy_compile("[\uac00-\ud7a3]+")
_HANGUL_BEFORE = lazy_compile("[\uac00-\ud7a3]{2,5}$")
_SYLLABLES = range(2, 6)
_PLACE_SYLLABLES = 3  # at most, of a place a title is written on ('동구', '해솔')
# what may stand between a person's name and the title: '하늘플레이', '성수점', '대표이사'
_BETWEEN = frozenset({Kind.ORG, Kind.PLACE, Kind.TITLE, Kind.BRAND})
# Korean titles and ranks one letter from another ('사장' and '시장', '부사장' and
# '부시장'): written beside a name, each is a title of its own
_OTHER_TITLES = frozenset(
    re.findall(
        "[^ ]+",
        "대표 대표이사 사장 부사장 회장 부회장 전무 상무 이사 이사장 감사 부장 본부장 교수"
        " 박사 장관 차관 의원 위원 위원장 시장 부시장 도지사 지사 군수 구청장 청장 차장 국장"
        " 과장 팀장 실장 원장 소장 총장 처장 점장 지점장 주무관 사무관 서기관 대사 총리"
        " 대통령 센터장 사무장 고문 대리 주임 사원 기자 작가 감독 코치 선수 회원 의장 상임"
        " 조장 반장 관장 단장 학장 교장 이장 사관 주사 대장",
    )
)
# words written after an officeholder's name that are one letter from a title: the
# administration or the work of the office ('박도현 시정 2년', '김민준 의정 활동'), and
# what befalls a person ('김민준 사정으로')
_AFTER_A_NAME = frozenset(("시정", "구정", "군정", "도정", "국정", "의정", "사정", "과정"))


class HangulTitleSlipIndex:
    """The Hangul words of a glossary's Korean titles, by length."""

    def __init__(
        self,
        titles: dict[int, tuple[str, ...]],
        known: frozenset[str],
        leading: frozenset[str] = frozenset(),
    ):
        self.titles = titles  # syllables -> title words
        self.known = known  # words never read as a slip
        self.leading = leading  # the words before the last of a title of several words

    def __bool__(self) -> bool:
        return bool(self.titles)

    def slips(self, text: str, matches: Iterable[TermMatch]) -> Iterator[Slip]:
        """The slipped titles of ``text`` beside a glossary person's name in it."""
        by_start = {m.start: m for m in matches if m.entry.kind in _BETWEEN}
        seen: set[int] = set()
        for m in matches:
            if m.entry.kind is Kind.ORG and self._leading_after(text, m.end):
                # an organisation and a title's first word: the next word is the title's
                # ('도모에정밀공업 대표이사 사징은' for '대표이사 사장', a slipped name before it)
                slip = self._after(text, m.end, by_start)
                if slip is not None and slip.start not in seen:
                    seen.add(slip.start)
                    yield slip
                continue
            if m.entry.kind is not Kind.PERSON:
                continue
            for slip in (self._after(text, m.end, by_start), self._before(text, m.start)):
                if slip is not None and slip.start not in seen:
                    seen.add(slip.start)
                    yield slip

    def _leading_after(self, text: str, pos: int) -> bool:
        """Whether a title's first word and a space follow ``pos`` after a space."""
        if text[pos : pos + 1] != " ":
            return False
        run = _HANGUL_RUN.match(text, pos + 1)
        return (
            run is not None
            and run.group() in self.leading
            and text[run.end() : run.end() + 1] == " "
        )

    def _after(self, text: str, pos: int, by_start: dict[int, TermMatch]) -> Slip | None:
        """The word after the name and the glossary names that follow it, judged as a
        title, a particle after it or not."""
        while text[pos : pos + 1] == " ":
            pos += 1
            between = by_start.get(pos)
            # a glossary name the word goes on after is no name between: the word is
            # judged whole ('차관부는' is '차관보' slipped, not '차관' and more)
            if between is not None and _HANGUL_RUN.match(text, between.end):
                between = None
            if between is None:
                run = _HANGUL_RUN.match(text, pos)
                if run and run.group() in self.leading and text[run.end() : run.end() + 1] == " ":
                    pos = run.end()  # a title's first word, the slip in the next ('수석 큐레이타')
                    continue
                slip = self._placed(run.group(), pos) if run else None
                if slip is not None and _bare_before_a_word(text, slip):
                    return None
                return slip
            pos = between.end
        return None

    def _placed(self, word: str, start: int) -> Slip | None:
        """``word`` judged as a title, or as one written on the place it heads, as Korean
        writes a local office's ('동구청장', '해솔시장'): the title after one to three
        syllables ('동구청정' for '구청장')."""
        slip = self._judged(word, start, particle=True)
        if slip is not None or word in self.known:
            return slip
        for at in range(1, min(_PLACE_SYLLABLES, len(word) - _SYLLABLES.start) + 1):
            rest = word[at:]
            if any(rest.startswith(title) for title in self.known):
                return None  # a title as written after its place: '동구청장'
            slip = self._judged(rest, start + at, particle=True)
            if slip is not None:
                return slip
        return None

    def _before(self, text: str, start: int) -> Slip | None:
        """The word right before the name ('프로듀셔 김민준'), judged as a title."""
        if start < 3 or text[start - 1] != " ":
            return None
        word = _HANGUL_BEFORE.search(text, 0, start - 1)
        if word is None or (word.start() > 0 and text[word.start() - 1] not in " (\n"):
            return None
        return self._judged(word.group(), word.start(), particle=False)

    def _judged(self, word: str, start: int, *, particle: bool) -> Slip | None:
        """``word`` as a title one letter slipped, the longest reading first."""
        for size in range(min(_SYLLABLES.stop - 1, len(word)), _SYLLABLES.start - 1, -1):
            written, rest = word[:size], word[size:]
            if rest and (not particle or KO_PARTICLE_END.match(rest) is None):
                continue
            if written in self.known:
                return None
            fits = tuple(t for t in self.titles.get(size, ()) if _one_letter(written, t))
            if fits:
                return Slip(start, start + size, written, fits)
        return None


def _bare_before_a_word(text: str, slip: Slip) -> bool:
    """Whether a two-syllable slip stands bare before another word ('모리사와 감동 데뷔골',
    '박도현 시작부터'): a noun of the sentence, one letter from a short title as many
    are; a title there takes a particle ('감둑은') or ends the phrase ('감둑,')."""
    return (
        slip.end - slip.start == 2
        and text[slip.end : slip.end + 1] == " "
        and _HANGUL_RUN.match(text, slip.end + 1) is not None
    )


def _one_letter(written: str, title: str) -> bool:
    """One jamo of one syllable changed."""
    diff = [(a, b) for a, b in zip(written, title, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    return one_letter_apart(a, b)


_INDEXES: weakref.WeakKeyDictionary[Glossary, HangulTitleSlipIndex] = weakref.WeakKeyDictionary()


def hangul_title_slip_index(glossary: Glossary) -> HangulTitleSlipIndex:
    """The index of ``glossary``'s Korean titles (made once per glossary)."""
    index = _INDEXES.get(glossary)
    if index is not None:
        return index
    titles: dict[int, set[str]] = {}
    leading: set[str] = set()
    known: set[str] = set(_OTHER_TITLES | _AFTER_A_NAME)
    for entry in glossary:
        term = entry.term("ko")
        if term is None:
            continue
        for form in (*term.accepted, *term.forbidden):
            known.update(_HANGUL_RUN.findall(form))
        if entry.kind is not Kind.TITLE:
            continue
        for form in term.accepted:
            words = form.split()
            leading.update(word for word in words[:-1] if _HANGUL_RUN.fullmatch(word))
            for word in _HANGUL_RUN.findall(form):
                if len(word) in _SYLLABLES:
                    titles.setdefault(len(word), set()).add(word)
    index = _INDEXES[glossary] = HangulTitleSlipIndex(
        {size: tuple(sorted(words)) for size, words in titles.items()},
        frozenset(known),
        frozenset(leading),
    )
    return index
