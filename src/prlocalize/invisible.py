"""prlocalize.invisible
~~~~~~~~~~~~~~~~~~~~~

The characters that text pasted from word processors, web pages, chat tools and macOS
brings along unseen: zero-width spaces and joiners, the word joiner, a byte order mark
inside a line, soft hyphens, direction marks and variation selectors. They show as
nothing (a soft hyphen only where a line breaks at it), so a reader sees 'Minister'
where the text holds 'Minis\\u00adter', and a search, a glossary or a translation
memory does not find it.

Matching sees through them (:func:`without_ignorable`); PR307 reports those that are
not wanted where they stand (:func:`stray_invisibles`) and letters written decomposed
(:func:`decomposed_words`), which it composes letter by letter (:func:`compose`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Format characters a word can hold without showing it. Variation selectors are here for
# matching only: '葛\U000e0100' is the glossary's '葛' drawn in one of its glyphs.
_IGNORABLE_CLASS = (
    "\u00ad"  # soft hyphen
    "\u180e"  # Mongolian vowel separator (once a space; shows as nothing)
    "\u200b-\u200f"  # zero-width space, non-joiner, joiner; left-to-right, right-to-left mark
    "\u202a-\u202e"  # direction embeddings and overrides
    "\u2060-\u2064"  # word joiner and invisible operators
    "\u2066-\u2069"  # direction isolates
    "\ufe00-\ufe0f"  # variation selectors
    "\ufeff"  # byte order mark (zero-width no-break space)
    "\U000e0100-\U000e01ef"  # ideographic variation selectors
)
_IGNORABLE = re.compile(f"[{_IGNORABLE_CLASS}]+")
IGNORABLE_CHARS = frozenset(
    chr(c)
    for lo, hi in (
        (0x00AD, 0x00AD),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x2069),
        (0xFE00, 0xFE0F),
        (0xFEFF, 0xFEFF),
        (0xE0100, 0xE01EF),
    )
    for c in range(lo, hi + 1)
)


def has_ignorable(text: str) -> bool:
    """Whether ``text`` holds any of the invisible format characters (a C-level search)."""
    return not text.isascii() and _IGNORABLE.search(text) is not None


def without_ignorable(text: str) -> str:
    """``text`` without its invisible format characters."""
    return _IGNORABLE.sub("", text) if has_ignorable(text) else text


def visible(text: str) -> tuple[str, list[int] | None]:
    """``text`` without its invisible format characters, and where each character of
    the result and its end are in ``text`` (None when nothing was taken out)."""
    if not has_ignorable(text):
        return text, None
    kept = [i for i, char in enumerate(text) if char not in IGNORABLE_CHARS]
    return "".join(text[i] for i in kept), [*kept, len(text)]


# Of those, the ones reported where they stand (PR307), and the line and paragraph
# separators. Left alone: variation selectors (a name's glyph, an emoji's style), joiners
# beside an emoji or in a script that uses them, and direction marks in a text that holds
# a right-to-left script (an Arabic or Hebrew name quoted in it), which they order.
_STRAY = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]+"
)
_JOINERS = frozenset("\u200c\u200d")
_DIRECTION = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeef]")


_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def direction_controls(text: str) -> set[str]:
    """The direction embeddings, overrides and isolates in ``text`` (U+202A–U+202E,
    U+2066–U+2069), unless it holds a right-to-left script, whose names they order."""
    found = set(_CONTROLS.findall(text)) if not text.isascii() else set()
    if found and _RTL_LETTER.search(text):
        return set()
    return found


def stray_invisibles(text: str) -> Iterator[tuple[int, int]]:
    """Runs ``[start, end)`` of invisible characters in ``text`` that nothing needs: a
    zero-width space, word joiner or soft hyphen inside or beside a word, a byte order
    mark inside a line, a direction mark in text of no right-to-left script, a line or
    paragraph separator (U+2028, U+2029) inside a paragraph."""
    if text.isascii():
        return
    rtl: bool | None = None
    for m in _STRAY.finditer(text):
        run = m.group()
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if set(run) <= _JOINERS and (_builds_symbol(before) or _builds_symbol(after)):
            continue  # a joiner of an emoji sequence
        if set(run) & _DIRECTION:
            if rtl is None:
                rtl = _RTL_LETTER.search(text) is not None
            if rtl:
                continue  # orders a right-to-left name in left-to-right text
        yield m.start(), m.end()


def _builds_symbol(char: str) -> bool:
    """Whether ``char`` is one a joiner may belong to: an emoji or symbol (a family
    emoji, '🏳️‍🌈'), or a letter of a script that joins or breaks its letters with them
    (Arabic, Persian, the Indic scripts)."""
    if not char:
        return False
    cp = ord(char)
    return cp >= 0x1F000 or 0x0600 <= cp <= 0x0DFF or unicodedata.category(char) == "So"


_SEPARATORS = frozenset("\u2028\u2029")


def invisible_replacement(text: str, start: int, end: int) -> str:
    """What the invisible run ``text[start:end]`` is to be replaced with: nothing, or a
    space for a line or paragraph separator between words that are written spaced."""
    if not set(text[start:end]) & _SEPARATORS:
        return ""
    before, after = text[start - 1 : start], text[end : end + 1]
    if before in {"", " "} or after in {"", " "} or (_unspaced(before) and _unspaced(after)):
        return ""
    return " "


def character_name(char: str) -> str:
    """'zero width space (U+200B)'."""
    return f"{unicodedata.name(char, 'character').lower()} (U+{ord(char):04X})"


def shown(text: str) -> str:
    """``text`` as a message shows it: its invisible characters as '⟨U+200B⟩'."""
    return "".join(
        f"⟨U+{ord(c):04X}⟩" if unicodedata.category(c) in {"Cf", "Zl", "Zp"} else c for c in text
    )


def _unspaced(char: str) -> bool:
    """Whether ``char`` is a Japanese or Chinese letter or mark (written without spaces)."""
    if not char:
        return True
    cp = ord(char)
    return 0x3000 <= cp <= 0x30FF or 0x3400 <= cp <= 0x9FFF or 0xFF00 <= cp <= 0xFFEF


def decomposed_words(text: str) -> list[tuple[int, int]]:
    """The words of ``text`` holding a decomposed letter, as ``[start, end)``: a run of
    Latin or Hangul letters and marks around it, or the kana or kanji with its marks
    alone (Japanese has no spaces to end a word at)."""
    words: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and _composes(text[j]):
            j += 1
        if j - i > 1 and len(unicodedata.normalize("NFC", text[i:j])) < j - i:
            start, end = i, j
            if not _unspaced(text[i]):
                while start > 0 and _spaced_letter(text[start - 1]):
                    start -= 1
                while end < n and (_spaced_letter(text[end]) or _composes(text[end])):
                    end += 1
            if words and words[-1][1] >= start:
                start = words.pop()[0]
            words.append((start, end))
            j = max(j, end)
        i = j
    return words


def _spaced_letter(char: str) -> bool:
    """A letter or mark of a script written with spaces between words (Latin, Hangul)."""
    return (char.isalpha() or _composes(char)) and not _unspaced(char)


def compose(text: str) -> str:
    """``text`` with each letter and the marks after it composed (NFC by letters: a CJK
    compatibility ideograph, which a name may need, stays as it is)."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and _composes(text[j]):
            j += 1
        unit = text[i:j]
        composed = unicodedata.normalize("NFC", unit) if j - i > 1 else unit
        out.append(composed if len(composed) < len(unit) else unit)
        i = j
    return "".join(out)


def _composes(char: str) -> bool:
    """Whether ``char`` composes with the letter before it: a combining mark (an accent,
    a kana voicing mark) or a Hangul vowel or final consonant jamo."""
    cp = ord(char)
    return unicodedata.combining(char) != 0 or 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF
