"""prlocalize.catalog.render
~~~~~~~~~~~~~~~~~~~~~~~~~

The PO text of a catalog, byte for byte what Babel's ``generate_po`` writes plus
two things it leaves out (previous msgids, ``#|``, and the flags of obsolete
entries, so that a fuzzy one does not come back as reviewed), six to ten times faster.

Babel's writer runs every comment through ``textwrap``, escapes each word of a long
string separately while wrapping it and rebuilds the header entry on every pass over
the catalog; at 50 messages a release that cost more than the whole rest of
``extract``. Here the header entry, short comments, ``#:`` lines of unsplittable
locations and strings without characters to escape take direct paths (wrapped
strings and comment lines are memoised: releases share sentences, and a template's
msgids come back in every locale's catalog); everything else is handed to Babel's
own ``normalize`` and comment wrapper. ``tests/catalog/test_render.py`` checks the
result against Babel's ``generate_po`` and ``normalize`` on generated input; catalogs
with plural messages or merge conflicts are rendered by Babel itself.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import os
from collections.abc import Iterable, Iterator

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import escape, generate_po
from babel.util import TextWrapper

from prlocalize.lazy_patterns import lazy_compile

WIDTH = 76
# characters Babel escapes, and those str.splitlines() breaks at (Babel splits there too)
_SPECIAL = lazy_compile('[\\\\\t\r\n"\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]')
_SPECIAL_NOT_LF = lazy_compile('[\\\\\t\r"\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]')
_SPACES = lazy_compile(r"(\s+)")
# Babel's WORD_SEP, splitting the same way in linear time: its hyphenated-word alternative
# ([^\s\w]*\w+[a-zA-Z]-) is tried at every position of a long run of word or punctuation
# characters and rescans the run from each (10,000 characters after a "co-hosted": 11 s).
# A match from inside a run implies one from the run's start, which the scan reaches
# first, so starting only at run starts changes nothing (tests/catalog/test_render.py).
WORD_SEP = lazy_compile(
    r"(\s+"
    r"|(?:(?<![^\s\w])(?=[^\s\w])|(?<!\w)(?=\w))[^\s\w]*\w+[a-zA-Z]-(?=\w+[a-zA-Z])"
    r"|(?<=[\w\!\"\'\&\.\,\?])-{2,}(?=\w))"
)
# how every match of WORD_SEP's hyphenated-word alternative ends ("co-" before "hosted")
_HYPHENATED = lazy_compile(r"\w[a-zA-Z]-(?=\w+[a-zA-Z])")
_WHITESPACE = lazy_compile(r"\s")
_WRAP_BREAKING = lazy_compile("[\t\n\r\x0b\x0c]")  # textwrap's whitespace that is not " "
# One wrapped line of an unprefixed string split at whitespace only: the longest run
# of whole chunks (a chunk costs its length, a line holds WIDTH - 3 with its quotes),
# or a single chunk that is longer on its own.
_LINE = lazy_compile(rf"(?s).{{1,{WIDTH - 3}}}(?:(?<=\s)(?=\S)|(?<=\S)(?=\s)|\Z)|\S+|\s+")
_comment_wrapper = TextWrapper(width=WIDTH, break_long_words=False)
_header_wrapper = TextWrapper(width=WIDTH, subsequent_indent="# ", break_long_words=False)


# The text of an untranslated message, by its fields (see :func:`render_po`).
MessageTexts = dict[tuple[object, ...], str]


def render_po(catalog: Catalog, texts: MessageTexts | None = None) -> str:
    """The PO text of ``catalog`` (header, messages, previous msgids, obsolete entries).

    ``texts``: the untranslated messages rendered already, kept there for the next call.
    `update` writes one template's catalogs for every locale, and a message new to them
    is the same entry in each: it is rendered once, not once per locale."""
    entries = render_entries(catalog, texts)
    if entries is None:
        return "".join(_babel_with_previous(catalog))
    return "".join([text for _key, text in entries])


def render_blocks(catalog: Catalog) -> list[bytes]:
    """:func:`render_po`'s text in UTF-8, the header entry alone in the first block and the
    other entries a few hundred kilobytes a block: extract writes a huge release's
    template from these, never from its whole text (as a string twice its bytes, when
    one character needs two, and then its bytes beside it)."""
    entries = render_entries(catalog)
    if entries is None:
        return [render_po(catalog).encode("utf-8")]
    blocks: list[bytes] = []
    pending: list[str] = []
    size = 0
    for _key, text in entries:
        pending.append(text)
        size += len(text)
        if size > _BLOCK or len(blocks) == 0:  # (the header: a block of its own)
            blocks.append("".join(pending).encode("utf-8"))
            pending, size = [], 0
    if pending or not blocks:
        blocks.append("".join(pending).encode("utf-8"))
    return blocks


_BLOCK = 1 << 18  # characters of entries encoded at a time


# An entry of a catalog: (obsolete, msgctxt, msgid); the header's is (False, None, "").
EntryKey = tuple[bool, str | None, str]


def render_entries(
    catalog: Catalog, texts: MessageTexts | None = None
) -> Iterator[tuple[EntryKey, str]] | None:
    """The PO text of ``catalog`` an entry at a time, each with its key and the blank line
    after it (their concatenation is :func:`render_po`'s text); None for a catalog that
    Babel renders (plural messages, merge conflicts). ``texts`` as for :func:`render_po`.

    A restyled catalog compares and writes one entry at a time: a huge release's catalog
    is not rendered whole (twice, the old and the new) only to be cut into entries again."""
    # one pass over the catalog: Babel builds the header entry on every iteration
    header, *messages = catalog
    obsolete = list(catalog.obsolete.values())
    if _needs_babel(catalog, messages, obsolete):
        return None
    return _entries(catalog, header, messages, obsolete, texts)


def _entries(
    catalog: Catalog,
    header: Message,
    messages: list[Message],
    obsolete: list[Message],
    texts: MessageTexts | None,
) -> Iterator[tuple[EntryKey, str]]:
    yield (False, None, ""), _header(catalog, header)
    for message in messages:
        if not message.id:
            continue
        key = (False, message.context or None, str(message.id))
        if texts is None or message.string != "":
            yield key, message_text(message)
            continue
        fields = (
            message.id,
            message.context,
            tuple(sorted(message.flags)),
            tuple(message.previous_id),
            tuple(message.user_comments),
            tuple(message.auto_comments),
            tuple(message.locations),
        )
        text = texts.get(fields)
        if text is None:
            text = texts[fields] = message_text(message)
        yield key, text
    for message in obsolete:
        yield (True, message.context or None, str(message.id)), obsolete_text(message)


def message_text(message: Message) -> str:
    """The entry of an active ``message`` and the blank line after it."""
    parts: list[str] = []
    _message(parts, message)
    return "".join(parts)


def obsolete_text(message: Message) -> str:
    """The entry of an obsolete ``message`` (``#~``) and the blank line after it."""
    out = [_comment(comment, "") for comment in message.user_comments]
    if message.flags:
        out.append(_flag_line(message.flags))
    _strings(out, message, "#~ ")
    out.append("\n")
    return "".join(out)


def header_text(catalog: Catalog) -> str:
    """The header entry of ``catalog`` (with its comment) and the blank line after it."""
    return _header(catalog, next(iter(catalog)))


def _needs_babel(catalog: Catalog, messages: list[Message], obsolete: list[Message]) -> bool:
    if getattr(catalog, "_conflicts", None):
        return True
    return any(not isinstance(m.id, str) for m in messages) or any(
        not isinstance(m.id, str) for m in obsolete
    )


def _header(catalog: Catalog, header: Message) -> str:
    """The header entry as ``generate_po`` writes it (it has no comments or locations)."""
    flags = _flag_line(header.flags) if header.flags else ""
    strings = f'msgid ""\nmsgstr {_quoted(str(header.string), "")}\n'
    return f"{_header_comment(catalog.header_comment)}\n{flags}{strings}\n"


@functools.lru_cache(maxsize=64)
def _header_comment(text: str) -> str:
    lines: list[str] = []
    for line in text.splitlines():
        wrapped = _header_wrapper.wrap(line)
        if len(wrapped) > 1 and wrapped[0] == "#":
            # Babel's wrapper leaves the '#' of a line whose first word is too long (a long
            # path) alone on a line; read back and written again, that adds a '#' line on
            # every cycle, so the file never settles. The word keeps its '#' instead.
            wrapped = wrapped[1:]
        lines += wrapped
    return "\n".join(lines)


def _message(out: list[str], message: Message) -> None:
    append = out.append
    for comment in message.user_comments:
        append(_comment(comment, ""))
    for comment in message.auto_comments:
        append(_comment(comment, "."))
    append(_location_comment(message.locations))
    if message.flags:
        append(_flag_line(message.flags))
    if message.previous_id:
        append(f"#| msgid {_normalize(message.previous_id[0], '#| ')}\n")
    if message.context:
        append(f"msgctxt {_normalize(message.context, '')}\n")
    msgid = _normalize(str(message.id), "")
    append(f"msgid {msgid}\nmsgstr {_normalize(str(message.string or ''), '')}\n\n")


def _flag_line(flags: set[str]) -> str:
    return f"#{', '.join(['', *sorted(flags)])}\n"


def _strings(out: list[str], message: Message, prefix: str) -> None:
    if message.context:
        out.append(f"{prefix}msgctxt {_normalize(message.context, prefix)}\n")
    out.append(f"{prefix}msgid {_normalize(str(message.id), prefix)}\n")
    out.append(f"{prefix}msgstr {_normalize(str(message.string or ''), prefix)}\n")


def _location_comment(locations: list[tuple[str, int]]) -> str:
    """The ``#:`` lines: each location once, sorted, wrapped as Babel's comment wrapper does."""
    if len(locations) == 1:  # most messages
        filename, lineno = locations[0]
        location, whole = _location_name(filename)
        text = f"{location}:{lineno:d}" if lineno else location
        # one chunk the wrapper cannot split (no whitespace, no "--"), however long: as is
        return f"#: {text}\n" if whole else _comment_lines(text, ":")
    with contextlib.suppress(TypeError):  # unorderable line numbers stay as they are
        locations = sorted(locations, key=lambda x: (x[0], (isinstance(x[1], int) and x[1]) or -1))
    seen: dict[str, None] = {}
    whole = True  # every location is one chunk for the wrapper: no whitespace, no "--"
    for filename, lineno in locations:
        location, single = _location_name(filename)
        seen[f"{location}:{lineno:d}" if lineno else location] = None
        whole = whole and single
    text = " ".join(seen)
    if len(text) <= WIDTH or not whole:
        return _comment_lines(text, ":")
    return "".join([f"#: {line}\n" for line in _fill(list(seen))])


@functools.lru_cache(maxsize=256)  # a catalog's locations name one or a few files
def _location_name(filename: str) -> tuple[str, bool]:
    location = filename.replace(os.sep, "/")
    if " " in location or "\t" in location:
        location = location if location.startswith("\u2068") else "\u2068" + location
        location = location if location.endswith("\u2069") else location + "\u2069"
    return location, bool(location) and "--" not in location and not _WHITESPACE.search(location)


def _fill(words: list[str]) -> list[str]:
    """Lines of at most WIDTH characters filled greedily with ``words`` (one that is
    longer stands alone): what the comment wrapper makes of words that it cannot split."""
    lines: list[str] = []
    line = ""
    for word in words:
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= WIDTH:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _comment_lines(comment: str, prefix: str) -> str:
    """``#<prefix> `` comment lines as Babel's comment wrapper makes them."""
    # textwrap leaves a one-line comment that fits alone (it only strips it)
    stripped = comment.strip()
    if len(comment) <= WIDTH and stripped and not _WRAP_BREAKING.search(comment):
        return f"#{prefix} {stripped}\n"
    return "".join([f"#{prefix} {line.strip()}\n" for line in _comment_wrapper.wrap(comment)])


# glossary hints and segment ids recur in many messages
_comment = functools.lru_cache(maxsize=4096)(_comment_lines)


def normalize(string: str, prefix: str = "", width: int = WIDTH) -> str:
    """Babel's ``normalize`` (babel.messages.pofile) with the linear-time WORD_SEP above."""
    prefixlen = len(prefix)
    lines: list[str] = []
    for line in string.splitlines(True):
        if len(escape(line)) + prefixlen <= width:
            lines.append(line)
            continue
        chunks = WORD_SEP.split(line)
        chunks.reverse()
        while chunks:
            buf: list[str] = []
            size = 2
            while chunks:
                length = len(escape(chunks[-1])) - 2 + prefixlen
                if size + length < width:
                    buf.append(chunks.pop())
                    size += length
                else:
                    if not buf:  # a chunk too long for a line stands alone
                        buf.append(chunks.pop())
                    break
            lines.append("".join(buf))
    if len(lines) <= 1:
        return escape(string)
    if lines and not lines[-1]:
        del lines[-1]
        lines[-1] += "\n"
    return '""\n' + "\n".join([prefix + escape(line) for line in lines])


def _quoted(string: str, prefix: str) -> str:
    """A PO string as Babel's ``normalize`` writes it, in quotes and wrapped."""
    if _SPECIAL.search(string):
        if "\n" in string and not _SPECIAL_NOT_LF.search(string):
            short = _short_lines(string, prefix)
            if short is not None:
                return short
        return normalize(string, prefix=prefix, width=WIDTH)
    # nothing to escape: each chunk's escaped length is its length
    prefixlen = len(prefix)
    if len(string) + 2 + prefixlen <= WIDTH:
        return f'"{string}"'
    # WORD_SEP breaks after a hyphen only inside a hyphenated word ("co-" + "hosted")
    # and before an em-dash ("--"); without either it splits at whitespace alone
    hyphenated = "-" in string and ("--" in string or _HYPHENATED.search(string) is not None)
    if not prefix and not hyphenated and not string[0].isspace() and not string[-1].isspace():
        # the common case in one regex pass: no prefix to count per chunk, no
        # hyphenation points, and no empty chunk at either end (which Babel can
        # turn into an empty line beside a chunk too long for one)
        lines: list[str] = _LINE.findall(string)
        return (
            '""\n' + "\n".join([f'"{line}"' for line in lines]) if len(lines) > 1 else f'"{string}"'
        )
    # Babel fills a line with chunks while their lengths (plus the prefix's, per chunk)
    # stay within WIDTH - 3, and puts a longer chunk alone: with the running totals in
    # hand, each line's end is one bisection.
    chunks = (WORD_SEP if hyphenated else _SPACES).split(string)
    ends = list(itertools.accumulate([len(chunk) + prefixlen for chunk in chunks]))
    lines = []
    start = filled = 0
    while start < len(chunks):
        stop = max(bisect.bisect_right(ends, filled + WIDTH - 3, start), start + 1)
        lines.append("".join(chunks[start:stop]))
        start, filled = stop, ends[stop - 1]
    if len(lines) <= 1:
        return f'"{string}"'
    if not lines[-1]:
        del lines[-1]
        lines[-1] += "\n"
    return '""\n' + "\n".join(prefix + escape(line) for line in lines)


def _short_lines(string: str, prefix: str) -> str | None:
    """The quoted lines of a string whose only special character is a line feed, when
    none is too long for one line (a header entry); None when Babel would wrap one."""
    limit = WIDTH - 2 - len(prefix)
    lines = [line.replace("\n", "\\n") for line in string.splitlines(True)]
    if any(len(line) > limit for line in lines):
        return None
    if len(lines) <= 1:
        return f'"{lines[0]}"'
    return '""\n' + "\n".join([f'{prefix}"{line}"' for line in lines])


# Releases share headings, rosters and boilerplate, and a template's msgids come back in
# every locale's catalog: each string is wrapped once.
_normalize = functools.lru_cache(maxsize=8192)(_quoted)


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
