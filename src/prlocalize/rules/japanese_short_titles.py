"""prlocalize.rules.japanese_short_titles
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A short Japanese title (two to four kanji) written on a glossary person's name with one
kanji after its first changed ('青柳大巨' for '青柳大臣', '広瀬副大巨', '森部 慎吾病院張'), for
PR102: an input method's slip of a look-alike or a homophone.

A title of two or three kanji has many neighbours among Japanese words, so
``japanese_term_slips`` judges titles from five letters on. On a person's name, a word
of kanji of a title's length is that person's title, and it is judged there: where the
glossary's full name or the family name alone runs into it ('広瀬 直子副大巨',
'青柳大巨は') and no kanji follows, the title's first kanji is kept and the changed one
is a kanji no title has ('青柳社員' is no slip of '社長': 員 ends '議員'), the word is no
glossary form or title, and the release also writes the title right (the word may be
another office the glossary does not list: '大使'). After the family name alone, a
glossary person of that family must be named in full in the release, and a word of two
kanji may be a given name ('青柳大輔'): it is a slip only where the release calls the
person by family name and the title ('青柳大臣'), and not where the release writes the
word as a name (followed by 'さん' or an age, or more than once: a slip is typed once), or
where its second kanji is one that ends given names ('知子' beside '知事', '次郎' beside
'次長', '大輔' beside '大臣': many people share a family name, and an input method's
look-alikes and homophones of a title's kanji are seldom such kanji).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Iterator

from prlocalize.glossary.matcher import TermMatch
from prlocalize.glossary.model import Glossary, Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import JA_TITLES_AFTER_NAME, Slip

_KANJI = "\u3400-\u4dbf\u4e00-\u9fff"
_KANJI_RUN = lazy_compile(f"[{_KANJI}々]+")
_TITLE = lazy_compile(f"[{_KANJI}]{{2,4}}")
# what follows a person's given name, never a title ('さん', an age in brackets)
_PERSON_AFTER = lazy_compile(r"さん|くん|ちゃん|[（(][0-9０-９]")
# words written on a name that are one kanji from a title and no slip of it: an office the
# glossary may not list ('大使' beside '大臣'), a household, a sumo stable, a venue
_NOT_TITLES = frozenset(("大使", "公使", "一家", "夫妻", "夫人", "部屋", "家臣", "社中", "会場"))
# kanji that end two-kanji given names ('大輔', '次郎', '知子', '理恵'): after a family name
# alone, such a word is another person of that family, not a title's slip. A kanji some
# title has never reaches this test (it is no slip of that title's letter)
_GIVEN_NAME_ENDS = frozenset(
    "郎朗輔介助也哉彦雄夫男樹斗翔太平吾悟司治蔵輝志史仁一二三亮明典紀成之宏弘博浩和幸"
    "隆貴信真誠昭勝実秀俊孝健剛晃央光子恵美香奈菜花華里佳希代江枝乃穂織絵衣依帆莉咲"
    "那沙紗未果葉音結愛"
)


class JapaneseShortTitleIndex:
    """The short Japanese titles and persons' family names of a glossary."""

    def __init__(
        self,
        masked: dict[str, tuple[str, ...]],
        known: frozenset[str],
        title_letters: frozenset[str],
        families: dict[str, tuple[str, ...]],
        glossary_titles: frozenset[str] = frozenset(),
    ) -> None:
        self.masked = masked  # a title with one kanji after its first as '?' → the titles
        self.known = known  # every Japanese form of the glossary and every title
        self.title_letters = title_letters  # every kanji a title has
        # persons' family names in kanji → their full names, spaced and not ('青柳' →
        # '青柳 拓海', '青柳拓海')
        self.families = families
        # the glossary's own Japanese titles: a family name written with one ('青柳環境大臣',
        # a transcript's heading) names the glossary's person as the full name does
        self.glossary_titles = glossary_titles
        self._title_lengths = tuple(sorted({len(t) for t in glossary_titles}, reverse=True))

    def __bool__(self) -> bool:
        return bool(self.masked)

    def slips(self, text: str, matches: Iterable[TermMatch], release: str) -> Iterator[Slip]:
        """The slipped short titles on a glossary person's name in ``text``."""
        ends = {m.end for m in matches if m.entry.kind is Kind.PERSON}
        for run in _KANJI_RUN.finditer(text):
            word = run.group()
            # a full name the matcher found right before the word or ending inside it
            # ('森部 慎吾病院張'), or the family name alone at the word's start ('青柳大巨')
            starts = [(e, "") for e in sorted(ends) if run.start() <= e < run.end()]
            starts += [
                (run.start() + size, word[:size])
                for size in range(1, min(4, len(word) - 1))
                if word[:size] in self.families
            ]
            for at, family in starts:
                slip = self._judged(text, at, run.end(), release, family)
                if slip is not None:
                    yield slip
                    break

    def _judged(self, text: str, start: int, end: int, release: str, family: str) -> Slip | None:
        word = text[start:end]
        if not _TITLE.fullmatch(word) or word in self.known or word in _NOT_TITLES:
            return None
        if family and (
            not self._named(release, family)
            or (len(word) == 2 and word[1] in _GIVEN_NAME_ENDS)
            or self._given_name(text, end, release, family + word)
        ):
            return None  # no glossary person of the family named, or another one
        for i in range(1, len(word)):
            if word[i] in self.title_letters:
                continue
            titles = self.masked.get(word[:i] + "?" + word[i + 1 :], ())
            # after the family name alone, a word of two kanji may be a given name
            # ('青柳大輔'): a slip only where the release calls the person so right
            wanted = family if family and len(word) == 2 else ""
            approved = tuple(t for t in titles if wanted + t in release)
            if approved:
                return Slip(start, end, word, approved)
        return None

    def _named(self, release: str, family: str) -> bool:
        """Whether ``release`` names a glossary person of ``family``: in full, or by the
        family name and one of the glossary's titles."""
        if any(name in release for name in self.families[family]):
            return True
        at = release.find(family)
        while at >= 0:
            after = at + len(family)
            if any(release[after : after + n] in self.glossary_titles for n in self._title_lengths):
                return True
            at = release.find(family, after)
        return False

    @staticmethod
    def _given_name(text: str, end: int, release: str, name: str) -> bool:
        """Whether the family name and the word after it read as another person of the
        family by given name ('青柳大輔さん', '青柳大輔（35）'), here or anywhere in the
        release, or recur as a name does (a slip is typed once)."""
        if _PERSON_AFTER.match(text, end):
            return True
        if release.count(name) > 1:
            return True
        return re.search(re.escape(name) + f"(?:{_PERSON_AFTER.pattern})", release) is not None


