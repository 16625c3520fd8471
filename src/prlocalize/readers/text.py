"""Plain-text releases in the seed's layout.

Blocks are separated by blank lines. Inside a block every line is its own item
(the dateline, the issuer, each participant of a roster) unless it is visibly the
wrapped continuation of the line before: a long line that does not end a sentence,
followed by one that starts in lower case (or, in Japanese, by more Japanese text), or a
line that fills the width of a wrapped paragraph (a mail client's, a PDF's), in Korean too.
A release quoted in an e-mail ('> ', '>> ') is read without its quotation marks, a change
of quotation depth parting blocks as a blank line does. Text copied out of a PDF is read
without its pages' furniture, its list items and headlines wrapped over lines are one,
and a page setting two languages side by side is read column by column
(:mod:`prlocalize.readers.columns`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from prlocalize.document import BlockKind, Span
from prlocalize.readers._build import DATE_LINE, Draft, PlainBuilder
from prlocalize.readers.columns import side_by_side

_BREADCRUMB = re.compile(r"\d{1,2}\.\s+\S")
_BRACKET_GROUP = re.compile(
    r"(?:<[^<>]{1,40}>|＜[^＜＞]{1,40}＞|【[^【】]{1,40}】|\[[^\[\]]{1,40}\]|〈[^〈〉]{1,40}〉|"
    r"≪[^≪≫]{1,40}≫|《[^《》]{1,40}》)\Z"
)
_PARTICIPANTS = re.compile(
    r"\b(?:participants|attendees|speakers|panel(?:l)?ists|delegation)\b|出席者|参加者|登壇者|참석자|참가자",
    re.IGNORECASE,
)
_TERMINAL_END = re.compile(r"[.!?。！？…][\"'”’」』）)\]]*\Z")
# '- item', '2) item', '(2) item', and Japanese '・項目' / '●項目' / '１．項目' / '（１）項目'
# written with no space after the mark. Korean ministries' releases mark their
# paragraphs '□', '○' and notes '※'; Japanese ones number sections '１．', '（１）', '①'
_MARKS = "[-•・*▪◦‣●■□○◇◆◎※▶►➢]"
_NUMBERS = r"\d{1,2}[.)．）]|[(（]\d{1,2}[)）]|[①-⑳]"
_BULLET = re.compile(
    rf"({_MARKS}|{_NUMBERS})\s+(?=\S)"
    r"|([・●■◆□○◇◎※]|\d{1,2}[.．]|[(（]\d{1,2}[)）]|[①-⑳])"
    r"(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uff10-\uff5a])"
    # ... and an item that starts with a code or a figure ('・SB701便　成田 09:30発',
    # '・2027年3月28日', '●NH1234便'), which only a Japanese mark stands before ('※1' is
    # a note's number, not an item's)
    r"|([・●■◆□○◇◎](?=[A-Za-z0-9])|※(?=[A-Za-z]))"
)
_ORDERED = re.compile(r"[\d①-⑳]")
_ROSTER_GROUP = (("role", "roster-group"),)
_COMPANY_END = re.compile(r"\b(?:Ltd|Inc|Co|Corp|LLC|PLC|Bros)\.\Z")
_LOWER_START = re.compile(r"[a-z(]")
_HAS_LOWER = re.compile(r"[a-z]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_LONG_WORD = re.compile(r"(?<!\S)\S{4,}")
_LOWER_LONG_WORD = re.compile(r"(?<!\S)[a-zß-öø-ÿ]\S{3,}")  # starts with a lower-case letter
# Japanese text breaks anywhere, inside a full-width figure too ('４，２１' / '６件')
_CJK_JOINABLE_END = re.compile(r"[\u3040-\u30ff\u3400-\u9fff、，\uff10-\uff19\uff21-\uff5a]\Z")
_CJK_START = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff10-\uff19\uff21-\uff5a]")
# Japanese and Korean text with its full-width marks ('、', '」', '（'): a line break
# between two of them is no space
_CJK_OR_MARK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff60]")
_CJK_QUOTE_END = re.compile(r"[\u3040-\u30ff\u3400-\u9fff][」』）]\Z")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KOREAN_SENTENCE_END = re.compile(r"[다요][.!?][\"'”’)]?\Z")
# 'Tel: …', '전화: …', 'TEL：…': a line that opens with a label is an item of its own
_LABEL_START = re.compile(r"[^\s:：]{1,12}[ ]?[:：]")
# columns of a flattened table: three spaces or more, a tab, two full-width spaces
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t|\u3000{2,})\S")
_FULL = 0.8  # a line at least this share of its block's longest fills the width: wrapped
# the marks of a release quoted in an e-mail ('> ', '>> ', '> > '): no part of its text,
# so that its lines are read as the release's (a paragraph wrapped over them is one)
_QUOTE_PREFIX = re.compile(r"[ \t]*>(?:[ \t]*>)*[ \t]?")


def read_text(source: str) -> list[Draft]:
    drafts: list[Draft] = []
    first_group = True
    columns = _columns(source)
    for groups in columns:
        # a column of a page set side by side is narrow, the more so in Japanese
        page_width = _page_width(groups, 15 if len(columns) > 1 else 30)
        drafts += _read_groups(source, groups, page_width, first_group)
        first_group = False
    return drafts


_Group = tuple[list[tuple[int, int]], list[str]]


def _read_groups(source: str, groups: list[_Group], page_width: int, first: bool) -> list[Draft]:
    drafts: list[Draft] = []
    roster = False
    first_group = first
    for group, texts in groups:
        if first_group and _is_breadcrumb(texts):
            drafts += [
                Draft(BlockKind.BREADCRUMB, t, s, Span(s, e))
                for (s, e), t in zip(group, texts, strict=True)
            ]
            first_group = False
            continue
        first_group = False
        if not (roster and _BRACKET_GROUP.match(texts[0])):
            roster = False
        items, roster = _classify(source, group, texts, roster, page_width)
        drafts += items
    return drafts


def _columns(source: str) -> list[list[_Group]]:
    """The groups of lines of the file, one list; of each column, when a bilingual PDF's
    text sets its two languages side by side (the left column first)."""
    raws = source.split("\n")
    furniture = _page_furniture(raws) if ("\f" in source or _DIGIT.search(source)) else set()
    if _COLUMN_GAP.search(source) and (columns := side_by_side(raws, furniture)) is not None:
        return [list(_column_groups(source, column)) for column in columns]
    return [list(_groups(source, raws, furniture))]


def _groups(source: str, raws: list[str], furniture: set[int]) -> Iterator[_Group]:
    """Runs of non-blank lines: (start, end) of each line's text without outer spaces, and
    that text. Text copied out of a PDF has its pages' furniture between them (see
    :func:`_page_furniture`): left out, and a paragraph the page cut goes on over it."""
    group: list[tuple[int, int]] = []
    texts: list[str] = []
    pos = 0
    blank = turned = False  # a blank line, a page turned since the group's last line
    depth = 0  # of the e-mail quotation ('> ', '>> ') the group's lines are in
    for number, raw in enumerate(raws):
        quote = _QUOTE_PREFIX.match(raw) if raw[:1] in ">" or raw[:1].isspace() else None
        prefix = quote.end() if quote else 0
        stripped = raw[prefix:].strip()
        if number in furniture:
            turned = bool(group)
        elif stripped:
            level = quote.group().count(">") if quote else 0
            over_page = turned and _goes_on_over_page(texts[-1], stripped)
            if group and (blank or turned or level != depth) and not over_page:
                yield group, texts
                group, texts = [], []
            blank = turned = False
            depth = level
            lead = raw.index(stripped[0], prefix)
            group.append((pos + lead, pos + lead + len(stripped)))
            texts.append(stripped)
        elif group:
            blank = True
        pos += len(raw) + 1
    if group:
        yield group, texts


def _column_groups(
    source: str, column: list[tuple[int, int] | None]
) -> Iterator[tuple[list[tuple[int, int]], list[str]]]:
    """The runs of a column's lines that are not blank in it, as :func:`_groups` gives
    a file's."""
    group: list[tuple[int, int]] = []
    for line in column:
        if line is not None:
            group.append(line)
        elif group:
            yield group, [source[s:e] for s, e in group]
            group = []
    if group:
        yield group, [source[s:e] for s, e in group]


