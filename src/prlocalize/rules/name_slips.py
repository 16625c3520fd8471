"""prlocalize.rules.name_slips
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A slip of the keyboard in a short word of a glossary person's name (for PR102), which
the near-miss index leaves alone because short words have too many real neighbours:

* in Latin letters, a word of four or five letters next to another word of the same
  name written as the glossary writes it, or with a middle initial between them:
  'Kenij Sato', 'Mikio Kaot', 'Yuki Tanka', 'Elana Marsh' for 'Elena Marsh', 'Margaret
  E. Holis' for 'Margaret E. Hollis';
* in Hangul, a Korean name of three or four syllables with one letter (jamo) of one
  syllable other than the family name changed: '김민쥰' for '김민준';
* a Korean given name of two syllables typed in the other order, in Hangul or
  romanized with its hyphen: '박연서', 'Park Yeon-seo' for '박서연', 'Park Seo-yeon'.

Another letter is also how another person's name differs ('Mark Chen', 'Mary Chen';
'박서연', '박서현'), so a changed, added or dropped letter counts only when the release
also writes the person's name as the glossary does: the same release naming two people
one letter apart (or two whose given names mirror each other) is far rarer than a
slip; and not where the changed letter makes another name of the kind (a Japanese
family name in Hepburn, 'Ohara' for 'Obara'; a syllable Korean given names are made
of, '박서현' for '박서연'), which is as likely another person, unless the office after it,
one person holds ('사장', '장관'), is the one the release gives the name itself, with the
same company if one stands between ('박도운 한결전력 사장은' beside '한결전력(사장
박도윤)'). Two neighbouring letters swapped ('Kenij', 'Kaot') is what typing does and
names almost never differ by; in Latin letters it counts without the name written right
elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from prlocalize.glossary.model import Entry, Glossary, Kind
from prlocalize.hangul import one_letter_apart
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip
from prlocalize.rules.nearmiss import HEPBURN, one_deleted, swapped_letters

_LATIN_WORD = lazy_compile(r"[A-Za-z]+")
# letters of a word written: the near-miss index reads six and more, and three letters
# have too many neighbours that are names ('Jon', 'Ana')
_SHORT = range(4, 6)
_GLOSSARY_SHORT = range(4, 7)  # letters of the glossary word it may misspell
_HANGUL_RUN = lazy_compile("[\uac00-\ud7a3]+")
_NAME_PARTS = lazy_compile(r"[ \-]")
_INITIAL = lazy_compile(r"[A-Z]\.")
# a Korean given name romanized in two syllables joined by a hyphen ('Seo-yeon',
# 'SEO-YEON'), read as one word: neither half is long enough to be judged alone
_HYPHENATED = lazy_compile(r"(?<![A-Za-z-])[A-Z][A-Za-z]*-[A-Za-z]+(?![A-Za-z-])")
_HYPHENATED_LONGEST = 16
# a syllable of Korean romanized (Revised Romanization, and the spellings names keep:
# 'Lee', 'Young', 'Hyun'); a letter changed that leaves syllables ('Min-hi' beside
# 'Min-ho') is another person's name as often as a slip, where 'Seo-yeob' is none
# the spellings of one vowel a romanized Korean name may take ('Kyoung' for 'Kyung',
# 'Joun' for 'Joon': 경, 준), which make the same syllables, not another person's
_VOWEL_SPELLINGS = lazy_compile("ou|oo")


def _respelt(letters: str) -> str:
    return _VOWEL_SPELLINGS.sub("u", letters)


_KOREAN_SYLLABLES = lazy_compile(
    r"(?:(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)"
    r"(?:ng|[nklmpt])?)+"
)  # a middle initial ('R.' of 'Daniel R. Whitfield')
# a name in katakana (a Latin initial in it) whose words a space or a dot sets apart
# ('チョン・ウジン', 'チョン ウジン', 'ダニエル R ホイットフィールド'): the two classes
# do not overlap and a run is tried only where it starts, so it is found in linear time
_KATAKANA_LETTER = "\u30a1-\u30fa\u30fcA-Za-z."
# the dots a Korean or Latin keyboard types for the katakana middle dot '・': the Latin
# '·' (U+00B7, what Korean writes between names) and the half-width '･'
_OTHER_DOTS = "\u00b7\uff65"
_KATAKANA_WORDS = lazy_compile(
    f"(?<![{_KATAKANA_LETTER}])[{_KATAKANA_LETTER}]+"
    f"(?:[ \u3000\u30fb\uff1d={_OTHER_DOTS}][{_KATAKANA_LETTER}]+)+"
)
_KATAKANA_NAME_WORDS = 5  # words of such a name, at most
_KATAKANA_SEPARATORS = lazy_compile(f"[ \u3000\u30fb\uff1d=.{_OTHER_DOTS}]")
_SET_APART = lazy_compile(f"[ \u3000{_OTHER_DOTS}]")  # a space or another dot for '・'
_KATAKANA_WORD = lazy_compile(f"[^ \u3000\u30fb\uff1d={_OTHER_DOTS}]+")
_KATAKANA_NAME = lazy_compile(
    "(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]+(?:[\u30fb\uff1d=](?:[\u30a1-\u30fa\u30fc]+|[A-Z]\\.?))+"
)
# a word of katakana alone (no middle dot or other katakana beside it), of three kana or
# more: bounded, so that a longer run costs no more than twenty steps where it starts
_KATAKANA_ALONE = lazy_compile(
    "(?<![\u30a1-\u30fa\u30fc\u30fb\uff1d=])[\u30a1-\u30fa\u30fc]{3,20}"
    "(?![\u30a1-\u30fa\u30fc\u30fb\uff1d=])"
)
_KANA_RUN = lazy_compile("[\u30a1-\u30fa\u30fc]+")
_MONONYM = lazy_compile("[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]{2,19}")
# the particles Korean writes right after a noun ('김민쥰은', '김민쥰의'), longest first
KO_PARTICLES = (
    "에서의|에게서|으로서|으로써|에서|에게|께서|으로|까지|부터|처럼|보다|이다|이며|과의|와의"
    "|은|는|이|가|을|를|의|에|와|과|도|로|만"
)
KO_PARTICLE_END = lazy_compile(f"(?:{KO_PARTICLES})$")
# where a Korean name ends its word: nothing or a particle (씨/님 before it), then no Hangul
KO_NAME_WORD_ENDS = lazy_compile(f"(?:씨|님)?(?:{KO_PARTICLES})?(?![\uac00-\ud7a3])")
# what Korean writes apart from a name before it, which a slip glues to it ('서재원해양수산부
# 차관', '이도현한빛시장은', '박지훈한빛화학 대표이사'), and how a message calls it
KO_GLUED_AFTER_NAME = {
    Kind.ORG: "the organisation",
    Kind.PLACE: "the place",
    Kind.TITLE: "its title",
}
# what may follow a Korean name in the same word: a title, a particle, both
_KO_AFTER_NAME = lazy_compile(
    "(?:대표|사장|회장|부회장|전무|상무|이사|부장|본부장|교수|박사|장관|차관|의원|위원장|씨|님)?"
    f"(?:{KO_PARTICLES})?$"
)
# the titles written as a word before or after a Korean name ('(장관 최민호)', '박서연
# 시장'): beside one, a family syllable and a given name set apart are the person's name
_KO_TITLES = frozenset(
    re.findall(
        "[^ ]+",
        "대표 대표이사 사장 부사장 회장 부회장 전무 상무 이사 이사장 부장 본부장 교수 박사"
        " 장관 차관 의원 위원장 시장 부시장 도지사 지사 군수 구청장 청장 차장 국장 과장 팀장"
        " 실장 원장 소장 총장 처장 주무관 사무관 서기관 대사 총리 대통령 센터장",
    )
)


# a Korean title of one word, a rank's number in it or not ('차관', '제1차관', '제2부시장')
_KO_TITLE_WORD = lazy_compile("[\uac00-\ud7a3]+(?:[0-9]+[\uac00-\ud7a3]+)*")


@dataclass(frozen=True, slots=True)
class _NameWord:
    word: str  # as the glossary writes it
    companions: frozenset[str]  # the other words of the name, case-folded
    entry: Entry


@dataclass(frozen=True, slots=True)
class _KoreanName:
    name: str  # '김민준'
    entry: Entry


@dataclass(frozen=True, slots=True)
class _HyphenatedName:
    word: str  # as the glossary writes it: 'Seo-yeon'
    letters: str  # case-folded, without the hyphen: 'seoyeon'
    companions: frozenset[str]  # the other words of the name, case-folded
    entry: Entry


@dataclass(frozen=True, slots=True)
class _SpacedNames:
    """The glossary's Japanese and Korean persons, for a name written with a space where
    the glossary writes a middle dot or nothing ('チョン ウジン', '최 민호')."""

    katakana: dict[str, str]  # the name's letters alone ('チョンウジン') → its form
    hangul: dict[str, list[_KoreanName]]  # family syllable → names of 2 to 4 syllables
    titles: frozenset[str]  # Korean titles of one word, the glossary's among them
    # a hyphenated given name's letters, and each with one letter deleted → the names
    hyphenated: dict[str, list[_HyphenatedName]]
    # a name of one katakana word of three kana or more (a stage name: 'リリカ'), and
    # every katakana word of a glossary form (none of them is a slip of another)
    mononyms: frozenset[str] = frozenset()
    kana_words: frozenset[str] = frozenset()
    # a hyphenated given name's syllables in the Revised Romanization of the person's
    # Hangul ('daehyeon' for 'Dae-hyun', 김대현) → the names
    romanized: dict[str, list[_HyphenatedName]] = field(default_factory=dict)


class NameSlipIndex:
    """The short words of the glossary's persons in one locale."""

    def __init__(
        self,
        latin: dict[str, list[_NameWord]],
        korean: dict[tuple[str, int], list[_KoreanName]],
        known: frozenset[str],
        locale: str,
        squeezed: dict[str, str],
        name_words: frozenset[str],
        spaced: _SpacedNames,
    ) -> None:
        # a short name word, and each form of it with one letter deleted → the word:
        # a word of the text one edit from it shares one of these keys
        self.latin = latin
        self.korean = korean  # (family syllable, syllables) → names
        self.known = known  # every word and Hangul name of a glossary form, case-folded
        self.locale = locale
        # a person's Latin name of two words or more by its letters alone ('kimminjun')
        self.squeezed = squeezed
        self.name_words = name_words  # the words beside a short name word, case-folded
        self.spaced = spaced
        self.squeezed_words = frozenset(
            word.casefold() for form in squeezed.values() for word in _LATIN_WORD.findall(form)
        )
        self._title_after: re.Pattern[str] | None = None
        self._sizes: list[int] = []  # the titles' lengths, longest first
        self._masked: dict[str, list[str]] | None = None  # see _katakana_masked
        self._mono_masked: dict[str, list[str]] | None = None  # see _mononyms_masked
        self._last: tuple[str, list[str]] = ("", [])
        # how such a name may open: each beginning of a name's letters ('kim', 'kimmin')
        self.openings = frozenset(key[:n] for key in squeezed for n in range(1, len(key)))

    def glued_title(self, text: str, at: int) -> str | None:
        """The Korean title written in one word with the name that ends at ``at``
        ('정하린대표는', '이재원장관은'), where Korean sets a title apart from a name
        ('정하린 대표는'); None when the word goes on otherwise."""
        if self._title_after is None:
            titles = sorted(self.spaced.titles, key=len, reverse=True)
            # the honorific '님' goes on the title, a particle after it ('정하린대표님과')
            self._title_after = re.compile(
                f"({'|'.join(map(re.escape, titles))})님?(?:{KO_PARTICLES})?(?![\uac00-\ud7a3])"
            )
        m = self._title_after.match(text, at)
        return m.group(1) if m else None

    def glued_title_before(self, text: str, at: int) -> str | None:
        """The Korean title written in one word with the name that starts at ``at``
        ('대표이사김서연', '(사장이민호,'): Korean sets a title before a name apart too
        ('대표이사 김서연'). The title opens its word, the longest one first ('부사장',
        not '사장'); None when the word opens otherwise ('부대표이사김…' has no title)."""
        for size in self._title_sizes():
            start = at - size
            if start < 0 or text[start:at] not in self.spaced.titles:
                continue
            if start and _HANGUL_RUN.match(text, start - 1):
                continue  # the word opens before the title
            return text[start:at]
        return None

    def _title_sizes(self) -> list[int]:
        if not self._sizes:
            self._sizes = sorted({len(t) for t in self.spaced.titles}, reverse=True)
        return self._sizes

    def __bool__(self) -> bool:
        spaced = self.spaced
        return bool(
            self.latin
            or self.korean
            or self.squeezed
            or spaced.katakana
            or spaced.hangul
            or spaced.mononyms
        )

    def _folded(self, text: str) -> list[str]:
        """The Latin words of ``text``, case-folded (both readers look at each segment:
        the last one's are kept)."""
        if self._last[0] != text:
            self._last = (text, [word.casefold() for word in _LATIN_WORD.findall(text)])
        return self._last[1]

    def separated(self, text: str) -> Iterator[Slip]:
        """Names of ``text`` with the letters of a glossary person's name but other
        hyphens or spaces between them ('Kim Minjun' or 'Kim Min Jun' for 'Kim Min-jun',
        'Oh Young-ju' for 'Oh Youngju'); a name in capitals or otherwise cased is not."""
        if not self.squeezed:
            return
        # such a name keeps at least one word of the glossary's whole ('Kim' of 'Kim
        # Minjun'): most segments have none, and are done with one set test
        folded = self._folded(text)
        if self.squeezed_words.isdisjoint(folded):
            return
        tokens = list(_LATIN_WORD.finditer(text))
        for i, first in enumerate(tokens):
            if folded[i] not in self.openings or not first.group()[0].isupper():
                continue
            letters = first.group()
            for j in range(i + 1, min(i + 4, len(tokens))):
                if text[tokens[j - 1].end() : tokens[j].start()] not in (" ", "-", "\u00a0"):
                    break
                letters += tokens[j].group()
                form = self.squeezed.get(letters.casefold())
                if form is None:
                    continue
                written = text[first.start() : tokens[j].end()]
                if written.casefold().replace("\u00a0", " ") != form.casefold():
                    yield Slip(first.start(), tokens[j].end(), written, (form,))
                break

    def katakana_slips(self, text: str, release: str) -> Iterator[Slip]:
        """Katakana names of ``text`` with one kana changed ('ユ・ドンヒョソ' for
        'ユ・ドンヒョン'), where ``release`` also writes the glossary's form: without it,
        the changed name may be another person's."""
        yield from self._mononym_slips(text, release)
        masked = self._katakana_masked()
        if not masked:
            return
        for run in _KATAKANA_NAME.finditer(text):
            written = run.group()
            if written in self.spaced.katakana.values():
                continue
            forms = {
                form
                for i, letter in enumerate(written)
                if "\u30a1" <= letter <= "\u30fa"
                for form in masked.get(written[:i] + "?" + written[i + 1 :], ())
                if _kana_slip(letter, form[i]) and form in release
            }
            if not forms:
                forms = self._kana_doubled(written, release) or self._n_dropped(written, release)
            if len(forms) == 1:
                yield Slip(run.start(), run.end(), written, tuple(forms))

    def _mononym_slips(self, text: str, release: str) -> Iterator[Slip]:
        """Names of one katakana word ('リリガ' for the stage name 'リリカ') with one kana
        changed or typed twice, where ``release`` also writes the glossary's form: three
        kana say little, and a word of the glossary's own is never one."""
        mononyms, words = self.spaced.mononyms, self.spaced.kana_words
        if not mononyms:
            return
        masked = self._mononyms_masked()
        for run in _KATAKANA_ALONE.finditer(text):
            written = run.group()
            if written in words:
                continue
            forms = {
                form
                for i, letter in enumerate(written)
                for form in masked.get(written[:i] + "?" + written[i + 1 :], ())
                if _kana_slip(letter, form[i]) and form in release
            } or {
                form
                for i in range(1, len(written))
                if written[i] == written[i - 1]
                for form in (written[:i] + written[i + 1 :],)
                if form in mononyms and form in release
            }
            if len(forms) == 1:
                yield Slip(run.start(), run.end(), written, tuple(forms))

    def _mononyms_masked(self) -> dict[str, list[str]]:
        """The glossary's one-word katakana names with each kana in turn as '?'."""
        if self._mono_masked is None:
            self._mono_masked = {}
            for form in self.spaced.mononyms:
                for i in range(len(form)):
                    self._mono_masked.setdefault(form[:i] + "?" + form[i + 1 :], []).append(form)
        return self._mono_masked

    def _kana_doubled(self, written: str, release: str) -> set[str]:
        """The glossary's katakana names that ``written`` is with one kana typed twice
        ('ユン・ジフンン' for 'ユン・ジフン': an input method's 'nn'), written right in
        ``release`` too."""
        names = self.spaced.katakana.values()
        return {
            form
            for i in range(1, len(written))
            if written[i] == written[i - 1] and "\u30a1" <= written[i] <= "\u30fa"
            for form in (written[:i] + written[i + 1 :],)
            if form in names and form in release
        }

    def _n_dropped(self, written: str, release: str) -> set[str]:
        """The glossary's katakana names that ``written`` is with the 'ン' that ends one
        of its parts left out ('キム・ソヨ' for 'キム・ソヨン': an input method turns a
        final 'n' into ン only when it is typed twice), written right in ``release`` too."""
        names = self.spaced.katakana.values()
        ends = [m.start() for m in _KATAKANA_SEPARATORS.finditer(written)] + [len(written)]
        return {
            form
            for end in ends
            for form in (written[:end] + "ン" + written[end:],)
            if form in names and form in release
        }

    def _katakana_masked(self) -> dict[str, list[str]]:
        """The glossary's katakana names with each kana in turn as '?' → the names."""
        if self._masked is None:
            self._masked = {}
            for form in self.spaced.katakana.values():
                for i, letter in enumerate(form):
                    if "\u30a1" <= letter <= "\u30fa":
                        self._masked.setdefault(form[:i] + "?" + form[i + 1 :], []).append(form)
        return self._masked

    def spaced_slips(self, text: str) -> Iterator[Slip]:
        """Japanese and Korean persons of ``text`` written with
        a space where the glossary writes a middle dot ('チョン ウジン' for 'チョン・ウジン')
        or nothing ('최 민호' for '최민호')."""
        if self.spaced.katakana:
            yield from self._spaced_katakana(text)
        if self.spaced.hangul:
            yield from self._spaced_hangul(text)

    def _spaced_katakana(self, text: str) -> Iterator[Slip]:
        """Also a name of three words or more with a middle dot left out, the words of
        a particle run together ('マリア・デラ・クルス' for 'マリア・デ・ラ・クルス'): the
        same letters set apart otherwise."""
        for run in _KATAKANA_WORDS.finditer(text):
            written = run.group()
            words = list(_KATAKANA_WORD.finditer(written))
            for i, first in enumerate(words):
                if not "\u30a1" <= first.group()[0] <= "\u30fc":
                    continue  # such a name opens with katakana
                for last in words[i + 1 : i + _KATAKANA_NAME_WORDS]:
                    part = written[first.start() : last.end()]
                    form = self.spaced.katakana.get(_KATAKANA_SEPARATORS.sub("", part))
                    if form is None:
                        continue
                    if part != form and (
                        _SET_APART.search(part)
                        or _dots(part) < _dots(form)
                        or _equals(part) != _equals(form)
                    ):
                        start = run.start() + first.start()
                        yield Slip(start, start + len(part), part, (form,))
                    break

    def _spaced_hangul(self, text: str) -> Iterator[Slip]:
        runs = list(_HANGUL_RUN.finditer(text))
        for n, family in enumerate(runs[:-1]):
            given = runs[n + 1]
            names = self.spaced.hangul.get(family.group())
            if not names or text[family.end() : given.start()] != " ":
                continue
            for name in names:
                rest = given.group()[len(name.name) - 1 :]
                if (
                    given.group().startswith(name.name[1:])
                    and _KO_AFTER_NAME.fullmatch(rest) is not None
                    and self._beside_title(text, runs, n, rest)
                ):
                    end = given.end() - len(rest)
                    yield Slip(family.start(), end, text[family.start() : end], (name.name,))
                    break

    def _beside_title(self, text: str, runs: list[re.Match[str]], n: int, rest: str) -> bool:
        """Whether the name set apart at ``runs[n]`` stands where Korean writes a name
        with its title: the title right after it ('최 민호 장관', '최 민호장관은'), in
        brackets before it ('해양수산부(장관 최 민호)는'), or later in a roster line it
        opens ('전 진 해양수산부 차관'). A family syllable alone is also a word ('이',
        '전', '한') and a given name may be one ('지원'): '이 지원은', '시장 전 지원
        사업' are not names, and the release naming the person elsewhere does not make
        them one."""
        titles = self.spaced.titles
        if rest:
            return any(rest.startswith(title) for title in titles)
        family, given = runs[n], runs[n + 1]
        following = runs[n + 2 : n + 4]
        if (
            following
            and text[given.end() : following[0].start()] == " "
            and self._title(following[0].group())
        ):
            return True
        if n > 0:
            before = runs[n - 1]
            if (
                text[before.end() : family.start()] == " "
                and before.group() in titles
                and text[before.start() - 1 : before.start()] in ("(", "\uff08")
            ):
                return True
        if text[: family.start()].strip(" -*\u2022\u00b7\u25cf\u25a0\u25cb\u2013"):
            return False  # not a roster line's opening
        previous = given
        for word in following:
            if text[previous.end() : word.start()] != " ":
                return False
            if self._title(word.group()):
                return True
            previous = word
        return False

    def _title(self, word: str) -> bool:
        """Whether ``word`` is a Korean title, a particle after it or not ('장관은')."""
        titles = self.spaced.titles
        if word in titles:
            return True
        particle = KO_PARTICLE_END.search(word)
        return particle is not None and word[: particle.start()] in titles

    def slips(self, text: str, release: str) -> Iterator[Slip]:
        """The slips in ``text``, a segment of ``release`` (its whole text, where the
        person's name may be written right)."""
        # a hyphenated given name is judged whole ('Jugn-min'), not its first word alone
        whole = list(self._hyphenated_slips(text, release)) if "-" in text else []
        yield from whole
        if self.latin:
            for slip in self._latin_slips(text, release):
                if not any(w.start <= slip.start and slip.end <= w.end for w in whole):
                    yield slip
        if self.korean:
            yield from self._korean_slips(text, release)

    def _latin_slips(self, text: str, release: str) -> Iterator[Slip]:
        # a slip stands next to another word of a glossary person's name: most segments
        # have none, and are done with one set test
        if self.name_words.isdisjoint(self._folded(text)):
            return
        tokens = list(_LATIN_WORD.finditer(text))
        for n, match in enumerate(tokens):
            written = match.group()
            if len(written) not in _SHORT or not written[0].isupper():
                continue
            folded = written.casefold()
            if folded in self.known:
                continue
            nearby = _name_neighbours(text, tokens, n)
            if self.name_words.isdisjoint(nearby):
                continue
            fits: set[str] = set()
            for key in (folded, *one_deleted(folded)):
                for candidate in self.latin.get(key, ()):
                    glossary = candidate.word.casefold()
                    if not candidate.companions & nearby or folded == glossary + "s":
                        continue
                    if glossary[0] != folded[0]:
                        continue
                    if OSA.distance(folded, glossary, score_cutoff=1) > 1:
                        continue
                    swapped = swapped_letters(folded, glossary)
                    if not swapped and _other_japanese_name(folded, glossary):
                        continue  # 'Ohara' beside 'Obara': both are family names
                    if swapped or self._named_right(candidate.entry, release):
                        fits.add(candidate.word.upper() if written.isupper() else candidate.word)
            if fits:
                yield Slip(match.start(), match.end(), written, tuple(sorted(fits)))

    def _hyphenated_slips(self, text: str, release: str) -> Iterator[Slip]:
        """A slip in a hyphenated given name beside the family name ('Park Seo-yoen',
        'PARK SEO-YEOB' for 'Park Seo-yeon'): two letters swapped always; one changed,
        added or dropped where the release also writes the name right and the slip
        makes no Korean syllables ('Min-hi' may be another person) or the same ones
        spelt otherwise ('Tae-kyoung' for 'Tae-kyung')."""
        if not self.spaced.hyphenated:
            return
        for match in _HYPHENATED.finditer(text):
            written = match.group()
            if len(written) > _HYPHENATED_LONGEST:
                continue  # no given name; and the syllable pattern backtracks on long words
            folded = written.replace("-", "").casefold()
            if any(name.letters == folded for name in self.spaced.hyphenated.get(folded, ())):
                continue  # a glossary person's given name: 'Jung-bin' beside 'Jung-min'
            nearby = self._beside(text, match.start(), match.end())
            fits: set[str] = set()
            first, _, second = written.casefold().partition("-")
            for name in self.spaced.hyphenated.get(second + first, ()):
                if (
                    name.companions & nearby
                    and _halves_reversed(written, name.word)
                    and self._named_right(name.entry, release)
                ):
                    fits.add(name.word.upper() if written.isupper() else name.word)
            for key in (folded, *one_deleted(folded)):
                for name in self.spaced.hyphenated.get(key, ()):
                    if folded == name.letters or not name.companions & nearby:
                        continue
                    if OSA.distance(folded, name.letters, score_cutoff=1) > 1:
                        continue
                    if swapped_letters(folded, name.letters) or (
                        (
                            _KOREAN_SYLLABLES.fullmatch(folded) is None
                            or _respelt(folded) == _respelt(name.letters)
                        )
                        and self._named_right(name.entry, release)
                    ):
                        fits.add(name.word.upper() if written.isupper() else name.word)
            # the person's Hangul in the Revised Romanization where the sheet keeps
            # another spelling ('Kim Dae-hyeon' for 'Kim Dae-hyun', 김대현): the same
            # syllables, so the same name, not another person's
            for name in self.spaced.romanized.get(folded, ()):
                if name.companions & nearby:
                    fits.add(name.word.upper() if written.isupper() else name.word)
            if fits:
                yield Slip(match.start(), match.end(), written, tuple(sorted(fits)))

    @staticmethod
    def _beside(text: str, start: int, end: int) -> set[str]:
        """The Latin words right before and after ``text[start:end]``, a space between."""
        before = re.search(r"([A-Za-z]+)[ \u00a0]$", text[max(0, start - 30) : start])
        after = re.match(r"[ \u00a0]([A-Za-z]+)", text[end : end + 30])
        return {m.group(1).casefold() for m in (before, after) if m is not None}

    def _korean_slips(self, text: str, release: str) -> Iterator[Slip]:
        for run in _HANGUL_RUN.finditer(text):
            word = run.group()
            for size in range(min(4, len(word)), 2, -1):
                names = self.korean.get((word[0], size))
                if not names:
                    continue
                written, rest = word[:size], word[size:]
                if written in self.known or _KO_AFTER_NAME.fullmatch(rest) is None:
                    continue
                fits = tuple(
                    sorted(
                        name.name
                        for name in names
                        if self._named_right(name.entry, release)
                        and (
                            _slip_of(written, name.name)
                            or (
                                _one_jamo_apart(written, name.name, any_syllable=True)
                                and self._title_of_the_name(
                                    text, run.start() + size, name.name, release
                                )
                            )
                        )
                    )
                )
                if fits:
                    yield Slip(run.start(), run.start() + size, written, fits)
                    break

    def _title_of_the_name(self, text: str, end: int, name: str, release: str) -> bool:
        """Whether the word written for ``name`` ending at ``end`` has, right after it or
        after its company, an office one person holds ('사장', '회장', '장관') that the
        release gives ``name`` itself, with that company if one is named ('박도운 한결전력
        사장은' where the lead says '한결전력(사장 박도윤)'): one office, one person, so a
        syllable of names changed there is a slip, not another person."""
        words = [w.group() for w in _HANGUL_RUN.finditer(text, end, min(len(text), end + 30))]
        company = ""
        if words and not self._title(words[0]):
            if _KO_NAME_LIKE.fullmatch(words[0]):
                return False  # another name before the title: '박서현은 박서연 사장과'
            company, words = words[0], words[1:]
        if not words or not self._title(words[0]):
            return False
        particle = KO_PARTICLE_END.search(words[0])
        title = words[0][: particle.start()] if particle else words[0]
        if title not in _ONE_HOLDER_OFFICES:
            return False  # '상무', '이사': a company has several
        named, office = re.escape(name), re.escape(title)
        if company:  # the name with that company: '박도윤 한결전력 사장', '한결전력(사장 박도윤)'
            at = re.escape(company)
            beside = re.compile(rf"{named} {at}\s?{office}|{at}\s?[(（]?{office} {named}")
        else:
            beside = re.compile(rf"{named}(?: [\uac00-\ud7a3]+)? {office}|{office} {named}")
        return beside.search(release) is not None

    def _named_right(self, entry: Entry, release: str) -> bool:
        """Whether the release writes ``entry``'s name as the glossary does, somewhere."""
        term = entry.term(self.locale)
        return term is not None and any(written_whole(form, release) for form in term.accepted)


