"""prlocalize.translate.inline_codes
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

Where a CAT tool's paired inline codes stood, kept in a memory unit as markers.

A TMX or XLIFF segment wraps words in paired codes (``<bpt i="1"/>Aki Mori<ept
i="1"/>``, ``<g id="1">``, ``<pc>``, ``<hi>``) whose native text is the tool's own
(memoQ's ``{}``, a Word file's run): no catalog's markup. A catalog's msgid wraps the
same words in its own elements (``<strong>Aki Mori</strong>``). So the readers write a
pair as markers ``<tmN>``…``</tmN>``, N counted in the source's order and the target's
pairs matched to the source's by the tool's id, and a lookup puts the msgid's elements
in their place (:func:`with_markup`): a bold name stays one bold name in the
translation, where dropping the codes left a draft the markup check (PR406) rejects.
The memory keys a unit by its text without markers, so a msgid without markup still
finds it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prlocalize.translate.memory import Unit

MARK = re.compile(r"<(/?)tm(\d+)>")
# what a reader writes for a tool's code before the pairs are numbered: its id
_RAW = re.compile("\x01(/?)([^\x01\x02]*)\x02")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(/?)>")


def opening(code_id: str) -> str:
    """What a reader writes where the tool's pair ``code_id`` opens."""
    return f"\x01{code_id}\x02"


def closing(code_id: str) -> str:
    """What a reader writes where the tool's pair ``code_id`` closes."""
    return f"\x01/{code_id}\x02"


def without_marks(text: str) -> str:
    """``text`` without markers (nor a reader's raw codes)."""
    if "<tm" in text:
        text = MARK.sub("", text)
    return _RAW.sub("", text) if "\x01" in text else text


def _pairs(text: str) -> list[str] | None:
    """The ids of the raw pairs of ``text`` in the order they open; None when one is not
    closed, closed twice, or closes out of nesting (nothing to trust)."""
    order: list[str] = []
    open_ids: list[str] = []
    for found in _RAW.finditer(text):
        closes, code_id = found[1] == "/", found[2]
        if not closes:
            if code_id in order:
                return None
            order.append(code_id)
            open_ids.append(code_id)
        elif not open_ids or open_ids.pop() != code_id:
            return None
    return None if open_ids else order


def coded(source: str, target: str) -> tuple[str, str, tuple[str, ...]]:
    """``source`` and ``target`` as read (a reader's raw pairs in them) without the pairs,
    and with them as markers numbered in the source's order; () for the latter when
    there are none, the two do not hold the same pairs (a code the translator dropped
    or added), or a pair wraps no text in the source. A pair around the whole source
    is left out."""
    plain = without_marks(source), without_marks(target)
    if "\x01" not in source and "\x01" not in target:
        return (*plain, ())
    ours, theirs = _pairs(source), _pairs(target)
    if not ours or theirs is None or sorted(ours) != sorted(theirs):
        return (*plain, ())
    # a pair around the whole segment is the paragraph's own style (a Word run, a
    # heading): no catalog writes it inside a msgid
    whole = {code_id for code_id, inner in _raw_inner(source) if inner == plain[0].strip()}
    if whole:
        source, target = _without(source, whole), _without(target, whole)
        ours = [code_id for code_id in ours if code_id not in whole]
        if not ours:
            return (*plain, ())
    number = {code_id: str(n) for n, code_id in enumerate(ours, 1)}

    def mark(found: re.Match[str]) -> str:
        return f"<{found[1]}tm{number[found[2]]}>"

    marked = _RAW.sub(mark, source)
    if any(not without_marks(inner).strip() for inner in _inner_texts(marked)):
        return (*plain, ())
    return (*plain, (marked, _RAW.sub(mark, target)))