# a page number between two pages of a PDF's text: '- 2 -', '— 2 —', '2/3', '2 / 3',
# 'Page 2', 'Page 2 of 3', 'P. 2' (a bare '2' only where a form feed turns the page)
_PAGE_NUMBER = re.compile(
    r"[-－—–]?[ ]?(?P<word>page[ ]?|p\.[ ]?)?\d{1,3}(?:[ ]?(?P<of>/|of)[ ]?\d{1,3})?[ ]?[-－—–]?",
    re.IGNORECASE,
)


def _page_number(text: str, form_feed: bool) -> bool:
    found = _PAGE_NUMBER.fullmatch(text)
    if found is None:
        return False
    decorated = found["word"] or found["of"] or (text[0] in "-－—–" and text[-1] in "-－—–")
    return bool(decorated) or form_feed


def _page_furniture(raws: list[str]) -> set[int]:
    """The lines of a PDF's text that belong to its pages, not to the release: the page
    numbers, and a running header or footer (a line repeated at the top or the foot of
    two pages or more: 'Sakuragi Foods Inc.   NEWS RELEASE')."""
    stripped = [raw.strip() for raw in raws]
    numbers = {
        i
        for i, text in enumerate(stripped)
        if text
        and len(text) <= 16
        and _page_number(text, "\f" in raws[i] or "\f" in "".join(raws[i - 1 : i + 2]))
    }
    turns = sorted(numbers | {i for i, raw in enumerate(raws) if "\f" in raw})
    if not turns:
        return set()
    # a form feed opens its line's page; a page number ends its own. A page number and a
    # form feed on the next line turn one page: its first line is counted once, or it
    # would be 'repeated' at two pages' tops and dropped as a header
    starts = [0] + [t if t not in numbers else t + 1 for t in turns]
    tops = list(dict.fromkeys(_next_text(stripped, s) for s in starts))
    feet = list(dict.fromkeys(_previous_text(stripped, t - 1) for t in turns if t in numbers))
    furniture = set(numbers)
    furniture |= _repeated(stripped, feet, numbers)
    # a running header may take several lines ('NEWS RELEASE' over the company's name):
    # the next line of the pages whose header line was repeated is tried in turn
    for _ in range(_HEADER_LINES):
        repeated = _repeated(stripped, tops, numbers)
        if not repeated:
            break
        furniture |= repeated
        tops = [_next_text(stripped, i + 1) for i in tops if i in repeated]
    return furniture


