"""prlocalize.catalog.restyle
~~~~~~~~~~~~~~~~~~~~~~~~~~~

A catalog written back in the style its file already has, so that ``update`` and
``translate`` give diff-friendly commits: a catalog that Poedit, Weblate, msgmerge or
Babel saved keeps every byte of the entries whose content did not change, its header
fields in their order (with the ``X-Generator``/``X-Poedit-*`` fields Babel does not
keep), its line endings and its wrapping width; a changed entry is the only thing that
changes, wrapped at the width the file already uses.

"Did not change" is decided on our own rendering of both catalogs: an entry of the new
catalog that renders exactly as the same entry of the old catalog (read and rendered
again) is the same content, so the old file's bytes for it are written back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import AnyStr

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import escape, unescape

from prlocalize.catalog.render import (
    MessageTexts,
    header_text,
    message_text,
    obsolete_text,
    render_entries,
)
from prlocalize.lazy_patterns import lazy_compile

# The wrapping width each tool uses by default: gettext's msgmerge/msgcat and Poedit wrap
# at 79 columns, Weblate (translate-toolkit) at 77, Babel at 76.
_GENERATOR_WIDTHS = (("poedit", 79), ("weblate", 77), ("translate-toolkit", 77), ("babel", 76))
_GETTEXT_WIDTH = 79
_KEYWORD = lazy_compile(r'^(?:#~ )?(msgctxt|msgid|msgstr)(?:\[\d+\])? "')
_QUOTED = re.compile(r'^(?:#~ )?"')

Key = tuple[bool, str | None, str]  # obsolete, msgctxt, msgid


@dataclass(frozen=True)
class Style:
    """What a PO file looks like: its line ending and wrapping width (None: no wrapping)."""

    newline: str
    width: int | None


def detect_style(text: str | bytes) -> Style:
    """The style of PO ``text`` (or of its UTF-8 bytes): the generator's width, widened to
    the longest wrapped line; a string left on one line longer than any tool wraps means
    the file is not wrapped."""
    if isinstance(text, str):
        newline = "\r\n" if "\r\n" in text else "\n"
        head, lines = text[:4096], _lines(text, newline)
    else:  # (4096 characters take 16384 bytes at most)
        newline = "\r\n" if b"\r\n" in text else "\n"
        head = text[:16384].decode("utf-8", "ignore")[:4096]
        lines = _decoded_lines(text, newline)
    generator = _header_value(head, "X-Generator") or _header_value(head, "Generated-By") or ""
    width = next((w for name, w in _GENERATOR_WIDTHS if name in generator.lower()), None)
    longest_wrapped = 0
    previous_cut = False  # the line before could be cut by width (a quoted one, no \n end)
    previous = 0
    for line in lines:
        quoted = _QUOTED.match(line) is not None
        if previous_cut and quoted:  # a line that was cut: the width is at least its own
            longest_wrapped = max(longest_wrapped, previous)
        # header lines and lines ending at a newline are not cut by width
        previous_cut, previous = quoted and not line.endswith('\\n"'), len(line)
        if _KEYWORD.match(line) and not line.endswith('""') and len(line) > 80:
            return Style(newline, None)  # a long string on its keyword's line: --no-wrap
    if width is None:
        width = _GETTEXT_WIDTH if longest_wrapped > 76 else 76
    return Style(newline, max(width, longest_wrapped))


def _lines(text: str, newline: str) -> Iterator[str]:
    """``text.split(newline)`` a line at a time: a huge catalog's lines are not all held."""
    pos = 0
    while True:
        end = text.find(newline, pos)
        if end < 0:
            yield text[pos:]
            return
        yield text[pos:end]
        pos = end + len(newline)


def _decoded_lines(data: bytes, newline: str) -> Iterator[str]:
    """:func:`_lines` of the text of UTF-8 ``data``, decoded a block of lines at a time
    (a CJK catalog's text takes twice its bytes: the file is held as bytes)."""
    sep, pos, size = newline.encode("ascii"), 0, len(data)
    while True:
        cut = data.rfind(sep, pos, pos + _BLOCK) if pos + _BLOCK < size else -1
        if cut < 0 and pos + _BLOCK < size:
            cut = data.find(sep, pos + _BLOCK)  # a line longer than a block
        if cut < 0:
            yield from _lines(data[pos:].decode("utf-8"), newline)
            return
        yield from _lines(data[pos:cut].decode("utf-8"), newline)
        pos = cut + len(sep)


