"""prlocalize.align.core
~~~~~~~~~~~~~~~~~~~~~~

Sentence alignment of two versions of one release.

Blocks (paragraphs, headings, list items…) are aligned first, so that a paragraph
missing from one side (a truncated page, an omitted disclaimer) costs one gap and
not a cascade of shifted sentences; then the sentences inside each pair of aligned
blocks. Both steps are the same dynamic programme over beads (1-1, 1-2, 2-1, 1-0,
0-1) with Gale–Church's length cost (:mod:`.length`) plus the anchors that survive
translation (:mod:`.anchors`); a block pays or earns a little more for its kind
(heading against heading, list item against list item) when both files mark them.
A last pass undoes the one thing a monotone alignment cannot follow: list items or
roster lines the translator put in another order.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from prlocalize.align import anchors as _anchors
from prlocalize.align.anchors import Anchors
from prlocalize.align.length import PRIOR, LengthModel, char_length, estimate, refit, typical_ratio
from prlocalize.align.translation_notes import translation_note
from prlocalize.document import BlockKind, Document, Segment, canonical_markup
from prlocalize.errors import InputError

if TYPE_CHECKING:
    from prlocalize.glossary.matcher import TermMatcher
    from prlocalize.glossary.model import Glossary
    from prlocalize.translate.memory import Unit

BEADS = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))
DEFAULT_MIN_SCORE = 0.5
# a bead's score is a logistic of its cost: 0.5 at _MIDPOINT, 0.88 at _MIDPOINT − 2·_SCALE;
# a merge or split pays a quarter of its prior there (it is rarer, not less right)
_MIDPOINT = 150.0
# the most the lengths of two lead-ins to a quotation cost (see _Aligner._evidence)
_LEAD_IN_LENGTH = 250.0
_SCALE = 60.0
_BAND = 6  # beads may stray this far from the diagonal (beyond the difference in counts)
_KIND_MATCH = -40.0  # two headings (two list items) are likelier to be each other
_KIND_MISMATCH = 60.0
_STRUCTURAL = (BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)
_BLOCK_GAP = 250.0  # −100·log P of a dropped or added block (sentences: PRIOR)
_BLOCK_MERGE = 350.0  # of two paragraphs made one (rarer than two sentences made one)
_END_GAP = 100.0  # of a block before the first or after the last block of the other side
_FIELD_GAP = 30.0  # of a cell or item (no sentence) where the other side has none
_ITEM_KINDS = (BlockKind.LIST_ITEM, BlockKind.ROSTER_LINE, BlockKind.LINE, BlockKind.TABLE_CELL)
_REORDER_RUN = 16  # longest run of block pairs checked for a changed order
_HEAD_BLOCKS = 4  # a page's head: headline, subheadline, date (and an HTML page's title)
_NO_SPACE_LANGS = {"ja", "zh", "th"}


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # the segment's canonical text (the msgid a catalog would have)
    plain: str  # without markup: what is measured and searched
    line: int
    block: int  # index of its block among the aligned blocks
    # a line that <br> breaks off: the text of the whole segment (what a catalog holds)
    whole: str = ""


@dataclass(frozen=True, slots=True)
class Bead:
    source: tuple[int, ...]  # indices into Alignment.source
    target: tuple[int, ...]
    score: float  # 0..1; 0 for a gap (1-0, 0-1)

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    @property
    def is_pair(self) -> bool:
        return bool(self.source and self.target)


@dataclass
class Alignment:
    source_path: str
    target_path: str
    source_lang: str
    target_lang: str
    source: list[Sentence]
    target: list[Sentence]
    beads: list[Bead]
    ratio: float  # target characters per source character, as estimated
    min_score: float = DEFAULT_MIN_SCORE
    notes: list[str] = field(default_factory=list)
    # no sentence of the two files' paragraphs pairs, though some were tried: two
    # releases, whatever headings or lines pair (see refuse_unrelated)
    unrelated: bool = False

    def source_text(self, bead: Bead) -> str:
        return _join([self.source[i].text for i in bead.source], self.source_lang)

    def target_text(self, bead: Bead) -> str:
        return _join([self.target[i].text for i in bead.target], self.target_lang)

    def source_plain(self, bead: Bead) -> str:
        """The bead's source text without its inline markup (what names are read in)."""
        return _join([self.source[i].plain for i in bead.source], self.source_lang)

    def target_plain(self, bead: Bead) -> str:
        return _join([self.target[i].plain for i in bead.target], self.target_lang)

    def pairs(self) -> list[Bead]:
        return [b for b in self.beads if b.is_pair]

    def accepted(self) -> list[Bead]:
        return [b for b in self.beads if b.is_pair and b.score >= self.min_score]

    def rejected(self) -> list[Bead]:
        return [b for b in self.beads if b.is_pair and b.score < self.min_score]

    def units(self, origin: str | None = None) -> list[Unit]:
        """Translation-memory units of the accepted pairs, tagged with where they came from."""
        from prlocalize.translate.memory import Unit

        tag = origin or f"align:{_name(self.source_path)}|{_name(self.target_path)}"
        pairs = [(self.source_text(b), self.target_text(b)) for b in self.accepted()]
        pairs += self._whole_blocks_of_lines()
        return [Unit(self.source_lang, self.target_lang, s, t, tag) for s, t in pairs]

    def _whole_blocks_of_lines(self) -> list[tuple[str, str]]:
        """A block of ``<br>`` lines whose every line is paired, in order, with every line
        of one such block on the other side, as one pair: a catalog holds the block as one
        message, and that is what the memory is asked for."""
        by_source: dict[str, list[Bead]] = {}
        for bead in self.accepted():
            if len(bead.source) == len(bead.target) == 1 and self.source[bead.source[0]].whole:
                by_source.setdefault(self.source[bead.source[0]].whole, []).append(bead)
        out = []
        for whole, beads in by_source.items():
            s_ids = [b.source[0] for b in beads]
            t_ids = [b.target[0] for b in beads]
            t_whole = {self.target[k].whole for k in t_ids}
            if len(t_whole) != 1 or not next(iter(t_whole)):
                continue
            if _lines_of(self.source, s_ids) and _lines_of(self.target, t_ids):
                out.append((whole, self.target[t_ids[0]].whole))
        return out


def _lines_of(sentences: list[Sentence], ids: list[int]) -> bool:
    """Whether ``ids`` are all the lines of one broken segment, in order."""
    whole = sentences[ids[0]].whole
    first = ids[0]
    while first > 0 and sentences[first - 1].whole == whole:
        first -= 1
    last = ids[-1]
    while last + 1 < len(sentences) and sentences[last + 1].whole == whole:
        last += 1
    return ids == list(range(first, last + 1))


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _join(texts: list[str], lang: str) -> str:
    return ("" if lang.split("_")[0] in _NO_SPACE_LANGS else " ").join(texts)