_HEADER_LINES = 3  # of a running header, at most


def _repeated(stripped: list[str], edges: list[int | None], numbers: set[int]) -> set[int]:
    """The lines of ``edges`` (one a page) whose text two pages or more repeat there."""
    seen: dict[str, list[int]] = {}
    for i in edges:
        if i is not None and i not in numbers and len(stripped[i]) <= 100:
            seen.setdefault(stripped[i], []).append(i)
    return {i for lines in seen.values() if len(lines) >= 2 for i in lines}


def _next_text(stripped: list[str], start: int) -> int | None:
    return next((i for i in range(start, len(stripped)) if stripped[i]), None)


def _previous_text(stripped: list[str], start: int) -> int | None:
    return next((i for i in range(start, -1, -1) if stripped[i]), None)


def _goes_on_over_page(line: str, nxt: str) -> bool:
    """Whether a paragraph the page cut (its last line ``line``) goes on in ``nxt``, the
    first line of the next page: no sentence ends, and the next line goes on in lower
    case, with a figure, or in more Japanese or Korean."""
    if _TERMINAL_END.search(line) or line.endswith((":", "：")) or _COLUMN_GAP.search(line):
        return False  # (a table's last row ends its page)
    if (_CJK_JOINABLE_END.search(line) and _CJK_START.match(nxt)) or _figure_cut(line, nxt):
        return len(line) >= 20
    if _HANGUL.match(nxt):
        return len(line) >= 20 and _HANGUL.search(line) is not None
    if len(line) >= 60 and nxt[:1].isalnum():
        return True  # a long line the page cut, whatever the next word
    return len(line) >= 40 and (nxt[:1].islower() or nxt[:1].isdigit())