def _raw_inner(text: str) -> list[tuple[str, str]]:
    """(id, the text it wraps, stripped) of each raw pair of ``text``."""
    opened: dict[str, int] = {}
    found: list[tuple[str, str]] = []
    for code in _RAW.finditer(text):
        if not code[1]:
            opened[code[2]] = code.end()
        elif code[2] in opened:
            found.append((code[2], without_marks(text[opened[code[2]] : code.start()]).strip()))
    return found


def _without(text: str, ids: set[str]) -> str:
    """``text`` without the raw pairs ``ids``."""
    return _RAW.sub(lambda code: "" if code[2] in ids else code[0], text)


def _inner_texts(marked: str) -> list[str]:
    """The text each marker pair of ``marked`` wraps, by its number."""
    spans: dict[str, int] = {}
    inner: dict[int, str] = {}
    for found in MARK.finditer(marked):
        if not found[1]:
            spans[found[2]] = found.end()
        elif found[2] in spans:
            inner[int(found[2])] = marked[spans[found[2]] : found.start()]
    return [inner[n] for n in sorted(inner)]


def _elements(text: str) -> list[tuple[str, str, str]] | None:
    """(opening tag, closing tag, text inside) of each element of a msgid, in the order
    they open; None when its tags do not pair."""
    found: list[tuple[int, str, str, int, int]] = []  # opens at, opening, closing, inner
    stack: list[tuple[int, str, str, int]] = []
    for tag in _TAG.finditer(text):
        closes, name, empty = tag[1] == "/", tag[2].lower(), tag[3] == "/"
        if empty:
            continue
        if not closes:
            stack.append((tag.start(), name, tag[0], tag.end()))
        elif not stack or stack[-1][1] != name:
            return None
        else:
            at, _, opened, inner = stack.pop()
            found.append((at, opened, tag[0], inner, tag.start()))
    if stack:
        return None
    found.sort()
    return [(o, c, _plain(text[i:e])) for _, o, c, i, e in found]


def _plain(fragment: str) -> str:
    return " ".join(unescape(_TAG.sub("", fragment)).split())


def plain_text(text: str) -> str:
    """A msgid's text without its tags (entities read), as a tool's segment holds it."""
    return unescape(_TAG.sub("", text))


def with_markup(text: str, unit: Unit) -> Unit:
    """``unit`` with the msgid ``text``'s elements where its tool's codes stood, when the
    two wrap the same words in the same order; else ``unit`` as it is (plain text)."""
    if not unit.codes or "<" not in text:
        return unit
    source, target = unit.codes
    elements = _elements(text)
    inner = _inner_texts(source)
    if elements is None or len(elements) != len(inner):
        return unit
    if any(e[2] != _plain(without_marks(i)) for e, i in zip(elements, inner, strict=True)):
        return unit

    def put(found: re.Match[str]) -> str:
        opened, closed, _ = elements[int(found[2]) - 1]
        return closed if found[1] else opened

    return replace(unit, source=MARK.sub(put, source), target=MARK.sub(put, target))


# what a tag's text may not hold to be put back by its words alone: markup of its own
_MARKUP_CHARS = frozenset("<>&")


def wrapped_verbatim(text: str, unit: Unit) -> Unit | None:
    """``unit``, a plain translation of the msgid ``text``'s words, with ``text``'s
    elements put round the words each wraps where both sides of ``unit`` write those
    words once, verbatim (a release's contact line, '… | <a href="mailto:…">press@…</a>',
    learnt from a text archive that writes the address plainly); else None."""
    elements = _elements(text)
    if not elements or any(c in _MARKUP_CHARS for side in (unit.source, unit.target) for c in side):
        return None
    source, target = unit.source, unit.target
    for opened, closed, inner in elements:
        if not inner or any(c in _MARKUP_CHARS for c in inner):
            return None
        if source.count(inner) != 1 or target.count(inner) != 1:
            return None  # (an element inside another one wraps words counted already)
        source = source.replace(inner, f"{opened}{inner}{closed}")
        target = target.replace(inner, f"{opened}{inner}{closed}")
    return replace(unit, source=source, target=target)
