"""prlocalize.catalog.io
~~~~~~~~~~~~~~~~~~~~~

Reading and writing gettext catalogs with Babel's model.

:func:`read_catalog` wraps Babel's ``PoFileParser`` (``abort_invalid``) and adds the
checks Babel leaves out: invalid UTF-8, a charset other than UTF-8, an unterminated
string, a duplicate entry and a ``Language`` header naming another locale all raise
:class:`~prlocalize.errors.InputError` with the file and line. :func:`write_catalog`
renders with Babel's ``generate_po`` and writes through ``atomic_write``.

:func:`read_translations` gives ``build`` what it needs of a catalog, the table
``(msgctxt, msgid) → msgstr``, without building Babel's model: a well-formed
catalog is read by one regular expression, and anything that expression does not
vouch for goes through :func:`read_catalog`, so a defect raises the same error.

Babel falls short on previous msgids (``#|``): it reads them as translator comments
(``#~|`` even aborts the parse) and writes them through its comment wrapper, which
breaks long ones inside the quotes. polib reads them, and
:mod:`prlocalize.catalog.render` writes them.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, cast

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, PoFileParser, unescape

from prlocalize.catalog.headers import HeaderCatalog
from prlocalize.errors import InputError
from prlocalize.fsutil import PathList, Snapshot, atomic_write
from prlocalize.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from prlocalize.catalog.render import MessageTexts


def _format_flag(flag: str) -> bool:
    """Whether ``flag`` is a format flag: one Babel adds on its own when a msgid looks like
    a Python format string, or any other that a translator's tool or an old catalog set
    ("c-format"). A release's sentence is never a format string, and msgfmt --check would
    demand that a msgstr give the "directives" of prose such as "up 18% on" ("% o").
    ("no-c-format" asks for no check.)"""
    return flag.endswith("-format") and not flag.startswith("no-")


def without_format_flags(flags: Iterable[str]) -> set[str]:
    """``flags`` but the format flags (see :func:`_format_flag`)."""
    return {flag for flag in flags if not _format_flag(flag)}


# The flags of a message that has none (nearly every one), in a catalog parsed with
# ``shared_flags`` (what update reads, merges from and lets go): one empty set shared by
# all, where each message held its own (216 bytes, as much as its msgid: a huge
# release's template and old catalog hold tens of thousands of entries each). A
# frozenset, so that a change in place raises instead of reaching every message;
# read_catalog's catalogs, which callers change, keep a set each.
NO_FLAGS: set[str] = cast("set[str]", frozenset())


class _Empty(list[Any]):
    """A list that stays empty: see :data:`NO_LIST`."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("a message of a catalog parsed with shared_flags is only read")

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse


# The comments, locations and previous msgid of a message that has none, in a catalog parsed with
# ``shared_flags``, as :data:`NO_FLAGS`: three empty lists a message (56 bytes each) were
# a sixth of what update's template and old catalog held. A list (Babel adds lists and
# compares them with lists) that refuses a change in place.
NO_LIST: list[Any] = _Empty()


def _plain_flags(flags: Iterable[str], shared: bool) -> set[str]:
    """:func:`without_format_flags`; :data:`NO_FLAGS` when none is left and ``shared``."""
    if shared:
        return without_format_flags(flags) or NO_FLAGS if flags else NO_FLAGS
    return without_format_flags(flags) if flags else set()


def format_flag_line(chunk: str) -> bool:
    """Whether PO text ``chunk`` (an entry, or a whole file) has a flag line naming a
    format flag."""
    if "-format" not in chunk:  # (almost always: no line is split)
        return False
    return any(
        line.startswith("#,") and any(_format_flag(f.strip()) for f in line[2:].split(","))
        for line in chunk.split("\n")
    )


def format_flag_data(data: bytes) -> bool:
    """:func:`format_flag_line` of a file's UTF-8 bytes (only a flag line is decoded)."""
    at = data.find(b"-format")
    while at >= 0:
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        line = data[start:end]
        if line.startswith(b"#,") and format_flag_line(line.decode("utf-8", "replace")):
            return True
        at = data.find(b"-format", end)
    return False


_CHARSET_RE = re.compile(rb'^\s*"Content-Type:[^"\n]*charset=([A-Za-z0-9_.:-]+)', re.MULTILINE)
_UTF8_NAMES = {b"utf-8", b"utf8", b"charset"}  # "CHARSET": the placeholder of a fresh template
# a keyword or continuation line (also as #~ obsolete or #| previous) whose string is
# not one well-formed "..." reaching the end of the line
_BAD_STRING_LINE = lazy_compile(
    r"^[ \t]*(?:#[~|][ \t]*(?:\|[ \t]*)?)?"
    r"(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+|(?=\"))"
    r"(?!\"(?:[^\"\\\n]|\\.)*\"[ \t\r]*$)",
    re.MULTILINE,
)