def _is_breadcrumb(texts: list[str]) -> bool:
    return (
        len(texts) >= 2
        and texts[0].startswith("1.")
        and all(_BREADCRUMB.match(t) and len(t) <= 200 for t in texts)
    )


def _line(
    kind: BlockKind, text: str, start: int, end: int, attrs: tuple[tuple[str, str], ...] = ()
) -> Draft:
    if _letter_spaced(text):
        out = PlainBuilder()
        _add_line(out, text, start)
        draft = out.draft(kind, Span(start, end), attrs=attrs)
        assert draft is not None
        return draft
    return Draft(kind, text, start, Span(start, end), None, [], attrs)


# a line of Japanese, Chinese or Korean whose text a PDF's extraction spaced character by
# character ('北 陽 大 学 は 、 2 0 2 4 年'): nearly every word is one character long,
# and a wider gap ('岩 城   真 理 子') is the one space the text writes
_LETTER_SPACED_SHARE = 0.85
_LETTER_SPACED_MIN = 6  # characters: a short label ('A 棟') proves nothing
_SPACED_RUN = re.compile(r"\S+|[ \t\u3000]{2,}|\u3000")


def _letter_spaced(text: str) -> bool:
    if " " not in text or not _CJK.search(text):
        return False  # (most lines)
    words = text.split()
    singles = sum(1 for w in words if len(w) == 1)
    return singles >= _LETTER_SPACED_MIN and singles >= len(words) * _LETTER_SPACED_SHARE


def _add_line(out: PlainBuilder, text: str, start: int) -> None:
    """Add one line's ``text`` (at ``source[start:]``) to ``out``, a letter-spaced line
    without the spaces between its characters."""
    if not _letter_spaced(text):
        out.add_run(text, start)
        return
    for run in _SPACED_RUN.finditer(text):
        if run.group()[0].isspace():
            out.add(" ", start + run.start(), start + run.end())
        else:
            out.add_run(run.group(), start + run.start())


def _classify(
    source: str,
    group: list[tuple[int, int]],
    texts: list[str],
    roster: bool,
    page_width: int = 0,
) -> tuple[list[Draft], bool]:
    """The items of one group, and whether a roster is still open at its end."""
    out: list[Draft] = []
    width = _wrap_width(texts, page_width)
    # a first line is a heading unless it nearly fills the width (titles seldom do)
    heading_width = width if width and len(texts[0]) >= width * 0.9 else 0
    i = 0
    while i < len(group):
        start, end = group[i]
        text = texts[i]
        short = len(text) <= 60  # labels, dates and bracketed group names are short
        if short and _BRACKET_GROUP.match(text) and (roster or _next_has_comma(texts, i)):
            out.append(_line(BlockKind.HEADING, text, start, end, _ROSTER_GROUP))
            roster = True
        elif short and _names_participants(text) and not _TERMINAL_END.search(text):
            out.append(_line(BlockKind.HEADING, text, start, end))
            roster = True
        elif roster:
            out.append(_line(BlockKind.ROSTER_LINE, text, start, end))
        elif short and _is_date_line(text):
            out.append(_line(BlockKind.DATELINE, text, start, end))
        elif (bullet := _BULLET.match(text)) is not None:
            # "- item", "・項目", "2) item": the marker stays out of the translatable text
            at = start + bullet.end()
            ordered = _ORDERED.match(bullet.group(1) or bullet.group(2) or "") is not None
            attrs = (("list", "ordered" if ordered else "bullet"),)
            # an item wrapped over lines (a PDF's hanging indent) goes on until a line
            # that starts another item or would not continue a paragraph either
            last = i
            item = text[bullet.end() :]
            while (
                last + 1 < len(group)
                and _BULLET.match(texts[last + 1]) is None
                and _continues(item if last == i else texts[last], texts[last + 1], width)
            ):
                last += 1
            if last == i:
                out.append(_line(BlockKind.LIST_ITEM, item, at, end, attrs))
            else:
                lines = [(at, end), *group[i + 1 : last + 1]]
                out.append(_joined(source, lines, BlockKind.LIST_ITEM, attrs))
                i = last
        elif (
            i == 0
            and _heading_like(text)
            and not (
                len(texts) > 1
                and (
                    _continues(text, texts[1], heading_width)
                    or _indented_first_line(source, group, texts, 0)
                )
            )
        ):
            # a headline set over two lines (centred in a PDF) is cut after a word that
            # leaves it open: 'Museum to Open New Wing for' / 'Contemporary Crafts'
            last = i
            while (
                last + 1 < len(group)
                and _left_open_heading(texts[last])
                and _heading_like(texts[last + 1])
            ):
                last += 1
            if last == i:
                out.append(_line(BlockKind.HEADING, text, start, end))
            else:
                out.append(_joined(source, group[i : last + 1], BlockKind.HEADING))
                i = last
        else:
            last = i
            while last + 1 < len(group) and (
                _continues(texts[last], texts[last + 1], width)
                or _indented_first_line(source, group, texts, last)
            ):
                last += 1
            kind = (
                BlockKind.PARAGRAPH
                if _sentence_like(" ".join(texts[i : last + 1]))
                else BlockKind.LINE
            )
            if last == i:
                out.append(_line(kind, text, start, end))
            else:
                out.append(_joined(source, group[i : last + 1], kind))
            i = last
        i += 1
    return out, roster


