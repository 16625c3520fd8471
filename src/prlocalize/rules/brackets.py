"""prlocalize.rules.brackets
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Brackets closed by another bracket of their kind, the half-width one for the
full-width one ('(韓国・ソウル）'), the other corner bracket ('「エアリス』') or the other
angle bracket ('〈소금 장부》': Korean and Chinese set the titles of works in 〈〉 and
《》), brackets a paragraph opens and never closes, and quotation marks left open that
no paragraph after goes on with, for PR305.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import NamedTuple, TypeVar

from prlocalize.lazy_patterns import lazy_compile

# opening bracket → its closing bracket, and the kind both belong to: a closer of the
# same kind but not of the same pair is the slip; one of another kind is nesting or a
# list's '1)' and left alone
_PAIRS: dict[str, str] = {
    "(": ")",
    "（": "）",
    "[": "]",
    "［": "］",
    "「": "」",
    "『": "』",
    "｢": "｣",
    "【": "】",
    "〖": "〗",
    "〈": "〉",
    "《": "》",
}
_KIND: dict[str, str] = {
    **dict.fromkeys("(（)）", "round"),
    **dict.fromkeys("[［]］", "square"),
    **dict.fromkeys("「『｢」』｣", "corner"),
    **dict.fromkeys("【〖】〗", "lenticular"),
    **dict.fromkeys("〈《〉》", "angle"),
}
CLOSERS = frozenset(_PAIRS.values())
OPENERS = frozenset(_PAIRS)
BRACKETS = CLOSERS | OPENERS


def mismatched_brackets(text: str) -> Iterator[tuple[int, int]]:
    """(opener, closer) offsets of each bracket closed by another of its kind, or by one
    of another kind where neither has a partner in the text: '[서울=뉴스와이어)' or
    '【東京]' opens a dateline with one key and closes it with another, where a list's
    '1)' inside '[…]' leaves the square bracket its own closer further on."""
    stack: list[int] = []
    for i, char in enumerate(text):
        if char in _PAIRS:
            stack.append(i)
        elif char in CLOSERS and stack:
            opener = text[stack[-1]]
            if _PAIRS[opener] == char:
                stack.pop()
            elif _KIND[opener] == _KIND[char] or _unpartnered(text, stack, i):
                yield stack.pop(), i


def _unpartnered(text: str, stack: list[int], i: int) -> bool:
    """Whether closer ``text[i]`` of another kind than the innermost open bracket closes
    it: no bracket of the closer's kind is open, none of the opener's kind closes later,
    and the pair holds no interval ('[0, 1)')."""
    kind, opener = _KIND[text[i]], stack[-1]
    if any(_KIND[text[j]] == kind for j in stack):
        return False
    own = _KIND[text[opener]]
    if any(_KIND.get(c) == own for c in text[i + 1 :] if c in CLOSERS):
        return False
    return _INTERVAL.fullmatch(text[opener + 1 : i]) is None


# two numbers between a square and a round bracket: a half-open interval, no slip. Each
# number is bounded: a comma may part the two numbers or a number's thousands, and with
# numbers of any length that choice was tried at every comma ('1,1,1,…': quadratic)
_INTERVAL = lazy_compile(r"\s*[-+−]?[\d.,]{0,24}\d\s*[,;]\s*[-+−]?(?:[\d.,]{0,24}\d|∞)\s*")


# the kinds an aside, a phone number's hours or a dateline opens and closes within its
# paragraph. Corner quotes are left alone: a quotation over several paragraphs opens
# each and closes only the last
_MUST_CLOSE = frozenset({"round", "square", "lenticular"})
_MUST_CLOSE_RE = lazy_compile("[()（）\\[\\]［］【】〖〗]")
MUST_CLOSE_OPENER = lazy_compile("[(（\\[［【〖]")


def unclosed_brackets(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(sentence, offset) of each round, square or lenticular bracket that the paragraph
    of ``texts`` (its sentences, in order) never closes ('고객센터(1588-4127는 …'). A
    closer of the same kind closes the last one open, of either width; one of another
    kind, with none of its own open, the last bracket open ('[0, 1)', '[부산=한빛통신)':
    an interval, or mismatched_brackets' slip)."""
    open_: list[tuple[str, int, int]] = []  # (kind, sentence, offset), in order
    for number, text in enumerate(texts):
        for match in _MUST_CLOSE_RE.finditer(text):
            char, i = match[0], match.start()
            kind = _KIND[char]
            if char in _PAIRS:
                open_.append((kind, number, i))
                continue
            own = [at for at, (k, _, _) in enumerate(open_) if k == kind]
            if own:
                del open_[own[-1]]
            elif open_:
                open_.pop()
    return [(number, i) for _, number, i in open_]