def pot_path(locales_dir: str | Path, domain: str) -> Path:
    """``LOCALES_DIR/<domain>.pot``."""
    return Path(locales_dir) / f"{domain}.pot"


def po_path(locales_dir: str | Path, locale: str, domain: str) -> Path:
    """``LOCALES_DIR/<locale>/LC_MESSAGES/<domain>.po``."""
    return Path(locales_dir) / locale / "LC_MESSAGES" / f"{domain}.po"


def po_files(
    locales_dir: str | Path,
    locales: Iterable[str] | None = None,
    skip: Collection[str] = frozenset(),
) -> PathList:
    """The ``<locale>/LC_MESSAGES/*.po`` files of ``locales`` (None: every locale folder)
    but those of the stems in ``skip``, in the order of
    ``sorted(glob("*/LC_MESSAGES/*.po"))``, listed folder by folder into a
    :class:`~prlocalize.fsutil.PathList`: an archive has 100,000 catalogs a locale."""
    folder = Path(locales_dir)
    found = PathList()
    if locales is None:
        try:
            locales = sorted(os.listdir(folder))
        except OSError:
            return found
    for locale in locales:
        messages = folder / locale / "LC_MESSAGES"
        try:
            names = sorted(os.listdir(messages))
        except OSError:  # (not a folder, or none)
            continue
        found.extend_folder(
            messages, (n for n in names if n.endswith(".po") and n[: -len(".po")] not in skip)
        )
    return found


class _StrictCatalog(HeaderCatalog):
    """A Catalog that refuses a second entry with the same msgid and msgctxt while parsing."""

    parsing = True
    path = ""

    def __setitem__(self, id: str | tuple[str, ...] | list[str], message: Message) -> None:
        if self.parsing and id and self._key_for(id, message.context) in self._messages:
            first = self._messages[self._key_for(id, message.context)].lineno
            raise InputError(
                self.path,
                message.lineno,
                f"duplicate entry for msgid {_short(message.id)} (first at line {first})",
                "merge the two entries into one (msguniq can do it)",
            )
        super().__setitem__(id, message)


def read_catalog(
    path: str | Path, locale: str | None = None, *, shared_flags: bool = False
) -> Catalog:
    """Read a .po or .pot file; any defect raises :class:`InputError` naming the line
    (``shared_flags`` as for :func:`parse_catalog`).

    Its text is decoded whole, not a block at a time as update's old catalogs are: a
    catalog read so is mostly held long (update's template, through every locale), and
    its strings made between the blocks left the freed blocks' memory in holes among
    them (update of a 5 MB release's unchanged catalogs: 120 MB peak RSS whole, 129 MB
    by blocks)."""
    path = Path(path)
    text = read_catalog_text(path)
    return parse_catalog(text, path=str(path), locale=locale, shared_flags=shared_flags)


def read_catalog_text(path: str | Path) -> str:
    """The text of a .po or .pot file (see :func:`decode_catalog`)."""
    return decode_catalog(_read_bytes(Path(path)), path)


def read_catalog_bytes(path: str | Path) -> bytes:
    """The bytes of a .po or .pot file (an InputError when it cannot be read)."""
    return _read_bytes(Path(path))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, None, f"cannot read catalog: {exc.strerror or exc}") from None


def decode_catalog(data: bytes, path: str | Path) -> str:
    """The UTF-8 text of a catalog (a BOM is dropped); invalid bytes name their line."""
    if data.startswith(_BOM):
        data = data[3:]
    _check_charset(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path,
            line,
            "catalog is not valid UTF-8",
            "convert it with msgconv --to-code=UTF-8",
        ) from None


_BOM = b"\xef\xbb\xbf"


def _check_charset(data: bytes, path: str | Path) -> None:
    """An InputError when the catalog's bytes declare a charset other than UTF-8."""
    declared = _CHARSET_RE.search(data)
    if declared and declared.group(1).lower().replace(b"_", b"-") not in _UTF8_NAMES:
        raise InputError(
            path,
            data[: declared.start()].count(b"\n") + 1,
            f"catalog charset is {declared.group(1).decode('ascii')}; "
            "prlocalize reads UTF-8 catalogs only",
            "convert it with msgconv --to-code=UTF-8",
        )


