"""prlocalize.catalog.io
~~~~~~~~~~~~~~~~~~~~~

Reading and writing gettext catalogs with Babel's model.

:func:`read_catalog` wraps Babel's ``PoFileParser`` (``abort_invalid``) and adds the
checks Babel leaves out: invalid UTF-8, a charset other than UTF-8, an unterminated
string, a duplicate entry and a ``Language`` header naming another locale all raise
:class:`~prlocalize.errors.InputError` with the file and line. :func:`write_catalog`
renders with Babel's ``generate_po`` and writes through ``atomic_write``.

Babel falls short on previous msgids (``#|``): it reads them as translator comments
(``#~|`` even aborts the parse) and writes them through its comment wrapper, which
breaks long ones inside the quotes. polib reads them, and
:mod:`prlocalize.catalog.render` writes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, PoFileParser

from prlocalize.errors import InputError
from prlocalize.fsutil import atomic_write

# Flags Babel adds on its own when a msgid looks like a Python format string; prose
# such as "10% in" is not one, and msgfmt --check would then demand the same % in msgstr.
_FORMAT_FLAGS = frozenset({"python-format", "python-brace-format"})
_CHARSET_RE = re.compile(rb'^\s*"Content-Type:[^"\n]*charset=([A-Za-z0-9_.:-]+)', re.MULTILINE)
_UTF8_NAMES = {b"utf-8", b"utf8", b"charset"}  # "CHARSET": the placeholder of a fresh template
# a keyword or continuation line (also as #~ obsolete or #| previous) whose string is
# not one well-formed "..." reaching the end of the line
_BAD_STRING_LINE = re.compile(
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


class _StrictCatalog(Catalog):
    """A Catalog that refuses a second entry with the same msgid and msgctxt while parsing."""

    parsing = True
    path = ""

    def __setitem__(self, id: str | tuple[str, ...], message: Message) -> None:
        if self.parsing and id and self._key_for(id, message.context) in self._messages:
            first = self._messages[self._key_for(id, message.context)].lineno
            raise InputError(
                self.path,
                message.lineno,
                f"duplicate entry for msgid {_short(message.id)} (first at line {first})",
                "merge the two entries into one (msguniq can do it)",
            )
        super().__setitem__(id, message)


def read_catalog(path: str | Path, locale: str | None = None) -> Catalog:
    """Read a .po or .pot file; any defect raises :class:`InputError` naming the line."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, None, f"cannot read catalog: {exc.strerror or exc}") from None
    return parse_catalog(decode_catalog(data, path), path=str(path), locale=locale)


def decode_catalog(data: bytes, path: str | Path) -> str:
    """The UTF-8 text of a catalog (a BOM is dropped); invalid bytes name their line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    declared = _CHARSET_RE.search(data)
    if declared and declared.group(1).lower().replace(b"_", b"-") not in _UTF8_NAMES:
        raise InputError(
            path,
            data[: declared.start()].count(b"\n") + 1,
            f"catalog charset is {declared.group(1).decode('ascii')}; "
            "prlocalize reads UTF-8 catalogs only",
            "convert it with msgconv --to-code=UTF-8",
        )
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


def parse_catalog(text: str, *, path: str, locale: str | None = None) -> Catalog:
    """Parse catalog ``text`` (see :func:`read_catalog`)."""
    # lines end at "\n" only, as for msgfmt: U+2028 or U+0085 may sit inside a string
    lines = text.split("\n")
    _check_strings(text, path)
    catalog = _StrictCatalog(locale=None, domain=Path(path).stem)
    catalog.path = path
    parser = PoFileParser(catalog, abort_invalid=True)
    # `#~|` (previous msgid of an obsolete entry) aborts Babel's parser; polib reads it below
    babel_lines = ["" if line.startswith("#~|") else line for line in lines]
    try:
        parser.parse(babel_lines)
    except PoFileError as exc:
        raise InputError(path, exc.lineno + 1, f"invalid catalog: {exc.args[0]}") from None
    catalog.parsing = False
    _check_header(catalog, lines, path, locale)
    if any(line.startswith(("#|", "#~|")) for line in lines):
        _attach_previous(catalog, text)
    for message in _all_messages(catalog):
        message.flags -= _FORMAT_FLAGS
    catalog.__class__ = Catalog  # parsing is over: plain Babel semantics from here on
    return catalog


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


def _check_header(catalog: Catalog, lines: list[str], path: str, locale: str | None) -> None:
    charset = (catalog.charset or "utf-8").lower().replace("_", "-")
    if charset not in {"utf-8", "utf8"}:
        raise InputError(
            path,
            _header_line(lines, "Content-Type"),
            f"catalog charset is {catalog.charset}; prlocalize reads UTF-8 catalogs only",
            "convert it with msgconv --to-code=UTF-8",
        )
    declared = catalog.locale_identifier
    if locale and declared and not _same_locale(str(declared), locale):
        raise InputError(
            path,
            _header_line(lines, "Language"),
            f"catalog header says Language: {declared}, but this is the {locale} catalog",
            "fix the Language header or move the file to its locale's folder",
        )


def _same_locale(declared: str, expected: str) -> bool:
    """``ja`` and ``ja_JP`` name the same catalog; ``ja_JP`` and ``ko`` or ``zh_Hans`` and
    ``zh_Hant`` do not."""
    a = declared.replace("-", "_").lower().split("_")
    b = expected.replace("-", "_").lower().split("_")
    return a == b or (a[0] == b[0] and (len(a) == 1 or len(b) == 1))


def _header_line(lines: list[str], field: str) -> int | None:
    needle = f'"{field}:'
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith(needle):
            return number
    return None


def _attach_previous(catalog: Catalog, text: str) -> None:
    import polib  # the gap: Babel reads `#| msgid` as a translator comment

    previous: dict[tuple[str | None, str], str] = {}
    for entry in polib.pofile(text, wrapwidth=0):
        if entry.previous_msgid is not None:
            previous[(entry.msgctxt, entry.msgid)] = entry.previous_msgid
    for message in _all_messages(catalog):
        comments = [c for c in message.user_comments if not c.startswith("|")]
        if len(comments) != len(message.user_comments):
            message.user_comments = comments
        old = previous.get((message.context, message.id))  # type: ignore[arg-type]
        if old is not None:
            message.previous_id = [old]


def _all_messages(catalog: Catalog) -> Iterator[Message]:
    for message in catalog:
        if message.id:
            yield message
    yield from catalog.obsolete.values()


def _short(msgid: object) -> str:
    text = msgid if isinstance(msgid, str) else str(msgid)
    return repr(text if len(text) <= 40 else text[:39] + "…")


# -- writing -----------------------------------------------------------------------


def catalog_text(catalog: Catalog) -> str:
    """The PO text of ``catalog``: Babel's rendering plus previous msgids (``#|``)."""
    from prlocalize.catalog.render import render_po

    for message in _all_messages(catalog):
        message.flags -= _FORMAT_FLAGS
    return render_po(catalog)


def write_catalog(path: str | Path, catalog: Catalog) -> bool:
    """Write ``catalog`` as UTF-8 PO to ``path`` atomically; False when nothing changed."""
    catalog.charset = "utf-8"
    return atomic_write(Path(path), catalog_text(catalog))