def _name_neighbours(text: str, tokens: list[re.Match[str]], n: int) -> set[str]:
    """The words right before and after ``tokens[n]`` (a space between), folded, and the
    word before a middle initial before it ('Margaret' beside 'Holis' in 'Margaret E.
    Holis'; not the initial alone, which another person may share: 'Joan E. Holis')."""
    nearby: set[str] = set()
    for i in (n - 1, n + 1):
        if 0 <= i < len(tokens) and _between(text, tokens[min(i, n)], tokens[max(i, n)]) in _SPACE:
            nearby.add(tokens[i].group().casefold())
    initial = n - 1
    if (
        initial >= 1
        and _between(text, tokens[initial], tokens[n]) in _AFTER_INITIAL
        and len(tokens[initial].group()) == 1
        and tokens[initial].group().isupper()
        and _between(text, tokens[initial - 1], tokens[initial]) in _SPACE
    ):
        nearby.add(tokens[initial - 1].group().casefold())
    return nearby


_SPACE = (" ", "\u00a0")
_AFTER_INITIAL = (". ", ".\u00a0")


def _between(text: str, first: re.Match[str], second: re.Match[str]) -> str:
    return text[first.end() : second.start()]


def written_whole(form: str, release: str) -> bool:
    """Whether ``form`` stands in ``release`` as a whole name: not inside a longer word
    ('Kenji Sato' in 'Kenji Satoh'); a Korean particle may follow ('김민준은')."""
    start = release.find(form)
    while start >= 0:
        end = start + len(form)
        before = release[start - 1 : start]
        after = release[end : end + 1]
        if not (before.isalnum() or (after.isalnum() and not "\uac00" <= after <= "\ud7a3")):
            return True
        start = release.find(form, start + 1)
    return False