def _wrap_width(texts: list[str], page_width: int = 0) -> int:
    """The width a block's lines were wrapped at (by a mail client, or copied out of a
    PDF), or 0 when they do not look wrapped: a sentence ends among them (a roster or a
    contact block of long lines ends none), and two lines or more are nearly as long as
    the longest, or the file's paragraphs are wrapped (``page_width``)."""
    if not any(_TERMINAL_END.search(t) for t in texts):
        return 0
    width = max(len(t) for t in texts)
    if width >= 30 and sum(len(t) >= width * _FULL for t in texts) >= 2:
        return width
    return page_width


def _page_width(groups: list[_Group], narrowest: int = 30) -> int:
    """The width the file's paragraphs were wrapped at: the third longest line of its
    blocks of several lines that end a sentence (0 when there are not three, or it is
    narrower than ``narrowest``)."""
    lengths = sorted(
        (
            len(t)
            for _, texts in groups
            if len(texts) > 1 and any(_TERMINAL_END.search(t) for t in texts)
            for t in texts
        ),
        reverse=True,
    )
    return lengths[2] if len(lengths) >= 3 and lengths[2] >= narrowest else 0


def _names_participants(text: str) -> bool:
    """``_PARTICIPANTS.search(text)``, tried only where a piece of its words is: the pattern is
    case-insensitive, so it is tried at every position, but only the ASCII pairs fold to the
    letters of these pieces, so a match needs one of them in the lower-cased text."""
    low = text.lower()
    if (
        "pant" in low  # participants
        or "attende" in low
        or "pea" in low  # speakers
        or "panel" in low
        or "delegat" in low
        or "者" in text  # 出席者 参加者 登壇者
        or "자" in text  # 참석자 참가자
    ):
        return _PARTICIPANTS.search(text) is not None
    return False


def _is_date_line(text: str) -> bool:
    # every form DATE_LINE knows has digits; most short lines (labels, names) have none,
    # and a digit is found in C far faster than DATE_LINE's place-name prefix is tried
    return _DIGIT.search(text) is not None and DATE_LINE.match(text) is not None


def _next_has_comma(texts: list[str], i: int) -> bool:
    return i + 1 < len(texts) and any(sep in texts[i + 1] for sep in (",", "、", "，", "\u3000"))


# a source credit: a wire service's last line ('Source: Halvorsen Robotics, Inc.', PR
# Newswire's 'SOURCE Halvorsen Robotics') or a table's ('Source: company data'); not a
# headline that opens with the word ('Source Code Released', 'SOURCE CODE RELEASED')
_SOURCE_CREDIT = re.compile(r"(?:Source|SOURCE)[:：]\s?\S|SOURCE\s[A-Z][a-z]")


