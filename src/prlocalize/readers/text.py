"""Plain-text releases in the seed's layout.

Blocks are separated by blank lines. Inside a block every line is its own item
(the dateline, the issuer, each participant of a roster) unless it is visibly the
wrapped continuation of the line before: a long line that does not end a sentence,
followed by one that starts in lower case (or, in Japanese, by more Japanese text), or a
line that fills the width of a wrapped paragraph (a mail client's, a PDF's), in Korean too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prlocalize.document import BlockKind, Span
from prlocalize.readers._build import DATE_LINE, Draft, PlainBuilder

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
# '- item', '2) item', and Japanese '・項目' / '●項目' written with no space after the mark
_BULLET = re.compile(
    r"([-•・*▪◦‣●■]|\d{1,2}[.)])\s+(?=\S)|([・●■◆])(?=[\u3040-\u30ff\u3400-\u9fff\uff10-\uff5a])"
)
_ROSTER_GROUP = (("role", "roster-group"),)
_COMPANY_END = re.compile(r"\b(?:Ltd|Inc|Co|Corp|LLC|PLC|Bros)\.\Z")
_LOWER_START = re.compile(r"[a-z(]")
_HAS_LOWER = re.compile(r"[a-z]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_LONG_WORD = re.compile(r"(?<!\S)\S{4,}")
_LOWER_LONG_WORD = re.compile(r"(?<!\S)[a-zß-öø-ÿ]\S{3,}")  # starts with a lower-case letter
_CJK_JOINABLE_END = re.compile(r"[\u3040-\u30ff\u3400-\u9fff、，]\Z")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_JOINABLE_END = re.compile(r"[\uac00-\ud7a3,]\Z")
# 'Tel: …', '전화: …', 'TEL：…': a line that opens with a label is an item of its own
_LABEL_START = re.compile(r"[^\s:：]{1,12}[ ]?[:：]")
_FULL = 0.8  # a line at least this share of its block's longest fills the width: wrapped


def read_text(source: str) -> list[Draft]:
    drafts: list[Draft] = []
    roster = False
    first_group = True
    for group, texts in _groups(source):
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
        items, roster = _classify(source, group, texts, roster)
        drafts += items
    return drafts


def _groups(source: str) -> Iterator[tuple[list[tuple[int, int]], list[str]]]:
    """Runs of non-blank lines: (start, end) of each line's text without outer spaces, and
    that text."""
    group: list[tuple[int, int]] = []
    texts: list[str] = []
    pos = 0
    for raw in source.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = raw.index(stripped[0]) if raw[0].isspace() else 0
            group.append((pos + lead, pos + lead + len(stripped)))
            texts.append(stripped)
        elif group:
            yield group, texts
            group, texts = [], []
        pos += len(raw) + 1
    if group:
        yield group, texts


def _is_breadcrumb(texts: list[str]) -> bool:
    return (
        len(texts) >= 2
        and texts[0].startswith("1.")
        and all(_BREADCRUMB.match(t) and len(t) <= 200 for t in texts)
    )


def _line(
    kind: BlockKind, text: str, start: int, end: int, attrs: tuple[tuple[str, str], ...] = ()
) -> Draft:
    return Draft(kind, text, start, Span(start, end), None, [], attrs)


def _classify(
    source: str, group: list[tuple[int, int]], texts: list[str], roster: bool
) -> tuple[list[Draft], bool]:
    """The items of one group, and whether a roster is still open at its end."""
    out: list[Draft] = []
    width = _wrap_width(texts)
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
            ordered = (bullet.group(1) or "")[:1].isdigit()
            attrs = (("list", "ordered" if ordered else "bullet"),)
            out.append(_line(BlockKind.LIST_ITEM, text[bullet.end() :], at, end, attrs))
        elif (
            i == 0
            and _heading_like(text)
            and not (len(texts) > 1 and _continues(text, texts[1], width))
        ):
            out.append(_line(BlockKind.HEADING, text, start, end))
        else:
            last = i
            while last + 1 < len(group) and _continues(texts[last], texts[last + 1], width):
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


def _wrap_width(texts: list[str]) -> int:
    """The width a block's lines were wrapped at (by a mail client, or copied out of a
    PDF), or 0 when they do not look wrapped: two lines or more nearly as long as the
    longest, and a sentence ending among them (a roster or a contact block of long lines
    ends none)."""
    width = max(len(t) for t in texts)
    if width < 30 or not any(_TERMINAL_END.search(t) for t in texts):
        return 0
    return width if sum(len(t) >= width * _FULL for t in texts) >= 2 else 0


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


def _heading_like(text: str) -> bool:
    if len(text) > 150 or text.count(",") >= 2:
        return False
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


def _sentence_like(text: str) -> bool:
    if len(text) >= 80 or (text.endswith(":") and len(_WORD.findall(text)) >= 6):
        return True
    if not _TERMINAL_END.search(text):
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
    if _CJK_JOINABLE_END.search(line) and _CJK.match(nxt):
        return len(line) >= 20
    full = width > 0 and len(line) >= width * _FULL and not _LABEL_START.match(nxt)
    if _HANGUL_JOINABLE_END.search(line) and _HANGUL.match(nxt):
        # Korean wraps between words, and a new item starts with Hangul as well: only a
        # line that fills the width is cut short
        return full
    if full and nxt[:1].isalnum() and _HAS_LOWER.search(nxt):
        return True  # 'The route will be served by the Haeyang' / 'Star, a 1,000 TEU …'
    return len(line) >= 40 and (_LOWER_START.match(nxt) is not None or line.endswith(("-", ",")))


def _joined(source: str, lines: list[tuple[int, int]], kind: BlockKind) -> Draft:
    """One item wrapped over several lines: the line breaks become one space (none in CJK)."""
    out = PlainBuilder()
    for n, (start, end) in enumerate(lines):
        if n:
            prev_end = lines[n - 1][1]
            before, after = source[prev_end - 1], source[start]
            cjk_join = _CJK.match(before) and _CJK.match(after)
            if not cjk_join or (_HANGUL.match(before) and _HANGUL.match(after)):
                out.add(" ", prev_end, start)
        out.add_run(source[start:end], start)
    draft = out.draft(kind, Span(lines[0][0], lines[-1][1]))
    assert draft is not None
    return draft