def parse_catalog_data(
    data: bytes,
    *,
    path: str,
    locale: str | None = None,
    shared_flags: bool = False,
    twins: Catalog | None = None,
) -> Catalog:
    """:func:`parse_catalog` of a catalog file's bytes (what :func:`decode_catalog` takes),
    decoded and read a block of entries at a time: a Japanese or Korean catalog's text
    takes twice its bytes, and a huge release's was held whole beside them, then beside
    its parse. A catalog the quick reader leaves to Babel is decoded whole, as before,
    and every defect raises the same error with its file and line."""
    start = 3 if data.startswith(_BOM) else 0
    _check_charset(data[start:] if start else data, path)  # (a copy only after a BOM)
    try:
        catalog = _quick_parse(_DecodedBlocks(data, start), path, shared_flags, twins)
    except UnicodeDecodeError:  # decode_catalog names the line
        catalog = None
    if catalog is None:
        text = decode_catalog(data, path)
        return parse_catalog(text, path=path, locale=locale, quick=False, shared_flags=shared_flags)
    catalog.parsing = False
    if _header_problem(catalog.charset, catalog.locale_identifier, locale) is not None:
        _check_header(catalog, decode_catalog(data, path), path, locale)  # (names the line)
    plain: Catalog = catalog
    plain.__class__ = HeaderCatalog  # parsing is over: Babel's semantics (X- fields kept)
    return plain


class _DecodedBlocks:
    """The text of a catalog's UTF-8 ``data`` from ``start``, decoded a block of whole lines
    at a time for :func:`_quick_parse` (UnicodeDecodeError at an invalid byte)."""

    __slots__ = ("_data", "_pos")

    def __init__(self, data: bytes, start: int) -> None:
        self._data = data
        self._pos = start

    def read(self, size: int) -> str | None:
        """The next lines, of ``size`` bytes or more ("" at the end); None when they hold
        what only Babel's parser reads (an obsolete entry, an isolate)."""
        data, pos = self._data, self._pos
        if pos >= len(data):
            return ""
        cut = data.find(b"\n", pos + size)
        cut = len(data) if cut < 0 else cut + 1
        if any(data.find(mark, pos, cut) >= 0 for mark in _BABELS_OWN):
            return None
        self._pos = cut
        return str(memoryview(data)[pos:cut], "utf-8")


# what sends a catalog to Babel's parser: obsolete entries, isolates (U+2068, U+2069)
_BABELS_OWN = (b"#~", "\u2068".encode(), "\u2069".encode())