def _header_value(head: str, field: str) -> str | None:
    found = re.search(rf'^"{re.escape(field)}: ?([^"\\]*)', head, re.M)
    return found.group(1) if found else None


def restyle(
    old_text: str | bytes, old: Catalog, new: Catalog, texts: MessageTexts | None = None
) -> str | Iterator[bytes]:
    """``new`` written in the style of ``old_text``, the file that ``old`` was read from
    (``texts`` as for :func:`~prlocalize.catalog.render.render_po`).

    Both catalogs are rendered an entry at a time, each entry of ``new`` beside the same
    entry of ``old``: a huge release's catalog was rendered whole twice (the old and the
    new) and each text cut into entries again, keyed by their msgids parsed back (an
    update of a changed catalog of a 50 MB release peaked above 3 GB). The text is
    given encoded in UTF-8, a block at a time as the writer takes it (an iterator: it is
    never held whole), unless it is our own style (a str).

    The old file is read as its UTF-8 bytes (``old_text`` may be them): a Japanese or
    Korean catalog's text takes two bytes a character, twice the file's size, and its
    unchanged entries are written back as the bytes they are."""
    from prlocalize.catalog.io import catalog_text

    data = old_text.encode("utf-8") if isinstance(old_text, str) else old_text
    style = detect_style(data)
    old_raw = data.replace(b"\r\n", b"\n")
    del data, old_text  # (a CRLF file's own bytes: the lines kept are old_raw's)
    raw_chunks = _raw_entries(old_raw, old)
    if raw_chunks is None:
        return catalog_text(new, texts)  # not a file we can take apart safely: our own style
    return _restyled(raw_chunks, old, new, texts, style, final_newline=old_raw.endswith(b"\n\n"))


def _restyled(
    raw_chunks: _RawEntries,
    old: Catalog,
    new: Catalog,
    texts: MessageTexts | None,
    style: Style,
    *,
    final_newline: bool,
) -> Iterator[bytes]:
    """:func:`restyle`'s blocks of UTF-8, made as they are asked for."""
    from prlocalize.catalog.io import format_flag_line

    rendered_old = _OldEntries(old)
    out = _Encoded(style.newline)
    for key, chunk in _rendered(new, texts):
        raw = raw_chunks.get(key)
        # the same content: the file's own bytes, unless they hold a format flag we
        # dropped (it would keep msgfmt --check demanding a format string's directives)
        if (
            raw is not None
            and rendered_old.get(key) == chunk
            and not (b"-format" in raw and format_flag_line(raw.decode("utf-8")))
        ):
            out.append_raw(raw)
        elif key == _HEADER:
            out.append(
                _header(None if raw is None else raw.decode("utf-8"), rendered_old.get(key), chunk)
            )
        else:
            message = None if style.width == 76 else _message_of(new, key)
            out.append(
                chunk if message is None else _rewrapped(chunk, message, key[0], style.width)
            )
        if out.ready:
            yield out.block()
    yield out.end(final_newline=final_newline)  # as the file ends


def _message_of(catalog: Catalog, key: Key) -> Message | None:
    """The message of ``catalog`` whose entry has ``key``."""
    obsolete, context, msgid = key
    found = catalog.obsolete if obsolete else catalog._messages
    message = found.get(msgid if context is None else (msgid, context))
    if message is None or message.context != context or str(message.id) != msgid:
        return None
    return message


