"""prlocalize.rules.typography
~~~~~~~~~~~~~~~~~~~~~~~~~~~

PR3xx: typography of the source release: stray punctuation, a missing space after
punctuation, doubled spaces, and compounds written closed or open against the
glossary's spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Literal

from prlocalize.catalog.period_ends import backward_periods
from prlocalize.catalog.units import restated_wrong
from prlocalize.document import BlockKind, Segment, Span
from prlocalize.findings import Applicability, Edit, Finding, Fix, Severity
from prlocalize.glossary.matcher import FormKind, TermMatcher
from prlocalize.invisible import (
    character_name,
    compose,
    decomposed_words,
    invisible_replacement,
    shown,
    stray_invisibles,
)
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.locales import language
from prlocalize.rules.base import CheckContext, FixAvailability, Rule
from prlocalize.rules.brackets import (
    BRACKETS,
    CLOSERS,
    MUST_CLOSE_OPENER,
    QUOTE_MARKS,
    closer_of,
    mismatched_brackets,
    paragraph_quotes,
    quotes_left_open,
    unclosed_brackets,
    unopened_doubles,
)
from prlocalize.rules.compounds import CJK_LETTERS, compound_index, fold_compound
from prlocalize.rules.dateline_dates import dated_otherwise, dateline_date, front_matter_dates
from prlocalize.rules.support import (
    inside,
    prose_paragraphs,
    prose_segments,
    protected_spans,
    report,
    term_matches,
)
from prlocalize.rules.weekday_dates import (
    DAY_NAMES,
    DateContext,
    wrong_weekdays,
)
from prlocalize.scripts import Script, script_of
from prlocalize.segment import ABBREVIATIONS

if TYPE_CHECKING:
    from prlocalize.glossary.model import Glossary

# (pattern, replacement): longest first, so ", ." is one finding, not two
# a word's end before the stray mark may be a trademark sign or a percent sign, which
# stick to the word ('LumiSheet™ , a film', 'up 5% .')
STRAY_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (lazy_compile(r"(?<=[\w)\]”’\"'™®℠%])[ \t]*,[ \t]*\.(?!\.)"), "."),  # "word, ." "word,."
    # "word,, next", and inside a quotation's end ('fertilizer,," said'), where English
    # sets the comma that closes a quoted comment
    (lazy_compile(r"(?<=\w),{2,}(?=[ \t\"”’')\]]|$)"), ","),
    # "word, , next": a comma typed twice with a space between, where a phrase was cut
    (lazy_compile(r"(?<=\w),[ \t]+,(?=[ \t])"), ","),
    # "word .." (a space and a doubled full stop), but not " ..." nor " ../"
    (lazy_compile(r"(?<=[\w)\]”’\"'™®℠%])[ \t]+\.\.(?![.\w/])"), "."),
    # "word ." at a sentence end, but not a spaced ellipsis ". . ."
    (lazy_compile(r"(?<=[\w)\]”’\"'™®℠%])[ \t]+\.(?![.\w])(?![ \t]+\.)"), "."),
    (lazy_compile(r"(?<=[\w™®℠%])[ \t]+,(?=[ \t])"), ","),  # "word , next"
    # a comma just after a dash ('/PRNewswire/ -- , Meridia', '03일 -- , 물류',
    # '(BUSINESS WIRE)--, Hanbit'): what stood between them was cut; a dash takes no
    # comma after it. A dash set alone before the comma ('Dividend: —, ') stands for
    # a missing value
    (lazy_compile(r"(?:(?<=[ \t]-)|(?<=--)|(?<=[–—―]))[ \t]+,(?=[ \t])"), ""),
    (lazy_compile(r"(?:(?<=\S--)|(?<=[^\s:][–—―])),[ \t]+(?=\S)"), ""),
    (lazy_compile(r"(?<=[\w™®℠%])[ \t]+,$"), ","),  # "word ," where the sentence stops
    # "word. ." (a full stop typed twice, a space between), not a spaced ellipsis ". . ."
    (lazy_compile(r"(?<=[\w)\]”’\"'])\.[ \t]+\.(?![.\w])(?![ \t]+\.)"), "."),
    (lazy_compile(r"(?<=[A-Za-z0-9™®℠%])[ \t]+;(?=[ \t])"), ";"),  # "online ; members"
    # a space before a Japanese comma or full stop ('本日 、', 'しました 。'): Japanese
    # sets none there
    (lazy_compile(r"(?<=[\w)）」』])[ \t]+、"), "、"),
    (lazy_compile(r"(?<=[\w)）」』])[ \t]+。"), "。"),
    # "word ,next": the space typed on the wrong side of the comma
    (lazy_compile(r"(?<=\w)[ \t]+,(?=[A-Za-z\uac00-\ud7a3])"), ", "),
    # "etc..", "5 dollars..", "발표했다.." but not "..." or "../" or "1..5"
    (lazy_compile(r"(?<=[A-Za-z0-9)\uac00-\ud7a3])\.\.(?![.\w/])"), "."),
    (lazy_compile(r"[、，][ \t]*。"), "。"),
    (lazy_compile(r"。[ \t]*[、，](?![、，])"), "。"),  # a comma after a sentence's end
    (lazy_compile(r"(?<!。)。。(?!。)"), "。"),
    (lazy_compile(r"(?<!、)、、(?!、)"), "、"),
)


# cheap test for any of the patterns above: ", ." ",," " ." " ," " ;" " 、" " 。" ".." "、。"
# "。、" "。。" "、、",
# each found at its first punctuation mark (looking behind for what comes before it), so
# that the regex engine skips to the marks in C instead of trying every position
STRAY_HINT = lazy_compile(
    r"[,.;、，。](?:(?<=,)[ \t]*\.|(?<=,),|(?<=[ \t][.,;、。])|(?<=\.)\.|(?<=[、，])[ \t]*。"
    r"|(?<=。)。|(?<=、)、|(?<=。)[ \t]*[、，]|(?<=[-–—―],))"
)


# a range mark typed twice between two times or days ('10:00～～10:40', '2시~~2시 40분',
# '12日～～14日'); not the doubled dash '――', which Japanese sets as one long dash, nor
# '--', which plain text writes for a dash; and a colon typed twice after a label's word
# ('Keynote:: "…"', '日時：：'), not in code ('std::vector') or an address ('fe80::1')
_DOUBLED_MARK = lazy_compile(
    r"(?<=[\d時分日시분일])([～〜~－–])\1+(?=[ \t]?(?:\d|[０-９]|午[前後]|오[전후]))"
    r"|(?<=[^\W\d_])(?:::|：：)(?=[ \t\u3000])"
)
_DOUBLED_MARK_HINT = lazy_compile("[～〜~－–:：](?<=～～|〜〜|~~|－－|––|::|：：)")

# a word, then a full stop and a comma before a closing quotation mark ('shift.,"'); a
# word of one letter or a dotted one ('a.m.,"', 'U.S.,"') is an abbreviation's
_STOP_BEFORE_COMMA = lazy_compile(r"(?<![.\w])([A-Za-z]{2,}|[\uac00-\ud7a3]+)\.,(?=[\"”’'])")
# abbreviations a quotation may end with, besides the segmenter's ('etc.,"')
_ABBREVIATED = ABBREVIATIONS | {
    "etc",
    "al",
    "min",
    "max",
    "avg",
    "hrs",
    "mins",
    "yrs",
    "pcs",
    "qty",
}


# a mark that makes a sentence of its own after a sentence's end: typed twice
_LONE_MARKS = frozenset({".", ",", "。", "、"})


class StrayPunctuation(Rule):
    """Punctuation left over from an edit, such as ', .' or ',,'.

    Why is this bad?
        A comma before a full stop or a doubled comma ('June,,', 'June, , calling') is
        the trace of a deleted phrase, and so is a Japanese comma after a sentence's
        end ('。、'), a full stop typed twice ('May. .'), and a mark with a space before
        it ('本日 、', 'word ,' where the sentence stops, 'online ; members', after a
        trademark or percent sign too: 'LumiSheet™ , a film'), a comma just after a
        dash ('/PRNewswire/ -- , Meridia', '(BUSINESS WIRE)--, Hanbit'; not a dash set
        alone for a missing value, 'Dividend: —, '), a full stop left before the
        comma that closes a quotation ('every night.," said', '늘리겠다.,"고'; not an
        abbreviation's: 'etc.,"'), and a
        closing bracket typed twice with one opened ('（現 講師））'), a range mark
        typed twice between two times or days of a timetable ('10:00～～10:40', '오후
        2시~~2시 40분'; not Markdown's strikethrough, nor the long dash '――') and a
        colon typed twice after a label ('Keynote:: "…"'; not 'std::vector'); a space
        that keeps a mark out of an address ('https://example.com 。') is left alone.
        In Japanese, a hyphen, minus or the kanji '一' typed for the long mark of a
        katakana word ('リゾ-ト', 'サ－ビス', 'エネルギ-を', 'カ一ド') is one too; a
        hyphen joining two katakana words ('ゼロ-エミッション'), a route ('ソウル-釜山')
        and a model number ('モデル-X1') are left alone. The long mark typed for a
        hyphen between figures or Latin letters ('ボーイング737ー800', '03ー5700ー1234')
        is a stray mark as well.
        It looks careless in a published release and is copied into every translation.

    Example:
        The roundtable was held with pharmaceutical companies, .

    Use instead:
        The roundtable was held with pharmaceutical companies.

    Fix safety:
        Safe: the stray marks are replaced by the one mark the sentence needs.
        Suggested for a long mark: 'ー' in place of the hyphen.
    """

    code: ClassVar[str] = "PR301"
    name: ClassVar[str] = "stray-punctuation"
    severity: ClassVar[Severity] = Severity.ERROR
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        yield from self._closers_doubled(ctx)
        yield from self._stop_before_comma(ctx)
        yield from self._marks_doubled(ctx)
        if ctx.document.lang.startswith("ja"):
            yield from self._long_marks(ctx)
        previous: tuple[object, Segment] | None = None
        for block, segment in prose_segments(ctx):
            text = segment.plain
            after_end = (
                previous is not None and previous[0] is block and previous[1].plain.endswith("。")
            )
            lone_mark = (
                previous is not None
                and previous[0] is block
                and previous[1].plain.endswith((".", "!", "?", "。"))
                and text in _LONE_MARKS
            )
            previous = (block, segment)
            if lone_mark:
                # 'The plant opens in May. .': the segmenter ends the sentence at the first
                yield self._lone_mark(ctx, segment)
                continue
            if after_end and text[:1] in "、，" and text[1:2] not in ("、", "，") and len(text) > 1:
                # '決議しました。、詳細は': the segmenter ends the sentence at '。'
                yield report(
                    self,
                    ctx,
                    segment,
                    0,
                    1,
                    f"Stray punctuation '{text[0]}' after '。'",
                    suggestion="",
                    replacement="",
                    fix_title=f"Remove '{text[0]}'",
                    safe=True,
                )
            if not STRAY_HINT.search(text):
                continue
            urls = protected_spans(segment)
            taken: list[tuple[int, int]] = []
            for pattern, replacement in STRAY_PATTERNS:
                for m in pattern.finditer(text):
                    start, end = m.start(), m.end()
                    if inside(start, end, urls) or inside(start, end, taken):
                        continue
                    if text[start] in " \t" and any(e == start for _s, e in urls):
                        continue  # 'https://example.com 。': the space keeps the mark out of it
                    found = text[start:end]
                    if segment.offsets is not None and _markup_between(ctx, segment, start, end):
                        continue
                    taken.append((start, end))
                    yield report(
                        self,
                        ctx,
                        segment,
                        start,
                        end,
                        f"Stray punctuation '{found}'",
                        suggestion=replacement,
                        replacement=replacement,
                        fix_title=f"Replace with '{replacement}'",
                        safe=True,
                    )

    def _stop_before_comma(self, ctx: CheckContext) -> Iterator[Finding]:
        """A full stop left before the comma that closes a quotation ('every shift.,"
        said', '늘리겠다.,"고'): the sentence's stop was turned into the comma an
        attribution takes, and not removed."""
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if ".," not in text:
                continue
            urls: list[tuple[int, int]] | None = None
            for m in _STOP_BEFORE_COMMA.finditer(text):
                word = m.group(1)
                if word.isascii() and (word.lower() in _ABBREVIATED or not word.islower()):
                    continue  # 'etc.,"', 'Inc.,"': the stop is the abbreviation's
                urls = protected_spans(segment) if urls is None else urls
                start = m.end(1)
                if inside(start, start + 2, urls):
                    continue
                # Korean sets no mark before the closing quotation and '고'
                replacement = "," if word.isascii() else ""
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    start + 2,
                    "Stray punctuation '.,': a full stop left before the comma that"
                    " closes the quotation",
                    suggestion=replacement,
                    replacement=replacement,
                    fix_title=f"Replace with '{replacement}'" if replacement else "Remove '.,'",
                    safe=word.isascii(),
                )

    def _marks_doubled(self, ctx: CheckContext) -> Iterator[Finding]:
        """A range mark typed twice between two times or days of a timetable
        ('10:00～～10:40', '오후 2시~~2시 40분') and a colon typed twice after a label
        ('Keynote:: "…"', '会場：：')."""
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if _DOUBLED_MARK_HINT.search(text) is None:
                continue
            urls = protected_spans(segment)
            for m in _DOUBLED_MARK.finditer(text):
                start, end = m.span()
                if inside(start, end, urls):
                    continue
                mark = text[start]
                if mark == "~" and text.count("~~") > 1:
                    continue  # Markdown's strikethrough: '~~10,000~~ 8,000원'
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"Stray punctuation '{text[start:end]}': a mark typed twice",
                    suggestion=mark,
                    replacement=mark,
                    fix_title=f"Replace with '{mark}'",
                    safe=True,
                )

    def _closers_doubled(self, ctx: CheckContext) -> Iterator[Finding]:
        """A closing bracket typed twice with one opened ('（現 講師））')."""
        depth: dict[str, int] = {}
        block_id = None
        for block, segment in prose_segments(ctx):
            if block.id != block_id:
                block_id, depth = block.id, {}
            text = segment.plain
            if BRACKETS.isdisjoint(text):  # (a set operation in C, not a loop a letter)
                continue
            urls: list[tuple[int, int]] | None = None
            for at in unopened_doubles(text, depth):
                urls = protected_spans(segment) if urls is None else urls
                if inside(at - 1, at + 1, urls):
                    continue
                yield report(
                    self,
                    ctx,
                    segment,
                    at,
                    at + 1,
                    f"Stray punctuation '{text[at]}': a closing bracket typed twice",
                    suggestion="",
                    replacement="",
                    fix_title=f"Remove '{text[at]}'",
                    safe=True,
                )

    def _long_marks(self, ctx: CheckContext) -> Iterator[Finding]:
        """A hyphen, minus or the kanji '一' typed for the long mark inside a katakana
        word ('リゾ-ト', 'サ－ビス', 'エネルギ-を'), and the long mark for a hyphen
        ('737ー800')."""
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if "ー" in text:
                yield from self._hyphens_as_long_marks(ctx, segment)
            if not _LONG_MARK_HINT.search(text):
                continue
            urls: list[tuple[int, int]] | None = None
            for m in _LONG_MARK_HINT.finditer(text):
                at = m.start() + 1
                if not typed_for_long_mark(text, at):
                    continue
                urls = protected_spans(segment) if urls is None else urls
                if inside(at, at + 1, urls) or _in_address(text, at):
                    continue
                yield report(
                    self,
                    ctx,
                    segment,
                    at,
                    at + 1,
                    f"Stray punctuation '{text[at]}' typed for the long mark 'ー' of a"
                    " katakana word",
                    suggestion="ー",
                    replacement="ー",
                    fix_title="Write 'ー'",
                )

    def _hyphens_as_long_marks(self, ctx: CheckContext, segment: Segment) -> Iterator[Finding]:
        """The long mark 'ー' typed for a hyphen between figures or Latin letters."""
        text = segment.plain
        urls: list[tuple[int, int]] | None = None
        for m in _HYPHEN_AS_LONG_MARK.finditer(text):
            urls = protected_spans(segment) if urls is None else urls
            if inside(m.start(), m.end(), urls):
                continue
            yield report(
                self,
                ctx,
                segment,
                m.start(),
                m.end(),
                "Stray punctuation 'ー': the long mark typed for a hyphen between figures"
                " or letters",
                suggestion="-",
                replacement="-",
                fix_title="Write '-'",
            )

    def _lone_mark(self, ctx: CheckContext, segment: Segment) -> Finding:
        """The finding for a mark that stands alone after a sentence's end, its fix
        taking the spaces before it too ('May. .' → 'May.')."""
        span = segment.source_span(0, 1)
        source = ctx.document.text
        start = span.start
        while start > 0 and source[start - 1] in " \t":
            start -= 1
        mark = segment.plain[0]
        fix = None
        if source[span.start : span.end] == mark:
            fix = Fix((Edit(Span(start, span.end), ""),), Applicability.SAFE, f"Remove '{mark}'")
        return self.finding(
            ctx.document.path,
            span,
            f"Stray punctuation '{mark}' after the sentence's end",
            found=mark,
            suggestion="",
            fix=fix,
        )


# a katakana that can be lengthened (not ン, ッ or a mark), then a hyphen,
# minus or dash-like character, or the kanji '一', that IMEs and OCR put for 'ー'
_LONG_MARK_HINT = lazy_compile("[ァ-ヂツ-ヲヴ][-‐‑－−ｰ一]")
# ... and the other way round: the long mark typed for a hyphen between figures or Latin
# letters ('737ー800', '03ー5700ー1234', 'A321ーneo'), which no katakana word has
_HYPHEN_AS_LONG_MARK = lazy_compile("(?<=[0-9A-Za-z])ー(?=[0-9A-Za-z])")
_KATAKANA_RUN = lazy_compile("[ァ-ヺー]*")
_SHORT_PART = 2  # kana: a long mark sits near a word's end ('リゾ-ト', 'コンピュ-タ')
_WORD_END_MARKS = frozenset("、。」』）)・")


def _in_address(text: str, at: int) -> bool:
    """Whether the katakana word before ``text[at]`` goes on from an address's path or
    query ('https://example.jp/サ-ビス'): addresses are found in ASCII only."""
    before = at
    while before > 0 and ("\u30a1" <= text[before - 1] <= "\u30fa" or text[before - 1] == "ー"):
        before -= 1
    return before > 0 and text[before - 1] in "/=#?&_.%"


def typed_for_long_mark(text: str, at: int) -> bool:
    """Whether ``text[at]``, after a katakana, stands for 'ー': at the katakana word's
    end before hiragana or a closing mark ('エネルギ-を'), or inside it with one kana
    before it or two or fewer after ('サ-ビス', 'リゾ-ト'). Two katakana words joined by
    a hyphen ('ゼロ-エミッション', 'アサンテ-ボアテング'), a route ('ソウル-釜山'), a model
    number ('モデル-X1') and a count ('ドア一つ') are left alone."""
    after = text[at + 1 : at + 2]
    if not after:
        return False
    if not ("\u30a1" <= after <= "\u30fa" or after == "ー"):
        return text[at] != "一" and ("\u3041" <= after <= "\u3096" or after in _WORD_END_MARKS)
    before = at
    while before > 0 and ("\u30a1" <= text[before - 1] <= "\u30fa" or text[before - 1] == "ー"):
        before -= 1
    run = _KATAKANA_RUN.match(text, at + 1)
    after_len = (run.end() if run else at + 1) - (at + 1)
    return at - before <= 1 or after_len <= _SHORT_PART


def _markup_between(ctx: CheckContext, segment: Segment, start: int, end: int) -> bool:
    """Whether markup the reader dropped sits among the marks: an image or an icon
    element before the full stop ('the chart ![chart](c.png).') is what the space is for."""
    span = segment.source_span(start, end)
    source = ctx.document.text[span.start : span.end]
    return "".join(source.split()) != "".join(segment.plain[start:end].split())


_TOKEN_MARKS = ("@", "/", "_", "=", "\\", "#")
# punctuation glued to a word, or to an opening quote before one: a straight '"' opens a
# quotation only after a colon ('said:"We'), after a comma it usually closes one ('"Yes,"he')
# (one leading class: the engine skips to candidate marks in C)
_GLUED_HINT = lazy_compile(
    r"[,;:.!?)](?:[^\W\d_]|(?<=:)\"[^\W\d_]|(?<=[,;:])\u201c[^\W\d_]"
    r"|(?<=[,.!?])\u201d[^\W\d_])"
)
_OPENING_QUOTES = frozenset('"\u201c')


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


# Japanese and Chinese put no space between words, so not after a half-width ':' or ','
# either ('本社:東京都'); Korean does ('문의: 홍보팀')
_UNSPACED_SCRIPTS = frozenset({Script.HAN, Script.HIRAGANA, Script.KATAKANA})


def _unspaced(char: str) -> bool:
    return bool(char) and script_of(char) in _UNSPACED_SCRIPTS


def _glued_punctuation(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, punctuation end, end) of 'word,word' or 'end.Next' in ``text``.

    Found from the punctuation outwards (a regex over the words would rescan them).
    """
    for hint in _GLUED_HINT.finditer(text):
        i = hint.start()
        punct = text[i]
        if punct == ")":
            glued = _bracket_glued(text, i)
            if glued is not None:
                yield glued
            continue
        if text[i + 1] == "\u201d":  # '"Yes,”he said': the space goes after the closing quote
            quoted = _closing_quote_glued(text, i)
            if quoted is not None:
                yield quoted
            continue
        left = i
        while left > 0 and text[left - 1].isalpha():
            left -= 1
        opening = i + 1 + (text[i + 1] in _OPENING_QUOTES)  # where the next word starts
        right = opening
        while right < len(text) and text[right].isalpha():
            right += 1
        before, after = text[left:i], text[opening:right]
        if punct in ",;:":
            if punct == ":" and before.casefold() == "re":
                continue  # 're:' opens names glued ('AWS re:Invent', 're:publica')
            figure = _figure_start(text, i) if not before and punct != ":" else None
            if figure is not None and _lower_word(after):
                yield figure, i + 1, right  # 'in 1998,the company', 'COVID-19,and'
                continue
            spaced = not (_unspaced(before[-1:]) or _unspaced(after[:1]))
            if len(before) >= 2 and len(after) >= 2 and spaced:
                yield left, i + 1, right
        elif _sentence_end_glued(before, after):
            yield left, i + 1, right
        elif not before and punct == "." and _capitalised_word(after):
            figure = _figure_start(text, i)
            if figure is not None and i - figure >= 3:  # 'in 2025.The', not a list's '1.Zoom'
                yield figure, i + 1, right


def _bracket_glued(text: str, i: int) -> tuple[int, int, int] | None:
    """(start, bracket end, end) of a bracketed aside glued to the Latin word after it
    ('(METI)held'); not a word's optional letters ('(s)he', 'partner(s)', '(re)launch'),
    a list's '(1)' nor a bracket of Japanese or Korean, which sets no space ('(株)ABC')."""
    opening = text.rfind("(", 0, i)
    inner = text[opening + 1 : i]
    if opening < 0 or (opening and not text[opening - 1].isspace()) or len(inner) < 3:
        return None
    if inner.isdigit() or (inner.isalpha() and inner.islower()):
        return None
    if any(script_of(c) is not Script.LATIN for c in inner if c.isalpha()):
        return None
    right = i + 1
    while right < len(text) and text[right].isalpha() and script_of(text[right]) is Script.LATIN:
        right += 1
    if right - i <= 2 or (right < len(text) and text[right].isalpha()):
        return None  # a letter alone, or a word of another script
    left = i  # from the aside's last word, as 'companies,and' is reported
    while left > opening + 1 and not text[left - 1].isspace():
        left -= 1
    return left, i + 1, right


def _figure_start(text: str, i: int) -> int | None:
    """Start of a figure of digits ending at ``i`` that stands as a word ('1998', the '19'
    of 'COVID-19'), not the end of a decimal or an identifier ('1.5', 'v2', 'A4')."""
    left = i
    while left > 0 and text[left - 1].isdigit():
        left -= 1
    if left == i:
        return None
    if left == 0 or text[left - 1].isspace():
        return left
    if text[left - 1] == "-" and left > 1 and text[left - 2].isalpha():
        return left
    return None


def _closing_quote_glued(text: str, i: int) -> tuple[int, int, int] | None:
    """'Yes,”he said': punctuation, a closing quote and the next word with no space."""
    left = i
    while left > 0 and text[left - 1].isalnum():
        left -= 1
    right = i + 2
    while right < len(text) and text[right].isalpha():
        right += 1
    before, after = text[left:i], text[i + 2 : right]
    if not before or len(after) < 2 or _unspaced(before[-1]) or _unspaced(after[0]):
        return None
    return left, i + 2, right


def _capitalised_word(word: str) -> bool:
    return len(word) >= 2 and "A" <= word[0] <= "Z" and word[1:].isascii() and word[1:].islower()


def _lower_word(word: str) -> bool:
    return len(word) >= 2 and word.isascii() and word.islower()


# a company's suffix, which a sentence or a list goes on after ('Inc.and', 'Ltd.to')
_LEGAL_SUFFIXES = frozenset({"Inc", "Ltd", "Corp", "Co", "Llc", "LLC", "Plc", "PLC", "AG", "SA"})


def _sentence_end_glued(before: str, after: str) -> bool:
    """'end' + '.' + 'Next' (or Korean on both sides), or a company's suffix glued to
    the next word ('Inc.and'); not 'U.S' or 'Node.js'."""
    if before in _LEGAL_SUFFIXES and _lower_word(after):
        return True
    if not before or not (("a" <= before[-1] <= "z") or _is_hangul(before[-1])):
        return False
    if after and all(_is_hangul(c) for c in after):
        # a Korean particle after an abbreviated Latin name ('Inc.가', 'Ltd.는') is attached
        return _is_hangul(before[-1])
    return (
        len(after) >= 2 and "A" <= after[0] <= "Z" and after[1:].isascii() and after[1:].islower()
    )


class MissingSpaceAfterPunctuation(Rule):
    """A comma, colon, semicolon or sentence end glued to the next word.

    Why is this bad?
        'companies,and' or 'said.The' reads as one word; sentence splitters and
        translation tools then treat two sentences as one.

    Example:
        The agreement was signed in November.The ministry welcomed it.

    Use instead:
        The agreement was signed in November. The ministry welcomed it.

    Fix safety:
        Safe: a space is inserted after the punctuation (after a closing quote glued
        to the next word: 'Yes,”he'; before an opening quote glued to a colon:
        'said:"We'). A figure glued to the next word ('in 1998,the', '2025.The') is
        reported; a list number ('1.Zoom') is not, and a company's suffix glued to a
        word in lower case is ('Inc.and', 'Ltd.to'). URLs, e-mail addresses,
        file names, decimals, abbreviations such as 'U.S.', the company suffix
        'Co.,Ltd.' and a half-width ':' or ',' in Japanese or Chinese, which put no
        space between words ('本社:東京都'), are never reported. A closing bracket
        glued to the next word ('(METI)held') is reported too; a word's optional
        letters ('(s)he', '(re)launch'), a list's '(1)' and a Japanese or Korean
        bracket ('(株)ABC') are not.
    """

    code: ClassVar[str] = "PR302"
    name: ClassVar[str] = "missing-space-after-punctuation"
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if not _GLUED_HINT.search(text):
                continue
            urls = protected_spans(segment)
            for start, punct_end, end in _glued_punctuation(text):
                if inside(start, end, urls) or _in_identifier(text, start, end):
                    continue
                if text[punct_end - 1] in ":;" and text[punct_end:end].isupper():
                    continue  # a ticker or code: "(NASDAQ:ABCD)"
                found = text[start:end]
                fixed = text[start:punct_end] + " " + text[punct_end:end]
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"Missing space after punctuation in '{found}'",
                    suggestion=fixed,
                    replacement=fixed,
                    fix_title=f"Insert a space: '{fixed}'",
                    safe=True,
                )


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Whether the non-space token around ``[start, end)`` is an address or identifier."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    token = text[left:right]
    return any(mark in token for mark in _TOKEN_MARKS) or ".," in token


_DOUBLED = lazy_compile(r"(?<=[^\s.!?:])  (?=[^\s])")
# two or more spaces between words, not after a sentence end: a column gap in a table row
_GAP = lazy_compile(r"[^\s.!?:] {2,}(?=\S)")


def _in_table(source: str, at: int) -> bool:
    """Whether the line holding offset ``at`` is a row of columns set apart by spaces: it
    has two such gaps ('Revenue  $498.2  $420.8'), or a line next to it has one, and it
    does not end a sentence as prose does."""
    start = source.rfind("\n", 0, at) + 1
    end = source.find("\n", at)
    end = len(source) if end < 0 else end
    if source[start:end].rstrip().endswith((".", "!", "?", "。")):
        return False
    if len(_GAP.findall(source, start, end)) >= 2:
        return True
    above = source.rfind("\n", 0, max(start - 1, 0)) + 1 if start else start
    below = source.find("\n", end + 1)
    below = len(source) if below < 0 else below
    return (start > 0 and _GAP.search(source, above, start - 1) is not None) or (
        end < len(source) and _GAP.search(source, end + 1, below) is not None
    )


class DoubledSpace(Rule):
    """Two spaces between words.

    Why is this bad?
        A doubled space is usually left behind by an edit. It shows in plain-text
        and e-mail versions of the release and makes the text harder to match
        against translation memories.

    Example:
        The roundtable was held at  Shonan iPark.

    Use instead:
        The roundtable was held at Shonan iPark.

    Fix safety:
        Safe: the two spaces become one. Indentation, runs of three or more spaces
        (column alignment), rows of a table set in columns by spaces, two spaces after
        a sentence end (typewriter style), two spaces between Japanese or Chinese words
        (layout, as wide as one ideographic space), two spaces after '붙임' (a Korean
        official document's attachments: '붙임  1. 사업 개요 1부.  끝.') and HTML, where
        browsers collapse spaces, are never reported; in HTML a non-breaking space
        beside a space ('open&nbsp; a', as Word saves two typed spaces) shows as two,
        and is. Markdown is judged as the file
        has it, though its page will show one space: the file is what gets pasted into
        e-mail; two spaces before a line's end there are a hard line break. So is a
        plain-text paragraph wrapped over lines, which is read as one line.
    """

    code: ClassVar[str] = "PR303"
    name: ClassVar[str] = "doubled-space"
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.document.format == "html":
            for _block, segment in prose_segments(ctx):
                yield from self._html_doubles(ctx, segment)
            return
        markdown = ctx.document.format == "markdown"
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if markdown:
                # the reader folds a run of spaces into one, as the page will show it;
                # the file (pasted into e-mail, wire services) keeps both
                yield from self._folded_doubles(ctx, segment)
                continue
            if segment.offsets is not None:
                # a plain-text paragraph wrapped over lines is read as one line, its
                # spaces folded: its doubled spaces are the file's
                yield from self._folded_doubles(ctx, segment)
            if "  " not in text:
                continue
            code = protected_spans(segment)
            for m in _DOUBLED.finditer(text):
                start, end = m.start(), m.end()
                if inside(start, end, code):
                    continue
                if _unspaced(text[start - 1]) and _unspaced(text[end]):
                    continue  # Japanese spaces only for layout ('広報担当  山田')
                if _in_table(ctx.document.text, segment.source_span(start, end).start):
                    continue
                if _after_attachment_label(text, start):
                    continue
                before = text[:start].rsplit(" ", 1)[-1] or text[:start]
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"Doubled space after '{before[-20:]}'",
                    suggestion=" ",
                    replacement=" ",
                    fix_title="Replace with one space",
                    safe=True,
                )

    def _html_doubles(self, ctx: CheckContext, segment: Segment) -> Iterator[Finding]:
        """Doubled spaces of an HTML segment: a space of its text that stands for a
        non-breaking space and a space in the file ('open&nbsp; a', as Word saves two
        typed spaces), which a browser shows as two."""
        text, source = segment.plain, ctx.document.text
        if not _NBSP.search(source, segment.span.start, segment.span.end + 1):
            return  # (most segments: no space of theirs is looked up in the file)
        for m in _SPACE_BETWEEN.finditer(text):
            if _unspaced(text[m.start() - 1]) and _unspaced(text[m.end()]):
                continue  # Japanese spaces only for layout
            if _after_attachment_label(text, m.start()):
                continue  # '붙임&nbsp; 1. 사업 개요', as Korean official documents set it
            at = segment.source_span(m.start(), m.end()).start
            run = _HTML_SPACES.match(source, at)
            if run is None or _shown_spaces(run.group()) != 2:
                continue  # one space, or three or more (layout)
            before = text[: m.start()].rsplit(" ", 1)[-1]
            yield self.finding(
                ctx.document.path,
                Span(run.start(), run.end()),
                f"Doubled space after '{before[-20:]}'",
                found=run.group(),
                suggestion=" ",
                fix=Fix(
                    (Edit(Span(run.start(), run.end()), " "),),
                    Applicability.SAFE,
                    "Replace with one space",
                ),
            )

    def _folded_doubles(self, ctx: CheckContext, segment: Segment) -> Iterator[Finding]:
        """Doubled spaces of a Markdown segment: a space of its text that stands for two
        in the file, between words (not two before a line's end: a hard line break)."""
        text, source = segment.plain, ctx.document.text
        if "  " not in source[segment.span.start : segment.span.end + 1]:
            return  # (most segments: no space of theirs is looked up in the file)
        code: list[tuple[int, int]] | None = None
        for m in _SPACE_BETWEEN.finditer(text):
            at = segment.source_span(m.start(), m.end()).start
            if source[at : at + 2] != "  " or not _DOUBLED.match(source, at):
                continue
            if _unspaced(text[m.start() - 1]) and _unspaced(text[m.end()]):
                continue  # Japanese spaces only for layout ('広報担当  山田')
            code = protected_spans(segment) if code is None else code
            if inside(m.start(), m.end(), code) or _in_table(source, at):
                continue
            if _after_attachment_label(text, m.start()):
                continue
            before = text[: m.start()].rsplit(" ", 1)[-1]
            edit = Edit(Span(at, at + 2), " ")
            yield self.finding(
                ctx.document.path,
                Span(at, at + 2),
                f"Doubled space after '{before[-20:]}'",
                found="  ",
                suggestion=" ",
                fix=Fix((edit,), Applicability.SAFE, "Replace with one space"),
            )


# the label that opens a Korean official document's list of attachments
_ATTACHMENT_LABELS = frozenset({"붙임", "붙 임"})


def _after_attachment_label(text: str, at: int) -> bool:
    """Whether the spaces at ``at`` follow '붙임' opening the line: Korean official
    documents set the attachments apart by two spaces ('붙임  1. 사업 개요 1부.  끝.'),
    as their drafting rules say."""
    return text[:at].strip() in _ATTACHMENT_LABELS


# a non-breaking space of an HTML file, as a character or a reference
_NBSP = lazy_compile(r"\xa0|&nbsp;|&#160;|&#[xX]0*[aA]0;")
# a run of spaces of an HTML file (each alternative starts with its own character)
_HTML_SPACES = lazy_compile(r"(?:\xa0|&nbsp;|&#160;|&#[xX]0*[aA]0;|[ \t\r\n])+")


def _shown_spaces(run: str) -> int:
    """How many spaces a browser shows for ``run``: each non-breaking space, and one for
    the ordinary spaces between them (collapsed)."""
    nbsp = len(_NBSP.findall(run))
    return nbsp + (1 if _NBSP.sub("", run) else 0)


# one space between words in a segment's text (a Markdown file may hold more there)
_SPACE_BETWEEN = lazy_compile(r"(?<=[^\s.!?:]) (?=[^\s])")

