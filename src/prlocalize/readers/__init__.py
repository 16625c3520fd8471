"""prlocalize.readers
~~~~~~~~~~~~~~~~~~

File → :class:`~prlocalize.document.Document`. Decoding is strict and happens here
once: a UTF-8 BOM is dropped, line endings are kept as they are (a ``\\r`` before
``\\n`` never shifts a column), invalid UTF-8 and binary files are input errors
that name the file, the line and the byte. An HTML page that is not UTF-8 but says its
encoding in a ``<meta>`` (Word's pages in Shift_JIS or ks_c_5601-1987) is read as it says.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from prlocalize.document import Document
from prlocalize.errors import InputError, UnreadableFile

FORMATS = ("text", "markdown", "html")
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
MAX_BYTES = 64 * 1024 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))

__all__ = [
    "FORMATS",
    "declared_html_codec",
    "decode_source",
    "format_of",
    "import_readers",
    "parse_text",
    "read_document",
]


def format_of(path: str | Path) -> str:
    """The reader format for a file name (plain text when the suffix says nothing)."""
    from prlocalize.fsutil import saved_suffix

    return SUFFIX_FORMATS.get(saved_suffix(os.path.basename(path)), "text")


def decode_source(data: bytes, path: str | Path, encoding: str | None = None) -> str:
    """Decode a release strictly as UTF-8 (or as ``encoding``, a Python codec, for a team's
    legacy files), dropping a BOM; refuse binary data. A file that is not UTF-8 but reads
    cleanly as Shift_JIS, EUC-JP, EUC-KR or CP949 is reported as such, with the way to
    convert it or to read it as it is."""
    if encoding is not None and _codec(encoding) not in ("utf-8", "utf-8-sig"):
        return _decode_legacy(data, path, encoding)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(path, 1, "file is UTF-16, not UTF-8", "save it as UTF-8")
    nul = data.find(b"\x00")
    if nul != -1:
        line = data.count(b"\n", 0, nul) + 1
        raise UnreadableFile(
            path,
            line,
            f"binary file (NUL byte at byte {nul}); not a text release",
            "pass a .txt, .md or .html file",
        )
    head = data[:8192]
    if head and len(head) - len(head.translate(None, _CONTROL)) > len(head) // 10:
        raise UnreadableFile(
            path,
            1,
            "binary file (control characters); not a text release",
            "pass a .txt, .md or .html file",
        )
    body = data[3:] if data.startswith(_UTF8_BOM) else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        from prlocalize.readers.legacy import guess_legacy_encoding

        declared = _declared_html_text(body, path)
        if declared is not None:
            return declared

        guess = guess_legacy_encoding(body)
        if guess is not None:
            codec, name = guess
            raise UnreadableFile(
                path,
                None,
                f"not UTF-8 (looks like {name}; convert with "
                f"iconv -f {name.upper()} -t UTF-8 or pass --encoding {codec})",
            ) from None
        offset = exc.start + (len(data) - len(body))
        line = data.count(b"\n", 0, offset) + 1
        column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
        raise UnreadableFile(
            path,
            line,
            f"invalid UTF-8 at byte {offset} (line {line}, byte {column} of the line): "
            f"0x{data[offset]:02x} ({exc.reason})",
            "save the file as UTF-8",
        ) from None
    if "\r" in text and "\n" not in text:
        # classic Mac line endings: a one-for-one swap keeps every offset and column
        text = text.replace("\r", "\n")
    return text


# an HTML page's own word for its encoding: <meta charset="shift_jis"> or Word's
# <meta http-equiv=Content-Type content="text/html; charset=ks_c_5601-1987">
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset=[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)
# what browsers decode a legacy label as (WHATWG Encoding): Shift_JIS is Windows' CP932
# and EUC-KR is CP949, the supersets Word and Windows write
_WEB_CODECS = {"shift_jis": "cp932", "euc_kr": "cp949", "iso8859-1": "cp1252", "ascii": "cp1252"}
_WEB_LABELS = {"x-sjis": "cp932", "windows-31j": "cp932", "ms_kanji": "cp932", "x-euc-jp": "euc_jp"}


def declared_html_codec(data: bytes, path: str | Path) -> str | None:
    """The legacy codec an HTML page's ``<meta>`` declares (as browsers read the label:
    Shift_JIS is CP932), or None: not HTML, no usable label, or a UTF label."""
    if format_of(path) != "html":
        return None
    found = _META_CHARSET.search(data[:4096])
    if found is None:
        return None
    import codecs

    label = found.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(_WEB_LABELS.get(label, label)).name
    except LookupError:
        return None
    codec = _WEB_CODECS.get(codec, codec)
    return None if codec.startswith("utf") else codec


def _declared_html_text(data: bytes, path: str | Path) -> str | None:
    """An HTML page that is not UTF-8 decoded as its ``<meta>`` says (a page Word or an old
    CMS saved as Shift_JIS, EUC-KR or windows-1252), strictly; None when it says nothing
    usable or its bytes are not that encoding either."""
    codec = declared_html_codec(data, path)
    if codec is None:
        return None  # a page that says UTF-8 and is not: the caller's error says where
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")
    return text


def _codec(name: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UnreadableFile(
            None,
            None,
            f"unknown encoding {name!r}",
            "use a Python codec name such as shift_jis, cp932, euc-jp, euc-kr or cp949",
        ) from None


def _decode_legacy(data: bytes, path: str | Path, encoding: str) -> str:
    """Decode with an explicit codec, strictly: a byte it cannot read is an error with the
    line, never a replacement character. Offsets are in characters of the decoded text,
    so every position stays exact."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UnreadableFile(
            path,
            line,
            f"not valid {encoding} at byte {exc.start}: 0x{data[exc.start]:02x} ({exc.reason})",
            "check --encoding (or the encoding setting)",
        ) from None
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise UnreadableFile(path, line, "binary file (NUL character); not a text release")
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")
    return text


