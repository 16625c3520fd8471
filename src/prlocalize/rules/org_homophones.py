"""prlocalize.rules.org_homophones
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

An organisation's or a place's Japanese name in kanji with one or two kanji inside it
typed as others of the same sound ('北大坂大学' for '北大阪大学', '科学技術新興機構' for
'科学技術振興機構', '成田国債空港' for '成田国際空港'), for PR102: the input method's
homophone, which an edit distance cannot tell from another name but the reading can.

A name of five kanji or more is looked for where its first two or its last two kanji
stand (a slip of one word of two kanji leaves one pair of them); the text there must
differ from it in one kanji, or in two side by side, and read the same as UniDic reads
it, long vowels aside ('おおさか' and 'おさか'). Another company may differ from a
glossary's by a homophone ('…工業', '…興業'), so the rule reports only where the
release also writes the glossary's name (names.py).

A name of a katakana or Latin head and two kanji or more after it ('ミナセ創薬', 'アオバ
電工') is looked for after its head as written: the kanji there must differ in one
kanji, or two side by side, and read the same ('ミナセ総薬').
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Set

from prlocalize.glossary.model import Glossary, Kind, without_legal_form
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import Slip

_KANJI_RUN = lazy_compile("[\u3400-\u4dbf\u4e00-\u9fff々]{5,}")
_ALL_KANJI = lazy_compile("[\u3400-\u4dbf\u4e00-\u9fff々]+")
MIN_NAME = 5  # kanji of a name judged: shorter ones share their sound with many words
_KINDS = frozenset({Kind.ORG, Kind.PLACE})
# a name of a katakana or Latin head and kanji ('ミナセ創薬', 'KDテック工業' is not: its kanji
# follow katakana after Latin)
_HEADED = lazy_compile(
    "(?<![\u30a1-\u30fa\u30fcA-Za-z])([\u30a1-\u30fa\u30fcA-Za-z]{2,})([\u3400-\u4dbf\u4e00-\u9fff々]{2,})"
)
# ... and such a head in a text, a whole word before a kanji
_HEAD_BEFORE_KANJI = lazy_compile(
    "(?<![\u30a1-\u30fa\u30fcA-Za-z])[\u30a1-\u30fa\u30fcA-Za-z]{2,}(?=[\u3400-\u4dbf\u4e00-\u9fff])"
)
_LONG_VOWEL = lazy_compile(r"([aeiou])\1|(o)u")


class OrgHomophoneIndex:
    """The glossary's organisations in kanji, by their first two and last two kanji (with
    the lengths found after them) and with one kanji, or two side by side, masked."""

    def __init__(self, names: set[str], headed: Set[str] = frozenset()) -> None:
        self.names = frozenset(names)
        # a name's katakana or Latin head → the kanji after it, of each such name
        self.heads: dict[str, list[str]] = {}
        for name in sorted(headed):
            match = _HEADED.fullmatch(name)
            if match is not None:
                self.heads.setdefault(match[1], []).append(match[2])
        self.opening: dict[str, set[int]] = {}  # first two kanji → lengths of such names
        self.closing: dict[str, set[int]] = {}  # last two kanji → lengths
        self.masked: dict[str, list[str]] = {}  # a name with '?' for one or two kanji
        for name in sorted(names):
            self.opening.setdefault(name[:2], set()).add(len(name))
            self.closing.setdefault(name[-2:], set()).add(len(name))
            for key in _masks(name, 0, len(name)):
                self.masked.setdefault(key, []).append(name)

    def __bool__(self) -> bool:
        return bool(self.names) or bool(self.heads)

    def slips(self, text: str) -> Iterator[Slip]:
        """Each organisation's name in ``text`` with a homophone slip inside."""
        if self.heads:
            yield from self._headed(text)
        for run in _KANJI_RUN.finditer(text):
            start, end = run.span()
            done = start
            for at in range(start, end - 1):
                slip = self._at(text, at, start, end)
                if slip is not None and slip.start >= done:
                    yield slip
                    done = slip.end

    def _headed(self, text: str) -> Iterator[Slip]:
        """Each name of a katakana or Latin head whose kanji after it are typed as others
        of their sound ('ミナセ総薬' for 'ミナセ創薬')."""
        for head in _HEAD_BEFORE_KANJI.finditer(text):
            tails = self.heads.get(head[0])
            if not tails:
                continue
            at = head.end()
            for tail in tails:
                written = text[at : at + len(tail)]
                if (
                    len(written) != len(tail)
                    or written == tail
                    or not _ALL_KANJI.fullmatch(written)
                ):
                    continue
                differ = [i for i, (a, b) in enumerate(zip(written, tail, strict=True)) if a != b]
                if differ[-1] - differ[0] > 1:
                    continue  # (one kanji, or two side by side)
                if _sound(written) == _sound(tail) and _sound(tail):
                    yield Slip(
                        head.start(),
                        at + len(tail),
                        text[head.start() : at + len(tail)],
                        (head[0] + tail,),
                    )
                    break

    def _at(self, text: str, at: int, start: int, end: int) -> Slip | None:
        pair = text[at : at + 2]
        # (where the window starts, its length, the part of it a slip may be in)
        windows = [(at, n, 2, n) for n in self.opening.get(pair, ())]
        windows += [(at + 2 - n, n, 0, n - 2) for n in self.closing.get(pair, ())]
        for begin, size, low, high in windows:
            if begin < start or begin + size > end:
                continue
            written = text[begin : begin + size]
            if written in self.names:
                continue
            for key in _masks(written, low, high):
                for name in self.masked.get(key, ()):
                    if _sound(written) == _sound(name) and _sound(name):
                        return Slip(begin, begin + size, written, (name,))
        return None


def _masks(word: str, low: int, high: int) -> Iterator[str]:
    """``word`` with one letter, or two side by side, as '?', inside ``[low, high)``."""
    for i in range(low, high):
        yield word[:i] + "?" + word[i + 1 :]
        if i + 1 < high:
            yield word[:i] + "??" + word[i + 2 :]


def _sound(kanji: str) -> str:
    from prlocalize.rules.kanji_names import reading

    return _LONG_VOWEL.sub(r"\1\2", reading(kanji))


_INDEXES: weakref.WeakKeyDictionary[Glossary, OrgHomophoneIndex] = weakref.WeakKeyDictionary()


def org_homophone_index(glossary: Glossary) -> OrgHomophoneIndex:
    """The index of ``glossary``'s organisations in kanji (made once per glossary; empty
    without the name readers, which give the readings)."""
    index = _INDEXES.get(glossary)
    if index is None:
        from prlocalize.glossary import readings

        names: set[str] = set()
        headed: set[str] = set()
        for entry in glossary if readings.available() else ():
            term = entry.term("ja")
            # (and a place's: an airport's or a station's long name, '成田国債空港')
            if entry.kind not in _KINDS or term is None:
                continue
            for form in (*term.accepted, *without_legal_form(term.accepted)):
                if len(form) >= MIN_NAME and _ALL_KANJI.fullmatch(form):
                    names.add(form)
                elif _HEADED.fullmatch(form):
                    headed.add(form)
        index = _INDEXES[glossary] = OrgHomophoneIndex(names, headed)
    return index
