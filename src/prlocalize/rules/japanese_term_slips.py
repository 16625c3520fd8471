"""prlocalize.rules.japanese_term_slips
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A glossary term written in Japanese with one letter slipped (for PR102), where the
Latin near-miss lookups see nothing (Japanese has no spaces to cut words at):

- a katakana word of an organisation, brand, place, title or term with one kana changed
  ('星空システムス' for '星空システムズ', 'ネビユラデスク' for 'ネビュラデスク', 'シスデムズ'),
  as an input method slips: a voiced mark dropped or added, a small kana typed large, a
  neighbouring kana. A word of four or five kana is judged only for the first two kinds,
  where a changed kana makes no other word ('サンライト' is not 'サンライズ' mistyped);
- a title of five letters or more with a kanji inside it changed to one that no title
  has ('最高経営貴任者' for '最高経営責任者'; not '代表取締役会長' for '代表取締役社長', which
  is another title);
- a title of five letters or more with its last kanji changed ('最高財務責任社' for
  '最高財務責任者', an input method's homophone), where the word ends there (no kanji
  follows but 兼, 'and', before a second title, or the second title itself:
  '製造産業局次長' is another title, and '最高財務責任社兼財務本部長' and '代表取締約社長'
  the slips) and no kanji of the title heads an
  organisation or place: a title made of a bureau and 長 ('製造産業局長', '観光庁長官')
  is the bureau before another word ('製造産業局内', '観光庁長期ビジョン'), as a ministry
  is before 相 or 省. A kanji that joins a title to the next one ('執行役兼CFO') or
  stands for 'and others' is no slip;
- a title with its first kanji typed as another of its reading ('準教授' for '准教授',
  '鑑督' for '監督', '台表取締役' for '代表取締役'), from a short table of the kanji that
  begin titles and their homophones that make no word of it, where the title is a word of
  its own: no kanji runs into it (but a glossary person's name or an organisation's last
  kanji: '山田太郎鑑督') and none goes on after it ('標準教授法' is another word);
- an organisation's name of four letters or more with its last kanji typed as another of
  its reading ('量子生命科学研究書' for '量子生命科学研究所', '日本電池安全協界' for
  '日本電池安全協会'), from a short table of the kanji that end such names and their
  homophones that make no other word of it (not '研究員', '工業界'), where the word ends
  there; a department of three ending in 室 too ('広報質' for '広報室'); so is an award's
  or a festival's name (an organisation or a term) ending in 賞 or 祭 ('金鶴大賞' typed
  '金鶴大章', '海苑国際映画際' for '海苑国際映画祭'; a festival's of three letters too,
  '音楽際', not an award's: '記念章' and '学生証' are words), and a law's (a term) ending
  in 法 typed 方 or 報 ('電気通信事業方' for '電気通信事業法').

The katakana word must be a whole run of katakana in the text, and what the form has
around it (the '星空' of '星空システムズ株式会社') must stand around it: a word of the
glossary's own (any kind, persons too) is never a slip, nor is a letter of a glossary
match. Persons are left to the name readers (``kanji_names``, ``name_slips``).
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from prlocalize.glossary.model import Glossary, Kind, without_legal_form
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.kanji_names import JA_TITLES_AFTER_NAME, Slip

_KINDS = frozenset({Kind.ORG, Kind.BRAND, Kind.PLACE, Kind.TITLE, Kind.TERM})
_KATAKANA_RUN = lazy_compile("[\u30a1-\u30fa\u30fc]+")
# katakana words set apart by a space, a middle dot or an equals sign ('ホシアーム ミニ',
# 'ネビュラ・デスク'), or by nothing: a name's words as a release may separate them
_SEPARATORS = " \u3000\u30fb\uff65=\uff1d"
_KATAKANA_WORDS = lazy_compile(f"[\u30a1-\u30fa\u30fc]+(?:[{_SEPARATORS}][\u30a1-\u30fa\u30fc]+)*")
_SEPARATOR = lazy_compile(f"[{_SEPARATORS}]")
_KANJI = lazy_compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_KANJI_RUN = lazy_compile("[\u3400-\u4dbf\u4e00-\u9fff]+")
MIN_KANA = 4  # kana of a word judged at all
# kana of a shorter word judged beside the rest of its name ('リーク' in 'パシフィック・
# クラッシュ・リーク'), where that rest has MIN_KANA letters or more
MIN_KANA_IN_NAME = 2
MIN_ANY_KANA = 6  # kana of a word in which any kana may be the slipped one
# a name in hiragana quoted whole, as Japanese writes a train's, a ship's or a product's
# name ('特急「しおかぜ」'): the brackets say it is the name, so one kana of it with its voiced
# mark dropped or added, or typed small or large ('「しおかせ」'), is the name misspelt
_QUOTED_HIRAGANA = lazy_compile("[「『]([\u3041-\u3096\u30fc]{3,})[」』]")
MIN_QUOTED_KANA = 3
MIN_TITLE = 5  # letters of a title in which a kanji may be the slipped one
# the last kanji of a Japanese organisation or place ('経済産業省', '製造産業局', '横浜市'):
# after one of them a title's last kanji may be another word ('局内', '局員', '市庁')
_ORG_HEADS = frozenset("省庁局部課室係所院会社団校館署県府都道市区町村郡班店園")
# kanji that follow a title's stem as words of their own: 'and' ('執行役兼CFO'), 'and
# others', 'inside', 'after', honorifics
_AFTER_TITLE_STEM = frozenset("兼等内外中後前様殿氏宛各及並他")
# kanji that join two titles of one person ('最高財務責任者兼財務本部長'): a title ends
# before them as before a letter of another script
_TITLE_JOINERS = frozenset("兼")
# the endings of Japanese organisations' names and the kanji of the same reading an
# input method offers for their last one ('研究所' typed '研究書', '協会' typed '協界'):
# none makes the name another word ('研究員', '研究者', '工業界', '学界', '環境賞', a
# town's '町' are left out on purpose, so is '界' after any other kanji than these)
_ORG_END_HOMOPHONES: dict[str, str] = {
    "所": "書署処諸",
    "会": "回海解階",
    "協会": "界",
    "議会": "界",
    "員会": "界",
    "院": "因印",
    "省": "証章",
    "局": "曲極",
    "団": "段談",
    "学": "楽",
    "構": "講",
    "庁": "帳",
    "館": "感",
    "室": "質",  # a laboratory ('森川研究室' typed '森川研究質')
    # a builder ('桐山建設' typed '桐山建説'): 建説 and 建接 are no words
    "建設": "説接",
}
# the endings of awards' and festivals' names (a glossary organisation's or term's) and
# the kanji of their reading an input method offers ('金鶴賞' typed '金鶴章', '映画祭'
# typed '映画際'); '展' is left out ('店' after a name is a shop)
_EVENT_END_HOMOPHONES: dict[str, str] = {
    "賞": "章証償",
    "祭": "際済",
}
# the ending of a law's name (a glossary term's) and the kanji of its reading an input
# method offers ('電気通信事業法' typed '電気通信事業方' or '…事業報'); no law's stem of
# three kanji or more makes another word with them
_LAW_END_HOMOPHONES: dict[str, str] = {"法": "方報"}
MIN_ORG = 4  # letters of an organisation's name whose last kanji may be the slipped one
# a department or office of three letters ('広報室', '秘書室') is judged too: after a stem of
# two kanji, 質 (of 室's reading) makes no other name ('研究書' is a word, so 所 is not here),
# nor do 際 and 済 after a festival's ('音楽際'); a short award's may ('記念章', '学生証')
_SHORT_ORG_ENDINGS = frozenset("室祭")
# the first kanji of a title and the kanji of the same reading an input method offers for
# it ('准教授' typed '準教授', '監督' typed '鑑督', '代表取締役' typed '台表取締役'), chosen
# so that the title's first letter changed makes no word ('部長' typed '分長' would be
# '十分長い', '課長' typed '家長' a word, '市長' typed '氏長' the '氏' after a name before
# '長らく': none is here)
_TITLE_HEAD_HOMOPHONES: dict[str, str] = {
    "准": "準純",
    "監": "鑑観勘",
    "専": "先",
    "常": "情城",
    "執": "室質",
    "総": "早綜",
    "副": "複福",
    "代": "台",
    "会": "回",
    "理": "利",
    "顧": "個",
    "社": "者",
    "教": "強協",
    "知": "地",
    "議": "義",
    "薬": "約",
    "強": "協",
}
# small kana and their full-size forms ('ュ' typed 'ユ')
_SMALL = str.maketrans(
    "ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ", "アイウエオツヤユヨワカケあいうえおつやゆよわ"
)


def _base(kana: str) -> str:
    """A kana without its voiced or semi-voiced mark and full-size ('ズ', 'ス' → 'ス')."""
    bare = unicodedata.normalize("NFD", kana)[0]
    return bare.translate(_SMALL)


def _typed_alike(a: str, b: str) -> bool:
    """Whether kana ``a`` and ``b`` differ by a voiced mark or by size alone."""
    return a != b and _base(a) == _base(b)


@dataclass(frozen=True, slots=True)
class _Form:
    form: str  # the glossary's form (legal form dropped or not)
    before: str  # what stands before the katakana word in it
    word: str
    after: str


class JapaneseTermSlipIndex:
    """The katakana words and titles of a glossary's Japanese terms (not persons)."""

    def __init__(
        self,
        words: dict[str, list[_Form]],
        known: frozenset[str],
        titles: list[str],
        title_letters: frozenset[str],
        squeezed: dict[str, tuple[str, ...]],
        every: frozenset[str],
        heads: frozenset[str] = _ORG_HEADS,
        org_stems: dict[str, list[str]] | None = None,
        head_slips: dict[str, str] | None = None,
        names: tuple[str, ...] = (),
        next_titles: tuple[str, ...] = (),
        hiragana: dict[str, list[str]] | None = None,
    ) -> None:
        # a name of hiragana with one kana as '?' → the names ('しお?ぜ' → ['しおかぜ'])
        self.hiragana = hiragana or {}
        self.words = words  # a katakana word with one kana as '?' → the forms it is in
        # a name of katakana words without its separators → the forms that write it
        self.squeezed = squeezed
        self.every = every  # every accepted form of the glossary, as written
        self.known = known  # every katakana word of the glossary, persons' too
        self.opening: dict[str, list[str]] = {}  # a title's first two letters → titles
        self.closing: dict[str, list[str]] = {}  # its last two → titles
        for title in titles:
            self.opening.setdefault(title[:2], []).append(title)
            self.closing.setdefault(title[-2:], []).append(title)
        self.title_letters = title_letters  # every kanji a title has
        self.heads = heads  # kanji that end an organisation's or a place's name
        # a kanji of the same reading as an organisation's last one → the names it
        # would end ('書' → ['量子生命科学研究所']); found where that kanji stands
        self.org_stems = org_stems or {}
        self.org_endings = re.compile(f"[{''.join(self.org_stems)}]") if self.org_stems else None
        # a title with its first kanji typed as another of its reading → the title
        self.head_slips = head_slips or {}
        self.head_slip = (
            re.compile("|".join(map(re.escape, sorted(self.head_slips, key=len, reverse=True))))
            if self.head_slips
            else None
        )
        self.names = names  # the glossary's persons in Japanese, spaced and unspaced
        # titles of two letters or more that may follow a title ('代表取締役社長')
        self.next_title = (
            re.compile("|".join(map(re.escape, sorted(next_titles, key=len, reverse=True))))
            if next_titles
            else None
        )
        # where a title's first two or last two letters stand (overlapping: a look-ahead)
        pairs = sorted({*self.opening, *self.closing})
        self.pairs = re.compile("(?=(" + "|".join(map(re.escape, pairs)) + "))") if pairs else None

    def __bool__(self) -> bool:
        return bool(
            self.words
            or self.opening
            or self.squeezed
            or self.org_stems
            or self.head_slips
            or self.hiragana
        )

    def separated(self, text: str) -> Iterator[Slip]:
        """Names of ``text`` in katakana words set apart otherwise than the glossary sets
        them ('ホシアームミニ' or 'ホシアーム・ミニ' for 'ホシアーム ミニ')."""
        if not self.squeezed:
            return
        for run in _KATAKANA_WORDS.finditer(text):
            written = run.group()
            forms = self.squeezed.get(_SEPARATOR.sub("", written))
            if forms and written not in self.every:
                yield Slip(run.start(), run.end(), written, forms)

    def slips(self, text: str) -> Iterator[Slip]:
        """The slipped katakana words and titles of ``text``, in text order."""
        found = [
            *self._katakana(text),
            *self._titles(text),
            *self._org_endings(text),
            *self._title_heads(text),
            *self._quoted_hiragana(text),
        ]
        found.sort(key=lambda slip: (slip.start, -slip.end))
        last = -1
        for slip in found:
            if slip.start >= last:
                last = slip.end
                yield slip

    def _katakana(self, text: str) -> Iterator[Slip]:
        if not self.words:
            return
        for run in _KATAKANA_RUN.finditer(text):
            word = run.group()
            if len(word) < MIN_KANA_IN_NAME or word in self.known:
                continue  # (a shorter word than MIN_KANA has forms only within a name)
            approved: dict[str, tuple[int, int]] = {}
            for i in range(len(word)):
                for form in self.words.get(word[:i] + "?" + word[i + 1 :], ()):
                    wanted = form.word[i]
                    if len(word) < MIN_ANY_KANA and not _typed_alike(word[i], wanted):
                        continue
                    start, end = run.start() - len(form.before), run.end() + len(form.after)
                    if start < 0 or text[start : run.start()] != form.before:
                        continue
                    if text[run.end() : end] != form.after:
                        continue
                    approved.setdefault(form.form, (start, end))
            if approved:
                spans = set(approved.values())
                start, end = min(spans, key=lambda span: (span[0], -span[1]))
                forms = tuple(sorted(f for f, span in approved.items() if span == (start, end)))
                yield Slip(start, end, text[start:end], forms)

    def dropped_endings(self, text: str) -> Iterator[Slip]:
        """Names of ``text`` whose katakana word lost its last kana ('MHパワーソリューション'
        for 'MHパワーソリューションズ'), where letters of another kind open the name
        (katakana alone may be the common word: 'ソリューション') and the kana is no long
        mark (a final 'ー' is a house style: 'コンピュータ'). Another company's name may be
        so ('…システム' beside '…システムズ'): the caller asks the release to write the
        name right too."""
        if not self.words:
            return
        for run in _KATAKANA_RUN.finditer(text):
            word = run.group()
            if len(word) + 1 < MIN_ANY_KANA or word in self.known:
                continue
            for form in self.words.get(word + "?", ()):
                if not form.before.strip() or form.word[-1] == "ー":
                    continue
                start, end = run.start() - len(form.before), run.end() + len(form.after)
                if start < 0 or text[start : run.start()] != form.before:
                    continue
                if text[run.end() : end] == form.after:
                    yield Slip(start, end, text[start:end], (form.form,))
                    break

    def _quoted_hiragana(self, text: str) -> Iterator[Slip]:
        """Names in hiragana quoted whole with one kana's voiced mark or size slipped
        ('「しおかせ」' for the glossary's 'しおかぜ')."""
        if not self.hiragana or ("「" not in text and "『" not in text):
            return
        for quoted in _QUOTED_HIRAGANA.finditer(text):
            word = quoted[1]
            if word in self.every:
                continue
            forms = {
                form
                for i in range(len(word))
                for form in self.hiragana.get(word[:i] + "?" + word[i + 1 :], ())
                if _typed_alike(word[i], form[i])
            }
            if forms:
                yield Slip(quoted.start(1), quoted.end(1), word, tuple(sorted(forms)))

    def _titles(self, text: str) -> Iterator[Slip]:
        if self.pairs is None:
            return
        for found in self.pairs.finditer(text):
            at, pair = found.start(), found.group(1)
            # a kanji changed inside a title keeps its first two letters or its last two
            for form in self.opening.get(pair, ()):
                window = text[at : at + len(form)]
                end = at + len(form)
                if self._slipped_title(window, form) or self._slipped_ending(
                    window, form, text[end : end + 1], self._title_at(text, end)
                ):
                    yield Slip(at, at + len(form), window, (form,))
            for form in self.closing.get(pair, ()):
                start = at + 2 - len(form)
                if start >= 0 and self._slipped_title(text[start : at + 2], form):
                    yield Slip(start, at + 2, text[start : at + 2], (form,))

    def _org_endings(self, text: str) -> Iterator[Slip]:
        """Organisations' names with their last kanji typed as another of its reading
        ('量子生命科学研究書の' for '量子生命科学研究所'), where the word ends there."""
        if self.org_endings is None:
            return
        for found in self.org_endings.finditer(text):
            at = found.start()
            after = text[at + 1 : at + 2]
            if _KANJI.match(after) and after not in _TITLE_JOINERS:
                continue  # the name goes on into a longer word
            for form in self.org_stems[found.group()]:
                start = at + 1 - len(form)
                if start >= 0 and text.startswith(form[:-1], start):
                    yield Slip(start, at + 1, text[start : at + 1], (form,))
                    break

    def _title_heads(self, text: str) -> Iterator[Slip]:
        """Titles with their first kanji typed as another of its reading ('準教授',
        '鑑督 小木曽'), where the title is a word of its own: no kanji runs into it but a
        name's or an organisation's last, and none goes on after it but 兼 ('and')."""
        if self.head_slip is None:
            return
        for found in self.head_slip.finditer(text):
            start, end = found.span()
            after = text[end : end + 1]
            if _KANJI.match(after) and after not in _TITLE_JOINERS:
                continue  # '十分長い', '土地事業': another word
            before = text[start - 1 : start]
            if before.isdigit():
                continue  # '1回長い': a counter's kanji
            if _KANJI.match(before) and not (
                before in self.heads or any(text.endswith(n, 0, start) for n in self.names)
            ):
                continue  # '標準教授法': the slipped letter ends another word
            yield Slip(start, end, found.group(), (self.head_slips[found.group()],))

    def _slipped_title(self, window: str, form: str) -> bool:
        if len(window) != len(form):
            return False
        differ = [i for i, (a, b) in enumerate(zip(window, form, strict=True)) if a != b]
        if len(differ) != 1 or not 0 < differ[0] < len(form) - 1:
            return False
        letter = window[differ[0]]
        return _KANJI.match(letter) is not None and letter not in self.title_letters

    def _title_at(self, text: str, at: int) -> bool:
        """Whether a second title starts at ``at`` ('社長' after '代表取締約'), not with
        the letter before it ('常務執行役副社長' is '常務執行役' and '副社長')."""
        if self.next_title is None or self.next_title.match(text, at) is None:
            return False
        return self.next_title.match(text, at - 1) is None

    def _slipped_ending(self, window: str, form: str, after: str, title_after: bool) -> bool:
        """Whether ``window`` is title ``form`` with its last kanji changed where no word
        can end there ('最高財務責任社'), ``after`` being the letter that follows it and
        ``title_after`` whether a second title starts there ('代表取締約社長')."""
        if len(window) != len(form) or window[:-1] != form[:-1] or window == form:
            return False
        letter = window[-1]
        return (
            _KANJI.match(letter) is not None
            and _KANJI.match(form[-1]) is not None
            and self.heads.isdisjoint(form[:-1])
            and letter not in _AFTER_TITLE_STEM
            and (not _KANJI.match(after) or after in _TITLE_JOINERS or title_after)
            and window not in self.every
        )


_INDEXES: weakref.WeakKeyDictionary[Glossary, JapaneseTermSlipIndex] = weakref.WeakKeyDictionary()


def japanese_term_slip_index(glossary: Glossary) -> JapaneseTermSlipIndex:
    """The index of ``glossary``'s Japanese terms (made once per glossary)."""
    index = _INDEXES.get(glossary)
    if index is not None:
        return index
    words: dict[str, list[_Form]] = {}
    known: set[str] = set()
    squeezed: dict[str, set[str]] = {}
    every: set[str] = set()
    titles: set[str] = set()
    title_letters = set(_KANJI.findall(JA_TITLES_AFTER_NAME))
    heads = set(_ORG_HEADS)
    org_stems: dict[str, set[str]] = {}
    head_titles: set[str] = {t for t in JA_TITLES_AFTER_NAME.split("|") if len(t) > 1}
    names: set[str] = set()
    hiragana: dict[str, list[str]] = {}
    for entry in glossary:
        term = entry.term("ja")
        if term is None:
            continue
        if entry.kind is Kind.PERSON:
            names.update(form for f in term.accepted for form in (f, f.replace(" ", "")))
        for form in (*term.accepted, *term.forbidden):
            known.update(_KATAKANA_RUN.findall(form))
        every.update(term.accepted)
        if entry.kind is Kind.TITLE:
            for form in term.accepted:
                title_letters.update(_KANJI.findall(form))
                if len(form) >= MIN_TITLE and _KANJI.search(form) and " " not in form:
                    titles.add(form)
                elif " " in form or "\u3000" in form:
                    # a title with its English one beside it ('代表取締役社長 CEO'): its
                    # kanji are a title of their own
                    titles.update(r for r in _KANJI_RUN.findall(form) if len(r) >= MIN_TITLE)
                if len(form) > 1 and _KANJI.match(form[0]) and _KANJI.match(form[1]):
                    head_titles.add(form)
        if entry.kind in (Kind.ORG, Kind.PLACE):
            heads.update(form[-1] for form in term.accepted if _KANJI.match(form[-1]))
        if entry.kind in (Kind.ORG, Kind.TERM):
            endings = {**_ORG_END_HOMOPHONES} if entry.kind is Kind.ORG else {**_LAW_END_HOMOPHONES}
            endings.update(_EVENT_END_HOMOPHONES)
            for form in dict.fromkeys((*term.accepted, *without_legal_form(term.accepted))):
                shortest = MIN_ORG - (form[-1] in _SHORT_ORG_ENDINGS)
                if len(form) < shortest or not _KANJI.match(form[-2]):
                    continue
                for ending, homophones in endings.items():
                    if form.endswith(ending):
                        for kanji in homophones:
                            org_stems.setdefault(kanji, set()).add(form)
        if entry.kind not in _KINDS:
            continue
        for form in term.accepted:
            if len(form) >= MIN_QUOTED_KANA and _QUOTED_HIRAGANA.fullmatch(f"「{form}」"):
                for i in range(len(form)):
                    hiragana.setdefault(form[:i] + "?" + form[i + 1 :], []).append(form)
        for form in term.accepted:
            key = _SEPARATOR.sub("", form)
            if _KATAKANA_WORDS.fullmatch(form) and len(key) >= MIN_KANA:
                squeezed.setdefault(key, set()).add(form)
        for form in dict.fromkeys((*term.accepted, *without_legal_form(term.accepted))):
            for run in _KATAKANA_RUN.finditer(form):
                word = run.group()
                rest = _SEPARATOR.sub("", form[: run.start()] + form[run.end() :])
                if len(word) < MIN_KANA and (len(word) < MIN_KANA_IN_NAME or len(rest) < MIN_KANA):
                    continue
                place = _Form(form, form[: run.start()], word, form[run.end() :])
                for i in range(len(word)):
                    words.setdefault(word[:i] + "?" + word[i + 1 :], []).append(place)
    index = JapaneseTermSlipIndex(
        words,
        frozenset(known),
        sorted(titles),
        frozenset(title_letters),
        {key: tuple(sorted(forms)) for key, forms in squeezed.items()},
        frozenset(every),
        frozenset(heads),
        {kanji: sorted(forms, key=len, reverse=True) for kanji, forms in org_stems.items()},
        _head_slips(head_titles, every),
        tuple(sorted(names)),
        tuple(sorted({t for t in head_titles if len(t) > 1})),
        hiragana,
    )
    _INDEXES[glossary] = index
    return index


def _head_slips(titles: set[str], every: set[str]) -> dict[str, str]:
    """Each title with its first kanji typed as another of its reading → the title (not
    where that makes a glossary form or another title)."""
    slips: dict[str, str] = {}
    for title in sorted(titles):
        for kanji in _TITLE_HEAD_HOMOPHONES.get(title[0], ""):
            slipped = kanji + title[1:]
            if slipped not in every and slipped not in titles:
                slips.setdefault(slipped, title)
    return slips