def read_document(
    path: str | Path,
    *,
    lang: str | None = None,
    format: str | None = None,
    encoding: str | None = None,
) -> Document:
    """Read and segment one release file (``encoding``: a legacy codec; default UTF-8)."""
    path_str = str(path)
    text = read_release_text(path_str, encoding)
    return parse_text(text, path=path_str, format=format or format_of(path_str), lang=lang)


def read_release_text(path: str, encoding: str | None = None) -> str:
    """The decoded text of one release file, as :func:`read_document` reads it."""
    return decode_source(read_release_bytes(path), path, encoding)


def read_release_bytes(path: str) -> bytes:
    """The bytes of one release file (refused past :data:`MAX_BYTES`, or a folder)."""
    path_str = path
    try:
        with open(path_str, "rb") as fh:  # one open and one fstat: this runs once per release
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_BYTES:
                raise UnreadableFile(
                    path_str, None, f"file is {size // (1024 * 1024)} MB; releases are read up "
                    f"to {MAX_BYTES // (1024 * 1024)} MB", "split the file",
                )  # fmt: skip
            data = fh.read()
    except IsADirectoryError:
        raise UnreadableFile(
            path_str, None, "is a folder, not a release file", "name a file"
        ) from None
    except OSError as exc:
        raise UnreadableFile(path_str, None, f"cannot read file: {exc.strerror or exc}") from None
    return data


_READERS = {
    "text": "prlocalize.readers.text",
    "markdown": "prlocalize.readers.markdown",
    "html": "prlocalize.readers.html",
}


def import_readers(formats: Iterable[str]) -> None:
    """Import the readers of ``formats`` (and the builder they share) now: a command about
    to fork its workers does, so that each does not import them on its first release
    (markdown-it alone is a twentieth of a second a process). A reader is otherwise
    imported when a release first needs it, so that one format's releases never pay
    for another's."""
    import importlib

    import prlocalize.readers._build  # noqa: F401

    for name in sorted({_READERS[f] for f in formats if f in _READERS}):
        importlib.import_module(name)


def parse_text(text: str, *, path: str, format: str, lang: str | None = None) -> Document:
    """Parse already decoded text (``format``: text, markdown or html) into a Document."""
    from prlocalize.readers._build import DocumentBuilder, build_document

    # the drafts are handed over, not kept here: build_document lets each go once its
    # block is built (a huge release's drafts are as large as its document)
    if format == "text":
        from prlocalize.readers.text import read_text

        return build_document(path, text, read_text(text), format, lang)
    if format == "markdown":
        from prlocalize.readers.markdown import read_markdown

        return build_document(path, text, read_markdown(text, path), format, lang)
    if format == "html":
        from prlocalize.readers.html import declared_lang, read_html

        if lang is None:
            lang = declared_lang(text)
        builder = DocumentBuilder(lang)
        read_html(text, path, builder.add)  # each block built as the walk finds it
        if len(text) >= _TRIM_AFTER:
            return_freed_pages()  # lxml's tree of it, freed now
        return builder.document(path, text, format)
    raise InputError(path, None, f"unknown format {format!r}", f"use one of {', '.join(FORMATS)}")


# a release this large leaves lxml's freed tree (about 2 bytes a byte of HTML) in the C
# heap: pages Python's own allocator never reuses (it takes its arenas elsewhere), kept
# by the process to the end unless handed back
_TRIM_AFTER = 1 << 20


def return_freed_pages() -> None:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``; nothing
    elsewhere). A few milliseconds, so only after a large release."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc: macOS, Windows, musl
        return None
