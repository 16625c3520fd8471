"""prlocalize.rules.kanji_variants
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A Japanese name written with another form of one of its kanji (for PR102): '高橋 一郎'
for the glossary's '髙橋 一郎', '山崎' for '山﨑', '渡辺' for '渡邉', '斎藤' for '齋藤', or
the other way round. Many people and companies are registered with an old or variant
form (異体字) and expect it in print; an input method offers the common form first, so
a release slips to it, and the glossary's checks, which compare letters, pass it by.

A name is found by folding each variant to its common form in the glossary and in the
text alike (one letter for one, so positions are kept); it is reported where the text
differs from every form the glossary accepts and the name stands as a word: the letter
after it is no kanji, or begins a title, honorific or role ('高橋一郎社長', '高橋一郎氏',
'高橋一郎選手').
A person's family name alone is judged so too where a title or an honorific follows it
('渡辺常務', '西澤さん') and the release names the person in full as the glossary does:
a second mention is typed by family name.
Only names (people, organisations, places, brands) and titles are looked at, and only
a form of two letters or more with a kanji in it. A title is written in today's
kanji, so only a variant typed into it is a slip ('舘長' for '館長'). A simplified
Chinese form ('福冈', '东京') counts as a variant of the Japanese one.
"""

from __future__ import annotations

import unicodedata
import weakref
from collections.abc import Iterator

from prlocalize.glossary.model import Glossary, Kind
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import JA_TITLES_AFTER_NAME, Slip

# old and variant forms used in names → the form an input method gives first
_VARIANTS = {
    "髙": "高", "﨑": "崎", "嵜": "崎", "邊": "辺", "邉": "辺", "齋": "斎", "齊": "斉",
    "澤": "沢", "濱": "浜", "濵": "浜", "廣": "広", "德": "徳", "櫻": "桜", "國": "国",
    "會": "会", "學": "学", "實": "実", "眞": "真", "惠": "恵", "榮": "栄", "壽": "寿",
    "藏": "蔵", "嶋": "島", "嶌": "島", "冨": "富", "栁": "柳", "槇": "槙", "桒": "桑",
    "靜": "静", "淸": "清", "瀨": "瀬", "黑": "黒", "圓": "円", "萬": "万",
    "彌": "弥", "條": "条", "峯": "峰", "舘": "館", "亞": "亜", "兒": "児", "禮": "礼",
    "傳": "伝", "團": "団", "賴": "頼", "𠮷": "吉", "曻": "昇", "龍": "竜", "驒": "騨",
    "莊": "荘", "舩": "船", "曾": "曽", "崗": "岡",
}  # fmt: skip
# and the simplified Chinese forms that a Chinese input method, or a name copied from a
# Chinese release, puts into Japanese text ('福冈' for '福岡', '东京' for '東京'): none of
# them is in JIS X 0208 (cp932 cannot encode it), so none is a Japanese name's own form
_SIMPLIFIED = (
    "冈泽边滨东长齐岛关门马桥龙阳丰乡县铁银电业产华发开间纪绘树义宫荣实贺伟刚爱丽庆辉"
    "韩汉乐乔兴厅仓罗圣动车织卫兰红绿张刘陈杨赵吴冯郑孙胜达远顺贵优宁泷岚枫凤风雾园顾"
    "纲统经营际设证讯"
)
_JAPANESE = (
    "岡沢辺浜東長斉島関門馬橋竜陽豊郷県鉄銀電業産華発開間紀絵樹義宮栄実賀偉剛愛麗慶輝"
    "韓漢楽喬興庁倉羅聖動車織衛蘭紅緑張劉陳楊趙呉馮鄭孫勝達遠順貴優寧滝嵐楓鳳風霧園顧"
    "綱統経営際設証訊"
)
_VARIANTS.update(zip(_SIMPLIFIED, _JAPANESE, strict=True))
# and the compatibility ideographs a font or an old system writes for a unified one
# ('塚' U+FA10 for '塚'): NFC knows them
_VARIANTS.update(
    {
        ch: unicodedata.normalize("NFC", ch)
        for ch in map(chr, range(0xF900, 0xFB00))
        if len(unicodedata.normalize("NFC", ch)) == 1 and unicodedata.normalize("NFC", ch) != ch
    }
)
_FOLD = str.maketrans(_VARIANTS)
_ANY_VARIANT = lazy_compile("[" + "".join(sorted(_VARIANTS)) + "]")
_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f々〆ヶ"
_IS_KANJI = lazy_compile(f"[{_KANJI}]")
_NAME_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.PLACE, Kind.BRAND})
# what may follow a name in the same run of kanji: a title or an honorific
_AFTER = lazy_compile(f"[ \u3000]?(?:{JA_TITLES_AFTER_NAME}|兼)")
# what follows a family name alone: a title or an honorific, 'さん' too
_FAMILY_AFTER = lazy_compile(f"[ \u3000]?(?:{JA_TITLES_AFTER_NAME}|さん)")
# what may stand before one in the same run: a title ('代表取締役社長髙橋一郎')
_BEFORE = lazy_compile(
    r"(?:社長|会長|代表|取締役|専務|常務|部長|所長|室長|局長|理事長|大臣|長官|知事|市長)$"
)


def fold(text: str) -> str:
    """``text`` with each variant kanji as its common form (the same length)."""
    return text.translate(_FOLD)