class _Encoded:
    """The entries of a restyled catalog, one blank line between two, as UTF-8 (what the
    file is written in) a few hundred kilobytes at a time: a huge catalog's entries were
    held as a list of strings and then joined, twice its text beside the old file's."""

    __slots__ = ("_newline", "_pending", "_size", "_started")

    def __init__(self, newline: str) -> None:
        self._newline = newline
        self._pending: list[bytes] = []
        self._size = 0
        self._started = False

    def append(self, entry: str) -> None:
        self.append_raw(entry.encode("utf-8"))

    def append_raw(self, entry: bytes) -> None:
        """An entry as UTF-8 bytes, its lines ending at ``\\n``."""
        if self._started:
            self._pending.append(b"\n")
        self._started = True
        self._pending.append(entry)
        self._size += len(entry)

    @property
    def ready(self) -> bool:
        """Whether a block's worth of entries waits (:meth:`block` takes it)."""
        return self._size > _BLOCK

    def block(self) -> bytes:
        """The entries appended since the last block, joined."""
        data = b"".join(self._pending)
        if self._newline == "\r\n":
            data = data.replace(b"\n", b"\r\n")
        self._pending, self._size = [], 0
        return data

    def end(self, *, final_newline: bool) -> bytes:
        """The last block."""
        if final_newline:
            self._pending.append(b"\n")
        return self.block()


_BLOCK = 1 << 18  # bytes of entries joined at a time (and of a file's lines decoded)


def _rendered(catalog: Catalog, texts: MessageTexts | None = None) -> Iterator[tuple[Key, str]]:
    """Each entry of our rendering of ``catalog`` and its key, as :func:`_keyed` reads
    them from the whole text (the entry's lines, without the blank line after it)."""
    from prlocalize.catalog.io import catalog_text, strip_format_flags

    strip_format_flags(catalog)  # as catalog_text does before it renders
    pieces = render_entries(catalog, texts)
    if pieces is None:  # rendered by Babel: the whole text, cut into entries
        keyed = _keyed(catalog_text(catalog, texts))
        assert keyed is not None
        yield from keyed.items()
        return
    for key, text in pieces:
        if key == _HEADER:  # its comment may stand apart, above it: read as in a file
            header = _keyed(text)
            assert header is not None
            yield from header.items()
        else:
            yield key, text[:-1]  # (an entry's lines never hold a blank one)


class _OldEntries:
    """Each entry of our rendering of ``old`` by its key, rendered when it is asked for."""

    __slots__ = ("_catalog", "_header", "_whole")

    def __init__(self, old: Catalog) -> None:
        from prlocalize.catalog.io import catalog_text, strip_format_flags

        strip_format_flags(old)
        self._catalog = old
        self._whole: _Entries | None = None
        if render_entries(old) is None:  # rendered by Babel: the whole text, cut up
            self._whole = _keyed(catalog_text(old))
            assert self._whole is not None
        self._header = dict(_rendered_header(old))

    def get(self, key: Key) -> str | None:
        if self._whole is not None:
            return self._whole.get(key)
        if key == _HEADER:
            return self._header.get(key)
        obsolete, context, msgid = key
        found = self._catalog.obsolete if obsolete else self._catalog._messages
        message = found.get(msgid if context is None else (msgid, context))
        if message is None or message.context != context or str(message.id) != msgid:
            return None
        return (obsolete_text(message) if obsolete else message_text(message))[:-1]


def _rendered_header(catalog: Catalog) -> Iterator[tuple[Key, str]]:
    header = _keyed(header_text(catalog))
    assert header is not None
    return header.items()


_HEADER: Key = (False, None, "")


def _chunks(text: str) -> Iterator[str]:
    """The entries of PO ``text``: runs of lines between blank lines."""
    for start, end in _spans(text):
        yield text[start:end] + "\n"


_BLANK = lazy_compile(r"\s*")  # (\s is what str.strip takes away)
# the same in UTF-8: a line of the characters \s matches, each as UTF-8 writes it
_BLANK_UTF8 = re.compile(
    rb"(?:[\t\n\x0b\x0c\r\x1c-\x1f ]|\xc2[\x85\xa0]|\xe1\x9a\x80"
    rb"|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80)*"
)


