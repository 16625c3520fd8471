"""prlocalize.catalog.render
~~~~~~~~~~~~~~~~~~~~~~~~~

The PO text of a catalog, byte for byte what Babel's ``generate_po`` writes plus
two things it leaves out (previous msgids, ``#|``, and the flags of obsolete
entries, so that a fuzzy one does not come back as reviewed), about four times faster.

Babel's writer runs every comment through ``textwrap`` and escapes each word of a
long string separately while wrapping it; at 50 messages a release that cost more
than the whole rest of ``extract``. Here short comments and strings without
characters to escape take a direct path, and everything else is handed to Babel's
own ``normalize`` and comment wrapper. ``tests/catalog/test_render.py`` checks the
result against Babel's ``generate_po`` on generated catalogs; catalogs with plural
messages or merge conflicts are rendered by Babel itself.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import WORD_SEP, escape, generate_po, normalize
from babel.util import TextWrapper

WIDTH = 76
# characters Babel escapes, and those str.splitlines() breaks at (Babel splits there too)
_SPECIAL = re.compile('[\\\\\t\r\n"\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]')
_SPACES = re.compile(r"(\s+)")
_WRAP_BREAKING = frozenset("\t\n\r\x0b\x0c")
_comment_wrapper = TextWrapper(width=WIDTH, break_long_words=False)


def render_po(catalog: Catalog) -> str:
    """The PO text of ``catalog`` (header, messages, previous msgids, obsolete entries)."""
    if _needs_babel(catalog):
        return "".join(_babel_with_previous(catalog))
    out: list[str] = []
    in_strings = False
    for chunk in generate_po(catalog, width=WIDTH):  # Babel writes the header entry
        out.append(chunk)
        in_strings = in_strings or chunk.startswith("msgstr ")
        if in_strings and chunk == "\n":
            break
    for message in catalog:
        if message.id:
            _message(out, message)
    for message in catalog.obsolete.values():
        for comment in message.user_comments:
            _comment(out, comment, "")
        _flags(out, message)
        _strings(out, message, "#~ ")
        out.append("\n")
    return "".join(out)


def _needs_babel(catalog: Catalog) -> bool:
    if getattr(catalog, "_conflicts", None):
        return True
    return any(not isinstance(m.id, str) for m in catalog) or any(
        not isinstance(m.id, str) for m in catalog.obsolete.values()
    )


def _message(out: list[str], message: Message) -> None:
    for comment in message.user_comments:
        _comment(out, comment, "")
    for comment in message.auto_comments:
        _comment(out, comment, ".")
    _comment(out, _locations(message), ":")
    _flags(out, message)
    if message.previous_id:
        out.append(f"#| msgid {normalize(message.previous_id[0], prefix='#| ', width=WIDTH)}\n")
    _strings(out, message, "")
    out.append("\n")


def _flags(out: list[str], message: Message) -> None:
    if message.flags:
        out.append(f"#{', '.join(['', *sorted(message.flags)])}\n")


def _strings(out: list[str], message: Message, prefix: str) -> None:
    if message.context:
        out.append(f"{prefix}msgctxt {_normalize(message.context, prefix)}\n")
    out.append(f"{prefix}msgid {_normalize(str(message.id), prefix)}\n")
    out.append(f"{prefix}msgstr {_normalize(str(message.string or ''), prefix)}\n")


def _locations(message: Message) -> str:
    try:
        locations = sorted(
            message.locations, key=lambda x: (x[0], (isinstance(x[1], int) and x[1]) or -1)
        )
    except TypeError:
        locations = message.locations
    seen: dict[str, None] = {}
    for filename, lineno in locations:
        location = filename.replace(os.sep, "/")
        if " " in location or "\t" in location:
            location = location if location.startswith("\u2068") else "\u2068" + location
            location = location if location.endswith("\u2069") else location + "\u2069"
        if lineno:
            location = f"{location}:{lineno:d}"
        seen[location] = None
    return " ".join(seen)


def _comment(out: list[str], comment: str, prefix: str) -> None:
    # textwrap leaves a one-line comment that fits alone (it only strips it)
    stripped = comment.strip()
    if len(comment) <= WIDTH and stripped and not _WRAP_BREAKING.intersection(comment):
        out.append(f"#{prefix} {stripped}\n")
        return
    for line in _comment_wrapper.wrap(comment):
        out.append(f"#{prefix} {line.strip()}\n")


def _normalize(string: str, prefix: str) -> str:
    if _SPECIAL.search(string):
        return normalize(string, prefix=prefix, width=WIDTH)
    # nothing to escape: each chunk's escaped length is its length
    prefixlen = len(prefix)
    if len(string) + 2 + prefixlen <= WIDTH:
        return f'"{string}"'
    # WORD_SEP's other alternatives need a hyphen; without one it splits at whitespace
    chunks = (WORD_SEP if "-" in string else _SPACES).split(string)
    chunks.reverse()
    lines: list[str] = []
    while chunks:
        buf: list[str] = []
        size = 2
        while chunks:
            length = len(chunks[-1]) + prefixlen
            if size + length < WIDTH:
                buf.append(chunks.pop())
                size += length
            else:
                if not buf:
                    buf.append(chunks.pop())
                break
        lines.append("".join(buf))
    if len(lines) <= 1:
        return f'"{string}"'
    if not lines[-1]:
        del lines[-1]
        lines[-1] += "\n"
    return '""\n' + "\n".join(prefix + escape(line) for line in lines)


def _babel_with_previous(catalog: Catalog) -> Iterator[str]:
    """Babel's own rendering plus our two additions (the reference for the above)."""
    return _insert_previous(catalog, generate_po(catalog, width=WIDTH))


def _insert_previous(catalog: Catalog, chunks: Iterable[str]) -> Iterator[str]:
    # generate_po yields the header entry, then each active message in catalog order,
    # then the obsolete ones, every entry ending with a lone "\n" chunk. Added: the
    # previous msgid of an active message (``#|``) and the flags of an obsolete one
    # (Babel reads but never writes them, so a fuzzy entry would come back reviewed).
    messages = iter(
        [(m, False) for m in catalog if m.id] + [(m, True) for m in catalog.obsolete.values()]
    )
    current: tuple[Message, bool] | None = None
    header_done = False  # an empty header comment is a lone "\n" too
    for chunk in chunks:
        if current is not None:
            message, obsolete = current
            if not obsolete and chunk.startswith(("msgctxt ", "msgid ")):
                if message.previous_id:
                    previous = normalize(message.previous_id[0], prefix="#| ", width=WIDTH)
                    yield f"#| msgid {previous}\n"
                current = None
            elif obsolete and chunk.startswith(("#~ msgctxt ", "#~ msgid ")):
                if message.flags:
                    yield f"#{', '.join(['', *sorted(message.flags)])}\n"
                current = None
        yield chunk
        header_done = header_done or chunk.startswith("msgstr ")
        if chunk == "\n" and header_done:
            current = next(messages, None)