# a word: a run of letters and digits, cut where Latin meets kana, kanji or Hangul
# ('KurenaiIDで' is 'KurenaiID' and 'で'); the two classes share no character
_WORD = lazy_compile(f"[{CJK_LETTERS}]+|[^\\W_{CJK_LETTERS}]+")


class CompoundSpelling(Rule):
    """A glossary compound written closed or hyphenated against its approved spelling.

    Why is this bad?
        'nextgeneration' for the glossary's 'next-generation' is a misspelling that
        spell checkers often miss, and it breaks terminology lookups in translation.
        This rule owns every form that differs from a glossary form only in spaces
        and hyphens, including such forms the glossary lists as forbidden. A name's
        words keep the name's spelling: 'Ministry of SMEs and Start-ups' misspells a
        name written 'Startups', though 'start-ups' alone may be an accepted variant.
        An organisation's, brand's or place's name of capitalised words or parts is
        spelt one way: glued with its capitals ('SakuraBank', 'MediTrackPro'), or split
        or hyphenated into capitalised words ('Sky Ledger', 'Care-Loop' for 'SkyLedger',
        'CareLoop'; 'Yokohama Minatomirai') it is misspelt; otherwise cased ('Bluesky',
        'a sky ledger') it is another word or a phrase. So is a name of katakana words
        set apart otherwise than the glossary sets them in a Japanese release
        ('ホシアームミニ' or 'ホシアーム・ミニ' for 'ホシアーム ミニ'). A hyphenated
        term of several words with a space hyphenated too ('non-small-cell lung cancer'
        for 'non-small cell lung cancer') is misspelt as well.

    Example:
        companies in nextgeneration medicine

    Use instead:
        companies in next-generation medicine

    Fix safety:
        Safe when the written form is the approved one with its spaces or hyphens
        removed (a glued name), or a form the glossary forbids. Suggested otherwise ('e-mail' for an
        approved 'email'). An open form ('next generation') is reported only when the
        glossary forbids it, because English writes such compounds open as nouns.
    """

    code: ClassVar[str] = "PR304"
    name: ClassVar[str] = "compound-spelling"
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    @classmethod
    def prepare(cls, glossary: Glossary, lang: str) -> None:
        compound_index(glossary, lang)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.glossary is None:
            return
        if ctx.document.lang.startswith("ja"):
            yield from self._katakana_words(ctx)
        index = compound_index(ctx.glossary, ctx.document.lang)
        if not index.keys:
            return
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            starts = index.word_starts(text)  # offsets of words that may open a compound
            if not starts:
                continue
            words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
            terms = [
                (m.start, m.end)
                for m in term_matches(ctx, segment)
                if m.kind in {"approved", "variant"}
            ]
            matched = terms + protected_spans(segment)
            i = 0
            while i < len(words):
                if words[i][0] not in starts:
                    i += 1
                    continue
                first = text[words[i][0] : words[i][1]].lower()
                parts = index.reach.get(first, index.max_parts)
                hit = _longest_compound(text, words, i, parts, index.keys)
                if hit is None:
                    i += 1
                    continue
                j, key = hit
                start, end = words[i][0], words[j][1]
                i = j + 1
                if text[start - 1 : start] in {"#", "@"}:
                    continue  # '#nextgeneration': a hashtag cannot hold a hyphen or a space
                if " " in index.entries[key].approved:
                    # a multi-word name holds glossary words of its own ('SMEs'): only a
                    # match reaching out of it, or an address, makes it something else
                    if _reaches_out(start, end, terms) or inside(start, end, matched[len(terms) :]):
                        continue
                elif inside(start, end, matched):
                    continue
                found = text[start:end]
                verdict = index.judge(key, found)
                if verdict is None:
                    continue
                approved, safe = verdict
                if start > 0 and approved[:1].islower() and _capitalised(found):
                    continue  # 'the Bio Ventures Forum': a cited name, not our spelling
                approved = _cased_like(found, approved)
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"Compound spelled '{found}' against the glossary",
                    suggestion=approved,
                    replacement=approved,
                    fix_title=f"Write '{approved}'",
                    safe=safe,
                )

    def _katakana_words(self, ctx: CheckContext) -> Iterator[Finding]:
        """A name in katakana words set apart otherwise than the glossary sets them
        ('ホシアームミニ' or 'ホシアーム・ミニ' for 'ホシアーム ミニ')."""
        from prlocalize.rules.japanese_term_slips import japanese_term_slip_index

        assert ctx.glossary is not None
        names = japanese_term_slip_index(ctx.glossary)
        if not names.squeezed:
            return
        for _block, segment in prose_segments(ctx):
            for slip in names.separated(segment.plain):
                one = slip.approved[0] if len(slip.approved) == 1 else None
                yield report(
                    self,
                    ctx,
                    segment,
                    slip.start,
                    slip.end,
                    f"Compound spelled '{slip.written}' against the glossary",
                    suggestion=one,
                    replacement=one,
                    fix_title=f"Write '{one}'" if one else None,
                )