class _WholeText:
    """A catalog's text for :func:`_quick_parse`, all of it at once."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text: str | None = text

    def read(self, size: int) -> str | None:
        text, self._text = self._text or "", ""
        if "\u2068" in text or "\u2069" in text or "#~" in text:
            return None
        return text


def parse_catalog(
    text: str,
    *,
    path: str,
    locale: str | None = None,
    quick: bool = True,
    shared_flags: bool = False,
    twins: Catalog | None = None,
) -> Catalog:
    """Parse catalog ``text`` (see :func:`read_catalog`). ``quick=False`` always takes
    Babel's parser (tests compare the two); ``shared_flags``: a message without flags
    gets :data:`NO_FLAGS`, without comments or previous msgid :data:`NO_LIST`, not a set
    and lists of its own (for a catalog only read); ``twins`` (with ``shared_flags``):
    another catalog only read (update's template), whose msgid strings and equal
    location and comment lists a message of the same key shares."""
    # every string line of a catalog the quick reader reads is well-formed (_ENTRY)
    catalog = _quick_parse(text, path, shared_flags, twins) if quick else None
    if catalog is None:
        # lines end at "\n" only, as for msgfmt: U+2028 or U+0085 may sit inside a string
        lines = text.split("\n")
        _check_strings(text, path)
        catalog = _StrictCatalog(locale=None, domain=Path(path).stem)
        catalog.path = path
        parser = PoFileParser(catalog, abort_invalid=True)
        # `#~|` (previous msgid of an obsolete entry) aborts Babel's parser; polib reads it
        babel_lines = ["" if line.startswith("#~|") else line for line in lines]
        try:
            parser.parse(babel_lines)
        except PoFileError as exc:
            raise InputError(path, exc.lineno + 1, f"invalid catalog: {exc.args[0]}") from None
        catalog.parsing = False
        _check_header(catalog, text, path, locale)
        if any(line.startswith(("#|", "#~|")) for line in lines):
            _attach_previous(catalog, text, path)
        for message in _all_messages(catalog):
            message.flags = _plain_flags(message.flags, shared_flags)
    else:  # neither previous msgids nor format flags: the quick reader saw to both
        catalog.parsing = False
        _check_header(catalog, text, path, locale)
    plain: Catalog = catalog
    plain.__class__ = HeaderCatalog  # parsing is over: Babel's semantics (X- fields kept)
    return plain


def _quick_parse(
    text: str | _DecodedBlocks,
    path: str,
    shared_flags: bool = False,
    twins: Catalog | None = None,
) -> _StrictCatalog | None:
    """What Babel's ``PoFileParser`` makes of a well-formed catalog (see :data:`_ENTRY`:
    no obsolete entries, previous msgids, plural forms or isolates), or None: then
    Babel's parser reads it. Babel spends most of its time per line in method calls and
    list subclasses; this reads an entry's strings with one regular expression and
    builds its :class:`Message` field by field (the constructor's format checks are
    dropped by :func:`parse_catalog` anyway)."""
    reader = _WholeText(text) if isinstance(text, str) else text
    text, at_end = "", False
    catalog = _StrictCatalog(locale=None, domain=Path(path).stem)
    catalog.path = path
    messages = catalog._messages
    header_seen = False
    entries = 0
    line = 0  # lines before ``pos`` (0-based number of the line at pos)
    pos = 0
    new = Message.__new__
    # a release's entries all name the same file or few: one string each, not one a line
    files: dict[str, str] = {}
    empty = NO_LIST if shared_flags else None  # (a list of its own for each, else)
    # the template's messages, whose strings and lists an old catalog's twins share: the
    # same sentences, locations and comments were held twice through update's merge
    pool = twins._messages if twins is not None and shared_flags else {}
    while not at_end or pos < len(text):
        entry = _ENTRY.match(text, pos)
        # an entry read whole: the next line is there, and not one of its strings
        if not at_end and (entry is None or entry.end() >= len(text) or text[entry.end()] == '"'):
            # more lines, at least as many as are held (an entry of any length is read
            # in a number of reads that grows with the log of its length)
            block = reader.read(max(_READ, len(text) - pos))
            if block is None:
                return None
            text, pos, at_end = text[pos:] + block, 0, not block
            if at_end and not text.endswith("\n"):
                text += "\n"
            continue
        if entry is None:
            if _TAIL.match(text, pos) is None:
                return None
            break
        raw_id = entry["id"]
        if raw_id is None:  # obsolete: excluded above
            return None
        msgid = _joined(raw_id)
        raw_ctx = entry["ctx"]
        context = _joined(raw_ctx) if raw_ctx is not None else None
        if context == "":
            return None
        line += text.count("\n", pos, entry.start("id"))
        lineno = line + 1  # of the msgid line, as Babel counts
        line += text.count("\n", entry.start("id"), entry.end())
        pos = entry.end()
        locations: list[tuple[str, Any]] = []  # (file, line number or None), as Babel
        flags: list[str] = []
        auto: list[str] = []
        user: list[str] = []
        comments = entry["comments"]
        if comments:
            # Babel strips each line first; a comment line starts with "#", so only its
            # end can change, and each branch strips what it keeps (split() too)
            for raw in comments.split("\n"):
                kind = raw[1:2]
                if kind == ".":
                    comment = raw[2:].strip()
                    if comment:
                        auto.append(comment)
                elif kind == ":":
                    for location in raw[2:].split():
                        a, colon, b = location.rpartition(":")
                        if colon:
                            try:
                                locations.append((files.setdefault(a, a), int(b)))
                            except ValueError:
                                continue
                        else:
                            locations.append((location, None))
                elif kind == ",":
                    flags.extend(flag.strip() for flag in raw[2:].split(","))
                elif raw:
                    user.append(raw[1:].strip())
        msgstr = _joined(entry["str"])
        if not msgid:
            if header_seen or context is not None or entries:
                return None  # a second header, or one after messages: left to Babel
            header_seen = True
            try:
                catalog[""] = Message(msgid, msgstr, locations, flags, auto, user, lineno=lineno)
            except Exception:  # whatever Babel makes of it, its parser does it again
                return None
            continue
        key = msgid if context is None else (msgid, context)
        if key in messages:
            return None  # a duplicate: the strict reader names both lines
        message = new(Message)
        kept = list(dict.fromkeys(locations)) if locations else []
        said = collapsed_comments(auto) if auto or empty is None else empty
        twin = pool.get(key) if pool else None
        if twin is not None and twin.id == msgid and twin.context == context:
            msgid = twin.id
            key = msgid if context is None else (msgid, context)
            kept = twin.locations if kept == twin.locations else kept
            said = twin.auto_comments if said == twin.auto_comments else said
        message.id = msgid
        message.string = msgstr
        message.locations = kept if kept or empty is None else empty
        message.flags = _plain_flags(flags, shared_flags)
        message.auto_comments = said
        message.user_comments = collapsed_comments(user) if user or empty is None else empty
        message.previous_id = [] if empty is None else empty
        message.lineno = lineno
        message.context = context
        messages[key] = message
        entries += 1
    if not entries and not header_seen:
        return None  # Babel may make a header of the comments
    return catalog


_READ = 1 << 18  # bytes of a catalog's lines decoded and read at a time


def collapsed_comments(comments: list[str]) -> list[str]:
    """Consecutive repeats dropped, as ``Message`` does."""
    if len(comments) < 2 or len(set(comments)) == len(comments):
        return comments
    return [comment for comment, _ in itertools.groupby(comments)]


def _check_strings(text: str, path: str) -> None:
    # Babel drops the first and last character of a string without looking at them,
    # so an unterminated or stray quote would silently change a message.
    bad = _BAD_STRING_LINE.search(text)
    if bad is not None:
        raise InputError(
            path,
            text.count("\n", 0, bad.start()) + 1,
            "invalid catalog: string not enclosed in double quotes",
            'each string is "...", with \\" for a quote inside it',
        )


def _check_header(catalog: Catalog, text: str, path: str, locale: str | None) -> None:
    problem = _header_problem(catalog.charset, catalog.locale_identifier, locale)
    if problem is not None:
        field, message, hint = problem
        raise InputError(path, _header_line(text, field), message, hint)


def _header_problem(
    charset: str | None, declared: str | None, locale: str | None
) -> tuple[str, str, str] | None:
    """``(header field, message, hint)`` when the header's charset or language is wrong."""
    if (charset or "utf-8").lower().replace("_", "-") not in {"utf-8", "utf8"}:
        return (
            "Content-Type",
            f"catalog charset is {charset}; prlocalize reads UTF-8 catalogs only",
            "convert it with msgconv --to-code=UTF-8",
        )
    if locale and declared and not _same_locale(str(declared), locale):
        return (
            "Language",
            f"catalog header says Language: {declared}, but this is the {locale} catalog",
            "fix the Language header or move the file to its locale's folder",
        )
    return None


