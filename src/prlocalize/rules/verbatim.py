"""prlocalize.rules.verbatim
~~~~~~~~~~~~~~~~~~~~~~~~~

Where a fix must not write: inside a word that is spelt as something outside the release
works, not as the release spells it. A web address (with or without its scheme, on any
top-level domain when a path follows), an e-mail address, a file name ('coldchain_plan.pdf')
and a handle or hashtag ('@MeridiaFoods'): 'fixed' to the glossary's spelling, the link,
the download or the account no longer exists, and nobody reads the file again after
``--fix``. The finding is still reported; only its fix is withdrawn. A fix that replaces
such a word whole (PR205's unwrapped redirect) is no edit inside it and stays.

The rules keep addresses and inline code out of what they look at; this is the last
guard, on the original file's text, for every rule's fix at once.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from prlocalize.findings import Edit, Finding
from prlocalize.lazy_patterns import lazy_compile
from prlocalize.rules.support import url_spans

__all__ = ["in_verbatim_word", "verbatim_spans", "withdraw_fixes_in_verbatim_words"]

# what can be part of one such word: anything but spaces, markup and quotes/brackets
# (an HTML attribute's quotes and a Markdown link's brackets end it)
_WORD_CHAR = re.compile(r"[^\s<>\"'`“”‘’()（）\[\]{}「」『』、。，]")
_WORD = lazy_compile(_WORD_CHAR.pattern + "+")
_REACH = 400  # characters looked at on each side of an edit
_TRAILING = ".,;:!?"  # punctuation after the word, not part of it
_FILE = lazy_compile(
    r"[\w-]\.(?:pdf|docx?|xlsx?|pptx?|csv|zip|jpe?g|png|gif|svg|webp|txt|html?|md|mp[34]|mov)$",
    re.IGNORECASE,
)
# a host on any top-level domain with a path after it: 'meridia.global/coldchain-hub'
# (tried only where a run of host characters starts: searched, it stays linear)
_HOST_PATH = lazy_compile(r"(?<![A-Za-z0-9.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/")
_TAG_SIGNS = "#＃@＠"
_HINTS = (".", *_TAG_SIGNS)  # what an address, a file name or a tag cannot do without


def withdraw_fixes_in_verbatim_words(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` (of the file whose text is ``text``), each fix with an edit inside a
    verbatim word (but not replacing it whole) withdrawn."""
    return [
        dataclasses.replace(f, fix=None)
        if f.fix is not None and any(_inside_verbatim(text, e) for e in f.fix.edits)
        else f
        for f in findings
    ]


def in_verbatim_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies wholly inside a verbatim word."""
    return any(s <= start and end <= e for s, e in _verbatim_around(text, start, end))


def _inside_verbatim(text: str, edit: Edit) -> bool:
    start, end = edit.span.start, edit.span.end
    for s, e in _verbatim_around(text, start, end):
        if start <= s and e <= end and start < end:
            continue  # the whole word replaced (an address by its target)
        if (start < e and s < end) if start < end else s < start < e:
            return True
    return False


def _verbatim_around(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` spelt verbatim in the word(s) around ``[start, end)``."""
    floor, ceiling = max(0, start - _REACH), min(len(text), end + _REACH)
    if all(text.find(sign, floor, ceiling) == -1 for sign in _HINTS):
        return  # every verbatim word holds one (most Japanese and Korean text: none)
    left = start
    while left > floor and _WORD_CHAR.match(text, left - 1):
        left -= 1
    run = _WORD.match(text, end, ceiling)
    right = run.end() if run is not None else end
    if all(text.find(sign, left, right) == -1 for sign in _HINTS):
        return
    for word in _WORD.finditer(text, left, right):  # the span itself may hold spaces
        for s, e in verbatim_spans(word.group()):
            yield s + word.start(), e + word.start()


@lru_cache(maxsize=4096)
def verbatim_spans(word: str) -> tuple[tuple[int, int], ...]:
    """Spans in ``word`` (a run of non-space characters) that are spelt verbatim."""
    spans = list(url_spans(word))
    end = len(word)
    while end > 0 and word[end - 1] in _TRAILING:
        end -= 1
    core = word[:end]
    tag = len(core) > 1 and core[0] in _TAG_SIGNS
    if tag or _HOST_PATH.match(core) or _FILE.search(core):
        spans.append((0, end))
    return tuple(spans)