def unopened_doubles(text: str, depth: dict[str, int]) -> Iterator[int]:
    """Offsets of each closing bracket typed right after the same one with no bracket
    left open for it ('（現 講師））'): a key pressed twice. Each kind is counted on its
    own, so a list's '1)' or another kind's nesting leaves the others alone; ``depth``
    (kind → brackets open) carries what earlier sentences of the paragraph left open."""
    for i, char in enumerate(text):
        if char in _PAIRS:
            kind = _KIND[char]
            depth[kind] = depth.get(kind, 0) + 1
        elif char in CLOSERS:
            kind = _KIND[char]
            if depth.get(kind, 0) > 0:
                depth[kind] -= 1
            elif i > 0 and text[i - 1] == char:
                yield i


def closer_of(opener: str) -> str:
    """The bracket that closes ``opener``."""
    return _PAIRS[opener]


# quotation marks by family: double quotes (curly or straight, which writers mix in one
# quotation) and Japanese corner brackets (a '「' closed by '』' is mismatched_brackets'
# slip, not one left open). Single quotes are left alone: the same mark is an apostrophe
_QUOTE_FAMILY: dict[str, str] = {
    **dict.fromkeys('“”"', "double"),
    **dict.fromkeys("「」『』｢｣", "corner"),
}
_QUOTE_OPENERS = frozenset("“「『｢")
# each mark's pair, named by its opening mark (straight and curly double quotes are one)
_QUOTE_PAIR: dict[str, str] = {
    **dict.fromkeys('“”"', '"'),
    **dict.fromkeys("「」", "「"),
    **dict.fromkeys("『』", "『"),
    **dict.fromkeys("｢｣", "｢"),
}
QUOTE_MARKS = frozenset(_QUOTE_FAMILY)
_QUOTE_RE = lazy_compile('[“”"「」『』｢｣]')
# what a straight double quote follows when it opens a quotation
_BEFORE_OPENING = frozenset(" \t\u00a0\u3000([{—–-/:")


class ParagraphQuotes(NamedTuple):
    """The quotation marks of one paragraph, for quotations that span paragraphs."""

    left_open: list[tuple[str, int, int]]  # (family, sentence, offset) never closed
    closed_unopened: frozenset[str]  # families closed with no opening mark before
    opens_with: str | None  # the family of the mark the paragraph starts with
    families: frozenset[str]  # every family with a mark in the paragraph


# a paragraph without quotation marks (never changed: quotes_left_open only reads it)
_NO_QUOTES = ParagraphQuotes([], frozenset(), None, frozenset())