def _same_locale(declared: str, expected: str) -> bool:
    """``ja`` and ``ja_JP`` name the same catalog; ``ja_JP`` and ``ko`` or ``zh_Hans`` and
    ``zh_Hant`` do not."""
    a = declared.replace("-", "_").lower().split("_")
    b = expected.replace("-", "_").lower().split("_")
    return a == b or (a[0] == b[0] and (len(a) == 1 or len(b) == 1))


def _header_line(text: str, field: str) -> int | None:
    # split only here, for the error: a list of every line of a large catalog costs more
    # memory than its text (lines end at "\n" only, as for msgfmt)
    needle = f'"{field}:'
    for number, line in enumerate(text.split("\n"), 1):
        if line.lstrip().startswith(needle):
            return number
    return None


# characters str.splitlines() breaks at besides CR and LF: polib splits a catalog's text
# there, so a raw U+001D inside a msgstr ended in "Syntax error" (a traceback); they are
# handed to polib as private-use stand-ins and given back in what it returns
_POLIB_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_TO_POLIB = str.maketrans({c: chr(0xF0000 + i) for i, c in enumerate(_POLIB_BREAKS)})
_FROM_POLIB = str.maketrans({chr(0xF0000 + i): c for i, c in enumerate(_POLIB_BREAKS)})


def _attach_previous(catalog: Catalog, text: str, path: str | Path | None = None) -> None:
    import polib  # the gap: Babel reads `#| msgid` as a translator comment

    previous: dict[tuple[str | None, str], str] = {}
    try:
        entries = polib.pofile(text.translate(_TO_POLIB), wrapwidth=0)
    except (OSError, ValueError) as exc:  # what Babel accepted, polib may not
        line = re.search(r"line (\d+)", str(exc))
        raise InputError(
            path, int(line.group(1)) if line else None, f"invalid catalog: {exc}"
        ) from None
    for entry in entries:
        if entry.previous_msgid is not None:
            context = entry.msgctxt.translate(_FROM_POLIB) if entry.msgctxt else entry.msgctxt
            key = (context, entry.msgid.translate(_FROM_POLIB))
            previous[key] = entry.previous_msgid.translate(_FROM_POLIB)
    for message in _all_messages(catalog):
        comments = [c for c in message.user_comments if not c.startswith("|")]
        if len(comments) != len(message.user_comments):
            message.user_comments = comments
        old = previous.get((message.context, message.id))  # type: ignore[arg-type]
        if old is not None:
            message.previous_id = [old]