def _spans(text: AnyStr) -> Iterator[tuple[int, int]]:
    """Where each entry of PO ``text`` (or of its UTF-8 bytes) is, as (start, end): the
    entry is the run of lines ``text[start:end]`` and a newline. Read a line at a time
    in place: a huge catalog's text is not split into a list of its lines."""
    start = end = -1
    pos, size = 0, len(text)
    blank: re.Pattern[AnyStr] = _BLANK if isinstance(text, str) else _BLANK_UTF8
    eol: AnyStr = "\n" if isinstance(text, str) else b"\n"
    while True:
        newline = text.find(eol, pos)
        stop = size if newline < 0 else newline
        if blank.fullmatch(text, pos, stop) is None:
            if start < 0:
                start = pos
            end = stop
        elif start >= 0:
            yield start, end
            start = -1
        if newline < 0:
            break
        pos = newline + 1
    if start >= 0:
        yield start, end


class _Entries:
    """The entries of a PO text by key, as places in the text (not a copy of each)."""

    __slots__ = ("_spans", "_text")

    def __init__(self, text: str, spans: dict[Key, tuple[int, int]]) -> None:
        self._text = text
        self._spans = spans

    def get(self, key: Key) -> str | None:
        span = self._spans.get(key)
        return None if span is None else self._text[span[0] : span[1]] + "\n"

    def items(self) -> Iterator[tuple[Key, str]]:
        text = self._text
        for key, (start, end) in self._spans.items():
            yield key, text[start:end] + "\n"