def _heading_like(text: str) -> bool:
    if len(text) > 150 or text.count(",") >= 2:
        return False
    if _SOURCE_CREDIT.match(text):
        return False  # a credit, not a heading
    if _ends_quotation(text):
        return False  # the last paragraph of a quotation opened above ('…大切です」')
    if _TERMINAL_END.search(text) and not _COMPANY_END.search(text):
        return False
    if not _HAS_LOWER.search(text):
        return len(text) <= 80  # CJK or all-caps label
    words = len(_WORD.findall(text))
    long_words = len(_LONG_WORD.findall(text))
    if not long_words:
        return words <= 3
    if words <= 3 and text.endswith(":"):
        return True
    # a title capitalises most of its longer words: "Roundtable Held to Accelerate ..."
    return len(_LOWER_LONG_WORD.findall(text)) <= long_words * 0.4


def _ends_quotation(text: str) -> bool:
    """Whether ``text`` ends on a corner bracket closing more quotations than it opens:
    one an earlier paragraph opened, as Japanese sets a quotation over paragraphs, with
    no '。' before its '」'."""
    return text.endswith(("」", "』")) and (
        text.count("「") < text.count("」") or text.count("『") < text.count("』")
    )


# the words a headline's line cannot end on: it goes on in the next line
_OPEN_WORDING = "a an the of for to in on at by with from into onto over and or as its their our"
_OPEN_WORDS = frozenset(_OPEN_WORDING.split())
# ... and in Japanese, a particle after a noun ('…新館を' / '開設')
_OPEN_PARTICLE = re.compile(r"[\u3400-\u9fff\u30a0-\u30ff][をのにとがへでや]\Z")


def _left_open_heading(text: str) -> bool:
    return text.rpartition(" ")[2] in _OPEN_WORDS or _OPEN_PARTICLE.search(text) is not None


def _sentence_like(text: str) -> bool:
    if len(text) >= 80 or (text.endswith(":") and len(_WORD.findall(text)) >= 6):
        return True
    if not _TERMINAL_END.search(text) and not _ends_quotation(text):
        return False
    if _CJK.search(text) and not _HAS_LOWER.search(text):
        return len(text) >= 15
    return len(_WORD.findall(text)) >= 5


def _continues(line: str, nxt: str, width: int = 0) -> bool:
    """Is ``nxt`` the wrapped continuation of ``line`` (not a new item)? ``width``: the
    longest line of the block, which a line wrapped by a mail client or copied out of a
    PDF nearly fills."""
    if _TERMINAL_END.search(line) or line.endswith(":"):
        return False
    if len(nxt) <= 60 and _is_date_line(nxt):
        return False
    if _COLUMN_GAP.search(line) and _COLUMN_GAP.search(nxt) and not _letter_spaced(line):
        # two rows of a table flattened into columns: '生産量（トン）　　1,200　　3,800'
        return False
    if _LABEL_START.match(line) and _LABEL_START.match(nxt):
        return False  # 'JANコード：4901234567894' / 'ロット番号：…': two items
    if nxt[:1].isalnum() and (opened := _left_open(line)) and _closes_first(nxt) == opened:
        # 'President: Shinobu Katsuragi (currently' / 'Senior Managing Executive Officer)':
        # a bracket the line opens and the next closes is one item cut by a line break
        return True
    if (_CJK_JOINABLE_END.search(line) and _CJK_START.match(nxt)) or _figure_cut(line, nxt):
        if _LABEL_START.match(nxt) and not (width >= 12 and len(line) >= width * _FULL):
            # a contact block's name line, then '電話：…', '메일: …': a labelled item of
            # its own, unless the line before fills the width as a wrapped one does
            return False
        # a long line, or one that fills a narrow column (a bilingual PDF's, side by side)
        return len(line) >= 20 or (width >= 12 and len(line) >= width * _FULL)
    if _CJK_QUOTE_END.search(line) and _CJK.match(nxt) and width and len(line) >= width * _FULL:
        # a Japanese line of a wrapped block cut after a name in brackets: '…治療薬
        # 「ツキロール」' / 'のアジアでの販売が…'
        return True
    full = width > 0 and len(line) >= width * _FULL and not _LABEL_START.match(nxt)
    if len(line) >= 30 and _HANGUL.match(nxt) and _KOREAN_SENTENCE_END.search(nxt):
        # a long Korean line that ends no sentence, and a line that ends one: a two-line
        # paragraph ('… 직영 매장인 '사쿠라기' / '티하우스'를 연다고 18일 밝혔습니다.')
        return _HANGUL.search(line) is not None and not _LABEL_START.match(nxt)
    if full and nxt[:1].isalnum() and (_HAS_LOWER.search(nxt) or _HANGUL.search(nxt)):
        # 'The route will be served by the Haeyang' / 'Star, a 1,000 TEU …'; Korean wraps
        # between words ('… 가로등 1만' / '2천 개를 …'), and a new item starts with Hangul
        # as well: only a line that fills the width is cut short
        return True
    return len(line) >= 40 and (_LOWER_START.match(nxt) is not None or line.endswith(("-", ",")))