def entries(catalog: Catalog) -> Iterable[Message]:
    """The messages of ``catalog`` without its header entry, in order. Iterating a Babel
    catalog makes the header entry anew each time, formatting its dates: most of the
    cost of a pass over a release's catalog."""
    return catalog._messages.values()


def _all_messages(catalog: Catalog) -> Iterator[Message]:
    for message in entries(catalog):
        if message.id:
            yield message
    yield from catalog.obsolete.values()


def _short(msgid: object) -> str:
    text = msgid if isinstance(msgid, str) else str(msgid)
    return repr(text if len(text) <= 40 else text[:39] + "…")


# -- the translation table (build) -------------------------------------------------

Translations = dict[tuple[str | None, str], str]

_Q = r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"'  # one well-formed string: what _check_strings accepts
# One entry in the shape Babel reads without complaint: comments (not #~, #| or #-) and
# blank lines, then msgctxt?/msgid/msgstr each followed by its continuation lines, or
# the same as an obsolete (#~) entry. No plural forms, no stray whitespace, "\n" line ends.
_ENTRY = lazy_compile(
    rf"""
    (?P<comments>(?:\#(?![~|-])[^\n]*\n|\n)*)
    (?:
        (?:msgctxt\ (?P<ctx>{_Q}\n(?:{_Q}\n)*))?
        msgid\ (?P<id>{_Q}\n(?:{_Q}\n)*)
        msgstr\ (?P<str>{_Q}\n(?:{_Q}\n)*)
      | (?:\#~\ msgctxt\ {_Q}\n(?:\#~\ {_Q}\n)*)?
        \#~\ msgid\ {_Q}\n(?:\#~\ {_Q}\n)*
        \#~\ msgstr\ {_Q}\n(?:\#~\ {_Q}\n)*
    )
    """,
    re.VERBOSE,
)
_TAIL = lazy_compile(r"(?:\#(?![~|-])[^\n]*\n|\n)*\Z")
# characters that Python's email parser (Babel reads the header with it) takes as line ends
_HEADER_BREAKS = lazy_compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_HEADER_LINE = lazy_compile(r"([A-Za-z0-9-]+):")
# the header fields whose values Babel parses (and may reject) or prlocalize checks
_PARSED_FIELDS = frozenset(
    {"language", "content-type", "plural-forms", "pot-creation-date", "po-revision-date"}
)


def read_translations(
    path: str | Path, locale: str | None = None, *, use_fuzzy: bool = False
) -> tuple[Translations, int]:
    """``(msgctxt, msgid) → msgstr`` of a catalog's publishable entries (translated, and
    not fuzzy unless ``use_fuzzy``), and how many fuzzy entries were left out.

    The same table as :func:`read_catalog` gives, and the same errors: a catalog the
    quick reader does not vouch for is read by :func:`read_catalog`.
    """
    path = Path(path)
    text = decode_catalog(_read_bytes(path), path)
    quick = _quick_translations(text, locale, use_fuzzy)
    if quick is not None:
        return quick
    return publishable(parse_catalog(text, path=str(path), locale=locale), use_fuzzy=use_fuzzy)


def publishable(catalog: Iterable[Any], *, use_fuzzy: bool = False) -> tuple[Translations, int]:
    """The translation table of a Babel catalog, or of its messages as
    :mod:`prlocalize.catalog.quick` reads them (see :func:`read_translations`)."""
    table: Translations = {}
    fuzzy = 0
    for message in catalog:
        if not isinstance(message.id, str) or not message.id:
            continue
        if not isinstance(message.string, str) or not message.string:
            continue
        if message.fuzzy and not use_fuzzy:
            fuzzy += 1
            continue
        table[(message.context, message.id)] = message.string
    return table, fuzzy


def _quick_translations(
    text: str, locale: str | None, use_fuzzy: bool
) -> tuple[Translations, int] | None:
    """The table of a well-formed catalog, or None: then the strict reader decides."""
    quick = quick_entries(text, locale)
    if quick is None:
        return None
    table: Translations = {}
    fuzzy_left_out = 0
    for context, msgid, msgstr, fuzzy in quick[1]:
        if not msgstr:
            continue
        if fuzzy and not use_fuzzy:
            fuzzy_left_out += 1
            continue
        table[(context, msgid)] = msgstr
    return table, fuzzy_left_out


