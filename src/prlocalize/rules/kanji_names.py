"""prlocalize.rules.kanji_names
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary person's name written another way that sounds the same, which an edit
distance cannot tell from another person's name but the sound can:

* in Japanese, other kanji of the same reading (森本健治 for 森本 健司, both Morimoto
  Kenji: the slip an input method makes), read by UniDic through
  :mod:`prlocalize.glossary.readings`;
* in Korean, a Japanese name transcribed with an aspirated or tense consonant for a
  plain one (모리모토 켄지 for 모리모토 겐지, 타나카 for 다나카), ツ as 츠 or 쯔 for 쓰
  (마츠우라 for 마쓰우라), or with ㅇ for the 'n' before a k or g sound (아라카와 싱고
  for 아라카와 신고), which Korean releases mix though the National Institute's rules
  have one; and a Western name's closing k, t or p written as the final of the syllable
  before or as a syllable of its own ('노박', '노바크'), which a name's own usage and the
  rules differ on, and its 'l' between vowels written ㄹㄹ or ㄹ ('발렌', '바렌').

In Japanese the family name must be the glossary's as written, or the given name must
be (two kanji or more) and the release must also name the glossary's person as written
('辻元 博之' beside '辻本 博之': one person, the family name slipped); in Korean it may be
transcribed otherwise, as the given name may, and so may a Japanese name of one word (a
stage name: 츠바키 for 쓰바키), unless the change makes a particle of its last
syllable. A given name that sounds otherwise is another person, and is left alone.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from prlocalize.glossary.model import Entry, Glossary, Kind, Term
from prlocalize.hangul import compose, is_syllable, jamo
from prlocalize.lazy_patterns import lazy_compile

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff々"
_ALL_KANJI = lazy_compile(f"[{_KANJI}]+")


@dataclass(frozen=True, slots=True)
class _Name:
    entry: Entry
    given: str
    readings: frozenset[str]  # the given name's, in romaji (alone, after the family name)


# the titles, honorifics and roles Japanese writes right after a person's name
# ('森本社長', '髙橋一郎氏', '森沢大樹選手'): where a name ends, though a kanji follows
JA_TITLES_AFTER_NAME = (
    "氏|様|殿|先生|博士|教授|社長|会長|副社長|代表|取締役|専務|常務|執行役員|部長|所長|"
    "室長|局長|理事長|理事|議長|総裁|頭取|学長|総長|院長|大臣|長官|知事|市長|委員長|"
    "准教授|講師|選手|監督|議員|弁護士|医師|"
    # the heads of public bodies and of a company's units, and the deputies of the above
    "館長|町長|村長|区長|校長|園長|署長|課長|次長|本部長|支店長|工場長|センター長|"
    "事務局長|副会長|副大臣|副知事|副市長|副学長|副理事長|副議長|副総裁|副頭取|副院長|"
    "政務官|次官|顧問|相談役|監査役"
)


@dataclass(frozen=True, slots=True)
class Slip:
    """A name written ``written`` at [start, end) that should be one of ``approved`` (the
    glossary's persons of that family name whose given name reads the same)."""

    start: int
    end: int
    written: str
    approved: tuple[str, ...]


class KanjiNameIndex:
    """The glossary's Japanese persons written in kanji, by family name and by given name."""

    def __init__(
        self,
        by_family: dict[str, list[_Name]],
        by_given: dict[str, list[tuple[Entry, str]]] | None = None,
    ) -> None:
        self.by_family = by_family
        self.longest = max((len(family) for family in by_family), default=0)
        # given name as written → (entry, family name as written)
        self.by_given = by_given or {}

    def __bool__(self) -> bool:
        return bool(self.by_family)

    def slips(self, text: str) -> Iterator[Slip]:
        """Each name in ``text`` that has a glossary person's family name and, in other
        kanji, a given name of the same reading ('森本健治', '森本 健治')."""
        done = 0  # where the last slip ended
        for start, end, stop in _kanji_windows(text):
            start = max(start, done)
            while start < stop and start < end - 1:  # after a title: '社長森本健治'
                slip = None
                for size in range(min(self.longest, end - start - 1), 0, -1):
                    names = self.by_family.get(text[start : start + size])
                    if names:
                        slip = self._slip(text, start, start + size, end, names)
                        if slip is not None:
                            break
                if slip is not None:
                    yield slip
                    start = done = slip.end
                else:
                    start += 1

    def family_slips(self, text: str) -> Iterator[Slip]:
        """Each name in ``text`` with a glossary person's given name as written after a
        family name of the same length in other kanji of the same reading ('辻元 博之'
        for '辻本 博之', '伊東博之' for '伊藤 博之'): the input method's slip in the
        family name."""
        if not self.by_given:
            return
        lengths = sorted({len(given) for given in self.by_given}, reverse=True)
        for start, end, _stop in _kanji_windows(text):
            at = start + 1  # a family name comes first
            while at < end:
                slip = None
                for size in lengths:
                    names = self.by_given.get(text[at : at + size]) if at + size <= end else None
                    if names:
                        slip = _family_slip(text, start, at, text[at : at + size], names)
                        if slip is not None:
                            break
                if slip is not None:
                    yield slip
                    at = slip.end
                else:
                    at += 1

    @staticmethod
    def _slip(text: str, start: int, at: int, end: int, names: list[_Name]) -> Slip | None:
        if at < end and text[at] in " \u3000":
            at += 1
        if any(text.startswith(name.given, at) for name in names):
            return None  # a glossary person of that family name, as written
        found: list[str] = []
        stop = at
        for name in names:
            given = text[at : at + len(name.given)]
            if len(given) < len(name.given) or not _ALL_KANJI.fullmatch(given):
                continue
            if not _given_readings(text[start:at].rstrip(" \u3000"), given) & name.readings:
                continue  # another given name: another person
            after = at + len(given)
            if after < end and not _ends_a_word(text[at : min(end, after + 3)], given):
                continue  # the start of a longer given name ('森本健二郎')
            approved = name.entry.approved("ja") or ""
            if approved not in found:
                found.append(approved)
            stop = max(stop, after)
        if not found:
            return None
        return Slip(start, stop, text[start:stop], tuple(found))


def _family_slip(
    text: str, window: int, at: int, given: str, names: list[tuple[Entry, str]]
) -> Slip | None:
    """The slip whose given name ``given`` starts at ``at`` (a window of kanji opening at
    ``window``), when the kanji before it are a family name in other kanji of the same
    reading as a glossary person's of that given name."""
    gap = 1 if text[at - 1] in " \u3000" else 0
    after = at + len(given)
    longer = after < len(text) and "\u4e00" <= text[after] <= "\u9fff"
    if longer and not _ends_a_word(text[at : after + 3], given):
        return None  # the start of a longer given name ('博之介')
    found: list[str] = []
    start = at
    for entry, family in names:
        begin = at - gap - len(family)
        written = text[begin : at - gap]
        if begin < window or written == family or not _ALL_KANJI.fullmatch(written):
            continue
        if (
            begin > window
            and _ALL_KANJI.fullmatch(text[begin - 1])
            and not _after_title(text[window:begin])
        ):
            continue  # the end of a longer word, not a family name
        if reading(written) != reading(family) or not reading(family):
            continue
        approved = entry.approved("ja") or ""
        if approved not in found:
            found.append(approved)
        start = min(start, begin)
    if not found:
        return None
    return Slip(start, after, text[start:after], tuple(found))


_TITLE_END = lazy_compile(f"(?:{JA_TITLES_AFTER_NAME})$")


def _after_title(before: str) -> bool:
    """Whether the kanji ``before`` a name end in a title ('代表取締役社長辻元博之')."""
    return _TITLE_END.search(before) is not None


def _kanji_windows(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, stop) of each run of kanji in ``text`` with the run after it where one
    space sets them apart ('森本 健治'): a name starts at start..stop, inside [start, end).
    The windows overlap, so that a name after a title and a space ('代表取締役社長 森本
    健治', as a PR TIMES heading sets it) is read whole in the window of its family name."""
    runs = list(_ALL_KANJI.finditer(text))
    for i, run in enumerate(runs):
        end = run.end()
        if i + 1 < len(runs) and runs[i + 1].start() == end + 1 and text[end] in " \u3000":
            end = runs[i + 1].end()
        yield run.start(), end, run.end()


def _ends_a_word(text: str, word: str) -> bool:
    """Whether UniDic reads ``word`` as a word of its own at the start of ``text``."""
    from prlocalize.glossary import readings

    tokens = readings.japanese_tokens(text)
    return bool(tokens) and tokens[0].surface == word


@lru_cache(maxsize=4096)
def reading(kanji: str) -> str:
    """UniDic's reading of ``kanji`` in romaji ('' without the name readers)."""
    from prlocalize.glossary import readings

    return "".join(token.romaji for token in readings.japanese_tokens(kanji))


@lru_cache(maxsize=4096)
def _given_readings(family: str, given: str) -> frozenset[str]:
    """The readings of a given name: alone, and after its family name, where UniDic reads
    it as a given name ('孝' alone is 'kou', in '小野寺孝' 'takashi', as '隆' is): a name of
    one kanji takes its name reading only in the name."""
    from prlocalize.glossary import readings

    found = {reading(given)}
    tokens = readings.japanese_tokens(family + given)
    read = ""
    for i, token in enumerate(tokens):
        read += token.surface
        if read == family:
            rest = tokens[i + 1 :]
            if rest and "".join(t.surface for t in rest) == given:
                found.add("".join(t.romaji for t in rest))
            break
    return frozenset(r for r in found if r)


@lru_cache(maxsize=4096)
def japanese_name_split(text: str) -> tuple[str, str] | None:
    """(family, given) of a Japanese name written without a space ('星野健二' → 星野,
    健二), as UniDic tags its parts; None when it does not read as a family name and a
    given name (or without the name readers)."""
    from prlocalize.glossary import readings

    tokens = readings.japanese_tokens(text)
    if len(tokens) != 2 or tokens[0].name != "family":
        return None
    return tokens[0].surface, tokens[1].surface


def _family_and_given(term: Term) -> tuple[str, str] | None:
    """(family, given) of a Japanese name in kanji: from the name parts, else from a form
    of two parts (family name first, as a name in kanji is written), else as UniDic
    tags the parts of a name written without a space."""
    if term.name is not None and term.name.family and term.name.given:
        family, given = term.name.family, term.name.given
    else:
        split = term.name_parts()
        if split is not None:
            family, given = split[0], split[2]
        else:
            read = japanese_name_split(term.text)
            if read is None:
                return None
            family, given = read
    if not (_ALL_KANJI.fullmatch(family) and _ALL_KANJI.fullmatch(given)):
        return None
    return family, given


_INDEXES: weakref.WeakKeyDictionary[Glossary, KanjiNameIndex] = weakref.WeakKeyDictionary()


def kanji_name_index(glossary: Glossary) -> KanjiNameIndex:
    """The index of ``glossary``'s Japanese persons (made once per glossary; readings are
    looked up only for glossaries that have such persons)."""
    index = _INDEXES.get(glossary)
    if index is None:
        from prlocalize.glossary import readings

        by_family: dict[str, list[_Name]] = {}
        by_given: dict[str, list[tuple[Entry, str]]] = {}
        # without the name readers (the optional extra 'names') every reading would be
        # empty and so alike: no index, no finding
        for entry in glossary if readings.available() else ():
            if entry.kind is not Kind.PERSON:
                continue
            term = entry.term("ja")
            if term is None or not term.text or not _ALL_KANJI.search(term.text):
                continue
            parts = _family_and_given(term)
            if parts is None:
                continue
            family, given = parts
            name = _Name(entry, given, _given_readings(family, given))
            by_family.setdefault(family, []).append(name)
            if len(given) >= 2:  # one kanji ('武') is too often the end of another word
                by_given.setdefault(given, []).append((entry, family))
        index = _INDEXES[glossary] = KanjiNameIndex(by_family, by_given)
    return index


# ------------------------------------------------------------------ Korean

_HANGUL_RUN = lazy_compile("[\uac00-\ud7a3]+")
# initial consonants (choseong index) that a transcription of Japanese mixes: ㄲ ㅋ → ㄱ,
# ㄸ ㅌ → ㄷ, ㅃ ㅍ → ㅂ, ㅆ → ㅅ, ㅉ ㅊ → ㅈ; and the vowels ㅐ → ㅔ
_PLAIN_INITIAL = {1: 0, 15: 0, 4: 3, 16: 3, 8: 7, 17: 7, 10: 9, 13: 12, 14: 12}
_PLAIN_VOWEL = {1: 5}
# ツ, which the rules write 쓰 and releases as often 츠 or 쯔 ('마츠우라' for '마쓰우라'):
# initial ㅊ or ㅉ before ㅡ with no final read as ㅆ (and so ㅅ)
_TSU_INITIALS, _TSU_VOWEL, _S_INITIAL = frozenset({13, 14}), 18, 9
# what may follow a name in the same word in Korean: a particle, or an honorific
_KO_AFTER = frozenset(
    {
        "은", "는", "이", "가", "을", "를", "의", "에", "에게", "에서", "와", "과", "도", "로",
        "으로", "께서", "이다", "이며", "이고", "씨", "님", "만", "부터", "까지", "라고", "이라고",
        "측",
    }
)  # fmt: skip


# the Japanese 'n' before a k or g sound, written ㄴ by the rules and ㅇ as heard ('신고',
# '싱고' for Shingo): final ㅇ before initial ㄱ, ㄲ or ㅋ is read as final ㄴ
_FINAL_NG, _FINAL_N = 21, 4
_VELAR_INITIALS = frozenset({0, 1, 15})


# a Western name's closing k, t or p, which Korean writes as a syllable with ㅡ ('노바크',
# '마크') or as the final of the syllable before ('노박', '막'), as the rules and the
# person's own usage differ: initial ㄱ ㅋ, ㄷ ㅌ, ㅂ ㅍ + ㅡ at a word's end → final ㄱ,
# ㅅ, ㅂ
_CLOSING = {0: 1, 15: 1, 3: 19, 16: 19, 7: 17, 17: 17}
_EU = 18


_FINAL_L, _INITIAL_L = 8, 5


def sound_key(hangul: str) -> str:
    """``hangul`` with the consonants and vowels a transcription mixes made one, a
    closing k, t or p written as a syllable of its own ('노바크') made the final of the
    syllable before it ('노박'), and an 'l' between vowels written ㄹㄹ ('발렌', 'Valen',
    as the rules write it) made the one ㄹ a release may write ('바렌')."""
    out = []
    for i, char in enumerate(hangul):
        if not is_syllable(char):
            out.append(char)
            continue
        initial, vowel, final = jamo(char)
        closing = i + 1 == len(hangul) or not is_syllable(hangul[i + 1])  # the word's end
        if closing and vowel == _EU and not final and initial in _CLOSING and out:
            before = jamo(out[-1]) if is_syllable(out[-1]) else (0, 0, 1)
            if not before[2]:  # after an open syllable: its final
                out[-1] = compose(before[0], before[1], _CLOSING[initial])
                continue
        if initial in _TSU_INITIALS and vowel == _TSU_VOWEL and not final:
            initial = _S_INITIAL
        initial = _PLAIN_INITIAL.get(initial, initial)
        vowel = _PLAIN_VOWEL.get(vowel, vowel)
        following = hangul[i + 1] if i + 1 < len(hangul) else ""
        if final == _FINAL_NG and is_syllable(following) and jamo(following)[0] in _VELAR_INITIALS:
            final = _FINAL_N
        if final == _FINAL_L and is_syllable(following) and jamo(following)[0] == _INITIAL_L:
            final = 0  # a Western 'l' between vowels, ㄹㄹ by the rules, often ㄹ ('바렌')
        out.append(compose(initial, vowel, final))
    return "".join(out)


class HangulNameIndex:
    """The glossary's persons written in Hangul with a space between the parts, by the
    part written first (a family name, in Korean order)."""

    def __init__(
        self,
        by_first: dict[str, list[tuple[Entry, str, str, str]]],
        mononyms: dict[str, list[str]] | None = None,
    ) -> None:
        self.by_first = by_first  # the first part's sound key → (entry, first, second, key)
        # a Japanese name of one word (a stage name: '쓰바키', ツバキ) by its sound key
        self.mononyms = mononyms or {}

    def __bool__(self) -> bool:
        return bool(self.by_first or self.mononyms)

    def mononym_slips(self, text: str) -> Iterator[Slip]:
        """Japanese names of one Hangul word transcribed otherwise ('츠바키' for the stage
        name '쓰바키'), a particle after them or not."""
        if not self.mononyms:
            return
        for run in _HANGUL_RUN.finditer(text):
            word = run.group()
            for stem in (word, *(word[: -len(p)] for p in _KO_AFTER if word.endswith(p))):
                forms = self.mononyms.get(sound_key(stem)) if len(stem) >= 3 else None
                if forms and stem not in forms and not _particle_ending(stem, forms):
                    yield Slip(run.start(), run.start() + len(stem), stem, tuple(forms))
                    break

    def slips(self, text: str) -> Iterator[Slip]:
        for run in _HANGUL_RUN.finditer(text):
            if text[run.end() : run.end() + 1] != " ":
                continue
            names = self.by_first.get(sound_key(run.group()))
            if not names:
                continue
            after = run.end() + 1
            word = _HANGUL_RUN.match(text, after)
            if word is None:
                continue
            found: list[str] = []
            stop = after
            for entry, first, second, key in names:
                written = word.group()[: len(second)]
                rest = word.group()[len(second) :]
                if written == second and run.group() == first:
                    found = []
                    break  # the glossary's person, as written
                if len(written) < len(second) or (rest and rest not in _KO_AFTER):
                    written = ""
                if not written or sound_key(written) != key:
                    # the closing consonant written the other way: a stem of another length
                    written = _stem_of_key(word.group(), key, len(second))
                    if not written:
                        continue
                approved = entry.approved("ko") or ""
                if approved not in found:
                    found.append(approved)
                stop = max(stop, after + len(written))
            if found:
                yield Slip(run.start(), stop, text[run.start() : stop], tuple(found))
        yield from self.mononym_slips(text)


def _stem_of_key(word: str, key: str, length: int) -> str:
    """The stem of ``word`` (itself, or without a particle or honorific after it) of
    another length than ``length`` whose sound key is ``key`` ('노박' of '노박은' for the
    key of '노바크'), or ''."""
    for stem in (word, *(word[: -len(p)] for p in _KO_AFTER if word.endswith(p))):
        if len(stem) >= 2 and len(stem) != length and sound_key(stem) == key:
            return stem
    return ""


_HANGUL_INDEXES: weakref.WeakKeyDictionary[Glossary, HangulNameIndex] = weakref.WeakKeyDictionary()


def hangul_name_index(glossary: Glossary) -> HangulNameIndex:
    """The index of ``glossary``'s persons in Hangul (made once per glossary)."""
    index = _HANGUL_INDEXES.get(glossary)
    if index is None:
        by_first: dict[str, list[tuple[Entry, str, str, str]]] = {}
        mononyms: dict[str, list[str]] = {}
        for entry in glossary:
            if entry.kind is not Kind.PERSON:
                continue
            term = entry.term("ko")
            if term is None or not term.text:
                continue
            if _japanese_mononym(entry, term.text):
                mononyms.setdefault(sound_key(term.text), []).append(term.text)
            first, space, second = term.text.partition(" ")
            if not space or " " in second:
                continue
            if not (_HANGUL_RUN.fullmatch(first) and _HANGUL_RUN.fullmatch(second)):
                continue
            if len(second) < 2:
                continue  # one syllable says too little
            record = (entry, first, second, sound_key(second))
            by_first.setdefault(sound_key(first), []).append(record)
        index = _HANGUL_INDEXES[glossary] = HangulNameIndex(by_first, mononyms)
    return index


def _particle_ending(stem: str, forms: list[str]) -> bool:
    """Whether ``stem`` differs from the names at its last syllable, and that syllable is a
    particle ('하루가', a day, beside the name '하루카'): a word and its particle."""
    return stem[-1] in _KO_AFTER and all(f[-1] != stem[-1] for f in forms)


_KATAKANA_WORD = lazy_compile("[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]{2,}")


def _japanese_mononym(entry: Entry, hangul: str) -> bool:
    """Whether ``hangul`` is a Japanese name of one word of three syllables or more: its
    Japanese form one katakana word (a stage name, 'ツバキ'), not a Korean name ('チャン・
    ヘリン'), whose sound a transcription does not change."""
    ja = entry.forms.get("ja")
    return (
        ja is not None
        and _KATAKANA_WORD.fullmatch(ja.text) is not None
        and len(hangul) >= 3
        and _HANGUL_RUN.fullmatch(hangul) is not None
    )


# ------------------------------------------------------------------ katakana

# A name in katakana written another way that sounds the same: ティ for チ, ヴ for ブ,
# with or without the long-vowel mark (アイパークインスチチュート for the company's own
# アイパークインスティチュート) or the small ッ of a doubled consonant (パシフィク for
# パシフィック). Japanese mixes such spellings of loanwords; in a name only one is the
# owner's.
_KATAKANA_RUN = lazy_compile("[ァ-ヺー・･]{5,}")
_KANA_SOUNDS = (
    *(("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ")),
    *(("ティ", "チ"), ("ディ", "ジ"), ("テュ", "チュ"), ("デュ", "ジュ"), ("トゥ", "ツ")),
    *(("ドゥ", "ズ"), ("ヂ", "ジ"), ("ヅ", "ズ"), ("ウィ", "ウイ"), ("ウェ", "ウエ")),
    *(("ウォ", "ウオ"), ("フュ", "ヒュ")),
)
_SMALL_VOWELS = str.maketrans("ァィゥェォ", "アイウエオ")


def katakana_key(run: str) -> str:
    """What ``run`` sounds like, spelling aside ('アイパークインスティチュート' and
    'アイパークインスチチュート' alike): the usual pairs of loanword spellings made one,
    long-vowel marks, the small ッ and middle dots left out."""
    for spelling, sound in _KANA_SOUNDS:
        if spelling in run:
            run = run.replace(spelling, sound)
    return run.translate(_SMALL_VOWELS).translate(_UNSPELT)


_UNSPELT = str.maketrans("", "", "ーッ・･")  # marks a loanword's spellings keep or drop


class KatakanaIndex:
    """The katakana runs of the glossary's Japanese names, by what they sound like."""

    def __init__(self, by_key: dict[str, set[str]], known: set[str]) -> None:
        self.by_key = by_key
        self.known = known  # every run of a glossary form, wrong forms included

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def slips(self, text: str) -> Iterator[Slip]:
        """Each katakana run of ``text`` that sounds like a run of a glossary name but is
        spelt otherwise (not a glossary form, right or wrong, and not a name's parts
        merely run together, which glued-name reports)."""
        for run in _KATAKANA_RUN.finditer(text):
            for start, end in _dotted_parts(run.group()):
                written = run.group()[start:end]
                if written in self.known:
                    if end - start == len(run.group()):
                        break  # a glossary form, or the words of one
                    continue  # a glossary name beside the part that may be a slip
                runs = self.by_key.get(katakana_key(written))
                if not runs:
                    continue
                bare = _undotted(written)
                if not any(_undotted(r) == bare for r in runs):
                    yield Slip(run.start() + start, run.start() + end, written, tuple(sorted(runs)))
                break


def _dotted_parts(run: str) -> Iterator[tuple[int, int]]:
    """[start, end) of ``run`` whole, then of its first and its last words set apart by
    middle dots, longest first: a name run into the country or the company after it
    ('トマシュ・ノバク・バルドリア共和国大統領', as a ministry writes a head of state), or
    into the place before it."""
    yield 0, len(run)
    dots = [i for i, c in enumerate(run) if c in "・･"][:_DOTTED_WORDS]
    for i in reversed(dots):
        if i >= 5:
            yield 0, i
    for i in dots:
        if len(run) - i - 1 >= 5:
            yield i + 1, len(run)


_DOTTED_WORDS = 5  # middle dots of a run tried as where a name ends or starts


def _undotted(run: str) -> str:
    return run.replace("・", "").replace("･", "")


_KATAKANA_INDEXES: weakref.WeakKeyDictionary[Glossary, KatakanaIndex] = weakref.WeakKeyDictionary()
_NAME_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.BRAND, Kind.PLACE})


def katakana_name_index(glossary: Glossary) -> KatakanaIndex:
    """The index of the katakana in ``glossary``'s Japanese names (made once per glossary)."""
    index = _KATAKANA_INDEXES.get(glossary)
    if index is None:
        by_key: dict[str, set[str]] = {}
        known: set[str] = set()
        for entry in glossary:
            term = entry.term("ja")
            if term is None:
                continue
            for form in (*term.accepted, *term.forbidden):
                known.update(run.group() for run in _KATAKANA_RUN.finditer(form))
            if entry.kind not in _NAME_KINDS:
                continue
            for form in term.accepted:
                for run in _KATAKANA_RUN.finditer(form):
                    by_key.setdefault(katakana_key(run.group()), set()).add(run.group())
        index = _KATAKANA_INDEXES[glossary] = KatakanaIndex(by_key, known)
    return index
