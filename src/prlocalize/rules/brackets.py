"""prlocalize.rules.brackets
~~~~~~~~~~~~~~~~~~~~~~~~~~~

Brackets closed by another bracket of their kind, the half-width one for the
full-width one ('(韓国・ソウル）'), the other corner bracket ('「エアリス』') or the other
angle bracket ('〈소금 장부》': Korean and Chinese set the titles of works in 〈〉 and
《》), and brackets a paragraph opens and never closes, for PR305.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

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
_INTERVAL = re.compile(r"\s*[-+−]?[\d.,]{0,24}\d\s*[,;]\s*[-+−]?(?:[\d.,]{0,24}\d|∞)\s*")


# the kinds an aside, a phone number's hours or a dateline opens and closes within its
# paragraph. Corner quotes are left alone: a quotation over several paragraphs opens
# each and closes only the last
_MUST_CLOSE = frozenset({"round", "square", "lenticular"})
_MUST_CLOSE_RE = re.compile("[()（）\\[\\]［］【】〖〗]")
MUST_CLOSE_OPENER = re.compile("[(（\\[［【〖]")


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