class VariantIndex:
    """The glossary's Japanese names, by their folded form."""

    def __init__(
        self,
        by_key: dict[str, set[str]],
        accepted: set[str],
        varied: set[str],
        titles: frozenset[str] = frozenset(),
        families: dict[str, set[str]] | None = None,
        full_names: dict[str, set[str]] | None = None,
    ):
        self.by_key = by_key  # folded, spaces removed → the accepted forms
        # a person's family name, folded → its accepted forms and the person's full names
        self.families = families or {}
        self.full_names = full_names or {}
        self.family_keys = sorted(self.families, key=lambda key: (-len(key), key))
        self.varied_families = [key for key in self.family_keys if self.families[key] != {key}]
        self.titles = titles  # the accepted forms of titles
        self.accepted = accepted  # every accepted form, spaces removed
        # the longest name first (then in a fixed order, whatever the hash seed)
        self.varied = sorted(varied, key=lambda key: (-len(key), key))  # with a variant
        self.every = sorted(by_key, key=lambda key: (-len(key), key))

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def is_title(self, forms: tuple[str, ...]) -> bool:
        """Whether ``forms`` (a slip's approved forms) are a title's."""
        return all(form in self.titles for form in forms)

    def slips(self, text: str) -> Iterator[Slip]:
        """Each name of ``text`` that is a glossary name with another form of a kanji."""
        keys = self.varied
        if _ANY_VARIANT.search(text) is not None:
            keys = self.every  # the text writes a variant: any name may be it
        if not keys:
            return
        folded = fold(text)
        found: list[Slip] = []
        for key in keys:
            for start, end in _occurrences(folded, key):
                if any(start < slip.end and slip.start < end for slip in found):
                    continue
                written = text[start:end]
                if _unspaced(written) in self.accepted or not _stands_alone(text, start, end):
                    continue
                found.append(Slip(start, end, written, tuple(sorted(self.by_key[key]))))
        yield from sorted(found, key=lambda slip: slip.start)

    def family_slips(self, text: str, release: str) -> Iterator[Slip]:
        """Each family name of a glossary person written alone with another form of a
        kanji, a title or an honorific right after it ('渡辺社長は', '西澤さん' for '渡邉',
        '西沢'), where ``release`` names the person in full as the glossary does: a
        second mention is typed by family name, and the input method offers the common
        form first."""
        keys = self.varied_families
        if _ANY_VARIANT.search(text) is not None:
            keys = self.family_keys
        if not keys:
            return
        folded = fold(text)
        for key in keys:
            at = folded.find(key)
            while at != -1:
                start, end = at, at + len(key)
                at = folded.find(key, at + 1)
                written = text[start:end]
                if written in self.families[key] or _FAMILY_AFTER.match(text, end) is None:
                    continue
                if start and _IS_KANJI.match(text[start - 1]):
                    continue  # inside a longer word, or a full name's given name before
                if not any(full in release for full in self.full_names[key]):
                    continue  # the person is not named in full: may be another
                yield Slip(start, end, written, tuple(sorted(self.families[key])))


def _occurrences(folded: str, key: str) -> Iterator[tuple[int, int]]:
    """Spans of ``folded`` that spell ``key`` (an unspaced name) with or without one
    space between its letters ('高橋一郎', '高橋 一郎')."""
    first = key[0]
    at = folded.find(first)
    while at != -1:
        i, j = at, 0
        spaced = False
        while j < len(key) and i < len(folded):
            if folded[i] == key[j]:
                i, j = i + 1, j + 1
            elif folded[i] in " \u3000" and j > 0 and not spaced:
                i, spaced = i + 1, True
            else:
                break
        if j == len(key):
            yield at, i
        at = folded.find(first, at + 1)


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    in_word = before and _IS_KANJI.match(before) is not None
    if in_word and _BEFORE.search(text[max(0, start - 6) : start]) is None:
        return False  # inside a longer word, after no title
    after = text[end : end + 1]
    return not (after and _IS_KANJI.match(after)) or _AFTER.match(text, end) is not None


def _unspaced(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "")


_INDEXES: weakref.WeakKeyDictionary[Glossary, VariantIndex] = weakref.WeakKeyDictionary()


def kanji_variant_index(glossary: Glossary) -> VariantIndex:
    """The index of ``glossary``'s Japanese names (made once per glossary)."""
    index = _INDEXES.get(glossary)
    if index is None:
        by_key: dict[str, set[str]] = {}
        accepted: set[str] = set()
        varied: set[str] = set()
        titles: set[str] = set()
        families: dict[str, set[str]] = {}
        full_names: dict[str, set[str]] = {}
        for entry in glossary:
            term = entry.term("ja")
            if term is None or entry.kind not in _NAME_KINDS | {Kind.TITLE}:
                continue
            parts = term.name_parts() if entry.kind is Kind.PERSON else None
            family = term.name.family if term.name is not None else parts[0] if parts else ""
            if len(family) >= 2 and _IS_KANJI.fullmatch(family[0]):
                families.setdefault(fold(family), set()).add(family)
                for form in term.accepted:  # as a release writes it, spaced or not
                    full_names.setdefault(fold(family), set()).update({form, _unspaced(form)})
            if entry.kind is Kind.TITLE:
                titles.update(term.accepted)
            for form in term.accepted:
                bare = _unspaced(form)
                accepted.add(bare)
                if len(bare) < 2 or _IS_KANJI.search(bare) is None:
                    continue
                key = fold(bare)
                if key != bare and entry.kind is Kind.TITLE:
                    continue  # a title in old kanji: the sheet's own style, not compared
                by_key.setdefault(key, set()).add(form)
                if key != bare:
                    varied.add(key)
        index = _INDEXES[glossary] = VariantIndex(
            by_key, accepted, varied, frozenset(titles), families, full_names
        )
    return index