def _longest_compound(
    text: str, words: list[tuple[int, int]], i: int, max_parts: int, keys: frozenset[str]
) -> tuple[int, str] | None:
    """The last word index j and key of the longest compound starting at word i."""
    best: tuple[int, str] | None = None
    for j in range(i, min(len(words), i + max_parts)):
        if j > i:
            gap = text[words[j - 1][1] : words[j][0]]
            if gap not in {" ", "-", ""}:  # "": Latin meeting kana ('CESブース')
                break
        key = fold_compound(text[words[i][0] : words[j][1]])
        if key in keys:
            best = (j, key)
    return best


def _reaches_out(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether one of ``spans`` overlaps ``[start, end)`` and extends beyond it."""
    return any(s < end and start < e and (s < start or e > end) for s, e in spans)


def _capitalised(found: str) -> bool:
    return all(word[:1].isupper() for word in _WORD.findall(found))


def _cased_like(found: str, approved: str) -> str:
    if found[:1].isupper() and approved[:1].islower():
        return approved[:1].upper() + approved[1:]
    return approved


# a page's description and an image's alt or title text: excerpts, often cut short
# ('Ueno added: “This is only the beginning..'), and outside the paragraphs' order
_EXCERPT_KINDS = frozenset({BlockKind.META, BlockKind.ATTRIBUTE})


class MismatchedBracket(Rule):
    """A bracket closed by a bracket of another width or pair.

    Why is this bad?
        '(韓国・ソウル）' mixes a half-width opening bracket with a full-width closing
        one, and '「エアリス』' opens one corner bracket and closes the other: a slip of
        the input method or of an edit. It shows on the page and tells a translation
        tool the quotation or aside never ends.
        Only brackets of one kind are compared: round with round ('(' and '）'), square
        with square, corner with corner ('「' and '』'), lenticular with lenticular,
        angle with angle ('〈소금 장부》': Korean sets the titles of works in 〈〉 and
        《》). A
        closing bracket of another kind (a list's '1)' inside '「…」', an emoticon) and
        brackets inside addresses are left alone, unless neither bracket has a partner
        in the sentence: a dateline opened with one key and closed with another
        ('[서울=한빛통신)', '【札幌]') is the slip too; a half-open interval ('[0, 1)') is
        not. A round, square or lenticular bracket its paragraph never closes
        ('고객센터(1588-4127는 …', 'Update 2 (revised') is reported too: the aside
        swallows the rest of the notice. So is a quotation mark (double quotes, curly
        or straight, and Japanese corner brackets) left open where no paragraph after
        it goes on with the quotation ('"Every berth will be electric, the mayor
        said.', '「…と述べました。' followed by a paragraph of its own): a quotation
        over several paragraphs opens each again and closes only in the last (the
        next paragraph starts with the mark), or runs on through paragraphs without
        marks to its closing one, as Japanese sets it, and is left alone, as are an
        inch mark ('a 65" screen') and a page's description cut short.

    Example:
        ソリン大学(韓国・ソウル）とチャオプラヤー工科大学の共同研究チームです。

    Use instead:
        ソリン大学（韓国・ソウル）とチャオプラヤー工科大学の共同研究チームです。

    Fix safety:
        No fix: either bracket may be the wrong one.
    """

    code: ClassVar[str] = "PR305"
    name: ClassVar[str] = "mismatched-bracket"
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.NONE

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if CLOSERS.isdisjoint(text):
                continue
            urls: list[tuple[int, int]] | None = None
            for opener, closer in mismatched_brackets(text):
                urls = protected_spans(segment) if urls is None else urls
                if inside(opener, opener + 1, urls) or inside(closer, closer + 1, urls):
                    continue
                yield report(
                    self,
                    ctx,
                    segment,
                    opener,
                    closer + 1,
                    f"Bracket '{text[opener]}' closed by '{text[closer]}':"
                    f" '{text[opener]}' pairs with '{closer_of(text[opener])}'",
                )
        yield from self._unclosed(ctx)

    def _unclosed(self, ctx: CheckContext) -> Iterator[Finding]:
        """Each round, square or lenticular bracket its paragraph never closes."""
        for _block, segments in prose_paragraphs(ctx):
            texts = [segment.plain for segment in segments]
            if not any(MUST_CLOSE_OPENER.search(text) for text in texts):
                continue
            for number, at in unclosed_brackets(texts):
                segment = segments[number]
                if inside(at, at + 1, protected_spans(segment)):
                    continue
                bracket = texts[number][at]
                yield report(
                    self,
                    ctx,
                    segment,
                    at,
                    at + 1,
                    f"Bracket '{bracket}' never closed: '{closer_of(bracket)}' missing"
                    " before the paragraph ends",
                )
        yield from self._quotes_left_open(ctx)

    def _quotes_left_open(self, ctx: CheckContext) -> Iterator[Finding]:
        """Each quotation mark left open that no later paragraph goes on with."""
        if all(
            QUOTE_MARKS.isdisjoint(segment.plain)
            for block, segment in prose_segments(ctx)
            if block.kind not in _EXCERPT_KINDS
        ):
            return  # (most releases: one set test a sentence)
        # read a paragraph at a time, each let go once the paragraphs it may go on into
        # are read (a record of every paragraph of a huge release was held at once)
        paragraphs = (
            (block.kind is BlockKind.HEADING, paragraph_quotes([s.plain for s in parts]), parts)
            for block, parts in prose_paragraphs(ctx)
            if block.kind not in _EXCERPT_KINDS
        )
        for segments, number, at in quotes_left_open(paragraphs):
            segment = segments[number]
            if inside(at, at + 1, protected_spans(segment)):
                continue
            mark = segment.plain[at]
            closer = "”" if mark == "“" else '"' if mark == '"' else closer_of(mark)
            yield report(
                self,
                ctx,
                segment,
                at,
                at + 1,
                f"Quotation mark '{mark}' never closed: '{closer}' missing before the"
                " paragraph ends, and no paragraph after it goes on with the quotation",
            )


class FullWidthCharacter(Rule):
    """A full-width letter, digit or mark in a Latin-script release, or a number in two widths.

    Why is this bad?
        Text copied from a Japanese, Chinese or Korean document brings its full-width
        forms along: 'ＡＰ 531', '（incl. tax）', 'Dec. 12，2026'. They look wider than the
        text around them, break searches and links ('ＡＰ531' is not 'AP531') and a
        translation memory never matches them.
        Only a Latin-script release is judged, and in a Korean one its full-width digits
        and Latin letters ('１조 500억원'): Japanese sets its brackets and marks full
        width, and Korean its brackets at times. In a Latin-script release, full-width
        forms next to a Japanese, Chinese or Korean letter (a name or title quoted in its
        own script, '「星空」', which PR201 reports if need be) and inside addresses are
        left alone. In a Japanese or Chinese release, where either width of digits is the
        house's, a number typed in both ('０１２０-381-472', a toll-free number a reader
        dials or searches for) is reported.

    Example:
        Flight ＡＰ 531 departs at 09:40 (local time).

    Use instead:
        Flight AP 531 departs at 09:40 (local time).

    Fix safety:
        Suggested: each character becomes its half-width form; a full-width comma or
        stop may need a space after it.
    """

    code: ClassVar[str] = "PR306"
    name: ClassVar[str] = "full-width-character"
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lang = language(ctx.document.lang)
        if lang == "ko":
            yield from self._korean_digits(ctx)  # (a number in two widths among them)
            return
        if lang in _FULL_WIDTH_LANGUAGES:
            yield from self._mixed_numbers(ctx)
            return
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if text.isascii():
                continue  # the common case, at once
            urls: list[tuple[int, int]] | None = None
            for m in _FULL_WIDTH_RUN.finditer(text):
                start, end = m.start(), m.end()
                if _CJK_LETTER.match(text[start - 1 : start] or " ") or _CJK_LETTER.match(
                    text[end : end + 1] or " "
                ):
                    continue  # set in a quoted name or title of another script
                if urls is None:  # a glossary name in another width is PR102's
                    urls = protected_spans(segment)
                    urls += [(t.start, t.end) for t in term_matches(ctx, segment)]
                if inside(start, end, urls):
                    continue
                half = unicodedata.normalize("NFKC", m.group()).translate(_IDEOGRAPHIC_MARKS)
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"Full-width '{m.group()}' in a Latin-script release",
                    suggestion=half,
                    replacement=half,
                    fix_title=f"Write '{half}'",
                )

    def _korean_digits(self, ctx: CheckContext) -> Iterator[Finding]:
        """Full-width digits and Latin letters in a Korean release ('１조 500억원'): Korean
        sets both half width; its brackets and marks are left alone, and so is a run
        beside a Japanese or Chinese letter (a quoted name) and a glossary name in another
        width (PR102's)."""
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if text.isascii():
                continue
            for m in _FULL_WIDTH_ALNUM.finditer(text):
                start, end = m.start(), m.end()
                if _KANA_KANJI.match(text[start - 1 : start] or " ") or _KANA_KANJI.match(
                    text[end : end + 1] or " "
                ):
                    continue
                if inside(start, end, protected_spans(segment)):
                    continue
                if _a_glossary_name(ctx, text, start, end):
                    continue  # a glossary name in another width is PR102's
                half = unicodedata.normalize("NFKC", m.group())
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"Full-width '{m.group()}' in a Korean release",
                    suggestion=half,
                    replacement=half,
                    fix_title=f"Write '{half}'",
                )

    def _mixed_numbers(self, ctx: CheckContext) -> Iterator[Finding]:
        """In a Japanese, Korean or Chinese release, a number typed in two widths of
        digits ('０１２０-381-472', '2０27年'): either width is that language's, one
        number in both is a slip a search or a dialler trips on."""
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if text.isascii() or _FULL_DIGIT.search(text) is None:
                continue  # (most segments: no full-width digit at all)
            for m in _NUMBER_RUN.finditer(text):
                number = m.group()
                full = len(_FULL_DIGIT.findall(number))
                half = sum(ch.isascii() and ch.isdigit() for ch in number)
                if not full or not half:
                    continue
                if full > half:
                    even = number.translate(_TO_FULL_DIGITS)
                else:
                    even = number.translate(_TO_HALF_DIGITS)
                yield report(
                    self,
                    ctx,
                    segment,
                    m.start(),
                    m.end(),
                    f"Number '{number}' typed with digits of two widths",
                    suggestion=even,
                    replacement=even,
                    fix_title=f"Write '{even}'",
                )


def _a_glossary_name(ctx: CheckContext, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a glossary name of any locale written full
    width ('ＹｉＰＳＣＥＬＬ' for 'YiPSCELL' in a Korean release): PR102 reports its width."""
    if ctx.glossary is None:
        return False
    return any(
        m.start < end and start < m.end
        for locale in ctx.glossary.locales
        for m in TermMatcher.build(ctx.glossary, locale).find(text)
    )


class InvisibleCharacter(Rule):
    """An invisible character or a decomposed (NFD) letter pasted into the text.

    Why is this bad?
        Word processors, web pages, chat tools and macOS bring characters along that
        show as nothing: a zero-width space or word joiner ('Blue\\u200bDeck'), a soft
        hyphen ('Minis\\u00adter'), a byte order mark inside a line, a direction mark,
        a line separator (U+2028) inside a paragraph; and macOS writes accents, kana
        voicing marks and Hangul syllables decomposed, as a letter and its marks ('José'
        as 'Jose' + U+0301, '해' as 'ᄒ' + 'ᅢ'). The reader sees nothing wrong, but a
        search of the page, a news database, a glossary or a translation memory does not
        find the name, and some screens and fonts show the marks or the jamo apart.
        A variation selector (a name's kanji in its own glyph, '葛\\U000e0100') and a
        joiner inside an emoji are wanted and left alone; so is a direction mark where
        the text holds a right-to-left script.

    Example:
        Haesol Air will track each pallet with Blue\u200bDeck (a zero-width space,
        U+200B, after 'Blue').

    Use instead:
        Haesol Air will track each pallet with BlueDeck.

    Fix safety:
        Safe: the invisible characters are removed (a line or paragraph separator
        becomes a space, or nothing between two Japanese or Chinese letters), and
        decomposed letters are composed (NFC), letter by letter: the text shows as
        before. A character the file writes as an entity ('&shy;' in a long name set
        in a narrow column, '&#8203;' where a line may break) is put there on purpose
        and left alone. A line separator in HTML or Markdown, which the reader takes
        for a space but a browser may show as a break, gets no fix (write a space, or
        '<br>').
        A zero-width space where a person's name has its space is PR101's.
    """

    code: ClassVar[str] = "PR307"
    name: ClassVar[str] = "invisible-character"
    severity: ClassVar[Severity] = Severity.WARNING
    fix_availability: ClassVar[FixAvailability] = FixAvailability.SOMETIMES

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        reported: set[int] = set()  # source offsets of the characters reported
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if text.isascii():
                continue  # the common case, at once
            glued: list[tuple[int, int]] | None = None
            for start, end in stray_invisibles(text):
                if glued is None:  # a name glued by a zero-width space is PR101's
                    glued = [
                        (m.start, m.end)
                        for m in term_matches(ctx, segment)
                        if m.kind is FormKind.GLUED
                    ]
                if inside(start, end, glued):
                    continue
                span = segment.source_span(start, end)
                if ctx.document.text[span.start : span.end] != text[start:end]:
                    continue  # written as an entity ('&shy;', '&#8203;'): on purpose
                finding = self._invisible(ctx, segment, start, end)
                reported.update(range(finding.span.start, finding.span.end))
                yield finding
            if not unicodedata.is_normalized("NFC", text):
                yield from self._decomposed(ctx, segment)
        yield from self._separators_read_as_spaces(ctx, reported)

    def _separators_read_as_spaces(
        self, ctx: CheckContext, reported: set[int]
    ) -> Iterator[Finding]:
        """Line and paragraph separators of the file inside a paragraph that the reader
        took for spaces (HTML and Markdown fold them, as they fold line breaks): the
        page may show a break there, or nothing."""
        source = ctx.document.text
        if _LINE_SEPARATOR.search(source) is None:
            return  # (nearly every file: one search in C)
        blocks = {id(block): block for block, _segment in prose_segments(ctx)}
        for block in blocks.values():  # (a separator between two sentences is in neither)
            span = block.span
            for m in _LINE_SEPARATOR.finditer(source, span.start, span.end):
                if m.start() in reported:
                    continue
                reported.add(m.start())
                name = character_name(m.group())
                yield self.finding(
                    ctx.document.path,
                    Span(m.start(), m.end()),
                    f"Invisible {name} inside a paragraph: write a space, or a line break"
                    " the format has ('<br>')",
                    found=m.group(),
                    suggestion=" ",
                )

    def _decomposed(self, ctx: CheckContext, segment: Segment) -> Iterator[Finding]:
        """One finding for the decomposed letters of ``segment``: from the first word
        holding one to the last (a pasted sentence is decomposed throughout)."""
        text = segment.plain
        words = decomposed_words(text)
        if not words:
            return
        start, end = words[0][0], words[-1][1]
        composed = compose(text[start:end])
        listed = "', '".join(compose(text[a:b]) for a, b in words[:3])
        more = f" and {len(words) - 3} more" if len(words) > 3 else ""
        yield report(
            self,
            ctx,
            segment,
            start,
            end,
            f"Decomposed (NFD) letters in '{listed}'{more}: searches and glossaries do not "
            "find them",
            suggestion=composed,
            replacement=composed,
            fix_title="Compose the letters (NFC)",
            safe=True,
        )

    def _invisible(self, ctx: CheckContext, segment: Segment, start: int, end: int) -> Finding:
        text = segment.plain
        run = text[start:end]
        names = ", ".join(dict.fromkeys(character_name(c) for c in run))
        replacement = invisible_replacement(text, start, end)
        around = shown(text[max(0, start - 12) : end + 12])
        return report(
            self,
            ctx,
            segment,
            start,
            end,
            f"Invisible {names} in '{around}'",
            suggestion=replacement,
            replacement=replacement,
            fix_title="Remove it" if not replacement else "Replace with a space",
            safe=True,
        )


_LINE_SEPARATOR = lazy_compile("[\u2028\u2029]")
# the languages whose releases set full-width forms themselves
_FULL_WIDTH_LANGUAGES = frozenset({"ja", "ko", "zh"})
# a number of a CJK release, its digits and what joins them ('０１２０-381-472', '2０27')
_NUMBER_RUN = lazy_compile("[0-9０-９](?:[,，.．\\-－:：/／]?[0-9０-９])*")
_FULL_DIGIT = lazy_compile("[０-９]")
_TO_HALF_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_TO_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
# full-width ASCII (U+FF01–FF5E) and the ideographic comma and full stop, a run of them
# with the spaces between ('ＡＰ ５３１')
_FULL_WIDTH_RUN = lazy_compile(
    "[\uff01-\uff5e\u3001\u3002](?:[ \u3000]*[\uff01-\uff5e\u3001\u3002])*"
)
_CJK_LETTER = lazy_compile(f"[{CJK_LETTERS}]")
# full-width digits and Latin letters (a Korean release's only full-width slips), and the
# kana and kanji a quoted Japanese or Chinese name beside them is written in
_FULL_WIDTH_ALNUM = lazy_compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_KANA_KANJI = lazy_compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_IDEOGRAPHIC_MARKS = str.maketrans("、。", ",.")  # which NFKC keeps as they are


class DoubledWord(Rule):
    """A word typed twice in a row, such as 'the the' or 'Hanbit Hanbit Robotics'.

    Why is this bad?
        An edit that pastes a name over itself or retypes the word after a line
        break leaves a word doubled ('--(BUSINESS WIRE)--Hanbit Hanbit Robotics',
        'opened a a depot'); readers see it at once and every translation copies it.
        Reported are the English words no sentence doubles (articles, conjunctions,
        auxiliaries, possessives, most personal pronouns: 'the the', 'The the', 'will
        will', 'We we asked', as a quotation's first word is retyped), and the first
        or last word of a glossary name of two words or more doubled ('Hanbit Hanbit
        Robotics', 'Meridia Foods Foods', '한빛로보틱스 한빛로보틱스는'), and any Korean
        word of two syllables or more typed twice, the second going on with a particle only
        ('어선 어선 통항은', '계획을 계획을'; not the words a sentence repeats on
        purpose, '하나 하나', '조금 조금'). A preposition
        that ends one clause before it opens the next ('what we had waited for for
        years'), 'had had', 'that that' and reduplicated names ('Bora Bora', a
        glossary person 'Lang Lang', a name of one word doubled: 'Tokyo Tokyo
        Festival'; a glossary place before a venue named after it: 'Osaka Osaka
        Castle Hall', '서울 서울시청에서') are written so on purpose and left alone. An
        honorific typed twice after a name ('ユン・ハナ様様', '정태민 총장님님은', an
        attendee list merged from two drafts) is doubled too: '님' after any word,
        the others after a glossary person or title ('様様' alone is also an old
        spelling of 'さまざま', and '社長様様' a colloquial 'thanks to'). So is a
        particle typed twice ('ケアミのの主な機能', 'ケアミの の主な機能', '소라노는는'):
        in Japanese between kanji, katakana or Latin words (before hiragana the second
        may open a word: 'ケアミののぼり旗') or with a space between; in Korean '는' and
        '를', which open no word. So is a glossary place's suffix typed twice after
        it ('論山市市の'), before what opens no word with it ('市川市市民' goes on), and a
        Japanese or Korean legal form typed twice ('巴精密工業株式会社株式会社', '㈜㈜').

    Example:
        Meridia Foods today opened a a plant in Osaka.

    Use instead:
        Meridia Foods today opened a plant in Osaka.

    Fix safety:
        Safe: the second word and the space before it are removed.
    """

    code: ClassVar[str] = "PR308"
    name: ClassVar[str] = "doubled-word"
    severity: ClassVar[Severity] = Severity.ERROR
    fix_availability: ClassVar[FixAvailability] = FixAvailability.ALWAYS

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        from prlocalize.rules.doubled_words import (
            doubled_honorifics,
            doubled_particles,
            doubled_suffixes,
            doubled_words,
            has_honorific_twice,
            has_particle_twice,
            has_suffix_twice,
        )

        for _block, segment in prose_segments(ctx):
            text = segment.plain
            spaced = _SPACE_BETWEEN.search(text) is not None
            twice = has_honorific_twice(text)
            particle = has_particle_twice(text)
            suffix = has_suffix_twice(text)
            if not spaced and not twice and not particle and not suffix:
                continue
            matches = term_matches(ctx, segment)
            urls: list[tuple[int, int]] | None = None
            found_all = [
                *(doubled_words(text, matches) if spaced else ()),
                *(doubled_honorifics(text, matches) if twice else ()),
                *(doubled_particles(text) if particle else ()),
                *(doubled_suffixes(text, matches) if suffix else ()),
            ]
            reported: set[tuple[int, int]] = set()
            for found in found_all:
                if (found.start, found.end) in reported:
                    continue  # ('주식회사 주식회사': a Korean word and a legal form doubled)
                reported.add((found.start, found.end))
                urls = protected_spans(segment) if urls is None else urls
                if inside(found.start, found.end, urls):
                    continue
                yield report(
                    self,
                    ctx,
                    segment,
                    found.start,
                    found.end,
                    f"{found.label} '{found.word}' typed twice",
                    suggestion="",
                    replacement="",
                    fix_title=f"Remove the second '{found.word}'",
                    safe=True,
                )


class WeekdayMismatch(Rule):
    """A date given with a day of the week the calendar does not give it.

    Why is this bad?
        Notices of events, deadlines, launches and schedules give the weekday beside
        the date ('2026年11月30日（月）', '11월 30일(월)', 'Monday, November 30'), and
        readers keep whichever they read first: a date and a weekday that disagree send
        some of them on the wrong day, and the press office must issue a correction. A
        weekday copied from last year's release, or left as it was when the date moved,
        is the usual cause. A date written with its year ('2026年', ', 2026') is judged
        in that year; one written without it in the year of the last date given with
        its weekday and year, or of the release's own date (its dateline or first
        lines; January after December is the next year's), and reported only where
        neither gives it that weekday. A release that gives neither leaves it alone.

    Example:
        説明会は2026年11月30日（日）に開催します。

    Use instead:
        説明会は2026年11月30日（月）に開催します。

        In preview: it runs only where it is selected by its code (``--select PR309``,
        or ``select = ["PR309"]`` in the configuration), since the year of a date
        written without one is inferred.

    Fix safety:
        No automatic fix: the weekday or the date may be the one that is wrong.
    """

    code: ClassVar[str] = "PR309"
    name: ClassVar[str] = "weekday-mismatch"
    severity: ClassVar[Severity] = Severity.WARNING
    # the year of a date written without one is inferred: in preview (``--select PR309``)
    # until it has been run on teams' archives
    status: ClassVar[Literal["stable", "preview", "removed"]] = "preview"

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        context = DateContext()
        blocks: set[str] = set()  # the blocks read so far: the first few open the release
        for block, segment in prose_segments(ctx):
            blocks.add(block.id)
            text = segment.plain
            if _DIGIT.search(text) is None:
                continue  # (every date has its figures)
            opening = block.kind is BlockKind.DATELINE or len(blocks) <= _OPENING_BLOCKS
            for wrong in wrong_weekdays(text, context, opening=opening):
                written = text[wrong.start : wrong.end]
                day = DAY_NAMES[wrong.actual]
                yield report(
                    self,
                    ctx,
                    segment,
                    wrong.start,
                    wrong.end,
                    f"'{written}': in {wrong.year} this date is a {day}",
                )


_OPENING_BLOCKS = 2  # a headline and a date line or a lead: where a release gives its date
_DIGIT = lazy_compile(r"\d")


class ReversedPeriod(Rule):
    """A period that ends before it starts, both its dates written with their years.

    Why is this bad?
        A recall's production period, a campaign's, a contract's or a works' term is
        given from one date to another ('2024年9月10日～2025年12月19日', '2024년 6월 3일~
        2025년 11월 28일', 'from June 3, 2024 to November 28, 2025'); one whose end comes
        before its start ('2025年9月10日～2024年12月19日') had its dates typed the other way
        round or a year slipped, and readers cannot tell which vehicles, days or months
        it means. Only a period whose two dates both give their year and month is
        judged, so none is inferred.

    Example:
        製作期間：2025年9月10日～2024年12月19日

    Use instead:
        製作期間：2024年9月10日～2025年12月19日

    Fix safety:
        No automatic fix: either date may be the wrong one.
    """

    code: ClassVar[str] = "PR310"
    name: ClassVar[str] = "reversed-period"
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for _, segment in prose_segments(ctx):
            text = segment.plain
            if _DIGIT.search(text) is None:
                continue  # (every date has its figures)
            for start, end in backward_periods(text):
                yield report(
                    self,
                    ctx,
                    segment,
                    start,
                    end,
                    f"Period '{text[start:end]}' ends before it starts",
                )


class ConversionMismatch(Rule):
    """A measurement restated in brackets in another unit that does not convert to it.

    Why is this bad?
        Releases for readers who measure otherwise restate a size, a distance, a weight
        or a temperature in brackets ('42 m² (452 sq ft)', '5 km (3.1 miles)', '25°C
        (77°F)'). A restatement typed from another line or left as it was when the
        figure changed ('42 m² (542 sq ft)') gives two sizes for one room, and the
        translations, which keep one of them, then disagree with each other. It is
        reported where the two figures differ by more than their rounding (half the
        last place each is written to) and 1%; a word of rounding in the bracket
        ('about', '約') is read, and a unit that does not convert is not judged.

    Example:
        Guest rooms start from 42 m² (542 sq ft).

    Use instead:
        Guest rooms start from 42 m² (452 sq ft).

    Fix safety:
        No automatic fix: either figure may be the one that is wrong.
    """

    code: ClassVar[str] = "PR312"
    name: ClassVar[str] = "conversion-mismatch"
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for _block, segment in prose_segments(ctx):
            text = segment.plain
            if "(" not in text and "（" not in text:
                continue  # (every restatement is in brackets)
            for wrong in restated_wrong(text):
                yield report(
                    self,
                    ctx,
                    segment,
                    wrong.start,
                    wrong.end,
                    f"'{wrong.first}' restated as '{wrong.restated}', which is not what "
                    "it converts to",
                )


class DatelineDateMismatch(Rule):
    """A Markdown release whose dateline gives another date than its front matter.

    Why is this bad?
        A newsroom's page for a release is often made from the last one's copy: a
        front matter ``date:`` left as it was, or a dateline not brought up to date,
        dates the page one day and the release another ('date: 2027-02-10' above
        'OSAKA, Japan, February 11, 2027 –'). The site sorts, archives and feeds the
        release by the first, readers and wire services quote the second. A dateline is
        a place and a comma (or a bracketed credit) before a full date, then a dash, a
        slash or the end of its line; a front matter date given with its time of day
        may be a day off in another time zone, so one day apart is allowed there.

    Example:
        ---
        date: 2027-02-10
        ---

        OSAKA, Japan, February 11, 2027 – Halcyon Hotels & Resorts today announced …

    Use instead:
        OSAKA, Japan, February 10, 2027 – Halcyon Hotels & Resorts today announced …

    Fix safety:
        No automatic fix: either date may be the one that is wrong.
    """

    code: ClassVar[str] = "PR311"
    name: ClassVar[str] = "dateline-date-mismatch"
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        dates = front_matter_dates(ctx.document.text)  # (a page without one has none)
        if not dates:
            return
        blocks: set[str] = set()
        for block, segment in prose_segments(ctx):
            if block.kind in (BlockKind.META, BlockKind.HEADING):
                continue
            blocks.add(block.id)
            if len(blocks) > _DATELINE_BLOCKS:
                return  # (a dateline opens the release)
            found = dateline_date(segment.plain)
            if found is None:
                continue
            if dated_otherwise(found[0], dates):
                page = ", ".join(day.isoformat() for day, _ in dates)
                yield report(
                    self,
                    ctx,
                    segment,
                    found[1],
                    found[2],
                    f"the dateline's date is {found[0].isoformat()}, the front matter's {page}",
                )
            return


_DATELINE_BLOCKS = 3  # the blocks after the headline a dateline may open


RULES: tuple[type[Rule], ...] = (
    StrayPunctuation,
    MissingSpaceAfterPunctuation,
    DoubledSpace,
    CompoundSpelling,
    MismatchedBracket,
    FullWidthCharacter,
    InvisibleCharacter,
    DoubledWord,
    WeekdayMismatch,
    ReversedPeriod,
    ConversionMismatch,
    DatelineDateMismatch,
)
