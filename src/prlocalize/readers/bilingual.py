"""prlocalize.readers.bilingual
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

One file that holds a release twice, in two languages one after the other: press
offices and ministries publish many that way (the English, then "（日本語版）" or
"국문" and the same release in Japanese or Korean). :func:`split_versions` cuts such a
document where its language changes into two documents (spans still point into the one
file), so that it aligns as two versions would; :func:`two_languages` tells, from the
raw text alone, whether a file of an archive may be one (``align --pairs``).

A file may also give each paragraph and then its translation, or a table with a column
per language: its blocks are then sorted by language into the two versions. Either
way each language must hold a fair share of the letters, so that a release that quotes
a line of another language, or ends with 以上, is not taken for two versions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise, permutations
from pathlib import Path
from typing import Literal

from prlocalize.document import Block, BlockKind, Document, Segment, Span, canonical_markup
from prlocalize.locales import language, language_named
from prlocalize.readers.columns import side_by_side
from prlocalize.scripts import han_language

AGREEMENT = 0.9  # of the letters on the side of their language
SHARE = 0.15  # of the letters, at least, on each side
# ... and on each side of a change of language: a translation is about as long as its
# source, where an English notice closing a Japanese release is a fifth of it or less
VERSION_SHARE = 0.3
# ... unless a line says a version follows ('※ 영문 요약', '＜英文要約＞', '[English]'): an
# English summary under a ministry's release is a tenth of it or more
MARKED_SHARE = 0.1
MAX_BYTES = 2 * 1024 * 1024

_TAGS = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|<[^>]+>", re.DOTALL | re.I)


def split_versions(doc: Document) -> tuple[Document, Document] | None:
    """The two versions of ``doc`` (the language that comes first first), or None when
    it holds one: the blocks before and after its change of language, or, in a file
    that gives each paragraph and then its translation (or a table of two columns),
    the blocks of each language. A paragraph that gives its sentences and then their
    translation after a line break ('…発表しました。<br>… announced …') is two blocks,
    where its blocks alone hold no two versions. In a file whose languages take turns, a
    headline and its translation on two lines of one block ('…実施<br>Joint … Drill')
    are cut into their lines: weighed as one block, they went to one version and paired
    with nothing (a file of one version and then the other is cut where its language
    changes first: sorting its blocks by language would take a stray line of English
    out of the Japanese version)."""
    weighed = _weighed(doc.blocks)
    if (found := _split_blocks(doc, weighed, "switch")) is not None:
        return found
    cut = _cut_at_language(doc.blocks)
    cut_doc = None if cut is None else replace(doc, blocks=cut)
    cut_weighed = None if cut is None else _weighed(cut)
    two_lines = any(_lines_of_two_languages(s) for block in doc.blocks for s in block.segments)
    if cut_doc is not None and cut_weighed is not None and two_lines:
        found = _split_blocks(cut_doc, cut_weighed, "turns")
    if found is None:
        found = _split_blocks(doc, weighed, "turns")
    if found is None and cut_doc is not None and cut_weighed is not None:
        found = _split_blocks(cut_doc, cut_weighed)
    return found


def _cut_at_language(blocks: Sequence[Block]) -> tuple[Block, ...] | None:
    """``blocks`` with each block whose sentences are of one language and then of
    another cut in two there, or None when no block is. A sentence whose own lines are
    of two languages (a headline and its translation: no full stop to cut at) is first
    cut into its lines; one that cannot be is left out: on either side it would pair
    with the other side's sentence and its own."""
    out: list[Block] = []
    for block in blocks:
        if any(_lines_of_two_languages(s) for s in block.segments):
            segments = [line for s in block.segments for line in _as_lines(s)]
            if any(_lines_of_two_languages(s) for s in segments):
                continue
            block = replace(block, segments=tuple(segments))
        langs = [_weigh(s.plain or s.text)[0] for s in block.segments]
        at = next((i for i in range(1, len(langs)) if langs[i] != langs[i - 1]), None)
        if (
            at is None
            or None in langs
            or len(set(langs)) != 2
            or any(lang != langs[0] for lang in langs[:at])
            or any(lang != langs[at] for lang in langs[at:])
        ):
            out.append(block)
            continue
        for n, part in enumerate((block.segments[:at], block.segments[at:]), start=1):
            span = Span(part[0].span.start, part[-1].span.end)
            out.append(replace(block, id=f"{block.id}-{n}", span=span, segments=part))
    return tuple(out) if len(out) > len(blocks) else None