def _indented_first_line(
    source: str, group: list[tuple[int, int]], texts: list[str], k: int
) -> bool:
    """Whether line ``k`` is the first line of a Japanese paragraph that goes on in the
    next: it is indented by one full-width space, as a paragraph's first line is set,
    and the next line starts at the margin, as its other lines are. A viewer's copy of a
    PDF may cut that first line short anywhere, inside a name too ('　センター長の加藤' /
    '幹夫は…'); a heading over an indented paragraph is not taken in."""
    start, nxt = group[k][0], group[k + 1][0]
    return (
        source[start - 1 : start] == "\u3000"
        and source[start - 2 : start - 1] in ("", "\n", "\f")
        and source[nxt - 1 : nxt] in ("\n", "\f")
        and _CJK_JOINABLE_END.search(texts[k]) is not None
        and _CJK_START.match(texts[k + 1]) is not None
    )


_OPENERS, _CLOSERS = "(（[［「『", ")）]］」』"


def _left_open(line: str) -> str | None:
    """The bracket or quotation mark ``line`` opened and ends inside, if any."""
    stack: list[str] = []
    for char in line:
        if char in _OPENERS:
            stack.append(char)
        elif char in _CLOSERS and stack:
            stack.pop()
    return stack[-1] if stack else None


def _closes_first(line: str) -> str | None:
    """The opening mark of the bracket ``line`` closes before it opens one, if any."""
    for char in line:
        if char in _CLOSERS:
            return _OPENERS[_CLOSERS.index(char)]
        if char in _OPENERS:
            return None
    return None


def _joined(
    source: str,
    lines: list[tuple[int, int]],
    kind: BlockKind,
    attrs: tuple[tuple[str, str], ...] = (),
) -> Draft:
    """One item wrapped over several lines: the line breaks become one space (none in CJK)."""
    out = PlainBuilder()
    hyphen: str | None = None
    for n, (start, end) in enumerate(lines):
        if n:
            prev_end = lines[n - 1][1]
            if hyphen == "-":
                out.add("-", prev_end - 1, prev_end)  # 'long-' / 'term': one word
            elif hyphen is None and _space_at_break(source, prev_end, start):
                out.add(" ", prev_end, start)
        hyphen = _line_end_hyphen(source, end, lines[n + 1][0]) if n + 1 < len(lines) else None
        _add_line(out, source[start : end - 1 if hyphen is not None else end], start)
    draft = out.draft(kind, Span(lines[0][0], lines[-1][1]), attrs=attrs)
    assert draft is not None
    return draft


_KANA_OR_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _figure_cut(line: str, nxt: str) -> bool:
    """Whether a Japanese line breaks at a figure: before it ('年率約' / '12%で'), inside
    it ('4,2' / '16件'), or after it ('総額210' / '億円を')."""
    end, first = line[-1:], nxt[:1]
    return (
        (end.isdigit() or _KANA_OR_HAN.match(end) is not None)
        and (first.isdigit() or _CJK_START.match(first) is not None)
        and (end.isdigit() or first.isdigit())
        and _KANA.search(line) is not None
    )


_SPACED_KANJI = re.compile(r"[\u3400-\u9fff](?<=[\u3400-\u9fff]{2})[ \u3000]([\u3400-\u9fff])")