def paragraph_quotes(texts: Sequence[str]) -> ParagraphQuotes:
    """The quotation marks that the paragraph of ``texts`` (its sentences, in order)
    opens and never closes, or closes without opening. A straight double quote opens
    where a word starts after it, and closes elsewhere; one after a digit with none
    open is an inch mark ('a 12" display')."""
    # marks open, by pair ('“' and '"' are one): a closing mark closes the last of its
    # own pair open, else the last of its family (a slip mismatched_brackets reports)
    open_: dict[str, list[tuple[int, int]]] = {}
    unopened: set[str] = set()
    seen: set[str] = set()
    opens_with: str | None = None
    first = True
    for number, text in enumerate(texts):
        if first and text.strip():
            lead = text.lstrip()[:1]
            if lead in _QUOTE_OPENERS or lead == '"':
                opens_with = _QUOTE_FAMILY[lead]
            first = False
        if QUOTE_MARKS.isdisjoint(text):
            continue
        for match in _QUOTE_RE.finditer(text):
            char, i = match[0], match.start()
            family = _QUOTE_FAMILY[char]
            pair = _QUOTE_PAIR[char]
            if char == '"':
                before = text[i - 1] if i else " "
                after = text[i + 1 : i + 2]
                if before.isdigit() and not open_.get(pair):
                    continue  # an inch mark
                opening = before in _BEFORE_OPENING and after != "" and not after.isspace()
            else:
                opening = char in _QUOTE_OPENERS
            seen.add(family)
            if opening:
                open_.setdefault(pair, []).append((number, i))
                continue
            own = open_.get(pair)
            if not own:
                others = [s for p, s in open_.items() if s and _QUOTE_FAMILY[p] == family]
                own = max(others, key=lambda s: s[-1]) if others else None
            if own:
                own.pop()
            else:
                unopened.add(family)
    if not seen and opens_with is None:
        return _NO_QUOTES  # (most paragraphs: one object for all of a release's)
    left = sorted((n, i, p) for p, marks in open_.items() for n, i in marks)
    return ParagraphQuotes(
        [(_QUOTE_FAMILY[p], n, i) for n, i, p in left],
        frozenset(unopened),
        opens_with,
        frozenset(seen),
    )


# how many paragraphs a quotation is followed through for its closing mark
_QUOTATION_REACH = 50
P = TypeVar("P")  # what names a paragraph for quotes_left_open's caller


def quotes_left_open(
    paragraphs: Iterable[tuple[bool, ParagraphQuotes, P]],
) -> Iterator[tuple[P, int, int]]:
    """(paragraph, sentence, offset) of each quotation mark left open that no later
    paragraph goes on with. ``paragraphs`` are (is a heading, its quotation marks, what
    names the paragraph for the caller) in document order, read as they come: a
    paragraph is judged once the ``_QUOTATION_REACH`` after it are read, and let go. A
    quotation over several paragraphs either opens each again and closes only in the
    last (English style: the very next paragraph starts with the mark), or runs on
    through paragraphs without marks to its closing one (as Japanese sets 「…」 over
    paragraphs). A heading, or a paragraph with marks of the family that does not close
    the quotation, ends it unclosed."""
    window: deque[tuple[bool, ParagraphQuotes, P]] = deque()
    for paragraph in paragraphs:
        window.append(paragraph)
        if len(window) > _QUOTATION_REACH:
            yield from _left_open(window)
            window.popleft()
    while window:
        yield from _left_open(window)
        window.popleft()


def _left_open(window: deque[tuple[bool, ParagraphQuotes, P]]) -> Iterator[tuple[P, int, int]]:
    """The marks left open in ``window``'s first paragraph that none after it goes on with."""
    _heading, quotes, name = window[0]
    for family, number, at in quotes.left_open:
        following = islice(window, 1, 1 + _QUOTATION_REACH)
        if not _goes_on(following, family):
            yield name, number, at


def _goes_on(following: Iterable[tuple[bool, ParagraphQuotes, object]], family: str) -> bool:
    for step, (heading, quotes, _name) in enumerate(following):
        # (a paragraph the reader took for a heading, a line that ends on '」' or
        # opens with '「', still goes on with the quotation)
        if family in quotes.closed_unopened or (step == 0 and quotes.opens_with == family):
            return True
        if heading:
            return False
        if family in quotes.families:
            return False
    return False
