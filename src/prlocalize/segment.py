"""prlocalize.segment
~~~~~~~~~~~~~~~~~~

Sentence boundaries for English, Japanese and Korean press releases.

One compiled regular expression finds the candidate boundaries (sentence-ending
punctuation, closing quotes and brackets after it); each candidate is then decided
by looking at the word before it and the word after it in a few small tables
(abbreviations such as "Co., Ltd.", titles such as "Dr.", words that start
sentences). The text is never walked character by character in Python, which keeps
this fast (tens of MB/s on one core).

>>> [s.start for s in split_sentences("iPark Institute Co., Ltd. was founded. It grew.", "en")]
[0, 39]
"""

from __future__ import annotations

import re

from prlocalize.document import Span


def _table(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Abbreviations after which a capitalised word never starts a new sentence.
_NEVER_END = _table(
    "mr mrs ms messrs mmes dr prof st mt ft gen sen rep gov hon rev capt lt col sgt maj adm "
    "supt fr e.g i.e cf viz vs approx incl esp"
)
# Abbreviations that introduce a number ("No. 3", "p. 55"); elsewhere they are ambiguous.
_NUMBER_PREFIX = _table(
    "no nos nr n° p pp vol fig figs art sec ch tel ext para op ed eds est ca ref"
)
# Abbreviations that often end a sentence: split only before a word that typically starts one.
_AMBIGUOUS = _table(
    "co corp inc ltd llc plc bros jr sr dept assn univ govt intl ave blvd rd "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun"
)
_ABBREVIATIONS = _NEVER_END | _NUMBER_PREFIX | _AMBIGUOUS
# US states as AP style abbreviates them after a city ('PORTLAND, Ore. —', 'NASHVILLE,
# Tenn. (BUSINESS WIRE) --', 'in Austin, Texas'): capitalised and after a comma, as an
# ambiguous abbreviation (not 'iron ore.', 'a critical mass.')
_US_STATES = _table(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo "
    "Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo"
)
# (for rules that tell an abbreviation's stop from a sentence's)
ABBREVIATIONS = _ABBREVIATIONS
_STARTERS = _table(
    "a an the it its i he she we they you this that these those there here in on at for from "
    "with by but and or so as if when while what where why how who which after before since "
    "during our their his her my your today yesterday tomorrow currently meanwhile however "
    "furthermore moreover also additionally please to under according all each every some "
    "many most more both one such other further through following last next first finally "
    "then thus therefore besides instead still yet now"
)
_CLOSERS = "\"'”’»)\\]}」』）】〕〉》"
_OPENERS = "\"'“‘«(\\[{「『（【〔〈《"
_QUOTE_OPENERS = frozenset("\"'“‘«「『")
_BRACKET_OPEN = "「『（【〔〈《"
_BRACKET_SHUT = "」』）】〕〉》"
_PARTICLE_AFTER_QUOTE = re.compile(r"[ぁ-ゖ、，,。]")

_CJK_TERMS = "。！？｡"
# Latin candidates: a run of sentence punctuation (and closing quotes or brackets) followed
# by a space or the end. A pattern that starts with a character class is scanned in C at
# ~180 MB/s, so the text is never walked in Python.
_LATIN_RUN = re.compile(rf"[.!?…][.!?…{_CLOSERS}]*(?=\s|\Z)")
# The candidates _latin_boundaries looks at: those of _LATIN_RUN, less the ones a space and
# an ASCII lower-case letter follow ("Co. at", "i.e. the"), which never end a sentence there
_LATIN_CANDIDATE = re.compile(rf"[.!?…][.!?…{_CLOSERS}]*(?=\s|\Z)(?! [a-z])")
_FIRST_LATIN = re.compile(rf"[.!?…][.!?…{_CLOSERS}]*(?=\s|\Z)|(?:[{_CJK_TERMS}]|．(?![0-9０-９]))")
_SPACED_ELLIPSIS = re.compile(rf"\.(?: \.){{2,}}[{_CLOSERS}]*(?=\s|\Z)")
# Full-width sentence ends inside Latin-script or Korean text
_WIDE_END = re.compile(rf"(?:[{_CJK_TERMS}]+|．(?![0-9０-９]))[{_CLOSERS}]*")
# Every match of _WIDE_END starts with one of these characters (every match of _FIRST_LATIN
# with one of _ANY_END's). A pattern that starts with an alternation is tried at every
# position in turn; a bare class is scanned in C about five times as fast, so it is searched
# first to skip the text that cannot match.
_WIDE_START = re.compile(rf"[{_CJK_TERMS}．]")
# Japanese/Chinese: also track 「」-style brackets so that 。 inside a quotation stays inside.
_CANDIDATES_CJK = re.compile(
    rf"(?P<cjk>[{_CJK_TERMS}!?]+|．(?![0-9０-９]))(?P<cjkclose>[{_CLOSERS}]*)"
    rf"|(?P<lat>\.(?: \.){{2,}}|\.{{2,}}|…+|\.)(?P<close>[{_CLOSERS}]*)(?=\s|\Z)"
    rf"|(?P<open>[{_BRACKET_OPEN}])|(?P<shut>[{_BRACKET_SHUT}])"
)
_TRIGGER_CJK = re.compile(rf"[.!?…{_CJK_TERMS}．{_BRACKET_OPEN}{_BRACKET_SHUT}]")
_ANY_END = re.compile(rf"[.!?…{_CJK_TERMS}．]")
_NEXT_TOKEN = re.compile(rf"\s*([{_OPENERS}]*)(\S*)")
_MULTI_DOT = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\Z")  # U.S, a.m, Ph.D, U.S.A
# a given name of two parts as initials, joined by its hyphen ('J.-W. Seo', 'J.-P. Roux')
_HYPHENED_INITIALS = re.compile(r"(?:[A-Z]\.-)+[A-Z]\Z")
_NON_SPACE = re.compile(r"\S")
# a token's run up to its last kana, kanji, Hangul syllable or CJK mark
_CJK_HEAD = re.compile(
    r".*[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff65]", re.S
)
_WORD_CHAR = re.compile(r"\w")
_LIST_START = re.compile(r"\s*(?:[•⁃◦▪‣]\s*)?(\d{1,3}|[a-z])(\.\)|\.|\))\s")
# a marker alone: a number, a letter, a Roman numeral (also as one character, 'Ⅲ', as
# Korean and Japanese official documents number their parts) or a katakana of the
# Japanese third level ('ア．')
_LIST_MARKER_ONLY = re.compile(
    r"\W*(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}|[\u2160-\u217f]|[\u30a2-\u30f3])\W*\Z"
)
# a marker after an attachment's label, as Korean and Japanese official releases number
# their attachments ('<붙임> 1. 심사 기간 단축 개요', '붙임 2.', '【別添】1.')
_LABELLED_MARKER = re.compile(
    r"\W*(?:[<\[【〈《(（〔][^\s<>\[\]【】〈〉《》()（）〔〕]{1,8}[>\]】〉》)）〕]"
    r"|붙임|별첨|첨부|참고|別添|別紙|参考|添付)\s?(?:\d{1,3}|[\u2160-\u217f])\W*\Z"
)
# a date as Korean official writing gives it, a stop after each part ('2026. 3. 5.부터',
# '2026. 3. 4.(수) 배포'), and the end of a range that leaves out the year ('2026. 3.
# 5.(목)~3. 7.(토)'): its stops end no sentence
_DOTTED_DATE = re.compile(
    r"(?<![\d.])\d{4}\. ?(?:1[0-2]|0?[1-9])\. ?(?:3[01]|[12]\d|0?[1-9])\.?"
    r"|(?<=[~∼〜～–-]) ?(?:1[0-2]|0?[1-9])\. ?(?:3[01]|[12]\d|0?[1-9])\.?"
)
# a Markdown footnote's marker: '[^1]', '[^note]'
_FOOTNOTE_MARK = re.compile(r"\[\^[^\[\]\s]{1,40}\]")
_TRAILING_PUNCT = ",;:!?\"'”’)]"


def split_sentences(text: str, lang: str) -> list[Span]:
    """Split ``text`` into sentence spans (offsets into ``text``).

    Spans are trimmed of surrounding whitespace, never overlap, and together cover
    every non-space character of ``text``.
    """
    return [Span(start, end) for start, end in sentence_bounds(text, lang)]


def sentence_bounds(text: str, lang: str) -> list[tuple[int, int]]:
    """:func:`split_sentences` as ``(start, end)`` pairs, for callers that build their own spans."""
    if not text or text.isspace():
        return []
    if "[^" in text:
        # a footnote's marker after a sentence's end ('…in 2021.[^1] The…', '…した。[^1]次…')
        # closes that sentence, as a closing bracket does: read as closers, same length
        text = _FOOTNOTE_MARK.sub(lambda m: "]" * len(m.group()), text)
    cjk = lang[:2].lower() in ("ja", "zh")
    head = None if text[0].isupper() else _LIST_START.match(text)
    if head is None:
        first = _ANY_END.search(text)
        if first is not None and not cjk:
            first = _FIRST_LATIN.search(text, first.start())
        if first is None or (not cjk and first.end() >= len(text.rstrip())):
            # no sentence end before the end of the text, no list: one span (most lines)
            stripped = text.strip()
            lead = text.index(stripped[0])
            return [(lead, lead + len(stripped))]
        boundaries: list[int] = []
        suppressed: set[int] = set()
    else:
        boundaries, suppressed = _list_boundaries(text, head)
    if cjk:
        boundaries.extend(_cjk_boundaries(text, suppressed))
    else:
        boundaries.extend(_latin_boundaries(text, suppressed))
    return _bounds(text, boundaries)


def _bounds(text: str, boundaries: list[int]) -> list[tuple[int, int]]:
    """Sentences between the cuts, trimmed of whitespace, without copying any of them."""
    out: list[tuple[int, int]] = []
    first = _NON_SPACE.search(text)
    if first is None:
        return out
    start = first.start()
    size = len(text)
    cuts = sorted(set(boundaries)) if len(boundaries) > 1 else list(boundaries)
    cuts.append(size)  # the text's end closes the last sentence
    for cut in cuts:
        if cut <= start:
            continue
        end = cut
        # a list marker's cut follows a space, and the text may end in some
        while text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
        if text.startswith(" ", cut) and not text[cut + 1 : cut + 2].isspace():
            start = cut + 1  # the usual single space after a sentence
            if start < size:
                continue
            break
        following = _NON_SPACE.search(text, cut)
        if following is None:
            break
        start = following.start()
    return out


def _latin_boundaries(text: str, suppressed: set[int]) -> list[int]:
    out: list[int] = []
    cut_at = out.append
    last = consumed = 0
    text_end = len(text.rstrip())
    for m in _LATIN_CANDIDATE.finditer(text):
        start, end = m.span()
        if start < consumed or (suppressed and start in suppressed):
            continue
        term = m.group()
        if term != ".":
            term = term.rstrip(_CLOSERS)
        if text.startswith(" .", end):  # perhaps a spaced ellipsis ". . ."
            spaced = _SPACED_ELLIPSIS.match(text, start)
            if spaced:
                end = spaced.end()
                term = spaced.group().rstrip(_CLOSERS)
        consumed = end
        if end >= text_end:
            cut_at(end)  # the end of the text ends a sentence: nothing to decide
            break
        following = text[end + 1 : end + 2] if text[end] == " " else ""
        if following.islower():
            continue  # "Co. at noon", "i.e. the": a lower-case word goes on with the sentence
        if term == ".":
            if following.isupper():
                # the common cases, decided inline: "... word. Next" (what _decide_latin would
                # say for a word that is not an abbreviation, an initial or a list marker) ...
                space = text.rfind(" ", last, start)
                prev = text[space + 1 : start]
                if prev.isalnum():
                    key = prev.lower()
                    if (
                        len(prev) > 1
                        and key not in _ABBREVIATIONS
                        # a word before it ("12." alone opens a numbered item); the character
                        # before the space nearly always is one, and is looked at first
                        and (
                            (space > last and text[space - 1].isalnum())
                            or _WORD_CHAR.search(text, last, max(space, last)) is not None
                        )
                    ):
                        cut_at(end)
                        last = end
                        continue
                    if key in _NEVER_END:
                        continue  # ... and "Dr. Next", which _decide_latin never cuts either
        elif following.isupper() and "." not in term and "…" not in term:
            cut_at(end)  # "Really? Yes"
            last = end
            continue
        cut = _decide_latin(text, term, start, end, last)
        if cut is not None:
            cut_at(cut)
            last = cut
    # (an ASCII text, most of an English release's, holds none: not scanned for them)
    wide = None if text.isascii() else _WIDE_START.search(text)
    if wide is not None:  # full-width 。！？ in a Latin-script text
        out.extend(m.end() for m in _WIDE_END.finditer(text, wide.start()))
    return out


def _decide_latin(text: str, term: str, start: int, end: int, last: int) -> int | None:
    """Return the boundary for a Latin-punctuation candidate, or None when it is not one."""
    nxt = _NEXT_TOKEN.match(text, end)
    assert nxt is not None  # the pattern matches the empty string
    openers, word = nxt.group(1), nxt.group(2)
    if not word and not openers:
        return end  # end of text
    first = (word or openers)[0]
    lower_next = first.islower()
    if "." not in term and "…" not in term:  # ! or ? (or both)
        return None if lower_next else end
    if " " in term:  # spaced ellipsis ". . ." / ". . . ."
        dots = term.count(".")
        if dots < 4 or lower_next:
            return None
        if start > 0 and not text[start - 1].isspace():
            return start + 1  # "word. . . . Next": the sentence ended at the word's own period
        return end
    if len(term) > 1 or term == "…":  # "..." / "…" / "...."
        if lower_next or (start > 0 and text[start - 1] == "["):
            return None
        if start > 0 and _joins(text[start - 1]):
            return None  # '2분기 매출 1,842억 원… 일본 흥행': a headline's joiner
        return end
    if lower_next:
        return None
    prev = _prev_token(text, start, last)
    if not prev:
        return end
    if len(prev) <= 4 and (
        _LIST_MARKER_ONLY.match(text, last, start) or _LABELLED_MARKER.match(text, last, start)
    ):
        return None  # "1." / "a." opening a list item or a numbered heading, "<붙임> 1." too
    key = prev.lower()
    if key in _NEVER_END:
        return None
    abbreviation = (
        key in _AMBIGUOUS
        or key in _NUMBER_PREFIX
        or _MULTI_DOT.match(prev) is not None
        or (prev in _US_STATES and text[start - len(prev) - 2 : start - len(prev)] == ", ")
    )
    initial = (len(prev) == 1 and prev.isalpha()) or _HYPHENED_INITIALS.match(prev) is not None
    if prev[-1:].isdigit() and _in_dotted_date(text, start):
        return None
    if first.isdigit():
        return None if abbreviation or initial else end
    if initial:
        if prev == "I" and _word_before_is_lowercase(text, start - 1):
            return end  # "you and I. Did you ..."
        return None  # "Jonas E. Smith"
    if abbreviation:
        if first in _QUOTE_OPENERS or (openers and openers[0] in _QUOTE_OPENERS):
            return end
        if openers:
            return None  # "Co., Ltd. (Headquarters: ...)"
        return end if word.rstrip(_TRAILING_PUNCT).lower() in _STARTERS else None
    return end


def _in_dotted_date(text: str, stop: int) -> bool:
    """Whether the stop at ``stop`` is one of a dotted date's ('2026. 3. 5.'): the date
    goes on with the sentence ('2026. 1. 14. 체결했다.')."""
    for date in _DOTTED_DATE.finditer(text, max(0, stop - 14), stop + 8):
        if date.start() < stop < date.end():
            return True
    return False


def _joins(before: str) -> bool:
    """Whether an ellipsis after ``before`` joins two parts of one sentence: after a
    Korean word but a sentence's '다' ('…밝혔다… 그러나'), or a Japanese one (a Japanese
    sentence ends at 。). Korean and Japanese headlines join their parts so, and the
    next word, with no lower case, cannot say otherwise."""
    if "\uac00" <= before <= "\ud7a3":
        return before != "다"
    return "\u3041" <= before <= "\u30ff" or "\u4e00" <= before <= "\u9fff"


def _prev_token(text: str, start: int, last: int) -> str:
    chunk = text[max(last, start - 80) : start]
    if not chunk or chunk[-1].isspace():
        return ""
    token = chunk.rsplit(None, 1)[-1]
    if not token.isascii():
        # Japanese and Korean set a Latin word on the word before it ('責任著者はJ. Seo',
        # '「H.-S. Lim」'): the Latin word starts after them
        token = _CJK_HEAD.sub("", token)
    return token.lstrip(_OPENERS)


def _word_before_is_lowercase(text: str, end: int) -> bool:
    head = text[max(0, end - 40) : end].split()
    return bool(head) and head[-1][:1].islower()


def _cjk_boundaries(text: str, suppressed: set[int]) -> list[int]:
    out: list[int] = []
    depth = 0
    last = consumed = 0
    match = _CANDIDATES_CJK.match
    for hit in _TRIGGER_CJK.finditer(text):
        if hit.start() < consumed:
            continue
        m = match(text, hit.start())
        if m is None:
            continue
        consumed = m.end()
        if m.group("open") is not None:
            depth += 1
            continue
        if m.group("shut") is not None:
            depth = max(0, depth - 1)
            continue
        if m.group("lat") is not None:
            if depth == 0 and m.start() not in suppressed:
                cut = _decide_latin(text, m.group("lat"), m.start(), m.end(), last)
                if cut is not None:
                    out.append(last := cut)
            continue
        closers = m.group("cjkclose")
        if m.group("cjk") == "．" and _LIST_MARKER_ONLY.match(text, last, m.start()):
            continue  # '1．発言要旨', '２．質疑応答': a numbered heading's or item's marker
        if depth > 0:
            depth = max(0, depth - sum(c in _BRACKET_SHUT for c in closers))
            if depth > 0:
                if any(text.find(c, m.end()) != -1 for c in _BRACKET_SHUT):
                    continue  # 。 inside 「…」: the quotation goes on
                depth = 0  # unbalanced bracket: do not swallow the rest of the text
            elif closers and _PARTICLE_AFTER_QUOTE.match(text, m.end()):
                continue  # 「…。」と述べた
        out.append(last := m.end())
    return out


def _list_boundaries(text: str, head: re.Match[str]) -> tuple[list[int], set[int]]:
    """Boundaries before the markers of an inline enumerated list ("1.) a 2.) b").

    Only a text that starts with a list marker is treated as a list, and only markers
    numbered in sequence count, so "in 2017. The" is never mistaken for one.
    Returns the boundaries and the offsets of marker periods the sentence pass must skip.
    """
    number, sep = head.group(1), head.group(2)
    ordinal_pattern = r"\d{1,3}" if number.isdigit() else "[a-z]"
    marker = re.compile(rf"(?:(?<=\s)|\A)(?:[•⁃◦▪‣]\s*)?({ordinal_pattern}){re.escape(sep)}(?=\s)")
    expected = _ordinal(number)
    boundaries: list[int] = []
    suppressed: set[int] = set()
    for m in marker.finditer(text):
        if _ordinal(m.group(1)) != expected:
            continue
        expected += 1
        boundaries.append(m.start())
        if "." in sep:
            suppressed.add(m.end(1))
    return boundaries, suppressed


def _ordinal(marker: str) -> int:
    return int(marker) if marker.isdigit() else ord(marker)