def _as_lines(seg: Segment) -> tuple[Segment, ...]:
    """The lines ``<br>`` breaks ``seg`` into, each a segment of its own (its markup
    and source offsets kept), or ``(seg,)`` when an element spans a break."""
    breaks = sorted({i.start for i in seg.inlines if i.tag == "br"})
    if any(i.tag != "br" and any(i.start < b < i.end for b in breaks) for i in seg.inlines):
        return (seg,)
    lines: list[Segment] = []
    for start, end in pairwise([0, *breaks, len(seg.plain)]):
        piece = seg.plain[start:end]
        at = start + len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece:
            continue
        inlines = tuple(
            replace(i, start=i.start - at, end=i.end - at)
            for i in seg.inlines
            if i.tag != "br" and at <= i.start and i.end <= at + len(piece)
        )
        offsets = [seg.source_offset(at + k) for k in range(len(piece) + 1)]
        lines.append(
            Segment(
                f"{seg.id}-{len(lines) + 1}",
                canonical_markup(piece, inlines),
                Span(offsets[0], offsets[-1]),
                seg.lang,
                piece,
                offsets,
                inlines,
            )
        )
    return tuple(lines) or (seg,)


def _lines_of_two_languages(seg: Segment) -> bool:
    """Whether the lines ``<br>`` breaks ``seg`` into are of two languages."""
    breaks = sorted({i.start for i in seg.inlines if i.tag == "br"})
    if not breaks:
        return False
    cuts = [0, *breaks, len(seg.plain)]
    langs = {_weigh(seg.plain[a:b])[0] for a, b in pairwise(cuts)}
    return len(langs - {None}) > 1


def _weighed(blocks: tuple[Block, ...]) -> list[tuple[str | None, int]]:
    """(language, weight) of each block (see :func:`_weigh`)."""
    weighed = _resolved(
        [_weigh(" ".join(s.plain or s.text for s in block.segments)) for block in blocks]
    )
    return _without_labelled_values(blocks, weighed)


def _split_blocks(
    doc: Document,
    weighed: list[tuple[str | None, int]],
    how: Literal["switch", "turns", "any"] = "any",
) -> tuple[Document, Document] | None:
    """The two versions of ``doc``'s blocks (``weighed``: their languages): one after
    the other (``how="switch"``), taking turns (``"turns"``), or either, one after the
    other first."""
    labels = [_names_a_language(block) for block in doc.blocks]
    found = None if how == "turns" else _switch(weighed, labels)
    if found is not None:
        at, first, second = found
        return (
            replace(doc, blocks=_content(doc.blocks[:at]), lang=first),
            replace(doc, blocks=_content(doc.blocks[at:]), lang=second),
        )
    turns = None if how == "switch" else _by_turns(weighed)
    if turns is None:
        return None
    first, second = turns
    sides: dict[str, list[Block]] = {first: [], second: []}
    side = first
    for block, (lang, _) in zip(doc.blocks, _by_columns(doc.blocks, weighed), strict=True):
        side = lang if lang in sides else side  # a date or a rule stays with what it follows
        sides[side].append(block)
    return (
        replace(doc, blocks=_content(sides[first], by_turns=True), lang=first),
        replace(doc, blocks=_content(sides[second], by_turns=True), lang=second),
    )


def _content(blocks: Sequence[Block], *, by_turns: bool = False) -> tuple[Block, ...]:
    """``blocks`` without those that only name a language: a table's column headings
    ('English', '日本語') or the label over each version ('[English]', '국문') translate
    nothing, and the two headings of one table row would pair as a translation. In a
    file whose languages take turns, a label written in both ('日時 Date', a title
    'お知らせ / Notice') is no version's either: sorted into one, it paired with the
    other's cells."""
    return tuple(
        block
        for block in blocks
        if not _names_a_language(block) and not (by_turns and _in_both(block))
    )


