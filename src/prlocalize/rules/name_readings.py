"""prlocalize.rules.name_readings
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary person's name in kanji printed with a reading the glossary's romanization
contradicts, for PR102: '天野 恵子（てんの けいこ）' or '<ruby>天海<rt>てんかい</rt></ruby>'
where the English form is 'Keiko Amano', 'Haruki Amami'. Japanese releases give the
reading of a name readers may not know (in brackets after it, or as ruby above it), and
a reading typed from the kanji's usual sound misnames the person to every reader who
relies on it, and to the press who copy it.

The reading is compared with the English form's parts by sound (:func:`japanese_key`:
'Ohno', 'Ono' and 'おおの' agree); since the glossary need not say which English part is
the family name, a reading agreeing with either part, or with both in either order, is
accepted. Only a name the English form gives in romaji is read: a Chinese name in
kanji ('王 建国', 'Wang Jianguo') is read the Japanese way ('おう けんこく'), a Korean
one has no kana reading of its English form. A bracket holds a reading only when it is
hiragana alone; a katakana bracket
after a name is as often a role ('（ヘッドコーチ）'). A reading is read kana by kana, as
Hepburn spells it: a morphological analyser reads 'はやみ' as the particle 'wa'.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from prlocalize.document import Segment, Span
from prlocalize.glossary.model import Glossary, Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.scripts import KATAKANA_TO_HIRAGANA

# a bracket of hiragana alone, right after a name: its reading; or a reading of two
# parts that a comma or a slash parts from more about the person, as an obituary or a
# personnel list gives it ('（かねもと しげる、元社長）', '（かとう・みきお／58歳）'), where
# one hiragana word before a comma is as often a word of the sentence ('（いずれも、…）')
_BRACKET_READING = lazy_compile(
    r"[（(]([\u3041-\u3096ー・ \u3000]{2,40})[）)]"
    r"|[（(]([\u3041-\u3096ー]{1,20}[・ \u3000][\u3041-\u3096ー・ \u3000]{1,20})[、，,／/；;]"
)
_RUBY = lazy_compile(r"<ruby\b[^>]{0,200}>(.{1,300}?)</ruby>", re.IGNORECASE | re.DOTALL)
_RUBY_TEXT = lazy_compile(r"<rt\b[^>]{0,200}>(.{0,300}?)</rt>", re.IGNORECASE | re.DOTALL)
_RUBY_PARENS = lazy_compile(r"<rp\b[^>]{0,200}>[^<]{0,20}</rp>", re.IGNORECASE)
_TAG = lazy_compile(r"<[^<>]{0,300}>")
_KANA = lazy_compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fcー・ \u3000]+")
_KANJI = lazy_compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]")
_LONGEST_BASE = 12  # characters of a name in kanji looked back for before a bracket


class ReadingSlip(NamedTuple):
    span: Span  # over the reading, in the document's text
    base: str  # '天野'
    reading: str  # 'てんの'
    wanted: str  # the glossary's English form: 'Keiko Amano'


class ReadingIndex:
    """Each way a glossary person's kanji name (or a part of it) is written, with the
    sounds a reading of it may have."""

    def __init__(self, glossary: Glossary) -> None:
        self.sounds: dict[str, tuple[frozenset[str], str]] = {}
        for entry in glossary.by_kind(Kind.PERSON):
            ja, en = entry.term("ja"), entry.term("en")
            if ja is None or en is None or not en.text.isascii():
                continue
            english = en.name_parts()
            if english is None or not all(map(_romanized, (english[0], english[2]))):
                continue  # a Chinese or Korean name in kanji: its reading is no romaji
            keys = _english_keys(english[0], english[2])
            for form in ja.accepted:
                parts = _kanji_parts(form)
                if parts is None:
                    continue
                family, given = parts
                for base in (family, given, family + given, form):
                    known, named = self.sounds.get(base, (frozenset(), en.text))
                    self.sounds[base] = (known | keys, named)  # two persons share a family

    def __bool__(self) -> bool:
        return bool(self.sounds)

    def bracket_slips(self, segment: Segment) -> Iterator[ReadingSlip]:
        """Readings in brackets after a name ('天野 恵子（てんの けいこ）') it cannot have."""
        text = segment.plain
        for found in _BRACKET_READING.finditer(text):
            base = self._base_before(text, found.start())
            if base is None:
                continue
            group = 1 if found.group(1) is not None else 2
            start, end = found.span(group)
            slip = self._judged(base, found.group(group), segment.source_span(start, end))
            if slip is not None:
                yield slip

    def ruby_slips(self, source: str, offset: int, block: int) -> Iterator[ReadingSlip]:
        """Ruby readings (``<ruby>天海<rt>てんかい</rt></ruby>``) that their name cannot
        have, in ``source``: the file's text from ``offset``, a block's from ``block`` on
        (a ruby that ends before it is another block's)."""
        for found in _RUBY.finditer(source):
            if offset + found.end(1) <= block:
                continue
            inner = _RUBY_PARENS.sub("", found.group(1))
            texts = list(_RUBY_TEXT.finditer(inner))
            if not texts:
                continue
            base = _TAG.sub("", _RUBY_TEXT.sub("", inner)).strip()
            reading = "".join(_TAG.sub("", t.group(1)) for t in texts).strip()  # Word: spans
            if base not in self.sounds or not _KANA.fullmatch(reading):
                continue
            span = Span(offset + found.start(1), offset + found.end(1))
            if len(texts) == 1:  # over the reading itself
                first = _RUBY_TEXT.search(source, found.start(1), found.end(1))
                if first is not None:
                    span = Span(offset + first.start(1), offset + first.end(1))
            slip = self._judged(base, reading, span)
            if slip is not None:
                yield slip

    def _base_before(self, text: str, at: int) -> str | None:
        """The longest glossary base the text ends with just before ``at``."""
        for length in range(min(_LONGEST_BASE, at), 0, -1):
            base = text[at - length : at]
            if base in self.sounds and not _KANJI.match(text[at - length - 1 : at - length]):
                return base
        return None

    def _judged(self, base: str, reading: str, span: Span) -> ReadingSlip | None:
        keys, wanted = self.sounds[base]
        sound = kana_key(reading)
        if not sound or sound in keys:
            return None
        return ReadingSlip(span, base, reading, wanted)


# a Japanese name in Hepburn romaji, or in its variants ('Ohno', 'Homma', 'Issei')
_ROMANIZED = lazy_compile(
    # each letter is read one way only (n and h alone only before no vowel), so that a
    # name that is no romaji fails at once
    r"(?:(?:ch|sh|ts|[bdfghjkmnprstwyz])y?[aeiou]|[aeiou]|n(?![aeiouy])|h(?![aeiouy])"
    r"|m(?=[bmp])|t(?=ch)|([kstpgbdz])(?=\1))+"
)


def _romanized(name: str) -> bool:
    """Whether ``name`` reads as a Japanese name in romaji: not 'Wang', 'Xi', 'Kim'."""
    bare = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c for c in bare if "a" <= c <= "z")
    return bool(letters) and _ROMANIZED.fullmatch(letters) is not None