@lru_cache(maxsize=1)
def _spaced_kanji(source: str) -> frozenset[tuple[str, str]]:
    """The kanji the text sets apart by a space (a family name of two kanji or more and
    the given name after it: '辻本 遥'); once a file. A text spaced character by
    character ('岩 城') sets no such pair apart."""
    return frozenset((m.group()[0], m.group(1)) for m in _SPACED_KANJI.finditer(source))


def _space_at_break(source: str, end: int, start: int) -> bool:
    """Whether the line break between ``source[:end]`` and ``source[start:]`` stands for
    a space: in English it does; in Japanese it does not, nor in Korean inside a word."""
    before, after = source[end - 1], source[start]
    if _HANGUL.match(before) and _HANGUL.match(after):
        return not _cut_in_a_word(source, end, start)
    if _CJK_OR_MARK.match(before) and _CJK_OR_MARK.match(after):
        # a Japanese name cut where its family and given names part ('辻本' / '遥は'):
        # the space the text writes between them elsewhere ('辻本 遥') is put back
        return (before, after) in _spaced_kanji(source)
    # a figure and the word that counts it are one ('30' / '년이', '210' / '億円'), and
    # Japanese writes a figure solid after its text ('年率約' / '12%')
    if before.isdigit() and _CJK.match(after):
        return False
    return not (_KANA_OR_HAN.match(before) and after.isdigit())


_HYPHENATED = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,20})-\Z")
_WORD_START = re.compile(r"[a-z]{1,30}")
# the first halves of compounds that keep their hyphen at a line's end: 'long-' 'term'
_COMPOUND_WORDS = (
    "non self well long short mid high low full half all cross multi semi anti ex "
    "year first second third one two three four five six seven eight nine ten twenty "
    "thirty forty fifty sixty seventy eighty ninety hundred state world best large "
    "small end real cost time"
)
_COMPOUND_HEADS = frozenset(_COMPOUND_WORDS.split())


@lru_cache(maxsize=1)
def _lowered(source: str) -> str:
    return source.lower()  # once a file, however many of its lines end in a hyphen


def _line_end_hyphen(source: str, end: int, next_start: int) -> str | None:
    """What the hyphen that ends a wrapped line is: '' where a word was cut at the line's
    end ('manu-' / 'facturing', as a PDF's text or a typesetter breaks words), '-' where
    a compound was ('long-' / 'term', a form the text writes elsewhere), None where the
    line ends in no hyphen after a word."""
    head = _HYPHENATED.search(source, max(0, end - 22), end)
    if head is None:
        return None
    tail = _WORD_START.match(source, next_start)
    if tail is None:
        return None
    left, right = head.group(1), tail.group(0)
    compound = source[head.start() - 1 : head.start()] == "-"  # 'state-of-the-' / 'art'
    if compound or f"{left}-{right}" in source:
        return "-"
    if f"{left}{right}".lower() in _lowered(source):
        return ""  # 'semi-' / 'conductor' where the text writes 'semiconductor'
    return "-" if left.lower() in _COMPOUND_HEADS else ""


_HANGUL_RUN_END = re.compile(r"[\uac00-\ud7a3]{1,12}\Z")
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]{1,12}")
_LOOKS = 8  # occurrences of a joined word looked at, at most


def _cut_in_a_word(source: str, end: int, start: int) -> bool:
    """Whether a Korean line break between ``source[:end]`` and ``source[start:]`` cut a
    word (a PDF's text breaks Korean anywhere: '김도' / '윤 시장은') rather than stood
    for the space between two words. Told by the text: the word put back together is
    written elsewhere in it as a word of its own ('시장 김도윤은')."""
    head = _HANGUL_RUN_END.search(source, max(0, end - 12), end)
    tail = _HANGUL_RUN.match(source, start)
    if head is None or tail is None:
        return False
    word = head.group() + tail.group()
    at = source.find(word)
    for _ in range(_LOOKS):
        if at == -1:
            return False
        if at == 0 or not _HANGUL.match(source[at - 1]):
            return True
        at = source.find(word, at + 1)
    return False