def _by_columns(
    blocks: Sequence[Block], pieces: list[tuple[str | None, int]]
) -> list[tuple[str | None, int]]:
    """``pieces`` with a table cell too short to say its language ('Free', '300', a
    date) given its column's, where the column's other cells are of one language: in
    a table of a column per language it belongs to its column's version, not to the
    cell before it (the other language's)."""
    columns: list[int | None] = []
    row, at = None, 0
    for block in blocks:
        cell_row = block.attr("row") if block.kind is BlockKind.TABLE_CELL else None
        at = at + 1 if cell_row is not None and cell_row == row else 0
        row = cell_row
        columns.append(at if cell_row is not None else None)
    if all(column is None or lang for column, (lang, _) in zip(columns, pieces, strict=True)):
        return pieces
    votes: dict[int, dict[str, int]] = {}
    for column, (lang, weight) in zip(columns, pieces, strict=True):
        if column is not None and lang is not None:
            tally = votes.setdefault(column, {})
            tally[lang] = tally.get(lang, 0) + weight
    out = list(pieces)
    for i, (column, (lang, weight)) in enumerate(zip(columns, pieces, strict=True)):
        if column is None or lang is not None or column not in votes:
            continue
        tally = votes[column]
        best = max(tally, key=lambda key: tally[key])
        if tally[best] >= AGREEMENT * sum(tally.values()):
            out[i] = (best, weight)
    return out


def _in_both(block: Block) -> bool:
    """Whether ``block`` is a label in two scripts: no sentence, each script a fair
    share of its letters ('日時 Date', '項目 Item'). An address's letters are no
    English: a Japanese contact line giving an e-mail address is Japanese."""
    text = " ".join(s.plain or s.text for s in block.segments).strip()
    if text.endswith(_SENTENCE_END):
        return False
    text = _without_addresses(text)
    latin = len(_LATIN.findall(text))
    cjk = 3 * len(_CJK.findall(text))
    return min(latin, cjk) >= _BOTH_SHARE * (latin + cjk) and min(latin, cjk) >= 3


_BOTH_SHARE = 0.25  # of a label's letters (a CJK one counting three), at least, per script


def _names_a_language(block: Block) -> bool:
    return _is_version_label(" ".join(s.plain or s.text for s in block.segments))


def _is_version_label(text: str) -> bool:
    """Whether ``text`` only names a version's language: a column's 'English', or the
    line over or before a version ('――English version――', '(English follows
    Japanese)', 'English Summary', '※ 영문 요약', '＜英文要約＞'): words that name a
    language and words that say a version is one, nothing else."""
    if len(text) > _LABEL_LENGTH or text.rstrip().endswith(_SENTENCE_END):
        return False
    words = [w.casefold() for w in _LABEL_MARKS.split(text) if w]
    return all(_version_words(w) for w in words) and not all(
        _version_words(w, languages=False) for w in words
    )  # a language named, whole ('English') or in a compound ('英文要約')


_LABEL_LENGTH = 40  # a language's name, a word or two on it and its marks; longer says more

_LABEL_MARKS = re.compile(r"[\[\]()（）【】〈〉《》＜＞<>「」:：※*＊■□◆◇●○・/／|\-‐–—―─=＝~〜\s]+")

# what the line over a version says of it besides its language, in the words of bilingual
# releases: an English 'version' that 'follows', a Korean '요약' (summary), a Japanese
# '仮訳' (provisional translation)
_VERSION_WORDS = frozenset(
    (
        "version", "edition", "summary", "translation", "translated", "text", "original",
        "follows", "follow", "below", "above", "in", "the", "full", "abridged",
        "provisional", "reference", "unofficial", "official", "see", "is", "of",
        "요약", "요약본", "번역", "번역본", "전문", "원문", "참고", "아래", "가번역",
        "要約", "要旨", "抄訳", "仮訳", "参考訳", "参考", "全文", "原文", "以下", "下記", "版",
        "は", "に", "の", "本",
    )
)  # fmt: skip


@lru_cache(maxsize=4096)
def _version_words(word: str, *, languages: bool = True) -> bool:
    """Whether ``word`` is made of version words and (with ``languages``) language names
    only ('英文要約', '영문요약본', '以下英文'): Japanese and Korean write them without
    spaces."""
    if word in _VERSION_WORDS or (languages and language_named(word) is not None):
        return True
    if word.isascii() or len(word) > 12:
        return False
    return any(
        _version_words(word[:end], languages=languages)
        and _version_words(word[end:], languages=languages)
        for end in range(1, len(word))
    )