_PARTICLE_SYLLABLES = frozenset("은는이가을를의에와과도로만")


def _latin_name(form: str) -> bool:
    """Words of ASCII letters set apart by single spaces or hyphens, an initial with its
    stop among them ('Kim Min-jun', 'Daniel R. Whitfield'; not 'Kato, M.')."""
    parts = _NAME_PARTS.split(form)
    return (
        form.isascii()
        and parts[0].isalpha()
        and parts[-1].isalpha()
        and all(part.isalpha() or _INITIAL.fullmatch(part) for part in parts)
    )


def _other_japanese_name(written: str, wanted: str) -> bool:
    """Whether ``written`` is ``wanted`` with one letter changed and both read as Japanese."""
    return (
        len(written) == len(wanted)
        and HEPBURN.fullmatch(written) is not None
        and HEPBURN.fullmatch(wanted) is not None
    )


# the syllables Korean given names are most often made of: one of them, where another
# stood, is how another person's name differs ('박서현' beside '박서연'); a slip of the
# keyboard makes a syllable names rarely have ('김민쥰' for '김민준')
_NAME_SYLLABLES = frozenset(
    "가건결경규근기길나남다도동라란람린명미민범보빈상서석선설성세소솔수숙순승시식아안애"
    "연열영예옥온완용우욱운웅원유윤율은의이인일재정제종주준중지진찬채철초태택하한해현혁"
    "형혜호홍화환효후훈희"
)