def _english_keys(first: str, second: str) -> frozenset[str]:
    a, b = _sound(first), _sound(second)
    return frozenset({a, b, _sound(first + second), _sound(second + first)})


def _sound(romaji: str) -> str:
    """:func:`japanese_key` of a romanized name, its n before b, m or p written m as
    Hepburn does ('Homma', 'ほんま'); its voiced consonants kept, which tell Japanese
    names apart ('だいき', Daiki, is not 'たいき', Taiki)."""
    from prlocalize.glossary.readings import japanese_key

    return japanese_key(re.sub(r"n(?=[bmp])", "m", romaji.casefold()), voiced=True)


def _kanji_parts(form: str) -> tuple[str, str] | None:
    """(family, given) of a name in kanji written with a space between them."""
    parts = form.replace("\u3000", " ").split()
    if len(parts) != 2 or not all(_KANJI.match(part) for part in parts):
        return None
    return parts[0], parts[1]


@lru_cache(maxsize=4096)
def kana_key(kana: str) -> str:
    """The reading's sound, folded as names are (:func:`japanese_key`). Read kana by kana
    (a morphological analyser reads 'はやみ' as the particle 'wa' and 'やみ')."""
    return _sound(kana_romaji(kana))


def kana_romaji(kana: str) -> str:
    """Hepburn romaji of a reading in hiragana or katakana ('はやみ' → 'hayami')."""
    text = "".join(c for c in kana if c not in "・ \u3000").translate(KATAKANA_TO_HIRAGANA)
    out: list[str] = []
    double = False  # a small tsu: the next consonant is doubled
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in _DIGRAPHS:
            romaji, i = _DIGRAPHS[pair], i + 2
        elif text[i] == "っ":
            double, i = True, i + 1
            continue
        elif text[i] == "ー":
            romaji, i = (out[-1][-1] if out else ""), i + 1
        else:
            romaji, i = _ROMAJI.get(text[i], ""), i + 1
        if double and romaji:
            romaji = romaji[0] + romaji
        double = False
        out.append(romaji)
    return "".join(out)


_ROMAJI_OF_KANA = (
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu "
    "he ho ma mi mu me mo ya yu yo ra ri ru re ro wa i e o n ga gi gu ge go za ji zu ze "
    "zo da ji zu de do ba bi bu be bo pa pi pu pe po a i u e o ya yu yo vu"
)
_ROMAJI = dict(
    zip(
        "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよ"
        "らりるれろわゐゑをんがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゃゅょゔ",
        _ROMAJI_OF_KANA.split(),
        strict=True,
    )
)
_DIGRAPHS = {  # kya, sha, cha, ja: no y after sh, ch and j
    base + small: _ROMAJI[base][:-1] + (vowel if base in "しちじぢ" else "y" + vowel)
    for base in "きしちにひみりぎじぢびぴ"
    for small, vowel in (("ゃ", "a"), ("ゅ", "u"), ("ょ", "o"))
}


_INDEXES: weakref.WeakKeyDictionary[Glossary, ReadingIndex] = weakref.WeakKeyDictionary()


def reading_index(glossary: Glossary) -> ReadingIndex | None:
    """The index of ``glossary``'s persons in kanji (made once per glossary); None when
    it has none."""
    index = _INDEXES.get(glossary)
    if index is None:
        index = _INDEXES[glossary] = ReadingIndex(glossary)
    return index if index else None