# ------------------------------------------------------------------ entry point


def align_documents(
    source: Document,
    target: Document,
    *,
    glossary: Glossary | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> Alignment:
    """Align two versions of one release; InputError when they cannot be aligned."""
    s_lang, t_lang = _lang(source.lang), _lang(target.lang)
    if s_lang == t_lang:
        raise InputError(
            target.path,
            None,
            f"both files are in the same language ({source.lang}): {source.path} and "
            f"{target.path}; align needs a release and its translation",
            "pass --source-lang/--target-lang if a language was detected wrongly",
        )
    s_blocks, s_sents = _units(source)
    t_blocks, t_sents = _units(target)
    for doc, sents in ((source, s_sents), (target, t_sents)):
        if not sents:
            raise InputError(doc.path, None, "no text to align (the file is empty)")
    typical = typical_ratio(s_lang, t_lang)
    s_len = [_measure(s.plain, 1 / typical if _cjk_lang(s_lang, t_lang) else 1.0) for s in s_sents]
    t_len = [_measure(s.plain, typical if _cjk_lang(t_lang, s_lang) else 1.0) for s in t_sents]
    model = estimate(s_len, t_len, typical)
    if not 1 / 6 <= model.ratio / typical <= 6:
        longer, shorter = (target, source) if model.ratio > typical else (source, target)
        factor = max(model.ratio / typical, typical / model.ratio)
        raise InputError(
            shorter.path,
            None,
            f"{factor:.0f} times shorter than a translation of {longer.path} would be "
            f"({sum(s_len)} and {sum(t_len)} characters): not two versions of one release",
            "check that the two files belong together",
        )
    # names by reading tie a Japanese roster to an English one (石川 孝之 ↔ Takayuki
    # Ishikawa) or to a Korean one, which writes a Japanese name by its sound (高田 恵子 ↔
    # 다카다 게이코); only those pairs of languages have a reader on both sides
    readings = {s_lang, t_lang} in ({"en", "ja"}, {"ja", "ko"}) and _readings_available()
    s_anchor = _with_sections(s_sents, s_blocks, _extract(s_sents, s_lang, glossary, readings))
    t_anchor = _with_sections(t_sents, t_blocks, _extract(t_sents, t_lang, glossary, readings))
    marked_up = source.format != "text" and target.format != "text"
    parts = (s_blocks, t_blocks, s_len, t_len, s_anchor, t_anchor, marked_up)
    kept = _kept_as_written(s_sents, t_sents)
    beads = _Aligner(model, *parts, kept=kept).run()
    # second pass: the ratio and spread of what was paired (a truncated page or a dropped
    # paragraph skews the ratio of the totals)
    paired = [
        (sum(s_len[k] for k in b.source), sum(t_len[k] for k in b.target))
        for b in beads
        if b.is_pair and b.score >= min_score
    ]
    better = refit(model, paired, typical)
    if better != model:
        model = better
        marked_up = source.format != "text" and target.format != "text"
    parts = (s_blocks, t_blocks, s_len, t_len, s_anchor, t_anchor, marked_up)
    beads = _Aligner(model, *parts, kept=kept).run()
    alignment = Alignment(
        source.path, target.path, s_lang, t_lang, s_sents, t_sents, beads, model.ratio, min_score
    )
    alignment.unrelated = _prose_unrelated(beads, s_blocks, t_blocks, s_sents, t_sents, min_score)
    return alignment


def refuse_unrelated(alignment: Alignment) -> Alignment:
    """``alignment``, or InputError where none of the two files' paragraphs pair (see
    :func:`_prose_unrelated`): what ``align`` learns from must be a release's versions."""
    if alignment.unrelated:
        raise InputError(
            alignment.target_path,
            None,
            f"none of its sentences pairs with one of {alignment.source_path} (a heading "
            "or a line may, as two releases of one site share them): not two versions of "
            "one release",
            "check that the two files belong together: a release of the same name or "
            "number in each language's folder may be another one",
        )
    return alignment


def _kept_as_written(s_sents: list[Sentence], t_sents: list[Sentence]) -> tuple[set[int], set[int]]:
    """The sentences of each side that the other side writes as they are (a copyright
    line, a logo's alt, a URL on a line of its own): each is its own translation, and
    no sentence beside it is part of it."""
    common = {s.plain for s in s_sents} & {s.plain for s in t_sents}
    if not common:
        return set(), set()
    return (
        {k for k, s in enumerate(s_sents) if s.plain in common},
        {k for k, s in enumerate(t_sents) if s.plain in common},
    )


def _prose_unrelated(
    beads: list[Bead],
    s_blocks: list[_Block],
    t_blocks: list[_Block],
    s_sents: list[Sentence],
    t_sents: list[Sentence],
    min_score: float,
) -> bool:
    """Whether the sentences of the two files' paragraphs were paired and none of those
    pairs scored ``min_score``: two releases that share a name ('en/2024/0930.html' and
    'ja/2024/0930.html', where one language published another release that day), whose
    headlines may still pair by their length alone and teach the memory a wrong one. A
    line both pages keep as written (a copyright line) is the site's, no sign either way."""
    s_prose = {k for b in s_blocks if b.form == "prose" for k in b.sentences}
    t_prose = {k for b in t_blocks if b.form == "prose" for k in b.sentences}
    tried = [
        b
        for b in beads
        if b.is_pair
        and s_prose.intersection(b.source)
        and t_prose.intersection(b.target)
        and not {s_sents[k].plain for k in b.source} & {t_sents[k].plain for k in b.target}
    ]
    return bool(tried) and all(b.score < min_score for b in tried)


def _readings_available() -> bool:
    from prlocalize.glossary import readings

    return readings.available()


def _measure(text: str, latin_scale: float = 1.0) -> int:
    """Length for the length model: addresses are copied, not translated, so they say
    nothing about the ratio and are left out. A line without CJK letters on a page in
    Japanese, Korean or Chinese is English kept as written (a logo's alt, a brand line):
    as long as the English, so ``latin_scale`` (the pair's ratio) makes it as long as a
    translation would be."""
    if "@" in text or "://" in text or "www." in text:
        for _, start, end in reversed(_anchors.addresses(text)):
            text = text[:start] + text[end:]
    length = char_length(text)
    if latin_scale != 1.0 and _CJK_TEXT.search(text) is None and _mostly_letters(text):
        return max(1, round(length * latin_scale))
    return length


def _mostly_letters(text: str) -> bool:
    """Whether most of ``text`` is Latin letters, ten at least (words kept as written;
    not a phone number or a code, which a translation copies as long as they are, nor
    a label such as 'E-mail：', which says little either way)."""
    letters = len(_LATIN_LETTER.findall(text))
    return letters >= 10 and 2 * letters > len(text.replace(" ", ""))


_CJK_LANGS = frozenset({"ja", "ko", "zh"})
_CJK_TEXT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _cjk_lang(lang: str, other: str) -> bool:
    """Whether ``lang`` is written in CJK and ``other`` is not (en↔ja, not ja↔ko)."""
    return _lang(lang) in _CJK_LANGS and _lang(other) not in _CJK_LANGS


def _lang(code: str) -> str:
    return code.replace("-", "_").split("_")[0].lower()


@dataclass(frozen=True, slots=True)
class _Block:
    kind: BlockKind
    sentences: tuple[int, ...]
    # what its text is: a 'field' (a table's cell or a list's item that ends no sentence:
    # '30万1000TEU', '11.2%増', '仙台線'), 'prose' (a paragraph that ends a sentence), or
    # '' (a heading, a label, a line, an item or a layout table's cell of sentences)
    form: str = ""


def _units(doc: Document) -> tuple[list[_Block], list[Sentence]]:
    blocks: list[_Block] = []
    sentences: list[Sentence] = []
    index = doc.line_index
    for block in doc.blocks:
        if block.kind is BlockKind.CODE:
            continue
        ids: list[int] = []
        for number, seg in enumerate(block.segments):
            plain = seg.plain.strip()
            if not plain or _language_switch(seg, plain) or _CLOSING_MARK.fullmatch(plain):
                continue
            if translation_note(plain):
                continue  # what the translation is ('…の抄訳です'): nothing of the other's
            if not any(c.isalnum() for c in plain):
                continue  # a rule ('────', '====', '＊＊＊') translates nothing
            lines = _broken_lines(seg)
            if lines is not None and _wrapped_sentence(plain, lines, continues=number > 0):
                lines = None
            if lines is None:
                ids.append(len(sentences))
                line = index.position(seg.span.start).line
                sentences.append(Sentence(seg.text, plain, line, len(blocks)))
                continue
            # a block of lines (a contact block) is aligned line by line, as the text
            # reader gives the same lines: each becomes a block of its own
            if ids:
                blocks.append(_Block(block.kind, tuple(ids)))
                ids = []
            for text, line_plain, start in lines:
                line = index.position(seg.source_offset(start)).line
                sentences.append(Sentence(text, line_plain, line, len(blocks), seg.text))
                blocks.append(_Block(BlockKind.LINE, (len(sentences) - 1,)))
        if ids:
            blocks.append(_Block(block.kind, tuple(ids), _form(block.kind, sentences[ids[-1]])))
    return blocks, sentences


def _form(kind: BlockKind, last: Sentence) -> str:
    ends = _SENTENCE_END.search(last.plain) is not None
    if kind in (BlockKind.TABLE_CELL, BlockKind.LIST_ITEM):
        return "" if ends else "field"
    return "prose" if ends and kind not in _ITEM_KINDS and kind is not BlockKind.HEADING else ""


def _broken_lines(seg: Segment) -> list[tuple[str, str, int]] | None:
    """The lines of a segment that ``<br>`` breaks (text, plain text, start in
    ``plain``), or None when it has none, or an element spans a break (a line is
    then no unit of its own)."""
    breaks = sorted({i.start for i in seg.inlines if i.tag == "br"})
    if not breaks:
        return None
    cuts = [0, *breaks, len(seg.plain)]
    for inline in seg.inlines:
        if inline.tag != "br" and any(inline.start < b < inline.end for b in breaks):
            return None
    lines = []
    for start, end in itertools.pairwise(cuts):
        piece = seg.plain[start:end]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece:
            continue
        at = start + lead
        inlines = tuple(
            replace(i, start=i.start - at, end=i.end - at)
            for i in seg.inlines
            if i.tag != "br" and at <= i.start and i.end <= at + len(piece)
        )
        lines.append((canonical_markup(piece, inlines), piece, at))
    return lines if len(lines) > 1 else None


# what ends a sentence, and what ends a line that is a unit of its own ('Tel:', a label)
_SENTENCE_END = re.compile(r"[。．！？.!?][」』”\"’)）]?\Z")
_LINE_END = re.compile(r"[。．！？.!?:：][」』”\"’)）]?\Z")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _wrapped_sentence(plain: str, lines: list[tuple[str, str, int]], *, continues: bool) -> bool:
    """Whether ``<br>`` breaks a sentence where a page of fixed width wrapped it (old
    Japanese sites: '…クロスローラーベアリ<br>ングを開発しました。'): the segment ends a
    sentence, no line but the last does, and the sentence either follows another in its
    paragraph or opens with a full line. A contact block's lines ('お問い合わせ<br>総務部
    <br>電話：…') are short and end no sentence, and stay lines of their own."""
    if _SENTENCE_END.search(plain) is None:
        return False
    if any(_LINE_END.search(line_plain) for _, line_plain, _ in lines[:-1]):
        return False
    first = lines[0][1]
    return continues or len(first) >= (20 if _CJK_CHAR.search(first) else 50)


# the mark that closes a release ('以上' right-aligned under a Japanese one, '끝.', '<끝>',
# '- 끝 -' under a Korean one, '###' or '-ENDS-' under an English one): one side often
# has it and the other not, and it translates nothing, so it is never aligned (paired
# with the last line of the other side's boilerplate, the memory learnt 'About …' = '以上')
_CLOSING_MARK = re.compile(
    r"[-－—–/／<＜(（\[［〈《]?[ \u3000]?"
    r"(?:以[ \u3000]?上|끝|#[ ]?#[ ]?#|-30-|ends?)"
    r"[.。]?[ \u3000]?[-－—–/／>＞)）\]］〉》]?",
    re.IGNORECASE,
)


def _language_switch(seg: Segment, plain: str) -> bool:
    """Whether ``seg`` is a site's link to its other language ('日本語' on the English
    page, 'English' on the Japanese one): whole-segment link text that names a language
    or a link marked ``hreflang``. Its pair ('日本語' ↔ 'English') is no translation, and
    the memory must not learn it."""
    links = [i for i in seg.inlines if i.tag == "a"]
    if len(links) != 1 or len(plain) > 40:
        return False
    link = links[0]
    if link.end - link.start < len(plain):
        return False  # a link inside a sentence
    if link.attr("hreflang") or link.attr("lang"):
        return True
    from prlocalize.glossary.values import locale_column

    return locale_column(plain) is not None


_CONTACT_LINES = 6  # a contact block: the office, an address, phone, fax, mail, a site


def _with_sections(
    sentences: list[Sentence], blocks: list[_Block], found: list[Anchors]
) -> list[Anchors]:
    """The section a label opens (see ``Anchors.section``) given to what it heads: the
    paragraph after 'About Aoba Paper', the lines after 'お問い合わせ先' (the office, the
    phone). A boilerplate or contact block is often on one side only, and its first
    line then paired with the other side's label of another section."""
    out = list(found)
    section, left, heads = "", 0, set[int]()
    for i, sentence in enumerate(sentences):
        if found[i].section:
            section, left, heads = found[i].section, _CONTACT_LINES, {sentence.block}
            continue
        if section and left and _in_section(section, sentence.block, blocks, heads):
            out[i] = replace(found[i], section=section)
            left -= 1
        else:
            section = ""
    return out


def _in_section(section: str, block: int, blocks: list[_Block], heads: set[int]) -> bool:
    """Whether a sentence of ``block`` is in the section its label opened (``heads``: the
    blocks it takes in, the label's first; a new one is added)."""
    if block in heads:
        return True
    kind = blocks[block].kind
    if section == "about":  # the boilerplate: the one paragraph after its label
        taken = len(heads) == 1 and kind is BlockKind.PARAGRAPH
    else:  # contact lines are lines, not a paragraph or a heading
        taken = kind in _ITEM_KINDS
    if taken:
        heads.add(block)
    return taken


def _extract(
    sentences: list[Sentence], lang: str, glossary: Glossary | None, readings: bool
) -> list[Anchors]:
    matcher = None
    if glossary is not None and len(glossary):
        from prlocalize.glossary.matcher import TermMatcher

        matcher = TermMatcher.build(glossary, lang)
    found = [_anchors.extract(s.plain, matcher, lang=lang, readings=readings) for s in sentences]
    return _with_short_forms(sentences, found, matcher)


def _with_short_forms(
    sentences: list[Sentence], found: list[Anchors], matcher: TermMatcher | None
) -> list[Anchors]:
    """Short forms a release defines (``hereafter "Takeda"``, ``以下「武田薬品」``, ``(the
    "Company")``) are anchors from their definition on: a form defined for a glossary
    entry counts as that entry, so "Takeda" meets 武田薬品 or the full name on the other
    side; a form defined for no entry counts by its rank among the release's definitions
    (the first one defined on each side are the same company)."""

    from prlocalize.glossary.definitions import find_definitions

    keys: dict[str, str] = {}
    out: list[Anchors] = []
    for sentence, anchors in zip(sentences, found, strict=True):
        for definition in find_definitions(sentence.plain, matcher):
            if definition.form not in keys:
                keys[definition.form] = definition.entry_id or f"defined:{len(keys)}"
        used = tuple(k for form, k in keys.items() if _uses(sentence.plain, form))
        out.append(replace(anchors, terms=anchors.terms + used) if used else anchors)
    return out


def _uses(text: str, form: str) -> bool:
    at = text.find(form)
    if at < 0:
        return False
    if not form[:1].isascii():
        return True  # CJK forms have no word boundaries to check
    before = text[at - 1 : at]
    after = text[at + len(form) : at + len(form) + 1]
    return not (before.isalnum() or after.isalnum())


# ------------------------------------------------------------------ dynamic programme


def _dp(
    n: int,
    m: int,
    cost: Callable[[int, int, int, int], float],
    band: int = _BAND,
    beads: tuple[tuple[int, int], ...] = BEADS,
) -> list[tuple[int, int, int, int, float]]:
    """Cheapest monotone path of beads from (0, 0) to (n, m).

    Returns (i0, i1, j0, j1, cost) per bead. Cells stay within ``band`` of the
    diagonals that the difference in counts allows, so the work is linear in the
    length for pairs of similar size.
    """
    inf = math.inf
    lo_shift, hi_shift = max(0, n - m) + band, max(0, m - n) + band
    best: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, tuple[int, int, float]]] = [{} for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        row = best[i]
        for j in range(max(0, i - lo_shift), min(m, i + hi_shift) + 1):
            if i == 0 and j == 0:
                continue
            here = inf
            choice: tuple[int, int, float] | None = None
            for di, dj in beads:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = best[pi].get(pj)
                if prev is None:
                    continue
                c = cost(pi, i, pj, j)
                if prev + c < here:
                    here, choice = prev + c, (di, dj, c)
            if choice is not None:
                row[j] = here
                back[i][j] = choice
    path = []
    i, j = n, m
    if j not in back[i]:
        raise AssertionError("the band excluded the end cell")  # cannot happen: n, m in band
    while i or j:
        di, dj, c = back[i][j]
        path.append((i - di, i, j - dj, j, c))
        i, j = i - di, j - dj
    path.reverse()
    return path


def _score(cost: float) -> float:
    return 1 / (1 + math.exp((cost - _MIDPOINT) / _SCALE))


# the score of a pair that loses every figure of one side: shown for review, never
# accepted by default (a wrong pair in the memory misleads every later translation)
_DISOWNED_SCORE = 0.3


class _Aligner:
    def __init__(
        self,
        model: LengthModel,
        s_blocks: list[_Block],
        t_blocks: list[_Block],
        s_len: list[int],
        t_len: list[int],
        s_anchor: list[Anchors],
        t_anchor: list[Anchors],
        marked_up: bool = False,
        kept: tuple[set[int], set[int]] = (set(), set()),
    ) -> None:
        self.model = model
        self.s_kept, self.t_kept = kept
        self.s_blocks, self.t_blocks = s_blocks, t_blocks
        self.s_len, self.t_len = s_len, t_len
        self.s_anchor, self.t_anchor = s_anchor, t_anchor
        self.sb_len = [sum(s_len[i] for i in b.sentences) for b in s_blocks]
        self.tb_len = [sum(t_len[i] for i in b.sentences) for b in t_blocks]
        self.sb_anchor = [_sum(s_anchor[i] for i in b.sentences) for b in s_blocks]
        # a headline says its figures in words as often as not ('Second Daily Flight' for
        # 1日2便): its pairs are not judged by the figures they lose
        self.heads = {k for b in s_blocks if b.kind == BlockKind.HEADING for k in b.sentences}
        self.heads |= {-1 - k for b in t_blocks if b.kind == BlockKind.HEADING for k in b.sentences}
        self.tb_anchor = [_sum(t_anchor[i] for i in b.sentences) for b in t_blocks]
        s_kinds = {b.kind for b in s_blocks}
        t_kinds = {b.kind for b in t_blocks}
        self.s_fields = any(b.form == "field" for b in s_blocks)
        self.t_fields = any(b.form == "field" for b in t_blocks)
        # structure counts only where both files mark it up (Markdown, HTML): the text
        # reader's headings are guesses
        self.structural = (
            {k for k in _STRUCTURAL if k in s_kinds and k in t_kinds} if marked_up else set()
        )

    # -- costs

    def _bead_cost(
        self,
        s_len: int,
        t_len: int,
        s_anchor: Anchors,
        t_anchor: Anchors,
        di: int,
        dj: int,
        prior: float | None = None,
    ) -> float:
        if di == 0 or dj == 0:  # a gap: what it leaves unmatched, not its length
            one = s_anchor if dj == 0 else t_anchor
            return (PRIOR[(di, dj)] if prior is None else prior) + _anchors.gap_cost(one) / 2
        extra = (PRIOR[(di, dj)] if prior is None else prior) - PRIOR[(1, 1)]
        return extra + self._evidence(s_len, t_len, s_anchor, t_anchor)

    def _evidence(self, s_len: int, t_len: int, s_anchor: Anchors, t_anchor: Anchors) -> float:
        length = self.model.cost(s_len, t_len)
        if s_anchor.lead_in and t_anchor.lead_in:
            # a lead-in is a formula each language words its own way ('…氏は、次のように
            # 述べています。' for '…, said:'): its length says little, its names say who
            length = min(length, _LEAD_IN_LENGTH)
        return length + _anchors.cost(s_anchor, t_anchor)

    def _block_cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        di, dj = i1 - i0, j1 - j0
        prior = None
        if not di or not dj:
            # a whole paragraph is dropped more often than a sentence, and a page that
            # stops early (or starts with navigation the other lacks) drops them at an end
            if dj == 0:
                ends = j0 == 0 or j1 == len(self.t_blocks)
            else:
                ends = i0 == 0 or i1 == len(self.s_blocks)
            prior = _END_GAP if ends else _BLOCK_GAP
            gapped = self.s_blocks[i0:i1] if dj == 0 else self.t_blocks[j0:j1]
            other_has_fields = self.t_fields if dj == 0 else self.s_fields
            if not other_has_fields and all(b.form == "field" for b in gapped):
                prior = _FIELD_GAP  # a table or list of what the other side's prose says
        elif di + dj == 3:
            prior = _BLOCK_MERGE
        if di and dj and self._field_for_prose(i0, i1, j0, j1):
            return math.inf
        c = self._bead_cost(
            sum(self.sb_len[i0:i1]),
            sum(self.tb_len[j0:j1]),
            _sum(self.sb_anchor[i0:i1]),
            _sum(self.tb_anchor[j0:j1]),
            di,
            dj,
            prior,
        )
        if di and dj and self.structural:
            s_kind, t_kind = self.s_blocks[i0].kind, self.t_blocks[j0].kind
            if s_kind in self.structural or t_kind in self.structural:
                c += _KIND_MATCH if s_kind == t_kind else _KIND_MISMATCH
        return c

    def _field_for_prose(self, i0: int, i1: int, j0: int, j1: int) -> bool:
        """Whether one side holds fields of a table or a list and the other sentences of
        prose: a table that restates a paragraph's figures ('輸出', '30万1000TEU', '11.2%増'
        for 'Exports rose 11.2% to 301,000 TEU.'), or a list of what a sentence names,
        translates none of its sentences."""
        if not (self.s_fields or self.t_fields):
            return False  # (most pages: no table)
        s_forms = {b.form for b in self.s_blocks[i0:i1]}
        t_forms = {b.form for b in self.t_blocks[j0:j1]}
        return ("field" in s_forms and "prose" in t_forms) or (
            "prose" in s_forms and "field" in t_forms
        )

    # -- passes

    def run(self) -> list[Bead]:
        block_path = _dp(len(self.s_blocks), len(self.t_blocks), self._block_cost)
        block_path = self._reorder(block_path)
        beads: list[Bead] = []
        starts: set[int] = set()
        for i0, i1, j0, j1, _ in block_path:
            s_ids = [k for b in self.s_blocks[i0:i1] for k in b.sentences]
            t_ids = [k for b in self.t_blocks[j0:j1] for k in b.sentences]
            if beads:
                starts.add(len(beads))
            beads.extend(self._sentences(s_ids, t_ids))
        return self._moved_sections(self._moved(beads, starts))

    def _moved_sections(self, beads: list[Bead]) -> list[Bead]:
        """Pair a section the translation gives elsewhere: a newsletter's items in another
        order, a quote or a paragraph moved to the end. The monotone passes leave it
        unpaired on both sides, as a run of gaps on each, with pairs between them. Two
        such runs are aligned with each other as the sentences of two blocks are, and
        the new pairs that score the midpoint and that anchors tie (figures, names,
        addresses that agree) are kept where there are two at least: length alone never
        pairs what the translator put elsewhere."""
        runs = _gap_runs(beads)
        sources = [run for run in runs if beads[run[0]].source]
        targets = [run for run in runs if beads[run[0]].target]
        if not sources or not targets:
            return beads  # (most pages)
        placed: dict[int, list[Bead]] = {}  # bead index of a source run's start: new pairs
        taken: set[int] = set()  # sentence ids (both sides, target ids negated) now paired
        for s_run in sources:
            for t_run in targets:
                if not _apart(beads, s_run, t_run):
                    continue
                s_ids = [k for i in s_run for k in beads[i].source if k not in taken]
                t_ids = [k for i in t_run for k in beads[i].target if -1 - k not in taken]
                found = self._section_pairs(s_ids, t_ids)
                if found:
                    placed.setdefault(s_run[0], []).extend(found)
                    taken.update(k for b in found for k in b.source)
                    taken.update(-1 - k for b in found for k in b.target)
        if not placed:
            return beads
        # the new pairs go where their source sentences were, in the source's order
        for s_run in sources:
            if s_run[0] in placed:
                left = [beads[i] for i in s_run if not taken.intersection(beads[i].source)]
                placed[s_run[0]] = sorted(placed[s_run[0]] + left, key=lambda b: b.source[0])
        skipped = {i for s_run in sources if s_run[0] in placed for i in s_run}
        out: list[Bead] = []
        for i, bead in enumerate(beads):
            out.extend(placed.get(i, ()))
            if i in skipped or taken.intersection(-1 - k for k in bead.target):
                continue
            out.append(bead)
        return out

    def _section_pairs(self, s_ids: list[int], t_ids: list[int]) -> list[Bead]:
        """The pairs of two runs of gaps that their anchors tie (as many agree as figures
        are lost, one at least), when there are two at least; a pair of the run that only
        its length ties stays a gap each side."""
        if not s_ids or not t_ids:
            return []
        found = []
        # one to one: the runs go on over the blocks around the section, and a sentence
        # of its own beside it is no part of a pair ('…200円です。' + '年末年始の窓口')
        for bead in self._sentences(s_ids, t_ids, beads=((1, 1), (1, 0), (0, 1))):
            if not bead.is_pair or bead.score < 0.5:
                continue
            matched, values_missed, _ = _anchors.agreement(
                _sum(self.s_anchor[k] for k in bead.source),
                _sum(self.t_anchor[k] for k in bead.target),
            )
            if matched and matched >= values_missed:  # ('200 yen an hour': 1時間200円)
                found.append(bead)
        return found if len(found) >= _MOVED_ANCHORED else []

    def _moved(self, beads: list[Bead], starts: set[int]) -> list[Bead]:
        """Pair a sentence the translator moved into the next or the previous paragraph.

        It ends one pair of blocks on one side and starts the next on the other, and the
        sentence pass, which sees one pair of blocks at a time, leaves it as a gap, or
        glues it to a neighbour (a 2-1 bead) and leaves its translation as a gap. Where
        two beads meet across such a boundary (``starts``: the first bead of each pair
        of blocks but the first), one of them a gap, and they hold as many sentences on
        each side (one or two), they are made 1-1 pairs in order when that costs less
        and each new pair scores above the midpoint (what is accepted by default).
        """
        out: list[Bead] = []
        k = 0
        while k < len(beads):
            if k + 1 in starts:
                first, second = beads[k], beads[k + 1]
                repaired = self._repaired(first, second)
                if repaired is not None:
                    out.extend(repaired)
                    k += 2
                    continue
            out.append(beads[k])
            k += 1
        return out

    def _repaired(self, first: Bead, second: Bead) -> list[Bead] | None:
        if first.is_pair and second.is_pair:
            return None
        s_ids = first.source + second.source
        t_ids = first.target + second.target
        if len(s_ids) != len(t_ids) or len(s_ids) > 2:
            return None
        now = self._cost(first) + self._cost(second)
        pairs = [Bead((s,), (t,), 0.0) for s, t in zip(s_ids, t_ids, strict=True)]
        costs = [self._cost(bead) for bead in pairs]
        if sum(costs) >= now or max(costs) >= _MIDPOINT:
            return None
        return [
            Bead(b.source, b.target, self._trusted(b, c)) for b, c in zip(pairs, costs, strict=True)
        ]

    def _figures_moved(
        self, s: tuple[int, ...], t: tuple[int, ...], first: Bead, second: Bead
    ) -> Bead | None:
        lost = sum(self._values_lost(bead.source, bead.target) for bead in (first, second))
        if not lost or self._values_lost(s, t):
            return None  # (most pairs: nothing lost, or lost whichever way they pair)
        bead = self._scored(s, t, self._cost(Bead(s, t, 0.0)))
        return bead if bead.score >= DEFAULT_MIN_SCORE else None

    def _values_lost(self, s: tuple[int, ...], t: tuple[int, ...]) -> int:
        """Figures and addresses of ``s`` or ``t`` the other side does not have."""
        source = _sum(self.s_anchor[k] for k in s)
        target = _sum(self.t_anchor[k] for k in t)
        if not (source.numbers or target.numbers or source.links or target.links):
            return 0
        return _anchors.agreement(source, target)[1]

    def _trusted(self, bead: Bead, cost: float) -> float:
        """The score of ``bead`` at ``cost``, kept below the default threshold where the
        pair loses every figure of one side (see :func:`.anchors.disowned`)."""
        score = _score(cost)
        heads = {*bead.source, *(-1 - k for k in bead.target)} & self.heads
        if (
            score > _DISOWNED_SCORE
            and not heads
            and _anchors.disowned(
                _sum(self.s_anchor[k] for k in bead.source),
                _sum(self.t_anchor[k] for k in bead.target),
            )
        ):
            return _DISOWNED_SCORE
        return score

    def _anchor_cost(self, s: int, t: int) -> float:
        # a number spelled out is weak evidence ('the first', 'a day'): it never crosses pairs
        return _anchors.cost(
            replace(self.s_anchor[s], spelled=()), replace(self.t_anchor[t], spelled=())
        )

    def _uncrossed(self, beads: list[Bead]) -> list[Bead]:
        """Two neighbouring 1-1 pairs of a paragraph whose sentences the translation gives
        in the other order (two people's quotes, two facts) paired across, where the
        anchors of the crossed pairs (figures, names read alike, addresses) agree clearly
        better and the crossed pairs cost less in all. Length alone never crosses them."""
        out = list(beads)
        k = 0
        while k + 1 < len(out):
            a, b = out[k], out[k + 1]
            if all(len(ids) == 1 for ids in (a.source, a.target, b.source, b.target)):
                (s1,), (t1,), (s2,), (t2,) = a.source, a.target, b.source, b.target
                now = self._anchor_cost(s1, t1) + self._anchor_cost(s2, t2)
                crossed = self._anchor_cost(s1, t2) + self._anchor_cost(s2, t1)
                if crossed < now - _anchors.MATCH_BONUS:
                    first, second = Bead((s1,), (t2,), 0.0), Bead((s2,), (t1,), 0.0)
                    c1, c2 = self._cost(first), self._cost(second)
                    if c1 + c2 < self._cost(a) + self._cost(b):
                        out[k] = replace(first, score=self._trusted(first, c1))
                        out[k + 1] = replace(second, score=self._trusted(second, c2))
                        k += 2
                        continue
            k += 1
        return out

    def _cost(self, bead: Bead) -> float:
        return self._bead_cost(
            sum(self.s_len[k] for k in bead.source),
            sum(self.t_len[k] for k in bead.target),
            _sum(self.s_anchor[k] for k in bead.source),
            _sum(self.t_anchor[k] for k in bead.target),
            len(bead.source),
            len(bead.target),
        )

    def _sentences(
        self, s_ids: list[int], t_ids: list[int], beads: tuple[tuple[int, int], ...] = BEADS
    ) -> list[Bead]:
        if not s_ids or not t_ids:
            return [Bead((k,), (), 0.0) for k in s_ids] + [Bead((), (k,), 0.0) for k in t_ids]

        def cost(i0: int, i1: int, j0: int, j1: int) -> float:
            s = s_ids[i0:i1]
            t = t_ids[j0:j1]
            if len(s) + len(t) == 3 and (
                self._glues_a_kept_line(s, t) or self._glues_added_figures(s, t)
            ):
                return math.inf
            if len(s) + len(t) >= 3 and self._merges_a_label(s, t):
                return math.inf
            return self._bead_cost(
                sum(self.s_len[k] for k in s),
                sum(self.t_len[k] for k in t),
                _sum(self.s_anchor[k] for k in s),
                _sum(self.t_anchor[k] for k in t),
                i1 - i0,
                j1 - j0,
            )

        path = _dp(len(s_ids), len(t_ids), cost, band=4, beads=beads)
        out = []
        for i0, i1, j0, j1, c in path:
            s, t = tuple(s_ids[i0:i1]), tuple(t_ids[j0:j1])
            out.append(self._scored(s, t, c) if s and t else Bead(s, t, 0.0))
        out = self._uncrossed(out)
        # (one to one only, as the pairs of a moved section are made: nothing to regroup)
        return self._regrouped(out) if (2, 1) in beads else out

    def _scored(self, s: tuple[int, ...], t: tuple[int, ...], cost: float) -> Bead:
        extra = (PRIOR[(len(s), len(t))] - PRIOR[(1, 1)]) * 0.75
        return Bead(s, t, self._trusted(Bead(s, t, 0.0), cost - extra))

    def _regrouped(self, beads: list[Bead]) -> list[Bead]:
        """``beads`` with each merge and the gap beside it made one 2-2 pair where that is
        what the translation did (see :meth:`_two_for_two`)."""
        out: list[Bead] = []
        k = 0
        while k < len(beads):
            merged = self._two_for_two(beads[k], beads[k + 1]) if k + 1 < len(beads) else None
            if merged is not None:
                out.append(merged)
                k += 2
                continue
            merged = self._pair_and_gaps(beads[k : k + 3]) if k + 2 < len(beads) else None
            if merged is not None:
                out.append(merged)
                k += 3
                continue
            out.append(beads[k])
            k += 1
        return out

    def _two_for_two(self, first: Bead, second: Bead) -> Bead | None:
        """Two sentences an official translation gives as two split elsewhere: a clause
        moved into the next sentence ('…は約320億円で、2027年4月に着工し…。' as 'It will cost
        about 32 billion yen. Construction will begin in April 2027…'), or a Japanese
        lead-in folded into the quotation after it ('加藤は次のように述べています。「…。…。」'
        as '“…,” said Mikio Kato. “…”'). The monotone pass gives a merge and a gap beside
        it, and the gap's content is in the merge's other side; one 2-2 pair is made of
        them where what the gap holds (a figure, a name, a term) is found there and the
        pair costs less than the two beads. Or it gives two 1-1 pairs that each lose a
        figure the other side of the other pair has (the price moved from the second
        sentence into the first): one 2-2 pair is made of them where it keeps every
        figure and is accepted."""
        s, t = first.source + second.source, first.target + second.target
        if len(s) != 2 or len(t) != 2:
            return None
        if first.is_pair and second.is_pair:
            return self._figures_moved(s, t, first, second)
        if first.is_pair == second.is_pair:
            return None
        gap, merge = (first, second) if second.is_pair else (second, first)
        if gap.source:
            one = _sum(self.s_anchor[k] for k in gap.source)
            other = _sum(self.t_anchor[k] for k in merge.target)
            matched = _anchors.agreement(one, other)[0]
        else:
            one = _sum(self.t_anchor[k] for k in gap.target)
            other = _sum(self.s_anchor[k] for k in merge.source)
            matched = _anchors.agreement(other, one)[0]
        if not matched and not (one.speech and other.speech):
            # nothing ties the gap there (a figure, a name, a term; or, for a sentence of
            # a quotation, the quotation): a sentence one side adds or drops
            return None
        if self._merges_a_label(list(s), list(t)):
            return None
        bead = Bead(s, t, 0.0)
        cost = self._cost(bead)
        if cost >= self._cost(first) + self._cost(second):
            return None
        return self._scored(s, t, cost)

    def _pair_and_gaps(self, beads: list[Bead]) -> Bead | None:
        """A 1-1 pair with a gap on each side beside it made one 2-2 pair: a Japanese
        lead-in and its quotation ('長谷部社長は次のように述べました。「…。…。」') against
        the English quotation in two sentences with the attribution in the second ('"….',
        '…," said Seiji Hasebe'). By length the quotation is the second sentence's
        translation, and lead-in and first sentence are each left unpaired. Made where
        each gap is tied to the other side (a figure, a name, a term; or both quote) and
        the 2-2 pair costs less than the three beads."""
        pairs = [b for b in beads if b.is_pair]
        s = tuple(k for b in beads for k in b.source)
        t = tuple(k for b in beads for k in b.target)
        if len(pairs) != 1 or len(pairs[0].source) != 1 or len(pairs[0].target) != 1:
            return None
        if len(s) != 2 or len(t) != 2:
            return None  # (one gap on each side)
        s_all = _sum(self.s_anchor[k] for k in s)
        t_all = _sum(self.t_anchor[k] for k in t)
        for gap in beads:
            if gap.is_pair:
                continue
            if gap.source:
                one, other = self.s_anchor[gap.source[0]], t_all
                matched = _anchors.agreement(one, other)[0]
            else:
                one, other = self.t_anchor[gap.target[0]], s_all
                matched = _anchors.agreement(other, one)[0]
            if not matched and not (one.speech and other.speech):
                return None
        if self._merges_a_label(list(s), list(t)):
            return None
        cost = self._cost(Bead(s, t, 0.0))
        if cost >= sum(self._cost(b) for b in beads):
            return None
        return self._scored(s, t, cost)

    def _glues_a_kept_line(self, s: list[int], t: list[int]) -> bool:
        """Whether a 1-2 or 2-1 bead holds a sentence kept as written on both sides (see
        :func:`_kept_as_written`): it pairs with itself alone."""
        return bool(self.s_kept.intersection(s) or self.t_kept.intersection(t))

    def _glues_added_figures(self, s: list[int], t: list[int]) -> bool:
        """Whether a 1-2 or 2-1 bead glues on a sentence whose figures the other side has
        none of (a sentence one version added when it was updated: '2019년부터는 미국
        법인장을 맡아 왔다.' after the sentence both give): the sentence is left unpaired,
        not taught to the memory as part of the other's translation."""
        two, anchors, one = (
            (s, self.s_anchor, self.t_anchor[t[0]])
            if len(s) == 2
            else (t, self.t_anchor, self.s_anchor[s[0]])
        )
        return any(_anchors.only_new_figures(anchors[k], one) for k in two)

    def _merges_a_label(self, s: list[int], t: list[int]) -> bool:
        """Whether a bead merges a section's label ('About Minamoto Seiki', 'Media
        contact') with a sentence outside its section (the end of the paragraph before
        it) while the other side holds nothing of that section: a label is translated by
        a label ('会社概要', 'お問い合わせ先：…'), or with the lines it heads."""
        for ids, anchors, other_ids, other in (
            (s, self.s_anchor, t, self.t_anchor),
            (t, self.t_anchor, s, self.s_anchor),
        ):
            if len(ids) < 2:
                continue
            for place, k in enumerate(ids):
                section = anchors[k].section if anchors[k].label else ""
                if not section or any(other[o].section == section for o in other_ids):
                    continue
                if place > 0 or any(anchors[n].section != section for n in ids[1:]):
                    return True
        return False

    def _reorder(
        self, path: list[tuple[int, int, int, int, float]]
    ) -> list[tuple[int, int, int, int, float]]:
        """Re-pair list items and roster lines that a translator put in another order.

        A run of beads made only of items is re-paired by cost (greedily, cheapest
        pair first; an item left over is a gap) and the new pairing is kept when it is
        clearly cheaper than the monotone one. Two neighbouring blocks swapped, in the
        head or the body, are paired across (see :meth:`_crossed`).
        """
        head = self._head(path)
        # (the head and the body apart, then across them: a roster whose first line is
        # among the first blocks of a short notice)
        path = self._crossed(self._crossed(path[:head]) + self._crossed(path[head:]))
        head = self._head(path)
        out = path[:head]
        run: list[tuple[int, int, int, int, float]] = []
        for bead in path[head:]:
            if self._items_only(bead) and len(run) < _REORDER_RUN:
                run.append(bead)
                continue
            out.extend(self._best_order(run))
            run = [bead] if self._items_only(bead) else []
            if not run:
                out.append(bead)
        out.extend(self._best_order(run))
        return out

    def _head(self, path: list[tuple[int, int, int, int, float]]) -> int:
        """How many beads of ``path`` are the page's head: its first blocks of one
        sentence each (a headline, a subheadline, a date), among the first
        ``_HEAD_BLOCKS`` of each side. A translation may put the subheadline above the
        headline (a Japanese release often leads with it), so their order is the
        translator's, as a list's is."""
        count = 0
        for i0, i1, j0, j1, _ in path:
            if i1 > _HEAD_BLOCKS or j1 > _HEAD_BLOCKS:
                break
            blocks = [*self.s_blocks[i0:i1], *self.t_blocks[j0:j1]]
            if any(len(b.sentences) != 1 for b in blocks):
                break
            count += 1
        return count

    def _crossed(
        self, path: list[tuple[int, int, int, int, float]]
    ) -> list[tuple[int, int, int, int, float]]:
        """``path`` with two neighbouring blocks the translation swapped paired across
        (headline and subheadline: 1↔2, 2↔1; in the body, a quotation the English gives
        before the paragraph on the ceremony and the Korean after it) where the beads
        over those two blocks of each side cost clearly more than the crossed pairs."""
        out: list[tuple[int, int, int, int, float]] = []
        k = 0
        while k < len(path):
            for end in range(k + 2, min(k + 4, len(path)) + 1):
                run = path[k:end]
                i0, i1, j0, j1 = run[0][0], run[-1][1], run[0][2], run[-1][3]
                if i1 - i0 != 2 or j1 - j0 != 2:
                    continue
                upper = self._block_cost(i0, i0 + 1, j0 + 1, j1)
                lower = self._block_cost(i0 + 1, i1, j0, j0 + 1)
                if upper + lower < sum(b[4] for b in run) - _anchors.MATCH_BONUS:
                    out += [(i0, i0 + 1, j0 + 1, j1, upper), (i0 + 1, i1, j0, j0 + 1, lower)]
                    k = end
                    break
            else:
                out.append(path[k])
                k += 1
        return out

    def _item_gap(self, i: int | None, j: int | None) -> float:
        """An item left unpaired inside the run, as the monotone path prices it: an
        inner gap (_block_cost would take (i, i + 1, 0, 0) for a gap at the start of
        the other side, which costs less, and favour orders that drop items)."""
        if i is not None:
            return self._bead_cost(
                self.sb_len[i], 0, self.sb_anchor[i], _anchors.EMPTY, 1, 0, _BLOCK_GAP
            )
        assert j is not None
        return self._bead_cost(
            0, self.tb_len[j], _anchors.EMPTY, self.tb_anchor[j], 0, 1, _BLOCK_GAP
        )

    def _items_only(self, bead: tuple[int, int, int, int, float]) -> bool:
        i0, i1, j0, j1, _ = bead
        return all(b.kind in _ITEM_KINDS for b in self.s_blocks[i0:i1]) and all(
            b.kind in _ITEM_KINDS for b in self.t_blocks[j0:j1]
        )

    def _best_order(
        self, run: list[tuple[int, int, int, int, float]]
    ) -> list[tuple[int, int, int, int, float]]:
        sources = [i for b in run for i in range(b[0], b[1])]
        targets = [j for b in run for j in range(b[2], b[3])]
        if len(sources) < 2 or len(targets) < 2:
            return run
        current = sum(b[4] for b in run)
        gap_s = {i: self._item_gap(i, None) for i in sources}
        gap_t = {j: self._item_gap(None, j) for j in targets}
        gains = sorted(
            (self._block_cost(i, i + 1, j, j + 1) - gap_s[i] - gap_t[j], i, j)
            for i in sources
            for j in targets
        )
        pairs: dict[int, int] = {}
        used: set[int] = set()
        proposed = sum(gap_s.values()) + sum(gap_t.values())
        for gain, i, j in gains:
            if gain >= 0:
                break
            if i in pairs or j in used:
                continue
            pairs[i] = j
            used.add(j)
            proposed += gain
        if proposed >= current - _anchors.MATCH_BONUS:
            return run
        out = []
        for i in sources:
            if i in pairs:
                j = pairs[i]
                out.append((i, i + 1, j, j + 1, 0.0))
            else:
                out.append((i, i + 1, 0, 0, 0.0))
        out.extend((0, 0, j, j + 1, 0.0) for j in targets if j not in used)
        return out


_MOVED_ANCHORED = 2  # pairs tied by anchors that show a section was moved, not dropped


def _gap_runs(beads: list[Bead]) -> list[list[int]]:
    """The runs of neighbouring gaps of one side (bead indices), gaps of the other side
    between them or not."""
    runs: dict[bool, list[list[int]]] = {True: [], False: []}
    last: dict[bool, int] = {}
    for i, bead in enumerate(beads):
        if bead.is_pair:
            last.clear()
            continue
        side = bool(bead.source)
        if side in last:
            runs[side][-1].append(i)
        else:
            runs[side].append([i])
        last[side] = i
    return runs[True] + runs[False]


def _apart(beads: list[Bead], one: list[int], other: list[int]) -> bool:
    """Whether a pair lies between two runs of gaps (see :func:`_gap_runs`): the monotone
    passes saw them apart, and could not pair them."""
    low, high = sorted((one, other), key=lambda run: run[0])
    return any(beads[i].is_pair for i in range(low[-1] + 1, high[0]))


def _sum(items: object) -> Anchors:
    total = _anchors.EMPTY
    for a in items:  # type: ignore[attr-defined]
        total = total + a if total is not _anchors.EMPTY else a
    return total