def _slip_of(written: str, name: str) -> bool:
    """Whether Korean name ``written`` is ``name`` slipped: one letter, or its given name's
    syllables in the other order."""
    return _one_jamo_apart(written, name) or _given_reversed(written, name)


def _given_reversed(written: str, name: str) -> bool:
    """The same family syllable and the two syllables of the given name typed in the
    other order ('장래미' for '장미래'): a slip of the hand where the release also
    writes the name right, which no one-letter change finds."""
    return (
        len(written) == len(name) == 3
        and written[0] == name[0]
        and written[1] != written[2]
        and written[1:] == name[:0:-1]
    )


# the offices one person holds at a time in a body, whose holder a release names once
_ONE_HOLDER_OFFICES = frozenset({
    "사장", "대표", "대표이사", "회장", "총장", "원장", "장관", "청장", "시장", "지사", "도지사",
    "이사장", "위원장", "총재", "의장", "관장", "소장", "병원장", "학장", "구청장", "군수",
})  # fmt: skip
# a word that may be a Korean person's name of three syllables, a particle after it or not
_KO_NAME_LIKE = lazy_compile(f"[\uac00-\ud7a3]{{3}}(?:{KO_PARTICLES})?")


def _one_jamo_apart(written: str, name: str, *, any_syllable: bool = False) -> bool:
    """The same family syllable, and one other syllable with one letter changed
    ('김민쥰', '김민준': ㅜ for ㅠ) into one names are seldom made of (``any_syllable``:
    or into any, where the title beside it says whose name it is)."""
    if len(written) != len(name) or written[0] != name[0] or written == name:
        return False
    diff = [(a, b) for a, b in zip(written, name, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    if a == written[-1] and a in _PARTICLE_SYLLABLES:
        return False  # a word of two syllables and its particle ('정부로' beside '정부호')
    if a in _NAME_SYLLABLES and not any_syllable:
        return False  # another person's name: '박서현' beside '박서연'
    return one_letter_apart(a, b)


_INDEXES: weakref.WeakKeyDictionary[Glossary, dict[str, NameSlipIndex]] = (
    weakref.WeakKeyDictionary()
)


def name_slip_index(glossary: Glossary, locale: str) -> NameSlipIndex:
    """The index of ``glossary``'s persons in ``locale`` (made once)."""
    per_locale = _INDEXES.setdefault(glossary, {})
    index = per_locale.get(locale)
    if index is not None:
        return index
    latin: dict[str, list[_NameWord]] = {}
    name_words: set[str] = set()
    korean: dict[tuple[str, int], list[_KoreanName]] = {}
    known: set[str] = set()
    squeezed: dict[str, str] = {}
    katakana: dict[str, str] = {}
    mononyms: set[str] = set()
    kana_words: set[str] = set()
    hangul: dict[str, list[_KoreanName]] = {}
    hyphenated: dict[str, list[_HyphenatedName]] = {}
    romanized: dict[str, list[_HyphenatedName]] = {}
    titles: set[str] = set(_KO_TITLES)
    for entry in glossary:
        term = entry.term(locale)
        if term is None:
            continue
        if entry.kind is Kind.TITLE:
            titles.update(form for form in term.accepted if _KO_TITLE_WORD.fullmatch(form))
        for form in (*term.accepted, *term.forbidden):
            known.update(w.casefold() for w in _LATIN_WORD.findall(form))
            known.update(_HANGUL_RUN.findall(form))
            kana_words.update(_KANA_RUN.findall(form))
        if entry.kind is Kind.BRAND:
            # a product named in one katakana word ('ルミエ', a car's model name) slips as
            # a stage name does ('ルミェ' in the recall notice's table)
            mononyms.update(form for form in term.accepted if _MONONYM.fullmatch(form))
        if entry.kind is not Kind.PERSON:
            continue
        for form in term.accepted:
            words = _LATIN_WORD.findall(form)
            if len(words) > 1 and _latin_name(form):
                squeezed.setdefault("".join(words).casefold(), form)
            for word in words:
                others = frozenset(w.casefold() for w in words if w != word)
                if len(word) in _GLOSSARY_SHORT and others and word[0].isupper():
                    record = _NameWord(word, others, entry)
                    folded = word.casefold()
                    for key in (folded, *one_deleted(folded)):
                        latin.setdefault(key, []).append(record)
                    name_words.update(others)
            compact = form.replace(" ", "")
            if 3 <= len(compact) <= 4 and _HANGUL_RUN.fullmatch(compact) and " " not in form:
                korean.setdefault((compact[0], len(compact)), []).append(_KoreanName(form, entry))
            if 2 <= len(form) <= 4 and _HANGUL_RUN.fullmatch(form):
                hangul.setdefault(form[0], []).append(_KoreanName(form, entry))
            if _KATAKANA_NAME.fullmatch(form):
                katakana.setdefault(_KATAKANA_SEPARATORS.sub("", form), form)
            elif _MONONYM.fullmatch(form):
                mononyms.add(form)
            _index_hyphenated(form, entry, hyphenated)
            _index_romanized(form, entry, romanized)
    # a longer name first: '최민호' before a '최민' of the same family
    for names in hangul.values():
        names.sort(key=lambda name: -len(name.name))
    spaced = _SpacedNames(
        katakana,
        hangul,
        frozenset(titles),
        hyphenated,
        frozenset(mononyms),
        frozenset(kana_words),
        romanized,
    )
    index = per_locale[locale] = NameSlipIndex(
        latin, korean, frozenset(known), locale, squeezed, frozenset(name_words), spaced
    )
    return index


# katakana that look alike, the slips of the eye and of handwriting ('ン' read 'ソ')
_KANA_LOOKALIKES = frozenset({"ンソ", "ソン", "シツ", "ツシ"})


def _dots(name: str) -> int:
    """How many words a katakana name's separators set apart."""
    return len(_KATAKANA_SEPARATORS.findall(name))


def _equals(name: str) -> int:
    """How many of a katakana name's separators are the equals sign, which Japanese
    writes for a hyphen in the name ('ジャン＝マルク' for 'Jean-Marc'), either width."""
    return name.count("\uff1d") + name.count("=")


def _kana_slip(written: str, wanted: str) -> bool:
    """Whether kana ``written`` for ``wanted`` is a slip rather than another name's kana:
    a look-alike ('ソ' for 'ン'), a voiced mark dropped or added, a small kana typed
    large ('ヒヨン' for 'ヒョン'); not another syllable ('ヒョク' for 'ヒョン')."""
    if written + wanted in _KANA_LOOKALIKES:
        return True
    bare = unicodedata.normalize("NFD", written)[0].translate(_SMALL_KANA)
    return written != wanted and bare == unicodedata.normalize("NFD", wanted)[0].translate(
        _SMALL_KANA
    )


_SMALL_KANA = str.maketrans("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ")


def _halves_reversed(written: str, word: str) -> bool:
    """A hyphenated given name with its two syllables in the other order ('Ji-eun' for
    'Eun-ji'), as '장래미' is typed for '장미래'."""
    first, _, second = written.casefold().partition("-")
    wanted = word.casefold().partition("-")
    return first != second and (second, first) == (wanted[0], wanted[2])


def _index_hyphenated(form: str, entry: Entry, index: dict[str, list[_HyphenatedName]]) -> None:
    """Put the hyphenated given name of ``form`` ('Seo-yeon' of 'Park Seo-yeon') in
    ``index``, by its letters and by each of them with one letter deleted."""
    if not _latin_name(form):
        return
    words = form.split(" ")
    for word in words:
        if _HYPHENATED.fullmatch(word) is None:
            continue
        others = frozenset(w.casefold() for w in words if w != word)
        if not others:
            continue
        letters = word.replace("-", "").casefold()
        record = _HyphenatedName(word, letters, others, entry)
        for key in (letters, *one_deleted(letters)):
            index.setdefault(key, []).append(record)


def _index_romanized(form: str, entry: Entry, index: dict[str, list[_HyphenatedName]]) -> None:
    """Put the hyphenated given name of ``form`` ('Dae-hyun' of 'Kim Dae-hyun') in
    ``index`` by the Revised Romanization of its syllables in the person's Korean name
    of one word ('김대현': 'daehyeon'), where the sheet spells them otherwise."""
    from prlocalize.glossary.readings import korean_romaji

    korean = entry.term("ko")
    if korean is None or not _latin_name(form) or _KOREAN_ONE_WORD.fullmatch(korean.text) is None:
        return
    words = form.split(" ")
    for word in words:
        if _HYPHENATED.fullmatch(word) is None or word.count("-") != 1:
            continue
        others = frozenset(w.casefold() for w in words if w != word)
        given = korean.text[-2:]  # a Korean given name of two syllables, as the hyphen says
        romanized = "".join(korean_romaji(syllable) for syllable in given)
        letters = word.replace("-", "").casefold()
        if others and romanized and romanized != letters:
            index.setdefault(romanized, []).append(_HyphenatedName(word, letters, others, entry))


# a Korean name written as one word: a family name of one syllable and a given name of two
_KOREAN_ONE_WORD = lazy_compile("[\uac00-\ud7a3]{3}")