_OFFICE_WORDS = tuple(t for t in JA_TITLES_AFTER_NAME.split("|") if len(t) >= 2)


def _office_words(form: str) -> tuple[str, ...]:
    """The common titles that end glossary title ``form`` ('大臣' of '環境大臣', '長官' of
    '環境部長官')."""
    return tuple(t for t in _OFFICE_WORDS if form.endswith(t) and form != t)


_INDEXES: weakref.WeakKeyDictionary[Glossary, JapaneseShortTitleIndex] = weakref.WeakKeyDictionary()


def japanese_short_title_index(glossary: Glossary) -> JapaneseShortTitleIndex:
    """The index of ``glossary``'s short Japanese titles (made once per glossary)."""
    index = _INDEXES.get(glossary)
    if index is not None:
        return index
    masked: dict[str, set[str]] = {}
    titles = set(JA_TITLES_AFTER_NAME.split("|"))
    known: set[str] = set()
    families: dict[str, set[str]] = {}
    glossary_titles: set[str] = set()
    for entry in glossary:
        term = entry.term("ja")
        if term is None:
            continue
        known.update(term.accepted)
        known.update(term.forbidden)
        if entry.kind is Kind.PERSON:
            for form in term.accepted:
                spaced = form.replace("\u3000", " ")
                family, space, given = spaced.partition(" ")
                if space and _KANJI_RUN.fullmatch(family):
                    families.setdefault(family, set()).update((spaced, family + given))
        elif entry.kind is Kind.TITLE:
            for form in term.accepted:
                titles.add(form)
                glossary_titles.add(form)
                # with the office word that ends it, which goes alone after a family name
                # ('環境大臣' → '青柳大臣', '【青柳大臣】' in a transcript)
                for short in (form, *_office_words(form)):
                    if _TITLE.fullmatch(short):
                        for i in range(1, len(short)):
                            masked.setdefault(short[:i] + "?" + short[i + 1 :], set()).add(short)
    letters = frozenset(c for title in titles for c in title if _KANJI_RUN.match(c))
    index = JapaneseShortTitleIndex(
        {key: tuple(sorted(forms)) for key, forms in masked.items()},
        frozenset(known | titles),
        letters,
        {family: tuple(sorted(names)) for family, names in families.items()},
        frozenset(glossary_titles),
    )
    _INDEXES[glossary] = index
    return index