QuickEntry = tuple[str | None, str, str, bool]  # msgctxt, msgid, msgstr, fuzzy


def quick_entries(text: str, locale: str | None) -> tuple[str | None, list[QuickEntry]] | None:
    """The header's msgstr (None without a header entry) and the entries of a
    well-formed catalog, obsolete ones left out, in file order, as :func:`parse_catalog`
    reads them (``fuzzy`` is only worked out for a translated entry: False otherwise);
    None when the strict reader must decide (an unusual shape, or a defect)."""
    scanned = scan_entries(text, _quick_entry)
    if scanned is None:
        return None
    header, entries = scanned
    if header is not None and not _header_accepted(header, locale):
        return None
    return header, entries


def _quick_entry(entry: re.Match[str], context: str | None, msgid: str) -> QuickEntry:
    msgstr = _joined(entry["str"])
    return context, msgid, msgstr, bool(msgstr) and _is_fuzzy(entry["comments"])


_Made = TypeVar("_Made")


def scan_entries(
    text: str, make: Callable[[re.Match[str], str | None, str], _Made]
) -> tuple[str | None, list[_Made]] | None:
    """The header's msgstr (None without a header entry) and the live entries of a
    well-formed catalog in file order, each as ``make`` makes it of (its match of the
    entry expression, msgctxt, msgid), as it is read: a match object per entry held to
    the end of a scan cost a large catalog more than its strings; None when the strict
    reader must decide: an isolate in a reference, a shape the expression does not
    vouch for, ``msgctxt ""``, a second header, a duplicate, or no entry at all. The one
    scan of every quick reader."""
    if "\u2068" in text or "\u2069" in text:  # Babel checks isolates in #: references
        return None
    if not text.endswith("\n"):
        text += "\n"
    found: list[_Made] = []
    seen: set[tuple[str | None, str]] = set()
    header: str | None = None
    pos, end = 0, len(text)
    while pos < end:
        entry = _ENTRY.match(text, pos)
        if entry is None:
            if _TAIL.match(text, pos) is None:
                return None
            break
        pos = entry.end()
        raw_id = entry["id"]
        if raw_id is None:  # obsolete
            continue
        msgid = _joined(raw_id)
        raw_ctx = entry["ctx"]
        context = _joined(raw_ctx) if raw_ctx is not None else None
        if context == "" or (not msgid and (header is not None or context is not None)):
            return None  # msgctxt "" or a second header: rare, left to Babel
        if not msgid:
            header = _joined(entry["str"])
            continue
        key = (context, msgid)
        if key in seen:
            return None  # a duplicate: the strict reader names both lines
        seen.add(key)
        found.append(make(entry, context, msgid))
    if not seen and header is None:
        return None  # no entries at all: Babel may make a header of the comments
    return header, found


def _joined(lines: str) -> str:
    """A string and its continuation lines as Babel reads them (unescaped, joined)."""
    inner = lines[1:-2]
    if '"\n"' in inner:
        inner = inner.replace('"\n"', "")  # a raw newline only ever ends a line
    return unescape(f'"{inner}"') if "\\" in inner else inner


def _is_fuzzy(comments: str) -> bool:
    if "#," not in comments:
        return False
    for line in comments.split("\n"):
        if line.startswith("#,"):
            flags = line.strip()[2:].lstrip().split(",")  # as Babel's _process_comment
            if any(flag.strip() == "fuzzy" for flag in flags):
                return True
    return False


def _header_accepted(header: str, locale: str | None) -> bool:
    """Would Babel read this header, and :func:`_check_header` accept it?"""
    if _HEADER_BREAKS.search(header):
        return False
    parsed: list[str] = []
    lines = header.split("\n")
    if lines[-1] == "":
        lines.pop()
    for line in lines:
        name = _HEADER_LINE.match(line)
        if name is None:
            return False  # a continuation, blank or malformed line: email's rules apply
        if name.group(1).lower() in _PARSED_FIELDS:
            parsed.append(line)
    declared = _declared("\n".join(parsed))
    return declared is not None and _header_problem(*declared, locale) is None