class _RawEntries:
    """:class:`_Entries` of a file's UTF-8 bytes: each entry as the bytes it is.

    An entry whose key is a plain msgid (no context, not obsolete: nearly all of a
    release's) is found by that msgid, the parse's own string, and its place packed in
    one int: a tuple for the key and one for the place, with their two ints, took 200
    bytes an entry beside the entry's own (a 5 MB release's catalog: 7.8 MB)."""

    __slots__ = ("_data", "_other", "_plain")

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._plain: dict[str, int] = {}
        self._other: dict[Key, tuple[int, int]] = {}

    def add(self, key: Key, start: int, end: int) -> bool:
        """Note where the entry of ``key`` is; False when it is there already."""
        if key in self:
            return False
        obsolete, context, msgid = key
        if not obsolete and context is None and end - start < _PACK:
            self._plain[msgid] = start * _PACK + (end - start)
        else:
            self._other[key] = (start, end)
        return True

    def __contains__(self, key: Key) -> bool:
        obsolete, context, msgid = key
        return key in self._other or (not obsolete and context is None and msgid in self._plain)

    def keys(self) -> list[Key]:
        """Every key, in the file's order."""
        placed: list[tuple[int, Key]] = [
            (packed // _PACK, (False, None, msgid)) for msgid, packed in self._plain.items()
        ]
        placed += [(span[0], key) for key, span in self._other.items()]
        return [key for _start, key in sorted(placed, key=lambda pair: pair[0])]

    def get(self, key: Key) -> bytes | None:
        obsolete, context, msgid = key
        packed = None if obsolete or context is not None else self._plain.get(msgid)
        if packed is not None:
            start, size = divmod(packed, _PACK)
            return self._data[start : start + size] + b"\n"
        span = self._other.get(key)
        return None if span is None else self._data[span[0] : span[1]] + b"\n"


_PACK = 1 << 32  # an entry's place packed as start * _PACK + length (shorter entries)


def _keyed(text: str) -> _Entries | None:
    """Each entry of ``text`` by its key, in order; None when an entry cannot be told
    apart from its neighbours (no blank line between two entries, a key twice)."""
    out: dict[Key, tuple[int, int]] = {}
    for start, end, key in _keyed_spans(text, None):
        if key is None or key in out:
            return None
        out[key] = (start, end)
    return _Entries(text, out)


def _raw_entries(data: bytes, parsed: Catalog) -> _RawEntries | None:
    """:func:`_keyed` of the UTF-8 bytes of a file that ``parsed`` was read from. A key's
    msgid is the string of ``parsed``'s message of that key, where it has one: a huge
    catalog's keys held a copy of every msgid beside the parse's."""
    out = _RawEntries(data)
    for start, end, key in _keyed_spans(data, parsed):
        if key is None or not out.add(key, start, end):
            return None
    return out


def _keyed_spans(text: AnyStr, parsed: Catalog | None) -> Iterator[tuple[int, int, Key | None]]:
    """Each entry of ``text`` as (start, end, its key), the key None when the entry has
    none (then the text cannot be cut into entries safely)."""
    seen = False
    for start, end in _spans(text):
        piece = text[start:end]
        chunk = piece if isinstance(piece, str) else piece.decode("utf-8")
        key = _key(chunk + "\n")
        if key is None:
            if chunk.lstrip().startswith("#") and not seen:
                continue  # a comment block of its own above the header
            yield start, end, None
            return
        seen = True
        if parsed is not None:
            key = _shared(key, parsed)
        yield start, end, key


def _shared(key: Key, parsed: Catalog) -> Key:
    """``key`` with the msgid string of ``parsed``'s message of that key, if it has one."""
    obsolete, context, msgid = key
    found = parsed.obsolete if obsolete else parsed._messages
    message = found.get(msgid if context is None else (msgid, context))
    if message is None or message.id != msgid or message.context != context:
        return key
    return obsolete, context, message.id


def _key(chunk: str) -> Key | None:
    strings: dict[str, list[str]] = {}
    current: list[str] | None = None
    obsolete = False
    for line in chunk.split("\n"):
        keyword = _KEYWORD.match(line)
        if keyword is not None:
            name = keyword.group(1)
            if name in strings and name != "msgstr":
                return None  # two entries in one chunk
            obsolete = line.startswith("#~ ")
            current = strings.setdefault(name, [])
            current.append(line[keyword.end() - 1 :])
        elif _QUOTED.match(line) and current is not None:
            current.append(line.removeprefix("#~ "))
        else:
            current = None
    if "msgid" not in strings:
        return None
    context = "".join(unescape(s) for s in strings["msgctxt"]) if "msgctxt" in strings else None
    return obsolete, context, "".join(unescape(s) for s in strings["msgid"])


def _header(raw: str | None, rendered_old: str | None, new: str) -> str:
    """The new header entry with the old one's comments, field order and field lines
    wherever their value is unchanged; fields only the old file has (a generator's
    ``X-*`` fields, which Babel does not read) are kept, and Babel's own stamp
    (``Generated-By``) is not added to a file written by another tool."""
    if raw is None or rendered_old is None:
        return new
    raw_head, raw_fields = _split_header(raw)
    old_head, old_fields = _split_header(rendered_old)
    new_head, new_fields = _split_header(new)
    old_values = {name: value for name, value, _ in old_fields}  # as Babel read them
    new_values = {name: (value, lines) for name, value, lines in new_fields}
    written: list[str] = []
    seen: set[str] = set()
    for name, _value, lines in raw_fields:
        seen.add(name)
        if name not in new_values or _same_field(name, old_values.get(name), new_values[name][0]):
            written.append(lines)  # unchanged, or a field only this file knows
        else:
            written.append(new_values[name][1])
    for name, _value, lines in new_fields:
        if name not in seen and name != "Generated-By":
            written.append(lines)  # a field msgfmt --check wants, or one we fill in
    head = raw_head if old_head == new_head else new_head
    return head + "".join(written)


# fields a translator's tool keeps as its user set them: one the tool left empty stays so
# (update would fill in the language's name, and the tool's next save empty it again)
_TOOLS_OWN = frozenset({"Language-Team", "Last-Translator"})
_REGION = lazy_compile(r"[A-Za-z]{2}|\d{3}")


def _same_field(name: str, old: str | None, new: str) -> bool:
    """Whether header field ``name`` says what the file already says: the same text; or
    one of the fields a tool keeps (:data:`_TOOLS_OWN`) left empty; or a ``Language``
    that is the other with a region ('ja_JP', 'ko-KR' beside 'ja', 'ko', which the
    catalog's folder names), so that a returned catalog is not rewritten for it."""
    if old == new or (name in _TOOLS_OWN and old is not None and not old.strip()):
        return True
    if name != "Language" or old is None:
        return False
    a, b = (v.replace("-", "_").casefold() for v in (old, new))
    short, long = sorted((a, b), key=len)
    language, _, region = long.partition("_")
    return bool(short) and language == short and _REGION.fullmatch(region) is not None


def _split_header(chunk: str) -> tuple[str, list[tuple[str, str, str]]]:
    """(everything up to and including ``msgstr ""``, [(field, value, its lines)])."""
    lines = chunk.split("\n")
    at = next((i for i, line in enumerate(lines) if line.startswith("msgstr ")), len(lines) - 1)
    head = "\n".join(lines[: at + 1]) + "\n"
    fields: list[tuple[str, str, str]] = []
    body: list[str] = []
    value = ""
    for line in lines[at + 1 :]:
        if not _QUOTED.match(line):
            continue
        body.append(line)
        value += unescape(line)
        if value.endswith("\n"):
            name, _, rest = value.partition(":")
            fields.append((name.strip(), rest.strip(), "\n".join(body) + "\n"))
            body, value = [], ""
    if body:
        name, _, rest = value.partition(":")
        fields.append((name.strip(), rest.strip(), "\n".join(body) + "\n"))
    return head, fields


def _rewrapped(chunk: str, message: Message, obsolete: bool, width: int | None) -> str:
    """The entry ``chunk`` (our rendering of ``message``) with its strings wrapped as
    GNU gettext wraps them at ``width`` (None: not at all), as msgmerge, Poedit and
    Weblate write them: spaces end a line, wide characters count two columns."""
    comments = [
        line
        for line in chunk.split("\n")
        if line.startswith("#") and not line.startswith(("#|", "#~ msg", '#~ "'))
    ]
    lines = comments if not obsolete else [c for c in comments if not c.startswith("#~")]
    prefix = "#~ " if obsolete else ""
    if not obsolete and message.previous_id:
        lines += _keyword("#| ", "msgid", str(message.previous_id[0]), width)
    if message.context:
        lines += _keyword(prefix, "msgctxt", message.context, width)
    lines += _keyword(prefix, "msgid", str(message.id), width)
    lines += _keyword(prefix, "msgstr", str(message.string or ""), width)
    return "\n".join(lines) + "\n"


def _keyword(prefix: str, keyword: str, string: str, width: int | None) -> list[str]:
    escaped = escape(string)[1:-1]  # Babel's escaping, without its quotes
    head = f"{prefix}{keyword} "
    if width is None or (
        "\\n" not in escaped[:-2] and _columns(head) + _columns(escaped) + 2 <= width
    ):
        return [f'{head}"{escaped}"']
    room = width - _columns(prefix) - 2
    return [f'{head}""', *(f'{prefix}"{line}"' for line in _fill(escaped, room))]


def _fill(escaped: str, room: int) -> list[str]:
    """Greedy filling of ``room`` columns at gettext's break opportunities: after a run of
    spaces, after an escaped newline (always), and between two wide characters."""
    lines: list[str] = []
    line, used = "", 0
    for piece, hard in _pieces(escaped):
        size = _columns(piece)
        if line and used + size > room:
            lines.append(line)
            line, used = "", 0
        line, used = line + piece, used + size
        if hard:
            lines.append(line)
            line, used = "", 0
    if line or not lines:
        lines.append(line)
    return lines


# closing punctuation and small kana: no line starts with them (UAX #14, class CL and CJ)
_NO_BREAK_BEFORE = frozenset(
    "、。，．・：；？！」』）〕］｝〉》】ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ"
)


def _pieces(escaped: str) -> Iterator[tuple[str, bool]]:
    current = ""
    index = 0
    while index < len(escaped):
        char = escaped[index]
        if char == "\\":  # an escape sequence is one unit
            unit = escaped[index : index + 2]
            index += 2
            current += unit
            if unit == "\\n":
                yield current, True
                current = ""
            continue
        index += 1
        current += char
        following = escaped[index : index + 1]
        if (char == " " and following != " ") or (
            _wide(char) and following and _wide(following) and following not in _NO_BREAK_BEFORE
        ):
            yield current, False
            current = ""
    if current:
        yield current, False


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in {"W", "F"}


def _columns(text: str) -> int:
    return sum(2 if _wide(c) else 1 for c in text)