def language_versions(doc: Document, *, turns: bool = True) -> dict[str, Document] | None:
    """The versions of ``doc`` by language, in the order they come: the two of
    :func:`split_versions`, or those of a file of three versions or more one after the
    other, or (with ``turns``) whose three languages or more take turns (a table with a
    column per language: '| English | 日本語 | 한국어 |'); None when it holds one."""
    versions = split_versions(doc)
    if versions is not None:
        return {version.lang or "": version for version in versions}
    weighed = _resolved(
        [_weigh(" ".join(s.plain or s.text for s in block.segments)) for block in doc.blocks]
    )
    weighed = _without_labelled_values(doc.blocks, weighed)
    if (runs := _one_after_another(weighed)) is not None:
        order, starts = runs
        bounds = [0, *starts, len(doc.blocks)]
        return {
            lang: replace(doc, blocks=_content(doc.blocks[a:b]), lang=lang)
            for lang, (a, b) in zip(order, pairwise(bounds), strict=True)
        }
    langs = _in_turns(weighed) if turns else None
    if langs is None:
        return None
    sides: dict[str, list[Block]] = {lang: [] for lang in langs}
    side = langs[0]
    for block, (lang, _) in zip(doc.blocks, _by_columns(doc.blocks, weighed), strict=True):
        side = lang if lang in sides else side  # a date or a rule stays with what it follows
        sides[side].append(block)
    return {
        lang: replace(doc, blocks=_content(sides[lang], by_turns=True), lang=lang) for lang in langs
    }


def language_shares(doc: Document) -> list[tuple[str, float]]:
    """Each language of ``doc``'s blocks with its share of the letters, largest first:
    what a file that holds no versions holds instead (an English summary too short to
    be one, a quotation)."""
    total = _totals(_weighed(doc.blocks))
    whole = sum(total.values()) or 1
    return sorted(((lang, weight / whole) for lang, weight in total.items()), key=lambda x: -x[1])


def two_languages(path: Path) -> tuple[str, ...] | None:
    """The languages of the versions ``path`` seems to hold (two one after the other,
    or two or more taking turns), judged line by line from its text (tags aside); None
    when it holds one."""
    try:
        with path.open("rb") as handle:
            text = handle.read(MAX_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    if "<" in text:
        text = _TAGS.sub("\n", text)
    pieces = [piece for piece in _pieces(text) if not piece.isspace() and piece]
    weighed = _resolved([_weigh(piece) for piece in pieces])
    found = _switch(weighed, [_is_version_label(piece) for piece in pieces])
    if found is not None:
        return (found[1], found[2])
    if (runs := _one_after_another(weighed)) is not None:
        return runs[0]
    return _by_turns(weighed) or _in_turns(weighed)


def _pieces(text: str) -> list[str]:
    """The lines of ``text``, a Markdown table's row cut into its cells ('| 日本語 |
    English |'): a table with a column per language gives a paragraph and its
    translation on one line, as an HTML table does in cells. A PDF's text that sets two
    languages side by side gives the lines of its left column, then of its right."""
    if "   " in text or "\u3000\u3000" in text:
        raws = text.split("\n")
        if (columns := side_by_side(raws, set())) is not None:
            return [text[s:e] for column in columns for s, e in filter(None, column)]
    pieces: list[str] = []
    for line in text.splitlines():
        if line.lstrip().startswith("|"):
            pieces.extend(line.split("|"))
        else:
            pieces.append(line)
    return pieces


def second_is_source(
    first: str, second: str, source_lang: str | None = None, target_lang: str | None = None
) -> bool:
    """Whether the second version of a bilingual file is the source: the language asked
    for, else not the target asked for, else English, else the one that comes first."""

    def same(a: str, b: str) -> bool:
        return language(a) == language(b)

    if source_lang:
        return same(second, source_lang) and not same(first, source_lang)
    if target_lang:
        return same(first, target_lang)
    return second == "en" and first != "en"


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK = re.compile("|".join(p.pattern for p in (_HANGUL, _KANA, _HAN)))


# a piece of Han without kana and without a letter only one of the two languages writes
# ('執行役員 営業部長 佐伯 亮太', '2025年7月1日'): Japanese or Chinese, as the file's
# other pieces say (:func:`_resolved`)
_JA_OR_ZH = "ja|zh"


def _weigh(text: str) -> tuple[str | None, int]:
    """(language, weight) of a piece of text: its letters, a CJK one counting three as
    a Latin one does (:func:`prlocalize.scripts.detect_language`'s scale); None for a
    piece with too few letters to say (a rule, a date, a name alone). An address is no
    language's: the URL on the line after '詳細は下記URLをご覧ください。' is no English
    version of the release."""
    text = _without_addresses(text)
    latin = len(_LATIN.findall(text))
    if text.isascii():
        return ("en", latin) if latin >= 6 else (None, latin)
    hangul, kana, han = (len(p.findall(text)) for p in (_HANGUL, _KANA, _HAN))
    han_lang = "ja" if kana else (han_language(text) if han else None)
    scores = {"en": latin, "ko": 3 * hangul, han_lang or _JA_OR_ZH: 3 * (kana + han)}
    lang = max(scores, key=lambda key: scores[key])
    weight = latin + 3 * (hangul + kana + han)
    return (lang, weight) if scores[lang] >= 6 else (None, weight)


def _without_addresses(text: str) -> str:
    """``text`` without its URLs and e-mail addresses (words with '://' or '@', or that
    open with 'www.')."""
    if "://" not in text and "@" not in text and "www." not in text:
        return text
    return " ".join(
        word
        for word in text.split()
        if "://" not in word and "@" not in word and not word.startswith("www.")
    )


LABEL_WEIGHT = 30  # a label cell: a few words ('論文名', '会社名', '저자'), not a sentence


def _without_labelled_values(
    blocks: tuple[Block, ...], pieces: list[tuple[str | None, int]]
) -> list[tuple[str | None, int]]:
    """``pieces`` with the Latin value of a table's row that a Japanese, Korean or Chinese
    label opens ('| 著者 | Olivia Brennan, … |', '| 회사명 | Aoba Energy Corporation |') in
    no language: such a release's table of a paper's record or a company's profile
    quotes names and titles in Latin letters, and read as English they made it two
    versions (its prose, then the table). A table of a column per language has
    sentences, not labels, in its cells."""
    out = list(pieces)
    if _sentence_beside_its_translation(blocks, pieces):
        return out  # a table of a column per language: its rows are no labels and values
    for i in range(1, len(blocks)):
        label, value = blocks[i - 1], blocks[i]
        (label_lang, label_weight), (value_lang, value_weight) = pieces[i - 1], pieces[i]
        if (
            value.kind is BlockKind.TABLE_CELL
            and label.kind is BlockKind.TABLE_CELL
            and label.attr("row") is not None
            and label.attr("row") == value.attr("row")
            and label_lang not in (None, "en")
            and label_weight < LABEL_WEIGHT
            and value_lang == "en"
            and not _is_sentence(label)
        ):
            out[i] = (None, value_weight)
    return out


_SENTENCE_END = ("。", "．", "！", "？", ".", "!", "?")


def _sentence_beside_its_translation(
    blocks: tuple[Block, ...], pieces: list[tuple[str | None, int]]
) -> bool:
    """Whether a row of a table gives a sentence beside a sentence of another language
    ('…再開園します。 | … will reopen … .'): the table has a column per language, and
    a short cell beside its translation ('潮騒公園、4月に再開園 | Shiosai Park to
    Reopen') is a headline, not a label and its value."""
    for i in range(1, len(blocks)):
        first, second = blocks[i - 1], blocks[i]
        if (
            first.kind is BlockKind.TABLE_CELL
            and second.kind is BlockKind.TABLE_CELL
            and first.attr("row") is not None
            and first.attr("row") == second.attr("row")
            and None not in (pieces[i - 1][0], pieces[i][0])
            and pieces[i - 1][0] != pieces[i][0]
            and _is_sentence(first)
            and _is_sentence(second)
        ):
            return True
    return False


def _is_sentence(block: Block) -> bool:
    """Whether a table cell holds a sentence ('登録は不要です。'), not a label ('会社名'): a
    table with a column per language may translate a short one."""
    text = " ".join(s.plain or s.text for s in block.segments).strip()
    return text.endswith(_SENTENCE_END)


def _resolved(pieces: list[tuple[str | None, int]]) -> list[tuple[str | None, int]]:
    """``pieces`` with their Han that may be Japanese or Chinese given a language: that
    of the file's Japanese (kana, 営) or Chinese (们, 這) pieces, whichever it has;
    Chinese when it has neither (a release in traditional Chinese may say nothing
    else); none when it has both. A Japanese personnel notice, whose lines are mostly
    Han ('執行役員 営業本部長 佐伯 亮太'), is thus one Japanese version, not a Japanese
    and a Chinese one."""
    langs = {lang for lang, _ in pieces}
    if _JA_OR_ZH not in langs:
        return pieces
    # a language the file holds only a line of ('일본어 자료는 ここをクリック' in a Korean
    # release) does not claim its Han: a language menu's '日本語' would make it a version
    total = sum(weight for _, weight in pieces) or 1
    ja, zh = (sum(w for lang, w in pieces if lang == key) / total >= SHARE for key in ("ja", "zh"))
    either = None if ja and zh else "ja" if ja else "zh"
    return [(either if lang == _JA_OR_ZH else lang, weight) for lang, weight in pieces]


def bilingual_versions(doc: Document) -> tuple[Document, ...] | None:
    """:func:`language_versions` for `check`: only a document of a release's size (a
    book is no bilingual release) whose text has letters of two scripts in fair shares
    (Latin and CJK, or Hangul and kana or Han: a Japanese release and its Korean)."""
    text = doc.text
    if len(text) > MAX_BYTES or text.isascii():
        return None
    # (most releases: one script; a search that finds nothing is the cheapest test)
    cjk_letters = _CJK.findall(text)
    if not cjk_letters:
        return None
    hangul = 3 * len(_HANGUL.findall(text))
    scripts = sorted((len(_LATIN.findall(text)), hangul, 3 * len(cjk_letters) - hangul))
    if scripts[-2] < SHARE * sum(scripts):
        return None
    # (not three languages by turns: an English page whose links say '論文を読む' and
    # '논문 보기' by turns would lose PR204, as if its versions were taking turns)
    versions = language_versions(doc, turns=False)
    return None if versions is None else tuple(versions.values())


def _totals(pieces: list[tuple[str | None, int]]) -> dict[str, int]:
    """The weight of each language's pieces."""
    total: dict[str, int] = {}
    for lang, weight in pieces:
        if lang is not None:
            total[lang] = total.get(lang, 0) + weight
    return total


def _switch(
    pieces: list[tuple[str | None, int]], labels: Sequence[bool]
) -> tuple[int, str, str] | None:
    """(index, first language, second language) where the pieces change language once,
    or None. Each side must hold a fair share of the letters, a smaller one where a line
    at the change says a version follows (``labels``: the pieces that are such lines).
    Linear: the weight of each language before each index is summed once."""
    total = _totals(pieces)
    if len(total) < 2:
        return None
    whole = sum(total.values())
    before: dict[str, int] = dict.fromkeys(total, 0)
    best: tuple[int, int, str, str] | None = None
    for index, (lang, weight) in enumerate(pieces):
        if index and (lang is not None):
            for first in total:
                for second in total:
                    if first == second:
                        continue
                    agree = before[first] + total[second] - before[second]
                    if best is None or agree > best[0]:
                        best = (agree, index, first, second)
        if lang is not None:
            before[lang] += weight
    if best is None:
        return None
    agree, index, first, second = best
    head = sum(w for lang, w in pieces[:index] if lang is not None)
    if agree < AGREEMENT * whole:
        return None
    share = min(head, whole - head)
    # the line over the second version: the last of the first or the second's first (a
    # language menu's 'Japanese' under an English page's last line marks nothing)
    marked = any(labels[max(0, index - _NEAR_CUT) : index + 1])
    if share < (MARKED_SHARE if marked else VERSION_SHARE) * whole:
        return None
    return index, first, second


_NEAR_CUT = 2  # pieces before a change of language where its label may be


def _in_turns(pieces: list[tuple[str | None, int]]) -> tuple[str, ...] | None:
    """The languages, in the order they come, of pieces whose three languages or more
    take turns (each a fair share and in two runs or more, together nine tenths of the
    letters), or None."""
    total = _totals(pieces)
    whole = sum(total.values())
    langs = [lang for lang in total if total[lang] >= _SHARE_OF_THREE * whole]
    if len(langs) < 3 or sum(total[lang] for lang in langs) < AGREEMENT * whole:
        return None
    runs = dict.fromkeys(langs, 0)
    last: str | None = None
    for lang, _ in pieces:
        if lang in runs and lang != last:
            runs[lang] += 1
            last = lang
    if min(runs.values()) < 2:
        return None
    return tuple(sorted(langs, key=[lang for lang, _ in pieces].index))


_SHARE_OF_THREE = 0.1  # of the letters, at least, for each of three languages or more
_MOST_VERSIONS = 5  # of one release in one file; more languages are not tried in every order


def _one_after_another(
    pieces: list[tuple[str | None, int]],
) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """(the languages in the order they come, the index where each after the first
    begins) of pieces that hold three versions or more one after the other (an English
    release, then '【日本語】' and its Japanese, then '【한국어】' and its Korean): each
    language a fair share, in one run, the runs nine tenths of the letters; or None.
    :func:`_switch` finds two; languages that take turns are :func:`_in_turns`'."""
    total = _totals(pieces)
    whole = sum(total.values())
    langs = [lang for lang in total if total[lang] >= _SHARE_OF_THREE * whole]
    if not 3 <= len(langs) <= _MOST_VERSIONS:
        return None
    best = max((_runs_in(pieces, order) for order in permutations(langs)), key=lambda r: r[0])
    agree, order, starts = best
    if agree < AGREEMENT * whole:
        return None
    bounds = [0, *starts, len(pieces)]
    for lang, (a, b) in zip(order, pairwise(bounds), strict=True):
        if sum(w for piece, w in pieces[a:b] if piece == lang) < _SHARE_OF_THREE * whole:
            return None
    return order, starts


def _runs_in(
    pieces: list[tuple[str | None, int]], order: tuple[str, ...]
) -> tuple[int, tuple[str, ...], tuple[int, ...]]:
    """(the weight that agrees, ``order``, where each run after the first begins) of the
    best cut of ``pieces`` into runs of the languages of ``order`` in that order: one
    pass, each run's best sum so far kept. A piece of no language (a date, a rule) stays
    with the run before it."""
    width = len(order)
    score = [0] + [-1] * (width - 1)  # -1: run not reached yet
    begun: list[list[bool]] = []
    for lang, weight in pieces:
        new, starts = list(score), [False] * width
        for run in range(width):
            stay = score[run]
            enter = score[run - 1] if run else -1
            if enter >= 0 and enter >= stay:  # a tie cuts later: a date stays before
                new[run], starts[run] = enter, True
            if new[run] >= 0 and lang == order[run]:
                new[run] += weight
        score = new
        begun.append(starts)
    cuts: list[int] = []
    run = width - 1
    for index in range(len(pieces) - 1, -1, -1):
        if run and begun[index][run]:
            cuts.append(index)
            run -= 1
    if score[-1] < 0 or run:
        return -1, order, ()
    return score[-1], order, tuple(reversed(cuts))


def _by_turns(pieces: list[tuple[str | None, int]]) -> tuple[str, str] | None:
    """(first language, second) of pieces whose two languages take turns (each in two
    runs or more, each a fair share, the two nine tenths of the letters), or None."""
    total = _totals(pieces)
    if len(total) < 2:
        return None
    whole = sum(total.values())
    a, b = sorted(total, key=lambda lang: -total[lang])[:2]
    if total[a] + total[b] < AGREEMENT * whole or total[b] < SHARE * whole:
        return None
    runs = {a: 0, b: 0}
    last: str | None = None
    for lang, _ in pieces:
        if lang in runs and lang != last:
            runs[lang] += 1
            last = lang
    if min(runs.values()) < 2:
        return None
    first = next(lang for lang, _ in pieces if lang in runs)
    return (first, b if first == a else a)