@lru_cache(maxsize=256)
def _declared(fields: str) -> tuple[str | None, str | None] | None:
    """``(charset, Language)`` as Babel reads header ``fields``; None if Babel objects.
    Catalogs of one project share these fields, so each distinct set is parsed once."""
    catalog = Catalog(locale=None)
    try:
        catalog[""] = Message("", fields)
    except Exception:  # whatever Babel objects to, the strict reader reports
        return None
    return catalog.charset, catalog.locale_identifier


# -- writing -----------------------------------------------------------------------


def catalog_text(catalog: Catalog, texts: MessageTexts | None = None) -> str:
    """The PO text of ``catalog``: Babel's rendering plus previous msgids (``#|``);
    ``texts`` as for :func:`~prlocalize.catalog.render.render_po`."""
    from prlocalize.catalog.render import render_po

    strip_format_flags(catalog)
    return render_po(catalog, texts)


def strip_format_flags(catalog: Catalog) -> None:
    """Drop the format flags of ``catalog``'s messages, as it is written (see
    :func:`without_format_flags`)."""
    for message in _all_messages(catalog):
        if message.flags:  # (an empty set stays: no new one for every message)
            message.flags = without_format_flags(message.flags)


def same_entries(a: Catalog, b: Catalog) -> bool:
    """Whether ``a`` and ``b`` would be written alike: the same header fields and header
    comment and the same entries, each with the same comments, locations, flags, previous msgid
    and strings (what :func:`catalog_text` writes; their order and wrapping aside, which
    the file keeps). An ``update`` that changes nothing then leaves the file alone
    without rendering it."""
    # entry by entry, never every entry's fields at once (a huge catalog's fields were
    # built whole for both catalogs: update's peak memory)
    mine, theirs = iter(a), iter(b)  # (Babel makes the header entry on each pass)
    if _header_fields(a, next(mine)) != _header_fields(b, next(theirs)):
        return False
    return _same(
        (_entry_fields(m) for m in mine if m.id), (_entry_fields(m) for m in theirs if m.id)
    ) and _same(map(_entry_fields, a.obsolete.values()), map(_entry_fields, b.obsolete.values()))


def _header_fields(catalog: Catalog, header: Message) -> tuple[object, ...]:
    return (
        catalog.header_comment,
        sorted(str(header.string).splitlines()),  # the file keeps its fields' order
        frozenset(header.flags),
    )


def _same(mine: Iterable[object], theirs: Iterable[object]) -> bool:
    """Whether two sequences are equal, read one item of each at a time."""
    end = object()
    return all(x == y for x, y in itertools.zip_longest(mine, theirs, fillvalue=end))


def _entry_fields(message: Message) -> tuple[object, ...]:
    return (
        message.context,
        message.id,
        message.string or "",
        frozenset(without_format_flags(message.flags)),
        list(message.user_comments),
        list(message.auto_comments),
        sorted(set(message.locations)),
        message.previous_id[0] if message.previous_id else None,
    )


def write_catalog(
    path: str | Path,
    catalog: Catalog,
    *,
    expect: Snapshot | None = None,
    like: tuple[str | bytes, Catalog] | None = None,
) -> bool:
    """Write ``catalog`` as UTF-8 PO to ``path`` atomically; False when nothing changed.

    ``expect``: the file as it was read; a file changed since raises ConcurrentChange.
    ``like``: the text the file held (or its UTF-8 bytes) and the catalog read from it;
    the file's style (unchanged entries' bytes, header order, wrapping, line endings) is
    then kept.
    """
    return atomic_write(Path(path), po_data(catalog, like=like), expect=expect)


def po_text(
    catalog: Catalog,
    *,
    like: tuple[str | bytes, Catalog] | None = None,
    texts: MessageTexts | None = None,
) -> str:
    """What :func:`write_catalog` writes: the UTF-8 PO text of ``catalog``, in the style of
    ``like`` (the text a file held and its parse) when given; ``texts`` as for
    :func:`~prlocalize.catalog.render.render_po`."""
    data = po_data(catalog, like=like, texts=texts)
    return data if isinstance(data, str) else b"".join(data).decode("utf-8")


def po_data(
    catalog: Catalog,
    *,
    like: tuple[str | bytes, Catalog] | None = None,
    texts: MessageTexts | None = None,
) -> str | Iterator[bytes]:
    """:func:`po_text`, or its UTF-8 bytes in blocks when that is how it is made (a
    restyled catalog is encoded as it is put together, a block at a time as the writer
    asks for it: read it once): what the writers hand to the file."""
    catalog.charset = "utf-8"
    if like is not None:
        from prlocalize.catalog.restyle import restyle

        return restyle(like[0], like[1], catalog, texts)
    return catalog_text(catalog, texts)
